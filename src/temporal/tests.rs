//! Whole-text tests of the temporal stage.

use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn run(text: &str, published: Option<NaiveDate>) -> Vec<Timex> {
    extract_str(
        text,
        &[Span::new(0, text.len())],
        published.map(DateInterval::day),
    )
}

fn find<'a>(all: &'a [Timex], text: &str) -> &'a Timex {
    all.iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("{text} not in {all:#?}"))
}

fn iv(t: &Timex) -> String {
    t.interval.map_or("none".into(), |i| i.iso())
}

/// A range of days whose end has a year (`les 19 et 20 juillet 2000`,
/// `du 3 au 5 mars 2024`, `entre le 28 et le 30 juin 2019`) is stated in
/// full: it resolves with no day of writing and anchors on nothing. Every
/// month × two day pairs × every connective × years; the expected days are
/// computed here with chrono.
#[test]
fn a_range_with_a_year_needs_no_day_of_writing() {
    let months = crate::test_calendar::MONTHS;
    let forms = [
        |a: u32, b: u32, m: &str, y: i32| format!("les {a} et {b} {m} {y}"),
        |a: u32, b: u32, m: &str, y: i32| format!("du {a} au {b} {m} {y}"),
        |a: u32, b: u32, m: &str, y: i32| format!("entre le {a} et le {b} {m} {y}"),
    ];
    for (i, name) in months.iter().enumerate() {
        let m = i as u32 + 1;
        for (a, b) in [(3, 5), (19, 20)] {
            for y in [2000, 2019, 2024] {
                for form in forms {
                    let phrase = form(a, b, name, y);
                    let text = format!("Les deux dirigeants se sont vus {phrase} à Moscou.");
                    let all = run(&text, None);
                    let t = find(&all, &phrase);
                    assert_eq!(
                        t.interval.map(|i| (i.start, i.end)),
                        Some((d(y, m, a), d(y, m, b))),
                        "{text}"
                    );
                    assert_eq!(t.anchor, Anchor::None, "{text}");
                }
            }
        }
    }
}

#[test]
fn seed_000_relative_days_restatement_and_vague() {
    let text = "samedi 25 mai 2024\n\nKim sera en «visite officielle en Russie dans les prochains jours», a indiqué, hier, la Présidence russe. Poutine est arrivé hier avant de participer aujourd'hui à un Forum. Séoul «s'attend à ce que le président Kim rencontre le président Poutine aux environs d'après-demain», soit demain. La Maison-Blanche a affirmé la semaine dernière que Kim souhaitait venir.";
    let all = run(text, Some(d(2023, 9, 12)));
    let header = find(&all, "samedi 25 mai 2024");
    assert_eq!(
        (header.value.as_str(), header.rule.as_str()),
        ("2024-05-25", "day-month-year")
    );
    assert_eq!(header.anchor, Anchor::None);
    let hier = find(&all, "hier");
    assert_eq!(
        (iv(hier), hier.rule.as_str()),
        ("2023-09-11".into(), "day-word")
    );
    assert_eq!(hier.anchor, Anchor::Publication);
    assert_eq!(iv(find(&all, "aujourd'hui")), "2023-09-12");
    let vague = find(&all, "dans les prochains jours");
    assert_eq!(vague.kind, TimexKind::Vague);
    assert_eq!(vague.value, "FUTURE_REF");
    assert_eq!(iv(vague), "2023-09-12/2023-09-26");
    let restated = find(&all, "après-demain");
    assert_eq!(restated.rule, "restated");
    assert_eq!(restated.interval, None);
    let demain = find(&all, "demain");
    assert_eq!(iv(demain), "2023-09-13");
    assert_eq!(
        restated.anchor,
        Anchor::Expression {
            text: "demain".into(),
            span: demain.span
        }
    );
    let week = find(&all, "la semaine dernière");
    assert_eq!(
        (week.value.as_str(), iv(week)),
        ("2023-W36", "2023-09-04/2023-09-10".into())
    );
    assert_eq!(
        week.interval.unwrap().precision,
        crate::model::Precision::Week
    );
}

#[test]
fn seed_001_confirmed_range_and_anaphors() {
    let text = "Le président russe Vladimir Poutine sera en visite demain et après-demain (18 et 19 juin) en visite officielle en Corée du Nord. Par la suite, Poutine se rendra au Vietnam pour une visite de deux jours. Kim Jong-un s'est rendu en Russie en septembre 2023. A cette occasion, Kim Jong-un a invité le leader du Kremlin. La seule visite remonte à juillet 2000lorsqu'il a rencontré Kim Jong-il, deux mois après avoir pris ses fonctions.";
    let all = run(text, Some(d(2024, 6, 17)));
    let both = find(&all, "demain et après-demain (18 et 19 juin)");
    assert_eq!(both.rule, "relative-confirmed");
    assert_eq!(iv(both), "2024-06-18/2024-06-19");
    assert_eq!(
        both.interval.unwrap().precision,
        crate::model::Precision::Day
    );
    let after = find(&all, "Par la suite");
    assert_eq!(
        (after.rule.as_str(), iv(after)),
        ("anaphor-after", "2024-06-20/2024-06-26".into())
    );
    assert!(
        matches!(&after.anchor, Anchor::Expression { text, .. } if text.starts_with("demain et"))
    );
    let sept = find(&all, "en septembre 2023");
    assert_eq!(sept.value, "2023-09");
    let same = find(&all, "A cette occasion");
    assert_eq!(
        (same.rule.as_str(), iv(same)),
        ("anaphor-same", "2023-09".into())
    );
    let july = find(&all, "juillet 2000");
    assert_eq!(
        (july.rule.as_str(), july.value.as_str()),
        ("month-year", "2000-07")
    );
    let two = find(&all, "deux jours");
    assert_eq!((two.kind, two.value.as_str()), (TimexKind::Duration, "P2D"));
    assert!(all.iter().all(|t| t.rule != "anaphor-later"), "{all:#?}");
}

#[test]
fn seed_002_weekday_by_tense_and_ago() {
    let text = "Kim Jong-un est arrivé mardi en Russie. L'agence a publié mardi des photographies. Ils se sont rencontrés en 2019 à Vladivostok. M. Poutine a ordonné l'invasion il y a plus de 18 mois.";
    let all = run(text, Some(d(2023, 9, 12)));
    let mardis: Vec<&Timex> = all.iter().filter(|t| t.text == "mardi").collect();
    assert_eq!(mardis.len(), 2);
    for m in mardis {
        assert_eq!(
            (m.rule.as_str(), m.value.as_str()),
            ("weekday-by-tense", "2023-09-12")
        );
        assert_eq!(m.tense, Tense::Past);
    }
    assert_eq!(find(&all, "en 2019").value, "2019");
    let ago = find(&all, "il y a plus de 18 mois");
    assert_eq!(ago.rule, "ago");
    assert_eq!(ago.interval.unwrap().end, d(2022, 3, 12));
    assert_eq!(ago.interval.unwrap().start, d(2021, 9, 12));
}

