//! The event lexicon and modality cues, loaded from `data/`.
//!
//! The lexicon (`data/events/*.toml`) lists lemmas by event type; every
//! surface form of every lemma (conjugated by [`super::conjugate`]) is
//! compiled into one aho-corasick automaton, built once with the `Config`.
//! A form counts only as a whole word, and only where its context rules
//! allow (`sommet` but not `sommet du mont`; `se rendre` only with its
//! clitic). Each hit says its type, lemma and part of speech; a participle
//! after its auxiliary (`a reçu`, `s'est rendu`) is a finite verb, the
//! head of a clause.

use super::conjugate::{Conjugator, FormKind, Tense};
use super::entries::{Diagnostic, Entries, LemmaKind, PartOfSpeech, Surface};
use crate::model::{EventType, Modality};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The built-in lexicon files, by the name `lexicon check` reports.
const LEXICON_FILES: [(&str, &str); 5] = [
    (
        "data/events/movement.toml",
        include_str!("../../data/events/movement.toml"),
    ),
    (
        "data/events/encounter.toml",
        include_str!("../../data/events/encounter.toml"),
    ),
    (
        "data/events/speech.toml",
        include_str!("../../data/events/speech.toml"),
    ),
    (
        "data/events/accords.toml",
        include_str!("../../data/events/accords.toml"),
    ),
    (
        "data/events/force.toml",
        include_str!("../../data/events/force.toml"),
    ),
];
const CONTEXT: &str = include_str!("../../data/events/context.toml");
const MODALITY: &str = include_str!("../../data/modality.toml");
const ANAPHORA: &str = include_str!("../../data/anaphora.toml");
const PLACES: &str = include_str!("../../data/events/places.toml");
const ANCHORS: &str = include_str!("../../data/events/anchors.toml");
const STAYS: &str = include_str!("../../data/events/stays.toml");
const NAMES: &str = include_str!("../../data/names-fr.toml");

/// Words that point back to people named before (see `data/anaphora.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnaphoraWords {
    pub singular: Vec<String>,
    pub plural: Vec<String>,
    pub pair: Vec<String>,
    /// The pairs of heads of state or government (`les deux dirigeants`).
    pub leader_pair: Vec<String>,
    /// `ce dernier`, `cette dernière`: the last person named.
    pub latest: Vec<String>,
    /// Indirect-object clitics (`lui`): one more person named before.
    pub object: Vec<String>,
    /// Words after which an object word is a stressed pronoun (`selon lui`).
    pub object_not_after: Vec<String>,
    /// Each singular subject pronoun with the article of its gender.
    pub subject_articles: Vec<SubjectArticle>,
    /// Impersonal constructions (`il s'agit`, `il faut`): their `il`
    /// stands for no one.
    pub impersonal: Vec<String>,
    /// The words that may stand before a verb with an inverted subject
    /// clitic without being its subject (`pourquoi`, `peut-être`, `ne`,
    /// `s'`): after any other word the clitic repeats the subject written
    /// there (complex inversion) and points back to no one.
    #[serde(default)]
    pub inversion_before: Vec<String>,
    /// Possessive determiners of one possessor (`son`, `sa`, `ses`) and of
    /// several (`leur`, `leurs`), and the adjectives that may stand
    /// between one and its noun (`sa dernière visite`).
    pub possessive_one: Vec<String>,
    pub possessive_many: Vec<String>,
    pub possessive_adjectives: Vec<String>,
    /// The words above in one automaton (built on first use).
    #[serde(skip)]
    index: OnceLock<WordIndex>,
    /// The impersonal phrases in one automaton (built on first use): a
    /// clause holding none of them is left as it is without a search per
    /// phrase.
    #[serde(skip)]
    impersonal_any: OnceLock<Option<AhoCorasick>>,
}

/// A subject pronoun and the definite article of the same gender.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectArticle {
    pub pronoun: String,
    pub article: String,
}

/// How many people an anaphor in a clause stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anaphor {
    /// a subject pronoun (`il`, `elle`): the subject it continues
    One,
    /// `ce dernier`, `cette dernière`: the last person named
    Latest,
    Pair,
    Many,
}

impl AnaphoraWords {
    /// The anaphor a lowercased clause uses, if any (a pair description first).
    pub fn find(&self, clause: &str) -> Option<Anaphor> {
        let masked = self.without_impersonal(clause);
        let clause = masked.as_deref().unwrap_or(clause);
        let repeated = self.without_repeated_subject(clause);
        let clause = repeated.as_deref().unwrap_or(clause);
        let index = self.index.get_or_init(|| {
            WordIndex::new(&[
                &self.pair[..],
                &self.plural[..],
                &self.latest[..],
                &self.singular[..],
            ])
        });
        let seen = index.present(clause);
        if index.any(seen, 0, clause) {
            Some(Anaphor::Pair)
        } else if index.any(seen, 1, clause) {
            Some(Anaphor::Many)
        } else if index.any(seen, 2, clause) {
            Some(Anaphor::Latest)
        } else if index.any(seen, 3, clause) {
            Some(Anaphor::One)
        } else {
            None
        }
    }
}

impl AnaphoraWords {
    /// `clause` (lowercase) with the inverted subject clitics that repeat
    /// a subject written before their verb blanked out (same length), or
    /// None when it has none: `des soldats combattent-ils`, `pourquoi kim
    /// a-t-il`. A clitic whose verb has before it, back to the clause's
    /// last punctuation, only words of `inversion_before` (`pourquoi
    /// a-t-il`, `…, a-t-il déclaré`) is the subject and stays.
    fn without_repeated_subject(&self, clause: &str) -> Option<String> {
        const CLITICS: [&str; 4] = ["-ils", "-elles", "-il", "-elle"];
        let mut masked: Option<String> = None;
        let mut from = 0;
        while let Some(offset) = clause[from..].find('-') {
            let at = from + offset;
            from = at + 1;
            let rest = &clause[at..];
            let Some(clitic) = CLITICS.iter().find(|c| {
                rest.starts_with(**c)
                    && !rest[c.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            }) else {
                continue;
            };
            // the verb: the word the clitic is joined to, past a
            // euphonic `-t` (`a-t-il`)
            let head = &clause[..at];
            let head = head.strip_suffix("-t").unwrap_or(head);
            let verb_start = head
                .rfind(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .map_or(0, |i| {
                    i + head[i..].chars().next().map_or(1, char::len_utf8)
                });
            if verb_start >= head.len() {
                continue;
            }
            let before = &head[..verb_start];
            let segment = before
                .rfind([',', ';', ':', '(', ')', '«', '»', '"', '?', '!', '.'])
                .map_or(before, |i| &before[i + 1..]);
            let subject_before = segment
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .any(|w| {
                    let elided = format!("{w}'");
                    !self
                        .inversion_before
                        .iter()
                        .any(|b| *b == w || *b == elided)
                });
            if subject_before {
                let out = masked.get_or_insert_with(|| clause.to_string());
                out.replace_range(at..at + clitic.len(), &" ".repeat(clitic.len()));
            }
        }
        masked
    }

    /// `clause` with its impersonal constructions blanked out (same
    /// length, so offsets hold), or None when it has none.
    fn without_impersonal(&self, clause: &str) -> Option<String> {
        // nothing is blanked unless some phrase occurs in the clause as
        // written (the blanking below only removes text)
        let any = self
            .impersonal_any
            .get_or_init(|| AhoCorasick::new(&self.impersonal).ok());
        if any.as_ref().is_some_and(|a| !a.is_match(clause)) {
            return None;
        }
        self.without_impersonal_each(clause)
    }

    /// [`Self::without_impersonal`] without the automaton: one search per
    /// phrase.
    fn without_impersonal_each(&self, clause: &str) -> Option<String> {
        let mut masked: Option<String> = None;
        for phrase in &self.impersonal {
            let text = masked.as_deref().unwrap_or(clause);
            let found: Vec<usize> = text
                .match_indices(phrase.as_str())
                .map(|(at, _)| at)
                .filter(|&at| {
                    let before = text[..at].chars().next_back();
                    let after = text[at + phrase.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .collect();
            if found.is_empty() {
                continue;
            }
            let mut out = text.to_string();
            for at in found {
                out.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
            }
            masked = Some(out);
        }
        masked
    }

    /// The anaphor a possessive determiner that opens a clause before its
    /// event noun stands for (`Son arrivée`, `Sa dernière visite`: one
    /// person; `Leur rencontre`: the pair named before), the adjectives of
    /// `possessive_adjectives` aside; `before` is the lowercased clause up
    /// to the noun. Inside a clause (`à bord de son train`, `avant son
    /// départ`) the possessor is often named after it, in the same
    /// sentence: none.
    pub fn possessive_before(&self, before: &str) -> Option<Anaphor> {
        // `Il s'agit de sa première visite`: after an impersonal
        // construction and its `de`, the noun phrase is what the clause
        // is about, as a subject would be
        let masked = self.without_impersonal(before);
        let impersonal = masked.is_some();
        let before = masked.as_deref().unwrap_or(before);
        let mut words: Vec<&str> = before
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        if impersonal && words.first().is_some_and(|w| *w == "de" || *w == "d'") {
            words.remove(0);
        }
        while words
            .last()
            .is_some_and(|w| self.possessive_adjectives.iter().any(|a| a == w))
        {
            words.pop();
        }
        // the possessive opens the clause: the noun phrase is its subject
        let [word] = words[..] else {
            return None;
        };
        if self.possessive_one.iter().any(|p| p == word) {
            Some(Anaphor::One)
        } else if self.possessive_many.iter().any(|p| p == word) {
            Some(Anaphor::Pair)
        } else {
            None
        }
    }

    /// True when a lowercased text names a pair of heads of state or
    /// government (`les deux dirigeants`).
    pub fn names_leaders(&self, text: &str) -> bool {
        self.leader_pair.iter().any(|w| has_word(text, w))
    }

    /// The article of the gender of the one singular subject pronoun of a
    /// lowercased text (`elle a placé` → `la`); none when it holds none or
    /// pronouns of both genders.
    pub fn article_of_pronoun(&self, text: &str) -> Option<&str> {
        let mut found = self
            .subject_articles
            .iter()
            .filter(|s| has_word(text, &s.pronoun));
        let first = found.next()?;
        found.next().is_none().then_some(first.article.as_str())
    }

    /// True when a lowercased text (the clause up to its trigger) holds an
    /// indirect-object clitic: an object word not after a preposition.
    pub fn has_object_clitic(&self, text: &str) -> bool {
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().enumerate().any(|(i, w)| {
            self.object.iter().any(|o| o == w)
                && i > 0
                && !self.object_not_after.iter().any(|p| p == words[i - 1])
        })
    }
}

/// Cues that decide whether a clause reports a fact, a plan, a guess or a denial.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModalityCues {
    planned_endings: Vec<String>,
    planned_words: Vec<String>,
    speculated_endings: Vec<String>,
    /// Endings of the imparfait that look like a conditional's
    /// (`préparait`, `rencontrait`, `assurait`): a word ending in one is
    /// no conditional (data/modality.toml says which and why).
    #[serde(default)]
    imperfect_endings: Vec<String>,
    speculated_words: Vec<String>,
    negated_words: Vec<String>,
    /// The words that open a partial question (`pourquoi`, `quand`,
    /// `quel`), which takes its act for granted, and the prepositions that
    /// may stand before them (`depuis quand`): data/modality.toml.
    #[serde(default)]
    interrogative_words: Vec<String>,
    #[serde(default)]
    interrogative_prepositions: Vec<String>,
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

/// True when `text` holds nothing but words: letters, digits, spaces,
/// apostrophes and hyphens (no punctuation between a governor and what it
/// governs).
fn only_words(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-' | '\u{a0}'))
}

impl ModalityCues {
    /// True when `sentence` is a yes/no question (interrogation totale:
    /// `Des soldats combattent-ils en Ukraine ?`, `Est-ce que Kim ira à
    /// Moscou ?`): it ends on a question mark (closing quotes and brackets
    /// aside) and its question does not open on an interrogative word,
    /// alone or after a preposition (`Pourquoi…`, `Depuis quand…`), which
    /// would take the act for granted. The question is what follows the
    /// last colon, dash or opening quote (`Ukraine : des soldats
    /// combattent-ils ?`). `Est-ce que` opens a yes/no question;
    /// `qu'est-ce que` a partial one.
    pub fn is_yes_no_question(&self, sentence: &str) -> bool {
        let trimmed = sentence.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '»' | '"' | '”' | ')' | ']' | '’' | '\'')
        });
        let Some(question) = trimmed.strip_suffix('?') else {
            return false;
        };
        let question = question
            .rfind([':', '«', '—', '–', '"', '“'])
            .map_or(question, |at| {
                let cut = question[at..].chars().next().map_or(1, char::len_utf8);
                &question[at + cut..]
            });
        let lower = question.to_lowercase().replace('’', "'");
        let words_of = |segment: &'_ str| -> Vec<String> {
            segment
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                .filter(|w| !w.is_empty())
                .flat_map(|w| {
                    // `qu'est-ce`, `d'où`, `jusqu'où`: the elided word is a word
                    match w.find('\'') {
                        Some(at) if at + 1 < w.len() => {
                            vec![w[..=at].to_string(), w[at + 1..].to_string()]
                        }
                        _ => vec![w.to_string()],
                    }
                })
                .collect()
        };
        let is_interrogative = |w: &str| self.interrogative_words.iter().any(|i| i == w);
        let is_preposition = |w: &str| self.interrogative_prepositions.iter().any(|p| p == w);
        // a segment (between commas) opening on an interrogative word, past
        // a coordinator and a preposition: `Pourquoi…`, `Depuis quand…`,
        // `…, mais où ?`
        let opens_partial = |segment: &str| {
            let words = words_of(segment);
            let mut words = words
                .iter()
                .map(String::as_str)
                .skip_while(|w| matches!(*w, "mais" | "et" | "ou" | "donc" | "alors" | "puis"));
            match words.next() {
                Some(first) if is_interrogative(first) => true,
                Some(first) if is_preposition(first) => words.next().is_some_and(is_interrogative),
                _ => false,
            }
        };
        // an interrogative word left in place at the end (`Il part quand ?`)
        let in_place = words_of(&lower).last().is_some_and(|w| is_interrogative(w));
        let partial = in_place || lower.split([',', ';']).any(opens_partial);
        !partial && !words_of(&lower).is_empty()
    }

    /// True when a word of `clause` ends as a conditional does and not as
    /// an imparfait of a verb whose stem ends in `r` (`préparerait`, not
    /// `préparait`); a plural is read as its singular (`-aient`, `-ait`).
    fn has_conditional(&self, clause: &str) -> bool {
        clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.chars().count() > 5)
            .any(|w| {
                // every imperfect ending ends in `-ait`: compare what
                // stands before `-ait` or `-aient`
                let stem = w
                    .strip_suffix("aient")
                    .or_else(|| w.strip_suffix("ait"))
                    .unwrap_or("");
                self.speculated_endings
                    .iter()
                    .any(|e| w.ends_with(e.trim()))
                    && !self.imperfect_endings.iter().any(|e| {
                        e.strip_suffix("ait")
                            .is_some_and(|before| stem.ends_with(before))
                    })
            })
    }

