//! Publication days of pages laid out as real outlets lay them out
//! (tests/fixtures/publayouts, pages of our own): wire datelines with and
//! without a year or an agency, broadcasters' `Publié le … Mis à jour le …`,
//! live blogs, scraped pages with menus and cookie banners, `Lire aussi`
//! blocks and `Les plus lus` lists that date other articles, a body that
//! only recalls past dates, a copyright year. Each answer was decided by
//! hand, as a careful reader would: a day, or nothing. Then the two classes
//! those pages showed wrong, generated: a list of other articles never
//! dates the page, and the timestamps of several days of a live blog are
//! not its publication.

mod common;

use chrono::{Duration, NaiveDate};
use newsx::model::Report;

fn report(dir: &std::path::Path) -> Report {
    let dir = dir.display().to_string();
    common::timeline_report(&[dir.as_str(), "--no-metadata", "--no-chronology"])
}

fn published(report: &Report, id: &str) -> Option<String> {
    let d = report.documents.iter().find(|d| d.id == id).expect(id);
    d.published.as_ref().map(|p| match p.start == p.end {
        true => p.start.to_string(),
        false => format!("{}..{}", p.start, p.end),
    })
}

#[test]
fn real_layouts_get_the_day_a_careful_reader_gives_or_none() {
    let expected: [(&str, Option<&str>); 39] = [
        ("l01_wire_year", Some("2024-06-19")),
        // `SÉOUL, 3 mars (Reuters)` after a past `mai 2023`: the next 3 March
        ("l02_wire_noyear_past", Some("2024-03-03")),
        ("l03_wire_noyear_alone", None),
        ("l04_broadcaster_one_line", Some("2024-03-07")),
        ("l05_broadcaster_two_lines", Some("2024-03-07")),
        ("l06_update_first", Some("2024-03-07")),
        ("l07_live_labelled", Some("2024-06-19")),
        // entries stamped on two days, no publication line
        ("l08_live_unlabelled", None),
        ("l09_scraped_nav_cookie", Some("2024-03-07")),
        ("l10_scraped_no_date", None),
        ("l11_read_also_inline", Some("2024-03-07")),
        ("l12_read_also_block_only", None),
        ("l13_read_also_block_spaced", None),
        ("l14_past_dates_body_only", None),
        ("l15_copyright_only", None),
        ("l16_wire_and_read_also", Some("2024-06-19")),
        ("l17_broadcaster_weekday", Some("2024-06-19")),
        ("l18_byline_pipe", Some("2024-06-19")),
        ("l19_byline_comma_le", Some("2024-06-19")),
        // the top bar prints the day the page was viewed
        ("l20_top_bar_weather", None),
        ("l21_english_scraped", Some("2024-06-19")),
        ("l22_jsonld_related_and_label", Some("2024-06-19")),
        ("l23_jsonld_related_only", None),
        ("l24_meta_scraped", Some("2024-06-19")),
        ("l25_two_digit_year", Some("2024-06-19")),
        ("l26_future_in_body", Some("2024-06-19")),
        ("l27_agency_no_date", None),
        ("l28_relative_only", None),
        // 23:30 at UTC-5 is the 20th in Paris: the day written
        ("l29_iso_header_tz", Some("2024-06-19")),
        ("l30_read_also_list_top", Some("2024-06-19")),
        ("l31_most_read_sidebar", Some("2024-06-19")),
        ("l32_most_read_only", None),
        ("l33_related_top_bare_date", None),
        ("l34_related_top_then_own", Some("2024-06-19")),
        // the nearest 28 April after a recalled 2019 day is a Sunday, and
        // the lead reports a Monday: the past date was an old one
        ("l35_wire_noyear_old_recalled", None),
        // 3 March 2025 is the Monday the lead names
        ("l36_wire_noyear_lead_weekday", Some("2025-03-03")),
        // a masthead and a byline before `Publié le`, on the same line; the
        // related article's `Publié le` is under `Lire aussi`
        ("l37_regional_credit_then_label", Some("2024-11-12")),
        // a byline, then `Le … à 18h05` without a separator
        ("l38_byline_then_stamp", Some("2024-11-12")),
        // the time of day before the date: `… avec AFP 18h05 , le 6 novembre`
        ("l39_time_before_date", Some("2024-11-06")),
    ];
    let dir = common::root().join("tests/fixtures/publayouts");
    let report = report(&dir);
    assert_eq!(report.documents.len(), expected.len());
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(id, want)| {
            let got = published(&report, id);
            (got.as_deref() != *want).then(|| format!("{id}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

const STORY: &str = "Le dirigeant nord-coréen Kim Jong-un a reçu à Pyongyang le ministre russe des Affaires étrangères Sergueï Lavrov, a rapporté l'agence officielle KCNA. Les deux hommes ont évoqué la coopération entre leurs pays.\n";

fn fresh(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

#[test]
fn a_list_of_other_articles_never_dates_the_page() {
    let headings = [
        "Lire aussi",
        "LIRE AUSSI",
        "À lire aussi",
        "A lire également",
        "Voir aussi",
        "Sur le même sujet",
        "Dans la même rubrique",
        "Les plus lus",
        "Articles similaires",
        "Vous aimerez aussi",
        "► À lire aussi",
        "Read more",
    ];
    let own = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
    let mut expected = Vec::new();
    let dir = fresh("publayouts-related");
    for (i, heading) in headings.iter().enumerate() {
        let theirs = own - Duration::days(3 + i as i64);
        let layouts = [
            // the list under the story, its day on the line after a title
            format!(
                "{heading}\nKim Jong-un en Russie\nPublié le {} à 10h30\n",
                dmy(theirs)
            ),
            // spaced out by blank lines, as scraped
            format!(
                "{heading}\n\nKim Jong-un en Russie\n\nPublié le {}\n",
                dmy(theirs)
            ),
            // a date line alone under a title
            format!("{heading}\nKim Jong-un en Russie\n{}\n", dmy(theirs)),
            // two items
            format!(
                "{heading}\n1. Kim Jong-un en Russie\nPublié le {}\n2. Lavrov à Pyongyang\nPublié le {}\n",
                dmy(theirs),
                dmy(theirs - Duration::days(30))
            ),
        ];
        for (j, list) in layouts.iter().enumerate() {
            // alone: no date; at the top of the page too
            let id = format!("rel_{i}_{j}_alone");
            std::fs::write(
                dir.join(format!("{id}.txt")),
                format!("Titre\n\n{STORY}\n{list}"),
            )
            .unwrap();
            expected.push((id, None));
            let id = format!("rel_{i}_{j}_top");
            std::fs::write(dir.join(format!("{id}.txt")), format!("{list}\n{STORY}")).unwrap();
            expected.push((id, None));
            // with the page's own line, before or after the list: its day
            let id = format!("rel_{i}_{j}_own_before");
            let page = format!("Titre\n\nPublié le {} à 08h00\n\n{STORY}\n{list}", dmy(own));
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, Some(own.to_string())));
            let id = format!("rel_{i}_{j}_own_after");
            let page = format!("Titre\n\n{list}\n{STORY}\nPublié le {} à 08h00\n", dmy(own));
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, Some(own.to_string())));
        }
    }
    // look-alike: a sentence of the story that says `lire aussi` is no
    // heading, and the page's own line after it is read
    let id = "rel_sentence".to_string();
    let page = format!(
        "Titre\n\nIl faut lire aussi entre les lignes du communiqué, disent les analystes.\nPublié le {} à 08h00\n\n{STORY}",
        dmy(own)
    );
    std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
    expected.push((id, Some(own.to_string())));
    let report = report(&dir);
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(id, want)| {
            let got = published(&report, id);
            (&got != want).then(|| format!("{id}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn timestamps_of_several_days_are_a_live_blog_not_its_publication() {
    let dir = fresh("publayouts-live");
    let mut expected = Vec::new();
    for (k, start) in ["2023-09-12", "2024-06-19", "2024-12-31"]
        .iter()
        .enumerate()
    {
        let start = NaiveDate::parse_from_str(start, "%Y-%m-%d").unwrap();
        for days in 0..=2i64 {
            // newest entry first, as live blogs print them
            let entries: String = (0..=days)
                .rev()
                .map(|n| {
                    format!(
                        "Le {} à {:02}h{:02}\n{STORY}\n",
                        dmy(start + Duration::days(n)),
                        8 + n,
                        5 * n
                    )
                })
                .collect();
            let id = format!("live_{k}_{days}");
            std::fs::write(
                dir.join(format!("{id}.txt")),
                format!("DIRECT. Titre\n\n{entries}"),
            )
            .unwrap();
            // one day stamped: that day; several: none of them
            expected.push((id, (days == 0).then(|| start.to_string())));
            // with a publication line: its day, whatever the entries
            let id = format!("live_{k}_{days}_labelled");
            let page = format!(
                "DIRECT. Titre\n\nPublié le {} à 06h00\n\n{entries}",
                dmy(start)
            );
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, Some(start.to_string())));
        }
    }
    let report = report(&dir);
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(id, want)| {
            let got = published(&report, id);
            (&got != want).then(|| format!("{id}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_dated_line_of_the_story_or_of_the_comments_is_not_the_publication() {
    let dir = fresh("publayouts-story-lines");
    let mut expected = Vec::new();
    let own = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
    let events = [
        "Kim Jong-un arrive au cosmodrome de Vostotchny.",
        "Kim Jong-un arrive au cosmodrome",
        "arrivée du train blindé à Khassan",
        "Poutine et Kim signent un traité.",
    ];
    for (i, event) in events.iter().enumerate() {
        for (j, sep) in ["–", "-", "|", "·", "—"].iter().enumerate() {
            let then = own - Duration::days(280 + 7 * i as i64 + j as i64);
            // a chronology in the story: `Le 13/09/2023 à 10h00 – Kim arrive`
            let line = format!("Le {} à 10h00 {sep} {event}", dmy(then));
            let id = format!("chrono_{i}_{j}");
            std::fs::write(
                dir.join(format!("{id}.txt")),
                format!("Titre\n\n{STORY}\n{line}\n"),
            )
            .unwrap();
            expected.push((id, None));
            // the page's own line above it still gives the page's day
            let id = format!("chrono_{i}_{j}_own");
            let page = format!(
                "Titre\n\nPublié le {} à 08h00\n\n{STORY}\n{line}\n",
                dmy(own)
            );
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, Some(own.to_string())));
        }
    }
    // a masthead after the separator is furniture, not a sentence
    for (j, masthead) in ["Paris", "franceinfo avec AFP", "Lecture 2 min."]
        .iter()
        .enumerate()
    {
        let id = format!("masthead_{j}");
        let page = format!("Titre\n\nLe {} à 10h30 - {masthead}\n\n{STORY}", dmy(own));
        std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
        expected.push((id, Some(own.to_string())));
    }
    // readers' comments under their heading, one comment or several
    for (i, heading) in [
        "Commentaires",
        "3 commentaires",
        "Réactions (2)",
        "Comments",
    ]
    .iter()
    .enumerate()
    {
        for n in 1..=2i64 {
            let comments: String = (1..=n)
                .map(|k| {
                    format!(
                        "Marie, le {} à 12h00\nTrès bon article.\n",
                        dmy(own + Duration::days(k))
                    )
                })
                .collect();
            let id = format!("comments_{i}_{n}");
            let page = format!("Titre\n\n{STORY}\n{heading}\n{comments}");
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, None));
        }
    }
    let report = report(&dir);
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(id, want)| {
            let got = published(&report, id);
            (&got != want).then(|| format!("{id}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn publication_lines_of_several_days_below_the_story_are_a_list_not_the_page() {
    let dir = fresh("publayouts-unheaded-list");
    let mut expected = Vec::new();
    let own = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
    let labels = ["Publié le", "Mis en ligne le", "Publication :"];
    for (i, label) in labels.iter().enumerate() {
        for n in 2..=3i64 {
            let list: String = (1..=n)
                .map(|k| {
                    let theirs = own - Duration::days(40 * k + i as i64);
                    format!("Article numéro {k}\n{label} {} à 10h00\n", dmy(theirs))
                })
                .collect();
            let id = format!("list_{i}_{n}");
            std::fs::write(
                dir.join(format!("{id}.txt")),
                format!("Titre\n\n{STORY}\n{list}"),
            )
            .unwrap();
            expected.push((id, None));
            // the page's own line in its header wins
            let id = format!("list_{i}_{n}_own");
            let page = format!("Titre\n{label} {} à 08h00\n\n{STORY}\n{list}", dmy(own));
            std::fs::write(dir.join(format!("{id}.txt")), page).unwrap();
            expected.push((id, Some(own.to_string())));
            // one line at the foot, repeated with the same day: the page's
            let id = format!("list_{i}_{n}_foot");
            let foot = format!("{label} {} à 08h00\n", dmy(own)).repeat(n as usize);
            std::fs::write(
                dir.join(format!("{id}.txt")),
                format!("Titre\n\n{STORY}\n{foot}"),
            )
            .unwrap();
            expected.push((id, Some(own.to_string())));
        }
    }
    let report = report(&dir);
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(id, want)| {
            let got = published(&report, id);
            (&got != want).then(|| format!("{id}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
