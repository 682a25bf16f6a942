//! Temporal expressions: recognise French dates, normalise and resolve them.
//!
//! First version: absolute dates, month-year, years after a preposition, and
//! the day words relative to the publication date.

use crate::model::{Anchor, DateInterval, Precision, Span, Tense, Timex, TimexKind};
use crate::text::Text;
use chrono::{Datelike, Duration, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

static ABSOLUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: (\d{4}))?\b").unwrap()
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4})").unwrap()
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:en|depuis|année) ((?:19|20)\d{2})\b").unwrap());
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(avant-hier|après-demain|aujourd'hui|hier|demain)\b").unwrap()
});

fn month_number(name: &str) -> u32 {
    let lower = name.to_lowercase();
    MONTHS.iter().position(|m| *m == lower).unwrap_or(0) as u32 + 1
}

fn month_interval(year: i32, month: u32) -> Option<DateInterval> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(DateInterval::new(
        start,
        next - Duration::days(1),
        Precision::Month,
    ))
}

fn timex(
    text: &str,
    span: Span,
    interval: Option<DateInterval>,
    anchor: Anchor,
    rule: &str,
) -> Timex {
    let value = interval.map_or_else(|| "XXXX-XX-XX".to_string(), |i| i.iso());
    Timex {
        text: text.to_string(),
        span,
        kind: TimexKind::Date,
        value,
        interval,
        anchor,
        tense: Tense::Unknown,
        rule: rule.to_string(),
    }
}

/// Find and resolve the temporal expressions of a text.
pub fn extract(text: &Text, published: Option<DateInterval>) -> Vec<Timex> {
    let s = &text.normalized;
    let mut out: Vec<Timex> = Vec::new();
    let taken = |out: &Vec<Timex>, span: Span| out.iter().any(|t| t.span.overlaps(span));
    for c in ABSOLUTE.captures_iter(s) {
        let m = c.get(0).unwrap();
        let span = Span::new(m.start(), m.end());
        let day: u32 = c[1].parse().unwrap_or(0);
        let month = month_number(&c[2]);
        let year = c
            .get(3)
            .and_then(|y| y.as_str().parse::<i32>().ok())
            .or(published.map(|p| p.start.year()));
        let interval = year
            .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
            .map(DateInterval::day);
        let anchor = if c.get(3).is_some() {
            Anchor::None
        } else {
            Anchor::Publication
        };
        out.push(timex(m.as_str(), span, interval, anchor, "day-month-year"));
    }
    for c in MONTH_YEAR.captures_iter(s) {
        let m = c.get(0).unwrap();
        let span = Span::new(m.start(), m.end());
        if taken(&out, span) {
            continue;
        }
        let year: i32 = c[2].parse().unwrap_or(0);
        let interval = month_interval(year, month_number(&c[1]));
        out.push(timex(
            m.as_str(),
            span,
            interval,
            Anchor::None,
            "month-year",
        ));
    }
    for c in YEAR.captures_iter(s) {
        let m = c.get(1).unwrap();
        let span = Span::new(m.start(), m.end());
        if taken(&out, span) {
            continue;
        }
        let year: i32 = m.as_str().parse().unwrap_or(0);
        let interval = NaiveDate::from_ymd_opt(year, 1, 1)
            .zip(NaiveDate::from_ymd_opt(year, 12, 31))
            .map(|(a, b)| DateInterval::new(a, b, Precision::Year));
        out.push(timex(m.as_str(), span, interval, Anchor::None, "year"));
    }
    for c in DAY_WORD.captures_iter(s) {
        let m = c.get(0).unwrap();
        let span = Span::new(m.start(), m.end());
        let shift = match m.as_str().to_lowercase().as_str() {
            "avant-hier" => -2,
            "hier" => -1,
            "aujourd'hui" => 0,
            "demain" => 1,
            _ => 2,
        };
        let (interval, anchor) = match published {
            Some(p) if p.precision == Precision::Day => (
                Some(DateInterval::day(p.start + Duration::days(shift))),
                Anchor::Publication,
            ),
            _ => (None, Anchor::Unknown),
        };
        out.push(timex(m.as_str(), span, interval, anchor, "day-word"));
    }
    out.sort_by_key(|t| t.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    #[test]
    fn resolves_absolute_and_relative_days() {
        let pub_date = DateInterval::day(NaiveDate::from_ymd_opt(2023, 9, 12).unwrap());
        let t = normalize("Il est arrivé hier. Le sommet du 22 novembre 2023 et juillet 2000.");
        let found = extract(&t, Some(pub_date));
        let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, ["2023-09-11", "2023-11-22", "2000-07"]);
    }
}
