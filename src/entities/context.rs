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
    // spans of each entity named outright, in order: looked up by binary
    // search, so a long document costs O(n log n), not O(ambiguous × named)
    let mut by_id: std::collections::HashMap<&str, Vec<Span>> = std::collections::HashMap::new();
    for m in definite {
        by_id.entry(m.entity_id.as_str()).or_default().push(m.span);
    }
    for spans in by_id.values_mut() {
        spans.sort();
    }
    let mut out = Vec::new();
    for (span, ids) in ambiguous {
        let Some((id, found_by, rule, confidence)) = choose(g, *span, ids, &by_id, day) else {
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
    by_id: &std::collections::HashMap<&str, Vec<Span>>,
    day: Option<NaiveDate>,
) -> Option<(String, FoundBy, &'static str, f32)> {
    // the nearest mention of each candidate before and after the span
    let before = |id: &String| -> Option<(usize, String)> {
        let spans = by_id.get(id.as_str())?;
        let i = spans.partition_point(|x| x.start < span.start);
        spans[..i]
            .iter()
            .rev()
            .find(|x| x.end <= span.start)
            .map(|x| (x.start, id.clone()))
    };
    let after = |id: &String| -> Option<(usize, String)> {
        let spans = by_id.get(id.as_str())?;
        let i = spans.partition_point(|x| x.start < span.end);
        spans.get(i).map(|x| (x.start, id.clone()))
    };
    if let Some((_, id)) = ids
        .iter()
        .filter_map(before)
        .max_by_key(|(start, _)| *start)
    {
        return Some((id, FoundBy::Coreference, "context:named-before", 0.9));
    }
    if let Some((_, id)) = ids.iter().filter_map(after).min_by_key(|(start, _)| *start) {
        return Some((id, FoundBy::Coreference, "context:named-after", 0.85));
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
