//! Integration tests of the publication stage: the built binary on pages
//! of our own (tests/fixtures/pubdates3) that give their date through a
//! URL, an English header line, a correspondent's byline, or only bounds,
//! and on one whose weekday fits two years.

mod common;

use assert_cmd::Command;
use common::{MONTHS, WEEKDAYS};
use newsx::model::{Confidence, DateSource, DocumentRecord, Precision, PublicationRule, Report};

fn newsx() -> Command {
    Command::cargo_bin("newsx").unwrap()
}

fn documents(args: &[&str]) -> (Vec<DocumentRecord>, String) {
    common::run::timeline_documents("tests/fixtures/pubdates3", args)
}

fn doc<'a>(docs: &'a [DocumentRecord], id: &str) -> &'a DocumentRecord {
    docs.iter().find(|d| d.id == id).expect(id)
}

#[test]
fn every_way_of_giving_the_date_holds_with_and_without_the_chronology() {
    for args in [&[][..], &["--no-chronology"][..]] {
        let (docs, _) = documents(args);
        // the day filed in the URL of the JSON Lines record
        let p = doc(&docs, "url_slug").published.clone().unwrap();
        assert_eq!(p.start.to_string(), "2024-06-19");
        assert_eq!((p.start, p.source), (p.end, DateSource::Metadata));
        assert_eq!(p.rule, Some(PublicationRule::Url));
        assert_eq!(p.confidence, Confidence::Stated);
        // a URL day before a day the text reports in the past is no date
        assert!(
            doc(&docs, "url_contradicted")
                .published
                .as_ref()
                .is_none_or(|p| p.start.to_string() != "2023-09-01")
        );
        // an English publication line
        let p = doc(&docs, "b_english").published.clone().unwrap();
        assert_eq!(p.start.to_string(), "2023-10-19");
        assert_eq!(p.rule, Some(PublicationRule::LabelledLine));
        // signed on the 14th (past), will travel on the 20th (future): the
        // interval, said as bounded, not a day
        let p = doc(&docs, "c_bounded").published.clone().unwrap();
        assert_eq!(
            (p.start.to_string(), p.end.to_string()),
            ("2024-02-14".into(), "2024-02-20".into())
        );
        assert_eq!(p.confidence, Confidence::Bounded);
        assert_eq!(p.rule, Some(PublicationRule::Bounds));
        assert_eq!(p.precision, Precision::Week);
        // `ce vendredi 14 février` after May 2019: Friday in 2020 and 2025
        assert_eq!(doc(&docs, "d_two_years").published, None);
        // a correspondent's byline by the post, with the day: the page's
        let p = doc(&docs, "e_correspondent").published.clone().unwrap();
        assert_eq!((p.start.to_string(), p.end), ("2025-03-18".into(), p.start));
        assert_eq!(p.rule, Some(PublicationRule::LabelledLine));
    }
}

#[test]
fn verbose_says_which_candidates_were_rejected_and_why() {
    let (_, stderr) = documents(&["--verbose", "--no-chronology"]);
    assert!(
        stderr.lines().any(|l| l.contains("a_urls.jsonl:2")
            && l.contains("url «20230901»")
            && l.contains("«13 septembre 2023» is reported in the past")),
        "{stderr}"
    );
    assert!(
        stderr.lines().any(|l| l.contains("d_two_years.txt")
            && l.contains("ambiguous weekday")
            && l.contains("2020, 2025")),
        "{stderr}"
    );
    // without --verbose, nothing is said of them
    let (_, quiet) = documents(&["--no-chronology"]);
    assert!(!quiet.contains("rejected"), "{quiet}");
}

#[test]
fn text_output_marks_a_bounded_date_as_deduced() {
    let out = newsx()
        .args([
            "timeline",
            "tests/fixtures/pubdates3/c_bounded.txt",
            "--no-chronology",
        ])
        .args(["--undated", "all", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains(", ~"), "{text}");
    assert!(text.contains("date de publication déduite"), "{text}");
}

fn weekday_of(d: chrono::NaiveDate) -> &'static str {
    use chrono::Datelike;
    WEEKDAYS[d.weekday().num_days_from_monday() as usize]
}

