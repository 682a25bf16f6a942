//! The binary on bad and unusual inputs: every input file is either analysed
//! or skipped with a reason, on stderr and in the JSON `documents`.

mod common;

use common::{ARRIVAL as FR, doc, documents_and_stderr, newsx};
use serde_json::Value;
use std::path::Path;

fn fixtures() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/inputs"
    ))
}

/// Run `timeline --format json` and return (documents, stderr).
fn run(args: &[&str]) -> (Vec<Value>, String) {
    let out = newsx()
        .arg("timeline")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    documents_and_stderr(out)
}

fn reason(d: &Value) -> &str {
    d["reason"].as_str().unwrap_or("")
}

#[test]
fn bad_files_are_skipped_with_reasons_and_counted() {
    let dir = fixtures().join("bad");
    let (docs, stderr) = run(&[dir.to_str().unwrap()]);
    for (file, why) in [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("undecodable.txt", "not UTF-8 text and no known encoding"),
        ("english.txt", "not French"),
        ("corpus.jsonl:2", "line 2: invalid JSON"),
        ("corpus.jsonl:5", "no text field"),
    ] {
        let d = doc(&docs, file);
        assert_eq!(d["status"], "skipped", "{file}");
        assert!(reason(d).contains(why), "{file}: {}", reason(d));
        assert!(
            stderr.contains(&format!("newsx: skipped {}", d["path"].as_str().unwrap())),
            "{file} not on stderr: {stderr}"
        );
    }
    for (file, encoding) in [
        ("windows-1252.txt", "windows-1252"),
        ("utf16.txt", "UTF-16LE"),
        ("utf8-bom-crlf.txt", "UTF-8"),
        ("cr-only.txt", "UTF-8"),
        ("front-matter.md", "UTF-8"),
        ("corpus.jsonl:1", "UTF-8"),
        ("corpus.jsonl:4", "UTF-8"),
    ] {
        let d = doc(&docs, file);
        assert_eq!(d["status"], "ok", "{file}: {}", reason(d));
        assert_eq!(d["encoding"], encoding, "{file}");
    }
    // count check: 10 text files + 4 JSON Lines records
    let ok = docs.iter().filter(|d| d["status"] == "ok").count();
    let skipped = docs.iter().filter(|d| d["status"] == "skipped").count();
    assert_eq!(ok + skipped, 14);
    assert_eq!(docs.len(), 14);
    let fm = doc(&docs, "front-matter.md");
    assert_eq!(fm["published"]["source"], "front_matter");
    assert_eq!(fm["title"], "Kim Jong-un arrive en Russie");
    // the same wire story under several names
    assert!(docs.iter().any(|d| d["duplicate_of"].is_string()));
}

#[test]
fn lang_check_off_reads_english() {
    let f = fixtures().join("bad/english.txt");
    let (docs, _) = run(&[f.to_str().unwrap(), "--lang-check", "off"]);
    assert_eq!(docs[0]["status"], "ok");
}

#[test]
fn precedence_command_line_over_front_matter_over_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        format!("---\npublished: 2023-09-12\n---\n{FR}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), FR.replace("mardi", "hier")).unwrap();
    std::fs::write(
        dir.path().join("metadata.csv"),
        "file,published,title,source,url\na.txt,2020-01-01,,,\nb.txt,2021-02-03,Titre B,,\n",
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let (docs, _) = run(&[d]);
    assert_eq!(docs.len(), 2, "the sidecar is not an input");
    assert_eq!(doc(&docs, "a.txt")["published"]["start"], "2023-09-12");
    assert_eq!(doc(&docs, "b.txt")["published"]["start"], "2021-02-03");
    assert_eq!(doc(&docs, "b.txt")["published"]["source"], "metadata");
    let (docs, _) = run(&[d, "--published", "2024-01-01"]);
    assert_eq!(doc(&docs, "a.txt")["published"]["source"], "command_line");
}

#[test]
fn size_limit_and_glob() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.txt"), FR.repeat(50)).unwrap();
    std::fs::write(dir.path().join("note.html"), FR).unwrap();
    let d = dir.path().to_str().unwrap();
    let (docs, stderr) = run(&[d, "--max-file-size", "1000"]);
    assert_eq!(docs.len(), 1);
    assert!(reason(&docs[0]).contains("over the limit"));
    assert!(stderr.contains("big.txt"));
    let (docs, _) = run(&[d, "--glob", "*.html"]);
    assert_eq!(docs.len(), 1);
    assert!(docs[0]["path"].as_str().unwrap().ends_with("note.html"));
}

