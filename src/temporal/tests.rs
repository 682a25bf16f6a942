//! Whole-text tests of the temporal stage.

use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn run(text: &str, published: Option<NaiveDate>) -> Vec<Timex> {
    extract_str(
        text,
        &[Span::new(0, text.len())],
        published.map(DateInterval::day),
    )
}

fn find<'a>(all: &'a [Timex], text: &str) -> &'a Timex {
    all.iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("{text} not in {all:#?}"))
}
