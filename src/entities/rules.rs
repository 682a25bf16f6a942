//! Names no list foresaw, found by how French news writes them:
//!
//! - `title-before-name`: a title or function, its description, then a name
//!   (`le ministre russe des Ressources naturelles et de l'Environnement,
//!   Alexandre Kozlov`); a plural title lists names (`les maréchaux
//!   Ri Pyong-chol et Pak Jong-chon`);
//! - `name-before-title`: a name, a comma, then a title (`Kurt Campbell, le
//!   secrétaire d'État adjoint américain`);
//! - `honorific`: `M. X`, `Mme X`;
//! - `org-head`: `l'agence de presse X`, `la chaîne de télévision X`,
//!   `le journal X`, `le site X`; `org-apposition`: `X, un site Internet`,
//!   `X, premier constructeur automobile du pays`;
//! - `photo-credit`: the agency after the slash of `PHOTO NAME/AFP`, or
//!   the outlet before it when a photographer follows it (`Photo Le
//!   DL/Romain Gassend`, the photographer an author);
//! - `match-sheet`: the surnames in capitals of a match sheet's lines
//!   (`Essais : DORIS (12e), LOWE (55e)`, `Arbitre : Angus GARDNER`);
//! - `line-up`: the players of a team's line-up (`PSG : Donnarumma –
//!   Hakimi, Marquinhos, Pacho`), a known club or city, a colon, then six
//!   names or more between commas and dashes;
//! - `byline`: the names of a byline or credit (`Par X – Publié le…`,
//!   `Photo : X / AFP`), persons with the role `author`, never actors;
//! - `first-name`, `name-shape-korean`, `name-shape-slavic`: a name known
//!   by its shape (`Claire Dumas`, `Kim Min-jae`, `Matveï Safonov`);
//! - `org-name-head`: `Radio France`, `Real Madrid`, `Olympique de
//!   Marseille` (a place inside the name is not reported); `place-head`:
//!   `la place Tiananmen`;
//! - `org-acronym`: a capitalised head, then words up to an acronym in
//!   brackets (`le Festival du film coréen à Paris (FFCP)`);
//! - `road`: a numbered road (`la RN 85`, `l'A480`), and `road-ends` the
//!   places of `entre X et Y` after it in its sentence;
//! - `team`: `l'équipe de France` (a country's team, not the country);
//!   `head-complement`: `le ministère de l'Intérieur`; `seat-body`: a
//!   court or local body by its head and its seat (`le tribunal
//!   judiciaire de Rennes`: one organisation, no place `Rennes` inside).
//!
//! A name overlapping a gazetteer name is dropped: the gazetteer knows it.
//! Ids are slugs of the names; confidence is below 1.

use super::coref::surname_keys;
use super::fold::{FoldedWords, fold_word};
use super::ruleset::{Phrases, Set, WordBits};
use super::tokens::Token;
use super::{Doc, EntityMatcher};
use crate::gazetteer::slugify;
use crate::model::{EntityMention, EntityType, FoundBy, MentionRole, Span};
use std::collections::{BTreeMap, HashMap, HashSet};

mod institutions;

struct Ctx<'a> {
    s: &'a str,
    tokens: &'a [Token<'a>],
    low: FoldedWords,
    /// For each token, what one look-up of its folded word tells
    /// ([`EntityRules::bits`](super::ruleset::EntityRules::bits)): the
    /// phrase lists with a phrase starting with it ([`Phrases::may_start`])
    /// and the word sets holding it.
    low_bits: Vec<WordBits>,
    /// For each token, the word sets holding its word as written.
    text_bits: Vec<WordBits>,
    /// Token inside a gazetteer name (or an ignored phrase).
    covered: Vec<bool>,
    /// Token inside a person's name already known.
    person: Vec<bool>,
    /// Names the gazetteer found, with their types.
    named: &'a [EntityMention],
    /// The indices of `named` in the order of their starts: the names at a
    /// token are found by a binary search, not by a scan of every name
    /// (once per token, that is quadratic on a long page).
    named_by_start: Vec<usize>,
    matcher: &'a EntityMatcher,
}

fn flags(tokens: &[Token<'_>], spans: &[Span]) -> Vec<bool> {
    let mut spans = spans.to_vec();
    spans.sort();
    let mut out = Vec::with_capacity(tokens.len());
    let mut k = 0;
    for t in tokens {
        while k < spans.len() && spans[k].end <= t.span.start {
            k += 1;
        }
        // spans are few and short: look at the next ones that may overlap
        let hit = spans[k..]
            .iter()
            .take_while(|s| s.start < t.span.end)
            .any(|s| s.overlaps(t.span));
        out.push(hit);
    }
    out
}

impl<'a> Ctx<'a> {
    fn n(&self) -> usize {
        self.tokens.len()
    }

    /// True when `set` holds the folded word of token `i` (false past the
    /// last token).
    fn low_in(&self, i: usize, set: Set) -> bool {
        self.low_bits.get(i).is_some_and(|b| b.is_in(set))
    }

    /// True when `set` holds the word of token `i` as written (false past
    /// the last token).
    fn text_in(&self, i: usize, set: Set) -> bool {
        self.text_bits.get(i).is_some_and(|b| b.is_in(set))
    }

    /// True for a free word written in lowercase that is one of `heads`
    /// (`ministère`, `région`): the head of a description, not a name.
    /// Any `i`, past the last token too (then false): rules look ahead.
    fn lowercase_head(&self, i: usize, heads: Set) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        self.low_in(i, heads)
            && token.text.chars().next().is_some_and(char::is_lowercase)
            && !self.covered.get(i).copied().unwrap_or(true)
    }

    fn name_word(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        t.is_word()
            && !self.covered[i]
            && t.is_capitalized()
            && t.text.chars().count() >= 2
            // the apostrophe inside a word is a Breton `c'h` (`Le Gac'h`)
            && t.text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !t.text.ends_with('\'')
            && !self.text_in(i, Set::NotNameWords)
    }

    fn org_word(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        t.is_word()
            && !self.covered[i]
            && (t.is_capitalized() || t.is_acronym())
            && !t.text.ends_with('\'')
            && !self.text_in(i, Set::NotNameWords)
    }

    /// A person's name starting at `i`: 2 to 4 capitalised words (initials
    /// and particles inside allowed); returns the token after it.
    fn name_at(&self, i: usize, min: usize) -> Option<usize> {
        if !self.name_word(i) {
            return None;
        }
        // a plain word opening a sentence, then a particle, is a common
        // noun before a name (`Mort de Lucienne Ferracci`), unless it is a
        // first name (`Charles de Gaulle`)
        if self.tokens.get(i + 1).is_some_and(|t| t.is_word())
            && self.low_in(i + 1, Set::Particles)
            && self.lone_opener(i, i + 1)
            && !self.low_in(i, Set::FirstNames)
        {
            return None;
        }
        let mut j = i + 1;
        let mut count = 1;
        while j < self.n() && count < 4 {
            let t = &self.tokens[j];
            // a name never runs over a line break
            if !t.space_before || self.line_break_before(j) {
                break;
            }
            if self.name_word(j)
                || (!self.covered[j] && (article_joined_name(t.text) || roman_numeral(t.text)))
            {
                count += 1;
                j += 1;
            } else if t.is_word()
                && t.text.chars().count() == 1
                && t.text.chars().all(char::is_uppercase)
                && self.tokens.get(j + 1).is_some_and(|d| d.is("."))
                && self.name_word(j + 2)
            {
                j += 2;
            } else if t.is_word() && self.low_in(j, Set::Particles) && self.name_word(j + 1) {
                j += 1;
            } else if let Some(k) = self.phrase_at(j, &self.matcher.rules.compound_particles)
                && (j + 1..j + k).all(|x| {
                    self.tokens[x].space_before
                        && !self.line_break_before(x)
                        && !self.tokens[x].is_capitalized()
                })
                && !t.is_capitalized()
                && self.name_word(j + k)
            {
                // `van der Hoeven`: two particles, then the surname
                j += k;
            } else {
                break;
            }
        }
        (count >= min).then_some(j)
    }

    /// An organisation's name at `i`: capitalised words or acronyms, an
    /// article first allowed (`Le Monde`); returns the token after it.
    fn org_at(&self, i: usize) -> Option<usize> {
        let mut j = i;
        if matches!(
            self.tokens.get(i).map(|t| t.text),
            Some("Le" | "La" | "Les" | "The")
        ) && self.org_word(i + 1)
        {
            j += 1;
        }
        if !self.org_word(j) {
            return None;
        }
        j += 1;
        while j < self.n() && j - i < 5 && self.tokens[j].space_before && self.org_word(j) {
            j += 1;
        }
        Some(j)
    }

    /// A person's name known by its shape alone, starting at `i`: a first
    /// name of the list then capitalised words (`Claire Dumont`), a Korean
    /// family name then a hyphenated given name (`Kim Min-jae`), or a
    /// capitalised word then a Slavic family name (`Matveï Safonov`).
    fn shape_at(&self, i: usize) -> Option<(usize, &'static str)> {
        let rules = &self.matcher.rules;
        let next = self.tokens.get(i + 1)?;
        // a Korean family name may be a French word too (`Son`, `Ha`): the
        // hyphenated given name after it is evidence enough
        if self.tokens[i].is_capitalized()
            && !self.covered[i]
            && !self.person[i]
            && next.space_before
            && !self.covered[i + 1]
            && self.low_in(i, Set::KoreanFamilyNames)
            && korean_given_name(next.text)
        {
            return Some((i + 2, "rule:name-shape-korean"));
        }
        // the given name written in two words (`Kim Song Nam`, `Choe Son
        // Hui`): two capitalised syllables after the family name, and no
        // further name word after them
        if self.tokens[i].is_capitalized()
            && !self.covered[i]
            && !self.person[i]
            && self.low_in(i, Set::KoreanFamilyNames)
            && (1..=2).all(|k| {
                self.tokens.get(i + k).is_some_and(|t| {
                    t.space_before
                        && !self.covered[i + k]
                        && korean_syllable(t.text)
                        && !self.text_in(i + k, Set::NotNameWords)
                })
            })
            && !self
                .tokens
                .get(i + 3)
                .is_some_and(|t| t.space_before && t.is_capitalized() || t.text == "-")
        {
            return Some((i + 3, "rule:name-shape-korean"));
        }
        if !self.name_word(i) || self.person[i] {
            return None;
        }
        if !next.space_before
            || !(self.name_word(i + 1)
                || self.particle_name(i + 1)
                || article_joined_name(next.text) && !self.covered[i + 1])
        {
            return None;
        }
        // French puts no article before a person's name: after one, a
        // first name starts the name of a body or a thing (`l'Africa Corps`)
        let article = i > 0
            && matches!(
                &self.low[i - 1],
                "le" | "la" | "les" | "l'" | "du" | "des" | "au" | "aux"
            )
            && self.tokens[i - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if self.low_in(i, Set::FirstNames) && !article {
            return self.name_at(i, 2).map(|e| (e, "rule:first-name"));
        }
        let last = &self.low[i + 1];
        let slavic = last.chars().count() >= 5
            && !self.tokens[i + 1].text.contains('-')
            && rules
                .surname_endings
                .iter()
                .any(|e| last.ends_with(e.as_str()));
        (slavic && self.name_word(i + 1)).then_some((i + 2, "rule:name-shape-slavic"))
    }

    /// A particle starting the rest of a name (`Le Pen`, `von der Leyen`).
    fn particle_name(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_word())
            && self.low_in(i, Set::Particles)
            && self.name_word(i + 1)
    }

    /// True when only spaces and tabs separate the token `i` from a line
    /// start (or the text start).
    fn starts_line(&self, i: usize) -> bool {
        let before = &self.s[..self.tokens[i].span.start];
        before
            .chars()
            .rev()
            .find(|c| *c != ' ' && *c != '\t')
            .is_none_or(|c| c == '\n')
    }

    /// True when a line break separates the tokens `i - 1` and `i`.
    fn line_break_before(&self, i: usize) -> bool {
        // past the last token (a name that ends the text) there is no break
        i > 0
            && i < self.tokens.len()
            && self.s[self.tokens[i - 1].span.end..self.tokens[i].span.start].contains('\n')
    }

    /// True for one plain capitalised word opening its sentence (`Hier`,
    /// `Finalement`): any sentence opens on a capital, so it is no name by
    /// itself. A word with inner capitals or an acronym (`AvtoVAZ`, `KBS`)
    /// still is.
    fn lone_opener(&self, from: usize, to: usize) -> bool {
        let t = &self.tokens[from];
        let opens = from == 0
            || self.line_break_before(from)
            || matches!(
                self.tokens[from - 1].text,
                "." | "!" | "?" | ":" | "«" | "\"" | "–" | "—" | "-"
            );
        let plain = t.text.chars().skip(1).all(|c| !c.is_uppercase());
        to == from + 1 && opens && plain
    }

    /// Length in tokens of a phrase of `list` starting at `i`.
    fn phrase_at(&self, i: usize, list: &Phrases) -> Option<usize> {
        let first = self.low.get(i)?;
        if !list.may_start(self.low_bits[i].firsts) {
            return None;
        }
        list.starting_with(first)
            .find(|p| {
                p.iter().enumerate().all(|(k, w)| {
                    self.low.get(i + k) == Some(w.as_str()) && self.tokens[i + k].is_word()
                })
            })
            .map(Vec::len)
    }

    /// A phrase of `list` at `i` written in lowercase (a common noun, `la
    /// cour d'assises`, `l'armée`), on words no entity covers yet: its
    /// length in words.
    fn lowercase_phrase_at(&self, i: usize, list: &Phrases) -> Option<usize> {
        let lowercase = self.tokens[i]
            .text
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        (lowercase && !self.covered[i])
            .then(|| self.phrase_at(i, list))
            .flatten()
    }

    /// After a title and its comma, a one-word place of the gazetteer that
    /// is also a given name, then an unknown family name (`le ministre de
    /// la Défense, Israël Katz`): the person, up to the next comma or full
    /// stop.
    fn place_first_name(&self, k: usize) -> Option<(usize, usize)> {
        let e = self.named_end(k, &[EntityType::Place])?;
        let end = (e == k + 1 && self.tokens.get(e).is_some_and(|t| t.space_before))
            .then(|| self.name_at(e, 1))
            .flatten()?;
        self.tokens
            .get(end)
            .is_some_and(|t| t.is(",") || t.is("."))
            .then_some((k, end))
    }

    /// The token after a gazetteer name of one of `kinds` that starts at
    /// token `k` (`Gaza`, `Corée du Sud`, `Hamas`), on one line.
    /// The names the gazetteer found that start at byte `start`.
    fn named_starting_at(&self, start: usize) -> impl Iterator<Item = &'a EntityMention> + '_ {
        let from = self
            .named_by_start
            .partition_point(|&i| self.named[i].span.start < start);
        self.named_by_start[from..]
            .iter()
            .map(|&i| &self.named[i])
            .take_while(move |m| m.span.start == start)
    }

    /// The token that starts at byte `start`, if one does (tokens are in
    /// text order).
    fn token_starting_at(&self, start: usize) -> Option<usize> {
        let k = self.tokens.partition_point(|t| t.span.start < start);
        (self.tokens.get(k)?.span.start == start).then_some(k)
    }

    /// The token that ends at byte `end`, if one does.
    fn token_ending_at(&self, end: usize) -> Option<usize> {
        let k = self.tokens.partition_point(|t| t.span.end < end);
        (self.tokens.get(k)?.span.end == end).then_some(k)
    }

    fn named_end(&self, k: usize, kinds: &[EntityType]) -> Option<usize> {
        let start = self.tokens.get(k)?.span.start;
        let m = self
            .named_starting_at(start)
            .find(|m| kinds.contains(&m.entity_type))?;
        let e = (k..self.n()).find(|&e| self.tokens[e].span.end >= m.span.end)?;
        (self.tokens[e].span.end == m.span.end && !(k + 1..=e).any(|x| self.line_break_before(x)))
            .then_some(e + 1)
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }
}

