//! The date grammar, family by family (docs/dates.md): every phrase is
//! generated as a product of the family's parts (part × period, ordinal ×
//! unit × period, weekday × modifier, layout × separator, holiday × year),
//! and every expected value is computed here with chrono from the calendar
//! conventions the docs state, never by the code under test.

mod common;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use common::dates::{EASTER, check, d, finish, last_day, monday_of, read};
use common::{MONTHS, WEEKDAYS};
use newsx::model::{DateInterval, Span, Timex, TimexKind};
use newsx::temporal::extract_str;

/// Reference days: a Tuesday (Duckling's), a month end, a leap day, a
/// Sunday at a year end.
fn references() -> Vec<NaiveDate> {
    vec![
        d(2013, 2, 12),
        d(2023, 9, 30),
        d(2024, 2, 29),
        d(2020, 12, 27),
    ]
}

/// `de mars`, `d'avril`: the French elision before a vowel.
fn de(word: &str) -> String {
    if word.starts_with(['a', 'o', 'é', 'e', 'i', 'u']) {
        format!("d'{word}")
    } else {
        format!("de {word}")
    }
}

// ---------------------------------------------------------------- parts

#[derive(Clone, Copy)]
enum Part {
    Early,
    Mid,
    Late,
    FirstHalf,
    SecondHalf,
}

/// The conventions of docs/dates.md, written again with chrono.
fn part_of(period: (NaiveDate, NaiveDate), kind: &str, part: Part) -> (NaiveDate, NaiveDate) {
    let (s, e) = period;
    let days = |a: i64, b: i64| (s + Duration::days(a), s + Duration::days(b));
    let month_days = |a: u32, b: u32| (d(s.year(), s.month(), a), d(s.year(), s.month(), b));
    let months = |a: u32, b: u32| (d(s.year(), a, 1), last_day(s.year(), b));
    match (kind, part) {
        ("week", Part::Early) => days(0, 1),
        ("week", Part::Mid) => days(2, 3),
        ("week", Part::Late) => days(3, 6),
        ("week", Part::FirstHalf) => days(0, 3),
        ("week", Part::SecondHalf) => days(4, 6),
        ("month", Part::Early) => month_days(1, 10),
        ("month", Part::Mid) => month_days(10, 19),
        ("month", Part::Late) => (d(s.year(), s.month(), 21), e),
        ("month", Part::FirstHalf) => month_days(1, 14),
        ("month", Part::SecondHalf) => (d(s.year(), s.month(), 15), e),
        ("quarter", Part::Early) => months(s.month(), s.month()),
        ("quarter", Part::Mid) => months(s.month() + 1, s.month() + 1),
        ("quarter", Part::Late) => months(s.month() + 2, s.month() + 2),
        ("quarter", Part::FirstHalf) => days(0, 44),
        ("quarter", Part::SecondHalf) => (s + Duration::days(45), e),
        (_, Part::Early) => months(1, 3),
        (_, Part::Mid) => months(5, 8),
        (_, Part::Late) => months(10, 12),
        (_, Part::FirstHalf) => months(1, 6),
        (_, Part::SecondHalf) => months(7, 12),
    }
}

#[test]
fn part_of_period_for_every_part_and_period_form() {
    let parts = [
        ("début", Part::Early),
        ("milieu", Part::Mid),
        ("fin", Part::Late),
        ("première quinzaine", Part::FirstHalf),
        ("seconde quinzaine", Part::SecondHalf),
        ("deuxième quinzaine", Part::SecondHalf),
    ];
    let intros = ["", "en ", "au ", "à la "];
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        let week = (monday_of(r), monday_of(r) + Duration::days(6));
        let month = (d(r.year(), r.month(), 1), last_day(r.year(), r.month()));
        let q = 3 * ((r.month() - 1) / 3) + 1;
        let quarter = (d(r.year(), q, 1), last_day(r.year(), q + 2));
        let year = (d(r.year(), 1, 1), d(r.year(), 12, 31));
        let mut periods: Vec<(String, &str, (NaiveDate, NaiveDate))> = vec![
            ("de la semaine".into(), "week", week),
            ("du mois".into(), "month", month),
            ("de l'année".into(), "year", year),
            ("du trimestre".into(), "quarter", quarter),
            (format!("de {}", r.year() - 3), "year", {
                let y = r.year() - 3;
                (d(y, 1, 1), d(y, 12, 31))
            }),
            // the reference's own month, named without its year
            (de(MONTHS[r.month0() as usize]), "month", month),
        ];
        for (m, name) in MONTHS.iter().enumerate() {
            let m = m as u32 + 1;
            let y = 2019;
            let span = (d(y, m, 1), last_day(y, m));
            periods.push((format!("du mois {} {y}", de(name)), "month", span));
            periods.push((format!("{} {y}", de(name)), "month", span));
        }
        for (word, part) in parts {
            for (period, kind, span) in &periods {
                for intro in intros {
                    let phrase = format!("{intro}{word} {period}");
                    let want = part_of(*span, kind, part);
                    n += 1;
                    failures.extend(check(&phrase, r, want, "part-of-period"));
                }
            }
        }
        // `les premiers jours de mars`, `dans les dernières semaines de
        // l'année`: plural forms of début and fin
        for (word, part) in [
            ("les premiers jours", Part::Early),
            ("dans les derniers jours", Part::Late),
            ("les premières semaines", Part::Early),
            ("durant les dernières semaines", Part::Late),
        ] {
            for (period, kind, span) in &periods {
                let phrase = format!("{word} {period}");
                n += 1;
                failures.extend(check(
                    &phrase,
                    r,
                    part_of(*span, kind, part),
                    "part-of-period",
                ));
            }
        }
        for (period, span) in [
            ("de l'année", year),
            (&*format!("de {}", r.year() - 3), {
                let y = r.year() - 3;
                (d(y, 1, 1), d(y, 12, 31))
            }),
        ] {
            for (word, part) in [
                ("les premiers mois", Part::Early),
                ("les derniers mois", Part::Late),
            ] {
                let phrase = format!("{word} {period}");
                n += 1;
                failures.extend(check(
                    &phrase,
                    r,
                    part_of(span, "year", part),
                    "part-of-period",
                ));
            }
        }
        // `mi-juin 2019`, `fin 2019`, `début mars 2019`: without `de`
        for (m, name) in MONTHS.iter().enumerate() {
            let span = (d(2019, m as u32 + 1, 1), last_day(2019, m as u32 + 1));
            for (word, part) in [
                ("mi-", Part::Mid),
                ("début ", Part::Early),
                ("fin ", Part::Late),
            ] {
                let phrase = format!("{word}{name} 2019");
                n += 1;
                failures.extend(check(
                    &phrase,
                    r,
                    part_of(span, "month", part),
                    "part-of-period",
                ));
            }
        }
    }
    finish("part-of-period", n, failures, 2000);
}

// -------------------------------------------------------------- ordinals

#[test]
fn ordinal_in_period_for_every_ordinal_unit_and_period() {
    // (masculine, feminine, n)
    let ordinals: [(&str, &str, i64); 10] = [
        ("premier", "première", 1),
        ("deuxième", "deuxième", 2),
        ("second", "seconde", 2),
        ("troisième", "troisième", 3),
        ("1er", "1re", 1),
        ("2e", "2e", 2),
        ("3e", "3e", 3),
        ("3ème", "3ème", 3),
        ("3eme", "3eme", 3),
        ("dernier", "dernière", -1),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        let month_of = |day: NaiveDate| {
            (
                d(day.year(), day.month(), 1),
                last_day(day.year(), day.month()),
            )
        };
        let this_month = month_of(r);
        let next_month = month_of(this_month.1 + Duration::days(1));
        let last_month = month_of(this_month.0 - Duration::days(1));
        let mut periods: Vec<(String, (NaiveDate, NaiveDate))> = vec![
            ("du mois".into(), this_month),
            ("du mois prochain".into(), next_month),
            ("du mois dernier".into(), last_month),
            (
                "de l'année".into(),
                (d(r.year(), 1, 1), d(r.year(), 12, 31)),
            ),
            (de(MONTHS[r.month0() as usize]), this_month),
        ];
        for (m, name) in MONTHS.iter().enumerate() {
            let m = m as u32 + 1;
            periods.push((
                format!("{} 2019", de(name)),
                (d(2019, m, 1), last_day(2019, m)),
            ));
        }
        for (masc, fem, k) in ordinals {
            for (period, (s, e)) in &periods {
                // the k-th day
                let day = if k > 0 {
                    *s + Duration::days(k - 1)
                } else {
                    *e
                };
                n += 1;
                failures.extend(check(
                    &format!("le {masc} jour {period}"),
                    r,
                    (day, day),
                    "ordinal-in-period",
                ));
                // the k-th week: weeks with four days or more in the period
                let weeks: Vec<NaiveDate> = s
                    .iter_days()
                    .take_while(|x| x <= e)
                    .filter(|x| x.weekday() == Weekday::Thu)
                    .map(monday_of)
                    .collect();
                let monday = if k > 0 {
                    weeks[k as usize - 1]
                } else {
                    *weeks.last().unwrap()
                };
                n += 1;
                failures.extend(check(
                    &format!("la {fem} semaine {period}"),
                    r,
                    (monday, monday + Duration::days(6)),
                    "ordinal-in-period",
                ));
                // the k-th weekday
                for (w, name) in WEEKDAYS.iter().enumerate() {
                    let days: Vec<NaiveDate> = s
                        .iter_days()
                        .take_while(|x| x <= e)
                        .filter(|x| x.weekday().num_days_from_monday() == w as u32)
                        .collect();
                    let want = if k > 0 {
                        days[k as usize - 1]
                    } else {
                        *days.last().unwrap()
                    };
                    n += 1;
                    failures.extend(check(
                        &format!("le {masc} {name} {period}"),
                        r,
                        (want, want),
                        "ordinal-in-period",
                    ));
                }
            }
        }
    }
    finish("ordinal-in-period", n, failures, 2000);
}

// -------------------------------------------------------------- weekdays

