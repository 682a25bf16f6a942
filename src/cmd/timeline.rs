//! `newsx timeline`: the consolidated, dated event timeline.

use super::{Output, analyze, config, nothing_analysed, style, warn_unmatched};
use crate::cli::FilteredArgs;
use std::process::ExitCode;

pub fn run(args: FilteredArgs) -> anyhow::Result<ExitCode> {
    let FilteredArgs {
        input: args,
        filter,
    } = args;
    let config = config(&args.common)?;
    // before the analysis: an --output that cannot be written fails now
    let output = Output::open(args.common.output.as_deref())?;
    let analysed = analyze(&args.paths, &args.common, &config);
    let filtered = newsx::filter::filter_report_owned(
        analysed.report,
        &filter.to_filter(),
        Some(config.entities.gazetteer()),
    );
    warn_unmatched(&filtered.unmatched, &args.common);
    let report = filtered.value;
    let style = newsx::render::Style {
        compact: filter.compact,
        ..style(&args.common)
    };
    output.write_with(|out| super::write_report(&report, args.common.format, style, out))?;
    Ok(if analysed.documents > 0 {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
