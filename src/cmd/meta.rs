//! `newsx schema`, `newsx completions SHELL`, `newsx man`: about newsx itself.

use super::write_output;
use crate::cli::{Cli, CompletionsArgs, SchemaArgs, SchemaKind};
use clap::CommandFactory;
use newsx::model::{EntitySummary, Report};
use std::process::ExitCode;

/// The JSON Schema of `--format json`, generated from the Rust types.
pub fn schema_json(kind: SchemaKind) -> anyhow::Result<String> {
    let mut schema = match kind {
        SchemaKind::Timeline => schemars::schema_for!(Report),
        SchemaKind::Entities => schemars::schema_for!(Vec<EntitySummary>),
    };
    let what = match kind {
        SchemaKind::Timeline => "newsx timeline --format json",
        SchemaKind::Entities => "newsx entities --format json",
    };
    schema.insert(
        "description".into(),
        format!(
            "Output of `{what}` (schema_version {}); fields documented in docs/json.md.",
            newsx::model::SCHEMA_VERSION
        )
        .into(),
    );
    Ok(serde_json::to_string_pretty(&schema)? + "\n")
}

pub fn schema(args: SchemaArgs) -> anyhow::Result<ExitCode> {
    write_output(None, &schema_json(args.kind)?)?;
    Ok(ExitCode::SUCCESS)
}

pub fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "newsx", &mut out);
    write_output(None, &String::from_utf8(out)?)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man() -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    write_output(None, &String::from_utf8(out)?)?;
    Ok(ExitCode::SUCCESS)
}
