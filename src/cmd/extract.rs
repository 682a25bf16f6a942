//! `newsx extract`: the map step. Each document's analysis as self-contained
//! JSON Lines (see `newsx::extract`), streamed through the driver `timeline`
//! uses ([`newsx::pipeline::stream`]): inputs are read and analysed in
//! bounded chunks (in parallel within a chunk), duplicates are marked across
//! the whole input as `timeline` marks them, and lines are written in input
//! order, so memory does not grow with the input and output is deterministic.

use super::{Told, config, nothing_analysed};
use crate::cli::{ColorArg, CommonArgs, ExtractArgs, FormatArg};
use anyhow::Context;
use newsx::config::Config;
use newsx::corpus::{Input, Loaded};
use newsx::extract::{reduce, wire};
use newsx::model::DocExtract;
use rayon::prelude::*;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

fn common(args: &ExtractArgs) -> CommonArgs {
    CommonArgs {
        format: FormatArg::Jsonl,
        output: args.output.clone(),
        published: args.published.clone(),
        gazetteer: args.gazetteer.clone(),
        lexicon: args.lexicon.clone(),
        no_metadata: args.no_metadata,
        chronology: Default::default(),
        story: args.story.clone(),
        max_file_size: args.max_file_size,
        quiet: args.quiet,
        verbose: args.verbose,
        color: ColorArg::Never,
        glob: Vec::new(),
        input_format: crate::cli::InputFormatArg::Auto,
        lang_check: crate::cli::OnOff::On,
        threads: None,
    }
}

/// The lines of one document, newline-terminated.
fn lines(x: DocExtract) -> anyhow::Result<String> {
    let mut out = String::new();
    for r in wire::records(x) {
        out.push_str(&r.to_line()?);
        out.push('\n');
    }
    Ok(out)
}

/// One input of `extract`: a file's (or a `.jsonl` file's line's) input,
/// or line `n` of standard input, an article read wherever it falls.
enum Item {
    Input(Box<Input>),
    Stdin(usize, Vec<u8>),
}

impl Item {
    fn held_bytes(&self) -> usize {
        match self {
            Item::Input(input) => input.held_bytes(),
            Item::Stdin(_, bytes) => bytes.len(),
        }
    }
}

/// An analysed item: its analysis, and for a stdin line its number and
/// why it was skipped, if it was.
struct Done {
    extract: DocExtract,
    stdin: Option<(usize, Option<String>)>,
}

fn analyse(item: Item, config: &Config) -> Done {
    match item {
        Item::Input(input) => Done {
            extract: match (*input).load(&config.load) {
                Loaded::Document(doc) => newsx::pipeline::analyze(&doc, config).extract,
                Loaded::Skipped(record) => reduce::skipped_extract(record),
            },
            stdin: None,
        },
        Item::Stdin(n, bytes) => match newsx::corpus::jsonl::article(&bytes, &config.load) {
            Ok(doc) => Done {
                extract: newsx::pipeline::analyze(&doc, config).extract,
                stdin: Some((n, None)),
            },
            Err(record) => Done {
                stdin: Some((n, Some(record.reason.clone().unwrap_or_default()))),
                extract: reduce::skipped_extract(*record),
            },
        },
    }
}

/// The non-blank lines of standard input with their numbers; a read error
/// ends them and is kept in `error`.
fn stdin_lines(error: &mut Option<std::io::Error>) -> impl Iterator<Item = Item> + '_ {
    let mut input = std::io::stdin().lock();
    let mut number = 0;
    std::iter::from_fn(move || {
        loop {
            let mut buf = Vec::new();
            match input.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    *error = Some(e);
                    return None;
                }
            }
            number += 1;
            if !buf.iter().all(u8::is_ascii_whitespace) {
                return Some(Item::Stdin(number, buf));
            }
        }
    })
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let common = common(&args);
    let config = config(&common)?;
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    let files: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let files = if files.is_empty() && !stdin {
        vec![PathBuf::from("corpus")]
    } else {
        files
    };
    let mut analysed = 0;
    let mut read_error = None;
    // lines are written as chunks are analysed; `--output` appears whole at the end
    super::write_output_with(args.output.as_deref(), |sink| {
        // files first, then standard input, as one stream: one window for duplicates
        let inputs = newsx::corpus::inputs(&files, &config.load).map(|i| Item::Input(Box::new(i)));
        let items = inputs.chain(
            stdin
                .then(|| stdin_lines(&mut read_error))
                .into_iter()
                .flatten(),
        );
        let mut told = Told::new(&config, &common);
        let say = |line: String| eprintln!("{line}");
        newsx::pipeline::stream(
            items,
            &config,
            super::chunk_size(),
            Item::held_bytes,
            |item| analyse(item, &config),
            |done| &mut done.extract,
            |chunk: Vec<Done>| -> anyhow::Result<()> {
                for done in &chunk {
                    match &done.stdin {
                        None => analysed += usize::from(told.tell(&done.extract.document, &say)),
                        Some((_, None)) => analysed += 1,
                        Some((n, Some(problem))) => {
                            if !args.quiet {
                                eprintln!("newsx: stdin line {n}: {problem}; skipped");
                            }
                        }
                    }
                }
                let bodies: Vec<anyhow::Result<String>> =
                    chunk.into_par_iter().map(|d| lines(d.extract)).collect();
                for body in bodies {
                    sink.write_all(body?.as_bytes())?;
                }
                Ok(())
            },
        )?;
        // what loading repaired after the last input told (a sidecar of no input)
        super::show_warnings(&config, &common, usize::MAX, &say);
        match read_error.take() {
            Some(e) => Err(e).context("cannot read standard input"),
            None => Ok(()),
        }
    })?;
    // a mapper given an empty or all-bad partition has still done its job
    Ok(if stdin || analysed > 0 {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
