//! Short names shared by several entries (`Kim`, `M. Kim`): the document
//! decides (the nearest full name before, else after), then the article's
//! date (who held a role that day), then a lone candidate.

use super::mention;
use crate::gazetteer::Gazetteer;
use crate::model::{EntityMention, FoundBy, Span};
use chrono::NaiveDate;

pub(crate) fn resolve(
    g: &Gazetteer,
    s: &str,
    ambiguous: &[(Span, Vec<String>)],
    definite: &[EntityMention],
    day: Option<NaiveDate>,
) -> Vec<EntityMention> {
    let mut out = Vec::new();
    for (span, ids) in ambiguous {
        let Some((id, found_by, rule, confidence)) = choose(g, *span, ids, definite, day) else {
            continue;
        };
        if let Some(entry) = g.get(&id) {
            out.push(mention(
                entry,
                s,
                *span,
                found_by,
                rule.to_string(),
                confidence,
            ));
        }
    }
    out
}

fn choose(
    g: &Gazetteer,
    span: Span,
    ids: &[String],
    definite: &[EntityMention],
    day: Option<NaiveDate>,
) -> Option<(String, FoundBy, &'static str, f32)> {
    let named = |m: &&EntityMention| ids.contains(&m.entity_id);
    if let Some(m) = definite
        .iter()
        .filter(named)
        .filter(|m| m.span.end <= span.start)
        .max_by_key(|m| m.span.start)
    {
        return Some((
            m.entity_id.clone(),
            FoundBy::Coreference,
            "context:named-before",
            0.9,
        ));
    }
    if let Some(m) = definite
        .iter()
        .filter(named)
        .filter(|m| m.span.start >= span.end)
        .min_by_key(|m| m.span.start)
    {
        return Some((
            m.entity_id.clone(),
            FoundBy::Coreference,
            "context:named-after",
            0.85,
        ));
    }
    // who held a role on the article's day; the latest to take office wins
    let holder = ids
        .iter()
        .filter_map(|id| g.get(id))
        .filter_map(|e| {
            e.roles
                .iter()
                .filter(|r| r.holds_on(day))
                .map(|r| r.from)
                .max()
                .map(|from| (from, e))
        })
        .max_by_key(|(from, _)| *from);
    if let Some((_, e)) = holder {
        return Some((
            e.id.clone(),
            FoundBy::Gazetteer,
            "context:role-at-date",
            0.75,
        ));
    }
    (ids.len() == 1).then(|| {
        (
            ids[0].clone(),
            FoundBy::Gazetteer,
            "context:only-candidate",
            0.6,
        )
    })
}