#[test]
fn weekday_with_every_week_modifier() {
    // modifier, weeks after the first occurrence on or after the reference
    // day; `None` for the strict next/last one
    let modifiers: [(&str, Option<i64>, i64); 8] = [
        ("prochain", None, 1),
        ("dernier", None, -1),
        ("suivant", Some(1), 0),
        ("d'après", Some(1), 0),
        ("en huit", Some(1), 0),
        ("en 8", Some(1), 0),
        ("en quinze", Some(2), 0),
        ("en 15", Some(2), 0),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    // every weekday of one week as reference
    for k in 0..7 {
        let r = d(2023, 9, 11) + Duration::days(k);
        for (w, name) in WEEKDAYS.iter().enumerate() {
            let wd = Weekday::try_from(w as u8).unwrap();
            let on_or_after = (0..7)
                .map(|i| r + Duration::days(i))
                .find(|x| x.weekday() == wd)
                .unwrap();
            for (modifier, ahead, strict) in modifiers {
                let want = match (ahead, strict) {
                    (Some(a), _) => on_or_after + Duration::days(7 * a),
                    (None, 1) => (1..=7)
                        .map(|i| r + Duration::days(i))
                        .find(|x| x.weekday() == wd)
                        .unwrap(),
                    _ => (1..=7)
                        .map(|i| r - Duration::days(i))
                        .find(|x| x.weekday() == wd)
                        .unwrap(),
                };
                n += 1;
                failures.extend(check(
                    &format!("{name} {modifier}"),
                    r,
                    (want, want),
                    "weekday-relative",
                ));
            }
        }
    }
    finish("weekday-relative", n, failures, 300);
}

// ------------------------------------------------------- numeric layouts

#[test]
fn numeric_dates_in_every_layout_and_separator() {
    let days = [
        d(2019, 3, 5),
        d(2021, 12, 31),
        d(1998, 7, 14),
        d(2024, 2, 29),
        d(2013, 10, 1),
    ];
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    for day in days {
        let (y, m, dd) = (day.year(), day.month(), day.day());
        let mut phrases: Vec<(String, &str)> = Vec::new();
        for sep in ["/", ".", "-"] {
            for (ds, ms) in [
                (format!("{dd}"), format!("{m}")),
                (format!("{dd:02}"), format!("{m:02}")),
            ] {
                phrases.push((format!("{ds}{sep}{ms}{sep}{y}"), "numeric-date"));
                phrases.push((format!("{y}{sep}{ms}{sep}{ds}"), "iso-date"));
            }
        }
        // two-digit years after slashes
        phrases.push((format!("{dd}/{m}/{:02}", y % 100), "numeric-date"));
        phrases.push((format!("{dd:02}/{m:02}/{:02}", y % 100), "numeric-date"));
        // spaces, four-digit year
        phrases.push((format!("{dd} {m} {y}"), "numeric-date-spaced"));
        phrases.push((format!("{dd:02} {m:02} {y}"), "numeric-date-spaced"));
        // a year after a comma
        phrases.push((
            format!("{dd} {}, {y}", MONTHS[m as usize - 1]),
            "day-month-year",
        ));
        for (phrase, rule) in phrases {
            n += 1;
            failures.extend(check(&phrase, r, (day, day), rule));
        }
    }
    finish("numeric layouts", n, failures, 80);
}

// -------------------------------------------------------------- holidays

#[test]
fn holidays_fixed_and_movable_for_every_year() {
    let movable = [
        ("Pâques", 0),
        ("lundi de Pâques", 1),
        ("Vendredi saint", -2),
        ("jeudi de l'Ascension", 39),
        ("Ascension", 39),
        ("Pentecôte", 49),
        ("lundi de Pentecôte", 50),
        ("mardi gras", -47),
    ];
    let fixed = [
        ("fête du Travail", 5, 1),
        ("Toussaint", 11, 1),
        ("Noël", 12, 25),
        ("jour de l'an", 1, 1),
        ("Saint-Sylvestre", 12, 31),
        ("14-Juillet", 7, 14),
        ("fête nationale", 7, 14),
        ("Armistice", 11, 11),
        ("Assomption", 8, 15),
        ("Saint-Valentin", 2, 14),
    ];
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    // (the years 2000–2030 this family was written for)
    for (y, m, day) in EASTER.into_iter().filter(|e| e.0 <= 2030) {
        let easter = d(y, m, day);
        assert_eq!(easter.weekday(), Weekday::Sun, "table entry {y}");
        for (name, offset) in movable {
            let want = easter + Duration::days(offset);
            // `mardi gras` needs its capital like the other common nouns
            let name = if name == "mardi gras" {
                "Mardi gras"
            } else {
                name
            };
            n += 1;
            failures.extend(check(&format!("{name} {y}"), r, (want, want), "holiday"));
        }
        for (name, m, day) in fixed {
            n += 1;
            failures.extend(check(
                &format!("{name} {y}"),
                r,
                (d(y, m, day), d(y, m, day)),
                "holiday",
            ));
        }
    }
    // without a year: the coming one (a bare phrase read alone)
    n += 1;
    failures.extend(check(
        "fête du Travail",
        r,
        (d(2013, 5, 1), d(2013, 5, 1)),
        "holiday",
    ));
    // a common noun in lower case is no holiday
    for phrase in ["son ascension fulgurante", "la pentecôte"] {
        n += 1;
        if read(phrase, r).is_some_and(|t| t.rule == "holiday") {
            failures.push(format!("{phrase:?} read as a holiday"));
        }
    }
    finish("holidays", n, failures, 500);
}

// -------------------------------------------------------------- durations

fn shift(r: NaiveDate, n: i64, unit: &str) -> NaiveDate {
    let months = |k: i64| {
        if k >= 0 {
            r.checked_add_months(Months::new(k as u32)).unwrap()
        } else {
            r.checked_sub_months(Months::new((-k) as u32)).unwrap()
        }
    };
    match unit {
        "jours" => r + Duration::days(n),
        "semaines" => r + Duration::days(7 * n),
        "mois" => months(n),
        _ => months(12 * n),
    }
}

/// What a count from the reference denotes (docs/dates.md): the day for
/// days and weeks, the month or year holding it for months and years.
fn point(day: NaiveDate, unit: &str) -> (NaiveDate, NaiveDate) {
    match unit {
        "jours" | "semaines" => (day, day),
        "mois" => (
            d(day.year(), day.month(), 1),
            last_day(day.year(), day.month()),
        ),
        _ => (d(day.year(), 1, 1), d(day.year(), 12, 31)),
    }
}

#[test]
fn durations_from_the_reference_are_a_day_or_the_unit_holding_it() {
    let words = [(2, "deux"), (3, "trois"), (10, "dix"), (18, "dix-huit")];
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        for unit in ["jours", "semaines", "mois", "ans"] {
            for (k, word) in words {
                for count in [k.to_string(), word.to_string()] {
                    let ago = point(shift(r, -k, unit), unit);
                    let ahead = point(shift(r, k, unit), unit);
                    n += 2;
                    failures.extend(check(&format!("il y a {count} {unit}"), r, ago, "ago"));
                    failures.extend(check(&format!("dans {count} {unit}"), r, ahead, "in-n"));
                }
            }
        }
        // sums: each amount added in turn, the finest unit kept
        for (a, b) in [(1, 2), (2, 6), (3, 1)] {
            let years = if a == 1 {
                "un an".to_string()
            } else {
                format!("{a} ans")
            };
            let want = point(shift(shift(r, -a, "ans"), -b, "mois"), "mois");
            n += 1;
            failures.extend(check(
                &format!("il y a {years} et {b} mois"),
                r,
                want,
                "ago",
            ));
            let want = point(shift(shift(r, a, "ans"), b, "mois"), "mois");
            n += 1;
            failures.extend(check(&format!("dans {years} et {b} mois"), r, want, "in-n"));
            let want = point(shift(shift(r, -a, "ans"), -b, "jours"), "jours");
            n += 1;
            failures.extend(check(
                &format!("il y a {years} et {b} jours"),
                r,
                want,
                "ago",
            ));
        }
    }
    finish("durations", n, failures, 250);
}

// ---------------------------------------------- ranges and open intervals

#[test]
fn day_ranges_with_every_connector_and_open_intervals() {
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    for (m, name) in MONTHS.iter().enumerate() {
        let m = m as u32 + 1;
        for (d1, d2) in [(1, 10), (5, 8), (14, 28)] {
            let want = (d(2019, m, d1), d(2019, m, d2));
            let first = if d1 == 1 {
                "1er".to_string()
            } else {
                d1.to_string()
            };
            for phrase in [
                format!("du {first} au {d2} {name} 2019"),
                format!("du {first} jusqu'au {d2} {name} 2019"),
                format!("{first}-{d2} {name} 2019"),
                format!("{first} - {d2} {name} 2019"),
                format!("les {first} et {d2} {name} 2019"),
                format!("entre le {first} et le {d2} {name} 2019"),
                // one of two days: `le 5 ou le 8 mars`
                format!("{first} ou le {d2} {name} 2019"),
                format!("{first} ou {d2} {name} 2019"),
            ] {
                n += 1;
                failures.extend(check(&phrase, r, want, "day-month-range"));
            }
        }
        // open intervals: the bound as written, the other side open
        let day = d(2019, m, 12);
        for (intro, from) in [
            ("à partir du", true),
            ("à compter du", true),
            ("après le", true),
            ("dès le", true),
            ("avant le", false),
            ("jusqu'au", false),
        ] {
            let phrase = format!("{intro} 12 {name} 2019");
            let t = read(&phrase, r);
            let want = if from {
                format!("{day}/..")
            } else {
                format!("../{day}")
            };
            n += 1;
            let ok = t.as_ref().is_some_and(|t| {
                t.value == want && t.rule == "open-interval" && t.kind == TimexKind::Vague
            });
            if !ok {
                failures.push(format!(
                    "{phrase:?}: want {want}, got {:?}",
                    t.map(|t| (t.value, t.rule))
                ));
            }
        }
    }
    // reversed: an error, not a swapped interval
    for phrase in ["du 18 au 13 juin 2019", "entre le 30 et le 2 mai 2019"] {
        n += 1;
        let t = read(phrase, r);
        if t.as_ref().is_some_and(|t| t.rule.contains("range")) {
            failures.push(format!("{phrase:?} read as a range: {t:?}"));
        }
    }
    finish("ranges and open intervals", n, failures, 250);
}

// -------------------------------------------- anaphors and the present

fn dates_in(text: &str, published: NaiveDate) -> Vec<Timex> {
    extract_str(
        text,
        &[Span::new(0, text.len())],
        Some(DateInterval::day(published)),
    )
}