#[test]
fn seed_004_tense_and_relative_months() {
    let text = "Poutine au sommet du G20, le 22 novembre 2023. La Corée du Nord a exprimé sa volonté, selon des informations relayées dimanche par l'agence KCNA. Suite à une visite en septembre dernier, elle a invité Poutine. La guerre initiée en février 2022 continue. L'année 2023 a été marquée par des visites. Un appareil a réussi à se placer en orbite en novembre.";
    let all = run(text, Some(d(2024, 1, 21)));
    let sunday = find(&all, "dimanche");
    assert_eq!(
        (sunday.rule.as_str(), sunday.value.as_str()),
        ("weekday-by-tense", "2024-01-21")
    );
    assert_eq!(find(&all, "22 novembre 2023").value, "2023-11-22");
    let sept = find(&all, "en septembre dernier");
    assert_eq!(
        (sept.rule.as_str(), sept.value.as_str()),
        ("month-relative", "2023-09")
    );
    assert_eq!(find(&all, "en février 2022").value, "2022-02");
    let year = find(&all, "L'année 2023");
    assert_eq!((year.rule.as_str(), year.value.as_str()), ("year", "2023"));
    let nov = find(&all, "en novembre");
    assert_eq!(
        (nov.rule.as_str(), nov.value.as_str()),
        ("month-by-tense", "2023-11")
    );
    assert!(all.iter().all(|t| !t.text.contains("G20")));
}

#[test]
fn weekday_by_tense_in_many_sentences() {
    let tue = Some(d(2023, 9, 12));
    let cases = [
        ("Le ministre a démissionné lundi.", "lundi", "2023-09-11"),
        ("Le ministre démissionnera lundi.", "lundi", "2023-09-18"),
        (
            "Le sommet doit s'ouvrir jeudi à Genève.",
            "jeudi",
            "2023-09-14",
        ),
        (
            "Le sommet s'était ouvert jeudi à Genève.",
            "jeudi",
            "2023-09-07",
        ),
        (
            "Les discussions pourraient reprendre vendredi.",
            "vendredi",
            "2023-09-15",
        ),
        (
            "Le président participe mercredi à un forum.",
            "mercredi",
            "2023-09-13",
        ),
        (
            "Le président participait mercredi à un forum.",
            "mercredi",
            "2023-09-06",
        ),
        (
            "La rencontre est prévue samedi à Moscou.",
            "samedi",
            "2023-09-16",
        ),
        (
            "Des photographies publiées dimanche montrent le train.",
            "dimanche",
            "2023-09-10",
        ),
    ];
    for (text, expr, want) in cases {
        let all = run(text, tue);
        let t = find(&all, expr);
        assert_eq!(
            (t.value.as_str(), t.rule.as_str()),
            (want, "weekday-by-tense"),
            "{text}"
        );
    }
}

#[test]
fn day_month_without_year_follows_tense() {
    let pub_day = Some(d(2024, 1, 21));
    let all = run("Il est arrivé le 18 juin à Paris.", pub_day);
    assert_eq!(find(&all, "18 juin").value, "2023-06-18");
    let all = run("Il arrivera le 18 juin à Paris.", pub_day);
    assert_eq!(find(&all, "18 juin").value, "2024-06-18");
    let all = run("Le scrutin du 13 septembre", Some(d(2023, 9, 12)));
    assert_eq!(find(&all, "13 septembre").value, "2023-09-13");
}

#[test]
fn unknown_publication_leaves_relative_forms_unresolved() {
    let all = run(
        "Kim est arrivé mardi, hier, le 18 juin et le 22 novembre 2023.",
        None,
    );
    let mardi = find(&all, "mardi");
    assert_eq!(
        (mardi.value.as_str(), mardi.interval, &mardi.anchor),
        ("XXXX-WXX-2", None, &Anchor::Unknown)
    );
    let hier = find(&all, "hier");
    assert_eq!((hier.interval, &hier.anchor), (None, &Anchor::Unknown));
    assert_eq!(find(&all, "18 juin").value, "XXXX-06-18");
    assert_eq!(find(&all, "22 novembre 2023").value, "2023-11-22");
}

#[test]
fn publication_interval_resolves_only_what_every_day_agrees_on() {
    let p = DateInterval::new(d(2023, 9, 11), d(2023, 9, 12), crate::model::Precision::Day);
    let text = "Il est arrivé hier. Le mois dernier, il a parlé. Il viendra bientôt.";
    let all = extract_str(text, &[Span::new(0, text.len())], Some(p));
    assert_eq!(find(&all, "hier").interval, None);
    assert_eq!(find(&all, "hier").anchor, Anchor::Unknown);
    assert_eq!(find(&all, "Le mois dernier").value, "2023-08");
    assert_eq!(iv(find(&all, "bientôt")), "2023-09-11/2023-09-26");
}

#[test]
fn relative_to_previous_expression() {
    let all = run(
        "Le sommet s'est ouvert le 13 février 2023. Le lendemain, les ministres ont signé. Deux jours plus tard, ils sont partis. La veille, rien.",
        Some(d(2023, 3, 1)),
    );
    let next = find(&all, "Le lendemain");
    assert_eq!(
        (next.rule.as_str(), next.value.as_str()),
        ("anaphor-day", "2023-02-14")
    );
    assert!(matches!(&next.anchor, Anchor::Expression { text, .. } if text == "13 février 2023"));
    assert_eq!(find(&all, "Deux jours plus tard").value, "2023-02-16");
    assert_eq!(find(&all, "La veille").value, "2023-02-15");
    // nothing to anchor `à cette occasion` on
    let alone = run("A cette occasion, il a parlé.", Some(d(2023, 3, 1)));
    assert_eq!(find(&alone, "A cette occasion").interval, None);
}

/// The day words told from another day: (words, days from it).
const DAY_WORDS: [(&str, i64); 4] = [
    ("la veille", -1),
    ("l'avant-veille", -2),
    ("le lendemain", 1),
    ("le surlendemain", 2),
];

#[test]
fn a_day_told_from_an_event_is_no_anaphor_of_the_date_before() {
    // `la veille du sommet`: the day before the summit, not before the
    // date the text gave last; the event anchors date it, the grammar not
    for (words, _) in DAY_WORDS {
        for complement in [
            "du sommet",
            "de la signature",
            "de l'arrivée de Kim",
            "des élections",
            "d'un défilé",
            "de son départ",
        ] {
            let text = format!(
                "Le traité a été signé le 13 février 2023. Il a parlé {words} {complement}."
            );
            let all = run(&text, Some(d(2023, 3, 1)));
            assert!(all.iter().all(|t| t.text != words), "{text}: {all:#?}");
        }
        // alone, or before a part of the day, it is the date before's
        for tail in [", il a parlé.", " matin, il a parlé.", " soir, il a parlé."] {
            let text = format!(
                "Le traité a été signé le 13 février 2023. {}{tail}",
                crate::test_calendar::capitalised(words)
            );
            let all = run(&text, Some(d(2023, 3, 1)));
            assert!(
                all.iter().any(|t| t.rule == "anaphor-day"),
                "{text}: {all:#?}"
            );
        }
    }
}

