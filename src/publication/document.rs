//! The publication date of an article that comes without metadata, read
//! from its own text.
//!
//! Relative dates (`hier`, `mardi`, `la semaine dernière`) are resolved
//! against the publication day, so a wrong guess here misdates every event
//! of the article. Hence only evidence that fixes one day is used, in this
//! order, and every candidate is checked against the text before it is kept:
//!
//! 1. a dateline opening the story: `MOSCOU, 12 septembre 2023 (AFP) –`;
//! 2. a labelled header line: `Publié le 12/09/2023 à 10h30`;
//! 3. a relative day confirmed by an explicit one: `demain (18 juin)`,
//!    `aujourd'hui, 12 septembre 2023`; a missing year is the first that
//!    comes after every past date of the text;
//! 4. a bare date line at the top (`mardi 12 septembre 2023`), unless it sits
//!    in the page's top bar next to the weather, where sites print the day
//!    the page was *viewed*.
//!
//! The check: a date the text reports in the past tense cannot start after
//! the publication day, a date it announces in the future cannot end before
//! it. A candidate that contradicts the text is dropped, and the next kind
//! of evidence is tried. Nothing found: the publication stays unknown, and
//! relative dates stay unresolved rather than guessed.

/// How the evidence of a bare header date begins: consolidation may
/// overrule such a date (`crate::publication::corpus`).
pub const BARE_HEADER: &str = "header date line";

use crate::model::{DateInterval, DateSource, Span, Tense};
use crate::temporal::Parsed;
use crate::temporal::resolve::{Spec, Unit, resolve_at, shift};
use crate::temporal::rules::Candidate;
use crate::text::{Rules, Text};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A publication day found in the text, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inferred {
    pub day: NaiveDate,
    pub source: DateSource,
    /// The words it was read from and the rule, for users (`dateline: «…»`).
    pub evidence: String,
    /// The date of a dateline (normalized span): it dates the article, not
    /// the events of its first sentence.
    pub dateline: Option<Span>,
}

/// What the text says that bears on its publication day.
struct Reading<'a> {
    text: &'a Text,
    /// Expressions in story sentences (captions included: a photo is older
    /// than its article), with the tense of their clause.
    exprs: Vec<(&'a Candidate, Tense)>,
}

/// The publication day of `text` (whose expressions are `parsed`), when
/// the text itself fixes one.
pub fn infer(text: &Text, parsed: &Parsed) -> Option<Inferred> {
    let reading = Reading::new(text, parsed);
    let tries = [
        reading.dateline(),
        reading.labelled_header(),
        reading.confirmed_relative(),
        reading.bare_header(),
    ];
    tries
        .into_iter()
        .flatten()
        .find(|c| reading.contradiction(c.day).is_none())
}

