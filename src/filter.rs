//! Filters over a finished [`Report`]: by date, entity, type, status and
//! number of sources.
//!
//! Filtering happens after consolidation, so a filter never changes how
//! events are merged or dated: it only chooses which lines of the timeline
//! are shown. Event ids are kept as they are (`ev-0007` stays `ev-0007`),
//! so a filtered output can be compared with the full one.
//!
//! Semantics (documented for users in `docs/formats.md`):
//! - `from`/`to` keep the events whose date interval *overlaps* the range:
//!   an event of `2023-09` (the whole month) is kept by `from 2023-09-15`.
//!   Undated events are dropped as soon as either bound is set.
//! - `entities`: every query must name a participant or a place of the
//!   event (several queries narrow the set). A query matches an entity id,
//!   its name, the variants seen in the corpus, or a gazetteer alias,
//!   ignoring case, accents, hyphens and apostrophes; when nothing matches
//!   exactly, a query matching whole words of a name (`Kim` in `Kim
//!   Jong-un`) is used instead.
//! - `types`, `statuses`: the event's value is one of the given ones.
//! - `min_sources`: at least that many distinct documents report the event
//!   (`independent_sources`).

use crate::gazetteer::Gazetteer;
use crate::model::{EntitySummary, Event, EventType, Modality, Report};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use unicode_normalization::UnicodeNormalization;

/// What to keep. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Keep events that end on or after this day.
    pub from: Option<NaiveDate>,
    /// Keep events that start on or before this day.
    pub to: Option<NaiveDate>,
    /// Names, aliases or ids of entities that must all take part in the event.
    pub entities: Vec<String>,
    /// Keep events of one of these types (all when empty).
    pub types: Vec<EventType>,
    /// Keep events with one of these statuses (all when empty).
    pub statuses: Vec<Modality>,
    /// Keep events reported by at least this many distinct documents.
    pub min_sources: usize,
    /// Which undated events to keep.
    pub undated: Undated,
}

/// Which undated events a timeline shows. Most undated events are
/// fragments (`Annonce (Moscou)`): a sentence with an event word and one
/// name. `Main` keeps those that say who and where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Undated {
    /// Every undated event.
    #[default]
    All,
    /// Undated events with at least one participant and one place.
    Main,
    /// No undated event.
    None,
}

impl Undated {
    /// True when an undated event with these actors is kept.
    fn keeps(self, e: &Event) -> bool {
        match self {
            Undated::All => true,
            Undated::Main => !e.participants.is_empty() && !e.places.is_empty(),
            Undated::None => false,
        }
    }
}

/// The result of filtering, with the queries that named no known entity so
/// the caller can warn about a probable typo.
#[derive(Debug, Clone, PartialEq)]
pub struct Filtered<T> {
    pub value: T,
    pub unmatched: Vec<String>,
}

impl Filter {
    /// True when the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when a criterion about events (not entities) is set.
    pub fn has_event_criteria(&self) -> bool {
        self.from.is_some()
            || self.to.is_some()
            || !self.types.is_empty()
            || !self.statuses.is_empty()
            || self.min_sources > 0
    }

    /// The criteria other than entities, on one event.
    fn keeps_event(&self, e: &Event) -> bool {
        if self.from.is_some() || self.to.is_some() {
            let Some(d) = e.date else { return false };
            if self.from.is_some_and(|from| d.end < from) || self.to.is_some_and(|to| d.start > to)
            {
                return false;
            }
        }
        if e.date.is_none() && !self.undated.keeps(e) {
            return false;
        }
        (self.types.is_empty() || self.types.contains(&e.event_type))
            && (self.statuses.is_empty() || self.statuses.contains(&e.status))
            && e.independent_sources >= self.min_sources
    }
}

