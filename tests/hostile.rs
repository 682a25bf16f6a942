//! The binary against hostile inputs and faults (issue 19): output files
//! that are not files, interrupted runs, closed pipes, odd input files,
//! broken metadata and stray bytes. Every case is built in a temporary
//! folder; none needs a timing.

mod common;

use common::{ARRIVAL as FR, doc, documents_and_stderr, newsx};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("newsx")
}

/// A folder with one French article.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), FR).unwrap();
    dir
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("newsx-tmp"))
        .collect()
}

const FORMATS: [&str; 7] = [
    "text",
    "json",
    "jsonl",
    "csv",
    "markdown",
    "html",
    "timelinejs",
];

#[test]
fn output_dash_is_standard_output() {
    let c = corpus();
    let out = newsx()
        .current_dir(c.path())
        .args(["timeline", "a.txt", "--format", "json", "-o", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][0]["status"], "ok");
    assert!(!c.path().join("-").exists(), "wrote a file named -");
}

/// A device node of our own (a copy of /dev/null's numbers) when the
/// tests run as root, a FIFO otherwise: never the system's `/dev/null`,
/// which a regression would replace with a regular file.
fn special_file(dir: &Path) -> PathBuf {
    let path = dir.join("null");
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    let dev = libc::makedev(1, 3);
    if unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, dev) } != 0 {
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    }
    path
}

#[test]
fn output_onto_a_device_a_directory_or_a_link_to_one_is_refused() {
    let c = corpus();
    let special = special_file(c.path());
    let link = c.path().join("null.json");
    std::os::unix::fs::symlink(&special, &link).unwrap();
    for target in [special.as_path(), c.path(), &link] {
        let out = newsx()
            .arg("timeline")
            .arg(c.path())
            .arg("-o")
            .arg(target)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", target.display());
        assert!(
            stderr.contains("only replaces regular files"),
            "{}: {stderr}",
            target.display()
        );
    }
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link was replaced");
    assert!(leftovers(c.path()).is_empty());
}

#[test]
fn output_through_a_link_replaces_its_target() {
    let c = corpus();
    let real = c.path().join("real.json");
    std::fs::write(&real, "old").unwrap();
    let link = c.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    newsx()
        .arg("timeline")
        .arg(c.path().join("a.txt"))
        .args(["--format", "json", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let json: Value = serde_json::from_slice(&std::fs::read(&real).unwrap()).unwrap();
    assert!(json["documents"].is_array());
}

#[test]
fn a_planted_link_at_the_old_temporary_name_is_not_followed() {
    let c = corpus();
    let victim = c.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    std::os::unix::fs::symlink(&victim, c.path().join(".out.json.newsx-tmp")).unwrap();
    newsx()
        .arg("timeline")
        .arg(c.path().join("a.txt"))
        .args(["--format", "json", "-o"])
        .arg(c.path().join("out.json"))
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
}

/// SIGTERM or SIGINT during a run: the temporary output file goes, the
/// target is not created, the exit code says which signal.
#[test]
fn an_interrupted_run_removes_its_temporary_file() {
    for (signal, name) in [(libc::SIGTERM, "TERM"), (libc::SIGINT, "INT")] {
        let c = corpus();
        let out = c.path().join("out.json");
        // standard input held open: the run waits on it, with the output open
        let mut child = std::process::Command::new(bin())
            .args(["timeline", "-", "-o"])
            .arg(&out)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut waited = 0;
        while leftovers(c.path()).is_empty() {
            std::thread::sleep(std::time::Duration::from_millis(50));
            waited += 1;
            assert!(waited < 1200, "no temporary file after 60 s");
        }
        unsafe { libc::kill(child.id() as i32, signal) };
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(128 + signal), "SIG{name}");
        assert!(leftovers(c.path()).is_empty(), "SIG{name}: temporary left");
        assert!(!out.exists());
    }
}

/// Standard output closed (`>&-`): an error, not a lost report and exit 0.
#[test]
fn closed_standard_output_is_an_error() {
    let c = corpus();
    for format in FORMATS {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "'{}' timeline '{}' --format {format} >&-",
                bin().display(),
                c.path().display()
            ))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{format}: {stderr}");
        assert!(stderr.contains("standard output is closed"), "{stderr}");
    }
    // a redirection to /dev/null is not a closed output
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' timeline '{}' >/dev/null",
            bin().display(),
            c.path().display()
        ))
        .output()
        .unwrap();
    assert!(out.status.success());
}