/// Why `day` cannot be the publication day of `text`, if it cannot.
pub fn contradiction(text: &Text, parsed: &Parsed, day: NaiveDate) -> Option<String> {
    Reading::new(text, parsed).contradiction(day)
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:par\s|by\s|publi[ée]e?|mis à jour|mise à jour|modifi[ée]e?|actualis[ée]e?|paru|parution|posted|date de publication)|\d{1,2}\s*[h:]\s*\d{2}",
    )
    .expect("label regex")
});
/// How many story sentences from the top a dateline may open.
const DATELINE_SENTENCES: usize = 4;
/// What may precede a dateline's date: a place in capitals or a name and a comma.
static DATELINE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\p{Lu}[\p{L}'’ .-]{1,40},\s*)?(?:le\s+)?$").expect("dateline regex")
});
/// What follows a dateline's date: an agency in brackets, then a dash.
static DATELINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([\p{L} .&-]{1,30}\)\s*)?[-–—:]").expect("dateline regex")
});
/// Between a relative day and the explicit one that confirms it.
static CONFIRMING_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[,(\[]?\s*(?:le\s+|soit\s+le\s+|soit\s+)?$").expect("gap"));

impl<'a> Reading<'a> {
    fn new(text: &'a Text, parsed: &'a Parsed) -> Self {
        let exprs = parsed
            .items
            .iter()
            .filter(|(_, _, sentence)| sentence.is_some())
            .map(|(c, tense, _)| (c, *tense))
            .collect();
        Reading { text, exprs }
    }

    fn quote(&self, c: &Candidate) -> String {
        self.text.normalized[c.start..c.end].to_string()
    }

    /// `MOSCOU, 12 septembre 2023 (AFP) –` opening one of the first story
    /// sentences (a title or a standfirst may come before it).
    fn dateline(&self) -> Option<Inferred> {
        let s = &self.text.normalized;
        let first: Vec<Span> = self
            .text
            .sentences
            .iter()
            .filter(|x| !x.caption)
            .take(DATELINE_SENTENCES)
            .map(|x| x.span)
            .collect();
        self.exprs.iter().find_map(|(c, _)| {
            let sentence = first
                .iter()
                .find(|x| c.start >= x.start && c.end <= x.end)?;
            let day = full_day(&c.spec)?;
            let before = &s[sentence.start..c.start];
            let after = &s[c.end..sentence.end];
            (DATELINE_BEFORE.is_match(before) && DATELINE_AFTER.is_match(after)).then(|| Inferred {
                day,
                source: DateSource::Text,
                evidence: format!("dateline «{}»", s[sentence.start..c.end].trim()),
                dateline: Some(Span::new(c.start, c.end)),
            })
        })
    }

    /// A date line that says it is the publication (`Publié le`, a byline,
    /// a time): the header's, else one the normalizer set aside further down
    /// (a `Publié le …` line at the foot of the page).
    fn labelled_header(&self) -> Option<Inferred> {
        let header = self
            .header()
            .filter(|(line, _)| LABEL.is_match(line))
            .map(|(line, day)| (line.to_string(), day));
        let footer = || {
            self.text
                .removed
                .iter()
                .filter(|r| r.rule == "date_line" && LABEL.is_match(&r.text))
                .find_map(|r| {
                    let line = r.text.trim();
                    Some((
                        line.to_string(),
                        crate::text::date_line(line, Rules::builtin())?,
                    ))
                })
        };
        let (line, day) = header.or_else(footer)?;
        Some(Inferred {
            day,
            source: DateSource::Header,
            evidence: format!("date line «{line}»"),
            dateline: None,
        })
    }

    /// A bare header date line, unless it belongs to the page's top bar.
    /// The weakest evidence: the events the corpus dates may overrule it.
    fn bare_header(&self) -> Option<Inferred> {
        let (line, day) = self.header()?;
        if LABEL.is_match(line) || self.header_in_top_bar() {
            return None;
        }
        Some(Inferred {
            day,
            source: DateSource::Header,
            evidence: format!("{BARE_HEADER} «{}»", line.trim()),
            dateline: None,
        })
    }

    fn header(&self) -> Option<(&str, NaiveDate)> {
        let span = self.text.header_date?;
        Some((self.text.slice(span), self.text.header_date_value()?))
    }

    /// The weather next to a date (`23.9 C` / `Alger` / `samedi 25 mai 2024`)
    /// is the top bar of a site, printing the day the page was viewed.
    fn header_in_top_bar(&self) -> bool {
        let Some(span) = self.text.header_date else {
            return false;
        };
        let at = self.text.original_span(span);
        let original = &self.text.original;
        let lines_between = |a: usize, b: usize| {
            original
                .get(a.min(b)..a.max(b))
                .map_or(usize::MAX, |g| g.matches('\n').count())
        };
        self.text.removed.iter().any(|r| {
            r.rule == "weather"
                && (lines_between(r.original.end, at.start) <= 3
                    || lines_between(at.end, r.original.start) <= 3)
        })
    }

    /// `demain (18 juin)`, `aujourd'hui, 12 septembre 2023`: publication =
    /// the explicit day minus the relative offset.
    fn confirmed_relative(&self) -> Option<Inferred> {
        let s = &self.text.normalized;
        for pair in self.exprs.windows(2) {
            let ((a, _), (b, _)) = (&pair[0], &pair[1]);
            let Some(offset) = day_offset(&a.spec) else {
                continue;
            };
            let Some(gap) = s.get(a.end..b.start) else {
                continue;
            };
            if !CONFIRMING_GAP.is_match(gap) {
                continue;
            }
            let Some((y, m, d)) = first_day(&b.spec) else {
                continue;
            };
            let day = match y {
                Some(y) => {
                    NaiveDate::from_ymd_opt(y, m, d).and_then(|x| shift(x, -offset, Unit::Day))
                }
                None => self.year_for(m, d, offset),
            };
            if let Some(day) = day {
                let end = s[b.end..]
                    .find([')', ']'])
                    .filter(|&i| i < 3)
                    .map_or(b.end, |i| b.end + i + 1);
                return Some(Inferred {
                    day,
                    source: DateSource::Text,
                    evidence: format!("relative day confirmed «{}»", &s[a.start..end]),
                    dateline: None,
                });
            }
        }
        None
    }

    /// The first `d/m` minus `offset` days that comes after every date the
    /// text reports in the past; unknown when the text dates nothing.
    fn year_for(&self, m: u32, d: u32, offset: i64) -> Option<NaiveDate> {
        let floor = self.past_floor()?;
        (floor.year()..=floor.year() + 1)
            .filter_map(|y| {
                NaiveDate::from_ymd_opt(y, m, d).and_then(|x| shift(x, -offset, Unit::Day))
            })
            .find(|&p| p >= floor)
    }

    /// The latest start of a date the text reports in the past tense.
    fn past_floor(&self) -> Option<NaiveDate> {
        self.absolute()
            .filter(|(_, t, _)| *t == Tense::Past)
            .map(|(_, _, i)| i.start)
            .max()
    }

    /// Absolute expressions with their tense and interval.
    fn absolute(&self) -> impl Iterator<Item = (&Candidate, Tense, DateInterval)> {
        let any_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
        self.exprs.iter().filter_map(move |(c, t)| {
            if !c.spec.is_absolute() || matches!(c.spec, Spec::Duration { .. }) {
                return None;
            }
            let i = resolve_at(&c.spec, any_day, *t)?;
            Some((*c, *t, i))
        })
    }

    fn contradiction(&self, day: NaiveDate) -> Option<String> {
        self.absolute().find_map(|(c, t, i)| match t {
            Tense::Past if i.start > day => Some(format!(
                "«{}» is reported in the past but starts after {day}",
                self.quote(c)
            )),
            Tense::Future if i.end < day => Some(format!(
                "«{}» is announced in the future but ends before {day}",
                self.quote(c)
            )),
            _ => None,
        })
    }
}

/// `hier` → −1, `aujourd'hui` → 0, `demain` → 1, and the first day of a
/// range of them (`demain et après-demain`).
fn day_offset(spec: &Spec) -> Option<i64> {
    match spec {
        Spec::DayOffset(n) => Some(*n),
        Spec::Range(a, _) => day_offset(a),
        _ => None,
    }
}

/// Year (if written), month and day of a day expression or of the first day of a range.
fn first_day(spec: &Spec) -> Option<(Option<i32>, u32, u32)> {
    match spec {
        Spec::Date {
            y, m: Some(m), d, ..
        } => Some((*y, *m, *d)),
        // `18 et 19 juin`: the first day takes its month and year from the last
        Spec::Range(a, b) => match (a.as_ref(), first_day(b)) {
            (Spec::Date { y, m: None, d, .. }, Some((by, bm, _))) => Some((y.or(by), bm, *d)),
            (a, _) => first_day(a),
        },
        _ => None,
    }
}

/// A day written in full (`12 septembre 2023`, `12/09/2023`).
fn full_day(spec: &Spec) -> Option<NaiveDate> {
    match spec {
        Spec::Date {
            y: Some(y),
            m: Some(m),
            d,
            ..
        } => NaiveDate::from_ymd_opt(*y, *m, *d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    fn guess(s: &str) -> Option<(String, DateSource)> {
        let text = normalize(s);
        infer(&text, &crate::temporal::parse(&text)).map(|i| (i.day.to_string(), i.source))
    }

    #[test]
    fn a_dateline_gives_the_day() {
        let g = guess(
            "MOSCOU, 12 septembre 2023 (AFP) – Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Text)));
        // a date inside the sentence is no dateline
        assert_eq!(
            guess("Kim Jong-un est arrivé en Russie le 12 septembre 2023, a confirmé le Kremlin."),
            None
        );
    }

    #[test]
    fn a_labelled_header_line_gives_the_day() {
        let g = guess(
            "Kim en Russie\n\nPublié le 12/09/2023 à 10h30\n\nKim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Header)));
    }

    #[test]
    fn a_relative_day_confirmed_in_brackets_gives_the_day_and_the_year_follows_past_dates() {
        let g = guess(
            "Le président russe sera en visite demain et après-demain (18 et 19 juin) en Corée du Nord. \
             Kim s'est rendu en Russie en septembre 2023, a rappelé Tass.",
        );
        assert_eq!(g, Some(("2024-06-17".into(), DateSource::Text)));
        // without any year in the text the day cannot be placed
        assert_eq!(
            guess(
                "Le président russe sera en visite demain (18 juin) en Corée du Nord, a annoncé le Kremlin."
            ),
            None
        );
        // a written year needs no past date
        assert_eq!(
            guess(
                "Le Kremlin a annoncé aujourd'hui, 12 septembre 2023, que Kim était arrivé en Russie."
            ),
            Some(("2023-09-12".into(), DateSource::Text))
        );
    }

    #[test]
    fn a_byline_or_a_publication_line_at_the_foot_dates_the_article() {
        let g = guess(
            "Kim en Russie\n\nPar Jean Dupont | 12 septembre 2023 à 10h32\n\nKim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Header)));
        let g = guess(
            "Kim en Russie\n\nKim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin. Il doit rencontrer Vladimir Poutine.\n\nLe Kremlin n'a pas donné de date.\n\nPublié le 12/09/2023 à 10h30",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Header)));
    }

    #[test]
    fn a_date_in_the_weather_top_bar_is_not_the_publication() {
        let page = "23.9 C\nAlger\nsamedi 25 mai 2024\n\nRencontre\n\nLe dirigeant nord-coréen sera en visite officielle en Russie dans les prochains jours, a indiqué hier la présidence russe.";
        assert_eq!(guess(page), None);
        let page = "Europe\n\nsamedi 25 mai 2024\n\nLe dirigeant nord-coréen sera en visite officielle en Russie dans les prochains jours, a indiqué hier la présidence russe.";
        assert_eq!(guess(page), Some(("2024-05-25".into(), DateSource::Header)));
    }

    #[test]
    fn a_header_date_the_text_contradicts_is_dropped() {
        // the story reports a November 2023 event in the past: it cannot be from May 2023
        let page = "Europe\n\nsamedi 13 mai 2023\n\nLa Corée du Nord a lancé un satellite le 21 novembre 2023, a confirmé Séoul.";
        assert_eq!(guess(page), None);
        let text = normalize(page);
        let parsed = crate::temporal::parse(&text);
        assert!(
            contradiction(
                &text,
                &parsed,
                NaiveDate::from_ymd_opt(2023, 5, 13).unwrap()
            )
            .is_some_and(|why| why.contains("21 novembre 2023"))
        );
    }
}