/// `suivant`, `précédent` count from the date the text has reached, not
/// from the day of writing: after a narrated day (every fifth day of 2019
/// and 2024), the year, month, week (Monday to Sunday), named month, named
/// day and weekday after or before it, each computed here with chrono.
#[test]
fn following_and_preceding_periods_count_from_the_date_told_before() {
    let published = d(2025, 12, 8);
    let (mut n, mut failures) = (0, Vec::new());
    let mut check = |text: String, form: &str, want: (NaiveDate, NaiveDate)| {
        let got = dates_in(&text, published)
            .into_iter()
            .find(|t| t.text.to_lowercase().ends_with(form))
            .and_then(|t| t.interval)
            .map(|i| (i.start, i.end));
        n += 1;
        if got != Some(want) {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
    };
    let month_start = |day: NaiveDate| day.with_day(1).unwrap();
    let month_end = |first: NaiveDate| first + Months::new(1) - Duration::days(1);
    let mut day = d(2019, 1, 3);
    while day < d(2025, 1, 1) {
        if day.year() != 2019 && day.year() != 2024 {
            day += Duration::days(5);
            continue;
        }
        let told = format!(
            "{} {} {}",
            day.day(),
            MONTHS[day.month0() as usize],
            day.year()
        );
        let lead = format!("Le {told}, il est arrivé.");
        let y = day.year();
        check(
            format!("{lead} L'année suivante, il est reparti."),
            "l'année suivante",
            (d(y + 1, 1, 1), d(y + 1, 12, 31)),
        );
        check(
            format!("{lead} L'année précédente, il était venu."),
            "l'année précédente",
            (d(y - 1, 1, 1), d(y - 1, 12, 31)),
        );
        let next_month = month_start(day) + Months::new(1);
        check(
            format!("{lead} Le mois suivant, il est reparti."),
            "le mois suivant",
            (next_month, month_end(next_month)),
        );
        let last_month = month_start(day) - Months::new(1);
        check(
            format!("{lead} Le mois précédent, il était venu."),
            "le mois précédent",
            (last_month, month_end(last_month)),
        );
        let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
        check(
            format!("{lead} La semaine suivante, il est reparti."),
            "la semaine suivante",
            (monday + Duration::days(7), monday + Duration::days(13)),
        );
        // a named month: the first one after the day told
        let named = (day.month0() + 4) % 12;
        let mut first = month_start(day) + Months::new(1);
        while first.month0() != named {
            first = first + Months::new(1);
        }
        check(
            format!(
                "{lead} En {} suivant, il est reparti.",
                MONTHS[named as usize]
            ),
            "suivant",
            (first, month_end(first)),
        );
        // a named day: the first one after the day told
        let mut named_day = day + Duration::days(1);
        while !(named_day.month0() == named && named_day.day() == 10) {
            named_day += Duration::days(1);
        }
        check(
            format!(
                "{lead} Le 10 {} suivant, il est reparti.",
                MONTHS[named as usize]
            ),
            "suivant",
            (named_day, named_day),
        );
        // a weekday: the first one after the day told
        for (i, weekday) in WEEKDAYS.iter().enumerate() {
            let mut next = day + Duration::days(1);
            while next.weekday().num_days_from_monday() as usize != i {
                next += Duration::days(1);
            }
            check(
                format!("{lead} Le {weekday} suivant, il est reparti."),
                &format!("{weekday} suivant"),
                (next, next),
            );
        }
        day += Duration::days(5);
    }
    // with no date told before, a period counts from the day of writing (as
    // Duckling reads it) and a named day after nothing is no date
    let monday = published - Duration::days(i64::from(published.weekday().num_days_from_monday()));
    check(
        "La semaine suivante, il est reparti.".to_string(),
        "la semaine suivante",
        (monday + Duration::days(7), monday + Duration::days(13)),
    );
    let lone = dates_in("Le 10 mars suivant, il est reparti.", published);
    assert!(lone.iter().all(|t| t.interval.is_none()), "{lone:?}");
    finish("following and preceding", n, failures, 1000);
}

/// `trois jours après`, `deux mois plus tard`, `un an plus tôt` count
/// from the date told before: from a day, the day (month, year) that many
/// units on; from a month or a year counted in finer units (`En septembre
/// 2023 … Trois jours après`), the text does not say from which of its days,
/// so any of them: the antecedent shifted whole, never its last day alone.
/// Expected values are computed here with chrono for every antecedent
/// (a day, a month, a year) × count × unit × direction.
#[test]
fn counts_later_or_earlier_shift_the_whole_antecedent_when_finer_than_it() {
    let published = d(2025, 12, 8);
    let counts = [(2i64, "Deux"), (3, "Trois"), (10, "Dix")];
    let units = ["jours", "mois", "ans"];
    let directions = [
        ("plus tard", 1i64),
        ("après", 1),
        ("plus tôt", -1),
        ("auparavant", -1),
    ];
    // what a count in `unit` from one day denotes: that day, or the month
    // or year holding it
    let landing = |from: NaiveDate, k: i64, unit: &str| point(shift(from, k, unit), unit);
    let (mut n, mut failures) = (0, Vec::new());
    for y in [2019, 2023] {
        for m in [1u32, 2, 6, 9, 12] {
            let month = MONTHS[(m - 1) as usize];
            let day = d(y, m, 15);
            let antecedents = [
                (format!("Le 15 {month} {y}"), (day, day), 0),
                (format!("En {month} {y}"), (d(y, m, 1), last_day(y, m)), 1),
                (format!("En {y}"), (d(y, 1, 1), d(y, 12, 31)), 2),
            ];
            for (told, (first, last), rank) in &antecedents {
                for (count, word) in counts {
                    for (ui, unit) in units.iter().enumerate() {
                        for (dir, sign) in directions {
                            let k = count * sign;
                            let near = if sign > 0 { *last } else { *first };
                            let far = if sign > 0 { *first } else { *last };
                            let a = landing(near, k, unit);
                            // a unit at least as long as the antecedent's
                            // lands in one period; a finer one spreads over
                            // the antecedent's days
                            let want = if ui >= *rank {
                                a
                            } else {
                                let b = landing(far, k, unit);
                                (a.0.min(b.0), a.1.max(b.1))
                            };
                            let text = format!(
                                "{told}, il est arrivé. {word} {unit} {dir}, il est reparti."
                            );
                            let form = format!("{} {unit} {dir}", word.to_lowercase());
                            let got = dates_in(&text, published)
                                .into_iter()
                                .find(|t| t.text.to_lowercase() == form)
                                .and_then(|t| t.interval)
                                .map(|i| (i.start, i.end));
                            n += 1;
                            if got != Some(want) {
                                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
                            }
                        }
                    }
                }
            }
        }
    }
    finish("counts from the date told before", n, failures, 1000);
}

#[test]
fn periphrastic_days_count_from_the_previous_date_not_from_today() {
    let published = d(2023, 9, 12);
    let forms = [
        ("le jour précédent", -1),
        ("la journée précédente", -1),
        ("le jour d'avant", -1),
        ("le jour suivant", 1),
        ("la journée suivante", 1),
        ("le jour d'après", 1),
        ("le même jour", 0),
        ("le jour même", 0),
        ("la veille", -1),
        ("le lendemain", 1),
        ("l'avant-veille", -2),
        ("le surlendemain", 2),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    for (m, name) in MONTHS.iter().enumerate() {
        let base = d(2019, m as u32 + 1, 15);
        for (form, offset) in forms {
            let text = format!(
                "Le 15 {name} 2019, il est arrivé. {}, il est reparti.",
                capitalize(form)
            );
            let want = base + Duration::days(offset);
            let got = dates_in(&text, published)
                .into_iter()
                .find(|t| t.text.to_lowercase() == form.to_lowercase())
                .and_then(|t| t.interval);
            n += 1;
            if got.map(|i| (i.start, i.end)) != Some((want, want)) {
                failures.push(format!("{text:?}: want {want}, got {got:?}"));
            }
        }
    }
    // the vague present is the reference day, and no anchor for anaphors
    for form in [
        "en ce moment",
        "actuellement",
        "dans la journée",
        "à l'heure actuelle",
    ] {
        n += 1;
        failures.extend(check(form, published, (published, published), "present"));
    }
    finish("periphrastic days", n, failures, 140);
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

// ------------------------------------------------------ out of range

#[test]
fn values_out_of_range_are_rejected_not_truncated() {
    let r = d(2013, 2, 12);
    for phrase in [
        "le 12 mars 99999",
        "le 12 mars 2500000",
        "12 mars 99999",
        "en mars 99999",
    ] {
        let found = dates_in(phrase, r);
        assert!(
            found.iter().all(|t| t.interval.is_none()),
            "{phrase}: {found:?}"
        );
    }
    for phrase in [
        "il y a 9999 ans",
        "dans 9999 ans",
        "il y a 5000 ans et 3 mois",
    ] {
        let t = read(phrase, r);
        assert!(
            t.as_ref()
                .is_none_or(|t| t.interval.is_none() && !t.value.starts_with('-')),
            "{phrase}: {t:?}"
        );
    }
    // ISO weeks keep four digits of year
    let week = DateInterval::new(d(5, 1, 10), d(5, 1, 16), newsx::model::Precision::Week);
    let value = newsx::temporal::resolve::value_of(&week);
    assert!(value.starts_with("0005-W"), "{value}");
    // every interval found in a long mixed text holds years 1..=9999 and is ordered
    let text = "Il y a 2012 ans, le 1er janvier 1, dans 8000 ans, en l'an 9999, le 31/12/9999.";
    for t in dates_in(text, r) {
        if let Some(i) = t.interval {
            assert!(i.start <= i.end, "{t:?}");
            assert!((1..=9999).contains(&i.start.year()), "{t:?}");
            assert!((1..=9999).contains(&i.end.year()), "{t:?}");
        }
    }
}

// ----------------------------------------------------- not dates

#[test]
fn numbers_that_are_not_dates_stay_undated() {
    let r = d(2023, 9, 12);
    let templates = [
        "le {n}er ministre a parlé",
        "l'article {n} de la Constitution",
        "le score était de {n}-1 à la mi-temps",
        "à {n}h40 précises",
        "appelez le 01 {n} 67 89 10",
        "les {n} pays du groupe",
        "au {n} % des voix",
        "le 49.{n} a été utilisé",
        "06.{n}.34.56.78",
        "le {n} rue de Rivoli",
        "page {n}-{n}",
        "en {n} minutes",
    ];
    let mut n = 0;
    for template in templates {
        for k in [1, 2, 3, 5, 7, 12, 18, 25] {
            let text = template.replace("{n}", &k.to_string());
            n += 1;
            let dated: Vec<Timex> = dates_in(&text, r)
                .into_iter()
                .filter(|t| t.kind == TimexKind::Date)
                .collect();
            assert!(dated.is_empty(), "{text:?} gave {dated:?}");
        }
    }
    eprintln!("not dates: {n} generated cases");
    // a bare day number alone at the end of its clause is one
    let t = read("il arrivera le 14.", r).unwrap();
    assert_eq!(t.rule, "day-of-month");
}

// ------------------------------------------------------------- depuis

/// `depuis mardi`, `depuis le 3 mars`: the first day of a state that holds
/// now lies in the past, whatever the tense of the clause around it (`il
/// restera jusqu'à dimanche à Moscou, où il se trouve depuis mardi`).
#[test]
fn a_day_after_depuis_is_the_last_one_on_or_before_the_day_of_writing() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut probe = |text: String, expression: &str, r: NaiveDate, want: NaiveDate| {
        let got = dates_in(&text, r)
            .into_iter()
            .find(|t| t.text.to_lowercase() == expression.to_lowercase())
            .and_then(|t| t.interval);
        n += 1;
        if got.map(|i| (i.start, i.end)) != Some((want, want)) {
            failures.push(format!("{text:?} at {r}: want {want}, got {got:?}"));
        }
    };
    for frame in [
        "Kim Jong-un restera jusqu'à la fin de la visite à Moscou, où il se trouve depuis {}.",
        "Depuis {}, les deux délégations négocieront sans relâche.",
    ] {
        // every weekday, read on every day of one week
        for k in 0..7 {
            let r = d(2023, 9, 11) + Duration::days(k);
            for (w, name) in WEEKDAYS.iter().enumerate() {
                let wd = Weekday::try_from(w as u8).unwrap();
                let want = (0..7)
                    .map(|i| r - Duration::days(i))
                    .find(|x| x.weekday() == wd)
                    .unwrap();
                probe(frame.replace("{}", name), name, r, want);
            }
        }
        // a day of every month, read at each reference day
        for r in references() {
            for (m, name) in MONTHS.iter().enumerate() {
                let expression = format!("3 {name}");
                let this_year = d(r.year(), m as u32 + 1, 3);
                let want = if this_year <= r {
                    this_year
                } else {
                    d(r.year() - 1, m as u32 + 1, 3)
                };
                let phrase = frame.replace("{}", &format!("le {expression}"));
                probe(phrase, &expression, r, want);
            }
        }
    }
    finish("depuis", n, failures, 190);
}

// ---------------------------------------------------------- year spans

/// `la guerre de 1939-45`, `1950-1953`, `la saison 2023-24`: two years
/// joined by a dash cover both whole years; a two-digit end that could be a
/// month (`2024-03`, `2011-12`) and a full ISO date are no span.
#[test]
fn years_joined_by_a_dash_span_both_years() {
    let r = d(2024, 6, 16);
    let (mut n, mut failures) = (0, Vec::new());
    for a in [1914, 1939, 1950, 1988, 1991, 2003, 2019, 2023] {
        for length in 1..=9 {
            let b = a + length;
            let want = (d(a, 1, 1), d(b, 12, 31));
            for dash in ["-", "–"] {
                n += 1;
                failures.extend(check(&format!("{a}{dash}{b}"), r, want, "year-span"));
                let short = b % 100;
                if b / 100 == a / 100 && short > 12 {
                    n += 1;
                    failures.extend(check(&format!("{a}{dash}{short:02}"), r, want, "year-span"));
                }
            }
        }
    }
    // months and days written the ISO way are not spans
    for not_span in ["2024-03", "2011-12", "2024-03-07", "2023-09-12"] {
        n += 1;
        let t = read(not_span, r);
        if t.as_ref().is_some_and(|t| t.rule == "year-span") {
            failures.push(format!("{not_span:?} read as a span: {t:?}"));
        }
    }
    finish("year spans", n, failures, 150);
}

// ------------------------------------------- directions from the day of writing

/// The day (`month`, `day`) wholly before (`dir` < 0) or after the reference.
fn strict_day(r: NaiveDate, month: u32, day: u32, dir: i64) -> NaiveDate {
    let mut cands: Vec<NaiveDate> = (r.year() - 2..=r.year() + 2)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .collect();
    cands.sort();
    if dir < 0 {
        *cands.iter().rev().find(|c| **c < r).unwrap()
    } else {
        *cands.iter().find(|c| **c > r).unwrap()
    }
}

/// `le 5 mars dernier`, `le 1er mai prochain`: the day before (after) the
/// day of writing, a year away when it is that very day.
#[test]
fn day_and_month_with_dernier_or_prochain_are_before_or_after_today() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut refs = references();
    refs.push(d(2023, 3, 5));
    for r in refs {
        for (m, month) in MONTHS.iter().enumerate() {
            let m = m as u32 + 1;
            // the reference's own day too
            let mut days = vec![1, 5, 15, 28];
            // (not 29 February: no such day a year away)
            if m == r.month() && (m, r.day()) != (2, 29) {
                days.push(r.day());
            }
            for day in days {
                let written = if day == 1 {
                    "1er".to_string()
                } else {
                    day.to_string()
                };
                for (word, dir) in [("dernier", -1), ("passé", -1), ("prochain", 1)] {
                    let want = strict_day(r, m, day, dir);
                    n += 1;
                    failures.extend(check(
                        &format!("{written} {month} {word}"),
                        r,
                        (want, want),
                        "date-relative",
                    ));
                }
            }
        }
    }
    finish("date-relative", n, failures, 250);
}

/// Seasons and holidays with a direction: the whole occurrence before
/// (after) the reference day.
#[test]
fn seasons_and_holidays_with_a_direction() {
    // the seasons as docs/dates.md and data/temporal.toml state them
    let seasons = [
        ("printemps", 3, 5),
        ("été", 6, 8),
        ("automne", 9, 11),
        ("hiver", 12, 2),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    let mut refs = references();
    refs.extend([d(2023, 1, 15), d(2023, 7, 1), d(2023, 12, 21)]);
    for r in refs {
        for (name, first, last) in seasons {
            let occurrence = |y: i32| {
                let end_year = if last < first { y + 1 } else { y };
                (d(y, first, 1), last_day(end_year, last))
            };
            let all: Vec<(NaiveDate, NaiveDate)> =
                (r.year() - 3..=r.year() + 3).map(occurrence).collect();
            for (word, dir) in [("dernier", -1), ("prochain", 1)] {
                let want = if dir < 0 {
                    *all.iter().rev().find(|o| o.1 < r).unwrap()
                } else {
                    *all.iter().find(|o| o.0 > r).unwrap()
                };
                n += 1;
                failures.extend(check(
                    &format!("l'{name} {word}").replace("l'printemps", "le printemps"),
                    r,
                    want,
                    "season",
                ));
            }
            // `ce printemps`, `printemps 2019`
            for y in [1999, 2019, 2024] {
                n += 1;
                failures.extend(check(&format!("{name} {y}"), r, occurrence(y), "season"));
            }
        }
        for (name, m, day) in [
            ("Noël", 12, 25),
            ("Toussaint", 11, 1),
            ("Saint-Sylvestre", 12, 31),
        ] {
            for (word, dir) in [("dernier", -1), ("prochain", 1)] {
                let want = strict_day(r, m, day, dir);
                n += 1;
                failures.extend(check(&format!("{name} {word}"), r, (want, want), "holiday"));
            }
        }
    }
    finish("seasons and holidays with a direction", n, failures, 90);
}

// ------------------------------------------------------------- quarters

#[test]
fn quarters_by_rank_and_relative_to_today() {
    let ranks: [(&[&str], u32); 4] = [
        (&["premier", "1er"], 1),
        (&["deuxième", "second", "2e", "2ème"], 2),
        (&["troisième", "3e", "3ème"], 3),
        (&["quatrième", "4e", "dernier"], 4),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    for y in [1998, 2013, 2024] {
        for (words, q) in ranks {
            let want = (d(y, 3 * q - 2, 1), last_day(y, 3 * q));
            let mut phrases: Vec<String> = words
                .iter()
                .flat_map(|w| {
                    [
                        format!("{w} trimestre {y}"),
                        format!("{w} trimestre de {y}"),
                        format!("{w} trimestre de l'année {y}"),
                    ]
                })
                .collect();
            phrases.push(format!("T{q} {y}"));
            for phrase in phrases {
                n += 1;
                failures.extend(check(&phrase, d(2013, 2, 12), want, "quarter"));
            }
        }
    }
    for r in references() {
        let quarter = |day: NaiveDate| {
            let first = 3 * ((day.month() - 1) / 3) + 1;
            (d(day.year(), first, 1), last_day(day.year(), first + 2))
        };
        let this = quarter(r).0;
        for (phrase, months) in [
            ("ce trimestre", 0),
            ("le trimestre prochain", 3),
            ("le trimestre dernier", -3),
            ("le trimestre passé", -3),
        ] {
            let day = if months >= 0 {
                this.checked_add_months(Months::new(months as u32)).unwrap()
            } else {
                this.checked_sub_months(Months::new((-months) as u32))
                    .unwrap()
            };
            n += 1;
            failures.extend(check(phrase, r, quarter(day), "relative-period"));
        }
    }
    finish("quarters", n, failures, 50);
}

// ----------------------------------------------------------- half-years

#[test]
fn half_years_by_rank() {
    let ranks: [(&[&str], u32); 2] = [
        (&["premier", "1er"], 1),
        (&["deuxième", "second", "2e", "2ème", "2nd", "dernier"], 2),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    for y in [1998, 2013, 2024] {
        for (words, h) in ranks {
            let want = (d(y, 6 * h - 5, 1), last_day(y, 6 * h));
            let mut phrases: Vec<String> = words
                .iter()
                .flat_map(|w| {
                    [
                        format!("{w} semestre {y}"),
                        format!("{w} semestre de {y}"),
                        format!("{w} semestre de l'année {y}"),
                    ]
                })
                .collect();
            phrases.push(format!("S{h} {y}"));
            phrases.push(format!("H{h} {y}"));
            for phrase in phrases {
                n += 1;
                failures.extend(check(&phrase, d(2013, 2, 12), want, "half-year"));
            }
        }
    }
    // a half of something else, and a rank that is no half
    for phrase in [
        "le premier semestre de l'année scolaire",
        "au second semestre d'études",
        "le troisième semestre 2013",
    ] {
        n += 1;
        if let Some(t) = read(phrase, d(2013, 2, 12)).filter(|t| t.rule == "half-year") {
            failures.push(format!("{phrase:?}: read as {:?}", t.interval));
        }
    }
    finish("half-years", n, failures, 45);
}

// ----------------------------------------------------------- lists of days

/// `les 13, 14 et 15 février`, `des 3, 4, 5 et 6 mars 2013`: days listed
/// in order are the days from the first to the last; every month × lists
/// of three and four days × `les`/`des` × with and without a year. Out of
/// order, or after `le`, they are not one span.
#[test]
fn lists_of_days_span_from_the_first_to_the_last() {
    let (mut n, mut failures) = (0, Vec::new());
    for (i, month) in MONTHS.iter().enumerate() {
        let m = u32::try_from(i + 1).unwrap();
        for days in [[3u32, 4, 5].as_slice(), &[10, 12, 17, 20], &[1, 2, 28]] {
            let last = *days.last().unwrap();
            let head: Vec<String> = days[..days.len() - 1]
                .iter()
                .map(|d| {
                    if *d == 1 {
                        "1er".to_string()
                    } else {
                        d.to_string()
                    }
                })
                .collect();
            let list = format!("{} et {last}", head.join(", "));
            for intro in ["les", "des"] {
                let want = (d(2012, m, days[0]), d(2012, m, last));
                n += 1;
                failures.extend(check(
                    &format!("{intro} {list} {month} 2012"),
                    d(2013, 2, 12),
                    want,
                    "day-month-range",
                ));
            }
        }
        let phrase = format!("les 15, 14 et 13 {month} 2012");
        n += 1;
        if read(&phrase, d(2013, 2, 12)).is_some_and(|t| t.text == phrase) {
            failures.push(format!("{phrase:?}: read whole"));
        }
    }
    finish("lists of days", n, failures, 80);
}

// --------------------------------------------------------- month and weekday ranges

#[test]
fn month_ranges_with_every_connector_and_the_year_on_either_side() {
    let (mut n, mut failures) = (0, Vec::new());
    let r = d(2013, 2, 12);
    for (i, a) in MONTHS.iter().enumerate() {
        for (j, b) in MONTHS.iter().enumerate() {
            if i == j {
                continue;
            }
            let (m1, m2) = (i as u32 + 1, j as u32 + 1);
            for y in [2014, 2019] {
                // the year at the end: the start is the first month before it
                let y1 = if m1 < m2 { y } else { y - 1 };
                let want = (d(y1, m1, 1), last_day(y, m2));
                for phrase in [
                    format!("{} à {b} {y}", de(a)),
                    format!("entre {a} et {b} {y}"),
                    format!("{a}-{b} {y}"),
                ] {
                    n += 1;
                    failures.extend(check(&phrase, r, want, "month-range"));
                }
                // the year at the start: the end is the first month after it
                let y2 = if m2 > m1 { y } else { y + 1 };
                n += 1;
                failures.extend(check(
                    &format!("{} {y} à {b}", de(a)),
                    r,
                    (d(y, m1, 1), last_day(y2, m2)),
                    "month-range",
                ));
            }
        }
    }
    finish("month ranges", n, failures, 600);
}

#[test]
fn weekday_ranges_and_week_ends_by_direction() {
    let (mut n, mut failures) = (0, Vec::new());
    for k in 0..7 {
        let r = d(2023, 9, 11) + Duration::days(k);
        // every span (start, end) of weekdays a..b around the reference
        let spans = |a: usize, b: usize| -> Vec<(NaiveDate, NaiveDate)> {
            (-21..=21)
                .map(|i| r + Duration::days(i))
                .filter(|e| e.weekday().num_days_from_monday() as usize == b)
                .map(|e| {
                    let back = (b as i64 - a as i64).rem_euclid(7);
                    (e - Duration::days(back), e)
                })
                .collect()
        };
        for (a, wa) in WEEKDAYS.iter().enumerate() {
            for (b, wb) in WEEKDAYS.iter().enumerate() {
                if a == b {
                    continue;
                }
                let all = spans(a, b);
                // a phrase read alone, no tense: the coming end, on or
                // after the reference (docs: bare forms read alone)
                let nearest = *all.iter().find(|s| s.1 >= r).unwrap();
                let next = *all.iter().find(|s| s.0 > r).unwrap();
                let last = *all.iter().rev().find(|s| s.1 < r).unwrap();
                for (phrase, want) in [
                    (format!("de {wa} à {wb}"), nearest),
                    (format!("entre {wa} et {wb}"), nearest),
                    (format!("de {wa} à {wb} prochain"), next),
                    (format!("de {wa} à {wb} dernier"), last),
                ] {
                    n += 1;
                    failures.extend(check(&phrase, r, want, "weekday-range"));
                }
            }
        }
        // the week-end: Friday to Sunday
        let weekends = spans(4, 6);
        let this = *weekends.iter().find(|s| s.1 >= r).unwrap();
        let next = *weekends.iter().find(|s| s.0 > r).unwrap();
        let last = *weekends.iter().rev().find(|s| s.1 < r).unwrap();
        for (phrase, want) in [
            ("ce week-end", this),
            ("ce weekend", this),
            ("le week-end prochain", next),
            ("le week-end dernier", last),
            ("le week-end passé", last),
        ] {
            n += 1;
            failures.extend(check(phrase, r, want, "weekend"));
        }
    }
    // the n-th week-end of a month: the one of its n-th Saturday
    for y in [2013, 2024] {
        for (m, month) in MONTHS.iter().enumerate() {
            let m = m as u32 + 1;
            let saturdays: Vec<NaiveDate> = (1..=last_day(y, m).day())
                .map(|day| d(y, m, day))
                .filter(|x| x.weekday() == Weekday::Sat)
                .collect();
            for (word, idx) in [
                ("premier", 0usize),
                ("deuxième", 1),
                ("dernier", saturdays.len() - 1),
            ] {
                let sat = saturdays[idx];
                n += 1;
                failures.extend(check(
                    &format!("le {word} week-end {} {y}", de(month)),
                    d(2013, 2, 12),
                    (sat - Duration::days(1), sat + Duration::days(1)),
                    "ordinal-weekend",
                ));
            }
        }
    }
    finish("weekday ranges and week-ends", n, failures, 1000);
}

// --------------------------------------------------- counted from a date

#[test]
fn days_and_weeks_before_or_after_a_date() {
    let counts = [
        (1, "un"),
        (2, "deux"),
        (3, "trois"),
        (3, "3"),
        (8, "huit"),
        (10, "10"),
        (15, "quinze"),
        (21, "vingt et un"),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    for (day, m, y) in [(14, 2, 2013), (1, 3, 2024), (31, 12, 2019), (29, 2, 2024)] {
        let date = d(y, m, day);
        let written = if day == 1 {
            "1er".to_string()
        } else {
            day.to_string()
        };
        for (k, word) in counts {
            for (unit, days) in [("jour", 1), ("semaine", 7)] {
                let unit = if k > 1 {
                    format!("{unit}s")
                } else {
                    unit.to_string()
                };
                let word = if k == 1 && days == 7 { "une" } else { word };
                for (dir, sign) in [("avant", -1), ("après", 1)] {
                    let want = date + Duration::days(sign * k * days);
                    n += 1;
                    failures.extend(check(
                        &format!(
                            "{word} {unit} {dir} le {written} {} {y}",
                            MONTHS[m as usize - 1]
                        ),
                        d(2023, 9, 12),
                        (want, want),
                        "duration-from-date",
                    ));
                }
            }
        }
    }
    finish("duration from a date", n, failures, 100);
}

#[test]
fn a_day_of_this_next_or_last_month() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        for (phrase, months) in [
            ("du mois", 0i32),
            ("de ce mois", 0),
            ("du mois prochain", 1),
            ("du mois dernier", -1),
        ] {
            let first = d(r.year(), r.month(), 1);
            let first = if months >= 0 {
                first
                    .checked_add_months(Months::new(months as u32))
                    .unwrap()
            } else {
                first
                    .checked_sub_months(Months::new((-months) as u32))
                    .unwrap()
            };
            for day in 1..=31u32 {
                let written = if day == 1 {
                    "1er".to_string()
                } else {
                    day.to_string()
                };
                let text = format!("le {written} {phrase}");
                n += 1;
                match NaiveDate::from_ymd_opt(first.year(), first.month(), day) {
                    Some(want) => {
                        failures.extend(check(&text, r, (want, want), "day-of-relative-month"))
                    }
                    // `le 31 du mois prochain` in a month of 30 days: none
                    None => {
                        if let Some(t) = read(&text, r)
                            .filter(|t| t.rule == "day-of-relative-month" && t.interval.is_some())
                        {
                            failures.push(format!(
                                "{text:?} at {r}: no such day, got {:?}",
                                t.interval
                            ));
                        }
                    }
                }
            }
        }
    }
    finish("day of a relative month", n, failures, 400);
}

#[test]
fn decades_and_years_on_the_first_side_of_a_range() {
    let (mut n, mut failures) = (0, Vec::new());
    let r = d(2013, 2, 12);
    for y in (1900..=2020).step_by(10) {
        for phrase in [format!("les années {y}"), format!("dans les années {y}")] {
            n += 1;
            failures.extend(check(&phrase, r, (d(y, 1, 1), d(y + 9, 12, 31)), "decade"));
        }
    }
    for y in (1930..=1990).step_by(10) {
        n += 1;
        failures.extend(check(
            &format!("les années {}", y % 100),
            r,
            (d(y, 1, 1), d(y + 9, 12, 31)),
            "decade",
        ));
    }
    // parts of a decade: début = its years 0–3, milieu 4–6, fin 7–9
    for y in (1900..=2020).step_by(10) {
        for (part, first, last) in [
            ("début", 0, 3),
            ("au début", 0, 3),
            ("milieu", 4, 6),
            ("au milieu", 4, 6),
            ("mi-", 4, 6),
            ("fin", 7, 9),
            ("à la fin", 7, 9),
            ("en fin", 7, 9),
        ] {
            let space = if part.ends_with('-') { "" } else { " " };
            let want = (d(y + first, 1, 1), d(y + last, 12, 31));
            n += 1;
            failures.extend(check(
                &format!("{part}{space}des années {y}"),
                r,
                want,
                "decade",
            ));
            if (1930..2000).contains(&y) {
                n += 1;
                failures.extend(check(
                    &format!("{part}{space}des années {}", y % 100),
                    r,
                    want,
                    "decade",
                ));
            }
        }
    }
    // `du 5 mars 2014 au 8 avril`: the end is the first such day after the start
    for (i, a) in MONTHS.iter().enumerate() {
        for (j, b) in MONTHS.iter().enumerate() {
            let (m1, m2) = (i as u32 + 1, j as u32 + 1);
            let (d1, d2) = (5, if m1 == m2 { 3 } else { 8 });
            let y2 = if (m2, d2) > (m1, d1) { 2014 } else { 2015 };
            n += 1;
            failures.extend(check(
                &format!("du {d1} {a} 2014 au {d2} {b}"),
                r,
                (d(2014, m1, d1), d(y2, m2, d2)),
                "day-month-range",
            ));
        }
    }
    finish("decades and ranges", n, failures, 150);
}

/// Phrases of the new families that must not be dates (or not of that family).
#[test]
fn habitual_and_other_look_alikes_are_not_read_as_these_families() {
    let r = d(2023, 9, 12);
    let families = [
        "date-relative",
        "quarter",
        "month-range",
        "weekday-range",
        "weekend",
        "day-of-relative-month",
        "decade",
        "duration-from-date",
    ];
    let mut n = 0;
    for text in [
        "le week-end, les musées ferment plus tard.",
        "ouvert du lundi au vendredi.",
        "le lundi et le mardi, il travaille.",
        "un T3 de 70 m² à louer.",
        "au premier trimestre de grossesse.",
        "mars et mai sont des mois de printemps.",
        "trois jours avant le match.",
        "le 5 mars suivant, il repart.",
        "les années lumière nous séparent.",
        "les années 1995 à 1999.",
        "des années 40 000 euros.",
        "le 5 du mois de mars.",
        "entre mars et mars.",
    ] {
        n += 1;
        let found: Vec<Timex> = dates_in(text, r)
            .into_iter()
            // (read but left without a date, as `le 5 mars suivant` with no
            // date told before it, is no date)
            .filter(|t| families.contains(&t.rule.as_str()) && t.interval.is_some())
            .collect();
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
    eprintln!("look-alikes: {n} cases");
}

/// `la semaine dernière`, `semaine dernière`, `au cours du mois prochain`,
/// `l'année passée`, `le trimestre prochain`: the period before (after)
/// the one of the reference day, with or without an article.
#[test]
fn relative_periods_with_and_without_article() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        let period = |unit: &str, k: i32| -> (NaiveDate, NaiveDate) {
            match unit {
                "week" => {
                    let m = monday_of(r) + Duration::days(7 * k as i64);
                    (m, m + Duration::days(6))
                }
                _ => {
                    let months = match unit {
                        "month" => 1,
                        "quarter" => 3,
                        _ => 12,
                    };
                    let first_month = match unit {
                        "month" => r.month(),
                        "quarter" => 3 * ((r.month() - 1) / 3) + 1,
                        _ => 1,
                    };
                    let start = d(r.year(), first_month, 1);
                    let shifted = if k >= 0 {
                        start.checked_add_months(Months::new((k * months) as u32))
                    } else {
                        start.checked_sub_months(Months::new((-k * months) as u32))
                    }
                    .unwrap();
                    let end = shifted
                        .checked_add_months(Months::new(months as u32))
                        .unwrap()
                        .pred_opt()
                        .unwrap();
                    (shifted, end)
                }
            }
        };
        let forms: [(&str, &str, &str, &str); 5] = [
            ("la semaine", "semaine", "week", "e"),
            ("le mois", "mois", "month", ""),
            ("l'année", "année", "year", "e"),
            ("l'an", "an", "year", ""),
            ("le trimestre", "trimestre", "quarter", ""),
        ];
        for (with_article, bare, unit, fem) in forms {
            for (word, k) in [
                ("dernier", -1),
                ("passé", -1),
                ("prochain", 1),
                ("qui vient", 1),
            ] {
                // the feminine of `dernier` takes a grave accent
                let word = if word == "qui vient" {
                    word.to_string()
                } else {
                    format!("{word}{fem}").replace("derniere", "dernière")
                };
                let want = period(unit, k);
                for phrase in [format!("{with_article} {word}"), format!("{bare} {word}")] {
                    n += 1;
                    failures.extend(check(&phrase, r, want, "relative-period"));
                }
            }
        }
    }
    finish("relative periods", n, failures, 100);
}

/// `du mardi 13 au jeudi 15`, `mardi 13 au jeudi 15`: days named with their
/// weekdays and no month take the coming month (read alone) where the last
/// one falls on its weekday.
#[test]
fn day_ranges_named_by_their_weekdays_find_their_month() {
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    for d1 in [1u32, 5, 13, 20] {
        for len in 1..=6u32 {
            let d2 = d1 + len;
            for w2 in 0..7u32 {
                let w1 = (w2 + 7 - len % 7) % 7;
                // months from a year before to a year after whose day d2 is a w2
                let mut best: Option<(i64, NaiveDate)> = None;
                for k in -12i32..=12 {
                    let first = if k >= 0 {
                        d(2013, 2, 1).checked_add_months(Months::new(k as u32))
                    } else {
                        d(2013, 2, 1).checked_sub_months(Months::new((-k) as u32))
                    }
                    .unwrap();
                    let Some(end) = NaiveDate::from_ymd_opt(first.year(), first.month(), d2) else {
                        continue;
                    };
                    if end.weekday().num_days_from_monday() != w2 {
                        continue;
                    }
                    // read alone: the coming one, its last day on or after
                    // the reference (docs: bare forms read alone)
                    if end < r {
                        continue;
                    }
                    let dist = (end - r).num_days();
                    if best.is_none_or(|(b, _)| dist < b) {
                        best = Some((dist, end));
                    }
                }
                let Some((_, end)) = best else { continue };
                let start = d(end.year(), end.month(), d1);
                let (a, b) = (WEEKDAYS[w1 as usize], WEEKDAYS[w2 as usize]);
                let first = if d1 == 1 {
                    "1er".to_string()
                } else {
                    d1.to_string()
                };
                for phrase in [
                    format!("du {a} {first} au {b} {d2}"),
                    format!("{a} {first} au {b} {d2}"),
                ] {
                    n += 1;
                    failures.extend(check(&phrase, r, (start, end), "day-range"));
                }
            }
        }
    }
    finish("day ranges with weekdays", n, failures, 300);
}

// ------------------------------------------ ordinal suffixes as typeset

/// The n-th `weekday` (Monday = 0) of a month, if the month has one.
fn nth_weekday(y: i32, m: u32, weekday: u32, n: u32) -> Option<NaiveDate> {
    let first = d(y, m, 1);
    let offset = (7 + weekday - first.weekday().num_days_from_monday()) % 7;
    let day = first + Duration::days(i64::from(offset + 7 * (n - 1)));
    (day.month() == m).then_some(day)
}

/// `1ᵉʳ mars`, `le 3ᵉ lundi de mars`, `2ᵉ trimestre 2019`, `1 er mars`: the
/// superscript suffixes of French typography (which NFC leaves as they are)
/// and a space before `er` read as the plain `1er`, `3e`.
#[test]
fn superscript_and_spaced_ordinal_suffixes() {
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    for y in [1998, 2013, 2024] {
        for (i, month) in MONTHS.iter().enumerate() {
            let m = i as u32 + 1;
            for first in ["1ᵉʳ", "1 er", "1er"] {
                n += 1;
                let day = d(y, m, 1);
                failures.extend(check(
                    &format!("{first} {month} {y}"),
                    r,
                    (day, day),
                    "day-month-year",
                ));
            }
            for (w, weekday) in WEEKDAYS.iter().enumerate() {
                for k in 2..=5u32 {
                    let phrase = format!("le {k}ᵉ {weekday} {} {y}", de(month));
                    match nth_weekday(y, m, w as u32, k) {
                        Some(day) => {
                            n += 1;
                            failures.extend(check(&phrase, r, (day, day), "ordinal-in-period"));
                        }
                        None => {
                            n += 1;
                            if let Some(t) = read(&phrase, r).filter(|t| t.interval.is_some()) {
                                failures.push(format!("{phrase:?}: no such day, got {t:?}"));
                            }
                        }
                    }
                }
            }
        }
        // the halves of each month: `la 1ʳᵉ quinzaine de mars 2019`
        for (i, month) in MONTHS.iter().enumerate() {
            let m = i as u32 + 1;
            for (rank, want) in [
                ("1ʳᵉ", (d(y, m, 1), d(y, m, 14))),
                ("2ᵉ", (d(y, m, 15), last_day(y, m))),
            ] {
                n += 1;
                failures.extend(check(
                    &format!("{rank} quinzaine {} {y}", de(month)),
                    r,
                    want,
                    "part-of-period",
                ));
            }
        }
        for q in 1..=4u32 {
            let rank = if q == 1 {
                "1ᵉʳ".to_string()
            } else {
                format!("{q}ᵉ")
            };
            let want = (d(y, 3 * q - 2, 1), last_day(y, 3 * q));
            n += 1;
            failures.extend(check(&format!("{rank} trimestre {y}"), r, want, "quarter"));
        }
    }
    finish("superscript ordinal suffixes", n, failures, 1000);
}

// ------------------------------------------- abbreviated month and year

/// `sept. 2013`, `janv 2013`, `en oct. 1974`: an abbreviated month before a
/// four-digit year is that month; without its dot an abbreviation that is
/// also a number (`sept`) is not, nor a month before a count.
#[test]
fn abbreviated_months_before_a_year() {
    let abbreviations = [
        ("janv.", 1),
        ("janv", 1),
        ("févr.", 2),
        ("fév.", 2),
        ("févr", 2),
        ("avr.", 4),
        ("avr", 4),
        ("juil.", 7),
        ("juil", 7),
        ("sept.", 9),
        ("sep.", 9),
        ("oct.", 10),
        ("oct", 10),
        ("nov.", 11),
        ("nov", 11),
        ("déc.", 12),
        ("déc", 12),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        for (abbreviation, m) in abbreviations {
            for y in [1974, 2013, 2024] {
                let want = (d(y, m, 1), last_day(y, m));
                for prefix in ["", "en ", "depuis "] {
                    n += 1;
                    failures.extend(check(
                        &format!("{prefix}{abbreviation} {y}"),
                        r,
                        want,
                        "month-year",
                    ));
                }
            }
        }
    }
    finish("abbreviated months before a year", n, failures, 400);
    for text in [
        "sept 2013",
        "ils étaient sept 2000 fois plus nombreux",
        "oct. 2000 habitants",
        "en mars 2000 personnes ont manifesté",
    ] {
        let dated: Vec<Timex> = dates_in(text, d(2013, 2, 12))
            .into_iter()
            .filter(|t| t.rule == "month-year")
            .collect();
        assert!(dated.is_empty(), "{text:?} gave {dated:?}");
    }
}

// ------------------------------------------------- the period under way

/// `l'année en cours`, `le mois courant`, `la semaine en cours`: the period
/// of the day of writing; `en cours` after any other noun is no date.
#[test]
fn the_period_under_way() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        let (y, m) = (r.year(), r.month());
        let q = (m - 1) / 3;
        let periods = [
            ("l'année", "courante", (d(y, 1, 1), d(y, 12, 31))),
            ("l'an", "courant", (d(y, 1, 1), d(y, 12, 31))),
            ("le mois", "courant", (d(y, m, 1), last_day(y, m))),
            (
                "la semaine",
                "courante",
                (monday_of(r), monday_of(r) + Duration::days(6)),
            ),
            (
                "le trimestre",
                "courant",
                (d(y, 3 * q + 1, 1), last_day(y, 3 * q + 3)),
            ),
        ];
        for (noun, courant, want) in periods {
            for tail in ["en cours", courant] {
                for frame in ["{}", "Les ventes de {} ont baissé", "au cours de {}"] {
                    let phrase = format!("{noun} {tail}");
                    let text = frame.replace("{}", &phrase);
                    n += 1;
                    let found = dates_in(&text, r)
                        .into_iter()
                        .find(|t| t.text == phrase && t.rule == "relative-period")
                        .and_then(|t| t.interval)
                        .map(|i| (i.start, i.end));
                    if found != Some(want) {
                        failures.push(format!("{text:?} at {r}: want {want:?}, got {found:?}"));
                    }
                }
            }
        }
        // a part of it: `au début de l'année en cours`
        for tail in ["en cours", "courante"] {
            n += 1;
            failures.extend(check(
                &format!("au début de l'année {tail}"),
                r,
                (d(y, 1, 1), d(y, 3, 31)),
                "part-of-period",
            ));
        }
    }
    finish("the period under way", n, failures, 100);
    for text in [
        "un dossier en cours",
        "les travaux en cours depuis",
        "l'enquête en cours",
        "le courant passe",
    ] {
        assert!(
            dates_in(text, d(2013, 2, 12)).is_empty(),
            "{text:?} gave a date"
        );
    }
}

