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
pub use text::{render_dates, render_entities, render_timeline, write_timeline};
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
    let mut bytes = Vec::new();
    write_json(&mut bytes, value)?;
    Ok(String::from_utf8(bytes)?)
}

/// [`json`] written to `out` as it is serialized (the same bytes): the
/// text is never held whole, and the final newline costs no copy.
pub fn write_json<T: Serialize>(out: &mut dyn std::io::Write, value: &T) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")?;
    Ok(())
}

#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    kind: &'a str,
    #[serde(flatten)]
    value: &'a T,
}

/// One JSON record a line, each with a `kind`: `document`, `entity`, `event`.
pub fn jsonl(report: &Report) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    write_jsonl(report, &mut bytes)?;
    Ok(String::from_utf8(bytes)?)
}

/// [`jsonl`] written to `out` line by line (the same bytes).
pub fn write_jsonl(report: &Report, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let mut push = |kind: &str, v: &dyn erased::Ser| -> anyhow::Result<()> {
        v.line(kind, &mut *out)?;
        out.write_all(b"\n")?;
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
    Ok(())
}

mod erased {
    //! A tiny object-safe wrapper to write records of different types as lines.
    use super::Line;
    use serde::Serialize;

    pub trait Ser {
        fn line(&self, kind: &str, out: &mut dyn std::io::Write) -> serde_json::Result<()>;
    }

    impl<T: Serialize> Ser for T {
        fn line(&self, kind: &str, out: &mut dyn std::io::Write) -> serde_json::Result<()> {
            serde_json::to_writer(out, &Line { kind, value: self })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::reduce::Merger;

    /// Reports of the seed corpus: all of it, and every prefix of its
    /// documents (so with and without undated events, inferred dates…).
    fn reports() -> Vec<Report> {
        let extracts = crate::extract::tests::corpus_extracts();
        (1..=extracts.len())
            .map(|n| {
                let mut m = Merger::new();
                extracts[..n].iter().cloned().for_each(|x| m.add_extract(x));
                m.finish("newsx test", &[], &Default::default()).0
            })
            .collect()
    }

    /// A sink that keeps every write apart, to see what is held at once.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl std::io::Write for Writes {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.push(buf.to_vec());
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Streamed output is the string rendering, byte for byte, and comes
    /// in pieces: JSON as serde_json's pretty string plus a newline, JSON
    /// Lines as one compact record a line, text one event block at a time.
    #[test]
    fn streamed_output_equals_the_string_rendering() {
        for report in reports() {
            let mut out = Writes::default();
            write_json(&mut out, &report).unwrap();
            let expected = serde_json::to_string_pretty(&report).unwrap() + "\n";
            assert_eq!(out.0.concat(), expected.as_bytes());
            assert_eq!(json(&report).unwrap(), expected);

            let mut out = Writes::default();
            write_jsonl(&report, &mut out).unwrap();
            // each record's compact JSON with its kind put first
            let mut expected = String::new();
            let mut line = |kind: &str, record: String| {
                let fields = record.strip_prefix('{').unwrap();
                expected.push_str(&format!("{{\"kind\":\"{kind}\",{fields}\n"));
            };
            for d in &report.documents {
                line("document", serde_json::to_string(d).unwrap());
            }
            for e in &report.entities {
                line("entity", serde_json::to_string(e).unwrap());
            }
            for e in &report.events {
                line("event", serde_json::to_string(e).unwrap());
            }
            let written = String::from_utf8(out.0.concat()).unwrap();
            assert_eq!(written, expected);
            assert_eq!(jsonl(&report).unwrap(), written);

            for compact in [false, true] {
                let style = Style {
                    color: false,
                    compact,
                };
                let mut out = Writes::default();
                write_timeline(&report, style, &mut out).unwrap();
                let text = String::from_utf8(out.0.concat()).unwrap();
                assert_eq!(text, render_timeline(&report, style));
                // one write an event at least (the header goes with the
                // first): never the whole text in one write
                if report.events.len() > 1 {
                    assert!(out.0.len() >= report.events.len(), "{}", out.0.len());
                    let largest = out.0.iter().map(Vec::len).max().unwrap();
                    assert!(largest < text.len());
                }
            }
        }
    }
}
