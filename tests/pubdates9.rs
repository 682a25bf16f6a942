//! Publication days of a folder of follow-ups (tests/fixtures/pubdates9,
//! pages of our own): four small stories over February to May 2025 (a
//! health bill, a football club, a murder trial, a metro strike) whose
//! pages refer to each other (`Au lendemain de la présentation …`, `Deux
//! jours après la victoire …`, `Ouvert lundi, le procès …`, `Trois jours
//! après le début de la grève …`), as a real archive folder of several days
//! does, and pages that give no day at all. The day expected of each (or
//! none) was written in `expected.tsv` before newsx was run on them.

mod common;

const DIR: &str = "tests/fixtures/pubdates9";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why.
const KNOWN_MISSES: [(&str, &str); 6] = [
    (
        "a2_bill_day_after_no_header",
        "`Au lendemain de la présentation en Conseil des ministres de son projet de loi` \
         and `ce mercredi`: the presentation another page dates is no landmark the \
         relative day is matched to",
    ),
    (
        "a4_unions_received_no_header",
        "`Au lendemain de l'adoption … par l'Assemblée nationale, mardi` and `ce mercredi`: \
         a vote is no event type the corpus inference matches",
    ),
    (
        "b2_coach_sacked_no_header",
        "`Deux jours après la victoire … contre Lorient`, `ce lundi`: a match is no event \
         type the corpus inference matches",
    ),
    (
        "b3_new_coach_yearless_dateline",
        "`MONTBRISON, 15 avril (AFP) -` over `entre 2014 et 2017`: the year comes only \
         from b2's sacking, itself undated",
    ),
    (
        "c3_verdict_day_no_header",
        "`Ouvert lundi`, `ce vendredi`: a trial's opening is no event type the corpus \
         inference matches",
    ),
    (
        "d3_strike_three_days_after_no_header",
        "`Trois jours après le début de la grève`, `ce jeudi`: a strike is no event type \
         the corpus inference matches",
    ),
];

/// How many pages must get their expected day (a date or none), with and
/// without the chronology.
const FLOOR: usize = 15;

#[test]
fn no_page_gets_a_wrong_day_and_the_floor_of_right_ones_holds() {
    common::run::check_publication_days(DIR, 21, &KNOWN_MISSES, FLOOR);
}
