//! `newsx dates`: temporal expressions with their resolution, anchor and rule.

use super::{any_document, config, format, load, nothing_analysed, style, write_output};
use crate::cli::AnalyzeArgs;
use newsx::corpus::Loaded;
use newsx::render::{self, Format};
use serde::Serialize;
use std::process::ExitCode;

#[derive(Serialize)]
struct DocDates<'a> {
    document: &'a str,
    published: Option<&'a newsx::model::Published>,
    dates: Vec<DateOut<'a>>,
}

/// A timex with its span given in original-file characters, as everywhere in output.
#[derive(Serialize)]
struct DateOut<'a> {
    #[serde(flatten)]
    timex: &'a newsx::model::Timex,
    start: usize,
    end: usize,
}

pub fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let config = config(&args.common)?;
    let loaded = load(&args.paths, &args.common, &config);
    let analyses: Vec<_> = loaded
        .iter()
        .filter_map(|l| match l {
            Loaded::Document(d) => Some(newsx::pipeline::analyze(d, &config)),
            Loaded::Skipped(_) => None,
        })
        .collect();
    let docs: Vec<DocDates> = analyses
        .iter()
        .map(|a| DocDates {
            document: &a.extract.document.id,
            published: a.extract.document.published.as_ref(),
            dates: a
                .extract
                .timexes
                .iter()
                .map(|t| {
                    let (start, end) = a.text.original_chars(t.span);
                    DateOut {
                        timex: t,
                        start,
                        end,
                    }
                })
                .collect(),
        })
        .collect();
    let body = match format(&args.common) {
        Format::Text => analyses
            .iter()
            .map(|a| {
                render::render_dates(
                    &a.extract.document.id,
                    &a.extract.timexes,
                    style(&args.common),
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => render::json(&docs)?,
        Format::Jsonl => docs
            .iter()
            .map(|d| serde_json::to_string(d).map(|s| s + "\n"))
            .collect::<Result<String, _>>()?,
    };
    write_output(args.common.output.as_deref(), &body)?;
    Ok(if any_document(&loaded) {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
