//! One scan that tells which documents cannot be part of the story
//! (issue 18, item 2: look only where something can be).
//!
//! A document is part of the story when its entity mentions name actors of
//! `min_parties` parties ([`Story::is_about_in`]). Every such mention comes
//! from one of two places, and this scan looks for both:
//!
//! - a pattern of the gazetteer automaton ([`EntityMatcher`]): a name, an
//!   alias, a generated spelling, a description with its demonym, a short
//!   name settled by context, or a role description resolved to whoever
//!   holds the role. The same patterns are compiled here (only those that
//!   can stand for a party's actor), folded the same way and matched on the
//!   same word boundaries, without the case check (which only removes
//!   matches). A role description counts for every party of any person who
//!   ever held the role, whatever the date.
//! - a name found by the entity rules whose slug happens to be a gazetteer
//!   id (`Kim Jong Un` → `kim-jong-un`). A slug keeps the ASCII letters and
//!   digits of the name's decomposition, so the id without its hyphens is a
//!   substring of the text reduced the same way ([`squeeze`]). The rules'
//!   names are whole words (runs of letters and digits), so the substring
//!   starts after, and ends before, a character the reduction drops (or an
//!   end of the text): `perm` (Perm) is not looked for inside `permis`.
//!
//! The analysis also counts a party whose nationality adjective the text
//! uses enough when another party is named ([`Story::is_about_in`]); the
//! scan counts those adjectives on the same text, apart from the parties
//! it finds, so its answer still holds every document the analysis keeps.
//!
//! Coreference and context only give a mention the id of another mention or
//! of one of its patterns' entries, so they add no party. Hence a document
//! where this scan finds fewer than `min_parties` parties is one the full
//! analysis also finds off topic (`tests/prefilter.rs` checks it on every
//! text of the repository and on generated ones).
//!
//! The scan also says whether any role description occurs: only those need
//! the dates of the text to find an entity (`le président russe` is whoever
//! held the role on the sentence's date).

use super::{AdjectiveUses, Story};
use crate::entities::EntityMatcher;
use crate::entities::describe;
use crate::entities::fold::{fold, fold_str};
use crate::entities::matcher::Occurrences;
use crate::entities::matcher::generated_variants;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{BTreeMap, HashMap};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The flag of a pattern that is a role description (needs the dates).
const ROLE: u64 = 1 << 63;
/// The flag of a pattern that names parties only with a country named
/// ([`StoryScan::name_deferred`]).
const DEFERRED: u64 = 1 << 62;
/// Stories with more parties than bits left are not prefiltered.
const MAX_PARTIES: usize = 62;
/// Countries whose naming a generic role description waits for (one bit
/// each); with more, generic descriptions count whatever the text names.
const MAX_COUNTRIES: usize = 64;

/// The story's ways of naming its actors, compiled once per run.
pub struct StoryScan {
    /// The gazetteer automaton ([`EntityMatcher::automaton`], shared):
    /// its occurrences in a text are the entity matcher's too
    /// ([`StoryScan::scan_in`]).
    names: AhoCorasick,
    /// Per pattern of `names`: the parties it can name (bit per party),
    /// [`ROLE`] and [`DEFERRED`]; 0 for the patterns that name no party's
    /// actor and are no role description.
    name_marks: Vec<u64>,
    /// Per pattern of `names`: the countries (bit per country of
    /// [`Marks::evidence`]) of the entries it names.
    name_evidence: Vec<u64>,
    /// The patterns of `names` marked [`DEFERRED`]: generic role
    /// descriptions (`chef de l'État`), which name a holder only when the
    /// role's country is named in the sentence ([`crate::entities`]'s
    /// roles): per country bit, the parties of anyone who ever held a
    /// role of that country the pattern describes.
    name_deferred: HashMap<usize, Vec<(u32, u64)>>,
    /// Ids of the parties' actors and of the entries of the countries of
    /// `name_deferred`, squeezed ([`squeeze`]).
    slugs: AhoCorasick,
    /// Per pattern of `slugs`: the party bit of its id (0 for none).
    slug_marks: Vec<u64>,
    /// Per pattern of `slugs`: the country bit of its id (0 for none).
    slug_evidence: Vec<u64>,
    min_parties: usize,
    /// The story's nationality adjectives ([`Found::adjectives`]).
    adjective_uses: AdjectiveUses,
}