/// The day words count from an antecedent of one day or a named range up
/// to a week (from its near end), never from a longer stretch whose ends
/// the text did not name: every day word × every antecedent, the expected
/// day computed here from the antecedent's own first and last days.
#[test]
fn a_day_word_counts_from_a_day_or_a_short_range_only() {
    let antecedents = [
        ("le 13 février 2023", Some((d(2023, 2, 13), d(2023, 2, 13)))),
        (
            "du 13 au 14 février 2023",
            Some((d(2023, 2, 13), d(2023, 2, 14))),
        ),
        (
            "du 13 au 17 février 2023",
            Some((d(2023, 2, 13), d(2023, 2, 17))),
        ),
        ("début février 2023", None),
        ("mi-février 2023", None),
        ("fin février 2023", None),
        ("du 1er au 20 février 2023", None),
    ];
    for (antecedent, span) in antecedents {
        for (words, days) in DAY_WORDS {
            let text = format!(
                "Le sommet s'est tenu {antecedent}. {}, il a parlé.",
                crate::test_calendar::capitalised(words)
            );
            let all = run(&text, Some(d(2023, 3, 1)));
            let got = all
                .iter()
                .find(|t| t.text.eq_ignore_ascii_case(words))
                .and_then(|t| t.interval)
                .map(|i| (i.start, i.end));
            let want = span.map(|(first, last)| {
                let from = if days > 0 { last } else { first };
                let day = from + chrono::Duration::days(days);
                (day, day)
            });
            assert_eq!(got, want, "{text}: {all:#?}");
        }
    }
}

#[test]
fn a_day_told_from_a_holiday_is_shifted_from_it() {
    // holidays of 2024 (fixed by law; Easter Sunday 2024 was 31 March)
    let holidays = [
        ("Noël", d(2024, 12, 25)),
        ("la Toussaint", d(2024, 11, 1)),
        ("la Saint-Sylvestre", d(2024, 12, 31)),
        ("la fête nationale", d(2024, 7, 14)),
        ("Pâques", d(2024, 3, 31)),
        ("la Pentecôte", d(2024, 5, 19)),
    ];
    for (words, shift) in DAY_WORDS {
        for (holiday, day) in holidays {
            let (de, name) = match holiday.strip_prefix("la ") {
                Some(name) => ("de la", name),
                None => ("de", holiday),
            };
            let text = format!("Il est arrivé {words} {de} {name} 2024.");
            let expected = (day + chrono::Duration::days(shift)).to_string();
            let all = run(&text, Some(d(2025, 3, 1)));
            let found = all
                .iter()
                .find(|t| t.text == format!("{words} {de} {name} 2024"))
                .unwrap_or_else(|| panic!("{text}: {all:#?}"));
            assert_eq!(found.value, expected, "{text}");
        }
    }
}

#[test]
fn not_dates_in_running_text() {
    let text = "23.9 C à Alger. Un convoi de 1.500 km pour le 75e anniversaire du G20 avec 2023 personnes. Mai Thi a observé Mars.";
    let all = run(text, Some(d(2023, 9, 12)));
    assert!(all.is_empty(), "{all:#?}");
    let all = run(
        "Depuis 18 mois, la guerre dure. Un contrat de 18 mois.",
        Some(d(2023, 9, 12)),
    );
    let since = find(&all, "Depuis 18 mois");
    assert_eq!(
        (since.kind, since.value.as_str()),
        (TimexKind::Duration, "P18M")
    );
    let plain = find(&all, "18 mois");
    assert_eq!((plain.kind, plain.interval), (TimexKind::Duration, None));
    let all = run("au cours des 10 dernières années", Some(d(2024, 6, 17)));
    assert_eq!(all[0].kind, TimexKind::Duration);
}

#[test]
fn forms_case_accents_apostrophes() {
    let p = Some(d(2023, 9, 12));
    for (text, want) in [
        ("AUJOURD'HUI", "2023-09-12"),
        ("Aujourd’hui", "2023-09-12"),
        ("apres-demain", "2023-09-14"),
        ("Avant-hier", "2023-09-10"),
        ("l’an dernier", "2022"),
        ("L'ANNÉE PROCHAINE", "2024"),
        ("le 1er juin 2024", "2024-06-01"),
        ("22/11/2023", "2023-11-22"),
        ("2023-11-22", "2023-11-22"),
        ("fin 2023", "2023-10-01/2023-12-31"),
        ("l'été 2023", "2023-06-01/2023-08-31"),
        ("de 2019 à 2023", "2019-01-01/2023-12-31"),
        ("entre le 15 et le 17 janvier", "2024-01-15/2024-01-17"),
        ("hier soir", "2023-09-11"),
        ("ce matin", "2023-09-12"),
        ("il y a dix-huit jours", "2023-08-25"),
    ] {
        let all = run(text, p);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(iv(&all[0]), want, "{text}");
    }
}

#[test]
fn output_is_sorted_and_without_overlaps() {
    let text = "Du 18 au 19 juin 2024, puis le 20 juin, hier et demain, en 2019 et mardi prochain.";
    let all = run(text, Some(d(2024, 6, 17)));
    assert!(all.len() >= 5);
    for w in all.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{:?} / {:?}", w[0], w[1]);
    }
}

#[test]
fn long_single_line_input_is_fine() {
    let chunk = "Kim est arrivé mardi et repartira le 18 juin 2024 après 1.500 km. ";
    let text: String = chunk.repeat(2_000);
    let all = run(&text.replace(". ", ", "), Some(d(2024, 6, 17)));
    assert_eq!(all.len(), 4_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC{0,200}") {
        let all = run(&s, Some(d(2023, 9, 12)));
        let mut last = 0;
        for t in &all {
            prop_assert!(t.span.start < t.span.end && t.span.end <= s.len());
            prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            prop_assert!(t.span.start >= last);
            prop_assert_eq!(&s[t.span.start..t.span.end], t.text.as_str());
            last = t.span.end;
        }
    }

    #[test]
    fn date_like_noise_never_panics(s in "(le |du |hier|demain|mardi|18|2023|juin|/|-|\\.| |il y a |plus de |mois|et |au |é|’)*") {
        let _ = run(&s, None);
        let p = DateInterval::new(d(2023, 9, 11), d(2023, 9, 12), crate::model::Precision::Day);
        let _ = extract_str(&s, &[Span::new(0, s.len())], Some(p));
    }
}

