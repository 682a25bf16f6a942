//! Dates told by another event of the article: `Quelques heures avant le
//! début du sommet, la Corée du Nord a tiré deux missiles`, `Kim l'a invité
//! lors de leur rencontre`, `au lendemain de la signature`, `trois jours
//! après la signature du traité`.
//!
//! French dates an act by an event the article tells elsewhere: a
//! preposition of time (`lors de`, `en marge de`, `à l'issue de`, `N jours
//! avant`) before an event noun. The noun names an event of the article's
//! story, and its date is the article's own dated report of an event of
//! that kind. Only an act that has no date of its own is dated so, and only
//! when the article dates that kind of event once (or the report is in the
//! sentences just before): precision first. The words are data
//! (`data/events/anchors.toml`).

use crate::model::{DateInterval, Precision};
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The words of event anchors (`data/events/anchors.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnchorWords {
    /// The phrases of `data/event-frames.toml` (shared with the temporal
    /// stage), set by [`AnchorWords::set_frames`].
    #[serde(skip)]
    during: Vec<String>,
    #[serde(skip)]
    at_end: Vec<String>,
    #[serde(skip)]
    day_before: Vec<String>,
    #[serde(skip)]
    day_after: Vec<String>,
    /// Units of `N <unit> avant|après` with their length in days (0: hours).
    units: BTreeMap<String, i64>,
    /// Words for an unsaid count (`quelques`), with the counts they stand for.
    vague_counts: BTreeMap<String, [i64; 2]>,
    /// Conjunctions of time opening a clause with its own date.
    clauses: ClauseConjunctions,
    /// Verbs of attending an event (`assister`, `prendre part`), as
    /// infinitives.
    attend: Vec<String>,
    /// Every form of the verbs of `attend`, as lowercase words
    /// ([`AnchorWords::inflect_attend`]).
    #[serde(skip)]
    attend_forms: Vec<Vec<String>>,
    /// `clauses` as one automaton, built on first use (after
    /// [`AnchorWords::add_typographic_apostrophes`]).
    #[serde(skip)]
    conjunctions: OnceLock<Option<Conjunctions>>,
}

/// The conjunctions of time of every list as one Aho-Corasick automaton:
/// one pass over a sentence instead of one substring search per phrase
/// ([`AnchorWords::first_conjunction`] runs for most acts without a date).
#[derive(Debug, Clone)]
struct Conjunctions {
    /// Over the distinct phrases, in the order they first appear in the lists.
    automaton: AhoCorasick,
    /// For each distinct phrase: its text and the shift of its first list.
    phrases: Vec<(String, ClauseShift)>,
}

impl Conjunctions {
    /// `None` when the automaton cannot be built (the lists are then
    /// searched phrase by phrase).
    fn new(lists: &[(&Vec<String>, ClauseShift)]) -> Option<Conjunctions> {
        let mut phrases: Vec<(String, ClauseShift)> = Vec::new();
        for (list, shift) in lists {
            for phrase in list.iter() {
                if !phrases.iter().any(|(p, _)| p == phrase) {
                    phrases.push((phrase.clone(), *shift));
                }
            }
        }
        // an empty phrase matches everywhere; the search phrase by phrase
        // is the reference for such data
        if phrases.iter().any(|(p, _)| p.is_empty()) {
            return None;
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(phrases.iter().map(|(p, _)| p.as_str()))
            .ok()?;
        Some(Conjunctions { automaton, phrases })
    }

    /// [`AnchorWords::first_conjunction`] in one pass: for each phrase, its
    /// first occurrence as whole words, reading its occurrences left to
    /// right and skipping those that overlap a rejected one (as repeated
    /// `str::find` from the end of the last one does); then the earliest,
    /// the longest at a place. Two phrases with the same start and end are
    /// the same phrase, which keeps the shift of its first list.
    fn first(&self, lower: &str) -> Option<(usize, usize, ClauseShift)> {
        let n = self.phrases.len();
        let mut from = vec![0usize; n];
        let mut found: Vec<Option<(usize, usize)>> = vec![None; n];
        // matches come by end, so by start for any one phrase
        for m in self.automaton.find_overlapping_iter(lower) {
            let p = m.pattern().as_usize();
            if found[p].is_some() || m.start() < from[p] {
                continue;
            }
            if is_whole(lower, &self.phrases[p].0, m.start(), m.end()) {
                found[p] = Some((m.start(), m.end()));
            } else {
                from[p] = m.end();
            }
        }
        found
            .iter()
            .zip(&self.phrases)
            .filter_map(|(f, (_, shift))| f.map(|(s, e)| (s, e, *shift)))
            .min_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)))
    }
}

/// True when `phrase`, found at `start..end` of `lower`, stands as whole
/// words: no letter or digit before it, nor after it unless it ends with
/// an elided word (`lorsqu'`).
fn is_whole(lower: &str, phrase: &str, start: usize, end: usize) -> bool {
    let open = lower[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let close = phrase.ends_with(['\'', '’'])
        || lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
    open && close
}

/// The conjunctions of time of `[clauses]` in `data/events/anchors.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClauseConjunctions {
    same: Vec<String>,
    shortly_after: Vec<String>,
    shortly_before: Vec<String>,
}

/// Where an act lies from the day of a clause of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseShift {
    /// `lorsque`, `quand`: that day
    Same,
    /// `peu après que`: that day or the next
    ShortlyAfter,
    /// `peu avant que`: that day or the one before
    ShortlyBefore,
}

