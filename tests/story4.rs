//! A fourth probe of the timeline on articles the rules were not written
//! from: tests/fixtures/story4, eight articles about the Russia–North Korea
//! rapprochement 2000–2025 in genres the other sets have less of (a wire
//! page with several datelines and an update, an analysis told in relative
//! dates, a broadcaster's video page with its transcript, a Q&A, an
//! interview, a regional page, a fact sheet with a bullet chronology, an
//! op-ed), with a gold written before newsx was run on them. Scored as
//! tests/story3.rs does (tests/common/timeline_score.rs, the timeline part
//! of score.py).

mod common;

use common::timeline_score::check_timeline_f1;

const DIR: &str = "tests/fixtures/story4";

/// Floors, just under what was measured: F1 0.70 (0.74 without metadata)
/// on the first run (main dcc2bf9); 0.75 (0.76) once a date counted from the
/// story moved its thread, `le soir même` was a date, a turn's label took
/// no part and a covenant's or a taste's complement was no act; 0.76
/// (0.77) after a span of years stopped giving its year (stop 45's end);
/// 0.79 (0.79) once a signing naming no one joined the named signing of
/// its instrument, a signed declaration was no statement, a force noun in
/// another act's clause no act and an undated plus-que-parfait joined no
/// recent event; a later dateline anchors its block's relative days (stop
/// 46).
const MIN_F1: f64 = 0.78;
const MIN_F1_NO_METADATA: f64 = 0.78;

#[test]
fn the_fourth_unseen_story_articles_keep_their_timeline_f1() {
    check_timeline_f1(DIR, &[], MIN_F1);
}

#[test]
fn the_fourth_unseen_story_articles_keep_their_timeline_f1_without_metadata() {
    check_timeline_f1(DIR, &["--no-metadata"], MIN_F1_NO_METADATA);
}
