//! The entries of a live blog (« direct »): a page cut by lines that hold
//! only a time of day (`08h15`, `17:20`), or that open on one and a
//! separator (`08h15 : L'avion a atterri`, `17:20 - …`, `9h05 | …`), each
//! entry telling what happens at that time. An act such an entry tells in the present or the passé
//! composé, with no date of its own, happens on the page's day: `08h15 —
//! Le chef du Kremlin et son homologue ont paraphé un traité`.
//!
//! Only one day: the stamps must run one way (newest first, as live blogs
//! print them, or oldest first) without going back over midnight; a page
//! whose stamps wrap, or that names several days, is left as it is.

use crate::model::Span;

/// The fewest time lines that make a page a live blog (one stamp may be
/// the time of an ordinary article's update).
const MIN_STAMPS: usize = 3;

/// One entry: the text after its time line, up to the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub span: Span,
    /// The time line as written (`08h15`).
    pub stamp: String,
}

/// The time of day a line holds alone, in minutes since midnight:
/// `08h15`, `8h15`, `08:15`, `8 h 15`.
fn stamp_minutes(line: &str) -> Option<u32> {
    let line = line.trim();
    let (hours, minutes) = line.split_once(['h', 'H', ':'])?;
    let (hours, minutes) = (hours.trim(), minutes.trim());
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(hours, 1..=2) || !digits(minutes, 2..=2) {
        return None;
    }
    let (h, m): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Separators between a time of day that opens a line and the entry's
/// text (`08h15 : …`, `08h15 - …`, `08h15 – …`, `08h15 | …`).
const STAMP_SEPARATORS: &[char] = &[':', '-', '–', '—', '|', '•', '·'];

/// A time of day that opens a line and a separator before text (`08h15 :
/// L'avion a atterri`): the minutes since midnight and the stamp as
/// written. The separator must stand apart (`12h30: …` or `12h30 : …`,
/// not `12h30-13h00`), and text must follow it.
fn leading_stamp(line: &str) -> Option<(u32, &str)> {
    let line = line.trim_start();
    let mut cut = None;
    for (i, c) in line.char_indices() {
        if STAMP_SEPARATORS.contains(&c) && i > 0 {
            let (head, rest) = line.split_at(i);
            let rest = &rest[c.len_utf8()..];
            // `08:15` is a stamp, its colon no separator
            if c == ':' && rest.starts_with(|d: char| d.is_ascii_digit()) {
                continue;
            }
            cut = Some((head, rest));
            break;
        }
        if !(c.is_ascii_digit() || matches!(c, 'h' | 'H' | ':' | ' ')) {
            return None;
        }
    }
    let (head, rest) = cut?;
    let minutes = stamp_minutes(head)?;
    let spaced = rest.starts_with([' ', '\u{a0}', '\t']);
    (spaced && !rest.trim().is_empty()).then(|| (minutes, head.trim()))
}

/// The entries of `text` when it is a live blog of one day, else `None`.
/// An entry whose stamp opens its line (`08h15 : …`) starts at that line,
/// so that the sentence the stamp opens is in it.
pub fn entries(text: &str) -> Option<Vec<Entry>> {
    // line start, entry start, minutes, stamp
    let mut stamps: Vec<(usize, usize, u32, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(minutes) = stamp_minutes(line) {
            stamps.push((at, at + line.len(), minutes, line.trim()));
        } else if let Some((minutes, stamp)) = leading_stamp(line) {
            stamps.push((at, at, minutes, stamp));
        }
        at += line.len();
    }
    if stamps.len() < MIN_STAMPS {
        return None;
    }
    let falling = stamps.windows(2).all(|w| w[0].2 >= w[1].2);
    let rising = stamps.windows(2).all(|w| w[0].2 <= w[1].2);
    if !(falling || rising) {
        return None;
    }
    let ends = stamps
        .iter()
        .skip(1)
        .map(|&(start, ..)| start)
        .chain(std::iter::once(text.len()));
    Some(
        stamps
            .iter()
            .zip(ends)
            .map(|(&(_, from, _, stamp), next)| Entry {
                span: Span::new(from, next),
                stamp: stamp.to_string(),
            })
            .collect(),
    )
}

/// The entry that holds `span`, if any.
pub fn entry_of(entries: &[Entry], span: Span) -> Option<&Entry> {
    entries.iter().find(|e| e.span.contains(span))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every way of writing a time of day alone on its line, and lines that
    /// only look like one.
    #[test]
    fn time_lines() {
        for h in 0..24u32 {
            for m in [0u32, 5, 30, 59] {
                let minutes = Some(h * 60 + m);
                for line in [
                    format!("{h:02}h{m:02}"),
                    format!("{h}h{m:02}"),
                    format!("{h:02}:{m:02}"),
                    format!("{h} h {m:02}\n"),
                    format!("  {h:02}H{m:02}  "),
                ] {
                    assert_eq!(stamp_minutes(&line), minutes, "{line:?}");
                }
            }
        }
        for line in [
            "24h00",
            "12h60",
            "12h5",
            "123h00",
            "à 12h30",
            "12h30 : Kim arrive",
            "h30",
            "12h",
            "",
        ] {
            assert_eq!(stamp_minutes(line), None, "{line:?}");
        }
    }

    fn page(stamps: &[&str]) -> String {
        let mut text = String::from("DIRECT. Titre\n\nChapeau.\n\n");
        for (i, s) in stamps.iter().enumerate() {
            text.push_str(&format!("{s}\nEntrée {i}. Texte.\n\n"));
        }
        text
    }

    /// Stamps newest first or oldest first make entries, each running to
    /// the next stamp; too few stamps, or stamps that go back over
    /// midnight, make none.
    #[test]
    fn entries_of_one_day() {
        for stamps in [
            vec!["18h45", "17h20", "15h05", "12h30"],
            vec!["08h15", "07h58", "00h12"],
            vec!["09:00", "12:30", "15:05"],
        ] {
            let text = page(&stamps);
            let found = entries(&text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.len(), stamps.len());
            for (i, (entry, stamp)) in found.iter().zip(&stamps).enumerate() {
                assert_eq!(entry.stamp, *stamp);
                let body = &text[entry.span.start..entry.span.end];
                assert!(body.starts_with(&format!("Entrée {i}.")), "{body:?}");
                assert!(!stamps.iter().any(|s| body.contains(s)), "{body:?}");
            }
        }
        for stamps in [
            vec!["18h45", "17h20"],
            vec!["00h10", "23h50", "22h00"],
            vec!["12h00", "13h00", "11h00"],
        ] {
            assert_eq!(entries(&page(&stamps)), None, "{stamps:?}");
        }
    }

    /// Every stamp style × every separator, spaced, before text, opens an
    /// entry; a stamp glued to its separator's other side (`12h30-13h00`),
    /// no text after it, a time inside a sentence, or a date are no stamp.
    #[test]
    fn leading_stamps() {
        for h in [0u32, 8, 12, 23] {
            for m in [0u32, 15, 59] {
                for stamp in [
                    format!("{h:02}h{m:02}"),
                    format!("{h}h{m:02}"),
                    format!("{h:02}:{m:02}"),
                ] {
                    for sep in STAMP_SEPARATORS {
                        for line in [
                            format!("{stamp} {sep} Kim arrive\n"),
                            format!("{stamp}{sep} Kim arrive"),
                            format!("  {stamp} {sep}\u{a0}Kim arrive"),
                        ] {
                            assert_eq!(
                                leading_stamp(&line),
                                Some((h * 60 + m, stamp.as_str())),
                                "{line:?}"
                            );
                        }
                    }
                }
            }
        }
        for line in [
            "12h30-13h00 : Kim arrive",
            "12h30 :",
            "12h30 : ",
            "À 12h30 : Kim arrive",
            "12 juin : Kim arrive",
            "2024-06-19 : Kim arrive",
            "12h30, Kim arrive",
            "12h5 : Kim arrive",
            "25h00 : Kim arrive",
        ] {
            assert_eq!(leading_stamp(line), None, "{line:?}");
        }
    }
}