fn day_month(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

/// Wire copy of a meeting of Lavrov and Kim on `met`, under a dateline
/// `opening` that gives the day without a year.
fn wire_story(opening: &str, met: chrono::NaiveDate) -> String {
    format!(
        "Kim Jong-un reçoit le chef de la diplomatie russe\n\n{opening}Le dirigeant nord-coréen Kim Jong-un a reçu {} à Pyongyang le ministre russe des Affaires étrangères Sergueï Lavrov, a rapporté l'agence officielle KCNA.\n\nLes deux hommes ont évoqué la coopération entre leurs pays, selon l'agence.\n",
        weekday_of(met)
    )
}

#[test]
fn a_year_less_dateline_takes_the_day_it_names_among_those_the_landmarks_allow() {
    use chrono::{Duration, NaiveDate};
    let layouts = [
        |dm: &str| format!("SÉOUL, {dm} (Reuters) - "),
        |dm: &str| format!("MOSCOU, {dm} (AFP) – "),
        |dm: &str| format!("{dm} (AFP) - "),
        |dm: &str| format!("Tokyo, {dm} - "),
    ];
    let landmarks = ["2023-10-18", "2024-03-05", "2024-12-28", "2025-07-12"];
    for (n, landmark) in landmarks.into_iter().enumerate() {
        let met = NaiveDate::parse_from_str(landmark, "%Y-%m-%d").unwrap();
        let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("pubdates-yearless-{n}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let chronology = dir.join("chronology.toml");
        std::fs::write(
            &chronology,
            format!(
                "[[event]]\ndate = \"{landmark}\"\ntype = \"visit\"\ntitle = \"Visite de Lavrov\"\nparticipants = [\"serguei-lavrov\", \"kim-jong-un\"]\nplaces = [\"pyongyang\"]\n"
            ),
        )
        .unwrap();
        let articles = dir.join("articles");
        std::fs::create_dir_all(&articles).unwrap();
        // the dateline's day, from the day before the meeting to eight days after
        let mut expected = Vec::new();
        for (k, offset) in (-1i64..=8).enumerate() {
            let named = met + Duration::days(offset);
            let opening = layouts[k % layouts.len()](&day_month(named));
            let id = format!("wire_{k}");
            std::fs::write(
                articles.join(format!("{id}.txt")),
                wire_story(&opening, met),
            )
            .unwrap();
            // reported in the past: written that day or in the six after
            expected.push((id, (0..=6).contains(&offset).then_some(named)));
        }
        // a dateline after a day the text announces as to come: nothing
        let named = met + Duration::days(3);
        let announced = met + Duration::days(1);
        let opening = format!("PÉKIN, {} (AFP) - ", day_month(named));
        let story = wire_story(&opening, met).replace(
            "selon l'agence.",
            &format!(
                "selon l'agence. Sergueï Lavrov se rendra à Pékin le {} {}.",
                day_month(announced),
                chrono::Datelike::year(&announced)
            ),
        );
        std::fs::write(articles.join("announced.txt"), story).unwrap();
        expected.push(("announced".into(), None));
        // `ce mercredi 4 décembre` atop a story: its weekday must fit too
        for (id, named, fits) in [
            ("this_day", met + Duration::days(1), true),
            ("this_day_wrong_weekday", met + Duration::days(1), false),
        ] {
            let weekday = match fits {
                true => weekday_of(named),
                false => weekday_of(named + Duration::days(1)),
            };
            let story = format!(
                "Lavrov quitte Pyongyang\n\nSergueï Lavrov quitte ce {weekday} {} la Corée du Nord, a rapporté l'agence officielle KCNA. Le dirigeant nord-coréen Kim Jong-un a reçu {} à Pyongyang le ministre russe des Affaires étrangères Sergueï Lavrov.\n",
                day_month(named),
                weekday_of(met)
            );
            std::fs::write(articles.join(format!("{id}.txt")), story).unwrap();
            expected.push((id.into(), fits.then_some(named)));
        }
        let out = newsx()
            .arg("timeline")
            .arg(&articles)
            .args(["--no-chronology", "--chronology"])
            .arg(&chronology)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: Report = serde_json::from_slice(&out.stdout).unwrap();
        for (id, day) in expected {
            let p = doc(&report.documents, &id).published.clone();
            match day {
                Some(day) => {
                    let p = p.unwrap_or_else(|| panic!("{landmark} {id}: no date"));
                    assert_eq!((p.start, p.end), (day, day), "{landmark} {id}");
                    assert_eq!(p.confidence, Confidence::Inferred);
                    assert!(p.evidence.unwrap().contains("on its own day --"));
                }
                // a dateline before the meeting it reports, or more than a
                // week after: no date rather than the week
                None => assert_eq!(p, None, "{landmark} {id}"),
            }
        }
    }
}
