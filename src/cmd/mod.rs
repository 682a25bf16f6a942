//! One file per subcommand; this module holds what they share: building the
//! run's `Config`, loading inputs with their diagnostics, and writing output.

mod dates;
mod entities;
mod extract;
mod gazetteer;
mod lexicon;
mod merge;
mod meta;
mod normalize;
mod output;
mod timeline;

pub use output::{Output, clean_up_on_signals, guard_standard_streams};

use crate::cli::{ColorArg, Command, CommonArgs, FormatArg};
use anyhow::Context;
use newsx::config::Config;
use newsx::corpus::{LoadOptions, Loaded};
use newsx::model::{DateInterval, DateSource, Published};
use newsx::render::{Format, Style};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(cli: crate::cli::Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Timeline(a) => timeline::run(a),
        Command::Entities(a) => {
            only_formats(&a.input.common, "entities", &ENTITY_FORMATS)?;
            entities::run(a)
        }
        Command::Dates(a) => {
            only_formats(&a.common, "dates", &BASIC_FORMATS)?;
            dates::run(a)
        }
        Command::Normalize(a) => {
            only_formats(&a.common, "normalize", &BASIC_FORMATS)?;
            normalize::run(a)
        }
        Command::Schema(a) => meta::schema(a),
        Command::Completions(a) => meta::completions(a),
        Command::Man => meta::man(),
        Command::Gazetteer(c) => gazetteer::run(c),
        Command::Lexicon(c) => lexicon::run(c),
        Command::Extract(a) => extract::run(a),
        Command::Merge(a) => merge::run(a),
    }
}

const BASIC_FORMATS: [FormatArg; 3] = [FormatArg::Text, FormatArg::Json, FormatArg::Jsonl];
const ENTITY_FORMATS: [FormatArg; 4] = [
    FormatArg::Text,
    FormatArg::Json,
    FormatArg::Jsonl,
    FormatArg::Csv,
];

/// Refuse, with what to do instead, a format a subcommand cannot write.
fn only_formats(common: &CommonArgs, command: &str, allowed: &[FormatArg]) -> anyhow::Result<()> {
    if allowed.contains(&common.format) {
        return Ok(());
    }
    let names: Vec<String> = allowed.iter().map(|f| f.name()).collect();
    anyhow::bail!(
        "--format {} is not available for `newsx {command}` (use {}); \
         csv, markdown, html and timelinejs are formats of `newsx timeline`",
        common.format.name(),
        names.join(", ")
    )
}

/// `newsx … | head` closes the pipe early: that is success, not an error,
/// whatever wrote the bytes (the JSON writer wraps the I/O error in its own).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || e.downcast_ref::<csv::Error>().is_some_and(
                |c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

/// The basic format for subcommands that only write text, JSON or JSONL
/// (`run` refuses the others before they start).
pub fn format(common: &CommonArgs) -> Format {
    match common.format {
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
        _ => Format::Text,
    }
}

/// Colors on a terminal only, never into a file, and not under NO_COLOR.
pub fn style(common: &CommonArgs) -> Style {
    let color = match common.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            common.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    Style {
        color,
        compact: false,
    }
}

fn parse_published(text: &str) -> anyhow::Result<Published> {
    let interval = DateInterval::parse_iso(text).with_context(|| {
        format!("--published '{text}': expected YYYY-MM-DD, YYYY-MM, YYYY or START/END")
    })?;
    Ok(Published::from_interval(interval, DateSource::CommandLine))
}

/// Write a timeline report in any output format (`timeline` and `merge`
/// share it). JSON, JSON Lines and text are written to `out` as they are
/// rendered (never held whole); the other formats are rendered as a string
/// first.
pub fn write_report(
    report: &newsx::model::Report,
    format: FormatArg,
    style: Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use newsx::render;
    let body = match format {
        FormatArg::Json => return render::write_json(out, report),
        FormatArg::Text => return Ok(render::write_timeline(report, style, out)?),
        FormatArg::Jsonl => return render::write_jsonl(report, out),
        FormatArg::Csv => render::events_csv(report)?,
        FormatArg::Markdown => render::markdown(report),
        FormatArg::Html => render::html(report),
        FormatArg::Timelinejs => render::timelinejs(report)?,
    };
    out.write_all(body.as_bytes())?;
    Ok(())
}

