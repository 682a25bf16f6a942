//! The open-world probe of French dates (tests/fixtures/dates-open/): news
//! phrasings written for this probe, not taken from any test corpus, each
//! read at its own reference day. Expected values were computed by
//! `make_cases.py` (Python's datetime) from the conventions of
//! docs/dates.md, never by newsx. Scored exactly and leniently as
//! `/work/shared/eval/score_dates.py` does, with a floor.
//!
//! Predictions are written in score_dates.py's format to
//! `$CARGO_TARGET_TMPDIR/dates-open-pred.jsonl` (or `$NEWSX_DATES_OPEN_PRED`):
//! `python3 ../shared/eval/score_dates.py target/tmp/dates-open-pred.jsonl
//! --cases tests/fixtures/dates-open/cases.jsonl`.

use chrono::{Datelike, Duration, NaiveDate};
use newsx::model::{Precision, Timex};
use newsx::temporal::resolve_phrase;
use serde_json::{Value, json};
use std::fmt::Write as _;

/// Exact matches reached; the test fails below it.
const MIN_EXACT: usize = 215;
/// Lenient matches reached.
const MIN_LENIENT: usize = 215;

const CASES: &str = include_str!("fixtures/dates-open/cases.jsonl");

const GRAINS: [&str; 8] = [
    "second", "minute", "hour", "day", "week", "month", "quarter", "year",
];

fn rank(g: &str) -> usize {
    GRAINS.iter().position(|x| *x == g).unwrap_or(3)
}

fn date(v: &Value) -> Option<NaiveDate> {
    let s = v.as_str()?;
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn truncate(d: NaiveDate, grain: &str) -> NaiveDate {
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

fn grain_of(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month | Precision::Season => "month",
        Precision::Year | Precision::Decade => "year",
    }
}

/// A prediction in score_dates.py's format (as tests/dates_dev.rs writes it).
fn prediction(id: &str, t: Option<&Timex>) -> Value {
    let Some(i) = t.and_then(|t| t.interval) else {
        return json!({"id": id, "value": null});
    };
    let fmt = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
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

fn same(exp: Option<NaiveDate>, eg: &str, pred: Option<NaiveDate>, pg: &str, exact: bool) -> bool {
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

fn matches(case: &Value, pred: &Value, exact: bool) -> bool {
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

#[test]
fn open_world_probe_holds_its_floor() {
    let (mut n, mut exact, mut lenient) = (0, 0, 0);
    let mut lines = String::new();
    let mut misses = String::new();
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("valid case");
        let id = case["id"].as_str().unwrap_or_default();
        let text = case["text"].as_str().unwrap_or_default();
        let reference = date(&case["ref"]).expect("a reference day");
        let t = resolve_phrase(text, reference);
        let pred = prediction(id, t.as_ref());
        let _ = writeln!(lines, "{pred}");
        let ex = matches(&case, &pred, true);
        let le = ex || matches(&case, &pred, false);
        n += 1;
        exact += usize::from(ex);
        lenient += usize::from(le);
        if !ex {
            let _ = writeln!(
                misses,
                "  {id} [{}] {text:?} @{reference}: want {} got {pred} by {:?}",
                if le { "lenient" } else { "miss" },
                json!({"value": case["value"], "from": case["from"], "to": case["to_inclusive"], "grain": case["grain"]}),
                t.as_ref().map(|t| t.rule.as_str())
            );
        }
    }
    let out = std::env::var("NEWSX_DATES_OPEN_PRED")
        .unwrap_or_else(|_| format!("{}/dates-open-pred.jsonl", env!("CARGO_TARGET_TMPDIR")));
    std::fs::write(&out, lines).expect("predictions written");
    eprintln!(
        "open-world probe: exact {exact}/{n}, lenient {lenient}/{n}; predictions in {out}\nnot exact:\n{misses}"
    );
    assert!(
        exact >= MIN_EXACT,
        "exact {exact}/{n} below floor {MIN_EXACT}\n{misses}"
    );
    assert!(
        lenient >= MIN_LENIENT,
        "lenient {lenient}/{n} below floor {MIN_LENIENT}\n{misses}"
    );
}
