//! Snapshots of whole outputs on corpus/: every change to what users see is
//! reviewed (`cargo insta review`, or INSTA_UPDATE=always then `git diff`).

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("newsx")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn timeline_text_of_the_corpus() {
    insta::assert_snapshot!(run(&["timeline", "corpus/", "--color", "never"]));
}

#[test]
fn timeline_json_of_the_corpus() {
    insta::assert_snapshot!(run(&["timeline", "corpus/", "--format", "json"]));
}

#[test]
fn timeline_text_of_the_fixture_story() {
    insta::assert_snapshot!(run(&[
        "timeline",
        "tests/fixtures/story",
        "--color",
        "never"
    ]));
}
