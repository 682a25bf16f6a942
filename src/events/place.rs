//! The place of an event: the place its predicate names.
//!
//! A sentence often names several places (`Kim Jong-un, parti de Pyongyang,
//! est arrivé mardi en Russie à Vostochny, a dit Moscou`); the event's place
//! is the one attached to the predicate by a preposition of place in the
//! predicate's clause (`à Vostochny`), the nearest to it when there are
//! several. A clause opened by `où` takes the place just before it (`à
//! Vladivostok, où il est arrivé`). Every other place of the sentence is
//! only mentioned: kept apart in the JSON, never shown as where the event
//! happened. Without a preposition of place, only the complement of the
//! predicate itself counts (`a visité Pyongyang`, `l'invasion de
//! l'Ukraine`); a place named as a subject or a complement of another noun
//! (`Moscou a annoncé`, `le dirigeant de la Corée du Nord`) is not where the
//! event took place (precision first).
//!
//! The words are data (`data/events/places.toml`), and so are the French
//! articles of place names (`data/names-fr.toml`: `en Russie`, `au Japon`),
//! which the headlines use.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{EntityMention, EntityRef, EntityRefData, EntityType, EventType, Span};

/// The words that attach a place to a predicate (`data/events/places.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceWords {
    /// Prepositions of place (`à`, `en`, `dans`, `près de`), lowercase.
    pub locative: Vec<String>,
    /// Articles between a preposition and a name (`à la`, `dans l'`).
    pub articles: Vec<String>,
    /// Nouns of places before `de` + name (`dans la région de Koursk`).
    pub place_nouns: Vec<String>,
    /// Prepositions of a party, not a place (`par`, `avec`, `contre`).
    pub parties: Vec<String>,
    /// Prepositions of a recipient before a place that takes another
    /// preposition of place (`à la Russie`, against `en Russie`).
    pub recipient: Vec<String>,
    /// Verbs (lemmas) and nouns of giving or support after which `à` + a
    /// place that takes `à` is the state given to (`a fourni des missiles
    /// à Moscou`), and the objects that make such a verb one of fighting
    /// (`livrer bataille`).
    #[serde(default)]
    pub giving_verbs: Vec<String>,
    #[serde(default)]
    pub giving_nouns: Vec<String>,
    #[serde(default)]
    pub giving_not_with: Vec<String>,
    /// Every form of `giving_verbs` and every word of `giving_nouns`,
    /// lowercase (filled at load by [`PlaceWords::inflect_giving`]).
    #[serde(skip)]
    giving_forms: std::collections::BTreeSet<String>,
    /// `locative`, `parties` and `recipient` cut into [`words`], once (on
    /// first use): [`ends_with_any`] reads them for every place of every
    /// clause of a sentence with an act.
    #[serde(skip)]
    phrase_words: OnceLock<PhraseWords>,
}

/// The phrases of [`PlaceWords`] as lists of words.
#[derive(Debug, Clone, Default)]
struct PhraseWords {
    locative: Vec<Vec<String>>,
    parties: Vec<Vec<String>>,
    recipient: Vec<Vec<String>>,
}

/// The French grammar of one name (`data/names-fr.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameForm {
    /// `le`, `la`, `l'` or `les`.
    pub article: Option<String>,
    /// `en`, `dans` or `sur` when the place does not take `à`.
    pub locative: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesFile {
    names: BTreeMap<String, NameForm>,
}

/// Articles and prepositions of names, by entity id.
#[derive(Debug, Clone, Default)]
pub struct NameForms {
    by_id: BTreeMap<String, NameForm>,
}

const ARTICLES: [&str; 4] = ["le", "la", "l'", "les"];
const LOCATIVES: [&str; 3] = ["en", "dans", "sur"];

impl NameForms {
    /// Parse `data/names-fr.toml`; an unknown article or preposition is an error.
    pub fn parse(body: &str) -> anyhow::Result<NameForms> {
        let file: NamesFile = toml::from_str(body)?;
        for (id, form) in &file.names {
            if let Some(a) = &form.article
                && !ARTICLES.contains(&a.as_str())
            {
                anyhow::bail!("{id}: article {a:?} is not one of {ARTICLES:?}");
            }
            if let Some(l) = &form.locative
                && !LOCATIVES.contains(&l.as_str())
            {
                anyhow::bail!("{id}: locative {l:?} is not one of {LOCATIVES:?}");
            }
        }
        Ok(NameForms { by_id: file.names })
    }

    /// The reference to an entity, with its article and preposition when the data gives them.
    pub fn reference(&self, id: &str, name: &str) -> EntityRef {
        let Some(form) = self.by_id.get(id) else {
            return EntityRef::new(id, name);
        };
        EntityRef::from(EntityRefData {
            id: id.to_string(),
            name: name.to_string(),
            article: form.article.clone(),
            locative: form.locative.clone(),
        })
    }

