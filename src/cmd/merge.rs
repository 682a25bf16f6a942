//! `newsx merge`: the reduce step. Reads `extract` (or `merge --partial`)
//! lines from files or stdin, in any order and with duplicates, and writes
//! the timeline, or a partial merge for a further reduce step. A bad line is
//! reported with its file and line number and skipped.

use super::{style, write_output};
use crate::cli::{CommonArgs, MergeArgs};
use anyhow::Context;
use newsx::extract::reduce::Merger;
use newsx::gazetteer::Gazetteer;
use newsx::publication::corpus::Landmark;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::ExitCode;

fn common(args: &MergeArgs) -> CommonArgs {
    CommonArgs {
        format: args.format,
        output: args.output.clone(),
        published: None,
        gazetteer: Vec::new(),
        lexicon: Vec::new(),
        no_metadata: false,
        chronology: args.chronology.clone(),
        story: Default::default(),
        max_file_size: 0,
        quiet: args.quiet,
        verbose: false,
        color: args.color,
        glob: Vec::new(),
        input_format: crate::cli::InputFormatArg::Auto,
        lang_check: crate::cli::OnOff::On,
        threads: None,
    }
}

/// The chronology of the run: built-in unless turned off, plus the user's
/// files, checked against the built-in gazetteer (merge reads no gazetteer).
/// The reference events of the run, and the countries of the built-in
/// gazetteer's places ([`newsx::affinity::Geography`]).
fn chronology(
    args: &crate::cli::ChronologyArgs,
) -> anyhow::Result<(Vec<Landmark>, newsx::affinity::Geography)> {
    let gazetteer = Gazetteer::builtin().context("built-in gazetteer")?;
    let geography = newsx::affinity::Geography::from_gazetteer(&gazetteer);
    let mut out = if args.no_chronology {
        Vec::new()
    } else {
        newsx::publication::chronology::builtin(&gazetteer)?
    };
    for path in &args.chronology {
        let body = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read chronology {}", path.display()))?;
        out.extend(newsx::publication::chronology::parse(
            &path.display().to_string(),
            &body,
            &gazetteer,
        )?);
    }
    Ok((out, geography))
}

/// Fold every line of one input; returns the number of bad lines.
fn read(name: &str, input: impl Read, merger: &mut Merger, quiet: bool) -> anyhow::Result<usize> {
    let mut reader = BufReader::new(input);
    let mut bad = 0;
    let mut number = 0;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if reader
            .read_until(b'\n', &mut buf)
            .with_context(|| format!("cannot read {name}"))?
            == 0
        {
            return Ok(bad);
        }
        number += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = match std::str::from_utf8(&buf) {
            Ok(line) => merger.add_line(line).map_err(|e| e.to_string()),
            Err(_) => Err("not UTF-8 text".to_string()),
        };
        if let Err(e) = result {
            bad += 1;
            if !quiet {
                eprintln!("newsx: {name}:{number}: {e}; line skipped");
            }
        }
    }
}

pub fn run(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let common = common(&args);
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut merger = Merger::interning();
    for file in &files {
        if file.as_os_str() == "-" {
            read("stdin", std::io::stdin().lock(), &mut merger, args.quiet)?;
        } else {
            let input = std::fs::File::open(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            read(&file.display().to_string(), input, &mut merger, args.quiet)?;
        }
    }
    if args.partial {
        let mut body = String::new();
        for r in merger.partial() {
            body.push_str(&r.to_line()?);
            body.push('\n');
        }
        write_output(args.output.as_deref(), &body)?;
        // an empty partition is a valid (empty) partial
        return Ok(ExitCode::SUCCESS);
    }
    let (reference, geography) = chronology(&args.chronology)?;
    let (report, warnings) = merger.finish(&newsx::pipeline::generator(), &reference, &geography);
    let undated = newsx::filter::Filter {
        undated: args.undated.to_filter(),
        ..Default::default()
    };
    let report = newsx::filter::filter_report_owned(report, &undated, None).value;
    if !args.quiet {
        for w in &warnings {
            eprintln!("newsx: warning: {w}");
        }
    }
    let style = newsx::render::Style {
        compact: args.compact,
        ..style(&common)
    };
    super::write_output_with(args.output.as_deref(), |out| {
        super::write_report(&report, args.format, style, out)
    })?;
    if newsx::extract::reduce::any_analysed(&report) {
        Ok(ExitCode::SUCCESS)
    } else {
        let shown: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        eprintln!(
            "newsx: error: no analysed document in {} (expected `newsx extract` output)",
            shown.join(", ")
        );
        Ok(ExitCode::from(1))
    }
}