pub(crate) fn find<'a>(
    s: &'a str,
    tokens: &'a [Token<'a>],
    _doc: &Doc,
    named: &[EntityMention],
    covered: &[Span],
    matcher: &EntityMatcher,
) -> Vec<EntityMention> {
    let low = FoldedWords::new(tokens.iter().map(|t| t.text));
    // one look-up per token for every word set and phrase list; a word
    // written as it folds needs no second one
    let low_bits: Vec<WordBits> = low.iter().map(|w| matcher.rules.bits(w)).collect();
    let text_bits = tokens
        .iter()
        .zip(low.iter())
        .zip(&low_bits)
        .map(|((t, w), &bits)| {
            if t.text == w {
                bits
            } else {
                matcher.rules.bits(t.text)
            }
        })
        .collect();
    let person_spans: Vec<Span> = named
        .iter()
        .filter(|m| m.entity_type == EntityType::Person)
        .map(|m| m.span)
        .collect();
    let ctx = Ctx {
        s,
        covered: flags(tokens, covered),
        person: flags(tokens, &person_spans),
        low,
        low_bits,
        text_bits,
        tokens,
        named,
        named_by_start: {
            let mut order: Vec<usize> = (0..named.len()).collect();
            order.sort_by_key(|&i| named[i].span.start);
            order
        },
        matcher,
    };
    let known_surnames = surname_keys(named, matcher);
    // where each country named starts, and where its name ends
    let countries: std::collections::HashMap<usize, usize> = named
        .iter()
        .filter(|m| {
            matcher
                .gazetteer()
                .get(&m.entity_id)
                .is_some_and(|e| e.category.as_deref() == Some("country"))
        })
        .map(|m| (m.span.start, m.span.end))
        .collect();
    let rules = &matcher.rules;
    let mut out = Out::default();
    let n = ctx.n();
    // two names joined by `&` (`Procter & Gamble`), before any rule that
    // would take the first word alone (`le groupe Procter`)
    for i in 0..n {
        ampersand_name(&ctx, i, &mut out);
    }
    signature(&ctx, &mut out);
    for i in 0..n {
        // a byline or credit: its names are the article's authors
        if let Some(k) = ctx.phrase_at(i, &rules.byline_markers) {
            byline(&ctx, i, k, false, &mut out);
        }
        // `De notre correspondant X`: `de` opens a byline only before a
        // reporter's function
        if &ctx.low[i] == "de" && ctx.starts_line(i) {
            byline(&ctx, i, 1, true, &mut out);
        }
        // a match sheet's line: `Essais : DORIS (12e), LOWE (55e)`
        if let Some(k) = ctx.phrase_at(i, &rules.match_sheet_labels)
            && ctx.starts_line(i)
        {
            match_sheet(&ctx, i + k, &mut out);
        }
        // a team's line-up: `PSG : Donnarumma – Hakimi, Marquinhos, …`
        if ctx.starts_line(i) {
            line_up(&ctx, i, &mut out);
            // a ranked result, surname in capitals first: `1. POGACAR Tadej (SLO/UAE)`
            ranked_surname_first(&ctx, i, &mut out);
        }
        // a town no list knows, placed by its context: `la commune de X`,
        // `X (Haute-Savoie)`, `à X, en Espagne`
        town_by_context(&ctx, i, &mut out);
        // a numbered road: `la RN 85`, `l'A480`, and `entre X et Y` after it
        road(&ctx, i, &mut out);
        // a nationality or region before a name: `le Slovène Tadej Pogacar`
        if ctx.text_in(i, Set::NationalityNouns)
            && i > 0
            && matches!(&ctx.low[i - 1], "le" | "la" | "l'" | "du" | "au")
            && ctx.tokens.get(i + 1).is_some_and(|t| t.space_before)
            && let Some(e) = ctx.name_at(i + 1, 2)
        {
            out.person(
                &ctx,
                i + 1,
                e,
                "rule:nationality-before-name",
                rules.person_confidence,
            );
        }
        // a name known by its shape
        let starts_name = i == 0 || !ctx.name_word(i - 1) || !ctx.tokens[i].space_before;
        if starts_name && let Some((e, rule)) = ctx.shape_at(i) {
            out.person(&ctx, i, e, rule, rules.shape_confidence);
        }
        // a company after its lowercase nationality: `l'américain GE Aerospace`
        if i > 0
            && matches!(&ctx.low[i - 1], "le" | "l'" | "du" | "au")
            && ctx.tokens[i]
                .text
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && ctx.low_in(i, Set::NationalityAdjectives)
            && !ctx.low[i].ends_with('s')
            && ctx.tokens.get(i + 1).is_some_and(|t| t.space_before)
            && ctx.shape_at(i + 1).is_none()
            && let Some(e) = ctx.org_at(i + 1)
        {
            out.org(&ctx, i + 1, e, "rule:demonym-company");
        }
        // a country's body by its head and nationality: `l'armée israélienne`
        if let Some(k) = ctx
            .lowercase_phrase_at(i, &rules.demonym_body_heads)
            .or_else(|| capitalised_body_head(&ctx, i))
            && ctx.tokens.get(i + k).is_some_and(|t| {
                t.space_before && t.text.chars().next().is_some_and(char::is_lowercase)
            })
            && !ctx.covered[i + k]
            && ctx.low_in(i + k, Set::NationalityAdjectives)
        {
            // a ministry keeps its portfolio after the adjective: `le
            // ministère chinois de la Défense`
            let end = Some(i + k + 1)
                .filter(|_| k == 1 && rules.complement_heads.contains(&ctx.low[i]))
                .and_then(|e| complement_after(&ctx, e))
                .unwrap_or(i + k + 1);
            out.org(&ctx, i, end, "rule:demonym-body");
        }
        // an employer after a trade: `analyste chez Oddo BHF`
        if &ctx.low[i] == "chez"
            && i > 0
            && rules
                .titles
                .starting_with(&ctx.low[i - 1])
                .any(|p| p.len() == 1)
            && ctx.shape_at(i + 1).is_none()
            && let Some(e) = ctx.org_at(i + 1)
        {
            out.org(&ctx, i + 1, e, "rule:employer");
        }
        // a person's affiliation in brackets: `Tadej Pogacar (UAE Team Emirates)`
        if ctx.tokens[i].is("(")
            && i > 0
            && (ctx.person[i - 1]
                || out
                    .ending_at(ctx.tokens[i - 1].span.end)
                    .is_some_and(|m| m.entity_type == EntityType::Person))
            && let Some(e) = affiliation_end(&ctx, i + 1)
        {
            out.org(&ctx, i + 1, e, "rule:affiliation");
        }
        // title (or plural title) before names; a capitalised title word
        // right after a name word is that name's end, a surname (`Arthur
        // Fils affrontera`, `Daniel Prince`), no title
        let plural = ctx.phrase_at(i, &rules.plural_titles);
        let surname = ctx.tokens[i].is_capitalized()
            && ctx.tokens[i].space_before
            && i > 0
            && ctx.name_word(i - 1);
        if !surname && let Some(k) = plural.or_else(|| ctx.phrase_at(i, &rules.titles)) {
            title_before_name(&ctx, i + k, plural.is_some(), &mut out);
        }
        // honorific
        // `Mme`, `Pr`, or an all-capital one before its dot (`M.`, `MM.`)
        let dotted = ctx.tokens[i].is_acronym() && ctx.tokens.get(i + 1).is_some_and(|t| t.is("."));
        if ctx.low_in(i, Set::Honorifics) && (ctx.tokens[i].is_capitalized() || dotted) {
            let k = if ctx.tokens.get(i + 1).is_some_and(|t| t.is(".")) {
                i + 2
            } else {
                i + 1
            };
            if let Some(e) = ctx.name_at(k, 1) {
                let single = e == k + 1;
                // `Mme Quispe` after `Yolanda Quispe`: coreference joins it
                let named_before = single
                    && (known_surnames.contains_key(&ctx.low[k])
                        || out.person_with_last_word_before(&ctx.low[k], ctx.tokens[k].span.start));
                if !named_before {
                    let conf = if single {
                        rules.honorific_confidence
                    } else {
                        rules.person_confidence
                    };
                    out.person(&ctx, k, e, "rule:honorific", conf);
                }
            }
        }
        // name, comma, title
        let starts_here = i == 0 || !ctx.name_word(i - 1) || !ctx.tokens[i].space_before;
        if starts_here
            && let Some(e) = ctx.name_at(i, 2)
            && ctx.tokens.get(e).is_some_and(|t| t.is(","))
        {
            let mut k = e + 1;
            if matches!(ctx.low.get(k), Some("le" | "la" | "l'" | "un" | "une")) {
                k += 1;
            }
            if ctx.phrase_at(k, &rules.titles).is_some() {
                out.person(
                    &ctx,
                    i,
                    e,
                    "rule:name-before-title",
                    rules.person_confidence,
                );
            }
        }
        // a national team: `l'équipe de France`, `la sélection du Japon`
        if let Some(k) = ctx.phrase_at(i, &rules.team_heads)
            && let Some(e) =
                countries.get(&ctx.tokens.get(i + k).map_or(usize::MAX, |t| t.span.start))
            && let Some(end) = ctx.token_ending_at(*e)
        {
            out.org(&ctx, i, end + 1, "rule:team");
        }
        // an institution by its lowercase head and a capitalised complement
        // (`le ministère de l'Intérieur`, `du ministère des Armées`)
        if ctx.lowercase_head(i, Set::ComplementHeads)
            && let Some(e) = complement_after(&ctx, i + 1)
        {
            out.org(&ctx, i, e, "rule:head-complement");
        }
        // a court or council by its lowercase head and its seat (`la cour
        // d'assises du Rhône`, `le conseil régional d'Occitanie`): one
        // organisation, the seat inside it no place of its own
        if let Some(k) = ctx.lowercase_phrase_at(i, &rules.complement_head_phrases)
            && let Some(e) = complement_after(&ctx, i + k)
        {
            out.org(&ctx, i, e, "rule:seat-body");
        }
        // a museum or a university, its head part of its name (`le musée
        // Cantini`, `l'université de Lille`)
        if ctx.lowercase_head(i, Set::InstitutionHeads)
            && let Some(e) = institutions::institution_end(&ctx, i)
        {
            out.org(&ctx, i, e, "rule:institution-head");
        }
        // a club named by its head and its city's adjective (`Stade toulousain`)
        if ctx.text_in(i, Set::AdjectiveNameHeads)
            && !ctx.covered[i]
            && ctx.tokens.get(i + 1).is_some_and(|t| {
                t.space_before
                    && t.is_word()
                    && t.text.chars().all(|c| c.is_lowercase() || c == '-')
                    && t.text.chars().count() >= 5
                    && rules
                        .city_adjective_endings
                        .iter()
                        .any(|e| ctx.low[i + 1].ends_with(e.as_str()))
            })
        {
            out.org(&ctx, i, i + 2, "rule:org-name-head");
        }
        // a name glossed by its acronym in brackets (`le Festival du film
        // coréen à Paris (FFCP)`), a place inside allowed;
        // before the shorter names a head alone gives
        if ctx.text_in(i, Set::GlossedHeads)
            && !ctx.covered[i]
            && let Some(e) = glossed_name_end(&ctx, i)
        {
            out.org(&ctx, i, e, "rule:org-acronym");
        }
        // an institution named by a lowercase description (`l'Institut de
        // recherche pour le développement`, `la Ligue nationale de
        // handball`); before the shorter name its adjectives alone give
        if (ctx.text_in(i, Set::GlossedHeads) || ctx.text_in(i, Set::AdjectiveOrgHeads))
            && !ctx.covered[i]
            && !ctx.lone_opener(i, i + 1)
            && let Some(e) =
                institutions::described_end(&ctx, institutions::after_adjectives(&ctx, i + 1))
        {
            out.org(&ctx, i, e, "rule:org-described");
        }
        // a political organisation by its head and one or two adjectives
        // (`Parti communiste vietnamien`, `Rassemblement national`)
        if ctx.text_in(i, Set::AdjectiveOrgHeads) && !ctx.covered[i] {
            let adjective = |k: usize| institutions::is_org_adjective(&ctx, k);
            if adjective(i + 1) {
                let end = if adjective(i + 2) { i + 3 } else { i + 2 };
                // a place of the gazetteer after a particle belongs to the
                // name: `Théâtre national de Strasbourg`, `Institut français de Gaza`
                let end = particle_end(&ctx, end)
                    .and_then(|k| ctx.named_end(k, &[EntityType::Place]))
                    .unwrap_or(end);
                out.org(&ctx, i, end, "rule:org-adjective-head");
            }
        }
        // an organisation's name starting with a head word, a place inside allowed
        if ctx.text_in(i, Set::NameHeads)
            && !ctx.covered[i]
            && let Some(e) = name_after_head(&ctx, i + 1)
        {
            out.org(&ctx, i, e, "rule:org-name-head");
        }
        // a venue by its last word: `la Sud de France Arena`
        if ctx.text_in(i, Set::PlaceTails)
            && !ctx.covered[i]
            && let Some(start) = venue_start(&ctx, i)
        {
            out.place(&ctx, start, i + 1, "rule:place-tail");
        }
        // a lowercase place head, then a name
        if ctx.lowercase_head(i, Set::PlaceHeads)
            && ctx.tokens.get(i + 1).is_some_and(|t| t.space_before)
        {
            // `le col du Soulor`, `la rue de Mons`: the name after a particle
            let after = if ctx.low_in(i, Set::ParticlePlaceHeads) {
                particle_end(&ctx, i + 1).filter(|&k| ctx.shape_at(k).is_none())
            } else {
                None
            };
            let k = after.unwrap_or(i + 1);
            // `le réservoir de Kakhovka`: a feature named after a town;
            // `l'avenue de la Californie`: a street named after a place
            let feature = after
                .filter(|_| ctx.low_in(i, Set::FeatureHeads) || ctx.low_in(i, Set::StreetHeads))
                .and_then(|k| ctx.named_end(k, &[EntityType::Place]));
            if let Some(e) = feature {
                out.place(&ctx, i, e, "rule:feature-name");
            } else if ctx.name_word(k) && (after.is_none() || !ctx.line_break_before(k)) {
                let mut e = k + 1;
                while e < n && e < k + 3 && ctx.tokens[e].space_before && ctx.name_word(e) {
                    e += 1;
                }
                out.place(&ctx, i, e, "rule:place-head");
            } else if let Some(k) = after.filter(|&k| {
                ctx.low_in(i, Set::StreetHeads)
                    && !ctx.line_break_before(k)
                    && street_name_word(&ctx, k)
            }) {
                // a street named by a common noun or a date (`la rue de la
                // République`, `le boulevard du 11-Novembre`)
                let mut e = k + 1;
                while e < n && e < k + 3 && ctx.tokens[e].space_before && ctx.name_word(e) {
                    e += 1;
                }
                out.place(&ctx, i, e, "rule:place-head");
            }
        }
        // organisation head, a few lowercase words, a name; a head after an
        // auxiliary is a participle (`le mouvement est parti de X`)
        let auxiliary = i > 0 && ctx.low_in(i - 1, Set::TitleStopWords);
        // a body named after a person (`le laboratoire Jean Kuntzmann`):
        // the head is part of the name, the person no mention of its own
        if let Some(k) = ctx.phrase_at(i, &rules.eponym_heads)
            && !ctx.covered[i]
            && let Some(e) = eponym_end(&ctx, i + k)
        {
            out.org(&ctx, i, e, "rule:eponym-body");
        }
        if !auxiliary && let Some(k) = ctx.phrase_at(i, &rules.org_heads) {
            org_after_head(&ctx, i + k, &mut out);
        }
        // organisation name, comma, "un site"
        let org_start = i == 0 || !ctx.org_word(i - 1) || !ctx.tokens[i].space_before;
        if org_start
            && let Some(e) = ctx.org_at(i)
            && ctx.tokens.get(e).is_some_and(|t| t.is(","))
            && apposed_description(&ctx, e + 1)
            && !ctx.lone_opener(i, e)
        {
            out.org(&ctx, i, e, "rule:org-apposition");
        }
        // photo credit: the agency after the slash; or the outlet before
        // it and its photographer after it (`Photo Le DL/Romain Gassend`)
        if ctx.text_in(i, Set::CreditMarkers) {
            let line_end = s[ctx.tokens[i].span.start..]
                .find('\n')
                .map_or(s.len(), |p| p + ctx.tokens[i].span.start);
            if let Some(slash) = (i + 1..n.min(i + 10))
                .take_while(|&j| ctx.tokens[j].span.start < line_end)
                .find(|&j| ctx.tokens[j].is("/"))
            {
                // the outlet: capitalised words up to the slash, opening
                // on no first name (`Claire Varennat / Hans Lucas` is a
                // photographer, then her agency)
                let outlet = ctx.org_at(i + 1).is_some_and(|o| o == slash)
                    && !ctx.low_in(i + 1, Set::FirstNames);
                if outlet && let Some(e) = photographer_after(&ctx, slash + 1) {
                    out.author(&ctx, slash + 1, e);
                    out.org(&ctx, i + 1, slash, "rule:photo-credit");
                } else if let Some(e) = ctx.org_at(slash + 1) {
                    out.org(&ctx, slash + 1, e, "rule:photo-credit");
                }
            }
        }
    }
    // a listed organisation under a longer name: `SNCF Voyageurs`, `CGT-Cheminots`
    for m in named
        .iter()
        .filter(|m| m.entity_type == EntityType::Organization && m.found_by == FoundBy::Gazetteer)
    {
        let Some(k) = ctx.token_starting_at(m.span.start) else {
            continue;
        };
        let Some(end) = (k..n).find(|&e| ctx.tokens[e].span.end >= m.span.end) else {
            continue;
        };
        if let Some(e) = institutions::complement_end(&ctx, k, end + 1, m.span.end)
            .or_else(|| institutions::extended_end(&ctx, end + 1, m.span.end))
        {
            out.org(&ctx, k, e, "rule:org-extended");
        }
    }
    // a surname alone on a match sheet or a line-up is the person the
    // report names in full, before the sheet or after it
    let full: std::collections::HashMap<String, (String, String)> = named
        .iter()
        .chain(&out.mentions)
        .filter(|m| m.entity_type == EntityType::Person && m.role.is_none())
        .filter(|m| m.name.split_whitespace().count() > 1)
        .filter_map(|m| {
            let last = m.name.split_whitespace().last()?;
            Some((fold_word(last), (m.entity_id.clone(), m.name.clone())))
        })
        .collect();
    for m in &mut out.mentions {
        if (m.rule == "rule:match-sheet" || m.rule == "rule:line-up")
            && !m.name.contains(' ')
            && let Some((id, name)) = full.get(&fold_word(&m.name))
        {
            m.entity_id = id.clone();
            m.name = name.clone();
        }
    }
    out.mentions
}

