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

/// The day (or `none`) a careful reader gives each page of a fixture
/// folder, from its `expected.tsv` (page id, expected, why; `#` comments).
pub fn expected_days(dir: &str) -> std::collections::BTreeMap<String, Option<String>> {
    let text = std::fs::read_to_string(format!("{dir}/expected.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let id = cols.next().unwrap().to_string();
            let day = cols.next().expect("an expected column");
            (id, (day != "none").then(|| day.to_string()))
        })
        .collect()
}

/// Runs newsx on the pages of `dir` with `--no-metadata`, with and without
/// the chronology, and checks each page's publication against
/// `expected.tsv` (which must list `pages` pages): no page gets a day
/// other than its expected one, every page but the `known_misses` gets
/// it, and at least `floor` pages get it in each run. Returns the right
/// counts of the two runs.
pub fn check_publication_days(
    dir: &str,
    pages: usize,
    known_misses: &[(&str, &str)],
    floor: usize,
) -> Vec<usize> {
    let expected = expected_days(dir);
    assert_eq!(expected.len(), pages);
    let mut counts = Vec::new();
    for args in [
        &["--no-metadata"][..],
        &["--no-metadata", "--no-chronology"],
    ] {
        let (docs, _) = timeline_documents(dir, args);
        assert_eq!(docs.len(), expected.len(), "one document per page");
        let mut right = 0;
        for d in &docs {
            let want = expected.get(&d.id).unwrap_or_else(|| panic!("{}", d.id));
            let got = d.published.as_ref().map(|p| match p.start == p.end {
                true => p.start.to_string(),
                false => format!("{}..{}", p.start, p.end),
            });
            // never a day other than the expected one
            if got.is_some() {
                assert_eq!(&got, want, "{} {args:?}: wrong day", d.id);
            }
            if &got == want {
                right += 1;
            } else {
                assert!(
                    known_misses.iter().any(|(id, _)| *id == d.id),
                    "{} {args:?}: {want:?} expected, none found",
                    d.id
                );
            }
        }
        assert!(right >= floor, "{args:?}: {right} right, floor {floor}");
        counts.push(right);
    }
    counts
}
