//! The human-readable renderings, readable at 80 columns.

use super::Style;
use crate::model::{DateInterval, DocumentRecord, EntitySummary, Event, Precision, Report, Timex};
use chrono::Datelike;
use std::collections::BTreeMap;
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

/// Width of the text output, in columns.
pub const WIDTH: usize = 80;

/// An article's string made safe for a terminal: control characters
/// (C0, DEL, C1) other than newline and tab are dropped, so that escape
/// sequences in a page (`ESC [ 2 J`, an OSC 8 link, the one-character CSI
/// U+009B) cannot reach the terminal, colored or not.
pub fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if s.chars().any(unsafe_char) {
        s.chars()
            .filter(|&c| !unsafe_char(c))
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// Cut a quote to about `max` characters on a word boundary.
fn clip(s: &str, max: usize) -> String {
    let s = clean(s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rsplit_once(' ') {
        Some((a, _)) if a.chars().count() > max / 2 => a.to_string(),
        _ => cut,
    };
    format!("{cut}…")
}

/// Word-wrap `s` to `width` columns; continuation lines start with `indent`.
/// A word longer than a line is cut.
pub fn wrap(s: &str, width: usize, first_used: usize, indent: &str) -> Vec<String> {
    let s = &*clean(s);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = first_used;
    let indent_w = indent.chars().count();
    for word in s.split_whitespace() {
        let w = word.chars().count();
        let sep = usize::from(!line.is_empty());
        if used + sep + w > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line.push_str(indent);
            used = indent_w;
            if w > width - indent_w {
                line.push_str(&clip(word, width - indent_w));
                used = width;
                continue;
            }
            line.push_str(word);
            used += w;
            continue;
        }
        if sep == 1 {
            line.push(' ');
        }
        if used + w > width {
            let room = width.saturating_sub(used).max(1);
            line.push_str(&clip(word, room));
            used = width;
        } else {
            line.push_str(word);
            used += sep + w;
        }
    }
    lines.push(line);
    lines
}

/// Longest quote shown for a source: about a clause.
const QUOTE_CHARS: usize = 200;

const MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// `12 sept. 2023` for a day, the ISO form otherwise.
fn short_date(d: &DateInterval) -> String {
    if d.precision == Precision::Day && d.start == d.end {
        format!(
            "{} {} {}",
            d.start.day(),
            MONTHS[d.start.month0() as usize],
            d.start.year()
        )
    } else {
        d.iso()
    }
}

/// Who published a source, for a reader: the outlet (metadata `source`),
/// else the title, else the document id; then the publication date.
fn source_label(doc: Option<&DocumentRecord>, id: &str) -> String {
    let Some(doc) = doc else {
        return id.to_string();
    };
    let who = doc
        .source
        .as_deref()
        .or(doc.title.as_deref())
        .map(|s| clip(s, 48))
        .unwrap_or_else(|| id.to_string());
    match &doc.published {
        // `~`: a date deduced (from the text's bounds or the corpus), not written
        Some(p) if p.confidence != crate::model::Confidence::Stated => {
            format!("{who}, ~{}", short_date(&p.interval()))
        }
        Some(p) => format!("{who}, {}", short_date(&p.interval())),
        None => who,
    }
}

/// The part of a quote a reader needs: the words around the predicate and
/// its date, about a clause long, cut at word boundaries.
fn quote_window(quote: &str, predicate: &str, expression: Option<&str>) -> String {
    let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = quote.chars().collect();
    if chars.len() <= QUOTE_CHARS {
        return quote;
    }
    // the predicate and the expression may spell an apostrophe otherwise
    // than the quote (`s'y réunissent` in `s’y réunissent`): compare them
    // with apostrophes made straight, char by char
    let straight = |c: &char| {
        if matches!(*c, '’' | 'ʼ' | '‘') {
            '\''
        } else {
            *c
        }
    };
    let folded: Vec<char> = chars.iter().map(straight).collect();
    let find = |needle: &str| {
        let needle: Vec<char> = needle.chars().map(|c| straight(&c)).collect();
        if needle.is_empty() || needle.len() > folded.len() {
            return None;
        }
        (0..=folded.len() - needle.len())
            .find(|&i| folded[i..i + needle.len()] == needle[..])
            .map(|i| (i, i + needle.len()))
    };
    let mut spans: Vec<(usize, usize)> = Vec::new();
    spans.extend(find(predicate));
    spans.extend(expression.and_then(find));
    let (lo, hi) = match spans.as_slice() {
        [] => (0, 0),
        _ => (
            spans.iter().map(|s| s.0).min().unwrap_or(0),
            spans.iter().map(|s| s.1).max().unwrap_or(0),
        ),
    };
    // centre the window on the predicate and its date
    let room = QUOTE_CHARS.saturating_sub(hi - lo);
    let mut start = lo.saturating_sub(room / 3);
    let end = (start + QUOTE_CHARS.max(hi - lo)).min(chars.len());
    start = end.saturating_sub(QUOTE_CHARS.max(hi - lo)).min(start);
    // move the cuts out to word boundaries
    while start > 0 && !chars[start - 1].is_whitespace() {
        start -= 1;
    }
    let mut end = end;
    while end < chars.len() && !chars[end].is_whitespace() {
        end += 1;
    }
    let body: String = chars[start..end].iter().collect();
    format!(
        "{}{}{}",
        if start > 0 { "…" } else { "" },
        body.trim(),
        if end < chars.len() { "…" } else { "" }
    )
}

/// `trip`: the label of the episode the event is a moment of.
fn event_block(
    out: &mut String,
    e: &Event,
    documents: &BTreeMap<&str, &DocumentRecord>,
    trip: Option<&str>,
    style: Style,
) {
    let date = e
        .date
        .as_ref()
        .map_or_else(|| "sans date".to_string(), date_label);
    let kind = e.event_type.as_str();
    // date and type, then the title wrapped under itself
    let head_w = date.chars().count() + 2 + kind.chars().count() + 2;
    let title = wrap(&e.title, WIDTH, head_w, "    ");
    let _ = writeln!(
        out,
        "{}  {}  {}",
        style.paint("1", &date),
        style.paint("36", kind),
        style.paint("1", &title[0])
    );
    for l in &title[1..] {
        let _ = writeln!(out, "{}", style.paint("1", l));
    }
    let mut facts = e.status.as_str().to_string();
    if !e.participants.is_empty() {
        facts.push_str(&format!(" · qui : {}", names(&e.participants)));
    }
    if !e.places.is_empty() {
        facts.push_str(&format!(" · où : {}", names(&e.places)));
    }

    for (i, l) in wrap(&facts, WIDTH, 4, "      ").iter().enumerate() {
        let _ = writeln!(out, "{}{l}", if i == 0 { "    " } else { "" });
    }
    if let Some(trip) = trip {
        let _ = writeln!(out, "    {}", clip(&format!("épisode {trip}"), WIDTH - 4));
    }
    for s in &e.sources {
        // `    « the clause around the predicate » [expr]`, wrapped, then
        // `      — outlet, date`
        let how = s
            .date_expression
            .as_ref()
            .map_or(String::new(), |x| format!(" [{}]", clip(x, 30)));
        let quote = format!(
            "« {} »{how}",
            quote_window(&s.quote, &s.predicate, s.date_expression.as_deref())
        );
        for (i, l) in wrap(&quote, WIDTH, 4, "      ").iter().enumerate() {
            let _ = writeln!(out, "{}{l}", if i == 0 { "    " } else { "" });
        }
        let label = source_label(documents.get(s.document.as_str()).copied(), &s.document);
        let _ = writeln!(
            out,
            "      {}",
            style.paint("2", &format!("— {}", clip(&label, WIDTH - 8)))
        );
    }
    for c in &e.conflicts {
        let line = format!(
            "! {} date « {} » as {}, kept {}",
            c.document,
            c.expression,
            c.rejected.iso(),
            c.kept.iso()
        );
        let _ = writeln!(out, "    {}", clip(&line, WIDTH - 4));
    }
}

/// `2023-09-13 (mercredi)  Rencontre entre … (3 sources)` on one line of at
/// most WIDTH columns (`--compact`).
fn compact_line(out: &mut String, e: &Event, style: Style) {
    let date = e
        .date
        .as_ref()
        .map_or_else(|| "sans date".to_string(), date_label);
    let tail = format!(" ({})", count(e.independent_sources, "source"));
    let room = WIDTH.saturating_sub(date.chars().count() + 2 + tail.chars().count());
    let _ = writeln!(
        out,
        "{}  {}{}",
        style.paint("1", &date),
        clip(&e.title, room),
        style.paint("2", &tail)
    );
}

/// `1 article`, `2 articles`, `0 articles`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The timeline: a header with counts, dated events in order, then undated ones.
pub fn render_timeline(report: &Report, style: Style) -> String {
    let mut bytes = Vec::new();
    write_timeline(report, style, &mut bytes).expect("writing to a vector does not fail");
    String::from_utf8(bytes).expect("the timeline is written from strings")
}

/// [`render_timeline`] written to `sink` as it is rendered, one event at a
/// time: the text is never held whole (the same bytes).
pub fn write_timeline(
    report: &Report,
    style: Style,
    sink: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = String::new();
    // what is rendered so far goes out, and the buffer is reused
    let mut flush = |out: &mut String| -> std::io::Result<()> {
        sink.write_all(out.as_bytes())?;
        out.clear();
        Ok(())
    };
    let ok = report
        .documents
        .iter()
        .filter(|d| d.status == crate::model::DocStatus::Ok)
        .count();
    let off_topic = report
        .documents
        .iter()
        .filter(|d| d.status == crate::model::DocStatus::OffTopic)
        .count();
    let sources: usize = report.events.iter().map(|e| e.sources.len()).sum();
    let _ = writeln!(
        out,
        "newsx timeline: {}, {}, {}",
        count(ok, "article"),
        count(report.events.len(), "event"),
        count(sources, "source")
    );
    // what is left out, on a line of its own
    let mut aside: Vec<String> = Vec::new();
    if off_topic > 0 {
        aside.push(format!("{} off topic", count(off_topic, "article")));
    }
    if report.copies > 0 {
        aside.push(format!(
            "{} of earlier articles (sources of their events)",
            match report.copies {
                1 => "1 copy".to_string(),
                n => format!("{n} copies"),
            }
        ));
    }
    if report.hidden_undated > 0 {
        aside.push(format!(
            "{} hidden (--undated all)",
            count(report.hidden_undated, "undated event")
        ));
    }
    if !aside.is_empty() {
        let _ = writeln!(out, "{}", aside.join(" · "));
    }
    out.push('\n');
    let documents: BTreeMap<&str, &DocumentRecord> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    // `ep-0001 : Kim Jong-un · Russie · 2023-09-12/2023-09-17`
    let trips: BTreeMap<&str, String> = report
        .episodes
        .iter()
        .map(|ep| {
            let label = format!(
                "{} : {} · {} · {}",
                ep.id,
                ep.traveller.name,
                ep.country.name,
                ep.date.iso()
            );
            (ep.id.as_str(), label)
        })
        .collect();
    let trip_of = |e: &Event| {
        e.episode
            .as_deref()
            .and_then(|id| trips.get(id))
            .map(String::as_str)
    };
    let (dated, undated): (Vec<&Event>, Vec<&Event>) =
        report.events.iter().partition(|e| e.date.is_some());
    if style.compact {
        for e in dated.iter().chain(undated.iter()) {
            compact_line(&mut out, e, style);
            flush(&mut out)?;
        }
        return flush(&mut out);
    }
    for e in dated {
        event_block(&mut out, e, &documents, trip_of(e), style);
        out.push('\n');
        flush(&mut out)?;
    }
    if !undated.is_empty() {
        let _ = writeln!(out, "{}\n", style.paint("1", "Sans date"));
        for e in undated {
            event_block(&mut out, e, &documents, trip_of(e), style);
            out.push('\n');
            flush(&mut out)?;
        }
    }
    let inferred = report.documents.iter().any(|d| {
        d.published
            .as_ref()
            .is_some_and(|p| p.confidence != crate::model::Confidence::Stated)
    });
    if inferred {
        let _ = writeln!(
            out,
            "~ date de publication déduite, non écrite (voir --format json)"
        );
    }
    flush(&mut out)
}

/// Entities: one line each, most mentioned first, at most 80 columns.
pub fn render_entities(entities: &[EntitySummary], style: Style) -> String {
    let mut out = String::new();
    for e in entities {
        let name = format!("{:<24}", clip(&e.name, 24));
        let facts = format!(
            " {:<12} {:>4} {:>3} doc  ",
            e.entity_type.as_str(),
            e.mentions,
            e.documents.len()
        );
        let used = name.chars().count() + facts.chars().count();
        let variants = clip(&e.variants.join(" | "), WIDTH.saturating_sub(used));
        let line = format!("{}{facts}{variants}", style.paint("1", &name));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// Temporal expressions of one document, with resolution, anchor and rule.
pub fn render_dates(doc_id: &str, timexes: &[Timex], style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.paint("1", &clean(doc_id)));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every control character but newline and tab, in every string of an
    /// event that comes from an article, colored or not: none reaches the
    /// text output (the only escapes left are the colors' own).
    #[test]
    fn control_characters_from_articles_never_reach_the_terminal() {
        use crate::model::{EntityRef, EventType, Modality, Source};
        let controls = (0u32..0x20)
            .chain(0x7F..0xA0)
            .filter_map(char::from_u32)
            .filter(|c| *c != '\n' && *c != '\t');
        for c in controls {
            let bad = |s: &str| format!("{s}{c}]2;owned{c}\u{7}{c}[2J fin");
            let e = Event {
                mentioned_places: Vec::new(),
                attribution: Vec::new(),
                id: "ev-0001".into(),
                event_type: EventType::Visit,
                status: Modality::Occurred,
                title: bad("Visite"),
                date: DateInterval::parse_iso("2023-09-12"),
                participants: vec![EntityRef::new("kim", bad("Kim"))],
                places: vec![],
                sources: vec![Source {
                    document: bad("doc"),
                    quote: bad("citation"),
                    start: 0,
                    end: 1,
                    predicate: bad("citation"),
                    date_expression: Some(bad("hier")),
                    date_rule: None,
                    modality: Modality::Occurred,
                    attribution: None,
                }],
                independent_sources: 1,
                confidence: 0.5,
                conflicts: vec![crate::model::Conflict {
                    kept: DateInterval::parse_iso("2023-09-12").unwrap(),
                    rejected: DateInterval::parse_iso("2023-09-11").unwrap(),
                    document: bad("doc"),
                    expression: bad("lundi"),
                }],
                episode: None,
            };
            for color in [false, true] {
                let mut out = String::new();
                event_block(
                    &mut out,
                    &e,
                    &BTreeMap::new(),
                    None,
                    Style {
                        color,
                        compact: false,
                    },
                );
                let stripped = out
                    .replace("\x1b[0m", "")
                    .replace("\x1b[1m", "")
                    .replace("\x1b[2m", "")
                    .replace("\x1b[36m", "");
                assert!(
                    !stripped.chars().any(|x| x.is_control() && x != '\n'),
                    "U+{:04X} color={color}: {out:?}",
                    c as u32
                );
            }
        }
        assert_eq!(clean("a\tb\nc"), "a\tb\nc");
    }

    /// The window holds the predicate wherever it stands in a long quote,
    /// whichever apostrophe the quote and the predicate write: every
    /// position of the predicate among forty filler words × the three
    /// apostrophes of the quote × the two of the predicate.
    #[test]
    fn the_quote_window_holds_the_predicate_whatever_its_apostrophe() {
        let filler: Vec<String> = (0..40).map(|i| format!("mot{i}")).collect();
        for at in 0..=filler.len() {
            for quote_apostrophe in ['\'', '’', 'ʼ'] {
                for predicate_apostrophe in ['\'', '’'] {
                    let mut words = filler.clone();
                    words.insert(at, format!("s{quote_apostrophe}y réunissent"));
                    let quote = words.join(" ");
                    assert!(quote.chars().count() > QUOTE_CHARS);
                    let predicate = format!("s{predicate_apostrophe}y réunissent");
                    let shown = quote_window(&quote, &predicate, None);
                    let expected = format!("s{quote_apostrophe}y réunissent");
                    assert!(shown.contains(&expected), "{at}: {shown}");
                    assert!(shown.chars().count() <= QUOTE_CHARS + 20, "{shown}");
                }
            }
        }
    }

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(1, "article"), "1 article");
        assert_eq!(count(0, "event"), "0 events");
        assert_eq!(count(12, "source"), "12 sources");
    }

    #[test]
    fn wrap_keeps_lines_within_the_width_with_a_hanging_indent() {
        let text = "un deux trois quatre cinq six sept huit neuf dix onze douze";
        let lines = wrap(text, 20, 6, "    ");
        assert!(lines[0].chars().count() + 6 <= 20, "{lines:?}");
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with("    ") && l.chars().count() <= 20)
        );
        assert_eq!(
            lines
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            text
        );
        let long = wrap("a-very-long-word-that-never-ends-at-all", 12, 0, "  ");
        assert!(long.iter().all(|l| l.chars().count() <= 12), "{long:?}");
    }

    #[test]
    fn clip_cuts_on_a_word_and_marks_it() {
        assert_eq!(clip("court", 10), "court");
        let c = clip("la visite officielle de Kim Jong-un en Russie", 20);
        assert!(c.ends_with('…') && c.chars().count() <= 20, "{c}");
    }
}