/// The first token of a venue's name that ends with the tail word at `i`
/// (`H Arena`, `Sud de France Arena`, `Paris La Défense Arena`):
/// capitalised words, acronyms, single letters and particles back to at
/// most four tokens on the same line; not a particle, nor an article
/// opening a sentence (`Le Groupama Stadium`), first.
fn venue_start(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let mut start = i;
    while start > 0
        && i - start < 4
        && ctx.tokens[start].space_before
        && !ctx.line_break_before(start)
    {
        let k = start - 1;
        let t = &ctx.tokens[k];
        let capital = t.is_word()
            && (t.is_capitalized() || t.is_acronym())
            && !ctx.person[k]
            && !t.text.ends_with('\'');
        let particle = t.is_word() && matches!(&ctx.low[k], "de" | "du" | "des");
        if !(capital || particle) {
            break;
        }
        start = k;
    }
    while start < i
        && (matches!(&ctx.low[start], "de" | "du" | "des")
            || matches!(ctx.tokens[start].text, "Le" | "La" | "Les"))
    {
        start += 1;
    }
    (start < i).then_some(start)
}

/// The length of a head of `demonym_body_heads` of two words or more
/// written with a capital, as in a name (`les Forces armées maliennes`),
/// not opening a sentence.
fn capitalised_body_head(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let t = ctx.tokens.get(i)?;
    (t.is_capitalized() && !ctx.covered[i] && !ctx.lone_opener(i, i + 1))
        .then(|| ctx.phrase_at(i, &ctx.matcher.rules.demonym_body_heads))
        .flatten()
        .filter(|&k| k >= 2)
}

