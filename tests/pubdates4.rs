//! Integration tests of the publication stage on pages of our own
//! (tests/fixtures/pubdates4): a year-less dateline placed by a period
//! without a year (`en octobre`) of an event another page dates, the same
//! dateline before that event (nothing), and a year-less `ce vendredi 14
//! février` whose year a role the text gives as current chooses (and not a
//! former one, and never against a stated date).

mod common;

use newsx::model::{Confidence, DateSource, DocumentRecord, PublicationRule};

fn documents(args: &[&str]) -> Vec<DocumentRecord> {
    common::run::timeline_documents("tests/fixtures/pubdates4", args).0
}

fn published(docs: &[DocumentRecord], id: &str) -> Option<(String, String)> {
    let d = docs.iter().find(|d| d.id == id).expect(id);
    d.published
        .as_ref()
        .map(|p| (p.start.to_string(), p.end.to_string()))
}

#[test]
fn periods_of_dated_events_and_current_roles_place_year_less_days() {
    for args in [&[][..], &["--no-chronology"][..]] {
        let docs = documents(args);
        // `MOSCOU, 14 mars (AFP) -` over `la visite, en octobre, de Lavrov`,
        // a visit the other page dates 2023-10-18: between the visit and
        // the end of September 2024, one 14 March
        assert_eq!(
            published(&docs, "b_dateline_period"),
            Some(("2024-03-14".into(), "2024-03-14".into()))
        );
        let b = docs.iter().find(|d| d.id == "b_dateline_period").unwrap();
        let p = b.published.as_ref().unwrap();
        assert_eq!(p.source, DateSource::Corpus);
        assert_eq!(p.rule, Some(PublicationRule::Bounds));
        assert!(
            p.evidence.as_deref().unwrap_or("").contains("«en octobre»"),
            "{:?}",
            p.evidence
        );
        // `MOSCOU, 10 octobre` with the same visit: no 10 October in the
        // bounds (2023's is before the visit), nothing
        assert_eq!(published(&docs, "c_dateline_before_event"), None);
        // `ce vendredi 14 février` after May 2019 (2020 or 2025), `le
        // président sud-coréen Moon Jae-in` (until 2022-05-09): 2020
        let d = docs.iter().find(|d| d.id == "d_role_current").unwrap();
        let p = d.published.as_ref().unwrap();
        assert_eq!(p.start.to_string(), "2020-02-14");
        assert_eq!(p.start, p.end);
        assert_eq!(p.confidence, Confidence::Inferred);
        // `l'ancien président`: the role chooses nothing, two years fit
        assert_eq!(published(&docs, "e_role_former"), None);
        // a stated day after the end of a role the text recalls stays
        assert_eq!(
            published(&docs, "f_role_stated"),
            Some(("2025-02-14".into(), "2025-02-14".into()))
        );
    }
}

#[test]
fn verbose_says_when_the_end_of_a_role_rejects_a_year() {
    let (_, stderr) = common::run::timeline_documents(
        "tests/fixtures/pubdates4",
        &["--verbose", "--no-chronology"],
    );
    assert!(
        stderr.lines().any(|l| l.contains("d_role_current.txt")
            && l.contains("«vendredi 14 février» in 2025 rejected")
            && l.contains("held only until 2022-05-09")),
        "{stderr}"
    );
    assert!(
        stderr.lines().any(|l| l.contains("e_role_former.txt")
            && l.contains("«vendredi 14 février» rejected: ambiguous weekday")
            && l.contains("2020, 2025")),
        "{stderr}"
    );
}
