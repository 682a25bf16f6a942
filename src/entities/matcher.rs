//! The gazetteer compiled into one automaton: names, aliases, generated
//! spelling variants, short names, role descriptions and ignored phrases.
//!
//! One pass over the folded text finds every pattern on word boundaries;
//! the case of the original decides between `Chine` and `chine`, and short
//! all-caps acronyms (`AP`, `UE`) must match exactly. Overlaps are settled
//! leftmost-longest after the case check, so a rejected long match never
//! hides a good short one.

use super::fold::{fold, fold_str};
use super::ruleset::EntityRules;
use crate::gazetteer::{Entry, Gazetteer};
use crate::model::{EntityType, Span};
use crate::text::hash::WordMap;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// What a pattern stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A name that always means this entry.
    Name(String),
    /// A name shared with other entries (`Kim`), resolved by context.
    Short(String),
    /// A role description (`le président russe`), resolved at the article's date.
    Role { role: String, generic: bool },
    /// A description naming one person in one of their roles only.
    OwnRole { entry: String, role_index: usize },
    /// A phrase consumed without producing a mention (`place Kim`).
    Ignore,
}

#[derive(Debug, Clone)]
pub struct Candidate {
    pub target: Target,
    /// The pattern as written in the data, for the case check.
    pub written: String,
}

/// One match kept after case check and overlap resolution.
#[derive(Debug, Clone)]
pub struct Hit<'m> {
    pub span: Span,
    pub candidates: Vec<&'m Candidate>,
}

/// Every pattern occurrence of a text on word boundaries, before the case
/// check ([`EntityMatcher::occurrences`]): what both the story scan
/// ([`crate::story::prefilter`]) and [`EntityMatcher::find_in`] read, so
/// that one fold and one search of the text serve both.
#[derive(Debug, Clone, Default)]
pub struct Occurrences {
    /// Pattern and span in the text, in the automaton's order.
    found: Vec<(usize, Span)>,
}

impl Occurrences {
    /// The pattern of each occurrence ([`EntityMatcher::automaton`]'s ids).
    pub fn patterns(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.iter().map(|&(p, _)| p)
    }
}

/// The gazetteer compiled for matching, built once per run.
pub struct EntityMatcher {
    automaton: AhoCorasick,
    patterns: Vec<Vec<Candidate>>,
    /// The small communes by folded name (index in
    /// `Gazetteer::communes`), those no pattern of the automaton holds.
    communes: WordMap<usize>,
    /// The same folded names, sorted: whether one starts with a folded
    /// word ([`EntityMatcher::may_start_commune`]).
    commune_keys: Vec<String>,
    /// The most tokens a commune's name has.
    commune_tokens: usize,
    gazetteer: Gazetteer,
    pub(crate) rules: EntityRules,
}

/// Spelling variants of a person's name that the data need not list:
/// a joined romanized given name (`Kim Jongun` for `Kim Jong-un`).
pub fn generated_variants(entry: &Entry, rules: &EntityRules) -> Vec<String> {
    let korean = entry.entity_type == EntityType::Person
        && entry
            .country
            .as_ref()
            .is_some_and(|c| rules.joined_given_name.contains(c));
    if !korean {
        return Vec::new();
    }
    let mut out = Vec::new();
    for name in entry.names() {
        let parts: Vec<&str> = name.split(' ').collect();
        let given: Vec<&str> = match parts.as_slice() {
            [_, g] if g.contains('-') => g.split('-').collect(),
            [_, a, b] => vec![a, b],
            _ => continue,
        };
        if given.len() != 2 || given.iter().any(|g| g.is_empty()) {
            continue;
        }
        let rest = given[1].to_lowercase();
        out.push(format!("{} {}{}", parts[0], given[0], rest));
    }
    out
}