impl ClauseShift {
    /// The days the act lies in, from the clause's day.
    pub fn days_from(self, day: chrono::NaiveDate) -> (chrono::NaiveDate, chrono::NaiveDate) {
        let one = chrono::Duration::days(1);
        match self {
            ClauseShift::Same => (day, day),
            ClauseShift::ShortlyAfter => (day, day + one),
            ClauseShift::ShortlyBefore => (day - one, day),
        }
    }

    pub fn rule(self) -> &'static str {
        match self {
            ClauseShift::Same => "clause-same",
            ClauseShift::ShortlyAfter => "clause-after",
            ClauseShift::ShortlyBefore => "clause-before",
        }
    }
}

/// Where an act lies relative to the event that dates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// within the event's days (`lors de`, `en marge de`)
    During,
    /// on its last day (`à l'issue de`)
    AtEnd,
    /// the day before it starts (`à la veille de`)
    DayBefore,
    /// the day after it ends (`au lendemain de`)
    DayAfter,
    /// between these many days before its start (`trois jours avant`;
    /// hours are 0 or 1 day before)
    Before(i64, i64),
    /// between these many days after its end
    After(i64, i64),
}

/// Determiners that make the event noun name an event the reader knows
/// (`le sommet`, `cette rencontre`): the article's own.
const DEFINITE: &[&str] = &["le", "la", "l'", "les", "ce", "cet", "cette", "ces"];

/// Possessives: the event is its owner's (`lors de sa visite`: the
/// subject's visit), so the report that dates it must share an actor.
const POSSESSIVE: &[&str] = &["son", "sa", "ses", "leur", "leurs"];

/// Every determiner that may open a noun phrase after `de`, indefinite
/// ones included.
const ANY_DETERMINER: &[&str] = &[
    "le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs",
];

/// Determiners of a singular noun after `à` (`à la`, `à l'`, `à un`,
/// `à sa`): a plural (`aux défilés`) is a habit.
const SINGULAR_AFTER_A: &[&str] = &[
    "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "leur",
];

/// How many words a verb of attending may stand before the `à` of its
/// event (`ont assisté ensemble mercredi matin, depuis la tribune de la
/// place Tiananmen, au`).
const ATTEND_WORDS: usize = 16;

/// Words that open a clause of their own: a verb before them governs
/// nothing after.
const CLAUSE_WORDS: &[&str] = &[
    "qui", "que", "qu'", "dont", "où", "lorsque", "quand", "puis",
];

/// Contractions of `de` or `à` with the definite article (`lors du
/// sommet`, `au lendemain des combats`).
const CONTRACTED: &[&str] = &["du", "des", "au", "aux"];

/// Nouns of a part of an event (`le début du sommet`): the act is dated by
/// the event's first or last day.
const PART_NOUNS: &[(&str, bool)] = &[("début", true), ("ouverture", true), ("fin", false)];

/// Which event the noun after the preposition names: the one the article
/// tells (a definite determiner), or its owner's (a possessive). An
/// indefinite or bare noun (`lors d'une rencontre`, `au cours d'échanges`)
/// names a new event, and dates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    Definite,
    Possessive,
}

