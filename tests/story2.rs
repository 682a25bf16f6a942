//! A probe of the timeline on articles the rules were not written from:
//! tests/fixtures/story2, eight articles about the Russia–North Korea
//! story in the styles of outlets dev does not copy (a regional page, a
//! radio brief in relative days, a weekly analysis, a scraped page, a live
//! blog, a year-less wire, a chronology explainer, a reaction piece), with
//! a gold written before newsx was run on them. The score is the one of
//! `../shared/eval/score.py` (timeline part), computed again in
//! tests/common/timeline_score.rs so the test needs no Python: an event matches a gold event when they share a
//! source article and an actor (participants, else places) and their dates
//! overlap; full credit inside the gold date, half when only overlapping;
//! the best pairs first, each event used once.

mod common;

use common::timeline_score::{check_timeline_f1, score};
use serde_json::Value;

const DIR: &str = "tests/fixtures/story2";

/// Floors, just under what was measured: F1 0.61 (0.66 once the gold's
/// countries were moved to places) on main when the probe was written,
/// 0.70 with metadata and 0.50 without after its consolidation fixes;
/// 0.74 and 0.54 at stop 43 (clitic objects, ratification steps, the
/// wire's year checked against the corpus); 0.75 and 0.58 at stop 46 (a
/// date with its year gives it to the next sentence without a day of
/// writing too).
const MIN_F1: f64 = 0.72;
const MIN_F1_NO_METADATA: f64 = 0.56;

#[test]
fn the_unseen_story_articles_keep_their_timeline_f1() {
    check_timeline_f1(DIR, &[], MIN_F1);
}

#[test]
fn the_unseen_story_articles_keep_their_timeline_f1_without_metadata() {
    check_timeline_f1(DIR, &["--no-metadata"], MIN_F1_NO_METADATA);
}

/// The scorer itself, on a gold and reports written here: a report that
/// is the gold scores 1, one event dated coarser halves nothing of the
/// match count but its credit, an event of another article or another
/// actor does not match, and an empty report scores 0.
#[test]
fn the_scorer_agrees_with_score_py_on_small_cases() {
    let gold: Value = serde_json::json!({
        "aliases": {"Vladimir Poutine": ["Poutine"]},
        "events": [
            {"id": "a", "date": "2024-06-19", "type": "agreement", "participants": ["Vladimir Poutine"], "places": [], "sources": ["x"]},
            {"id": "b", "date": "2023-09", "type": "meeting", "participants": [], "places": ["Vostochny"], "sources": ["y"]},
            {"id": "c", "date": "2000", "type": "visit", "required": false, "participants": [], "places": [], "sources": ["x"]}
        ]
    });
    let ev = |day: &str, end: &str, who: &str, place: &str, doc: &str| {
        serde_json::json!({
            "type": "agreement",
            "date": {"start": day, "end": end, "precision": "day"},
            "participants": [{"id": who, "name": who}],
            "places": [{"id": place, "name": place}],
            "sources": [{"document": doc}]
        })
    };
    let perfect = serde_json::json!({"events": [
        ev("2024-06-19", "2024-06-19", "Poutine", "Pyongyang", "x"),
        ev("2023-09-13", "2023-09-13", "", "vostochny", "y"),
    ]});
    let (f, p, r) = score(&gold, &perfect);
    assert_eq!((f, p, r), (1.0, 1.0, 1.0));
    // wrong article, wrong person, wrong place: nothing matches
    let wrong = serde_json::json!({"events": [
        ev("2024-06-19", "2024-06-19", "vladimir-poutine", "Pyongyang", "y"),
        ev("2024-06-19", "2024-06-19", "kim", "Pyongyang", "x"),
        ev("2023-09-13", "2023-09-13", "", "pyongyang", "y"),
    ]});
    assert_eq!(score(&gold, &wrong), (0.0, 0.0, 0.0));
    // a second report of a matched event is not a match (precision 1/2),
    // an optional event matched adds precision but no recall
    let dup = serde_json::json!({"events": [
        ev("2024-06-19", "2024-06-19", "Poutine", "Pyongyang", "x"),
        ev("2024-06-01", "2024-06-30", "Poutine", "Pyongyang", "x"),
        ev("2000-07-01", "2000-07-31", "", "", "x"),
    ]});
    let (_, p, r) = score(&gold, &dup);
    assert_eq!((p, r), (2.0 / 3.0, 0.5));
    assert_eq!(score(&gold, &serde_json::json!({"events": []})).0, 0.0);
}