/// Lowercase, without accents, with hyphens, apostrophes and dots as spaces,
/// whitespace collapsed: `Kim Jong-un` and `kim jong un` fold the same.
pub fn fold(s: &str) -> String {
    let mapped: String = s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            '-' | '‐' | '‑' | '–' | '\'' | '’' | '.' | '_' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every name an entity is known by: id, name, corpus variants, gazetteer aliases.
fn known_names<'a>(
    id: &'a str,
    report: &'a Report,
    gazetteer: Option<&'a Gazetteer>,
) -> impl Iterator<Item = &'a str> + 'a {
    let summary = report.entities.iter().find(|e| e.id == id);
    let entry = gazetteer.and_then(|g| g.get(id));
    std::iter::once(id)
        .chain(summary.map(|s| s.name.as_str()))
        .chain(
            summary
                .into_iter()
                .flat_map(|s| s.variants.iter().map(String::as_str)),
        )
        .chain(entry.map(|e| e.name.as_str()))
        .chain(
            entry
                .into_iter()
                .flat_map(|e| e.aliases.iter().map(String::as_str)),
        )
}

/// The ids of the entities a query names. Exact (folded) matches win; when
/// there is none, entities with a name containing the query as whole words.
pub fn resolve_entity(
    query: &str,
    report: &Report,
    gazetteer: Option<&Gazetteer>,
) -> BTreeSet<String> {
    let q = fold(query);
    if q.is_empty() {
        return BTreeSet::new();
    }
    let mut ids: BTreeSet<&str> = report.entities.iter().map(|e| e.id.as_str()).collect();
    for e in &report.events {
        ids.extend(
            e.participants
                .iter()
                .chain(&e.places)
                .map(|r| r.id.as_str()),
        );
    }
    if let Some(g) = gazetteer {
        ids.extend(g.entries.keys().map(String::as_str));
    }
    let names = |id: &str| -> Vec<String> {
        let mut v: Vec<String> = known_names(id, report, gazetteer).map(fold).collect();
        // names only carried by event references (not in the summaries)
        v.extend(
            report
                .events
                .iter()
                .flat_map(|e| e.participants.iter().chain(&e.places))
                .filter(|r| r.id == id)
                .map(|r| fold(&r.name)),
        );
        v
    };
    let exact: BTreeSet<String> = ids
        .iter()
        .filter(|id| names(id).contains(&q))
        .map(|id| id.to_string())
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let padded = format!(" {q} ");
    ids.iter()
        .filter(|id| names(id).iter().any(|n| format!(" {n} ").contains(&padded)))
        .map(|id| id.to_string())
        .collect()
}

/// Resolve every entity query; `None` for a query that names nothing.
fn resolve_all(
    filter: &Filter,
    report: &Report,
    gazetteer: Option<&Gazetteer>,
) -> (Vec<BTreeSet<String>>, Vec<String>) {
    let mut sets = Vec::new();
    let mut unmatched = Vec::new();
    for q in &filter.entities {
        let ids = resolve_entity(q, report, gazetteer);
        if ids.is_empty() {
            unmatched.push(q.clone());
        }
        sets.push(ids);
    }
    (sets, unmatched)
}

fn involves(e: &Event, ids: &BTreeSet<String>) -> bool {
    e.participants
        .iter()
        .chain(&e.places)
        .any(|r| ids.contains(&r.id))
}

/// The report with only the events the filter keeps. Documents and entities
/// are kept whole: the report still says what was read and found.
pub fn filter_report(
    report: &Report,
    filter: &Filter,
    gazetteer: Option<&Gazetteer>,
) -> Filtered<Report> {
    filter_report_owned(report.clone(), filter, gazetteer)
}

/// [`filter_report`] without a copy of the report (a large corpus's report
/// is large).
pub fn filter_report_owned(
    mut report: Report,
    filter: &Filter,
    gazetteer: Option<&Gazetteer>,
) -> Filtered<Report> {
    let (sets, unmatched) = resolve_all(filter, &report, gazetteer);
    report.hidden_undated += report
        .events
        .iter()
        .filter(|e| e.date.is_none() && !filter.undated.keeps(e))
        .count();
    report
        .events
        .retain(|e| filter.keeps_event(e) && sets.iter().all(|ids| involves(e, ids)));
    keep_episodes_of_kept_events(&mut report);
    Filtered {
        value: report,
        unmatched,
    }
}

