//! Reads French date phrases, one per line on standard input, and prints how
//! `newsx` resolves each at a reference day: the interval, its precision, the
//! rule and the text covered. A developer's look-up while writing date rules
//! and their generated tests.
//!
//!     printf 'mardi prochain\nle 1er au 10 juillet\n' |
//!         cargo run --release --example resolve_phrase -- 2013-02-12
//!
//! The reference day defaults to 2013-02-12 (a Tuesday). A line may also be
//! `YYYY-MM-DD<TAB>phrase` to give its own reference day.

use chrono::NaiveDate;
use newsx::temporal::resolve_phrase;
use std::io::BufRead;

fn main() {
    let default = std::env::args()
        .nth(1)
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2013, 2, 12).expect("a valid day"));
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let (reference, phrase) = match line.split_once('\t') {
            Some((day, phrase)) => match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                Ok(day) => (day, phrase),
                Err(_) => (default, line.as_str()),
            },
            None => (default, line.as_str()),
        };
        if phrase.trim().is_empty() {
            continue;
        }
        match resolve_phrase(phrase, reference) {
            Some(t) => {
                let when = t.interval.map_or_else(
                    || "unresolved".to_string(),
                    |i| format!("{}..{} {:?}", i.start, i.end, i.precision),
                );
                println!("{phrase:<40} {when:<32} {} [{}]", t.rule, t.text);
            }
            None => println!("{phrase:<40} -"),
        }
    }
}
