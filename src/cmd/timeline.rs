//! `newsx timeline`: the consolidated, dated event timeline.

use super::{analyze, config, nothing_analysed, style, warn_unmatched, write_output_with};
use crate::cli::FilteredArgs;
use std::process::ExitCode;

pub fn run(args: FilteredArgs) -> anyhow::Result<ExitCode> {
    let FilteredArgs {
        input: args,
        filter,
    } = args;
    let config = config(&args.common)?;
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
    write_output_with(args.common.output.as_deref(), |out| {
        super::write_report(&report, args.common.format, style, out)
    })?;
    Ok(if analysed.documents > 0 {
        ExitCode::SUCCESS
    } else {
        nothing_analysed(&args.paths)
    })
}
