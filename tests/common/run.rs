//! Running the built binary on a fixture and reading what it printed: one
//! version for the test crates that used to keep their own.

use newsx::model::{DocumentRecord, Report};

/// `newsx ARGS`, which must succeed: its standard output and standard error.
pub fn succeed(args: &[&str]) -> (String, String) {
    let out = super::newsx().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "newsx {args:?}: {stderr}");
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    (stdout, stderr)
}

/// `newsx timeline INPUT ARGS --format json`: the documents of the report
/// and the run's standard error.
pub fn timeline_documents(input: &str, args: &[&str]) -> (Vec<DocumentRecord>, String) {
    let mut all = vec!["timeline", input];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let (stdout, stderr) = succeed(&all);
    let report: Report = serde_json::from_str(&stdout).expect("the JSON report");
    (report.documents, stderr)
}