/// A town's name at `i`: an optional capitalised article (`La`
/// Roche-sur-Foron, `L'`Haÿ-les-Roses), then one to three capitalised words
/// on one line, none a person's (a first name or a name shape starts a
/// person, `la commune de Jérôme Bayle`); the token after it.
fn town_at(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let article = ctx
        .tokens
        .get(i)
        .is_some_and(|t| !ctx.covered[i] && matches!(t.text, "Le" | "La" | "Les" | "L'" | "L’"));
    let first = if article { i + 1 } else { i };
    if !ctx.name_word(first)
        || (article && ctx.line_break_before(first))
        || ctx.person[first]
        || ctx.shape_at(first).is_some()
        || ctx.low_in(first, Set::FirstNames)
    {
        return None;
    }
    let mut end = first + 1;
    while end < ctx.n()
        && end < first + 3
        && ctx.tokens[end].space_before
        && !ctx.line_break_before(end)
        && ctx.name_word(end)
        && !ctx.low_in(end, Set::FirstNames)
        && ctx.shape_at(end).is_none()
    {
        end += 1;
    }
    // a longer run of capitalised words, or one through a particle (`Pays
    // des Abers`), is some other name
    let particle_name = ctx
        .low
        .get(end)
        .is_some_and(|w| matches!(w, "de" | "du" | "des" | "d'"))
        && ctx.tokens.get(end + 1).is_some_and(|t| t.is_capitalized());
    (!particle_name && (!ctx.name_word(end) || !ctx.tokens[end].space_before)).then_some(end)
}

/// A capitalised word, ` & `, one or two capitalised words, in a line of
/// prose (`Procter & Gamble`, `Marks & Spencer`, `Transport &
/// Environment`, `Johnson & Johnson`): one company or body, as French news
/// writes the firms and groups that keep the English `&` in their name;
/// no person is named so. A word of the gazetteer inside (`Marks`, a
/// town) is part of the name; a person's name, an acronym before the `&`
/// (`l'ONG Transport & …`), a sentence's opener or a line with no
/// lowercase word (a menu: `Sport & Loisirs`) is none.
fn ampersand_name(ctx: &Ctx<'_>, i: usize, out: &mut Out) {
    let Some(t) = ctx.tokens.get(i) else {
        return;
    };
    if t.text != "&" || i == 0 || !t.space_before || ctx.line_break_before(i) {
        return;
    }
    let name_like = |k: usize| {
        ctx.tokens.get(k).is_some_and(|w| {
            w.is_word()
                && w.is_capitalized()
                && w.text.chars().count() >= 2
                && !w.text.ends_with('\'')
                && !ctx.person[k]
                && !ctx.text_in(k, Set::NotNameWords)
        })
    };
    let joined = |k: usize| name_like(k) && ctx.tokens[k].space_before && !ctx.line_break_before(k);
    let (start, next) = (i - 1, i + 1);
    if !name_like(start) || !joined(next) {
        return;
    }
    let first = &ctx.tokens[start];
    let mut end = next + 1;
    if joined(end) {
        end += 1;
    }
    // a line of prose: some lowercase word on the same line
    let line_start = ctx.s[..first.span.start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = ctx.s[first.span.start..]
        .find('\n')
        .map_or(ctx.s.len(), |p| first.span.start + p);
    let prose = ctx.s[line_start..line_end]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2 && w.chars().all(char::is_lowercase));
    if prose {
        out.org(ctx, start, end, "rule:org-ampersand");
    }
}

/// The token after a département, région or country of the gazetteer that
/// starts at token `k` (`Haute-Savoie`, `Espagne`).
fn region_end(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let e = ctx.named_end(k, &[EntityType::Place])?;
    let start = ctx.tokens[k].span.start;
    let region = ctx.named_starting_at(start).any(|m| {
        ctx.matcher
            .gazetteer()
            .get(&m.entity_id)
            .and_then(|g| g.category.as_deref())
            .is_some_and(|c| c == "subdivision" || c == "country")
    });
    region.then_some(e)
}

/// A town that no list holds, placed by how French news writes it
/// (`[places]` of data/entity-rules.toml): after a settlement or seat noun
/// and `de` (`la commune voisine d'Aviernoz`, `le maire de X`); before a
/// comma and a settlement noun (`X, la commune de…`); before its
/// département or country in brackets (`X (Haute-Savoie)`); after `à` and
/// before a comma, a preposition and its département or country (`à
/// Marbella, en Espagne`). The generated cities stop at 15 000
/// inhabitants; most of the places of local news are smaller.
fn town_by_context(ctx: &Ctx<'_>, i: usize, out: &mut Out) {
    let rules = &ctx.matcher.rules;
    let rule = "rule:place-context";
    let particle = |k: usize| {
        ctx.tokens.get(k).is_some_and(|t| t.is_word()) && matches!(&ctx.low[k], "de" | "d'" | "du")
    };
    // a birth, origin or nearness phrase: `née à Mirande`, `près de X`
    if let Some(k) = ctx.lowercase_phrase_at(i, &rules.town_before)
        && ctx
            .tokens
            .get(i + k)
            .is_some_and(|t| t.space_before || ctx.low[i + k - 1].ends_with('\''))
        && let Some(e) = town_at(ctx, i + k)
    {
        out.place(ctx, i + k, e, rule);
    }
    // a settlement or seat noun, one lowercase word, `de`, the town
    let settlement = ctx.lowercase_head(i, Set::SettlementHeads);
    if settlement || ctx.lowercase_head(i, Set::SeatHeads) {
        let lowercase_word = |k: usize| {
            ctx.tokens.get(k).is_some_and(|t| {
                t.is_word() && t.text.chars().all(|c| c.is_lowercase() || c == '-')
            }) && !particle(k)
        };
        let k = if particle(i + 1) {
            Some(i + 2)
        } else if lowercase_word(i + 1) && particle(i + 2) {
            Some(i + 3)
        } else {
            None
        };
        if let Some(k) = k
            && let Some(e) = town_at(ctx, k)
        {
            out.place(ctx, k, e, rule);
            // `les communes de Lannilis et de Plouguerneau`
            if ctx.low[i].ends_with('s')
                && ctx.low.get(e).is_some_and(|w| w == "et")
                && particle(e + 1)
                && let Some(e2) = town_at(ctx, e + 2)
            {
                out.place(ctx, e + 2, e2, rule);
            }
        }
    }
    let starts_name = i == 0 || !ctx.name_word(i - 1) || ctx.line_break_before(i);
    let honorific = |k: usize| ctx.low_in(k, Set::Honorifics);
    let after_title = i > 0
        && (honorific(i - 1)
            || (&ctx.low[i - 1] == "." && i > 1 && honorific(i - 2))
            || ctx.phrase_at(i - 1, &rules.titles).is_some());
    if !starts_name || after_title {
        return;
    }
    let next = |k: usize| ctx.tokens.get(k).map_or("", |t| t.text);
    let city_end = |k: usize| {
        let e = ctx.named_end(k, &[EntityType::Place])?;
        let start = ctx.tokens[k].span.start;
        ctx.named_starting_at(start)
            .any(|m| {
                ctx.matcher
                    .gazetteer()
                    .get(&m.entity_id)
                    .is_some_and(|g| g.category.as_deref() == Some("city"))
            })
            .then_some(e)
    };
    // `et`, then `de`, `d'` or `à` when the first had it
    let after_and = |k: usize| {
        (ctx.low.get(k) == Some("et")).then(|| {
            if matches!(ctx.low.get(k + 1), Some("de" | "d'" | "a")) {
                k + 2
            } else {
                k + 1
            }
        })
    };
    // a known city, `et`, a town: `par Muret et Saint-Gaudens`
    if let Some(c) = city_end(i)
        && let Some(k) = after_and(c)
        && let Some(e) = town_at(ctx, k)
        && !ctx.name_word(e)
    {
        out.place(ctx, k, e, rule);
    }
    let Some(e) = town_at(ctx, i) else {
        return;
    };
    // a town, `et`, a known city: `par Saint-Gaudens et Muret`
    if let Some(k) = after_and(e)
        && city_end(k).is_some()
    {
        out.place(ctx, i, e, rule);
        return;
    }
    // `X (Haute-Savoie)`
    if next(e) == "("
        && let Some(r) = region_end(ctx, e + 1)
        && next(r) == ")"
    {
        out.place(ctx, i, e, rule);
        return;
    }
    if next(e) != "," {
        return;
    }
    // `X, la petite commune de…`: a sentence's first plain word stays out
    // (`Finalement, la commune…`), a hyphenated name does not
    let hyphenated = ctx.tokens[i..e].iter().any(|t| t.text.contains('-'));
    let mut k = e + 1;
    if matches!(next(k), "la" | "le" | "une" | "un" | "cette" | "ce") {
        k += 1;
    }
    if ctx
        .low
        .get(k)
        .is_some_and(|w| rules.apposition_adjectives.contains(w))
    {
        k += 1;
    }
    if ctx.lowercase_head(k, Set::SettlementHeads) && (hyphenated || !ctx.lone_opener(i, e)) {
        out.place(ctx, i, e, rule);
        return;
    }
    // `à Marbella, en Espagne`
    if i > 0
        && matches!(ctx.tokens[i - 1].text, "à" | "À")
        && let Some(p) = ctx.phrase_at(e + 1, &rules.region_prepositions)
        && region_end(ctx, e + 1 + p).is_some()
    {
        out.place(ctx, i, e, rule);
    }
}