/// A reader that stops early (`| head -c 10`, `| true`) is success, quietly,
/// in every format.
#[test]
fn a_closed_pipe_is_a_quiet_success_in_every_format() {
    let c = corpus();
    for format in FORMATS {
        // `true` exits at once: the first write meets a closed pipe
        let readers: &[&str] = if format == "json" || format == "text" {
            &["head -c 10 >/dev/null", "true"]
        } else {
            &["true"]
        };
        for reader in readers {
            let out = std::process::Command::new("bash")
                .arg("-c")
                .arg(format!(
                    "'{}' timeline '{}' --format {format} | {reader}; exit ${{PIPESTATUS[0]}}",
                    bin().display(),
                    c.path().display()
                ))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "{format} | {reader}: {stderr}");
            assert!(!stderr.contains("Broken pipe"), "{format}: {stderr}");
        }
    }
}

/// Run `timeline --format json` on `args`: (documents, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (Vec<Value>, String) {
    let out = std::process::Command::new(bin())
        .arg("timeline")
        .args(args)
        .args(["--format", "json"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    documents_and_stderr(out)
}

fn os(p: &Path) -> &std::ffi::OsStr {
    p.as_os_str()
}

/// A FIFO, a socket and links to endless devices inside a folder are
/// reported and never opened: the run does not block or fill memory.
#[test]
fn special_files_inside_a_folder_are_skipped_without_blocking() {
    let c = corpus();
    let dir = c.path();
    let fifo = std::ffi::CString::new(dir.join("fifo.txt").to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("socket.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", dir.join("random.jsonl")).unwrap();
    let (docs, stderr) = run(&[os(dir)]);
    for (file, kind) in [
        ("fifo.txt", "a FIFO"),
        ("socket.txt", "a socket"),
        ("zero.txt", "a device"),
        ("random.jsonl", "a device"),
    ] {
        let d = doc(&docs, file);
        assert_eq!(d["status"], "skipped");
        let reason = d["reason"].as_str().unwrap();
        assert!(
            reason.contains(&format!("not a regular file ({kind})")),
            "{reason}"
        );
        assert!(
            stderr.contains(&format!("{file}: not a regular file")),
            "{stderr}"
        );
    }
    assert_eq!(doc(&docs, "a.txt")["status"], "ok");
}

/// Endless inputs named on the command line or piped in stop at
/// `--max-file-size`, read with a limit.
#[test]
fn the_size_limit_applies_while_reading_every_input() {
    let c = corpus();
    let zero_jsonl = c.path().join("zero.jsonl");
    std::os::unix::fs::symlink("/dev/zero", &zero_jsonl).unwrap();
    for input in [Path::new("/dev/zero"), zero_jsonl.as_path()] {
        let (docs, _) = run(&[os(input), "--max-file-size".as_ref(), "100000".as_ref()]);
        let reason = docs[0]["reason"].as_str().unwrap();
        assert!(
            reason.contains("over the limit of 100000 bytes"),
            "{reason}"
        );
    }
    // standard input, larger than the limit
    let out = newsx()
        .args([
            "timeline",
            "-",
            "--max-file-size",
            "1000",
            "--format",
            "json",
        ])
        .write_stdin(FR.repeat(20))
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let reason = json["documents"][0]["reason"].as_str().unwrap();
    assert!(reason.contains("over the limit of 1000 bytes"), "{reason}");
    // a JSON Lines file: the long line is skipped, the next one read
    let jsonl = c.path().join("c.jsonl");
    let line = |id: &str, text: &str| serde_json::json!({"id": id, "text": text}).to_string();
    std::fs::write(
        &jsonl,
        format!("{}\n{}\n", line("long", &FR.repeat(20)), line("short", FR)),
    )
    .unwrap();
    let (docs, _) = run(&[os(&jsonl), "--max-file-size".as_ref(), "1000".as_ref()]);
    assert!(
        doc(&docs, "c.jsonl:1")["reason"]
            .as_str()
            .unwrap()
            .contains("line 1: over the limit")
    );
    assert_eq!(doc(&docs, "c.jsonl:2")["status"], "ok");
}

/// A FIFO named on the command line is read, like standard input.
#[test]
fn a_fifo_named_on_the_command_line_is_read() {
    let c = corpus();
    let fifo = c.path().join("pipe.txt");
    let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, FR).unwrap())
    };
    let (docs, stderr) = run(&[os(&fifo)]);
    writer.join().unwrap();
    assert_eq!(doc(&docs, "pipe.txt")["status"], "ok", "{stderr}");
}

