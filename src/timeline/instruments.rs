//! Signings of one instrument told with and without its signatories. A
//! report of a signing that names no one (`le traité de partenariat
//! stratégique global, signé mercredi au palais Kumsusan`, `En juin, le
//! traité de partenariat stratégique global a été signé`) shares no actor
//! with the report that names the signatories (`Vladimir Poutine et Kim
//! Jong-un signent le traité de partenariat stratégique global`), so
//! clustering by actors keeps them apart; what they share is the name of
//! the instrument. An instrument's name is a phrase of several full words
//! (`partenariat stratégique global`, `assistance militaire mutuelle`): the
//! report joins the one signing, at a date inside its own (or containing
//! it), whose reports give that phrase. Two signings of one day stay apart
//! when their instruments are named differently (`l'accord sur la santé`
//! and `le traité de partenariat stratégique global`), and a report whose
//! instrument has no such name (`un accord`, `le pont`) joins nothing:
//! nothing tells which signing it is (precision first).

use super::{Cluster, elsewhere, fold_cluster_into};
use crate::affinity::Geography;
use crate::model::EventType;
use std::collections::{BTreeSet, HashMap};

/// Words of a name: at least this many letters (`partenariat`, `global`,
/// `pont`), so that articles, prepositions and auxiliaries (`de`, `la`,
/// `du`, `été`) break a phrase.
const NAME_WORD_CHARS: usize = 4;

/// Consecutive full words that make a name.
const NAME_WORDS: usize = 3;

/// The widest date of a report or a signing compared (a year): beyond, a
/// name says too little of when.
const WIDEST_DAYS: i64 = 366;

/// Move each signing that names no one into the one signing naming its
/// signatories whose reports name the same instrument, at a date one of
/// the two contains.
pub(super) fn merge_instrument_reports(list: &mut Vec<Cluster>, geography: &Geography) {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in list.iter().enumerate() {
        if is_signing(c) && !c.participants.is_empty() && c.date.is_some() {
            for name in names_of(c) {
                by_name.entry(name).or_default().push(i);
            }
        }
    }
    if by_name.is_empty() {
        return;
    }
    for ci in 0..list.len() {
        let c = &list[ci];
        let Some(date) = c.date else {
            continue;
        };
        if !is_signing(c) || !c.participants.is_empty() || date.days() > WIDEST_DAYS {
            continue;
        }
        let mut theirs: BTreeSet<usize> = BTreeSet::new();
        for name in names_of(c) {
            theirs.extend(by_name.get(&name).into_iter().flatten().copied());
        }
        let mut fitting = theirs.into_iter().filter(|&ni| {
            let n = &list[ni];
            ni != ci
                && !n.mentions.is_empty()
                && n.date.is_some_and(|d| {
                    d.days() <= WIDEST_DAYS && (d.contains(&date) || date.contains(&d))
                })
                && !c.mentions.iter().any(|m| elsewhere(n, m, geography))
        });
        let (Some(ni), None) = (fitting.next(), fitting.next()) else {
            continue;
        };
        fold_cluster_into(list, ci, ni, date, geography);
    }
    list.retain(|c| !c.mentions.is_empty());
}

/// A cluster of signings only.
fn is_signing(c: &Cluster) -> bool {
    !c.mentions.is_empty()
        && c.mentions
            .iter()
            .all(|m| m.event_type == EventType::Agreement)
}

/// The names its reports give ([`names_in`]).
fn names_of(c: &Cluster) -> BTreeSet<String> {
    c.mentions
        .iter()
        .flat_map(|m| {
            let mut told: Vec<&str> = vec![m.trigger.as_ref()];
            if let Some(t) = &m.time {
                told.push(&t.expression);
            }
            names_in(&m.quote, &told)
        })
        .collect()
}

