//! Anniversaries of dated events as dates: `le 70e anniversaire de
//! l'armistice de la guerre de Corée` is 27 July 2023, `les 80 ans de la fin
//! de la Seconde Guerre mondiale` is the year 2025. News counts anniversaries
//! of the events its readers know (a parade, a summit held "pour le 75e
//! anniversaire de la fondation du Parti"), and the count with the event's
//! date gives an absolute date with no publication date needed.
//!
//! The events and their dates are world facts: they live in
//! `data/anniversaries.toml` with their sources. The rule is in
//! [`super::rules`] (`anniversary`); this module reads the data and the
//! counts (`70e`, `soixante-dixième`, `centenaire`).

use super::lexicon::fold;
use super::numbers;
use super::resolve::Spec;
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use std::sync::LazyLock;

/// An event whose anniversaries are counted.
#[derive(Debug, Clone)]
pub struct Commemorated {
    /// The French names after `anniversaire de`, without article.
    pub words: Vec<String>,
    pub year: i32,
    /// Month and day, when the event has one day.
    pub day: Option<(u32, u32)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    event: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    words: Vec<String>,
    date: String,
    #[allow(dead_code)]
    source: String,
}

const DATA: &str = include_str!("../../data/anniversaries.toml");

/// The events of `data/anniversaries.toml`, parsed on first use. The file is
/// embedded and tested, so a parse failure is a build defect.
pub fn commemorated() -> &'static [Commemorated] {
    static EVENTS: LazyLock<Vec<Commemorated>> =
        LazyLock::new(|| parse(DATA).expect("data/anniversaries.toml is valid"));
    &EVENTS
}

/// Read an anniversaries file; a bad date names its entry.
pub fn parse(body: &str) -> Result<Vec<Commemorated>, String> {
    let file: File = toml::from_str(body).map_err(|e| e.to_string())?;
    file.event
        .into_iter()
        .map(|e| {
            let (year, day) = if let Ok(d) = NaiveDate::parse_from_str(&e.date, "%Y-%m-%d") {
                (d.year(), Some((d.month(), d.day())))
            } else {
                let y: i32 = e.date.parse().map_err(|_| {
                    format!(
                        "{:?}: date {:?} is neither YYYY-MM-DD nor YYYY",
                        e.words, e.date
                    )
                })?;
                (y, None)
            };
            Ok(Commemorated {
                words: e.words,
                year,
                day,
            })
        })
        .collect()
}

/// Every name of every event, for the rule's pattern.
pub fn names() -> impl Iterator<Item = &'static str> {
    commemorated()
        .iter()
        .flat_map(|e| e.words.iter().map(String::as_str))
}

/// The event a name (as matched, any case or accents) stands for.
pub fn event(name: &str) -> Option<&'static Commemorated> {
    let key = squeeze(&fold(name));
    commemorated()
        .iter()
        .find(|e| e.words.iter().any(|w| squeeze(&fold(w)) == key))
}

