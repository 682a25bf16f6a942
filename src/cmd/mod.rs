//! One file per subcommand; this module holds what they share: building the
//! run's `Config`, loading inputs with their diagnostics, and writing output.

mod dates;
mod entities;
mod extract;
mod merge;
mod normalize;
mod timeline;

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
        Command::Entities(a) => entities::run(a),
        Command::Dates(a) => dates::run(a),
        Command::Normalize(a) => normalize::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Merge(a) => merge::run(a),
    }
}

/// `newsx … | head` closes the pipe early: that is success, not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

pub fn format(common: &CommonArgs) -> Format {
    match common.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
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
    Style { color }
}

fn parse_published(text: &str) -> anyhow::Result<Published> {
    let interval = DateInterval::parse_iso(text).with_context(|| {
        format!("--published '{text}': expected YYYY-MM-DD, YYYY-MM, YYYY or START/END")
    })?;
    Ok(Published::from_interval(interval, DateSource::CommandLine))
}

/// The run's configuration, compiled once.
pub fn config(common: &CommonArgs) -> anyhow::Result<Config> {
    let load = LoadOptions {
        max_file_size: common.max_file_size,
        published: common
            .published
            .as_deref()
            .map(parse_published)
            .transpose()?,
        no_metadata: common.no_metadata,
        ..LoadOptions::default()
    };
    Config::new(&common.gazetteer, load)
}

/// Load the inputs, telling stderr about every skipped one.
pub fn load(paths: &[PathBuf], common: &CommonArgs, config: &Config) -> Vec<Loaded> {
    let default = [PathBuf::from("corpus")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let loaded = newsx::corpus::load(paths, &config.load);
    for item in &loaded {
        match item {
            Loaded::Skipped(r) if !common.quiet => {
                eprintln!(
                    "newsx: skipped {}: {}",
                    r.path,
                    r.reason.as_deref().unwrap_or("unknown reason")
                )
            }
            Loaded::Document(d) if common.verbose => {
                eprintln!("newsx: read {} ({})", d.path, d.encoding)
            }
            _ => {}
        }
    }
    loaded
}

/// True when at least one input could be analysed.
pub fn any_document(loaded: &[Loaded]) -> bool {
    loaded.iter().any(|l| matches!(l, Loaded::Document(_)))
}

/// Write to the `--output` file atomically (temporary file, then rename), or to stdout.
pub fn write_output(output: Option<&Path>, body: &str) -> anyhow::Result<()> {
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(body.as_bytes())?;
            out.flush()?;
        }
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let name = path.file_name().context("--output needs a file name")?;
            let tmp = dir.join(format!(".{}.newsx-tmp", name.to_string_lossy()));
            std::fs::write(&tmp, body)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            std::fs::rename(&tmp, path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    Ok(())
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
