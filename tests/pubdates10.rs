//! Publication days of pages in layouts pubdates1–9 lack (tests/fixtures/
//! pubdates10, pages of our own): broadcasters' publication and update
//! stamps in both orders and after the page's age (`Il y a 3 heures ·`),
//! live pages (`EN DIRECT`, entries stamped with a time or a day and a
//! time), pages whose only date is in a related-links line, cookie banners
//! and legal footers with dates, print-edition mentions (`Article paru dans
//! l'édition du 12 mars 2025`), opinion pages (`Tribune publiée le`), and
//! English headers with a time (`Mar 7, 2024 9:14 AM`). The day expected of
//! each (or none) was written in `expected.tsv` before newsx was run on them.

mod common;

const DIR: &str = "tests/fixtures/pubdates10";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why.
const KNOWN_MISSES: [(&str, &str); 1] = [(
    "a3_broadcaster_one_line_credit",
    "`Article rédigé par franceinfo avec AFP - France Télévisions · Publié le …`: a \
     credit whose brand is written in lowercase is not read as a credit before the label",
)];

/// How many pages must get their expected day (a date or none), with and
/// without the chronology.
const FLOOR: usize = 22;

#[test]
fn no_page_gets_a_wrong_day_and_the_floor_of_right_ones_holds() {
    common::run::check_publication_days(DIR, 23, &KNOWN_MISSES, FLOOR);
}