/// Two inputs with one id stay two documents, with a warning naming both.
#[test]
fn same_ids_become_distinct_with_a_warning() {
    let c = corpus();
    for sub in ["a", "b"] {
        std::fs::create_dir(c.path().join(sub)).unwrap();
        std::fs::write(c.path().join(sub).join("x.txt"), FR).unwrap();
    }
    let line = serde_json::json!({"id": "k", "text": FR}).to_string();
    std::fs::write(c.path().join("c.jsonl"), format!("{line}\n{line}\n")).unwrap();
    let (docs, stderr) = run(&[os(c.path())]);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    for id in ["x", "x-2", "k", "k-2", "a"] {
        assert_eq!(ids.iter().filter(|i| **i == id).count(), 1, "{id}: {ids:?}");
    }
    assert_eq!(doc(&docs, "b/x.txt")["id"], "x-2");
    assert_eq!(doc(&docs, "c.jsonl:2")["id"], "k-2");
    assert!(
        stderr.contains("b/x.txt: id x is already used by"),
        "{stderr}"
    );
    assert!(
        stderr.contains("c.jsonl:2: id k is already used by"),
        "{stderr}"
    );
    assert!(docs.iter().all(|d| d["status"] == "ok"), "{docs:#?}");
}

/// Metadata problems, a stray byte and broken front matter reach stderr as
/// warnings naming file and line, even without `-v`; `-q` silences them.
#[test]
fn loading_problems_are_warnings_with_file_and_line() {
    let c = corpus();
    let dir = c.path();
    std::fs::write(
        dir.join("metadata.csv"),
        "file,published,title\na.txt,2023-09-12,\"Titre\nb.txt,2023-09-20/2023-09-01,T\n",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), FR).unwrap();
    let mut stray = FR.as_bytes().to_vec();
    stray.insert(5, 0xE9);
    std::fs::write(dir.join("stray.txt"), &stray).unwrap();
    std::fs::write(dir.join("front.txt"), format!("---\ntitle: Kim\n{FR}")).unwrap();
    std::fs::write(dir.join("zwsp.txt"), "\u{200B}\u{00A0}\n\u{FEFF}").unwrap();
    let (docs, stderr) = run(&[os(dir)]);
    for expected in [
        "metadata.csv:2: unbalanced quote; row ignored",
        "metadata.csv:3: published '2023-09-20/2023-09-01' ends before it starts",
        "stray.txt: 1 byte is not valid UTF-8, the first at byte 5",
        "front.txt:3: broken front matter",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    let stray = doc(&docs, "stray.txt");
    assert_eq!(stray["encoding"], "UTF-8");
    assert_eq!(doc(&docs, "b.txt")["status"], "ok");
    // the reversed interval is not used (nor swapped into a date)
    let published = &doc(&docs, "b.txt")["published"];
    assert_ne!(published["source"], "metadata", "{published}");
    assert!(
        doc(&docs, "zwsp.txt")["reason"]
            .as_str()
            .unwrap()
            .starts_with("empty file")
    );
    let quiet = newsx().arg("timeline").arg(dir).arg("-q").output().unwrap();
    assert!(!String::from_utf8_lossy(&quiet.stderr).contains("warning"));
}