impl AnchorWords {
    /// The anchor whose phrase ends `before` (the lowercase text from the
    /// clause start to an event noun): the byte where it starts, the shift
    /// and how the noun refers.
    pub fn ending(&self, before: &str) -> Option<(usize, Shift, Reference)> {
        let (mut rest, reference) = determiner(before)?;
        // a phrase of the data first (`à la fin de`), then a part noun
        if let Some((at, shift)) = self.phrase_ending(rest) {
            return Some((at, shift, reference));
        }
        let mut part: Option<bool> = None;
        // `le début de` + the noun: the act is dated by one end of the event
        if let Some(head) = strip_de(rest) {
            for (noun, first) in PART_NOUNS {
                // `le début`, `l'ouverture`: the elided article stays for `determiner`
                let elided = head.strip_suffix(noun).filter(|h| h.ends_with('\''));
                if let Some(h) = elided.or_else(|| strip_word(head, noun)) {
                    part = Some(*first);
                    rest = determiner(h)?.0;
                    break;
                }
            }
        }
        let (at, shift) = self.phrase_ending(rest)?;
        let shift = match (shift, part) {
            (Shift::During, Some(true)) => Shift::Before(0, 0),
            (Shift::During, Some(false)) => Shift::AtEnd,
            (Shift::Before(a, b), Some(false)) => Shift::After(-b, -a),
            (Shift::After(a, b), Some(true)) => Shift::Before(-b, -a),
            (shift, _) => shift,
        };
        Some((at, shift, reference))
    }

    /// Days from an act to the event whose noun ends `before` (lowercase),
    /// when a phrase of `day_before` or `day_after` governs it: `à la
    /// veille d'un gigantesque` (+1: the act is on the event's eve), `au
    /// lendemain de son` (−1). Any determiner counts (an indefinite
    /// `d'un défilé` still names a day), and up to two words between it
    /// and the noun.
    pub fn eve_or_morrow(&self, before: &str) -> Option<i64> {
        [(&self.day_before, 1), (&self.day_after, -1)]
            .into_iter()
            .find(|(phrases, _)| governs_noun(before, phrases))
            .map(|(_, days)| days)
    }

    /// True when a phrase of `during` governs the event noun that ends
    /// `before` (lowercase): `…, lors de la première` (the act told before
    /// it took place within the event's days), with the determiners and
    /// the words between of [`AnchorWords::eve_or_morrow`].
    pub fn during(&self, before: &str) -> bool {
        governs_noun(before, &self.during)
    }

    /// Take the phrases of another event's time (`lors de`, `à l'issue
    /// de`, `la veille de`, `au lendemain de`) from the list the temporal
    /// stage reads too.
    pub fn set_frames(&mut self, frames: &crate::temporal::lexicon::EventFrames) {
        self.during = frames.during.clone();
        self.at_end = frames.at_end.clone();
        self.day_before = frames.day_before.clone();
        self.day_after = frames.day_after.clone();
    }

    /// Generate every form of the verbs of attending once, at load.
    pub fn inflect_attend(
        &mut self,
        conjugator: &super::conjugate::Conjugator,
    ) -> Result<(), super::conjugate::ConjugateError> {
        let mut forms = std::collections::BTreeSet::new();
        for verb in &self.attend {
            forms.extend(conjugator.inflect_phrase(verb)?);
        }
        self.attend_forms = forms.into_iter().collect();
        Ok(())
    }

    /// Where the verb of attending starts in `before`, when the event noun
    /// that ends `before` (as written: a capital tells a name) is what it
    /// governs: `ont assisté mercredi matin, depuis la tribune, au grand`,
    /// `a pris part jeudi à Moscou à la`. The noun comes after `à` and a
    /// singular determiner (`au`, `à la`, `à l'`, `à un`, `à sa`…) and up
    /// to two words; the `à` is the first after the verb that opens no name
    /// (`à Moscou` is where), within [`ATTEND_WORDS`] words, with no clause
    /// between (`qui`, `que`, a full stop).
    pub fn attended(&self, before: &str) -> Option<usize> {
        let tokens = words_at(before);
        let lower: Vec<String> = tokens.iter().map(|(_, w)| w.to_lowercase()).collect();
        let words: Vec<&str> = lower.iter().map(String::as_str).collect();
        // the determiner of the noun, after up to two words
        let det_at = (1..=3.min(words.len()))
            .map(|dropped| words.len() - dropped)
            .find(|&i| {
                words[i] == "au"
                    || (SINGULAR_AFTER_A.contains(&words[i]) && i > 0 && words[i - 1] == "à")
            })?;
        let prep_at = if words[det_at] == "au" {
            det_at
        } else {
            det_at - 1
        };
        // back to the verb: past names after `à` and other words, never
        // past another `à` + lowercase word, a clause or a sentence's end
        let from = prep_at.saturating_sub(ATTEND_WORDS);
        let mut i = prep_at;
        while i > from {
            i -= 1;
            let w = words[i].trim_end_matches([',', ';']);
            if CLAUSE_WORDS.contains(&w) || w.ends_with(['.', '!', '?', ':']) {
                return None;
            }
            let matched = self.attend_forms.iter().find_map(|form| {
                (i + form.len() <= prep_at
                    && form
                        .iter()
                        .zip(&words[i..])
                        .all(|(f, w)| w.trim_end_matches([',', ';']) == f))
                .then_some(form.len())
            });
            if let Some(len) = matched {
                // only the verb's own complement between it and `à`
                let own = (i + len..prep_at).all(|k| {
                    !(matches!(words[k], "à" | "au" | "aux")
                        && tokens[k + 1].1.starts_with(|c: char| c.is_lowercase()))
                });
                return own.then_some(tokens[i].0);
            }
        }
        None
    }

