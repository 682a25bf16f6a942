//! `newsx extract` and `newsx merge`: the map and reduce steps give exactly
//! what `newsx timeline` gives, whatever the order, split, tree or repetition
//! of the lines.

mod common;

use common::{newsx, stdout_of};
use newsx::model::{DocStatus, Report};
use std::path::{Path, PathBuf};

fn timeline(format: &str) -> String {
    stdout_of(newsx().args([
        "timeline", "corpus/", "--color", "never", "--format", format,
    ]))
}

fn extract(args: &[&str]) -> String {
    stdout_of(newsx().arg("extract").args(args))
}

fn merge_stdin(input: &str, args: &[&str]) -> String {
    stdout_of(
        newsx()
            .args(["merge", "--color", "never"])
            .args(args)
            .write_stdin(input.to_string()),
    )
}

fn merge_files(files: &[PathBuf], args: &[&str]) -> String {
    stdout_of(
        newsx()
            .args(["merge", "--color", "never"])
            .args(files)
            .args(args),
    )
}

fn write(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

/// A fixed permutation, no randomness: every 7th line, from each offset.
fn shuffled(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for start in (0..7).rev() {
        for l in lines.iter().skip(start).step_by(7) {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

#[test]
fn extract_then_merge_is_byte_identical_to_timeline() {
    let lines = extract(&["corpus/"]);
    assert_eq!(merge_stdin(&lines, &["--format", "json"]), timeline("json"));
    assert_eq!(merge_stdin(&lines, &["--format", "text"]), timeline("text"));
    assert_eq!(
        merge_stdin(&lines, &["--format", "jsonl"]),
        timeline("jsonl")
    );
}

#[test]
fn articles_dated_by_the_corpus_are_dated_alike_by_merge() {
    // undated articles carry their pending dates in the extract lines, so
    // merge dates them as timeline does, with or without the chronology
    for corpus in ["corpus/", "tests/fixtures/corpusdates"] {
        for chronology in [&[][..], &["--no-chronology"][..]] {
            let lines = extract(&[corpus, "--no-metadata"]);
            let mut args = vec!["--format", "json"];
            args.extend_from_slice(chronology);
            let expected = stdout_of(
                newsx()
                    .args(["timeline", corpus, "--no-metadata", "--color", "never"])
                    .args(&args),
            );
            assert_eq!(
                merge_stdin(&lines, &args),
                expected,
                "{corpus} {chronology:?}"
            );
            // the seeds without the chronology: 000's only landmark is a
            // month, which anchors nothing, so no article is dated by the corpus
            let seeds_alone = corpus == "corpus/" && !chronology.is_empty();
            assert_eq!(
                expected.contains("\"source\": \"corpus\""),
                !seeds_alone,
                "{corpus} {chronology:?}"
            );
        }
    }
}

#[test]
fn every_extract_line_is_self_contained() {
    let lines = extract(&["corpus/"]);
    let mut kinds = std::collections::BTreeMap::new();
    for line in lines.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema_version"], 1, "{line}");
        assert!(v["document_id"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(v["digest"].as_str().is_some_and(|s| s.len() == 16));
        assert!(v["data"].is_object());
        *kinds
            .entry(v["kind"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    assert_eq!(kinds["document"], 5);
    for k in ["entity", "timex", "event"] {
        assert!(kinds.get(k).is_some_and(|n| *n > 0), "{kinds:?}");
    }
}

#[test]
fn merge_does_not_depend_on_order_or_split() {
    let expected = timeline("json");
    let lines = extract(&["corpus/"]);
    assert_eq!(
        merge_stdin(&shuffled(&lines), &["--format", "json"]),
        expected
    );
    // one extract per file, merged in reverse order
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir("corpus")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut parts: Vec<PathBuf> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            write(
                dir.path(),
                &format!("{i}.jsonl"),
                &extract(&[f.to_str().unwrap()]),
            )
        })
        .collect();
    parts.reverse();
    assert_eq!(merge_files(&parts, &["--format", "json"]), expected);
    // the shuffled lines split across three files
    let shuffled = shuffled(&lines);
    let all: Vec<&str> = shuffled.lines().collect();
    let split: Vec<PathBuf> = all
        .chunks(all.len().div_ceil(3))
        .enumerate()
        .map(|(i, c)| write(dir.path(), &format!("s{i}.jsonl"), &(c.join("\n") + "\n")))
        .collect();
    assert_eq!(merge_files(&split, &["--format", "json"]), expected);
}

#[test]
fn a_tree_of_partial_merges_equals_the_flat_merge() {
    let expected = timeline("json");
    let shuffled = shuffled(&extract(&["corpus/"]));
    let all: Vec<&str> = shuffled.lines().collect();
    let dir = tempfile::tempdir().unwrap();
    let partials: Vec<PathBuf> = all
        .chunks(all.len().div_ceil(4))
        .enumerate()
        .map(|(i, c)| {
            let p = merge_stdin(&(c.join("\n") + "\n"), &["--partial"]);
            write(dir.path(), &format!("p{i}.jsonl"), &p)
        })
        .collect();
    let raw_total: usize = all.len();
    let partial_total: usize = partials
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap().lines().count())
        .sum();
    assert!(partial_total < raw_total, "{partial_total} >= {raw_total}");
    // two levels: (p0 + p1), (p2 + p3), then the root
    let left = write(
        dir.path(),
        "l.jsonl",
        &merge_files(&partials[..2], &["--partial"]),
    );
    let right = write(
        dir.path(),
        "r.jsonl",
        &merge_files(&partials[2..], &["--partial"]),
    );
    assert_eq!(merge_files(&[right, left], &["--format", "json"]), expected);
    // partials and raw lines mixed
    let raw = write(
        dir.path(),
        "raw.jsonl",
        &(all[..all.len() / 2].join("\n") + "\n"),
    );
    let mut mixed = vec![raw];
    mixed.extend(partials);
    assert_eq!(merge_files(&mixed, &["--format", "json"]), expected);
}

#[test]
fn duplicate_lines_do_not_double_count() {
    let expected = timeline("json");
    let lines = extract(&["corpus/"]);
    let retried = format!("{lines}{}", extract(&["corpus/002_8cfff8f7d035ac9e.txt"]));
    let out = newsx()
        .args(["merge", "--format", "json"])
        .write_stdin(format!("{retried}{lines}"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn one_id_with_different_content_is_a_conflict_and_keeps_one() {
    let expected = timeline("json");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/mini/a-visite.txt",
        dir.path().join("002_8cfff8f7d035ac9e.txt"),
    )
    .unwrap();
    let impostor = extract(&[dir.path().to_str().unwrap()]);
    let lines = extract(&["corpus/"]);
    let run = |input: String| {
        let out = newsx()
            .args(["merge", "--format", "json"])
            .write_stdin(input)
            .output()
            .unwrap();
        assert!(out.status.success());
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (a, warn) = run(format!("{impostor}{lines}"));
    let (b, _) = run(format!("{lines}{impostor}"));
    assert_eq!(a, b, "the kept document does not depend on order");
    assert!(
        warn.contains("002_8cfff8f7d035ac9e") && warn.contains("different analyses"),
        "{warn}"
    );
    let report: Report = serde_json::from_str(&a).unwrap();
    assert_eq!(report.documents.len(), 5);
    // the first by path is kept (here the temporary file: '/' sorts before 'c')
    let impostor_path = dir.path().join("002_8cfff8f7d035ac9e.txt");
    let kept = report
        .documents
        .iter()
        .find(|d| d.id == "002_8cfff8f7d035ac9e")
        .unwrap();
    assert_eq!(kept.path, impostor_path.display().to_string());
    assert!(a != expected, "the impostor's analysis replaced the seed's");
}

#[test]
fn jsonl_on_stdin_with_paths_is_the_timeline_of_the_files() {
    let meta = std::fs::read_to_string("corpus/metadata.csv").unwrap();
    let mut input = String::new();
    for row in meta.lines().skip(1) {
        let cells: Vec<&str> = row.split(',').collect();
        let path = format!("corpus/{}", cells[0]);
        let text = std::fs::read_to_string(&path).unwrap();
        let line = serde_json::json!({
            "id": cells[0].trim_end_matches(".txt"),
            "text": text,
            "published": cells[1],
            "path": path,
        });
        input.push_str(&format!("{line}\n"));
    }
    let lines = stdout_of(newsx().args(["extract", "-"]).write_stdin(input));
    assert_eq!(merge_stdin(&lines, &["--format", "json"]), timeline("json"));
}

#[test]
fn a_bad_stdin_line_is_reported_and_the_run_goes_on() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Emmanuel Macron est arrivé lundi à Berlin.\", \"published\": \"2024-01-15\"}\n",
        "{this is not json\n",
        "\n",
        "{\"id\": \"c\", \"title\": \"sans texte\"}\n",
        "{\"id\": \"d\", \"content\": \"Vladimir Poutine a rencontré Kim Jong-un à Vladivostok.\"}\n",
    );
    let out = newsx()
        .args(["extract", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stdin line 2:"), "{stderr}");
    assert!(
        stderr.contains("stdin line 4:") && stderr.contains("no text"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    let lines = String::from_utf8(out.stdout).unwrap();
    let report: Report = serde_json::from_str(&merge_stdin(&lines, &["--format", "json"])).unwrap();
    let status: Vec<(&str, DocStatus)> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.status))
        .collect();
    assert_eq!(status.len(), 4, "{status:?}");
    // a: no Russia – North Korea story (the default story), read all the same
    assert!(status.contains(&("a", DocStatus::OffTopic)) && status.contains(&("d", DocStatus::Ok)));
    assert!(status.contains(&("c", DocStatus::Skipped)));
    assert!(
        status
            .iter()
            .any(|(id, s)| id.starts_with("line-") && *s == DocStatus::Skipped)
    );
}

#[test]
fn a_bad_merge_line_is_reported_with_its_place() {
    let lines = extract(&["corpus/"]);
    let input = format!("garbage\n{lines}");
    let out = newsx()
        .args(["merge", "--format", "json"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin:1:"));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), timeline("json"));
    newsx().args(["merge"]).write_stdin("").assert().code(1);
    // an empty partition is a valid, empty partial
    newsx()
        .args(["merge", "--partial"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("");
    newsx()
        .args(["extract", "-"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("");
}
