//! Publication days of pages built on layout traps not in pubdates4-6
//! (tests/fixtures/pubdates7, pages of our own on varied subjects): a wire
//! with two datelines, an AFP update line at the foot, print edition
//! lines, a weekly's issue and week range, a podcast's duration, an English
//! scraped header, `Il y a 2 jours` under a scrape day, a newsletter's
//! year-less day, op-eds with an author's bio years, a year only in an
//! announced event, Quebec, Swiss and Belgian forms, a correction note, a
//! video page, a regional site's line over an agency's earlier dateline,
//! an ambiguous English numeric date. The day expected of each (or none)
//! was written in `expected.tsv` before newsx was run on them.

mod common;

const DIR: &str = "tests/fixtures/pubdates7";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why.
const KNOWN_MISSES: [(&str, &str); 2] = [
    (
        "q06_podcast_duration",
        "`Épisode 118 · 12:07 · 7 mars 2024`: a date after an episode number and a \
         duration is no header line newsx reads",
    ),
    (
        "q07_english_published_header",
        "`Published: Thu 7 Mar 2024 10.32 GMT`: a weekday abbreviation before the \
         day and a time with a dot are not read after an English label",
    ),
];

/// How many pages must get their expected day (a date or none), with and
/// without the chronology.
const FLOOR: usize = 20;

#[test]
fn no_page_gets_a_wrong_day_and_the_floor_of_right_ones_holds() {
    common::run::check_publication_days(DIR, 22, &KNOWN_MISSES, FLOOR);
}

#[test]
fn verbose_says_a_later_dateline_and_a_correction_note_bound_nothing() {
    let (docs, _) =
        common::run::timeline_documents(DIR, &["--no-metadata", "--no-chronology", "--verbose"]);
    let day = |id: &str| {
        docs.iter()
            .find(|d| d.id == id)
            .and_then(|d| d.published.as_ref())
            .map(|p| p.start.to_string())
    };
    // the update's dateline of the 16th does not push the page after the 15th
    assert_eq!(day("q01_wire_two_datelines").as_deref(), Some("2024-09-15"));
    // the correction of the 14th does not push the page after the 12th
    assert_eq!(day("q16_correction_note").as_deref(), Some("2024-02-12"));
}