/// The case rule: acronyms of up to six characters match exactly; a
/// capitalised pattern needs a capital in the text.
pub fn case_ok(written: &str, surface: &str) -> bool {
    let letters = written.chars().filter(|c| c.is_alphabetic()).count();
    let acronym = letters > 0
        && written.chars().count() <= 6
        && written
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    if acronym {
        return surface == written;
    }
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    if !capital(written) {
        return true;
    }
    if !capital(surface) {
        return false;
    }
    // a name that starts with its article (`La Réunion`, `Le Havre`) needs
    // the capital of its noun too: `La réunion` at a sentence start is none
    let article = |w: &str| matches!(w, "La" | "Le" | "Les" | "L'");
    let first_word = |w: &'_ str| -> (String, String) {
        let (a, rest) = match w.find([' ', '\'']) {
            Some(i) if w[i..].starts_with('\'') => (&w[..=i], &w[i + 1..]),
            Some(i) => (&w[..i], w[i + 1..].trim_start()),
            None => (w, ""),
        };
        (a.to_string(), rest.to_string())
    };
    let (art, noun) = first_word(written);
    if article(&art) && capital(&noun) {
        let (_, surface_noun) = first_word(surface);
        return capital(&surface_noun);
    }
    true
}

/// The accent rule: a text may drop a name's accents (`Etats-Unis`, all
/// capitals without them), but for a name the data spells with its accents
/// (`Côte-Nord`, `Séoul`), an accent the name does not have there, or
/// another one, makes another word: `Côté nord-coréen` is no `Côte-Nord`. A
/// name written without any accent may come from a source that has none
/// (GeoNames' names, transliterations): the text may add French accents to
/// it (`Kénitra` for `Kenitra`). Letters are compared one by one; a pattern
/// whose letters do not line up with the text's (`œ` written `oe`) is left
/// to the fold.
pub fn accents_ok(written: &str, surface: &str) -> bool {
    if written.chars().count() != surface.chars().count() || !written.chars().any(has_diacritic) {
        return true;
    }
    written
        .chars()
        .zip(surface.chars())
        .all(|(w, s)| s.is_ascii() || !has_diacritic(s) || s.to_lowercase().eq(w.to_lowercase()))
}