    /// Add the typographic-apostrophe spelling of every conjunction that
    /// ends with an elided word (`lorsqu'` and `lorsqu’`), once at load, so
    /// that [`AnchorWords::first_conjunction`] reads the lists as they are.
    pub fn add_typographic_apostrophes(&mut self) {
        for list in [
            &mut self.clauses.same,
            &mut self.clauses.shortly_after,
            &mut self.clauses.shortly_before,
        ] {
            let curly: Vec<String> = list
                .iter()
                .filter(|p| p.ends_with('\''))
                .map(|p| p.replace('\'', "’"))
                .collect();
            list.extend(curly);
        }
        self.conjunctions = OnceLock::new();
    }

    /// The first conjunction of time in `lower` (lowercase), as whole words: where it starts and ends, and its shift. The
    /// longest at a place wins (`peu après que` over `dès que`).
    pub fn first_conjunction(&self, lower: &str) -> Option<(usize, usize, ClauseShift)> {
        let lists = self.conjunction_lists();
        match self.conjunctions.get_or_init(|| Conjunctions::new(&lists)) {
            Some(c) => c.first(lower),
            None => first_conjunction_by_phrase(&lists, lower),
        }
    }

    fn conjunction_lists(&self) -> [(&Vec<String>, ClauseShift); 3] {
        [
            (&self.clauses.same, ClauseShift::Same),
            (&self.clauses.shortly_after, ClauseShift::ShortlyAfter),
            (&self.clauses.shortly_before, ClauseShift::ShortlyBefore),
        ]
    }

    /// The last conjunction of simultaneity (`quand`, `lorsque`, `au
    /// moment où`: the `same` list) in `lower` (lowercase), as whole
    /// words: where it starts and ends. The longest at a place wins.
    pub fn last_same_conjunction(&self, lower: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for phrase in &self.clauses.same {
            for (start, _) in lower.match_indices(phrase.as_str()) {
                let end = start + phrase.len();
                let better = best.is_none_or(|(s, e)| start > s || (start == s && end > e));
                if better && is_whole(lower, phrase, start, end) {
                    best = Some((start, end));
                }
            }
        }
        best
    }

    /// The phrases that need no count, each list with its shift.
    fn fixed_phrases(&self) -> [(&[String], Shift); 4] {
        [
            (&self.during, Shift::During),
            (&self.at_end, Shift::AtEnd),
            (&self.day_before, Shift::DayBefore),
            (&self.day_after, Shift::DayAfter),
        ]
    }

    /// Where a phrase that places an act before or after another event
    /// starts, when it ends `before` (lowercase, up to that event's noun:
    /// `cinq jours après la`, `au lendemain du`, `avant le`; or, with
    /// `pronoun`, up to a demonstrative pronoun standing for it: `trois
    /// semaines après` + `celle de Wang Yi`). What is named from there on
    /// is that event's, not the act's. A frame of the same time (`lors
    /// de`, `à l'issue de`) is none: its place and people may be the act's.
    pub fn other_event_start(&self, before: &str, pronoun: bool) -> Option<usize> {
        let rest = if pronoun {
            before.trim_end()
        } else {
            let (rest, _) = determiner(before)?;
            rest
        };
        if let Some((at, shift)) = self.phrase_ending(rest) {
            return (!matches!(shift, Shift::During | Shift::AtEnd)).then_some(at);
        }
        // (a bare `avant`, `après`: no count, the same other event)
        ["avant", "après"]
            .iter()
            .find(|w| strip_word(rest, w).is_some())
            .map(|w| rest.trim_end().len() - w.len())
    }

