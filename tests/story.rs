//! The story focus: documents outside the story give no events, events of a
//! story document need a party in them or in their sentence, `--all-events`
//! turns the focus off and `--story FILE` follows another story.

mod common;

use common::{newsx, timeline_report};
use newsx::model::{DocStatus, Report};
use predicates::prelude::*;

const FIXTURE: &str = "tests/fixtures/offtopic";

fn status_of(report: &Report, id: &str) -> DocStatus {
    report
        .documents
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no document {id}"))
        .status
}

fn event_documents(report: &Report) -> Vec<&str> {
    let mut docs: Vec<&str> = report
        .events
        .iter()
        .flat_map(|e| e.sources.iter().map(|s| s.document.as_str()))
        .collect();
    docs.sort_unstable();
    docs.dedup();
    docs
}

#[test]
fn weather_sport_and_one_party_articles_are_off_topic() {
    let report = timeline_report(&[FIXTURE]);
    for id in ["meteo", "football", "renault"] {
        assert_eq!(status_of(&report, id), DocStatus::OffTopic, "{id}");
    }
    assert_eq!(status_of(&report, "sommet"), DocStatus::Ok);
    assert_eq!(event_documents(&report), ["sommet"]);
    // off-topic documents keep their entities
    let moscow = report.entities.iter().find(|e| e.id == "moscou").unwrap();
    assert!(moscow.documents.iter().any(|d| d == "renault"));
}

#[test]
fn a_story_document_keeps_only_the_events_of_its_parties() {
    let report = timeline_report(&[FIXTURE]);
    // `la Corée du Sud a annoncé jeudi des manœuvres avec les États-Unis`:
    // no party in the event or its sentence
    assert!(
        report
            .events
            .iter()
            .all(|e| !e.sources.iter().any(|s| s.quote.contains("manœuvres"))),
        "{:#?}",
        report.events
    );
    assert!(
        report
            .events
            .iter()
            .any(|e| e.participants.iter().any(|p| p.id == "kim-jong-un"))
    );
}

#[test]
fn all_events_turns_the_focus_off() {
    let report = timeline_report(&[FIXTURE, "--all-events"]);
    assert!(report.documents.iter().all(|d| d.status == DocStatus::Ok));
    let docs = event_documents(&report);
    for id in ["football", "renault", "sommet"] {
        assert!(docs.contains(&id), "{id} in {docs:?}");
    }
}

#[test]
fn another_story_file_is_followed() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("france-coree.toml");
    std::fs::write(
        &story,
        "name = \"France – Corée du Sud\"\n\
         [[party]]\nname = \"France\"\ncountries = [\"FR\"]\n\
         [[party]]\nname = \"Corée du Sud\"\ncountries = [\"KR\"]\n",
    )
    .unwrap();
    let report = timeline_report(&[FIXTURE, "--story", story.to_str().unwrap()]);
    assert_eq!(status_of(&report, "football"), DocStatus::Ok);
    assert_eq!(status_of(&report, "sommet"), DocStatus::OffTopic);
}

#[test]
fn a_bad_story_file_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("bad.toml");
    std::fs::write(
        &story,
        "name = \"x\"\n[[party]]\nname = \"Nulle part\"\nentities = [\"atlantide\"]\n",
    )
    .unwrap();
    newsx()
        .args(["timeline", FIXTURE, "--story"])
        .arg(&story)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.toml: party 1 (Nulle part)"))
        .stderr(predicate::str::contains("atlantide"));
}

#[test]
fn off_topic_documents_are_counted_in_the_text_header() {
    newsx()
        .args(["timeline", FIXTURE, "--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains("newsx timeline: 1 article,"))
        .stdout(predicate::str::contains("3 articles off topic"));
}