/// Size the thread pool once, before any parallel work (`--threads`).
fn threads(common: &CommonArgs) -> anyhow::Result<()> {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global()
            .context("--threads: cannot start the thread pool")?;
    }
    Ok(())
}

/// The run's configuration, compiled once.
pub fn config(common: &CommonArgs) -> anyhow::Result<Config> {
    threads(common)?;
    let load = LoadOptions {
        max_file_size: common.max_file_size,
        published: common
            .published
            .as_deref()
            .map(parse_published)
            .transpose()?,
        no_metadata: common.no_metadata,
        globs: common.glob.clone(),
        input_format: match common.input_format {
            crate::cli::InputFormatArg::Auto => newsx::corpus::InputFormat::Auto,
            crate::cli::InputFormatArg::Text => newsx::corpus::InputFormat::Text,
            crate::cli::InputFormatArg::Jsonl => newsx::corpus::InputFormat::Jsonl,
        },
        lang_check: common.lang_check == crate::cli::OnOff::On,
        ..LoadOptions::default()
    };
    let mut config = Config::new(&common.gazetteer, load)?;
    if common.chronology.no_chronology {
        config.chronology.clear();
    }
    for path in &common.chronology.chronology {
        config.add_chronology(path)?;
    }
    for path in &common.lexicon {
        config.add_lexicon(path)?;
    }
    if common.story.all_events {
        config.story = None;
    } else if let Some(path) = &common.story.story {
        config.set_story(path)?;
    }
    Ok(config)
}

/// The paths given on the command line, or `./corpus` when none.
fn paths_or_default(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        paths.to_vec()
    }
}

/// What stderr says of a skipped input.
fn skipped_line(r: &newsx::model::DocumentRecord) -> String {
    format!(
        "newsx: skipped {}: {}",
        r.path,
        r.reason.as_deref().unwrap_or("unknown reason")
    )
}

/// What stderr says of an input read (`--verbose`).
fn read_line(path: &str, encoding: &str) -> String {
    format!("newsx: read {path} ({encoding})")
}

/// Tell stderr what loading had to repair or leave out (unless `--quiet`)
/// for the inputs up to position `upto`.
fn show_warnings(config: &Config, common: &CommonArgs, upto: usize, say: &dyn Fn(String)) {
    for warning in config.load.warnings.take_until(upto) {
        if !common.quiet {
            say(format!("newsx: warning: {warning}"));
        }
    }
}

/// Load the inputs, telling stderr about every skipped one.
pub fn load(paths: &[PathBuf], common: &CommonArgs, config: &Config) -> Vec<Loaded> {
    let paths = &paths_or_default(paths);
    let loaded = newsx::corpus::load(paths, &config.load);
    show_warnings(config, common, usize::MAX, &|line| eprintln!("{line}"));
    for item in &loaded {
        match item {
            Loaded::Skipped(r) if !common.quiet => eprintln!("{}", skipped_line(r)),
            Loaded::Document(d) if common.verbose => {
                eprintln!("{}", read_line(&d.path, &d.encoding))
            }
            _ => {}
        }
    }
    loaded
}

/// Inputs this large get a progress bar (on a terminal only).
const PROGRESS_MIN_FILES: usize = 50;
const PROGRESS_MIN_BYTES: u64 = 5 * 1024 * 1024;

/// Inputs read and analysed together (`NEWSX_CHUNK_SIZE`, for tests and
/// measurements: the report is the same whatever the value).
fn chunk_size() -> usize {
    std::env::var("NEWSX_CHUNK_SIZE")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(newsx::pipeline::CHUNK)
}

/// What stderr says of each input once analysed, in input order, whatever
/// the chunk size and threads (`timeline` and `extract` alike): what
/// loading repaired for it, then that it was read (`--verbose`) or skipped
/// (unless `--quiet`).
struct Told<'a> {
    config: &'a Config,
    common: &'a CommonArgs,
    /// Inputs told so far (the position of the next in input order).
    seen: usize,
}