/// Every run of [`NAME_WORDS`] consecutive common words of
/// [`NAME_WORD_CHARS`] letters or more, lowercase. What is no part of an
/// instrument's name breaks a run: a capitalised word (a person, a place:
/// `Vladimir Poutine revient`), a number, and the words of the report's
/// own predicate and date (`signé mercredi`, `juin 2024`), which every
/// report of a day's signings shares.
fn names_in(text: &str, told: &[&str]) -> Vec<String> {
    let split = |t: &str| -> Vec<String> {
        t.split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let excluded: BTreeSet<String> = told.iter().flat_map(|t| split(t)).collect();
    let words: Vec<Option<String>> = text
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            (lower == w
                && w.chars().count() >= NAME_WORD_CHARS
                && !w.chars().any(|ch| ch.is_numeric())
                && !excluded.contains(&lower))
            .then_some(lower)
        })
        .collect();
    words
        .windows(NAME_WORDS)
        .filter_map(|run| {
            run.iter()
                .map(|w| w.as_deref())
                .collect::<Option<Vec<&str>>>()
                .map(|ws| ws.join(" "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::names_in;
    use crate::affinity::Geography;
    use crate::model::{DateInterval, EventType, Precision};
    use crate::timeline::consolidate_with;
    use crate::timeline::tests::{day, extract, mention};
    use chrono::NaiveDate;

    /// A signing report naming no one joins the one signing of that day
    /// naming signatories whose reports give its instrument's name: every
    /// instrument noun × name told × date of the report (the day, its
    /// week, month and year, the next day, the year before) × a second
    /// signing the same day (none, of another instrument, of the same
    /// instrument by other people). Expected: the rule as written here
    /// (same name, one date containing the other, a single such signing),
    /// with dates computed by chrono.
    #[test]
    fn a_signing_naming_no_one_joins_the_named_signing_of_its_instrument() {
        let names = [
            "partenariat stratégique global",
            "assistance militaire mutuelle",
            "coopération économique renforcée",
        ];
        let signed = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        let monday = signed - chrono::Duration::days(2);
        let dates = [
            (DateInterval::new(signed, signed, Precision::Day), true),
            (
                DateInterval::new(monday, monday + chrono::Duration::days(6), Precision::Week),
                true,
            ),
            (day("2024-06"), true),
            (day("2024"), true),
            (
                DateInterval::new(
                    signed.succ_opt().unwrap(),
                    signed.succ_opt().unwrap(),
                    Precision::Day,
                ),
                false,
            ),
            (day("2023"), false),
        ];
        let mut tried = 0;
        let mut joined = 0;
        for noun in ["traité", "accord", "pacte"] {
            for (n, name) in names.iter().enumerate() {
                for told in names {
                    for &(date, inside) in &dates {
                        for second in 0..3 {
                            let mut named = mention(
                                "a",
                                EventType::Agreement,
                                &["putin", "kim"],
                                &["pyongyang"],
                                Some("2024-06-19"),
                            );
                            named.trigger = "signent".into();
                            named.quote =
                                format!("Poutine et Kim signent le {noun} de {name}.").into();
                            let mut docs = vec![extract("a", "2024-06-20", vec![named])];
                            if second > 0 {
                                let other = if second == 1 {
                                    names[(n + 1) % names.len()]
                                } else {
                                    *name
                                };
                                let mut two = mention(
                                    "c",
                                    EventType::Agreement,
                                    &["lavrov", "choe"],
                                    &["moscou"],
                                    Some("2024-06-19"),
                                );
                                two.trigger = "signent".into();
                                two.quote = format!(
                                    "Lavrov et Choe signent à Moscou un {noun} de {other}."
                                )
                                .into();
                                docs.push(extract("c", "2024-06-20", vec![two]));
                            }
                            let mut lone =
                                mention("b", EventType::Agreement, &[], &[], Some("2024"));
                            lone.trigger = "signé".into();
                            lone.quote = format!("Le {noun} de {told} a été signé.").into();
                            if let Some(t) = lone.time.as_mut() {
                                t.interval = date;
                            }
                            docs.push(extract("b", "2024-06-25", vec![lone]));
                            let r = consolidate_with(docs, "t", &[], &Geography::default());
                            // the signings of the day that give the name told
                            let other = names[(n + 1) % names.len()];
                            let giving = usize::from(told == *name)
                                + usize::from(second == 1 && told == other)
                                + usize::from(second == 2 && told == *name);
                            let joins = inside && giving == 1;
                            let events = 1 + usize::from(second > 0) + usize::from(!joins);
                            assert_eq!(
                                r.events.len(),
                                events,
                                "{noun} {name} {told} {date:?} {second}"
                            );
                            if joins {
                                let e = r
                                    .events
                                    .iter()
                                    .find(|e| e.sources.iter().any(|s| s.document == "b"))
                                    .unwrap();
                                assert_eq!(e.sources.len(), 2);
                                assert!(!e.participants.is_empty());
                                assert_eq!(e.date, Some(day("2024-06-19")));
                                joined += 1;
                            }
                            tried += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(tried, 3 * 3 * 3 * 6 * 3);
        // per noun, name and date inside: one name told joins with no second
        // signing, two with one of another instrument, none with two of it
        assert_eq!(joined, 3 * 3 * 4 * (1 + 2));
    }

    #[test]
    fn a_name_is_a_run_of_common_full_words() {
        assert_eq!(
            names_in(
                "le traité de « partenariat stratégique global », signé",
                &["signé"]
            ),
            vec!["partenariat stratégique global".to_string()]
        );
        // small words break a run
        assert!(names_in("l'accord sur la construction du pont", &[]).is_empty());
        assert!(names_in("un accord de coopération dans le domaine de la santé", &[]).is_empty());
        // names of people, numbers, the report's own predicate and date
        assert!(names_in("juin 2024 Vladimir Poutine revient", &[]).is_empty());
        assert!(names_in("global signé mercredi", &["signé", "mercredi"]).is_empty());
        assert_eq!(
            names_in("global signé mercredi", &["signe"]),
            vec!["global signé mercredi".to_string()]
        );
    }
}
