//! A third probe of the timeline on articles the rules were not written
//! from: tests/fixtures/story3, eight articles about the Russia–North Korea
//! rapprochement 2000–2025 in styles neither dev nor story2 has (a TV news
//! transcript, a Q&A explainer, a think-tank note with numbered sections
//! and footnotes, an obituary-style portrait, a press review citing several
//! papers, a fact-check whose denials are no acts, a day-by-day timeline
//! with `12 septembre 2023.` bullets, a local-angle page), with a gold
//! written before newsx was run on them. Scored as tests/story2.rs does
//! (tests/common/timeline_score.rs, the timeline part of score.py).

mod common;

use common::timeline_score::check_timeline_f1;

const DIR: &str = "tests/fixtures/story3";

/// Floors, just under what was measured: F1 0.65 (0.52 without metadata)
/// on main with its panic on the note fixed, once the gold was corrected;
/// 0.66 (0.52) after the consolidation fixes of the same branch; 0.69
/// (0.56) once day bullets with a period (`12 septembre 2023. Kim
/// arrive…`) made a chronology; 0.70 (0.62) once a desk's byline (`Par la
/// cellule de vérification — Publié le …`) dated the fact-check; 0.74
/// (0.64) once a portrait's `Il y a dix ans jour pour jour` stopped making
/// its chronicle a flashback.
const MIN_F1: f64 = 0.73;
const MIN_F1_NO_METADATA: f64 = 0.62;

#[test]
fn the_unseen_story_articles_keep_their_timeline_f1() {
    check_timeline_f1(DIR, &[], MIN_F1);
}

#[test]
fn the_unseen_story_articles_keep_their_timeline_f1_without_metadata() {
    check_timeline_f1(DIR, &["--no-metadata"], MIN_F1_NO_METADATA);
}