#[test]
fn standard_input_text_and_jsonl() {
    let out = newsx()
        .args(["normalize", "-"])
        .write_stdin(format!("Publicité\n\n{FR}"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), FR);
    let line = serde_json::json!({"id": "x", "text": FR}).to_string();
    let out = newsx()
        .args([
            "timeline",
            "-",
            "--input-format",
            "jsonl",
            "--format",
            "json",
        ])
        .write_stdin(format!("{line}\nnot json\n"))
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(doc(docs, "-:1")["id"], "x");
    assert_eq!(doc(docs, "-:2")["status"], "skipped");
}

#[cfg(unix)]
#[test]
fn links_loops_names_and_permissions() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("good.txt"), FR).unwrap();
    symlink(root.join("missing.txt"), root.join("broken.txt")).unwrap();
    symlink(root.join("loop-b.txt"), root.join("loop-a.txt")).unwrap();
    symlink(root.join("loop-a.txt"), root.join("loop-b.txt")).unwrap();
    std::fs::create_dir(root.join("sub")).unwrap();
    symlink(root, root.join("sub/up")).unwrap(); // a directory loop
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(root.join(name), FR).unwrap();
    let locked = root.join("locked.txt");
    std::fs::write(&locked, FR).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_user = std::fs::read(&locked).is_ok(); // root reads anything

    let (docs, stderr) = run(&[root.to_str().unwrap()]);
    assert_eq!(doc(&docs, "good.txt")["status"], "ok");
    assert!(reason(doc(&docs, "broken.txt")).contains("broken symbolic link"));
    assert!(reason(doc(&docs, "loop-a.txt")).contains("symbolic link loop"));
    assert!(
        docs.iter()
            .any(|d| reason(d).contains("directory already visited")),
        "{docs:?}"
    );
    // a non-UTF-8 file name is read, shown with a replacement char
    assert_eq!(doc(&docs, "caf\u{fffd}.txt")["status"], "ok");
    let l = doc(&docs, "locked.txt");
    if root_user {
        assert_eq!(l["status"], "ok");
    } else {
        assert_eq!(l["status"], "skipped");
        assert!(reason(l).contains("permission denied"));
        assert!(stderr.contains("locked.txt: cannot read: permission denied"));
    }
    // nothing lost: every entry of the walk is in the output exactly once
    // (good, café, locked, broken, loop-a, loop-b, and the directory loop)
    assert_eq!(docs.len(), 7, "{docs:?}");
}

#[test]
fn missing_path_is_reported() {
    let (docs, stderr) = run(&[
        "/nonexistent/newsx/x.txt",
        fixtures().join("bad/utf16.txt").to_str().unwrap(),
    ]);
    let d = doc(&docs, "x.txt");
    assert_eq!(d["status"], "skipped");
    assert!(reason(d).contains("no such file"));
    assert!(stderr.contains("newsx: skipped /nonexistent/newsx/x.txt: no such file"));
}

#[test]
fn normalize_json_has_offsets_rules_and_header_date() {
    let f = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/000_3556c82baabcb37e.txt");
    let out = newsx()
        .args(["normalize", f.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["encoding"], "UTF-8");
    assert_eq!(v["header_date"]["date"], "2024-05-25");
    let original = std::fs::read_to_string(&f).unwrap();
    let chars: Vec<char> = original.chars().collect();
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["original_start"].as_u64().unwrap() as usize,
            s["original_end"].as_u64().unwrap() as usize,
        );
        let quote: String = chars[a..b].iter().collect();
        let key = |t: &str| -> String { t.chars().filter(|c| c.is_alphanumeric()).collect() };
        assert_eq!(key(&quote), key(s["text"].as_str().unwrap()));
    }
    let rules: Vec<&str> = v["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"weather") && rules.contains(&"advertisement"));
}

/// `normalize --format json` marks the sentences of notes of references
/// (`note: true`) and no other: the numbered lines after a `Notes` heading
/// and a line opening on `[n]`, each after an ordinary paragraph.
#[test]
fn normalize_json_marks_notes_of_references() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("note.txt");
    std::fs::write(
        &f,
        "Le sommet s'est tenu à Vladivostok.\n\nLes deux dirigeants ont signé un accord.\n\n\
         Notes\n\n1. Déclaration de Moscou, 4 août 2001.\n\n\
         [2] Voir aussi le communiqué du Kremlin.\n",
    )
    .unwrap();
    let out = newsx()
        .args(["normalize", f.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let marked: Vec<(String, bool)> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["text"].as_str().unwrap().to_string(),
                s["note"].as_bool().unwrap(),
            )
        })
        .collect();
    let note_of = |start: &str| {
        marked
            .iter()
            .find(|(t, _)| t.starts_with(start))
            .map(|(_, n)| *n)
            .unwrap_or_else(|| panic!("no sentence {start:?} in {marked:?}"))
    };
    assert!(!note_of("Le sommet"));
    assert!(!note_of("Les deux dirigeants"));
    assert!(note_of("Déclaration de Moscou"));
    assert!(note_of("[2] Voir aussi"));
}
