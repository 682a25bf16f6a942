//! Coreference inside one document: a surname alone (`Kozlov`), or after an
//! honorific (`M. Kozlov`), joins the person named elsewhere in the
//! document: the nearest before, else the nearest after.

use super::fold::fold_word;
use super::tokens::{Token, tokenize};
use super::{EntityMatcher, glued_to_unknown_name};
use crate::model::{EntityMention, EntityType, FoundBy, Span};
use std::collections::HashMap;

/// The name a later mention uses alone: the explicit `surname`, else the
/// family name (first word for family-name-first countries, last otherwise).
/// A name found by rule that looks Korean (`Ri Pyong-chol`) gives both.
pub(crate) fn surname_keys<'m>(
    named: &'m [EntityMention],
    matcher: &EntityMatcher,
) -> HashMap<String, Vec<&'m EntityMention>> {
    let rules = &matcher.rules;
    let mut out: HashMap<String, Vec<&EntityMention>> = HashMap::new();
    // an author of a byline is no antecedent: `Kim` in the text is not the reporter
    let persons = named
        .iter()
        .filter(|m| m.entity_type == EntityType::Person && m.role.is_none());
    for m in persons {
        let words: Vec<&str> = m.name.split_whitespace().collect();
        let mut keys = Vec::new();
        match matcher.gazetteer().get(&m.entity_id) {
            Some(e) => match &e.surname {
                Some(s) => keys.push(s.as_str()),
                None => {
                    let first = e
                        .country
                        .as_ref()
                        .is_some_and(|c| rules.family_name_first.contains(c));
                    keys.extend(if first { words.first() } else { words.last() });
                }
            },
            None => {
                keys.extend(words.last());
                if words.len() == 2 && words[1].contains('-') {
                    keys.push(words[0]);
                }
            }
        }
        for k in keys {
            let k = fold_word(k);
            if k.chars().count() >= 2 {
                let list = out.entry(k).or_default();
                if !list.iter().any(|x| x.entity_id == m.entity_id) {
                    list.push(m);
                }
            }
        }
    }
    out
}

pub(crate) fn find(
    s: &str,
    tokens: &[Token<'_>],
    named: &[EntityMention],
    taken: &[Span],
    matcher: &EntityMatcher,
) -> Vec<EntityMention> {
    let keys = surname_keys(named, matcher);
    if keys.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() || !t.is_capitalized() || super::overlaps_any(taken, t.span) {
            continue;
        }
        let Some(candidates) = keys.get(&fold_word(t.text)) else {
            continue;
        };
        if glued_to_unknown_name(s, t.span, taken, matcher) {
            continue;
        }
        let ids: Vec<&str> = candidates.iter().map(|m| m.entity_id.as_str()).collect();
        let before = named
            .iter()
            .filter(|m| ids.contains(&m.entity_id.as_str()) && m.span.end <= t.span.start)
            .max_by_key(|m| m.span.start);
        let after = named
            .iter()
            .filter(|m| ids.contains(&m.entity_id.as_str()) && m.span.start >= t.span.end)
            .min_by_key(|m| m.span.start);
        let Some(antecedent) = before.or(after) else {
            continue;
        };
        let mut span = t.span;
        if i >= 2
            && tokens[i - 1].is(".")
            && matcher
                .rules
                .honorifics
                .contains(&fold_word(tokens[i - 2].text))
        {
            span.start = tokens[i - 2].span.start;
        } else if i >= 1
            && matcher
                .rules
                .honorifics
                .contains(&fold_word(tokens[i - 1].text))
        {
            span.start = tokens[i - 1].span.start;
        }
        out.push(EntityMention {
            entity_id: antecedent.entity_id.clone(),
            name: antecedent.name.clone(),
            entity_type: antecedent.entity_type,
            surface: s[span.start..span.end].to_string(),
            span,
            found_by: FoundBy::Coreference,
            rule: "coref:surname".to_string(),
            confidence: 0.8,
            role: None,
        });
    }
    out
}

/// Bare mentions of a town that the rules placed by its context once (`la
/// commune de Sévaré`, then `au marché de Sévaré`, `à Sévaré`): the same
/// place, as a surname alone is the same person. The later mention is the
/// exact written name, on word boundaries, not run into another
/// capitalised word (`Sévaré Traoré` is someone).
pub(crate) fn towns(
    s: &str,
    tokens: &[Token<'_>],
    named: &[EntityMention],
    taken: &[Span],
) -> Vec<EntityMention> {
    let found: Vec<&EntityMention> = named
        .iter()
        .filter(|m| m.rule == "rule:place-context")
        .collect();
    if found.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<EntityMention> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for m in found {
        if !seen.insert(m.surface.clone()) {
            continue;
        }
        let words: Vec<&str> = tokenize(&m.surface).iter().map(|t| t.text).collect();
        let Some(first) = words.first() else {
            continue;
        };
        for (i, t) in tokens.iter().enumerate() {
            if t.text != *first
                || !words.iter().enumerate().all(|(k, w)| {
                    tokens
                        .get(i + k)
                        .is_some_and(|x| x.text == *w && (k == 0 || x.space_before))
                })
            {
                continue;
            }
            let end = i + words.len();
            let span = Span::new(t.span.start, tokens[end - 1].span.end);
            let capital_word = |x: Option<&super::tokens::Token<'_>>| {
                x.is_some_and(|x| x.is_word() && x.is_capitalized())
            };
            let glued = (t.space_before
                && capital_word(i.checked_sub(1).and_then(|p| tokens.get(p))))
                || tokens.get(end).is_some_and(|n| n.space_before) && capital_word(tokens.get(end));
            if glued
                || super::overlaps_any(taken, span)
                || out.iter().any(|o| o.span.overlaps(span))
            {
                continue;
            }
            out.push(EntityMention {
                entity_id: m.entity_id.clone(),
                name: m.name.clone(),
                entity_type: m.entity_type,
                surface: s[span.start..span.end].to_string(),
                span,
                found_by: FoundBy::Coreference,
                rule: "coref:town".to_string(),
                confidence: m.confidence,
                role: None,
            });
        }
    }
    out
}