// -------------------------------------------------- parts of a season

/// `à la fin de l'été`, `au début du printemps 2019`, `en fin d'hiver
/// dernier`: début, milieu, fin of a season are its first, second and last
/// month (a season is its three months, docs/dates.md); `été` as a past
/// participle (`la fin a été signée`) is no season.
#[test]
fn parts_of_a_season_are_its_months() {
    let seasons = [
        ("printemps", "du printemps", 3, 5),
        ("été", "de l'été", 6, 8),
        ("automne", "de l'automne", 9, 11),
        ("hiver", "de l'hiver", 12, 2),
    ];
    let parts = [
        ("au début", 0),
        ("en début", 0),
        ("début", 0),
        ("au milieu", 1),
        ("à la fin", 2),
        ("en fin", 2),
        ("fin", 2),
    ];
    let (mut n, mut failures) = (0, Vec::new());
    let mut refs = references();
    refs.extend([d(2023, 1, 15), d(2023, 7, 1), d(2023, 12, 21)]);
    for r in refs {
        for (name, with_article, first, last) in seasons {
            let occurrence = |y: i32| {
                let end_year = if last < first { y + 1 } else { y };
                (d(y, first, 1), last_day(end_year, last))
            };
            let month_of = |season_start: NaiveDate, k: u32| {
                let start = season_start.checked_add_months(Months::new(k)).unwrap();
                (start, last_day(start.year(), start.month()))
            };
            let all: Vec<(NaiveDate, NaiveDate)> =
                (r.year() - 3..=r.year() + 3).map(occurrence).collect();
            let last_one = *all.iter().rev().find(|o| o.1 < r).unwrap();
            let next_one = *all.iter().find(|o| o.0 > r).unwrap();
            let bare = de(name);
            for (part, k) in parts {
                for y in [2012, 2019] {
                    for season in [with_article, bare.as_str()] {
                        n += 1;
                        failures.extend(check(
                            &format!("{part} {season} {y}"),
                            r,
                            month_of(occurrence(y).0, k),
                            "part-of-period",
                        ));
                    }
                }
                for (dir, which) in [("dernier", last_one), ("prochain", next_one)] {
                    n += 1;
                    failures.extend(check(
                        &format!("{part} {with_article} {dir}"),
                        r,
                        month_of(which.0, k),
                        "part-of-period",
                    ));
                }
            }
        }
    }
    finish("parts of a season", n, failures, 600);
    for text in [
        "la fin a été signée hier",
        "le début a été difficile",
        "le courant été coupé",
        "la mi-temps a été sifflée",
    ] {
        let seasonal: Vec<Timex> = dates_in(text, d(2013, 2, 12))
            .into_iter()
            .filter(|t| t.rule == "part-of-period" || t.rule == "season")
            .collect();
        assert!(seasonal.is_empty(), "{text:?} gave {seasonal:?}");
    }
}

