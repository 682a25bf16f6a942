//! A fifth probe of the timeline on articles the rules were not written
//! from: tests/fixtures/story5, eight articles about the Russia–North Korea
//! rapprochement 2000–2025 in genres the other sets have less of (a live
//! blog with timestamped entries under day headings over two days, a
//! scraped page with repeated paragraphs, share buttons, `Lire aussi` links
//! and a cookie banner, a retrospective of 2000–2019 told in relative
//! dates, an economy article, a ministry statement relayed in indirect
//! speech, a translated Korean press review, a page of four briefs, a
//! regional angle), with a gold written before newsx was run on them.
//! Scored as tests/story4.rs does (tests/common/timeline_score.rs, the
//! timeline part of score.py).

mod common;

use common::timeline_score::check_timeline_f1;

const DIR: &str = "tests/fixtures/story5";

/// Floors, just under what was measured: F1 0.61 (0.57 without metadata)
/// on the first run (main 5c82289); 0.62 (0.58) once a signed declaration
/// was no statement and a force noun in another act's clause no act of
/// its own; 0.62 (0.60) once the live page's metadata and gold took its
/// first publication (`Publié le 12 septembre`, the rule) and a
/// date with its year gave it to the next sentence without a day of
/// writing (the retrospective is no longer dated August 2002 by the
/// corpus).
const MIN_F1: f64 = 0.61;
const MIN_F1_NO_METADATA: f64 = 0.59;

#[test]
fn the_fifth_unseen_story_articles_keep_their_timeline_f1() {
    check_timeline_f1(DIR, &[], MIN_F1);
}

#[test]
fn the_fifth_unseen_story_articles_keep_their_timeline_f1_without_metadata() {
    check_timeline_f1(DIR, &["--no-metadata"], MIN_F1_NO_METADATA);
}
