//! `newsx timeline` reads and analyses inputs a chunk at a time
//! (`NEWSX_CHUNK_SIZE`): the output, the diagnostics and the exit code must
//! not depend on the chunk size or the number of threads, and must be those
//! of the whole-corpus library path (`corpus::load` + `pipeline::timeline`).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// Seeds, copies of them (near duplicates far apart in input order), a
/// subfolder between files of its parent (sidecars of both), bad files, and
/// a JSON Lines file with good, bad and blank lines.
fn corpus(root: &Path) {
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(&seeds_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    let texts: Vec<String> = seeds
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let a = root.join("a");
    let sub = a.join("m-sub");
    std::fs::create_dir_all(&sub).unwrap();
    let mut meta = String::from("file,published,title,source,url\n");
    let mut sub_meta = meta.clone();
    for n in 0..12 {
        let text = &texts[n % texts.len()];
        // copies get a line more, so they are near (not exact) duplicates
        let body = if n < texts.len() {
            text.clone()
        } else {
            format!("{text}\nSource : AFP, copie {n}.\n")
        };
        let name = format!("{:02}.txt", n);
        // names before and after the subfolder `m-sub`
        let (dir, meta) = if n % 4 == 3 {
            (&sub, &mut sub_meta)
        } else {
            (&a, &mut meta)
        };
        std::fs::write(dir.join(&name), body).unwrap();
        meta.push_str(&format!(
            "{name},2023-0{}-1{},Titre {n},,\n",
            1 + n % 9,
            n % 10
        ));
    }
    // warnings from parallel reads and from sidecars, in several chunks:
    // a stray byte in two files, a bad row in each sidecar
    for name in ["00.txt", "06.txt"] {
        let path = a.join(name);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.insert(40.min(bytes.len()), 0xFF);
        std::fs::write(&path, bytes).unwrap();
    }
    meta.push_str("ghost.txt,le 12 mars,Titre,,\n");
    sub_meta.push_str("ghost.txt,2023-09-20/2023-09-01,Titre,,\n");
    std::fs::write(a.join("metadata.csv"), meta).unwrap();
    std::fs::write(sub.join("metadata.csv"), sub_meta).unwrap();
    std::fs::write(a.join("05b-binary.txt"), b"abc\0def").unwrap();
    std::fs::write(a.join("05c-empty.txt"), "").unwrap();
    std::fs::write(a.join("zz-english.txt"), "The quick brown fox jumps over the lazy dog again and again, as it always did in the English texts.\n").unwrap();
    let mut jsonl = String::new();
    for (i, t) in texts.iter().enumerate() {
        let line = serde_json::json!({"id": format!("j{i}"), "text": t, "published": "2023-09-12"});
        jsonl.push_str(&format!("{line}\n"));
        if i == 1 {
            jsonl.push_str("\nnot json\n{\"id\":\"no-text\"}\n");
        }
    }
    std::fs::write(root.join("b.jsonl"), jsonl).unwrap();
}

/// `newsx ARGS INPUTS` with `NEWSX_CHUNK_SIZE` set to `chunk` (unset for
/// the default): its stdout and stderr, after checking it succeeded.
fn newsx(args: &[&str], inputs: &[PathBuf], chunk: Option<&str>) -> (Vec<u8>, String) {
    let mut cmd = Command::cargo_bin("newsx").unwrap();
    cmd.args(args).args(inputs).env_remove("NEWSX_CHUNK_SIZE");
    if let Some(c) = chunk {
        cmd.env("NEWSX_CHUNK_SIZE", c);
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (out.stdout, stderr)
}

/// The two inputs of [`corpus`]: the folder and the JSON Lines file.
fn inputs(root: &Path) -> [PathBuf; 2] {
    [root.join("a"), root.join("b.jsonl")]
}

fn run(root: &Path, chunk: Option<&str>, threads: &str) -> (Vec<u8>, String) {
    let args = ["timeline", "--format", "json", "--threads", threads];
    newsx(&args, &inputs(root), chunk)
}

#[test]
fn output_does_not_depend_on_chunk_size_or_threads() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let whole = run(dir.path(), None, "2");
    let report: serde_json::Value = serde_json::from_slice(&whole.0).unwrap();
    let docs = report["documents"].as_array().unwrap();
    // 12 files + 3 bad files + 5 articles and 2 bad lines of JSON Lines
    assert_eq!(docs.len(), 22, "every input is counted");
    let skipped = docs.iter().filter(|d| d["status"] == "skipped").count();
    assert_eq!(skipped, 5);
    assert_eq!(
        whole.1.matches("newsx: skipped").count(),
        skipped,
        "{}",
        whole.1
    );
    assert_eq!(
        whole.1.matches("newsx: warning").count(),
        4,
        "stray bytes and metadata rows: {}",
        whole.1
    );
    let dupes = docs
        .iter()
        .filter(|d| d["duplicate_of"].is_string())
        .count();
    assert!(dupes >= 5, "copies are marked across chunks: {dupes}");
    assert!(
        docs.iter()
            .any(|d| d["path"].as_str().unwrap().contains("m-sub") && d["title"].is_string()),
        "subfolder sidecar read"
    );
    for chunk in ["1", "2", "5"] {
        for threads in ["1", "2"] {
            let got = run(dir.path(), Some(chunk), threads);
            assert!(
                got.0 == whole.0,
                "JSON differs with NEWSX_CHUNK_SIZE={chunk} --threads {threads}"
            );
            assert_eq!(got.1, whole.1, "stderr, chunk {chunk}, threads {threads}");
        }
    }

    // the library's whole-corpus path gives the same bytes
    let load = newsx::corpus::LoadOptions::default();
    let config = newsx::config::Config::new(&[] as &[PathBuf], load).unwrap();
    let loaded = newsx::corpus::load(
        &[dir.path().join("a"), dir.path().join("b.jsonl")],
        &config.load,
    );
    // the binary's default filter: undated fragments hidden (`--undated main`)
    let shown = newsx::filter::Filter {
        undated: newsx::filter::Undated::Main,
        ..Default::default()
    };
    let report = newsx::filter::filter_report_owned(
        newsx::pipeline::timeline(&loaded, &config),
        &shown,
        None,
    )
    .value;
    let expected = newsx::render::json(&report).unwrap();
    assert!(
        expected.as_bytes() == whole.0,
        "streaming differs from load + timeline"
    );
}

/// `newsx extract` on the same inputs through the same driver: its lines
/// and its stderr do not depend on the chunk size either, and it marks the
/// copies `timeline` marks.
#[test]
fn extract_does_not_depend_on_chunk_size() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let extract = |chunk: Option<&str>| newsx(&["extract"], &inputs(dir.path()), chunk);
    let whole = extract(None);
    let duplicates = |lines: &[u8]| -> Vec<(String, String)> {
        String::from_utf8_lossy(lines)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|v| v["kind"] == "document" && v["data"]["duplicate_of"].is_string())
            .map(|v| {
                let d = &v["data"];
                (
                    d["id"].as_str().unwrap().into(),
                    d["duplicate_of"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    let report: serde_json::Value = serde_json::from_slice(&run(dir.path(), None, "2").0).unwrap();
    let mut marked: Vec<(String, String)> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["duplicate_of"].is_string())
        .map(|d| {
            (
                d["id"].as_str().unwrap().into(),
                d["duplicate_of"].as_str().unwrap().into(),
            )
        })
        .collect();
    marked.sort();
    let mut extracted = duplicates(&whole.0);
    extracted.sort();
    assert!(marked.len() >= 5, "{marked:?}");
    assert_eq!(extracted, marked, "extract marks what timeline marks");
    assert_eq!(whole.1.matches("newsx: skipped").count(), 5, "{}", whole.1);
    assert_eq!(whole.1.matches("newsx: warning").count(), 4, "{}", whole.1);
    for chunk in ["1", "2", "5"] {
        let got = extract(Some(chunk));
        assert!(
            got.0 == whole.0,
            "lines differ with NEWSX_CHUNK_SIZE={chunk}"
        );
        assert_eq!(got.1, whole.1, "stderr, chunk {chunk}");
    }
}

/// A French-looking text of 120 words, different for every `seed` (no two
/// share a run of four words by more than chance).
fn text_of(seed: u64) -> String {
    const WORDS: [&str; 40] = [
        "le",
        "la",
        "de",
        "et",
        "les",
        "des",
        "un",
        "une",
        "dans",
        "pour",
        "sur",
        "avec",
        "ministre",
        "ville",
        "rapport",
        "conseil",
        "semaine",
        "projet",
        "maire",
        "habitants",
        "route",
        "école",
        "budget",
        "réunion",
        "quartier",
        "marché",
        "travaux",
        "région",
        "associations",
        "commune",
        "annonce",
        "dossier",
        "équipe",
        "saison",
        "public",
        "nouveau",
        "grand",
        "prochain",
        "local",
        "premier",
    ];
    let mut x = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    let mut words = Vec::new();
    for _ in 0..120 {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        words.push(WORDS[(x >> 33) as usize % WORDS.len()]);
    }
    format!("{}.\n", words.join(" "))
}

/// More inputs than the old chunk of 64 (issue 18, item 8): the copy at
/// position 70 of the text at position 1 is marked a duplicate of it, as
/// `timeline` marks it, whatever the chunk size.
#[test]
fn extract_marks_duplicates_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    for n in 1..=70u64 {
        let seed = if n == 70 { 1 } else { n };
        std::fs::write(dir.path().join(format!("{n:02}.txt")), text_of(seed)).unwrap();
    }
    let extract =
        |chunk: Option<&str>| newsx(&["extract", "-q"], &[dir.path().to_path_buf()], chunk).0;
    let lines = extract(None);
    let documents: Vec<serde_json::Value> = String::from_utf8_lossy(&lines)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["kind"] == "document")
        .map(|v| v["data"].clone())
        .collect();
    assert_eq!(documents.len(), 70);
    // analysed (off the default story, which does not matter here)
    assert!(
        documents.iter().all(|d| d["status"] != "skipped"),
        "{documents:?}"
    );
    let marked: Vec<(&str, &str)> = documents
        .iter()
        .filter_map(|d| Some((d["id"].as_str()?, d["duplicate_of"].as_str()?)))
        .collect();
    assert_eq!(marked, [("70", "01")]);
    for chunk in ["8", "64"] {
        assert!(extract(Some(chunk)) == lines, "NEWSX_CHUNK_SIZE={chunk}");
    }
}
