//! The entries of a live blog (« direct »): a page cut by lines that hold
//! only a time of day (`08h15`, `17:20`), each entry telling what happens
//! at that time. An act such an entry tells in the present or the passé
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

/// The entries of `text` when it is a live blog of one day, else `None`.
pub fn entries(text: &str) -> Option<Vec<Entry>> {
    let mut stamps: Vec<(usize, usize, u32)> = Vec::new(); // line start, line end, minutes
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(minutes) = stamp_minutes(line) {
            stamps.push((at, at + line.len(), minutes));
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
        .map(|&(start, _, _)| start)
        .chain(std::iter::once(text.len()));
    Some(
        stamps
            .iter()
            .zip(ends)
            .map(|(&(start, end, _), next)| Entry {
                span: Span::new(end, next),
                stamp: text[start..end].trim().to_string(),
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
}
