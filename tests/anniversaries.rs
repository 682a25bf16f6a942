//! Anniversaries as dates (docs/dates.md, data/anniversaries.toml): every
//! name of every event × every way of counting (`70e`, `70ème`,
//! `soixante-dixième`, `les 70 ans`, `centenaire`) × every article, in a
//! sentence read at a day far from the anniversary. The expected day is
//! computed here from the data file with chrono: the event's day that many
//! years on, or its whole year when the event has no single day.

use chrono::{Datelike, NaiveDate};
use newsx::temporal::resolve_phrase;

struct Event {
    words: Vec<String>,
    date: String,
}

/// The data file, read by the test itself (toml), not by the code under test.
fn events() -> Vec<Event> {
    let body = std::fs::read_to_string("data/anniversaries.toml").unwrap();
    let table: toml::Table = body.parse().unwrap();
    table["event"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| Event {
            words: e["words"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w.as_str().unwrap().to_string())
                .collect(),
            date: e["date"].as_str().unwrap().to_string(),
        })
        .collect()
}

/// The interval the `n`th anniversary covers.
fn expected(date: &str, n: i32) -> (NaiveDate, NaiveDate) {
    match NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        Ok(d) => {
            let y = d.year() + n;
            let day = NaiveDate::from_ymd_opt(y, d.month(), d.day())
                .unwrap_or_else(|| NaiveDate::from_ymd_opt(y, d.month(), 28).unwrap());
            (day, day)
        }
        Err(_) => {
            let y: i32 = date.parse::<i32>().unwrap() + n;
            (
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap(),
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap(),
            )
        }
    }
}

/// `de la X`, `du X`, `de l'X`: the rule takes whichever article is written.
fn articles(name: &str) -> Vec<String> {
    if name.starts_with(['a', 'e', 'é', 'i', 'o', 'u']) {
        vec![format!("de l'{name}"), format!("de l’{name}")]
    } else {
        vec![
            format!("de la {name}"),
            format!("du {name}"),
            format!("des {name}"),
        ]
    }
}

fn counts(n: i32) -> Vec<String> {
    let words = [
        (70, "soixante-dixième"),
        (80, "quatre-vingtième"),
        (25, "vingt-cinquième"),
    ];
    let mut out: Vec<String> = ["e", "ème", "ᵉ"]
        .iter()
        .map(|s| format!("{n}{s} anniversaire"))
        .collect();
    out.push(format!("{n} ans"));
    out.extend(
        words
            .iter()
            .filter(|(k, _)| *k == n)
            .map(|(_, w)| format!("{w} anniversaire")),
    );
    if n == 100 {
        out.push("centenaire".into());
    }
    out
}

#[test]
fn every_event_every_count_every_article_gives_its_day() {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for event in events() {
        for name in &event.words {
            for n in [25, 70, 80, 100] {
                for count in counts(n) {
                    for article in articles(name) {
                        let phrase = format!("le défilé organisé pour le {count} {article}");
                        checked += 1;
                        let want = expected(&event.date, n);
                        let got = resolve_phrase(&phrase, reference)
                            .filter(|t| t.rule == "anniversary")
                            .and_then(|t| t.interval)
                            .map(|i| (i.start, i.end));
                        if got != Some(want) {
                            failures.push(format!("{phrase:?}: {got:?}, want {want:?}"));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 500, "{checked}");
    assert!(
        failures.is_empty(),
        "{} of {checked}:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

/// Not anniversaries of a known event: a birthday, an event the data does
/// not list or lists as ambiguous, an age.
#[test]
fn other_anniversaries_and_ages_are_not_dated_by_the_rule() {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    for phrase in [
        "le 70e anniversaire de Kim",
        "le 70e anniversaire de la victoire",
        "le 70e anniversaire de la guerre de Corée",
        "un homme de 80 ans de la région",
        "le 80e anniversaire de sa mère",
    ] {
        let t = resolve_phrase(phrase, reference);
        assert!(
            t.as_ref().is_none_or(|t| t.rule != "anniversary"),
            "{phrase}: {t:?}"
        );
    }
}
