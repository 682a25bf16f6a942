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
use common::dates::{EASTER, d, last_day, read, read_span};
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
                let got = read_span(&phrase, r);
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
                    let got = read_span(&phrase, r);
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
        if let Some(got) = read_span(phrase, r) {
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
                    let got = read_span(&phrase, r);
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
        let got = read_span(phrase, r);
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
                let got = read_span(&phrase, r).map(|g| (g.0, g.1));
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
        if let Some(got) = read_span(phrase, r) {
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
                    let got = read_span(phrase, r).map(|g| (g.0, g.1));
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
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!(
        "half-years and centuries: {n} cases, {} failed",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Parts of the day written before a day, each way French writes them
/// (`dans la matinée de jeudi`, `en fin d'après-midi vendredi`, `tôt
/// vendredi`, `tard dans la soirée de dimanche`).
const PARTS_BEFORE: [&str; 16] = [
    "dans la matinée de",
    "dans l'après-midi de",
    "dans la soirée de",
    "dans la nuit de",
    "dans la journée de",
    "au cours de la nuit de",
    "pendant la nuit de",
    "en fin de matinée",
    "en début d'après-midi",
    "en fin de soirée",
    "en milieu de journée",
    "tôt",
    "tard",
    "très tôt",
    "tard dans la soirée de",
    "tôt dans la matinée de",
];

#[test]
fn a_part_of_the_day_before_a_day_is_that_day() {
    let mut failures = Vec::new();
    let mut n = 0;
    // a Wednesday, a Sunday, a Monday at a year end
    for r in [d(2024, 3, 20), d(2023, 10, 1), d(2018, 12, 31)] {
        let today = r.weekday().num_days_from_monday() as i64;
        for (i, wd) in WEEKDAYS.iter().enumerate() {
            let back = (today - i as i64).rem_euclid(7);
            let ahead = (i as i64 - today).rem_euclid(7);
            for part in PARTS_BEFORE {
                let when = format!("{part} {wd}");
                for (phrase, want) in [
                    (format!("Il est arrivé {when}."), r - Duration::days(back)),
                    (format!("Il arrivera {when}."), r + Duration::days(ahead)),
                    (
                        format!("Elle a été reçue {when}, a-t-on appris."),
                        r - Duration::days(back),
                    ),
                ] {
                    n += 1;
                    let got = read_span(&phrase, r);
                    if got != Some((want, want, when.clone())) {
                        failures.push(format!(
                            "{phrase:?} at {r}: want {want} over {when:?}, got {got:?}"
                        ));
                    }
                }
            }
        }
    }
    // a named day and month: the day of the year the tense (or the year) gives
    let r = d(2024, 3, 20);
    for part in [
        "dans la matinée du",
        "dans la soirée du",
        "dans la nuit du",
        "le matin du",
        "au soir du",
        "tard dans la soirée du",
    ] {
        for (m, month) in MONTHS.iter().enumerate() {
            let m = m as u32 + 1;
            let this = d(2024, m, 12);
            let past = if this <= r { this } else { d(2023, m, 12) };
            let future = if this >= r { this } else { d(2025, m, 12) };
            let when = format!("{part} 12 {month}");
            for (phrase, want, over) in [
                (format!("Il est arrivé {when}."), past, when.clone()),
                (format!("Il arrivera {when}."), future, when.clone()),
                (
                    format!("Il est arrivé {when} 2019."),
                    d(2019, m, 12),
                    format!("{when} 2019"),
                ),
            ] {
                n += 1;
                let got = read_span(&phrase, r);
                if got != Some((want, want, over.clone())) {
                    failures.push(format!(
                        "{phrase:?} at {r}: want {want} over {over:?}, got {got:?}"
                    ));
                }
            }
        }
    }
    // look-alikes: a bound (`au plus tard`), a comma between, no day after
    for (phrase, over) in [
        ("Il doit répondre au plus tard vendredi.", Some("vendredi")),
        ("Il partira au plus tôt lundi.", Some("lundi")),
        ("Il est arrivé dans la soirée, vendredi.", Some("vendredi")),
        ("Il est arrivé dans la soirée.", None),
        ("Il est arrivé tôt.", None),
    ] {
        n += 1;
        let got = read_span(phrase, r).map(|g| g.2);
        if got.as_deref() != over {
            failures.push(format!("{phrase:?}: want {over:?}, got {got:?}"));
        }
    }
    eprintln!(
        "part of day before a day: {n} cases, {} failed",
        failures.len()
    );
    assert!(n > 1000, "only {n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_night_from_one_weekday_to_the_next() {
    let mut failures = Vec::new();
    let mut n = 0;
    for r in [d(2024, 3, 20), d(2023, 10, 1), d(2018, 12, 31)] {
        let today = r.weekday().num_days_from_monday() as i64;
        for (i, first) in WEEKDAYS.iter().enumerate() {
            let j = (i + 1) % 7;
            // the night ends on the second weekday, by the tense
            let back = (today - j as i64).rem_euclid(7);
            let ahead = (j as i64 - today).rem_euclid(7);
            for form in ["dans la nuit du {a} au {b}", "dans la nuit de {a} à {b}"] {
                let when = form.replace("{a}", first).replace("{b}", WEEKDAYS[j]);
                let over = when.trim_start_matches("dans la ").to_string();
                for (phrase, end) in [
                    (format!("Il a été tué {when}."), r - Duration::days(back)),
                    (format!("Il partira {when}."), r + Duration::days(ahead)),
                ] {
                    n += 1;
                    let want = (end - Duration::days(1), end, over.clone());
                    let got = read_span(&phrase, r);
                    if got.as_ref() != Some(&want) {
                        failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
    }
    // `du lundi au vendredi`: habitual, no span; a night of three days: none
    let r = d(2024, 3, 20);
    for phrase in [
        "Il travaille du lundi au vendredi.",
        "Il a été tué dans la nuit du lundi au mercredi.",
    ] {
        n += 1;
        let got = resolve_phrase(phrase, r);
        if got.as_ref().is_some_and(|t| t.rule == "weekday-range") {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!("nights: {n} cases, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_part_of_a_named_month_with_dernier_or_prochain() {
    let mut failures = Vec::new();
    let mut n = 0;
    // days of a part (docs/dates.md): début 1–10, mi 10–19, fin 21–end
    let parts: [(&str, u32, Option<u32>); 9] = [
        ("début {m}", 1, Some(10)),
        ("au début du mois de {m}", 1, Some(10)),
        ("mi-{m}", 10, Some(19)),
        ("à la mi-{m}", 10, Some(19)),
        ("fin {m}", 21, None),
        ("à la fin du mois de {m}", 21, None),
        ("en fin de mois de {m}", 21, None),
        ("première quinzaine de {m}", 1, Some(14)),
        ("courant {m}", 1, None),
    ];
    for r in [
        d(2024, 3, 20),
        d(2013, 2, 12),
        d(2019, 12, 31),
        d(2021, 1, 1),
    ] {
        for (i, month) in MONTHS.iter().enumerate() {
            let m = i as u32 + 1;
            // `dernier`: the latest month of that name before the day of
            // writing's month, this year's when it is past; `prochain`: the
            // next after it
            let last_y = if m < r.month() {
                r.year()
            } else {
                r.year() - 1
            };
            let next_y = if m > r.month() {
                r.year()
            } else {
                r.year() + 1
            };
            for (form, first, last) in parts {
                for (dir, y) in [("dernier", last_y), ("prochain", next_y), ("passé", last_y)] {
                    // `de` elided before a vowel: `du mois d'avril`
                    let form = if month.starts_with(['a', 'o']) {
                        form.replace("de {m}", "d'{m}")
                    } else {
                        form.to_string()
                    };
                    let phrase = format!("{} {dir}", form.replace("{m}", month));
                    let want = (d(y, m, first), last.map_or(last_day(y, m), |l| d(y, m, l)));
                    n += 1;
                    let got = read_span(&phrase, r);
                    if got.as_ref().map(|g| (g.0, g.1)) != Some(want)
                        || got.as_ref().is_some_and(|g| g.2 != phrase)
                    {
                        failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
    }
    // look-alikes: an adjective of the next noun (`fin mars, dernières
    // élections`) is no direction of the month
    let r = d(2024, 3, 20);
    for phrase in ["fin mars, dernier délai", "début mars prochaine étape"] {
        n += 1;
        if let Some(got) = read_span(phrase, r)
            && got.2.contains("dernier") | got.2.contains("prochaine")
        {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!(
        "parts of a named month with a direction: {n} cases, {} failed",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The French approximate counts, written by hand: the noun and its number
/// (Trésor de la langue française).
const APPROXIMATE: [(&str, i64); 9] = [
    ("huitaine", 8),
    ("dizaine", 10),
    ("douzaine", 12),
    ("quinzaine", 15),
    ("vingtaine", 20),
    ("trentaine", 30),
    ("quarantaine", 40),
    ("cinquantaine", 50),
    ("soixantaine", 60),
];

/// `r` moved by `n` units (`d` days, `w` weeks, `m` months, `y` years),
/// then widened to its unit (the month or year holding it).
fn moved(r: NaiveDate, n: i64, unit: char) -> (NaiveDate, NaiveDate) {
    match unit {
        'd' => (r + Duration::days(n), r + Duration::days(n)),
        'w' => (r + Duration::days(7 * n), r + Duration::days(7 * n)),
        'm' => {
            let k = r.year() as i64 * 12 + r.month0() as i64 + n;
            let (y, m) = (k.div_euclid(12) as i32, k.rem_euclid(12) as u32 + 1);
            (d(y, m, 1), last_day(y, m))
        }
        _ => {
            let y = r.year() + n as i32;
            (d(y, 1, 1), d(y, 12, 31))
        }
    }
}

#[test]
fn approximate_counts_back_and_ahead_are_intervals() {
    let mut failures = Vec::new();
    let mut n = 0;
    let units = [
        ("de jours", 'd'),
        ("de semaines", 'w'),
        ("de mois", 'm'),
        ("d'années", 'y'),
        ("d'ans", 'y'),
    ];
    for r in [d(2024, 3, 20), d(2013, 2, 12), d(2020, 12, 31)] {
        for (noun, count) in APPROXIMATE {
            // vague by a third of itself, rounded
            let k = (count as f64 / 3.0).round() as i64;
            for (unit, u) in units {
                let x = format!("une {noun} {unit}");
                let cases = [
                    (
                        format!("il y a {x}"),
                        moved(r, -count - k, u).0,
                        moved(r, -count + k, u).1,
                    ),
                    (
                        format!("voilà {x}"),
                        moved(r, -count - k, u).0,
                        moved(r, -count + k, u).1,
                    ),
                    (
                        format!("dans {x}"),
                        moved(r, count - k, u).0,
                        moved(r, count + k, u).1,
                    ),
                    (format!("d'ici {x}"), r, moved(r, count + k, u).1),
                ];
                for (phrase, a, b) in cases {
                    n += 1;
                    let got = read_span(&phrase, r);
                    if got != Some((a, b, phrase.clone())) {
                        failures.push(format!("{phrase:?} at {r}: want {a}..{b}, got {got:?}"));
                    }
                }
            }
        }
        // `une quinzaine`, `une huitaine` alone: days
        for (phrase, a, b) in [
            ("d'ici une quinzaine", r, r + Duration::days(20)),
            (
                "dans une huitaine",
                r + Duration::days(5),
                r + Duration::days(11),
            ),
        ] {
            n += 1;
            let got = read_span(phrase, r);
            if got != Some((a, b, phrase.to_string())) {
                failures.push(format!("{phrase:?} at {r}: want {a}..{b}, got {got:?}"));
            }
        }
    }
    // look-alikes: a count of people, an order of magnitude, a length
    let r = d(2024, 3, 20);
    for phrase in [
        "il y a une dizaine de manifestants",
        "une dizaine de jours",
        "il y a une centaine d'années",
        "une quinzaine de jours de congés",
        "dans une dizaine",
    ] {
        n += 1;
        if let Some(got) = read_span(phrase, r) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!("approximate counts: {n} cases, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn voila_and_cela_fait_count_back_as_il_y_a() {
    let mut failures = Vec::new();
    let mut n = 0;
    let r = d(2024, 3, 20);
    for (amount, days) in [("trois jours", 3), ("deux semaines", 14), ("10 jours", 10)] {
        let want = r - Duration::days(days);
        for phrase in [
            format!("voilà {amount}"),
            format!("voici {amount}"),
            format!("cela fait {amount} qu'il attend"),
            format!("ça fait {amount} que la grève dure"),
        ] {
            n += 1;
            let got = read_span(&phrase, r).map(|g| (g.0, g.1));
            if got != Some((want, want)) {
                failures.push(format!("{phrase:?}: want {want}, got {got:?}"));
            }
        }
    }
    // years: the year; `presque`, `près d'` as the count itself; `plus d'`
    // the interval of a third more (docs: `il y a plus de 18 mois`)
    for (phrase, want) in [
        ("cela fait trois ans que", (d(2021, 1, 1), d(2021, 12, 31))),
        ("il y a presque trois ans", (d(2021, 1, 1), d(2021, 12, 31))),
        ("il y a près d'un an", (d(2023, 1, 1), d(2023, 12, 31))),
        ("il y a plus d'un an", (d(2022, 3, 20), d(2023, 3, 20))),
        (
            "il y a un peu plus de deux ans",
            (d(2021, 3, 20), d(2022, 3, 20)),
        ),
    ] {
        n += 1;
        let got = read_span(phrase, r).map(|g| (g.0, g.1));
        if got != Some(want) {
            failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
        }
    }
    // a length after `cela fait`: no date
    for phrase in [
        "cela fait trois ans de prison",
        "ça fait deux semaines de grève",
    ] {
        n += 1;
        let got = resolve_phrase(phrase, r);
        if got.as_ref().is_some_and(|t| t.interval.is_some()) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!("voilà, cela fait: {n} cases, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn holidays_without_a_year_take_the_one_the_tense_gives() {
    let easter = |y: i32| {
        let (_, m, day) = EASTER.iter().find(|e| e.0 == y).copied().unwrap();
        d(y, m, day)
    };
    // each name, and its day in a given year
    let fixed = |m: u32, day: u32| move |y: i32| d(y, m, day);
    type DayOf = Box<dyn Fn(i32) -> NaiveDate>;
    let names: Vec<(&str, DayOf)> = vec![
        ("à Noël", Box::new(fixed(12, 25))),
        ("le jour de l'An", Box::new(fixed(1, 1))),
        ("le 14-Juillet", Box::new(fixed(7, 14))),
        ("le 1er-Mai", Box::new(fixed(5, 1))),
        ("à la Toussaint", Box::new(fixed(11, 1))),
        ("la Saint-Sylvestre", Box::new(fixed(12, 31))),
        ("à Pâques", Box::new(easter)),
        (
            "le lundi de Pâques",
            Box::new(move |y| easter(y) + Duration::days(1)),
        ),
        (
            "le lundi de Pentecôte",
            Box::new(move |y| easter(y) + Duration::days(50)),
        ),
        (
            "à l'Ascension",
            Box::new(move |y| easter(y) + Duration::days(39)),
        ),
    ];
    let mut failures = Vec::new();
    let mut n = 0;
    for y in 2001..=2034 {
        for r in [d(y, 2, 12), d(y, 6, 15), d(y, 11, 20)] {
            for (name, day) in &names {
                // past: the latest on or before the day of writing; future:
                // the earliest on or after it
                let past = if day(y) <= r { day(y) } else { day(y - 1) };
                let future = if day(y) >= r { day(y) } else { day(y + 1) };
                for (phrase, want) in [
                    (format!("Il est venu {name}."), past),
                    (format!("Il viendra {name}."), future),
                    (format!("Il est venu {name} 2019."), day(2019)),
                ] {
                    n += 1;
                    let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                    if got != Some((want, want)) {
                        failures.push(format!("{phrase:?} at {r}: want {want}, got {got:?}"));
                    }
                }
            }
            // `le réveillon`: either eve, 24 to 31 December
            for (phrase, y2) in [
                ("Il est venu pour le réveillon.", y - 1),
                ("Il viendra pour le réveillon.", y),
            ] {
                n += 1;
                let want = (d(y2, 12, 24), d(y2, 12, 31));
                let got = read_span(phrase, r).map(|g| (g.0, g.1));
                if got != Some(want) {
                    failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                }
            }
        }
    }
    // common nouns that name a feast only with a capital
    for phrase in ["après son ascension", "les pâques"] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    eprintln!("holidays by tense: {n} cases, {} failed", failures.len());
    assert!(n > 1000, "only {n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_easter_table_is_one_of_sundays() {
    for (y, m, day) in EASTER {
        assert_eq!(d(y, m, day).weekday(), chrono::Weekday::Sun, "{y}");
    }
}

// ------------------------------------------------------------------ s41

/// A day range whose first day is above its second (`du 30 au 2 juillet`)
/// starts in the month before the one named: every month × the last days
/// of the month before × the first days of the month, with a year and two
/// connectors; expected days from chrono. Controls: a list (`les 30 et 2
/// juillet`), a slip (`du 12 au 2 juillet`: a span of about two weeks at
/// most is read so) and a first day the month before has not (`du 31 au 2
/// mars`) start no earlier month.
#[test]
fn day_ranges_across_the_end_of_a_month() {
    let r = d(2021, 6, 3);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in [2013, 2020, 2024] {
        for (mi, month) in MONTHS.iter().enumerate() {
            let m = mi as u32 + 1;
            let before = d(y, m, 1).pred_opt().unwrap();
            for d1 in 25..=31u32 {
                for d2 in 1..=4u32 {
                    for (intro, conn) in [("du", "au"), ("du", "jusqu'au")] {
                        let phrase = format!("{intro} {d1} {conn} {d2} {month} {y}");
                        let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
                        let want = NaiveDate::from_ymd_opt(before.year(), before.month(), d1)
                            .map(|a| (a, d(y, m, d2)));
                        n += 1;
                        // a day the month before has not: no range from it
                        let ok = match want {
                            Some(w) => got == Some(w),
                            None => got.is_none_or(|(a, _)| a >= d(y, m, 1)),
                        };
                        if !ok {
                            failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
                        }
                    }
                    // a first day not far enough above the second is a
                    // slip (`du 18 au 13 juin`), no month-long range
                    let slip = format!("du {} au {d2} {month} {y}", d2 + 10);
                    if let Some((a, b, _)) = read_span(&slip, r) {
                        if a < d(y, m, 1) {
                            failures.push(format!("{slip:?}: a slip read as ({a}, {b})"));
                        }
                    }
                    let list = format!("les {d1} et {d2} {month} {y}");
                    if let Some((a, b, _)) = read_span(&list, r) {
                        if a < d(y, m, 1) {
                            failures.push(format!("{list:?}: a list read as ({a}, {b})"));
                        }
                    }
                }
            }
        }
    }
    eprintln!(
        "month-crossing day ranges: {n} cases, {} failed",
        failures.len()
    );
    assert!(n >= 500, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `le week-end du <day>`: the Friday-to-Sunday week-end of the week
/// holding that day (docs: the week-end is Friday to Sunday), for every
/// Friday, Saturday and Sunday of 2019–2021 × four introductions; expected
/// with chrono. Control: the day alone is still that day.
#[test]
fn the_week_end_of_a_named_day() {
    let r = d(2021, 6, 3);
    let mut failures = Vec::new();
    let mut n = 0;
    let mut day = d(2019, 1, 1);
    while day <= d(2021, 12, 31) {
        let wd = day.weekday().num_days_from_monday();
        if wd >= 4 {
            let friday = day - Duration::days(i64::from(wd) - 4);
            let want = (friday, friday + Duration::days(2));
            let date = format!(
                "{} {} {}",
                day_word(day.day()),
                MONTHS[day.month0() as usize],
                day.year()
            );
            for intro in ["le", "ce", "pendant le", "lors du"] {
                let phrase = format!("{intro} week-end du {date}");
                let got = read_span(&phrase, r);
                n += 1;
                if got.as_ref().map(|(a, b, _)| (*a, *b)) != Some(want) {
                    failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
                }
            }
            let alone = read_span(&format!("le {date}"), r);
            if alone.as_ref().map(|(a, b, _)| (*a, *b)) != Some((day, day)) {
                failures.push(format!("le {date}: want {day}, got {alone:?}"));
            }
        }
        day += Duration::days(1);
    }
    eprintln!("week-end of a day: {n} cases, {} failed", failures.len());
    assert!(n >= 1800, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `1er` for the first, digits otherwise.
fn day_word(day: u32) -> String {
    if day == 1 {
        "1er".to_string()
    } else {
        day.to_string()
    }
}

/// `le 12 courant` (administrative French): day N of the month of the day
/// of writing, for every day of every month of two years read on its 15th
/// and last day. Controls: a number past 31 and `courant` followed by a
/// noun (`le 3 courant alternatif`) are no such date.
#[test]
fn a_day_of_the_current_month_written_courant() {
    let mut failures = Vec::new();
    let mut n = 0;
    for y in [2019, 2024] {
        for m in 1..=12 {
            for r in [d(y, m, 15), last_day(y, m)] {
                for day in 1..=last_day(y, m).day() {
                    let phrase = format!("le {} courant", day_word(day));
                    let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
                    n += 1;
                    if got != Some((d(y, m, day), d(y, m, day))) {
                        failures.push(format!("{phrase:?} at {r}: got {got:?}"));
                    }
                }
            }
        }
    }
    let r = d(2024, 3, 15);
    for phrase in ["le 45 courant", "le 3 courant alternatif"] {
        if let Some((a, _, text)) = read_span(phrase, r) {
            if text.contains("courant") {
                failures.push(format!("{phrase:?}: read as {a} over {text:?}"));
            }
        }
    }
    eprintln!("day courant: {n} cases, {} failed", failures.len());
    assert!(n >= 1400, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `12.03.24`: the dotted numeric date with a two-digit day, month and
/// year, for every month × four days × the years 2000–2035 (two-digit
/// years: 00–49 are the 2000s, as the slashed form reads them). Controls:
/// an unpadded dotted form (`1.5.12`, a version number) is no date.
#[test]
fn dotted_dates_with_a_two_digit_year() {
    let r = d(2021, 6, 3);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in 2000..=2035 {
        for m in 1..=12u32 {
            for day in [1, 9, 10, 28] {
                let phrase = format!("{day:02}.{m:02}.{:02}", y % 100);
                let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
                n += 1;
                if got != Some((d(y, m, day), d(y, m, day))) {
                    failures.push(format!("{phrase:?}: got {got:?}"));
                }
            }
        }
    }
    for phrase in ["1.5.12", "la version 2.3.24", "9.10.21"] {
        if let Some((a, _, text)) = read_span(phrase, r) {
            failures.push(format!("{phrase:?}: read as {a} over {text:?}"));
        }
    }
    eprintln!("dotted short years: {n} cases, {} failed", failures.len());
    assert!(n >= 1700, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// Decades in words (`les années soixante-dix`, Belgian and Swiss
/// `septante`, `nonante`): every spelling × every introduction × parts;
/// the ten years of that decade of the 1900s, its parts the years 0–3,
/// 4–6, 7–9 (docs). Controls: `vingt` is left (as `20`), and a count of
/// years (`quarante années`) is no decade.
#[test]
fn decades_written_in_words() {
    let spellings: [(&str, i32); 13] = [
        ("trente", 1930),
        ("quarante", 1940),
        ("cinquante", 1950),
        ("soixante", 1960),
        ("soixante-dix", 1970),
        ("soixante dix", 1970),
        ("septante", 1970),
        ("quatre-vingt", 1980),
        ("quatre-vingts", 1980),
        ("quatre-vingt-dix", 1990),
        ("quatre vingt dix", 1990),
        ("nonante", 1990),
        ("Quatre-Vingt-Dix", 1990),
    ];
    let r = d(2021, 6, 3);
    let mut failures = Vec::new();
    let mut n = 0;
    for (word, y) in spellings {
        for (intro, first, last) in [
            ("les", 0, 9),
            ("dans les", 0, 9),
            ("depuis les", 0, 9),
            ("au début des", 0, 3),
            ("au milieu des", 4, 6),
            ("à la fin des", 7, 9),
        ] {
            let phrase = format!("{intro} années {word}");
            let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
            let want = (d(y + first, 1, 1), d(y + last, 12, 31));
            n += 1;
            if got != Some(want) {
                failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
            }
        }
    }
    for phrase in [
        "les années vingt",
        "quarante années plus tard",
        "les années",
    ] {
        if let Some((a, b, text)) = read_span(phrase, r) {
            if text.contains("années") && b.year() - a.year() == 9 {
                failures.push(format!("{phrase:?}: read as a decade {a}..{b}"));
            }
        }
    }
    eprintln!("decades in words: {n} cases, {} failed", failures.len());
    assert!(n >= 70, "only {n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `la nuit dernière`, `la nuit passée`: the night ending on the day of
/// writing, its two days (as `dans la nuit de lundi à mardi`), read on
/// every day of a year × the introductions. Control: `la nuit` alone.
#[test]
fn last_night_is_the_day_before_and_the_day_of_writing() {
    let mut failures = Vec::new();
    let mut n = 0;
    let mut r = d(2024, 1, 1);
    while r <= d(2024, 12, 31) {
        for intro in ["la", "dans la", "pendant la", "au cours de la"] {
            for adj in ["dernière", "passée"] {
                let phrase = format!("{intro} nuit {adj}");
                let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
                n += 1;
                if got != Some((r - Duration::days(1), r)) {
                    failures.push(format!("{phrase:?} at {r}: got {got:?}"));
                }
            }
        }
        r += Duration::days(7);
    }
    if let Some(got) = read_span("la nuit", d(2024, 3, 5)) {
        failures.push(format!("\"la nuit\": read as {got:?}"));
    }
    eprintln!("last night: {n} cases, {} failed", failures.len());
    assert!(n >= 400, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `mi` before a bare period noun, hyphened (`à la mi-année`, `la
/// mi-mois`, `en mi-semaine`, `à la mi-trimestre`): the middle of the
/// period of the day of writing (docs: a year's May–August, a month's
/// 10–19, a week's Wednesday–Thursday, a quarter's second month), read on
/// the 5th of every month of two years. Control: `mi` before `de l'année`
/// stays no date.
#[test]
fn mi_before_a_bare_period_noun() {
    let mut failures = Vec::new();
    let mut n = 0;
    for y in [2019, 2024] {
        for m in 1..=12u32 {
            let r = d(y, m, 5);
            let q = 3 * ((m - 1) / 3) + 1;
            let mon = r - Duration::days(i64::from(r.weekday().num_days_from_monday()));
            for (noun, want) in [
                ("année", (d(y, 5, 1), d(y, 8, 31))),
                ("mois", (d(y, m, 10), d(y, m, 19))),
                (
                    "semaine",
                    (mon + Duration::days(2), mon + Duration::days(3)),
                ),
                ("trimestre", (d(y, q + 1, 1), last_day(y, q + 1))),
            ] {
                for intro in ["à la", "en", "vers la", "pour la"] {
                    let phrase = format!("{intro} mi-{noun}");
                    let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
                    n += 1;
                    if got != Some(want) {
                        failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
    }
    if let Some(got) = read_span("à la mi de l'année", d(2024, 3, 5)) {
        failures.push(format!("\"à la mi de l'année\": read as {got:?}"));
    }
    eprintln!("mi + period noun: {n} cases, {} failed", failures.len());
    assert!(n >= 380, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `il y a N ans (,) jour pour jour`: `jour pour jour` makes the count
/// exact to the day, for every count 1–30 × years and months × the comma or
/// not, read on days up to the 28th (no month-end clamping); expected with
/// chrono. Control: without it, the count in years stays its year (docs).
#[test]
fn jour_pour_jour_makes_a_count_back_exact() {
    let mut failures = Vec::new();
    let mut n = 0;
    for r in [d(2013, 2, 12), d(2021, 6, 3), d(2019, 11, 28)] {
        for k in 1..=30u32 {
            for (unit, months) in [("ans", 12 * k), ("mois", k)] {
                let count = if k == 1 {
                    if unit == "ans" {
                        "un an".to_string()
                    } else {
                        "un mois".to_string()
                    }
                } else {
                    format!("{k} {unit}")
                };
                for sep in ["", ","] {
                    let phrase = format!("il y a {count}{sep} jour pour jour");
                    let want = r.checked_sub_months(chrono::Months::new(months)).unwrap();
                    let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
                    n += 1;
                    if got != Some((want, want)) {
                        failures.push(format!("{phrase:?} at {r}: want {want}, got {got:?}"));
                    }
                }
            }
        }
    }
    let r = d(2021, 6, 3);
    if read_span("il y a deux ans", r).map(|(a, b, _)| (a, b))
        != Some((d(2019, 1, 1), d(2019, 12, 31)))
    {
        failures.push("\"il y a deux ans\" is no longer its year".to_string());
    }
    eprintln!("jour pour jour: {n} cases, {} failed", failures.len());
    assert!(n >= 360, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `mardi gras` in lowercase (the usual spelling) is Easter − 47 for every
/// year of the Easter table; `l'année 2013-2014` spans both years.
#[test]
fn mardi_gras_in_lowercase_and_a_year_over_two() {
    let r = d(2021, 6, 3);
    let mut failures = Vec::new();
    let mut n = 0;
    for (y, m, day) in EASTER {
        let want = d(y, m, day) - Duration::days(47);
        for phrase in [format!("mardi gras {y}"), format!("le mardi gras {y}")] {
            n += 1;
            let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
            if got != Some((want, want)) {
                failures.push(format!("{phrase:?}: want {want}, got {got:?}"));
            }
        }
    }
    for y in 1950..=2030 {
        let phrase = format!("l'année {y}-{}", y + 1);
        n += 1;
        let got = read_span(&phrase, r).map(|(a, b, _)| (a, b));
        if got != Some((d(y, 1, 1), d(y + 1, 12, 31))) {
            failures.push(format!("{phrase:?}: got {got:?}"));
        }
    }
    eprintln!(
        "mardi gras, two-year years: {n} cases, {} failed",
        failures.len()
    );
    assert!(n >= 140, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(30)].join("\n")
    );
}

// --- s42: saints' feasts, `sous` delays, `depuis le début de`, halves of a
// century or decade, ranges of decades and centuries, `à l'horizon` ------

/// Saints' feasts after `la` (the General Roman Calendar, written here
/// independently of data/calendar-fr.toml): every saint × year 2001–2034 ×
/// three reference days × past / future / written year / `dernière` /
/// `prochaine`; controls: the same names as places, churches, streets and
/// longer hyphened names.
#[test]
fn saints_feasts_after_la_are_their_day() {
    let saints: [(&str, u32, u32); 8] = [
        ("Saint-Jean", 6, 24),
        ("Saint-Martin", 11, 11),
        ("Saint-Nicolas", 12, 6),
        ("Saint-Patrick", 3, 17),
        ("Sainte-Catherine", 11, 25),
        ("Saint-Étienne", 12, 26),
        ("Saint-Michel", 9, 29),
        ("Saint-Joseph", 3, 19),
    ];
    let mut failures = Vec::new();
    let mut n = 0;
    for y in 2001..=2034 {
        for r in [d(y, 2, 12), d(y, 6, 24), d(y, 11, 20)] {
            for (name, m, day) in saints {
                let on = |y: i32| d(y, m, day);
                let past = if on(y) <= r { on(y) } else { on(y - 1) };
                let future = if on(y) >= r { on(y) } else { on(y + 1) };
                let before = if on(y) < r { on(y) } else { on(y - 1) };
                let after = if on(y) > r { on(y) } else { on(y + 1) };
                for (phrase, want) in [
                    (format!("Il est venu à la {name}."), past),
                    (format!("Il viendra à la {name}."), future),
                    (format!("Il est venu pour la {name} 2019."), on(2019)),
                    (format!("la {name} dernière"), before),
                    (format!("la {name} prochaine"), after),
                    (
                        format!("la veille de la {name} 2020"),
                        on(2020).pred_opt().unwrap(),
                    ),
                ] {
                    n += 1;
                    let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                    if got != Some((want, want)) {
                        failures.push(format!("{phrase:?} at {r}: want {want}, got {got:?}"));
                    }
                }
            }
        }
    }
    // the names as places, churches, streets: no date
    let r = d(2024, 3, 20);
    for (name, _, _) in saints {
        for phrase in [
            format!("Il habite à {name}."),
            format!("l'église {name}"),
            format!("la rue {name}"),
            format!("la {name}-de-Luz"),
            format!("la {name}-d'Acre"),
            format!("{name} est une commune"),
            format!("la {}", name.to_lowercase()),
        ] {
            n += 1;
            if let Some(got) = read_span(&phrase, r) {
                failures.push(format!("{phrase:?}: read as {got:?}"));
            }
        }
    }
    common::dates::finish("saints' feasts", n, failures, 2000);
}

/// `sous` + a delay: every reference day of 2024 × `huitaine`, `quinzaine`
/// (8 and 15 days, exact) and counts of days, weeks and hours (whole days)
/// in digits; from the day of writing to the delay's last day.
#[test]
fn sous_and_a_delay_run_from_the_day_of_writing() {
    let mut failures = Vec::new();
    let mut n = 0;
    let mut r = d(2024, 1, 1);
    while r.year() == 2024 {
        let mut forms = vec![
            ("sous huitaine".to_string(), 8),
            ("sous quinzaine".to_string(), 15),
            ("sous 48 heures".to_string(), 2),
            ("sous 72 heures".to_string(), 3),
        ];
        for k in [1, 3, 5, 10, 30] {
            forms.push((format!("sous {k} jours"), k));
        }
        for k in [2, 3, 6] {
            forms.push((format!("sous {k} semaines"), 7 * k));
        }
        for (phrase, days) in forms {
            n += 1;
            let want = (r, r + Duration::days(days));
            let got = read_span(&phrase, r).map(|g| (g.0, g.1));
            if got != Some(want) {
                failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
            }
        }
        r = r.succ_opt().unwrap();
    }
    // `sous` before no delay: no date
    for phrase in ["sous la pluie", "sous surveillance", "sous pression"] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("sous + delay", n, failures, 4000);
}

/// `depuis le début de <period>`: every reference day of 2023–2024 × the
/// week, the month, the year, last year, the written year and the named
/// month of the day of writing or the one before; from its first day to
/// the day of writing.
#[test]
fn depuis_le_debut_de_runs_to_the_day_of_writing() {
    let mut failures = Vec::new();
    let mut n = 0;
    let mut r = d(2023, 1, 1);
    while r.year() <= 2024 {
        let month_start = d(r.year(), r.month(), 1);
        let monday = r - Duration::days(r.weekday().num_days_from_monday() as i64);
        let mut forms = vec![
            ("depuis le début de l'année".to_string(), d(r.year(), 1, 1)),
            (
                "depuis le début de cette année".to_string(),
                d(r.year(), 1, 1),
            ),
            ("depuis le début du mois".to_string(), month_start),
            ("depuis le début de la semaine".to_string(), monday),
            (
                "depuis le début de l'année dernière".to_string(),
                d(r.year() - 1, 1, 1),
            ),
            (
                format!("depuis le début de {}", r.year() - 2),
                d(r.year() - 2, 1, 1),
            ),
        ];
        // a named month: the one of the day of writing and the one before
        // (a month without a year is the nearest, docs: no tense)
        for k in [0, 1] {
            let start = month_start - chrono::Months::new(k);
            let name = MONTHS[start.month0() as usize];
            forms.push((format!("depuis le début du mois de {name}"), start));
        }
        for (phrase, start) in forms {
            n += 1;
            let want = (start, r);
            let got = read_span(&phrase, r).map(|g| (g.0, g.1));
            if got != Some(want) {
                failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
            }
        }
        r = r.succ_opt().unwrap();
    }
    // the beginning of something else: no date
    for phrase in ["depuis le début de la guerre", "depuis le début du conflit"] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("depuis le début de", n, failures, 5800);
}

/// Halves of a century (strict count: 1901–1950, 1951–2000) and of a
/// decade (1990–1994, 1995–1999): every century X–XXII in three numerals ×
/// every half word × introduction; every decade 1900–2020.
#[test]
fn halves_of_a_century_and_of_a_decade() {
    let r = d(2026, 6, 15);
    let years = |a: i32, b: i32| (d(a, 1, 1), d(b, 12, 31));
    let halves = [
        ("première", true),
        ("1re", true),
        ("seconde", false),
        ("deuxième", false),
        ("2e", false),
    ];
    let mut failures = Vec::new();
    let mut n = 0;
    let mut check = |phrase: String, want: (NaiveDate, NaiveDate)| {
        n += 1;
        let got = read_span(&phrase, r).map(|g| (g.0, g.1));
        if got != Some(want) {
            failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
        }
    };
    for c in 10..=22i32 {
        let first = 100 * (c - 1) + 1;
        for name in [
            format!("{}e", ROMAN[c as usize - 1]),
            format!("{}ème", ROMAN[c as usize - 1]),
            format!("{c}e"),
        ] {
            for (half, is_first) in halves {
                let a = if is_first { first } else { first + 50 };
                for intro in ["la", "dans la", "au cours de la", "pendant la"] {
                    check(
                        format!("{intro} {half} moitié du {name} siècle"),
                        years(a, a + 49),
                    );
                }
            }
        }
    }
    for decade in (1900..=2020).step_by(10) {
        for (half, is_first) in halves {
            let a = if is_first { decade } else { decade + 5 };
            check(
                format!("la {half} moitié des années {decade}"),
                years(a, a + 4),
            );
        }
    }
    // a half of something else: no date
    for phrase in ["la première moitié du match", "la seconde moitié du mandat"] {
        n += 1;
        if let Some(got) = read_span(phrase, r) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("halves of centuries and decades", n, failures, 840);
}

/// Ranges of decades and of centuries: every pair of decades 1900–2020 and
/// of centuries XV–XXI, both orders (a reversed range is no date).
#[test]
fn ranges_of_decades_and_centuries() {
    let r = d(2026, 6, 15);
    let years = |a: i32, b: i32| (d(a, 1, 1), d(b, 12, 31));
    let mut failures = Vec::new();
    let mut n = 0;
    for a in (1900..=2020).step_by(10) {
        for b in (1900..=2020).step_by(10) {
            for phrase in [
                format!("des années {a} aux années {b}"),
                format!("entre les années {a} et {b}"),
            ] {
                n += 1;
                let got = read_span(&phrase, r);
                let ok = if a < b {
                    got.as_ref().map(|g| (g.0, g.1)) == Some(years(a, b + 9))
                        && got.as_ref().is_some_and(|g| g.2 == phrase)
                } else {
                    // reversed or equal: not read as a range of decades
                    got.as_ref().is_none_or(|g| g.2 != phrase)
                };
                if !ok {
                    failures.push(format!("{phrase:?}: got {got:?}"));
                }
            }
        }
    }
    for a in 15..=21i32 {
        for b in 15..=21i32 {
            for (ra, rb) in [
                (
                    format!("{}e", ROMAN[a as usize - 1]),
                    format!("{}e", ROMAN[b as usize - 1]),
                ),
                (format!("{a}e"), format!("{b}e")),
            ] {
                let phrase = format!("du {ra} au {rb} siècle");
                n += 1;
                let got = read_span(&phrase, r);
                let ok = if a < b {
                    got.as_ref().map(|g| (g.0, g.1)) == Some(years(100 * (a - 1) + 1, 100 * b))
                } else {
                    got.as_ref().is_none_or(|g| g.2 != phrase)
                };
                if !ok {
                    failures.push(format!("{phrase:?}: got {got:?}"));
                }
            }
        }
    }
    common::dates::finish("ranges of decades and centuries", n, failures, 430);
}

/// `à l'horizon <year>`, `d'ici (à) <year>`: every reference year
/// 2015–2030 × target years up to 2060 × the three introductions; from
/// the day of writing to the target year's last day.
#[test]
fn a_l_horizon_and_d_ici_before_a_year() {
    let mut failures = Vec::new();
    let mut n = 0;
    for ry in 2015..=2030 {
        let r = d(ry, 4, 9);
        for y in ry..=2060 {
            for intro in ["à l'horizon", "d'ici", "d'ici à"] {
                let phrase = format!("{intro} {y}");
                n += 1;
                let want = (r, d(y, 12, 31));
                let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                if got != Some(want) {
                    failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                }
            }
        }
    }
    // a horizon that is no year: no date
    for phrase in ["à l'horizon 2000 navires", "à l'horizon"] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("à l'horizon", n, failures, 1000);
}

/// A phrase read alone takes the coming occurrence of a bare form: every
/// reference day of 2023–2024 × every weekday (the day itself or the next
/// one), and × every day and month (that day this year if not past, else
/// next year); expected days counted here with chrono. A tense or a
/// direction written in the phrase still decides (`Il est venu lundi.`,
/// `lundi dernier`), and a month without a day is the month in course or
/// the next one.
#[test]
fn a_bare_form_read_alone_is_the_coming_one() {
    let mut failures = Vec::new();
    let mut n = 0;
    let mut r = d(2023, 1, 1);
    while r.year() <= 2024 {
        let today = r.weekday().num_days_from_monday() as i64;
        for (wd, name) in WEEKDAYS.iter().enumerate() {
            let ahead = (wd as i64 - today).rem_euclid(7);
            let back = (today - wd as i64).rem_euclid(7);
            for (phrase, want) in [
                (name.to_string(), r + Duration::days(ahead)),
                (
                    format!("Il est venu {name}."),
                    r - Duration::days(if back == 0 { 0 } else { back }),
                ),
                (
                    format!("{name} dernier"),
                    r - Duration::days(if back == 0 { 7 } else { back }),
                ),
            ] {
                n += 1;
                let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                if got != Some((want, want)) {
                    failures.push(format!("{phrase:?} at {r}: want {want}, got {got:?}"));
                }
            }
        }
        if r.day() == 1 || r.day() == 17 {
            for (m, month) in MONTHS.iter().enumerate() {
                let m = m as u32 + 1;
                for day in [1, 15, 28] {
                    let this = d(r.year(), m, day);
                    let want = if this >= r {
                        this
                    } else {
                        d(r.year() + 1, m, day)
                    };
                    let phrase = format!("le {day} {month}");
                    n += 1;
                    let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                    if got != Some((want, want)) {
                        failures.push(format!("{phrase:?} at {r}: want {want}, got {got:?}"));
                    }
                }
                let (y, _) = if m >= r.month() {
                    (r.year(), m)
                } else {
                    (r.year() + 1, m)
                };
                let phrase = format!("en {month}");
                n += 1;
                let want = (d(y, m, 1), last_day(y, m));
                let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                if got != Some(want) {
                    failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                }
            }
        }
        r = r.succ_opt().unwrap();
    }
    common::dates::finish("bare forms read alone", n, failures, 15000);
}

/// `dans les <n> <unit>` (`dans les 48 heures`, `dans les trois prochains
/// mois`): every reference day of 2024 × counts of hours, days, weeks and
/// months; from the day of writing to the day the count reaches (months: to
/// the end of that month), as `d'ici`. Controls: a count from a told event
/// (`dans les 48 heures qui ont suivi`, `dans les trois jours suivant
/// l'attaque`) is no date of its own.
#[test]
fn dans_les_and_a_count_run_from_the_day_of_writing() {
    let mut failures = Vec::new();
    let mut n = 0;
    let mut r = d(2024, 1, 1);
    while r.year() == 2024 {
        let mut forms: Vec<(String, NaiveDate)> = vec![
            ("dans les 24 heures".into(), r + Duration::days(1)),
            ("dans les 48 heures".into(), r + Duration::days(2)),
            (
                "dans les prochaines 72 heures".into(),
                r + Duration::days(3),
            ),
        ];
        for k in [2i64, 3, 10, 15] {
            forms.push((format!("dans les {k} jours"), r + Duration::days(k)));
            forms.push((
                format!("dans les {k} prochains jours"),
                r + Duration::days(k),
            ));
        }
        for k in [2i64, 3] {
            forms.push((format!("dans les {k} semaines"), r + Duration::days(7 * k)));
        }
        for k in [1u32, 3, 6] {
            let to = r.checked_add_months(chrono::Months::new(k)).unwrap();
            forms.push((
                format!("dans les {k} mois"),
                last_day(to.year(), to.month()),
            ));
        }
        for (phrase, end) in forms {
            n += 1;
            let got = read_span(&phrase, r).map(|g| (g.0, g.1));
            if got != Some((r, end)) {
                failures.push(format!("{phrase:?} at {r}: want {r}..{end}, got {got:?}"));
            }
        }
        r = r.succ_opt().unwrap();
    }
    for phrase in [
        "dans les 48 heures qui ont suivi l'attaque",
        "dans les trois jours suivant le scrutin",
        "dans les dix jours après sa nomination",
        "dans les 24 heures précédant le vote",
    ] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("dans les + count", n, failures, 5000);
}

/// `la décennie <year>`: every year ending in 0 from 1900 to 2090 × the
/// introductions; its ten years. Controls: a year not ending in 0 (`la
/// décennie 2011`) is no decade.
#[test]
fn la_decennie_is_ten_years() {
    let r = d(2024, 5, 6);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in (1900..=2090).step_by(10) {
        for intro in [
            "la décennie",
            "pendant la décennie",
            "au cours de la décennie",
            "durant la décennie",
            "la décennie des années",
        ] {
            let phrase = format!("{intro} {y}");
            n += 1;
            let want = (d(y, 1, 1), d(y + 9, 12, 31));
            let got = read_span(&phrase, r).map(|g| (g.0, g.1));
            if got != Some(want) {
                failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
            }
        }
        let phrase = format!("la décennie {}", y + 3);
        n += 1;
        if let Some(got) = read_span(&phrase, r).filter(|g| g.2 == phrase) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("la décennie", n, failures, 100);
}

/// Two parts of months joined (`fin mars-début avril 2019`, `entre fin
/// avril et début mai 2019`, `de fin mars à début avril 2019`): every pair of consecutive months of
/// 2000–2030 × the joins; from the 21st of the first month to the 10th of
/// the second (the year before for the first when it is December).
/// `fin <year>-début <year+1>`: October to March. Controls: a reversed pair
/// is no span.
#[test]
fn two_parts_of_months_joined() {
    let r = d(2013, 2, 12);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in 2000..=2030 {
        for m in 1..=12u32 {
            let (y2, m2) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            let (a, b) = (MONTHS[m as usize - 1], MONTHS[m2 as usize - 1]);
            let want = (d(y, m, 21), d(y2, m2, 10));
            for phrase in [
                format!("fin {a}-début {b} {y2}"),
                format!("fin {a} - début {b} {y2}"),
                format!("fin {a} début {b} {y2}"),
                format!("entre fin {a} et début {b} {y2}"),
                format!("de fin {a} à début {b} {y2}"),
                format!("fin {a} {y}-début {b} {y2}"),
            ] {
                n += 1;
                let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                if got != Some(want) {
                    failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
                }
            }
        }
        let phrase = format!("fin {y}-début {}", y + 1);
        n += 1;
        let want = (d(y, 10, 1), d(y + 1, 3, 31));
        let got = read_span(&phrase, r).map(|g| (g.0, g.1));
        if got != Some(want) {
            failures.push(format!("{phrase:?}: want {want:?}, got {got:?}"));
        }
        let phrase = format!("fin {}-début {y}", y + 1);
        n += 1;
        if let Some(got) = read_span(&phrase, r).filter(|g| g.2 == phrase) {
            failures.push(format!("{phrase:?}: reversed, read as {got:?}"));
        }
    }
    common::dates::finish("parts of months joined", n, failures, 2200);
}

/// A month in Roman numerals between a day and a year (`le 3-III-2024`):
/// every day of 1900, 1968 and 2024 × the separators `-`, `.`, `/`.
/// Controls: mixed separators and lowercase numerals are no date.
#[test]
fn roman_month_numerals() {
    let r = d(2013, 2, 12);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in [1900, 1968, 2024] {
        let mut day = d(y, 1, 1);
        while day.year() == y {
            let roman = ROMAN[day.month() as usize - 1];
            for sep in ["-", ".", "/"] {
                let phrase = format!("le {}{sep}{roman}{sep}{y}", day.day());
                n += 1;
                let got = read_span(&phrase, r).map(|g| (g.0, g.1));
                if got != Some((day, day)) {
                    failures.push(format!("{phrase:?}: want {day}, got {got:?}"));
                }
            }
            day = day.succ_opt().unwrap();
        }
    }
    for phrase in [
        "le 3-III.2024",
        "le 3-iii-2024",
        "le 31-II-2024",
        "3-XIII-2024",
    ] {
        n += 1;
        if let Some(got) = read_span(phrase, r).filter(|g| g.2.contains(['I', 'i'])) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("Roman months", n, failures, 3000);
}

/// A noun naming a year (`l'exercice 2023`, `le millésime 2015`): every year
/// 1990–2035 × the nouns and introductions. Controls: the noun before a
/// number that counts something is no year.
#[test]
fn year_nouns_name_their_year() {
    let r = d(2024, 9, 15);
    let mut failures = Vec::new();
    let mut n = 0;
    for y in 1990..=2035 {
        for phrase in [
            format!("l'exercice {y}"),
            format!("au titre de l'exercice {y}"),
            format!("sur l'exercice {y}"),
            format!("le millésime {y}"),
        ] {
            n += 1;
            let got = read_span(&phrase, r).map(|g| (g.0, g.1));
            if got != Some((d(y, 1, 1), d(y, 12, 31))) {
                failures.push(format!("{phrase:?}: want {y}, got {got:?}"));
            }
        }
    }
    for phrase in ["l'exercice 2000 personnes", "un exercice de 1500 hommes"] {
        n += 1;
        if let Some(got) = read_span(phrase, r) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("year nouns", n, failures, 180);
}

// ------------------------------------------------------------------ s44

/// The adverbs data/temporal.toml lets between a head and its count, written
/// again here (the test's own list, not the program's).
const COUNT_ADVERBS: [&str; 17] = [
    "tout juste",
    "à peine",
    "déjà",
    "maintenant",
    "désormais",
    "exactement",
    "seulement",
    "pile",
    "précisément",
    "quasiment",
    "pratiquement",
    "juste",
    "bien",
    "plus ou moins",
    "grosso modo",
    "approximativement",
    "sensiblement",
];

/// The first day of the month `k` months from `r` (negative: before).
fn month_from(r: NaiveDate, k: i32) -> (NaiveDate, NaiveDate) {
    let i = r.year() * 12 + r.month0() as i32 + k;
    let (y, m) = (i.div_euclid(12), i.rem_euclid(12) as u32 + 1);
    (d(y, m, 1), last_day(y, m))
}

/// `il y a tout juste un an`, `voilà déjà trois mois`, `dans à peine deux
/// semaines`: every adverb × head × count × unit × reference day; the count
/// as written (days and weeks a day, months their month, years their
/// year). Controls: an adverb before no count (`il y a bien longtemps`,
/// `il y a déjà des années`) is no date.
#[test]
fn adverbs_between_a_head_and_its_count_keep_the_count() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in [
        d(2013, 2, 12),
        d(2020, 2, 29),
        d(2024, 9, 15),
        d(2031, 12, 31),
    ] {
        for adverb in COUNT_ADVERBS {
            for (k, word) in [
                (1, "un"),
                (2, "deux"),
                (3, "3"),
                (10, "dix"),
                (15, "15"),
                (20, "vingt"),
            ] {
                for unit in ["jours", "semaines", "mois", "ans"] {
                    let unit = if k == 1 {
                        unit.trim_end_matches('s').replace("moi", "mois")
                    } else {
                        unit.to_string()
                    };
                    let word = if k == 1 && unit == "semaine" {
                        "une"
                    } else {
                        word
                    };
                    for (head, sign) in [("il y a", -1i32), ("voilà", -1), ("dans", 1)] {
                        let phrase = format!("{head} {adverb} {word} {unit}");
                        let want = match unit.as_str() {
                            "jour" | "jours" => {
                                let x = r + Duration::days(i64::from(sign * k));
                                (x, x)
                            }
                            "semaine" | "semaines" => {
                                let x = r + Duration::days(i64::from(sign * k * 7));
                                (x, x)
                            }
                            "mois" => month_from(r, sign * k),
                            _ => {
                                let y = r.year() + sign * k;
                                (d(y, 1, 1), d(y, 12, 31))
                            }
                        };
                        n += 1;
                        let got = read_span(&phrase, r);
                        if got.as_ref().map(|g| (g.0, g.1)) != Some(want)
                            || got.as_ref().is_some_and(|g| g.2 != phrase)
                        {
                            failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                        }
                    }
                }
            }
        }
    }
    for phrase in [
        "il y a bien longtemps",
        "il y a déjà des années",
        "il y a seulement quelques personnes",
        "dans à peine une heure",
        "il y a tout juste 3 heures",
    ] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("adverbs before a count", n, failures, 4800);
}

/// `il y a 48h`, `dans les 72 h`, `sous 24h`, `d'ici 48h`, `depuis 48h`: the
/// hour's symbol glued to its count or spaced, in whole days only, as
/// `48 heures`. Every multiple of 24 up to 240 × head × spelling × every
/// fifth day of 2024. Controls: hours that make no whole day (`il y a 3h`,
/// `dans 36h`), times of day (`à 18h`, `vers 9h`, `dans 1h30`).
#[test]
fn the_hour_symbol_counts_whole_days() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut r = d(2024, 1, 1);
    while r.year() == 2024 {
        for k in 1..=10i64 {
            let h = 24 * k;
            for symbol in [format!("{h}h"), format!("{h} h"), format!("{h}H")] {
                for (head, want) in [
                    ("il y a", (r - Duration::days(k), r - Duration::days(k))),
                    ("dans les", (r, r + Duration::days(k))),
                    ("sous", (r, r + Duration::days(k))),
                    ("d'ici", (r, r + Duration::days(k))),
                    ("depuis", (r - Duration::days(k), r)),
                ] {
                    let phrase = format!("{head} {symbol}");
                    n += 1;
                    let got = read_span(&phrase, r);
                    if got.as_ref().map(|g| (g.0, g.1)) != Some(want) {
                        failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
        r += Duration::days(5);
    }
    for phrase in [
        "il y a 3h",
        "dans 36h",
        "il y a 25 h",
        "à 18h",
        "vers 9h",
        "dans 1h30",
        "il y a 24h30",
        "Le train part à 24h.",
    ] {
        n += 1;
        if let Some(got) = read_span(phrase, d(2024, 3, 20)) {
            failures.push(format!("{phrase:?}: read as {got:?}"));
        }
    }
    common::dates::finish("the hour symbol", n, failures, 5000);
}

/// `depuis plus d'un an`, `depuis moins de trois mois`, `depuis déjà dix
/// jours`: the count up to the day of writing, as `depuis un an`. Every
/// count × unit × qualifier × reference.
#[test]
fn depuis_more_or_less_than_a_count() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in [d(2013, 2, 12), d(2024, 9, 15), d(2023, 3, 31)] {
        for (k, word) in [
            (1u32, "un"),
            (2, "deux"),
            (3, "trois"),
            (6, "6"),
            (10, "dix"),
        ] {
            for q in ["plus de ", "moins de ", "près de ", "déjà ", "à peine "] {
                for unit in ["jour", "semaine", "mois", "an"] {
                    let (word, unit_word) = match (k, unit) {
                        (1, "semaine") => ("une", "semaine".to_string()),
                        (1, u) => (word, u.to_string()),
                        (_, "mois") => (word, "mois".to_string()),
                        (_, u) => (word, format!("{u}s")),
                    };
                    let q = if word.starts_with('u') && q.ends_with("de ") {
                        q.replace("de ", "d'")
                    } else {
                        q.to_string()
                    };
                    let phrase = format!("depuis {q}{word} {unit_word}");
                    let from = match unit {
                        "jour" => r - Duration::days(i64::from(k)),
                        "semaine" => r - Duration::days(7 * i64::from(k)),
                        "mois" => r.checked_sub_months(chrono::Months::new(k)).unwrap(),
                        _ => r.checked_sub_months(chrono::Months::new(12 * k)).unwrap(),
                    };
                    n += 1;
                    let got = read_span(&phrase, r);
                    if got.as_ref().map(|g| (g.0, g.1)) != Some((from, r)) {
                        failures.push(format!("{phrase:?} at {r}: want {from}..{r}, got {got:?}"));
                    }
                }
            }
        }
    }
    common::dates::finish("depuis plus de / moins de", n, failures, 300);
}

/// `ce mardi 19`: the demonstrative before a weekday and a day number names
/// the day `mardi 19` names (not `ce mardi`, then a number). Every day of
/// 2023–2024 as the reference × each day 1 to 40 days before (past tense)
/// and after it (future); the expected day found by scanning the calendar
/// for the weekday and the number. Controls: a count after it (`ce mardi 19
/// personnes`).
#[test]
fn ce_weekday_and_day_number() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut r = d(2023, 1, 1);
    while r.year() <= 2024 {
        for k in [1i64, 3, 8, 20, 40] {
            for (target, text, scan) in [
                (r - Duration::days(k), "Il est venu ce", -1i64),
                (r + Duration::days(k), "Il viendra ce", 1),
            ] {
                let wd = WEEKDAYS[target.weekday().num_days_from_monday() as usize];
                let expr = format!("ce {wd} {}", target.day());
                let phrase = format!("{} {wd} {}.", text, target.day());
                let want = (0..400)
                    .map(|i| r + Duration::days(scan * i))
                    .find(|x| x.weekday() == target.weekday() && x.day() == target.day())
                    .unwrap();
                n += 1;
                let got = read_span(&phrase, r);
                if got.as_ref().map(|g| (g.0, g.1)) != Some((want, want))
                    || got.as_ref().is_some_and(|g| g.2 != expr)
                {
                    failures.push(format!("{phrase:?} at {r}: want {want}, got {got:?}"));
                }
            }
        }
        r += Duration::days(1);
    }
    for phrase in ["ce mardi 19 personnes", "ce jeudi 3 blessés"] {
        n += 1;
        if read_span(phrase, d(2024, 3, 20)).is_some_and(|g| g.2.ends_with(char::is_numeric)) {
            failures.push(format!("{phrase:?}: a count read as a day"));
        }
    }
    common::dates::finish("ce <weekday> <day>", n, failures, 3000);
}

/// `lun.`, `ven.` alone on their line (an agenda, a dateline): the weekday;
/// read alone, the coming one. Every abbreviation × every day of 2024, and
/// inside a text of several lines. Controls: the same abbreviations ending a
/// sentence (`vers la mer.`) or followed by words on their line.
#[test]
fn abbreviated_weekdays_alone_on_their_line() {
    let (mut n, mut failures) = (0, Vec::new());
    let abbrevs = [
        ("lun.", 0u32),
        ("mer.", 2),
        ("jeu.", 3),
        ("ven.", 4),
        ("vend.", 4),
        ("sam.", 5),
        ("dim.", 6),
    ];
    let mut r = d(2024, 1, 1);
    while r.year() == 2024 {
        for (abbrev, wd) in abbrevs {
            let ahead =
                (i64::from(wd) - i64::from(r.weekday().num_days_from_monday())).rem_euclid(7);
            let want = r + Duration::days(ahead);
            for text in [
                abbrev.to_string(),
                format!("Agenda\n  {abbrev}\nConcert au parc"),
            ] {
                n += 1;
                let got = read_span(&text, r);
                if got.as_ref().map(|g| (g.0, g.1)) != Some((want, want)) {
                    failures.push(format!("{text:?} at {r}: want {want}, got {got:?}"));
                }
            }
        }
        r += Duration::days(1);
    }
    for text in [
        "Il est parti vers la mer.",
        "Ils ont pris le large en mer.",
        "ven. et sam. matin",
        "lun. prochain ou jamais",
    ] {
        n += 1;
        if let Some(got) = read_span(text, d(2024, 3, 20)) {
            failures.push(format!("{text:?}: read as {got:?}"));
        }
    }
    common::dates::finish("abbreviated weekdays alone", n, failures, 5000);
}

/// `ces derniers mois`, `ces dernières années`, `dans les années à venir`:
/// vague windows back or ahead from the day of writing (half a year, five
/// years of 365.25 days: 1826 days, as written in docs/dates.md).
#[test]
fn vague_recent_months_and_years() {
    let (mut n, mut failures) = (0, Vec::new());
    let forms: [(&str, i64); 12] = [
        ("ces derniers mois", -180),
        ("au cours des derniers mois", -180),
        ("lors des derniers mois", -180),
        ("ces dernières années", -1826),
        ("au cours des dernières années", -1826),
        ("lors des dernières années", -1826),
        ("ces derniers temps", -60),
        ("au cours des dernières semaines", -60),
        ("dans les prochaines années", 1826),
        ("dans les années à venir", 1826),
        ("ces prochaines années", 1826),
        ("dans les années qui viennent", 1826),
    ];
    for r in [d(2013, 2, 12), d(2024, 2, 29), d(2030, 7, 1)] {
        for (phrase, days) in forms {
            let want = if days < 0 {
                (r + Duration::days(days), r)
            } else {
                (r, r + Duration::days(days))
            };
            n += 1;
            let got = read_span(phrase, r);
            if got.as_ref().map(|g| (g.0, g.1)) != Some(want) {
                failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
            }
        }
    }
    common::dates::finish("vague months and years", n, failures, 30);
}

/// `jusqu'au 31 mars inclus`, `jusqu'au 5 mai compris`, `du 3 au 5 mars
/// inclus`: the participle after the date makes it a bound, not a verb in
/// the past: read alone, the coming day. Every month × days 1, 15, 28 × each
/// qualifier × reference. Control: the clause's own verb still tells the
/// past (`Il est resté jusqu'au 3 mars inclus.`).
#[test]
fn inclusive_bounds_are_no_past_participles() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in [d(2013, 2, 12), d(2024, 9, 15)] {
        for (i, month) in MONTHS.iter().enumerate() {
            let m = i as u32 + 1;
            for day in [1u32, 15, 28] {
                let this = d(r.year(), m, day);
                let want = if this >= r {
                    this
                } else {
                    d(r.year() + 1, m, day)
                };
                let number = if day == 1 {
                    "1er".to_string()
                } else {
                    day.to_string()
                };
                for q in ["inclus", "compris", "exclu", "inclusivement"] {
                    let phrase = format!("jusqu'au {number} {month} {q}");
                    n += 1;
                    let got = read(&phrase, r).and_then(|t| t.interval);
                    if got.map(|i| i.end) != Some(want) {
                        failures.push(format!("{phrase:?} at {r}: want ../{want}, got {got:?}"));
                    }
                }
            }
        }
        let past = read_span("Il est resté jusqu'au 3 mars inclus.", r);
        let want = if d(r.year(), 3, 3) <= r {
            d(r.year(), 3, 3)
        } else {
            d(r.year() - 1, 3, 3)
        };
        n += 1;
        if past.as_ref().map(|g| g.1) != Some(want) {
            failures.push(format!("control at {r}: want {want}, got {past:?}"));
        }
    }
    common::dates::finish("inclusive bounds", n, failures, 200);
}

/// `la mission Mars 2020`, `le rover Mars 2020`: a capitalised month right
/// after a word, with no preposition, names a mission, a planet or a brand
/// (French writes its months in lowercase). Every month × year × noun
/// before it gives no month; controls, every month × year: after a
/// preposition (`en Mars 2020`), opening the text (`Mars 2020 a été…`) and
/// in lowercase after a noun (`le bilan mars 2020`) it is that month.
#[test]
fn a_capitalised_month_after_a_noun_is_a_name() {
    let (mut n, mut failures) = (0, Vec::new());
    let r = d(2024, 3, 20);
    for (i, month) in MONTHS.iter().enumerate() {
        let m = i as u32 + 1;
        let capital: String = month
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(month.chars().skip(1))
            .collect();
        for y in [1999, 2020, 2024, 2031] {
            for noun in [
                "la mission",
                "le rover",
                "la sonde",
                "le projet",
                "l'opération",
            ] {
                let text = format!("{noun} {capital} {y} de la Nasa");
                n += 1;
                if let Some(got) = read_span(&text, r).filter(|g| g.2.contains(&capital)) {
                    failures.push(format!("{text:?}: read as {got:?}"));
                }
            }
            let want = (d(y, m, 1), last_day(y, m));
            for text in [
                format!("en {capital} {y}"),
                format!("{capital} {y} a été un mois de crise"),
                format!("le bilan {month} {y}"),
            ] {
                n += 1;
                let got = read_span(&text, r);
                if got.as_ref().map(|g| (g.0, g.1)) != Some(want) {
                    failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
                }
            }
        }
    }
    common::dates::finish("capitalised months after a noun", n, failures, 350);
}