    /// True when a word of `clause` ends as a futur simple does and not as
    /// a passé simple of a verb whose stem ends in `r` (`rencontrera`, not
    /// `rencontra`; `préparera`, not `prépara`). The passé simple adds
    /// `-a` to the stem the imparfait adds `-ait` to, and the future `-a`
    /// to the stem the conditional adds `-ait` to: the endings that tell
    /// an imparfait from a conditional (`imperfect_endings`) tell a passé
    /// simple from a future (Bescherelle). The same test keeps nouns
    /// such as `caméra` and names such as `Ankara` from reading as futures.
    fn has_future(&self, clause: &str) -> bool {
        clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.chars().count() > 5)
            .any(|w| {
                self.planned_endings.iter().any(|e| w.ends_with(e.trim()))
                    && !w.strip_suffix('a').is_some_and(|stem| {
                        self.imperfect_endings.iter().any(|e| {
                            e.strip_suffix("ait")
                                .is_some_and(|before| stem.ends_with(before))
                        })
                    })
            })
    }

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
        } else if index.any(seen, 1, clause) || self.has_conditional(clause) {
            Modality::Speculated
        } else if index.any(seen, 2, clause) || self.has_future(clause) {
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

/// What stands before `de` (`de la`, `du`, `d'`) at the end of `before`,
/// lowercase and trimmed: the noun a name after it complements.
fn noun_of(before: &str) -> Option<String> {
    let before = tail(before).trim_end().to_lowercase();
    let rest = ["de la", "de l'", "du", "de", "d'"]
        .iter()
        .find_map(|p| before.strip_suffix(p))?;
    Some(rest.trim_end().to_string())
}

/// The grammar words of `data/events/context.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    frame_words: Vec<String>,
    speaker_nouns: Vec<String>,
    relative_nouns: Vec<String>,
    relative_modifiers: Vec<String>,
    opening_participle_before: Vec<String>,
    relative_pronouns: Vec<String>,
    relative_prepositions: Vec<String>,
    reflexive: Vec<String>,
    subjects: Vec<String>,
    between: Vec<String>,
    object_clitics: Vec<String>,
    determiners: Vec<String>,
    gapping: Vec<String>,
    clause_openers: Vec<String>,
    cleft_heads: Vec<String>,
    cleft_prepositions: Vec<String>,
    cleft_openers: Vec<String>,
    date_frames: Vec<String>,
    noun_complement: Vec<String>,
    fronted_places: Vec<String>,
    negation_particles: Vec<String>,
    negative_words: Vec<String>,
    negation_limits: Vec<String>,
    negation_modals: Vec<String>,
    stipulation_verbs: Vec<String>,
    document_nouns: Vec<String>,
    prospect_verbs: Vec<String>,
    prospect_words: Vec<String>,
    plan_verbs: Vec<String>,
    signing_verbs: Vec<String>,
    refusal_verbs: Vec<String>,
    refusal_words: Vec<String>,
    facility_nouns: Vec<String>,
    covenant_nouns: Vec<String>,
    disposition_nouns: Vec<String>,
    force_nouns: Vec<String>,
    free_choice: Vec<String>,
    incise_verbs: Vec<String>,
}

/// The words read around a trigger, as sets.
#[derive(Debug, Clone, Default)]
struct Grammar {
    reflexive: HashSet<String>,
    subjects: HashSet<String>,
    between: HashSet<String>,
    /// Every form of the verbs of stipulation (`prévoit`, `prévoyant`,
    /// `porte sur`), as lowercase words, and the nouns of documents that
    /// are their subject (`data/events/context.toml`).
    stipulation_forms: Vec<Vec<String>>,
    document_nouns: Vec<String>,
    /// What governs an infinitive of an act to come (`a accepté une
    /// invitation à`, `a promis de`, `veut`): every form of the verbs, and
    /// the nouns and adjectives as written; and of an act refused (`a
    /// refusé de`, `son refus de`).
    prospect_governors: HashSet<String>,
    /// Every form of the verbs whose object noun is an act to come
    /// (`prépare une visite`, `a programmé une rencontre`).
    plan_forms: HashSet<String>,
    /// Every form of the verbs of signing (`signe`, `ont paraphé`): a
    /// statement's noun that is their object is the document signed.
    signing_forms: HashSet<String>,
    refusal_governors: HashSet<String>,
    /// Nouns of what makes, keeps or serves things (`usine`, `dépôt`,
    /// `site`): an event noun that complements one names no act.
    facility_nouns: HashSet<String>,
    /// Nouns of a treaty or pact (`traité`, `pacte`): an event noun that
    /// complements one names what it is about, no act.
    covenant_nouns: HashSet<String>,
    /// Nouns of a taste, fear or habit (`goût`, `hantise`): an event noun
    /// that completes one names no act.
    disposition_nouns: HashSet<String>,
    /// Lemmas of the nouns of an armed force or what it fires (`soldats`,
    /// `obus`): in the clause of a verb of armed force, that act's object.
    force_nouns: HashSet<String>,
    /// Verbal negation (`data/events/context.toml`): `ne`, the words that
    /// complete it, and the words after those that limit instead of deny.
    negation_particles: HashSet<String>,
    negative_words: HashSet<String>,
    negation_limits: HashSet<String>,
    /// Every form of the verbs of mode that carry a negation to their
    /// infinitive (`n'a pas pu rencontrer`).
    negation_modals: HashSet<String>,
    /// Object clitics (`l'`, `le`, `la`, `les`): standing before a verb,
    /// they stand for its object, named before.
    object_clitics: HashSet<String>,
    determiners: HashSet<String>,
    /// Free-choice determiners (`tout`, `toute`): a noun after one names
    /// any such act, not one that took place.
    free_choice: Vec<String>,
    /// Words of time after a participle that opens a sentence.
    opening_participle_before: HashSet<String>,
    /// Relative pronouns, and the prepositions that may stand before them.
    relative_pronouns: HashSet<String>,
    relative_prepositions: HashSet<String>,
    /// The finite forms of the third person of the verbs of incise
    /// (`résume`, `notait`, `poursuivent`) and their participles
    /// (`a résumé`), with the reflexive clitic of a pronominal one.
    incise_finite: HashSet<String>,
    incise_participles: HashSet<String>,
    /// Simple forms of avoir and être, and `été`.
    auxiliaries: HashSet<String>,
    /// The forms of être among them (a transitive verb after one is passive).
    etre: HashSet<String>,
    /// The present forms of avoir and être (`a`, `ont`, `est`, `sont`…):
    /// the auxiliaries of the passé composé.
    present_auxiliaries: HashSet<String>,
    /// Every past participle of the verbs of `data/events/irregular.toml`
    /// (`tenu`, `tenue`, `eu`, `pris`): with the first group's `-é`, what
    /// makes a passé composé.
    irregular_participles: HashSet<String>,
}

/// A trigger found in a sentence (byte offsets in the sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TriggerHit<'l> {
    pub event_type: EventType,
    /// Where the trigger starts: the reflexive clitic of a pronominal verb
    /// (`s'est rendu`), else the word itself (the auxiliary of `a reçu` is
    /// not included, see `auxiliary`).
    pub start: usize,
    pub end: usize,
    /// The lexicon lemma (`recevoir`, `se rendre`, `entrer en vigueur`, `visite`).
    pub lemma: &'l str,
    /// What the form is; a participle after its auxiliary is `FiniteVerb`.
    pub pos: PartOfSpeech,
    /// Start of the auxiliary of a compound tense or passive (`a reçu`,
    /// `a été convoqué`, `s'est rendu`): the verb group starts there.
    pub auxiliary: Option<usize>,
    /// A transitive verb after a form of être (`a été convoqué`, `est reçu`).
    pub passive: bool,
    /// The verb group is in the present (`salue`, `convoque`) or the passé
    /// composé (`a salué`, `s'est posé`, `a été reçu`): it tells what
    /// happens, or has just happened, at the time of writing. False for
    /// other tenses (`avait indiqué`, `signera`, `recevait`) and for nouns.
    pub now: bool,
    /// A verb that is never passive (`arriver`, `se rendre`): after a form
    /// of être it is a compound tense (`est arrivé`, `être arrivé`), where
    /// a transitive verb's is a passive (`être signé`).
    pub never_passive: bool,
}

impl TriggerHit<'_> {
    /// True for the head of a clause: a simple tense or a compound one.
    pub fn is_finite(&self) -> bool {
        self.pos == PartOfSpeech::FiniteVerb
    }

    /// Where the verb group starts (the auxiliary, the clitic or the word).
    pub fn predicate_start(&self) -> usize {
        self.auxiliary.map_or(self.start, |a| a.min(self.start))
    }
}

/// Words at most between an infinitive and the event noun that is its
/// object (`effectuer sa prochaine visite`, `participer à la cérémonie`).
const NOUN_LEAD: usize = 3;

/// Words at most between a verb of signing and the statement's noun it
/// governs, the noun's determiner included (`signe avec Vladimir Poutine
/// la déclaration`: five).
const SIGNED_LEAD: usize = 6;

/// Words at most between the governor of an infinitive and its `à`/`de`
/// (`a invité le dirigeant nord-coréen Kim Jong-un à`: its object; `a
/// invité le 5 septembre son homologue à`: a date and its object).
const GOVERNOR_GAP: usize = 8;

/// What an infinitive governed by a word of will, promise or invitation
/// tells ([`EventLexicon::prospect`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prospect {
    /// An act to come (`a promis de livrer`).
    ToCome,
    /// An act refused (`a refusé de signer`): denied.
    Refused,
}

/// The event lexicon compiled into one automaton, built once per run.
pub struct EventLexicon {
    automaton: AhoCorasick,
    /// For each automaton pattern, the surfaces (indexes into `entries.surfaces`) it stands for.
    readings: Vec<Vec<usize>>,
    entries: Entries,
    conjugator: Conjugator,
    grammar: Grammar,
    pub modality: ModalityCues,
    pub anaphora: AnaphoraWords,
    /// Entity ids of news outlets (gazetteer category `media`): they are who
    /// says so, not participants of what they report.
    pub media: std::collections::BTreeSet<String>,
    /// People who are heads of state or government at some time (from the
    /// gazetteer's roles marked `leader`), set with `media`.
    pub leaders: std::collections::BTreeSet<String>,
    /// Lowercase nouns of speech, see `data/events/context.toml`.
    pub speaker_nouns: Vec<String>,
    /// Lowercase nouns of kinship and succession, and the words that may
    /// follow them before `de`, see `data/events/context.toml`.
    relative_nouns: Vec<String>,
    relative_modifiers: Vec<String>,
    /// Words that may stand beside the name and the date of a clause whose
    /// verb is left out (`le Conseil de la Fédération le 6 novembre`), see
    /// `data/events/context.toml`.
    pub gapping: std::collections::BTreeSet<String>,
    /// Words that may stand before the country or capital that opens a
    /// clause as its subject (`Et la Corée du Nord a annoncé`), see
    /// `data/events/context.toml`.
    pub clause_openers: std::collections::BTreeSet<String>,
    /// The heads of cleft sentences, the prepositions that may stand
    /// between a head and its date, and the words that open the clause
    /// the head focuses, see `data/events/context.toml`.
    pub cleft: Cleft,
    /// Words of a part of the day that may frame a date alone in its
    /// clause (`Dans la nuit de mardi à mercredi`), see
    /// `data/events/context.toml`.
    pub date_frames: std::collections::BTreeSet<String>,
    /// The words before a date that make it the complement of a noun
    /// (`du`, `de`, `d'`), lowercase, apostrophes as `'`, see
    /// `data/events/context.toml`.
    pub noun_complement: Vec<String>,
    /// Prepositions of simultaneity and place that open a frame at the head
    /// of a sentence, lowercase, apostrophes as `'`, see
    /// `data/events/context.toml`.
    fronted_frames: Vec<String>,
    /// Lowercase words before a trigger that make it a time frame, see `data/events/context.toml`.
    pub frame_words: Vec<String>,
    /// Lowercase words before a date that make it a bound of a state, see `data/events/context.toml`.
    pub state_bounds: Vec<String>,
    /// The words that attach a place to a predicate (`data/events/places.toml`).
    pub places: super::place::PlaceWords,
    /// The prepositions that date an act by another event (`data/events/anchors.toml`).
    pub anchors: super::anchor::AnchorWords,
    /// The words of an event's length and bounds (`data/events/stays.toml`).
    pub stays: super::stay::StayWords,
    /// French articles of names (`data/names-fr.toml`), carried on entity references.
    pub names: super::place::NameForms,
}

/// The words of cleft sentences (`C'est en avril 2019 que…`).
#[derive(Debug, Clone, Default)]
pub struct Cleft {
    heads: Vec<String>,
    prepositions: Vec<String>,
    openers: Vec<String>,
}

impl Cleft {
    /// True when `words` (a clause with its dates cut out) is a head alone,
    /// a preposition of time after it allowed: `C'est en`, `Ce n'est qu'`,
    /// `Il a fallu attendre`.
    pub fn is_head(&self, words: &str) -> bool {
        let folded = fold_apostrophes(&words.to_lowercase());
        let mut rest = folded
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_string();
        for _ in 0..2 {
            let Some(p) = self.prepositions.iter().find(|p| {
                rest.strip_suffix(p.as_str())
                    .is_some_and(|r| r.ends_with([' ', '\'']))
            }) else {
                break;
            };
            rest = rest[..rest.len() - p.len()].trim_end().to_string();
        }
        self.heads.contains(&rest)
    }

    /// True when `clause` is one of the openers alone (`pour`).
    pub fn is_opener(&self, clause: &str) -> bool {
        let folded = fold_apostrophes(&clause.to_lowercase());
        let c = folded.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        self.openers.iter().any(|o| o == c)
    }

    /// True when `clause` opens with a word that follows a cleft head
    /// (`que`, `qu'`, `pour que`, `pour`).
    pub fn opens_focused(&self, clause: &str) -> bool {
        let folded = fold_apostrophes(&clause.to_lowercase());
        let c = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
        self.openers.iter().any(|o| {
            c.strip_prefix(o.as_str())
                .is_some_and(|r| o.ends_with('\'') || r.starts_with(' '))
        })
    }
}

/// How far after a form `needs_after` looks (bytes, about six words).
const NEEDS_AFTER_BYTES: usize = 48;

impl EventLexicon {
    /// The built-in lexicon; an error lists every problem of its files.
    pub fn builtin() -> anyhow::Result<EventLexicon> {
        let (lexicon, problems) = EventLexicon::builtin_with_diagnostics()?;
        if !problems.is_empty() {
            let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
            anyhow::bail!("event lexicon:\n{}", lines.join("\n"));
        }
        Ok(lexicon)
    }

