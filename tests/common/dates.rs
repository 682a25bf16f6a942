//! The adapter of the date probes (tests/dates_dev.rs, tests/dates_open.rs):
//! a library reading turned into the format of
//! `/work/shared/eval/score_dates.py`, and that script's comparison of a
//! prediction with a case, exact or lenient. Also the scaffolding of the
//! generated date tests (tests/dates_grammar.rs, tests/dates_classes.rs):
//! calendar helpers written with chrono, reading a phrase at a reference
//! day, comparing it with the expected interval and reporting a family.

use chrono::{Datelike, Duration, Months, NaiveDate};
use newsx::model::{Precision, Timex};
use newsx::temporal::resolve_phrase;
use serde_json::{Value, json};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The last day of month `m` of year `y`.
pub fn last_day(y: i32, m: u32) -> NaiveDate {
    d(y, m, 1)
        .checked_add_months(Months::new(1))
        .unwrap()
        .pred_opt()
        .unwrap()
}

pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(day.weekday().num_days_from_monday() as i64)
}

/// The one expression found in `phrase` read at `r`, with its interval.
pub fn read(phrase: &str, r: NaiveDate) -> Option<Timex> {
    resolve_phrase(phrase, r)
}

/// The interval read from `phrase` at `r`, and the text it covers.
pub fn read_span(phrase: &str, r: NaiveDate) -> Option<(NaiveDate, NaiveDate, String)> {
    let t = resolve_phrase(phrase, r)?;
    let i = t.interval?;
    Some((i.start, i.end, t.text))
}

/// Checks that `phrase` read at `r` covers exactly `want` and was found by
/// `rule`; returns a line describing a failure.
pub fn check(
    phrase: &str,
    r: NaiveDate,
    want: (NaiveDate, NaiveDate),
    rule: &str,
) -> Option<String> {
    let t = read(phrase, r);
    let got = t
        .as_ref()
        .as_ref()
        .and_then(|t| t.interval.map(|i| (i.start, i.end)));
    let same_rule = t.as_ref().is_some_and(|t| t.rule == rule);
    let whole = t.as_ref().is_some_and(|t| t.text == phrase);
    if got == Some(want) && same_rule && whole {
        None
    } else {
        Some(format!(
            "{phrase:?} at {r}: want {want:?} by {rule}, got {got:?} by {:?} over {:?}",
            t.as_ref().map(|t| t.rule.clone()),
            t.as_ref().map(|t| t.text.clone())
        ))
    }
}

