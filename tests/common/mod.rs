//! Helpers shared by the integration tests: running the binary and reading
//! what it printed. Each test crate uses a part of them, hence the
//! `dead_code` allowance (a test crate compiles this module on its own).
#![allow(dead_code)]

pub mod dates;
pub mod run;
pub mod timeline_score;

use assert_cmd::Command;
use newsx::model::Report;
use serde_json::Value;
use std::path::Path;

/// The newsx binary built for these tests.
pub fn newsx() -> Command {
    Command::cargo_bin("newsx").unwrap()
}

/// The repository root, so that tests do not depend on their working folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Standard output of a run that must succeed; a failure shows its stderr.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// `newsx ARGS` must succeed: its standard output.
pub fn run(args: &[&str]) -> String {
    stdout_of(newsx().args(args))
}

/// `newsx timeline ARGS --format json`, parsed into the typed report.
pub fn timeline_report(args: &[&str]) -> Report {
    let json = stdout_of(
        newsx()
            .arg("timeline")
            .args(args)
            .args(["--format", "json"]),
    );
    serde_json::from_str(&json).expect("stdout is the JSON report and nothing else")
}

/// The `documents` of a JSON report and the run's stderr, whatever its
/// exit status (for inputs that are skipped with a message).
pub fn documents_and_stderr(out: std::process::Output) -> (Vec<Value>, String) {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("bad JSON ({e}); stderr: {stderr}"));
    (json["documents"].as_array().unwrap().clone(), stderr)
}

/// The document whose path ends with `path_end`.
pub fn doc<'a>(docs: &'a [Value], path_end: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(path_end))
        .unwrap_or_else(|| panic!("no document {path_end} in {docs:#?}"))
}

/// One sentence of French news with a person, a place, a date and an event.
pub const ARRIVAL: &str = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine qui pourrait voir les deux nations accroître leur coopération militaire.\n";

/// French month names, written by hand: the tests' own oracle, kept apart
/// from `data/calendar-fr.toml` on purpose (a test must not read the table
/// of the code it checks).
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// French weekday names from Monday, written by hand (see [`MONTHS`]).
pub const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
