//! Output: the report as text for people, JSON and JSON Lines for programs,
//! CSV for spreadsheets, Markdown for notes, a self-contained HTML page to
//! look at, and TimelineJS JSON to publish. Every renderer is a pure
//! function from a `&Report` (plus options) to a `String`, deterministic.

mod csv;
mod html;
mod labels;
mod markdown;
pub mod scale;
mod text;
pub mod timelinejs;

pub use csv::{ENTITY_COLUMNS, EVENT_COLUMNS, entities_csv, events_csv};
pub use html::{esc as html_escape, html};
pub use markdown::{markdown, md_escape};
pub use text::{render_dates, render_entities, render_timeline};
pub use timelinejs::timelinejs;

use crate::model::Report;
use serde::Serialize;

/// Output formats shared by the subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

/// Terminal styling: ANSI colors only when asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
    /// Text timeline: one line per event.
    pub compact: bool,
}

impl Style {
    pub fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Pretty JSON with a final newline.
pub fn json<T: Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_json::to_string_pretty(value)? + "\n")
}

#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    kind: &'a str,
    #[serde(flatten)]
    value: &'a T,
}

/// One JSON record a line, each with a `kind`: `document`, `entity`, `event`.
pub fn jsonl(report: &Report) -> anyhow::Result<String> {
    let mut out = String::new();
    let mut push = |kind: &str, v: &dyn erased::Ser| -> anyhow::Result<()> {
        out.push_str(&v.line(kind)?);
        out.push('\n');
        Ok(())
    };
    for d in &report.documents {
        push("document", d)?;
    }
    for e in &report.entities {
        push("entity", e)?;
    }
    for e in &report.events {
        push("event", e)?;
    }
    Ok(out)
}

mod erased {
    //! A tiny object-safe wrapper to write records of different types as lines.
    use super::Line;
    use serde::Serialize;

    pub trait Ser {
        fn line(&self, kind: &str) -> serde_json::Result<String>;
    }

    impl<T: Serialize> Ser for T {
        fn line(&self, kind: &str) -> serde_json::Result<String> {
            serde_json::to_string(&Line { kind, value: self })
        }
    }
}