// ---------------------------------------------------- the week of a day

/// `la semaine du 18 février 2013`, `la semaine du lundi 18 février`, `la
/// semaine du 18.`: the Monday-to-Sunday week holding that day; a Sunday
/// names the week it opens, the one from the next day (`la semaine du 6
/// octobre 2013`, a Sunday: 7 to 13 October, as Duckling reads it).
#[test]
fn the_week_of_a_day_named_any_way() {
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    for y in [2012, 2013, 2024] {
        for (i, month) in MONTHS.iter().enumerate() {
            let m = i as u32 + 1;
            for day_number in [1, 7, 18, 28] {
                let day = d(y, m, day_number);
                let monday = if day.weekday() == Weekday::Sun {
                    day + Duration::days(1)
                } else {
                    monday_of(day)
                };
                let week = (monday, monday + Duration::days(6));
                let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
                let number = if day_number == 1 {
                    "1er".to_string()
                } else {
                    day_number.to_string()
                };
                for phrase in [
                    format!("la semaine du {number} {month} {y}"),
                    format!("la semaine du {weekday} {number} {month} {y}"),
                ] {
                    n += 1;
                    failures.extend(check(&phrase, r, week, "week-of"));
                }
            }
        }
    }
    // a bare day number, ending its clause: a week from Monday holding a
    // day of that number, or opened by a Sunday of that number
    for day_number in 1..=28u32 {
        for text in [
            format!("Il viendra la semaine du {day_number}."),
            format!("la semaine du {day_number}, il viendra"),
        ] {
            n += 1;
            let t = dates_in(&text, r).into_iter().find(|t| t.rule == "week-of");
            let ok = t.and_then(|t| t.interval).is_some_and(|i| {
                i.start.weekday() == Weekday::Mon
                    && i.end == i.start + Duration::days(6)
                    && ((0..7).any(|k| {
                        (i.start + Duration::days(k)).day() == day_number
                            && (i.start + Duration::days(k)).weekday() != Weekday::Sun
                    }) || (i.start - Duration::days(1)).day() == day_number)
            });
            if !ok {
                failures.push(format!("{text:?}: no week holding a {day_number}"));
            }
        }
    }
    finish("the week of a day", n, failures, 300);
    // not a date: the day number starts a longer expression
    let t = dates_in("la semaine du 18 au 22", r);
    assert!(t.iter().all(|t| t.rule != "week-of"), "{t:?}");
}