/// What the scan found in one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Number of parties some of whose actors may be named.
    pub parties: usize,
    /// True when a role description occurs: finding entities then needs the
    /// text's dates.
    pub roles: bool,
    /// Number of parties whose nationality adjectives the text uses enough
    /// ([`Story::is_about_in`]); only counted when `parties` alone is short
    /// of `min_parties` but not zero.
    pub adjectives: usize,
}

impl StoryScan {
    /// Compile the patterns of `story` against the gazetteer and rules of
    /// `matcher`. `None` when the story has too many parties for the scan
    /// (every document then gets the full analysis).
    pub fn new(story: &Story, matcher: &EntityMatcher) -> Option<StoryScan> {
        if story.parties.len() > MAX_PARTIES {
            return None;
        }
        let (marks, countries) = pattern_marks(story, matcher);
        // every key is a pattern of the gazetteer automaton, which has the
        // same keys and more: its id there (`None` would leave the
        // document to the full analysis)
        let automaton = matcher.automaton();
        let mut name_marks = vec![0u64; automaton.patterns_len()];
        let mut name_evidence = vec![0u64; automaton.patterns_len()];
        let mut name_deferred = HashMap::new();
        for (key, mark) in marks {
            let id = automaton
                .find_overlapping_iter(key.as_str())
                .find(|m| m.start() == 0 && m.end() == key.len())?
                .pattern()
                .as_usize();
            name_marks[id] = mark.always;
            name_evidence[id] = mark.evidence;
            if !mark.deferred.is_empty() {
                name_marks[id] |= DEFERRED;
                name_deferred.insert(id, mark.deferred);
            }
        }
        // squeezed id → party and country bits
        let mut slugs: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for (id, &party) in &story.members {
            slugs.entry(squeeze(id)).or_default().0 |= 1u64 << party;
        }
        for e in matcher.gazetteer().entries.values() {
            if let Some(bit) = country_bit(&countries, e.country.as_deref()) {
                slugs.entry(squeeze(&e.id)).or_default().1 |= bit;
            }
        }
        slugs.remove("");
        let slugs: Vec<(String, (u64, u64))> = slugs.into_iter().collect();
        let build = |patterns: &[(String, (u64, u64))]| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(patterns.iter().map(|(p, _)| p.as_str()))
                .ok()
        };
        Some(StoryScan {
            names: automaton.clone(),
            name_marks,
            name_evidence,
            name_deferred,
            slugs: build(&slugs)?,
            slug_marks: slugs.iter().map(|(_, m)| m.0).collect(),
            slug_evidence: slugs.iter().map(|(_, m)| m.1).collect(),
            min_parties: story.min_parties,
            adjective_uses: story.adjective_uses().clone(),
        })
    }

    /// Scan a normalized text (the one entities are found in).
    pub fn scan(&self, text: &str) -> Found {
        let mut marked = Marked::default();
        let folded = fold(text);
        let f = folded.text.as_str();
        for m in self.names.find_overlapping_iter(f) {
            let before = f[..m.start()].chars().next_back();
            let after = f[m.end()..].chars().next();
            if is_word_char(before) || is_word_char(after) {
                continue;
            }
            self.mark_name(&mut marked, m.pattern().as_usize());
        }
        self.with_slugs(text, marked)
    }

    /// [`StoryScan::scan`] from the gazetteer's occurrences in `text`
    /// ([`EntityMatcher::occurrences`] of the matcher the scan was built
    /// from), which finding the entities reads too.
    pub fn scan_in(&self, text: &str, occurrences: &Occurrences) -> Found {
        let mut marked = Marked::default();
        for p in occurrences.patterns() {
            self.mark_name(&mut marked, p);
        }
        self.with_slugs(text, marked)
    }

    /// Add what pattern `p` of the gazetteer automaton marks.
    fn mark_name(&self, marked: &mut Marked, p: usize) {
        let mark = self.name_marks[p];
        marked.mark |= mark;
        marked.evidence |= self.name_evidence[p];
        if mark & DEFERRED != 0
            && let Some(deferred) = self.name_deferred.get(&p)
        {
            for &(country, parties) in deferred {
                marked.deferred[country as usize] |= parties;
            }
        }
    }

    /// The scan's result from the marks of the names found in `text`, and
    /// its search for the ids of the parties' actors and of the countries'
    /// entries.
    fn with_slugs(&self, text: &str, marked: Marked) -> Found {
        let Marked {
            mut mark,
            mut evidence,
            deferred,
        } = marked;
        let (squeezed, edges) = squeeze_with_edges(text);
        for m in self.slugs.find_overlapping_iter(&squeezed) {
            if edges[m.start()] & START != 0 && edges[m.end() - 1] & END != 0 {
                mark |= self.slug_marks[m.pattern().as_usize()];
                evidence |= self.slug_evidence[m.pattern().as_usize()];
            }
        }
        // a generic role description names the parties of its country's
        // holders only when an entry of that country is named
        if mark & DEFERRED != 0 {
            for (country, parties) in deferred.iter().enumerate() {
                if evidence & (1u64 << country) != 0 {
                    mark |= parties;
                }
            }
        }
        let parties = (mark & !(ROLE | DEFERRED)).count_ones() as usize;
        // the analysis counts adjectives only to complete named parties:
        // counting them apart keeps the scan's answer a superset of it
        let adjectives = if parties > 0 && parties < self.min_parties {
            self.adjective_uses.parties(text).count_ones() as usize
        } else {
            0
        };
        Found {
            parties,
            roles: mark & ROLE != 0,
            adjectives,
        }
    }

    /// True when the full analysis may find the document part of the story:
    /// enough parties named, or some named and the rest used as adjectives.
    pub fn may_be_about(&self, found: Found) -> bool {
        found.parties >= self.min_parties
            || (found.parties > 0 && found.parties + found.adjectives >= self.min_parties)
    }
}