    /// The preposition of place of an entity when it is not `à` (`en`
    /// for `Russie`), if the data gives one.
    pub fn locative(&self, id: &str) -> Option<&str> {
        self.by_id.get(id).and_then(|f| f.locative.as_deref())
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The ids the data knows, for checks against the gazetteer.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }
}

/// The references with their articles and prepositions from `forms`.
pub fn with_forms(refs: Vec<EntityRef>, forms: &NameForms) -> Vec<EntityRef> {
    refs.iter()
        .map(|r| forms.reference(&r.id, &r.name))
        .collect()
}

/// The lowercase words of `text`, with elided forms (`l'`, `d'`) as words
/// of their own, and curly apostrophes made straight (also the word reader
/// of the speaker and gapping rules).
pub(super) fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == '’' { '\'' } else { c };
        if c == '\'' {
            word.push(c);
            out.push(std::mem::take(&mut word));
        } else if c.is_alphanumeric() || c == '-' {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// [`words`] as slices of one lowercase string, `buf`: the same words
/// without a string for each (the place rules read the few words before
/// every place of every clause, for every act of a sentence).
fn word_slices<'b>(text: &str, buf: &'b mut String) -> Vec<&'b str> {
    buf.clear();
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == '’' { '\'' } else { c };
        if c == '\'' {
            buf.push(c);
            bounds.push((start, buf.len()));
            start = buf.len();
        } else if c.is_alphanumeric() || c == '-' {
            buf.push(c);
        } else if buf.len() > start {
            bounds.push((start, buf.len()));
            start = buf.len();
        }
    }
    if buf.len() > start {
        bounds.push((start, buf.len()));
    }
    let buf: &'b String = buf;
    bounds.into_iter().map(|(s, e)| &buf[s..e]).collect()
}

impl PlaceWords {
    fn is_article(&self, word: &str) -> bool {
        self.articles.iter().any(|a| a == word)
    }

    fn phrase_words(&self) -> &PhraseWords {
        self.phrase_words.get_or_init(|| {
            let split = |l: &[String]| l.iter().map(|p| words(p)).collect();
            PhraseWords {
                locative: split(&self.locative),
                parties: split(&self.parties),
                recipient: split(&self.recipient),
            }
        })
    }

    /// True when the text just before a place name (within its clause)
    /// ends with a preposition of place, its article and a noun of place
    /// being allowed between: `à`, `à la`, `dans l'`, `dans la région de`.
    pub fn is_attached(&self, before: &str) -> bool {
        let mut buf = String::new();
        let mut w = word_slices(before, &mut buf);
        // `la région de` / `la base d'` before the name
        if w.last()
            .is_some_and(|&x| x == "de" || x == "d'" || x == "du" || x == "des")
            && w.len() >= 2
            && self.place_nouns.iter().any(|n| n == w[w.len() - 2])
        {
            w.truncate(w.len() - 2);
        }
        if w.last().is_some_and(|x| self.is_article(x)) {
            w.pop();
        }
        ends_with_any(&w, &self.phrase_words().locative)
    }

    /// Generate every form of the verbs of giving once, at load.
    pub fn inflect_giving(
        &mut self,
        conjugator: &super::conjugate::Conjugator,
    ) -> Result<(), super::conjugate::ConjugateError> {
        let mut forms: std::collections::BTreeSet<String> =
            self.giving_nouns.iter().map(|n| n.to_lowercase()).collect();
        for verb in &self.giving_verbs {
            forms.extend(
                conjugator
                    .inflect(verb)?
                    .into_iter()
                    .map(|i| i.form.to_lowercase()),
            );
        }
        self.giving_forms = forms;
        Ok(())
    }

    /// True when `before` (the text before a place that takes `à`) ends
    /// with `à` after a word of giving or support and what is given, within
    /// [`GIVING_WORDS`] words and with no other `à` (nor `dans`, `chez`)
    /// between:
    /// `a livré lundi des obus à`, `son soutien militaire à`.
    fn is_given_to(&self, before: &str) -> bool {
        let mut buf = String::new();
        let mut w = word_slices(before, &mut buf);
        if !w.last().is_some_and(|x| ["à", "au", "aux"].contains(x)) {
            return false;
        }
        w.pop();
        let mut between = 0;
        for (at, word) in w.iter().enumerate().rev() {
            // a verb's form after a determiner is a noun (`son livre à`)
            let determined = at > 0 && DETERMINERS.contains(&w[at - 1]);
            let verb_form = !self.giving_nouns.iter().any(|n| n == word);
            if self.giving_forms.contains(*word) && !(verb_form && determined) {
                // a noun takes only its complement or adjectives before
                // `à` (`son soutien militaire à`, `des livraisons d'obus
                // à`), not a verb of its own (`l'aide humanitaire s'est
                // tenue à`)
                let noun = self.giving_nouns.iter().any(|n| n == word);
                return !noun || between <= GIVING_NOUN_WORDS;
            }
            between += 1;
            // (`en` is also the preposition of months and years: `a livré
            // en mars des obus à`)
            let locative = ["à", "au", "aux", "dans", "chez"].contains(word);
            if between > GIVING_WORDS || locative || self.giving_not_with.iter().any(|n| n == word)
            {
                return false;
            }
        }
        false
    }