// ------------------------------------------------ hours in whole days

/// `il y a 48 heures`, `dans 24 heures`, `72 heures plus tard`, `depuis 48
/// heures`: hours count only in whole days (newsx dates at the day); `à 12
/// heures`, `il y a 3 heures`, `24 heures sur 24` give no day.
#[test]
fn hours_count_in_whole_days() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        for hours in [24i64, 48, 72, 96, 120] {
            let k = hours / 24;
            let before = r - Duration::days(k);
            let after = r + Duration::days(k);
            for (phrase, want, rule) in [
                (format!("il y a {hours} heures"), (before, before), "ago"),
                (format!("dans {hours} heures"), (after, after), "in-n"),
                (format!("d'ici {hours} heures"), (r, after), "in-n"),
                (
                    format!("depuis {hours} heures"),
                    (before, r),
                    "since-duration",
                ),
                (
                    format!("{hours} heures plus tard"),
                    (after, after),
                    "anaphor-later",
                ),
                (
                    format!("{hours} heures plus tôt"),
                    (before, before),
                    "anaphor-later",
                ),
            ] {
                n += 1;
                failures.extend(check(&phrase, r, want, rule));
            }
        }
    }
    finish("hours in whole days", n, failures, 100);
    for hours in [1, 2, 3, 12, 18, 36, 50] {
        for text in [
            format!("il y a {hours} heures"),
            format!("dans {hours} heures"),
            format!("à {hours} heures"),
            format!("{hours} heures plus tard"),
        ] {
            let dated: Vec<Timex> = dates_in(&text, d(2013, 2, 12))
                .into_iter()
                .filter(|t| t.interval.is_some())
                .collect();
            assert!(dated.is_empty(), "{text:?} gave {dated:?}");
        }
    }
    for text in ["24 heures sur 24", "les 24 heures du Mans"] {
        let dated: Vec<Timex> = dates_in(text, d(2013, 2, 12))
            .into_iter()
            .filter(|t| t.interval.is_some())
            .collect();
        assert!(dated.is_empty(), "{text:?} gave {dated:?}");
    }
}

// ------------------------------------- days counted from a holiday