    /// The built-in lexicon and the problems of its files (for `lexicon check`).
    pub fn builtin_with_diagnostics() -> anyhow::Result<(EventLexicon, Vec<Diagnostic>)> {
        let modality: ModalityCues = toml::from_str(MODALITY)?;
        let anaphora: AnaphoraWords = toml::from_str(ANAPHORA)?;
        let context: ContextFile = toml::from_str(CONTEXT)
            .map_err(|e| anyhow::anyhow!("data/events/context.toml: {e}"))?;
        let conjugator = Conjugator::builtin()
            .map_err(|e| anyhow::anyhow!("data/events/irregular.toml: {e}"))?;
        let mut places: super::place::PlaceWords =
            toml::from_str(PLACES).map_err(|e| anyhow::anyhow!("data/events/places.toml: {e}"))?;
        places
            .inflect_giving(&conjugator)
            .map_err(|e| anyhow::anyhow!("data/events/places.toml: giving_verbs: {e}"))?;
        let mut anchors: super::anchor::AnchorWords = toml::from_str(ANCHORS)
            .map_err(|e| anyhow::anyhow!("data/events/anchors.toml: {e}"))?;
        let frames = crate::temporal::lexicon::EventFrames::builtin()
            .map_err(|e| anyhow::anyhow!("data/event-frames.toml: {e}"))?;
        anchors.set_frames(&frames);
        anchors.add_typographic_apostrophes();
        anchors
            .inflect_attend(&conjugator)
            .map_err(|e| anyhow::anyhow!("data/events/anchors.toml: attend: {e}"))?;
        let stays = super::stay::StayWords::parse(STAYS, &conjugator)
            .map_err(|e| anyhow::anyhow!("data/events/stays.toml: {e}"))?;
        let names = super::place::NameForms::parse(NAMES)
            .map_err(|e| anyhow::anyhow!("data/names-fr.toml: {e}"))?;
        let mut entries = Entries::default();
        let mut problems = Vec::new();
        for (name, body) in LEXICON_FILES {
            problems.extend(entries.add_file(name, body, &conjugator));
        }
        problems.extend(entries.conflicts());
        let grammar = grammar(&context, &conjugator)?;
        let lower = |l: &[String]| l.iter().map(|w| w.to_lowercase()).collect();
        let (automaton, readings) = compile(&entries)?;
        Ok((
            EventLexicon {
                automaton,
                readings,
                entries,
                conjugator,
                grammar,
                modality,
                anaphora,
                media: Default::default(),
                leaders: Default::default(),
                speaker_nouns: lower(&context.speaker_nouns),
                relative_nouns: lower(&context.relative_nouns),
                relative_modifiers: lower(&context.relative_modifiers),
                gapping: context.gapping.iter().map(|w| w.to_lowercase()).collect(),
                clause_openers: context
                    .clause_openers
                    .iter()
                    .map(|w| w.to_lowercase())
                    .collect(),
                cleft: Cleft {
                    heads: lower(&context.cleft_heads),
                    prepositions: lower(&context.cleft_prepositions),
                    openers: lower(&context.cleft_openers),
                },
                date_frames: context
                    .date_frames
                    .iter()
                    .map(|w| fold_apostrophes(&w.to_lowercase()))
                    .collect(),
                noun_complement: context
                    .noun_complement
                    .iter()
                    .map(|w| fold_apostrophes(&w.to_lowercase()))
                    .collect(),
                fronted_frames: frames
                    .during
                    .iter()
                    .chain(&frames.at_end)
                    .flat_map(|p| crate::temporal::lexicon::with_contractions(p))
                    .chain(context.fronted_places.iter().cloned())
                    .map(|w| fold_apostrophes(&w))
                    .collect(),
                frame_words: lower(&context.frame_words),
                state_bounds: stays.state_bounds(),
                places,
                anchors,
                stays,
                names,
            },
            problems,
        ))
    }

    /// Add a user lexicon file (same format as `data/events/*.toml`) and
    /// recompile. Returns the problems found; the entries without problems
    /// are added. A form another type already has is a problem.
    pub fn add_file(&mut self, name: &str, body: &str) -> anyhow::Result<Vec<Diagnostic>> {
        let before = self.entries.conflicts().len();
        let mut problems = self.entries.add_file(name, body, &self.conjugator);
        let conflicts = self.entries.conflicts();
        if conflicts.len() > before {
            problems.extend(conflicts.into_iter().filter(|d| d.file == name));
        }
        let (automaton, readings) = compile(&self.entries)?;
        self.automaton = automaton;
        self.readings = readings;
        Ok(problems)
    }

    /// The lemmas and forms of the lexicon (`newsx lexicon list`).
    pub fn entries(&self) -> &Entries {
        &self.entries
    }

    /// True when the event noun that `before` (the lowercase sentence up
    /// to it) ends on is the object of a verb of stipulation whose subject
    /// is a document (`le traité prévoit une`, `un accord prévoyant une`,
    /// `le texte porte sur une`): what the text provides for, no act. The
    /// verb stands at most three words before the noun (adverbs in -ment
    /// aside), with nothing but words between (no punctuation, no `que`);
    /// a document noun stands before it in the sentence.
    pub fn stipulated(&self, before: &str) -> bool {
        const WORDS_BETWEEN: usize = 3;
        const DOCUMENT_REACH_BYTES: usize = 300;
        let g = &self.grammar;
        let near = tail(before);
        let base = before.len() - near.len();
        // adverbs in -ment may stand inside the verb (`porte notamment sur`)
        let words: Vec<(&str, usize)> = last_words(near, WORDS_BETWEEN + 4)
            .into_iter()
            .filter(|(w, _)| !(w.chars().count() > 5 && w.ends_with("ment")))
            .collect();
        for k in 0..words.len() {
            let (word, at) = words[k];
            if matches!(word, "que" | "qu'" | "qu’") {
                return false;
            }
            let verb_at = g
                .stipulation_forms
                .iter()
                .find_map(|form| form_ends_at(&words, k, form));
            if let Some(verb_at) = verb_at {
                let between = &near[at + word.len()..];
                let plain = between
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-'));
                let mut from = (base + verb_at).saturating_sub(DOCUMENT_REACH_BYTES);
                while !before.is_char_boundary(from) {
                    from += 1;
                }
                let subject = &before[from..base + verb_at];
                return plain && g.document_nouns.iter().any(|n| has_word(subject, n));
            }
            if k >= WORDS_BETWEEN {
                break;
            }
        }
        false
    }

    /// True when the noun that `before` ends on is the object of a verb of
    /// signing (`il signe avec Vladimir Poutine la déclaration`): at most
    /// [`SIGNED_LEAD`] words back, nothing but words between.
    pub fn signed(&self, before: &str) -> bool {
        let near = tail(before);
        last_words(near, SIGNED_LEAD).into_iter().any(|(w, at)| {
            self.grammar
                .signing_forms
                .contains(&w.to_lowercase().replace('’', "'"))
                && only_words(&near[at..])
        })
    }

    /// True when the event noun that `before` (the lowercase sentence up
    /// to it) ends on complements a noun of a place that makes, keeps or
    /// serves things: `une usine de`, `un dépôt d'`, `le site de`, `une
    /// usine nord-coréenne de` (one word between).
    pub fn complements_a_facility(&self, before: &str) -> bool {
        self.complements_one_of(before, &self.grammar.facility_nouns)
    }

    /// True when the event noun that `before` ends on complements the noun
    /// of a treaty or pact: `un traité d'`, `l'accord de`, `un traité
    /// bilatéral d'` (one word between).
    pub fn complements_a_covenant(&self, before: &str) -> bool {
        self.complements_one_of(before, &self.grammar.covenant_nouns)
    }

    /// True when `before` ends on `de`/`d'` after one of `nouns`, one word
    /// at most between, nothing but words from the noun on; the second of
    /// two complements joined by `et`/`ou` too (`le goût des trains et des
    /// voyages`).
    fn complements_one_of(&self, before: &str, nouns: &HashSet<String>) -> bool {
        let is_de = |w: &str| matches!(w, "de" | "d'" | "d’" | "des" | "du");
        let near = tail(before);
        let words = last_words(near, 6);
        let Some(((de, _), mut rest)) = words.split_first() else {
            return false;
        };
        if !is_de(de) {
            return false;
        }
        // `de X et de` / `de X ou d'`: the first complement's `de`
        if let [(and, _), _, (de, _), tail @ ..] = rest
            && matches!(*and, "et" | "ou")
            && is_de(de)
        {
            rest = tail;
        }
        let named = |i: usize| rest.get(i).is_some_and(|(w, _)| nouns.contains(*w));
        // nothing but words from that noun to the event noun
        let plain = |i: usize| {
            rest.get(i).is_some_and(|&(_, at)| {
                near[at..]
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-'))
            })
        };
        (named(0) && plain(0)) || (named(1) && plain(1))
    }

    /// What governs the infinitive `hit` of `sentence`, when a verb, noun
    /// or adjective of will, promise or invitation does (`a accepté une
    /// invitation à se rendre`, `a promis de livrer`, `veut rencontrer`):
    /// the act is one to come, or one refused (`a refusé de signer`). The
    /// governor stands before `à`/`de` (clitics of the infinitive between:
    /// `de le recevoir`) with at most [`GOVERNOR_GAP`] words between (an
    /// object, an adjective, a date: `a invité Kim Jong-un à`) and no
    /// punctuation; right before the infinitive, no preposition is needed.
    ///
    /// An event noun that is the object of a verb of planning is an act to
    /// come (`Le Kremlin prépare une visite`, `Moscou prévoit un sommet`):
    /// the verb stands at most [`NOUN_LEAD`] words before it.
    ///
    /// An event noun that is the object of such an infinitive is one too
    /// (`a invité Kim Jong-un à effectuer sa prochaine visite`, `a accepté
    /// de participer à la cérémonie`): the infinitive stands at most
    /// [`NOUN_LEAD`] words before it.
    pub fn prospect(&self, sentence: &str, hit: &TriggerHit<'_>) -> Option<Prospect> {
        let g = &self.grammar;
        let before = sentence.get(..hit.predicate_start())?;
        let before = match hit.pos {
            PartOfSpeech::Infinitive => before,
            pos if pos.is_verbal() => return None,
            _ => {
                let near = tail(before);
                let base = before.len() - near.len();
                // the object of a verb of planning (`prépare une visite`);
                // a form after a determiner is a noun (`le programme de la
                // visite`)
                let lead = last_words(near, NOUN_LEAD + 2);
                let planned = (0..lead.len().min(NOUN_LEAD + 1)).find(|&k| {
                    g.plan_forms.contains(&lead[k].0.to_lowercase())
                        && lead
                            .get(k + 1)
                            .is_none_or(|(w, _)| !g.determiners.contains(&w.to_lowercase()))
                });
                if let Some(at) = planned.map(|k| lead[k].1)
                    && only_words(&near[at..])
                {
                    return Some(Prospect::ToCome);
                }
                let infinitive = |w: &str| {
                    let w = w.to_lowercase();
                    w.chars().count() >= 4
                        && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
                        && !g.determiners.contains(&w)
                };
                let (_, at) = last_words(near, NOUN_LEAD + 1)
                    .into_iter()
                    .find(|(w, _)| infinitive(w))?;
                // nothing but words between the infinitive and the noun
                if !only_words(&near[at..]) {
                    return None;
                }
                &before[..base + at]
            }
        };
        let near = tail(before);
        let lower = |w: &str| w.to_lowercase().replace('’', "'");
        let mut preposition = false;
        let mut gap = 0;
        for (word, at) in last_words(near, GOVERNOR_GAP + 4) {
            let word = lower(word);
            let refused = g.refusal_governors.contains(&word);
            if refused || g.prospect_governors.contains(&word) {
                return only_words(&near[at..]).then_some(if refused {
                    Prospect::Refused
                } else {
                    Prospect::ToCome
                });
            }
            if !preposition {
                if matches!(word.as_str(), "à" | "de" | "d'") {
                    preposition = true;
                } else if !(g.object_clitics.contains(&word)
                    || g.reflexive.contains(&word)
                    || matches!(word.as_str(), "lui" | "leur" | "y" | "en"))
                {
                    return None;
                }
            } else {
                gap += 1;
                if gap > GOVERNOR_GAP {
                    return None;
                }
            }
        }
        None
    }