/// What a text marks: parties, [`ROLE`] and [`DEFERRED`], the countries
/// of the entries it names, and per country the parties its generic role
/// descriptions name if that country is named.
struct Marked {
    mark: u64,
    evidence: u64,
    deferred: [u64; MAX_COUNTRIES],
}

impl Default for Marked {
    fn default() -> Marked {
        Marked {
            mark: 0,
            evidence: 0,
            deferred: [0; MAX_COUNTRIES],
        }
    }
}

/// What one folded pattern marks ([`pattern_marks`]).
#[derive(Debug, Clone, Default, PartialEq)]
struct Marks {
    /// The parties it can name (bit per party), and [`ROLE`].
    always: u64,
    /// The countries it names an entry of (bit per country of the list
    /// [`pattern_marks`] returns).
    evidence: u64,
    /// Per country bit index: the parties it names when that country is
    /// named (a generic role description).
    deferred: Vec<(u32, u64)>,
}

/// The bit of `country` in `countries`, if it is there.
fn country_bit(countries: &[String], country: Option<&str>) -> Option<u64> {
    let i = countries.iter().position(|c| Some(c.as_str()) == country)?;
    Some(1u64 << i)
}

/// The folded patterns of the gazetteer automaton that can name a party's
/// actor, are role descriptions or name an entry of a country a generic
/// role description waits for, with what they mark; and the list of those
/// countries (bit `i` is `countries[i]`).
///
/// A generic role description (`chef de l'État`) names the holder of a
/// role of its country only when the sentence names an entry of that
/// country ([`crate::entities`]'s roles): its parties are deferred to that
/// country, whose entries are named by their patterns or their ids (the
/// rules' names). With more countries than bits, they count at once.
fn pattern_marks(story: &Story, matcher: &EntityMatcher) -> (HashMap<String, Marks>, Vec<String>) {
    let g = matcher.gazetteer();
    let rules = &matcher.rules;
    let bit = |id: &str| story.party_of(id).map_or(0, |p| 1u64 << p);
    // parties of anyone who ever held each role
    let mut role_parties: HashMap<&str, u64> = HashMap::new();
    for e in g.entries.values() {
        for r in &e.roles {
            if let Some(role) = r.role.as_deref() {
                *role_parties.entry(role).or_default() |= bit(&e.id);
            }
        }
    }
    let parties_of =
        |def: &crate::gazetteer::RoleDef| role_parties.get(def.id.as_str()).copied().unwrap_or(0);
    // the countries of the generic descriptions that can name a party's actor
    let mut countries: Vec<String> = g
        .roles
        .values()
        .filter(|def| !def.generic_patterns.is_empty() && parties_of(def) != 0)
        .filter_map(|def| def.country.clone())
        .collect();
    countries.sort();
    countries.dedup();
    let deferring = countries.len() <= MAX_COUNTRIES;
    if !deferring {
        countries.clear();
    }
    let mut marks: HashMap<String, Marks> = HashMap::new();
    let mut add = |written: &str, always: u64, evidence: u64, deferred: Option<(u32, u64)>| {
        let key = fold_str(written);
        if (always == 0 && evidence == 0 && deferred.is_none()) || key.is_empty() {
            return;
        }
        let m = marks.entry(key).or_default();
        m.always |= always;
        m.evidence |= evidence;
        if let Some((country, parties)) = deferred {
            match m.deferred.iter_mut().find(|(c, _)| *c == country) {
                Some((_, p)) => *p |= parties,
                None => m.deferred.push((country, parties)),
            }
        }
    };
    for e in g.entries.values() {
        let party = bit(&e.id);
        let evidence = country_bit(&countries, e.country.as_deref()).unwrap_or(0);
        for name in e.names() {
            add(name, party, evidence, None);
        }
        for v in generated_variants(e, rules) {
            add(&v, party, evidence, None);
        }
        for d in &e.descriptions {
            for v in describe::variants(d, &rules.demonyms) {
                add(&v, party, evidence, None);
            }
        }
        for s in &e.short_aliases {
            add(s, party, evidence, None);
        }
        for r in &e.roles {
            for p in &r.patterns {
                add(p, party | ROLE, 0, None);
            }
        }
    }
    for def in g.roles.values() {
        let parties = parties_of(def);
        for p in &def.patterns {
            add(p, parties | ROLE, 0, None);
        }
        // with no country, or none of the list, it never names anyone
        let country = countries
            .iter()
            .position(|c| Some(c) == def.country.as_ref());
        for p in &def.generic_patterns {
            match country {
                Some(i) if parties != 0 => add(p, ROLE, 0, Some((i as u32, parties))),
                _ if !deferring => add(p, parties | ROLE, 0, None),
                _ => add(p, ROLE, 0, None),
            }
        }
    }
    (marks, countries)
}