    /// True when the text just before a place whose own preposition of
    /// place is `locative` (`en` for `Russie`; none for a place that takes
    /// `à`) ends with a preposition of a recipient and an article: `à la
    /// Russie` gives to Russia, `en Russie` happens there.
    pub fn is_recipient(&self, before: &str, locative: Option<&str>) -> bool {
        if locative.is_none() {
            return self.is_given_to(before);
        }
        let mut buf = String::new();
        let mut w = word_slices(before, &mut buf);
        if !w.last().is_some_and(|x| self.is_article(x)) {
            return false;
        }
        w.pop();
        ends_with_any(&w, &self.phrase_words().recipient)
    }

    /// True when the text just before a place name ends with a preposition
    /// of a party, its article allowed after it (`par`, `avec la`, `entre`).
    pub fn is_party(&self, before: &str) -> bool {
        let mut buf = String::new();
        let mut w = word_slices(before, &mut buf);
        if w.last().is_some_and(|x| self.is_article(x)) {
            w.pop();
        }
        ends_with_any(&w, &self.phrase_words().parties)
    }
}

/// True when `w` ends with the words of one of `phrases` (each cut into
/// [`words`]).
fn ends_with_any(w: &[&str], phrases: &[Vec<String>]) -> bool {
    phrases
        .iter()
        .any(|p| w.len() >= p.len() && w[w.len() - p.len()..].iter().zip(p).all(|(a, b)| a == b))
}

impl PlaceWords {
    /// True when the text between a predicate and a place holds only an
    /// article or `de` (`a visité Pyongyang`, `l'invasion de l'Ukraine`).
    pub fn is_complement(&self, between: &str) -> bool {
        let mut buf = String::new();
        let w = word_slices(between, &mut buf);
        w.len() <= 2
            && w.iter()
                .all(|x| self.is_article(x) || ["de", "d'", "du", "des"].contains(x))
    }
}

/// Farthest a place phrase stands from its predicate, in bytes (about ten
/// words): farther, the preposition belongs to another word of the clause
/// (`la ratification du traité de partenariat stratégique global signé en
/// juin à Pyongyang`: Pyongyang is where the treaty was signed).
const MAX_DISTANCE_BYTES: usize = 60;

/// Words at most between a place and the event noun after it for the
/// place to be shared with the predicate before it (`arrivé à Pyongyang
/// pour une visite`).
const SHARED_PLACE_WORDS: usize = 3;

/// Words at most between a word of giving and the `à` of its recipient
/// (`a livré en mars des millions d'obus à`: the date and the thing given).
const GIVING_WORDS: usize = 6;

/// Determiners: a verb's form after one is a noun (`son livre`, `un livre`).
const DETERMINERS: [&str; 18] = [
    "le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
    "cette", "du", "des", "mon", "ma",
];

/// Words at most between a noun of giving and the `à` of its recipient:
/// a complement or adjectives (`des livraisons d'obus à`, `son soutien
/// militaire à`).
const GIVING_NOUN_WORDS: usize = 2;

/// Words between a preposition and the name it attaches, at most (`dans la
/// région de`): only the tail of the text before a name is read.
const BEFORE_BYTES: usize = 40;

/// The event's places and the sentence's other places.
#[derive(Debug, Default, PartialEq)]
pub struct PlaceRoles {
    pub attached: Vec<EntityRef>,
    pub mentioned: Vec<EntityRef>,
    /// Every place a preposition of place introduces in one of the
    /// clauses, in text order, whichever word it belongs to.
    pub located: Vec<EntityRef>,
    /// The places a preposition of a party introduces (`par Moscou`, `avec
    /// Pyongyang`, `entre Moscou et Pyongyang`), in text order: parties to
    /// what is said, not where it happens.
    pub parties: Vec<EntityRef>,
}

