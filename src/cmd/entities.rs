//! `newsx entities`: people, places and organisations of the corpus.

use super::{
    analyze, any_document, config, load, nothing_analysed, style, warn_unmatched, write_output,
};
use crate::cli::{FilteredArgs, FormatArg};
use newsx::render;
use std::process::ExitCode;

pub fn run(args: FilteredArgs) -> anyhow::Result<ExitCode> {
    let FilteredArgs {
        input: args,
        filter,
    } = args;
    let config = config(&args.common)?;
    let loaded = load(&args.paths, &args.common, &config);
    let report = analyze(&loaded, &args.common, &config);
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
    Ok(if any_document(&loaded) {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