/// `une semaine avant Noël`, `trois jours après la Toussaint 2019`, `deux
/// semaines après l'Ascension 2024`: a day counted from a holiday, fixed or
/// movable (Easter from the published tables above).
#[test]
fn days_and_weeks_before_or_after_a_holiday() {
    let r = d(2013, 2, 12);
    let easter = |y: i32| {
        let (_, m, day) = EASTER.iter().find(|e| e.0 == y).copied().unwrap();
        d(y, m, day)
    };
    let (mut n, mut failures) = (0, Vec::new());
    for y in [2014, 2019, 2024] {
        let holidays = [
            ("Noël", d(y, 12, 25)),
            ("la Toussaint", d(y, 11, 1)),
            ("la Saint-Sylvestre", d(y, 12, 31)),
            ("Pâques", easter(y)),
            ("l'Ascension", easter(y) + Duration::days(39)),
            ("la Pentecôte", easter(y) + Duration::days(49)),
        ];
        for (name, day) in holidays {
            for (amount, days) in [
                ("un jour", 1),
                ("deux jours", 2),
                ("3 jours", 3),
                ("une semaine", 7),
                ("deux semaines", 14),
                ("48 heures", 2),
            ] {
                for (dir, sign) in [("avant", -1), ("après", 1)] {
                    let want = day + Duration::days(sign * days);
                    n += 1;
                    failures.extend(check(
                        &format!("{amount} {dir} {name} {y}"),
                        r,
                        (want, want),
                        "duration-from-date",
                    ));
                }
            }
        }
    }
    finish("days from a holiday", n, failures, 200);
    // `ascension` in lower case is a climb, not the feast
    let t = dates_in("trois jours après l'ascension du mont Blanc", r);
    assert!(t.iter().all(|t| t.rule != "duration-from-date"), "{t:?}");
}

// ------------------------------------------- numeric dates composed

/// `du 13/02 au 18/02`, `du 13/02/2019 au 18/03/2019`, `entre le 13/02 et
/// le 18/02`, `du lundi 18/02 au vendredi 22/02`, `jusqu'au 13/02/2019`,
/// `lundi 18/03`: numeric dates (slashes) inside ranges, open intervals and
/// after a weekday; `du 1/3 au 2/3` (fractions: one-digit months, no year,
/// no weekday) and reversed ranges are not ranges.
#[test]
fn numeric_dates_in_ranges_open_intervals_and_after_a_weekday() {
    let r = d(2013, 2, 12);
    let (mut n, mut failures) = (0, Vec::new());
    let pairs = [
        (d(2019, 2, 13), d(2019, 2, 18)),
        (d(2019, 3, 1), d(2019, 4, 30)),
        (d(2019, 12, 28), d(2020, 1, 3)),
        (d(2024, 2, 27), d(2024, 3, 2)),
    ];
    for (a, b) in pairs {
        let short = |x: NaiveDate| format!("{:02}/{:02}", x.day(), x.month());
        let full = |x: NaiveDate| format!("{}/{}", short(x), x.year());
        let weekday = |x: NaiveDate| WEEKDAYS[x.weekday().num_days_from_monday() as usize];
        for phrase in [
            format!("du {} au {}", full(a), full(b)),
            format!("du {} au {}", short(a), full(b)),
            format!("du {} jusqu'au {}", full(a), full(b)),
            format!("entre le {} et le {}", full(a), full(b)),
            format!(
                "du {} {} au {} {}",
                weekday(a),
                full(a),
                weekday(b),
                full(b)
            ),
        ] {
            n += 1;
            failures.extend(check(&phrase, r, (a, b), "numeric-date-range"));
        }
        // without a year: the end as a day and month alone, the start the
        // latest such day on or before it
        let t = read(&format!("du {} au {}", short(a), short(b)), r);
        n += 1;
        let ok = t.as_ref().is_some_and(|t| {
            t.rule == "numeric-date-range"
                && t.interval.is_some_and(|i| {
                    (i.start.month(), i.start.day()) == (a.month(), a.day())
                        && (i.end.month(), i.end.day()) == (b.month(), b.day())
                        && i.start <= i.end
                        && (i.end - i.start).num_days() < 366
                })
        });
        if !ok {
            failures.push(format!("{} .. {}: got {t:?}", short(a), short(b)));
        }
        // open intervals and a weekday before the date
        for (intro, value) in [
            ("à partir du", format!("{a}/..")),
            ("à compter du", format!("{a}/..")),
            ("jusqu'au", format!("../{a}")),
            ("avant le", format!("../{a}")),
        ] {
            let phrase = format!("{intro} {}", full(a));
            let t = read(&phrase, r);
            n += 1;
            if !t
                .as_ref()
                .is_some_and(|t| t.value == value && t.rule == "open-interval")
            {
                failures.push(format!("{phrase:?}: want {value}, got {t:?}"));
            }
        }
        let phrase = format!("{} {}", weekday(a), short(a));
        let t = read(&phrase, a - Duration::days(3));
        n += 1;
        if !t.as_ref().is_some_and(|t| {
            t.rule == "numeric-day-month" && t.interval.is_some_and(|i| (i.start, i.end) == (a, a))
        }) {
            failures.push(format!("{phrase:?}: want {a}, got {t:?}"));
        }
    }
    finish("numeric dates composed", n, failures, 40);
    for text in [
        "le score passe du 1/3 au 2/3",
        "du 18/02 au 13/02",
        "du 13/02 au 18/02 des voix",
    ] {
        let t = dates_in(text, r);
        assert!(
            t.iter().all(|t| t.rule != "numeric-date-range"),
            "{text:?}: {t:?}"
        );
    }
    // `lundi 18/03` is March, not the 18th of this month
    let t = read("lundi 18/03", r).unwrap();
    assert_eq!(t.interval.map(|i| i.start), Some(d(2013, 3, 18)), "{t:?}");
}

/// `la semaine d'avant`, `le mois d'avant`, `mercredi de la semaine
/// d'avant`: `d'avant` is `précédent` (counted from the date told before, or
/// from the day of writing when none was).
#[test]
fn d_avant_is_the_period_before() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        let (y, m) = (r.year(), r.month());
        let last_month = d(y, m, 1) - Duration::days(1);
        let week = monday_of(r) - Duration::days(7);
        for (phrase, want) in [
            ("la semaine d'avant", (week, week + Duration::days(6))),
            (
                "le mois d'avant",
                (d(last_month.year(), last_month.month(), 1), last_month),
            ),
            ("l'année d'avant", (d(y - 1, 1, 1), d(y - 1, 12, 31))),
        ] {
            n += 1;
            failures.extend(check(phrase, r, want, "relative-period"));
        }
        for (w, weekday) in WEEKDAYS.iter().enumerate() {
            let day = week + Duration::days(w as i64);
            n += 1;
            failures.extend(check(
                &format!("{weekday} de la semaine d'avant"),
                r,
                (day, day),
                "weekday-relative",
            ));
        }
    }
    finish("d'avant", n, failures, 40);
    assert!(dates_in("la France d'avant", d(2013, 2, 12)).is_empty());
}

/// `les derniers jours de sa vie`, `les premières semaines de
/// négociations`: the plural parts of a period need a period after them.
#[test]
fn plural_parts_need_a_period() {
    for text in [
        "les derniers jours de sa vie",
        "les premières semaines de négociations",
        "les premiers mois du mandat",
        "ses derniers jours au pouvoir",
    ] {
        let t = dates_in(text, d(2013, 2, 12));
        assert!(
            t.iter().all(|t| t.rule != "part-of-period"),
            "{text:?}: {t:?}"
        );
    }
    // `ces derniers jours` stays the vague recent past
    let t = read("ces derniers jours", d(2013, 2, 12)).unwrap();
    assert_eq!(t.rule, "vague");
}

// ------------------------------------- opening words over every date family

/// `à partir de`, `dès`, `jusqu'à`, `jusqu'en`, `d'ici` before a date of any
/// family (a day word, a weekday, a relative period, a part of a period, a
/// month, a season, a year): an open interval from its first day or up to
/// its last (`X/..`, `../X`, kind vague), or for `d'ici` the days from the
/// day of writing to its last (docs/dates.md, open intervals).
#[test]
fn opening_words_over_every_date_family() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        let (y, m) = (r.year(), r.month());
        let week = monday_of(r);
        let next_month = d(y, m, 1).checked_add_months(Months::new(1)).unwrap();
        // each date form with its interval, computed from the conventions
        let mut forms: Vec<(String, (NaiveDate, NaiveDate))> = vec![
            (
                "demain".into(),
                (r + Duration::days(1), r + Duration::days(1)),
            ),
            (
                "après-demain".into(),
                (r + Duration::days(2), r + Duration::days(2)),
            ),
            (
                "la semaine prochaine".into(),
                (week + Duration::days(7), week + Duration::days(13)),
            ),
            ("la fin du mois".into(), (d(y, m, 21), last_day(y, m))),
            (
                "la fin de la semaine".into(),
                (week + Duration::days(3), week + Duration::days(6)),
            ),
            ("la fin de l'année".into(), (d(y, 10, 1), d(y, 12, 31))),
            (
                "l'année prochaine".into(),
                (d(y + 1, 1, 1), d(y + 1, 12, 31)),
            ),
            (
                "la fin du mois prochain".into(),
                (
                    d(next_month.year(), next_month.month(), 21),
                    last_day(next_month.year(), next_month.month()),
                ),
            ),
            ("l'été 2031".into(), (d(2031, 6, 1), d(2031, 8, 31))),
            ("2031".into(), (d(2031, 1, 1), d(2031, 12, 31))),
        ];
        for (i, wd) in WEEKDAYS.iter().enumerate() {
            // `prochain`: strictly after the day of writing
            let ahead =
                (i as i64 - r.weekday().num_days_from_monday() as i64 - 1).rem_euclid(7) + 1;
            let day = r + Duration::days(ahead);
            forms.push((format!("{wd} prochain"), (day, day)));
        }
        for (i, name) in MONTHS.iter().enumerate() {
            let mo = i as u32 + 1;
            forms.push((format!("{name} 2031"), (d(2031, mo, 1), last_day(2031, mo))));
            forms.push((
                format!("fin {name} 2031"),
                (d(2031, mo, 21), last_day(2031, mo)),
            ));
        }
        for (form, (start, end)) in &forms {
            let bare_year =
                form.starts_with(char::is_numeric) || MONTHS.iter().any(|m| form.starts_with(m));
            let to_word = if bare_year { "jusqu'en" } else { "jusqu'à" };
            let openings = [
                ("à partir de", format!("{start}/..")),
                ("à compter de", format!("{start}/..")),
                ("dès", format!("{start}/..")),
                (to_word, format!("../{end}")),
            ];
            for (word, want) in openings {
                let phrase = format!("{word} {form}");
                n += 1;
                let t = read(&phrase, r);
                let ok = t.as_ref().is_some_and(|t| {
                    t.value == want && t.kind == TimexKind::Vague && t.text == phrase
                });
                if !ok {
                    failures.push(format!(
                        "{phrase:?} at {r}: want {want}, got {:?}",
                        t.map(|t| (t.value, t.rule, t.text))
                    ));
                }
            }
            // `d'ici`: from the day of writing to the date's last day
            if *end >= r {
                n += 1;
                failures.extend(check(&format!("d'ici {form}"), r, (r, *end), "from-now-to"));
            }
        }
        // `d'ici lundi`: the next such day, strictly after today
        for (i, wd) in WEEKDAYS.iter().enumerate() {
            let ahead =
                (i as i64 - r.weekday().num_days_from_monday() as i64 - 1).rem_euclid(7) + 1;
            n += 1;
            failures.extend(check(
                &format!("d'ici {wd}"),
                r,
                (r, r + Duration::days(ahead)),
                "from-now-to",
            ));
        }
    }
    finish("opening words", n, failures, 600);
}

// ------------------------------ spans of days counted after a date told

/// `n` in figures or, below eleven, in words.
fn count_word(n: u32, words: bool) -> String {
    const WORDS: [&str; 11] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    ];
    if words && n <= 10 {
        WORDS[n as usize].to_string()
    } else {
        n.to_string()
    }
}

