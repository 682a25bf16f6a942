//! The publication day a source URL gives: many sites file their articles
//! under the day they published them (`/2024/03/07/`, `…-20240307-…`,
//! `/2024-03-07/`). The URL comes from the metadata, the front matter or a
//! JSON Lines record (`url`), never from the text.
//!
//! Only a whole day counts, and only when the URL gives one day: a URL
//! with two different days (a section archive, an event page) says
//! nothing. Digits glued to other digits (`/123456789/`, an article id)
//! are never read as a date.

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A publication day read from a URL, with the part of the URL it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlDay {
    pub day: NaiveDate,
    /// The characters of the URL that give it (`2024/03/07`).
    pub matched: String,
}

/// The three layouts: `2024/03/07` (path segments), `2024-03-07` or
/// `2024_03_07`, and `20240307`; each set apart from other digits.
static URL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])(?:(?P<y1>(?:19|20)\d{2})/(?P<m1>\d{1,2})/(?P<d1>\d{1,2})|(?P<y2>(?:19|20)\d{2})[-_](?P<m2>\d{2})[-_](?P<d2>\d{2})|(?P<y3>(?:19|20)\d{2})(?P<m3>\d{2})(?P<d3>\d{2}))(?:[^0-9]|$)",
    )
    .expect("url day regex")
});

/// Years a URL date may have: earlier or later ones are ids, not days.
const FIRST_YEAR: i32 = 1990;
const LAST_YEAR: i32 = 2100;

/// The one publication day `url` gives, if it gives exactly one.
pub fn day_in_url(url: &str) -> Option<UrlDay> {
    // the query and fragment are tracking and anchors, not where the page is filed
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let mut found: Option<UrlDay> = None;
    let mut at = 0;
    while let Some(c) = URL_DAY.captures_at(path, at) {
        let whole = c.get(0)?;
        // the separator after the date may open the next one: step back over it
        at = whole.end()
            - path[..whole.end()]
                .chars()
                .next_back()
                .filter(|c| !c.is_ascii_digit())
                .map_or(0, char::len_utf8);
        let get = |names: [&str; 3]| names.iter().find_map(|n| c.name(n));
        let (Some(y), Some(m), Some(d)) = (
            get(["y1", "y2", "y3"]),
            get(["m1", "m2", "m3"]),
            get(["d1", "d2", "d3"]),
        ) else {
            continue;
        };
        let day = match (y.as_str().parse(), m.as_str().parse(), d.as_str().parse()) {
            (Ok(y), Ok(m), Ok(d)) => NaiveDate::from_ymd_opt(y, m, d),
            _ => None,
        };
        let Some(day) = day.filter(|d| (FIRST_YEAR..=LAST_YEAR).contains(&d.year())) else {
            continue;
        };
        let matched = path[y.start()..d.end()].to_string();
        match &found {
            Some(f) if f.day != day => return None,
            Some(_) => {}
            None => found = Some(UrlDay { day, matched }),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Days of two years spread over every month (the 1st, 9th, 17th, 28th).
    fn days() -> Vec<NaiveDate> {
        [2023, 2024]
            .into_iter()
            .flat_map(|y| {
                (1..=12).flat_map(move |m| {
                    [1, 9, 17, 28].map(|d| NaiveDate::from_ymd_opt(y, m, d).unwrap())
                })
            })
            .collect()
    }

    #[test]
    fn every_url_layout_in_every_month_gives_its_day() {
        for day in days() {
            let (y, m, d) = (day.year(), day.month(), day.day());
            for url in [
                format!("https://www.example.fr/monde/{y}/{m:02}/{d:02}/kim-en-russie_123456.html"),
                format!("https://example.com/{y}/{m}/{d}/kim-en-russie"),
                format!("https://example.com/{y}/{m:02}/{d:02}"),
                format!("https://example.com/international/kim-en-russie-{y}{m:02}{d:02}-4567"),
                format!("https://example.com/article/{y}{m:02}{d:02}_kim.html"),
                format!("https://example.com/{y}-{m:02}-{d:02}/kim-en-russie"),
                format!("https://example.com/news/kim_{y}_{m:02}_{d:02}.html?utm=2020-01-01"),
            ] {
                let found = day_in_url(&url);
                assert_eq!(found.map(|f| f.day), Some(day), "{url}");
            }
        }
    }

    #[test]
    fn ids_impossible_days_and_two_days_give_nothing() {
        for url in [
            "https://example.com/article/12345678901.html",
            "https://example.com/a/202403071530/kim",
            "https://example.com/2024/13/07/kim",
            "https://example.com/2024/02/30/kim",
            "https://example.com/1850/03/07/kim",
            "https://example.com/2024/03/07/kim-20240309.html",
            "https://example.com/monde/kim-en-russie",
            "https://example.com/2024/03/kim",
        ] {
            assert_eq!(day_in_url(url), None, "{url}");
        }
        // the same day twice is one day
        assert_eq!(
            day_in_url("https://example.com/2024/03/07/kim-20240307.html").map(|f| f.day),
            NaiveDate::from_ymd_opt(2024, 3, 7)
        );
    }
}
