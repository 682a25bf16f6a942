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

use std::collections::BTreeMap;

const DIR: &str = "tests/fixtures/pubdates5";

/// Pages whose expected day newsx does not find yet (it gives none, never
/// another day), and why. (p01's `interrompus en novembre 2023` was one
/// until the tense reader took every agreement of a participle.)
const KNOWN_MISSES: [(&str, &str); 0] = [];

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
fn no_page_gets_a_wrong_day_and_every_stated_day_is_found() {
    let expected = expected();
    assert_eq!(expected.len(), 25);
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
        assert_eq!(right, expected.len() - KNOWN_MISSES.len(), "{args:?}");
    }
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
