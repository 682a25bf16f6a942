//! The trigger lexicon and modality cues, loaded from `data/`.

use crate::model::{EventType, Modality};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!("../../data/triggers.toml");
const MODALITY: &str = include_str!("../../data/modality.toml");
const ANAPHORA: &str = include_str!("../../data/anaphora.toml");

/// Words that point back to people named before (see `data/anaphora.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnaphoraWords {
    pub singular: Vec<String>,
    pub plural: Vec<String>,
    pub pair: Vec<String>,
    /// The words above in one automaton (built on first use).
    #[serde(skip)]
    index: OnceLock<WordIndex>,
}

/// How many people an anaphor in a clause stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anaphor {
    One,
    Pair,
    Many,
}

impl AnaphoraWords {
    /// The anaphor a lowercased clause uses, if any (a pair description first).
    pub fn find(&self, clause: &str) -> Option<Anaphor> {
        let index = self.index.get_or_init(|| {
            WordIndex::new(&[&self.pair[..], &self.plural[..], &self.singular[..]])
        });
        let seen = index.present(clause);
        if index.any(seen, 0, clause) {
            Some(Anaphor::Pair)
        } else if index.any(seen, 1, clause) {
            Some(Anaphor::Many)
        } else if index.any(seen, 2, clause) {
            Some(Anaphor::One)
        } else {
            None
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TriggerEntry {
    #[serde(rename = "type")]
    event_type: String,
    stems: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct TriggerFile {
    /// Nouns of speech (`déclaration`): `la déclaration de X` makes X the
    /// speaker, not a participant of the other events of the clause.
    #[serde(default)]
    speaker_nouns: Vec<String>,
    /// `lors de sa` + trigger: the event frames the rest of its sentence.
    #[serde(default)]
    frame_words: Vec<String>,
    trigger: Vec<TriggerEntry>,
}

/// Cues that decide whether a clause reports a fact, a plan, a guess or a denial.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModalityCues {
    planned_endings: Vec<String>,
    planned_words: Vec<String>,
    speculated_endings: Vec<String>,
    speculated_words: Vec<String>,
    negated_words: Vec<String>,
    /// The cue words above in one automaton (built on first use).
    #[serde(skip)]
    index: OnceLock<WordIndex>,
}

/// Word lists compiled into one automaton: one pass over a clause tells
/// which words occur in it at all, and [`has_word`] (which checks the word
/// boundaries) runs only for those. Same answers as calling [`has_word`] for
/// every word, which is what happens when the lists hold more than 64 words
/// or an empty one.
#[derive(Debug, Clone)]
struct WordIndex {
    /// The words of all lists, one after the other.
    words: Vec<String>,
    /// Where each list starts in `words` (and, last, where the last ends).
    starts: Vec<usize>,
    automaton: Option<AhoCorasick>,
}

impl WordIndex {
    fn new(lists: &[&[String]]) -> WordIndex {
        let mut words = Vec::new();
        let mut starts = vec![0];
        for list in lists {
            words.extend(list.iter().cloned());
            starts.push(words.len());
        }
        let usable = words.len() <= 64 && words.iter().all(|w| !w.is_empty());
        let automaton = usable.then(|| AhoCorasick::new(&words).ok()).flatten();
        WordIndex {
            words,
            starts,
            automaton,
        }
    }

    /// Bit `i` set when word `i` occurs somewhere in `clause` (all bits set
    /// without an automaton).
    fn present(&self, clause: &str) -> u64 {
        let Some(ac) = &self.automaton else {
            return u64::MAX;
        };
        let mut bits = 0u64;
        for m in ac.find_overlapping_iter(clause) {
            bits |= 1 << m.pattern().as_usize();
        }
        bits
    }

    /// True when a word of list `list` is a whole word of `clause`.
    fn any(&self, present: u64, list: usize, clause: &str) -> bool {
        (self.starts[list]..self.starts[list + 1])
            .any(|i| (i >= 64 || present >> i & 1 == 1) && has_word(clause, &self.words[i]))
    }
}

fn has_word(clause: &str, word: &str) -> bool {
    clause.match_indices(word).any(|(i, _)| {
        let before = clause[..i].chars().next_back();
        let after = clause[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn has_ending(clause: &str, endings: &[String]) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| w.chars().count() > 5)
        .any(|w| endings.iter().any(|e| w.ends_with(e.trim())))
}

impl ModalityCues {
    /// The modality of a lowercased clause: negation first, then speculation, then plans.
    pub fn classify(&self, clause: &str) -> Modality {
        let index = self.index.get_or_init(|| {
            WordIndex::new(&[
                &self.negated_words[..],
                &self.speculated_words[..],
                &self.planned_words[..],
            ])
        });
        let seen = index.present(clause);
        if index.any(seen, 0, clause) {
            Modality::Negated
        } else if index.any(seen, 1, clause) || has_ending(clause, &self.speculated_endings) {
            Modality::Speculated
        } else if index.any(seen, 2, clause) || has_ending(clause, &self.planned_endings) {
            Modality::Planned
        } else {
            Modality::Occurred
        }
    }
}

/// The last few words of `before`: frames and nouns of speech are short,
/// and a sentence can be megabytes long (looking at all of it for every
/// trigger would be quadratic).
fn tail(before: &str) -> &str {
    const TAIL_BYTES: usize = 80;
    let mut from = before.len().saturating_sub(TAIL_BYTES);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    &before[from..]
}

/// A trigger found in a sentence (byte offsets in the sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TriggerHit {
    pub event_type: EventType,
    pub start: usize,
    pub end: usize,
}

/// Trigger stems compiled into one automaton, built once per run.
pub struct EventLexicon {
    automaton: AhoCorasick,
    types: Vec<EventType>,
    exclude: Vec<String>,
    pub modality: ModalityCues,
    pub anaphora: AnaphoraWords,
    /// Entity ids of news outlets (gazetteer category `media`): they are who
    /// says so, not participants of what they report.
    pub media: std::collections::BTreeSet<String>,
    /// Lowercase nouns of speech, see `triggers.toml`.
    pub speaker_nouns: Vec<String>,
    /// Lowercase words before a trigger that make it a time frame, see `triggers.toml`.
    pub frame_words: Vec<String>,
}

impl EventLexicon {
    pub fn builtin() -> anyhow::Result<EventLexicon> {
        let file: TriggerFile = toml::from_str(TRIGGERS)?;
        let modality: ModalityCues = toml::from_str(MODALITY)?;
        let anaphora: AnaphoraWords = toml::from_str(ANAPHORA)?;
        let mut stems = Vec::new();
        let mut types = Vec::new();
        let mut exclude = Vec::new();
        for entry in file.trigger {
            let t = EventType::parse(&entry.event_type).ok_or_else(|| {
                anyhow::anyhow!("triggers.toml: unknown type '{}'", entry.event_type)
            })?;
            for stem in entry.stems {
                stems.push(stem.to_lowercase());
                types.push(t);
            }
            exclude.extend(entry.exclude.into_iter().map(|w| w.to_lowercase()));
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&stems)?;
        Ok(EventLexicon {
            automaton,
            types,
            exclude,
            modality,
            anaphora,
            media: Default::default(),
            speaker_nouns: file
                .speaker_nouns
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            frame_words: file.frame_words.iter().map(|w| w.to_lowercase()).collect(),
        })
    }

    /// True when the text just before an entity makes it the speaker of a
    /// noun of speech: `la déclaration de ` / `les propos du ` + name.
    pub fn is_speaker(&self, before: &str) -> bool {
        let before = tail(before).trim_end().to_lowercase();
        let Some(rest) = ["de la", "de l'", "du", "de", "d'"]
            .iter()
            .find_map(|p| before.strip_suffix(p))
        else {
            return false;
        };
        let rest = rest.trim_end();
        self.speaker_nouns.iter().any(|n| {
            rest.ends_with(n.as_str())
                && !rest[..rest.len() - n.len()].ends_with(char::is_alphanumeric)
        })
    }

    /// True when the text before a trigger ends with a frame (`Lors de sa `).
    pub fn is_frame(&self, before: &str) -> bool {
        let before = tail(before).to_lowercase();
        let before = before.trim_end();
        self.frame_words.iter().any(|f| {
            before.ends_with(f.as_str())
                && !before[..before.len() - f.len()].ends_with(char::is_alphanumeric)
        })
    }

    /// Triggers of a sentence: stems at the start of a word, not in the exclusions.
    pub fn find(&self, sentence: &str) -> Vec<TriggerHit> {
        let lower = sentence.to_lowercase();
        if lower.len() != sentence.len() {
            // case folding changed byte lengths: match on the original instead
            return self.find_in(sentence, sentence);
        }
        self.find_in(&lower, sentence)
    }

    fn find_in(&self, haystack: &str, _original: &str) -> Vec<TriggerHit> {
        let mut out = Vec::new();
        for m in self.automaton.find_iter(haystack) {
            let before = haystack[..m.start()].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            let word_end = haystack[m.end()..]
                .find(|c: char| !c.is_alphanumeric() && c != '-')
                .map_or(haystack.len(), |i| m.end() + i);
            let word = &haystack[m.start()..word_end];
            if self.exclude.iter().any(|x| x == word) {
                continue;
            }
            out.push(TriggerHit {
                event_type: self.types[m.pattern().as_usize()],
                start: m.start(),
                end: word_end.max(m.end()),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_and_speakers_are_read_from_the_words_before() {
        let l = EventLexicon::builtin().unwrap();
        assert!(l.is_frame("Lors de sa "));
        assert!(l.is_frame("Il l'a dit au cours de leur "));
        assert!(!l.is_frame("Sa "));
        assert!(!l.is_frame("Kim a annoncé sa "));
        assert!(l.is_speaker("La déclaration de "));
        assert!(l.is_speaker("selon les propos du "));
        assert!(!l.is_speaker("La visite de "));
        assert!(!l.is_speaker("La prédéclaration de "));
    }

    #[test]
    fn stems_match_word_starts_only() {
        let lex = EventLexicon::builtin().unwrap();
        let hits = lex.find("Ils se sont rencontrés ; la prérencontre non.");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].event_type, EventType::Meeting);
    }

    #[test]
    fn modality_cues() {
        let lex = EventLexicon::builtin().unwrap();
        let m = &lex.modality;
        assert_eq!(m.classify("kim rencontrera poutine"), Modality::Planned);
        assert_eq!(
            m.classify("il pourrait le rencontrer"),
            Modality::Speculated
        );
        assert_eq!(
            m.classify("aucune rencontre n'était prévue"),
            Modality::Negated
        );
        assert_eq!(m.classify("kim est arrivé mardi"), Modality::Occurred);
    }

    #[test]
    fn anaphora_words() {
        let a = &EventLexicon::builtin().unwrap().anaphora;
        assert_eq!(
            a.find("où ils se sont rencontrés en 2019"),
            Some(Anaphor::Many)
        );
        assert_eq!(
            a.find("les deux dirigeants devraient discuter"),
            Some(Anaphor::Pair)
        );
        assert_eq!(
            a.find("il a été accueilli par le ministre"),
            Some(Anaphor::One)
        );
        assert_eq!(a.find("une ville"), None);
        assert_eq!(a.find("villes illustres"), None);
    }

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn word_index_gives_the_answers_of_has_word() {
        let a = strings(&["il", "aucun"]);
        let b = strings(&["nana", "ils"]);
        let index = WordIndex::new(&[&a, &b]);
        assert!(index.automaton.is_some());
        for clause in [
            "il vient",
            "ville",
            "aucune",
            "ils nanana",
            "nanana",
            "banana nana",
            "avril, ils",
            "",
        ] {
            let seen = index.present(clause);
            for (list, words) in [&a, &b].iter().enumerate() {
                let expected = words.iter().any(|w| has_word(clause, w));
                assert_eq!(index.any(seen, list, clause), expected, "{clause} {list}");
            }
        }
        // an empty word or too many words: no automaton, same answers
        let empty = strings(&["", "il"]);
        let index = WordIndex::new(&[&empty]);
        assert!(index.automaton.is_none());
        assert!(index.any(index.present("il"), 0, "il"));
        let many: Vec<String> = (0..70).map(|i| format!("w{i}")).collect();
        let index = WordIndex::new(&[&many]);
        assert!(index.automaton.is_none());
        assert!(index.any(index.present("a w69 b"), 0, "a w69 b"));
        assert!(!index.any(index.present("a w70 b"), 0, "a w70 b"));
    }
}