/// Split the places of a sentence: the one attached to the predicate at
/// `trigger` in clause `ci` of `clauses` (not one that follows another of
/// the sentence's predicates, `others`), and the others. `text` is the
/// normalised document the spans point into; `places` are the sentence's
/// place mentions, in text order.
#[allow(clippy::too_many_arguments)]
pub fn attach(
    text: &str,
    clauses: &[Span],
    ci: usize,
    trigger: Span,
    others: &[Span],
    event_type: EventType,
    places: &[&EntityMention],
    lexicon: &super::EventLexicon,
) -> PlaceRoles {
    let (words, forms) = (&lexicon.places, &lexicon.names);
    let places: Vec<&EntityMention> = places
        .iter()
        .copied()
        .filter(|e| e.entity_type == EntityType::Place)
        .collect();
    let is_recipient =
        |e: &EntityMention, before: &str| words.is_recipient(before, forms.locative(&e.entity_id));
    let attached_in = |clause: Span| -> Vec<&EntityMention> {
        places
            .iter()
            .copied()
            .filter(|e| clause.contains(e.span))
            .filter(|e| {
                let from = floor_boundary(
                    text,
                    e.span.start.saturating_sub(BEFORE_BYTES).max(clause.start),
                );
                let before = &text[from..e.span.start];
                words.is_attached(before) && !is_recipient(e, before)
            })
            .collect()
    };
    let clause = clauses[ci];
    // the complement of the predicate: `a visité Pyongyang`, `l'invasion de
    // l'Ukraine`, `le sommet de Vostochny` (not for speech: `la déclaration
    // de Moscou` is Moscow speaking)
    let complement = || -> Option<&EntityMention> {
        if event_type.is_reporting() {
            return None;
        }
        places
            .iter()
            .copied()
            .filter(|e| clause.contains(e.span) && e.span.start >= trigger.end)
            .min_by_key(|e| e.span.start)
            .filter(|e| words.is_complement(&text[trigger.end..e.span.start]))
    };
    // a place phrase is the complement of the nearest predicate before it:
    // another one takes it (`l'a invité à se rendre en Corée du Nord`: the
    // visit's, not the invitation's; `à se rendre en Corée du Nord … lors
    // de leur sommet`: not the summit's)
    // (right before the predicate, the place is shared: `est arrivé à
    // Pyongyang pour une visite`)
    let nearer_predicate = |e: &EntityMention| {
        let from = if e.span.start >= trigger.end {
            trigger.end
        } else if self::words(&text[e.span.end.min(trigger.start)..trigger.start]).len()
            <= SHARED_PLACE_WORDS
        {
            return false;
        } else {
            clause.start
        };
        others
            .iter()
            .any(|o| o.start >= from && o.end <= e.span.start)
    };
    let mut chosen: Option<&EntityMention> = attached_in(clause)
        .into_iter()
        .filter(|e| distance(e.span, trigger) <= MAX_DISTANCE_BYTES && !nearer_predicate(e))
        .min_by_key(|e| (distance(e.span, trigger), e.span.start))
        .or_else(complement);
    // `lors du vote, à Moscou, le 24 octobre`: a clause that is a place
    // alone belongs to the clause before it
    if chosen.is_none()
        && let Some(&next) = clauses.get(ci + 1)
    {
        chosen = attached_in(next).into_iter().next().filter(|e| {
            let rest = self::words(&text[e.span.end.min(next.end)..next.end]);
            rest.is_empty() && !nearer_predicate(e)
        });
    }
    // `…la ville de Vladivostok, où il est arrivé`: the relative `où` has
    // for antecedent the place that ends the clause before it, whatever
    // introduces that place; coordinated relatives (`où ils se sont vus en
    // 2019 et où il participait…`) share the antecedent of the first
    if chosen.is_none() && ci > 0 && opens_with_ou(&text[clause.start..clause.end]) {
        let mut before = ci - 1;
        while before > 0 && {
            let words = self::words(&text[clauses[before].start..clauses[before].end]);
            opens_with_ou(&text[clauses[before].start..clauses[before].end])
                || words.iter().all(|w| w == "et" || w == "ou")
        } {
            before -= 1;
        }
        let antecedent = clauses[before];
        chosen = places
            .iter()
            .copied()
            .filter(|e| antecedent.contains(e.span))
            .max_by_key(|e| e.span.end)
            .filter(|e| self::words(&text[e.span.end..antecedent.end]).is_empty());
    }
    let reference = |e: &EntityMention| forms.reference(&e.entity_id, &e.name);
    let attached: Vec<EntityRef> = chosen.map(reference).into_iter().collect();
    let mut mentioned: Vec<EntityRef> = places
        .iter()
        .map(|e| reference(e))
        .filter(|r| !attached.iter().any(|a| a.id == r.id))
        .collect();
    mentioned.sort();
    mentioned.dedup();
    let mut located: Vec<EntityRef> = Vec::new();
    for &clause in clauses {
        for e in attached_in(clause) {
            let r = reference(e);
            if !located.iter().any(|l| l.id == r.id) {
                located.push(r);
            }
        }
    }
    // `entre Moscou et Pyongyang`: a place coordinated right after a
    // party is one too
    let mut parties: Vec<EntityRef> = Vec::new();
    let mut previous_party: Option<&EntityMention> = None;
    for &e in &places {
        let from = floor_boundary(text, e.span.start.saturating_sub(BEFORE_BYTES));
        let before = &text[from..e.span.start];
        let coordinated = previous_party.is_some_and(|p| {
            p.span.end <= e.span.start && {
                let between = self::words(&text[p.span.end..e.span.start]);
                between.len() <= 2
                    && between.first().is_some_and(|x| x == "et" || x == "ou")
                    && between.iter().skip(1).all(|x| words.articles.contains(x))
            }
        });
        if words.is_party(before) || coordinated {
            previous_party = Some(e);
            let r = reference(e);
            if !parties.iter().any(|p| p.id == r.id) {
                parties.push(r);
            }
        } else {
            previous_party = None;
        }
    }
    PlaceRoles {
        attached,
        mentioned,
        located,
        parties,
    }
}

