//! The ways a page states its publication day in its own text, generated:
//! every form below x days chosen to test the day/month order (days up to
//! 12 and after, the 29 February, the last day of a year), each written
//! into a page without metadata, with the expected day computed here with
//! chrono, and look-alikes that must give no date.
//!
//! Forms: ISO datetimes after a label (`Publié le 2024-03-07T10:30:00+01:00`,
//! the day written, never converted to another time zone), the machine
//! metadata a scraped page keeps in its text (`article:published_time …`,
//! `"datePublished": "…"`), two-digit years (`Publié le 07/03/24`), English
//! numeric dates (month first or day first: only the page can settle it),
//! header lines in other orders (`March 7, 2024`, `mars 07, 2024`,
//! `07.03.2024`, `7 mars 2024 à 10:30`).

mod common;

use chrono::{Datelike, Duration, NaiveDate};
use common::{MONTHS, WEEKDAYS};
use newsx::model::Report;

/// English month names, written by hand (the tests' own oracle).
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A story without any date of its own.
const STORY: &str = "Le dirigeant nord-coréen Kim Jong-un a reçu à Pyongyang le ministre russe des Affaires étrangères Sergueï Lavrov, a rapporté l'agence officielle KCNA. Les deux hommes ont évoqué la coopération entre leurs pays.\n\nSelon l'agence, la rencontre s'est déroulée dans une atmosphère chaleureuse.\n";

fn days() -> Vec<NaiveDate> {
    [
        "2023-01-05",
        "2023-09-12",
        "2024-02-29",
        "2024-03-07",
        "2024-12-31",
        "2025-06-19",
    ]
    .iter()
    .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
    .collect()
}

/// `d` as `DD/MM/YYYY` (or with another separator).
fn dmy(d: NaiveDate, sep: &str) -> String {
    format!("{:02}{sep}{:02}{sep}{}", d.day(), d.month(), d.year())
}

fn month_fr(d: NaiveDate) -> &'static str {
    MONTHS[d.month0() as usize]
}

fn month_en(d: NaiveDate) -> &'static str {
    MONTHS_EN[d.month0() as usize]
}

