//! Publication days of pages written as ordinary articles rather than
//! header tests (tests/fixtures/pubdates8, pages of our own on varied
//! subjects): news in the past tense with only relative dates and one or
//! two absolute past dates, follow-ups (`Trois jours après …`), a page
//! whose only dates are a scraped footer's (`Dernière mise à jour :
//! 07/03/2024 18:42`, `© 2024`), live blogs giving times only under a
//! heading day, agency wires with a year-less dateline, analyses spanning
//! years, a desk's byline (`Par la rédaction — Publié le …`). The day
//! expected of each (or none) was written in `expected.tsv` before newsx
//! was run on them.

mod common;

const DIR: &str = "tests/fixtures/pubdates8";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why.
const KNOWN_MISSES: [(&str, &str); 1] = [(
    "r22_press_release_place_date",
    "`Paris, le 14 mai 2024` alone atop a press release: a place and a date \
         is read as a signature (an op-ed's, a quoted letter's), never as the page's day",
)];

/// How many pages must get their expected day (a date or none), with and
/// without the chronology.
const FLOOR: usize = 23;

#[test]
fn no_page_gets_a_wrong_day_and_the_floor_of_right_ones_holds() {
    common::run::check_publication_days(DIR, 24, &KNOWN_MISSES, FLOOR);
}