/// Reports a family: at least `at_least` cases generated, none failed.
pub fn finish(family: &str, n: usize, failures: Vec<String>, at_least: usize) {
    eprintln!("{family}: {n} generated cases, {} failed", failures.len());
    assert!(n >= at_least, "{family}: only {n} cases generated");
    assert!(
        failures.is_empty(),
        "{family}: {} of {n} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

pub const GRAINS: [&str; 8] = [
    "second", "minute", "hour", "day", "week", "month", "quarter", "year",
];

pub fn rank(g: &str) -> usize {
    GRAINS.iter().position(|x| *x == g).unwrap_or(3)
}

pub fn date(v: &Value) -> Option<NaiveDate> {
    let s = v.as_str()?;
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

pub fn truncate(d: NaiveDate, grain: &str) -> NaiveDate {
    match grain {
        "week" => d - Duration::days(d.weekday().num_days_from_monday() as i64),
        "month" => d.with_day(1).unwrap_or(d),
        "quarter" => {
            NaiveDate::from_ymd_opt(d.year(), 3 * ((d.month() - 1) / 3) + 1, 1).unwrap_or(d)
        }
        "year" => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        _ => d,
    }
}

pub fn grain_of(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month | Precision::Season => "month",
        Precision::Year | Precision::Decade => "year",
    }
}

/// A prediction in score_dates.py's format.
pub fn prediction(id: &str, t: Option<&Timex>) -> Value {
    let Some(i) = t.and_then(|t| t.interval) else {
        return json!({"id": id, "value": null});
    };
    let fmt = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    // an open interval (`à partir du 8 mars`): its value is `X/..` or `../X`
    let value = t.map_or("", |t| t.value.as_str());
    if value.ends_with("/..") {
        return json!({"id": id, "from": fmt(i.start), "to": null, "grain": "day"});
    }
    if value.starts_with("../") {
        return json!({"id": id, "from": null, "to": fmt(i.end), "grain": "day"});
    }
    let grain = grain_of(i.precision);
    let one_unit = i.start == i.end
        || (grain != "day" && truncate(i.start, grain) == i.start && {
            let next = match grain {
                "week" => i.start + Duration::days(7),
                "month" => i
                    .start
                    .checked_add_months(chrono::Months::new(1))
                    .unwrap_or(i.start),
                _ => i
                    .start
                    .checked_add_months(chrono::Months::new(12))
                    .unwrap_or(i.start),
            };
            next.pred_opt() == Some(i.end)
        });
    if one_unit {
        json!({"id": id, "value": fmt(i.start), "grain": grain})
    } else {
        json!({"id": id, "from": fmt(i.start), "to": fmt(i.end), "grain": grain})
    }
}

/// `exp` and `pred` agree at the coarser of their grains (and, `exact`,
/// with the same grain).
pub fn same(
    exp: Option<NaiveDate>,
    eg: &str,
    pred: Option<NaiveDate>,
    pg: &str,
    exact: bool,
) -> bool {
    if exact && eg != pg {
        return false;
    }
    match (exp, pred) {
        (Some(e), Some(p)) => {
            let g = if rank(eg) >= rank(pg) { eg } else { pg };
            truncate(e, g) == truncate(p, g)
        }
        (None, None) => true,
        _ => false,
    }
}

/// A prediction matches a case, exactly or leniently, as score_dates.py
/// counts it.
pub fn matches(case: &Value, pred: &Value, exact: bool) -> bool {
    let eg = case["grain"].as_str().unwrap_or("day");
    let pg = pred["grain"].as_str().unwrap_or("day");
    let pred_kind = if pred["value"].is_string() {
        "instant"
    } else if pred["from"].is_string() || pred["to"].is_string() {
        "interval"
    } else {
        "none"
    };
    if case["kind"].as_str() != Some(pred_kind) {
        return false;
    }
    if pred_kind == "instant" {
        return same(date(&case["value"]), eg, date(&pred["value"]), pg, exact);
    }
    same(date(&case["from"]), eg, date(&pred["from"]), pg, exact)
        && (same(date(&case["to"]), eg, date(&pred["to"]), pg, exact)
            || same(
                date(&case["to_inclusive"]),
                eg,
                date(&pred["to"]),
                pg,
                exact,
            ))
}

/// Easter Sunday 2000–2035, from the table of Wikipédia's « Calcul de la
/// date de Pâques » (Gregorian, « Occident » column), written by hand.
pub const EASTER: [(i32, u32, u32); 36] = [
    (2000, 4, 23),
    (2001, 4, 15),
    (2002, 3, 31),
    (2003, 4, 20),
    (2004, 4, 11),
    (2005, 3, 27),
    (2006, 4, 16),
    (2007, 4, 8),
    (2008, 3, 23),
    (2009, 4, 12),
    (2010, 4, 4),
    (2011, 4, 24),
    (2012, 4, 8),
    (2013, 3, 31),
    (2014, 4, 20),
    (2015, 4, 5),
    (2016, 3, 27),
    (2017, 4, 16),
    (2018, 4, 1),
    (2019, 4, 21),
    (2020, 4, 12),
    (2021, 4, 4),
    (2022, 4, 17),
    (2023, 4, 9),
    (2024, 3, 31),
    (2025, 4, 20),
    (2026, 4, 5),
    (2027, 3, 28),
    (2028, 4, 16),
    (2029, 4, 1),
    (2030, 4, 21),
    (2031, 4, 13),
    (2032, 3, 28),
    (2033, 4, 17),
    (2034, 4, 9),
    (2035, 3, 25),
];
