//! Publication days of pages built on the traps of issue 15
//! (tests/fixtures/pubdates6, pages of our own on varied subjects): a top
//! bar's viewing day (`Nous sommes le …`, `Aujourd'hui …`, a weather
//! widget), a cookie banner's policy update, a weekday that fits two
//! years, an old date quoted in the future tense, an undated page whose
//! only relative day matches a landmark of another year, `Mis à jour le`
//! above `Publié le`, month-first, numeric and ISO headers, year-less wire
//! datelines, `ce jeudi 7 mars` without a year, a live blog's stamps,
//! readers' comments, `Lire aussi` lists and a copyright footer. The day
//! expected of each (or none) was written in `expected.tsv` before newsx
//! was run on them.

mod common;

const DIR: &str = "tests/fixtures/pubdates6";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why.
const KNOWN_MISSES: [(&str, &str); 1] = [(
    "p21_named_today_no_year_past_date",
    "`Ce lundi 9 septembre`, after a past `juillet 2024`, is now read as the \
     day of writing (the relative clause `qui s'ouvrira en novembre` keeps its \
     future to itself), but Monday 9 September falls in 2024 and in 2030, both \
     within the six years a year-less weekday is looked for: none",
)];

/// How many pages must get their expected day (a date or none), with and
/// without the chronology.
const FLOOR: usize = 23;

#[test]
fn no_page_gets_a_wrong_day_and_the_floor_of_right_ones_holds() {
    common::run::check_publication_days(DIR, 24, &KNOWN_MISSES, FLOOR);
}

#[test]
fn verbose_says_why_the_traps_give_no_day() {
    let (_, stderr) =
        common::run::timeline_documents(DIR, &["--no-metadata", "--no-chronology", "--verbose"]);
    // a future quoted as said in 2019 bounds nothing
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("p07_old_date_in_the_future_tense")
                && l.contains("in words quoted as said")),
        "{stderr}"
    );
    // the weekday of two years
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("p05_weekday_fits_two_years")
                && l.contains("ambiguous weekday, that day falls on it in 2020, 2025")),
        "{stderr}"
    );
}