/// `Xxx-yy`: a romanized Korean given name, two syllables joined by a
/// hyphen, the second in lowercase (`Min-jae`, `Son-hui`, `Ki-young`).
/// A romanised Korean syllable written as a word of its own, as in a given
/// name without hyphen (`Song`, `Nam`, `Hui`, `Un`): one capital, then up
/// to four lowercase ASCII letters, with a vowel.
pub(crate) fn korean_syllable(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && (1..=5).contains(&word.chars().count())
        && chars.all(|c| c.is_ascii_lowercase())
        && word.chars().any(|c| "aeiouyAEIOUY".contains(c))
}

pub(crate) fn korean_given_name(word: &str) -> bool {
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let syllable = |s: &str| {
        (1..=5).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphabetic())
    };
    syllable(a)
        && syllable(b)
        && a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && a.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && b.chars().all(|c| c.is_ascii_lowercase())
}

/// A photographer's name after the slash of a credit (`Photo Le
/// DL/Romain Gassend`): a first name of the list, then capitalised words,
/// ending the line or before a credit separator; the token after it.
fn photographer_after(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    if !ctx.matcher.rules.first_names.contains(ctx.low.get(k)?) {
        return None;
    }
    let e = ctx.name_at(k, 2)?;
    let ends = match ctx.tokens.get(e) {
        None => true,
        Some(t) => ctx.line_break_before(e) || ctx.matcher.rules.credit_name_ends.contains(t.text),
    };
    ends.then_some(e)
}

/// A numbered road at token `i` (`RN 85`, `N7`, `A480`): the token after
/// it, its prefix and its number of digits.
fn road_at<'a>(ctx: &Ctx<'a>, i: usize) -> Option<(usize, &'a str, usize)> {
    let t = ctx.tokens.get(i)?;
    if !t.is_word() {
        return None;
    }
    let digits = t.text.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let prefix = &t.text[..t.text.len() - digits.len()];
    if prefix.is_empty() {
        return None;
    }
    if !digits.is_empty() {
        return digits
            .chars()
            .all(|c| c.is_ascii_digit())
            .then_some((i + 1, prefix, digits.len()));
    }
    let next = ctx.tokens.get(i + 1)?;
    (next.is_word()
        && next.space_before
        && !ctx.line_break_before(i + 1)
        && next.text.len() <= 4
        && next.text.chars().all(|c| c.is_ascii_digit()))
    .then_some((i + 2, prefix, next.text.len()))
}

/// The tokens of the sentence around token `i`, on its line: from after
/// the last `.`, `!`, `?` or line break before it to the next one.
fn sentence_tokens(ctx: &Ctx<'_>, i: usize) -> (usize, usize) {
    let stop = |k: usize| matches!(ctx.tokens[k].text, "." | "!" | "?");
    let mut a = i;
    while a > 0 && !stop(a - 1) && !ctx.line_break_before(a) {
        a -= 1;
    }
    let mut b = i;
    while b < ctx.n() && !stop(b) && (b == i || !ctx.line_break_before(b)) {
        b += 1;
    }
    (a, b)
}

/// A numbered road after `la` (`la RN 85`, `la RD 1075`) or a motorway
/// after `autoroute`, or after `l'` in a sentence about traffic (`Sur
/// l'A480, la vitesse est abaissée`): a place (`rule:road`). `entre X et
/// Y` after it in its sentence names two places (`rule:road-ends`).
fn road(ctx: &Ctx<'_>, i: usize, out: &mut Out) {
    let rules = &ctx.matcher.rules;
    let Some((end, prefix, digits)) = road_at(ctx, i) else {
        return;
    };
    let prev = i.checked_sub(1).map_or("", |p| &ctx.low[p]);
    let (from, to) = sentence_tokens(ctx, i);
    let ok = if rules.road_prefixes.contains(prefix) {
        prev == "la" && (digits >= 2 || !rules.short_road_prefixes.contains(prefix))
    } else if rules.motorway_prefixes.contains(prefix) {
        prev == "autoroute"
            || (prev == "l'" && (from..to).any(|k| rules.road_words.contains(&ctx.low[k])))
    } else {
        false
    };
    if !ok || !out.place(ctx, i, end, "rule:road") {
        return;
    }
    let Some(k) = (end..to).find(|&k| &ctx.low[k] == "entre") else {
        return;
    };
    let Some(e) = road_end_place(ctx, k + 1) else {
        return;
    };
    if ctx.tokens.get(e).is_some_and(|t| t.is("et")) {
        for (a, b) in [
            (k + 1, e),
            (e + 1, road_end_place(ctx, e + 1).unwrap_or(e + 1)),
        ] {
            if b > a && ctx.named_end(a, &[EntityType::Place]).is_none() {
                out.place(ctx, a, b, "rule:road-ends");
            }
        }
    }
}

/// A place's name at `k` after `entre` or `et` on a road: a place of the
/// gazetteer, or one to three capitalised words, a capitalised article
/// first allowed (`La Mure`), never a person's first name.
fn road_end_place(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    if let Some(e) = ctx.named_end(k, &[EntityType::Place]) {
        return Some(e);
    }
    let first = if matches!(ctx.tokens.get(k)?.text, "La" | "Le" | "Les") {
        k + 1
    } else {
        k
    };
    if !ctx.name_word(first) || ctx.matcher.rules.first_names.contains(&ctx.low[first]) {
        return None;
    }
    let mut e = first + 1;
    while e < ctx.n() && e < first + 3 && ctx.tokens[e].space_before && ctx.name_word(e) {
        e += 1;
    }
    Some(e)
}

/// Names after a byline marker at `i` (`Par X`, `(Reportage X ; version
/// française Y, édité par Z)`, `Photo : X / AFP`): persons with the role
/// `author`. The marker starts a line or follows `(`; after `;` or `,` only
/// a marker of several words or no `par` alone (`…, par Y` is an agent in
/// a sentence). Each name ends its line or stands before a credit
/// separator. The reporter's function may come between the marker and the
/// names (`Par notre correspondante X`, `byline_roles`), a place after it
/// (`De notre correspondant à Bruxelles, X`); with `needs_role` the marker
/// opens a byline only before such a function.
fn byline(ctx: &Ctx<'_>, i: usize, len: usize, needs_role: bool, out: &mut Out) {
    let rules = &ctx.matcher.rules;
    let prev = i.checked_sub(1).map(|p| ctx.tokens[p].text);
    let alone_par = len == 1 && matches!(&ctx.low[i], "par" | "avec");
    let placed =
        ctx.starts_line(i) || prev == Some("(") || (!alone_par && matches!(prev, Some(";" | ",")));
    if !placed {
        return;
    }
    let mut k = i + len;
    if ctx.tokens.get(k).is_some_and(|t| t.is(":")) {
        k += 1;
    }
    match ctx.phrase_at(k, &rules.byline_roles) {
        Some(r) => k = reporter_place_end(ctx, k + r),
        None if needs_role => return,
        None => {}
    }
    loop {
        let Some(end) = ctx.name_at(k, 2) else {
            return;
        };
        let ends = match ctx.tokens.get(end) {
            None => true,
            Some(t) => {
                ctx.line_break_before(end) || rules.credit_name_ends.contains(t.text) || t.is("et")
            }
        };
        if !ends {
            return;
        }
        out.author(ctx, k, end);
        if ctx.tokens.get(end).is_some_and(|t| t.is("et") || t.is(","))
            && !ctx.line_break_before(end)
        {
            k = end + 1;
        } else {
            return;
        }
    }
}

/// The token after a person's full name at `j` that names a body after
/// its head (`laboratoire Jean Kuntzmann`, `institut Pierre-Simon
/// Laplace`, `laboratoire Jacques-Louis Lions`): a first name of the lists
/// (each part of a hyphenated one) and at least one more name word on the
/// same line.
fn eponym_end(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let t = ctx.tokens.get(j)?;
    if !t.space_before || ctx.line_break_before(j) || !ctx.name_word(j) {
        return None;
    }
    let first_name = t
        .text
        .split('-')
        .all(|part| !part.is_empty() && ctx.matcher.rules.first_names.contains(&fold_word(part)));
    if !first_name {
        return None;
    }
    ctx.name_at(j, 2)
}