    /// A preposition phrase that ends `text`: `lors de`, `trois jours avant`.
    fn phrase_ending(&self, text: &str) -> Option<(usize, Shift)> {
        for (phrases, shift) in self.fixed_phrases() {
            for phrase in phrases.iter() {
                if let Some(at) = ends_with_words(text, phrase) {
                    return Some((at, shift));
                }
            }
        }
        let (head, after) = if let Some(h) = strip_word(text, "avant") {
            (h, false)
        } else {
            (strip_word(text, "après")?, true)
        };
        let (head, unit) = self
            .units
            .iter()
            .find_map(|(u, days)| strip_word(head, u).map(|h| (h, *days)))?;
        let count_at = head.rfind(' ').map_or(0, |i| i + 1);
        let count = &head[count_at..];
        let (low, high) = match self.vague_counts.get(count) {
            Some([a, b]) => (*a, *b),
            None => {
                let n = crate::temporal::numbers::parse(count)?;
                (n, n)
            }
        };
        // hours: that day or the one next to it
        let (low, high) = if unit == 0 {
            (0, 1)
        } else {
            (low * unit, high * unit)
        };
        let shift = if after {
            Shift::After(low, high)
        } else {
            Shift::Before(low, high)
        };
        Some((count_at, shift))
    }
}

/// `text` without the determiner that ends it, and what it says; a
/// contraction (`du`, `aux`) stays, for the preposition it ends. None for
/// an indefinite or bare noun.
fn determiner(text: &str) -> Option<(&str, Reference)> {
    let text = text.trim_end();
    if let Some(h) = text.strip_suffix("l'")
        && (h.is_empty() || h.ends_with(|c: char| !c.is_alphanumeric()))
    {
        return Some((h.trim_end(), Reference::Definite));
    }
    let last = text.rsplit(' ').next()?;
    let head = strip_word(text, last)?;
    if DEFINITE.contains(&last) {
        Some((head, Reference::Definite))
    } else if POSSESSIVE.contains(&last) {
        Some((head, Reference::Possessive))
    } else if CONTRACTED.contains(&last) {
        Some((text, Reference::Definite))
    } else {
        None
    }
}

/// The text before a final `de` (also `du`, `des`, `d'`): what it completes.
fn strip_de(text: &str) -> Option<&str> {
    let t = text.trim_end();
    if let Some(h) = t.strip_suffix("d'")
        && h.ends_with(|c: char| !c.is_alphanumeric())
    {
        return Some(h.trim_end());
    }
    ["de", "du", "des"].iter().find_map(|w| strip_word(t, w))
}

/// `text` without `word` as its last whole word.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let h = text.trim_end().strip_suffix(word)?;
    h.is_empty()
        .then_some(h)
        .or_else(|| h.ends_with(' ').then(|| h.trim_end()))
}

