//! A Markdown report: events as a dated list grouped by year, every source
//! as a footnote (`[^1]`) with its document and quote, then the articles.
//! Footnotes are numbered in order of appearance, one per source.

use super::labels;
use crate::model::{DocStatus, Event, Precision, Report};
use chrono::Datelike;
use std::fmt::Write;

/// Escape Markdown punctuation so article text is shown, not interpreted,
/// and keep it on one line (footnotes and list items are one paragraph).
pub fn md_escape(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        if "\\`*_[]<>|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn names(refs: &[crate::model::EntityRef]) -> String {
    refs.iter()
        .map(|r| md_escape(&r.name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn item(out: &mut String, notes: &mut Vec<String>, e: &Event) {
    let date = match &e.date {
        Some(d) if d.precision == Precision::Day => format!("**{}**", d.iso()),
        Some(d) => format!("**{}** (≈ {})", d.iso(), labels::precision(d.precision)),
        None => "**sans date**".to_string(),
    };
    let mut line = format!(
        "- {date} — *{}* — {}",
        labels::event_type(e.event_type),
        md_escape(&e.title)
    );
    if e.status != crate::model::Modality::Occurred {
        let _ = write!(line, " ({})", labels::status(e.status));
    }
    if !e.participants.is_empty() {
        let _ = write!(line, ". Qui : {}", names(&e.participants));
    }
    if !e.places.is_empty() {
        let _ = write!(line, ". Où : {}", names(&e.places));
    }
    line.push('.');
    for s in &e.sources {
        notes.push({
            let mut n = format!(
                "`{}` « {} »",
                s.document.replace('`', "'"),
                md_escape(s.quote.trim())
            );
            if let Some(x) = &s.date_expression {
                let _ = write!(n, " (date : « {} »)", md_escape(x));
            }
            if let Some(a) = &s.attribution {
                let _ = write!(n, " (selon {})", md_escape(a));
            }
            n
        });
        let _ = write!(line, "[^{}]", notes.len());
    }
    let _ = writeln!(out, "{line}");
}

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let mut notes: Vec<String> = Vec::new();
    let ok = report
        .documents
        .iter()
        .filter(|d| d.status == DocStatus::Ok)
        .count();
    let sources: usize = report.events.iter().map(|e| e.sources.len()).sum();
    let _ = writeln!(out, "# Chronologie\n");
    let _ = writeln!(
        out,
        "{ok} articles · {} événements · {sources} sources · généré par {}\n",
        report.events.len(),
        md_escape(&report.generator)
    );
    let mut year: Option<i32> = None;
    for e in report.events.iter().filter(|e| e.date.is_some()) {
        let y = e.date.map(|d| d.start.year());
        if y != year {
            if year.is_some() {
                out.push('\n');
            }
            let _ = writeln!(out, "## {}\n", y.unwrap_or_default());
            year = y;
        }
        item(&mut out, &mut notes, e);
    }
    let undated: Vec<&Event> = report.events.iter().filter(|e| e.date.is_none()).collect();
    if !undated.is_empty() {
        let _ = writeln!(out, "\n## Sans date\n");
        for e in undated {
            item(&mut out, &mut notes, e);
        }
    }
    let _ = writeln!(out, "\n## Articles\n");
    let _ = writeln!(
        out,
        "| document | titre | publié | statut |\n|---|---|---|---|"
    );
    for d in &report.documents {
        let status = match d.status {
            DocStatus::Ok => "ok".to_string(),
            DocStatus::OffTopic => "hors sujet".to_string(),
            DocStatus::Skipped => {
                format!("ignoré : {}", md_escape(d.reason.as_deref().unwrap_or("?")))
            }
        };
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {status} |",
            d.id.replace('`', "'"),
            md_escape(d.title.as_deref().unwrap_or("")),
            d.published
                .as_ref()
                .map_or(String::new(), |p| p.interval().iso())
        );
    }
    if !notes.is_empty() {
        out.push('\n');
        for (i, n) in notes.iter().enumerate() {
            let _ = writeln!(out, "[^{}]: {n}", i + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_and_html_and_joins_lines() {
        assert_eq!(
            md_escape("a *b* [c](d)\n<e> | f"),
            r"a \*b\* \[c\](d) \<e\> \| f"
        );
        assert_eq!(md_escape("&copy; #1 !"), r"\&copy; #1 !");
    }
}