/// Timing of a large single-line input; run with `--ignored --nocapture`.
#[test]
#[ignore]
fn timing_one_megabyte_single_line() {
    let chunk = "Kim est arrivé mardi et repartira le 18 juin 2024 après 1.500 km, hier, en 2019, il y a dix-huit mois, aaaaa bbbb 12345 ";
    let text = chunk.repeat(1_000_000 / chunk.len());
    let t0 = std::time::Instant::now();
    let all = run(&text, Some(d(2024, 6, 17)));
    eprintln!(
        "{} bytes, {} expressions, {:?}",
        text.len(),
        all.len(),
        t0.elapsed()
    );
    assert!(!all.is_empty());
}

/// The sentences of a test text: each ends at a full stop before white space (the stage gets them
/// from the segmenter; these texts have no abbreviation).
fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices('.') {
        let after = &text[at + 1..];
        let gap = after.len() - after.trim_start().len();
        if gap > 0 {
            out.push(Span::new(start, at + 1));
            start = at + 1 + gap;
        }
    }
    out.push(Span::new(start, text.len()));
    out
}

fn run_sentences(text: &str, published: NaiveDate) -> Vec<Timex> {
    extract_str(
        text,
        &sentence_spans(text),
        Some(DateInterval::day(published)),
    )
}

use crate::test_calendar::MONTHS as MONTH_NAMES;

/// The first day `day` of month `month` on or after `from`, by chrono
/// (independent of the resolver): the day a narrative means.
fn first_on_or_after(from: NaiveDate, month: u32, day: u32) -> NaiveDate {
    (from.year()..=from.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|c| *c >= from)
        .unwrap()
}

/// The latest day `day` of month `month` not after `r`, by chrono: what a
/// past-tense date means with no story around it.
fn latest_not_after(r: NaiveDate, month: u32, day: u32) -> NaiveDate {
    (r.year() - 1..=r.year())
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|c| *c <= r)
        .unwrap()
}

use chrono::Datelike;

#[test]
fn a_year_less_day_follows_the_year_of_the_story_for_every_month_pair() {
    // every month of the anchor × every month of the later date, in the
    // same sentence and in the next one, with a publication day years later
    let published = d(2025, 6, 20);
    for (ai, anchor_month) in MONTH_NAMES.iter().enumerate() {
        for (mi, month) in MONTH_NAMES.iter().enumerate() {
            let from = d(2019, ai as u32 + 1, 1);
            let expected = first_on_or_after(from, mi as u32 + 1, 17);
            for text in [
                format!(
                    "En {anchor_month} 2019, Kim était arrivé en Russie. Il avait quitté la Russie le 17 {month}."
                ),
                format!(
                    "En {anchor_month} 2019, Kim était arrivé en Russie et il avait quitté la Russie le 17 {month}."
                ),
            ] {
                let all = run_sentences(&text, published);
                let t = find(&all, &format!("17 {month}"));
                assert_eq!(iv(t), expected.to_string(), "{text}");
                assert!(
                    matches!(&t.anchor, Anchor::Expression { text, .. } if text.contains("2019")),
                    "{text}: {:?}",
                    t.anchor
                );
            }
        }
    }
}

/// The reading of a past-tense `17 {month}` from the day of writing, and
/// whether it is the news of the last month (by chrono, with the test's
/// own threshold of 31 days).
fn read_from_writing(published: NaiveDate, month: u32) -> (NaiveDate, bool) {
    let day = latest_not_after(published, month, 17);
    (day, (published - day).num_days() <= 31)
}

#[test]
fn a_chronicle_gives_its_year_across_a_paragraph_and_a_date_less_sentence() {
    // every month of the anchor × every month of the later date; the
    // later date opens the next paragraph, after a sentence with no date
    let published = d(2025, 6, 20);
    for (ai, anchor_month) in MONTH_NAMES.iter().enumerate() {
        for (mi, month) in MONTH_NAMES.iter().enumerate() {
            let from = d(2019, ai as u32 + 1, 1);
            let (writing, recent) = read_from_writing(published, mi as u32 + 1);
            let expected = if recent {
                writing
            } else {
                first_on_or_after(from, mi as u32 + 1, 17)
            };
            let text = format!(
                "Tout commence en {anchor_month} 2019 : Kim se rend en Russie. Les deux dirigeants signent un accord.\n\nLe 17 {month}, il a reçu M. Lavrov."
            );
            let all = run_sentences(&text, published);
            let t = find(&all, &format!("17 {month}"));
            assert_eq!(iv(t), expected.to_string(), "{text}");
        }
    }
}

#[test]
fn a_flashback_gives_its_year_to_the_next_sentence_only() {
    // the news of June 2025 first, then a year told out of order: the date
    // of the next paragraph is read from the day of writing
    let published = d(2025, 6, 20);
    for anchor_month in MONTH_NAMES {
        for (mi, month) in MONTH_NAMES.iter().enumerate() {
            let (writing, _) = read_from_writing(published, mi as u32 + 1);
            let text = format!(
                "Le 12 juin 2025, M. Choïgou a été reçu à Pyongyang. En {anchor_month} 2019, il s'était déjà rendu en Corée du Nord.\n\nLe 17 {month}, Pyongyang a reconnu l'envoi de troupes."
            );
            let all = run_sentences(&text, published);
            let t = find(&all, &format!("17 {month}"));
            assert_eq!(iv(t), writing.to_string(), "{text}");
        }
    }
}

