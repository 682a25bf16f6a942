//! Classes of French dates, each generated whole with its expected values
//! computed here with chrono, never by the code under test.
//!
//! Dates whose year is written in words (`le 21 mars deux mille
//! vingt-quatre`, `en mars mil neuf cent quatre-vingt-dix-neuf`, `en l'an
//! deux mille`): every year 1990–2035, spelled here by a small speller of
//! its own in the traditional spelling (`vingt et un`, `mil`/`mille`,
//! spaces around `mille` and `cent`) and in the 1990 reform's (hyphens
//! everywhere: `deux-mille-vingt-et-un`), × the day-month, month and year
//! forms; expected days computed with chrono. Controls: a number word after
//! a date that counts something (`le 21 mars, deux mille manifestants`).

mod common;

use chrono::{Datelike, Duration, NaiveDate};
use common::{MONTHS, WEEKDAYS};
use newsx::temporal::resolve_phrase;

const UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const TENS: [&str; 7] = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];

/// A number under a hundred; `reform`: the 1990 spelling (`vingt-et-un`).
fn below_100(n: usize, reform: bool) -> String {
    let et = if reform { "-et-" } else { " et " };
    match n {
        0..=16 => UNITS[n].to_string(),
        17..=19 => format!("dix-{}", UNITS[n - 10]),
        20..=69 => match n % 10 {
            0 => TENS[n / 10].to_string(),
            1 => format!("{}{et}un", TENS[n / 10]),
            u => format!("{}-{}", TENS[n / 10], UNITS[u]),
        },
        71 => format!("soixante{et}onze"),
        70..=79 => format!("soixante-{}", below_100(n - 60, reform)),
        80 => "quatre-vingts".to_string(),
        _ => format!("quatre-vingt-{}", below_100(n - 80, reform)),
    }
}

