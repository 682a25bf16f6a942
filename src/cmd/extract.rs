//! `newsx extract`: the map step. Each document's analysis as self-contained
//! JSON Lines (see `newsx::extract`), streamed: documents are read and analysed
//! in bounded chunks (in parallel within a chunk), and written in input
//! order, so memory does not grow with the input and output is deterministic.

use super::{config, nothing_analysed};
use crate::cli::{ColorArg, CommonArgs, ExtractArgs, FormatArg};
use anyhow::Context;
use newsx::config::Config;
use newsx::corpus::Loaded;
use newsx::extract::{reduce, wire};
use newsx::model::DocExtract;
use rayon::prelude::*;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Documents (or stdin lines) analysed together; bounds memory.
const CHUNK: usize = 64;

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

struct Counts {
    analysed: usize,
}

fn write_chunk(sink: &mut dyn Write, chunk: Vec<anyhow::Result<String>>) -> anyhow::Result<()> {
    for body in chunk {
        sink.write_all(body?.as_bytes())?;
    }
    Ok(())
}

fn extract_files(
    paths: &[PathBuf],
    args: &ExtractArgs,
    config: &Config,
    sink: &mut dyn Write,
    counts: &mut Counts,
) -> anyhow::Result<()> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in newsx::corpus::discover(paths, &config.load) {
        match entry {
            newsx::corpus::Entry::File(p) | newsx::corpus::Entry::Special(p) => files.push(p),
            newsx::corpus::Entry::Skipped(r) => skipped.push(*r),
            // stdin is read line by line by `extract -`, never through discover
            newsx::corpus::Entry::Stdin => {}
        }
    }
    for r in skipped {
        if !args.quiet {
            eprintln!(
                "newsx: skipped {}: {}",
                r.path,
                r.reason.as_deref().unwrap_or("unknown reason")
            );
        }
        sink.write_all(lines(reduce::skipped_extract(r))?.as_bytes())?;
    }
    for chunk in files.chunks(CHUNK) {
        let loaded = newsx::corpus::load(chunk, &config.load);
        for warning in config.load.warnings.take() {
            if !args.quiet {
                eprintln!("newsx: warning: {warning}");
            }
        }
        for item in &loaded {
            match item {
                Loaded::Skipped(r) if !args.quiet => eprintln!(
                    "newsx: skipped {}: {}",
                    r.path,
                    r.reason.as_deref().unwrap_or("unknown reason")
                ),
                Loaded::Document(d) => {
                    counts.analysed += 1;
                    if args.verbose {
                        eprintln!("newsx: read {} ({})", d.path, d.encoding);
                    }
                }
                _ => {}
            }
        }
        let out: Vec<_> = newsx::pipeline::extract_all(&loaded, config)
            .into_par_iter()
            .map(lines)
            .collect();
        write_chunk(sink, out)?;
    }
    Ok(())
}

/// One stdin line: its analysis lines, and a message when it was bad.
fn extract_line(
    number: usize,
    bytes: &[u8],
    config: &Config,
) -> (anyhow::Result<String>, Option<String>) {
    let read = newsx::corpus::jsonl::article(bytes, &config.load);
    let (x, problem) = match read {
        Ok(doc) => (newsx::pipeline::analyze(&doc, config).extract, None),
        Err(record) => {
            let reason = record.reason.clone().unwrap_or_default();
            (reduce::skipped_extract(*record), Some(reason))
        }
    };
    let message = problem.map(|p| format!("newsx: stdin line {number}: {p}; skipped"));
    (lines(x), message)
}

fn extract_stdin(
    args: &ExtractArgs,
    config: &Config,
    sink: &mut dyn Write,
    counts: &mut Counts,
) -> anyhow::Result<()> {
    let mut input = std::io::stdin().lock();
    let mut number = 0;
    loop {
        let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK);
        while chunk.len() < CHUNK {
            let mut buf = Vec::new();
            if input
                .read_until(b'\n', &mut buf)
                .context("cannot read standard input")?
                == 0
            {
                break;
            }
            number += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            chunk.push((number, buf));
        }
        if chunk.is_empty() {
            return Ok(());
        }
        let out: Vec<_> = chunk
            .par_iter()
            .map(|(n, bytes)| extract_line(*n, bytes, config))
            .collect();
        let mut bodies = Vec::with_capacity(out.len());
        for (body, message) in out {
            match message {
                Some(m) if !args.quiet => eprintln!("{m}"),
                Some(_) => {}
                None => counts.analysed += 1,
            }
            bodies.push(body);
        }
        write_chunk(sink, bodies)?;
    }
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let config = config(&common(&args))?;
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
    let mut counts = Counts { analysed: 0 };
    // lines are written as chunks are analysed; `--output` appears whole at the end
    super::write_output_with(args.output.as_deref(), |sink| {
        extract_files(&files, &args, &config, sink, &mut counts)?;
        if stdin {
            extract_stdin(&args, &config, sink, &mut counts)?;
        }
        Ok(())
    })?;
    // a mapper given an empty or all-bad partition has still done its job
    Ok(if stdin || counts.analysed > 0 {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
