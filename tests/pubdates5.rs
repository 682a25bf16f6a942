//! Publication days of pages laid out as French outlets print them
//! (tests/fixtures/pubdates5, pages of our own): a regional daily's
//! `Publié le … , mis à jour le …`, bylines, a broadcaster's update line,
//! `Il y a 3 heures` and reading-time furniture, a weather top bar, a
//! year-less wire dateline, an English header, a URL in the text, `Publié
//! hier`, `Le 3 mars dernier`, an op-ed's signature, an event's day in the
//! title, a newsletter digest, a quoted dated document, Swiss dotted and
//! Quebec spaced forms, `1er`, an abbreviated month. The day expected of
//! each (or none) was written in `expected.tsv` before newsx was run on
//! them. No page may get a day other than the expected one, with or
//! without the chronology; every expected day must be found but the known
//! misses listed here with their cause.

mod common;

const DIR: &str = "tests/fixtures/pubdates5";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why. (p01's `interrompus en novembre 2023` was one
/// until the tense reader took every agreement of a participle.)
const KNOWN_MISSES: [(&str, &str); 0] = [];

#[test]
fn no_page_gets_a_wrong_day_and_every_stated_day_is_found() {
    common::run::check_publication_days(DIR, 25, &KNOWN_MISSES, 25 - KNOWN_MISSES.len());
}

#[test]
fn verbose_says_why_the_digest_gets_no_day_and_the_plural_participle_is_past() {
    let (_, stderr) =
        common::run::timeline_documents(DIR, &["--no-metadata", "--no-chronology", "--verbose"]);
    assert!(
        stderr.lines().any(|l| l.contains("p14_newsletter_digest")
            && l.contains("above the story, the page gives several publication days")),
        "{stderr}"
    );
    // `interrompus en novembre 2023` is past: it bounds nothing from above
    assert!(
        !stderr
            .lines()
            .any(|l| l.contains("p01_regional_published_updated")
                && l.contains("is announced in the future")),
        "{stderr}"
    );
}
