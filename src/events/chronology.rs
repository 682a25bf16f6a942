//! The entries of a chronology (« Les dates clés », « Repères »): a page
//! with paragraphs that each open on a date and a separator (`Juillet
//! 2000 : Vladimir Poutine se rend à Pyongyang.`, `- 19 juin 2024 – Les
//! deux pays signent un traité.`), each paragraph telling what happened at
//! its date. The sentence the date heads is dated by the sentence rules
//! (a date alone before a colon fronts it); the other acts of the entry
//! (`…, première visite d'un dirigeant russe. Il y rencontre Kim Jong-il.`)
//! have no date written beside them, and the entry's date is theirs.
//!
//! Only a list: one paragraph that opens on a date is an ordinary lead
//! (`Mardi : la journée a commencé…`); at least [`MIN_ENTRIES`] such
//! paragraphs make a chronology.

use crate::model::{DateInterval, Span, Timex};

/// The fewest dated paragraphs that make a page a chronology.
const MIN_ENTRIES: usize = 2;

/// Separators between an entry's date and its text (`Juillet 2000 : …`,
/// `2019 – …`, `25 avril 2019 - …`, `2023 | …`, and the day bullets of a
/// timeline told day by day: `12 septembre 2023. Kim arrive…`).
const SEPARATORS: &[char] = &[':', '-', '–', '—', '|', '.'];

/// Marks of a list item that may stand before the date (`- 19 juin 2024 :
/// …`, `• Août 2001 : …`).
const BULLETS: &[char] = &['-', '–', '—', '•', '*', '·', '►', '>'];

/// Spaces around a separator, the French non-breaking ones included.
const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}', '\t'];

/// One entry: its paragraph, the date that heads it and that date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub span: Span,
    pub interval: DateInterval,
    pub expression: String,
    /// The date's value (`2000-07`, `2019-04-25`).
    pub value: String,
}

/// The resolved date that heads the paragraph `paragraph` of `text`: a
/// date that opens it (after a list bullet, if any) and is followed by a
/// separator standing apart and then text.
fn heading_date<'t>(text: &str, paragraph: Span, timexes: &'t [Timex]) -> Option<&'t Timex> {
    let body = text.get(paragraph.start..paragraph.end)?;
    let lead = body.len()
        - body
            .trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c))
            .len();
    let opens = paragraph.start + lead;
    let first = timexes
        .iter()
        .find(|t| t.span.start == opens && t.span.end <= paragraph.end)?;
    first.interval?;
    let rest = text.get(first.span.end..paragraph.end)?;
    let after = rest.trim_start_matches(SPACES);
    let separator = after.chars().next().filter(|c| SEPARATORS.contains(c))?;
    // `Juillet 2000 : …`, `Juillet 2000: …` or `12 septembre 2023. …`,
    // never `2019-2020`
    let spaced_before = after.len() < rest.len() || matches!(separator, ':' | '.');
    let tail = &after[separator.len_utf8()..];
    let spaced_after = tail.starts_with(SPACES);
    let text_follows = tail
        .trim_start()
        .starts_with(|c: char| c.is_alphanumeric() || c == '«');
    (spaced_before && spaced_after && text_follows).then_some(first)
}

/// The entries of `text` when it is a chronology (at least [`MIN_ENTRIES`]
/// paragraphs headed by a date), else none. `paragraphs` are the text's
/// paragraphs, `timexes` its resolved dates.
pub fn entries(text: &str, paragraphs: &[Span], timexes: &[Timex]) -> Vec<Entry> {
    let found: Vec<Entry> = paragraphs
        .iter()
        .filter_map(|&p| {
            let head = heading_date(text, p, timexes)?;
            Some(Entry {
                span: p,
                interval: head.interval?,
                expression: head.text.clone(),
                value: head.value.clone(),
            })
        })
        .collect();
    if found.len() < MIN_ENTRIES {
        return Vec::new();
    }
    found
}

/// The entry that holds `span`, if any.
pub fn entry_of(entries: &[Entry], span: Span) -> Option<&Entry> {
    entries.iter().find(|e| e.span.contains(span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Anchor, Tense, TimexKind};
    use chrono::NaiveDate;

    fn timex(text: &str, at: usize, written: &str, interval: DateInterval) -> Timex {
        Timex {
            text: written.to_string(),
            span: Span::new(at, at + written.len()),
            kind: TimexKind::Date,
            value: interval.start.to_string(),
            interval: Some(interval),
            anchor: Anchor::None,
            tense: Tense::Past,
            rule: format!("test:{}", &text[at..at + written.len()]),
            pending: None,
        }
    }

    /// A page of paragraphs, each opening with `lead`, its date and
    /// `separator`; the timexes where each date stands.
    fn page(
        lead: &str,
        separator: &str,
        dates: &[(&str, DateInterval)],
    ) -> (String, Vec<Span>, Vec<Timex>) {
        let mut text = String::from("Les dates clés\n\n");
        let mut paragraphs = vec![Span::new(0, "Les dates clés".len())];
        let mut times = Vec::new();
        for (i, (written, interval)) in dates.iter().enumerate() {
            let start = text.len();
            text.push_str(lead);
            let at = text.len();
            text.push_str(written);
            text.push_str(separator);
            text.push_str(&format!("Entrée {i}. Il y rencontre Kim Jong-il."));
            paragraphs.push(Span::new(start, text.len()));
            text.push_str("\n\n");
            let t = timex(&text, at, written, *interval);
            times.push(t);
        }
        (text, paragraphs, times)
    }

    fn day(y: i32, m: u32, d: u32) -> DateInterval {
        DateInterval::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    /// Every bullet × every separator, spaced (a period after the date:
    /// spaced after it), makes entries that run
    /// over their paragraph, dated by their head; a single dated paragraph,
    /// a date glued to a hyphen (`2019-2020`), a date inside the
    /// paragraph, or no separator make none.
    #[test]
    fn dated_paragraphs_make_a_chronology() {
        let dates = [
            ("Juillet 2000", day(2000, 7, 1)),
            ("25 avril 2019", day(2019, 4, 25)),
            ("13 septembre 2023", day(2023, 9, 13)),
        ];
        for lead in ["", "- ", "• ", "– ", "* "] {
            for separator in [" : ", ": ", " – ", " - ", " — ", " | ", ". "] {
                let (text, paragraphs, times) = page(lead, separator, &dates);
                let found = entries(&text, &paragraphs, &times);
                assert_eq!(found.len(), dates.len(), "{text}");
                for (entry, (written, interval)) in found.iter().zip(&dates) {
                    assert_eq!(entry.expression, *written);
                    assert_eq!(entry.interval, *interval);
                    let body = &text[entry.span.start..entry.span.end];
                    assert!(body.ends_with("Il y rencontre Kim Jong-il."), "{body:?}");
                }
            }
        }
        // one dated paragraph is no list
        let (text, paragraphs, times) = page("", " : ", &dates[..1]);
        assert!(entries(&text, &paragraphs, &times).is_empty(), "{text}");
        // no separator, or a hyphen glued to what follows
        for separator in [" ", ", ", " -", "-", ".", ".5"] {
            let (text, paragraphs, times) = page("", separator, &dates);
            assert!(
                entries(&text, &paragraphs, &times).is_empty(),
                "{separator:?}: {text}"
            );
        }
        // the date inside the paragraph
        let (text, paragraphs, times) = page("En bref, ", " : ", &dates);
        assert!(entries(&text, &paragraphs, &times).is_empty(), "{text}");
    }
}