/// True for a letter that carries a diacritic (`é`, `Ô`, `ç`, `ï`).
fn has_diacritic(c: char) -> bool {
    let mut marked = false;
    unicode_normalization::char::decompose_canonical(c, |d| {
        marked |= unicode_normalization::char::is_combining_mark(d);
    });
    marked
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

impl EntityMatcher {
    pub fn new(gazetteer: Gazetteer) -> EntityMatcher {
        EntityMatcher::with_rules(gazetteer, EntityRules::builtin())
    }

    pub fn with_rules(gazetteer: Gazetteer, rules: EntityRules) -> EntityMatcher {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<Vec<Candidate>> = Vec::new();
        let mut add = |written: &str, target: Target| {
            let key = fold_str(written);
            if key.is_empty() {
                return;
            }
            let i = *index.entry(key).or_insert_with(|| {
                patterns.push(Vec::new());
                patterns.len() - 1
            });
            if !patterns[i]
                .iter()
                .any(|c| c.target == target && c.written == written)
            {
                patterns[i].push(Candidate {
                    target,
                    written: written.to_string(),
                });
            }
        };
        for entry in gazetteer.entries.values() {
            for name in entry.names() {
                add(name, Target::Name(entry.id.clone()));
            }
            for v in generated_variants(entry, &rules) {
                add(&v, Target::Name(entry.id.clone()));
            }
            for d in &entry.descriptions {
                for v in super::describe::variants(d, &rules.demonyms) {
                    add(&v, Target::Name(entry.id.clone()));
                }
            }
            for s in &entry.short_aliases {
                add(s, Target::Short(entry.id.clone()));
            }
            for (i, role) in entry.roles.iter().enumerate() {
                for p in &role.patterns {
                    add(
                        p,
                        Target::OwnRole {
                            entry: entry.id.clone(),
                            role_index: i,
                        },
                    );
                }
            }
        }
        for def in gazetteer.roles.values() {
            for p in &def.patterns {
                add(
                    p,
                    Target::Role {
                        role: def.id.clone(),
                        generic: false,
                    },
                );
            }
            for p in &def.generic_patterns {
                add(
                    p,
                    Target::Role {
                        role: def.id.clone(),
                        generic: true,
                    },
                );
            }
        }
        for p in &rules.ignore {
            add(p, Target::Ignore);
        }
        // a commune whose name another entry or pattern holds is that
        // entry's (`known names win`)
        let mut communes: WordMap<usize> = WordMap::default();
        let mut commune_tokens = 0;
        for (i, e) in gazetteer.communes.entries().iter().enumerate() {
            let key = fold_str(&e.name);
            if !index.contains_key(&key) {
                commune_tokens = commune_tokens.max(super::tokens::tokenize(&e.name).len());
                communes.entry(key).or_insert(i);
            }
        }
        let mut commune_keys: Vec<String> = communes.keys().cloned().collect();
        commune_keys.sort_unstable();
        let mut keys: Vec<(String, usize)> = index.into_iter().collect();
        keys.sort_by_key(|(_, i)| *i);
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(keys.iter().map(|(k, _)| k.as_str()))
            .expect("gazetteer patterns compile");
        EntityMatcher {
            automaton,
            patterns,
            communes,
            commune_keys,
            commune_tokens,
            gazetteer,
            rules,
        }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The small commune named `surface` exactly (folded), if the table
    /// holds one no other entry names.
    pub fn commune(&self, surface: &str) -> Option<&Entry> {
        let i = *self.communes.get(&fold_str(surface))?;
        self.gazetteer
            .communes
            .entries()
            .get(i)
            .filter(|e| accents_ok(&e.name, surface))
    }

    /// False when no small commune's folded name starts with `folded` (the
    /// folded form of a name's first word, [`fold_str`]): then no name that
    /// starts with that word is one, whatever words follow (the folded
    /// form of a longer surface starts with its first word's).
    pub fn may_start_commune(&self, folded: &str) -> bool {
        let i = self.commune_keys.partition_point(|k| k.as_str() < folded);
        self.commune_keys
            .get(i)
            .is_some_and(|k| k.starts_with(folded))
    }

    /// The most tokens of a commune's name ([`EntityMatcher::commune`]).
    pub fn commune_max_tokens(&self) -> usize {
        self.commune_tokens
    }

    /// Number of distinct folded patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The automaton of the folded patterns (cheap to clone: shared).
    pub fn automaton(&self) -> &AhoCorasick {
        &self.automaton
    }

    /// Every pattern occurrence of the folded `text` on word boundaries,
    /// mapped back to `text`, before the case check.
    pub fn occurrences(&self, text: &str) -> Occurrences {
        let folded = fold(text);
        let f = folded.text.as_str();
        let mut found = Vec::new();
        for m in self.automaton.find_overlapping_iter(f) {
            let before = f[..m.start()].chars().next_back();
            let after = f[m.end()..].chars().next();
            if is_word_char(before) || is_word_char(after) {
                continue;
            }
            let span = Span::new(folded.source(m.start()), folded.source(m.end()));
            found.push((m.pattern().as_usize(), span));
        }
        Occurrences { found }
    }

    /// Every pattern occurrence of `text`, case-checked, on word
    /// boundaries, without overlaps (leftmost, then longest).
    pub fn find<'m>(&'m self, text: &str) -> Vec<Hit<'m>> {
        self.find_in(text, &self.occurrences(text))
    }

    /// [`EntityMatcher::find`] from the occurrences of `text`
    /// ([`EntityMatcher::occurrences`]).
    pub fn find_in<'m>(&'m self, text: &str, occurrences: &Occurrences) -> Vec<Hit<'m>> {
        let mut all: Vec<Hit<'m>> = Vec::new();
        for &(pattern, span) in &occurrences.found {
            let Some(surface) = text.get(span.start..span.end) else {
                continue;
            };
            let spelt = &self.patterns[pattern];
            // an entry's accents are those of its accented spelling, when
            // it also has a plain one (`Avdiïvka`, also `Avdiivka`)
            let accents_of = |c: &'m Candidate| {
                spelt
                    .iter()
                    .find(|o| o.target == c.target && o.written.chars().any(has_diacritic))
                    .unwrap_or(c)
            };
            let candidates: Vec<&Candidate> = spelt
                .iter()
                .filter(|c| {
                    case_ok(&c.written, surface) && accents_ok(&accents_of(c).written, surface)
                })
                .collect();
            if !candidates.is_empty() {
                all.push(Hit { span, candidates });
            }
        }
        // names and role descriptions are settled apart, so that the name
        // inside a description (`porte-parole du Kremlin`) is still found
        let is_role =
            |c: &&Candidate| matches!(c.target, Target::Role { .. } | Target::OwnRole { .. });
        let mut names = Vec::new();
        let mut roles = Vec::new();
        for h in all {
            let (r, n): (Vec<&Candidate>, Vec<&Candidate>) =
                h.candidates.into_iter().partition(|c| is_role(c));
            if !n.is_empty() {
                names.push(Hit {
                    span: h.span,
                    candidates: n,
                });
            }
            if !r.is_empty() {
                roles.push(Hit {
                    span: h.span,
                    candidates: r,
                });
            }
        }
        let mut out = leftmost_longest(names);
        out.extend(leftmost_longest(roles));
        out.sort_by_key(|h| h.span);
        out
    }
}

