//! Coreference inside one document: a surname alone (`Kozlov`), or after an
//! honorific (`M. Kozlov`), joins the person named elsewhere in the
//! document: the nearest before, else the nearest after.

use super::fold::fold_word;
use super::tokens::tokenize;
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
    named: &[EntityMention],
    taken: &[Span],
    matcher: &EntityMatcher,
) -> Vec<EntityMention> {
    let keys = surname_keys(named, matcher);
    if keys.is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(s);
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