/// The reporter's signature on the last line of an article (`Rémi van der
/// Hoeven, à Villeurbanne`, `Yann-Erwan Le Goff`): a line of its own after
/// the first, holding a name that opens on a first name of the lists (each
/// part of a hyphenated one) and nothing else, or a comma and where it was
/// written (`à`, `depuis`, `avec`: the rest of the line). A last line of
/// lowercase agency initials (`sbh/mch`) may follow it. The name is an
/// author.
fn signature(ctx: &Ctx<'_>, out: &mut Out) {
    let n = ctx.n();
    // the first token of the line that holds token `last`
    let line_start = |last: usize| {
        (0..=last)
            .rev()
            .find(|&k| k == 0 || ctx.line_break_before(k))
    };
    let Some(mut k) = n.checked_sub(1).and_then(line_start) else {
        return;
    };
    let mut end_of_line = n;
    // agency initials under the signature: lowercase words and slashes
    let initials = (k..n).all(|x| {
        let t = &ctx.tokens[x];
        t.is("/") || (t.is_word() && !t.is_capitalized() && t.text.chars().count() <= 4)
    });
    if initials {
        end_of_line = k;
        let Some(p) = k.checked_sub(1).and_then(line_start) else {
            return;
        };
        k = p;
    }
    if k == 0 || !ctx.name_word(k) {
        return;
    }
    let first = ctx.tokens[k].text;
    let first_name = first
        .split('-')
        .all(|part| !part.is_empty() && ctx.matcher.rules.first_names.contains(&fold_word(part)));
    if !first_name {
        return;
    }
    let Some(end) = ctx.name_at(k, 2) else {
        return;
    };
    let closed = end == end_of_line
        || (ctx.tokens.get(end).is_some_and(|t| t.is(","))
            && matches!(
                ctx.low.get(end + 1),
                Some("a" | "depuis" | "avec" | "au" | "en")
            ));
    if closed {
        out.author(ctx, k, end);
    }
}

/// After a reporter's function in a byline, the token after the place it
/// is based in (`à Bruxelles,`, `en Bretagne,`: a locative word, a place
/// the text names, a comma), or `k` when none follows.
fn reporter_place_end(ctx: &Ctx<'_>, k: usize) -> usize {
    if !matches!(ctx.low.get(k), Some("a" | "en" | "au" | "aux")) {
        return k;
    }
    let Some(e) = ctx.named_end(k + 1, &[EntityType::Place]) else {
        return k;
    };
    if ctx.tokens.get(e).is_some_and(|t| t.is(",")) {
        e + 1
    } else {
        e
    }
}

/// The names of a match sheet's line after its label (`Essais : DORIS
/// (12e), LOWE (55e) pour l'Irlande ; PENAUD (47e)`, `Arbitre : Angus
/// GARDNER (Australie)`), from the colon at `k`: an entry that opens the
/// list or follows a comma or semicolon, written as a surname in capitals
/// (a capitalised first name before it allowed) and closed by a bracket, a
/// comma, a semicolon or the end of the line, is a person
/// (`rule:match-sheet`). Words in brackets (`(FRA)`, `(Australie)`) and
/// after an entry (`pour l'Irlande`) are never names.
fn match_sheet(ctx: &Ctx<'_>, mut k: usize, out: &mut Out) {
    if !ctx.tokens.get(k).is_some_and(|t| t.is(":")) || ctx.line_break_before(k) {
        return;
    }
    k += 1;
    let conf = ctx.matcher.rules.person_confidence;
    let mut opens = true;
    let mut depth = 0usize;
    while k < ctx.n() && !ctx.line_break_before(k) {
        let t = &ctx.tokens[k];
        if t.is("(") {
            depth += 1;
            opens = false;
        } else if t.is(")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && (t.is(",") || t.is(";")) {
            opens = true;
        } else if depth == 0 {
            if opens && let Some(e) = sheet_name(ctx, k) {
                // a surname alone of a person the report named is that person
                let known = (e == k + 1)
                    .then(|| {
                        ctx.named
                            .iter()
                            .chain(&out.mentions)
                            .filter(|m| m.entity_type == EntityType::Person && m.role.is_none())
                            .find(|m| {
                                m.name.split_whitespace().count() > 1
                                    && m.name
                                        .split_whitespace()
                                        .last()
                                        .is_some_and(|w| fold_word(w) == ctx.low[k])
                            })
                            .map(|m| (m.entity_id.clone(), m.name.clone()))
                    })
                    .flatten();
                if out.push(ctx, k, e, EntityType::Person, "rule:match-sheet", conf)
                    && let Some((id, name)) = known
                {
                    out.rename_last(id, name);
                }
                k = e;
                opens = false;
                continue;
            }
            opens = false;
        }
        k += 1;
    }
}

/// Entries a line-up lists at least (a team fields eleven players; five
/// a side or a relay, fewer, and are not read).
const LINE_UP_MIN: usize = 6;

/// A team's line-up on a line of its own (`PSG : Donnarumma – Hakimi,
/// Marquinhos, Pacho, Mendes – Vitinha…`, `Lens : Samba – Gradit…`): a club
/// or city the gazetteer knows opens the line, then a colon, then names of
/// one to three capitalised words between commas and dashes, to a full
/// stop or the end of the line. Every entry must be a name and there must
/// be [`LINE_UP_MIN`] of them, or nothing is read; the new ones are persons
/// (`rule:line-up`).
fn line_up(ctx: &Ctx<'_>, i: usize, out: &mut Out) {
    let Some(colon) = ctx.named_end(i, &[EntityType::Organization, EntityType::Place]) else {
        return;
    };
    if !ctx.tokens.get(colon).is_some_and(|t| t.is(":")) || ctx.line_break_before(colon) {
        return;
    }
    let mut entries = Vec::new();
    let mut k = colon + 1;
    loop {
        let start = k;
        while k < ctx.n()
            && k - start < 3
            && !ctx.line_break_before(k)
            && (k == start || ctx.tokens[k].space_before)
            && ctx.tokens[k].is_word()
            && (ctx.covered[k] || ctx.person[k] || ctx.name_word(k))
            && ctx.tokens[k]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            k += 1;
        }
        if k == start {
            return;
        }
        entries.push((start, k));
        match ctx.tokens.get(k) {
            None => break,
            Some(_) if ctx.line_break_before(k) => break,
            Some(t) if t.is(".") => break,
            Some(t) if t.is(",") || t.is("–") || t.is("-") || t.is("—") => k += 1,
            Some(_) => return,
        }
    }
    if entries.len() < LINE_UP_MIN {
        return;
    }
    let conf = ctx.matcher.rules.person_confidence;
    for (from, to) in entries {
        if !(from..to).any(|x| ctx.covered[x] || ctx.person[x]) {
            out.person(ctx, from, to, "rule:line-up", conf);
        }
    }
}

/// A match sheet's entry at `k`: an optional first name, then surnames in
/// capitals, closed by `(`, `,`, `;` or the end of the line; returns the
/// token after it.
fn sheet_name(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let mut j = k;
    if ctx.name_word(j)
        && !capitals_word(ctx, j)
        && ctx.tokens.get(j + 1).is_some_and(|t| t.space_before)
        && !ctx.line_break_before(j + 1)
    {
        j += 1;
    }
    let first = j;
    while j < ctx.n()
        && (j == first || (ctx.tokens[j].space_before && !ctx.line_break_before(j)))
        && capitals_word(ctx, j)
    {
        j += 1;
    }
    if j == first {
        // a surname as written before its minute: `Hakimi (31e)`
        let minute = |x: usize| {
            ctx.tokens.get(x).is_some_and(|t| t.is("("))
                && ctx.tokens.get(x + 1).is_some_and(|t| {
                    !ctx.line_break_before(x + 1)
                        && t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                })
        };
        return (ctx.name_word(k) && minute(k + 1)).then_some(k + 1);
    }
    let closed = match ctx.tokens.get(j) {
        None => true,
        Some(t) => ctx.line_break_before(j) || t.is("(") || t.is(",") || t.is(";"),
    };
    closed.then_some(j)
}

