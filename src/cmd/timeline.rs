//! `newsx timeline`: the consolidated, dated event timeline.

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
    let filtered = newsx::filter::filter_report(
        &report,
        &filter.to_filter(),
        Some(config.entities.gazetteer()),
    );
    warn_unmatched(&filtered.unmatched, &args.common);
    let report = filtered.value;
    let body = match args.common.format {
        FormatArg::Text => render::render_timeline(&report, style(&args.common)),
        FormatArg::Json => render::json(&report)?,
        FormatArg::Jsonl => render::jsonl(&report)?,
        FormatArg::Csv => render::events_csv(&report)?,
        FormatArg::Markdown => render::markdown(&report),
        FormatArg::Html => render::html(&report),
        FormatArg::Timelinejs => render::timelinejs(&report)?,
    };
    write_output(args.common.output.as_deref(), &body)?;
    Ok(if any_document(&loaded) {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
