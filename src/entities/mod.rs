//! Entity mentions: gazetteer names and aliases found in the normalized text.
//!
//! One multi-pattern pass (aho-corasick, leftmost-longest) over the text,
//! keeping only matches on word boundaries.

use crate::gazetteer::Gazetteer;
use crate::model::{EntityMention, FoundBy, Span};
use crate::text::Text;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// The gazetteer compiled for matching, built once per run.
pub struct EntityMatcher {
    automaton: AhoCorasick,
    /// For each pattern, the entry id and the alias text.
    patterns: Vec<(String, String)>,
    gazetteer: Gazetteer,
}

impl EntityMatcher {
    pub fn new(gazetteer: Gazetteer) -> EntityMatcher {
        let mut patterns = Vec::new();
        for entry in gazetteer.entries.values() {
            for alias in std::iter::once(&entry.name).chain(entry.aliases.iter()) {
                patterns.push((entry.id.clone(), alias.clone()));
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|(_, a)| a.as_str()))
            .expect("gazetteer patterns compile");
        EntityMatcher {
            automaton,
            patterns,
            gazetteer,
        }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// Find the entity mentions of a text.
pub fn extract(text: &Text, matcher: &EntityMatcher) -> Vec<EntityMention> {
    let s = &text.normalized;
    let mut out = Vec::new();
    for m in matcher.automaton.find_iter(s) {
        let before = s[..m.start()].chars().next_back();
        let after = s[m.end()..].chars().next();
        if is_word_char(before) || is_word_char(after) {
            continue;
        }
        let (id, _) = &matcher.patterns[m.pattern().as_usize()];
        let Some(entry) = matcher.gazetteer.get(id) else {
            continue;
        };
        out.push(EntityMention {
            entity_id: entry.id.clone(),
            name: entry.name.clone(),
            entity_type: entry.entity_type,
            surface: s[m.start()..m.end()].to_string(),
            span: Span::new(m.start(), m.end()),
            found_by: FoundBy::Gazetteer,
            rule: "gazetteer".to_string(),
            confidence: 1.0,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    #[test]
    fn finds_aliases_on_word_boundaries() {
        let m = EntityMatcher::new(Gazetteer::builtin().unwrap());
        let t = normalize("M. Kim a rencontré Vladimir V. Poutine à Vladivostok, pas Poutinesque.");
        let found: Vec<_> = extract(&t, &m)
            .into_iter()
            .map(|e| (e.entity_id, e.surface))
            .collect();
        assert_eq!(
            found,
            [
                ("kim-jong-un".to_string(), "M. Kim".to_string()),
                ("vladimir-poutine".into(), "Vladimir V. Poutine".into()),
                ("vladivostok".into(), "Vladivostok".into()),
            ]
        );
    }
}