/// The nearest char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn opens_with_ou(clause: &str) -> bool {
    let w = words(clause);
    w.first().is_some_and(|x| x == "où") || (w.len() >= 2 && w[0] == "et" && w[1] == "où")
}

/// Bytes between two spans (0 when they overlap).
fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin_words() -> PlaceWords {
        toml::from_str(include_str!("../../data/events/places.toml")).unwrap()
    }

    #[test]
    fn every_preposition_with_every_article_and_place_noun_attaches() {
        let w = builtin_words();
        for prep in &w.locative {
            for article in ["", "le ", "la ", "l'", "les "] {
                for noun in ["", "région de ", "base d'", "port du "] {
                    let before = format!("Il est arrivé mardi {prep} {article}{noun}");
                    assert!(w.is_attached(&before), "{before:?}");
                }
            }
        }
    }

    #[test]
    fn a_place_without_a_preposition_of_place_is_not_attached() {
        let w = builtin_words();
        for before in [
            "",
            "Le président de ",
            "le dirigeant de la ",
            "venu de ",
            "a annoncé que ",
            "les troupes de l'armée de ",
            "Il a quitté ",
        ] {
            assert!(!w.is_attached(before), "{before:?}");
        }
    }

    #[test]
    fn only_articles_and_de_stand_between_a_predicate_and_its_complement() {
        let w = builtin_words();
        for between in [
            " ", " de ", " d'", " du ", " des ", " de l'", " de la ", " la ", " l'", " les ",
        ] {
            assert!(w.is_complement(between), "{between:?}");
        }
        for between in [" a dit que ", " avec ", " du président de ", " hier à "] {
            assert!(!w.is_complement(between), "{between:?}");
        }
    }

    /// Runs the whole extraction on one sentence.
    fn mentions(sentence: &str) -> Vec<crate::model::EventMention> {
        use crate::entities::extract as find_entities;
        let text = crate::text::normalize(sentence);
        let matcher = crate::test_data::matcher();
        let entities = find_entities(&text, matcher);
        let day = chrono::NaiveDate::from_ymd_opt(2023, 9, 12).unwrap();
        let published = Some(crate::model::DateInterval::day(day));
        let times = crate::temporal::extract(&text, published);
        let lexicon = crate::test_data::event_lexicon();
        super::super::extract("d", &text, &entities, &times, published, lexicon)
    }

    /// Every verb × every place phrase, with another place in a `selon`
    /// clause: the place after the preposition is the event's, with its
    /// article; the other is not.
    #[test]
    fn the_place_after_the_predicate_is_attached_and_the_others_are_not() {
        let verbs = [
            ("est arrivé", EventType::Arrival),
            ("s'est rendu", EventType::Visit),
            ("est parti", EventType::Departure),
        ];
        let phrases = [
            ("à Pyongyang", "pyongyang", None),
            ("en Russie", "russie", Some("la")),
            ("au Japon", "japon", Some("le")),
            ("aux États-Unis", "etats-unis", Some("les")),
            ("dans la région de Koursk", "koursk", None),
            ("à Vostochny", "vostochny", None),
        ];
        for (verb, event_type) in verbs {
            for (phrase, id, article) in phrases {
                let sentence = format!("Kim Jong-un {verb} mardi {phrase}, selon Séoul.");
                let found = mentions(&sentence);
                let m = found
                    .iter()
                    .find(|m| m.event_type == event_type)
                    .unwrap_or_else(|| panic!("{sentence}: {found:#?}"));
                let attached: Vec<&str> = m.attached_places.iter().map(|r| r.id.as_str()).collect();
                assert_eq!(attached, [id], "{sentence}");
                assert_eq!(
                    m.attached_places[0].article.as_deref(),
                    article,
                    "{sentence}"
                );
            }
        }
    }

    /// A place phrase belongs to the nearest predicate before it: after a
    /// second predicate, before or after the first, it is the second's.
    /// Two meetings × two visits × three places, the place after or
    /// before the meeting; right before an event noun (`arrivé à
    /// Pyongyang pour une visite`) the place is shared.
    #[test]
    fn a_place_after_another_predicate_is_that_predicates() {
        let places = [
            ("en Russie", "russie"),
            ("à Pyongyang", "pyongyang"),
            ("au Japon", "japon"),
        ];
        let meetings = ["leur rencontre", "leur sommet"];
        let visits = [
            "inviter Vladimir Poutine à se rendre",
            "demander à Vladimir Poutine de se rendre",
        ];
        for (phrase, id) in places {
            for meeting in meetings {
                for visit in visits {
                    for sentence in [
                        format!("Kim Jong-un a profité de {meeting} pour {visit} {phrase}."),
                        format!(
                            "Vladimir Poutine a accepté l'invitation à se rendre {phrase} que lui a adressée Kim Jong-un lors de {meeting}."
                        ),
                    ] {
                        let found = mentions(&sentence);
                        let of = |t: EventType| -> Vec<Vec<&str>> {
                            found
                                .iter()
                                .filter(|m| m.event_type == t)
                                .map(|m| m.attached_places.iter().map(|r| r.id.as_str()).collect())
                                .collect()
                        };
                        assert!(
                            of(EventType::Visit).contains(&vec![id]),
                            "{sentence}: {found:#?}"
                        );
                        let meeting_places = of(EventType::Meeting);
                        assert!(!meeting_places.is_empty(), "{sentence}: {found:#?}");
                        assert!(
                            meeting_places.iter().all(|p| p.is_empty()),
                            "{sentence}: {meeting_places:?}"
                        );
                    }
                }
            }
            // right before the event noun, the place is shared
            let sentence = format!(
                "Sergueï Lavrov est arrivé mercredi {phrase} pour une visite de deux jours."
            );
            let found = mentions(&sentence);
            let visit = found
                .iter()
                .find(|m| m.event_type == EventType::Visit)
                .unwrap_or_else(|| panic!("{sentence}: {found:#?}"));
            let attached: Vec<&str> = visit
                .attached_places
                .iter()
                .map(|r| r.id.as_str())
                .collect();
            assert_eq!(attached, [id], "{sentence}");
        }
    }

    /// A statement whose content places a thing somewhere: every place a
    /// preposition introduces in the sentence is located (reports of speech
    /// attach none to their verb), and a place named as the speaker, as
    /// the subject of the content or as a complement of a noun is not.
    /// Every preposition of the data × every article form of the place ×
    /// three speakers and three subjects.
    #[test]
    fn places_after_a_preposition_are_located_and_actors_are_not() {
        let words = builtin_words();
        let places = [
            ("Vladivostok", "vladivostok"),
            ("Russie", "russie"),
            ("Koursk", "koursk"),
        ];
        let speakers = ["Moscou", "Séoul", "Washington"];
        let subjects = [
            ("la Corée du Nord", "coree-du-nord"),
            ("Pyongyang", "pyongyang"),
        ];
        for prep in &words.locative {
            for (name, id) in places {
                for speaker in speakers {
                    for (subject, subject_id) in subjects {
                        let sentence = format!(
                            "{speaker} a affirmé mardi que {subject} avait envoyé des soldats {prep} {name} pour soutenir la politique de l'Ukraine."
                        );
                        let found = mentions(&sentence);
                        let Some(m) = found.iter().find(|m| m.event_type.is_reporting()) else {
                            panic!("{sentence}: {found:#?}");
                        };
                        let located: Vec<&str> =
                            m.located_places.iter().map(|r| r.id.as_str()).collect();
                        // `à Russie` is not French, but the rule reads the
                        // preposition, not the name's own form
                        assert_eq!(located, [id], "{sentence}");
                        let all: Vec<&str> = m.places.iter().map(|r| r.id.as_str()).collect();
                        assert!(all.contains(&subject_id), "{sentence}: {all:?}");
                        assert!(all.contains(&"ukraine"), "{sentence}: {all:?}");
                    }
                }
            }
        }
    }

    /// A sentence whose places are only actors or complements of nouns
    /// locates none.
    #[test]
    fn places_named_only_as_actors_are_not_located() {
        for sentence in [
            "Séoul a dénoncé lundi la violation par Pyongyang des résolutions.",
            "Moscou a annoncé mardi que la Corée du Nord soutiendrait la politique de la Russie.",
            "MOSCOU, 27 octobre (AFP) - Le Kremlin a annoncé lundi la visite de Kim Jong-un.",
        ] {
            let found = mentions(sentence);
            assert!(!found.is_empty(), "{sentence}");
            assert!(
                found.iter().all(|m| m.located_places.is_empty()),
                "{sentence}: {found:#?}"
            );
        }
    }

    /// The agent of a passive or of a noun (`par Pyongyang`), alone or
    /// coordinated (`par Moscou et Pyongyang`), is a party, never located;
    /// a place after a preposition of place in the same sentence is not a
    /// party. Every agent form × three places × two constructions.
    #[test]
    fn a_place_after_par_is_a_party_and_not_located() {
        let places = [
            ("Pyongyang", "pyongyang"),
            ("la Russie", "russie"),
            ("Moscou", "moscou"),
        ];
        for (name, id) in places {
            for build in [
                "Séoul a dénoncé lundi la violation {par} des résolutions à Genève.",
                "Le traité a été signé mardi {par} à Genève.",
            ] {
                for (agent, ids) in [
                    (format!("par {name}"), vec![id]),
                    (format!("par {name} et Séoul"), vec![id, "seoul"]),
                ] {
                    let sentence = build.replace("{par}", &agent);
                    let found = mentions(&sentence);
                    assert!(!found.is_empty(), "{sentence}");
                    for m in &found {
                        let parties: Vec<&str> =
                            m.party_places.iter().map(|r| r.id.as_str()).collect();
                        assert_eq!(parties, ids, "{sentence}: {m:#?}");
                        let located: Vec<&str> =
                            m.located_places.iter().map(|r| r.id.as_str()).collect();
                        assert_eq!(located, ["geneve"], "{sentence}: {m:#?}");
                    }
                }
                // a place after a preposition of place is no party
                let sentence = build.replace("{par}", &format!("à {name}"));
                for m in mentions(&sentence) {
                    assert!(m.party_places.is_empty(), "{sentence}: {m:#?}");
                }
            }
        }
    }

    /// The relative `où` takes for antecedent the place that ends the
    /// clause before it, whatever introduces it (`la ville de X, où`, `à
    /// X, où`, `X, où`), also through coordinated relatives (`où …
    /// et où …`); a place that does not end that clause is no antecedent.
    /// Three places × three introductions × one or two relatives.
    #[test]
    fn the_antecedent_of_ou_is_the_place_of_the_relative() {
        let places = [
            ("Vladivostok", "vladivostok"),
            ("Khabarovsk", "khabarovsk"),
            ("Pyongyang", "pyongyang"),
        ];
        for (name, id) in places {
            for intro in [
                format!("Une possibilité est la ville de {name}"),
                format!("Le choix s'est porté sur {name}"),
                format!("Tout le monde pense à {name}"),
            ] {
                for relatives in [
                    "où Vladimir Poutine participait mardi à un forum",
                    "où ils se sont vus en 2019 et où Vladimir Poutine participait mardi à un forum",
                ] {
                    let sentence = format!("{intro}, {relatives}.");
                    let found = mentions(&sentence);
                    let Some(forum) = found.iter().find(|m| m.trigger == "forum") else {
                        panic!("{sentence}: {found:#?}");
                    };
                    let attached: Vec<&str> = forum
                        .attached_places
                        .iter()
                        .map(|r| r.id.as_str())
                        .collect();
                    assert_eq!(attached, [id], "{sentence}");
                }
            }
            // the place does not end the clause: no antecedent
            let sentence = format!(
                "La ville de {name} était prête à tout, où Vladimir Poutine participait mardi à un forum."
            );
            for m in mentions(&sentence).iter().filter(|m| m.trigger == "forum") {
                assert!(m.attached_places.is_empty(), "{sentence}: {m:#?}");
            }
        }
    }

    #[test]
    fn a_place_that_only_names_a_speaker_or_a_nationality_is_not_attached() {
        for sentence in [
            "Moscou a annoncé mardi la visite de Kim Jong-un.",
            "Le dirigeant de la Corée du Nord Kim Jong-un est arrivé mardi.",
        ] {
            let found = mentions(sentence);
            assert!(
                found.iter().all(|m| m.attached_places.is_empty()),
                "{sentence}: {found:#?}"
            );
        }
    }

    #[test]
    fn the_names_file_parses_and_refuses_unknown_forms() {
        let forms = NameForms::parse(include_str!("../../data/names-fr.toml")).unwrap();
        assert!(!forms.is_empty());
        let r = forms.reference("russie", "Russie");
        assert_eq!(r.article.as_deref(), Some("la"));
        assert_eq!(r.locative.as_deref(), Some("en"));
        assert!(NameForms::parse("[names]\nx = { article = \"un\" }").is_err());
        assert!(NameForms::parse("[names]\nx = { locative = \"chez\" }").is_err());
    }

    /// `à` + article before a place whose own preposition of place is `en`
    /// gives to it (`des livraisons d'armes à la Russie`): the place is not
    /// where the act happens, so it is neither attached nor located, and
    /// is still among the places the sentence names; `en` + the same place
    /// locates the act. A place that takes `à` itself (a city, `au Japon`)
    /// keeps `à` as a preposition of place. Every noun × every place; the
    /// expected preposition of each place is written here from French
    /// usage, not read from the data.
    #[test]
    fn a_place_after_a_to_that_is_not_its_preposition_is_a_recipient() {
        let takes_en = [
            ("la Russie", "Russie", "russie"),
            ("l'Ukraine", "Ukraine", "ukraine"),
            ("la Corée du Nord", "Corée du Nord", "coree-du-nord"),
            ("la Chine", "Chine", "chine"),
            ("l'Iran", "Iran", "iran"),
            ("la Syrie", "Syrie", "syrie"),
        ];
        let takes_a = [
            ("à Moscou", "moscou"),
            ("au Japon", "japon"),
            ("à Pyongyang", "pyongyang"),
        ];
        let nouns = [
            "des livraisons d'armes",
            "une livraison de munitions",
            "des transferts d'armes",
        ];
        let ids =
            |refs: &[EntityRef]| -> Vec<String> { refs.iter().map(|r| r.id.clone()).collect() };
        // the delivery's mention in `Séoul a dénoncé mardi <noun> <place>.`
        let delivery = |noun: &str, place: &str| {
            let sentence = format!("Séoul a dénoncé mardi {noun} {place}.");
            let found = mentions(&sentence);
            found
                .into_iter()
                .find(|m| m.event_type == EventType::Military)
                .unwrap_or_else(|| panic!("{sentence}: no military mention"))
        };
        for noun in nouns {
            for (with_article, bare, id) in takes_en {
                let m = delivery(noun, &format!("à {with_article}"));
                let id = id.to_string();
                assert!(
                    !ids(&m.attached_places).contains(&id),
                    "{noun} à {with_article}: {m:#?}"
                );
                assert!(
                    !ids(&m.located_places).contains(&id),
                    "{noun} à {with_article}: {m:#?}"
                );
                assert!(
                    ids(&m.places).contains(&id),
                    "{noun} à {with_article}: {m:#?}"
                );
                let m = delivery(noun, &format!("en {bare}"));
                assert_eq!(ids(&m.attached_places), [id], "{noun} en {bare}: {m:#?}");
            }
            // a place that takes `à`, after a noun of giving: given to
            for (phrase, id) in takes_a {
                let m = delivery(noun, phrase);
                assert!(m.attached_places.is_empty(), "{noun} {phrase}: {m:#?}");
                assert!(ids(&m.places).contains(&id.to_string()), "{noun} {phrase}");
            }
        }
    }

    /// `à` + a place that takes `à` after a verb or a noun of giving and
    /// what is given names the state given to; after other words, or with
    /// another preposition of place or an object of fighting between, it
    /// is where. Every giving verb × 4 tenses × 3 places; every giving
    /// noun × 3 places; controls: other verbs and nouns of the same shape,
    /// `livrer bataille`, a second `à`.
    #[test]
    fn a_capital_given_to_is_no_place() {
        let mut w = builtin_words();
        let conjugator = crate::events::conjugate::Conjugator::builtin().unwrap();
        w.inflect_giving(&conjugator).unwrap();
        let places = ["Moscou", "Pyongyang", "Téhéran"];
        let mut tried = 0;
        // (infinitive, past participle, present 3rd plural), from the
        // Bescherelle tables, not from the conjugator
        let verbs = [
            ("livrer", "livré", "livrent"),
            ("fournir", "fourni", "fournissent"),
            ("vendre", "vendu", "vendent"),
            ("céder", "cédé", "cèdent"),
            ("transférer", "transféré", "transfèrent"),
            ("expédier", "expédié", "expédient"),
            ("exporter", "exporté", "exportent"),
        ];
        let listed: Vec<&str> = verbs.iter().map(|v| v.0).collect();
        assert_eq!(
            listed, w.giving_verbs,
            "a verb of giving without its forms here"
        );
        for (_, participle, present) in verbs {
            for group in [
                format!("a {participle}"),
                format!("ont {participle} lundi"),
                present.to_string(),
                format!("avait {participle} en mars"),
            ] {
                for place in places {
                    let before = format!("Pyongyang {group} des millions d'obus à ");
                    assert!(w.is_recipient(&before, None), "{before}{place}");
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, w.giving_verbs.len() * 4 * places.len());
        for noun in w.giving_nouns.clone() {
            for article in ["le ", "la ", "les ", "son ", "leur "] {
                let before = format!("Kim a salué {article}{noun} militaire à ");
                assert!(w.is_recipient(&before, None), "{before}");
            }
        }
        for before in [
            "Kim a rencontré mardi Poutine à ",
            "Kim a donné une conférence de presse à ",
            "Kim a offert un dîner à ",
            "il a présenté son livre à ",
            "il a signé un livre à ",
            "les troupes ont envoyé des renforts à ",
            "les soldats ont livré de violents combats à ",
            "ils ont livré bataille à ",
            "Poutine a fourni une limousine à Kim à ",
            "une réunion sur l'aide humanitaire s'est tenue à ",
            "des frappes militaires à ",
        ] {
            assert!(!w.is_recipient(before, None), "{before}");
            assert!(w.is_attached(before), "{before}");
        }
    }

    /// [`word_slices`] cuts a text as [`words`] does: elided words,
    /// curly apostrophes, hyphens, letters whose lowercase is longer.
    #[test]
    fn word_slices_are_the_words() {
        let mut buf = String::from("left over");
        for text in [
            "",
            " ,;",
            "dans la région de",
            "près d’ l'",
            "À L’ISSUE DE l'Oural",
            "jusqu'à  Saint-Pétersbourg,",
            "'' ’x",
            "İstanbul ΣΑΣ ß",
            "a-b -- 12 3e",
        ] {
            let expected = words(text);
            assert_eq!(word_slices(text, &mut buf), expected, "{text:?}");
        }
    }
}