/// A year from 1000 to 2999; `mil`: the old form of `mille` in dates.
fn year_words(y: usize, reform: bool, mil: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    match y / 1000 {
        1 => parts.push(if mil { "mil" } else { "mille" }.to_string()),
        t => {
            parts.push(UNITS[t].to_string());
            parts.push("mille".to_string());
        }
    }
    let (h, rest) = ((y / 100) % 10, y % 100);
    if h > 0 {
        if h > 1 {
            parts.push(UNITS[h].to_string());
        }
        parts.push(if h > 1 && rest == 0 { "cents" } else { "cent" }.to_string());
    }
    if rest > 0 {
        parts.push(below_100(rest, reform));
    }
    parts.join(if reform { "-" } else { " " })
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The interval read from `phrase` at `r`, and the text it covers.
fn read(phrase: &str, r: NaiveDate) -> Option<(NaiveDate, NaiveDate, String)> {
    let t = resolve_phrase(phrase, r)?;
    let i = t.interval?;
    Some((i.start, i.end, t.text))
}

#[test]
fn speller_spells_as_the_grammars_do() {
    assert_eq!(year_words(2024, false, false), "deux mille vingt-quatre");
    assert_eq!(year_words(2021, true, false), "deux-mille-vingt-et-un");
    assert_eq!(year_words(2021, false, false), "deux mille vingt et un");
    assert_eq!(
        year_words(1999, false, true),
        "mil neuf cent quatre-vingt-dix-neuf"
    );
    assert_eq!(
        year_words(1991, true, false),
        "mille-neuf-cent-quatre-vingt-onze"
    );
    assert_eq!(year_words(2000, false, false), "deux mille");
    assert_eq!(year_words(1900, false, false), "mille neuf cents");
    assert_eq!(
        year_words(1971, false, false),
        "mille neuf cent soixante et onze"
    );
}

#[test]
fn years_in_words_after_a_day_a_month_or_a_preposition() {
    let r = d(2026, 6, 15);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in 1990..=2035usize {
        let mut spellings = vec![year_words(y, false, false), year_words(y, true, false)];
        if y < 2000 {
            spellings.push(year_words(y, false, true));
        }
        let m = (y % 12) as u32 + 1;
        let day = (y % 28) as u32 + 1;
        let month = MONTHS[m as usize - 1];
        let yi = y as i32;
        let (first, last) = (d(yi, 1, 1), d(yi, 12, 31));
        let month_end = d(yi, m, 1)
            .checked_add_months(chrono::Months::new(1))
            .unwrap()
            .pred_opt()
            .unwrap();
        for w in &spellings {
            // the article stays out of the expression read
            let day_text = format!("{day} {month} {w}");
            let month_text = format!("en {month} {w}");
            let cases = [
                (
                    format!("le {day_text}"),
                    (d(yi, m, day), d(yi, m, day)),
                    day_text.clone(),
                ),
                (
                    format!("le {day_text}, a-t-il dit"),
                    (d(yi, m, day), d(yi, m, day)),
                    day_text.clone(),
                ),
                (
                    format!("Le {day_text} à Paris"),
                    (d(yi, m, day), d(yi, m, day)),
                    day_text.clone(),
                ),
                (
                    month_text.clone(),
                    (d(yi, m, 1), month_end),
                    month_text.clone(),
                ),
                (
                    format!("en l'an {w}"),
                    (first, last),
                    format!("en l'an {w}"),
                ),
            ];
            for (phrase, want, text) in cases {
                n += 1;
                let got = read(&phrase, r);
                if got.as_ref().map(|g| (g.0, g.1)) != Some(want)
                    || got.as_ref().map(|g| g.2.as_str()) != Some(text.as_str())
                {
                    failures.push(format!(
                        "{phrase:?}: want {want:?} over {text:?}, got {got:?}"
                    ));
                }
            }
        }
    }
    eprintln!("years in words: {n} cases, {} failed", failures.len());
    assert!(n > 500, "only {n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn number_words_after_a_date_that_count_something_are_no_year() {
    let r = d(2026, 6, 15);
    let mut failures = Vec::new();
    for y in [2000usize, 2024, 1999] {
        for w in [year_words(y, false, false), year_words(y, true, false)] {
            for noun in ["manifestants", "personnes", "euros", "morts", "soldats"] {
                for phrase in [
                    format!("le 21 mars, {w} {noun}"),
                    format!("le 21 mars {w} {noun}"),
                    format!("en mars {w} {noun}"),
                    format!("depuis {w} {noun}"),
                    format!("en {w} {noun}"),
                ] {
                    let got = read(&phrase, r);
                    let bad = got.as_ref().is_some_and(|(s, e, _)| {
                        *s <= d(y as i32, 12, 31) && *e >= d(y as i32, 1, 1)
                    });
                    if bad {
                        failures.push(format!("{phrase:?}: read as {got:?}"));
                    }
                }
            }
        }
    }
    // `en mille morceaux`, `après mille efforts`: a thousand alone
    for phrase in ["il est en mille", "après mille", "avant mille"] {
        if let Some(got) = read(phrase, r) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The parts of a day written after a weekday, each way French writes them.
const DAY_PARTS: [&str; 15] = [
    "soir",
    "matin",
    "après-midi",
    "dans la soirée",
    "dans la matinée",
    "dans la nuit",
    "dans l'après-midi",
    "en soirée",
    "en matinée",
    "au matin",
    "en fin de matinée",
    "en début de soirée",
    "en fin d'après-midi",
    "en début d'après-midi",
    "en milieu de matinée",
];

#[test]
fn a_weekday_with_a_part_of_the_day_is_that_weekday() {
    let mut failures = Vec::new();
    let mut n = 0;
    // a Wednesday, a Sunday, a Monday at a year end
    for r in [d(2024, 3, 20), d(2023, 10, 1), d(2018, 12, 31)] {
        let today = r.weekday().num_days_from_monday() as i64;
        for (i, wd) in WEEKDAYS.iter().enumerate() {
            let back = (today - i as i64).rem_euclid(7);
            let ahead = (i as i64 - today).rem_euclid(7);
            for part in DAY_PARTS {
                let when = format!("{wd} {part}");
                for (phrase, want) in [
                    (format!("Il est arrivé {when}."), r - Duration::days(back)),
                    (format!("Il arrivera {when}."), r + Duration::days(ahead)),
                    (
                        format!("Elle a parlé {when}, a-t-on appris."),
                        r - Duration::days(back),
                    ),
                ] {
                    n += 1;
                    let got = read(&phrase, r);
                    if got != Some((want, want, when.clone())) {
                        failures.push(format!(
                            "{phrase:?} at {r}: want {want} over {when:?}, got {got:?}"
                        ));
                    }
                }
            }
        }
    }
    eprintln!(
        "weekday × part of day: {n} cases, {} failed",
        failures.len()
    );
    assert!(n > 500, "only {n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_day_part_phrase_without_a_day_is_not_a_weekday() {
    // `dans la soirée`, `en fin de matinée` alone: no weekday to take
    let r = d(2024, 3, 20);
    for phrase in [
        "dans la soirée",
        "en fin de matinée",
        "Il est arrivé dans la nuit.",
    ] {
        let got = read(phrase, r);
        assert!(got.is_none(), "{phrase:?}: {got:?}");
    }
}

/// Roman numerals for the centuries, written by hand.
const ROMAN: [&str; 22] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII",
];

#[test]
fn centuries_and_their_parts() {
    let r = d(2026, 6, 15);
    let mut failures = Vec::new();
    let mut n = 0;
    for c in 10..=22i32 {
        // the strict count: the n-th hundred years, 1901–2000 for the XXe
        let first = 100 * (c - 1) + 1;
        let year = |a: i32, b: i32| (d(a, 1, 1), d(b, 12, 31));
        let names = [
            format!("{}e", ROMAN[c as usize - 1]),
            format!("{}ème", ROMAN[c as usize - 1]),
            format!("{}e", ROMAN[c as usize - 1].to_lowercase()),
            format!("{c}e"),
        ];
        for name in &names {
            for (phrase, want) in [
                (format!("au {name} siècle"), year(first, first + 99)),
                (format!("le {name} siècle"), year(first, first + 99)),
                (
                    format!("au début du {name} siècle"),
                    year(first, first + 32),
                ),
                (
                    format!("au milieu du {name} siècle"),
                    year(first + 33, first + 65),
                ),
                (
                    format!("à la fin du {name} siècle"),
                    year(first + 66, first + 99),
                ),
            ] {
                n += 1;
                let got = read(&phrase, r).map(|g| (g.0, g.1));
                if got != Some(want) {
                    failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
                }
            }
        }
    }
    // look-alikes: not a numeral, a non-canonical one, a chapter
    for phrase in [
        "au IIIIe siècle",
        "au VXe siècle",
        "au XXe chapitre",
        "la IVe République",
    ] {
        n += 1;
        if let Some(got) = read(phrase, r) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!("centuries: {n} cases, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The half-year (January–June, July–December) `k` halves from the one
/// holding `r`.
fn half_year(r: NaiveDate, k: i32) -> (NaiveDate, NaiveDate) {
    let index = r.year() * 2 + if r.month() <= 6 { 0 } else { 1 } + k;
    let (y, second) = (index.div_euclid(2), index.rem_euclid(2) == 1);
    if second {
        (d(y, 7, 1), d(y, 12, 31))
    } else {
        (d(y, 1, 1), d(y, 6, 30))
    }
}

/// The century (strict count: 1901–2000) `k` centuries from the one
/// holding `r`.
fn century(r: NaiveDate, k: i32) -> (NaiveDate, NaiveDate) {
    let n = (r.year() + 99) / 100 + k;
    (d(100 * (n - 1) + 1, 1, 1), d(100 * n, 12, 31))
}

#[test]
fn half_years_and_centuries_from_the_day_of_writing() {
    let mut failures = Vec::new();
    let mut n = 0;
    for y in [1999, 2000, 2013, 2024] {
        for m in 1..=12 {
            for day in [1, 15, 28] {
                let r = d(y, m, day);
                let cases: [(&str, (NaiveDate, NaiveDate)); 10] = [
                    ("le semestre prochain", half_year(r, 1)),
                    ("le semestre dernier", half_year(r, -1)),
                    ("le semestre passé", half_year(r, -1)),
                    ("ce semestre", half_year(r, 0)),
                    ("le semestre en cours", half_year(r, 0)),
                    ("au semestre prochain", half_year(r, 1)),
                    ("le siècle dernier", century(r, -1)),
                    ("au siècle dernier", century(r, -1)),
                    ("le siècle prochain", century(r, 1)),
                    ("ce siècle", century(r, 0)),
                ];
                for (phrase, want) in cases {
                    n += 1;
                    let got = read(phrase, r).map(|g| (g.0, g.1));
                    if got != Some(want) {
                        failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
    }
    // a semester or a century without a direction or a demonstrative is
    // no period of the day of writing
    for phrase in [
        "le semestre",
        "un semestre",
        "pendant un siècle",
        "le siècle",
    ] {
        n += 1;
        if let Some(got) = read(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!(
        "half-years and centuries: {n} cases, {} failed",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
