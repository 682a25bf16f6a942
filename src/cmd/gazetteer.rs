//! `newsx gazetteer check FILE…` and `newsx gazetteer list`.

use crate::cli::{FormatArg, GazetteerCommand};
use anyhow::Context;
use newsx::gazetteer::Gazetteer;
use std::fmt::Write as _;
use std::process::ExitCode;

pub fn run(command: GazetteerCommand) -> anyhow::Result<ExitCode> {
    match command {
        GazetteerCommand::Check { files } => check(&files),
        GazetteerCommand::List { format, gazetteer } => list(format, &gazetteer),
    }
}

/// Exit 0 when every file is valid, 1 otherwise; all errors on stderr.
fn check(files: &[std::path::PathBuf]) -> anyhow::Result<ExitCode> {
    let mut g = Gazetteer::builtin().context("built-in gazetteer")?;
    let mut errors = 0;
    for path in files {
        let name = path.display().to_string();
        let body = std::fs::read_to_string(path).with_context(|| format!("cannot read {name}"))?;
        let diagnostics = g.check_file(&name, &body);
        if diagnostics.is_empty() {
            let count = g.add_file(&name, &body)?;
            println!("{name}: ok ({count} entries)");
        }
        for d in &diagnostics {
            eprintln!("{d}");
        }
        errors += diagnostics.len();
    }
    if errors > 0 {
        eprintln!("newsx: {errors} error(s) in gazetteer files");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn list(format: FormatArg, extra: &[std::path::PathBuf]) -> anyhow::Result<ExitCode> {
    let mut g = Gazetteer::builtin().context("built-in gazetteer")?;
    for path in extra {
        let body = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read gazetteer {}", path.display()))?;
        g.add_file(&path.display().to_string(), &body)?;
    }
    let body = match format {
        FormatArg::Csv | FormatArg::Markdown | FormatArg::Html | FormatArg::Timelinejs => {
            anyhow::bail!(
                "gazetteer list writes text, json or jsonl, not {}",
                format.name()
            )
        }
        FormatArg::Json => {
            let entries: Vec<_> = g.entries.values().collect();
            let roles: Vec<_> = g.roles.values().collect();
            serde_json::to_string_pretty(
                &serde_json::json!({ "entries": entries, "roles": roles }),
            )? + "\n"
        }
        FormatArg::Jsonl => g
            .entries
            .values()
            .map(|e| serde_json::to_string(e).map(|s| s + "\n"))
            .collect::<Result<String, _>>()?,
        FormatArg::Text => {
            let mut out = String::new();
            for e in g.entries.values() {
                let mut line = format!("{:<14} {:<32} {}", e.entity_type.as_str(), e.id, e.name);
                if !e.aliases.is_empty() {
                    let _ = write!(line, "  [{}]", e.aliases.join(", "));
                }
                out.push_str(&line);
                out.push('\n');
            }
            let counts: Vec<String> = g.counts().iter().map(|(t, n)| format!("{n} {t}")).collect();
            let _ = writeln!(
                out,
                "{} entries ({}), {} aliases, {} roles",
                g.entries.len(),
                counts.join(", "),
                g.alias_count(),
                g.roles.len()
            );
            out
        }
    };
    super::write_output(None, &body)?;
    Ok(ExitCode::SUCCESS)
}
