//! Entities of ordinary French news that has nothing to do with the story
//! newsx was built on: a weather bulletin, a football match report, a page
//! of French politics, a diplomacy page where capitals speak for their
//! governments. The fixtures and their gold (tests/fixtures/openworld/) were
//! written for this test; recall and precision on them must stay above a
//! floor, and the football report must give no event.

mod common;

use common::run;
use serde_json::Value;
use std::collections::BTreeSet;

const DIR: &str = "tests/fixtures/openworld";
/// Floors of this test (measured when it was written: see the commit).
const MIN_RECALL: f64 = 0.88;
const MIN_PRECISION: f64 = 0.90;

/// A name as the comparison sees it: lowercase, no accents, no hyphens.
fn key(name: &str) -> String {
    newsx::entities::fold::fold_str(name)
}

/// (document, type, name key) triples the gold wants.
fn gold() -> BTreeSet<(String, String, String)> {
    let text = std::fs::read_to_string(common::root().join(DIR).join("gold.json")).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut out = BTreeSet::new();
    for (doc, by_type) in v["documents"].as_object().unwrap() {
        for (kind, names) in by_type.as_object().unwrap() {
            for n in names.as_array().unwrap() {
                out.insert((doc.clone(), kind.clone(), key(n.as_str().unwrap())));
            }
        }
    }
    out
}

/// (document, type, name key) triples newsx finds: an entity counts under
/// its name, or under a variant the text used when the gold names it so.
fn found(gold: &BTreeSet<(String, String, String)>) -> BTreeSet<(String, String, String)> {
    let out = run(&["entities", DIR, "--format", "json", "--no-metadata", "-q"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let mut got = BTreeSet::new();
    for e in v.as_array().unwrap() {
        let kind = e["type"].as_str().unwrap().to_string();
        let mut names = vec![key(e["name"].as_str().unwrap())];
        names.extend(
            e["variants"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| key(n.as_str().unwrap())),
        );
        for d in e["documents"].as_array().unwrap() {
            let doc = d.as_str().unwrap().to_string();
            let wanted: Vec<&String> = names
                .iter()
                .filter(|n| gold.contains(&(doc.clone(), kind.clone(), (*n).clone())))
                .collect();
            match wanted.first() {
                Some(n) => got.insert((doc.clone(), kind.clone(), (*n).clone())),
                None => got.insert((doc, kind.clone(), names[0].clone())),
            };
        }
    }
    got
}

#[test]
fn open_world_entities_keep_their_recall_and_precision() {
    let want = gold();
    let got = found(&want);
    let tp = want.intersection(&got).count() as f64;
    let recall = tp / want.len() as f64;
    let precision = tp / got.len().max(1) as f64;
    let missed: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        recall >= MIN_RECALL && precision >= MIN_PRECISION,
        "recall {recall:.2} (floor {MIN_RECALL}), precision {precision:.2} (floor {MIN_PRECISION})\n\
         missed: {missed:?}\nextra: {extra:?}"
    );
}

/// Clubs and cities-as-clubs are organisations of a match, not parties of
/// a story: a football report gives no event.
#[test]
fn a_football_report_gives_no_event() {
    let report = common::timeline_report(&[&format!("{DIR}/football-match.txt"), "--no-metadata"]);
    assert!(report.events.is_empty(), "{:?}", report.events);
}