#[test]
fn without_a_day_of_writing_a_date_with_its_year_gives_it_to_the_next_sentence() {
    // no publication day: `En août 2002, … Le 23 août, …` (the same
    // sentence or the next one of the paragraph) takes the year told, the
    // first such day on or after the month's first day; a paragraph break
    // or a sentence between leaves it pending, for the corpus to weigh
    for year in [2000, 2002, 2011, 2019, 2024] {
        for (ai, anchor_month) in MONTH_NAMES.iter().enumerate() {
            for (mi, month) in MONTH_NAMES.iter().enumerate() {
                let from = d(year, ai as u32 + 1, 1);
                let want = first_on_or_after(from, mi as u32 + 1, 17).to_string();
                for (text, resolved) in [
                    (
                        format!(
                            "En {anchor_month} {year}, Kim revient en Russie, et le 17 {month}, il retrouve Poutine."
                        ),
                        true,
                    ),
                    (
                        format!(
                            "En {anchor_month} {year}, Kim revient en Russie. Le 17 {month}, il retrouve Poutine."
                        ),
                        true,
                    ),
                    (
                        format!(
                            "En {anchor_month} {year}, Kim revient en Russie.\n\nLe 17 {month}, il retrouve Poutine."
                        ),
                        false,
                    ),
                    (
                        format!(
                            "En {anchor_month} {year}, Kim revient en Russie. Il voyage en train. Le 17 {month}, il retrouve Poutine."
                        ),
                        false,
                    ),
                ] {
                    let all = extract_str(&text, &sentence_spans(&text), None);
                    let t = find(&all, &format!("17 {month}"));
                    if resolved {
                        assert_eq!(iv(t), want, "{text}");
                        assert!(t.pending.is_none(), "{text}");
                    } else {
                        assert_eq!(iv(t), "none", "{text}");
                        assert!(t.pending.is_some(), "{text}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_date_counted_from_the_day_of_writing_makes_no_flashback() {
    // a portrait opened by its news (`Il y a dix ans jour pour jour`,
    // `hier`, `mardi`, `la semaine dernière`) then told in order: the
    // chronicle's year reaches the date after a date-less sentence as when
    // the lead has no date; a lead date with its year (`Le 12 juin 2025`)
    // still makes what follows a flashback
    let published = d(2025, 6, 20);
    let leads = [
        "Il y a dix ans jour pour jour, la télévision annonçait la mort du dirigeant.",
        "Hier, la télévision a annoncé la mort du dirigeant.",
        "Mardi, la télévision a annoncé la mort du dirigeant.",
        "La semaine dernière, la télévision a annoncé la mort du dirigeant.",
        "Il y a trois ans, la télévision annonçait la mort du dirigeant.",
    ];
    for lead in leads {
        for anchor_month in 1..=12u32 {
            for (mi, month) in MONTH_NAMES.iter().enumerate() {
                let m = mi as u32 + 1;
                let from = d(2001, anchor_month, 1);
                let (writing, recent) = read_from_writing(published, m);
                let chronicle = first_on_or_after(from, m, 17);
                let text = format!(
                    "{lead}\n\nEn {} 2001, il rend visite à son homologue russe. Les voyageurs attendent des heures sur les quais. Le 17 {month}, il est reçu au Kremlin.",
                    MONTH_NAMES[anchor_month as usize - 1]
                );
                let all = run_sentences(&text, published);
                let t = find(&all, &format!("17 {month}"));
                let want = if recent { writing } else { chronicle };
                assert_eq!(iv(t), want.to_string(), "{text}");
                let flashback = text.replacen(
                    lead,
                    "Le 12 juin 2025, la télévision a annoncé la mort du dirigeant.",
                    1,
                );
                let all = run_sentences(&flashback, published);
                let t = find(&all, &format!("17 {month}"));
                assert_eq!(iv(t), writing.to_string(), "{flashback}");
            }
        }
    }
}

#[test]
fn a_chronicle_reaches_over_two_sentence_ends_and_no_more() {
    let published = d(2025, 6, 20);
    for between in 0..5usize {
        let filler = "Les deux hommes visitent une usine. ".repeat(between);
        let text = format!(
            "Le 19 juin 2024, Poutine se rend en Corée du Nord, pour la première fois depuis 2000. {filler}\n\nLe 17 septembre, il a reçu M. Lavrov."
        );
        let all = run_sentences(&text, published);
        let t = find(&all, "17 septembre");
        // the sentence of `19 juin 2024` ends once, each filler once more:
        // two sentence ends at most between the two dates
        let want = if between < 2 {
            first_on_or_after(d(2024, 6, 19), 9, 17)
        } else {
            latest_not_after(published, 9, 17)
        };
        assert_eq!(iv(t), want.to_string(), "{text}");
    }
}

#[test]
fn an_anaphor_moves_the_thread_of_a_chronicle() {
    // `Deux mois plus tard` after July 2019 is September 2019: the date of
    // the sentence right after it, whatever its month, is the first such
    // day on or after 1 September 2019 (even one the day of writing would
    // read as last week's)
    let published = d(2025, 6, 20);
    for (mi, month) in MONTH_NAMES.iter().enumerate() {
        let expected = first_on_or_after(d(2019, 9, 1), mi as u32 + 1, 17);
        let text = format!(
            "Le 26 juillet 2019, Choïgou arrive à Pyongyang. Kim lui fait visiter une exposition.\n\nDeux mois plus tard, Kim traverse la frontière. Reçu le 17 {month} par Poutine, il promet son soutien."
        );
        let all = run_sentences(&text, published);
        let t = find(&all, &format!("17 {month}"));
        assert_eq!(iv(t), expected.to_string(), "{text}");
    }
}

/// The first day of the period `after` names counted from the month
/// `from` (by chrono and the test's own table of seasons, spring from
/// March, summer from June, autumn from September, winter from December):
/// the next season after the one holding that month, the next month, the
/// next year.
fn first_day_after(from: NaiveDate, after: &str) -> NaiveDate {
    let season_start = |m: u32| [12, 3, 6, 9][(m as usize % 12) / 3];
    match after {
        "Le mois suivant" => from + chrono::Months::new(1),
        "L'année suivante" => d(from.year() + 1, 1, 1),
        season => {
            let start_month = match season {
                "Au printemps suivant" => 3,
                "L'été suivant" => 6,
                "L'automne suivant" => 9,
                _ => 12,
            };
            // the season holding `from` starts on this day
            let held = season_start(from.month());
            let held_year = if held == 12 && from.month() < 12 {
                from.year() - 1
            } else {
                from.year()
            };
            let held_day = d(held_year, held, 1);
            (held_year..=held_year + 2)
                .map(|y| d(y, start_month, 1))
                .find(|c| *c > held_day)
                .unwrap()
        }
    }
}

#[test]
fn a_date_counted_from_the_story_moves_its_thread() {
    // every month of the anchor × every narrated period × every month of
    // the year-less day told in the next sentence: that day is the first
    // such day on or after the period's first day
    let published = d(2025, 6, 20);
    for (ai, anchor_month) in MONTH_NAMES.iter().enumerate() {
        let from = d(2000, ai as u32 + 1, 1);
        for after in [
            "Au printemps suivant",
            "L'été suivant",
            "L'automne suivant",
            "L'hiver suivant",
            "Le mois suivant",
            "L'année suivante",
        ] {
            let start = first_day_after(from, after);
            for (mi, month) in MONTH_NAMES.iter().enumerate() {
                let expected = first_on_or_after(start, mi as u32 + 1, 17);
                let text = format!(
                    "En {anchor_month} 2000, Poutine se rend à Pyongyang. {after}, Kim traverse la Sibérie dans son train. Le 17 {month}, les deux hommes signent une déclaration."
                );
                let all = run_sentences(&text, published);
                let period = find(&all, after);
                assert_eq!(period.interval.map(|i| i.start), Some(start), "{text}");
                let t = find(&all, &format!("17 {month}"));
                assert_eq!(iv(t), expected.to_string(), "{text}");
            }
        }
    }
}

#[test]
fn a_date_that_completes_a_noun_gives_no_year_to_the_next_sentence() {
    // every noun-complement form × every month of the later date: the
    // later date is the latest such day before the day of writing
    let published = d(2023, 9, 13);
    for complement in [
        "leur sommet d'avril 2019",
        "le sommet de 2019",
        "l'invasion de février 2019",
    ] {
        for (mi, month) in MONTH_NAMES.iter().enumerate() {
            let expected = latest_not_after(published, mi as u32 + 1, 10);
            let text = format!(
                "Il s'agit de leur deuxième rencontre, après {complement}. Le 10 {month}, Choïgou avait été reçu à Pyongyang."
            );
            let all = run_sentences(&text, published);
            let t = find(&all, &format!("10 {month}"));
            assert_eq!(iv(t), expected.to_string(), "{text}");
        }
    }
}

#[test]
fn a_year_less_month_or_part_of_month_follows_the_story() {
    let published = d(2025, 6, 20);
    for (mi, month) in MONTH_NAMES.iter().enumerate() {
        let m = mi as u32 + 1;
        // a month on or after the anchor's first day, by chrono
        let year = if m >= 9 { 2023 } else { 2024 };
        let first = d(year, m, 1);
        let last = NaiveDate::from_ymd_opt(year + (m / 12) as i32, m % 12 + 1, 1)
            .unwrap()
            .pred_opt()
            .unwrap();
        let text =
            format!("Les troupes arrivent à l'automne 2023. En {month}, elles ont combattu.");
        let all = run_sentences(&text, published);
        let i = find(&all, &format!("En {month}")).interval.unwrap();
        assert_eq!((i.start, i.end), (first, last), "{text}");
        let text =
            format!("Les troupes arrivent à l'automne 2023. Fin {month}, elles ont combattu.");
        let all = run_sentences(&text, published);
        let t = all
            .iter()
            .find(|t| t.text.to_lowercase().starts_with("fin"))
            .unwrap_or_else(|| panic!("{text}: {all:#?}"));
        let i = t.interval.unwrap();
        assert_eq!((i.start.year(), i.start.month()), (year, m), "{text}");
        assert_eq!(i.end, last, "{text}");
    }
}

#[test]
fn a_story_thread_goes_on_from_each_date_it_gave_a_year() {
    // `en 2019` → `en février` (2019) → `le 24 avril` (2019) → `le lendemain`
    let text = "Le réveil vient en 2019. Après l'échec de son sommet en février, Kim arrive à Vladivostok le 24 avril. Il rencontre M. Poutine le lendemain. En septembre 2023, Kim était arrivé le 12, avant d'être reçu le lendemain. Il avait quitté la Russie le 17 septembre.";
    let all = run_sentences(text, d(2025, 9, 3));
    let february = find(&all, "en février").interval.unwrap();
    assert_eq!(
        (february.start, february.end),
        (d(2019, 2, 1), d(2019, 2, 28))
    );
    assert_eq!(iv(find(&all, "24 avril")), "2019-04-24");
    let lendemain: Vec<String> = all
        .iter()
        .filter(|t| t.text == "le lendemain")
        .map(iv)
        .collect();
    assert_eq!(lendemain, ["2019-04-25", "2023-09-13"]);
    assert_eq!(iv(find(&all, "le 12")), "2023-09-12");
    assert_eq!(iv(find(&all, "17 septembre")), "2023-09-17");
}

#[test]
fn what_ends_a_story_thread_leaves_the_date_to_its_tense() {
    let published = d(2025, 6, 20);
    for (mi, month) in MONTH_NAMES.iter().enumerate() {
        let m = mi as u32 + 1;
        let by_tense = latest_not_after(published, m, 4).to_string();
        for text in [
            // a paragraph break
            format!(
                "Kim avait rencontré Poutine en avril 2019.\n\nLe 4 {month}, Choïgou est arrivé à Pyongyang."
            ),
            // a sentence without a date between them
            format!(
                "Kim avait rencontré Poutine en avril 2019. Les deux pays se sont rapprochés. Le 4 {month}, Choïgou est arrivé à Pyongyang."
            ),
            // a date counted from the day of writing
            format!(
                "Kim avait rencontré Poutine en avril 2019, puis mardi Lavrov. Le 4 {month}, Choïgou est arrivé à Pyongyang."
            ),
        ] {
            let all = run_sentences(&text, published);
            assert_eq!(iv(find(&all, &format!("4 {month}"))), by_tense, "{text}");
        }
        // the future tense is no story told
        let text = format!(
            "Le traité a été signé en juin 2019. Le 4 {month}, Choïgou se rendra à Pyongyang."
        );
        let all = run_sentences(&text, published);
        let t = find(&all, &format!("4 {month}"));
        assert_ne!(t.interval.map(|i| i.start.year()), Some(2019), "{text}");
    }
}

#[test]
fn a_story_date_after_the_day_of_writing_is_not_taken() {
    // a dateline's day, then a day before it: the story's next such day
    // would be after publication, so the past by tense stands
    for (mi, month) in MONTH_NAMES.iter().enumerate() {
        let m = mi as u32 + 1;
        let published = d(2023, m, 20);
        let text = format!(
            "MOSCOU, 20 {month} 2023 (AFP) - Kim, arrivé le 12 {month}, a rencontré Poutine."
        );
        let all = run_sentences(&text, published);
        assert_eq!(
            iv(find(&all, &format!("12 {month}"))),
            d(2023, m, 12).to_string(),
            "{text}"
        );
    }
}

/// Without a day of writing, the story's year still reaches the next
/// sentence (stop 46; it was left pending before, and the corpus could
/// then date the page by that day of another year).
#[test]
fn without_a_day_of_writing_the_story_year_reaches_the_next_sentence() {
    let text =
        "En septembre 2023, Kim était arrivé en Russie. Il avait quitté la Russie le 17 septembre.";
    let all = extract_str(text, &sentence_spans(text), None);
    assert_eq!(iv(find(&all, "17 septembre")), "2023-09-17");
}

#[test]
fn the_day_after_a_month_or_a_year_is_not_made_up() {
    let published = d(2025, 9, 3);
    for (mi, month) in MONTH_NAMES.iter().enumerate() {
        let m = mi as u32 + 1;
        for (before, expected) in [
            (format!("En {month} 2023"), None),
            (format!("En 2023 et en {month} 2023"), None),
            (
                format!("Le 10 {month} 2023"),
                Some(d(2023, m, 10).succ_opt().unwrap()),
            ),
        ] {
            let text = format!(
                "{before}, Kim était arrivé en Russie, avant d'être reçu le lendemain par Poutine."
            );
            let all = run_sentences(&text, published);
            let t = find(&all, "le lendemain");
            assert_eq!(t.interval.map(|i| i.start), expected, "{text}");
        }
    }
}

#[test]
fn an_abbreviated_weekday_dates_only_before_its_day() {
    // every weekday abbreviation of the calendar data, alone and before a
    // day: `mer.` ends sentences about the sea
    let published = Some(d(2023, 9, 12));
    let abbrevs: Vec<String> = crate::temporal::lexicon::lexicon()
        .weekdays
        .iter()
        .flat_map(|w| w.abbrevs.clone())
        .collect();
    assert!(!abbrevs.is_empty());
    for a in &abbrevs {
        let alone = format!("Deux missiles ont été tirés en direction de la {a}");
        assert!(run(&alone, published).is_empty(), "{alone}");
        let dated = format!("Kim est arrivé {a} 13 septembre 2023 à Moscou.");
        let all = run(&dated, published);
        assert!(
            all.iter()
                .any(|t| iv(t) == "2023-09-13" && t.text.starts_with(a.as_str())),
            "{dated}: {all:#?}"
        );
    }
}

/// `plus tôt ce mois-ci` is the part of the current period before the day
/// of writing, `plus tard dans la semaine` the part after it; none when the
/// day of writing opens (closes) the period. Every unit × direction × form ×
/// every day of 2024 (a leap year) and of the turn of 2025, against bounds
/// computed here with chrono.
#[test]
fn earlier_and_later_in_the_current_period() {
    use chrono::{Datelike, Duration};
    // the first and last day of the period of `unit` holding `r`
    let bounds = |unit: &str, r: NaiveDate| -> (NaiveDate, NaiveDate) {
        match unit {
            "semaine" => {
                let monday = r - Duration::days(r.weekday().num_days_from_monday() as i64);
                (monday, monday + Duration::days(6))
            }
            "mois" => {
                let first = d(r.year(), r.month(), 1);
                let next = if r.month() == 12 {
                    d(r.year() + 1, 1, 1)
                } else {
                    d(r.year(), r.month() + 1, 1)
                };
                (first, next - Duration::days(1))
            }
            _ => (d(r.year(), 1, 1), d(r.year(), 12, 31)),
        }
    };
    let forms = |unit: &str| -> Vec<String> {
        let (this, article) = match unit {
            "semaine" => ("cette", "la "),
            "mois" => ("ce", "le "),
            _ => ("cette", "l'"),
        };
        vec![
            format!("{this} {unit}"),
            format!("{this} {unit}-ci"),
            format!("dans {article}{unit}"),
        ]
    };
    let mut checked = 0;
    let mut r = d(2024, 1, 1);
    while r <= d(2025, 1, 15) {
        for unit in ["semaine", "mois", "année"] {
            let (first, last) = bounds(unit, r);
            for form in forms(unit) {
                for (word, want) in [
                    ("tôt", (r > first).then(|| (first, r - Duration::days(1)))),
                    ("tard", (r < last).then(|| (r + Duration::days(1), last))),
                ] {
                    let expr = format!("plus {word} {form}");
                    let text = format!("Le ministre l'avait dit {expr}.");
                    let all = run(&text, Some(r));
                    let t = all.iter().find(|t| t.text == expr);
                    let got = t.and_then(|t| t.interval).map(|i| (i.start, i.end));
                    assert_eq!(got, want, "{text} (written {r}): {all:#?}");
                    checked += 1;
                }
            }
        }
        r += Duration::days(1);
    }
    assert!(checked > 6000, "{checked}");
    // `plus tôt` alone, or before another word, is no period
    for text in [
        "Il est parti plus tôt ce matin.",
        "Il est arrivé plus tôt que prévu.",
    ] {
        let all = run(text, Some(d(2024, 10, 21)));
        assert!(
            all.iter().all(|t| !t.text.starts_with("plus")),
            "{text}: {all:#?}"
        );
    }
}

/// A sentence that opens on a frame of another event's time (`La veille du
/// tir, …`) moves the narrative to a time no date told: an anaphor after it
/// is left unresolved. Every antecedent × frame × anaphor; with a sentence
/// of no frame, or a frame of the same time (`Lors du sommet`), the anaphor
/// counts from the antecedent, the expected day computed here with chrono.
#[test]
fn an_anaphor_after_a_frame_of_another_events_time_is_unresolved() {
    let antecedents = [
        ("le 13 février 2023", d(2023, 2, 13)),
        ("le 2 octobre 2023", d(2023, 10, 2)),
        ("le 28 décembre 2022", d(2022, 12, 28)),
    ];
    let frames = [
        "La veille du tir, le ministre avait mis en garde.",
        "Au lendemain du sommet, le ministre a réagi.",
        "Après sa visite, le ministre a réagi.",
        "Avant le vote, le ministre avait réagi.",
        "À la veille de la rencontre, le ministre avait réagi.",
    ];
    let neutral = [
        "Le ministre a réagi.",
        "Lors du sommet, le ministre a réagi.",
    ];
    let anaphors = [
        ("Deux jours plus tard", 2),
        ("Trois jours après", 3),
        ("Le lendemain", 1),
    ];
    let published = d(2024, 3, 1);
    let found = |text: &str, words: &str| {
        run_sentences(text, published)
            .into_iter()
            .find(|t| t.text.eq_ignore_ascii_case(words))
    };
    for (antecedent, day) in antecedents {
        for (words, days) in anaphors {
            for frame in frames {
                let text = format!("Le tir a eu lieu {antecedent}. {frame} {words}, il a parlé.");
                let t = found(&text, words).unwrap_or_else(|| panic!("{text}"));
                assert_eq!(t.interval, None, "{text}: {t:#?}");
            }
            for frame in neutral {
                let text = format!("Le tir a eu lieu {antecedent}. {frame} {words}, il a parlé.");
                let t = found(&text, words).unwrap_or_else(|| panic!("{text}"));
                let want = day + chrono::Duration::days(days);
                assert_eq!(
                    t.interval.map(|i| (i.start, i.end)),
                    Some((want, want)),
                    "{text}: {t:#?}"
                );
            }
        }
    }
}

/// Once a frame of another event's time is read, every anaphor after it
/// stays unresolved until a date is told again, however many there are
/// (the text between is searched once, not once per anaphor); the date
/// told again counts.
#[test]
fn anaphors_after_a_frame_stay_unresolved_until_a_date() {
    let mut text =
        String::from("Le tir a eu lieu le 13 février 2023. La veille du tir, il a parlé.");
    for _ in 0..300 {
        text.push_str(" Le lendemain, il a parlé.");
    }
    text.push_str(" Le 20 mars 2023, il a parlé. Le lendemain, il a signé.");
    let all = run_sentences(&text, d(2024, 3, 1));
    let days: Vec<_> = all
        .iter()
        .filter(|t| t.text.eq_ignore_ascii_case("le lendemain"))
        .map(|t| t.interval.map(|i| i.start))
        .collect();
    assert_eq!(days.len(), 301, "{all:#?}");
    assert!(days[..300].iter().all(Option::is_none), "{days:?}");
    assert_eq!(days[300], Some(d(2023, 3, 21)));
}

/// The eve and morrow phrases the event stage reads
/// (`data/event-frames.toml`) open a frame of another event's time here
/// too, with every contraction of `de` and a capital at the head of the
/// sentence; the same words inside a sentence, or a frame of the same time
/// (`during`), do not. The contractions are written out here, not taken
/// from [`lexicon::with_contractions`].
#[test]
fn every_eve_and_morrow_phrase_with_every_contraction_opens_a_frame() {
    let frames = lexicon::EventFrames::builtin().unwrap();
    let lex = lexicon::lexicon();
    let nouns = [
        ("de", "la rencontre"),
        ("du", "sommet"),
        ("des", "essais"),
        ("d'", "un tir"),
        ("d’", "un tir"),
    ];
    let capital = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let phrases: Vec<&String> = frames.day_before.iter().chain(&frames.day_after).collect();
    assert!(phrases.len() >= 4, "{phrases:?}");
    for phrase in phrases {
        let stem = phrase.strip_suffix(" de").expect("written with `de`");
        for (contraction, noun) in nouns {
            let sep = if contraction.ends_with(['\'', '’']) {
                ""
            } else {
                " "
            };
            let frame = format!("{stem} {contraction}{sep}{noun}");
            let opening = format!("Il a parlé. {}, il a signé.", capital(&frame));
            assert!(lex.opens_event_frame(&opening), "{opening}");
            let inside = format!("Il a parlé {frame}, puis il a signé.");
            assert!(!lex.opens_event_frame(&inside), "{inside}");
        }
    }
    for phrase in frames.during.iter().chain(&frames.at_end) {
        let opening = format!("Il a parlé. {} la rencontre, il a signé.", capital(phrase));
        assert!(!lex.opens_event_frame(&opening), "{opening}");
    }
}

#[test]
fn a_part_of_the_day_with_meme_is_the_day_told_before() {
    // every part of the day × every day of a month told before it: the
    // same day; after a month (no one day told) it stays unresolved
    let published = d(2025, 9, 30);
    for part in [
        "Le soir même",
        "Le matin même",
        "L'après-midi même",
        "La nuit même",
        "La soirée même",
        "La matinée même",
    ] {
        for day in 1..=30u32 {
            let text = format!(
                "Le {day} septembre 2025, Kim Jong-un assiste au défilé. {part}, il s'est entretenu avec Vladimir Poutine."
            );
            let all = run_sentences(&text, published);
            let t = find(&all, part);
            assert_eq!(iv(t), d(2025, 9, day).to_string(), "{text}");
        }
        let text = format!(
            "En septembre 2025, Kim Jong-un assiste au défilé. {part}, il s'est entretenu avec Vladimir Poutine."
        );
        let all = run_sentences(&text, published);
        assert!(find(&all, part).interval.is_none(), "{text}");
    }
}

#[test]
fn a_day_counted_back_in_a_detached_participle_is_no_anchor() {
    // every participle × agreement × place of the detached clause × part
    // of the day: `le soir même` is the main clause's day (told in the
    // sentence before), not the day of `la veille`; the same words in a
    // main clause (no detached clause) are its anchor
    let published = d(2025, 9, 30);
    for stem in ["arrivé", "rentré", "débarqué", "installé"] {
        for ending in ["", "e", "s", "es"] {
            let participle = format!("{stem}{ending}");
            let capital = {
                let mut c = participle.chars();
                c.next().unwrap().to_uppercase().collect::<String>() + c.as_str()
            };
            for day in [3u32, 17, 28] {
                let main = d(2025, 9, day);
                let back = main.pred_opt().unwrap();
                for (detached, want) in [
                    (
                        format!(
                            "Le dirigeant, {participle} la veille en train, effectuait sa première sortie."
                        ),
                        main,
                    ),
                    (
                        format!(
                            "{capital} la veille en train, le dirigeant effectuait sa première sortie."
                        ),
                        main,
                    ),
                    (
                        format!("Le dirigeant était {participle} la veille en train."),
                        back,
                    ),
                ] {
                    let text = format!(
                        "Le {day} septembre 2025, Kim Jong-un assiste au défilé. {detached} Le soir même, il s'est entretenu avec Vladimir Poutine."
                    );
                    let all = run_sentences(&text, published);
                    let t = find(&all, "Le soir même");
                    assert_eq!(iv(t), want.to_string(), "{text}");
                }
            }
        }
    }
}

#[test]
fn a_date_in_a_participle_apposed_to_a_name_is_before_the_story_s_time() {
    // every month of the story × a month or season told in a participle
    // apposed to a name: the latest such period that starts by the end of
    // the story's month (by chrono); the story's thread stays where it was,
    // so the next sentence's day reads forward from the story's month
    let published = d(2025, 6, 20);
    for (ai, anchor_month) in MONTH_NAMES.iter().enumerate() {
        let anchor = ai as u32 + 1;
        let story_end = (d(2000, anchor, 1) + chrono::Months::new(1))
            .pred_opt()
            .unwrap();
        let mut told: Vec<(String, u32)> = MONTH_NAMES
            .iter()
            .enumerate()
            .map(|(mi, m)| (format!("en {m}"), mi as u32 + 1))
            .collect();
        told.push(("au printemps".into(), 3));
        told.push(("à l'automne".into(), 9));
        for (when, start_month) in told {
            let start = (1999..=2000)
                .rev()
                .map(|y| d(y, start_month, 1))
                .find(|c| *c <= story_end)
                .unwrap();
            let text = format!(
                "En {anchor_month} 2000, Kim Jong-il reçoit Vladimir Poutine, élu {when}, qui vient le voir. Le 17 {anchor_month}, les deux hommes signent une déclaration."
            );
            let all = run_sentences(&text, published);
            let t = find(&all, &when);
            assert_eq!(t.interval.map(|i| i.start), Some(start), "{text}");
            let next = find(&all, &format!("17 {anchor_month}"));
            assert_eq!(iv(next), d(2000, anchor, 17).to_string(), "{text}");
        }
    }
}

#[test]
fn a_date_of_several_years_gives_no_year_to_the_story() {
    // every decade and range of years × every month: the year-less month
    // after it is read from the day of writing (in the two years before
    // it), never in the first year of the span
    let published = d(2024, 11, 8);
    for (span, first) in [
        ("dans les années 2000", 2000),
        ("dans les années 1990", 1990),
        ("de 1999 à 2003", 1999),
        ("entre 2001 et 2004", 2001),
    ] {
        for month in MONTH_NAMES {
            let text = format!(
                "Un professeur, qui a enseigné à Séoul {span}, résume : « Depuis que Poutine et Kim ont signé leur traité en {month}, on savait. »"
            );
            let all = run_sentences(&text, published);
            let t = find(&all, &format!("en {month}"));
            let start = t.interval.map(|i| i.start);
            assert!(
                start.is_some_and(|s| s.year() != first && s.year() >= 2023),
                "{text}: {start:?}"
            );
        }
    }
}