/// A ranked line of a results box written as the organisers' official
/// results are (`1. POGACAR Tadej (SLO/UAE) en 4 h 12 min`, `12. BIELLE-BIARREY
/// Louis (FRA)`): at the start of a line, a rank and its dot, surnames in
/// capitals, one or two capitalised given names, then a bracket. The person
/// is named given name first, as prose names them (`Tadej Pogacar`), so
/// one named in the report is the same entity (`rule:ranked-capitals`).
fn ranked_surname_first(ctx: &Ctx<'_>, i: usize, out: &mut Out) {
    let rank = ctx.tokens[i].text;
    if rank.is_empty() || rank.len() > 3 || !rank.chars().all(|c| c.is_ascii_digit()) {
        return;
    }
    if !ctx.tokens.get(i + 1).is_some_and(|t| t.is(".")) {
        return;
    }
    let start = i + 2;
    let same_line =
        |j: usize| j < ctx.n() && !ctx.line_break_before(j) && ctx.tokens[j].space_before;
    let mut j = start;
    while same_line(j) && capitals_word(ctx, j) {
        j += 1;
    }
    let given = j;
    while j < given + 2
        && same_line(j)
        && ctx.tokens[j].is_word()
        && ctx.tokens[j].is_capitalized()
        && !ctx.text_in(j, Set::NotNameWords)
    {
        j += 1;
    }
    if given == start || j == given || !ctx.tokens.get(j).is_some_and(|t| t.is("(")) {
        return;
    }
    let title = |w: &str| {
        w.split('-')
            .map(|part| {
                let mut c = part.chars();
                c.next()
                    .map(|f| {
                        f.to_uppercase()
                            .chain(c.flat_map(char::to_lowercase))
                            .collect::<String>()
                    })
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("-")
    };
    let words = |a: usize, b: usize| (a..b).map(|k| ctx.tokens[k].text).collect::<Vec<_>>();
    let name = format!(
        "{} {}",
        words(given, j).join(" "),
        words(start, given)
            .into_iter()
            .map(title)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let conf = ctx.matcher.rules.person_confidence;
    if out.push(
        ctx,
        start,
        j,
        EntityType::Person,
        "rule:ranked-capitals",
        conf,
    ) {
        let slug = slugify(&name);
        match ctx.matcher.gazetteer().get(&slug) {
            Some(e) => out.rename_last(e.id.clone(), e.name.clone()),
            None => out.rename_last(slug, name),
        }
    }
}

/// A surname written in capitals (`DORIS`, `BIELLE-BIARREY`): three letters
/// or more, none lowercase, no gazetteer name.
fn capitals_word(ctx: &Ctx<'_>, j: usize) -> bool {
    let t = &ctx.tokens[j];
    t.is_word()
        && !ctx.covered[j]
        && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && t.text.chars().all(|c| c.is_uppercase() || c == '-')
        && !ctx.text_in(j, Set::NotNameWords)
}

/// The rest of an organisation's name after its head word (`Radio`
/// France, `Real` Madrid, `Ligue` 1): one to three capitalised words,
/// acronyms or a number, places of the gazetteer included.
fn name_after_head(ctx: &Ctx<'_>, mut j: usize) -> Option<usize> {
    let start = j;
    let word_at = |j: usize, after_elision: bool| {
        ctx.tokens.get(j).is_some_and(|t| {
            let number = t.text.chars().all(|c| c.is_ascii_digit()) && t.text.len() <= 2;
            (t.space_before || after_elision)
                && t.is_word()
                && (t.is_capitalized() || t.is_acronym() || number)
                && !ctx.person[j]
                && !ctx.matcher.rules.not_name_words.contains(t.text)
        })
    };
    let mut particle = false;
    // a name never runs on to the next line or paragraph (`… en
    // Bourse` / `Francfort, 6 mars (AFP)`)
    while j < ctx.n() && j < start + 3 && !ctx.line_break_before(j) {
        // a place of the gazetteer is taken whole, even with a word that
        // is never a name's alone (`ARS Grand Est`, `ARS Pays de la Loire`)
        if let Some(e) = ctx.named_end(j, &[EntityType::Place])
            && (j == start || ctx.tokens[j].space_before)
        {
            j = e;
            continue;
        }
        if word_at(j, false) {
            j += 1;
            continue;
        }
        // one `de`, `du` or `d'` before the name's last words (`Olympique de
        // Marseille`, `Racing Club de Strasbourg`, `Stade d'Abidjan`)
        let t = &ctx.tokens[j];
        let elided = &ctx.low[j] == "d'";
        if !particle
            && t.space_before
            && (&ctx.low[j] == "de" || &ctx.low[j] == "du" || elided)
            && (j + 1 >= ctx.n() || !ctx.line_break_before(j + 1))
            && let Some(e) = ctx.named_end(j + 1, &[EntityType::Place])
        {
            particle = true;
            j = e;
            continue;
        }
        if !particle
            && t.space_before
            && (&ctx.low[j] == "de" || &ctx.low[j] == "du" || elided)
            && (j + 1 >= ctx.n() || !ctx.line_break_before(j + 1))
            && word_at(j + 1, elided)
        {
            particle = true;
            j += 2;
            continue;
        }
        break;
    }
    (j > start && !ctx.matcher.rules.particles.contains(&ctx.low[j - 1])).then_some(j)
}

/// The end of a name from its head at `i` to an acronym in brackets right
/// after it (`Archives du film coréen (KOFA)`): words only, on one line, at
/// most `max_glossed_words` of them, then `(`, an acronym of two letters or
/// more, `)`. Returns the token after the name's last word.
fn glossed_name_end(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let max = ctx.matcher.rules.max_glossed_words;
    let mut j = i + 1;
    while j < ctx.n() && j < i + max {
        let t = &ctx.tokens[j];
        if t.is("(") {
            break;
        }
        if !t.is_word() || ctx.person[j] || ctx.line_break_before(j) {
            return None;
        }
        j += 1;
    }
    let acronym = ctx.tokens.get(j + 1)?;
    let closed = ctx.tokens.get(j + 2).is_some_and(|t| t.is(")"));
    // an acronym written as a word (`Gifas`, `Unédic`) is the initials of
    // the name's words, its particles left out
    let initials: String = (i..j)
        .filter(|&k| {
            ctx.tokens[k].is_word()
                && !ctx.matcher.rules.particles.contains(&ctx.low[k])
                && !matches!(&ctx.low[k], "et" | "l'" | "d'" | "pour" | "en" | "à")
        })
        .filter_map(|k| ctx.low[k].chars().next())
        .collect();
    let spelled = acronym.is_capitalized()
        && acronym.text.chars().count() >= 3
        && fold_word(acronym.text) == initials;
    (j > i + 1
        && ctx.tokens.get(j).is_some_and(|t| t.is("("))
        && (acronym.is_acronym() && acronym.text.chars().filter(|c| c.is_uppercase()).count() >= 2
            || spelled)
        && closed
        && !ctx.matcher.rules.particles.contains(&ctx.low[j - 1]))
    .then_some(j)
}

/// True when a description of an organisation starts at `j`, after the
/// comma of an apposition (`NK Pro, un site Internet`, `AvtoVAZ, premier
/// constructeur automobile du pays`, `Renault, le constructeur`): an
/// article or none, at most two words of rank or size (`premier`,
/// `grand`), then a head of `apposition_heads`.
fn apposed_description(ctx: &Ctx<'_>, mut j: usize) -> bool {
    let rules = &ctx.matcher.rules;
    if matches!(ctx.low.get(j), Some("un" | "une" | "le" | "la" | "l'")) {
        j += 1;
    }
    for _ in 0..2 {
        if ctx
            .low
            .get(j)
            .is_some_and(|w| rules.apposition_adjectives.contains(w))
        {
            j += 1;
        }
    }
    ctx.phrase_at(j, &rules.apposition_heads).is_some()
}

/// The complement of an institution's head (`ministère` + `de l'Intérieur`,
/// `des Affaires étrangères`, `de l'Europe et des Affaires étrangères`): a
/// particle, then capitalised words (institution words such as `Intérieur`
/// included), chained by `et` + particle. Returns the token after it.
fn complement_after(ctx: &Ctx<'_>, mut j: usize) -> Option<usize> {
    let mut end = None;
    loop {
        // de, du, des, de la, de l', d'
        let mut k = j;
        match ctx.low.get(k) {
            Some("du" | "des" | "d'") => k += 1,
            Some("de") => {
                k += 1;
                if matches!(ctx.low.get(k), Some("la" | "l'")) {
                    k += 1;
                }
            }
            _ => return end,
        }
        let capital = |i: usize| {
            ctx.tokens.get(i).is_some_and(|t| {
                t.is_word()
                    && t.is_capitalized()
                    && !ctx.person[i]
                    && !matches!(t.text, "Le" | "La" | "Les" | "L'" | "De" | "Du" | "Des")
            })
        };
        if !capital(k) {
            return end;
        }
        // a place of the gazetteer whose name has a particle of its own
        // (`le conseil régional des Pays de la Loire`) is the whole seat
        let place_end = ctx.named_end(k, &[EntityType::Place]);
        k += 1;
        while capital(k) && ctx.tokens[k].space_before && !ctx.line_break_before(k) {
            k += 1;
        }
        if let Some(e) = place_end.filter(|&e| e > k) {
            k = e;
        }
        // plural adjectives of the complement: `des Affaires étrangères`,
        // `des Comptes publics` (a singular one may be a verb: `indique`),
        // and the singular ones of portfolios (`de la Transition écologique`)
        while ctx.tokens.get(k).is_some_and(|t| {
            t.space_before
                && t.is_word()
                && t.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !ctx
                    .matcher
                    .rules
                    .nationality_adjectives
                    .contains(&ctx.low[k])
                && (COMPLEMENT_ADJECTIVE_ENDINGS
                    .iter()
                    .any(|e| ctx.low[k].ends_with(e))
                    || ctx
                        .matcher
                        .rules
                        .complement_adjectives
                        .contains(&ctx.low[k]))
        }) {
            k += 1;
        }
        end = Some(k);
        let unknown = !ctx.covered[k - 1];
        if ctx.low.get(k) == Some("et") {
            j = k + 1;
        } else if let Some(e) = particle_end(ctx, k)
            .and_then(|p| ctx.named_end(p, &[EntityType::Place, EntityType::Organization]))
        {
            // whose body: `le ministère de la Santé du Hamas`
            return Some(e);
        } else if let Some(p) = particle_end(ctx, k)
            .filter(|&p| unknown && capital(p) && !ctx.covered[p] && ctx.shape_at(p).is_none())
        {
            // a territory named through a particle: `la communauté de
            // communes du Pays des Abers`
            let mut e = p + 1;
            while capital(e) && ctx.tokens[e].space_before && !ctx.line_break_before(e) {
                e += 1;
            }
            return Some(e);
        } else {
            return end;
        }
    }
}

/// Plural endings of French adjectives (folded): a plural adjective is no
/// verb form, so it may close an institution's complement.
const COMPLEMENT_ADJECTIVE_ENDINGS: &[&str] = &[
    "eres", "aux", "ales", "ics", "iques", "ieurs", "ieures", "els", "elles", "ifs", "ives",
    "aires", "aux",
];

/// The end of a company's name that runs on at `e` through a lowercase
/// particle and capitalised words on the same line, when the first of them
/// is no known name, person or person's shape (`Papeteries du Haut-Rupt`).
fn name_through_particle(ctx: &Ctx<'_>, e: usize) -> Option<usize> {
    let t = ctx.tokens.get(e)?;
    if !t.space_before || ctx.line_break_before(e) || !t.text.starts_with(char::is_lowercase) {
        return None;
    }
    let p = particle_end(ctx, e)?;
    if !ctx.org_word(p) || ctx.person[p] || ctx.shape_at(p).is_some() || ctx.line_break_before(p) {
        return None;
    }
    let mut end = p + 1;
    while ctx.org_word(end) && ctx.tokens[end].space_before && !ctx.line_break_before(end) {
        end += 1;
    }
    Some(end)
}

/// The token after a particle at `j` (`de`, `du`, `des`, `d'`, `de la`,
/// `de l'`), when one stands there.
/// The first word of a street's name after its particle: any capitalised
/// word, a common noun too (`République`, `Paix`, `Liberté`), or a date
/// written as a name (`11-Novembre`, `8-Mai-1945`, `4-Septembre`).
fn street_name_word(ctx: &Ctx<'_>, k: usize) -> bool {
    let Some(t) = ctx.tokens.get(k) else {
        return false;
    };
    if !t.is_word() || ctx.covered[k] {
        return false;
    }
    let date = t.text.split_once('-').is_some_and(|(day, month)| {
        (1..=2).contains(&day.len())
            && day.chars().all(|c| c.is_ascii_digit())
            && month.chars().next().is_some_and(char::is_uppercase)
            && month.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    date || (t.is_capitalized() && t.text.chars().all(|c| c.is_alphabetic() || c == '-'))
}

fn particle_end(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let k = match ctx.low.get(j) {
        Some("du" | "des" | "d'") => j + 1,
        Some("de") => {
            if matches!(ctx.low.get(j + 1), Some("la" | "l'")) {
                j + 2
            } else {
                j + 1
            }
        }
        _ => return None,
    };
    (k < ctx.n()).then_some(k)
}

/// A regnal number after a name (`Abdallah II`, `Charles III`, `Léon XIV`);
/// one letter (`V`) is an initial.
fn roman_numeral(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// A family name joined to its Arabic article (`al-Hayya`, `el-Sissi`).
fn article_joined_name(word: &str) -> bool {
    ["al-", "el-"].iter().any(|a| {
        word.strip_prefix(a).is_some_and(|rest| {
            rest.chars().next().is_some_and(char::is_uppercase)
                && rest.chars().count() >= 2
                && rest.chars().all(|c| c.is_alphabetic() || c == '-')
        })
    })
}

/// The end of a person's affiliation in brackets starting at `j` (`UAE
/// Team Emirates`, `Visma-Lease a Bike`, `Arkéa-B&B Hotels`): at most six
/// words on one line, the first and last capitalised or acronyms, short
/// lowercase words and `&`, `-`, `+` between; one that opens on a
/// gazetteer name (`(Corée du Sud)`) or an institution word is left out, a
/// place further in is part of the name (`XDS Astana`). Returns the token
/// of `)`.
fn affiliation_end(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let first = ctx.tokens.get(j)?;
    if !ctx.org_word(j) || first.text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut k = j;
    while k < ctx.n() && k < j + 8 {
        let t = &ctx.tokens[k];
        if t.is(")") {
            break;
        }
        if ctx.line_break_before(k) || ctx.person[k] {
            return None;
        }
        let ok = if t.is_word() {
            (t.is_capitalized() || t.is_acronym())
                && (k > j || !ctx.covered[k])
                && !ctx.matcher.rules.not_name_words.contains(t.text)
                || t.text.chars().all(char::is_lowercase) && t.text.chars().count() <= 2
        } else {
            matches!(t.text, "&" | "-" | "+")
        };
        if !ok {
            return None;
        }
        k += 1;
    }
    let last = ctx.tokens.get(k.checked_sub(1)?)?;
    (k > j
        && ctx.tokens.get(k).is_some_and(|t| t.is(")"))
        && (last.is_capitalized() || last.is_acronym() || last.is("+")))
    .then_some(k)
}

fn title_before_name(ctx: &Ctx<'_>, mut j: usize, plural: bool, out: &mut Out) {
    let rules = &ctx.matcher.rules;
    let mut words = 0;
    while j < ctx.n() && words <= rules.max_title_words {
        if ctx.person[j] {
            return;
        }
        let t = &ctx.tokens[j];
        let name = if t.is(",") {
            ctx.name_at(j + 1, 2)
                .map(|e| (j + 1, e))
                .or_else(|| ctx.place_first_name(j + 1))
        } else if !t.is_word() || ctx.low_in(j, Set::TitleStopWords) {
            return;
        } else {
            // a Korean name whose family name is a French word (`Son Tae
            // Sik`): its shape, not the words after it
            ctx.shape_at(j)
                .filter(|(_, rule)| *rule == "rule:name-shape-korean")
                .map(|(e, _)| (j, e))
                .or_else(|| ctx.name_at(j, 2).map(|e| (j, e)))
        };
        // a name right after `de`, `du` in the description is its
        // complement (`le défenseur du Bayern Munich`), unless a first name
        // inside starts the person (`le grimpeur de Groupama-FDJ Lenny
        // Martinez`); a club's or body's head word starts no person
        // a nationality noun before the name is no part of it (`a reçu
        // l'Italien Jannik Sinner`)
        let name = name.map(|(start, end)| {
            if end - start >= 3 && ctx.text_in(start, Set::NationalityNouns) {
                (start + 1, end)
            } else {
                (start, end)
            }
        });
        let name = name.and_then(|(start, end)| {
            let complement = start > 0 && matches!(&ctx.low[start - 1], "de" | "du" | "des" | "d'")
                || ctx.text_in(start, Set::NameHeads);
            if !complement {
                return Some((start, end));
            }
            (start + 1..end.saturating_sub(1))
                .find(|&m| ctx.low_in(m, Set::FirstNames))
                .map(|m| (m, end))
        });
        if name.is_none() && !t.is(",") && j + 1 < ctx.n() && ctx.name_word(j) {
            // skip the complement's words and read on
            while j < ctx.n() && ctx.name_word(j) {
                j += 1;
                words += 1;
            }
            continue;
        }
        if let Some((start, end)) = name {
            let rule = if plural {
                "rule:title-list"
            } else {
                "rule:title-before-name"
            };
            out.person(ctx, start, end, rule, rules.person_confidence);
            let mut e = end;
            while plural && ctx.tokens.get(e).is_some_and(|t| t.is(",") || t.is("et")) {
                let mut k = e + 1;
                if ctx.tokens.get(k).is_some_and(|t| t.is("et")) {
                    k += 1;
                }
                let Some(next) = ctx.name_at(k, 2) else {
                    break;
                };
                out.person(ctx, k, next, rule, rules.person_confidence);
                e = next;
            }
            return;
        }
        if t.is(",") {
            return;
        }
        j += 1;
        words += 1;
    }
}

fn org_after_head(ctx: &Ctx<'_>, mut j: usize, out: &mut Out) {
    let rules = &ctx.matcher.rules;
    let company = j > 0 && ctx.low_in(j - 1, Set::ParticleNameHeads);
    let mut words = 0;
    while j < ctx.n() && words <= rules.max_head_words {
        let t = &ctx.tokens[j];
        // a name that opens on a country (`l'association France Parkinson`):
        // the longest name wins
        if t.space_before
            && let Some(e) = ctx.named_end(j, &[EntityType::Place])
            && ctx
                .tokens
                .get(e)
                .is_some_and(|n| n.space_before && !ctx.line_break_before(e))
            && ctx.shape_at(e).is_none()
            && let Some(end) = ctx.org_at(e)
        {
            out.org(ctx, j, end, "rule:org-head");
            return;
        }
        if !t.is_word() || ctx.covered[j] || ctx.low_in(j, Set::TitleStopWords) {
            return;
        }
        if t.space_before && ctx.shape_at(j).is_some() {
            return; // a person: `le cabinet de Jean Dupont`
        }
        if t.space_before
            && let Some(e) = ctx.org_at(j)
        {
            // `la radio publique Radio France`: the name's own head keeps its place
            let named = ctx.text_in(j, Set::NameHeads);
            match name_after_head(ctx, j + 1).filter(|&n| named && n > e) {
                Some(n) => out.org(ctx, j, n, "rule:org-name-head"),
                None => {
                    // a head described on after its capitalised word
                    // (`le groupe Rassemblement pour la République`)
                    let head =
                        ctx.text_in(j, Set::GlossedHeads) || ctx.text_in(j, Set::AdjectiveOrgHeads);
                    if let Some(d) = head
                        .then(|| {
                            institutions::described_end(
                                ctx,
                                institutions::after_adjectives(ctx, j + 1),
                            )
                        })
                        .flatten()
                        .filter(|&d| d > e)
                    {
                        out.org(ctx, j, d, "rule:org-described");
                        return;
                    }
                    // its branch's région: `Fnaut Auvergne-Rhône-Alpes`
                    let e = institutions::region_after(ctx, e).unwrap_or(e);
                    // a company's name through a particle: `la société
                    // Papeteries du Haut-Rupt`
                    let e = if company {
                        name_through_particle(ctx, e).unwrap_or(e)
                    } else {
                        e
                    };
                    out.org(ctx, j, e, "rule:org-head")
                }
            }
            return;
        }
        let lowercase = t.text.chars().next().is_some_and(|c| c.is_lowercase());
        if !lowercase && !ctx.text_in(j, Set::NotNameWords) {
            return;
        }
        j += 1;
        words += 1;
    }
}

#[derive(Default)]
struct Out {
    mentions: Vec<EntityMention>,
    spans: HashSet<Span>,
    /// The mentions by the start of their span: (end, index in
    /// `mentions`). Mentions never overlap, so the one starting last before
    /// an offset is the only one that may cover or end at it: a lookup, not
    /// a scan of every mention so far (quadratic on a page of names).
    by_start: BTreeMap<usize, (usize, usize)>,
    /// The people by the folded last word of their name (`Mme Martin`
    /// after `Marie Martin`): index in `mentions`, kept up to date when a
    /// name changes (`rename_last`).
    by_last_word: HashMap<String, Vec<usize>>,
}

impl Out {
    /// The mention starting last before `offset`, if it ends after `from`
    /// (the one mention that may overlap `from..offset`).
    fn last_before(&self, offset: usize, from: usize) -> Option<&EntityMention> {
        self.by_start
            .range(..offset)
            .next_back()
            .filter(|(_, (end, _))| *end > from)
            .map(|(_, (_, i))| &self.mentions[*i])
    }

    fn last_word_key(m: &EntityMention) -> Option<String> {
        (m.entity_type == EntityType::Person)
            .then(|| m.name.split_whitespace().last().map(fold_word))
            .flatten()
    }

    /// Whether a person without a role, named before `before`, has a name
    /// whose last word folds to `word`.
    fn person_with_last_word_before(&self, word: &str, before: usize) -> bool {
        self.by_last_word.get(word).is_some_and(|found| {
            found.iter().any(|&i| {
                let m = &self.mentions[i];
                m.role.is_none() && m.span.end <= before
            })
        })
    }

    /// Give the last mention another id and name, its index with it.
    fn rename_last(&mut self, id: String, name: String) {
        let Some(i) = self.mentions.len().checked_sub(1) else {
            return;
        };
        if let Some(key) = Self::last_word_key(&self.mentions[i])
            && let Some(found) = self.by_last_word.get_mut(&key)
        {
            found.retain(|&j| j != i);
        }
        self.mentions[i].entity_id = id;
        self.mentions[i].name = name;
        if let Some(key) = Self::last_word_key(&self.mentions[i]) {
            self.by_last_word.entry(key).or_default().push(i);
        }
    }

    /// The mention whose span ends at `end`, if any.
    fn ending_at(&self, end: usize) -> Option<&EntityMention> {
        self.last_before(end, end.saturating_sub(1))
            .filter(|m| m.span.end == end)
    }

    fn push(
        &mut self,
        ctx: &Ctx<'_>,
        from: usize,
        to: usize,
        kind: EntityType,
        rule: &str,
        conf: f32,
    ) -> bool {
        let span = ctx.span(from, to);
        if !self.spans.insert(span) || self.last_before(span.end, span.start).is_some() {
            return false;
        }
        self.by_start
            .insert(span.start, (span.end, self.mentions.len()));
        let name = ctx.s[span.start..span.end].to_string();
        let g = ctx.matcher.gazetteer();
        let slug = slugify(&name);
        let (id, name, kind) = match g.get(&slug) {
            Some(e) => (e.id.clone(), e.name.clone(), e.entity_type),
            None => (slug, name, kind),
        };
        self.mentions.push(EntityMention {
            entity_id: id,
            name,
            entity_type: kind,
            surface: ctx.s[span.start..span.end].to_string(),
            span,
            found_by: FoundBy::Rule,
            rule: rule.to_string(),
            confidence: conf,
            role: None,
        });
        if let Some(key) = self.mentions.last().and_then(Self::last_word_key) {
            self.by_last_word
                .entry(key)
                .or_default()
                .push(self.mentions.len() - 1);
        }
        true
    }

    /// The author of a byline or credit: a person, never a participant.
    fn author(&mut self, ctx: &Ctx<'_>, from: usize, to: usize) {
        let conf = ctx.matcher.rules.person_confidence;
        if self.push(ctx, from, to, EntityType::Person, "rule:byline", conf)
            && let Some(m) = self.mentions.last_mut()
        {
            m.role = Some(MentionRole::Author);
        }
    }

    fn person(&mut self, ctx: &Ctx<'_>, from: usize, to: usize, rule: &str, conf: f32) {
        self.push(ctx, from, to, EntityType::Person, rule, conf);
    }

    fn place(&mut self, ctx: &Ctx<'_>, from: usize, to: usize, rule: &str) -> bool {
        let conf = ctx.matcher.rules.org_confidence;
        self.push(ctx, from, to, EntityType::Place, rule, conf)
    }

    fn org(&mut self, ctx: &Ctx<'_>, from: usize, mut to: usize, rule: &str) {
        let conf = ctx.matcher.rules.org_confidence;
        // a legal form closes a company's name and is no part of it
        // (`Transports Vuillemin SARL`)
        if to > from + 1
            && ctx
                .matcher
                .rules
                .legal_forms
                .contains(ctx.tokens[to - 1].text)
        {
            to -= 1;
        }
        self.push(ctx, from, to, EntityType::Organization, rule, conf);
    }
}