    /// True when `clause` (lowercase) holds a verb in the passé composé: a
    /// present form of avoir or être (after a reflexive clitic or not)
    /// and, at most one word after it, a past participle (`s'est tenue`,
    /// `ont entamé`, `a eu lieu`, `se sont déroulés`). An event noun of
    /// such a clause is told as just done (`Une cérémonie d'accueil s'est
    /// tenue…`), as the verb [`TriggerHit::now`] says of a verb trigger.
    pub fn told_in_passe_compose(&self, clause: &str) -> bool {
        let words = first_words(clause, 64);
        // a first-group participle, or one of a verb of irregular.toml
        let participle = |w: &str| {
            (w.chars().count() >= 4 && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)))
                || self.grammar.irregular_participles.contains(w)
        };
        words.iter().enumerate().any(|(i, w)| {
            self.grammar.present_auxiliaries.contains(*w)
                && words[i + 1..].iter().take(2).any(|next| participle(next))
        })
    }

    /// True when the verb group of `hit` in `sentence` is negated: `ne`
    /// (or `n'`) before the group, past clitics and negative words
    /// (`ne le`, `ne pas`, `n'y`), and a negative word (`pas`, `jamais`…)
    /// between it and the verb, in the group (`n'a pas rencontré`, `ne
    /// s'est jamais rendu`) or right after the verb (`ne rencontrera
    /// pas`), not limiting (`pas seulement`). Nouns are not read so.
    pub fn negates(&self, sentence: &str, hit: &TriggerHit<'_>) -> bool {
        if !hit.pos.is_verbal() {
            return false;
        }
        let g = &self.grammar;
        let lower = |w: &str| w.to_lowercase().replace('’', "'");
        let before = sentence.get(..hit.predicate_start()).unwrap_or("");
        let mut particle = false;
        let mut negative = false;
        // a verb of mode before an infinitive carries the negation to it,
        // with its own auxiliary (`n'a pas pu rencontrer`)
        let mut modal = false;
        for (word, _) in last_words(tail(before), 8) {
            let word = lower(word);
            if g.negation_particles.contains(&word) {
                particle = true;
                break;
            } else if g.negative_words.contains(&word) {
                negative = true;
            } else if hit.pos == PartOfSpeech::Infinitive
                && !modal
                && g.negation_modals.contains(&word)
            {
                modal = true;
            } else if modal && g.auxiliaries.contains(&word) {
                continue;
            } else if !(g.between.contains(&word) || g.reflexive.contains(&word)) {
                break;
            }
        }
        if !particle {
            return false;
        }
        let group = sentence.get(hit.predicate_start()..hit.end).unwrap_or("");
        let after = sentence.get(hit.end..).unwrap_or("");
        let after_words: Vec<String> = first_words(after, 2).into_iter().map(lower).collect();
        let group_words: Vec<String> = first_words(group, 8)
            .into_iter()
            .map(lower)
            .chain(after_words.first().cloned())
            .collect();
        let limited = |i: usize, words: &[String]| {
            words
                .get(i + 1)
                .or(if i + 1 == words.len() {
                    after_words.get(1)
                } else {
                    None
                })
                .is_some_and(|w| g.negation_limits.contains(w))
        };
        negative
            || group_words
                .iter()
                .enumerate()
                .any(|(i, w)| g.negative_words.contains(w) && !limited(i, &group_words))
    }

    /// True for a clause opened by a preposition of simultaneity or place
    /// (`Lors de cette rencontre`, `Au cosmodrome`; `fronted_frames`):
    /// `folded` is lowercase, apostrophes as `'`.
    pub fn opens_frame(&self, folded: &str) -> bool {
        let folded = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
        self.fronted_frames.iter().any(|p| {
            folded.strip_prefix(p.as_str()).is_some_and(|rest| {
                p.ends_with('\'') || rest.starts_with(|c: char| !c.is_alphanumeric() && c != '-')
            })
        })
    }

    /// True for a clause opened by a relative pronoun (`où il participait`,
    /// `qui l'accompagnait`), maybe after a preposition (`avec qui`, `au
    /// cours duquel`): a clause on the noun before it, not a main clause.
    pub fn opens_relative(&self, clause: &str) -> bool {
        let lower = clause.to_lowercase().replace('\u{2019}', "'");
        let mut rest = lower.as_str();
        for _ in 0..4 {
            rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
            let Some(word) = first_word(rest) else {
                return false;
            };
            if self.grammar.relative_pronouns.contains(word) {
                return true;
            }
            if !self.grammar.relative_prepositions.contains(word) {
                return false;
            }
            rest = &rest[word.len()..];
        }
        false
    }

    /// True for the lemma of a noun of an armed force or of what it fires
    /// (`soldats`, `obus`, see `force_nouns` in data/events/context.toml).
    pub fn is_force_noun(&self, lemma: &str) -> bool {
        self.grammar.force_nouns.contains(lemma)
    }

    /// True when the text just before an entity makes it the speaker of a
    /// noun of speech: `la déclaration de ` / `les propos du ` + name.
    pub fn is_speaker(&self, before: &str) -> bool {
        noun_of(before)
            .is_some_and(|rest| self.speaker_nouns.iter().any(|n| ends_with_word(&rest, n)))
    }

    /// True when `before` (the text before a name) ends with a noun of
    /// kinship or succession and `de` (`le défunt père de`, `la sœur
    /// cadette de`): the name is whose relative is meant, and the relative
    /// is the one who acts (`relative_nouns` in data/events/context.toml).
    pub fn is_relative_of(&self, before: &str) -> bool {
        let Some(rest) = noun_of(before) else {
            return false;
        };
        let rest = self
            .relative_modifiers
            .iter()
            .find_map(|m| {
                rest.strip_suffix(m.as_str())
                    .filter(|r| r.ends_with(char::is_whitespace))
            })
            .map_or(rest.as_str(), str::trim_end);
        self.relative_nouns.iter().any(|n| ends_with_word(rest, n))
    }

    /// True when `clause` opens, after a closing quotation mark and
    /// punctuation alone (`before` is the sentence's text before the
    /// clause), on a verb of incise followed by its inverted subject: `»,
    /// résume Kim Seung-min`, `», a noté le diplomate`, `», s'interroge un
    /// expert` (not `», note que…`).
    pub fn opens_on_incise(&self, before: &str, clause: &str) -> bool {
        let g = &self.grammar;
        let rest = clause.trim_start_matches(|c: char| !c.is_alphanumeric());
        let opening = &clause[..clause.len() - rest.len()];
        let quoted = |t: &str| {
            t.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                .ends_with(['»', '”', '"'])
        };
        if !(quoted(opening)
            || (opening.chars().all(|c| c.is_whitespace() || c == ',') && quoted(before)))
        {
            return false;
        }
        let text = fold_apostrophes(clause.trim_start_matches(|c: char| !c.is_alphanumeric()))
            .to_lowercase();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        let word = |i: usize| {
            words
                .get(i)
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        };
        let verb_ends = match (word(0), word(1)) {
            (Some(w), _) if g.incise_finite.contains(w) => 1,
            (Some(se), Some(w)) if se == "se" && g.incise_finite.contains(&format!("se {w}")) => 2,
            (Some(aux), Some(w))
                if g.auxiliaries.contains(aux) && g.incise_participles.contains(w) =>
            {
                2
            }
            _ => 0,
        };
        verb_ends > 0
            && word(verb_ends)
                .is_some_and(|next| !next.is_empty() && next != "que" && !next.starts_with("qu'"))
    }

    /// True when `lead`, the words between the start of a clause and an
    /// infinitive, is a verb of mode or of will governing it (`doit`, `va`,
    /// `n'a pas pu`, `compte`, `s'apprête à`): the infinitive's act is
    /// the clause's, and its subject stands before the clause as a finite
    /// verb's does (`Alexandre Kozlov, qui copréside la commission, doit
    /// s'entretenir jeudi avec…`).
    pub fn is_modal_lead(&self, lead: &str) -> bool {
        const LEAD_WORDS: usize = 4;
        let g = &self.grammar;
        let lead = fold_apostrophes(lead).to_lowercase();
        // the clause's punctuation before it; an elided word is its own
        // (`n'a` is `n'` and `a`)
        let words: Vec<&str> = lead
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split_inclusive(|c: char| c.is_whitespace() || c == '\'')
            .map(str::trim_end)
            .filter(|w| !w.is_empty())
            .collect();
        let modal = |w: &str| g.negation_modals.contains(w) || g.prospect_governors.contains(w);
        !words.is_empty()
            && words.len() <= LEAD_WORDS
            && words.iter().any(|w| modal(w))
            && words.iter().all(|&w| {
                modal(w)
                    || g.auxiliaries.contains(w)
                    || g.reflexive.contains(w)
                    || g.negation_particles.contains(w)
                    || g.negative_words.contains(w)
                    || matches!(w, "à" | "de" | "d'")
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

    /// True when the text before a date ends with a bound of a state
    /// (`depuis le`, `jusqu'à`): the date is where a state starts or ends,
    /// not when an act happened.
    pub fn bounds_a_state(&self, before: &str) -> bool {
        let before = fold_apostrophes(tail(before));
        let before = before.trim_end();
        self.state_bounds.iter().any(|b| {
            before.ends_with(b.as_str())
                && !before[..before.len() - b.len()].ends_with(char::is_alphanumeric)
        })
    }

    /// True when an expression of time starts with a bound of a state
    /// (`jusqu'à la fin du mois` read as one expression).
    pub fn opens_with_state_bound(&self, expression: &str) -> bool {
        let own = fold_apostrophes(expression);
        self.state_bounds.iter().any(|b| {
            own.strip_prefix(b.as_str())
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    }

    /// Triggers of a sentence, left to right, not overlapping: whole words
    /// (or phrases) of the lexicon whose context rules hold, the longest
    /// first where two start at the same place.
    pub fn find(&self, sentence: &str) -> Vec<TriggerHit<'_>> {
        self.find_in(sentence, "")
    }

    /// [`EventLexicon::find`], with the sentence before, where an object
    /// clitic's noun may be named (`Le traité a été signé en juin. La Douma
    /// l'a approuvé le 24 octobre.`).
    pub fn find_in(&self, sentence: &str, previous: &str) -> Vec<TriggerHit<'_>> {
        let folded = fold_case(sentence);
        let previous = fold_case(previous);
        let mut candidates: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(&folded)
            .filter(|m| is_whole_word(&folded, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<TriggerHit<'_>> = Vec::new();
        let mut taken_until = 0;
        for (start, end, pattern) in candidates {
            if start < taken_until {
                continue;
            }
            if let Some(hit) = self.read(sentence, &folded, &previous, start, end, pattern) {
                taken_until = hit.end;
                out.push(hit);
            }
        }
        out
    }

    /// The reading of one matched form in its context, if any holds.
    fn read(
        &self,
        original: &str,
        text: &str,
        previous: &str,
        start: usize,
        end: usize,
        pattern: usize,
    ) -> Option<TriggerHit<'_>> {
        let before = &text[..start];
        let after = &text[end..];
        let left = Lookback::new(&self.grammar, before);
        let surfaces: Vec<&Surface> = self.readings[pattern]
            .iter()
            .map(|&i| &self.entries.surfaces[i])
            .filter(|s| self.context_allows(s, before, after))
            .collect();
        let mut verbal: Option<TriggerHit<'_>> = None;
        let mut nominal: Option<TriggerHit<'_>> = None;
        for s in surfaces {
            let lemma = &self.entries.lemmas[s.lemma];
            let mut hit = TriggerHit {
                event_type: lemma.event_type,
                start,
                end,
                lemma: &lemma.lemma,
                pos: s.pos,
                auxiliary: None,
                passive: false,
                never_passive: matches!(
                    lemma.kind,
                    LemmaKind::Verb {
                        pronominal: true,
                        ..
                    } | LemmaKind::Verb {
                        intransitive: true,
                        ..
                    }
                ),
                now: matches!(
                    s.form,
                    Some(FormKind::Finite {
                        tense: Tense::Present,
                        ..
                    })
                ),
            };
            if !s.pos.is_verbal() {
                // `de toute livraison d'armes`: any delivery, none in
                // particular (`n’importe quelle`: either apostrophe)
                let before_tail = fold_apostrophes(tail(before));
                // `protocole d'accord`: a noun of agreement after a
                // covenant keeps its reading
                let agreement_noun = matches!(
                    lemma.event_type,
                    EventType::Agreement | EventType::Ratification
                );
                if !self
                    .grammar
                    .free_choice
                    .iter()
                    .any(|w| ends_with_word(before_tail.trim_end(), w))
                    && !self.stipulated(before)
                    && !self.complements_a_facility(before)
                    && !self.complements_one_of(before, &self.grammar.disposition_nouns)
                    && (agreement_noun || !self.complements_a_covenant(before))
                    && !(lemma.event_type == EventType::Statement && self.signed(before))
                {
                    nominal.get_or_insert(hit);
                }
                continue;
            }
            let LemmaKind::Verb {
                pronominal,
                intransitive,
                ..
            } = &lemma.kind
            else {
                continue;
            };
            if *pronominal {
                let Some(clitic) = left.reflexive else {
                    continue;
                };
                hit.start = clitic;
            }
            if s.pos == PartOfSpeech::Participle {
                if let Some(aux) = left.auxiliary {
                    hit.pos = PartOfSpeech::FiniteVerb;
                    hit.auxiliary = Some(aux);
                    hit.now = left.auxiliary_present;
                    hit.passive = left.etre && !*pronominal && !*intransitive;
                } else if (s.guarded && !self.opens_sentence(before, after))
                    || *pronominal
                    || (lemma.rules.byline && capitalized_after(original, end))
                {
                    continue;
                }
            } else if s.guarded
                && (!(left.subject || capitalized_before(original, before) || inverted(after))
                    || !self.guarded_next_allows(s, after))
            {
                continue;
            }
            if !lemma.rules.object.is_empty()
                && !object_named(
                    &lemma.rules.object,
                    &left,
                    hit.passive,
                    before,
                    after,
                    previous,
                )
            {
                continue;
            }
            // `la visite`, `un reçu`: after a determiner, a verb form needs
            // its subject, clitic or auxiliary
            // (`l'approuve`: the elided article is the clitic of a verb
            // whose object is named)
            let clitic_of_object = left.object_clitic && !lemma.rules.object.is_empty();
            // `La Douma le ratifie`, `Poutine le promulgue`: a clitic right
            // after a name is no article of the form but its object, and
            // the name its subject (a form that is also a noun keeps its
            // noun reading, see below)
            let named_subject = hit.pos == PartOfSpeech::FiniteVerb
                && clitic_after_name(&self.grammar, original, before);
            if matches!(hit.pos, PartOfSpeech::FiniteVerb | PartOfSpeech::Participle)
                && left.determiner
                && hit.auxiliary.is_none()
                && !left.subject
                && !*pronominal
                && !clitic_of_object
                && !named_subject
            {
                continue;
            }
            // the best verbal reading: a finite one over a bare participle
            let better = match &verbal {
                None => true,
                Some(v) => !v.is_finite() && hit.is_finite(),
            };
            if better {
                verbal = Some(hit);
            }
        }
        match (verbal, nominal) {
            (Some(v), Some(n)) => {
                // `la visite` / `il visite`: the word before decides, then
                // the word after (`Kim visite l'usine`)
                if v.auxiliary.is_some()
                    || left.subject
                    || left.reflexive.is_some()
                    || left.negation
                {
                    Some(v)
                } else if left.determiner {
                    Some(n)
                } else if first_word(after).is_some_and(|w| self.grammar.determiners.contains(w)) {
                    Some(v)
                } else {
                    Some(n)
                }
            }
            (v, n) => v.or(n),
        }
    }

    /// `Parti dimanche de Pyongyang, …`: a form that opens the sentence,
    /// before a word of time, is a participle opening a participial clause.
    fn opens_sentence(&self, before: &str, after: &str) -> bool {
        before
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
            && first_word(after).is_some_and(|w| self.grammar.opening_participle_before.contains(w))
    }

    /// A guarded form with a list of next words is a verb only before one
    /// of them (see [`crate::events::entries::ContextRules::guarded_next`]).
    fn guarded_next_allows(&self, s: &Surface, after: &str) -> bool {
        let next = &self.entries.lemmas[s.lemma].rules.guarded_next;
        next.is_empty() || first_word(after).is_some_and(|w| next.iter().any(|x| x == w))
    }

    /// The exclusions and requirements of a surface's lemma.
    fn context_allows(&self, s: &Surface, before: &str, after: &str) -> bool {
        let rules = &self.entries.lemmas[s.lemma].rules;
        let after_trim = after.trim_start();
        if rules
            .exclude_after
            .iter()
            .any(|x| starts_with_word(after_trim, x))
        {
            return false;
        }
        let before_trim = before.trim_end();
        if rules
            .exclude_before
            .iter()
            .any(|x| ends_with_word(before_trim, x))
        {
            return false;
        }
        if !rules.needs_after.is_empty() {
            let window = object_window(after);
            if !rules.needs_after.iter().any(|w| has_word(window, w)) {
                return false;
            }
        }
        true
    }
}

/// What the words just before a form say about it.
#[derive(Debug, Default)]
struct Lookback {
    /// Start of the earliest auxiliary of the verb group.
    auxiliary: Option<usize>,
    /// The auxiliary chain has a form of être.
    etre: bool,
    /// The earliest auxiliary, the one that bears the tense, is in the
    /// present (`a été reçu`, `s'est rendu`: a passé composé).
    auxiliary_present: bool,
    /// Start of the reflexive clitic (`se`, `s'`).
    reflexive: Option<usize>,
    /// A subject pronoun stands before (past negation and object clitics).
    subject: bool,
    /// The word right before is a determiner or a preposition.
    determiner: bool,
    /// An object clitic stands in the verb group (`l'a approuvé`).
    object_clitic: bool,
    /// `ne` stands in the verb group: what follows is a verb, never a
    /// noun (`ne rencontre pas`).
    negation: bool,
}

impl Lookback {
    /// Read back over at most six words: adverbs and clitics may stand
    /// between the auxiliary or the clitic and the verb.
    fn new(g: &Grammar, before: &str) -> Lookback {
        let words = last_words(tail(before), 6);
        let base = before.len() - tail(before).len();
        let mut out = Lookback::default();
        if let Some((w, _)) = words.first() {
            // after `ne`, `le`, `la`, `les`, `l'` are object clitics, never
            // articles (`avant que Poutine ne le promulgue`)
            let after_ne = g.object_clitics.contains(*w)
                && words.get(1).is_some_and(|(n, _)| matches!(*n, "ne" | "n'"));
            out.determiner = g.determiners.contains(*w) && !after_ne;
        }
        for (word, at) in words {
            let at = base + at;
            if g.auxiliaries.contains(word) {
                out.auxiliary = Some(at);
                out.etre |= g.etre.contains(word);
                out.auxiliary_present = g.present_auxiliaries.contains(word);
            } else if g.reflexive.contains(word) {
                if out.reflexive.is_none() {
                    out.reflexive = Some(at);
                }
                // `nous nous rendons`: the first `nous` is the subject
                if matches!(word, "nous" | "vous") && out.reflexive != Some(at) {
                    out.subject = true;
                    break;
                }
            } else if g.subjects.contains(word) {
                out.subject = true;
                break;
            } else if g.between.contains(word)
                || (word.chars().count() > 5 && word.ends_with("ment"))
            {
                out.object_clitic |= g.object_clitics.contains(word);
                out.negation |= g.negation_particles.contains(word);
                continue;
            } else {
                break;
            }
        }
        out
    }
}

/// The first few words after a verb form, where its object stands
/// ([`NEEDS_AFTER_BYTES`], cut at a char boundary).
fn object_window(after: &str) -> &str {
    let mut to = after.len().min(NEEDS_AFTER_BYTES);
    while !after.is_char_boundary(to) {
        to -= 1;
    }
    &after[..to]
}

/// True when one of the `nouns` is the verb's object: after it within a
/// few words (`approuver le traité`); before it in the sentence when the
/// verb is passive (`le traité a été approuvé`); before it in the sentence
/// or in the sentence before when an object clitic stands for it (`la
/// Douma l'a approuvé`). Nothing resolves the clitic further: the noun's
/// nearness is the evidence.
fn object_named(
    nouns: &[String],
    left: &Lookback,
    passive: bool,
    before: &str,
    after: &str,
    previous: &str,
) -> bool {
    let named = |text: &str| nouns.iter().any(|w| has_word(text, w));
    named(object_window(after))
        || (passive && named(before))
        || (left.object_clitic && !passive && (named(before) || named(previous)))
}

/// The last `n` words of `text`, last first, with their byte offsets; an
/// elided word keeps its apostrophe (`s'`, `n'`, `l'`).
/// Where the words of `form` start when they end at `words[k]` (`words`
/// are the last words of a text, last first, with their offsets), compared
/// in place.
fn form_ends_at(words: &[(&str, usize)], k: usize, form: &[String]) -> Option<usize> {
    let n = form.len();
    (0..n)
        .all(|i| words.get(k + n - 1 - i).is_some_and(|w| w.0 == form[i]))
        .then(|| words[k + n - 1].1)
}

fn last_words(text: &str, n: usize) -> Vec<(&str, usize)> {
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    let mut out = Vec::new();
    let mut end = text.len();
    while out.len() < n {
        end = text[..end]
            .trim_end_matches(|c: char| !(in_word(c) || c == '\''))
            .len();
        if end == 0 {
            break;
        }
        // an apostrophe can only end a word (`s'`), never start one
        let body = text[..end].strip_suffix('\'').unwrap_or(&text[..end]);
        let start = body.trim_end_matches(in_word).len();
        out.push((&text[start..end], start));
        end = start;
    }
    out
}

/// The first `n` words of `text`, in order; an elided word keeps its
/// apostrophe (`n'`, `s'`, `l’`).
fn first_words(text: &str, n: usize) -> Vec<&str> {
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    let mut out = Vec::new();
    let mut rest = text;
    while out.len() < n {
        rest = rest.trim_start_matches(|c: char| !in_word(c));
        if rest.is_empty() {
            break;
        }
        let mut end = rest.find(|c: char| !in_word(c)).unwrap_or(rest.len());
        if rest[end..].starts_with(['\'', '’']) {
            end += rest[end..].chars().next().map_or(0, char::len_utf8);
        }
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

fn first_word(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let end = t
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(t.len(), |(i, c)| if c == '\'' { i + 1 } else { i });
    (end > 0).then(|| &t[..end])
}

/// `Kim part`: the word before the form starts with a capital in the
/// original text (a name as subject), and is not the first of the sentence.
fn capitalized_before(original: &str, before: &str) -> bool {
    let Some((word, at)) = last_words(tail(before), 1).into_iter().next() else {
        return false;
    };
    let at = before.len() - tail(before).len() + at;
    let Some(orig) = original.get(at..at + word.len()) else {
        return false;
    };
    at > 0 && orig.chars().next().is_some_and(char::is_uppercase)
}

/// `La Douma le ratifie`: the word before the form is an object clitic
/// (`le`, `la`, `les`, `l'`) and the one before it, with nothing but a
/// space between, a capitalized word: a name, the subject of the verb.
/// The first word of a sentence counts only when it is no determiner or
/// grammar word of the lists (`Le`, `Puis`).
fn clitic_after_name(g: &Grammar, original: &str, before: &str) -> bool {
    let words = last_words(tail(before), 2);
    let [(clitic, clitic_at), (name, name_at)] = words[..] else {
        return false;
    };
    if !g.object_clitics.contains(clitic) {
        return false;
    }
    let base = before.len() - tail(before).len();
    let (clitic_at, name_at) = (base + clitic_at, base + name_at);
    let between = before.get(name_at + name.len()..clitic_at).unwrap_or("x");
    if between.is_empty() || !between.chars().all(char::is_whitespace) {
        return false;
    }
    let capitalized = original
        .get(name_at..name_at + name.len())
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    capitalized
        && !g.determiners.contains(name)
        && !g.subjects.contains(name)
        && !g.between.contains(name)
}

/// `signée Vladimir Poutine`: the word right after the form (past spaces)
/// starts with a capital in the original text.
fn capitalized_after(original: &str, end: usize) -> bool {
    original.get(end..).is_some_and(|rest| {
        rest.starts_with(' ') && rest.trim_start().starts_with(char::is_uppercase)
    })
}

/// `dit-il`, `part-elle`: the subject follows the verb.
fn inverted(after: &str) -> bool {
    [
        "-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-on", "-t-on",
    ]
    .iter()
    .any(|x| starts_with_word(after, x))
}

/// Lowercase where that keeps byte offsets (every char of French news);
/// a char whose lowercase has another length is kept as it is.
/// Lowercase with the typographic apostrophe made plain, the form the
/// word lists of the data are compared in.
pub(super) fn fold_apostrophes(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

fn fold_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

pub(super) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// `text` starts with the words `x`, ending at a word boundary.
fn starts_with_word(text: &str, x: &str) -> bool {
    text.starts_with(x)
        && (x.ends_with('\'') || !text[x.len()..].starts_with(char::is_alphanumeric))
}

/// `text` ends with the words `x`, starting at a word boundary.
fn ends_with_word(text: &str, x: &str) -> bool {
    text.ends_with(x)
        && !text[..text.len() - x.len()].ends_with(char::is_alphanumeric)
        && !(x.starts_with('-') && text[..text.len() - x.len()].ends_with(' '))
}

/// Every form of each verb of `verbs` (`porter sur`: the forms of
/// `porter`, each followed by `sur`), lowercase, as words.
fn stipulation_forms(verbs: &[String], conj: &Conjugator) -> anyhow::Result<Vec<Vec<String>>> {
    let mut forms = std::collections::BTreeSet::new();
    for verb in verbs {
        let phrase = conj
            .inflect_phrase(verb)
            .map_err(|e| anyhow::anyhow!("{verb}: {e}"))?;
        forms.extend(phrase);
    }
    Ok(forms.into_iter().collect())
}

/// Every form of each verb of `verbs` (a reflexive's `s'`/`se` dropped:
/// `s'apprêter` is governed by `apprête`, the clitic stands before it) and
/// the words of `words`, lowercase.
fn governors(
    verbs: &[String],
    words: &[String],
    conj: &Conjugator,
) -> anyhow::Result<HashSet<String>> {
    let mut out: HashSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
    for verb in verbs {
        let bare = verb
            .strip_prefix("s'")
            .or_else(|| verb.strip_prefix("se "))
            .unwrap_or(verb);
        let forms = conj
            .inflect(bare)
            .map_err(|e| anyhow::anyhow!("{verb}: {e}"))?;
        out.extend(forms.into_iter().map(|i| i.form.to_lowercase()));
        out.insert(bare.to_lowercase());
    }
    Ok(out)
}

/// Every past participle of the verbs the conjugator holds as data.
fn irregular_participles(conj: &Conjugator) -> anyhow::Result<HashSet<String>> {
    let mut out = HashSet::new();
    for verb in conj.irregular().keys() {
        let forms = conj
            .inflect(verb)
            .map_err(|e| anyhow::anyhow!("{verb}: {e}"))?;
        out.extend(
            forms
                .into_iter()
                .filter(|i| matches!(i.kind, FormKind::Participle { .. }))
                .map(|i| i.form),
        );
    }
    Ok(out)
}

fn grammar(context: &ContextFile, conj: &Conjugator) -> anyhow::Result<Grammar> {
    let set = |l: &[String]| l.iter().map(|w| w.to_lowercase()).collect::<HashSet<_>>();
    let forms = |verb: &str| -> anyhow::Result<HashSet<String>> {
        Ok(conj
            .inflect(verb)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .into_iter()
            .filter(|i| {
                !matches!(
                    i.kind,
                    super::conjugate::FormKind::Participle { .. }
                        | super::conjugate::FormKind::Infinitive
                )
            })
            .map(|i| i.form)
            .collect())
    };
    let mut incise_finite = HashSet::new();
    let mut incise_participles = HashSet::new();
    for verb in &context.incise_verbs {
        let verb = verb.to_lowercase();
        let (clitic, bare) = match verb.strip_prefix("s'").or_else(|| verb.strip_prefix("se ")) {
            Some(bare) => (true, bare.to_string()),
            None => (false, verb.clone()),
        };
        for i in conj.inflect(&bare).map_err(|e| anyhow::anyhow!("{e}"))? {
            match i.kind {
                super::conjugate::FormKind::Finite { person: 2 | 5, .. } => {
                    if clitic {
                        let elided = i.form.starts_with(|c: char| "aeéèêiouyh".contains(c));
                        incise_finite.insert(if elided {
                            format!("s'{}", i.form)
                        } else {
                            format!("se {}", i.form)
                        });
                    } else {
                        incise_finite.insert(i.form);
                    }
                }
                super::conjugate::FormKind::Participle { .. } if !clitic => {
                    incise_participles.insert(i.form);
                }
                _ => {}
            }
        }
    }
    let present = |verb: &str| -> anyhow::Result<Vec<String>> {
        Ok(conj
            .inflect(verb)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .into_iter()
            .filter(|i| {
                matches!(
                    i.kind,
                    FormKind::Finite {
                        tense: Tense::Present,
                        ..
                    }
                )
            })
            .map(|i| i.form)
            .collect())
    };
    let mut present_auxiliaries: HashSet<String> = present("avoir")?.into_iter().collect();
    present_auxiliaries.extend(present("être")?);
    let mut etre = forms("être")?;
    etre.insert("été".into());
    let mut auxiliaries = forms("avoir")?;
    auxiliaries.extend(etre.iter().cloned());
    Ok(Grammar {
        reflexive: set(&context.reflexive),
        subjects: set(&context.subjects),
        between: set(&context.between),
        negation_particles: set(&context.negation_particles),
        negative_words: set(&context.negative_words),
        negation_limits: set(&context.negation_limits),
        negation_modals: set(&context.negation_modals),
        stipulation_forms: stipulation_forms(&context.stipulation_verbs, conj)?,
        prospect_governors: governors(&context.prospect_verbs, &context.prospect_words, conj)?,
        plan_forms: governors(&context.plan_verbs, &[], conj)?,
        signing_forms: governors(&context.signing_verbs, &[], conj)?,
        refusal_governors: governors(&context.refusal_verbs, &context.refusal_words, conj)?,
        document_nouns: context
            .document_nouns
            .iter()
            .map(|w| w.to_lowercase())
            .collect(),
        facility_nouns: set(&context.facility_nouns),
        covenant_nouns: set(&context.covenant_nouns),
        disposition_nouns: set(&context.disposition_nouns),
        force_nouns: set(&context.force_nouns),
        object_clitics: set(&context.object_clitics),
        determiners: set(&context.determiners),
        free_choice: context
            .free_choice
            .iter()
            .map(|w| w.to_lowercase())
            .collect(),
        opening_participle_before: set(&context.opening_participle_before),
        relative_pronouns: set(&context.relative_pronouns),
        relative_prepositions: set(&context.relative_prepositions),
        incise_finite,
        incise_participles,
        auxiliaries,
        etre,
        present_auxiliaries,
        irregular_participles: irregular_participles(conj)?,
    })
}

/// One automaton over every distinct surface form.
fn compile(entries: &Entries) -> anyhow::Result<(AhoCorasick, Vec<Vec<usize>>)> {
    let mut index: std::collections::HashMap<&str, usize> = Default::default();
    let mut patterns: Vec<&str> = Vec::new();
    let mut readings: Vec<Vec<usize>> = Vec::new();
    for (i, s) in entries.surfaces.iter().enumerate() {
        let p = *index.entry(s.text.as_str()).or_insert_with(|| {
            patterns.push(s.text.as_str());
            readings.push(Vec::new());
            patterns.len() - 1
        });
        readings[p].push(i);
    }
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&patterns)?;
    Ok((automaton, readings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::entries::LemmaKind;

    /// `La Douma le ratifie`: an object clitic right after a name is no
    /// article, and a finite verb after it is one, whatever the name (a
    /// person, a body, a capital, one word or two), the clitic, and the
    /// verb (forms that are no noun). Controls: after a determiner or a
    /// sentence-opening word, after a comma, and without a capital, the
    /// form stays no verb.
    #[test]
    fn a_clitic_after_a_name_is_the_object_of_the_verb_after_it() {
        let lex = crate::test_data::event_lexicon();
        let names = ["La Douma", "Vladimir Poutine", "Moscou", "Le Kremlin"];
        let clitics = ["le", "la", "les"];
        let verbs = [
            ("ratifie", EventType::Ratification),
            ("promulgue", EventType::Ratification),
            ("remercie", EventType::Statement),
            ("reçoit", EventType::Reception),
        ];
        let mut tried = 0;
        for name in names {
            for clitic in clitics {
                for (verb, event_type) in verbs {
                    let sentence = format!("{name} {clitic} {verb} le 24 octobre.");
                    let hits = lex.find(&sentence);
                    let Some(hit) = hits.iter().find(|h| &sentence[h.start..h.end] == verb) else {
                        panic!("{sentence}: {hits:#?}");
                    };
                    assert_eq!(hit.pos, PartOfSpeech::FiniteVerb, "{sentence}");
                    assert_eq!(hit.event_type, event_type, "{sentence}");
                    tried += 1;
                    // controls: a comma between, a lowercase word before
                    for other in [
                        format!("{name}, {clitic} {verb} le 24 octobre."),
                        format!("Pour le moment {clitic} {verb} le 24 octobre."),
                    ] {
                        let hits = lex.find(&other);
                        assert!(
                            hits.iter().all(|h| &other[h.start..h.end] != verb),
                            "{other}: {hits:#?}"
                        );
                    }
                }
            }
        }
        assert_eq!(tried, 48);
    }

    /// The automaton of the impersonal phrases only skips the clauses the
    /// search per phrase leaves as they are: every phrase at the start, in
    /// the middle, after punctuation, glued to letters, capitalized, cut
    /// short, two in one clause, and clauses with none.
    #[test]
    fn impersonal_phrases_blank_as_the_search_per_phrase_does() {
        let a = &crate::test_data::event_lexicon().anaphora;
        assert!(!a.impersonal.is_empty());
        let mut clauses = vec![
            String::new(),
            "le président est arrivé".to_string(),
            "il est arrivé à moscou".to_string(),
        ];
        for p in &a.impersonal {
            let cut = &p[..p.char_indices().last().map_or(0, |(i, _)| i)];
            let upper = p.to_uppercase();
            for frame in [
                format!("{p} de sa visite"),
                format!("selon lui, {p} d'un accord"),
                format!("mais {p}"),
                p.to_string(),
                format!("x{p} y"),
                format!("{p}x de"),
                format!("{upper} de sa visite"),
                format!("{cut} de sa visite"),
                format!("{p} et {p} encore"),
                format!("«{p}»"),
            ] {
                clauses.push(frame);
            }
            for q in a.impersonal.iter().step_by(7) {
                clauses.push(format!("{p} de partir, {q} aussi"));
            }
        }
        let mut blanked = 0;
        for c in &clauses {
            let slow = a.without_impersonal_each(c);
            blanked += usize::from(slow.is_some());
            assert_eq!(a.without_impersonal(c), slow, "{c:?}");
        }
        assert!(blanked > a.impersonal.len(), "{blanked}");
    }

    /// The stipulation forms are compared in place as they were as vectors
    /// of words: every form ending at every position of word lists made of
    /// its words, the words of another form, and others.
    #[test]
    fn stipulation_forms_match_in_place_as_vectors_do() {
        let forms = &crate::test_data::event_lexicon().grammar.stipulation_forms;
        assert!(!forms.is_empty());
        fn as_vectors(words: &[(&str, usize)], k: usize, form: &[String]) -> Option<usize> {
            let n = form.len();
            let span: Option<Vec<&str>> = (0..n)
                .map(|i| words.get(k + n - 1 - i).map(|w| w.0))
                .collect();
            (span? == form.iter().map(String::as_str).collect::<Vec<_>>())
                .then(|| words[k + n - 1].1)
        }
        let mut found = 0;
        for (f, form) in forms.iter().enumerate() {
            let other = &forms[(f + 1) % forms.len()];
            // texts, written in order, then read last word first
            fn w(v: &[String]) -> Vec<&str> {
                v.iter().map(String::as_str).collect()
            }
            let texts: Vec<Vec<&str>> = vec![
                w(form),
                [w(form), w(other)].concat(),
                [vec!["le", "texte"], w(form), vec!["sur"]].concat(),
                w(&form[1..]),
                w(form).into_iter().rev().collect(),
                vec!["le", "texte"],
            ];
            for text in texts {
                let words: Vec<(&str, usize)> = text
                    .iter()
                    .rev()
                    .enumerate()
                    .map(|(i, w)| (*w, 10 * i))
                    .collect();
                for k in 0..words.len() {
                    for g in [form, other] {
                        let fast = form_ends_at(&words, k, g);
                        found += usize::from(fast.is_some());
                        assert_eq!(fast, as_vectors(&words, k, g), "{words:?} {k} {g:?}");
                    }
                }
            }
        }
        assert!(found >= forms.len(), "{found}");
    }

    #[test]
    fn frames_and_speakers_are_read_from_the_words_before() {
        let l = crate::test_data::event_lexicon();
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
    fn forms_match_whole_words_only() {
        let lex = crate::test_data::event_lexicon();
        let hits = lex.find("Ils se sont rencontrés ; la prérencontre non.");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].event_type, EventType::Meeting);
        assert_eq!(hits[0].lemma, "rencontrer");
        assert!(lex.find("Les visiteurs et les revisites.").is_empty());
        // an apostrophe or a hyphen is a boundary
        let hits = lex.find("L'accord-cadre et l'entrée en vigueur.");
        let lemmas: Vec<&str> = hits.iter().map(|h| h.lemma).collect();
        assert_eq!(lemmas, ["accord-cadre", "entrée en vigueur"]);
    }

    /// One hit of `sentence`: its type, lemma, part of speech, trigger text
    /// and verb group start.
    fn one(
        lex: &EventLexicon,
        sentence: &str,
    ) -> (EventType, String, PartOfSpeech, String, String) {
        let hits = lex.find(sentence);
        assert_eq!(hits.len(), 1, "{sentence}: {hits:?}");
        let h = hits[0];
        (
            h.event_type,
            h.lemma.to_string(),
            h.pos,
            sentence[h.start..h.end].to_string(),
            sentence[h.predicate_start()..h.end].to_string(),
        )
    }

    #[test]
    fn readings_say_lemma_part_of_speech_and_verb_group() {
        use PartOfSpeech::*;
        let lex = crate::test_data::event_lexicon();
        let cases: &[(&str, EventType, &str, PartOfSpeech, &str, &str)] = &[
            (
                "Poutine a reçu Kim mardi.",
                EventType::Reception,
                "recevoir",
                FiniteVerb,
                "reçu",
                "a reçu",
            ),
            (
                "Poutine reçoit Kim.",
                EventType::Reception,
                "recevoir",
                FiniteVerb,
                "reçoit",
                "reçoit",
            ),
            (
                "Kim, reçu à l'aéroport par le ministre.",
                EventType::Reception,
                "recevoir",
                Participle,
                "reçu",
                "reçu",
            ),
            (
                "Il s'est rendu à Moscou.",
                EventType::Visit,
                "se rendre",
                FiniteVerb,
                "s'est rendu",
                "s'est rendu",
            ),
            (
                "Il ne s'y est pas rendu.",
                EventType::Visit,
                "se rendre",
                FiniteVerb,
                "s'y est pas rendu",
                "s'y est pas rendu",
            ),
            (
                "Ils se sont rendus à Pékin.",
                EventType::Visit,
                "se rendre",
                FiniteVerb,
                "se sont rendus",
                "se sont rendus",
            ),
            (
                "Il se rendra à Moscou.",
                EventType::Visit,
                "se rendre",
                FiniteVerb,
                "se rendra",
                "se rendra",
            ),
            (
                "En se rendant à Moscou.",
                EventType::Visit,
                "se rendre",
                PresentParticiple,
                "se rendant",
                "se rendant",
            ),
            (
                "Il s'est notamment entretenu avec Kim.",
                EventType::Meeting,
                "s'entretenir",
                FiniteVerb,
                "s'est notamment entretenu",
                "s'est notamment entretenu",
            ),
            (
                "L'ambassadeur a été convoqué.",
                EventType::Summons,
                "convoquer",
                FiniteVerb,
                "convoqué",
                "a été convoqué",
            ),
            (
                "Il entre en vigueur.",
                EventType::Ratification,
                "entrer en vigueur",
                FiniteVerb,
                "entre en vigueur",
                "entre en vigueur",
            ),
            (
                "Il est entré en vigueur.",
                EventType::Ratification,
                "entrer en vigueur",
                FiniteVerb,
                "entré en vigueur",
                "est entré en vigueur",
            ),
            (
                "Il entrera en vigueur.",
                EventType::Ratification,
                "entrer en vigueur",
                FiniteVerb,
                "entrera en vigueur",
                "entrera en vigueur",
            ),
            (
                "Un défilé militaire a eu lieu.",
                EventType::Ceremony,
                "défilé militaire",
                Expression,
                "défilé militaire",
                "défilé militaire",
            ),
            (
                "La visite de Kim.",
                EventType::Visit,
                "visite",
                Noun,
                "visite",
                "visite",
            ),
            (
                "Kim visite l'usine.",
                EventType::Visit,
                "visiter",
                FiniteVerb,
                "visite",
                "visite",
            ),
            (
                "Elle est partie mardi.",
                EventType::Departure,
                "partir",
                FiniteVerb,
                "partie",
                "est partie",
            ),
            (
                "Il part demain.",
                EventType::Departure,
                "partir",
                FiniteVerb,
                "part",
                "part",
            ),
            (
                "Séoul a dépêché un émissaire.",
                EventType::Deployment,
                "dépêcher",
                FiniteVerb,
                "dépêché",
                "a dépêché",
            ),
            (
                "Pyongyang a tiré deux missiles.",
                EventType::Launch,
                "tirer",
                FiniteVerb,
                "tiré",
                "a tiré",
            ),
            (
                "Moscou n'a pas nié.",
                EventType::Denial,
                "nier",
                FiniteVerb,
                "nié",
                "a pas nié",
            ),
            (
                "La Douma a ratifié le texte.",
                EventType::Ratification,
                "ratifier",
                FiniteVerb,
                "ratifié",
                "a ratifié",
            ),
            (
                "Il a déployé des navires.",
                EventType::Deployment,
                "déployer",
                FiniteVerb,
                "déployé",
                "a déployé",
            ),
            (
                "Des combats ont éclaté.",
                EventType::Combat,
                "combat",
                Noun,
                "combats",
                "combats",
            ),
            (
                "Il doit se rendre à Moscou.",
                EventType::Visit,
                "se rendre",
                Infinitive,
                "se rendre",
                "se rendre",
            ),
            (
                "« Nous partirons demain. »",
                EventType::Departure,
                "partir",
                FiniteVerb,
                "partirons",
                "partirons",
            ),
        ];
        for (sentence, t, lemma, pos, trigger, group) in cases {
            let got = one(lex, sentence);
            assert_eq!(
                got,
                (
                    *t,
                    lemma.to_string(),
                    *pos,
                    trigger.to_string(),
                    group.to_string()
                ),
                "{sentence}"
            );
        }
        let passive = |s: &str| lex.find(s)[0].passive;
        assert!(passive("L'ambassadeur a été convoqué."));
        assert!(passive("Kim est reçu au Kremlin."));
        assert!(!passive("Kim est arrivé."));
        assert!(!passive("Il s'est rendu à Moscou."));
        assert!(!passive("Il a reçu Kim."));
    }

    /// Uses of event words that are not events: no hit of that word's
    /// lemma. Each line stands for a class (a complement that makes another
    /// word, a participle of another verb, a noun homograph of a verb form).
    #[test]
    fn non_event_uses_do_not_fire() {
        let lex = crate::test_data::event_lexicon();
        for sentence in [
            "Nous avons fait la visite guidée du musée.",
            "Le club s'est qualifié pour la finale de la coupe de France.",
            "Les deux équipes se sont qualifiées pour les quarts de finale.",
            "Une main-d'oeuvre qualifiée de la région travaille ici.",
            "Ils ont atteint le sommet du Mont-Blanc.",
            "Le dossier est au sommet de la pile.",
            "Il règne au sommet de l'État.",
            "Il joue un accord de guitare.",
            "Il faut accorder de l'importance à cela.",
            "Il est d'accord avec vous.",
            "Les visiteurs sont nombreux.",
            "C'est un rapport de force.",
            "Par rapport à hier, rien.",
            "Une partie des habitants a voté.",
            "Le parti communiste a voté.",
            "Selon une dépêche de l'AFP, rien.",
            "Le mot, c'est-à-dire le nom.",
            "Le point de départ de la course.",
            "La rentrée scolaire aura lieu.",
            "Il a rendu le livre.",
            "Un film célèbre.",
            "Un tir au but.",
            "Il a tiré les leçons de l'échec.",
            "La guerre commerciale continue.",
            "Il assistera au 70e anniversaire de la fin de la guerre de Corée.",
            "Depuis la Seconde Guerre mondiale, rien.",
            "Il a été condamné à cinq ans de prison.",
            "La bataille politique continue.",
            "À propos de cela, rien.",
            "Sans titre de séjour, rien.",
            "L'audience du tribunal est levée.",
            "Une annonce immobilière.",
            "Revenir à la page d'accueil.",
            "Il arrive que le train soit en retard.",
            "Elle vit sur l'île de la Réunion.",
            "Le Kremlin a traité la question.",
            "Il faut repousser la date.",
            "Une réplique sismique a suivi.",
            "L'entretien des routes coûte cher.",
            "Le défilé de mode a eu lieu.",
            "La conférence de presse ne dit rien, elle.",
            "Il a lancé un programme.",
            "Ils ont envoyé une lettre.",
            "Il a appelé son frère.",
            "Il avait été l'invité d'honneur de la soirée.",
            "Les invités de marque sont là.",
            "Il est entré dans l'histoire.",
            "Ils sont entrés en contact.",
            "Elle entrera en lice demain.",
        ] {
            let hits = lex.find(sentence);
            assert!(
                hits.is_empty() || sentence.contains("conférence"),
                "{sentence}: {hits:?}"
            );
        }
        // `entre` the preposition is no arrival, in every position
        for sentence in [
            "Le sommet entre Kim Jong-un et Vladimir Poutine a eu lieu.",
            "Les soldats ont été acheminés entre le 8 et le 13 octobre.",
            "Entre Moscou et Pyongyang, rien.",
            "Il a choisi entre deux options.",
        ] {
            let hits = lex.find(sentence);
            assert!(
                hits.iter().all(|h| h.lemma != "entrer"),
                "{sentence}: {hits:?}"
            );
        }
        for sentence in [
            "Il entre en Russie.",
            "Il est entré en Russie.",
            "Ils entrent en Russie.",
        ] {
            let hits = lex.find(sentence);
            assert!(
                hits.iter().any(|h| h.lemma == "entrer"),
                "{sentence}: {hits:?}"
            );
        }
        // a different reading, not none
        let hits = lex.find("La conférence de presse ne dit rien, elle.");
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].event_type, EventType::Announcement);
    }

    /// The sentence frame a form is tested in, and where the form starts.
    fn frame(lemma: &crate::events::entries::Lemma, s: &Surface) -> (String, usize) {
        let pronominal = matches!(
            lemma.kind,
            LemmaKind::Verb {
                pronominal: true,
                ..
            }
        );
        let elided = s.text.starts_with(|c: char| "aeiouyéèêâîôh".contains(c));
        let clitic = match (pronominal, elided) {
            (false, _) => "",
            (true, true) => "s'",
            (true, false) => "se ",
        };
        let lead = match s.pos {
            PartOfSpeech::FiniteVerb => format!("ils {clitic}"),
            PartOfSpeech::Participle if pronominal => "il s'est ".to_string(),
            PartOfSpeech::Participle => "il a ".to_string(),
            PartOfSpeech::PresentParticiple => format!("en {clitic}"),
            PartOfSpeech::Infinitive => format!("il va {clitic}"),
            PartOfSpeech::Noun | PartOfSpeech::Expression => "cette ".to_string(),
        };
        // a guarded form with next words is a verb only before one of them
        let guarded_next = lemma
            .rules
            .guarded
            .contains(&s.text)
            .then(|| lemma.rules.guarded_next.first())
            .flatten();
        let needs = lemma
            .rules
            .needs_after
            .first()
            .or(lemma.rules.object.first())
            .or(guarded_next)
            .map(|w| format!(" {w}"))
            .unwrap_or_default();
        let head = format!("Selon la presse, {lead}");
        let at = head.len();
        (format!("{head}{}{needs} mardi à Moscou.", s.text), at)
    }

    /// A verb that needs its object (`approuver`, `adopter` + a treaty)
    /// is a ratification with the treaty after it, before its passive, or
    /// behind an object clitic named in the sentence or the one before;
    /// with another object, or a clitic with no treaty named, it is no
    /// event. Every lemma × eight finite forms (written here, not by the
    /// conjugator) × four treaty nouns × four constructions, and the same
    /// frames with three other nouns.
    #[test]
    fn a_verb_that_needs_a_treaty_finds_it_after_before_or_behind_a_clitic() {
        let lex = crate::test_data::event_lexicon();
        let ratification = |sentence: &str, previous: &str| {
            lex.find_in(sentence, previous)
                .iter()
                .any(|h| h.event_type == EventType::Ratification)
        };
        let treaties = [
            ("le", "traité", ""),
            ("l'", "accord", ""),
            ("le", "pacte", ""),
            ("la", "convention", "e"),
        ];
        let others = [
            ("le", "budget", ""),
            ("le", "plan", ""),
            ("la", "réforme", "e"),
        ];
        for stem in ["approuv", "adopt"] {
            let finite = [
                format!("a {stem}é"),
                format!("ont {stem}é"),
                format!("avait {stem}é"),
                format!("{stem}e"),
                format!("{stem}ent"),
                format!("{stem}era"),
                format!("{stem}eront"),
                format!("{stem}ait"),
            ];
            let frames = |article: &str, noun: &str, agreement: &str| {
                let np = if article == "l'" {
                    format!("l'{noun}")
                } else {
                    format!("{article} {noun}")
                };
                let mut out: Vec<(String, String)> = Vec::new();
                for form in &finite {
                    out.push((format!("La Douma {form} {np} mardi."), String::new()));
                    let to = match article {
                        "le" => format!("au {noun}"),
                        _ => format!("à {np}"),
                    };
                    out.push((
                        format!("Quant {to}, la Douma l'{form} mardi."),
                        String::new(),
                    ));
                    out.push((
                        format!("La Douma l'{form} mardi."),
                        match article {
                            "le" => format!("Le texte du {noun} a été publié en juin."),
                            _ => format!("Le texte de {np} a été publié en juin."),
                        },
                    ));
                }
                let capital = np[..1].to_uppercase() + &np[1..];
                for aux in ["a été", "avait été", "sera"] {
                    out.push((
                        format!("{capital} {aux} {stem}é{agreement} mardi par la Douma."),
                        String::new(),
                    ));
                }
                out
            };
            for (article, noun, agreement) in treaties {
                for (sentence, previous) in frames(article, noun, agreement) {
                    assert!(ratification(&sentence, &previous), "{previous} {sentence}");
                }
            }
            for (article, noun, agreement) in others {
                for (sentence, previous) in frames(article, noun, agreement) {
                    assert!(!ratification(&sentence, &previous), "{previous} {sentence}");
                }
            }
        }
    }

    /// Every form of every lemma (conjugated, with its clitic or
    /// auxiliary, or the noun in both numbers) is found in a sentence with
    /// its type and lemma and the part of speech it has there.
    #[test]
    fn every_form_of_every_lemma_is_found() {
        let lex = crate::test_data::event_lexicon();
        let e = lex.entries();
        let mut failures = Vec::new();
        for s in &e.surfaces {
            let lemma = &e.lemmas[s.lemma];
            let (sentence, at) = frame(lemma, s);
            let form_end = at + s.text.len();
            let expected_pos = match s.pos {
                PartOfSpeech::Participle => PartOfSpeech::FiniteVerb,
                p => p,
            };
            // another lemma of the same type may own the same form (réunir, se réunir)
            let owns = |name: &str| {
                name == lemma.lemma
                    || e.surfaces.iter().any(|o| {
                        o.text == s.text
                            && e.lemmas[o.lemma].lemma == name
                            && e.lemmas[o.lemma].event_type == lemma.event_type
                    })
            };
            let hits = lex.find(&sentence);
            let found = hits.iter().any(|h| {
                h.start <= at
                    && h.end >= form_end
                    && h.event_type == lemma.event_type
                    && owns(h.lemma)
                    && h.pos == expected_pos
            });
            if !found {
                failures.push(format!(
                    "{} ({}): {sentence} → {hits:?}",
                    s.text, lemma.lemma
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} forms not found:\n{}",
            failures.len(),
            e.surfaces.len(),
            failures[..failures.len().min(30)].join("\n")
        );
        assert!(e.surfaces.len() > 5000);
    }

    /// The lexicon's size: the issue asks for at least 300 lemmas over 15 types.
    #[test]
    fn the_lexicon_covers_the_news_types() {
        let lex = crate::test_data::event_lexicon();
        let e = lex.entries();
        let types: std::collections::BTreeSet<EventType> =
            e.lemmas.iter().map(|l| l.event_type).collect();
        assert!(e.lemmas.len() >= 300, "{}", e.lemmas.len());
        assert!(types.len() >= 15, "{types:?}");
    }

    /// A verb lemma of the lexicon, as the inflection tests read it.
    struct VerbLemma<'a> {
        lemma: &'a str,
        /// The verb without `se`/`s'` and without its complement.
        verb: &'a str,
        /// The fixed complement, with its leading space (` en vigueur`).
        tail: String,
        /// Every surface form the lexicon generated for the lemma.
        forms: std::collections::BTreeSet<&'a str>,
    }

    fn verb_lemmas(lex: &EventLexicon) -> Vec<VerbLemma<'_>> {
        let e = lex.entries();
        e.lemmas
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                let LemmaKind::Verb { complement, .. } = &l.kind else {
                    return None;
                };
                let bare = l
                    .lemma
                    .strip_prefix("se ")
                    .or_else(|| l.lemma.strip_prefix("s'"))
                    .unwrap_or(&l.lemma);
                Some(VerbLemma {
                    lemma: &l.lemma,
                    verb: bare.split(' ').next().unwrap(),
                    tail: complement
                        .as_ref()
                        .map(|c| format!(" {c}"))
                        .unwrap_or_default(),
                    forms: e
                        .surfaces
                        .iter()
                        .filter(|s| s.lemma == i)
                        .map(|s| s.text.as_str())
                        .collect(),
                })
            })
            .collect()
    }

    /// Regular verbs of the lexicon against endings written here, not by
    /// the conjugator: first group without spelling change, second group.
    #[test]
    fn regular_verbs_have_every_form_of_their_group() {
        const ER: [[&str; 6]; 6] = [
            ["e", "es", "e", "ons", "ez", "ent"],
            ["ais", "ais", "ait", "ions", "iez", "aient"],
            ["ai", "as", "a", "âmes", "âtes", "èrent"],
            ["erai", "eras", "era", "erons", "erez", "eront"],
            ["erais", "erais", "erait", "erions", "eriez", "eraient"],
            ["e", "es", "e", "ions", "iez", "ent"],
        ];
        const ER_OTHER: [&str; 6] = ["é", "ée", "és", "ées", "ant", "er"];
        const IR: [[&str; 6]; 6] = [
            ["is", "is", "it", "issons", "issez", "issent"],
            [
                "issais", "issais", "issait", "issions", "issiez", "issaient",
            ],
            ["is", "is", "it", "îmes", "îtes", "irent"],
            ["irai", "iras", "ira", "irons", "irez", "iront"],
            ["irais", "irais", "irait", "irions", "iriez", "iraient"],
            ["isse", "isses", "isse", "issions", "issiez", "issent"],
        ];
        const IR_OTHER: [&str; 6] = ["i", "ie", "is", "ies", "issant", "ir"];
        let lex = crate::test_data::event_lexicon();
        let irregular = lex.conjugator.irregular();
        let mut tested = 0;
        for VerbLemma {
            lemma,
            verb,
            tail,
            forms,
        } in verb_lemmas(lex)
        {
            if irregular.contains_key(verb) {
                continue;
            }
            let (stem, tenses, other) = if let Some(stem) = verb.strip_suffix("er") {
                // spelling changes: -cer, -ger, -yer, e·er, é·er, -eler, -eter
                let last_vowel = stem.chars().rev().find(|c| "aeiouyéèêâîôû".contains(*c));
                let changes = stem.ends_with(['c', 'g', 'y'])
                    || (matches!(last_vowel, Some('e' | 'é'))
                        && !stem.ends_with(|c: char| "aeiouyéèêâîôû".contains(c)));
                if changes {
                    continue;
                }
                (stem, &ER, &ER_OTHER)
            } else if let Some(stem) = verb.strip_suffix("ir") {
                (stem, &IR, &IR_OTHER)
            } else {
                continue;
            };
            for ending in tenses.iter().flatten().chain(other.iter()) {
                let form = format!("{stem}{ending}{tail}");
                assert!(forms.contains(form.as_str()), "{lemma}: {form}");
            }
            tested += 1;
        }
        assert!(tested > 100, "{tested}");
    }

    /// Irregular verbs of the lexicon have the principal parts written in
    /// data/events/irregular.toml among their forms.
    #[test]
    fn irregular_verbs_have_their_principal_parts() {
        let lex = crate::test_data::event_lexicon();
        let irregular = lex.conjugator.irregular();
        let mut tested = 0;
        for VerbLemma {
            lemma,
            verb,
            tail,
            forms,
        } in verb_lemmas(lex)
        {
            let Some(entry) = irregular.get(verb) else {
                continue;
            };
            let parts = entry
                .present
                .iter()
                .flatten()
                .chain(entry.participle.iter())
                .chain(entry.future.iter());
            for part in parts {
                let form = if entry.future.as_ref() == Some(part) {
                    format!("{part}a{tail}")
                } else {
                    format!("{part}{tail}")
                };
                assert!(forms.contains(form.as_str()), "{lemma}: {form}");
            }
            tested += 1;
        }
        assert!(tested > 20, "{tested}");
    }

    /// Every guarded form with next words, after a capitalized name: a
    /// verb before each next word, no event before a noun phrase or a
    /// number (the preposition `entre … et …`).
    #[test]
    fn a_guarded_form_is_a_verb_only_before_its_next_words() {
        let lex = crate::test_data::event_lexicon();
        let e = lex.entries();
        let mut checked = 0;
        for lemma in &e.lemmas {
            for form in &lemma.rules.guarded {
                for next in &lemma.rules.guarded_next {
                    let sentence = format!("Hier, Kim {form} {next} Russie.");
                    assert!(
                        lex.find(&sentence).iter().any(|h| h.lemma == lemma.lemma),
                        "{sentence}"
                    );
                    checked += 1;
                }
                if lemma.rules.guarded_next.is_empty() {
                    continue;
                }
                for phrase in [
                    "le 8 et le 13 octobre",
                    "Kim et Poutine",
                    "deux escales",
                    "les deux pays",
                ] {
                    let sentence = format!("Hier, Vladivostok {form} {phrase}.");
                    assert!(
                        lex.find(&sentence).iter().all(|h| h.lemma != lemma.lemma),
                        "{sentence}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked >= 11, "{checked}");
    }

    /// Every past participle of every byline verb, bare before a name, is
    /// no event; with `par` or an auxiliary it is.
    #[test]
    fn a_bare_participle_before_a_name_is_a_byline() {
        let lex = crate::test_data::event_lexicon();
        let e = lex.entries();
        let mut checked = 0;
        for s in &e.surfaces {
            let lemma = &e.lemmas[s.lemma];
            if !lemma.rules.byline || s.pos != PartOfSpeech::Participle {
                continue;
            }
            for name in ["Vladimir Poutine", "Kim Jong-un", "M. Lavrov"] {
                let byline = format!("Hier, la presse a publié une tribune {} {name}.", s.text);
                assert!(
                    lex.find(&byline).iter().all(|h| h.lemma != lemma.lemma),
                    "{byline}"
                );
                for act in [
                    format!("{} par {name}", s.text),
                    format!("a été {} à Moscou", s.text),
                ] {
                    let sentence = format!("Hier, le texte {act}.");
                    assert!(
                        lex.find(&sentence).iter().any(|h| h.lemma == lemma.lemma),
                        "{sentence}"
                    );
                }
                checked += 1;
            }
        }
        assert!(checked >= 12, "{checked}");
    }

    /// After a closing quotation mark, a clause that opens on a verb of
    /// incise (present or passé composé, third person) and its inverted
    /// subject is an incise; not before `que`, and not without the
    /// quotation mark (`…, poursuit sa visite`: a verb whose subject
    /// stands before). Every verb of the data × both tenses × two
    /// subjects; the forms are written here by the rules of French
    /// conjugation, not asked of the conjugator.
    #[test]
    fn a_verb_of_incise_after_a_quotation_opens_an_incise() {
        let lex = crate::test_data::event_lexicon();
        let context: toml::Value =
            toml::from_str(include_str!("../../data/events/context.toml")).unwrap();
        let verbs: Vec<&str> = context["incise_verbs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let irregular = [
            ("conclure", "conclut", "conclu"),
            ("poursuivre", "poursuit", "poursuivi"),
            ("sourire", "sourit", "souri"),
            ("relever", "relève", "relevé"),
            ("tempérer", "tempère", "tempéré"),
            ("renchérir", "renchérit", "renchéri"),
        ];
        let mut checked = 0;
        for verb in verbs {
            let (pronominal, bare) = match verb.strip_prefix("s'") {
                Some(b) => (true, b),
                None => (false, verb),
            };
            let (present, participle) = match irregular.iter().find(|(v, ..)| *v == bare) {
                Some(&(_, p, pp)) => (p.to_string(), pp.to_string()),
                None => {
                    let stem = bare.strip_suffix("er").expect(bare);
                    (format!("{stem}e"), format!("{stem}é"))
                }
            };
            let mut forms = vec![if pronominal {
                format!("s'{present}")
            } else {
                present.clone()
            }];
            if !pronominal {
                forms.push(format!("a {participle}"));
            }
            for form in forms {
                for subject in ["Dmitri Peskov", "le chercheur"] {
                    let before = "« Kim Jong-un est arrivé mardi »";
                    let clause = format!(", {form} {subject}.");
                    assert!(lex.opens_on_incise(before, &clause), "{before}{clause}");
                    let whole = format!("»{clause}");
                    assert!(lex.opens_on_incise("« Kim est arrivé ", &whole), "{whole}");
                    let unquoted = "Kim Jong-un est arrivé mardi";
                    assert!(
                        !lex.opens_on_incise(unquoted, &clause),
                        "{unquoted}{clause}"
                    );
                    let that = format!(", {form} que {subject} est parti.");
                    assert!(!lex.opens_on_incise(before, &that), "{before}{that}");
                    checked += 1;
                }
            }
        }
        assert!(checked >= 80, "{checked}");
    }

    /// A free-choice determiner without article before an event noun
    /// (`toute livraison`, `tout accord`, `n'importe quelle visite`) names
    /// any such act, none that took place: no nominal hit. Every nominal
    /// form of the lexicon × every free-choice word, each form checked
    /// first to be found after `cette`.
    #[test]
    fn a_noun_after_a_free_choice_determiner_is_no_event() {
        let lex = crate::test_data::event_lexicon();
        let e = lex.entries();
        let free_choice = [
            "tout",
            "toute",
            "n'importe quel",
            "n'importe quelle",
            "n’importe quel",
            "n’importe quelle",
        ];
        let mut checked = 0;
        for s in e.surfaces.iter().filter(|s| !s.pos.is_verbal()) {
            let lemma = &e.lemmas[s.lemma];
            let nominal_hit = |sentence: &str| {
                lex.find(sentence)
                    .iter()
                    .any(|h| h.lemma == lemma.lemma && !h.pos.is_verbal())
            };
            if !nominal_hit(&format!("Selon lui, cette {} hier.", s.text)) {
                continue;
            }
            for fc in free_choice {
                let sentence = format!("Selon lui, {fc} {} hier.", s.text);
                assert!(!nominal_hit(&sentence), "{sentence}");
                checked += 1;
            }
            // with an article, `tout` is the whole of one act
            let sentence = format!("Selon lui, toute la {} hier.", s.text);
            assert!(nominal_hit(&sentence), "{sentence}");
        }
        assert!(checked > 400, "{checked}");
    }

    /// Every exclusion of the lexicon, generated: a form of the lemma
    /// followed (or preceded) by each excluded context gives no hit of
    /// that lemma.
    #[test]
    fn every_exclusion_context_excludes() {
        let lex = crate::test_data::event_lexicon();
        let e = lex.entries();
        let mut checked = 0;
        for s in &e.surfaces {
            let lemma = &e.lemmas[s.lemma];
            let verb_pronominal = matches!(
                lemma.kind,
                LemmaKind::Verb {
                    pronominal: true,
                    ..
                }
            );
            // a frame where the form alone would be read
            let (lead, subject) = match s.pos {
                PartOfSpeech::Participle => ("il a ", ""),
                PartOfSpeech::FiniteVerb | PartOfSpeech::PresentParticiple => ("ils ", ""),
                PartOfSpeech::Infinitive => ("pour ", ""),
                _ => ("cette ", ""),
            };
            let clitic = if verb_pronominal { "se " } else { "" };
            let _ = subject;
            for x in &lemma.rules.exclude_after {
                let sep = if x.starts_with('-') { "" } else { " " };
                let sentence = format!("Selon lui, {lead}{clitic}{}{sep}{x} hier.", s.text);
                let hits = lex.find(&sentence);
                assert!(
                    hits.iter().all(|h| h.lemma != lemma.lemma),
                    "{sentence}: {hits:?}"
                );
                checked += 1;
            }
            for x in &lemma.rules.exclude_before {
                let sep = if x.ends_with('\'') || x.ends_with('-') {
                    ""
                } else {
                    " "
                };
                let sentence = format!("Selon lui, {x}{sep}{}, hier.", s.text);
                let hits = lex.find(&sentence);
                assert!(
                    hits.iter().all(|h| h.lemma != lemma.lemma || h.start < 11),
                    "{sentence}: {hits:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn modality_cues() {
        let lex = crate::test_data::event_lexicon();
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

    /// First-group verbs whose stem ends in `r`, every cluster before it
    /// (`prépar-`, `rencontr-`, `assur-`): their imparfait and passé simple
    /// end as a conditional and a future do (`-rait`, `-ra`).
    const R_STEM_VERBS: [&str; 41] = [
        "préparer",
        "déclarer",
        "comparer",
        "séparer",
        "ignorer",
        "déplorer",
        "explorer",
        "améliorer",
        "espérer",
        "considérer",
        "opérer",
        "coopérer",
        "préférer",
        "pleurer",
        "demeurer",
        "entourer",
        "rencontrer",
        "montrer",
        "entrer",
        "démontrer",
        "concentrer",
        "enregistrer",
        "administrer",
        "illustrer",
        "filtrer",
        "pénétrer",
        "célébrer",
        "intégrer",
        "livrer",
        "délivrer",
        "assurer",
        "durer",
        "figurer",
        "mesurer",
        "jurer",
        "procurer",
        "capturer",
        "structurer",
        "inaugurer",
        "restaurer",
        "instaurer",
    ];

    /// The passé simple of the same verbs (`prépara`, `rencontra`) tells a
    /// fact, their future (`préparera`) a plan; the futures of other
    /// groups stay plans and nouns in `-ra` make no clause planned.
    #[test]
    fn a_passe_simple_in_ra_is_no_future() {
        let lex = crate::test_data::event_lexicon();
        let m = &lex.modality;
        for verb in R_STEM_VERBS {
            let stem = verb.strip_suffix("er").unwrap();
            // passé simple: stem + a; futur simple: infinitive + a
            let clause = format!("kim {stem}a la délégation de poutine");
            assert_eq!(m.classify(&clause), Modality::Occurred, "{clause}");
            let clause = format!("kim {verb}a la délégation de poutine");
            assert_eq!(m.classify(&clause), Modality::Planned, "{clause}");
        }
        // the futures of other groups stay futures
        for future in [
            "pourra",
            "enverra",
            "recevra",
            "suivra",
            "conclura",
            "viendra",
            "prendra",
            "finira",
            "choisira",
            "rejoindra",
        ] {
            let clause = format!("kim {future} la délégation de poutine");
            assert_eq!(m.classify(&clause), Modality::Planned, "{clause}");
        }
        // nouns and names in -ra
        for word in ["ankara", "caméra", "sahara"] {
            let clause = format!("la délégation est arrivée de {word}");
            assert_eq!(m.classify(&clause), Modality::Occurred, "{clause}");
        }
    }

    /// An inverted subject clitic after a subject written before its verb
    /// repeats that subject (complex inversion) and is no anaphor; with
    /// nothing but interrogatives, inversion adverbs, clitics or an incise's
    /// comma before its verb it is the subject and points back. Every
    /// subject × every clitic form (simple, euphonic `-t-`, pronominal,
    /// negated) × both.
    #[test]
    fn an_inverted_clitic_after_a_subject_points_back_to_no_one() {
        let lex = crate::test_data::event_lexicon();
        let a = &lex.anaphora;
        let forms = [
            ("combattent-ils en ukraine", Anaphor::Many),
            ("ont-elles signé", Anaphor::Many),
            ("a-t-il rencontré poutine", Anaphor::One),
            ("ne s'est-elle pas rendue à moscou", Anaphor::One),
            ("viendra-t-il", Anaphor::One),
            ("se rendront-ils à pyongyang", Anaphor::Many),
        ];
        let subjects = [
            "des soldats nord-coréens",
            "la russie",
            "kim jong-un",
            "pourquoi kim jong-un",
            "le kremlin",
            "selon vous, les deux pays",
        ];
        for (form, anaphor) in forms {
            for subject in subjects {
                let clause = format!("{subject} {form} ?");
                assert_eq!(a.find(&clause), None, "{clause}");
            }
            for opener in [
                "pourquoi",
                "comment",
                "quand",
                "peut-être",
                "sans doute",
                "à peine",
                "« nous sommes prêts »,",
                "",
            ] {
                let clause = format!("{opener} {form}").trim_start().to_string();
                assert_eq!(a.find(&clause), Some(anaphor), "{clause}");
            }
        }
        // a subject pronoun before the verb is still found
        assert_eq!(a.find("il a rencontré poutine"), Some(Anaphor::One));
        assert_eq!(a.find("a-t-il déclaré mardi"), Some(Anaphor::One));
    }

    /// A yes/no question asks whether its act happened; a question opened
    /// by an interrogative word (alone or after a preposition) asks about
    /// an act it takes for granted. Every way of asking a yes/no question
    /// (simple and complex inversion, `est-ce que`, rising intonation, after
    /// a heading's colon, in quotes) × several acts; every interrogative word
    /// × the same acts; every preposition × `quel`/`qui`/`quand`; and the
    /// same sentences as statements (no question mark), which ask nothing.
    #[test]
    fn a_yes_no_question_asks_and_a_partial_one_presupposes() {
        let lex = crate::test_data::event_lexicon();
        let m = &lex.modality;
        // (subject, inverted verb phrase, plain verb phrase)
        let acts = [
            (
                "Kim Jong-un",
                "se rendra-t-il à Moscou",
                "se rendra à Moscou",
            ),
            (
                "Des soldats nord-coréens",
                "combattent-ils en Ukraine",
                "combattent en Ukraine",
            ),
            (
                "La Russie",
                "a-t-elle livré des missiles",
                "a livré des missiles",
            ),
            (
                "Les deux dirigeants",
                "se sont-ils rencontrés",
                "se sont rencontrés",
            ),
        ];
        let mut asked = 0;
        for (subject, inverted, plain) in acts {
            for question in [
                format!("{subject} {inverted} ?"),
                format!("{subject} {inverted}?"),
                format!("Est-ce que {} {plain} ?", subject.to_lowercase()),
                format!("{subject} {plain} ?"),
                format!("Ukraine : {} {inverted} ?", subject.to_lowercase()),
                format!("« {subject} {inverted} ? »"),
                format!("Selon vous, {} {inverted} ?", subject.to_lowercase()),
            ] {
                assert!(m.is_yes_no_question(&question), "{question}");
                let statement = question.replace(" ?", ".").replace('?', ".");
                assert!(!m.is_yes_no_question(&statement), "{statement}");
                asked += 1;
            }
            for word in ["Pourquoi", "Comment", "Quand", "Où", "Combien de fois"] {
                let question = format!("{word} {} {inverted} ?", subject.to_lowercase());
                assert!(!m.is_yes_no_question(&question), "{question}");
            }
            for (preposition, word) in [
                ("Depuis", "quand"),
                ("À", "quelle date"),
                ("Avec", "qui"),
                ("Dans", "quel but"),
                ("Jusqu'", "où"),
                ("D'", "où"),
                ("Pour", "quelle raison"),
            ] {
                let joint = if preposition.ends_with('\'') { "" } else { " " };
                let question = format!(
                    "{preposition}{joint}{word} {} {inverted} ?",
                    subject.to_lowercase()
                );
                assert!(!m.is_yes_no_question(&question), "{question}");
            }
        }
        assert_eq!(asked, 7 * acts.len());
        for question in [
            "Que prévoit le traité signé en juin ?",
            "Qu'est-ce que le traité change ?",
            "Quelle est la portée de l'accord ?",
            "Qui a rencontré Kim Jong-un ?",
            "Lequel des deux dirigeants a signé ?",
            "La réunion Kim-Poutine approche, mais où ?",
            "Kim Jong-un se rendra à Moscou, mais quand ?",
            "Kim Jong-un part quand ?",
            "Et la Corée du Sud, que fera-t-elle ?",
        ] {
            assert!(!m.is_yes_no_question(question), "{question}");
        }
    }

    /// The imparfait of a first-group verb whose stem ends in `r`
    /// (`préparait`, `rencontraient`) tells a fact; its conditional
    /// (`préparerait`) and the conditionals of other groups
    /// (`mettrait`, `devrait`, `aurait`) speculate. Every verb × 3rd person
    /// singular and plural, the forms built here from the infinitive.
    #[test]
    fn an_imparfait_in_rait_is_no_conditional() {
        let lex = crate::test_data::event_lexicon();
        let m = &lex.modality;
        // first-group verbs whose stem ends in `r`, every cluster
        let verbs = R_STEM_VERBS;
        let mut tried = 0;
        for verb in verbs {
            let stem = verb.strip_suffix("er").unwrap();
            for (imparfait, conditional) in [
                (format!("{stem}ait"), format!("{verb}ait")),
                (format!("{stem}aient"), format!("{verb}aient")),
            ] {
                let clause = format!("kim {imparfait} la visite de poutine");
                assert_eq!(m.classify(&clause), Modality::Occurred, "{clause}");
                let clause = format!("kim {conditional} la visite de poutine");
                assert_eq!(m.classify(&clause), Modality::Speculated, "{clause}");
                tried += 1;
            }
        }
        assert_eq!(tried, 2 * verbs.len());
        for conditional in [
            "mettrait",
            "promettrait",
            "battrait",
            "paraîtrait",
            "devrait",
            "recevrait",
            "suivrait",
            "vivrait",
            "aurait",
            "saurait",
            "conclurait",
            "pourrait",
            "verrait",
            "prendrait",
            "viendrait",
            "finirait",
            "serait",
            "ferait",
            "dirait",
            "partirait",
        ] {
            let clause = format!("kim {conditional} la visite");
            assert_ne!(m.classify(&clause), Modality::Occurred, "{clause}");
        }
    }

    /// `lui` after every word of the stressed-pronoun list is no clitic;
    /// before a verb, after a subject, it is.
    #[test]
    fn an_object_clitic_is_lui_before_the_verb() {
        let a = &crate::test_data::event_lexicon().anaphora;
        for word in &a.object {
            for before in &a.object_not_after {
                let text = format!("m. kim a parlé {before} {word} hier");
                assert!(!a.has_object_clitic(&text), "{text}");
            }
            for verb in [
                "a remis",
                "faisant visiter",
                "remet",
                "avait offert",
                "a fait visiter",
            ] {
                let text = format!(", m. kim {word} {verb}");
                assert!(a.has_object_clitic(&text), "{text}");
            }
        }
        assert!(!a.has_object_clitic("m. kim a remis un fusil"));
    }

    #[test]
    fn anaphora_words() {
        let a = &crate::test_data::event_lexicon().anaphora;
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
