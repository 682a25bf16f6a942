//! Integration tests of the publication stage: the built binary on pages
//! of our own (tests/fixtures/pubdates3) that give their date through a
//! URL, an English header line, or only bounds, and on one whose weekday
//! fits two years.

use assert_cmd::Command;
use newsx::model::{Confidence, DateSource, DocumentRecord, Precision, PublicationRule, Report};

fn newsx() -> Command {
    Command::cargo_bin("newsx").unwrap()
}

fn documents(args: &[&str]) -> (Vec<DocumentRecord>, String) {
    let out = newsx()
        .arg("timeline")
        .arg("tests/fixtures/pubdates3")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let report: Report = serde_json::from_slice(&out.stdout).expect("the JSON report");
    (report.documents, stderr)
}

fn doc<'a>(docs: &'a [DocumentRecord], id: &str) -> &'a DocumentRecord {
    docs.iter().find(|d| d.id == id).expect(id)
}

#[test]
fn every_way_of_giving_the_date_holds_with_and_without_the_chronology() {
    for args in [&[][..], &["--no-chronology"][..]] {
        let (docs, _) = documents(args);
        // the day filed in the URL of the JSON Lines record
        let p = doc(&docs, "url_slug").published.clone().unwrap();
        assert_eq!(p.start.to_string(), "2024-06-19");
        assert_eq!((p.start, p.source), (p.end, DateSource::Metadata));
        assert_eq!(p.rule, Some(PublicationRule::Url));
        assert_eq!(p.confidence, Confidence::Stated);
        // a URL day before a day the text reports in the past is no date
        assert!(
            doc(&docs, "url_contradicted")
                .published
                .as_ref()
                .is_none_or(|p| p.start.to_string() != "2023-09-01")
        );
        // an English publication line
        let p = doc(&docs, "b_english").published.clone().unwrap();
        assert_eq!(p.start.to_string(), "2023-10-19");
        assert_eq!(p.rule, Some(PublicationRule::LabelledLine));
        // signed on the 14th (past), will travel on the 20th (future): the
        // interval, said as bounded, not a day
        let p = doc(&docs, "c_bounded").published.clone().unwrap();
        assert_eq!(
            (p.start.to_string(), p.end.to_string()),
            ("2024-02-14".into(), "2024-02-20".into())
        );
        assert_eq!(p.confidence, Confidence::Bounded);
        assert_eq!(p.rule, Some(PublicationRule::Bounds));
        assert_eq!(p.precision, Precision::Week);
        // `ce vendredi 14 février` after May 2019: Friday in 2020 and 2025
        assert_eq!(doc(&docs, "d_two_years").published, None);
    }
}

#[test]
fn verbose_says_which_candidates_were_rejected_and_why() {
    let (_, stderr) = documents(&["--verbose", "--no-chronology"]);
    assert!(
        stderr.lines().any(|l| l.contains("a_urls.jsonl:2")
            && l.contains("url «20230901»")
            && l.contains("«13 septembre 2023» is reported in the past")),
        "{stderr}"
    );
    assert!(
        stderr.lines().any(|l| l.contains("d_two_years.txt")
            && l.contains("ambiguous weekday")
            && l.contains("2020, 2025")),
        "{stderr}"
    );
    // without --verbose, nothing is said of them
    let (_, quiet) = documents(&["--no-chronology"]);
    assert!(!quiet.contains("rejected"), "{quiet}");
}

#[test]
fn text_output_marks_a_bounded_date_as_deduced() {
    let out = newsx()
        .args([
            "timeline",
            "tests/fixtures/pubdates3/c_bounded.txt",
            "--no-chronology",
        ])
        .args(["--undated", "all", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains(", ~"), "{text}");
    assert!(text.contains("date de publication déduite"), "{text}");
}