impl<'a> Told<'a> {
    fn new(config: &'a Config, common: &'a CommonArgs) -> Told<'a> {
        Told {
            config,
            common,
            seen: 0,
        }
    }

    /// Tell about the next input, whose record is `r`; true when it was
    /// analysed (not skipped).
    fn tell(&mut self, r: &newsx::model::DocumentRecord, say: &dyn Fn(String)) -> bool {
        // what loading repaired, before the line about that input
        show_warnings(self.config, self.common, self.seen, say);
        self.seen += 1;
        match r.status {
            newsx::model::DocStatus::Ok | newsx::model::DocStatus::OffTopic => {
                if self.common.verbose {
                    say(read_line(&r.path, r.encoding.as_deref().unwrap_or("?")));
                    for why in &r.publication_rejected {
                        say(format!("newsx: {}: publication date {why}", r.path));
                    }
                }
                true
            }
            _ => {
                if !self.common.quiet {
                    say(skipped_line(r));
                }
                false
            }
        }
    }
}

/// A consolidated report, and how many inputs were analysed (not skipped).
pub struct Analysed {
    pub report: newsx::model::Report,
    pub documents: usize,
}

/// Read, analyse and consolidate the inputs, a chunk at a time (texts are
/// never all in memory), telling stderr about every skipped input, in input
/// order. A progress bar is drawn on stderr when stderr is a terminal,
/// diagnostics are not silenced and the input is large; nothing is drawn in
/// pipes, files or CI logs.
pub fn analyze(paths: &[PathBuf], common: &CommonArgs, config: &Config) -> Analysed {
    let paths = &paths_or_default(paths);
    let inputs = newsx::corpus::inputs(paths, &config.load);
    let entries = inputs.remaining_entries();
    let large = entries.len() > PROGRESS_MIN_FILES || {
        let bytes: u64 = entries
            .iter()
            .filter_map(|e| match e {
                newsx::corpus::Entry::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
                _ => None,
            })
            .sum();
        bytes > PROGRESS_MIN_BYTES
    };
    let bar = (large && !common.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(entries.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} analysing {pos}/{len} articles [{bar:30}] {elapsed} (eta {eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    });
    // JSON Lines files hold many inputs: the bar grows as they are read
    let mut seen = 0u64;
    let inputs = inputs.inspect(|_| {
        seen += 1;
        if let Some(bar) = &bar
            && bar.length().is_some_and(|len| seen > len)
        {
            bar.set_length(seen);
        }
    });
    let mut documents = 0;
    let say = |line: String| match &bar {
        Some(bar) => bar.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    };
    let mut told = Told::new(config, common);
    let mut observe = |r: &newsx::model::DocumentRecord| {
        if told.tell(r, &say) {
            documents += 1;
        }
    };
    let progress = || {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    let report =
        newsx::pipeline::timeline_stream(inputs, config, chunk_size(), &progress, &mut observe);
    show_warnings(config, common, usize::MAX, &say);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    Analysed { report, documents }
}

/// Warn about `--entity` values that name no known entity (a typo?).
pub fn warn_unmatched(unmatched: &[String], common: &CommonArgs) {
    if common.quiet {
        return;
    }
    for name in unmatched {
        eprintln!(
            "newsx: warning: --entity '{name}' matches no known person, place or organisation \
             (see `newsx entities` for names, or add it with --gazetteer FILE)"
        );
    }
}

/// True when at least one input could be analysed.
pub fn any_document(loaded: &[Loaded]) -> bool {
    loaded.iter().any(|l| matches!(l, Loaded::Document(_)))
}

/// Write to the `--output` file atomically (temporary file, then rename), or to stdout.
pub fn write_output(output: Option<&Path>, body: &str) -> anyhow::Result<()> {
    write_output_with(output, |out| Ok(out.write_all(body.as_bytes())?))
}

/// [`write_output`] for a body written piece by piece (a large report is
/// serialized straight to the file, never held as one string). The
/// `--output` file appears only once `write` has succeeded (see [`Output`]).
pub fn write_output_with(
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    Output::open(output)?.write_with(write)
}

/// Exit code 1 with a message when no input could be analysed.
pub fn nothing_analysed(paths: &[PathBuf]) -> ExitCode {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let shown = if shown.is_empty() {
        "corpus".to_string()
    } else {
        shown.join(", ")
    };
    eprintln!("newsx: error: no readable article in {shown} (looked for .txt, .md, .text files)");
    ExitCode::from(1)
}
