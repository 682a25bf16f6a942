//! Integration tests: the built binary on corpus/ and on small fixtures.

mod common;

use common::{newsx, timeline_report};
use newsx::model::{DocStatus, Report};
use predicates::prelude::*;
use std::path::Path;

#[test]
fn timeline_json_on_the_corpus_is_typed_and_complete() {
    let report = timeline_report(&["corpus/"]);
    assert_eq!(report.schema_version, 1);
    assert!(report.generator.starts_with("newsx "));
    assert_eq!(report.documents.len(), 5);
    assert!(
        report
            .documents
            .iter()
            .all(|d| d.status == DocStatus::Ok && d.published.is_some())
    );
    assert!(report.events.len() >= 5, "{} events", report.events.len());
    assert!(report.entities.iter().any(|e| e.id == "kim-jong-un"));
    // ids are ev-0001.. in order, dated events first and chronological; the
    // undated fragments `--undated main` hides leave their numbers unused,
    // so an id names the same event whatever is shown
    let mut last = 0;
    for e in &report.events {
        let n: u32 = e.id.strip_prefix("ev-").unwrap().parse().unwrap();
        assert!(n > last, "{} after ev-{last:04}", e.id);
        last = n;
        assert!(!e.sources.is_empty());
    }
    let dates: Vec<_> = report
        .events
        .iter()
        .filter_map(|e| e.date.map(|d| d.start))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn every_quote_is_found_at_its_offsets_in_the_original_file() {
    let report = timeline_report(&["corpus/"]);
    for e in &report.events {
        for s in &e.sources {
            let doc = report
                .documents
                .iter()
                .find(|d| d.id == s.document)
                .unwrap();
            let original = std::fs::read_to_string(&doc.path).unwrap();
            let quoted: String = original
                .chars()
                .skip(s.start)
                .take(s.end - s.start)
                .collect();
            assert_eq!(quoted, s.quote, "event {} source {}", e.id, s.document);
        }
    }
}

#[test]
fn text_output_is_a_dated_timeline_with_sources() {
    newsx()
        .args(["timeline", "corpus/"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("newsx timeline: 5 articles"))
        .stdout(predicate::str::contains("2000-07"))
        // sources name their article by title and publication day
        .stdout(predicate::str::contains("— les nouveaux (possibles)"))
        .stdout(predicate::str::contains(", 17 juin 2024"));
}

#[test]
fn output_is_the_same_whatever_the_order_of_inputs_and_threads() {
    let files: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir("corpus")
            .unwrap()
            .map(|e| e.unwrap().path().display().to_string())
            .filter(|p| p.ends_with(".txt"))
            .collect();
        v.sort();
        v
    };
    let run = |files: &[String], threads: &str| {
        newsx()
            .arg("timeline")
            .args(files)
            .args(["--format", "json"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap()
            .stdout
    };
    let forward = run(&files, "2");
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(forward, run(&reversed, "1"));
}

#[test]
fn unreadable_inputs_are_reported_and_listed_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/mini/a-visite.txt",
        dir.path().join("good.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"\x00\x01\x02 not text").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let out = newsx()
        .args(["timeline", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("skipped") && stderr.contains("binary.txt") && stderr.contains("NUL"),
        "{stderr}"
    );
    assert!(stderr.contains("empty.txt: empty file"), "{stderr}");
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.documents.len(), 3, "every input file is listed");
    let skipped: Vec<_> = report
        .documents
        .iter()
        .filter(|d| d.status == DocStatus::Skipped)
        .collect();
    assert_eq!(skipped.len(), 2);
    assert!(skipped.iter().all(|d| d.reason.is_some()));
}

#[test]
fn nothing_readable_exits_1_and_usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    newsx()
        .args(["timeline", dir.path().to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no readable article"));
    newsx()
        .args(["timeline", "--format", "yaml"])
        .assert()
        .code(2);
    newsx()
        .args(["timeline", "--published", "hier", "corpus/"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--published 'hier'"));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("t.json");
    newsx()
        .args(["timeline", "corpus/", "--format", "json", "--output"])
        .arg(&target)
        .assert()
        .success()
        .stdout("");
    let report: Report = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(report.documents.len(), 5);
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}

#[test]
fn published_option_overrides_metadata() {
    // the fixture is no Russia – North Korea story: every event is kept
    let report = timeline_report(&[
        "tests/fixtures/mini",
        "--published",
        "2024-03-05",
        "--all-events",
    ]);
    let p = report.documents[0].published.as_ref().unwrap();
    assert_eq!(p.start.to_string(), "2024-03-05");
    // "mardi" in a past clause written on Tuesday 2024-03-05 is that day
    let met = report
        .events
        .iter()
        .find(|e| e.date.is_some_and(|d| d.start.to_string() == "2024-03-05"));
    assert!(met.is_some(), "{:#?}", report.events);
}

#[test]
fn jsonl_has_one_record_a_line_with_a_kind() {
    let out = newsx()
        .args(["timeline", "corpus/", "--format", "jsonl"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let kinds: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(kinds.iter().filter(|k| *k == "document").count(), 5);
    assert!(kinds.iter().any(|k| k == "event") && kinds.iter().any(|k| k == "entity"));
}

#[test]
fn normalize_and_dates_and_entities_run_on_a_seed() {
    let seed = Path::new("corpus/002_8cfff8f7d035ac9e.txt");
    newsx()
        .arg("normalize")
        .arg(seed)
        .assert()
        .success()
        .stdout(predicate::str::contains("Kim Jong-un est arrivé mardi"));
    newsx()
        .arg("dates")
        .arg(seed)
        .args(["--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"value\": \"2019\""));
    newsx()
        .args(["entities", "corpus/", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"id\": \"vladimir-poutine\""));
}

#[test]
fn help_has_examples_on_every_subcommand() {
    for sub in ["timeline", "entities", "dates", "normalize"] {
        newsx()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn publication_dates_are_read_from_the_text_when_no_metadata_gives_them() {
    let report = timeline_report(&["tests/fixtures/pubdates"]);
    let published = |id: &str| {
        let doc = report.documents.iter().find(|d| d.id == id).unwrap();
        doc.published.clone()
    };
    let dateline = published("a_dateline").expect("the dateline dates the article");
    assert_eq!(dateline.start.to_string(), "2023-11-22");
    assert!(
        dateline
            .evidence
            .unwrap()
            .contains("SÉOUL, 22 novembre 2023")
    );
    let header = published("b_publie").expect("a `Publié le` line dates the article");
    assert_eq!(header.start.to_string(), "2023-10-17");
    // the weather top bar prints the day the page was viewed
    assert_eq!(published("c_topbar"), None);
    // a header date before an event the text reports as past is not the
    // publication; and `a quitté la Russie hier` alone, though the
    // chronology dates Kim Jong-un's departure, checks nothing (Kim has
    // left Russia more than once): the article stays undated
    assert_eq!(published("d_contradicted"), None);
    // `demain` in the article published on 2023-10-17 is the 18th
    assert!(
        report.events.iter().any(
            |e| e.date.is_some_and(|d| d.start.to_string() == "2023-10-18")
                && e.participants.iter().any(|p| p.id == "serguei-lavrov")
        ),
        "{:#?}",
        report.events
    );
    // the seeds without their metadata.csv: 001 says `demain et après-demain (18 et 19 juin)`
    // and recalls September 2023, so it was written on 2024-06-17
    let seeds = timeline_report(&["corpus", "--no-metadata"]);
    let p = seeds.documents[1].published.clone().unwrap();
    assert_eq!(
        (p.start.to_string(), p.end.to_string()),
        ("2024-06-17".into(), "2024-06-17".into())
    );
    // 000's header date (the weather bar, 2024-05-25) is not taken; its
    // `hier`, `aujourd'hui` and `demain` fall on events the chronology dates
    let p = seeds.documents[0].published.clone().unwrap();
    assert_eq!(p.source, newsx::model::DateSource::Corpus);
    assert_eq!(p.start.to_string(), "2023-09-12");
    assert_eq!(
        seeds.documents[0]
            .header_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-25")
    );
}

#[test]
fn the_traps_of_publication_dates_give_no_date_rather_than_a_wrong_one() {
    let report = timeline_report(&["tests/fixtures/pubdates2"]);
    let doc = |id: &str| {
        report
            .documents
            .iter()
            .find(|d| d.id == id)
            .unwrap()
            .clone()
    };
    // the top bar's `jeudi 6 novembre 2025 – Paris 9°C` is the day the page
    // was viewed, not a dateline: the `Publié le` line dates the article
    let p = doc("a_topbar_dateline").published.unwrap();
    assert_eq!(p.start.to_string(), "2025-10-27");
    assert_eq!(p.rule, Some(newsx::model::PublicationRule::LabelledLine));
    assert_eq!(p.confidence, newsx::model::Confidence::Stated);
    // `ce vendredi 14 février` after May 2019: a Friday in 2020 and in 2025
    assert_eq!(doc("b_two_years").published, None);
    // a bare header date after a day the text announces as to come
    let c = doc("c_future_old");
    assert_eq!(c.published, None);
    assert_eq!(
        c.publication_bounds
            .and_then(|b| b.not_after)
            .map(|d| d.to_string()),
        Some("2023-09-12".into())
    );
    // `arrivé mardi en Russie` fits the chronology's arrival of Tuesday
    // 2023-09-12, but the article recalls June 2024 in the past
    let d = doc("d_wrong_year");
    assert_eq!(d.published, None);
    assert_eq!(
        d.publication_bounds
            .and_then(|b| b.not_before)
            .map(|d| d.to_string()),
        Some("2024-06-19".into())
    );
}

#[test]
fn articles_without_a_date_are_dated_by_the_events_other_articles_date() {
    // corpus only: a_publie dates the meeting of 2025-03-14 (`Publié le` + an
    // explicit date); b says `hier`, c `demain` of the same meeting
    let report = timeline_report(&["tests/fixtures/corpusdates", "--no-chronology"]);
    let published = |id: &str| {
        let doc = report.documents.iter().find(|d| d.id == id).unwrap();
        doc.published.clone()
    };
    let b = published("b_hier").expect("b is dated by a's meeting");
    assert_eq!(
        (b.start.to_string(), b.end.to_string()),
        ("2025-03-15".into(), "2025-03-15".into())
    );
    assert_eq!(b.source, newsx::model::DateSource::Corpus);
    let evidence = b.evidence.unwrap();
    assert!(
        evidence.contains("«hier» (rencontré)") && evidence.contains("a_publie"),
        "{evidence}"
    );
    let c = published("c_demain").expect("c is dated by a's meeting");
    assert_eq!(c.start.to_string(), "2025-03-13");
    // nothing in d is relative to a dated event
    assert_eq!(published("d_rien"), None);
    // b's and c's reports, dated now, join a's meeting: one event, three sources
    let meeting = report
        .events
        .iter()
        .find(|e| e.date.is_some_and(|d| d.start.to_string() == "2025-03-14"))
        .unwrap();
    let sources: Vec<(&str, Option<&str>)> = meeting
        .sources
        .iter()
        .map(|s| (s.document.as_str(), s.date_expression.as_deref()))
        .collect();
    // with the undated reports of the same meeting: a's headline (`reçu à
    // Pyongyang par Choe Son Hui`) and b's `ont discuté`
    assert_eq!(
        sources,
        [
            ("a_publie", None),
            ("a_publie", Some("14 mars 2025")),
            ("b_hier", Some("hier")),
            ("b_hier", None),
            ("c_demain", Some("demain"))
        ]
    );
}

#[test]
fn a_chronology_file_adds_landmarks_and_a_bad_one_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    // b alone: nothing in the corpus dates its meeting...
    let alone = timeline_report(&["tests/fixtures/corpusdates/b_hier.txt", "--no-chronology"]);
    assert_eq!(alone.documents[0].published, None);
    // ...a chronology entry does
    let mine = dir.path().join("mine.toml");
    std::fs::write(
        &mine,
        "[[event]]\ndate = \"2025-03-14\"\ntype = \"meeting\"\ntitle = \"Lavrov à Pyongyang\"\nparticipants = [\"serguei-lavrov\"]\nplaces = [\"pyongyang\"]\n\n[[event]]\ndate = \"2025-03-13\"\ntype = \"arrival\"\ntitle = \"Lavrov arrive à Pyongyang\"\nparticipants = [\"serguei-lavrov\"]\nplaces = [\"pyongyang\"]\n",
    )
    .unwrap();
    let with = timeline_report(&[
        "tests/fixtures/corpusdates/b_hier.txt",
        "--no-chronology",
        "--chronology",
        mine.to_str().unwrap(),
    ]);
    let p = with.documents[0].published.clone().unwrap();
    assert_eq!(p.start.to_string(), "2025-03-15");
    assert!(
        p.evidence
            .unwrap()
            .contains("Lavrov à Pyongyang, 2025-03-14 (chronology)")
    );
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[event]]\ndate = \"2025-03-14\"\ntype = \"meeting\"\ntitle = \"x\"\nparticipants = [\"nobody\"]\n").unwrap();
    newsx()
        .args(["timeline", "tests/fixtures/corpusdates", "--chronology"])
        .arg(&bad)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad.toml: event 1 (x): unknown gazetteer id(s) nobody",
        ));
}

#[test]
fn a_bare_header_date_is_overruled_when_the_reports_date_the_article_elsewhere() {
    // `samedi 25 mai 2024` atop a page (no weather bar to give it away) whose
    // `est arrivé mardi` and `rencontrera demain` fall on events of the
    // chronology (2023-09-12 and 2023-09-13)
    let report = timeline_report(&["tests/fixtures/overrule"]);
    let p = report.documents[0].published.clone().unwrap();
    assert_eq!(p.source, newsx::model::DateSource::Corpus);
    assert_eq!(
        (p.start.to_string(), p.end.to_string()),
        ("2023-09-12".into(), "2023-09-12".into())
    );
    let evidence = p.evidence.unwrap();
    assert!(
        evidence.contains("overrules the header date line «samedi 25 mai 2024»"),
        "{evidence}"
    );
    // its relative dates are resolved again from the day found
    let starts: Vec<String> = report
        .events
        .iter()
        .filter_map(|e| e.date.map(|d| d.start.to_string()))
        .collect();
    assert!(starts.contains(&"2023-09-13".to_string()), "{starts:?}");
    assert!(!starts.iter().any(|s| s.starts_with("2024")), "{starts:?}");
    // without the chronology nothing contradicts the header: it stays
    let alone = timeline_report(&["tests/fixtures/overrule", "--no-chronology"]);
    let p = alone.documents[0].published.clone().unwrap();
    assert_eq!(p.source, newsx::model::DateSource::Header);
    assert_eq!(p.start.to_string(), "2024-05-25");
}
