//! The dev set of French dates (Duckling's French corpus, reference time
//! Tuesday 2013-02-12): every case through `temporal::resolve_phrase`, scored
//! leniently as `/work/shared/eval/score_dates.py` does, with a ratchet.
//!
//! Predictions are written in score_dates.py's format to
//! `$CARGO_TARGET_TMPDIR/dates-dev-pred.jsonl` (or `$NEWSX_DATES_PRED`).

use chrono::{Datelike, Duration, NaiveDate};
use newsx::model::{Precision, Timex};
use newsx::temporal::resolve_phrase;
use serde_json::{Value, json};
use std::fmt::Write as _;

/// Lenient accuracy reached; the test fails below it.
const MIN_LENIENT_ALL: usize = 94;
/// Lenient accuracy outside the `future_bias` slice.
const MIN_LENIENT_NOT_FUTURE_BIAS: usize = 50;

const CASES: &str = include_str!("fixtures/dates/dates-dev.jsonl");

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

/// A prediction in score_dates.py's format.
fn prediction(id: &str, t: Option<&Timex>) -> Value {
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

fn same(exp: Option<NaiveDate>, eg: &str, pred: Option<NaiveDate>, pg: &str) -> bool {
    match (exp, pred) {
        (Some(e), Some(p)) => {
            let g = if rank(eg) >= rank(pg) { eg } else { pg };
            truncate(e, g) == truncate(p, g)
        }
        (None, None) => true,
        _ => false,
    }
}

fn lenient(case: &Value, pred: &Value) -> bool {
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
        return same(date(&case["value"]), eg, date(&pred["value"]), pg);
    }
    same(date(&case["from"]), eg, date(&pred["from"]), pg)
        && (same(date(&case["to"]), eg, date(&pred["to"]), pg)
            || same(date(&case["to_inclusive"]), eg, date(&pred["to"]), pg))
}

#[test]
fn dev_set_lenient_accuracy() {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    let (mut n, mut ok, mut n_nfb, mut ok_nfb) = (0, 0, 0, 0);
    let mut lines = String::new();
    let mut misses = String::new();
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("valid case");
        let id = case["id"].as_str().unwrap_or_default();
        let text = case["text"].as_str().unwrap_or_default();
        let t = resolve_phrase(text, reference);
        let pred = prediction(id, t.as_ref());
        let _ = writeln!(lines, "{pred}");
        let good = lenient(&case, &pred);
        let fb = case["future_bias"].as_bool().unwrap_or(false);
        n += 1;
        ok += usize::from(good);
        if !fb {
            n_nfb += 1;
            ok_nfb += usize::from(good);
        }
        if !good {
            let _ = writeln!(
                misses,
                "  {id} {}{text:?}: got {pred} by {:?}",
                if fb { "[future_bias] " } else { "" },
                t.as_ref().map(|t| t.rule.as_str())
            );
        }
    }
    let out = std::env::var("NEWSX_DATES_PRED")
        .unwrap_or_else(|_| format!("{}/dates-dev-pred.jsonl", env!("CARGO_TARGET_TMPDIR")));
    std::fs::write(&out, lines).expect("predictions written");
    eprintln!(
        "dev set: lenient {ok}/{n}, outside future_bias {ok_nfb}/{n_nfb}; predictions in {out}\nmisses:\n{misses}"
    );
    assert!(
        ok >= MIN_LENIENT_ALL,
        "lenient {ok}/{n} below ratchet {MIN_LENIENT_ALL}\n{misses}"
    );
    assert!(
        ok_nfb >= MIN_LENIENT_NOT_FUTURE_BIAS,
        "outside future_bias {ok_nfb}/{n_nfb} below ratchet {MIN_LENIENT_NOT_FUTURE_BIAS}\n{misses}"
    );
}