/// Hyphens, apostrophes and runs of spaces as one space, the way the
/// pattern matches them loosely.
fn squeeze(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The count of an anniversary: `70e`, `70ème`, `soixante-dixième`,
/// `centenaire`, or the number of `les 80 ans`.
pub fn count(word: &str) -> Option<i64> {
    let w = fold(word.trim());
    let n = match w.as_str() {
        "centenaire" => 100,
        "bicentenaire" => 200,
        "tricentenaire" => 300,
        "cinquantenaire" => 50,
        "premier" => 1,
        _ => {
            let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
            if !digits.is_empty() {
                let suffix = &w[digits.len()..];
                if !["", "e", "eme", "ieme", "ᵉ"].contains(&suffix) {
                    return None;
                }
                digits.parse().ok()?
            } else {
                ordinal_word(&w)?
            }
        }
    };
    (1..=1000).contains(&n).then_some(n)
}

/// `soixante-dixième` → 70: the cardinal before `ième` (`cinquième` →
/// `cinq`, `neuvième` → `neuf`, `trentième` → `trente`).
fn ordinal_word(w: &str) -> Option<i64> {
    let stem = w.strip_suffix("ieme")?;
    let mut tries = vec![stem.to_string(), format!("{stem}e")];
    if let Some(s) = stem.strip_suffix("qu") {
        tries.push(format!("{s}q"));
    }
    if let Some(s) = stem.strip_suffix('v') {
        tries.push(format!("{s}f"));
    }
    tries.iter().find_map(|t| numbers::parse(t))
}

/// The date of the `n`th anniversary of the event named `name`.
pub fn spec(n: i64, name: &str) -> Option<Spec> {
    let e = event(name)?;
    let y = e.year.checked_add(i32::try_from(n).ok()?)?;
    if !(1..=9999).contains(&y) {
        return None;
    }
    Some(match e.day {
        // 29 February falls on 28 February in other years
        Some((m, d)) => Spec::Date {
            y: Some(y),
            m: Some(m),
            d: if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                d
            } else {
                d - 1
            },
            wd: None,
        },
        None => Spec::Year(y),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_parses_and_every_name_finds_its_event() {
        assert!(commemorated().len() >= 15);
        for e in commemorated() {
            for w in &e.words {
                let found = event(w).expect(w);
                assert_eq!((found.year, found.day), (e.year, e.day), "{w}");
            }
        }
        assert!(parse("[[event]]\nwords = [\"x\"]\ndate = \"mai 1945\"\nsource = \"s\"").is_err());
        let by_year = parse("[[event]]\nwords = [\"x\"]\ndate = \"1945\"\nsource = \"s\"").unwrap();
        assert_eq!((by_year[0].year, by_year[0].day), (1945, None));
    }

    /// Every count written in digits with every suffix, and the ordinal
    /// words of the tens, computed here from their cardinals.
    #[test]
    fn counts_in_digits_and_words() {
        for n in [1, 10, 25, 70, 75, 80, 100, 150] {
            for suffix in ["", "e", "ème", "eme", "ᵉ"] {
                assert_eq!(count(&format!("{n}{suffix}")), Some(n), "{n}{suffix}");
            }
        }
        for (cardinal, n) in [
            ("dix", 10),
            ("vingt", 20),
            ("trente", 30),
            ("quarante", 40),
            ("cinquante", 50),
            ("soixante", 60),
            ("soixante-dix", 70),
            ("quatre-vingt", 80),
            ("quatre-vingt-dix", 90),
            ("cinq", 5),
            ("neuf", 9),
            ("vingt-cinq", 25),
        ] {
            let ordinal = match cardinal {
                c if c.ends_with('q') => format!("{c}uième"),
                c if c.ends_with('f') => format!("{}vième", &c[..c.len() - 1]),
                c if c.ends_with('e') => format!("{}ième", &c[..c.len() - 1]),
                c => format!("{c}ième"),
            };
            assert_eq!(count(&ordinal), Some(n), "{ordinal}");
        }
        assert_eq!(count("centenaire"), Some(100));
        assert_eq!(count("cinquantenaire"), Some(50));
        for bad in ["70km", "deuxièmement", "x", "0", "5000e"] {
            assert_eq!(count(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_date_is_the_event_day_n_years_on() {
        for e in commemorated() {
            for n in [1, 50, 80] {
                let y = e.year + n as i32;
                let want = match e.day {
                    Some((m, d)) => Spec::Date {
                        y: Some(y),
                        m: Some(m),
                        d: if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                            d
                        } else {
                            28
                        },
                        wd: None,
                    },
                    None => Spec::Year(y),
                };
                assert_eq!(spec(n, &e.words[0]), Some(want), "{} {n}", e.words[0]);
            }
        }
        assert_eq!(spec(70, "la victoire"), None);
    }
}
