//! `newsx timeline`: the consolidated, dated event timeline.

use super::{analyze, config, nothing_analysed, style, warn_unmatched, write_output};
use crate::cli::FilteredArgs;
use std::process::ExitCode;

pub fn run(args: FilteredArgs) -> anyhow::Result<ExitCode> {
    let FilteredArgs {
        input: args,
        filter,
    } = args;
    let config = config(&args.common)?;
    let analysed = analyze(&args.paths, &args.common, &config);
    let report = analysed.report;
    let filtered = newsx::filter::filter_report(
        &report,
        &filter.to_filter(),
        Some(config.entities.gazetteer()),
    );
    warn_unmatched(&filtered.unmatched, &args.common);
    let report = filtered.value;
    let body = super::render_report(&report, args.common.format, style(&args.common))?;
    write_output(args.common.output.as_deref(), &body)?;
    Ok(if analysed.documents > 0 {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