/// The `n` whole days, weeks (Monday to Sunday), months or years after
/// (`ahead`) or before the one holding `day`, computed with chrono: the
/// span `les n <unit> suivants|précédents` names from that day.
fn span_after(day: NaiveDate, n: u32, unit: char, ahead: bool) -> (NaiveDate, NaiveDate) {
    let n64 = i64::from(n);
    match (unit, ahead) {
        ('d', true) => (day + Duration::days(1), day + Duration::days(n64)),
        ('d', false) => (day - Duration::days(n64), day - Duration::days(1)),
        ('w', true) => {
            let next = monday_of(day) + Duration::days(7);
            (next, next + Duration::days(7 * n64 - 1))
        }
        ('w', false) => {
            let this = monday_of(day);
            (this - Duration::days(7 * n64), this - Duration::days(1))
        }
        ('m', true) => {
            let first = day.with_day(1).unwrap() + Months::new(1);
            let last = first + Months::new(n) - Duration::days(1);
            (first, last)
        }
        ('m', false) => {
            let this = day.with_day(1).unwrap();
            (this - Months::new(n), this - Duration::days(1))
        }
        (_, true) => (d(day.year() + 1, 1, 1), d(day.year() + n as i32, 12, 31)),
        (_, false) => (d(day.year() - n as i32, 1, 1), d(day.year() - 1, 12, 31)),
    }
}

/// `les trois jours suivants`, `les deux semaines précédentes`, `les cinq
/// mois qui suivent`: a span of whole days, weeks, months or years after
/// or before the date the text has told (every ninth day of 2019 and 2024),
/// not around the day of writing; with no date told before, from the day
/// of writing, as Duckling reads `n <cycle> suivants`. Every count (figures
/// and words) × unit (with its gender) × word of direction.
#[test]
fn spans_after_or_before_a_date_told_count_from_it() {
    let published = d(2025, 12, 8);
    let units: [(&str, char, bool); 4] = [
        ("jours", 'd', false),
        ("semaines", 'w', true),
        ("mois", 'm', false),
        ("années", 'y', true),
    ];
    let words = |feminine: bool| -> [(&'static str, bool); 3] {
        if feminine {
            [
                ("suivantes", true),
                ("précédentes", false),
                ("qui suivent", true),
            ]
        } else {
            [
                ("suivants", true),
                ("précédents", false),
                ("qui suivent", true),
            ]
        }
    };
    let (mut n, mut failures) = (0, Vec::new());
    let mut day = d(2019, 1, 4);
    while day < d(2025, 1, 1) {
        if day.year() != 2019 && day.year() != 2024 {
            day += Duration::days(9);
            continue;
        }
        let told = format!(
            "Le {} {} {}, le sommet s'est ouvert.",
            day.day(),
            MONTHS[day.month0() as usize],
            day.year()
        );
        for count in [2, 3, 5, 10] {
            for (unit, u, feminine) in units {
                for (word, ahead) in words(feminine) {
                    let phrase = format!("les {} {unit} {word}", count_word(count, count % 2 == 1));
                    let text = format!("{told} Durant {phrase}, les délégations ont négocié.");
                    let want = span_after(day, count, u, ahead);
                    let got = dates_in(&text, published)
                        .into_iter()
                        .find(|t| t.text.to_lowercase().ends_with(word))
                        .and_then(|t| t.interval)
                        .map(|i| (i.start, i.end));
                    n += 1;
                    if got != Some(want) {
                        failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
        day += Duration::days(9);
    }
    // no date told before: from the day of writing
    for r in references() {
        for count in [2, 4] {
            for (unit, u, feminine) in units {
                for (word, ahead) in words(feminine) {
                    let phrase = format!("les {} {unit} {word}", count_word(count, false));
                    let want = span_after(r, count, u, ahead);
                    let got = read(&phrase, r)
                        .and_then(|t| t.interval)
                        .map(|i| (i.start, i.end));
                    n += 1;
                    if got != Some(want) {
                        failures.push(format!("{phrase:?} at {r}: want {want:?}, got {got:?}"));
                    }
                }
            }
        }
    }
    // from an event, not a date: no span
    for phrase in [
        "les trois jours qui suivent l'attaque",
        "les 48 heures qui suivent le scrutin",
        "les deux semaines qui suivent sa nomination",
    ] {
        n += 1;
        if let Some(t) = read(phrase, d(2024, 3, 20)).filter(|t| t.rule == "last-next-n") {
            failures.push(format!("{phrase:?} read as a span: {t:?}"));
        }
    }
    finish("spans counted from a date told", n, failures, 3000);
}

/// The eve and the morrow of a named day, with or without their article
/// or preposition (`le lendemain du 13 février`, `au lendemain du 1er mars
/// 2019`, `à la veille du 9 mai`, `au surlendemain du 3 juin`): every form
/// × every day of 2019 and of 2024 (the leap year's 29 February, the eve of
/// 1 January and the morrow of 31 December included), the expected day
/// computed with chrono.
#[test]
fn the_eve_and_the_morrow_of_a_named_day() {
    let forms: [(&str, i64); 10] = [
        ("le lendemain", 1),
        ("au lendemain", 1),
        ("lendemain", 1),
        ("la veille", -1),
        ("à la veille", -1),
        ("le surlendemain", 2),
        ("au surlendemain", 2),
        ("l'avant-veille", -2),
        ("Au lendemain", 1),
        ("À la veille", -1),
    ];
    let r = d(2025, 6, 1);
    let (mut n, mut failures) = (0, Vec::new());
    let mut day = d(2019, 1, 1);
    while day <= d(2024, 12, 31) {
        if day.year() == 2019 || day.year() == 2024 {
            let number = if day.day() == 1 {
                "1er".to_string()
            } else {
                day.day().to_string()
            };
            for (form, shift) in forms {
                let phrase = format!(
                    "{form} du {number} {} {}",
                    MONTHS[day.month0() as usize],
                    day.year()
                );
                let want = day + Duration::days(shift);
                let got = read(&phrase, r)
                    .and_then(|t| t.interval)
                    .map(|i| (i.start, i.end));
                n += 1;
                if got != Some((want, want)) {
                    failures.push(format!("{phrase:?}: want {want}, got {got:?}"));
                }
            }
        }
        day += Duration::days(1);
    }
    finish("the eve and the morrow of a named day", n, failures, 7000);
}

/// A weekday written with a day and a month (`dimanche 10 février`) names
/// the year: within the year before and after the day of writing, a day
/// of a month falls on a given weekday in one year only. Every day from
/// 300 days before to 300 days after each reference, written alone, in a
/// past sentence and in a future one, must give that day, whatever the
/// tense suggests; a weekday that fits no year leaves the tense to choose.
#[test]
fn a_weekday_with_day_and_month_names_its_year() {
    let (mut n, mut failures) = (0, Vec::new());
    for r in references() {
        for k in (-300..=300).step_by(3) {
            let day = r + Duration::days(k);
            let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
            let month = MONTHS[day.month0() as usize];
            let written = if day.day() == 1 {
                "1er".to_string()
            } else {
                day.day().to_string()
            };
            let phrase = format!("{weekday} {written} {month}");
            n += 1;
            failures.extend(check(&phrase, r, (day, day), "day-month"));
            for sentence in [
                format!("Le sommet a eu lieu {phrase} à Moscou."),
                format!("Le sommet aura lieu {phrase} à Moscou."),
            ] {
                n += 1;
                let got: Vec<_> = dates_in(&sentence, r)
                    .into_iter()
                    .filter_map(|t| t.interval)
                    .map(|i| (i.start, i.end))
                    .collect();
                if got != [(day, day)] {
                    failures.push(format!("{sentence} at {r}: {got:?}, want {day}"));
                }
            }
        }
    }
    // Control: a weekday no nearby year fits (a slip of the writer) does
    // not move the date to a far year; the tense still chooses among the
    // day's occurrences a year apart.
    let r = d(2013, 2, 12);
    for (verb, month, want) in [
        ("a eu lieu", 2, d(2013, 2, 10)),
        ("aura lieu", 3, d(2013, 3, 10)),
    ] {
        let taken: Vec<u32> = (2012..=2014)
            .map(|y| d(y, month, 10).weekday().num_days_from_monday())
            .collect();
        let slip = (0..7).find(|w| !taken.contains(w)).unwrap();
        let sentence = format!(
            "Le sommet {verb} {} 10 {}.",
            WEEKDAYS[slip as usize],
            MONTHS[month as usize - 1]
        );
        n += 1;
        let got: Vec<_> = dates_in(&sentence, r)
            .into_iter()
            .filter_map(|t| t.interval)
            .map(|i| i.start)
            .collect();
        if got != [want] {
            failures.push(format!("{sentence}: {got:?}, want {want}"));
        }
    }
    finish("weekday, day and month", n, failures, 2_000);
}

/// `les six premiers mois de 2014`, `les trois derniers jours de mars
/// 2019`, `les deux premières semaines de l'année`: the first (last) N
/// days, weeks or months of a period. Weeks are Monday to Sunday, the
/// first one the first with four of its days in the period (the ISO
/// convention `la première semaine de` follows, docs/dates.md); months
/// count inside a year only. Expected values from chrono.
#[test]
fn the_first_or_last_units_of_a_period() {
    let (mut n, mut failures) = (0, Vec::new());
    let r = d(2025, 12, 8);
    let counts = [(2, "deux"), (3, "3"), (5, "cinq"), (6, "six"), (10, "10")];
    // periods: every month of two years, named with its year, and the years
    let mut periods: Vec<(String, NaiveDate, NaiveDate, bool)> = Vec::new();
    for y in [2019, 2024] {
        for m in 1..=12u32 {
            periods.push((
                format!("{} {y}", MONTHS[m as usize - 1]),
                d(y, m, 1),
                last_day(y, m),
                false,
            ));
        }
        periods.push((y.to_string(), d(y, 1, 1), d(y, 12, 31), true));
        periods.push((format!("l'année {y}"), d(y, 1, 1), d(y, 12, 31), true));
    }
    let first_week = |s: NaiveDate| {
        let m = monday_of(s);
        if s - m <= Duration::days(3) {
            m
        } else {
            m + Duration::days(7)
        }
    };
    let last_week = |e: NaiveDate| {
        let m = monday_of(e);
        if e - m >= Duration::days(3) {
            m
        } else {
            m - Duration::days(7)
        }
    };
    for (name, s, e, is_year) in &periods {
        let (s, e) = (*s, *e);
        let of = if name.starts_with("l'") {
            format!("de {name}")
        } else {
            de(name)
        };
        for (k, written) in counts {
            let k64 = k as i64;
            let mut cases = vec![
                ("premiers", "jours", (s, s + Duration::days(k64 - 1))),
                ("derniers", "jours", (e - Duration::days(k64 - 1), e)),
                ("premières", "semaines", {
                    let m = first_week(s);
                    (m, m + Duration::days(7 * k64 - 1))
                }),
                ("dernières", "semaines", {
                    let m = last_week(e);
                    (m - Duration::days(7 * (k64 - 1)), m + Duration::days(6))
                }),
            ];
            if *is_year {
                cases.push(("premiers", "mois", (s, last_day(s.year(), k))));
                cases.push(("derniers", "mois", (d(s.year(), 13 - k, 1), e)));
            }
            for (word, unit, want) in cases {
                // more units than the period holds (six weeks of January):
                // a week counts when its Thursday is inside, a day or a
                // month when it is
                let inside = |day: NaiveDate| day >= s && day <= e;
                let fits = if unit == "semaines" {
                    inside(want.0 + Duration::days(3)) && inside(want.1 - Duration::days(3))
                } else {
                    inside(want.0) && inside(want.1)
                };
                for lead in ["les", "pendant les", "au cours des"] {
                    n += 1;
                    let phrase = format!("{lead} {written} {word} {unit} {of}");
                    if fits {
                        failures.extend(check(&phrase, r, want, "counted-in-period"));
                    } else if read(&phrase, r).is_some_and(|t| t.interval.is_some()) {
                        failures.push(format!("{phrase}: dated, though the period is shorter"));
                    }
                }
            }
        }
    }
    // controls: months are not counted inside a month; one unit is the
    // ordinal's (`le premier mois`), and without a count it is a part
    for (phrase, rule) in [
        ("les six premiers mois de mars 2019", "counted-in-period"),
        ("les premiers jours de mars 2019", "counted-in-period"),
    ] {
        n += 1;
        if read(phrase, r).is_some_and(|t| t.rule == rule) {
            failures.push(format!("{phrase}: read by {rule}"));
        }
    }
    finish("first or last units of a period", n, failures, 1_500);
}
