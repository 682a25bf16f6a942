//! The human-readable renderings, readable at 80 columns.

use super::Style;
use crate::model::{DateInterval, EntitySummary, Event, Precision, Report, Timex};
use chrono::Datelike;
use std::fmt::Write;

const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// `2023-09-12 (mardi)` for a day, the ISO form otherwise.
pub fn date_label(d: &DateInterval) -> String {
    if d.precision == Precision::Day && d.start == d.end {
        format!(
            "{} ({})",
            d.iso(),
            WEEKDAYS[d.start.weekday().num_days_from_monday() as usize]
        )
    } else {
        d.iso()
    }
}

fn names(refs: &[crate::model::EntityRef]) -> String {
    refs.iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cut a quote to about `max` characters on a word boundary.
fn clip(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

fn event_block(out: &mut String, e: &Event, style: Style) {
    let date = e
        .date
        .as_ref()
        .map_or_else(|| "sans date".to_string(), date_label);
    let _ = writeln!(
        out,
        "{}  {}  {}",
        style.paint("1", &date),
        style.paint("36", e.event_type.as_str()),
        style.paint("1", &e.title)
    );
    let mut facts = format!("    {}", e.status.as_str());
    if !e.participants.is_empty() {
        facts.push_str(&format!(" · qui : {}", names(&e.participants)));
    }
    if !e.places.is_empty() {
        facts.push_str(&format!(" · où : {}", names(&e.places)));
    }
    let _ = writeln!(out, "{facts}");
    for s in &e.sources {
        let how = s
            .date_expression
            .as_ref()
            .map_or(String::new(), |x| format!(" [{x}]"));
        let _ = writeln!(
            out,
            "    {} « {} »{}",
            style.paint("2", &s.document),
            clip(&s.quote, 110),
            how
        );
    }
    for c in &e.conflicts {
        let _ = writeln!(
            out,
            "    ! {} date « {} » as {}, kept {}",
            c.document,
            c.expression,
            c.rejected.iso(),
            c.kept.iso()
        );
    }
}

/// The timeline: a header with counts, dated events in order, then undated ones.
pub fn render_timeline(report: &Report, style: Style) -> String {
    let mut out = String::new();
    let ok = report
        .documents
        .iter()
        .filter(|d| d.status == crate::model::DocStatus::Ok)
        .count();
    let sources: usize = report.events.iter().map(|e| e.sources.len()).sum();
    let _ = writeln!(
        out,
        "newsx timeline: {ok} articles, {} events, {sources} sources\n",
        report.events.len()
    );
    let (dated, undated): (Vec<&Event>, Vec<&Event>) =
        report.events.iter().partition(|e| e.date.is_some());
    for e in dated {
        event_block(&mut out, e, style);
        out.push('\n');
    }
    if !undated.is_empty() {
        let _ = writeln!(out, "{}\n", style.paint("1", "Sans date"));
        for e in undated {
            event_block(&mut out, e, style);
            out.push('\n');
        }
    }
    out
}

/// Entities: one line each, most mentioned first.
pub fn render_entities(entities: &[EntitySummary], style: Style) -> String {
    let mut out = String::new();
    for e in entities {
        let _ = writeln!(
            out,
            "{:<28} {:<12} {:>4}  {} doc(s)  {}",
            style.paint("1", &e.name),
            e.entity_type.as_str(),
            e.mentions,
            e.documents.len(),
            e.variants.join(" | ")
        );
    }
    out
}

/// Temporal expressions of one document, with resolution, anchor and rule.
pub fn render_dates(doc_id: &str, timexes: &[Timex], style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.paint("1", doc_id));
    for t in timexes {
        let resolved = t
            .interval
            .as_ref()
            .map_or_else(|| "unresolved".to_string(), |i| i.iso());
        let _ = writeln!(
            out,
            "  {:<32} {:<10} {:<24} {:<12} {}",
            clip(&t.text, 32),
            format!("{:?}", t.kind).to_lowercase(),
            resolved,
            anchor_label(&t.anchor),
            t.rule
        );
    }
    out
}

fn anchor_label(a: &crate::model::Anchor) -> String {
    use crate::model::Anchor;
    match a {
        Anchor::None => "absolute".into(),
        Anchor::Publication => "publication".into(),
        Anchor::Expression { text, .. } => format!("«{}»", clip(text, 10)),
        Anchor::Unknown => "no anchor".into(),
    }
}
