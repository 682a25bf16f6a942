//! Snapshots of whole outputs on corpus/: every change to what users see is
//! reviewed (`cargo insta review`, or INSTA_UPDATE=always then `git diff`).

mod common;

use common::run;

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
