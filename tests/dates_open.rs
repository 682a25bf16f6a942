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

mod common;

use common::dates::{date, matches, prediction};
use newsx::temporal::resolve_phrase;
use serde_json::{Value, json};
use std::fmt::Write as _;

/// Exact matches reached; the test fails below it.
const MIN_EXACT: usize = 572;
/// Lenient matches reached.
const MIN_LENIENT: usize = 572;

const CASES: &str = include_str!("fixtures/dates-open/cases.jsonl");

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
