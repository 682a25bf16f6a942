//! Role descriptions resolved to a person at the sentence's date (else the
//! article's):
//! `le président russe` is Medvedev in 2010 and Poutine in 2023.
//!
//! A description next to a name (`le porte-parole du Kremlin, Dmitri
//! Peskov`) adds nothing: the name says who. A word before it that makes it
//! someone else (`l'ancien président russe`) drops it. A generic description
//! (`sa plus haute diplomate`) needs its country named in the sentence.

use super::matcher::{Hit, Target};
use super::{Doc, EntityMatcher, mention, previous_word};
use crate::model::{EntityMention, EntityType, FoundBy, Span};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// The role descriptions of `hits` resolved to whoever held the role on the
/// day `day_of` gives for their span.
///
/// Also says whether the day could matter: true when some description
/// reached the choice of a holder with a candidate role that anyone of the
/// gazetteer holds at some date (the person it names then depends on the
/// day), false when every description is dropped or names nobody whatever
/// the day, so that the result does not depend on `day_of`.
pub(crate) fn resolve(
    s: &str,
    doc: &Doc,
    hits: &[Hit<'_>],
    named: &[EntityMention],
    matcher: &EntityMatcher,
    day_of: &dyn Fn(Span) -> Option<NaiveDate>,
) -> (Vec<EntityMention>, bool) {
    let g = matcher.gazetteer();
    let mut out = Vec::new();
    let mut day_matters = false;
    for hit in hits {
        if matcher
            .rules
            .role_blockers
            .contains(&previous_word(s, hit.span.start))
        {
            continue;
        }
        if next_to_a_name(s, hit.span, named) {
            continue;
        }
        let day = day_of(hit.span);
        let sentence = doc.sentence_of(hit.span.start, s.len());
        let countries: BTreeSet<&str> = named
            .iter()
            .filter(|m| sentence.contains(m.span) && m.entity_type != EntityType::Person)
            .filter_map(|m| g.get(&m.entity_id)?.country.as_deref())
            .collect();
        let mut holders: Vec<(Option<NaiveDate>, &str, String, f32)> = Vec::new();
        for c in &hit.candidates {
            match &c.target {
                Target::OwnRole { entry, role_index } => {
                    if let Some(e) = g.get(entry)
                        && let Some(r) = e.roles.get(*role_index)
                    {
                        day_matters = true;
                        if r.holds_on(day) {
                            holders.push((r.from, &e.id, format!("role:{}", e.id), 0.9));
                        }
                    }
                }
                Target::Role { role, generic } => {
                    let Some(def) = g.roles.get(role) else {
                        continue;
                    };
                    if *generic
                        && !def
                            .country
                            .as_deref()
                            .is_some_and(|c| countries.contains(c))
                    {
                        continue;
                    }
                    // someone holds it at some date: who depends on the day
                    day_matters = day_matters
                        || g.entries.values().any(|e| {
                            e.roles
                                .iter()
                                .any(|r| r.role.as_deref() == Some(role.as_str()))
                        });
                    for e in g.holders(role, day) {
                        let from = e
                            .roles
                            .iter()
                            .filter(|r| r.role.as_deref() == Some(role.as_str()) && r.holds_on(day))
                            .filter_map(|r| r.from)
                            .max();
                        let confidence = if *generic { 0.75 } else { 0.9 };
                        holders.push((from, &e.id, format!("role:{role}"), confidence));
                    }
                }
                _ => {}
            }
        }
        let people: BTreeSet<&str> = holders.iter().map(|h| h.1).collect();
        let generic_only = hit
            .candidates
            .iter()
            .all(|c| matches!(c.target, Target::Role { generic: true, .. }));
        if generic_only && people.len() > 1 {
            // two countries in the sentence: the description is unsure
            continue;
        }
        // the latest to take office wins (a successor named the same day)
        let Some((_, id, rule, confidence)) = holders.into_iter().max_by_key(|h| h.0) else {
            continue;
        };
        if let Some(e) = g.get(id) {
            out.push(mention(e, s, hit.span, FoundBy::Role, rule, confidence));
        }
    }
    (out, day_matters)
}

/// True when a person's name sits right before or after the description,
/// separated by at most a comma and an article (`Dmitri Peskov, le porte-parole`).
fn next_to_a_name(s: &str, span: Span, named: &[EntityMention]) -> bool {
    let glue = |gap: &str| {
        gap.len() <= 6
            && gap
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .all(|w| matches!(w, "le" | "la" | "l'" | "sa" | "son"))
            && !gap.contains('\n')
    };
    named.iter().any(|m| {
        m.entity_type == EntityType::Person
            && ((m.span.start >= span.end && s.get(span.end..m.span.start).is_some_and(glue))
                || (m.span.end <= span.start && s.get(m.span.end..span.start).is_some_and(glue)))
    })
}