/// Writes each page of `pages` (id, header lines, expected day) into a
/// fresh folder, runs newsx once on it without metadata, and checks every
/// page's publication day.
fn check(name: &str, pages: Vec<(String, String, Option<NaiveDate>)>) {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (id, header, _) in &pages {
        let page =
            format!("Kim Jong-un reçoit le chef de la diplomatie russe\n\n{header}\n\n{STORY}");
        std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
    }
    let dir_arg = dir.display().to_string();
    let report: Report =
        common::timeline_report(&[dir_arg.as_str(), "--no-metadata", "--no-chronology"]);
    let mut failures = Vec::new();
    for (id, header, expected) in &pages {
        let d = report.documents.iter().find(|d| &d.id == id).expect(id);
        let got = d.published.as_ref().map(|p| (p.start, p.end));
        if got != expected.map(|e| (e, e)) {
            failures.push(format!(
                "{id}: «{header}» expected {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn iso_datetimes_after_a_label_give_the_day_written() {
    type Form = fn(NaiveDate) -> String;
    let forms: [Form; 8] = [
        |d| format!("Publié le {}T10:30:00+01:00", d.format("%Y-%m-%d")),
        |d| format!("Publié le {} à 10h30", d.format("%Y-%m-%d")),
        |d| format!("Date de publication : {}T10:30:00Z", d.format("%Y-%m-%d")),
        // late in the evening west of Greenwich: the next day in UTC, the
        // day written all the same
        |d| format!("Publié le {}T23:30:00-05:00", d.format("%Y-%m-%d")),
        |d| format!("Mis en ligne le {}T00:15:00.000Z", d.format("%Y-%m-%d")),
        |d| format!("Publié le {} 10:30:00 UTC", d.format("%Y-%m-%d")),
        |d| format!("Publication : {}", dmy(d, "/")),
        |d| format!("Publié le : {} à 10h30", dmy(d, "/")),
    ];
    let mut pages = Vec::new();
    for (i, d) in days().into_iter().enumerate() {
        for (j, form) in forms.iter().enumerate() {
            pages.push((format!("iso_{i}_{j}"), form(d), Some(d)));
        }
    }
    check("pubforms-iso", pages);
}

#[test]
fn machine_metadata_kept_in_the_text_gives_the_day_when_it_is_the_only_one() {
    type Form = fn(NaiveDate) -> String;
    let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let forms: [Form; 5] = [
        |d| format!("article:published_time {}T09:12:00Z", d.format("%Y-%m-%d")),
        |d| format!("datePublished: {}T09:12:00+01:00", d.format("%Y-%m-%d")),
        |d| {
            format!(
                r#"<meta property="article:published_time" content="{}T23:50:00-05:00">"#,
                d.format("%Y-%m-%d")
            )
        },
        // the update, two days later, is not the publication
        |d| {
            format!(
                r#"{{"@type":"NewsArticle","datePublished":"{}T09:12:00+01:00","dateModified":"{}T08:00:00Z"}}"#,
                d.format("%Y-%m-%d"),
                (d + Duration::days(2)).format("%Y-%m-%d")
            )
        },
        |d| {
            format!(
                "article:published_time {}T09:12:00Z\narticle:modified_time {}T11:00:00Z",
                d.format("%Y-%m-%d"),
                (d + Duration::days(30)).format("%Y-%m-%d")
            )
        },
    ];
    let mut pages = Vec::new();
    for (i, d) in days().into_iter().enumerate() {
        for (j, form) in forms.iter().enumerate() {
            pages.push((format!("meta_{i}_{j}"), form(d), Some(d)));
        }
        let other = d - Duration::days(40);
        // look-alikes: only an update time; a list of other articles with
        // their own days (several days: none is the page's)
        pages.push((
            format!("meta_{i}_modified_only"),
            format!(r#""dateModified": "{}T08:00:00Z""#, iso(d)),
            None,
        ));
        pages.push((
            format!("meta_{i}_list"),
            format!(
                r#"{{"@type":"ItemList","itemListElement":[{{"@type":"NewsArticle","datePublished":"{}T08:00:00Z"}},{{"@type":"NewsArticle","datePublished":"{}T09:00:00Z"}}]}}"#,
                iso(d),
                iso(other)
            ),
            None,
        ));
        // an ISO day glued to an id is no date
        pages.push((
            format!("meta_{i}_id"),
            format!("Référence : {}-1234", iso(d)),
            None,
        ));
    }
    check("pubforms-meta", pages);
}

#[test]
fn two_digit_years_are_this_century_up_to_2029_and_nothing_after() {
    let mut pages = Vec::new();
    for (i, d) in days().into_iter().enumerate() {
        let yy = d.year() % 100;
        let (dd, mm) = (d.day(), d.month());
        pages.push((
            format!("yy_{i}_pub"),
            format!("Publié le {dd:02}/{mm:02}/{yy:02} à 10h30"),
            Some(d),
        ));
        pages.push((
            format!("yy_{i}_upd"),
            format!("Mis à jour le {dd:02}/{mm:02}/{yy:02}"),
            Some(d),
        ));
        let next = d + Duration::days(1);
        pages.push((
            format!("yy_{i}_both"),
            format!(
                "Publié le {dd:02}/{mm:02}/{yy:02} à 10h30 - Mis à jour le {:02}/{:02}/{:02} à 08h00",
                next.day(),
                next.month(),
                next.year() % 100
            ),
            Some(d),
        ));
        pages.push((
            format!("yy_{i}_stamp"),
            format!("Le {dd:02}/{mm:02}/{yy:02} à 18h40"),
            Some(d),
        ));
        // `98`, `45`: 1998 or 2098, 1945 or 2045, not guessed
        for old in [98, 45, 30] {
            pages.push((
                format!("yy_{i}_{old}"),
                format!("Publié le {dd:02}/{mm:02}/{old} à 10h30"),
                None,
            ));
        }
    }
    check("pubforms-yy", pages);
}

#[test]
fn numbers_are_day_first_unless_an_english_label_leaves_the_order_open() {
    let mut pages = Vec::new();
    for (i, d) in days().into_iter().enumerate() {
        let (dd, mm, y) = (d.day(), d.month(), d.year());
        // French labels: day first, always
        pages.push((
            format!("ord_{i}_fr"),
            format!("Publié le {dd:02}/{mm:02}/{y}"),
            Some(d),
        ));
        // a French label with a month-first date is no date (or, when the
        // day is 12 or less, the day-first one: the page says day first)
        let swapped = NaiveDate::from_ymd_opt(y, dd, mm);
        pages.push((
            format!("ord_{i}_fr_swapped"),
            format!("Publié le {mm:02}/{dd:02}/{y}"),
            swapped,
        ));
        // English labels: settled only when one of the two is above 12
        let settled = (dd > 12 || dd == mm).then_some(d);
        pages.push((
            format!("ord_{i}_en_mdy"),
            format!("Published {mm:02}/{dd:02}/{y}"),
            settled,
        ));
        pages.push((
            format!("ord_{i}_en_dmy"),
            format!("Published on {dd:02}/{mm:02}/{y}"),
            settled,
        ));
        // ISO is year, month, day whatever the label
        pages.push((
            format!("ord_{i}_en_iso"),
            format!("Updated {}", d.format("%Y-%m-%d")),
            Some(d),
        ));
    }
    check("pubforms-order", pages);
}

#[test]
fn header_lines_in_other_orders_and_with_a_time() {
    type Form = fn(NaiveDate) -> String;
    let forms: [Form; 13] = [
        |d| format!("{} {}, {}", month_en(d), d.day(), d.year()),
        |d| format!("{}. {}, {}", &month_en(d)[..3], d.day(), d.year()),
        |d| format!("{} {} {}", d.day(), month_en(d), d.year()),
        |d| format!("{} {:02}, {}", month_fr(d), d.day(), d.year()),
        |d| dmy(d, "."),
        |d| format!("{} {} {} à 10:30", d.day(), month_fr(d), d.year()),
        |d| format!("Le {} à 18h40", dmy(d, "/")),
        |d| format!("{} 10:30", dmy(d, "/")),
        |d| format!("{} 10:30", d.format("%Y-%m-%d")),
        |d| d.format("%Y/%m/%d").to_string(),
        |d| {
            format!(
                "{} {} {} {}, 10:30",
                WEEKDAYS[d.weekday().num_days_from_monday() as usize],
                d.day(),
                month_fr(d),
                d.year()
            )
        },
        |d| format!("{} {}, {} 10:32 AM", month_en(d), d.day(), d.year()),
        |d| format!("Jean Dupont, le {} à 10h32", dmy(d, "/")),
    ];
    let mut pages = Vec::new();
    for (i, d) in days().into_iter().enumerate() {
        for (j, form) in forms.iter().enumerate() {
            pages.push((format!("hdr_{i}_{j}"), form(d), Some(d)));
        }
        // look-alikes: a time alone, a sentence opening on a date, a
        // signature without a time, a date with an hour range of a program
        pages.push((format!("hdr_{i}_time"), "10:30".into(), None));
        pages.push((
            format!("hdr_{i}_sentence"),
            format!(
                "Le {} à 18h40, le convoi a quitté la gare de Khassan.",
                dmy(d, "/")
            ),
            None,
        ));
        pages.push((
            format!("hdr_{i}_signature"),
            format!("Jean Dupont, le {}", dmy(d, "/")),
            None,
        ));
    }
    check("pubforms-headers", pages);
}

#[test]
fn a_publication_line_without_a_year_takes_the_first_year_after_the_past_dates() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pubforms-yearless");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut expected = Vec::new();
    for (i, d) in days()
        .into_iter()
        .filter(|d| (d.month(), d.day()) != (2, 29))
        .enumerate()
    {
        let line = format!("Publié le {} {} à 10h30", d.day(), month_fr(d));
        for (k, back) in [10i64, 200, 400].into_iter().enumerate() {
            let past = d - Duration::days(back);
            let story = format!(
                "{STORY}\nUne délégation russe était venue à Pyongyang le {} {} {}.\n",
                past.day(),
                month_fr(past),
                past.year()
            );
            // the first day and month on or after the past date
            let this_year = NaiveDate::from_ymd_opt(past.year(), d.month(), d.day()).unwrap();
            let want = match this_year >= past {
                true => this_year,
                false => NaiveDate::from_ymd_opt(past.year() + 1, d.month(), d.day()).unwrap(),
            };
            let id = format!("yl_{i}_{k}");
            std::fs::write(
                dir.join(format!("{id}.txt")),
                format!("Titre\n\n{line}\n\n{story}"),
            )
            .unwrap();
            expected.push((id, Some(want)));
            // a weekday it cannot check, or a list of other articles: none
            let wd = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
            let id = format!("yl_{i}_{k}_weekday");
            let page = format!(
                "Titre\n\nPublié le {wd} {} {} à 10h30\n\n{story}",
                d.day(),
                month_fr(d)
            );
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, None));
            let id = format!("yl_{i}_{k}_related");
            let page = format!("Titre\n\n{story}\nLire aussi\nUn autre article\n{line}\n");
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, None));
        }
        // no past date to place it from: none
        let id = format!("yl_{i}_alone");
        std::fs::write(
            dir.join(format!("{id}.txt")),
            format!("Titre\n\n{line}\n\n{STORY}"),
        )
        .unwrap();
        expected.push((id, None));
    }
    let dir_arg = dir.display().to_string();
    let report: Report =
        common::timeline_report(&[dir_arg.as_str(), "--no-metadata", "--no-chronology"]);
    let mut failures = Vec::new();
    for (id, want) in &expected {
        let d = report.documents.iter().find(|d| &d.id == id).expect(id);
        let got = d.published.as_ref().map(|p| (p.start, p.end));
        if got != want.map(|e| (e, e)) {
            failures.push(format!("{id}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
