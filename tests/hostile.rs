//! The binary against hostile inputs and faults (issue 19): output files
//! that are not files, interrupted runs, closed pipes, odd input files,
//! broken metadata and stray bytes. Every case is built in a temporary
//! folder; none needs a timing.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Stdio;

const FR: &str = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine qui pourrait voir les deux nations accroître leur coopération militaire.\n";

fn newsx() -> Command {
    Command::cargo_bin("newsx").unwrap()
}

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