/// The word boundary of the gazetteer automaton.
fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// The ASCII letters and digits of a text's canonical decomposition,
/// lowercased, `œ` and `æ` spelt out: a slug ([`crate::gazetteer::slugify`])
/// without its hyphens. Character by character, so the squeeze of a part of
/// a text is a substring of the squeeze of the text.
pub fn squeeze(text: &str) -> String {
    squeeze_with_edges(text).0
}

/// Flag of a squeezed byte whose character follows one the squeeze drops
/// (or starts the text).
const START: u8 = 1;
/// Flag of a squeezed byte whose character precedes one the squeeze drops
/// (or ends the text).
const END: u8 = 2;

/// [`squeeze`], and per byte of it the [`START`] and [`END`] flags.
fn squeeze_with_edges(text: &str) -> (String, Vec<u8>) {
    let mut out = String::with_capacity(text.len());
    let mut edges: Vec<u8> = Vec::with_capacity(text.len());
    let mut dropped_before = true;
    for c in text.chars() {
        let before = out.len();
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else {
            match c {
                'œ' | 'Œ' => out.push_str("oe"),
                'æ' | 'Æ' => out.push_str("ae"),
                _ => decompose_canonical(c, |d| {
                    if !is_combining_mark(d) && d.is_ascii_alphanumeric() {
                        out.push(d.to_ascii_lowercase());
                    }
                }),
            }
        }
        if out.len() == before {
            if !dropped_before && let Some(last) = edges.last_mut() {
                *last |= END;
            }
            dropped_before = true;
            continue;
        }
        edges.resize(out.len(), 0);
        if dropped_before {
            edges[before] |= START;
        }
        dropped_before = false;
    }
    if let Some(last) = edges.last_mut() {
        *last |= END;
    }
    (out, edges)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, slugify};

    #[test]
    fn a_squeezed_slug_is_the_squeeze_of_its_name() {
        // names of every script and mark the gazetteer meets, written here
        let names = [
            "Kim Jong-un",
            "KIM JONG UN",
            "Sergueï Choïgou",
            "Œuvre d'Æsop",
            "Łukaszenko",
            "Großmann",
            "e\u{301}te\u{301}",
            "Ri Son-gwon (RPDC)",
        ];
        for name in names {
            assert_eq!(squeeze(&slugify(name)), squeeze(name), "{name}");
            assert_eq!(slugify(name).replace('-', ""), squeeze(name), "{name}");
        }
    }

    #[test]
    fn the_edges_of_the_squeeze_are_where_dropped_characters_are() {
        let (s, edges) = squeeze_with_edges("l'Œuvre, Kim\u{301}-un x");
        assert_eq!(s, "loeuvrekimunx");
        let flagged = |flag: u8| -> String {
            s.chars()
                .zip(&edges)
                .map(|(c, e)| if e & flag != 0 { c } else { '.' })
                .collect()
        };
        assert_eq!(flagged(START), "lo.....k..u.x");
        assert_eq!(flagged(END), "l.....e..m.nx");
    }

    #[test]
    fn the_builtin_story_finds_its_parties_and_the_roles() {
        let g = Gazetteer::builtin().unwrap();
        let story = Story::builtin(&g).unwrap();
        let matcher = EntityMatcher::new(g);
        let scan = StoryScan::new(&story, &matcher).unwrap();
        let both = scan.scan("Vladimir Poutine a reçu Kim Jong-un à Vladivostok.");
        assert_eq!(both.parties, 2);
        assert!(scan.may_be_about(both));
        let one = scan.scan("Le Kremlin a démenti, a indiqué Moscou.");
        assert_eq!(one.parties, 1);
        assert!(!scan.may_be_about(one));
        let none = scan.scan("Le PSG a battu Le Havre 3-1 samedi au stade Océane.");
        assert_eq!(none.parties, 0);
        assert!(!none.roles);
        // ids are looked for as whole words of the reduced text: `Oufa` and
        // `Anju` (cities of each party) are not in `où faire` or `an jusqu'ici`
        assert_eq!(story.party_of("oufa"), Some(0));
        assert_eq!(story.party_of("anju"), Some(1));
        let inside = scan.scan("Il ne savait où faire étape depuis un an jusqu'ici.");
        assert_eq!(inside.parties, 0, "{inside:?}");
        let whole = scan.scan("OUFA et ANJU.");
        assert_eq!(whole.parties, 2, "{whole:?}");
    }

    /// A generic role description (`chef de l'État`, `ministre des Affaires
    /// étrangères`) counts for the parties of its roles' holders only when
    /// the text names an entry of the role's country: by a name of the
    /// gazetteer (a news agency of the country, which is no party's actor,
    /// included) or by the id a rule's name would get. Without, it names no
    /// one (the entities' roles) and counts for nothing.
    #[test]
    fn a_generic_role_description_waits_for_its_country() {
        let g = Gazetteer::builtin().unwrap();
        let story = Story::builtin(&g).unwrap();
        let matcher = EntityMatcher::new(g);
        let scan = StoryScan::new(&story, &matcher).unwrap();
        let generic = [
            "chef de l'État",
            "Chef de l'Etat",
            "ministre des Affaires étrangères",
            "ministre de la Défense",
            "chef de la diplomatie",
        ];
        for role in generic {
            let alone = scan.scan(&format!("Le {role} a salué l'accord signé à Lyon."));
            assert_eq!(alone.parties, 0, "{role}: {alone:?}");
            assert!(alone.roles, "{role}");
            let with_person = scan.scan(&format!("Le {role} a reçu Kim Jong-un à Lyon."));
            assert_eq!(with_person.parties, 1, "{role}: {with_person:?}");
            assert!(!scan.may_be_about(with_person), "{role}");
            // an agency of one country, its name or its id: that country's holder
            for agency in ["TASS", "l'agence Tass", "Itar-Tass"] {
                let named = scan.scan(&format!("Selon {agency}, le {role} a reçu Kim Jong-un."));
                assert_eq!(named.parties, 2, "{role}, {agency}: {named:?}");
                assert!(scan.may_be_about(named), "{role}, {agency}");
            }
        }
        // a role of one country: its generic description never waits
        let specific = scan.scan("Le président russe a salué l'accord signé à Lyon.");
        assert_eq!(specific.parties, 1, "{specific:?}");
    }

    /// Every `.txt` under `dir`, recursively.
    fn texts_under(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                texts_under(&path, out);
            } else if path.extension().is_some_and(|x| x == "txt")
                && let Ok(t) = std::fs::read_to_string(&path)
            {
                out.push(t);
            }
        }
    }

    /// The scan from the entity matcher's occurrences ([`StoryScan::scan_in`],
    /// what the pipeline runs) and from its own search ([`StoryScan::scan`])
    /// give what the scan's own automaton of the patterns that name a
    /// party's actor gave (its reference, as it was before it shared the
    /// matcher's search): on every text of corpus/ and tests/fixtures, whole
    /// and normalized, and on 20 000 texts generated from the patterns.
    #[test]
    fn the_shared_search_scans_as_the_scan_s_own_automaton() {
        let g = Gazetteer::builtin().unwrap();
        let story = Story::builtin(&g).unwrap();
        let matcher = EntityMatcher::new(g);
        let scan = StoryScan::new(&story, &matcher).unwrap();
        let mut keys: Vec<(String, Marks)> =
            pattern_marks(&story, &matcher).0.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let own = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(keys.iter().map(|(k, _)| k.as_str()))
            .unwrap();
        let reference = |text: &str| -> Found {
            let folded = fold(text);
            let f = folded.text.as_str();
            let mut marked = Marked::default();
            for m in own.find_overlapping_iter(f) {
                let before = f[..m.start()].chars().next_back();
                let after = f[m.end()..].chars().next();
                if !is_word_char(before) && !is_word_char(after) {
                    let marks = &keys[m.pattern().as_usize()].1;
                    marked.mark |= marks.always;
                    marked.evidence |= marks.evidence;
                    for &(country, parties) in &marks.deferred {
                        marked.mark |= DEFERRED;
                        marked.deferred[country as usize] |= parties;
                    }
                }
            }
            scan.with_slugs(text, marked)
        };
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        texts_under(&root.join("corpus"), &mut texts);
        texts_under(&root.join("tests/fixtures"), &mut texts);
        assert!(texts.len() > 20, "{}", texts.len());
        let normalized: Vec<String> = texts
            .iter()
            .map(|t| crate::text::normalize(t).normalized)
            .collect();
        texts.extend(normalized);
        // generated: patterns as folded, capitalised and uppercased, glued
        // or apart, among words, punctuation and letters
        let filler = [
            " ", " ", "", "-", "'", "’", ", ", ". ", "\n", "le ", "l'", "de ", "a ", "é", "x",
            "2024", "(", ")",
        ];
        let mut next = crate::test_data::xorshift(0x2545_f491_4f6c_dd1du64);
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..(next() % 6) {
                let k = &keys[(next() % keys.len() as u64) as usize].0;
                match next() % 3 {
                    0 => t.push_str(k),
                    1 => t.push_str(&k.to_uppercase()),
                    _ => {
                        let mut c = k.chars();
                        t.extend(c.next().into_iter().flat_map(char::to_uppercase));
                        t.extend(c);
                    }
                }
                t.push_str(filler[(next() % filler.len() as u64) as usize]);
            }
            texts.push(t);
        }
        let (mut about, mut roles) = (0, 0);
        for t in &texts {
            let expected = reference(t);
            assert_eq!(scan.scan_in(t, &matcher.occurrences(t)), expected, "{t:?}");
            assert_eq!(scan.scan(t), expected, "{t:?}");
            about += usize::from(scan.may_be_about(expected));
            roles += usize::from(expected.roles);
        }
        // both answers are met, many times
        assert!(about > 1000 && texts.len() - about > 1000, "{about}");
        assert!(roles > 1000 && texts.len() - roles > 1000, "{roles}");
    }
}