/// A deep folder tree is walked to the bottom (the walk no longer
/// canonicalizes every level, which made it cubic in depth), and a link
/// back up is still a loop, reported once.
#[test]
fn a_deep_tree_is_walked_and_a_loop_in_it_reported() {
    let c = tempfile::tempdir().unwrap();
    let mut dir = c.path().to_path_buf();
    for _ in 0..300 {
        dir.push("d");
    }
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("deep.txt"), FR).unwrap();
    std::os::unix::fs::symlink(c.path(), dir.join("up")).unwrap();
    let (docs, stderr) = run(&[os(c.path())]);
    assert_eq!(doc(&docs, "deep.txt")["status"], "ok", "{stderr}");
    let loops: Vec<&Value> = docs
        .iter()
        .filter(|d| d["reason"].as_str().is_some_and(|r| r.contains("loop")))
        .collect();
    assert_eq!(loops.len(), 1, "{docs:#?}");
    assert!(loops[0]["path"].as_str().unwrap().ends_with("/up"));
}

/// Pathological page shapes (stop 39, `scripts/stress-shapes`): each made
/// a stage read back over the whole page for every name or report, a cost
/// that grows with the square of the page. At these sizes a linear run
/// takes seconds in a debug build, and the quadratic ones took minutes; no
/// timing is asserted: the run completes and its output is sane.
fn stress_report(name: &str, text: &str) -> newsx::model::Report {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    let out = std::process::Command::new(bin())
        .arg("timeline")
        .arg(dir.path().join(name))
        .args(["--format", "json", "-q", "--published", "2024-01-15"])
        .args(["--max-file-size", "100000000", "--lang-check", "off"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: newsx::model::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].status, newsx::model::DocStatus::Ok);
    report
}

/// A made-up capitalised surname per number, all distinct (`Babeli`,
/// `Bebeli`…): no gazetteer entry, so only the rules name them.
fn surname(i: usize) -> String {
    const SYL: [&str; 10] = ["ba", "be", "bi", "bo", "da", "de", "di", "do", "ka", "ke"];
    let word =
        format!("{}{}{}li", SYL[i % 10], SYL[i / 10 % 10], SYL[i / 100 % 10]) + SYL[i / 1000 % 10];
    let mut c = word.chars();
    c.next().unwrap().to_uppercase().chain(c).collect()
}

fn people_named(report: &newsx::model::Report) -> usize {
    report
        .entities
        .iter()
        .filter(|e| e.entity_type == newsx::model::EntityType::Person)
        .count()
}

/// Thousands of people, each named after an honorific and taken up by a
/// pronoun, in a story article: the events stage copied every person
/// named so far for each clause and read them all for each pronoun
/// (`keep_latest_people`), and the honorific rule folded every name found
/// so far (`Out::person_with_last_word_before`): at 100 KB, 28 s in a release
/// build before, 0.9 s after.
#[test]
fn a_page_of_thousands_of_people_and_pronouns_completes() {
    let mut text =
        String::from("Kim Jong-un est arrivé en Russie pour rencontrer Vladimir Poutine. ");
    let mut i = 0;
    while text.len() < 30_000 {
        text += &format!(
            "M. {} est arrivé à Moscou. Il a rencontré Mme {} en Russie. ",
            surname(i),
            surname(i + 5000)
        );
        i += 1;
    }
    let report = stress_report("people.txt", &text);
    assert!(people_named(&report) > 300, "{}", people_named(&report));
    assert!(!report.events.is_empty());
}

/// Thousands of names each followed by a bracket (`Jean Babeli (Corée du
/// Nord)`): the entity rules scanned every mention found so far for an
/// overlap and for a person ending before the bracket (`Out::by_start`).
#[test]
fn a_bracket_after_each_of_thousands_of_names_completes() {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 50_000 {
        text += &format!("Jean {} (Corée du Nord) a visité Moscou, ", surname(i));
        i += 1;
    }
    text += "a annoncé l'agence.\n";
    let report = stress_report("brackets.txt", &text);
    assert!(people_named(&report) > 500, "{}", people_named(&report));
}

/// Thousands of short lines reporting one act: consolidation read every
/// report of an event for each new one compared with it (its places,
/// types and modalities, now gathered at `Cluster::push`).
#[test]
fn thousands_of_reports_of_one_act_complete() {
    let mut text = String::new();
    while text.len() < 50_000 {
        text += "Vladimir Poutine a visité Pyongyang.\nIl est là.\n";
    }
    let report = stress_report("reports.txt", &text);
    assert!(!report.events.is_empty());
    assert!(report.events.len() < 10, "{}", report.events.len());
}