/// Episodes list only the events the filter kept (an arrival or a
/// departure left out is no longer named); an episode with none left goes.
/// Its dates stay those of the whole trip.
fn keep_episodes_of_kept_events(report: &mut Report) {
    let kept: BTreeSet<&str> = report.events.iter().map(|e| e.id.as_str()).collect();
    for ep in &mut report.episodes {
        ep.events.retain(|id| kept.contains(id.as_str()));
        ep.arrival = ep.arrival.take().filter(|id| kept.contains(id.as_str()));
        ep.departure = ep.departure.take().filter(|id| kept.contains(id.as_str()));
    }
    report.episodes.retain(|ep| !ep.events.is_empty());
}

/// The entities the filter keeps: those an entity query names (when there
/// are queries) and, when an event criterion is set, only those taking part
/// in a kept event.
pub fn filter_entities(
    report: &Report,
    filter: &Filter,
    gazetteer: Option<&Gazetteer>,
) -> Filtered<Vec<EntitySummary>> {
    let (sets, unmatched) = resolve_all(filter, report, gazetteer);
    let named: BTreeSet<&String> = sets.iter().flatten().collect();
    let in_events: Option<BTreeSet<&str>> = filter.has_event_criteria().then(|| {
        report
            .events
            .iter()
            .filter(|e| filter.keeps_event(e))
            .flat_map(|e| e.participants.iter().chain(&e.places))
            .map(|r| r.id.as_str())
            .collect()
    });
    let value = report
        .entities
        .iter()
        .filter(|s| filter.entities.is_empty() || named.contains(&s.id))
        .filter(|s| {
            in_events
                .as_ref()
                .is_none_or(|ids| ids.contains(s.id.as_str()))
        })
        .cloned()
        .collect();
    Filtered { value, unmatched }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateInterval, EntityRef, EntityType, Source};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn event(
        id: &str,
        date: Option<&str>,
        t: EventType,
        who: &[(&str, &str)],
        docs: usize,
    ) -> Event {
        Event {
            mentioned_places: Vec::new(),
            attribution: Vec::new(),
            id: id.into(),
            event_type: t,
            status: Modality::Occurred,
            title: id.into(),
            date: date.map(|s| DateInterval::parse_iso(s).unwrap()),
            participants: who
                .iter()
                .map(|(id, name)| EntityRef::new(id.to_string(), name.to_string()))
                .collect(),
            places: vec![],
            sources: vec![Source {
                document: "doc".into(),
                quote: "q".into(),
                start: 0,
                end: 1,
                predicate: "q".into(),
                date_expression: None,
                date_rule: None,
                modality: Modality::Occurred,
                attribution: None,
            }],
            independent_sources: docs,
            confidence: 0.5,
            conflicts: vec![],
            episode: None,
        }
    }

    fn report() -> Report {
        Report {
            schema_version: 1,
            generator: "test".into(),
            documents: vec![],
            entities: vec![EntitySummary {
                id: "vladimir-poutine".into(),
                name: "Vladimir Poutine".into(),
                entity_type: EntityType::Person,
                mentions: 3,
                documents: vec![],
                variants: vec!["M. Poutine".into(), "Poutine".into()],
                found_by: vec![],
            }],
            events: vec![
                event(
                    "a",
                    Some("2000-07"),
                    EventType::Visit,
                    &[("vladimir-poutine", "Vladimir Poutine")],
                    1,
                ),
                event(
                    "b",
                    Some("2023-09-12"),
                    EventType::Meeting,
                    &[("kim-jong-un", "Kim Jong-un")],
                    3,
                ),
                event("c", Some("2023"), EventType::Visit, &[], 2),
                event(
                    "d",
                    None,
                    EventType::Visit,
                    &[("vladimir-poutine", "Vladimir Poutine")],
                    1,
                ),
            ],
            episodes: Vec::new(),
            hidden_undated: 0,
            copies: 0,
        }
    }

    fn ids(r: &Report) -> Vec<&str> {
        r.events.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn fold_ignores_case_accents_and_hyphens() {
        assert_eq!(fold("Kim Jong-un"), "kim jong un");
        assert_eq!(fold("  CORÉE  du Nord "), "coree du nord");
        assert_eq!(fold("l’Élysée"), "l elysee");
    }

    #[test]
    fn dates_overlap_and_drop_undated() {
        let r = report();
        let f = Filter {
            from: Some(d("2023-09-15")),
            ..Filter::default()
        };
        // the year 2023 overlaps; the day 2023-09-12 ends before
        assert_eq!(ids(&filter_report(&r, &f, None).value), ["c"]);
        let f = Filter {
            to: Some(d("2000-07-15")),
            ..Filter::default()
        };
        assert_eq!(ids(&filter_report(&r, &f, None).value), ["a"]);
        let f = Filter {
            from: Some(d("1990-01-01")),
            ..Filter::default()
        };
        assert_eq!(ids(&filter_report(&r, &f, None).value), ["a", "b", "c"]);
    }

    #[test]
    fn entity_queries_use_variants_words_and_gazetteer_aliases() {
        let r = report();
        let by = |q: &str, g: Option<&Gazetteer>| {
            let f = Filter {
                entities: vec![q.into()],
                ..Filter::default()
            };
            ids(&filter_report(&r, &f, g).value).join(",")
        };
        assert_eq!(by("poutine", None), "a,d");
        assert_eq!(by("M. POUTINE", None), "a,d");
        assert_eq!(by("kim", None), "b", "whole-word fallback");
        assert_eq!(by("kim jong un", None), "b");
        assert_eq!(by("Putin", None), "", "no alias without the gazetteer");
        let g = crate::test_data::gazetteer();
        assert_eq!(by("Putin", Some(g)), "a,d");
        let f = Filter {
            entities: vec!["Nobody".into()],
            ..Filter::default()
        };
        assert_eq!(filter_report(&r, &f, Some(g)).unmatched, ["Nobody"]);
    }

    #[test]
    fn type_status_and_sources() {
        let r = report();
        let f = Filter {
            types: vec![EventType::Meeting],
            ..Filter::default()
        };
        assert_eq!(ids(&filter_report(&r, &f, None).value), ["b"]);
        let f = Filter {
            min_sources: 2,
            ..Filter::default()
        };
        assert_eq!(ids(&filter_report(&r, &f, None).value), ["b", "c"]);
        let f = Filter {
            statuses: vec![Modality::Planned],
            ..Filter::default()
        };
        assert!(filter_report(&r, &f, None).value.events.is_empty());
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn undated_events_are_kept_by_who_and_where() {
        let mut r = report();
        // every combination of participants and places on an undated event
        r.events.clear();
        let who = [("kim-jong-un", "Kim Jong-un")];
        for (i, (people, places)) in [(0, 0), (1, 0), (0, 1), (1, 1)].into_iter().enumerate() {
            let mut e = event(&format!("u{i}"), None, EventType::Visit, &who[..people], 1);
            if places == 1 {
                e.places = vec![EntityRef::new("moscou", "Moscou")];
            }
            r.events.push(e);
        }
        r.events
            .push(event("dated", Some("2023"), EventType::Visit, &[], 1));
        let kept = |undated: Undated| {
            let f = Filter {
                undated,
                ..Filter::default()
            };
            let out = filter_report(&r, &f, None).value;
            let kept: Vec<String> = ids(&out).iter().map(|s| s.to_string()).collect();
            (kept, out.hidden_undated)
        };
        let want = |ids: &[&str], hidden: usize| {
            (
                ids.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                hidden,
            )
        };
        assert_eq!(
            kept(Undated::All),
            want(&["u0", "u1", "u2", "u3", "dated"], 0)
        );
        assert_eq!(kept(Undated::Main), want(&["u3", "dated"], 3));
        assert_eq!(kept(Undated::None), want(&["dated"], 4));
    }

    #[test]
    fn entities_follow_entity_and_event_criteria() {
        let r = report();
        let f = Filter {
            entities: vec!["Poutine".into()],
            ..Filter::default()
        };
        assert_eq!(filter_entities(&r, &f, None).value.len(), 1);
        let f = Filter {
            types: vec![EventType::Meeting],
            ..Filter::default()
        };
        // the only meeting involves Kim, who has no summary here
        assert!(filter_entities(&r, &f, None).value.is_empty());
    }
}