/// The words of `text` with where each starts, an elided article a word
/// of its own (`l'armistice`: `l'`, `armistice`).
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_whitespace()) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                let word = &text[s..i];
                let elided = word
                    .char_indices()
                    .find(|&(_, c)| c == '\'' || c == '’')
                    .map(|(at, c)| at + c.len_utf8())
                    .filter(|&at| at == 2 || at == 4);
                match elided {
                    Some(at) if at < word.len() => {
                        words.push((s, &word[..at]));
                        words.push((s + at, &word[at..]));
                    }
                    _ => words.push((s, word)),
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Where `phrase` (ending with `de`) starts when it ends `text`, reading
/// `du`, `des` and `d'` for its final `de`.
/// True when one of `phrases` ends `before` (lowercase) but for a
/// determiner (any, an indefinite one too) and up to two words between it
/// and the noun: `à la veille d'un gigantesque`, `lors de la première`.
fn governs_noun(before: &str, phrases: &[String]) -> bool {
    let space = |s: &str| s.replace("d'", "d' ").replace("l'", "l' ");
    let spaced = space(before);
    let phrases: Vec<String> = phrases.iter().map(|p| space(p)).collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    (0..=3.min(words.len())).any(|dropped| {
        let (head, tail) = words.split_at(words.len() - dropped);
        if tail.first().is_some_and(|w| !ANY_DETERMINER.contains(w)) {
            return false;
        }
        let head = head.join(" ");
        phrases.iter().any(|p| ends_with_words(&head, p).is_some())
    })
}

fn ends_with_words(text: &str, phrase: &str) -> Option<usize> {
    let text = text.trim_end();
    // the forms of `crate::temporal::lexicon::with_contractions`, in its
    // order, compared in place: `{stem} {w}` ends the text when `w`, a
    // space and `stem` end it in turn (no string built per call)
    match phrase.strip_suffix(" de") {
        Some(stem) => ["de", "du", "des", "d'"].iter().find_map(|w| {
            let head = text
                .strip_suffix(w)?
                .strip_suffix(' ')?
                .strip_suffix(stem)?;
            word_boundary_before(head).then_some(head.len())
        }),
        None => whole_word_suffix(text, phrase),
    }
}

/// The text before a suffix of whole words: empty, or ending with neither
/// a letter, a digit nor an apostrophe.
fn word_boundary_before(head: &str) -> bool {
    head.is_empty() || head.ends_with(|ch: char| !ch.is_alphanumeric() && ch != '\'')
}

/// Where `words` starts when `text` ends with it as whole words: the text
/// before it is empty or ends with neither a letter, a digit nor an
/// apostrophe (`… visite de` ends with `de`, `… monde` and `… l'de` do not).
pub(super) fn whole_word_suffix(text: &str, words: &str) -> Option<usize> {
    let head = text.strip_suffix(words)?;
    word_boundary_before(head).then_some(head.len())
}

/// The days an act anchored by `shift` to an event of `event` lies in.
pub fn shifted(event: DateInterval, shift: Shift) -> Option<DateInterval> {
    let days = |d: i64| chrono::Duration::days(d);
    let (start, end, precision) = match shift {
        Shift::During => (event.start, event.end, event.precision),
        Shift::AtEnd => (event.end, event.end, Precision::Day),
        Shift::DayBefore => (event.start - days(1), event.start - days(1), Precision::Day),
        Shift::DayAfter => (event.end + days(1), event.end + days(1), Precision::Day),
        Shift::Before(low, high) => (
            event.start - days(high),
            event.start - days(low),
            Precision::Day,
        ),
        Shift::After(low, high) => (
            event.end + days(low),
            event.end + days(high),
            Precision::Day,
        ),
    };
    // a month-wide event gives no day to count from
    if event.precision > Precision::Week && shift != Shift::During {
        return None;
    }
    (start <= end).then(|| DateInterval::new(start, end, precision))
}

/// [`AnchorWords::first_conjunction`] one phrase at a time: the reference
/// of [`Conjunctions::first`], used when the automaton cannot be built.
fn first_conjunction_by_phrase(
    lists: &[(&Vec<String>, ClauseShift)],
    lower: &str,
) -> Option<(usize, usize, ClauseShift)> {
    let mut best: Option<(usize, usize, ClauseShift)> = None;
    for (list, shift) in lists {
        for phrase in list.iter() {
            let mut from = 0;
            while let Some(i) = lower[from..].find(phrase.as_str()) {
                let start = from + i;
                let end = start + phrase.len();
                if is_whole(lower, phrase, start, end) {
                    let better = best.is_none_or(|(s, e, _)| start < s || (start == s && end > e));
                    if better {
                        best = Some((start, end, *shift));
                    }
                    break;
                }
                // an empty phrase never moves on: give it up
                if end == from {
                    break;
                }
                from = end;
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn words() -> AnchorWords {
        let mut words: AnchorWords =
            toml::from_str(include_str!("../../data/events/anchors.toml")).unwrap();
        words.set_frames(&crate::temporal::lexicon::EventFrames::builtin().unwrap());
        words
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// `ends_with_words` compares the contracted forms in place: every
    /// fixed phrase of the anchors' data (with and without a final `de`),
    /// each form of it, after every kind of text before (nothing, a space,
    /// a letter, an apostrophe, a digit, punctuation, a longer phrase) and
    /// with trailing spaces, cut short or followed by a letter: the same
    /// answers as the search over `with_contractions`' strings.
    #[test]
    fn phrase_endings_in_place_answer_as_the_contracted_strings() {
        let by_strings = |text: &str, phrase: &str| {
            let text = text.trim_end();
            crate::temporal::lexicon::with_contractions(phrase)
                .iter()
                .find_map(|c| whole_word_suffix(text, c))
        };
        let w = words();
        let mut phrases: Vec<String> = w
            .fixed_phrases()
            .into_iter()
            .flat_map(|(p, _)| p.iter().cloned())
            .collect();
        phrases.extend(["lors de", "de", "pendant", "à la veille de", "d'"].map(String::from));
        let (mut n, mut found) = (0, 0);
        for phrase in &phrases {
            let mut forms = crate::temporal::lexicon::with_contractions(phrase);
            forms.push(phrase.clone());
            forms.extend(phrases.iter().take(5).cloned());
            for form in &forms {
                for before in [
                    "",
                    " ",
                    "x",
                    "l'",
                    "l’",
                    "3",
                    ", ",
                    "il est parti bien avant ",
                    "é",
                ] {
                    for after in ["", "  ", "s", "\n"] {
                        for cut in [0, 1] {
                            let mut text = format!("{before}{form}{after}");
                            for _ in 0..cut {
                                text.pop();
                            }
                            let got = ends_with_words(&text, phrase);
                            assert_eq!(got, by_strings(&text, phrase), "{text:?} {phrase:?}");
                            n += 1;
                            found += usize::from(got.is_some());
                        }
                    }
                }
            }
        }
        assert!(n > 5000 && found > 500, "{n} {found}");
    }

    #[test]
    fn an_eve_or_a_morrow_before_a_noun_with_any_determiner_and_up_to_two_words() {
        let w = words();
        for (phrases, days) in [(&w.day_before, 1), (&w.day_after, -1)] {
            for phrase in phrases.iter() {
                let stem = phrase.strip_suffix(" de").unwrap();
                for det in [
                    "la ", "l'", "son ", "sa ", "ses ", "leur ", "un ", "une ", "ce ", "cette ",
                ] {
                    for words_between in ["", "gigantesque ", "très longue ", "premier grand "] {
                        let before = format!("il a parlé {stem} de {det}{words_between}");
                        assert_eq!(w.eve_or_morrow(&before), Some(days), "{before}");
                    }
                    // `d'un`, `d'une`: the elided `de`
                    if det.starts_with('u') {
                        let before = format!("il a parlé {stem} d'{det}");
                        assert_eq!(w.eve_or_morrow(&before), Some(days), "{before}");
                    }
                }
                for contracted in ["du ", "des "] {
                    let before = format!("il a parlé {stem} {contracted}");
                    assert_eq!(w.eve_or_morrow(&before), Some(days), "{before}");
                }
                // three words between: too far; a noun of its own between:
                // the phrase governs that noun, not the next
                for before in [
                    format!("{stem} de la très très longue "),
                    format!("{stem} du sommet et de la "),
                ] {
                    assert_eq!(w.eve_or_morrow(&before), None, "{before}");
                }
            }
        }
        // other prepositions of time are no eve or morrow
        for before in [
            "lors de la ",
            "à l'issue du ",
            "en marge de son ",
            "trois jours avant la ",
        ] {
            assert_eq!(w.eve_or_morrow(before), None, "{before}");
        }
    }

    #[test]
    fn every_fixed_phrase_with_every_contraction_and_determiner_is_found() {
        let w = words();
        for (phrases, shift) in w.fixed_phrases() {
            for phrase in phrases.iter() {
                let forms: Vec<(String, Reference)> = match phrase.strip_suffix(" de") {
                    // `de` + a determiner, and its contractions
                    Some(stem) => vec![
                        (format!("{stem} de la"), Reference::Definite),
                        (format!("{stem} de leur"), Reference::Possessive),
                        (format!("{stem} de cette"), Reference::Definite),
                        (format!("{stem} du"), Reference::Definite),
                        (format!("{stem} des"), Reference::Definite),
                        (format!("{stem} de sa"), Reference::Possessive),
                        (format!("{stem} de l'"), Reference::Definite),
                    ],
                    None => vec![
                        (format!("{phrase} la"), Reference::Definite),
                        (format!("{phrase} sa"), Reference::Possessive),
                        (format!("{phrase} leur"), Reference::Possessive),
                        (format!("{phrase} le"), Reference::Definite),
                        (format!("{phrase} ces"), Reference::Definite),
                    ],
                };
                for (form, reference) in forms {
                    let before = format!("la corée du nord a tiré des missiles {form}");
                    let found = w.ending(&before);
                    assert_eq!(
                        found.map(|f| (f.1, f.2)),
                        Some((shift, reference)),
                        "{before}"
                    );
                    let at = found.unwrap().0;
                    assert!(
                        before[at..].starts_with(phrase.split(' ').next().unwrap()),
                        "{before}"
                    );
                }
                // an indefinite or bare noun is a new event
                let stem = phrase.strip_suffix(" de").unwrap_or(phrase);
                for form in [
                    format!("{stem} d'une"),
                    format!("{stem} d'"),
                    format!("{phrase} une"),
                ] {
                    let before = format!("la corée du nord a tiré des missiles {form}");
                    assert_eq!(w.ending(&before), None, "{before}");
                }
            }
        }
    }

    #[test]
    fn counted_units_before_and_after_with_words_and_digits() {
        let w = words();
        // (count word, its value) × (unit, days per unit), expected by hand
        let counts = [("deux", 2), ("trois", 3), ("10", 10), ("quinze", 15)];
        let units = [("jours", 1), ("semaines", 7)];
        for (word, n) in counts {
            for (unit, per) in units {
                for (side, after) in [("avant", false), ("après", true)] {
                    let before = format!("kim a quitté moscou {word} {unit} {side} la");
                    let want = if after {
                        Shift::After(n * per, n * per)
                    } else {
                        Shift::Before(n * per, n * per)
                    };
                    assert_eq!(w.ending(&before).map(|f| f.1), Some(want), "{before}");
                }
            }
        }
        let hours = w.ending("quelques heures avant le début du").map(|f| f.1);
        assert_eq!(
            w.ending("trois jours après la fin du").map(|f| f.1),
            Some(Shift::After(3, 3))
        );
        assert_eq!(hours, Some(Shift::Before(0, 1)));
        let days = w.ending("quelques jours après la").map(|f| f.1);
        assert_eq!(days, Some(Shift::After(2, 6)));
    }

    #[test]
    fn a_part_of_the_event_dates_by_its_first_or_last_day() {
        let w = words();
        assert_eq!(
            w.ending("lors de l'ouverture du").map(|f| f.1),
            Some(Shift::Before(0, 0))
        );
        assert_eq!(w.ending("à la fin de la").map(|f| f.1), Some(Shift::AtEnd));
    }

    #[test]
    fn no_anchor_without_its_preposition() {
        let w = words();
        for before in [
            "kim a annoncé la",
            "après avoir signé le",
            "avant la",
            "depuis le",
            "pendant deux",
        ] {
            assert_eq!(w.ending(before), None, "{before}");
        }
    }

    #[test]
    fn shifts_move_the_days_of_the_event() {
        let summit = DateInterval::new(day(2023, 9, 12), day(2023, 9, 17), Precision::Day);
        let cases = [
            (Shift::During, (day(2023, 9, 12), day(2023, 9, 17))),
            (Shift::AtEnd, (day(2023, 9, 17), day(2023, 9, 17))),
            (Shift::DayBefore, (day(2023, 9, 11), day(2023, 9, 11))),
            (Shift::DayAfter, (day(2023, 9, 18), day(2023, 9, 18))),
            (Shift::Before(0, 1), (day(2023, 9, 11), day(2023, 9, 12))),
            (Shift::After(3, 3), (day(2023, 9, 20), day(2023, 9, 20))),
        ];
        for (shift, (start, end)) in cases {
            let got = shifted(summit, shift).unwrap();
            assert_eq!((got.start, got.end), (start, end), "{shift:?}");
        }
        // a month says no day: only `during` keeps it
        let month = DateInterval::new(day(2023, 9, 1), day(2023, 9, 30), Precision::Month);
        assert_eq!(shifted(month, Shift::During), Some(month));
        assert_eq!(shifted(month, Shift::DayAfter), None);
    }

    /// The automaton finds what the search phrase by phrase finds, on
    /// sentences built from the conjunctions themselves: glued to words,
    /// repeated, overlapping, with both apostrophes.
    #[test]
    fn the_conjunction_automaton_finds_what_the_phrase_search_finds() {
        let mut w = words();
        w.add_typographic_apostrophes();
        let lists = w.conjunction_lists();
        let automaton = Conjunctions::new(&lists).expect("the automaton builds");
        let phrases: Vec<String> = lists.iter().flat_map(|(l, _)| l.iter().cloned()).collect();
        let mut texts: Vec<String> = vec![String::new(), "il est arrivé.".into()];
        for (i, a) in phrases.iter().enumerate() {
            let b = &phrases[(i * 7 + 3) % phrases.len()];
            for text in [
                format!("{a} il est arrivé, {b} il part"),
                format!("x{a} il est arrivé"),
                format!("il a parlé {a}x puis {a} elle"),
                format!("{a}{a} {b}"),
                format!("peu {a} après {b}."),
                format!("{b}{a}é {a}"),
                format!("aussitôt {a}"),
            ] {
                texts.push(text);
            }
        }
        let mut found = 0;
        for text in &texts {
            let expected = first_conjunction_by_phrase(&lists, text);
            found += usize::from(expected.is_some());
            assert_eq!(automaton.first(text), expected, "{text}");
            assert_eq!(w.first_conjunction(text), expected, "{text}");
        }
        assert!(found > phrases.len(), "{found}");
    }
}
