//! `newsx entities`: people, places and organisations of the corpus.

use super::{any_document, config, format, load, nothing_analysed, style, write_output};
use crate::cli::AnalyzeArgs;
use newsx::render::{self, Format};
use std::process::ExitCode;

pub fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let config = config(&args.common)?;
    let loaded = load(&args.paths, &args.common, &config);
    let report = newsx::pipeline::timeline(&loaded, &config);
    let body = match format(&args.common) {
        Format::Text => render::render_entities(&report.entities, style(&args.common)),
        Format::Json => render::json(&report.entities)?,
        Format::Jsonl => report
            .entities
            .iter()
            .map(|e| serde_json::to_string(e).map(|s| s + "\n"))
            .collect::<Result<String, _>>()?,
    };
    write_output(args.common.output.as_deref(), &body)?;
    Ok(if any_document(&loaded) {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
