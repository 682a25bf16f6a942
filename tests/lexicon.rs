//! `newsx lexicon check` and `newsx lexicon list` on fixture files.

mod common;

use common::newsx;
use predicates::prelude::*;

#[test]
fn the_built_in_lexicon_checks_clean() {
    newsx()
        .args(["lexicon", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("built-in lexicon: ok"));
}

#[test]
fn a_good_user_file_is_ok() {
    newsx()
        .args(["lexicon", "check", "tests/fixtures/lexicon/good.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("good.toml: ok (3 lemmas)"));
}

#[test]
fn every_mistake_is_named_with_file_entry_and_problem() {
    let out = newsx()
        .args(["lexicon", "check", "tests/fixtures/lexicon/bad.toml"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let file = "tests/fixtures/lexicon/bad.toml";
    for expected in [
        format!("{file}: [visite]: unknown event type"),
        format!("{file}: [visit] verb '': empty lemma"),
        format!("{file}: [visit] verb 'plaire': 'plaire' is a third-group verb"),
        format!("{file}: [visit] noun 'an m': form 'an' is shorter than 3 letters"),
        format!("{file}: [visit] noun 'visitation': a noun needs its gender"),
        // the form and both types it is claimed by
        format!("{file}: [meeting] 'visite': form 'visite' is also a form of"),
        "(visit, in data/events/movement.toml)".to_string(),
        "newsx: 7 error(s) in lexicon files".to_string(),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
}

#[test]
fn list_prints_every_form_of_a_lemma() {
    newsx()
        .args(["lexicon", "list", "recevoir", "se rendre"])
        .assert()
        .success()
        .stdout(predicate::str::contains("reçoivent"))
        .stdout(predicate::str::contains("reçues"))
        .stdout(predicate::str::contains("rendrions"));
    newsx()
        .args(["lexicon", "list", "--type", "ratification"])
        .assert()
        .success()
        .stdout(predicate::str::contains("entrer en vigueur"));
    newsx()
        .args([
            "lexicon",
            "list",
            "pérégriner",
            "--lexicon",
            "tests/fixtures/lexicon/good.toml",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("pérégrineraient"));
    newsx()
        .args(["lexicon", "list", "nimporte"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no lemma nimporte"));
}

#[test]
fn a_user_lexicon_adds_its_words_to_the_timeline() {
    let run = |extra: &[&str]| {
        let mut args = vec![
            "timeline",
            "tests/fixtures/lexicon/article",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        let out = newsx()
            .args(&args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
        report["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["type"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert!(!run(&[]).contains(&"visit".to_string()));
    assert!(run(&["--lexicon", "tests/fixtures/lexicon/good.toml"]).contains(&"visit".to_string()));
    newsx()
        .args([
            "timeline",
            "tests/fixtures/lexicon/article",
            "--lexicon",
            "tests/fixtures/lexicon/bad.toml",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad.toml: [visit] verb '': empty lemma",
        ));
}