fn leftmost_longest(mut all: Vec<Hit<'_>>) -> Vec<Hit<'_>> {
    all.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    let mut out = Vec::new();
    let mut end = 0;
    for h in all {
        if h.span.start >= end {
            end = h.span.end;
            out.push(h);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> EntityMatcher {
        EntityMatcher::new(Gazetteer::builtin().unwrap())
    }

    fn names(m: &EntityMatcher, text: &str) -> Vec<String> {
        m.find(text)
            .iter()
            .map(|h| text[h.span.start..h.span.end].to_string())
            .collect()
    }

    #[test]
    fn korean_names_get_a_joined_variant() {
        let g = Gazetteer::builtin().unwrap();
        let v = generated_variants(g.get("kim-jong-un").unwrap(), &EntityRules::builtin());
        assert!(v.contains(&"Kim Jongun".to_string()), "{v:?}");
        let v = generated_variants(g.get("vladimir-poutine").unwrap(), &EntityRules::builtin());
        assert!(v.is_empty());
    }

    #[test]
    fn spelling_variants_match() {
        let m = matcher();
        for text in [
            "Kim Jong Un",
            "Kim Jong-Un",
            "KIM JONG-UN",
            "Kim Jongun",
            "Choe Son-hui",
            "Choe Son Hui",
            "Etats-Unis",
            "Maison Blanche",
            "Vostotchny",
            "Khassan",
            "kraï du Primorie",
        ] {
            assert_eq!(names(&m, text), [text], "{text}");
        }
    }

    #[test]
    fn case_decides_proper_nouns_and_acronyms() {
        let m = matcher();
        assert!(names(&m, "une étoffe de chine").is_empty());
        assert_eq!(names(&m, "la Chine"), ["Chine"]);
        assert!(names(&m, "un ap de trop, une ue").is_empty());
        assert_eq!(names(&m, "selon AP et l'UE"), ["AP", "UE"]);
        // a name starting with its article needs its noun's capital too
        assert!(names(&m, "La réunion a eu lieu hier.").is_empty());
        assert_eq!(names(&m, "La Réunion est une île."), ["La Réunion"]);
    }

    #[test]
    fn longest_match_wins_and_boundaries_hold() {
        let m = matcher();
        assert_eq!(names(&m, "le New York Times"), ["New York Times"]);
        assert!(names(&m, "Poutinesque").is_empty());
        assert_eq!(names(&m, "la rencontre Kim-Poutine"), ["Kim", "Poutine"]);
    }

    #[test]
    fn amour_is_only_the_region() {
        let m = matcher();
        assert!(names(&m, "Un amour fou. Amour et guerre").is_empty());
        assert_eq!(
            names(&m, "dans la région russe de l'Amour"),
            ["région russe de l'Amour"]
        );
    }
}
