//! `newsx entities`: people, places and organisations of the corpus.

use super::{analyze, config, nothing_analysed, style, warn_unmatched, write_output};
use crate::cli::{FilteredArgs, FormatArg};
use newsx::render;
use std::process::ExitCode;

pub fn run(args: FilteredArgs) -> anyhow::Result<ExitCode> {
    let FilteredArgs {
        input: args,
        filter,
    } = args;
    let config = config(&args.common)?;
    let analysed = analyze(&args.paths, &args.common, &config);
    let report = analysed.report;
    let filtered = newsx::filter::filter_entities(
        &report,
        &filter.to_filter(),
        Some(config.entities.gazetteer()),
    );
    warn_unmatched(&filtered.unmatched, &args.common);
    let entities = filtered.value;
    let body = match args.common.format {
        FormatArg::Json => render::json(&entities)?,
        FormatArg::Jsonl => entities
            .iter()
            .map(|e| serde_json::to_string(e).map(|s| s + "\n"))
            .collect::<Result<String, _>>()?,
        FormatArg::Csv => render::entities_csv(&entities)?,
        // `cmd::run` refuses the timeline-only formats before we get here
        _ => render::render_entities(&entities, style(&args.common)),
    };
    write_output(args.common.output.as_deref(), &body)?;
    Ok(if analysed.documents > 0 {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
