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

use std::collections::BTreeMap;

const DIR: &str = "tests/fixtures/pubdates6";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why.
const KNOWN_MISSES: [(&str, &str); 1] = [(
    "p21_named_today_no_year_past_date",
    "`Ce lundi 9 septembre, les organisateurs présentent …, qui s'ouvrira en \
     novembre`: the tense reader takes the nearest cue of the sentence, the \
     future of the relative clause, so the opening day is read as announced \
     and not as the day of writing",
)];

/// How many pages must get their expected day (a date or none), with and
/// without the chronology.
const FLOOR: usize = 23;

fn expected() -> BTreeMap<String, Option<String>> {
    let text = std::fs::read_to_string(format!("{DIR}/expected.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let id = cols.next().unwrap().to_string();
            let day = cols.next().expect("an expected column");
            (id, (day != "none").then(|| day.to_string()))
        })
        .collect()
}

#[test]
fn no_page_gets_a_wrong_day_and_the_floor_of_right_ones_holds() {
    let expected = expected();
    assert_eq!(expected.len(), 24);
    for args in [
        &["--no-metadata"][..],
        &["--no-metadata", "--no-chronology"],
    ] {
        let (docs, _) = common::run::timeline_documents(DIR, args);
        assert_eq!(docs.len(), expected.len(), "one document per page");
        let mut right = 0;
        for d in &docs {
            let want = expected.get(&d.id).unwrap_or_else(|| panic!("{}", d.id));
            let got = d.published.as_ref().map(|p| match p.start == p.end {
                true => p.start.to_string(),
                false => format!("{}..{}", p.start, p.end),
            });
            // never a day other than the expected one
            if got.is_some() {
                assert_eq!(&got, want, "{} {args:?}: wrong day", d.id);
            }
            if &got == want {
                right += 1;
            } else {
                assert!(
                    KNOWN_MISSES.iter().any(|(id, _)| *id == d.id),
                    "{} {args:?}: {want:?} expected, none found",
                    d.id
                );
            }
        }
        assert!(right >= FLOOR, "{args:?}: {right} right, floor {FLOOR}");
    }
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
