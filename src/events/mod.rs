//! Event mentions: a trigger word in a clause, with who, where, when and how sure.
//!
//! A sentence is cut into clauses at punctuation and subordinating words, so
//! that `Le Kremlin a annoncé hier que Kim se rendrait en Russie` yields an
//! announcement dated `hier` and a planned visit that `hier` does not date.

pub mod anchor;
pub mod chronology;
pub mod conjugate;
pub mod entries;
mod lexicon;
pub mod live;
pub mod place;
mod speaker;
pub mod stay;

pub use entries::{Diagnostic, PartOfSpeech};
pub use lexicon::{Anaphor, AnaphoraWords, EventLexicon, ModalityCues, Prospect, TriggerHit};

use crate::model::{
    Anchor, DateInterval, EntityMention, EntityRef, EntityType, EventMention, EventTime, EventType,
    Modality, PendingTime, SharedStr, Span, Timex, TimexKind,
};
use crate::text::Text;
use aho_corasick::{AhoCorasick, MatchKind};
use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// A clause: a span of a sentence between boundaries.
#[derive(Debug, Clone, Copy)]
struct Clause {
    span: Span,
}

/// True for a present participle (`confirmant`, `affirmant`, `se
/// rendant`): French verbs make it with `-ant` on every stem.
fn is_present_participle(trigger: &str) -> bool {
    trigger
        .rsplit(' ')
        .next()
        .is_some_and(|w| is_participle_word(&w.to_lowercase()))
}

/// True for a lowercase word in `-ant` that is no preposition or adverb
/// (see [`NOT_PARTICIPLES`]).
fn is_participle_word(word: &str) -> bool {
    word.chars().count() > 4 && word.ends_with("ant") && !NOT_PARTICIPLES.contains(&word)
}

/// What kind of word a trigger is, for the dates that reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verbal {
    /// a verb that tells an act (`a affirmé`, `s'est rendu`)
    Act,
    /// a present participle (`confirmant`): a comment on the act
    Participle,
    /// an event noun or expression (`visite`, `défilé militaire`)
    Noun,
    /// an event noun that a verb of saying before it in its clause reports
    /// (`Zelensky avait annoncé la capture de deux soldats`): the dates
    /// before it and around the clause are the report's
    Reported,
}

impl Verbal {
    /// `reported`: a verb of saying stands before the hit in its clause.
    fn of(hit: &TriggerHit<'_>, form: &str, reported: bool) -> Verbal {
        if !hit.pos.is_verbal() && reported && !hit.event_type.is_reporting() {
            Verbal::Reported
        } else if !hit.pos.is_verbal() {
            Verbal::Noun
        } else if is_present_participle(form) {
            Verbal::Participle
        } else {
            Verbal::Act
        }
    }
}

/// True when a verb of saying stands before `hit` in `clause` (`hits` and
/// `hit` are offsets into the sentence that starts at byte `base`).
fn reported_in(hits: &[TriggerHit<'_>], hit: &TriggerHit<'_>, clause: Clause, base: usize) -> bool {
    hits.iter().any(|h| {
        h.start < hit.start
            && clause.span.start <= base + h.start
            && h.pos.is_verbal()
            && h.event_type.is_reporting()
    })
}

/// Troops that move are deployed: a verb of movement (arrival, departure,
/// travel) after a force noun of its clause (`des soldats … sont arrivés en
/// Russie`, `ces troupes ont quitté la région`) tells a deployment, the
/// same event as the force noun's, not a trip. `base`: where the sentence
/// starts (hits are offsets into it, clauses absolute).
fn troops_deployed<'l>(
    mut hits: Vec<TriggerHit<'l>>,
    clauses: &[Clause],
    base: usize,
) -> Vec<TriggerHit<'l>> {
    let clause_of = |h: &TriggerHit<'_>| {
        clauses
            .iter()
            .position(|c| c.span.start <= base + h.start && base + h.start < c.span.end)
    };
    let forces: Vec<(usize, Option<usize>)> = hits
        .iter()
        .filter(|h| {
            !h.pos.is_verbal()
                && matches!(h.event_type, EventType::Military | EventType::Deployment)
        })
        .map(|h| (h.start, clause_of(h)))
        .collect();
    for h in &mut hits {
        let moves = h.pos.is_verbal()
            && matches!(
                h.event_type,
                EventType::Arrival | EventType::Departure | EventType::Travel
            );
        let clause = clause_of(h);
        if moves
            && forces
                .iter()
                .any(|&(at, c)| at < h.start && c == clause && c.is_some())
        {
            h.event_type = EventType::Deployment;
        }
    }
    hits
}

/// The soldiers an act of armed force sends, or the shells it fires, are
/// that act's, not an act of their own: a noun of a force (`soldats`,
/// `troupes`, `munitions`, `obus`: [`EventLexicon::is_force_noun`]) in the
/// clause of a verb of armed force (military, deployment, combat, launch:
/// `Pyongyang a envoyé 12 000 soldats`, `des soldats ont été déployés`,
/// `les troupes combattent`) is dropped; the verb tells the act once. So
/// is one in the clause of any other act, verb or noun, that it is the
/// object or the agent of (`Zelensky annonce la capture de deux soldats`,
/// `salue le rôle des soldats nord-coréens`, `depuis leur arrivée en
/// Russie`): the clause tells that act, and the force is what it is about.
/// `base`: where the sentence starts (hits are offsets into it, clauses
/// absolute).
fn forces_of_an_act<'l>(
    hits: Vec<TriggerHit<'l>>,
    clauses: &[Clause],
    base: usize,
    lexicon: &EventLexicon,
) -> Vec<TriggerHit<'l>> {
    let clause_of = |h: &TriggerHit<'_>| {
        clauses
            .iter()
            .position(|c| c.span.start <= base + h.start && base + h.start < c.span.end)
    };
    let armed = |t: EventType| {
        matches!(
            t,
            EventType::Military | EventType::Deployment | EventType::Combat | EventType::Launch
        )
    };
    let acts: Vec<usize> = hits
        .iter()
        .filter(|h| {
            (h.pos.is_verbal() && armed(h.event_type))
                || !(armed(h.event_type) || lexicon.is_force_noun(h.lemma))
        })
        .filter_map(clause_of)
        .collect();
    if acts.is_empty() {
        return hits;
    }
    hits.into_iter()
        .filter(|h| {
            h.pos.is_verbal()
                || !lexicon.is_force_noun(h.lemma)
                || clause_of(h).is_none_or(|c| !acts.contains(&c))
        })
        .collect()
}

/// What the extractor needs to know of each clause of a sentence.
#[derive(Debug, Clone, Copy)]
struct ClauseFacts {
    /// how it bears on a date fronted at the head of the sentence
    reach: FrontedReach,
    /// a relative clause (`que`) with no verb of saying: its date is the
    /// date of the event noun before it (`l'invitation que lui avait
    /// adressée M. Kim lors de leur sommet de septembre`, `le traité que
    /// Poutine a signé le 19 juin`), unlike `la rencontre que le Kremlin a
    /// annoncée lundi`, whose date is the announcement's
    dates_the_noun_before: bool,
    /// opened by a colon or a semicolon: a statement of its own (`Ce n'est
    /// pas la première fois qu'il s'y rend : il y a quatre ans, il avait
    /// rencontré…`), whose fronted date dates what follows it, never what
    /// stands before the colon
    opens_statement: bool,
    /// the head of a cleft sentence with its date (`C'est en avril 2019`,
    /// `Il a fallu attendre juin 2024`): the date is the next clause's
    focus_head: bool,
    /// opens with what follows a cleft head (`que`, `pour que`)
    follows_focus: bool,
    /// such an opener alone (`pour`, cut off before its `que`)
    bare_opener: bool,
    /// a date with only words of a part of the day beside it (`Dans la
    /// nuit de mardi à mercredi`, `Tôt mardi`): the date is alone
    framed_date: bool,
    /// a frame of simultaneity or place with no verb and no date (`Lors de
    /// cette rencontre`, `Au cosmodrome de Vostotchny`): a date alone
    /// right after it may still front the act (see [`governing_time`])
    frame: bool,
}

/// Words in `-ant` that are no present participle: prepositions and adverbs.
const NOT_PARTICIPLES: &[&str] = &[
    "avant",
    "pendant",
    "durant",
    "maintenant",
    "cependant",
    "devant",
    "auparavant",
    "néanmoins",
];

/// True for a clause opened by a present participle or a gerund
/// (`confirmant ce qui a été rapporté`, `en affirmant que…`): a comment on
/// the main act, whose verbs are not that act.
fn opens_participial(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let verb = if first == "en" {
        words.next().unwrap_or("")
    } else {
        first
    };
    let verb = verb.rsplit(['\'', '’']).next().unwrap_or(verb);
    is_participle_word(verb)
}

/// What a clause's first words say about the reach of a date fronted at
/// the head of the sentence (`Vendredi dernier, le porte-parole …, John
/// Kirby, a affirmé…`): see [`fronted_date_reach`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrontedReach {
    /// the clause is in the fronted date's scope and lets it through
    Passes,
    /// a connective alone (`Puis`, `Ensuite`, `Par ailleurs`): it may stand
    /// before the fronted date
    Connective,
    /// the clause has a time of its own relative to the main verb (`que`
    /// reported speech, `avant de`, `après avoir`, `lorsque`, `alors que`,
    /// `mais`, a perfect infinitive, a present participle: `…, confirmant
    /// ce qui a été rapporté`, see [`opens_participial`]): the fronted date
    /// stops here
    Stops,
}

/// Openers after which a fronted date no longer dates the clause: reported
/// content (`a affirmé que la Corée du Nord avait livré`), an earlier or
/// later act (`après avoir`, `avant de`), a time of its own (`lorsque`),
/// a contrast or a second frame (`mais`, `alors que`, `tandis que`).
const FRONTED_DATE_STOPS: &[&str] = &[
    "que ",
    "qu'",
    "qu’",
    "lorsqu",
    "avant de ",
    "avant d'",
    "avant d’",
    "après avoir ",
    "tandis que ",
    "alors que ",
    "mais ",
];

/// How each clause of a sentence bears on a fronted date; `cuts`: where
/// perfect infinitives start (their act is earlier than the main verb's).
fn fronted_date_reach(
    sentence: &str,
    base: usize,
    clauses: &[Clause],
    cuts: &[usize],
) -> Vec<FrontedReach> {
    clauses
        .iter()
        .map(|c| {
            let local = c.span.start - base..c.span.end - base;
            let body = sentence.get(local.clone()).unwrap_or("");
            let lower = body
                .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase();
            if cuts.contains(&local.start)
                || FRONTED_DATE_STOPS.iter().any(|w| lower.starts_with(w))
                || opens_participial(&lower)
            {
                FrontedReach::Stops
            } else if lower.split_whitespace().count() <= 2
                && !lower.chars().any(|ch| ch.is_ascii_digit())
            {
                FrontedReach::Connective
            } else {
                FrontedReach::Passes
            }
        })
        .collect()
}

/// Words that open a new clause (lowercase, with their surrounding spaces).
/// `selon X` and `d'après X` open the clause that says who says so, so that
/// a date beside the source (`selon Yonhap mardi`) dates the report, not
/// the event.
const CLAUSE_OPENERS: &[&str] = &[
    " que ",
    " qu'",
    " où ",
    " lorsqu'",
    " lorsque ",
    " avant de ",
    " avant d'",
    " après avoir ",
    " tandis que ",
    " alors que ",
    " et où ",
    " mais ",
    " selon ",
    " d'après ",
];

/// The words [`clauses_around`] cuts a sentence at: [`CLAUSE_OPENERS`],
/// then ` pour ` and ` et `.
fn cut_words() -> impl Iterator<Item = &'static str> {
    CLAUSE_OPENERS.iter().copied().chain([" pour ", " et "])
}

/// [`cut_words`] as one Aho-Corasick automaton: one pass over a sentence
/// instead of one substring search per word (sixteen for every sentence of
/// every document). `None` if it cannot be built.
static CUT_WORDS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(cut_words())
        .ok()
});

/// Where each of [`cut_words`] occurs in `lower`, in its order, as
/// `str::match_indices` finds them: left to right, each search going on
/// from the end of the last occurrence of the same word (` et et ` holds
/// one ` et `).
fn cut_words_at(lower: &str) -> Vec<Vec<usize>> {
    let Some(automaton) = &*CUT_WORDS else {
        return cut_words()
            .map(|w| lower.match_indices(w).map(|(at, _)| at).collect())
            .collect();
    };
    let mut at: Vec<Vec<usize>> = cut_words().map(|_| Vec::new()).collect();
    let mut from: Vec<usize> = vec![0; at.len()];
    // matches come by end, so by start for any one word
    for m in automaton.find_overlapping_iter(lower) {
        let w = m.pattern().as_usize();
        if m.start() >= from[w] {
            at[w].push(m.start());
            from[w] = m.end();
        }
    }
    at
}

/// Words after `pour` that make it a preposition before a noun phrase
/// (`pour la première fois`, `pour une visite`, `pour deux jours`), which
/// stays in its clause; before anything else (`pour discuter`, `pour
/// s'entretenir`, `pour que`) it opens a clause of purpose.
const NOUN_PHRASE_STARTS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "sa",
    "son",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "ce",
    "cet",
    "cette",
    "ces",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "quelques",
    "plusieurs",
    "tout",
    "toute",
    "tous",
    "toutes",
    "lui",
    "eux",
    "elle",
    "elles",
];

/// Forms of the auxiliaries `avoir` and `être` that start a compound verb:
/// after `et`, they start a second finite verb with its own date (`a conclu
/// en juin un pacte et a livré des obus`).
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent", "est",
    "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent",
];

/// Object and reflexive pronouns that may stand between `et` and the
/// auxiliary (`et s'est rendu`, `et l'a reçu`, `et lui a remis`, `et n'a pas`).
const CLITICS: &[&str] = &[
    "s'", "se", "l'", "le", "la", "les", "lui", "leur", "y", "en", "n'", "ne", "m'", "t'", "nous",
    "vous",
];

/// The words of a lowercase text after byte `from`, with elided forms
/// (`s'`, `l'`) as words of their own.
fn next_words(lower: &str, from: usize, count: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(count);
    let mut rest = &lower[from..];
    while out.len() < count {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let end = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
            .map_or(rest.len(), |(i, c)| {
                if c == '\'' || c == '’' {
                    i + c.len_utf8()
                } else {
                    i
                }
            });
        if end == 0 {
            // punctuation: the words stop here
            break;
        }
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// True when `et` at `pos` (the space before it) joins a second finite verb:
/// `et` + clitics + an auxiliary.
fn starts_second_verb(lower: &str, after: usize) -> bool {
    let words = next_words(lower, after, 4);
    let first_verb = words.iter().position(|w| !CLITICS.contains(w));
    first_verb.is_some_and(|i| AUXILIARIES.contains(&words[i]))
}

/// True when an event word stands right after `et` and its clitics (`et
/// rencontre M. Poutine le lendemain`, `et s'entretient`, `et lui remet`):
/// a noun after `et` comes with its determiner (`et la visite`), so a bare
/// event word there is a second verb, with a date of its own. `triggers`
/// are the byte starts of the sentence's event words.
fn trigger_follows(lower: &str, after: usize, triggers: &[usize]) -> bool {
    triggers.iter().any(|&at| {
        at >= after
            && lower.get(after..at).is_some_and(|gap| {
                gap.split_whitespace()
                    .all(|w| VERB_ONLY_CLITICS.contains(&w))
            })
    })
}

/// The clitics that stand only before a verb: `le`, `la`, `les`, `l'`,
/// `leur` and `en` are also determiners or a preposition (`et les obus`,
/// `et leur rencontre`, `et en visite`).
const VERB_ONLY_CLITICS: &[&str] = &[
    "s'", "se", "lui", "y", "n'", "ne", "m'", "t'", "nous", "vous",
];

#[cfg(test)]
fn clauses(sentence: &str, base: usize) -> Vec<Clause> {
    clauses_around(sentence, base, &[], &[])
}

/// Where a perfect infinitive starts (`a reconnu avoir envoyé des
/// troupes`, `a annoncé l'avoir ratifié`, `affirme être arrivé`): the
/// auxiliary of an event verb when it is the infinitive `avoir` or `être`.
/// What it says happened before the verb that governs it, so the date of
/// that verb (`a reconnu fin avril`) is not its date: it gets a clause of
/// its own. (`avoir lieu` is no perfect infinitive: `lieu` is no event verb;
/// `pourrait être signé` is a passive one, of a verb that can be passive:
/// the act is not earlier, and `pourrait` governs it.)
fn perfect_infinitives(sentence: &str, hits: &[TriggerHit<'_>]) -> Vec<usize> {
    hits.iter()
        .filter(|h| h.pos.is_verbal())
        .filter_map(|h| {
            let before = sentence.get(..h.auxiliary.unwrap_or(h.start))?;
            let head = before.trim_end();
            let lower = head.to_lowercase();
            // `avoir été` (a passive) starts at `avoir`
            let perfect_passive = lower.ends_with(" été");
            let lower_head = lower.strip_suffix(" été").unwrap_or(&lower);
            let auxiliaries: &[&str] = if h.never_passive || perfect_passive {
                &["avoir", "être"]
            } else {
                &["avoir"]
            };
            auxiliaries.iter().find_map(|aux| {
                let at = lower_head.strip_suffix(aux)?.len();
                let boundary = lower_head[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                // lowercasing keeps these byte offsets when the head is unchanged in length
                (boundary && lower.len() == head.len()).then_some(at)
            })
        })
        .collect()
}

/// The clauses of a sentence; `triggers`: the byte starts of its event
/// words (see [`trigger_follows`]); `cuts`: more places where a clause
/// starts (see [`perfect_infinitives`]).
fn clauses_around(sentence: &str, base: usize, triggers: &[usize], cuts: &[usize]) -> Vec<Clause> {
    let lower = sentence.to_lowercase();
    let mut cuts: Vec<usize> = cuts
        .iter()
        .copied()
        .filter(|&at| sentence.is_char_boundary(at))
        .collect();
    for (i, c) in sentence.char_indices() {
        if matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '“' | '”' | '—' | '–'
        ) {
            cuts.push(i);
        }
    }
    if lower.len() == sentence.len() {
        let mut at = cut_words_at(&lower);
        let et = at.pop().unwrap_or_default();
        let pour = at.pop().unwrap_or_default();
        for starts in at {
            cuts.extend(starts);
        }
        for at in pour {
            let after = at + " pour ".len();
            let noun_phrase = next_words(&lower, after, 1)
                .first()
                .is_some_and(|w| NOUN_PHRASE_STARTS.contains(w));
            if !noun_phrase {
                cuts.push(at);
            }
        }
        for at in et {
            let after = at + " et ".len();
            if starts_second_verb(&lower, after) || trigger_follows(&lower, after, triggers) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(sentence.len())) {
        if cut > start {
            out.push(Clause {
                span: Span::new(base + start, base + cut),
            });
        }
        start = cut;
    }
    out
}

/// Longest sentence read for events, in bytes. Each trigger of a sentence
/// is weighed against every name of the sentence and every clause, so the
/// work grows with the cube of its length: a "sentence" of 20 kB (a page
/// with no full stop) took seconds, 250 kB did not end in ten minutes.
/// News sentences are far shorter (the longest of the seeds and the dev set
/// is 361 bytes); text this long without a full stop is a list, a table or
/// broken markup, whose structure is not to be trusted (precision first).
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Find the event mentions of a document; `published`: its day of
/// writing, when known (it bounds which reports date an anchor).
pub fn extract(
    doc_id: &str,
    text: &Text,
    entities: &[EntityMention],
    timexes: &[Timex],
    published: Option<DateInterval>,
    lexicon: &EventLexicon,
) -> Vec<EventMention> {
    let mut out = Vec::new();
    // people named so far, most recent last, for anaphora
    let mut named: Vec<&EntityMention> = Vec::new();
    // the first person of the latest sentence that names one: the subject
    // a pronoun of the next sentences most often continues
    let mut last_subject: Option<&EntityMention> = None;
    // the country or body subject of the last sentence, with its article
    // (see [`thing_subject`])
    let mut last_thing_subject: Option<(&EntityMention, &str)> = None;
    // mentions dated by another event of the article (`lors de leur
    // sommet`): resolved once every mention of the article is known
    let mut anchored: Vec<AnchorRequest> = Vec::new();
    // a live blog of a known day: its entries tell what happens that day
    let live_day = published.filter(|p| p.start == p.end);
    let live_entries = live_day
        .and_then(|_| live::entries(&text.normalized))
        .unwrap_or_default();
    // a chronology: its entries tell what happened at the date heading them
    let chronology_entries = chronology::entries(&text.normalized, &text.paragraphs, timexes);
    for (index, sentence) in text.sentences.iter().enumerate() {
        let body = text.slice(sentence.span);
        // a note of references cites a source: it tells no event
        if body.len() > MAX_SENTENCE_BYTES || sentence.note {
            continue;
        }
        // a word inside an expression of time names a date, not an act
        // (`le 70e anniversaire de l'armistice de la guerre de Corée`)
        let dates_here = within(timexes, sentence.span, |t| t.span);
        // the sentence before may name what an object clitic stands for
        let previous = index
            .checked_sub(1)
            .and_then(|i| text.sentences.get(i))
            .map_or("", |p| text.slice(p.span));
        let hits: Vec<_> = lexicon
            .find_in(body, previous)
            .into_iter()
            .filter(|h| {
                let word = Span::new(sentence.span.start + h.start, sentence.span.start + h.end);
                !dates_here.iter().any(|t| t.span.contains(word))
            })
            .collect();
        let trigger_starts: Vec<usize> = hits.iter().map(|h| h.start).collect();
        let infinitives = perfect_infinitives(body, &hits);
        let clause_list = clauses_around(body, sentence.span.start, &trigger_starts, &infinitives);
        let hits = troops_deployed(hits, &clause_list, sentence.span.start);
        let hits = forces_of_an_act(hits, &clause_list, sentence.span.start, lexicon);
        let reach = fronted_date_reach(body, sentence.span.start, &clause_list, &infinitives);
        // the words of clauses `from..=to` with their dates cut out, and
        // whether a date was cut (for cleft heads: `C'est en avril 2019`)
        let undated_words = |from: Span, to: Span| -> (String, bool) {
            let mut words = String::new();
            let mut at = from.start;
            for t in dates_here
                .iter()
                .filter(|t| from.start <= t.span.start && t.span.end <= to.end)
            {
                if t.span.start >= at {
                    words.push_str(text.normalized.get(at..t.span.start).unwrap_or(""));
                    words.push(' ');
                    at = t.span.end;
                }
            }
            let dated = at > from.start;
            words.push_str(text.normalized.get(at..to.end).unwrap_or(""));
            (words, dated)
        };
        let facts: Vec<ClauseFacts> = clause_list
            .iter()
            .enumerate()
            .zip(&reach)
            .map(|((i, c), &reach)| {
                let local = c.span.start - sentence.span.start..c.span.end - sentence.span.start;
                let reports = hits
                    .iter()
                    .any(|h| local.contains(&h.start) && h.event_type.is_reporting());
                let has_verbal_act = hits
                    .iter()
                    .any(|h| h.pos.is_verbal() && local.contains(&h.start));
                let words = body.get(local).unwrap_or("");
                let opens_que = opens_with_que(&words.to_lowercase());
                let opens_statement = words.starts_with([':', ';']);
                // a cleft head with its date, whole in this clause or cut
                // at its `qu'` (`Ce n'est | qu'en juillet 2000`)
                let head = |from: Span| {
                    let (undated, dated) = undated_words(from, c.span);
                    dated && lexicon.cleft.is_head(&undated)
                };
                // (read only where an act may take the date)
                let with_acts = !hits.is_empty();
                let focus_head = with_acts
                    && (head(c.span) || (opens_que && i > 0 && head(clause_list[i - 1].span)));
                let framed_date = with_acts && {
                    let (undated, dated) = undated_words(c.span, c.span);
                    let undated = lexicon::fold_apostrophes(&undated.to_lowercase());
                    dated
                        && stay::words_of(&undated)
                            .into_iter()
                            .all(|w| lexicon.date_frames.contains(w))
                };
                // (a verbless frame of a few words, with no date: `Lors de
                // cette rencontre`)
                let frame = with_acts
                    && i + 1 < clause_list.len()
                    && !has_verbal_act
                    && !dates_here.iter().any(|t| c.span.contains(t.span))
                    && words.split_whitespace().count() <= MAX_FRAME_WORDS
                    && lexicon.opens_frame(&lexicon::fold_apostrophes(words));
                ClauseFacts {
                    reach,
                    frame,
                    dates_the_noun_before: opens_que && !reports,
                    opens_statement,
                    framed_date,
                    focus_head,
                    follows_focus: lexicon.cleft.opens_focused(words),
                    bare_opener: lexicon.cleft.is_opener(words),
                }
            })
            .collect();
        let with_trigger: Vec<bool> = clause_list
            .iter()
            .map(|c| {
                hits.iter().any(|h| {
                    c.span.contains(Span::new(
                        sentence.span.start + h.start,
                        sentence.span.start + h.end,
                    ))
                })
            })
            .collect();
        // the clauses that place an act before or after another event by
        // its noun (`Au lendemain de la visite de Kim Jong-un`, `La veille
        // de l'annonce`, `Trois jours après le sommet`); a frame of the
        // same time (`lors de`) is none (see [`anchor::AnchorWords::other_event_start`]),
        // and so is one whose noun has a possessive (`au lendemain de son
        // arrivée`: the same actor's earlier act)
        // Only a frame fronted before the sentence's first verb counts: one
        // after the act (`Kim est arrivé mardi, au lendemain de la
        // signature`) is dated by the act and shares its actor.
        let first_verb_at = hits
            .iter()
            .filter(|h| h.pos.is_verbal())
            .map(|h| h.start)
            .min()
            .unwrap_or(usize::MAX);
        let shifted_frames: Vec<bool> = clause_list
            .iter()
            .map(|c| {
                c.span.end - sentence.span.start <= first_verb_at
                    && hits.iter().any(|h| {
                        let local = c.span.start - sentence.span.start;
                        !h.pos.is_verbal()
                            && h.start >= local
                            && sentence.span.start + h.end <= c.span.end
                            && body.get(local..h.start).is_some_and(|before| {
                                let lower = before.to_lowercase();
                                // (`Au lendemain de son arrivée, Kim a pris place`:
                                // a possessive stands for the act's own subject)
                                let possessive = lexicon.anchors.ending(&lower).is_some_and(
                                    |(_, _, reference)| reference == anchor::Reference::Possessive,
                                );
                                lower.len() == before.len()
                                    && !possessive
                                    && lexicon
                                        .anchors
                                        .other_event_start(&lower, false)
                                        .is_some_and(|at| {
                                            lower[..at]
                                                .trim_matches(|ch: char| !ch.is_alphanumeric())
                                                .is_empty()
                                        })
                            })
                    })
            })
            .collect();
        // `…, a annoncé l'état-major sud-coréen.`: a clause that opens on a
        // verb of saying is an incise, whose inverted subject says so
        let mut incises: Vec<bool> = clause_list
            .iter()
            .enumerate()
            .map(|(i, c)| {
                i > 0
                    && (opens_on_report(body, sentence.span.start, *c, &hits)
                        || lexicon.opens_on_incise(
                            text.normalized
                                .get(sentence.span.start..c.span.start)
                                .unwrap_or(""),
                            text.slice(c.span),
                        ))
            })
            .collect();
        // `…, a annoncé le secrétaire général de l'Otan, Mark Rutte, …`:
        // the name in apposition to the inverted subject, with no act of
        // its own, goes on with the incise (as after `selon X`)
        for i in 1..clause_list.len() {
            if incises[i - 1]
                && !incises[i]
                && !with_trigger[i]
                && is_name_apposition(text.slice(clause_list[i].span))
            {
                incises[i] = true;
            }
        }
        // read once per sentence, for any of its acts: its lowercase (for
        // the clauses of time) and which clauses say who says so (`selon
        // X`, and the name in apposition right after it: `Selon le
        // porte-parole du Kremlin, Dmitri Peskov, un dîner…`)
        let body_lower: OnceCell<String> = OnceCell::new();
        let attributive: OnceCell<Vec<bool>> = OnceCell::new();
        let is_attributive_at = |i: usize| {
            attributive.get_or_init(|| attributive_clauses(&clause_list, |c| text.slice(c.span)))[i]
        };
        let in_source = |e: &EntityMention| {
            clause_list
                .iter()
                .enumerate()
                .any(|(i, c)| c.span.contains(e.span) && is_attributive_at(i))
        };
        // a name inside an expression of time is part of the date (`le 80e
        // anniversaire du Parti du travail`), no participant or place
        let in_sentence: Vec<&EntityMention> = within(entities, sentence.span, |e| e.span);
        // a name inside the description of someone (`le chef du Kremlin`,
        // `le porte-parole du Kremlin` are people) is part of it, no
        // participant or place of its own
        let sentence_entities: Vec<&EntityMention> = in_sentence
            .iter()
            .copied()
            .filter(|e| !dates_here.iter().any(|t| t.span.contains(e.span)))
            .filter(|e| {
                // a turn's label and what it says of its speaker (`Mathilde
                // Serrano (université de Lyon) :`)
                !in_sentence.iter().any(|label| {
                    turn_label_end(&text.normalized, label)
                        .is_some_and(|end| label.span.start <= e.span.start && e.span.end <= end)
                })
            })
            .filter(|e| {
                !in_sentence.iter().any(|o| {
                    o.span != e.span && o.span.contains(e.span) && o.entity_id != e.entity_id
                })
            })
            .collect();
        // every expression of time, bounds and lengths included (`jusqu'à
        // vendredi`, `de deux jours`), for events that last
        let all_sentence_times: Vec<&Timex> = within(timexes, sentence.span, |t| t.span);
        let sentence_times: Vec<&Timex> = within(timexes, sentence.span, |t| t.span)
            .into_iter()
            .filter(|t| t.kind == TimexKind::Date)
            // `depuis le 3 mars`, `jusqu'à vendredi`: a state's bound, no act's date
            .filter(|t| {
                let before = text
                    .normalized
                    .get(sentence.span.start..t.span.start)
                    .unwrap_or("");
                !lexicon.bounds_a_state(before) && !lexicon.opens_with_state_bound(&t.text)
            })
            .collect();
        let mut seen: Vec<(EventType, usize)> = Vec::new();
        // the mentions of this sentence, with their clauses
        let mut placed: Vec<Placed> = Vec::new();
        for hit in &hits {
            let trigger_span = Span::new(
                sentence.span.start + hit.start,
                sentence.span.start + hit.end,
            );
            let Some(ci) = clause_list
                .iter()
                .position(|c| c.span.contains(trigger_span))
            else {
                continue;
            };
            // the treaty a step of ratification is about (before the
            // clause's other agreement words: `Le traité signé en juin a été
            // ratifié`, the signature is still one)
            if ratified_object(&hits, hit, clause_list[ci], sentence.span.start) {
                continue;
            }
            // one mention per type and clause
            if seen.contains(&(hit.event_type, ci)) {
                continue;
            }
            seen.push((hit.event_type, ci));
            let clause = clause_list[ci];
            // the verbs of the sentence's other acts (`le déploiement…
            // du traité signé en juin`: the date after `signé` is the
            // signature's; `le traité signé en juin` is one act)
            let other_verbs: Vec<(Span, EventType)> = hits
                .iter()
                .filter(|h| h.pos.is_verbal() && !same_act_family(h.event_type, hit.event_type))
                .map(|h| {
                    let span =
                        Span::new(sentence.span.start + h.start, sentence.span.start + h.end);
                    (span, h.event_type)
                })
                .collect();
            let verbal = Verbal::of(
                hit,
                &body[hit.start..hit.end],
                reported_in(&hits, hit, clause_list[ci], sentence.span.start),
            );
            let govern = |verbs: &[Span]| match governing_time(
                (&text.normalized, &lexicon.noun_complement),
                &clause_list,
                &facts,
                ci,
                trigger_span,
                verbs,
                verbal,
                &sentence_times,
            ) {
                Governing::Dated(t, p) => (Some(t), p),
                Governing::Pending(p) => (None, Some(p)),
                Governing::None => (None, None),
            };
            let verbs: Vec<Span> = other_verbs.iter().map(|&(s, _)| s).collect();
            let (time, pending) = govern(&verbs);
            // an event that lasts: its length or its bounds stretch the day
            // (`est arrivé jeudi pour une visite de deux jours`)
            let clues = stay::StayClues {
                text: &text.normalized,
                reach: stay_reach(&text.normalized, &clause_list, ci, trigger_span, hit),
                trigger: trigger_span,
                times: &all_sentence_times,
                published,
            };
            let stretch = |time: Option<&EventTime>| {
                stay::stretch(&lexicon.stays, hit.event_type, time, &clues)
            };
            let time = match pending {
                None => {
                    // `arrivé le 10 juin pour deux jours de pourparlers`: a
                    // stay the trip is for runs from the trip's day, which
                    // is otherwise the trip's alone (`arrivé dimanche pour
                    // le sommet`)
                    let trip_day = || {
                        let (leg_before, rest): (Vec<_>, Vec<_>) = other_verbs
                            .iter()
                            .partition(|(s, t)| t.is_journey() && s.end <= trigger_span.start);
                        if leg_before.is_empty() {
                            return None;
                        }
                        let rest: Vec<Span> = rest.iter().map(|&&(s, _)| s).collect();
                        match govern(&rest) {
                            (Some(day), None) => stretch(Some(&day)),
                            _ => None,
                        }
                    };
                    stretch(time.as_ref()).or_else(trip_day).or(time)
                }
                Some(_) => time,
            };
            // a report is dated by its own words, never by what it reports:
            // an event noun before a report frames it only when no other act
            // comes before the report in the sentence (`Lors de cette
            // rencontre, les deux dirigeants ont évoqué…`, not `Aucun accord
            // ne sera signé à l'issue de la rencontre, a précisé Peskov`) (nor is a lasting state named by
            // a noun: `son soutien dans la guerre en Ukraine`, said `lors de
            // cette rencontre`, is no war of that day)
            let lasting_noun = hit.event_type.is_lasting() && !hit.pos.is_verbal();
            let anchor = if time.is_none() && pending.is_none() && !lasting_noun {
                event_anchor(
                    body,
                    sentence.span.start,
                    &clause_list,
                    &facts,
                    ci,
                    &hits,
                    hit.start,
                    lexicon,
                )
                .filter(|a| {
                    !hit.event_type.is_reporting()
                        || a.start > trigger_span.start
                        || !acts_before(&hits, hit.start)
                })
            } else {
                None
            };
            // no date of its own nor an event noun to stand on: a clause of
            // time of the sentence (`peu après que X est arrivé jeudi`)
            let time = if time.is_none()
                && pending.is_none()
                && anchor.is_none()
                && !hit.event_type.is_reporting()
            {
                clause_of_time(
                    body,
                    body_lower.get_or_init(|| body.to_lowercase()),
                    sentence.span.start,
                    hit,
                    &hits,
                    &sentence_times,
                    lexicon,
                )
                .or_else(|| {
                    eve_or_morrow(
                        body,
                        sentence.span.start,
                        clause.span,
                        hit,
                        &sentence_times,
                        lexicon,
                    )
                })
                .or_else(|| during_act(body, sentence.span.start, hit, &sentence_times, lexicon))
                .or_else(|| attended_act(body, sentence.span.start, hit, &sentence_times, lexicon))
                .or_else(|| {
                    main_clause_time(
                        body,
                        body_lower.get_or_init(|| body.to_lowercase()),
                        sentence.span.start,
                        hit,
                        &hits,
                        &sentence_times,
                        &sentence_entities,
                        lexicon,
                    )
                })
            } else {
                time
            };
            let window = sentence_window(&clause_list, ci, timexes);
            let clause_text = text.slice(clause.span).to_lowercase();
            // `n'a pas rencontré`, `ne s'est jamais rendu`: denied
            let modality = if lexicon.negates(body, hit) {
                Modality::Negated
            } else if lexicon.modality.is_yes_no_question(body) {
                // `Des soldats combattent-ils en Ukraine ?`: asked, not told
                Modality::Speculated
            } else {
                lexicon.modality.classify(&clause_text)
            };
            // `a accepté mardi une invitation à se rendre à Pyongyang`, `a
            // promis de livrer`: an infinitive governed by a word of will,
            // promise or invitation is an act to come (or, after `refuser
            // de`, denied), and a date before its governor is the
            // governor's: the act keeps only one written after it
            let prospect = lexicon.prospect(body, hit);
            let modality = match (prospect, modality) {
                (Some(Prospect::Refused), _) => Modality::Negated,
                (Some(Prospect::ToCome), Modality::Occurred) => Modality::Planned,
                (_, m) => m,
            };
            let act_start = sentence.span.start + hit.predicate_start();
            let (time, pending, anchor) = match prospect {
                Some(_) => {
                    let own = |expression: &str| {
                        sentence_times
                            .iter()
                            .any(|t| t.span.start >= act_start && t.text == expression)
                    };
                    // (an act to come that the date puts before the day
                    // of writing read the governor's tense: `a promis de
                    // se rendre à Pyongyang le 20 septembre` is no past
                    // September; say nothing rather than the wrong year)
                    let to_come = prospect == Some(Prospect::ToCome);
                    let past = |t: &EventTime| published.is_some_and(|p| t.interval.end < p.start);
                    (
                        time.filter(|t| own(&t.expression) && !(to_come && past(t))),
                        pending.filter(|p| own(&p.expression)),
                        anchor.filter(|a| a.start >= act_start),
                    )
                }
                None => (time, pending, anchor),
            };
            // `08h15 — Kim Jong-un salue le traité`: an act a live blog's
            // entry tells in the present or the passé composé, with no date
            // of its own, happens on the page's day
            let time = match (time, live_day) {
                (None, Some(day))
                    if pending.is_none()
                        && anchor.is_none()
                        && (hit.now
                            || (!hit.pos.is_verbal()
                                && !hit.event_type.is_lasting()
                                && lexicon.told_in_passe_compose(&clause_text)))
                        && modality == Modality::Occurred =>
                {
                    live::entry_of(&live_entries, sentence.span).map(|entry| EventTime {
                        interval: day,
                        expression: entry.stamp.clone(),
                        value: day.start.to_string(),
                        rule: "live-entry".to_string(),
                    })
                }
                (time, _) => time,
            };
            // `Juillet 2000 : Poutine se rend à Pyongyang, première visite
            // d'un dirigeant russe. Il y rencontre Kim Jong-il.`: an act of
            // a chronology's entry with no date of its own happened at the
            // date that heads the entry
            let time = match time {
                None if pending.is_none() && anchor.is_none() && modality == Modality::Occurred => {
                    chronology::entry_of(&chronology_entries, sentence.span).map(|entry| {
                        EventTime {
                            interval: entry.interval,
                            expression: entry.expression.clone(),
                            value: entry.value.clone(),
                            rule: "chronology-entry".to_string(),
                        }
                    })
                }
                time => time,
            };
            // a `selon X` clause, or an incise after the act (`…, a annoncé
            // X`), names who says so, not who takes part
            let slot_entities: Vec<&EntityMention> = sentence_entities
                .iter()
                .copied()
                // `… à son arrivée à Pyongyang. © Ministère russe de la
                // Défense / AFP`: what follows a copyright sign is the
                // photo's credit, no one who takes part
                .filter(|e| {
                    !text
                        .normalized
                        .get(sentence.span.start..e.span.start)
                        .is_some_and(|before| before.contains('©'))
                })
                .filter(|e| {
                    !clause_list.iter().enumerate().any(|(i, c)| {
                        i != ci
                            && c.span.contains(e.span)
                            && (is_attributive_at(i)
                                || (i > ci && incises[i] && !hit.event_type.is_reporting()))
                    })
                })
                // `la déclaration de X`: X speaks, and only in reports of speech
                .filter(|e| {
                    matches!(
                        hit.event_type,
                        EventType::Statement | EventType::Announcement
                    ) || !lexicon.is_speaker(
                        &text.normalized
                            [sentence.span.start..e.span.start.max(sentence.span.start)],
                    )
                })
                // `le défunt père de Kim`: the father acts, not Kim
                .filter(|e| {
                    !lexicon.is_relative_of(
                        &text.normalized
                            [sentence.span.start..e.span.start.max(sentence.span.start)],
                    )
                })
                .collect();
            // `Lavrov est arrivé mercredi, un mois après le sommet entre Kim
            // et Poutine`: who and where are named after a phrase that
            // places the act before or after another event are that
            // event's
            let other_event =
                other_event_from(body, sentence.span.start, clause.span, &hits, hit, lexicon);
            let slot_entities: Vec<&EntityMention> = slot_entities
                .into_iter()
                .filter(|e| other_event.is_none_or(|at| e.span.start < at))
                .collect();
            // `Au lendemain de la visite de Kim Jong-un, le ministre a
            // convoqué…`: a clause fronted before the act that places it
            // before or after another event names that event's people and
            // places, not the act's (the event noun itself may still share
            // the act's actor: `À la veille du défilé, Poutine est arrivé`)
            let slot_entities: Vec<&EntityMention> = slot_entities
                .into_iter()
                .filter(|e| {
                    !clause_list
                        .iter()
                        .enumerate()
                        .any(|(i, c)| i < ci && shifted_frames[i] && c.span.contains(e.span))
                })
                .collect();
            // `Les deux ministres ont tenu samedi leur dialogue, après une
            // première session organisée en novembre à Moscou`: a place in
            // a later clause that carries a date of its own, not the
            // event's, is where that other time happened (a report's
            // places are those of what it tells, whatever their dates)
            let slot_entities: Vec<&EntityMention> = slot_entities
                .into_iter()
                .filter(|e| {
                    e.entity_type != EntityType::Place
                        || hit.event_type.is_reporting()
                        || !time.as_ref().is_some_and(|t| {
                            dated_elsewhere(
                                &clause_list,
                                ci,
                                e.span,
                                &all_sentence_times,
                                &t.interval,
                            )
                        })
                })
                .collect();
            let (mut participants, places) = slots(
                &clause_list,
                &with_trigger,
                ci,
                &slot_entities,
                hit.event_type,
                &lexicon.media,
                opens_with_que(&clause_text),
            );
            // `Kim Jong-un a reçu vendredi le ministre russe de la Défense,
            // Andreï Belooussov, arrivé la veille`: the name in apposition
            // right after the clause is its last noun phrase's, and takes
            // part as it does
            // (a description ends the clause, a lowercase word; the next
            // clause is a name and nothing else: `…, Vladimir Poutine
            // aussi` repeats the act, `à Vladivostok, Vladimir Poutine` is
            // no apposition to a place)
            let ends_on_description = text
                .slice(clause.span)
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
            let name_only = |words: &str| {
                words
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .filter(|w| !w.is_empty())
                    .all(|w| w.starts_with(char::is_uppercase))
            };
            if !hit.event_type.is_reporting()
                && ends_on_description
                && clause_list.get(ci + 1).is_some_and(|next| {
                    let words = text.slice(next.span);
                    is_name_apposition(words) && name_only(words)
                })
                && !with_trigger.get(ci + 1).copied().unwrap_or(true)
            {
                let next = clause_list[ci + 1].span;
                for e in &slot_entities {
                    let r = to_ref(e);
                    if e.entity_type == EntityType::Person
                        && next.contains(e.span)
                        && !participants.contains(&r)
                    {
                        participants.push(r);
                    }
                }
                participants.sort();
            }
            // `Le chef de la diplomatie nord-coréenne, Choe Son Hui, a été
            // reçue au Kremlin par Vladimir Poutine`: a verb that opens its
            // clause after a comma has its subject before it (an incise of
            // saying has it after, see `opens_on_report`), in the nearest
            // clause before that names a person (an apposition between them
            // names a body the person belongs to: `Sergueï Choïgou,
            // secrétaire du Conseil de sécurité russe, était reçu`), else an
            // organisation
            if ci > 0
                && hit.pos.is_verbal()
                && !hit.event_type.is_reporting()
                && (opens_on_verb(body, sentence.span.start, clause, hit)
                    || (hit.pos == PartOfSpeech::Infinitive
                        && body
                            .get(clause.span.start - sentence.span.start..hit.start)
                            .is_some_and(|lead| lexicon.is_modal_lead(lead))))
            {
                let nearest = |want: &dyn Fn(&EntityMention) -> bool| {
                    clause_list[..ci].iter().rev().find_map(|c| {
                        let actors: Vec<EntityRef> = slot_entities
                            .iter()
                            .filter(|e| c.span.contains(e.span) && want(e))
                            .map(|e| to_ref(e))
                            .collect();
                        (!actors.is_empty()).then_some(actors)
                    })
                };
                let subject = nearest(&|e| {
                    e.entity_type == EntityType::Person && is_actor(e, &lexicon.media)
                })
                .or_else(|| nearest(&|e| is_actor(e, &lexicon.media)));
                for r in subject.into_iter().flatten() {
                    if !participants.iter().any(|p| p.id == r.id) {
                        participants.push(r);
                    }
                }
                participants.sort();
            }
            // `Arrivé dimanche en Chine pour le sommet de l'OCS, le président
            // russe s'est entretenu…`: a participle opening the sentence has
            // the main clause's subject, its first actor, as its own
            let opening = body[..hit.start]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .is_empty();
            if opening && hit.pos == PartOfSpeech::Participle {
                // the main clause: the first after it that is no comment
                // (`selon l'agence KCNA`) nor a relative clause on a noun of
                // the participle's (`, où il participait à une réunion,`);
                // its subject stands at its head (`, le président russe
                // s'est entretenu…`); a description there that names no one
                // (`, le dirigeant est accompagné de sa fille, Kim Ju-ae`)
                // continues the latest subject
                let main = clause_list
                    .iter()
                    .enumerate()
                    .skip(ci + 1)
                    .find(|&(i, c)| {
                        let words = text.slice(c.span);
                        !is_attributive_at(i)
                            && !lexicon.opens_relative(words)
                            && words.chars().any(char::is_alphabetic)
                    })
                    .map(|(_, c)| c);
                if let Some(main) = main {
                    let head = slot_entities.iter().find(|e| {
                        main.span.contains(e.span)
                            && is_actor(e, &lexicon.media)
                            && text
                                .normalized
                                .get(main.span.start..e.span.start)
                                .is_some_and(|w| w.split_whitespace().count() <= 3)
                    });
                    let subject = head.copied().or(last_subject);
                    if let Some(subject) = subject {
                        participants = vec![to_ref(subject)];
                    }
                }
            }
            // a caption has no verb: everyone it names is in the picture of
            // its event (`X, alors ministre, aux côtés de Y lors du défilé…`)
            if sentence.caption && !hit.pos.is_verbal() {
                let mut all: Vec<EntityRef> = slot_entities
                    .iter()
                    .filter(|e| is_actor(e, &lexicon.media))
                    .map(|e| to_ref(e))
                    .collect();
                all.sort();
                all.dedup();
                if !all.is_empty() {
                    participants = all;
                }
            }
            // (a source, `Selon le porte-parole, Dmitri Peskov, il…`, is
            // no one a pronoun stands for)
            let before_clause: Vec<&EntityMention> = named
                .iter()
                .copied()
                .chain(
                    sentence_entities
                        .iter()
                        .copied()
                        .filter(|e| e.span.end <= clause.span.start)
                        .filter(|e| !in_source(e)),
                )
                .collect();
            let before_trigger = clause_text
                .get(..trigger_span.start.saturating_sub(clause.span.start))
                .unwrap_or("");
            // `Son arrivée à Pyongyang est prévue`, `Sa dernière visite
            // remonte à 2000`: a possessive before an event noun that opens
            // its clause (no person named before it there) stands for who
            // acts, as a subject pronoun would
            let clause_anaphor = lexicon.anaphora.find(&clause_text);
            // (the subject of the sentence: nothing but a date and a word
            // stands before its clause, `Mardi, son arrivée…`)
            let opens_sentence = || {
                let (lead, _) = undated_words(
                    Span::new(sentence.span.start, clause.span.start),
                    Span::new(sentence.span.start, clause.span.start),
                );
                lead.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
                    <= 1
            };
            let possessor = if clause_anaphor.is_none() && !hit.pos.is_verbal() {
                lexicon
                    .anaphora
                    .possessive_before(before_trigger)
                    .filter(|_| opens_sentence())
            } else {
                None
            };
            // a pronoun or a pair description before the trigger that stands
            // for people named before (`les deux dirigeants ont évoqué`,
            // `il a visité`): an actor as a name would be
            let mut anaphoric_subject = false;
            if let Some(anaphor) = clause_anaphor.or(possessor) {
                // `où il rencontre Kim Jong-il`: the clause names only who
                // the act is done to, so the pronoun still needs its person
                let only_objects = participants.iter().all(|p| {
                    slot_entities.iter().any(|e| {
                        e.entity_id == p.id
                            && clause.span.contains(e.span)
                            && e.span.start >= trigger_span.end
                    })
                });
                let subject_before_trigger = lexicon.anaphora.find(before_trigger).is_some();
                // `Il y a vingt ans, ce dernier traversait la Russie…, avant
                // de retrouver M. Poutine`: a clause that names no actor of
                // its own borrowed the sentence's; its pronoun says who acts
                let borrowed = !participants.iter().any(|p| {
                    slot_entities
                        .iter()
                        .any(|e| e.entity_id == p.id && clause.span.contains(e.span))
                });
                // (what a clause of another act lends, one with an event
                // word or opened by `avant de`, `que`, `lorsque`…: `avant de
                // retrouver M. Poutine`, goes; a complement, `…, en
                // compagnie de X`, stays)
                if subject_before_trigger && borrowed {
                    participants.retain(|p| {
                        !clause_list.iter().enumerate().any(|(i, c)| {
                            i != ci
                                && (with_trigger[i] || facts[i].reach == FrontedReach::Stops)
                                && slot_entities
                                    .iter()
                                    .any(|e| e.entity_id == p.id && c.span.contains(e.span))
                        })
                    });
                }

                // `observe avec inquiétude cette rencontre entre les deux
                // dirigeants`: a pair after `entre` right after the event
                // noun is who meets; the clause's subject only looks on
                let after_trigger = clause_text
                    .get(trigger_span.end.saturating_sub(clause.span.start)..)
                    .unwrap_or("");
                // (the pair is there, not before the noun: `Les deux
                // dirigeants devraient discuter de la coopération entre
                // leurs pays`)
                let reciprocal = !hit.pos.is_verbal()
                    && anaphor == Anaphor::Pair
                    && !subject_before_trigger
                    && place::words(after_trigger)
                        .first()
                        .is_some_and(|w| w == "entre");
                if reciprocal {
                    participants.clear();
                }
                // (what the noun's complements name is not its possessor)
                let named = if possessor.is_some()
                    || ((only_objects || borrowed) && subject_before_trigger)
                {
                    0
                } else {
                    participants.len()
                };
                // one person: the subject of this sentence before the
                // clause, else of the latest sentence naming one (`Hier, M.
                // Kim a passé la journée aux côtés de Sergueï Choïgou. … il
                // avait visité…` is Kim), before the last one named
                let subject = sentence_entities
                    .iter()
                    .copied()
                    .find(|e| {
                        e.entity_type == EntityType::Person
                            && e.span.end <= clause.span.start
                            && !in_source(e)
                    })
                    .or(last_subject);
                let mut before = before_clause.clone();
                if let (Anaphor::One, Some(subject)) = (anaphor, subject) {
                    before.push(subject);
                }
                // `la Corée du Nord pourrait obtenir une aide ; elle a
                // placé…`: a pronoun of the gender of a country or body
                // that is the subject (of this sentence, or of the last one
                // when the clause opens this one), with no person named
                // between, continues it, not a person named earlier
                let thing = thing_subject(
                    body,
                    sentence.span.start,
                    &sentence_entities,
                    clause.span.start,
                )
                .filter(|(thing, _)| {
                    !sentence_entities.iter().any(|e| {
                        e.entity_type == EntityType::Person
                            && e.span.start >= thing.span.end
                            && e.span.end <= clause.span.start
                    })
                })
                .or_else(|| {
                    let opens = !sentence_entities
                        .iter()
                        .any(|e| e.span.end <= clause.span.start);
                    opens.then_some(last_thing_subject).flatten()
                });
                let continued = match (anaphor, thing) {
                    (Anaphor::One, Some((thing, article))) => {
                        (lexicon.anaphora.article_of_pronoun(before_trigger) == Some(article))
                            .then_some(thing)
                    }
                    _ => None,
                };
                match continued {
                    Some(thing) => {
                        let r = to_ref(thing);
                        if is_actor(thing, &lexicon.media) && !participants.contains(&r) {
                            participants.push(r);
                        }
                    }
                    None => {
                        // `les deux dirigeants`: two heads of state or
                        // government, not a spokesman named after them
                        if anaphor == Anaphor::Pair
                            && lexicon.anaphora.names_leaders(if reciprocal {
                                after_trigger
                            } else {
                                before_trigger
                            })
                            && !lexicon.leaders.is_empty()
                        {
                            before.retain(|e| lexicon.leaders.contains(&e.entity_id));
                        }
                        let had = participants.len();
                        participants = with_antecedents(participants, anaphor, named, &before);
                        anaphoric_subject = subject_before_trigger && participants.len() > had;
                    }
                }
            }
            // `lors du sommet entre Vladimir Poutine et Kim Jong-un`: the two
            // named right after `entre` after an event noun are who takes
            // part; the clause's subject (`Les deux hommes ont évoqué…`,
            // `Peskov a commenté…`) only speaks of it
            if !hit.pos.is_verbal() {
                let named_pair = pair_after_entre(
                    &text.normalized,
                    trigger_span.end,
                    clause.span.end,
                    &slot_entities,
                    &lexicon.media,
                );
                if let Some(pair) = named_pair {
                    participants = pair.iter().map(|e| to_ref(e)).collect();
                    participants.sort();
                    participants.dedup();
                }
            }
            // `M. Kim lui a remis…`: the clitic is one more person, named before
            if !participants.is_empty() && lexicon.anaphora.has_object_clitic(before_trigger) {
                participants = with_antecedents(participants, Anaphor::One, 0, &before_clause);
            }
            if participants.is_empty() && places.is_empty() {
                continue;
            }
            // the clauses that say who says so: `selon X`, `…, a annoncé X`
            let saying: Vec<Span> = clause_list
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != ci && (incises[i] || is_attributive_at(i)))
                .map(|(_, c)| c.span)
                .collect();
            let attribution =
                attribution(&saying, &sentence_entities, hit.event_type, &lexicon.media);
            // the place the predicate names; the sentence's others are only mentioned
            let spans: Vec<Span> = clause_list.iter().map(|c| c.span).collect();
            let other_predicates: Vec<Span> = hits
                .iter()
                .map(|h| Span::new(sentence.span.start + h.start, sentence.span.start + h.end))
                .filter(|s| *s != trigger_span)
                .collect();
            let place_roles = place::attach(
                &text.normalized,
                &spans,
                ci,
                trigger_span,
                &other_predicates,
                hit.event_type,
                &slot_entities,
                lexicon,
            );
            // organisations that say or announce are who says so
            let (participants, speakers) = speaker::speakers(
                participants,
                hit.event_type,
                &sentence_entities,
                trigger_span,
                &lexicon.names,
            );
            // `Séoul a dénoncé… les résolutions de l'ONU`: the country or
            // capital subject of a report of speech speaks first, before
            // the organisations the report names
            // (of an act, `la Corée du Nord a tiré…`, it is who acts)
            let subject = speaker::place_subject(
                &sentence_entities,
                clause.span,
                trigger_span,
                &text.normalized,
                &lexicon.clause_openers,
                &lexicon.names,
            );
            let (voice, acting) = if hit.event_type.is_reporting() {
                (subject, None)
            } else {
                (None, subject)
            };
            let speakers: Vec<EntityRef> = voice.into_iter().chain(speakers).collect();
            let attribution = attribution
                .or_else(|| speakers.first().map(|r| r.name.clone()))
                .map(SharedStr::from);
            let (start, end) = text.original_chars(sentence.span);
            // an act with no actor (`La visite intervient trois semaines
            // après…`) is the article's event of its kind, whose own
            // reports date it: an anchor would only make it a second one
            // and the people named from a preposition after the trigger on
            // are the anchoring event's (`cinq jours après la visite du
            // ministre X`)
            // (a country before the verb of its clause is an actor too: `la
            // Corée du Nord a tiré deux missiles`)
            let anchor = anchor.filter(|a| {
                let theirs = if a.start > trigger_span.start {
                    a.start..sentence.span.end
                } else {
                    0..0
                };
                let country_subject = slot_entities.iter().any(|e| {
                    e.entity_type == EntityType::Place
                        && clause.span.contains(e.span)
                        && e.span.end <= trigger_span.start
                });
                country_subject
                    || anaphoric_subject
                    || participants.iter().any(|p| {
                        slot_entities
                            .iter()
                            .any(|e| e.entity_id == p.id && !theirs.contains(&e.span.start))
                    })
            });
            if let Some(anchor) = anchor {
                anchored.push(AnchorRequest {
                    mention: out.len(),
                    anchor,
                });
            }
            placed.push(Placed {
                mention: out.len(),
                clause: ci,
                trigger: trigger_span,
            });
            out.push(EventMention {
                document: doc_id.into(),
                event_type: hit.event_type,
                trigger: body[hit.start..hit.end].into(),
                modality,
                participants: participants.into(),
                acting_places: acting.into_iter().collect(),
                located_places: place_roles
                    .located
                    .into_iter()
                    .filter(|l| places.iter().any(|p| p.id == l.id))
                    .collect(),
                party_places: place_roles
                    .parties
                    .into_iter()
                    .filter(|l| places.iter().any(|p| p.id == l.id))
                    .collect(),
                places: place::with_forms(places, &lexicon.names).into(),
                attached_places: place_roles.attached.into(),
                speakers: speakers.into(),
                time: time.map(Box::new),
                window,
                attribution,
                quote: text.original_slice(sentence.span).into(),
                start,
                end,
                sentence: index,
                caption: sentence.caption,
                frame: lexicon.is_frame(&body[..hit.start]),
                pending,
            });
        }
        let clause_spans: Vec<Span> = clause_list.iter().map(|c| c.span).collect();
        voices_say_so(
            &mut out,
            &placed,
            &clause_spans,
            &infinitives,
            &sentence_entities,
            body,
            sentence.span.start,
        );
        // `La Douma l'a approuvé le 24 octobre, le Conseil de la Fédération
        // le 6 novembre`: the verb left out is the one before
        let gapped = gapped_mentions(
            &out,
            &placed,
            &clause_spans,
            body,
            sentence.span.start,
            &sentence_entities,
            &sentence_times,
            lexicon,
        );
        out.extend(gapped);
        named.extend(
            sentence_entities
                .iter()
                .copied()
                .filter(|e| e.entity_type == EntityType::Person),
        );
        keep_latest_people(&mut named);
        // `… il a retrouvé le président russe. Trois jours après, il a
        // visité…`: a sentence whose subject is a pronoun before the first
        // person it names continues the subject the pronoun stood for; that
        // person is its object
        if let Some(first) = sentence_entities
            .iter()
            .copied()
            .find(|e| e.entity_type == EntityType::Person)
        {
            let pronoun_first = last_subject.is_some()
                && pronoun_subject_before(
                    text.normalized
                        .get(sentence.span.start..first.span.start)
                        .unwrap_or(""),
                    lexicon,
                );
            if !pronoun_first {
                last_subject = Some(first);
            }
        }
        // a sentence that names a person hands no other subject on
        last_thing_subject = if sentence_entities
            .iter()
            .any(|e| e.entity_type == EntityType::Person)
        {
            None
        } else {
            thing_subject(
                body,
                sentence.span.start,
                &sentence_entities,
                sentence.span.end,
            )
        };
    }
    date_by_anchors(&mut out, anchored, published);
    out
}

/// True when the main clause of `lead` (a sentence up to the first person
/// it names) has a pronoun of one person as subject: the pronoun past the
/// last comma, not one of a relative clause (`où il participait`: the
/// lexicon's relative pronouns) or of a clause of time (`lorsqu'il`: the
/// anchors' conjunctions), which have a subject of their own.
/// True for a person named as the label of a turn of speech that opens a
/// line: a transcript's speaker in brackets (`[Plateau, Claire Aubry,
/// envoyée spéciale] Cette visite…`, `[Sergueï Lavrov, traduction] « … »`)
/// or an interview's answer after a question (`…, que retenir ?` then
/// `Mathilde Serrano : D'abord le traité, signé mercredi…`). The label says
/// who speaks the turn, not who takes part in what it tells (a headline
/// `Kim Jong-un : la visite…`, after no question, keeps its name). The
/// end of the label (its `]` or `:`) when `e` is one.
fn turn_label_end(text: &str, e: &EntityMention) -> Option<usize> {
    if e.entity_type != EntityType::Person {
        return None;
    }
    let head = text.get(..e.span.start)?;
    let tail = text.get(e.span.end..)?;
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let lead = &head[line_start..];
    let rest = tail.split('\n').next().unwrap_or("");
    if let Some(inside) = lead.trim_start().strip_prefix('[') {
        // inside the brackets that open the line
        return (!inside.contains(']'))
            .then(|| rest.find(']'))
            .flatten()
            .map(|i| e.span.end + i + 1);
    }
    if !lead.trim().is_empty() || !head[..line_start].trim_end().ends_with('?') {
        return None;
    }
    // `Nom :` or `Nom (fonction) :`
    let after = rest.trim_start();
    let after = match after.strip_prefix('(') {
        Some(role) => role.split_once(')').map_or("", |(_, a)| a.trim_start()),
        None => after,
    };
    after
        .starts_with(':')
        .then(|| rest.find(':'))
        .flatten()
        .map(|i| e.span.end + i + 1)
}

fn pronoun_subject_before(lead: &str, lexicon: &EventLexicon) -> bool {
    let segment = lead
        .rfind([',', ';', ':', '(', ')', '«', '»'])
        .map_or(lead, |i| &lead[i + 1..])
        .trim_start()
        .to_lowercase();
    let subordinate = lexicon.opens_relative(&segment)
        || lexicon
            .anchors
            .first_conjunction(&segment)
            .is_some_and(|(start, _, _)| start == 0);
    !subordinate && lexicon.anaphora.find(&segment) == Some(Anaphor::One)
}

/// Gapping (ellipse du verbe): a clause that holds only a name and a date,
/// with at most a few words of `connectives` (`le`, `et`, `puis`), right
/// after the clause of a dated mention, or after another such clause,
/// repeats that mention's predicate for its name at its date: `La Douma
/// l'a approuvé le 24 octobre, le Conseil de la Fédération le 6 novembre`,
/// `Kim est arrivé mardi, Poutine mercredi`. The copy keeps the type, the
/// trigger, the modality and the sentence, and takes no place (the place
/// of the first clause is the first act's).
#[allow(clippy::too_many_arguments)]
fn gapped_mentions(
    out: &[EventMention],
    placed: &[Placed],
    clauses: &[Span],
    body: &str,
    base: usize,
    entities: &[&EntityMention],
    times: &[&Timex],
    lexicon: &EventLexicon,
) -> Vec<EventMention> {
    let taken: BTreeSet<usize> = placed.iter().map(|p| p.clause).collect();
    let mut copies = Vec::new();
    for &Placed {
        mention: k,
        clause: ci,
        ..
    } in placed
    {
        if out[k].time.is_none() {
            continue;
        }
        for (cj, &clause) in clauses.iter().enumerate().skip(ci + 1) {
            if taken.contains(&cj) {
                break;
            }
            let Some((who, when, interval)) = gap(
                clause,
                body,
                base,
                entities,
                times,
                &lexicon.gapping,
                &lexicon.media,
            ) else {
                break;
            };
            let mut copy = out[k].clone();
            copy.participants = place::with_forms(vec![to_ref(who)], &lexicon.names).into();
            copy.speakers = Box::default();
            copy.attached_places = Box::default();
            copy.located_places = Box::default();
            copy.party_places = Box::default();
            copy.time = Some(Box::new(EventTime {
                interval,
                expression: when.text.clone(),
                value: when.value.clone(),
                rule: when.rule.clone(),
            }));
            copies.push(copy);
        }
    }
    copies
}

/// The name and the date of a clause that holds only them and connectives.
fn gap<'e>(
    clause: Span,
    body: &str,
    base: usize,
    entities: &[&'e EntityMention],
    times: &[&'e Timex],
    connectives: &BTreeSet<String>,
    media: &BTreeSet<String>,
) -> Option<(&'e EntityMention, &'e Timex, DateInterval)> {
    let inside = |s: Span| clause.contains(s);
    let names: Vec<&EntityMention> = entities
        .iter()
        .copied()
        .filter(|e| inside(e.span))
        .collect();
    let dates: Vec<&Timex> = times.iter().copied().filter(|t| inside(t.span)).collect();
    let ([who], [when]) = (names.as_slice(), dates.as_slice()) else {
        return None;
    };
    let interval = when.interval?;
    if !is_actor(who, media) || when.span.start < who.span.end {
        return None;
    }
    let local = |s: Span| s.start.saturating_sub(base)..s.end.saturating_sub(base);
    let (c, w, t) = (local(clause), local(who.span), local(when.span));
    let rest = [
        body.get(c.start..w.start)?,
        body.get(w.end..t.start)?,
        body.get(t.end..c.end)?,
    ];
    rest.iter()
        .flat_map(|r| place::words(r))
        .all(|w| connectives.contains(&w))
        .then_some((who, when, interval))
}

/// The subject of a sentence when it is a country or a body named behind a
/// definite article (`En retour, la Corée du Nord pourrait…`, `Le Kremlin a
/// confirmé…`), with that article (`le` or `la`): the first name before
/// `until` that stands behind the article at the head of the sentence or
/// after a comma, semicolon or colon. None when a person is named first (the
/// rules of people apply) or no name stands so.
fn thing_subject<'e>(
    body: &str,
    base: usize,
    entities: &[&'e EntityMention],
    until: usize,
) -> Option<(&'e EntityMention, &'static str)> {
    for e in entities.iter().copied().filter(|e| e.span.end <= until) {
        if e.entity_type == EntityType::Person {
            return None;
        }
        let Some(before) = body.get(..e.span.start.saturating_sub(base)) else {
            continue;
        };
        let before = before.trim_end();
        let cut = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let article = match before[cut..].to_lowercase().as_str() {
            "le" => "le",
            "la" => "la",
            _ => continue,
        };
        let head = before[..cut].trim_end();
        if head.is_empty() || head.ends_with([',', ';', ':']) {
            return Some((e, article));
        }
    }
    None
}

/// An anchor found for a trigger: the type of the anchoring event (its
/// noun's), where the act lies from it, how the noun refers, and the words
/// from the preposition to the noun.
struct EventAnchor {
    /// where the preposition starts in the text
    start: usize,
    target: EventType,
    shift: anchor::Shift,
    reference: anchor::Reference,
    expression: String,
}

/// A mention (index in the article's mentions) to date by its anchor.
struct AnchorRequest {
    mention: usize,
    anchor: EventAnchor,
}

/// The anchor of an undated trigger: an event noun of its clause (or of
/// the clause fronted at the head of the sentence, see
/// [`governing_time`]) right after a preposition of time (`lors de leur
/// rencontre`, `quelques heures avant le début du sommet`).
#[allow(clippy::too_many_arguments)]
fn event_anchor(
    body: &str,
    base: usize,
    clauses: &[Clause],
    facts: &[ClauseFacts],
    ci: usize,
    hits: &[TriggerHit<'_>],
    trigger_start: usize,
    lexicon: &EventLexicon,
) -> Option<EventAnchor> {
    let reach = |k: usize| facts.get(k).map(|f| f.reach);
    let head = (0..ci).find(|&k| reach(k) != Some(FrontedReach::Connective));
    let fronted = head.filter(|&h| !(h + 1..=ci).any(|k| reach(k) == Some(FrontedReach::Stops)));
    let places = std::iter::once(ci).chain(fronted);
    for k in places {
        let local = clauses[k].span.start - base..clauses[k].span.end - base;
        for h in hits {
            // in the trigger's own clause the anchor follows it (`a tiré des
            // missiles quelques heures avant le sommet`): a noun after the
            // anchor is part of the anchoring event (`après la ratification
            // de ce traité`)
            let follows = k != ci || h.start > trigger_start;
            if !follows || h.pos.is_verbal() || !local.contains(&h.start) {
                continue;
            }
            let Some(before) = body.get(local.start..h.start) else {
                continue;
            };
            let lower = before.to_lowercase();
            let Some((at, shift, reference)) = lexicon.anchors.ending(&lower) else {
                continue;
            };
            // lowercasing kept the length: the offset is the text's
            let from = if lower.len() == before.len() {
                local.start + at
            } else {
                h.start
            };
            let expression = body.get(from..h.end).unwrap_or(&body[h.start..h.end]);
            return Some(EventAnchor {
                start: base + from,
                target: h.event_type,
                shift,
                reference,
                expression: expression.to_string(),
            });
        }
    }
    None
}

/// True when a verbal act of `hits` starts before `to` (an offset in the
/// sentence): what a report says, told before the report's own verb.
fn acts_before(hits: &[TriggerHit<'_>], to: usize) -> bool {
    hits.iter().any(|h| h.pos.is_verbal() && h.start < to)
}

/// Demonstrative pronouns that stand for an event noun named before
/// (`trois semaines après celle de Wang Yi`). Source: Grevisse, Le Bon
/// Usage (pronoms démonstratifs).
const DEMONSTRATIVE_PRONOUNS: &[&str] = &["celle", "celui", "celles", "ceux"];

/// Where, after `hit` in its clause, a phrase places the act before or
/// after another event (`cinq jours après la visite du ministre X`, `un
/// mois après le sommet`, `trois semaines après celle de X`; see
/// [`anchor::AnchorWords::other_event_start`]): the offset in the text.
fn other_event_from(
    body: &str,
    base: usize,
    clause: Span,
    hits: &[TriggerHit<'_>],
    hit: &TriggerHit<'_>,
    lexicon: &EventLexicon,
) -> Option<usize> {
    let local = clause.start - base..clause.end - base;
    let text = body.get(local.clone())?;
    // (most clauses have none of the words these phrases end on)
    if !["avant", "après", "lendemain", "veille"]
        .iter()
        .any(|w| text.contains(w))
    {
        return None;
    }
    let lower = text.to_lowercase();
    // (lowercasing kept the offsets)
    if lower.len() != text.len() {
        return None;
    }
    let from = hit.end.checked_sub(local.start)?;
    let nouns = hits
        .iter()
        .filter(|h| !h.pos.is_verbal() && h.start > hit.end && local.contains(&h.start))
        .map(|h| (h.start - local.start, false));
    let pronouns = DEMONSTRATIVE_PRONOUNS
        .iter()
        .flat_map(|w| lower.match_indices(w))
        .filter(|&(at, w)| at > from && lexicon::is_whole_word(&lower, at, at + w.len()))
        .map(|(at, _)| (at, true));
    let mut ends: Vec<(usize, bool)> = nouns.chain(pronouns).collect();
    ends.sort_unstable();
    ends.into_iter().find_map(|(at, pronoun)| {
        let before = lower.get(from..at)?;
        let start = lexicon.anchors.other_event_start(before, pronoun)?;
        Some(base + local.start + from + start)
    })
}

/// How far from the day of writing an article's report must be dated to
/// date an anchor: `le sommet`, in news, is the summit the article is
/// about, not the one of 2019 it recalls (the reach of undated mentions in
/// consolidation).
const ANCHOR_REACH_DAYS: i64 = 45;

/// How many sentences away an article's report may date an anchor. News
/// articles are far shorter; on a hostile page of thousands of sentences
/// it keeps the work per anchor bounded.
const ANCHOR_REACH_SENTENCES: usize = 200;

/// True when a report told with `report` can date an act told with `act`:
/// what is done is dated by what was done, what is to come (or may come)
/// by what is to come.
fn same_reality(act: Modality, report: Modality) -> bool {
    match act {
        Modality::Occurred => report == Modality::Occurred,
        Modality::Planned | Modality::Speculated => {
            matches!(report, Modality::Planned | Modality::Speculated)
        }
        Modality::Negated => false,
    }
}

/// Date the anchored mentions by the article's own dated reports of an
/// event of the anchor's kind (its type, else its type group), told in the
/// same reality (see [`same_reality`]), near the day of writing when it is
/// known (see [`ANCHOR_REACH_DAYS`]) and, after a possessive (`lors de sa
/// visite`), whose actors are all the act's. Of those, the ones nearest
/// the day of writing count (the article's current event); when they
/// disagree, the date most of them give wins, and a tie dates nothing.
fn date_by_anchors(
    out: &mut [EventMention],
    requests: Vec<AnchorRequest>,
    published: Option<DateInterval>,
) {
    let group = crate::affinity::type_group;
    let mut found: Vec<(usize, EventTime)> = Vec::new();
    for AnchorRequest { mention, anchor: r } in requests {
        let act = &out[mention];
        // `lors de sa visite`: the visit of someone the act names, so every
        // actor of the report must be one of the act's
        let owner_shared = |m: &EventMention| {
            r.reference == anchor::Reference::Definite
                || (!m.participants.is_empty()
                    && m.participants.iter().all(|p| act.participants.contains(p)))
        };
        let gap = |d: &DateInterval| {
            published.map_or(0, |p| {
                if d.end < p.start {
                    (p.start - d.end).num_days()
                } else {
                    (d.start - p.end).num_days().max(0)
                }
            })
        };
        let near = |d: &DateInterval| gap(d) <= ANCHOR_REACH_DAYS;
        // mentions are in sentence order: only those within reach are read
        let lo = out.partition_point(|m| m.sentence + ANCHOR_REACH_SENTENCES < act.sentence);
        let hi = out.partition_point(|m| m.sentence <= act.sentence + ANCHOR_REACH_SENTENCES);
        let reports_of = |same: &dyn Fn(EventType) -> bool| -> Vec<DateInterval> {
            out[lo..hi]
                .iter()
                .filter(|m| same(m.event_type))
                .filter(|m| same_reality(act.modality, m.modality) && owner_shared(m))
                .filter_map(|m| m.time.as_ref().map(|t| t.interval))
                .filter(|d| near(d))
                .collect()
        };
        let mut reports = reports_of(&|t| t == r.target);
        if reports.is_empty() {
            reports = reports_of(&|t| group(t) == group(r.target));
        }
        // the article's current event is the one nearest its day of writing
        let nearest = reports.iter().map(gap).min().unwrap_or(0);
        reports.retain(|d| gap(d) == nearest);
        let Some(date) = most_reported(&reports) else {
            continue;
        };
        let Some(interval) = anchor::shifted(date, r.shift) else {
            continue;
        };
        found.push((
            mention,
            EventTime {
                interval,
                expression: r.expression,
                value: crate::temporal::resolve::value_of(&interval),
                rule: "event-anchor".into(),
            },
        ));
    }
    for (i, time) in found {
        out[i].time = Some(Box::new(time));
    }
}

/// The date most reports give: the narrowest of the reports that overlap
/// the most others, when more reports overlap it than overlap any report
/// it misses; None on a tie.
fn most_reported(reports: &[DateInterval]) -> Option<DateInterval> {
    let support = |d: &DateInterval| reports.iter().filter(|o| o.overlaps(d)).count();
    let best = reports
        .iter()
        .max_by_key(|d| (support(d), std::cmp::Reverse(d.days())))?;
    let rival = reports
        .iter()
        .filter(|d| !d.overlaps(best))
        .map(support)
        .max()
        .unwrap_or(0);
    (support(best) > rival).then_some(*best)
}

/// The items whose span lies inside `outer`, found by binary search: items
/// are sorted by span start (entities and timexes are), so a long document
/// costs O(n log n), not O(sentences × items).
fn within<T>(items: &[T], outer: Span, span: impl Fn(&T) -> Span) -> Vec<&T> {
    let first = items.partition_point(|x| span(x).start < outer.start);
    items[first..]
        .iter()
        .take_while(|x| span(x).start < outer.end)
        .filter(|x| outer.contains(span(x)))
        .collect()
}

/// People an anaphor may reach back to: the most recent this many distinct
/// ones. An anaphor takes one or two of them, passing over the clause's own
/// participants (`les deux dirigeants`: the leaders among them); a clause
/// naming more than 60 people, or an anaphor reaching back over 60 other
/// people, is no news French.
const ANTECEDENT_PEOPLE: usize = 64;

/// Keep of the people named so far (most recent last) only the latest
/// mention of each of the [`ANTECEDENT_PEOPLE`] most recent distinct ones,
/// in order: [`with_antecedents`] reads them most recent first and takes
/// each person once, so the earlier mentions of a person and the people
/// beyond the bound are never read, and each clause copies a bounded list
/// (a page naming thousands of people was quadratic).
fn keep_latest_people(named: &mut Vec<&EntityMention>) {
    let same =
        |a: &EntityMention, b: &EntityMention| a.entity_id == b.entity_id && a.name == b.name;
    let mut kept: Vec<&EntityMention> = Vec::with_capacity(ANTECEDENT_PEOPLE);
    for &e in named.iter().rev() {
        if kept.len() == ANTECEDENT_PEOPLE {
            break;
        }
        if !kept.iter().any(|k| same(k, e)) {
            kept.push(e);
        }
    }
    kept.reverse();
    *named = kept;
}

/// Add the people an anaphor stands for to a clause's participants, when
/// the clause itself names fewer (`named_people`, 0 when it names only
/// who the act is done to): one person for `il`, the last two for `les
/// deux dirigeants`, the people of the last sentence for `ils`; people
/// already taking part are passed over.
fn with_antecedents(
    mut participants: Vec<EntityRef>,
    anaphor: Anaphor,
    named_people: usize,
    before: &[&EntityMention],
) -> Vec<EntityRef> {
    let people: Vec<&EntityMention> = before
        .iter()
        .copied()
        .filter(|e| e.entity_type == EntityType::Person)
        .collect();
    let mut distinct: Vec<EntityRef> = Vec::new();
    for e in people.iter().rev() {
        let r = to_ref(e);
        if !distinct.contains(&r) {
            distinct.push(r);
        }
    }
    let wanted = match anaphor {
        Anaphor::One | Anaphor::Latest => 1,
        Anaphor::Pair | Anaphor::Many => 2,
    };
    if named_people >= wanted {
        return participants;
    }
    let missing = wanted - named_people;
    let antecedents: Vec<EntityRef> = distinct
        .into_iter()
        .filter(|r| !participants.contains(r))
        .take(missing)
        .collect();
    participants.extend(antecedents);
    participants.sort();
    participants
}

/// True when `clause` opens on a verb of saying (its auxiliary included):
/// after a comma, French puts the verb of an incise first and its subject
/// after it (`…, a annoncé l'armée`, `…, indique le Kremlin`, `…, ont
/// rapporté les médias d'État`).
fn opens_on_report(body: &str, base: usize, clause: Clause, hits: &[TriggerHit<'_>]) -> bool {
    let start = clause.span.start - base;
    let end = clause.span.end - base;
    hits.iter()
        .filter(|h| h.event_type.is_reporting() && h.pos.is_verbal())
        .map(|h| h.auxiliary.map_or(h.start, |a| a.min(h.start)))
        .filter(|&at| start <= at && at < end)
        .any(|at| {
            body.get(start..at)
                .is_some_and(|w| w.chars().all(|c| !c.is_alphanumeric()))
        })
}

/// True when the verb group of `hit` (its auxiliary or reflexive clitic
/// included) opens `clause`: nothing but punctuation stands before it.
fn opens_on_verb(body: &str, base: usize, clause: Clause, hit: &TriggerHit<'_>) -> bool {
    let start = clause.span.start - base;
    // `s'est entretenu`: the clitic stands before the auxiliary
    let at = hit.auxiliary.map_or(hit.start, |a| a.min(hit.start));
    at >= start
        && body
            .get(start..at)
            .is_some_and(|w| w.chars().all(|c| !c.is_alphanumeric()))
}

/// True for a clause that only says who says so: `selon Kiev`, `d'après Tass`.
fn is_attributive(clause: &str) -> bool {
    let c = clause
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    c.starts_with("selon ") || c.starts_with("d'après ")
}

/// Words at most in a clause that is a name in apposition (`, Dmitri
/// Peskov,`, `, le général Valeri Guerassimov,`).
const APPOSITION_WORDS: usize = 4;

/// Which clauses name a source (`selon X`, `d'après X`): those that open
/// with it, and a short clause right after one, the name in apposition to
/// its description (`Selon le porte-parole du Kremlin, Dmitri Peskov, …`).
fn attributive_clauses<'a>(clauses: &[Clause], slice: impl Fn(&Clause) -> &'a str) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::with_capacity(clauses.len());
    for c in clauses {
        let words = slice(c);
        let apposition = out.last() == Some(&true) && is_name_apposition(words);
        out.push(is_attributive(words) || apposition);
    }
    out
}

/// True for a clause that is a name in apposition: a few words
/// ([`APPOSITION_WORDS`]) that open with a capital (`, Dmitri Peskov`).
fn is_name_apposition(words: &str) -> bool {
    words.split_whitespace().count() <= APPOSITION_WORDS
        && words
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
}

/// The dated expression of the trigger's clause. A clause that is a date
/// alone dates the clause before it (`a indiqué, hier, la Présidence`) or,
/// at the head of a sentence (after connectives alone: `Puis, entre le 18
/// et le 19 juin, …`), the clause after it and, for a verb of action
/// ([`Verbal::Act`]: no noun, no present participle), every later clause up to
/// one that has a time of its own
/// (see [`FrontedReach`]): French fronts the date of the main verb
/// and lets appositions and relatives stand between (`En juillet 2000,
/// Poutine, élu quelques mois plus tôt, devient le premier … à se rendre en
/// Corée du Nord, où il rencontre Kim Jong-il`). A date restated by another
/// (`après-demain, soit demain`) stands for the one that restates it. An
/// event noun with no date of its own takes the date of the `que` clause
/// right after it, unless that clause reports speech (see
/// [`ClauseFacts::dates_the_noun_before`]).
#[allow(clippy::too_many_arguments)]
fn governing_time(
    (s, noun_complement): (&str, &[String]),
    clauses: &[Clause],
    facts: &[ClauseFacts],
    ci: usize,
    trigger: Span,
    other_verbs: &[Span],
    verb: Verbal,
    times: &[&Timex],
) -> Governing {
    let reach = |k: usize| facts.get(k).map(|f| f.reach);
    // a date that waits for the publication day counts as a date here, so
    // that the same expression governs the clause with or without metadata
    let usable = |t: &Timex| t.interval.is_some() || t.pending.is_some();
    let resolve = |t: &Timex| -> Option<Timex> {
        // `depuis juillet 2000` starts a state (`première visite depuis…`):
        // it does not date the event of the clause
        if t.text.to_lowercase().starts_with("depuis") {
            return None;
        }
        if usable(t) {
            return Some(t.clone());
        }
        match &t.anchor {
            Anchor::Expression { span, .. } if t.rule == "restated" => times
                .iter()
                .find(|x| x.span == *span && usable(x))
                .map(|x| Timex {
                    text: t.text.clone(),
                    ..(*x).clone()
                }),
            _ => None,
        }
    };
    // a date belongs to the clause it starts in; of several, the one
    // nearest the trigger (`a reçu mercredi … après leur sommet d'avril 2019`)
    let in_clause = |c: &Clause| -> Option<Timex> {
        // a reported noun keeps only the dates after it (`a annoncé lundi
        // la visite de Poutine les 18 et 19 juin`)
        let from = if verb == Verbal::Reported {
            trigger.end
        } else {
            c.span.start
        };
        times
            .iter()
            .filter(|t| from.max(c.span.start) <= t.span.start && t.span.start < c.span.end)
            .filter(|t| !dated_by_another_verb(t.span, other_verbs))
            .filter_map(|t| resolve(t))
            .min_by_key(|t| (distance(t.span, trigger), std::cmp::Reverse(t.span.start)))
    };
    let alone = |ci: usize| -> Option<Timex> {
        let c = clauses.get(ci)?;
        let t = in_clause(c)?;
        // nothing else in the clause but punctuation and an article (`, le
        // 13 septembre.`), or words of a part of the day (`Dans la nuit de
        // mardi à mercredi`)
        let rest = c.span.len().saturating_sub(t.span.len());
        (rest <= 7 || facts.get(ci).is_some_and(|f| f.framed_date)).then_some(t)
    };
    // the date alone at the head of the sentence, when nothing between it
    // and the trigger's clause stops its reach
    // a colon or a semicolon starts a statement with a head of its own
    let statement_start = (0..=ci)
        .rev()
        .find(|&k| facts.get(k).is_some_and(|f| f.opens_statement))
        .unwrap_or(0);
    // …unless the date alone is that head: the entry of a chronology (`- 19
    // juin 2024 : Poutine et Kim signent un traité`, `Octobre 2024 : des
    // soldats sont envoyés`), a date that opens the sentence and its colon
    let statement_start = match statement_start {
        1 if alone(0).is_some() => 0,
        start => start,
    };
    // (a verbless frame of simultaneity or place may stand before the date:
    // `Lors de cette rencontre, le 13 septembre, les deux dirigeants…`)
    let frame = |k: usize| facts.get(k).is_some_and(|f| f.frame);
    let fronted = || -> Option<Timex> {
        let head = (statement_start..ci).find(|&k| {
            (reach(k) != Some(FrontedReach::Connective) && !(frame(k) && alone(k + 1).is_some()))
                || alone(k).is_some()
        })?;
        let stopped = (head + 1..=ci).any(|k| reach(k) == Some(FrontedReach::Stops));
        // past the main clause, a noun is a complement (`… pour faire
        // progresser le « partenariat »`) and a present participle a
        // comment (`…, confirmant ce qui a été rapporté`), not the act the
        // date fronts
        if stopped || verb == Verbal::Reported || (ci > head + 1 && verb != Verbal::Act) {
            return None;
        }
        // dates in apposition, each alone in its clause, tell one time
        // more and more precisely (`Il y a un an, en octobre 2023, Lavrov
        // s'était rendu…`, `L'an dernier, le 19 juin, …`): the narrowest
        // that lies strictly within the one before it (of the same day
        // twice, `Avant-hier, vendredi,`, the first); a date stated in
        // full restates one counted from another day (`Quelques mois plus
        // tard, les 19 et 20 juillet 2000,`, `Il y a deux ans, en octobre
        // 2023,`): the count is the writer's approximation, the calendar
        // date the fact, so the stated one wins even where the two disagree
        let stated = |t: &Timex| t.interval.is_some() && t.anchor == Anchor::None;
        let mut pick = alone(head)?;
        for k in head + 1..ci {
            let Some(next) = alone(k) else { break };
            match (pick.interval, next.interval) {
                (Some(wide), Some(narrow))
                    if wide.start <= narrow.start
                        && narrow.end <= wide.end
                        && (narrow.start, narrow.end) != (wide.start, wide.end) =>
                {
                    pick = next;
                }
                _ if stated(&next) && !stated(&pick) => pick = next,
                _ => break,
            }
        }
        Some(pick)
    };
    // the relative clause right after an event noun tells when it happened
    let relative = || -> Option<Timex> {
        let next = clauses.get(ci + 1)?;
        let noun = matches!(verb, Verbal::Noun | Verbal::Reported);
        let dates = noun && facts.get(ci + 1)?.dates_the_noun_before;
        dates.then(|| in_clause(next)).flatten()
    };
    // a date alone after the clause (`…, le 13 septembre.`), unless a
    // colon puts it at the head of the next statement
    let trailing = || {
        let next = facts.get(ci + 1)?;
        (!next.opens_statement && verb != Verbal::Reported)
            .then(|| alone(ci + 1))
            .flatten()
    };
    // `C'est en avril 2019 que Kim a rencontré…`, `Il a fallu attendre
    // juin 2024 pour que Poutine se rende…`: the date a cleft head focuses
    // is the date of what follows it
    let focused = || {
        let mut head = ci.checked_sub(1)?;
        if facts.get(head)?.bare_opener {
            head = head.checked_sub(1)?;
        }
        let focus = facts.get(head)?.focus_head && facts.get(ci)?.follows_focus;
        focus.then(|| in_clause(&clauses[head])).flatten()
    };
    // a date that completes a noun of the act's clause (`débarque à
    // Pyongyang pour les célébrations du 70e anniversaire de l'armistice`)
    // names which celebrations: it dates a verb of action only when no
    // other date of the sentence does (`Le 26 juillet, … débarque`)
    let own = || {
        let mut own = in_clause(&clauses[ci])?;
        if verb == Verbal::Act && completes_a_noun(s, own.span, noun_complement) {
            let c = &clauses[ci];
            own = times
                .iter()
                .filter(|t| c.span.start <= t.span.start && t.span.start < c.span.end)
                .filter(|t| !completes_a_noun(s, t.span, noun_complement))
                .filter(|t| !dated_by_another_verb(t.span, other_verbs))
                .filter_map(|t| resolve(t))
                .min_by_key(|t| (distance(t.span, trigger), std::cmp::Reverse(t.span.start)))?;
        }
        Some(own)
    };
    let Some(pick) = own()
        .or_else(focused)
        .or_else(trailing)
        .or_else(relative)
        .or_else(fronted)
        .or_else(|| in_clause(&clauses[ci]))
    else {
        return Governing::None;
    };
    let pending = pick.pending.map(|spec| {
        Box::new(PendingTime {
            expression: pick.text.clone(),
            rule: pick.rule.clone(),
            tense: pick.tense,
            spec,
        })
    });
    match (pick.interval, pending) {
        (Some(interval), pending) => Governing::Dated(
            EventTime {
                interval,
                expression: pick.text,
                value: pick.value,
                rule: pick.rule,
            },
            pending,
        ),
        (None, Some(p)) => Governing::Pending(p),
        (None, None) => Governing::None,
    }
}

/// True for a date right after `de`, `du`, `des` or `d'` (`words`: the
/// `noun_complement` list of `data/events/context.toml`): it completes a
/// noun (`les célébrations du 70e anniversaire`, `le défilé du 9 mai`) and
/// names which one, not when the clause's verb acts.
fn completes_a_noun(s: &str, date: Span, words: &[String]) -> bool {
    let before = s.get(..date.start).unwrap_or("").trim_end();
    let word_start = before
        .char_indices()
        .rfind(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].to_lowercase().replace('’', "'");
    words.contains(&word)
}

/// Words at most of a frame that may stand before a fronted date (`Lors
/// de la cérémonie au cosmodrome de Vostotchny`): longer, it is more likely
/// a clause of its own whose verb the lexicon lacks.
const MAX_FRAME_WORDS: usize = 10;

/// Bytes at most between a verb and a date that is its own (`signé en
/// juin`, `arrivé mardi`, `signé le 19 juin`: the date's span starts at the
/// day): a space, the article `le`, a comma.
const OWN_DATE_GAP_BYTES: usize = 5;

/// True when `hit` is an agreement noun that a verb of ratification of
/// its clause is about, as its object (`La Douma ratifie le traité le 24
/// octobre`, `a approuvé l'accord`) or its subject (`Le traité est entré
/// en vigueur le 4 décembre`, `l'accord ratifié par la Douma`): the treaty
/// was signed before, and the clause tells only a step of its
/// ratification, not a new agreement.
fn ratified_object(
    hits: &[TriggerHit<'_>],
    hit: &TriggerHit<'_>,
    clause: Clause,
    base: usize,
) -> bool {
    let local = clause.span.start - base..clause.span.end - base;
    hit.event_type == EventType::Agreement
        && !hit.pos.is_verbal()
        && hits.iter().any(|h| {
            h.event_type == EventType::Ratification && h.pos.is_verbal() && local.contains(&h.start)
        })
}

/// True when two acts' words may share a date that stands right after
/// one of them: the same type (`le traité signé en juin`), or two legs of
/// one trip (`arrivé mardi à bord de son train blindé`).
fn same_act_family(a: EventType, b: EventType) -> bool {
    a == b || (a.is_journey() && b.is_journey())
}

/// True when the date at `date` stands right after the verb of another
/// act of the sentence: a date right after a verb is that verb's, whether
/// the verb comes after the trigger (`le déploiement a été décidé en
/// application du traité signé en juin dernier`: June is the signature's)
/// or before it (`a rendu hommage lundi aux soldats envoyés combattre`:
/// Monday is the homage's, not the sending's nor the fighting's; `arrivé
/// dimanche pour le sommet`: Sunday is the arrival's). `other_verbs` are
/// the verbs of acts of another family ([`same_act_family`]).
fn dated_by_another_verb(date: Span, other_verbs: &[Span]) -> bool {
    other_verbs
        .iter()
        .any(|o| o.end <= date.start && date.start - o.end <= OWN_DATE_GAP_BYTES)
}

/// The date of an act with none of its own, from a clause of time of its
/// sentence that has one: after the act (`La Corée du Nord a tiré deux
/// missiles peu après que Vladimir Poutine est arrivé jeudi`: Thursday or
/// Friday) or opening the sentence (`Quand Vladimir Poutine a atterri
/// vendredi à Pyongyang, Kim Jong-un l'a accueilli`: Friday). The clause
/// runs to the next comma or stop; no other verb of an event may stand
/// between the act and a clause after it (it would be that verb's). The
/// conjunctions are data (`[clauses]` in data/events/anchors.toml).
fn clause_of_time(
    body: &str,
    lower: &str,
    base: usize,
    hit: &TriggerHit<'_>,
    hits: &[TriggerHit<'_>],
    times: &[&Timex],
    lexicon: &EventLexicon,
) -> Option<EventTime> {
    // offsets are shared with `body`: give up on the rare letters whose
    // lowercase is longer
    if lower.len() != body.len() {
        return None;
    }
    let stop = |from: usize| {
        lower[from..]
            .find([',', ';', ':', '.', '!', '?'])
            .map_or(lower.len(), |i| from + i)
    };
    let opening = lower.len() - lower.trim_start().len();
    let (clause, shift, conjunction) = match lexicon.anchors.first_conjunction(lower) {
        // `Quand X a atterri vendredi, Kim l'a accueilli`
        Some((start, end, shift)) if start == opening => {
            let clause = end..stop(end);
            if hit.start <= clause.end {
                return None;
            }
            (clause, shift, &body[start..end])
        }
        _ => {
            let tail = &lower[hit.end..];
            let (start, end, shift) = lexicon.anchors.first_conjunction(tail)?;
            let (start, end) = (hit.end + start, hit.end + end);
            let between = &lower[hit.end..start];
            let verb_between = hits
                .iter()
                .any(|h| h.start > hit.end && h.start < start && h.pos.is_verbal());
            if between.contains([';', ':', '.']) || verb_between {
                return None;
            }
            (end..stop(end), shift, &body[start..end])
        }
    };
    let date = times.iter().find(|t| {
        let at = t.span.start.saturating_sub(base);
        t.span.start >= base && clause.contains(&at) && t.interval.is_some_and(|i| i.start == i.end)
    })?;
    let day = date.interval?.start;
    let (first, last) = shift.days_from(day);
    Some(EventTime {
        interval: DateInterval::new(first, last, crate::model::Precision::Day),
        expression: format!("{conjunction} … {}", date.text),
        value: if first == last {
            first.to_string()
        } else {
            format!("{first}/{last}")
        },
        rule: shift.rule().to_string(),
    })
}

/// The date of an act told in a clause that says it happened at the time
/// (or the place) of the clause before it, when it has no date of its
/// own:
/// - a clause of simultaneity after its main clause (`Sa dernière visite
///   remonte à avril 2019, quand il avait rencontré Vladimir Poutine à
///   Vladivostok`: April 2019; `quand`, `lorsque`, `au moment où`, the
///   `same` list of `[clauses]` in data/events/anchors.toml);
/// - a relative clause of place after the place a trip reached, both told
///   in the passé composé (`Lavrov est arrivé mercredi à Pyongyang, où il
///   a été accueilli par Mme Choe`: Wednesday). A pluperfect (`où il avait
///   été reçu`) tells an earlier time, a future (`où il rencontrera`) a
///   later one: neither is dated so.
///
/// The main clause runs back to a colon, a semicolon or the sentence's
/// start; its one date (of any length) is the act's; two date nothing. No
/// punctuation and no other verb of an event may stand between the
/// conjunction and the act.
#[allow(clippy::too_many_arguments)]
fn main_clause_time(
    body: &str,
    lower: &str,
    base: usize,
    hit: &TriggerHit<'_>,
    hits: &[TriggerHit<'_>],
    times: &[&Timex],
    entities: &[&EntityMention],
    lexicon: &EventLexicon,
) -> Option<EventTime> {
    // offsets are shared with `body`: give up on the rare letters whose
    // lowercase is longer
    if lower.len() != body.len() {
        return None;
    }
    let lead = lower.get(..hit.predicate_start())?;
    let relative = lead.rfind(", où ").map(|at| (at, at + ", où ".len()));
    let conjunction = lexicon.anchors.last_same_conjunction(lead);
    let (start, end, of_place) = match (conjunction, relative) {
        (Some((s, _)), Some((rs, re))) if rs > s => (rs, re, true),
        (Some((s, e)), _) => (s, e, false),
        (None, Some((rs, re))) => (rs, re, true),
        (None, None) => return None,
    };
    // the act opens the clause: nothing but its subject between them
    let gap = &lower[end..hit.predicate_start()];
    let verb_between = hits
        .iter()
        .any(|h| h.start >= end && h.start < hit.start && h.pos.is_verbal());
    if gap.contains([',', ';', ':', '(', ')']) || verb_between {
        return None;
    }
    // the clause has no date of its own, even after the act
    let clause_end = lower[hit.end..]
        .find([',', ';', ':', '.', '!', '?'])
        .map_or(lower.len(), |i| hit.end + i);
    let in_clause = |t: &&&Timex| {
        let at = t.span.start.saturating_sub(base);
        t.span.start >= base && (end..clause_end).contains(&at)
    };
    if times.iter().any(|t| in_clause(&t)) {
        return None;
    }
    let main_from = lower[..start].rfind([';', ':']).map_or(0, |i| i + 1);
    if lower[main_from..start].trim().is_empty() {
        return None;
    }
    if of_place {
        // `à Pyongyang, où`: the relative is the place's
        let place_before = entities.iter().any(|e| {
            e.entity_type == EntityType::Place
                && e.span.end >= base
                && lower
                    .get(e.span.end - base..start)
                    .is_some_and(|gap| gap.trim().is_empty())
        });
        let perfect = |h: &TriggerHit<'_>| h.now && h.auxiliary.is_some() && h.is_finite();
        let trip_before = hits.iter().any(|h| {
            h.event_type.is_journey() && h.end <= start && h.start >= main_from && perfect(h)
        });
        if !(place_before && trip_before && perfect(hit)) {
            return None;
        }
    }
    let (interval, date) = the_one_date(
        times
            .iter()
            .filter(|t| t.span.start >= base + main_from && t.span.end <= base + start)
            .filter_map(|t| t.interval.map(|i| (i, *t))),
    )?;
    Some(EventTime {
        interval,
        expression: format!(
            "{} … {}",
            date.text,
            body[start..end].trim_matches([',', ' '])
        ),
        value: date.value.clone(),
        rule: if of_place {
            "where-clause"
        } else {
            "main-clause"
        }
        .to_string(),
    })
}

/// The day of an event noun named as the eve or the morrow of the act of
/// its sentence: `Kim est arrivé mardi, à la veille d'un gigantesque
/// défilé` (the parade is on Wednesday), `Au lendemain de son arrivée,
/// Kim a pris place ce mercredi` (the arrival was on Tuesday). The act's
/// day is the one date of a day the sentence gives outside the noun's
/// clause; two such dates, or none, date nothing. The phrases are data
/// (`day_before`, `day_after` in data/events/anchors.toml).
fn eve_or_morrow(
    body: &str,
    base: usize,
    clause: Span,
    hit: &TriggerHit<'_>,
    times: &[&Timex],
    lexicon: &EventLexicon,
) -> Option<EventTime> {
    // a war, fighting or a deployment has no eve of one day: `à la veille
    // d'une guerre` is the brink of it, a figure
    if !dated_by_another_act(hit) {
        return None;
    }
    let before = body.get(clause.start.checked_sub(base)?..hit.start)?;
    let offset = lexicon.anchors.eve_or_morrow(&before.to_lowercase())?;
    let (day, act) = the_one_date(
        times
            .iter()
            .filter(|t| !clause.overlaps(t.span))
            .filter_map(|t| t.interval.filter(|i| i.start == i.end).map(|i| (i, *t))),
    )?;
    let day = day.start;
    let event_day = day.checked_add_signed(chrono::Duration::days(offset))?;
    Some(EventTime {
        interval: DateInterval::day(event_day),
        expression: format!(
            "{} … {}",
            before.trim_matches(|c: char| c == ',' || c.is_whitespace()),
            act.text
        ),
        value: event_day.to_string(),
        rule: if offset > 0 { "eve-of" } else { "morrow-of" }.to_string(),
    })
}

/// Whether a trigger may take its date from another act its sentence
/// tells (the eve of it, the act it was the setting of, the act of
/// attending it): an event noun that happens at once. A verb dates its
/// own act, and a lasting state (`pendant la guerre`, `à la veille d'une
/// guerre`) is no one moment another act can point at.
fn dated_by_another_act(hit: &TriggerHit<'_>) -> bool {
    !hit.pos.is_verbal() && !hit.event_type.is_lasting()
}

/// The one date of `dates` (an act's, as the sentence gives it) with the
/// first expression that gives it; two different dates give none: which
/// one is the act's, the sentence does not say.
fn the_one_date<'t>(
    mut dates: impl Iterator<Item = (DateInterval, &'t Timex)>,
) -> Option<(DateInterval, &'t Timex)> {
    let (date, first) = dates.next()?;
    dates
        .all(|(other, _)| other == date)
        .then_some((date, first))
}

/// Determiners of a plural noun phrase (`des` is `de` + `les`).
const PLURAL_DETERMINERS: [&str; 6] = ["les", "des", "ses", "leurs", "ces", "aux"];

/// The longest date an act told before `lors de` may give the event
/// noun: a day, a week or a month (a year says too little of when).
const DURING_DAYS: i64 = 31;

/// A date of an event noun the act of its sentence took place during:
/// `Le texte avait été signé le 19 juin à Pyongyang, lors de la première
/// visite de Vladimir Poutine` (the visit covers 19 June), `le traité
/// signé en juin 2024 lors du sommet` (the summit was in June 2024). The
/// act's date is the one date the sentence gives before the noun; two,
/// or none, date nothing, and a lasting state (`pendant la guerre`) is
/// never dated so. The date is one the event covers, not its whole (a
/// visit may have lasted longer). The phrases are data (`during` in
/// data/events/anchors.toml).
fn during_act(
    body: &str,
    base: usize,
    hit: &TriggerHit<'_>,
    times: &[&Timex],
    lexicon: &EventLexicon,
) -> Option<EventTime> {
    if !dated_by_another_act(hit) {
        return None;
    }
    let lead = body.get(..hit.start)?;
    let phrase_from = lead.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let phrase = lead[phrase_from..].to_lowercase();
    if !lexicon.anchors.during(&phrase) {
        return None;
    }
    // `lors de ses rares voyages`, `pendant les sommets`: events in the
    // plural are a habit, not the one the act took place during
    let plural = phrase
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PLURAL_DETERMINERS.contains(&w));
    if plural {
        return None;
    }
    noun_dated_by_act(
        body,
        hit,
        times.iter().filter(|t| t.span.end <= base + hit.start),
        "during-act",
    )
}

/// The date an event noun takes from the act its sentence tells: the one
/// date of `times` (two different ones give none), a day to a month
/// ([`DURING_DAYS`]), with the act's words and the noun as its expression.
fn noun_dated_by_act<'t>(
    body: &str,
    hit: &TriggerHit<'_>,
    times: impl Iterator<Item = &'t &'t Timex>,
    rule: &str,
) -> Option<EventTime> {
    let (interval, act) = the_one_date(times.filter_map(|t| t.interval.map(|i| (i, *t))))?;
    if (interval.end - interval.start).num_days() >= DURING_DAYS {
        return None;
    }
    Some(EventTime {
        interval,
        expression: format!("{} … {}", act.text, body.get(hit.start..hit.end)?),
        value: interval.start.to_string(),
        rule: rule.to_string(),
    })
}

/// Words a date that opens a sentence may start with outside its
/// expression: a preposition or a determiner (`Le 19 juin, …`, `En
/// juillet 2023, …`).
const DATE_OPENERS: [&str; 9] = ["le", "la", "l'", "en", "au", "à", "dans", "ce", "cette"];

/// A date of an event noun that a verb of attending governs: `Kim,
/// Poutine et Xi ont assisté mercredi matin, depuis la tribune, au grand
/// défilé militaire` (the parade was on Wednesday), `a pris part jeudi à
/// la cérémonie`. As for [`during_act`], the date is the one the sentence
/// gives before the noun, a day to a month; a plural (`aux défilés`), a
/// lasting state or two dates give nothing. The verbs are data (`attend`
/// in data/events/anchors.toml).
fn attended_act(
    body: &str,
    base: usize,
    hit: &TriggerHit<'_>,
    times: &[&Timex],
    lexicon: &EventLexicon,
) -> Option<EventTime> {
    if !dated_by_another_act(hit) {
        return None;
    }
    let verb_at = lexicon.anchors.attended(body.get(..hit.start)?)?;
    // the verb's own date (after it), or one that opens the sentence, its
    // preposition aside (`En juillet 2023, Choïgou assiste au défilé`,
    // `Le 19 juin`); not a date of a clause
    // before it (`Arrivé vendredi de Malaisie, où il participait à une
    // réunion`)
    let opens_sentence = |t: &Timex| {
        body.get(..t.span.start.saturating_sub(base))
            .is_some_and(|lead| {
                let lead = lead.trim().to_lowercase();
                lead.is_empty() || DATE_OPENERS.contains(&lead.as_str())
            })
    };
    noun_dated_by_act(
        body,
        hit,
        times
            .iter()
            .filter(|t| t.span.end <= base + hit.start)
            .filter(|t| t.span.start >= base + verb_at || opens_sentence(t)),
        "attended-act",
    )
}

/// Where an event's length or bounds are read: the trigger's clause, and
/// for an event noun the relative clause right after it (`une visite qui
/// durera jusqu'à vendredi`), unless a comma parts them (`…, qui`: a
/// comment on what comes before).
fn stay_reach(
    text: &str,
    clauses: &[Clause],
    ci: usize,
    trigger: Span,
    hit: &TriggerHit<'_>,
) -> Span {
    let clause = clauses[ci].span;
    let Some(next) = clauses.get(ci + 1) else {
        return clause;
    };
    let opens_qui = text
        .get(next.span.start..next.span.end)
        .is_some_and(|w| w.trim_start().to_lowercase().starts_with("qui "));
    let parted = text
        .get(trigger.end..next.span.start)
        .is_none_or(|gap| gap.contains(','));
    if !hit.pos.is_verbal() && opens_qui && !parted {
        Span::new(clause.start, next.span.end)
    } else {
        clause
    }
}

/// Characters between two spans (0 when they overlap).
fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The date that governs a clause: resolved (with its spec when the
/// publication day may be overruled), waiting for the publication day, or
/// none.
enum Governing {
    Dated(EventTime, Option<Box<PendingTime>>),
    Pending(Box<PendingTime>),
    None,
}

/// A vague window (`dans les prochains jours`) in the clause: constrains, never dates.
fn sentence_window(
    clauses: &[Clause],
    ci: usize,
    timexes: &[Timex],
) -> Option<crate::model::DateInterval> {
    timexes
        .iter()
        .find(|t| t.kind == TimexKind::Vague && clauses[ci].span.overlaps(t.span))
        .and_then(|t| t.interval)
}

fn to_ref(e: &EntityMention) -> EntityRef {
    EntityRef::new(e.entity_id.clone(), e.name.clone())
}

/// True for a clause opened by `que` / `qu'` (`a affirmé que 1 500 soldats
/// avaient été acheminés`, `le traité que Poutine a signé`): French names
/// the subject of such a clause inside it (a noun or a pronoun, which the
/// anaphora rules read), so whoever acts in the clause before it (who says
/// so) is not its participant.
fn opens_with_que(clause: &str) -> bool {
    let c = clause.trim_start_matches(|c: char| !c.is_alphanumeric());
    c.starts_with("que ") || c.starts_with("qu'") || c.starts_with("qu’")
}

/// Participants (people, organisations) and places of a clause. A clause
/// that names none takes those of the nearest clause before it in the
/// sentence (`où Poutine est arrivé hier avant de participer à un forum`:
/// the forum is Poutine's), else those of the whole sentence. Reporting
/// verbs speak of the whole sentence. News outlets (`media`) are never
/// participants: they are who says so.
/// An apposition between a person and the verb (`Sergueï Choïgou,
/// secrétaire du Conseil de sécurité russe, s'est rendu…`) names the
/// person's institution, not who acts: a clause with no event word
/// (`with_trigger`) and no person, right after a clause naming a person,
/// is passed over.
fn slots(
    clauses: &[Clause],
    with_trigger: &[bool],
    ci: usize,
    entities: &[&EntityMention],
    event_type: EventType,
    media: &std::collections::BTreeSet<String>,
    own_subject: bool,
) -> (Vec<EntityRef>, Vec<EntityRef>) {
    let names_person = |i: usize| {
        entities
            .iter()
            .any(|e| e.entity_type == EntityType::Person && clauses[i].span.overlaps(e.span))
    };
    let apposition = |i: usize| {
        i < ci
            && i > 0
            && !with_trigger.get(i).copied().unwrap_or(true)
            && !names_person(i)
            && names_person(i - 1)
    };
    let pick = |want: &dyn Fn(&EntityMention) -> bool, scope: Option<Span>| -> Vec<EntityRef> {
        let mut refs: Vec<EntityRef> = entities
            .iter()
            .filter(|e| want(e) && scope.is_none_or(|c| c.overlaps(e.span)))
            .map(|e| to_ref(e))
            .collect();
        refs.sort();
        refs.dedup();
        refs
    };
    let nearest = |want: &dyn Fn(&EntityMention) -> bool, skip: &dyn Fn(usize) -> bool| {
        if event_type.is_reporting() {
            return pick(want, None);
        }
        (0..=ci)
            .rev()
            .filter(|&i| !skip(i))
            .map(|i| pick(want, Some(clauses[i].span)))
            .find(|refs| !refs.is_empty())
            .unwrap_or_else(|| pick(want, None))
    };
    let is_actor = |e: &EntityMention| is_actor(e, media);
    let is_place = |e: &EntityMention| e.entity_type == EntityType::Place;
    let participants = if own_subject && !event_type.is_reporting() {
        pick(&is_actor, Some(clauses[ci].span))
    } else {
        nearest(&is_actor, &apposition)
    };
    (participants, nearest(&is_place, &|_| false))
}

/// True when `span` lies in a clause after the event's (`ci`) that holds
/// a date of its own which does not meet the event's `date`. A clause
/// before it may still be where the event is (`arrivé mardi à Pékin, où
/// il a assisté mercredi au défilé`: `où` stands for Pékin).
fn dated_elsewhere(
    clauses: &[Clause],
    ci: usize,
    span: Span,
    times: &[&Timex],
    date: &DateInterval,
) -> bool {
    clauses.iter().enumerate().any(|(i, c)| {
        i > ci
            && c.span.contains(span)
            && times
                .iter()
                .any(|t| c.span.contains(t.span) && t.interval.is_some_and(|iv| !iv.overlaps(date)))
    })
}

/// One event mention of a sentence, where the sentence's passes find it
/// again: its index in the mentions, its clause, its trigger (document
/// offsets).
#[derive(Debug, Clone, Copy)]
struct Placed {
    mention: usize,
    clause: usize,
    trigger: Span,
}

/// An organisation that speaks in a sentence (the speaker of one of its
/// reports of speech) says so of the sentence's other events too, and
/// does not take part in them: `le Kremlin n'a pas confirmé que la Corée
/// du Nord avait envoyé des soldats`, `une arrivée aussitôt confirmée par
/// le porte-parole du Kremlin`. Not when the act is a perfect infinitive
/// of the report, whose subject is the speaker's (`l'armée a affirmé
/// avoir abattu…`: `infinitives` are where those clauses start, sentence
/// offsets, see [`perfect_infinitives`]). A voice is a speaker named in
/// its report's own clause (an organisation the report names elsewhere in
/// the sentence is more often what it is about). `clauses` and `entities`
/// are in document offsets, `sentence` is the sentence's text, which
/// starts at `base`. An organisation after `selon` is a voice of the whole
/// sentence (`Selon le NIS, 11 000 soldats ont été envoyés`).
fn voices_say_so(
    out: &mut [EventMention],
    placed: &[Placed],
    clauses: &[Span],
    infinitives: &[usize],
    entities: &[&EntityMention],
    sentence: &str,
    base: usize,
) {
    let voices: Vec<EntityRef> = placed
        .iter()
        .filter(|p| out[p.mention].event_type.is_reporting())
        .flat_map(|p| {
            let clause = clauses.get(p.clause).copied();
            out[p.mention].speakers.iter().filter(move |s| {
                clause.is_some_and(|c| is_voice(s, p.trigger, c, entities, sentence, base))
            })
        })
        .cloned()
        .collect();
    // `Selon le NIS, quelque 11 000 soldats ont été envoyés`: an
    // organisation of a `selon` / `d'après` clause (the same test as the
    // attribution's, [`is_attributive`]) is the source of the sentence
    let sources: Vec<&str> = entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Organization)
        .filter(|e| {
            clauses.iter().any(|c| {
                c.contains(e.span)
                    && sentence
                        .get(c.start.saturating_sub(base)..c.end.saturating_sub(base))
                        .is_some_and(is_attributive)
            })
        })
        .map(|e| e.entity_id.as_str())
        .collect();
    if voices.is_empty() && sources.is_empty() {
        return;
    }
    for p in placed {
        let m = &mut out[p.mention];
        if m.event_type.is_reporting() {
            continue;
        }
        // a perfect infinitive of the report: the speaker is its subject
        if clauses
            .get(p.clause)
            .is_some_and(|c| infinitives.contains(&c.start.saturating_sub(base)))
        {
            continue;
        }
        let cited: Vec<EntityRef> = m
            .participants
            .iter()
            .filter(|p| sources.contains(&p.id.as_str()))
            .cloned()
            .collect();
        let mut speakers = m.speakers.to_vec();
        for v in voices.iter().chain(&cited) {
            if m.participants.iter().any(|p| p.id == v.id) && !speakers.iter().any(|s| s.id == v.id)
            {
                speakers.push(v.clone());
            }
        }
        if speakers.len() > m.speakers.len() {
            m.speakers = speakers.into();
        }
        if m.attribution.is_none() {
            m.attribution = m.speakers.first().map(|r| r.name.as_str().into());
        }
    }
}

/// Words at most between a voice and its reporting word (`le Kremlin n'a
/// toujours pas confirmé`: four); farther, the organisation is more often
/// a complement of another word (`une alliance avec le Kremlin même si
/// Washington menace`).
const VOICE_WORDS_BEFORE: usize = 4;

/// True when `speaker` is named as the voice of the report at `trigger` in its clause
/// `clause`: its subject, before the reporting word (`Le Kremlin n'a pas
/// confirmé`), its inverted subject right after it (`a annoncé la
/// présidence russe`) or its agent (`confirmée par le porte-parole du
/// Kremlin`), not a complement farther on (`accusent la Corée du Nord de
/// fournir à l'armée russe`).
fn is_voice(
    speaker: &EntityRef,
    trigger: Span,
    clause: Span,
    entities: &[&EntityMention],
    sentence: &str,
    base: usize,
) -> bool {
    let local = |at: usize| at.saturating_sub(base);
    let (trigger_start, trigger_end) = (trigger.start, trigger.end);
    entities
        .iter()
        .filter(|e| e.entity_id == speaker.id && clause.contains(e.span))
        .any(|e| {
            if e.span.end <= trigger_start {
                // the subject stands a few words before its verb (`Le
                // Kremlin n'a toujours pas confirmé`), with no other name
                // between them (`avec le Kremlin même si Washington menace`)
                let named_between = entities
                    .iter()
                    .any(|o| o.span.start >= e.span.end && o.span.end <= trigger_start);
                return !named_between
                    && sentence
                        .get(local(e.span.end)..local(trigger_start))
                        .is_some_and(|between| place::words(between).len() <= VOICE_WORDS_BEFORE);
            }
            let between = sentence
                .get(local(trigger_end)..local(e.span.start))
                .map(place::words)
                .unwrap_or_default();
            let articles = ["le", "la", "les", "l'"];
            (between.first().is_some_and(|w| w == "par") && between.len() <= 4)
                || (between.len() <= 1 && between.iter().all(|w| articles.contains(&w.as_str())))
        })
}

/// Words a name after `entre` may follow (`entre le président russe
/// Vladimir Poutine et…`) or the second name may follow after `et`.
const PAIR_GAP_WORDS: usize = 4;

/// The two actors (people, organisations) coordinated by `entre … et …`
/// right after an event noun ending at `from`, within its clause (up to
/// `to`): `sommet entre Vladimir Poutine et Kim Jong-un`, `la rencontre
/// entre le président russe Vladimir Poutine et le dirigeant nord-coréen
/// Kim Jong-un`. A place pair (`entre Moscou et Pyongyang`) is left to the
/// places, and words other than titles between (`entre eux, selon Kim et…`)
/// make it none.
fn pair_after_entre<'e>(
    text: &str,
    from: usize,
    to: usize,
    entities: &[&'e EntityMention],
    media: &std::collections::BTreeSet<String>,
) -> Option<[&'e EntityMention; 2]> {
    let after = text.get(from..to)?;
    let lead = after.trim_start();
    let rest = lead.strip_prefix("entre ")?;
    let entre_end = from + (after.len() - rest.len());
    let mut following = entities
        .iter()
        .copied()
        .filter(|e| e.span.start >= entre_end && e.span.end <= to);
    let first = following.next()?;
    let second = following.find(|e| e.entity_id != first.entity_id)?;
    let gap = |a: usize, b: usize| text.get(a..b).map(place::words);
    let before_first = gap(entre_end, first.span.start)?;
    let between = gap(first.span.end, second.span.start)?;
    let titles_only = |w: &[String]| w.len() <= PAIR_GAP_WORDS && !w.iter().any(|x| x == "et");
    let linked = between.first().is_some_and(|w| w == "et") && titles_only(&between[1..]);
    let separated = text
        .get(entre_end..second.span.start)
        .is_some_and(|g| g.contains([',', ';', '(', ')']));
    (titles_only(&before_first)
        && linked
        && !separated
        && [first, second].iter().all(|e| is_actor(e, media)))
    .then_some([first, second])
}

/// People and organisations that can take part in an event: reporters in
/// bylines and credits (role author) write the news, and news outlets say
/// it; neither takes part in its events.
fn is_actor(e: &EntityMention, media: &std::collections::BTreeSet<String>) -> bool {
    e.entity_type != EntityType::Place && !media.contains(&e.entity_id) && e.role.is_none()
}

/// Who says so: a news outlet named in the sentence (`selon Tass`), else,
/// for a non-reporting event, the first person or organisation of a clause
/// that says so (`selon Kiev`, `…, a déclaré M. Peskov`).
fn attribution(
    saying: &[Span],
    entities: &[&EntityMention],
    event_type: EventType,
    media: &std::collections::BTreeSet<String>,
) -> Option<String> {
    if let Some(outlet) = entities.iter().find(|e| media.contains(&e.entity_id)) {
        return Some(outlet.name.clone());
    }
    if event_type.is_reporting() {
        return None;
    }
    entities
        .iter()
        .filter(|e| e.entity_type != EntityType::Place)
        .find(|e| saying.iter().any(|c| c.contains(e.span)))
        .map(|e| e.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The automaton of the cut words finds them where `match_indices`
    /// does, repeated, glued and overlapping ones included.
    #[test]
    fn cut_words_are_found_as_match_indices_finds_them() {
        let words: Vec<&str> = cut_words().collect();
        let mut sentences = vec![
            String::new(),
            " et et et ".to_string(),
            "a que que qu'où où et où selon d'après".to_string(),
        ];
        for (i, w) in words.iter().enumerate() {
            let v = words[(i * 5 + 1) % words.len()];
            sentences.push(format!("{w}{w}{v}x{w}"));
            sentences.push(format!("il a dit{w}{v}{w}pour et"));
        }
        for s in &sentences {
            let expected: Vec<Vec<usize>> = words
                .iter()
                .map(|w| s.match_indices(w).map(|(at, _)| at).collect())
                .collect();
            assert_eq!(cut_words_at(s), expected, "{s:?}");
        }
    }
    use crate::entities::extract as find_entities;
    use crate::model::{DateInterval, Modality};
    use crate::temporal::extract as find_dates;
    use crate::text::normalize;
    use chrono::NaiveDate;

    fn run(sentence: &str) -> Vec<EventMention> {
        let pub_date = DateInterval::day(NaiveDate::from_ymd_opt(2023, 9, 12).unwrap());
        run_at(sentence, Some(pub_date))
    }

    fn run_at(sentence: &str, published: Option<DateInterval>) -> Vec<EventMention> {
        let text = normalize(sentence);
        let m = crate::test_data::matcher();
        let ents = find_entities(&text, m);
        let times = find_dates(&text, published);
        extract(
            "d",
            &text,
            &ents,
            &times,
            published,
            crate::test_data::event_lexicon(),
        )
    }

    /// A country or capital that opens the clause of a report of speech is
    /// its voice, before an organisation the report names: every place ×
    /// four reporting verbs × two openers; as the agent of a noun it is not.
    #[test]
    fn a_country_or_capital_subject_of_a_report_of_speech_speaks() {
        let places = [
            ("Séoul", "seoul"),
            ("Pyongyang", "pyongyang"),
            ("la Corée du Nord", "coree-du-nord"),
            ("Moscou", "moscou"),
        ];
        let verbs = ["a annoncé", "a affirmé", "a démenti", "a déclaré"];
        for (place, id) in places {
            for verb in verbs {
                for opener in ["", "Et "] {
                    let sentence = format!(
                        "{opener}{place} {verb} lundi que les résolutions de l'ONU avaient été violées."
                    );
                    let sentence = sentence[..1].to_uppercase() + &sentence[1..];
                    let found = run(&sentence);
                    let Some(report) = found.iter().find(|m| m.event_type.is_reporting()) else {
                        panic!("{sentence}: {found:#?}");
                    };
                    let voices: Vec<&str> = report.speakers.iter().map(|r| r.id.as_str()).collect();
                    assert_eq!(voices.first(), Some(&id), "{sentence}: {voices:?}");
                }
            }
            let passive = format!("La violation par {place} a été dénoncée lundi par l'ONU.");
            let found = run(&passive);
            assert!(
                found.iter().all(|m| m.speakers.iter().all(|r| r.id != id)),
                "{passive}: {found:#?}"
            );
        }
    }

    /// A country or capital that opens the clause of an act is who acts:
    /// every place × three acts; not when a person acts, nor as the agent
    /// of a noun.
    #[test]
    fn a_country_or_capital_subject_of_an_act_acts() {
        let places = [
            ("Séoul", "seoul"),
            ("Pyongyang", "pyongyang"),
            ("la Corée du Nord", "coree-du-nord"),
            ("Moscou", "moscou"),
        ];
        let acts = [
            ("a tiré lundi deux missiles balistiques", EventType::Launch),
            ("a lancé lundi un satellite espion", EventType::Launch),
            ("a déployé lundi des troupes", EventType::Deployment),
        ];
        for (place, id) in places {
            for (act, event_type) in acts {
                let sentence = format!("{place} {act}.");
                let sentence = sentence[..1].to_uppercase() + &sentence[1..];
                let found = run(&sentence);
                let Some(m) = found.iter().find(|m| m.event_type == event_type) else {
                    panic!("{sentence}: {found:#?}");
                };
                let acting: Vec<&str> = m.acting_places.iter().map(|r| r.id.as_str()).collect();
                assert_eq!(acting, [id], "{sentence}");
                let by_person = format!("Kim Jong-un {act} depuis {place}.");
                let found = run(&by_person);
                assert!(
                    found.iter().all(|m| m.acting_places.is_empty()),
                    "{by_person}: {found:#?}"
                );
            }
        }
    }

    /// Gapping: every predicate × every pair of actors × every connective
    /// × two dates gives the second actor the predicate at the second
    /// date; a clause with a verb of its own, a second name, no date or
    /// the date before the name repeats nothing.
    #[test]
    fn a_clause_of_a_name_and_a_date_repeats_the_verb_before() {
        let predicates = [
            ("est arrivé le 3 novembre à Vladivostok", EventType::Arrival),
            ("s'est rendu le 3 novembre à Pékin", EventType::Visit),
            ("a ratifié le traité le 3 novembre", EventType::Ratification),
        ];
        let firsts = [("Kim Jong-un", "kim-jong-un"), ("La Douma", "douma")];
        let seconds = [
            ("Vladimir Poutine", "vladimir-poutine"),
            ("le Conseil de la Fédération", "conseil-de-la-federation"),
            ("Sergueï Lavrov", "serguei-lavrov"),
        ];
        let dates = [("le 6 novembre", 6), ("le 9 novembre 2024", 9)];
        let published = Some(DateInterval::day(
            NaiveDate::from_ymd_opt(2024, 11, 20).unwrap(),
        ));
        for (predicate, event_type) in predicates {
            for (first, first_id) in firsts {
                for (second, second_id) in seconds {
                    for connective in ["", "et ", "puis "] {
                        for (date, day) in dates {
                            let sentence =
                                format!("{first} {predicate}, {connective}{second} {date}.");
                            let found = run_at(&sentence, published);
                            let of = |id: &str| {
                                found
                                    .iter()
                                    .filter(|m| m.event_type == event_type)
                                    .find(|m| m.participants.iter().any(|p| p.id == id))
                                    .and_then(|m| m.time.as_ref())
                                    .map(|t| t.interval.start.to_string())
                            };
                            assert_eq!(of(first_id).as_deref(), Some("2024-11-03"), "{sentence}");
                            assert_eq!(
                                of(second_id),
                                Some(format!("2024-11-{day:02}")),
                                "{sentence}: {found:#?}"
                            );
                        }
                    }
                }
            }
        }
        for sentence in [
            "Kim Jong-un est arrivé le 3 novembre à Vladivostok, Vladimir Poutine a déjeuné le 6 novembre.",
            "Kim Jong-un est arrivé le 3 novembre à Vladivostok, Vladimir Poutine avec Sergueï Lavrov le 6 novembre.",
            "Kim Jong-un est arrivé le 3 novembre à Vladivostok, Vladimir Poutine aussi.",
            "Kim Jong-un est arrivé le 3 novembre à Vladivostok, le 6 novembre Vladimir Poutine.",
        ] {
            let found = run_at(sentence, published);
            assert!(
                found.iter().all(
                    |m| m.participants.iter().all(|p| p.id != "vladimir-poutine")
                        || m.time.is_none()
                ),
                "{sentence}: {found:#?}"
            );
        }
    }

    #[test]
    fn without_a_publication_day_a_relative_date_waits_on_the_mention() {
        let sentence = "Kim Jong-un est arrivé mardi en Russie.";
        let undated = run_at(sentence, None);
        let arrival = undated
            .iter()
            .find(|e| e.event_type == EventType::Arrival)
            .unwrap();
        assert!(arrival.time.is_none());
        let pending = arrival.pending.as_ref().unwrap();
        assert_eq!(pending.expression, "mardi");
        assert_eq!(pending.tense, crate::model::Tense::Past);
        // with the day known the same expression dates the clause
        let dated = run(sentence);
        let arrival = dated
            .iter()
            .find(|e| e.event_type == EventType::Arrival)
            .unwrap();
        assert_eq!(arrival.time.as_ref().unwrap().value, "2023-09-12");
        assert!(arrival.pending.is_none());
    }

    #[test]
    fn reporting_verb_does_not_date_the_reported_event() {
        let found = run("Le Kremlin a annoncé hier que Kim Jong-un se rendra en Russie.");
        let ann = found
            .iter()
            .find(|e| e.event_type == EventType::Announcement)
            .unwrap();
        assert_eq!(ann.time.as_ref().unwrap().value, "2023-09-11");
        let visit = found
            .iter()
            .find(|e| e.event_type == EventType::Visit)
            .unwrap();
        assert!(visit.time.is_none());
        assert_eq!(visit.modality, Modality::Planned);
        assert_eq!(visit.places[0].id, "russie");
    }

    #[test]
    fn a_date_alone_between_commas_dates_the_verb_before_it() {
        let found = run("Kim Jong-un viendra, a indiqué, hier, la Présidence russe.");
        let st = found
            .iter()
            .find(|e| e.event_type == EventType::Statement)
            .unwrap();
        assert_eq!(st.time.as_ref().unwrap().value, "2023-09-11");
    }

    #[test]
    fn pronouns_and_pairs_take_the_people_named_before() {
        let found = run(
            "Le lieu de la rencontre entre Kim Jong-un et Vladimir Poutine reste incertain. \
             C'est à Vladivostok qu'ils se sont rencontrés en 2019.",
        );
        let met = found.iter().find(|e| e.time.is_some()).unwrap();
        let ids: Vec<&str> = met.participants.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["kim-jong-un", "vladimir-poutine"]);
    }

    #[test]
    fn a_subject_pronoun_before_the_verb_adds_its_person_to_the_objects() {
        // every pronoun × verb × linking word, with the person before and
        // the one the act is done to after
        for pronoun in ["il", "elle"] {
            for (verb, event_type) in [
                ("rencontre", EventType::Meeting),
                ("a rencontré", EventType::Meeting),
                ("reçoit", EventType::Reception),
                ("a reçu", EventType::Reception),
            ] {
                for link in [", où", ", puis", ". Ensuite,"] {
                    let text = format!(
                        "Vladimir Poutine s'est rendu en Corée du Nord{link} {pronoun} {verb} Kim Jong-un."
                    );
                    let found = run(&text);
                    let m = the(&found, event_type);
                    let ids = participant_ids(m);
                    assert!(
                        ids.contains(&"kim-jong-un") && ids.contains(&"vladimir-poutine"),
                        "{text}: {ids:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn within_finds_the_items_of_a_span() {
        let spans = [
            Span::new(0, 3),
            Span::new(5, 9),
            Span::new(8, 12),
            Span::new(20, 25),
        ];
        let found: Vec<&Span> = within(&spans, Span::new(4, 12), |s| *s);
        assert_eq!(found, [&Span::new(5, 9), &Span::new(8, 12)]);
        assert!(within(&spans, Span::new(13, 19), |s| *s).is_empty());
    }

    #[test]
    fn fronted_and_trailing_dates_and_attribution() {
        let found = run("Par la suite, Vladimir Poutine se rendra au Vietnam. \
             Kim Jong-un est arrivé à Vladivostok, le 10 septembre. \
             Des frappes ont eu lieu en Ukraine la semaine dernière, selon Moscou.");
        let visit = found.iter().find(|e| e.event_type == EventType::Visit);
        // `par la suite` needs a date before it: none here, so no date is made up
        assert!(visit.is_some_and(|v| v.time.is_none()));
        let arrival = found
            .iter()
            .find(|e| e.event_type == EventType::Arrival)
            .unwrap();
        assert_eq!(arrival.time.as_ref().unwrap().value, "2023-09-10");
        let fight = found
            .iter()
            .find(|e| e.event_type == EventType::Combat)
            .unwrap();
        let places: Vec<&str> = fight.places.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(places, ["ukraine"], "Moscou only says so");
    }

    /// A date that completes a noun of the clause (`pour les célébrations du
    /// 9 mai`) does not date the verb when a fronted date does: every month
    /// × every complement word × two purpose nouns; with no fronted date,
    /// the complement still dates the verb (nothing else does).
    #[test]
    fn a_date_completing_a_noun_leaves_the_verb_to_the_fronted_date() {
        use crate::test_calendar::MONTHS;
        let published = DateInterval::day(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap());
        for (mi, month) in MONTHS.iter().enumerate() {
            let m = mi as u32 + 1;
            for (noun, complement) in [
                ("les célébrations", "du 20"),
                ("le défilé", "du 20"),
                ("la cérémonie", "du 20"),
                ("les commémorations", "du 20"),
            ] {
                let sentence = format!(
                    "Le 10 {month} 2024, Sergueï Choïgou est arrivé à Pyongyang pour {noun} {complement} {month} 2024."
                );
                let found = run_at(&sentence, Some(published));
                let want = NaiveDate::from_ymd_opt(2024, m, 10).unwrap().to_string();
                assert_eq!(
                    start_of(&found, EventType::Arrival).as_deref(),
                    Some(want.as_str()),
                    "{sentence}"
                );
                let sentence = format!(
                    "Sergueï Choïgou est arrivé à Pyongyang pour {noun} {complement} {month} 2024."
                );
                let found = run_at(&sentence, Some(published));
                let want = NaiveDate::from_ymd_opt(2024, m, 20).unwrap().to_string();
                assert_eq!(
                    start_of(&found, EventType::Arrival).as_deref(),
                    Some(want.as_str()),
                    "{sentence}"
                );
            }
        }
    }

    /// The first mention of `event_type`; fails the test when there is none.
    fn the(found: &[EventMention], event_type: EventType) -> &EventMention {
        found
            .iter()
            .find(|e| e.event_type == event_type)
            .unwrap_or_else(|| panic!("no {event_type:?} in {found:#?}"))
    }

    /// The date of the mention of `event_type`, as `YYYY-MM-DD` of its start.
    fn start_of(found: &[EventMention], event_type: EventType) -> Option<String> {
        let m = found.iter().find(|e| e.event_type == event_type)?;
        m.time.as_ref().map(|t| t.interval.start.to_string())
    }

    /// An event noun named as the eve or the morrow of the act of its
    /// sentence is dated from the act's day: every phrase (written here
    /// with its offset, apart from the data), before and after the act,
    /// with every weekday; two days in the sentence, or none, date nothing.
    #[test]
    fn the_eve_or_the_morrow_of_an_act_dates_the_event_noun() {
        let published = DateInterval::day(NaiveDate::from_ymd_opt(2025, 9, 7).unwrap());
        let phrases: &[(&str, i64)] = &[
            ("à la veille du", 1),
            ("à la veille d'un gigantesque", 1),
            ("la veille de la grande", 1),
            ("au lendemain du", -1),
            ("au lendemain de son", -1),
            ("le lendemain d'un", -1),
        ];
        // the past week's days, Monday 1 September 2025 to Saturday 6th
        for (k, weekday) in crate::test_calendar::WEEKDAYS.iter().take(6).enumerate() {
            let day = NaiveDate::from_ymd_opt(2025, 9, 1 + k as u32).unwrap();
            for (phrase, offset) in phrases {
                let expected = (day + chrono::Duration::days(*offset)).to_string();
                for text in [
                    format!(
                        "Vladimir Poutine est arrivé {weekday} à Pékin, {phrase} défilé militaire."
                    ),
                    format!(
                        "{} défilé militaire, Vladimir Poutine est arrivé {weekday} à Pékin.",
                        crate::test_calendar::capitalised(phrase)
                    ),
                ] {
                    let found = run_at(&text, Some(published));
                    assert_eq!(
                        start_of(&found, EventType::Ceremony),
                        Some(expected.clone()),
                        "{text}: {found:#?}"
                    );
                    assert_eq!(
                        start_of(&found, EventType::Arrival),
                        Some(day.to_string()),
                        "{text}"
                    );
                }
                // no day of the act, or two: nothing; nor for a war, whose
                // eve is a figure (`à la veille d'une guerre`)
                let war =
                    format!("Le ministre est arrivé {weekday} à Pékin, {phrase} conflit armé.");
                let found = run_at(&war, Some(published));
                assert!(
                    found.iter().all(|m| m
                        .time
                        .as_ref()
                        .is_none_or(|t| t.rule != "eve-of" && t.rule != "morrow-of")),
                    "{war}: {found:#?}"
                );
                for text in [
                    format!("Vladimir Poutine est arrivé à Pékin, {phrase} défilé militaire."),
                    format!(
                        "Vladimir Poutine est arrivé {weekday} à Pékin, {phrase} défilé militaire, et il repartira le 20 septembre."
                    ),
                ] {
                    let found = run_at(&text, Some(published));
                    assert_eq!(
                        start_of(&found, EventType::Ceremony),
                        None,
                        "{text}: {found:#?}"
                    );
                }
            }
        }
    }

    /// A clause of time dates the undated act of its sentence: every
    /// conjunction (written here with its shift, apart from the data), after
    /// the act and opening the sentence, with every day of a week.
    #[test]
    fn a_clause_of_time_dates_the_undated_act_of_its_sentence() {
        let conjunctions: &[(&str, i64, i64)] = &[
            ("lorsque", 0, 0),
            ("quand", 0, 0),
            ("au moment où", 0, 0),
            ("dès que", 0, 0),
            ("aussitôt que", 0, 0),
            ("peu après que", 0, 1),
            ("juste après que", 0, 1),
            ("quelques heures après que", 0, 1),
            ("peu avant que", -1, 0),
            ("juste avant que", -1, 0),
            ("quelques heures avant que", -1, 0),
        ];
        // built once: the test reads 300 sentences
        let matcher = crate::test_data::matcher();
        let lexicon = crate::test_data::event_lexicon();
        let published = DateInterval::day(NaiveDate::from_ymd_opt(2023, 9, 12).unwrap());
        let run = |sentence: &str| {
            let text = normalize(sentence);
            let entities = find_entities(&text, matcher);
            let times = find_dates(&text, Some(published));
            extract("d", &text, &entities, &times, Some(published), lexicon)
        };
        let interval = |found: &[EventMention]| {
            let m = found.iter().find(|e| e.event_type == EventType::Launch)?;
            m.time
                .as_ref()
                .map(|t| (t.interval.start.to_string(), t.interval.end.to_string()))
        };
        for &(conjunction, from, to) in conjunctions {
            for day in 4..=10 {
                let date = format!("le {day} septembre 2023");
                let d = NaiveDate::from_ymd_opt(2023, 9, day).unwrap();
                let want = Some((
                    (d + chrono::Duration::days(from)).to_string(),
                    (d + chrono::Duration::days(to)).to_string(),
                ));
                let after = format!(
                    "La Corée du Nord a tiré deux missiles balistiques {conjunction} Vladimir Poutine est arrivé {date} à Pyongyang."
                );
                assert_eq!(interval(&run(&after)), want, "{after}");
                let mut opening = format!(
                    "{conjunction} Vladimir Poutine est arrivé {date} à Pyongyang, la Corée du Nord a tiré deux missiles balistiques."
                );
                opening[..1].make_ascii_uppercase();
                assert_eq!(interval(&run(&opening)), want, "{opening}");
                // another act's verb between: the clause is that verb's;
                // a semicolon parts them
                let by_clause = |found: &[EventMention]| {
                    found.iter().any(|e| {
                        e.event_type == EventType::Launch
                            && e.time
                                .as_ref()
                                .is_some_and(|t| t.rule.starts_with("clause"))
                    })
                };
                for control in [
                    format!(
                        "La Corée du Nord a tiré deux missiles balistiques, puis Kim Jong-un a rencontré Sergueï Choïgou {conjunction} Vladimir Poutine est arrivé {date} à Pyongyang."
                    ),
                    format!(
                        "La Corée du Nord a tiré deux missiles balistiques ; {conjunction} Vladimir Poutine est arrivé {date} à Pyongyang, la tension monte."
                    ),
                ] {
                    assert!(!by_clause(&run(&control)), "{control}");
                }
            }
        }
    }

    /// Fronted dates with their first day, worked out by hand for a text
    /// published on Tuesday 12 September 2023 (see `run`).
    const FRONTED_DATES: &[(&str, &str)] = &[
        ("En juillet 2000", "2000-07-01"),
        ("Le 3 mars 2021", "2021-03-03"),
        ("Vendredi dernier", "2023-09-08"),
        ("En 2019", "2019-01-01"),
        ("Il y a deux ans", "2021-01-01"),
    ];

    /// What may stand before the fronted date: nothing, or a connective alone.
    const LEADS: &[&str] = &["", "Puis, ", "Ensuite, ", "Par ailleurs, "];

    #[test]
    fn a_fronted_date_dates_the_main_verb_across_appositions_and_relatives() {
        for (date, start) in FRONTED_DATES {
            for lead in LEADS {
                let head = format!("{lead}{}{}", &date[..1].to_lowercase(), &date[1..]);
                let head = if lead.is_empty() {
                    date.to_string()
                } else {
                    head
                };
                let apposition = run(&format!(
                    "{head}, Vladimir Poutine, le président russe, a rencontré Kim Jong-un."
                ));
                assert_eq!(
                    start_of(&apposition, EventType::Meeting).as_deref(),
                    Some(*start),
                    "{head}: {apposition:#?}"
                );
                let relative = run(&format!(
                    "{head}, Vladimir Poutine s'est rendu en Corée du Nord, où il a rencontré Kim Jong-un."
                ));
                assert_eq!(
                    start_of(&relative, EventType::Visit).as_deref(),
                    Some(*start),
                    "{head}"
                );
                assert_eq!(
                    start_of(&relative, EventType::Meeting).as_deref(),
                    Some(*start),
                    "{head}"
                );
            }
        }
    }

    /// An event word inside an expression of time names a date, not an
    /// act: every count of the anniversary of an agreement (`l'armistice`)
    /// gives no agreement, the same word outside the date gives one.
    #[test]
    fn an_event_word_inside_a_date_is_no_event() {
        for count in [
            "70e anniversaire",
            "70ème anniversaire",
            "soixante-dixième anniversaire",
            "70 ans",
        ] {
            let text = format!(
                "Kim Jong-un a présidé le défilé du {count} de l'armistice de la guerre de Corée."
            );
            let found = run(&text);
            assert!(
                found.iter().all(|e| e.event_type != EventType::Agreement),
                "{text}: {found:#?}"
            );
        }
        let found = run("Kim Jong-un et Vladimir Poutine ont signé un armistice à Moscou.");
        assert!(found.iter().any(|e| e.event_type == EventType::Agreement));
    }

    /// A name inside an expression of time is part of the date, no
    /// participant: the party whose anniversary a parade marks, for every
    /// count, is not among the parade's participants; named outside the
    /// date, it is.
    #[test]
    fn a_name_inside_a_date_is_no_participant() {
        let party = "parti-du-travail-de-coree";
        let takes_part = |found: &[EventMention]| {
            found
                .iter()
                .any(|e| e.participants.iter().any(|p| p.id == party))
        };
        for count in [
            "80e anniversaire",
            "quatre-vingtième anniversaire",
            "80 ans",
        ] {
            let text = format!(
                "Kim Jong-un a présidé à Pyongyang le défilé du {count} du Parti du travail de Corée."
            );
            assert!(!takes_part(&run(&text)), "{text}");
        }
        let text =
            "Le Parti du travail de Corée a organisé un défilé à Pyongyang avec Kim Jong-un.";
        assert!(takes_part(&run(text)), "{text}");
    }

    /// A name inside the description of someone (`le chef du Kremlin`,
    /// `le porte-parole de Vladimir Poutine`, `le président de la Russie`)
    /// is part of the description: for every role pattern of the gazetteer
    /// that holds one of these names, the name is neither a participant nor
    /// a place of the event the described person takes part in; named on
    /// its own, it is.
    #[test]
    fn a_name_inside_a_description_of_someone_takes_no_part() {
        // names the test knows by their ids, written as the patterns write them
        let inner: &[(&str, &str)] = &[
            ("du kremlin", "kremlin"),
            ("de vladimir poutine", "vladimir-poutine"),
            ("de la russie", "russie"),
            ("de moscou", "moscou"),
            ("de la corée du nord", "coree-du-nord"),
        ];
        let gazetteer = crate::test_data::gazetteer();
        let mut tried = 0;
        for role in gazetteer.roles.values() {
            for pattern in &role.patterns {
                let lower = pattern.to_lowercase();
                let Some((_, id)) = inner.iter().find(|(words, _)| lower.ends_with(words)) else {
                    continue;
                };
                let text = format!("Le {pattern} est arrivé mardi à Vladivostok.");
                let found = run(&text);
                let arrival = found
                    .iter()
                    .find(|e| e.event_type == EventType::Arrival)
                    .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                let names_it = |e: &EventMention| {
                    e.participants
                        .iter()
                        .chain(e.places.iter())
                        .any(|r| r.id == *id)
                };
                assert!(!names_it(arrival), "{text}: {arrival:#?}");
                tried += 1;
            }
        }
        assert!(tried >= 10, "only {tried} patterns hold a known name");
        // the control: the same names on their own take part
        for (text, id) in [
            ("Le Kremlin a annoncé mardi la visite.", "kremlin"),
            (
                "Vladimir Poutine est arrivé mardi à Vladivostok.",
                "vladimir-poutine",
            ),
        ] {
            let found = run(text);
            assert!(
                found
                    .iter()
                    .any(|e| e.participants.iter().any(|r| r.id == id)),
                "{text}: {found:#?}"
            );
        }
    }

    /// After the act, a clause that opens on a verb of saying is an incise
    /// (`…, a annoncé l'armée sud-coréenne.`): its inverted subject says
    /// so and takes no part in the act. Every verb × tense × speaker, with
    /// a country or an organisation as the act's subject; the control: the
    /// act's own subject keeps its part, and the report has its speaker.
    #[test]
    fn the_speaker_of_an_incise_takes_no_part_in_the_act() {
        // (verb forms written here: passé composé singular and plural, present)
        let verbs: &[[&str; 3]] = &[
            ["a annoncé", "ont annoncé", "annonce"],
            ["a indiqué", "ont indiqué", "indique"],
            ["a affirmé", "ont affirmé", "affirme"],
            ["a déclaré", "ont déclaré", "déclare"],
            ["a rapporté", "ont rapporté", "rapporte"],
            ["a précisé", "ont précisé", "précise"],
            ["a souligné", "ont souligné", "souligne"],
        ];
        let speakers: &[(&str, &str, bool)] = &[
            ("le Kremlin", "kremlin", false),
            ("la Maison-Blanche", "maison-blanche", false),
            ("les services de renseignement sud-coréens", "nis", true),
        ];
        let subjects: &[(&str, Option<&str>)] = &[
            ("La Corée du Nord", None),
            ("L'armée russe", Some("armee-russe")),
        ];
        let mut tried = 0;
        for forms in verbs {
            for (speaker, speaker_id, plural) in speakers {
                let verb = if *plural { forms[1] } else { forms[0] };
                for form in [verb, forms[2]] {
                    if *plural && form == forms[2] {
                        continue;
                    }
                    for (subject, subject_id) in subjects {
                        let text =
                            format!("{subject} a tiré deux missiles mardi, {form} {speaker}.");
                        let found = run(&text);
                        let launch = the(&found, EventType::Launch);
                        let ids: Vec<&str> =
                            launch.participants.iter().map(|r| r.id.as_str()).collect();
                        assert!(!ids.contains(speaker_id), "{text}: {ids:?}");
                        if let Some(id) = subject_id {
                            assert!(ids.contains(id), "{text}: {ids:?}");
                        }
                        let report = found
                            .iter()
                            .find(|e| e.event_type.is_reporting())
                            .unwrap_or_else(|| panic!("{text}: no report"));
                        assert!(
                            report.participants.iter().any(|r| r.id == *speaker_id),
                            "{text}: {report:#?}"
                        );
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried >= 60, "{tried}");
    }

    /// The label of a turn of speech (a transcript's bracketed speaker, an
    /// interview's answer after a question) says who speaks, not who acts:
    /// every speaker × every label form × two acts. The control: the same
    /// name and colon after no question (a headline) keeps its part.
    #[test]
    fn the_label_of_a_turn_of_speech_takes_no_part_in_the_act() {
        let names = [
            ("Mathilde Serrano", "mathilde"),
            ("Claire Aubry", "claire"),
            ("Julien Marchal", "julien"),
        ];
        let acts = [
            "D'abord le traité, signé mercredi à Pyongyang par Vladimir Poutine.",
            "Vladimir Poutine a signé mercredi le traité à Pyongyang.",
        ];
        let mut tried = 0;
        for (name, id_part) in names {
            for label in [
                format!("Que retenir de cette visite ?\n\n{name} : "),
                format!("Que retenir de cette visite ?\n\n{name} (université de Lyon) : "),
                format!("Le sommet.\n\n[{name}, envoyée spéciale à Séoul] "),
                format!("Le sommet.\n\n[Plateau, {name}, envoyée spéciale à Séoul] "),
            ] {
                for act in acts {
                    let text = format!("{label}{act}");
                    let found = run(&text);
                    let agreement = the(&found, EventType::Agreement);
                    let ids: Vec<&str> = agreement
                        .participants
                        .iter()
                        .map(|r| r.id.as_str())
                        .collect();
                    assert!(!ids.iter().any(|i| i.contains(id_part)), "{text}: {ids:?}");
                    assert!(ids.contains(&"vladimir-poutine"), "{text}: {ids:?}");
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 24);
        // a headline's name and colon, after no question, is who acts
        for lead in ["Le sommet.", "Traité", "Monde | Asie"] {
            let text = format!("{lead}\n\nVladimir Poutine : le traité signé mercredi à Pyongyang");
            let found = run(&text);
            let agreement = the(&found, EventType::Agreement);
            assert!(
                agreement
                    .participants
                    .iter()
                    .any(|r| r.id == "vladimir-poutine"),
                "{text}: {:?}",
                agreement.participants
            );
        }
    }

    /// The name in apposition to an incise's inverted subject (`…, a
    /// annoncé le secrétaire général de l'Otan, Mark Rutte, lors d'une
    /// conférence de presse`) says so too and takes no part in the act.
    /// Every verb × every titled speaker × with and without a clause after
    /// the name; the control: a name in apposition to the act's own object
    /// keeps its part.
    #[test]
    fn the_name_apposed_to_an_incise_s_subject_takes_no_part_in_the_act() {
        let verbs = [
            "a annoncé",
            "a indiqué",
            "a affirmé",
            "a déclaré",
            "a précisé",
            "a confirmé",
        ];
        let speakers: &[(&str, &str)] = &[
            ("le secrétaire général de l'Otan, Mark Rutte", "mark-rutte"),
            ("le porte-parole du Kremlin, Dmitri Peskov", "dmitri-peskov"),
            (
                "la porte-parole de la diplomatie russe, Maria Zakharova",
                "maria-zakharova",
            ),
        ];
        let tails = [
            "",
            ", lors d'une conférence de presse",
            ", sans plus de détails",
        ];
        let mut tried = 0;
        for verb in verbs {
            for (speaker, id) in speakers {
                for tail in tails {
                    let text = format!(
                        "Des soldats nord-coréens ont été déployés dans la région de Koursk, {verb} lundi {speaker}{tail}."
                    );
                    let found = run(&text);
                    let deployment = the(&found, EventType::Deployment);
                    assert!(
                        !deployment.participants.iter().any(|r| r.id == *id),
                        "{text}: {deployment:#?}"
                    );
                    assert!(
                        found.iter().any(|e| e.event_type.is_reporting()
                            && e.participants.iter().any(|r| r.id == *id)),
                        "{text}: {found:#?}"
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, verbs.len() * speakers.len() * tails.len());
        for (object, id) in [
            (
                "le chef de la diplomatie russe, Sergueï Lavrov",
                "serguei-lavrov",
            ),
            (
                "le ministre russe des Affaires étrangères, Sergueï Lavrov",
                "serguei-lavrov",
            ),
        ] {
            let text = format!("Kim Jong-un a reçu lundi à Pyongyang {object}, selon KCNA.");
            let found = run(&text);
            assert!(
                found
                    .iter()
                    .any(|e| !e.event_type.is_reporting()
                        && e.participants.iter().any(|r| r.id == id)),
                "{text}: {found:#?}"
            );
        }
    }

    /// `« … », résume X`: the speaker of a quotation named in its incise
    /// says so and takes no part in what the quotation tells. Every verb
    /// of incise of the data, in the present of the third person.
    #[test]
    fn the_subject_of_an_incise_after_a_quotation_says_so() {
        let context: toml::Value =
            toml::from_str(include_str!("../../data/events/context.toml")).unwrap();
        let irregular = [
            ("conclure", "conclut"),
            ("poursuivre", "poursuit"),
            ("sourire", "sourit"),
            ("relever", "relève"),
            ("tempérer", "tempère"),
            ("renchérir", "renchérit"),
        ];
        let verbs = context["incise_verbs"].as_array().unwrap();
        assert!(verbs.len() >= 20, "{verbs:?}");
        for verb in verbs {
            let verb = verb.as_str().unwrap();
            let (clitic, bare) = match verb.strip_prefix("s'") {
                Some(b) => ("s'", b),
                None => ("", verb),
            };
            let present = match irregular.iter().find(|(v, _)| *v == bare) {
                Some(&(_, p)) => p.to_string(),
                None => format!("{}e", bare.strip_suffix("er").expect(bare)),
            };
            let text = format!(
                "« Kim Jong-un a rencontré mardi Vladimir Poutine à Vostochny », \
                 {clitic}{present} Dmitri Peskov, porte-parole du Kremlin."
            );
            let found = run(&text);
            let met = the(&found, EventType::Meeting);
            assert!(
                met.participants.iter().all(|p| p.id != "dmitri-peskov"),
                "{text}: {met:#?}"
            );
            assert_eq!(met.attribution.as_deref(), Some("Dmitri Peskov"), "{text}");
        }
    }

    /// `X observe cette rencontre entre les deux dirigeants`: the pair
    /// after `entre`, right after the meeting noun, is who meets (the two
    /// leaders named before); the clause's subject only looks on. Every
    /// onlooker × every attitude × every noun of meeting.
    #[test]
    fn a_pair_after_entre_is_who_meets_not_the_onlooker() {
        let onlookers = [
            ("La Maison-Blanche", "maison-blanche"),
            ("Le Pentagone", "pentagone"),
            ("Le Kremlin", "kremlin"),
        ];
        let attitudes = [
            "observe avec inquiétude",
            "suit de près",
            "regarde avec méfiance",
        ];
        let nouns = ["cette rencontre", "cet entretien", "ce sommet"];
        for (onlooker, id) in onlookers {
            for attitude in attitudes {
                for noun in nouns {
                    let text = format!(
                        "Vladimir Poutine a reçu Kim Jong-un mardi à Vostochny. \
                         {onlooker} {attitude} {noun} entre les deux dirigeants."
                    );
                    let found = run(&text);
                    let second: Vec<&EventMention> = found
                        .iter()
                        .filter(|m| m.sentence == 1 && m.event_type == EventType::Meeting)
                        .collect();
                    assert_eq!(second.len(), 1, "{text}: {found:#?}");
                    let mut who: Vec<&str> = second[0]
                        .participants
                        .iter()
                        .map(|p| p.id.as_str())
                        .collect();
                    who.sort();
                    assert_eq!(who, ["kim-jong-un", "vladimir-poutine"], "{text}");
                    assert!(who.iter().all(|w| *w != id), "{text}");
                }
            }
        }
        // the control: the pair before the noun keeps its own reading (the
        // two leaders, not the spokesman named last)
        for noun in ["l'aide militaire", "les livraisons d'armes"] {
            let text = format!(
                "Vladimir Poutine a reçu Kim Jong-un mardi à Vostochny. Dmitri Peskov a parlé \
                 mercredi. Les deux dirigeants devraient discuter de {noun} entre leurs pays."
            );
            let found = run(&text);
            let act = found
                .iter()
                .find(|m| m.sentence == 2 && m.event_type == EventType::Military)
                .unwrap_or_else(|| panic!("{text}: {found:#?}"));
            let mut who: Vec<&str> = act.participants.iter().map(|p| p.id.as_str()).collect();
            who.sort();
            assert_eq!(who, ["kim-jong-un", "vladimir-poutine"], "{text}");
        }
    }

    /// A date right after the verb of another act belongs to that act:
    /// `le déploiement… en application du traité signé en juin 2024` dates
    /// the signature, not the deployment; right after the act's own words
    /// it is the act's. Three acts × two verbs of other acts × two dates.
    #[test]
    fn a_date_right_after_the_verb_of_another_act_is_that_acts() {
        let acts = [
            (
                "Le déploiement de soldats nord-coréens",
                EventType::Deployment,
            ),
            ("La visite de Kim Jong-un", EventType::Visit),
            (
                "La rencontre entre Kim Jong-un et Vladimir Poutine",
                EventType::Meeting,
            ),
        ];
        let verbs = [
            ("signé", EventType::Agreement),
            ("ratifié", EventType::Ratification),
        ];
        let dates = [
            ("en juin 2024", "2024-06-01"),
            ("le 19 juin 2024", "2024-06-19"),
        ];
        for (act, act_type) in acts {
            for (verb, verb_type) in verbs {
                for (date, start) in dates {
                    let text = format!(
                        "{act} a été décidé en application du traité {verb} {date} à Pyongyang."
                    );
                    let found = run(&text);
                    assert_eq!(
                        start_of(&found, verb_type).as_deref(),
                        Some(start),
                        "{text}"
                    );
                    assert_eq!(start_of(&found, act_type), None, "{text}: {found:#?}");
                    let text = format!(
                        "{act} a eu lieu {date} en application du traité {verb} à Pyongyang."
                    );
                    let found = run(&text);
                    assert_eq!(start_of(&found, act_type).as_deref(), Some(start), "{text}");
                }
            }
        }
    }

    /// The same from the other side: a date right after a verb dates that
    /// verb's act, not the acts its complement names (`a rendu hommage
    /// lundi aux soldats envoyés combattre`: Monday is the homage's).
    /// Legs of one trip share it (`est arrivé lundi pour une visite`).
    /// Three dated verbs × three complements of another family, and two
    /// complements of the trip family after the arrival as controls.
    #[test]
    fn a_date_right_after_an_earlier_verb_is_not_its_complements() {
        let dated = [
            ("a rendu hommage", EventType::Ceremony),
            ("a salué", EventType::Statement),
            ("s'est félicité", EventType::Statement),
        ];
        let complements = [
            (
                "aux soldats envoyés combattre en Russie",
                EventType::Deployment,
            ),
            ("du traité signé avec la Russie", EventType::Agreement),
            ("de la visite de Vladimir Poutine", EventType::Visit),
        ];
        let dates = [("lundi", "2024-06-17"), ("le 17 juin", "2024-06-17")];
        let day = Some(DateInterval::day(
            NaiveDate::from_ymd_opt(2024, 6, 19).expect("a day"),
        ));
        for (verb, verb_type) in dated {
            for (complement, complement_type) in complements {
                for (date, start) in dates {
                    let text = format!("Kim Jong-un {verb} {date} {complement}.");
                    let found = run_at(&text, day);
                    let verb_start = found
                        .iter()
                        .find(|m| m.event_type == verb_type && m.trigger.contains(' '))
                        .or_else(|| found.iter().find(|m| m.event_type == verb_type))
                        .and_then(|m| m.time.as_ref())
                        .map(|t| t.interval.start.to_string());
                    assert_eq!(verb_start.as_deref(), Some(start), "{text}: {found:#?}");
                    let complement_dates: Vec<_> = found
                        .iter()
                        .filter(|m| m.event_type == complement_type)
                        .filter_map(|m| m.time.as_ref())
                        .collect();
                    assert!(complement_dates.is_empty(), "{text}: {found:#?}");
                }
            }
        }
        for (complement, complement_type) in [
            ("pour une visite de trois jours", EventType::Visit),
            (
                "à bord de son train blindé pour un voyage",
                EventType::Travel,
            ),
        ] {
            for (date, start) in dates {
                let text = format!("Kim Jong-un est arrivé {date} à Vladivostok {complement}.");
                let found = run_at(&text, day);
                assert_eq!(
                    start_of(&found, complement_type).as_deref(),
                    Some(start),
                    "{text}: {found:#?}"
                );
            }
        }
        // what the trip is for is not a leg of it: its day is its own,
        // unless its length makes it a stay from that day
        for (date, start) in dates {
            let text = format!("Kim Jong-un est arrivé {date} à Vladivostok pour le sommet.");
            let found = run_at(&text, day);
            assert_eq!(start_of(&found, EventType::Arrival).as_deref(), Some(start));
            assert_eq!(
                start_of(&found, EventType::Meeting),
                None,
                "{text}: {found:#?}"
            );
            let text =
                format!("Kim Jong-un est arrivé {date} à Vladivostok pour deux jours de sommet.");
            let found = run_at(&text, day);
            assert_eq!(
                start_of(&found, EventType::Meeting).as_deref(),
                Some(start),
                "{text}: {found:#?}"
            );
        }
    }

    /// A date fronted with words of a part of the day is still alone and
    /// dates the act after it: `Dans la nuit de lundi à mardi, …`, `Tôt
    /// mardi, …`, `Le 3 juin au matin, …`. Six frames × two acts, read on
    /// Wednesday 19 June 2024; other words beside the date (`Deux semaines
    /// après le 3 juin`) are no frame, and the act stays undated.
    #[test]
    fn a_date_framed_by_a_part_of_the_day_dates_the_act_it_fronts() {
        let frames = [
            ("Dans la nuit de lundi à mardi", "2024-06-17"),
            ("Dans la nuit du 2 au 3 juin", "2024-06-02"),
            ("Tôt mardi", "2024-06-18"),
            ("Le 3 juin au matin", "2024-06-03"),
            ("Dans la soirée du 3 juin", "2024-06-03"),
            ("Plus tôt dans la journée", "2024-06-19"),
        ];
        let acts = [
            (
                "la Corée du Nord a tiré un missile balistique",
                EventType::Launch,
            ),
            ("Kim Jong-un est arrivé à Vladivostok", EventType::Arrival),
        ];
        let day = Some(DateInterval::day(
            NaiveDate::from_ymd_opt(2024, 6, 19).expect("a day"),
        ));
        for (frame, start) in frames {
            for (act, event_type) in acts {
                let text = format!("{frame}, {act}.");
                let found = run_at(&text, day);
                assert_eq!(
                    start_of(&found, event_type).as_deref(),
                    Some(start),
                    "{text}: {found:#?}"
                );
            }
        }
        for (act, event_type) in acts {
            let text = format!("Deux semaines après le 3 juin, {act}.");
            let found = run_at(&text, day);
            assert_ne!(
                start_of(&found, event_type).as_deref(),
                Some("2024-06-03"),
                "{text}: {found:#?}"
            );
        }
    }

    /// A cleft sentence dates what follows its head: `C'est en avril 2019
    /// que Kim Jong-un a rencontré Vladimir Poutine`, `Ce n'est qu'en…`,
    /// `Il a fallu attendre juin 2024 pour que…`. Every head of the data ×
    /// two date forms × three acts, with the opener each head takes; a
    /// verb of saying before the date, and a length instead of a date, as
    /// controls.
    #[test]
    fn a_cleft_head_dates_what_follows_it() {
        let context: toml::Value =
            toml::from_str(include_str!("../../data/events/context.toml")).expect("context.toml");
        let heads: Vec<&str> = context["cleft_heads"]
            .as_array()
            .expect("cleft_heads")
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        assert!(heads.len() >= 10);
        let acts = [
            (
                "Kim Jong-un a rencontré Vladimir Poutine à Vladivostok",
                "Kim Jong-un rencontre Vladimir Poutine à Vladivostok",
                EventType::Meeting,
            ),
            (
                "Vladimir Poutine s'est rendu à Pyongyang",
                "Vladimir Poutine se rende à Pyongyang",
                EventType::Visit,
            ),
            (
                "Sergueï Lavrov est arrivé à Pyongyang",
                "Sergueï Lavrov arrive à Pyongyang",
                EventType::Arrival,
            ),
        ];
        let dates = [
            ("en avril 2019", "2019-04-01"),
            ("le 24 avril 2019", "2019-04-24"),
        ];
        for head in &heads {
            let waiting = head.ends_with("attendre");
            for (done, subjunctive, event_type) in acts {
                for (date, start) in dates {
                    // `attendre` is followed by the date alone
                    let date = if waiting {
                        date.trim_start_matches("en ")
                    } else {
                        date
                    };
                    let mut head = head.to_string();
                    if head.ends_with('\'') && !date.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        head = format!("{}e", &head[..head.len() - 1]);
                    }
                    let glue = if head.ends_with('\'') { "" } else { " " };
                    let text = if waiting {
                        format!("{head}{glue}{date} pour que {subjunctive}.")
                    } else {
                        format!("{head}{glue}{date} que {done}.")
                    };
                    let text = format!("{}{}", text[..1].to_uppercase(), &text[1..]);
                    let found = run(&text);
                    assert_eq!(
                        start_of(&found, event_type).as_deref(),
                        Some(start),
                        "{text}: {found:#?}"
                    );
                }
            }
        }
        for text in [
            "Le Kremlin a déclaré en avril 2019 que Kim Jong-un a rencontré Vladimir Poutine.",
            "Il a fallu attendre trois jours pour que Kim Jong-un rencontre Vladimir Poutine.",
            "C'est un dossier ouvert en avril 2019 que Kim Jong-un a rencontré Vladimir Poutine.",
        ] {
            let found = run(text);
            assert_eq!(
                start_of(&found, EventType::Meeting),
                None,
                "{text}: {found:#?}"
            );
        }
    }

    /// A live blog's entry tells what happens on the page's day: an act
    /// told in the present or the passé composé, with no date of its own,
    /// is dated that day; in the plus-que-parfait, the futur or the
    /// conditionnel it is not, nor on a page without time lines, nor when
    /// the page's day is unknown. Four verbs × five tenses (the forms
    /// written here, not asked of the conjugator) × two stamp styles.
    #[test]
    fn a_live_blog_entry_dates_what_it_tells_now_on_the_pages_day() {
        // (event type, present, passé composé, plus-que-parfait, futur, conditionnel)
        let verbs: [(EventType, [&str; 5]); 4] = [
            (
                EventType::Reception,
                ["reçoit", "a reçu", "avait reçu", "recevra", "recevrait"],
            ),
            (
                EventType::Statement,
                ["salue", "a salué", "avait salué", "saluera", "saluerait"],
            ),
            (
                EventType::Arrival,
                [
                    "arrive",
                    "est arrivé",
                    "était arrivé",
                    "arrivera",
                    "arriverait",
                ],
            ),
            (
                EventType::Summons,
                [
                    "convoque",
                    "a convoqué",
                    "avait convoqué",
                    "convoquera",
                    "convoquerait",
                ],
            ),
        ];
        let day = DateInterval::day(NaiveDate::from_ymd_opt(2024, 6, 19).expect("a day"));
        for stamps in [["08h15", "07h58", "06h20"], ["09:05", "11:30", "14:45"]] {
            for (event_type, forms) in verbs {
                for (tense, form) in forms.iter().enumerate() {
                    let act = format!("Kim Jong-un {form} Sergueï Lavrov à Pyongyang.");
                    let page = format!(
                        "DIRECT. La visite\n\n{}\nBonjour.\n\n{}\n{act}\n\n{}\nLes entretiens se poursuivent.\n",
                        stamps[0], stamps[1], stamps[2]
                    );
                    let found = run_at(&page, Some(day));
                    let date = start_of(&found, event_type);
                    let now = tense < 2;
                    let want = now.then(|| "2024-06-19".to_string());
                    assert_eq!(date, want, "{page}: {found:#?}");
                    if now {
                        let m = the(&found, event_type);
                        let time = m.time.as_ref().expect("dated");
                        assert_eq!(time.expression, stamps[1], "{page}");
                        assert_eq!(time.rule, "live-entry");
                    }
                    // the same entry without its time lines, or without a day
                    let plain = page.replace(&format!("{}\n", stamps[1]), "");
                    assert_eq!(start_of(&run_at(&plain, Some(day)), event_type), None);
                    assert_eq!(start_of(&run_at(&page, None), event_type), None);
                }
            }
        }
    }

    /// After a modal (`pourrait`, `devrait`, `doit`, `va`), `être` and the
    /// participle of a verb that can be passive is a passive infinitive
    /// (`pourrait être signé`): the modal governs it, so the act is not
    /// told as done. A verb that is never passive keeps the reading of a
    /// perfect infinitive (`affirme être arrivé`: earlier, done). Every
    /// modal × three transitive verbs, and an intransitive one in both
    /// genders.
    #[test]
    fn a_passive_infinitive_is_governed_by_its_modal() {
        let modals = ["pourrait", "devrait", "doit", "va", "pourraient"];
        let transitive = [
            ("signé", EventType::Agreement),
            ("ratifié", EventType::Ratification),
            ("reçu", EventType::Reception),
        ];
        for modal in modals {
            for (participle, event_type) in transitive {
                let text = format!("Le traité {modal} être {participle} à Moscou.");
                let found = run(&text);
                let m = the(&found, event_type);
                assert_ne!(m.modality, Modality::Occurred, "{text}: {found:#?}");
            }
        }
        for (who, participle) in [("Kim Jong-un", "arrivé"), ("Choe Son Hui", "arrivée")] {
            let text = format!("{who} affirme être {participle} à Moscou.");
            let found = run(&text);
            let arrival = the(&found, EventType::Arrival);
            assert_eq!(arrival.modality, Modality::Occurred, "{text}");
        }
    }

    /// Verbs that report speech only before `que` (`prévenir que`,
    /// `soutenir que`, `a jugé que`, `fait valoir que`…): a statement
    /// whose speaker is its subject, who then takes no part in what it
    /// says; with an object and no `que` (`prévenir un conflit`,
    /// `soutenir la Russie`) they report nothing. Every verb × three
    /// tenses (written here, not asked of the conjugator) × every speaker
    /// × both readings.
    #[test]
    fn verbs_that_report_only_before_que() {
        let speakers = [
            ("Le Kremlin", "kremlin"),
            ("La Maison-Blanche", "maison-blanche"),
        ];
        let verbs: [(&str, [&str; 3]); 7] = [
            ("prévenir", ["a prévenu", "prévient", "préviendra"]),
            ("soutenir", ["a soutenu", "soutient", "soutenait"]),
            ("considérer", ["a considéré", "considère", "considérait"]),
            ("juger", ["a jugé", "juge", "jugeait"]),
            ("prétendre", ["a prétendu", "prétend", "prétendait"]),
            (
                "faire valoir",
                ["a fait valoir", "fait valoir", "faisait valoir"],
            ),
            (
                "laisser entendre",
                ["a laissé entendre", "laisse entendre", "laissait entendre"],
            ),
        ];
        for (lemma, forms) in verbs {
            for (speaker, id) in speakers {
                for form in forms {
                    let text = format!(
                        "{speaker} {form} mardi que la Corée du Nord avait envoyé des soldats en Russie."
                    );
                    let found = run(&text);
                    let said = the(&found, EventType::Statement);
                    assert!(
                        said.speakers.iter().any(|s| s.id == id),
                        "{lemma}: {text}: {said:#?}"
                    );
                    let act = the(&found, EventType::Deployment);
                    assert!(
                        act.participants.iter().all(|p| p.id != id),
                        "{text}: {act:#?}"
                    );
                    for other in [
                        format!("{speaker} {form} mardi un conflit en Asie."),
                        format!("{speaker} {form} mardi les diplomates de la Russie."),
                    ] {
                        let found = run(&other);
                        assert!(
                            found.iter().all(|m| m.event_type != EventType::Statement),
                            "{lemma}: {other}: {found:#?}"
                        );
                    }
                }
            }
        }
    }

    /// An organisation that speaks in a sentence says so of its other
    /// acts and takes no part in them, whether the act is in the content
    /// of its report (`X a confirmé que la Corée du Nord avait envoyé des
    /// soldats`) or the report is the act's (`une arrivée confirmée par le
    /// porte-parole de X`); the control: a perfect infinitive of the report
    /// has the speaker for subject (`X a affirmé avoir envoyé des soldats`).
    /// Every speaker × three reporting verbs × the three constructions.
    #[test]
    fn a_voice_of_the_sentence_says_so_of_its_acts() {
        let speakers = [
            ("le Kremlin", "kremlin"),
            ("la Maison-Blanche", "maison-blanche"),
            (
                "le ministère russe de la Défense",
                "ministere-russe-de-la-defense",
            ),
        ];
        for (speaker, id) in speakers {
            for (verb, participle) in [
                ("a confirmé", "confirmée"),
                ("a annoncé", "annoncée"),
                ("a indiqué", "indiquée"),
            ] {
                let capital = {
                    let mut c = speaker.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap()
                };
                let says = [
                    (
                        format!(
                            "{capital} {verb} lundi les informations selon lesquelles la Corée du Nord avait envoyé des soldats en Russie."
                        ),
                        EventType::Deployment,
                    ),
                    (
                        format!(
                            "En septembre 2023, Kim Jong-un était arrivé en Russie le 12 par la gare frontalière de Khasan – une arrivée aussitôt {participle} par {speaker}."
                        ),
                        EventType::Arrival,
                    ),
                ];
                for (text, act_type) in says {
                    let found = run(&text);
                    assert!(
                        found.iter().any(|m| m.event_type == act_type),
                        "{text}: {found:#?}"
                    );
                    let acts: Vec<&EventMention> = found
                        .iter()
                        .filter(|m| m.event_type == act_type)
                        .filter(|m| m.participants.iter().any(|p| p.id == id))
                        .collect();
                    assert!(!acts.is_empty(), "{text}: {found:#?}");
                    assert!(
                        acts.iter().all(|m| m.speakers.iter().any(|s| s.id == id)),
                        "{text}: {found:#?}"
                    );
                }
                let text =
                    format!("{capital} {verb} lundi avoir envoyé des soldats en Corée du Nord.");
                let found = run(&text);
                let act = the(&found, EventType::Deployment);
                assert!(
                    act.participants.iter().any(|p| p.id == id),
                    "{text}: {act:#?}"
                );
                assert!(act.speakers.is_empty(), "{text}: {act:#?}");
            }
        }
        // a complement of the report is no voice, nor a name with another
        // name between it and the reporting word (that one's subject):
        // either keeps its part
        for (to, with, id) in [
            (
                "au ministère russe de la Défense",
                "le ministère russe de la Défense",
                "ministere-russe-de-la-defense",
            ),
            ("à l'armée russe", "l'armée russe", "armee-russe"),
        ] {
            for (text, act_type) in [
                (
                    format!(
                        "Kiev et ses alliés accusent la Corée du Nord de fournir {to} des missiles."
                    ),
                    EventType::Military,
                ),
                (
                    format!(
                        "La Corée du Nord n'a rien à perdre dans un pacte renforcé avec {with} même si Washington menace les Nord-Coréens de représailles."
                    ),
                    EventType::Agreement,
                ),
            ] {
                let found = run(&text);
                let act = the(&found, act_type);
                assert!(
                    act.participants.iter().any(|p| p.id == id),
                    "{text}: {act:#?}"
                );
                assert!(act.speakers.is_empty(), "{text}: {act:#?}");
            }
        }
    }

    /// The organisation after `selon` is the sentence's source, also where
    /// an apposition names it again (`Selon le NIS, le service de
    /// renseignement sud-coréen, …`): the speaker of its acts, never their
    /// participant. Both numbers of the description × two acts.
    #[test]
    fn the_organisation_after_selon_is_the_source() {
        for apposition in [
            "le service de renseignement sud-coréen",
            "les services de renseignement sud-coréens",
        ] {
            for act in [
                "quelque 11 000 soldats nord-coréens ont été envoyés en Russie",
                "des militaires de la Corée du Nord combattent en Russie",
            ] {
                let text = format!("Selon le NIS, {apposition}, {act} depuis octobre.");
                let found = run(&text);
                let cited: Vec<&EventMention> = found
                    .iter()
                    .filter(|m| m.speakers.iter().any(|s| s.id == "nis"))
                    .collect();
                assert!(!cited.is_empty(), "{text}: {found:#?}");
                for m in &found {
                    assert!(
                        !m.participants.iter().any(|p| p.id == "nis")
                            || m.speakers.iter().any(|s| s.id == "nis"),
                        "{text}: {m:#?}"
                    );
                }
            }
        }
    }

    /// What follows a copyright sign is a photo's credit: no participant.
    /// Three organisations × two agencies; the control names the same
    /// organisation before the sign, where it takes part.
    #[test]
    fn the_credit_after_a_copyright_sign_takes_no_part() {
        for (org, with_article, id) in [
            (
                "Ministère russe de la Défense",
                "le ministère russe de la Défense",
                "ministere-russe-de-la-defense",
            ),
            ("Kremlin", "le Kremlin", "kremlin"),
            ("Armée russe", "l'armée russe", "armee-russe"),
        ] {
            for agency in ["AFP", "Reuters"] {
                let text = format!(
                    "Andreï Belooussov est accueilli par No Kwang-chol à son arrivée à Pyongyang, le 29 novembre 2024. © {org} / {agency}"
                );
                let found = run(&text);
                let arrival = the(&found, EventType::Arrival);
                assert!(
                    arrival.participants.iter().all(|p| p.id != id),
                    "{text}: {arrival:#?}"
                );
                assert!(
                    arrival
                        .participants
                        .iter()
                        .any(|p| p.id == "andrei-belooussov"),
                    "{text}: {arrival:#?}"
                );
            }
            let text = format!(
                "Andreï Belooussov et {with_article} sont accueillis par No Kwang-chol à leur arrivée à Pyongyang, le 29 novembre 2024. © AFP"
            );
            let found = run(&text);
            let arrival = the(&found, EventType::Arrival);
            assert!(
                arrival.participants.iter().any(|p| p.id == id),
                "{text}: {arrival:#?}"
            );
        }
    }

    /// Every bound of a state before a date (`depuis le`, `jusqu'à`, `à
    /// partir du`…) makes it no event's date; the same date without the
    /// bound dates the event.
    #[test]
    fn a_date_that_bounds_a_state_dates_no_event() {
        let lexicon = crate::test_data::event_lexicon();
        assert!(lexicon.state_bounds.len() >= 10);
        for bound in &lexicon.state_bounds {
            for (date, start) in [
                ("3 mars 2021", "2021-03-03"),
                ("vendredi 8 septembre 2023", "2023-09-08"),
            ] {
                let text =
                    format!("Vladimir Poutine a rencontré Kim Jong-un à Moscou {bound} {date}.");
                let found = run(&text);
                assert!(
                    found.iter().any(|e| e.event_type == EventType::Meeting),
                    "{text}"
                );
                assert_eq!(start_of(&found, EventType::Meeting), None, "{text}");
                let control =
                    format!("Vladimir Poutine a rencontré Kim Jong-un à Moscou le {date}.");
                let found = run(&control);
                assert_eq!(
                    start_of(&found, EventType::Meeting).as_deref(),
                    Some(start),
                    "{control}"
                );
            }
        }
    }

    /// A bound read with its period as one expression (`jusqu'à la fin du
    /// mois`) is a state's bound as well: it dates no event.
    #[test]
    fn a_period_read_with_its_bound_dates_no_event() {
        let published = DateInterval::day(NaiveDate::from_ymd_opt(2023, 9, 12).unwrap());
        for bound in ["jusqu'à", "jusqu’à"] {
            for period in [
                "la fin du mois",
                "la fin de l'année",
                "la fin de la semaine",
            ] {
                let text =
                    format!("Vladimir Poutine a rencontré Kim Jong-un à Moscou {bound} {period}.");
                let times = find_dates(&normalize(&text), Some(published));
                assert!(
                    times.iter().any(|t| t.text.starts_with("jusqu")),
                    "{text}: {times:?}"
                );
                let found = run(&text);
                assert!(
                    found.iter().any(|e| e.event_type == EventType::Meeting),
                    "{text}"
                );
                assert_eq!(start_of(&found, EventType::Meeting), None, "{text}");
            }
        }
    }

    /// A colon or a semicolon opens a statement with a head of its own:
    /// its fronted date dates what follows, not the clause before it.
    #[test]
    fn a_date_after_a_colon_dates_what_follows_it() {
        for (date, start) in FRONTED_DATES {
            let date = format!("{}{}", &date[..1].to_lowercase(), &date[1..]);
            for sep in [":", ";"] {
                let text = format!(
                    "Ce n'est pas la première fois que Kim Jong-un se rend en Russie {sep} {date}, il avait rencontré Vladimir Poutine."
                );
                let found = run(&text);
                assert_eq!(
                    start_of(&found, EventType::Meeting).as_deref(),
                    Some(*start),
                    "{text}: {found:#?}"
                );
                assert!(
                    found.iter().any(|e| e.event_type == EventType::Visit),
                    "{text}"
                );
                assert_eq!(start_of(&found, EventType::Visit), None, "{text}");
            }
        }
    }

    /// Every verb of saying × every reported event noun: the date fronted
    /// or standing before the noun dates the report; a date after the noun
    /// is the noun's own.
    #[test]
    fn a_reported_event_noun_keeps_only_the_dates_after_it() {
        let nouns = [
            (
                "la visite de Vladimir Poutine en Corée du Nord",
                EventType::Visit,
            ),
            (
                "la signature d'un accord avec Kim Jong-un",
                EventType::Agreement,
            ),
            (
                "le déploiement de soldats nord-coréens en Russie",
                EventType::Deployment,
            ),
        ];
        for verb in ["a annoncé", "a confirmé", "a démenti", "avait annoncé"] {
            for (noun, kind) in nouns {
                for (date, start) in FRONTED_DATES {
                    let text = format!("{date}, le Kremlin {verb} {noun}.");
                    let found = run(&text);
                    let said = found.iter().find(|e| e.event_type.is_reporting());
                    let said = said.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let got = said.time.as_ref().map(|t| t.interval.start.to_string());
                    assert_eq!(got.as_deref(), Some(*start), "{text}");
                    assert!(
                        found.iter().any(|e| e.event_type == kind),
                        "{text}: {found:#?}"
                    );
                    assert_eq!(start_of(&found, kind), None, "{text}");
                }
                let text = format!("Le Kremlin {verb} lundi {noun} le 3 mars 2021.");
                let found = run(&text);
                assert_eq!(
                    start_of(&found, kind).as_deref(),
                    Some("2021-03-03"),
                    "{text}: {found:#?}"
                );
            }
        }
    }

    /// Every force noun × every verb of movement after it in its clause:
    /// a deployment, not an arrival, a departure or a trip; the same verb
    /// with a person as subject stays a movement.
    #[test]
    fn troops_that_move_are_deployed() {
        let moves = [
            ("sont arrivés en Russie", EventType::Arrival),
            ("ont commencé à arriver en Russie", EventType::Arrival),
            ("ont quitté la région de Koursk", EventType::Departure),
        ];
        for force in [
            "Des soldats nord-coréens",
            "Les troupes nord-coréennes",
            "Ces soldats",
        ] {
            for (verb, movement) in moves {
                let text = format!("À l'automne 2024, {} {verb}.", force);
                let found = run(&text);
                assert!(
                    found.iter().all(|e| e.event_type != movement),
                    "{text}: {found:#?}"
                );
                assert!(
                    found.iter().any(|e| e.event_type == EventType::Deployment),
                    "{text}: {found:#?}"
                );
                let text = format!("À l'automne 2024, Kim Jong-un {verb}.");
                let found = run(&text);
                assert!(
                    found.iter().any(|e| e.event_type == movement),
                    "{text}: {found:#?}"
                );
            }
        }
    }

    /// A caption has no verb: everyone it names, past appositions, is in
    /// the picture of its event noun.
    #[test]
    fn a_caption_event_has_everyone_the_caption_names() {
        let people = [
            (
                "Sergueï Choïgou",
                "serguei-choigou",
                "alors ministre de la Défense",
            ),
            (
                "Sergueï Lavrov",
                "serguei-lavrov",
                "le chef de la diplomatie russe",
            ),
        ];
        for (guest, id, apposition) in people {
            for event in ["du défilé militaire", "de la cérémonie", "de la parade"] {
                for credit in ["PHOTO KCNA/AFP", "Crédit : Reuters"] {
                    let text = format!(
                        "{guest}, {apposition}, aux côtés de Kim Jong-un lors {event} du 27 juillet 2023 à Pyongyang. {credit}"
                    );
                    let found = run(&text);
                    let shown = found.iter().find(|e| e.caption);
                    let shown = shown.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids: Vec<&str> = shown.participants.iter().map(|r| r.id.as_str()).collect();
                    assert!(
                        ids.contains(&id) && ids.contains(&"kim-jong-un"),
                        "{text}: {ids:?}"
                    );
                }
            }
        }
    }

    /// A subject pronoun in a clause that names no actor of its own: `il`
    /// continues the subject of the latest sentence naming a person, not
    /// the last person named (a complement); `ce dernier` is that last
    /// person. Neither takes the person a clause of another act lends
    /// (`avant de retrouver X`); a complement of the clause (`en compagnie
    /// de Y`) stays.
    #[test]
    fn a_subject_pronoun_continues_the_latest_subject() {
        let people = [
            ("Kim Jong-un", "kim-jong-un"),
            ("Sergueï Lavrov", "serguei-lavrov"),
        ];
        let others = [
            ("Sergueï Choïgou", "serguei-choigou"),
            ("Denis Mantourov", "denis-mantourov"),
        ];
        for (subject, subject_id) in people {
            for (other, other_id) in others {
                for (pronoun, meant, not_meant) in [
                    ("il", subject_id, other_id),
                    ("ce dernier", other_id, subject_id),
                ] {
                    let lead = format!("Hier, {subject} a passé la journée aux côtés de {other}.");
                    let text = format!(
                        "{lead} Avant-hier, {pronoun} avait visité une usine à Komsomolsk-sur-l'Amour, en compagnie de Xi Jinping."
                    );
                    let found = run(&text);
                    let visit = found.iter().find(|e| e.event_type == EventType::Visit);
                    let visit = visit.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids: Vec<&str> = visit.participants.iter().map(|r| r.id.as_str()).collect();
                    assert!(
                        ids.contains(&meant) && !ids.contains(&not_meant),
                        "{text}: {ids:?}"
                    );
                    assert!(ids.contains(&"xi-jinping"), "{text}: {ids:?}");
                    let text = format!(
                        "{lead} Il y a deux ans, {pronoun} traversait la Russie en train blindé, avant de retrouver Vladimir Poutine à Vladivostok."
                    );
                    let found = run(&text);
                    let travel = found.iter().find(|e| e.event_type == EventType::Travel);
                    let travel = travel.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids: Vec<&str> =
                        travel.participants.iter().map(|r| r.id.as_str()).collect();
                    assert_eq!(ids, [meant], "{text}");
                }
            }
        }
    }

    /// A participle opening the sentence (`Parti dimanche de Pyongyang,`,
    /// `Arrivé lundi en Chine pour le sommet de l'OCS,`) is an act of the
    /// main clause's subject: the actor at its head, past a comment
    /// (`selon l'agence KCNA`), else, for a description that names no one
    /// (`le dirigeant`), the latest subject.
    #[test]
    fn a_participle_opening_the_sentence_has_the_main_subject() {
        let acts = [
            ("Parti dimanche de Pyongyang", EventType::Departure),
            (
                "Arrivé lundi en Chine pour le sommet de l'Organisation de coopération de Shanghai",
                EventType::Arrival,
            ),
            ("Reparti hier de Vladivostok", EventType::Departure),
        ];
        for (act, kind) in acts {
            for (subject, id) in [
                ("Kim Jong-un", "kim-jong-un"),
                ("M. Lavrov", "serguei-lavrov"),
            ] {
                for comment in ["", " selon l'agence KCNA,"] {
                    let text =
                        format!("{act},{comment} {subject} s'est entretenu mardi avec Xi Jinping.");
                    let found = run(&text);
                    let e = found.iter().find(|e| e.event_type == kind);
                    let e = e.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids: Vec<&str> = e.participants.iter().map(|r| r.id.as_str()).collect();
                    assert_eq!(ids, [id], "{text}");
                }
                let text = format!(
                    "{subject} est arrivé mardi à Pékin. {act}, le dirigeant est accompagné de sa fille, Kim Ju-ae."
                );
                let found = run(&text);
                let e = found
                    .iter()
                    .find(|e| e.event_type == kind && e.sentence == 1);
                let e = e.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                let ids: Vec<&str> = e.participants.iter().map(|r| r.id.as_str()).collect();
                assert_eq!(ids, [id], "{text}");
            }
        }
        // the noun opens a sentence with its article, or with no word of time
        for text in [
            "Le parti dimanche a voté.",
            "Parti communiste : le congrès s'ouvre.",
        ] {
            assert!(
                run(text)
                    .iter()
                    .all(|e| e.event_type != EventType::Departure),
                "{text}"
            );
        }
    }

    /// A relative clause on a noun of the opening participle (`Arrivé
    /// vendredi de Malaisie, où il participait à une réunion, M. Lavrov…`)
    /// is not the main clause: the participle still has the main subject,
    /// whoever the relative clause names. Every relative pronoun of the data
    /// (and a preposition before one) × every participle × subject.
    #[test]
    fn a_relative_clause_after_an_opening_participle_is_no_main_clause() {
        let acts = [
            ("Arrivé vendredi de Malaisie", EventType::Arrival),
            ("Parti dimanche de Pyongyang", EventType::Departure),
        ];
        let relatives = [
            "où il avait rencontré Xi Jinping",
            "qui avait reçu Xi Jinping",
            "que Xi Jinping avait visitée",
            "qu'il avait quittée avec Xi Jinping",
            "dont Xi Jinping est originaire",
            "lequel accueillait Xi Jinping",
            "laquelle accueillait Xi Jinping",
            "avec qui il avait rencontré Xi Jinping",
            "au cours duquel il avait vu Xi Jinping",
            "lors de laquelle Xi Jinping avait parlé",
            "auxquels Xi Jinping participait",
            "à laquelle Xi Jinping participait",
            "auprès desquels Xi Jinping siégeait",
        ];
        for (act, kind) in acts {
            for relative in relatives {
                for (subject, id) in [
                    ("Kim Jong-un", "kim-jong-un"),
                    ("M. Lavrov", "serguei-lavrov"),
                ] {
                    let text = format!(
                        "{act}, {relative}, {subject} s'est entretenu mardi avec Choe Son Hui."
                    );
                    let found = run(&text);
                    let e = found.iter().find(|e| e.event_type == kind);
                    let e = e.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids: Vec<&str> = e.participants.iter().map(|r| r.id.as_str()).collect();
                    assert_eq!(ids, [id], "{text}");
                }
            }
        }
    }

    /// Every relative pronoun of the data opens a relative clause, after up
    /// to three prepositions of the data; other first words do not.
    #[test]
    fn relative_openers_are_the_relative_pronouns_of_the_data() {
        let lexicon = crate::test_data::event_lexicon();
        let file: toml::Value =
            toml::from_str(include_str!("../../data/events/context.toml")).unwrap();
        let words = |key: &str| -> Vec<String> {
            file[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w.as_str().unwrap().to_string())
                .collect()
        };
        let pronouns = words("relative_pronouns");
        assert!(pronouns.len() >= 10);
        for pronoun in &pronouns {
            let space = if pronoun.ends_with('\'') { "" } else { " " };
            for before in ["", "avec ", "au cours de ", ", lors de "] {
                let clause = format!("{before}{pronoun}{space}il parlait");
                assert!(lexicon.opens_relative(&clause), "{clause}");
                let upper = format!("{}{}", before.to_uppercase(), &clause[before.len()..]);
                assert!(lexicon.opens_relative(&upper), "{upper}");
            }
        }
        for clause in [
            "le chef de la diplomatie russe s'est entretenu",
            "selon l'agence KCNA",
            "quitte Moscou",
            "ouvrant la voie",
            "de Moscou à Pékin, il a",
            "dontologie",
        ] {
            assert!(!lexicon.opens_relative(clause), "{clause}");
        }
    }

    /// A subject pronoun of the gender of a country or body that is the
    /// subject before it (`la Corée du Nord pourrait obtenir une aide ;
    /// elle a placé en orbite…`) continues it, in the same sentence or from
    /// the one before, not a person named earlier; with the other gender,
    /// or with a person named between, the person stays. Every name of
    /// data/names-fr.toml with `le` or `la` × both pronouns × both places.
    #[test]
    fn a_pronoun_continues_a_country_or_body_subject_of_its_gender() {
        let line =
            regex::Regex::new(r#"^"?([a-z0-9-]+)"? = \{ article = "(le|la)".*# (.+)$"#).unwrap();
        let names: Vec<(String, String, String)> = include_str!("../../data/names-fr.toml")
            .lines()
            .filter_map(|l| line.captures(l))
            .map(|c| (c[1].to_string(), c[2].to_string(), c[3].trim().to_string()))
            .collect();
        assert!(names.len() >= 100, "{}", names.len());
        let launch_by = |text: &str| -> Option<Vec<String>> {
            run(text)
                .into_iter()
                .find(|e| e.event_type == EventType::Launch)
                .map(|e| e.participants.into_iter().map(|r| r.id.clone()).collect())
        };
        let mut checked = 0;
        for (id, article, name) in &names {
            let article_up = format!("{}{}", article[..1].to_uppercase(), &article[1..]);
            let found = find_entities(
                &normalize(&format!("{article_up} {name} a parlé.")),
                crate::test_data::matcher(),
            );
            if !found.iter().any(|e| e.entity_id == *id) {
                continue; // a name the gazetteer spells otherwise
            }
            checked += 1;
            for (pronoun, pronoun_article) in [("elle", "la"), ("il", "le")] {
                let agrees = article == pronoun_article;
                let same = format!(
                    "Vladimir Poutine s'est exprimé lundi. {article_up} {name} pourrait obtenir une aide ; {pronoun} a placé en orbite mardi un satellite."
                );
                let pronoun_up = format!("{}{}", pronoun[..1].to_uppercase(), &pronoun[1..]);
                let next = format!(
                    "Vladimir Poutine s'est exprimé lundi. En retour, {article} {name} pourrait obtenir une aide. {pronoun_up} a placé en orbite mardi un satellite."
                );
                let between = format!(
                    "Vladimir Poutine s'est exprimé lundi. {article_up} {name} a reçu Sergueï Lavrov ; {pronoun} a placé en orbite mardi un satellite."
                );
                for text in [&same, &next] {
                    let by = launch_by(text).unwrap_or_default();
                    let putin = by.iter().any(|p| p == "vladimir-poutine");
                    assert_eq!(putin, !agrees, "{text}: {by:?}");
                }
                let by = launch_by(&between).unwrap_or_default();
                assert!(
                    !by.iter().any(|p| p == "vladimir-poutine"),
                    "{between}: {by:?}"
                );
                assert!(
                    by.iter().any(|p| p == "serguei-lavrov"),
                    "{between}: {by:?}"
                );
            }
        }
        assert!(checked >= 100, "{checked} names checked");
    }

    /// `à la veille d'un défilé`, `au lendemain de la signature`: the eve
    /// or morrow of another event is not that event's date; the act's day
    /// shifted is.
    #[test]
    fn the_eve_of_an_event_dates_that_event_from_the_act_not_from_the_eve() {
        // `la veille` is no date of its own here (it would be 1 September,
        // the day before Tuesday): the parade is the day after the act,
        // the signature the day before it
        for (relation, noun, kind, day) in [
            (
                "à la veille d'un",
                "défilé militaire",
                EventType::Ceremony,
                "2025-09-03",
            ),
            (
                "au lendemain de la",
                "signature du traité",
                EventType::Agreement,
                "2025-09-01",
            ),
        ] {
            let text = format!(
                "Kim Jong-un est arrivé mardi 2 septembre 2025 à Pékin, {relation} {noun}."
            );
            let found = run(&text);
            assert_eq!(start_of(&found, kind).as_deref(), Some(day), "{text}");
            assert_eq!(
                start_of(&found, EventType::Arrival).as_deref(),
                Some("2025-09-02"),
                "{text}"
            );
        }
    }

    /// An indirect-object clitic before the verb brings the person named
    /// before the clause into the event, for every verb and tense here.
    #[test]
    fn an_object_clitic_brings_the_person_named_before() {
        for (guest, id) in [
            ("Sergueï Choïgou", "serguei-choigou"),
            ("Sergueï Lavrov", "serguei-lavrov"),
        ] {
            for act in [
                "Kim Jong-un lui a fait visiter une usine",
                "M. Kim lui faisant alors visiter une usine",
                "Kim Jong-un lui a remis une décoration lors d'une cérémonie",
            ] {
                let text = format!("Le mois dernier, {guest} a été reçu à Pyongyang, {act}.");
                let found = run(&text);
                let event = found
                    .iter()
                    .find(|e| e.participants.iter().any(|r| r.id == "kim-jong-un"));
                let event = event.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                let ids: Vec<&str> = event.participants.iter().map(|r| r.id.as_str()).collect();
                assert!(ids.contains(&id), "{text}: {ids:?}");
            }
            let text = format!(
                "Le mois dernier, {guest} a été reçu à Pyongyang, Kim Jong-un a visité une usine avec lui."
            );
            let found = run(&text);
            let visit = found.iter().find(|e| e.event_type == EventType::Visit);
            let visit = visit.unwrap_or_else(|| panic!("{text}: {found:#?}"));
            let ids: Vec<&str> = visit.participants.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(ids, ["kim-jong-un"], "{text}");
        }
    }

    /// A person, an apposition naming an institution, the verb: the person
    /// acts, the institution does not.
    #[test]
    fn an_apposition_between_a_person_and_the_verb_is_passed_over() {
        let appositions = [
            (
                "secrétaire du Conseil de sécurité russe",
                "conseil-de-securite-de-russie",
            ),
            ("proche du Kremlin", "kremlin"),
            ("conseiller du Kremlin", "kremlin"),
        ];
        for (person, id) in [
            ("Sergueï Choïgou", "serguei-choigou"),
            ("Sergueï Lavrov", "serguei-lavrov"),
        ] {
            for (apposition, institution) in appositions {
                for act in [
                    "s'est rendu à Pyongyang",
                    "est arrivé à Pyongyang",
                    "a quitté Pyongyang",
                ] {
                    let text = format!("Le mois dernier, {person}, {apposition}, {act}.");
                    let found = run(&text);
                    let event = found.iter().find(|e| !e.event_type.is_reporting());
                    let event = event.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids: Vec<&str> = event.participants.iter().map(|r| r.id.as_str()).collect();
                    assert!(ids.contains(&id), "{text}: {ids:?}");
                    assert!(!ids.contains(&institution), "{text}: {ids:?}");
                }
            }
        }
    }

    /// A verb that opens its clause after a comma has its subject before
    /// it, even when its own clause names someone else (an agent, an
    /// object): every subject (a name, a description then the name, a name
    /// then an apposition naming a body) × every act naming Putin. The body
    /// of the apposition takes no part.
    #[test]
    fn a_subject_before_an_apposition_keeps_its_part_beside_the_other_actor() {
        let subjects = [
            ("Choe Son Hui", "choe-son-hui", None),
            (
                "La cheffe de la diplomatie nord-coréenne, Choe Son Hui",
                "choe-son-hui",
                None,
            ),
            (
                "Sergueï Choïgou, secrétaire du Conseil de sécurité russe",
                "serguei-choigou",
                Some("conseil-de-securite-de-russie"),
            ),
            (
                "Sergueï Lavrov, proche du Kremlin",
                "serguei-lavrov",
                Some("kremlin"),
            ),
        ];
        let acts = [
            (
                "a été reçu lundi au Kremlin par Vladimir Poutine",
                EventType::Reception,
            ),
            ("a rencontré lundi Vladimir Poutine", EventType::Meeting),
            (
                "s'est entretenu lundi avec Vladimir Poutine",
                EventType::Meeting,
            ),
        ];
        for (subject, id, body) in subjects {
            for (act, event_type) in acts {
                // with and without a comma before the verb
                let comma = if subject.contains(',') { ", " } else { " " };
                let text = format!("{subject}{comma}{act}.");
                let found = run(&text);
                let event = the(&found, event_type);
                let ids: Vec<&str> = event.participants.iter().map(|r| r.id.as_str()).collect();
                assert!(ids.contains(&id), "{text}: {ids:?}");
                assert!(ids.contains(&"vladimir-poutine"), "{text}: {ids:?}");
                if let Some(body) = body {
                    assert!(!ids.contains(&body), "{text}: {ids:?}");
                }
                assert_eq!(event.attribution, None, "{text}");
            }
        }
    }

    /// An event noun followed by `entre X et Y` has X and Y as its
    /// participants, whoever the clause's subject is: every meeting or
    /// agreement noun × every subject (a pair anaphor, a spokesman, a
    /// pronoun) × every way of naming the pair (bare, with titles). A pair
    /// of places, a pronoun pair or an incise between names no one.
    #[test]
    fn the_pair_after_entre_takes_part_in_the_noun_not_the_subject() {
        let nouns = [
            ("le sommet", EventType::Meeting),
            ("la rencontre", EventType::Meeting),
            ("les entretiens", EventType::Meeting),
            ("l'accord", EventType::Agreement),
        ];
        let subjects = [
            (
                "Sergueï Lavrov a rencontré samedi Choe Son Hui. Les deux hommes ont évoqué",
                ["serguei-lavrov", "choe-son-hui"],
            ),
            ("Dmitri Peskov a évoqué", ["dmitri-peskov", "dmitri-peskov"]),
            (
                "Sergueï Lavrov est arrivé à Pyongyang. Il a évoqué",
                ["serguei-lavrov", "serguei-lavrov"],
            ),
        ];
        let pairs = [
            "Vladimir Poutine et Kim Jong-un",
            "le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un",
        ];
        for (noun, event_type) in nouns {
            for (subject, others) in subjects {
                for pair in pairs {
                    let text = format!("{subject} {noun} entre {pair} à Pyongyang en juin 2024.");
                    let found = run(&text);
                    let event = found
                        .iter()
                        .filter(|e| e.event_type == event_type)
                        .find(|e| {
                            e.trigger.to_lowercase() == noun.rsplit([' ', '\'']).next().unwrap()
                        })
                        .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let mut ids: Vec<&str> =
                        event.participants.iter().map(|r| r.id.as_str()).collect();
                    ids.sort();
                    assert_eq!(ids, ["kim-jong-un", "vladimir-poutine"], "{text}");
                    assert!(others.iter().all(|o| !ids.contains(o)), "{text}");
                }
            }
        }
        // a pair of places, a pronoun, an incise: the rule keeps out
        for tail in [
            "entre Moscou et Pyongyang",
            "entre eux avec Vladimir Poutine",
            "entre, selon Vladimir Poutine, Kim Jong-un et Xi Jinping",
        ] {
            let text = format!("Dmitri Peskov a évoqué le sommet {tail}.");
            let found = run(&text);
            let event = found
                .iter()
                .find(|e| e.trigger == "sommet")
                .unwrap_or_else(|| panic!("{text}: {found:#?}"));
            let ids: Vec<&str> = event.participants.iter().map(|r| r.id.as_str()).collect();
            // the subject still takes part: no pair replaced it
            assert!(ids.contains(&"dmitri-peskov"), "{text}: {ids:?}");
        }
    }

    /// `Les deux dirigeants` are the last two heads of state or government
    /// named, not a minister or spokesman named after them; `les deux
    /// hommes` stays the last two people. Every pair of leaders × every
    /// other person named last.
    #[test]
    fn the_two_leaders_are_heads_of_state_or_government() {
        let leaders = [
            ("Vladimir Poutine", "vladimir-poutine"),
            ("Kim Jong-un", "kim-jong-un"),
            ("Xi Jinping", "xi-jinping"),
        ];
        let others = [
            ("Dmitri Peskov", "dmitri-peskov"),
            ("Sergueï Lavrov", "serguei-lavrov"),
            ("Choe Son Hui", "choe-son-hui"),
        ];
        let mut tried = 0;
        for (a, a_id) in leaders {
            for (b, b_id) in leaders {
                if a == b {
                    continue;
                }
                for (other, other_id) in others {
                    for (pair, want) in [
                        ("Les deux dirigeants", [a_id, b_id]),
                        ("Les deux hommes", [b_id, other_id]),
                    ] {
                        let text = format!(
                            "{a} attend {b} à Pékin. {other} parle aux journalistes. \
                             {pair} se sont rencontrés mardi."
                        );
                        let found = run(&text);
                        let meeting = the(&found, EventType::Meeting);
                        let mut ids: Vec<&str> =
                            meeting.participants.iter().map(|r| r.id.as_str()).collect();
                        ids.sort();
                        let mut want = want.to_vec();
                        want.sort();
                        assert_eq!(ids, want, "{text}");
                        tried += 1;
                    }
                }
            }
        }
        assert_eq!(tried, 36);
    }

    /// A semi-auxiliary of the future or of intention before an infinitive
    /// makes a plan, not a fact: every such form (present and imperfect,
    /// singular and plural) × three acts; the same acts in the passé
    /// composé are facts.
    #[test]
    fn a_semi_auxiliary_before_an_infinitive_makes_a_plan() {
        let forms = [
            ("doit", "doivent"),
            ("devait", "devaient"),
            ("va", "vont"),
            ("allait", "allaient"),
            ("s'apprête à", "s'apprêtent à"),
            ("s'apprêtait à", "s'apprêtaient à"),
            ("compte", "comptent"),
            ("envisage de", "envisagent de"),
            ("projette de", "projettent de"),
            ("est censé", "sont censés"),
            ("est sur le point de", "sont sur le point de"),
        ];
        let acts = [
            (
                "se rendre à Pyongyang",
                "s'est rendu à Pyongyang",
                EventType::Visit,
            ),
            (
                "rencontrer Kim Jong-un",
                "a rencontré Kim Jong-un",
                EventType::Meeting,
            ),
            (
                "signer un accord",
                "a signé un accord",
                EventType::Agreement,
            ),
        ];
        for (one, many) in forms {
            for (infinitive, done, event_type) in acts {
                for text in [
                    format!("Vladimir Poutine {one} {infinitive}."),
                    format!("Vladimir Poutine et Xi Jinping {many} {infinitive}."),
                ] {
                    let found = run(&text);
                    assert_eq!(
                        the(&found, event_type).modality,
                        Modality::Planned,
                        "{text}"
                    );
                }
                let text = format!("Vladimir Poutine {done}.");
                let found = run(&text);
                assert_eq!(
                    the(&found, event_type).modality,
                    Modality::Occurred,
                    "{text}"
                );
            }
        }
    }

    /// Who says so is named in a clause that says so (`…, a affirmé X`,
    /// `selon X`), never a person beside the act (`accompagné de X`).
    #[test]
    fn the_attribution_is_the_voice_of_a_clause_that_says_so() {
        for (text, who) in [
            (
                "Kim Jong-un est arrivé mardi à Vladivostok, a affirmé Dmitri Peskov.",
                Some("Dmitri Peskov"),
            ),
            (
                "Kim Jong-un est arrivé mardi à Vladivostok, selon Dmitri Peskov.",
                Some("Dmitri Peskov"),
            ),
            (
                "Kim Jong-un, accompagné de Choe Son Hui, est arrivé mardi à Vladivostok.",
                None,
            ),
            (
                "Accompagné de Choe Son Hui, Kim Jong-un est arrivé mardi à Vladivostok.",
                None,
            ),
        ] {
            let found = run(text);
            let arrival = the(&found, EventType::Arrival);
            assert_eq!(arrival.attribution.as_deref(), who, "{text}");
        }
    }

    #[test]
    fn a_fronted_date_stops_at_a_clause_with_a_time_of_its_own() {
        for (date, start) in FRONTED_DATES {
            // (sentence after the date, the type the date dates, the type it must not)
            let cases = [
                (
                    "le Kremlin a affirmé que Kim Jong-un avait rencontré Vladimir Poutine",
                    EventType::Statement,
                    EventType::Meeting,
                ),
                (
                    "Kim Jong-un est arrivé à Moscou après avoir quitté Pyongyang",
                    EventType::Arrival,
                    EventType::Departure,
                ),
                (
                    "Vladimir Poutine a reçu Kim Jong-un, avant de quitter Moscou",
                    EventType::Reception,
                    EventType::Departure,
                ),
            ];
            for (rest, dated, not_dated) in cases {
                let found = run(&format!("{date}, {rest}."));
                assert_eq!(
                    start_of(&found, dated).as_deref(),
                    Some(*start),
                    "{date}, {rest}: {found:#?}"
                );
                assert!(
                    found.iter().any(|e| e.event_type == not_dated),
                    "{date}, {rest}: {found:#?}"
                );
                assert_eq!(start_of(&found, not_dated), None, "{date}, {rest}");
            }
        }
    }

    #[test]
    fn a_fronted_date_dates_a_verb_of_saying_after_an_apposition() {
        for (date, start) in FRONTED_DATES {
            for verb in ["a affirmé", "a déclaré", "a annoncé", "a démenti"] {
                let text = format!(
                    "{date}, le porte-parole du Kremlin, Dmitri Peskov, {verb} que rien n'était décidé."
                );
                let found = run(&text);
                let said = found.iter().find(|e| e.event_type.is_reporting());
                let said = said.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                let got = said.time.as_ref().map(|t| t.interval.start.to_string());
                assert_eq!(got.as_deref(), Some(*start), "{text}");
            }
        }
    }

    #[test]
    fn a_participial_clause_and_what_it_holds_are_out_of_a_fronted_date() {
        for opener in ["confirmant", "en confirmant", "rappelant", "s'appuyant sur"] {
            let text = format!(
                "En 2019, Vladimir Poutine s'est rendu au Vietnam, {opener} ce qui a été rapporté par Hanoï."
            );
            let found = run(&text);
            assert_eq!(
                start_of(&found, EventType::Visit).as_deref(),
                Some("2019-01-01"),
                "{text}"
            );
            let reports: Vec<&EventMention> = found
                .iter()
                .filter(|e| e.event_type.is_reporting())
                .collect();
            assert!(
                reports.iter().all(|e| e.time.is_none()),
                "{text}: {reports:#?}"
            );
        }
    }

    #[test]
    fn an_event_noun_takes_the_date_of_its_relative_clause_unless_it_is_speech() {
        // (noun phrase, its type) × (relative verb, does it date the noun)
        let nouns = [
            ("l'invitation", EventType::Invitation),
            ("la visite", EventType::Visit),
            ("le traité", EventType::Agreement),
        ];
        let verbs = [
            ("qu'avait proposée Kim Jong-un", true),
            ("que Kim Jong-un avait préparée", true),
            ("que le Kremlin a annoncée", false),
            ("que Kim Jong-un a confirmée", false),
        ];
        for (noun, event_type) in nouns {
            for (relative, dates) in verbs {
                let text =
                    format!("Vladimir Poutine a évoqué {noun} {relative} le 13 septembre 2023.");
                let found = run(&text);
                let got = start_of(&found, event_type);
                let want = dates.then(|| "2023-09-13".to_string());
                assert_eq!(got, want, "{text}: {found:#?}");
            }
        }
    }

    #[test]
    fn past_the_main_clause_a_fronted_date_dates_no_complement_nor_comment() {
        // (what follows the main clause, the mentions the date must not reach:
        // a noun complement, a comment's verb of saying)
        type Unreached = fn(&EventMention) -> bool;
        let cases: [(&str, Unreached); 2] = [
            ("pour faire progresser le « pacte » avec Hanoï", |e| {
                e.event_type == EventType::Agreement
            }),
            ("confirmant ce qu'avait annoncé Hanoï", |e| {
                e.event_type.is_reporting()
            }),
        ];
        for (tail, unreached) in cases {
            let text = format!("En 2019, Vladimir Poutine s'est rendu au Vietnam, {tail}.");
            let found = run(&text);
            assert_eq!(
                start_of(&found, EventType::Visit).as_deref(),
                Some("2019-01-01"),
                "{text}"
            );
            let others: Vec<&EventMention> = found.iter().filter(|e| unreached(e)).collect();
            assert!(!others.is_empty(), "{text}: {found:#?}");
            assert!(
                others.iter().all(|e| e.time.is_none()),
                "{text}: {others:#?}"
            );
        }
    }

    /// The lead of the anchor tests: a summit told in the past on
    /// Wednesday, so Wednesday 6 September 2023 (the text is read on
    /// Tuesday the 12th, see `run`).
    const SUMMIT_LEAD: &str =
        "Vladimir Poutine a rencontré Kim Jong-un mercredi à Vostotchny pour un sommet.";

    #[test]
    fn an_act_is_dated_by_the_event_its_preposition_names() {
        // (act after the lead, its type, its first and last day by hand)
        let cases = [
            (
                "Quelques heures avant le début du sommet, Kim Jong-un a tiré deux missiles.",
                EventType::Launch,
                ("2023-09-05", "2023-09-06"),
            ),
            (
                "Kim Jong-un a invité Vladimir Poutine lors de leur rencontre.",
                EventType::Invitation,
                ("2023-09-06", "2023-09-06"),
            ),
            (
                "Kim Jong-un a invité Vladimir Poutine au lendemain du sommet.",
                EventType::Invitation,
                ("2023-09-07", "2023-09-07"),
            ),
            (
                "Kim Jong-un a tiré deux missiles trois jours après le sommet.",
                EventType::Launch,
                ("2023-09-09", "2023-09-09"),
            ),
        ];
        for (act, event_type, (first, last)) in cases {
            let found = run(&format!("{SUMMIT_LEAD} {act}"));
            let t = the(&found, event_type).time.as_ref();
            let t = t.unwrap_or_else(|| panic!("{act}: {found:#?}"));
            assert_eq!(t.rule, "event-anchor", "{act}");
            let days = (t.interval.start.to_string(), t.interval.end.to_string());
            assert_eq!((days.0.as_str(), days.1.as_str()), (first, last), "{act}");
        }
    }

    /// An event noun after `lors de` (and the other `during` phrases) takes
    /// the one date of the act told before it: every phrase × determiner ×
    /// noun × act date. A plural noun (a habit), a lasting state, two dates
    /// before, or a year (too long) date nothing.
    #[test]
    fn the_act_before_lors_de_dates_the_event_noun() {
        let phrases = [
            "lors de",
            "au cours de",
            "pendant",
            "en marge de",
            "à l'occasion de",
        ];
        let determiners = ["la", "sa", "cette"];
        let nouns = [
            ("visite", EventType::Visit),
            ("rencontre", EventType::Meeting),
            ("cérémonie", EventType::Ceremony),
        ];
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let acts = [
            ("le 19 juin 2024", (day(2024, 6, 19), day(2024, 6, 19))),
            ("en juin 2024", (day(2024, 6, 1), day(2024, 6, 30))),
            ("lundi", (day(2023, 9, 11), day(2023, 9, 11))),
        ];
        let elide = |phrase: &str, det: &str| match phrase.strip_suffix(" de") {
            Some(stem) => format!("{stem} de {det}"),
            None => format!("{phrase} {det}"),
        };
        for phrase in phrases {
            for det in determiners {
                for (noun, event_type) in nouns {
                    for (date, (first, last)) in acts {
                        let text = format!(
                            "Kim Jong-un a signé un décret {date} à Pyongyang, {} {noun} de Vladimir Poutine.",
                            elide(phrase, det)
                        );
                        let found = run(&text);
                        let m = found
                            .iter()
                            .find(|e| e.event_type == event_type && e.trigger == noun)
                            .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                        let t = m.time.as_ref().unwrap_or_else(|| panic!("{text}: {m:#?}"));
                        assert_eq!(t.rule, "during-act", "{text}");
                        assert_eq!((t.interval.start, t.interval.end), (first, last), "{text}");
                    }
                }
            }
        }
        for text in [
            "Kim Jong-un a signé un décret le 19 juin 2024 lors de ses visites en Russie.",
            "Kim Jong-un a signé un décret le 19 juin 2024 pendant les sommets avec la Russie.",
            "Kim Jong-un a signé un décret le 19 juin 2024 pendant la guerre en Ukraine.",
            "Kim Jong-un, élu le 3 mai 2024, a signé un décret le 19 juin 2024 lors de la visite de Vladimir Poutine.",
            "Kim Jong-un a signé un décret en 2024 lors de la visite de Vladimir Poutine.",
        ] {
            assert_no_date_by(text, "during-act");
        }
    }

    /// The ids of the participants of `m`, in its order.
    fn participant_ids(m: &EventMention) -> Vec<&str> {
        m.participants.iter().map(|p| p.id.as_str()).collect()
    }

    /// No event of `text` is dated by `rule`.
    fn assert_no_date_by(text: &str, rule: &str) {
        let found = run(text);
        let dated = found
            .iter()
            .filter_map(|e| e.time.as_ref())
            .any(|t| t.rule == rule);
        assert!(!dated, "{text}: {found:#?}");
    }

    /// An event noun that a verb of attending governs takes the one date
    /// its sentence gives before it: every form × determiner × noun × date
    /// × what stands between (nothing, an incise, a place after `à`). The
    /// expected days are computed here from the publication day. A
    /// plural, another verb, two dates or a year date nothing.
    #[test]
    fn the_attending_of_an_event_dates_its_noun() {
        let published = NaiveDate::from_ymd_opt(2023, 9, 12).unwrap();
        let last_monday = (1..=7)
            .map(|n| published - chrono::Duration::days(n))
            .find(|d| chrono::Datelike::weekday(d) == chrono::Weekday::Mon)
            .unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let forms = [
            "a assisté",
            "ont assisté",
            "assistait",
            "a participé",
            "ont participé",
            "a pris part",
            "ont pris part",
        ];
        let nouns = [
            ("défilé", ["au", "à un", "à son"], EventType::Ceremony),
            ("cérémonie", ["à la", "à une", "à sa"], EventType::Ceremony),
            ("réunion", ["à la", "à une", "à leur"], EventType::Meeting),
            ("sommet", ["au", "à un", "à ce"], EventType::Meeting),
        ];
        let dates = [
            ("le 19 juin 2024", (day(2024, 6, 19), day(2024, 6, 19))),
            ("en juin 2024", (day(2024, 6, 1), day(2024, 6, 30))),
            ("lundi", (last_monday, last_monday)),
        ];
        let betweens = ["", ", depuis la tribune officielle,", " à Pyongyang"];
        for form in forms {
            for (noun, dets, event_type) in nouns {
                for det in dets {
                    for (date, (first, last)) in dates {
                        for between in betweens {
                            let text = format!(
                                "Kim Jong-un et Vladimir Poutine {form} {date}{between} {det} {noun} annuel."
                            );
                            let found = run(&text);
                            let m = found
                                .iter()
                                .find(|e| e.event_type == event_type && e.trigger == noun)
                                .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                            let t = m.time.as_ref().unwrap_or_else(|| panic!("{text}: {m:#?}"));
                            assert_eq!((t.interval.start, t.interval.end), (first, last), "{text}");
                            // in one clause the noun's own date rule reads
                            // it too; past an incise only this rule does
                            if between.starts_with(',') {
                                assert_eq!(t.rule, "attended-act", "{text}");
                            }
                        }
                    }
                }
            }
        }
        // a date that opens the sentence dates the attending too
        for form in forms {
            for (date, (first, last)) in dates {
                let opening = format!("{}{}", date[..1].to_uppercase(), &date[1..]);
                let text =
                    format!("{opening}, Kim Jong-un, alors en visite, {form} au défilé annuel.");
                let found = run(&text);
                let t = the(&found, EventType::Ceremony).time.as_ref();
                let t = t.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                assert_eq!((t.interval.start, t.interval.end), (first, last), "{text}");
            }
        }
        for text in [
            "Kim Jong-un et Vladimir Poutine ont assisté le 19 juin 2024 aux défilés de l'armée.",
            "Kim Jong-un a renoncé le 19 juin 2024 à la cérémonie annuelle.",
            "Kim Jong-un a assisté le 19 juin 2024 à la projection, puis au défilé annuel.",
            "Kim Jong-un, élu le 3 mai 2024, a assisté le 19 juin 2024 au défilé annuel.",
            "Kim Jong-un a assisté en 2024 au défilé annuel.",
            "Le général qui a assisté le 19 juin 2024 à Pyongyang évoque la réunion annuelle.",
            "Arrivé le 19 juin 2024 de Hanoï, où il participait à une réunion régionale, Kim Jong-un a parlé.",
            "Kim Jong-un est arrivé le 19 juin 2024 à Pyongyang et il a participé à une réunion annuelle.",
        ] {
            assert_no_date_by(text, "attended-act");
        }
    }

    /// An act told in a clause of simultaneity after its main clause, with
    /// no date of its own, takes the main clause's one date: every
    /// conjunction × main clause × date × act × layout (with and without a
    /// comma). Expected intervals are computed here from the publication
    /// day. Its own date, two dates in the main clause, an incise after the
    /// conjunction, or a clause of time that opens the sentence give none.
    #[test]
    fn a_clause_of_simultaneity_takes_the_date_of_its_main_clause() {
        let published = NaiveDate::from_ymd_opt(2023, 9, 12).unwrap();
        let last_monday = (1..=7)
            .map(|n| published - chrono::Duration::days(n))
            .find(|d| chrono::Datelike::weekday(d) == chrono::Weekday::Mon)
            .unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let dates = [
            ("le 19 juin 2021", (day(2021, 6, 19), day(2021, 6, 19))),
            ("en avril 2019", (day(2019, 4, 1), day(2019, 4, 30))),
            ("lundi", (last_monday, last_monday)),
        ];
        let mains = [
            "Sa dernière visite en Russie a eu lieu {date}",
            "Le dirigeant est parti pour Vladivostok {date}",
            "La crise a éclaté {date}",
        ];
        let conjunctions = [
            "quand il",
            "lorsqu'il",
            "lorsque le dirigeant",
            "au moment où il",
        ];
        let acts = [
            (
                "a rencontré Vladimir Poutine",
                EventType::Meeting,
                "rencontré",
            ),
            (
                "avait rencontré Vladimir Poutine",
                EventType::Meeting,
                "rencontré",
            ),
            (
                "a signé un accord avec Vladimir Poutine",
                EventType::Agreement,
                "signé",
            ),
        ];
        for (date, (first, last)) in dates {
            for main in mains {
                for conjunction in conjunctions {
                    for (act, event_type, trigger) in acts {
                        for comma in [",", ""] {
                            let text = format!(
                                "{}{comma} {conjunction} {act} à Vladivostok.",
                                main.replace("{date}", date)
                            );
                            let found = run(&text);
                            let m = found
                                .iter()
                                .find(|e| e.event_type == event_type && e.trigger == trigger)
                                .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                            let t = m.time.as_ref().unwrap_or_else(|| panic!("{text}: {m:#?}"));
                            assert_eq!((t.interval.start, t.interval.end), (first, last), "{text}");
                            // without a comma the clause is one, and its
                            // own date rule reads the date too
                            if !comma.is_empty() {
                                assert_eq!(t.rule, "main-clause", "{text}");
                            }
                        }
                    }
                }
            }
        }
        for text in [
            "Sa visite remonte à avril 2019, quand il avait rencontré Vladimir Poutine le 25 avril 2019.",
            "Sa visite du 3 mars 2019 a suivi celle du 4 avril 2018, quand il a rencontré Vladimir Poutine.",
            "Sa visite remonte à avril 2019, quand, selon Séoul, il a rencontré Vladimir Poutine.",
            "Quand il a rencontré Vladimir Poutine, Kim Jong-un était ému.",
            "Sa visite remonte à avril 2019 ; quand il a rencontré Vladimir Poutine, rien n'était prêt.",
        ] {
            assert_no_date_by(text, "main-clause");
        }
    }

    /// An act told in the passé composé in a relative clause of place
    /// (`…, où`) after the place a trip told in the passé composé reached
    /// takes the trip's date: every trip × place × act × date. A
    /// pluperfect or a future in the relative, no trip, or no place before
    /// `où` give none.
    #[test]
    fn a_relative_clause_of_place_takes_the_date_of_the_trip() {
        let published = NaiveDate::from_ymd_opt(2023, 9, 12).unwrap();
        let last_monday = (1..=7)
            .map(|n| published - chrono::Duration::days(n))
            .find(|d| chrono::Datelike::weekday(d) == chrono::Weekday::Mon)
            .unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let dates = [
            ("lundi", (last_monday, last_monday)),
            ("le 19 juin 2021", (day(2021, 6, 19), day(2021, 6, 19))),
        ];
        let trips = ["est arrivé", "s'est rendu", "a atterri"];
        let places = ["à Pyongyang", "à Moscou", "à Vladivostok"];
        let acts = [
            (
                "il a été accueilli par Choe Son Hui",
                EventType::Reception,
                "accueilli",
            ),
            (
                "il a rencontré Choe Son Hui",
                EventType::Meeting,
                "rencontré",
            ),
            (
                "il s'est entretenu avec Choe Son Hui",
                EventType::Meeting,
                "s'entretenu",
            ),
        ];
        for (date, (first, last)) in dates {
            for trip in trips {
                for place in places {
                    for (act, event_type, _) in acts {
                        let text = format!("Sergueï Lavrov {trip} {date} {place}, où {act}.");
                        let found = run(&text);
                        let m = found
                            .iter()
                            .find(|e| e.event_type == event_type)
                            .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                        let t = m.time.as_ref().unwrap_or_else(|| panic!("{text}: {m:#?}"));
                        assert_eq!((t.interval.start, t.interval.end), (first, last), "{text}");
                        assert_eq!(t.rule, "where-clause", "{text}");
                    }
                }
            }
        }
        for text in [
            "Sergueï Lavrov est arrivé lundi à Pyongyang, où il avait été accueilli par Choe Son Hui.",
            "Sergueï Lavrov est arrivé lundi à Pyongyang, où il rencontrera Choe Son Hui.",
            "Sergueï Lavrov a déclaré lundi à Pyongyang, où il a rencontré Choe Son Hui, que tout allait bien.",
            "Sergueï Lavrov est arrivé lundi dans la soirée, où il a rencontré Choe Son Hui.",
        ] {
            assert_no_date_by(text, "where-clause");
        }
    }

    /// A place named after `où` (inside the relative, not before it) is
    /// no place the relative is of, and reading it never fails: every
    /// opening date × place inside the relative × verb of the relative.
    #[test]
    fn a_place_inside_the_relative_clause_is_not_the_place_before_it() {
        for date in ["le 4 août 2001", "lundi", "en juillet 2000"] {
            for place in ["Moscou", "Pyongyang", "Vladivostok"] {
                for act in ["signèrent la déclaration de", "ont signé un accord à"] {
                    let text = format!(
                        "Kim Jong-il est arrivé au Kremlin {date}, où les deux dirigeants {act} {place}."
                    );
                    assert_no_date_by(&text, "where-clause");
                }
            }
        }
    }

    /// A name in apposition right after a source (`Selon le porte-parole
    /// du Kremlin, Dmitri Peskov, …`) says who says so: no participant,
    /// and no one a pronoun of the act stands for, for every opener ×
    /// description × name; the pronoun takes the person named before.
    #[test]
    fn a_name_in_apposition_to_a_source_takes_no_part() {
        let names = [
            ("Dmitri Peskov", "dmitri-peskov"),
            ("Sergueï Lavrov", "serguei-lavrov"),
        ];
        let descriptions = [
            "le porte-parole du Kremlin",
            "le ministre russe",
            "un haut responsable",
        ];
        for opener in ["Selon", "D'après"] {
            for description in descriptions {
                for (name, id) in names {
                    let text = format!(
                        "{opener} {description}, {name}, Kim Jong-un a été reçu lundi par Vladimir Poutine."
                    );
                    let found = run(&text);
                    let m = the(&found, EventType::Reception);
                    let ids = participant_ids(m);
                    assert!(!ids.contains(&id), "{text}: {ids:?}");
                    assert!(ids.contains(&"kim-jong-un"), "{text}: {ids:?}");
                    let text = format!(
                        "Kim Jong-un est arrivé dimanche à Moscou. {opener} {description}, {name}, il a rencontré lundi les ministres."
                    );
                    let found = run(&text);
                    let m = the(&found, EventType::Meeting);
                    let ids = participant_ids(m);
                    assert_eq!(ids, ["kim-jong-un"], "{text}");
                }
            }
        }
    }

    /// The `il` of an impersonal construction (`Il s'agit de…`, `il faut`)
    /// stands for no one: the person of the sentence before is no
    /// participant of the act it introduces, for every construction; a
    /// personal `il` still takes that person.
    #[test]
    fn an_impersonal_il_stands_for_no_one() {
        for phrase in [
            "Il s'agit de la visite",
            "Il s'agissait de la visite",
            "Il y a eu la visite",
            "Il faut rappeler la visite",
            "Il a fallu attendre la visite",
            "Il reste la visite",
            "Il est question de la visite",
            "Il était question de la visite",
        ] {
            let text = format!("Vladimir Poutine a parlé lundi. {phrase} de Kim Jong-un à Moscou.");
            let found = run(&text);
            let m = the(&found, EventType::Visit);
            let ids = participant_ids(m);
            assert_eq!(ids, ["kim-jong-un"], "{text}");
        }
        let text = "Vladimir Poutine a parlé lundi. Il a rencontré Kim Jong-un à Moscou.";
        let found = run(text);
        let m = the(&found, EventType::Meeting);
        assert!(
            m.participants.iter().any(|p| p.id == "vladimir-poutine"),
            "{text}: {m:#?}"
        );
    }

    /// A possessive that opens the sentence's subject before an event noun
    /// (`Son arrivée à Pyongyang est prévue`, `Il s'agit de sa première
    /// visite`) stands for the person the text speaks of: every possessive
    /// × adjective × noun × opening; `leur` for the pair. Inside a clause
    /// (`avant son départ`) the possessor may be named later: none.
    #[test]
    fn a_possessive_opening_the_subject_stands_for_who_acts() {
        // (noun, possessive right before it, possessive before an
        // adjective: `son arrivée` but `sa première arrivée`, feminine)
        let nouns = [
            ("arrivée", "Son", "Sa", true, EventType::Arrival),
            ("visite", "Sa", "Sa", true, EventType::Visit),
            ("départ", "Son", "Son", false, EventType::Departure),
            ("voyage", "Son", "Son", false, EventType::Travel),
        ];
        let adjectives = [
            ("", ""),
            ("premier ", "première "),
            ("dernier ", "dernière "),
            ("prochain ", "prochaine "),
        ];
        let lead = "Vladimir Poutine a quitté Moscou lundi soir.";
        for (noun, bare, with_adjective, feminine, event_type) in nouns {
            for (masculine_form, feminine_form) in adjectives {
                let adjective = if feminine {
                    feminine_form
                } else {
                    masculine_form
                };
                let possessive = if adjective.is_empty() {
                    bare
                } else {
                    with_adjective
                };
                for opening in ["", "Mardi, ", "Il s'agit de "] {
                    let phrase = format!("{possessive} {adjective}{noun}");
                    let phrase = if opening.starts_with("Il") {
                        phrase.to_lowercase()
                    } else {
                        phrase
                    };
                    let text = format!("{lead} {opening}{phrase} à Pyongyang a surpris.");
                    let found = run(&text);
                    let m = found
                        .iter()
                        .find(|e| e.event_type == event_type && e.trigger == noun)
                        .unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    let ids = participant_ids(m);
                    assert_eq!(ids, ["vladimir-poutine"], "{text}");
                }
            }
        }
        let text = "Vladimir Poutine et Kim Jong-un ont parlé lundi. Leur rencontre à Pyongyang a duré deux heures.";
        let found = run(text);
        let m = the(&found, EventType::Meeting);
        let ids = participant_ids(m);
        assert_eq!(ids, ["kim-jong-un", "vladimir-poutine"], "{text}");
        for text in [
            "Vladimir Poutine a quitté Moscou lundi. Le ministre a parlé avant son départ de Pyongyang.",
            "Vladimir Poutine a quitté Moscou lundi. Le ministre, à bord de son train, prépare sa visite à Pyongyang.",
        ] {
            let found = run(text);
            assert!(
                found
                    .iter()
                    .filter(|e| e.trigger != "quitté")
                    .all(|e| e.participants.iter().all(|p| p.id != "vladimir-poutine")),
                "{text}: {found:#?}"
            );
        }
    }

    /// A sentence whose subject is a pronoun before the first person it
    /// names continues the subject the pronoun stood for (that person is
    /// its object): the `il` of the next sentence is still the first
    /// subject, for every pair × opening; a sentence with a named subject,
    /// or whose only pronoun before the person is in a relative clause,
    /// hands its own subject on.
    #[test]
    fn a_pronoun_subject_carries_its_antecedent_to_the_next_sentence() {
        let pairs = [
            (
                "Kim Jong-un",
                "kim-jong-un",
                "Vladimir Poutine",
                "vladimir-poutine",
            ),
            (
                "Sergueï Lavrov",
                "serguei-lavrov",
                "Choe Son Hui",
                "choe-son-hui",
            ),
            (
                "Sergueï Choïgou",
                "serguei-choigou",
                "Kim Jong-un",
                "kim-jong-un",
            ),
        ];
        let openings = ["", "Le lendemain, ", "Trois jours après, ", "Mardi, "];
        for (a, a_id, b, b_id) in pairs {
            for opening in openings {
                let pronoun = if opening.is_empty() { "Il" } else { "il" };
                let text = format!(
                    "{a} est arrivé lundi à Moscou. {opening}{pronoun} a rencontré {b} au Kremlin. Ensuite, il a visité une usine à Kazan."
                );
                let found = run(&text);
                let m = the(&found, EventType::Visit);
                let ids = participant_ids(m);
                assert_eq!(ids, [a_id], "{text}");
                // a named subject hands itself on
                let text = format!(
                    "{a} est arrivé lundi à Moscou. {opening}{b} a rencontré {a} au Kremlin. Ensuite, il a visité une usine à Kazan."
                );
                let found = run(&text);
                let m = the(&found, EventType::Visit);
                let ids = participant_ids(m);
                assert_eq!(ids, [b_id], "{text}");
                // a pronoun of a relative clause is not the sentence's subject
                let text = format!(
                    "{a} est arrivé lundi à Moscou. Venu de Pékin, où il avait parlé, {b} a salué {a}. Ensuite, il a visité une usine à Kazan."
                );
                let found = run(&text);
                let m = the(&found, EventType::Visit);
                let ids = participant_ids(m);
                assert_eq!(ids, [b_id], "{text}");
            }
        }
    }

    /// A name in apposition right after the act's clause (`a reçu lundi le
    /// ministre russe des Affaires étrangères, Sergueï Lavrov, à Wonsan`)
    /// is its last noun phrase's and takes part: every verb × description
    /// × name × what follows. An incise or a source after the comma
    /// (`…, a indiqué X`, `…, selon X`) is not a participant.
    #[test]
    fn a_name_in_apposition_after_the_act_takes_part() {
        let verbs = [
            ("a reçu lundi", EventType::Reception),
            ("a rencontré lundi", EventType::Meeting),
            ("s'est entretenu lundi avec", EventType::Meeting),
        ];
        let descriptions = [
            "le ministre russe des Affaires étrangères",
            "son homologue",
            "la ministre",
        ];
        let names = [
            ("Sergueï Lavrov", "serguei-lavrov"),
            ("Choe Son Hui", "choe-son-hui"),
        ];
        for (verb, event_type) in verbs {
            for description in descriptions {
                for (name, id) in names {
                    for tail in [".", ", à Wonsan.", ", en visite officielle."] {
                        let text = format!("Kim Jong-un {verb} {description}, {name}{tail}");
                        let found = run(&text);
                        let m = the(&found, event_type);
                        let ids = participant_ids(m);
                        assert!(
                            ids.contains(&id) && ids.contains(&"kim-jong-un"),
                            "{text}: {ids:?}"
                        );
                    }
                }
            }
        }
        for text in [
            "Kim Jong-un a reçu lundi le ministre, a indiqué Dmitri Peskov.",
            "Kim Jong-un a reçu lundi le ministre, selon Dmitri Peskov.",
        ] {
            let found = run(text);
            let m = the(&found, EventType::Reception);
            assert!(
                m.participants.iter().all(|p| p.id != "dmitri-peskov"),
                "{text}: {m:#?}"
            );
        }
    }

    /// A name after a noun of kinship or succession and `de` (`le défunt
    /// père de Kim Jong-un`) is whose relative is meant: no participant of
    /// the act, for every noun × modifier; the name alone is one.
    #[test]
    fn a_name_after_a_noun_of_kinship_is_no_participant() {
        let nouns = [
            ("le", "père"),
            ("la", "sœur"),
            ("le", "frère"),
            ("le", "fils"),
            ("la", "fille"),
            ("l'", "épouse"),
            ("l'", "oncle"),
            ("le", "successeur"),
            ("le", "prédécesseur"),
        ];
        for (det, noun) in nouns {
            let space = if det.ends_with('\'') { "" } else { " " };
            for modifier in ["", " cadet", " aîné", " défunt"] {
                let text = format!(
                    "Vladimir Poutine a rencontré lundi {det}{space}{noun}{modifier} de Kim Jong-un à Moscou."
                );
                let found = run(&text);
                let m = the(&found, EventType::Meeting);
                let ids = participant_ids(m);
                assert!(!ids.contains(&"kim-jong-un"), "{text}: {ids:?}");
                assert!(ids.contains(&"vladimir-poutine"), "{text}: {ids:?}");
            }
        }
        let found = run("Vladimir Poutine a rencontré lundi Kim Jong-un à Moscou.");
        let m = the(&found, EventType::Meeting);
        assert!(
            m.participants.iter().any(|p| p.id == "kim-jong-un"),
            "{m:#?}"
        );
    }

    /// A place in a later clause that carries a date of its own, not the
    /// event's, is where that other time happened, no place of the event:
    /// every event × later clause; without a date, or for a report (whose
    /// places are those of what it tells), the place stays.
    #[test]
    fn a_place_of_a_later_clause_with_its_own_date_is_not_the_events() {
        let events = [
            (
                "Kim Jong-un et Sergueï Lavrov ont tenu samedi leur réunion",
                EventType::Meeting,
            ),
            (
                "Kim Jong-un a reçu samedi Sergueï Lavrov",
                EventType::Reception,
            ),
            (
                "Sergueï Lavrov s'est entretenu samedi avec Kim Jong-un",
                EventType::Meeting,
            ),
        ];
        let later = [
            ", après une première session organisée en novembre à Moscou.",
            ", comme il l'avait fait le 3 mai à Moscou.",
            " – il s'était déjà rendu à Moscou en mai.",
        ];
        let has_moscow = |m: &EventMention| m.places.iter().any(|p| p.name == "Moscou");
        for (event, event_type) in events {
            for clause in later {
                let text = format!("{event}{clause}");
                let found = run(&text);
                let m = the(&found, event_type);
                assert!(m.time.is_some(), "{text}: {m:#?}");
                assert!(!has_moscow(m), "{text}: {m:#?}");
            }
            let text = format!("{event}, à Moscou.");
            let found = run(&text);
            assert!(has_moscow(the(&found, event_type)), "{text}: {found:#?}");
        }
        let report = "Le Kremlin a affirmé samedi que Kim Jong-un avait rencontré Sergueï Lavrov le 3 mai à Moscou.";
        let found = run(report);
        assert!(
            has_moscow(the(&found, EventType::Statement)),
            "{report}: {found:#?}"
        );
    }

    /// A lasting state named by a noun (a war, fighting, a deployment) is
    /// never dated by the day of the act an anchor names: every anchor ×
    /// every lasting noun, with a person who speaks of it; the same anchor
    /// still dates a one-day act of the same sentence shape.
    #[test]
    fn an_anchor_dates_no_war_or_fighting_named_by_a_noun() {
        let anchors = [
            "Lors de cette rencontre",
            "Lors de leur rencontre",
            "À l'issue du sommet",
            "Au lendemain du sommet",
        ];
        let lasting = [
            ("la guerre en Ukraine", EventType::Military),
            ("les combats dans la région de Koursk", EventType::Combat),
            ("le déploiement de soldats en Russie", EventType::Deployment),
        ];
        for anchor in anchors {
            for (noun, event_type) in lasting {
                let act =
                    format!("{anchor}, Kim Jong-un a réaffirmé son soutien à Moscou dans {noun}.");
                let found = run(&format!("{SUMMIT_LEAD} {act}"));
                let dated_by_anchor = found
                    .iter()
                    .filter(|e| e.event_type == event_type)
                    .filter_map(|e| e.time.as_ref())
                    .any(|t| t.rule == "event-anchor");
                assert!(!dated_by_anchor, "{act}: {found:#?}");
            }
            // control: a one-day act in the same shape is dated
            let act = format!("{anchor}, Kim Jong-un a invité Vladimir Poutine à Pyongyang.");
            let found = run(&format!("{SUMMIT_LEAD} {act}"));
            let t = the(&found, EventType::Invitation).time.as_ref();
            assert_eq!(t.map(|t| t.rule.as_str()), Some("event-anchor"), "{act}");
        }
    }

    /// A country before the verb of its clause is the act's actor, as a
    /// person is: the act is dated by the event its preposition names,
    /// whether or not an incise says who reports it. Without any actor the
    /// act is the article's event of its kind, which the anchor does not date.
    #[test]
    fn a_country_subject_is_an_actor_an_anchor_dates() {
        let mut tried = 0;
        for country in [
            "la Corée du Nord",
            "la Russie",
            "le Japon",
            "la Chine",
            "l'Ukraine",
            "les États-Unis",
        ] {
            for incise in ["", ", a annoncé le Kremlin"] {
                let act = format!(
                    "Quelques heures avant le début du sommet, {country} a tiré deux missiles{incise}."
                );
                let found = run(&format!("{SUMMIT_LEAD} {act}"));
                let t = the(&found, EventType::Launch).time.as_ref();
                let t = t.unwrap_or_else(|| panic!("{act}: {found:#?}"));
                assert_eq!(t.rule, "event-anchor", "{act}");
                assert_eq!(
                    (t.interval.start.to_string(), t.interval.end.to_string()),
                    ("2023-09-05".to_string(), "2023-09-06".to_string()),
                    "{act}"
                );
                tried += 1;
            }
        }
        assert_eq!(tried, 12);
        let act = "Quelques heures avant le début du sommet, deux missiles ont été tirés.";
        let found = run(&format!("{SUMMIT_LEAD} {act}"));
        assert_eq!(start_of(&found, EventType::Launch), None, "{act}");
    }

    #[test]
    fn the_summit_an_anchor_names_is_the_one_nearest_the_day_of_writing() {
        let recall = "Kim Jong-un et Vladimir Poutine se sont rencontrés en avril 2019.";
        let act = "Quelques heures avant le début du sommet, Kim Jong-un a tiré deux missiles.";
        let found = run(&format!("{recall} {SUMMIT_LEAD} {act}"));
        let t = the(&found, EventType::Launch).time.as_ref().unwrap();
        assert_eq!(
            (t.interval.start.to_string(), t.interval.end.to_string()),
            ("2023-09-05".to_string(), "2023-09-06".to_string())
        );
        // the 2019 summit alone is too far from the day of writing
        let found = run(&format!("{recall} {act}"));
        assert_eq!(start_of(&found, EventType::Launch), None);
        the(&found, EventType::Launch);
    }

    #[test]
    fn an_anchor_dates_nothing_it_cannot_be_sure_of() {
        let cases = [
            // a new event, not the article's
            (
                "Kim Jong-un a invité Vladimir Poutine lors d'une rencontre.",
                EventType::Invitation,
            ),
            // the visit of someone the summit does not name
            (
                "Lors de sa visite à Moscou, Choe Son Hui a rencontré Sergueï Lavrov.",
                EventType::Meeting,
            ),
            // what may come is not dated by what was done
            (
                "Kim Jong-un pourrait inviter Vladimir Poutine lors de leur rencontre.",
                EventType::Invitation,
            ),
        ];
        for (act, event_type) in cases {
            let found = run(&format!("{SUMMIT_LEAD} {act}"));
            let m = found.iter().rfind(|e| e.event_type == event_type);
            let m = m.unwrap_or_else(|| panic!("{act}: {found:#?}"));
            assert!(
                m.time.is_none() || m.quote.starts_with("Vladimir Poutine a rencontré"),
                "{act}: {m:#?}"
            );
        }
    }

    #[test]
    fn a_date_restated_by_another_stands_for_it() {
        let found = run(
            "Séoul s'attend à ce que Kim Jong-un rencontre Vladimir Poutine aux environs d'après-demain, soit demain.",
        );
        let met = found
            .iter()
            .find(|e| e.event_type == EventType::Meeting)
            .unwrap();
        assert_eq!(
            met.time.as_ref().unwrap().interval.start.to_string(),
            "2023-09-13"
        );
    }

    #[test]
    fn depuis_dates_a_state_not_the_event() {
        let found = run("Vladimir Poutine est arrivé pour sa première visite depuis juillet 2000.");
        assert!(found.iter().all(|e| e.time.is_none()), "{found:#?}");
    }

    /// The clause texts of a sentence.
    fn clause_texts(sentence: &str) -> Vec<String> {
        let lexicon = crate::test_data::event_lexicon();
        let triggers: Vec<usize> = lexicon.find(sentence).iter().map(|h| h.start).collect();
        let hits = lexicon.find(sentence);
        clauses_around(
            sentence,
            0,
            &triggers,
            &perfect_infinitives(sentence, &hits),
        )
        .iter()
        .map(|c| sentence[c.span.start..c.span.end].trim().to_string())
        .collect()
    }

    #[test]
    fn et_before_an_auxiliary_opens_a_clause_for_every_auxiliary_and_clitic() {
        let auxiliaries = [
            "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut",
            "eurent", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient",
            "fut", "furent",
        ];
        let clitics = [
            "", "s'", "l'", "lui ", "leur ", "y ", "en ", "n'", "ne ", "se ",
        ];
        for aux in auxiliaries {
            for clitic in clitics {
                let sentence = format!("Il a signé un pacte et {clitic}{aux} livré des obus");
                let parts = clause_texts(&sentence);
                assert_eq!(parts.len(), 2, "{sentence}: {parts:?}");
                assert_eq!(parts[0], "Il a signé un pacte", "{sentence}");
            }
        }
        // `et` between two nouns or before a noun phrase joins, never cuts
        for tail in [
            "les obus",
            "la visite",
            "leur rencontre",
            "Pyongyang",
            "l'armée russe",
            "avait-il",
        ] {
            let sentence = format!("Il a reçu les missiles et {tail} hier");
            assert_eq!(clause_texts(&sentence).len(), 1, "{sentence}");
        }
    }

    #[test]
    fn pour_before_a_noun_phrase_stays_and_before_a_verb_cuts() {
        for start in NOUN_PHRASE_STARTS {
            let sentence = format!("Il l'a reconnu pour {start} première fois mardi");
            assert_eq!(clause_texts(&sentence).len(), 1, "{sentence}");
        }
        for verb in [
            "discuter",
            "s'entretenir",
            "y participer",
            "signer",
            "rencontrer",
        ] {
            let sentence = format!("Il est arrivé mardi pour {verb} avec lui");
            let parts = clause_texts(&sentence);
            assert_eq!(parts[0], "Il est arrivé mardi", "{sentence}");
            assert!(parts[1].starts_with("pour "), "{sentence}: {parts:?}");
        }
    }

    #[test]
    fn selon_opens_the_clause_of_the_source() {
        for source in ["selon", "d'après"] {
            let sentence = format!("Kim Jong-un est arrivé en Russie {source} Yonhap mardi");
            assert_eq!(clause_texts(&sentence).len(), 2, "{sentence}");
        }
    }

    #[test]
    fn the_date_of_a_source_does_not_date_the_event() {
        let found = run("Kim Jong-un est arrivé en Russie selon l'agence Yonhap mardi.");
        let arrival = found
            .iter()
            .find(|e| e.event_type == EventType::Arrival)
            .unwrap();
        assert!(arrival.time.is_none(), "{arrival:#?}");
    }

    #[test]
    fn coordinated_verbs_keep_their_own_dates() {
        let found =
            run("Vladimir Poutine a signé en juin un accord et a visité Pyongyang sans date.");
        let agreement = found
            .iter()
            .find(|e| e.event_type == EventType::Agreement)
            .unwrap();
        assert_eq!(agreement.time.as_ref().unwrap().value, "2023-06");
        let visit = found
            .iter()
            .find(|e| e.event_type == EventType::Visit)
            .unwrap();
        assert!(visit.time.is_none(), "{visit:#?}");
    }

    /// `et` + an event verb of every tense of the narrative, for transitive
    /// verbs of several types: the second verb takes the date of its own
    /// clause, the first keeps its own.
    #[test]
    fn a_verb_coordinated_by_et_keeps_its_own_date_in_every_tense() {
        use crate::events::conjugate::{FormKind, Tense};
        let conj = crate::test_data::conjugator();
        for (verb, event_type) in [
            ("rencontrer", EventType::Meeting),
            ("recevoir", EventType::Reception),
            ("accueillir", EventType::Reception),
            ("visiter", EventType::Visit),
            ("quitter", EventType::Departure),
        ] {
            for inflection in conj.inflect(verb).unwrap() {
                let FormKind::Finite { tense, person: 2 } = inflection.kind else {
                    continue;
                };
                if !matches!(
                    tense,
                    Tense::Present | Tense::Imparfait | Tense::PasseSimple
                ) {
                    continue;
                }
                let form = &inflection.form;
                let sentence = format!(
                    "Kim Jong-un arrive à Vladivostok le 10 septembre et {form} Vladimir Poutine le lendemain."
                );
                let parts = clause_texts(&sentence);
                assert!(
                    parts.iter().any(|p| p.starts_with(&format!("et {form}"))),
                    "{sentence}: {parts:?}"
                );
                let found = run(&sentence);
                let second = found
                    .iter()
                    .find(|e| e.event_type == event_type)
                    .unwrap_or_else(|| panic!("{sentence}: {found:#?}"));
                let time = second.time.as_ref().unwrap_or_else(|| panic!("{sentence}"));
                assert_eq!(time.value, "2023-09-11", "{sentence}");
                let arrival = found
                    .iter()
                    .find(|e| e.event_type == EventType::Arrival)
                    .unwrap();
                assert_eq!(arrival.time.as_ref().unwrap().value, "2023-09-10");
            }
        }
    }

    /// A perfect infinitive after a verb of saying, for every reporting
    /// verb × every event verb × `avoir`/`l'avoir`/`être`: the date of the
    /// saying is not the date of what was done.
    #[test]
    fn a_perfect_infinitive_does_not_take_the_date_of_its_governing_verb() {
        for say in ["a reconnu", "a annoncé", "a affirmé", "a nié", "a démenti"] {
            for (done, event_type) in [
                ("avoir envoyé des troupes", EventType::Deployment),
                ("avoir dépêché des soldats", EventType::Deployment),
                ("avoir mis en orbite un satellite", EventType::Launch),
                ("l'avoir ratifié", EventType::Ratification),
                ("avoir rencontré Vladimir Poutine", EventType::Meeting),
                ("être arrivé en Russie", EventType::Arrival),
            ] {
                let sentence = format!("Kim Jong-un {say} mardi {done}.");
                let parts = clause_texts(&sentence);
                assert!(
                    parts
                        .iter()
                        // (an elided object pronoun may stay with the verb before)
                        .any(
                            |p| p.ends_with(&format!("{}.", done.trim_start_matches("l'")))
                                && !p.contains("mardi")
                        ),
                    "{sentence}: {parts:?}"
                );
                let found = run(&sentence);
                if let Some(e) = found.iter().find(|e| e.event_type == event_type) {
                    assert!(e.time.is_none(), "{sentence}: {e:#?}");
                }
            }
        }
        // `avoir lieu` is no perfect infinitive: the summit keeps its date
        let found =
            run("Le sommet entre Kim Jong-un et Vladimir Poutine devrait avoir lieu mardi.");
        let summit = found
            .iter()
            .find(|e| e.event_type == EventType::Meeting)
            .unwrap();
        assert!(summit.time.is_some(), "{summit:#?}");
    }

    #[test]
    fn of_two_dates_in_a_clause_the_nearest_dates_the_trigger() {
        let found =
            run("Kim Jong-un a rencontré mardi Vladimir Poutine après leur sommet d'avril 2019.");
        let met = found
            .iter()
            .find(|e| e.event_type == EventType::Meeting && e.trigger.starts_with("rencontr"))
            .unwrap();
        assert_eq!(met.time.as_ref().unwrap().value, "2023-09-12");
    }

    /// A run-on "sentence" over the limit gives no event; the same clause
    /// alone, or repeated up to the limit, still does.
    #[test]
    fn a_sentence_over_the_limit_is_not_read_for_events() {
        let clause = "Kim Jong-un est arrivé en Russie pour rencontrer Vladimir Poutine, ";
        let within = clause.repeat(MAX_SENTENCE_BYTES / clause.len());
        assert!(!run(&within).is_empty());
        let over = clause.repeat(MAX_SENTENCE_BYTES / clause.len() + 1);
        assert!(over.len() > MAX_SENTENCE_BYTES);
        assert!(run(&over).is_empty());
    }

    #[test]
    fn authors_are_never_participants() {
        let sentence = "Kim Jong-un est arrivé à Moscou, écrit Jean Dupont";
        let mention = |id: &str, start: usize, role| EntityMention {
            entity_id: id.to_string(),
            name: id.to_string(),
            entity_type: EntityType::Person,
            surface: id.to_string(),
            span: Span::new(start, start + 5),
            found_by: crate::model::FoundBy::Rule,
            rule: "test".to_string(),
            confidence: 1.0,
            role,
        };
        let clause_list = clauses(sentence, 0);
        for role in [None, Some(crate::model::MentionRole::Author)] {
            let kim = mention("kim-jong-un", 0, None);
            let writer = mention("jean-dupont", 40, role);
            let entities = [&kim, &writer];
            let (people, _) = slots(
                &clause_list,
                &[true],
                0,
                &entities,
                EventType::Statement,
                &Default::default(),
                false,
            );
            let ids: Vec<&str> = people.iter().map(|r| r.id.as_str()).collect();
            if role.is_some() {
                assert_eq!(ids, ["kim-jong-un"]);
            } else {
                assert_eq!(ids, ["jean-dupont", "kim-jong-un"]);
            }
        }
    }

    /// Every reporting verb × every event of a `que` clause without a named
    /// actor: the reporter is not the event's participant; with a pronoun
    /// subject the anaphora rule still names who acts.
    #[test]
    fn a_que_clause_does_not_take_the_reporter_as_participant() {
        for say in [
            "a affirmé",
            "a annoncé",
            "a déclaré",
            "a indiqué",
            "a estimé",
        ] {
            for (event, event_type) in [
                (
                    "que des troupes avaient été déployées à Vladivostok",
                    EventType::Deployment,
                ),
                (
                    "qu'un satellite avait été mis en orbite depuis la Corée du Nord",
                    EventType::Launch,
                ),
                ("qu'une visite aurait lieu à Moscou", EventType::Visit),
            ] {
                let sentence = format!("Vladimir Poutine {say} mardi {event}.");
                let found = run(&sentence);
                let e = found
                    .iter()
                    .find(|e| e.event_type == event_type)
                    .unwrap_or_else(|| panic!("{sentence}: {found:#?}"));
                assert!(e.participants.is_empty(), "{sentence}: {e:#?}");
                assert!(!e.places.is_empty(), "{sentence}");
            }
            let sentence = format!("Kim Jong-un {say} mardi qu'il se rendrait à Moscou.");
            let found = run(&sentence);
            let visit = found
                .iter()
                .find(|e| e.event_type == EventType::Visit)
                .unwrap_or_else(|| panic!("{sentence}: {found:#?}"));
            let ids: Vec<&str> = visit.participants.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, ["kim-jong-un"], "{sentence}");
        }
    }

    /// A frame of simultaneity or place with no verb and no date, at the
    /// head of the sentence, lets the date alone right after it date the
    /// act the sentence fronts: every frame × date × act, the expected day
    /// taken from the date's own numbers. After `Après` or `Avant` the
    /// date may be the framing event's: the act never takes it as its own.
    #[test]
    fn a_date_after_a_fronted_frame_dates_the_act() {
        let frames = [
            "Lors de cette rencontre",
            "Au cours de leur entretien",
            "En marge du forum économique",
            "Au cosmodrome de Vostotchny",
            "Dans la ville portuaire de Vladivostok",
            "Pendant la cérémonie",
        ];
        let dates = [
            ("le 25 avril 2019", (2019, 4, 25)),
            ("le 13 mars 2023", (2023, 3, 13)),
            ("le 2 janvier 2021", (2021, 1, 2)),
        ];
        let acts = [
            (
                "Kim Jong-un et Vladimir Poutine ont signé un accord de coopération",
                EventType::Agreement,
            ),
            ("Kim Jong-un a visité une usine d'avions", EventType::Visit),
            (
                "Kim Jong-un a rencontré Vladimir Poutine",
                EventType::Meeting,
            ),
        ];
        let day_of = |(y, m, d): (i32, u32, u32)| {
            DateInterval::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
        };
        let mut tried = 0;
        for frame in frames {
            for (date, ymd) in dates {
                for (act, event_type) in acts {
                    let text = format!("{frame}, {date}, {act}.");
                    let found = run(&text);
                    let t = the(&found, event_type).time.as_ref();
                    let t = t.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    assert_eq!(t.interval, day_of(ymd), "{text}");
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 54);
        for frame in ["Après le sommet", "Avant le sommet", "Après leur rencontre"] {
            for (date, ymd) in dates {
                let text = format!("{frame}, {date}, Kim Jong-un a visité une usine d'avions.");
                let found = run(&text);
                let t = the(&found, EventType::Visit).time.as_ref();
                assert!(
                    t.is_none_or(|t| t.interval != day_of(ymd)),
                    "{text}: {t:#?}"
                );
            }
        }
    }

    /// A report is framed by the event a fronted preposition names (`Lors
    /// de cette rencontre, les deux dirigeants ont évoqué…`): every anchor
    /// × report; not when the anchor is in what the report says, before
    /// its verb (`Aucun accord ne sera signé lors du sommet, a précisé
    /// Dmitri Peskov`).
    #[test]
    fn an_anchor_dates_a_report_it_frames_not_one_it_reports() {
        let anchors = [
            "lors de cette rencontre",
            "lors de leur rencontre",
            "au cours du sommet",
            "pendant le sommet",
            "à l'occasion de ce sommet",
        ];
        let reports = [
            "ont évoqué une coopération militaire",
            "ont affirmé leur amitié",
            "ont déclaré leur soutien mutuel",
        ];
        let summit = DateInterval::day(NaiveDate::from_ymd_opt(2023, 9, 6).unwrap());
        for anchor in anchors {
            let mut chars = anchor.chars();
            let head: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            for report in reports {
                let act = format!("{head}, les deux dirigeants {report}.");
                let found = run(&format!("{SUMMIT_LEAD} {act}"));
                let said = found
                    .iter()
                    .find(|e| e.event_type.is_reporting())
                    .unwrap_or_else(|| panic!("{act}: {found:#?}"));
                let t = said.time.as_ref();
                let t = t.unwrap_or_else(|| panic!("{act}: {found:#?}"));
                assert_eq!(
                    (t.rule.as_str(), t.interval),
                    ("event-anchor", summit),
                    "{act}"
                );
            }
            for verb in ["précisé", "indiqué", "affirmé", "déclaré"] {
                let act = format!("Aucun accord ne sera signé {anchor}, a {verb} Dmitri Peskov.");
                let found = run(&format!("{SUMMIT_LEAD} {act}"));
                let anchored = found
                    .iter()
                    .filter(|e| e.event_type.is_reporting())
                    .filter_map(|e| e.time.as_ref())
                    .any(|t| t.rule == "event-anchor");
                assert!(!anchored, "{act}: {found:#?}");
            }
        }
    }

    /// An agreement noun that a verb of ratification before it in its
    /// clause has as object is no new agreement: every verb form × every
    /// agreement noun; the ratification is found. Controls: a verb of
    /// signing keeps its agreement, and a noun before the verb (its
    /// subject) is not the verb's object.
    #[test]
    fn the_object_of_a_ratification_is_no_new_agreement() {
        let verbs = [
            "ratifie",
            "a ratifié",
            "promulgue",
            "a promulgué",
            "a approuvé",
            "adopte",
        ];
        let nouns = ["le traité", "l'accord", "le pacte", "la convention"];
        let mut tried = 0;
        for verb in verbs {
            for noun in nouns {
                let text = format!("La Douma {verb} {noun} de partenariat le 24 octobre 2024.");
                let found = run(&text);
                assert!(
                    found.iter().all(|m| m.event_type != EventType::Agreement),
                    "{text}: {found:#?}"
                );
                let ratification = the(&found, EventType::Ratification);
                assert_eq!(participant_ids(ratification), ["douma"], "{text}");
                tried += 1;
            }
        }
        assert_eq!(tried, 24);
        // the treaty as the subject of a step: no agreement that day
        for step in ["est entré en vigueur", "a été ratifié par la Douma"] {
            for noun in nouns {
                let text = format!("{noun} de partenariat {step} le 4 décembre 2024.");
                let text = text[..1].to_uppercase() + &text[1..];
                let found = run(&text);
                assert!(
                    found.iter().all(|m| m.event_type != EventType::Agreement
                        || m.time.as_ref().is_none_or(|t| t.value != "2024-12-04")),
                    "{text}: {found:#?}"
                );
            }
        }
        for noun in nouns {
            let text = format!("Kim Jong-un signe {noun} de partenariat le 19 juin 2024.");
            let found = run(&text);
            the(&found, EventType::Agreement);
        }
    }

    /// A clause fronted before the act that places it before or after
    /// another event names that event's people, not the act's. Every
    /// fronted anchor × the other event's names × a main clause
    /// whose subject is a description (no name) or a name. A possessive
    /// noun (`au lendemain de son arrivée`: the same actor's act) and a
    /// frame of the same time (`lors du sommet`) are controls.
    #[test]
    fn names_in_a_fronted_anchor_of_another_time_are_that_events() {
        let anchors = [
            "Au lendemain de la visite",
            "Au lendemain du sommet",
            "À la veille de la visite",
            "La veille du sommet",
            "Deux jours après la visite",
            "Trois semaines avant le sommet",
            "Après la visite",
            "Avant le sommet",
        ];
        let names = [
            ("de Kim Jong-un à Moscou", "kim-jong-un"),
            ("de Vladimir Poutine à Pyongyang", "vladimir-poutine"),
        ];
        let mut tried = 0;
        for anchor in anchors {
            for (complement, id) in names {
                // a description acts: no one named does
                let text = format!(
                    "{anchor} {complement}, le ministre sud-coréen de la Défense a convoqué une réunion d'urgence."
                );
                let found = run(&text);
                for m in found.iter().filter(|m| m.event_type == EventType::Summons) {
                    assert!(!participant_ids(m).contains(&id), "{text}: {m:#?}");
                }
                // a name acts: it is the act's, and the frame's name is not
                let text = format!(
                    "{anchor} {complement}, Sergueï Lavrov a déclaré que les relations étaient excellentes."
                );
                let found = run(&text);
                let statement = the(&found, EventType::Statement);
                assert_eq!(participant_ids(statement), ["serguei-lavrov"], "{text}");
                tried += 1;
            }
        }
        assert_eq!(tried, 16);
        // controls: the possessive's owner and a frame of the same time
        let text = "Au lendemain de son arrivée à Pékin, Kim Jong-un a rencontré Xi Jinping.";
        let found = run(text);
        let arrival = the(&found, EventType::Arrival);
        assert!(
            participant_ids(arrival).contains(&"kim-jong-un"),
            "{text}: {found:#?}"
        );
        let text = "Lors du sommet de Vladivostok, Kim Jong-un a signé un accord.";
        let found = run(text);
        let accord = the(&found, EventType::Agreement);
        assert!(
            accord.places.iter().any(|p| p.id == "vladivostok"),
            "{text}: {found:#?}"
        );
    }

    /// Who and where are named after a phrase that places the act before
    /// or after another event are that event's: every act × anchor (a
    /// count, none, the eve or the morrow, a demonstrative pronoun) × the
    /// names after it. A frame of the same time (`lors du`, `en marge du`)
    /// keeps them.
    #[test]
    fn names_after_an_anchor_of_another_time_are_that_events() {
        let acts = [
            (
                "La visite de Sergueï Lavrov à Moscou intervient",
                EventType::Visit,
            ),
            (
                "L'arrivée de Sergueï Lavrov à Moscou survient",
                EventType::Arrival,
            ),
            (
                "Sergueï Lavrov est arrivé mercredi à Moscou,",
                EventType::Arrival,
            ),
        ];
        let anchors = [
            "un mois après le sommet",
            "deux jours avant la rencontre",
            "après la rencontre",
            "avant le sommet",
            "au lendemain du sommet",
            "à la veille du sommet",
            "trois semaines après celle",
        ];
        let others = [
            (
                "entre Kim Jong-un et Vladimir Poutine à Vostotchny",
                ["kim-jong-un", "vladimir-poutine"],
                "vostochny",
            ),
            (
                "de Kim Jong-un et de Vladimir Poutine à Vladivostok",
                ["kim-jong-un", "vladimir-poutine"],
                "vladivostok",
            ),
        ];
        let mut tried = 0;
        for (act, event_type) in acts {
            for anchor in anchors {
                for (names, ids, place) in others {
                    let text = format!("{act} {anchor} {names}.");
                    let found = run(&text);
                    let m = the(&found, event_type);
                    let people = participant_ids(m);
                    assert_eq!(people, ["serguei-lavrov"], "{text}");
                    assert!(ids.iter().all(|id| !people.contains(id)), "{text}");
                    assert!(
                        m.places.iter().all(|p| p.id != place),
                        "{text}: {:?}",
                        m.places
                    );
                    assert!(
                        m.places.iter().any(|p| p.id == "moscou"),
                        "{text}: {:?}",
                        m.places
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 42);
        // control: a frame of the same time keeps the place it gives
        for frame in [
            "lors du sommet à Vladivostok",
            "en marge du forum de Vladivostok",
        ] {
            let text = format!("Sergueï Lavrov a signé mercredi un accord, {frame}.");
            let found = run(&text);
            let m = the(&found, EventType::Agreement);
            assert!(
                m.places.iter().any(|p| p.id == "vladivostok"),
                "{text}: {:?}",
                m.places
            );
        }
    }

    /// `alliance` and `partenariat` name a relation that lasts, not an act:
    /// every noun × determiner × context gives no agreement; the verbs that
    /// make one do (every verb × noun).
    #[test]
    fn an_alliance_is_a_relation_its_making_an_act() {
        let contexts = [
            "Kim Jong-un a salué {det} {noun} avec Moscou.",
            "Vladimir Poutine veut renforcer {det} {noun} avec Pyongyang.",
            "Les deux pays célèbrent {det} {noun} renforcé.",
        ];
        for noun in ["alliance", "partenariat"] {
            let dets: &[&str] = if noun == "alliance" {
                &["l'", "cette", "leur"]
            } else {
                &["le", "ce", "leur"]
            };
            for det in dets {
                for context in contexts {
                    let det_text = if *det == "l'" {
                        "l'".to_string()
                    } else {
                        format!("{det} ")
                    };
                    let text = context.replace("{det} ", &det_text).replace("{noun}", noun);
                    let found = run(&text);
                    assert!(
                        found.iter().all(|m| m.event_type != EventType::Agreement),
                        "{text}: {found:#?}"
                    );
                }
            }
        }
        for verb in ["ont conclu", "ont scellé", "ont noué"] {
            for object in ["une alliance", "un partenariat"] {
                let text = format!("Kim Jong-un et Vladimir Poutine {verb} {object} mercredi.");
                let found = run(&text);
                assert!(
                    found.iter().any(|m| m.event_type == EventType::Agreement),
                    "{text}: {found:#?}"
                );
            }
        }
    }

    /// `coopération militaire` names a relation that lasts, as `alliance`
    /// does: every determiner × context × date gives no event of armed
    /// force; the acts it is made of do (`livraisons d'armes`, `aide
    /// militaire`, `exercices conjoints` in the same contexts).
    #[test]
    fn military_cooperation_is_a_relation_not_an_act() {
        let contexts = [
            "Moscou et Pyongyang ont renforcé {date} {det} {noun}.",
            "Kim Jong-un et Vladimir Poutine ont évoqué {date} {det} {noun} entre leurs pays.",
            "Kim Jong-un a plaidé {date} pour {det} {noun} avec la Russie.",
        ];
        let force = [
            EventType::Military,
            EventType::Deployment,
            EventType::Combat,
            EventType::Launch,
        ];
        for date in ["jeudi", "en 2024", "le 12 mars"] {
            for context in contexts {
                for det in ["la", "leur", "une"] {
                    let text = context
                        .replace("{date}", date)
                        .replace("{det}", det)
                        .replace("{noun}", "coopération militaire");
                    let found = run(&text);
                    assert!(
                        found.iter().all(|m| !force.contains(&m.event_type)),
                        "{text}: {found:#?}"
                    );
                }
                for noun in [
                    "les livraisons d'armes",
                    "l'aide militaire",
                    "les exercices conjoints",
                ] {
                    let text = context
                        .replace("{date}", date)
                        .replace("{det} {noun}", noun);
                    let found = run(&text);
                    assert!(
                        found.iter().any(|m| m.event_type == EventType::Military),
                        "{text}: {found:#?}"
                    );
                }
            }
        }
    }

    /// A noun of a force in the clause of a verb of armed force is that
    /// act's: every force noun × verb (one per type of armed force, in a
    /// compound and a simple tense) gives one mention of armed force, the
    /// verb's. Controls: the noun alone is an event of its own; in another
    /// clause than the verb it stays one.
    #[test]
    fn a_force_noun_in_the_clause_of_an_armed_act_is_that_act_s() {
        // (verb group, its trigger word, the type it gives)
        let sends = [
            ("a envoyé", "envoyé", EventType::Deployment),
            ("envoie", "envoie", EventType::Deployment),
            ("a déployé", "déployé", EventType::Deployment),
            ("a acheminé", "acheminé", EventType::Deployment),
        ];
        let supplies = [
            ("a livré", "livré", EventType::Military),
            ("livre", "livre", EventType::Military),
            ("a fourni", "fourni", EventType::Military),
            ("a acheminé", "acheminé", EventType::Deployment),
        ];
        let nouns = [
            ("soldats", &sends),
            ("troupes", &sends),
            ("munitions", &supplies),
            ("obus", &supplies),
        ];
        let force = [
            EventType::Military,
            EventType::Deployment,
            EventType::Combat,
            EventType::Launch,
        ];
        for (noun, verbs) in nouns {
            for &(group, word, event_type) in verbs {
                let text = format!("Pyongyang {group} mardi des {noun} à la Russie.");
                let found = run(&text);
                let armed: Vec<&EventMention> = found
                    .iter()
                    .filter(|m| force.contains(&m.event_type))
                    .collect();
                assert_eq!(armed.len(), 1, "{text}: {found:#?}");
                assert_eq!(armed[0].trigger.as_ref(), word, "{text}");
                assert_eq!(armed[0].event_type, event_type, "{text}");
            }
            // the noun alone
            let text = format!("Des {noun} nord-coréens sont à Koursk, selon Kiev.");
            let alone = format!("{text} Pyongyang dément.");
            let found = run(&alone);
            assert!(
                found.iter().any(|m| m.trigger.as_ref() == noun),
                "{alone}: {found:#?}"
            );
            // in another clause than the verb
            let text = format!(
                "Pyongyang a livré mardi des drones à la Russie, où des {noun} nord-coréens se trouvent déjà."
            );
            let found = run(&text);
            assert!(
                found.iter().any(|m| m.trigger.as_ref() == noun),
                "{text}: {found:#?}"
            );
        }
    }

    /// A noun of a force in the clause of another act, verb or noun, is
    /// what that act is about: every force noun × act (an announcement, a
    /// statement, a visit told by a verb; an arrival, a capture-free
    /// announcement told by a noun) gives no mention of the noun, and the
    /// act's mention stays. Controls: the noun in a clause of its own
    /// (after `où`, after a full stop) stays an event.
    #[test]
    fn a_force_noun_in_the_clause_of_another_act_is_what_it_is_about() {
        let acts = [
            (
                "Volodymyr Zelensky annonce mardi la capture de deux {n} nord-coréens.",
                EventType::Announcement,
            ),
            (
                "Vladimir Poutine a salué mardi le rôle des {n} nord-coréens.",
                EventType::Statement,
            ),
            (
                "Kim Jong-un a visité mardi une caserne de {n} à Wonsan.",
                EventType::Visit,
            ),
            (
                "Des {n} nord-coréens ont été tués depuis leur arrivée en Russie mardi.",
                EventType::Arrival,
            ),
        ];
        let mut tried = 0;
        for noun in ["soldats", "troupes", "munitions", "obus"] {
            for (pattern, event_type) in acts {
                let text = pattern.replace("{n}", noun);
                let found = run(&text);
                assert!(
                    !found.iter().any(|m| m.trigger.as_ref() == noun),
                    "{text}: {found:#?}"
                );
                the(&found, event_type);
                tried += 1;
            }
            let text = format!(
                "Vladimir Poutine est arrivé mardi à Koursk, où des {noun} nord-coréens se trouvent déjà."
            );
            let found = run(&text);
            assert!(
                found.iter().any(|m| m.trigger.as_ref() == noun),
                "{text}: {found:#?}"
            );
        }
        assert_eq!(tried, 16);
    }

    /// The act of `event_type` in `text`, written on `published`, is
    /// dated `days` (first and last).
    fn assert_dates_act(
        text: &str,
        published: NaiveDate,
        event_type: EventType,
        days: (NaiveDate, NaiveDate),
    ) {
        let found = run_at(text, Some(DateInterval::day(published)));
        let m = found
            .iter()
            .find(|m| m.event_type == event_type)
            .unwrap_or_else(|| panic!("{text}: {found:#?}"));
        let time = m.time.as_ref().unwrap_or_else(|| panic!("{text}: undated"));
        assert_eq!((time.interval.start, time.interval.end), days, "{text}");
    }

    /// Dates in apposition before the main clause, each alone in its
    /// clause, tell one time more and more precisely: the act takes the
    /// narrowest that lies within the one before it. Every wide × narrow
    /// pair × every act; expected intervals computed here with chrono from
    /// the publication day. Control: a second date outside the first
    /// (`Il y a deux ans, en octobre 2023`) leaves the first.
    #[test]
    fn dates_in_apposition_date_the_act_by_the_narrowest() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let published = ymd(2024, 11, 4);
        let month = |y: i32, m: u32| {
            let last = (28..=31)
                .rev()
                .find(|&d| NaiveDate::from_ymd_opt(y, m, d).is_some())
                .unwrap();
            (ymd(y, m, 1), ymd(y, m, last))
        };
        let last_year = chrono::Datelike::year(&published) - 1;
        let pairs = [
            ("Il y a un an, en octobre 2023,", month(2023, 10)),
            ("L'an dernier, en octobre 2023,", month(2023, 10)),
            ("En 2023, en octobre,", month(2023, 10)),
            (
                "En 2023, le 19 octobre 2023,",
                (ymd(2023, 10, 19), ymd(2023, 10, 19)),
            ),
            ("L'année dernière, en mars 2023,", month(last_year, 3)),
            // a count and a stated date that disagree: the stated one
            ("Il y a deux ans, en octobre 2023,", month(2023, 10)),
            // the stated date first, a count after it: the stated one
            ("En octobre 2023, il y a un an,", month(2023, 10)),
        ];
        let acts = [
            (
                "Sergueï Lavrov s'était rendu à Pyongyang.",
                EventType::Visit,
            ),
            (
                "Kim Jong-un avait rencontré Vladimir Poutine.",
                EventType::Meeting,
            ),
            (
                "la Corée du Nord avait lancé un satellite.",
                EventType::Launch,
            ),
        ];
        for (dates, (start, end)) in pairs {
            for (act, event_type) in acts {
                let text = format!("{dates} {act}");
                assert_dates_act(&text, published, event_type, (start, end));
            }
        }
    }

    /// A note of references cites a source and tells no event: the same
    /// act told in the story is one, told in a note (`[3] …` anywhere, `3.`
    /// under `Notes`) is none. Every act × every way of numbering a note.
    #[test]
    fn a_note_of_references_tells_no_event() {
        let story = "La coopération entre les deux pays s'est nettement renforcée depuis plusieurs années, selon les experts interrogés par notre rédaction.";
        let acts = [
            "Vladimir Poutine a reçu Kim Jong-il au Kremlin le 4 août 2001.",
            "Kim Jong-un a rencontré Vladimir Poutine à Vostochny le 13 septembre 2023.",
            "La Corée du Nord a lancé un satellite le 21 novembre 2023.",
        ];
        let notes = [
            |act: &str| format!("[3] {act}"),
            |act: &str| format!("Notes\n\n1. Kommersant, 21 juillet 2000.\n2. {act}"),
            |act: &str| format!("Références :\n\n1) {act}"),
        ];
        for act in acts {
            let told = format!("{story}\n\n{act}");
            assert!(!run(&told).is_empty(), "{told}");
            for note in notes {
                let text = format!("{story}\n\n{}", note(act));
                let found = run(&text);
                assert!(found.is_empty(), "{text}: {found:#?}");
            }
        }
    }

    /// A date counted from another date of the text (`Quelques mois plus
    /// tard`, `L'année suivante`) and a date stated in full right after it,
    /// each alone in its clause, tell one time: the stated date dates the
    /// act, whether or not the count agrees with it. Every count × every
    /// stated form × every act; the expected days are computed here.
    #[test]
    fn a_stated_date_in_apposition_wins_over_a_count() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let published = ymd(2021, 12, 17);
        let counts = [
            "Quelques mois plus tard",
            "Trois mois plus tard",
            "Deux semaines plus tard",
            "L'année suivante",
            "Un an plus tard",
        ];
        let stated = [
            ("le 19 juillet 2001", (ymd(2001, 7, 19), ymd(2001, 7, 19))),
            ("en juillet 2001", (ymd(2001, 7, 1), ymd(2001, 7, 31))),
            ("le 4 août 2001", (ymd(2001, 8, 4), ymd(2001, 8, 4))),
            ("en mars 2002", (ymd(2002, 3, 1), ymd(2002, 3, 31))),
        ];
        let acts = [
            (
                "Vladimir Poutine s'est rendu à Pyongyang.",
                EventType::Visit,
            ),
            (
                "Kim Jong-il a rencontré Vladimir Poutine.",
                EventType::Meeting,
            ),
        ];
        let before = "Un traité a été signé à Pyongyang le 9 février 2000.";
        for count in counts {
            for (date, (start, end)) in stated {
                for (act, event_type) in acts {
                    let text = format!("{before} {count}, {date}, {act}");
                    assert_dates_act(&text, published, event_type, (start, end));
                }
            }
        }
    }

    /// A yes/no question asks and tells nothing: its act is speculated and
    /// its inverted clitic (`combattent-ils`) repeats the subject before the
    /// verb, so it borrows no one from the sentence before. The same words
    /// as a statement tell an act; a question opened by an interrogative word
    /// takes its act for granted. Every act × every way of asking.
    #[test]
    fn a_yes_no_question_tells_no_act_and_borrows_no_one() {
        let before = "Vladimir Poutine a reçu lundi Kim Jong-un au Kremlin.";
        // (statement, yes/no question, event type)
        let acts = [
            (
                "Des soldats nord-coréens combattent en Ukraine.",
                "Des soldats nord-coréens combattent-ils en Ukraine ?",
                EventType::Combat,
            ),
            (
                "La Corée du Nord a envoyé des soldats en Russie en octobre.",
                "Est-ce que la Corée du Nord a envoyé des soldats en Russie en octobre ?",
                EventType::Deployment,
            ),
            (
                "La Russie a livré des missiles à la Corée du Nord.",
                "La Russie a-t-elle livré des missiles à la Corée du Nord ?",
                EventType::Military,
            ),
            (
                "Séoul et Tokyo ont signé un accord en mars.",
                "Séoul et Tokyo ont-ils signé un accord en mars ?",
                EventType::Agreement,
            ),
        ];
        let act_of = |text: &str, event_type: EventType| -> EventMention {
            let found = run(text);
            found
                .into_iter()
                .filter(|m| m.event_type == event_type)
                .last()
                .unwrap_or_else(|| panic!("{text}: no {event_type:?}"))
        };
        for (statement, question, event_type) in acts {
            let told = act_of(&format!("{before} {statement}"), event_type);
            assert_eq!(told.modality, Modality::Occurred, "{statement}");
            let asked = act_of(&format!("{before} {question}"), event_type);
            assert_eq!(asked.modality, Modality::Speculated, "{question}");
            let people: Vec<&str> = asked
                .participants
                .iter()
                .map(|p| p.id.as_str())
                .filter(|id| ["kim-jong-un", "vladimir-poutine"].contains(id))
                .collect();
            assert!(people.is_empty(), "{question}: {people:?}");
            for opener in ["Pourquoi", "Depuis quand"] {
                let inverted = question.replace(" ?", "").replace("Est-ce que ", "");
                let inverted = inverted[..1].to_lowercase() + &inverted[1..];
                let partial = format!("{opener} {inverted} ?");
                let granted = act_of(&format!("{before} {partial}"), event_type);
                assert_eq!(granted.modality, Modality::Occurred, "{partial}");
            }
        }
    }

    /// A chronology's entry dates the acts of its paragraph that have no
    /// date of their own: every head (a month, a day) × separator
    /// × the tense of the act that follows (historical present, passé
    /// composé, passé simple); expected intervals built here with chrono.
    /// Controls: one dated paragraph is no chronology; an act with its own
    /// date keeps it; an act to come is not dated by the entry. (A bare
    /// year alone is left to the date rules, which read it only in context.)
    #[test]
    fn a_chronology_entry_dates_the_acts_of_its_paragraph() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let heads = [
            (
                "Juillet 2000",
                DateInterval::new(
                    ymd(2000, 7, 1),
                    ymd(2000, 7, 31),
                    crate::model::Precision::Month,
                ),
            ),
            ("25 avril 2019", DateInterval::day(ymd(2019, 4, 25))),
            (
                "Août 2001",
                DateInterval::new(
                    ymd(2001, 8, 1),
                    ymd(2001, 8, 31),
                    crate::model::Precision::Month,
                ),
            ),
        ];
        let others = "Août 2011 : Kim Jong-il traverse la Russie en train.\n\n\
                      Avril 2019 : Kim Jong-un se rend à Vladivostok.";
        let acts = [
            "Il y rencontre Kim Jong-il",
            "Il y a rencontré Kim Jong-il",
            "Il y rencontra Kim Jong-il",
        ];
        let published = DateInterval::day(ymd(2024, 6, 19));
        // the meeting of the entry's second sentence (the page's only one)
        let met = |found: &[EventMention]| -> Option<DateInterval> {
            found
                .iter()
                .find(|m| m.event_type == EventType::Meeting)
                .unwrap_or_else(|| panic!("{found:#?}"))
                .time
                .as_ref()
                .map(|t| t.interval)
        };
        for (head, interval) in heads {
            for separator in [" : ", " – "] {
                for act in acts {
                    let entry =
                        format!("{head}{separator}Vladimir Poutine se rend à Pyongyang. {act}.");
                    let page = format!("Les dates clés\n\n{entry}\n\n{others}\n");
                    let found = run_at(&page, Some(published));
                    assert_eq!(met(&found), Some(interval), "{page}");
                    // one dated paragraph: no chronology
                    let alone = format!("Les dates clés\n\n{entry}\n");
                    let found = run_at(&alone, Some(published));
                    assert_ne!(met(&found), Some(interval), "{alone}");
                }
                // a date of its own
                let entry = format!(
                    "{head}{separator}Vladimir Poutine se rend à Pyongyang. Il rencontre Kim Jong-il le 3 mars 2002."
                );
                let page = format!("Les dates clés\n\n{entry}\n\n{others}\n");
                let found = run_at(&page, Some(published));
                assert_eq!(
                    met(&found),
                    Some(DateInterval::day(ymd(2002, 3, 3))),
                    "{page}"
                );
                // an act to come
                let entry = format!(
                    "{head}{separator}Vladimir Poutine se rend à Pyongyang. Il rencontrera Kim Jong-il."
                );
                let page = format!("Les dates clés\n\n{entry}\n\n{others}\n");
                let found = run_at(&page, Some(published));
                assert_eq!(met(&found), None, "{page}");
            }
        }
    }

    #[test]
    fn no_actor_no_event() {
        assert!(run("La guerre continue.").is_empty());
    }

    /// An act whose verb group `ne` and a negative word deny is negated:
    /// every negative word × every verb group shape (simple tense with the
    /// word after the verb, compound tense with it after the auxiliary,
    /// pronominal, infinitive with `ne pas` before it, an object clitic in
    /// the group, a verb of mode before the infinitive: `n'a pas pu
    /// rencontrer`) × three verbs, the forms written here. Controls with the
    /// same verbs: `ne` alone (explétif), `ne … que` (restrictive), `pas
    /// seulement`, a negative word with no `ne`: told as done.
    #[test]
    fn an_act_that_ne_and_a_negative_word_deny_is_negated() {
        let negatives = ["pas", "jamais", "plus", "point", "guère", "nullement"];
        // (type, simple form, auxiliary, participle, infinitive)
        let verbs = [
            (
                EventType::Meeting,
                "rencontre",
                "a",
                "rencontré",
                "rencontrer",
            ),
            (EventType::Reception, "reçoit", "a", "reçu", "recevoir"),
            (EventType::Summons, "convoque", "a", "convoqué", "convoquer"),
        ];
        let modality = |text: &str, event_type: EventType| {
            let found = run(text);
            the(&found, event_type).modality
        };
        let mut tried = 0;
        for neg in negatives {
            for (event_type, simple, aux, participle, infinitive) in verbs {
                for text in [
                    format!("Kim Jong-un ne {simple} {neg} Sergueï Lavrov."),
                    format!("Kim Jong-un n'{aux} {neg} {participle} Sergueï Lavrov."),
                    format!("Kim Jong-un n’{aux} {neg} {participle} Sergueï Lavrov."),
                    format!("Kim Jong-un a promis de ne {neg} {infinitive} Sergueï Lavrov."),
                    format!("Sergueï Lavrov ? Kim Jong-un ne l'{aux} {neg} {participle}."),
                    format!("Sergueï Lavrov ? Kim Jong-un ne le {simple} {neg}."),
                    format!("Kim Jong-un n'a {neg} pu {infinitive} Sergueï Lavrov."),
                    format!("Kim Jong-un ne veut {neg} {infinitive} Sergueï Lavrov."),
                    format!("Kim Jong-un ne devait {neg} {infinitive} Sergueï Lavrov."),
                ] {
                    assert_eq!(modality(&text, event_type), Modality::Negated, "{text}");
                    tried += 1;
                }
            }
            let text = format!("Vladimir Poutine ne s'est {neg} rendu à Séoul.");
            assert_eq!(
                modality(&text, EventType::Visit),
                Modality::Negated,
                "{text}"
            );
        }
        assert_eq!(tried, 162);
        for (event_type, simple, aux, participle, infinitive) in verbs {
            for text in [
                format!("Il est parti avant que Kim Jong-un ne {simple} Sergueï Lavrov."),
                format!("Sergueï Lavrov ? Il est parti avant que Kim Jong-un ne le {simple}."),
                format!("Kim Jong-un n'{aux} {participle} qu'une fois Sergueï Lavrov."),
                format!("Kim Jong-un n'{aux} pas seulement {participle} Sergueï Lavrov."),
                format!("Pas loin de là, Kim Jong-un {aux} {participle} Sergueï Lavrov."),
                format!("Kim Jong-un {aux} {participle} Sergueï Lavrov, pas Choe Son Hui."),
                format!("Kim Jong-un a pu {infinitive} Sergueï Lavrov, pas Choe Son Hui."),
            ] {
                assert_eq!(modality(&text, event_type), Modality::Occurred, "{text}");
            }
        }
    }

    /// An infinitive governed by a word of will, promise or invitation is
    /// an act to come, and a date before its governor is the governor's:
    /// every governor (verbs in several tenses, nouns, adjectives, the
    /// forms written here) × three acts × where the date stands (before the
    /// governor: the act is undated; after the infinitive: it is the
    /// act's). A governor of refusal denies the act. Controls, the same
    /// acts: a purpose (`pour`), a sequence (`avant de`), a verb that
    /// governs nothing of the kind (`a commencé à`): told as done.
    #[test]
    fn an_act_governed_by_a_word_of_will_or_invitation_is_to_come() {
        // `{d}`: where a date before the governor stands (`{D}` opens the
        // sentence: nothing may stand between a bare governor and its
        // infinitive)
        let governors = [
            "Vladimir Poutine a accepté {d}une invitation à",
            "Vladimir Poutine avait accepté {d}l'invitation officielle à",
            "Vladimir Poutine a invité {d}son homologue à",
            "Vladimir Poutine a invité {d}le dirigeant nord-coréen Kim Jong-un à",
            "Vladimir Poutine a promis {d}de",
            "Vladimir Poutine promet {d}de",
            "Vladimir Poutine s'est engagé {d}à",
            "Vladimir Poutine a proposé {d}de",
            "Vladimir Poutine a décidé {d}de",
            "Vladimir Poutine a exprimé {d}le souhait de",
            "Vladimir Poutine a annoncé {d}sa volonté de",
            "Vladimir Poutine s'est dit {d}prêt à",
            "Vladimir Poutine a réaffirmé {d}son intention de",
            "Vladimir Poutine a demandé {d}à Kim Jong-un de",
            "{D}Vladimir Poutine espère",
            "{D}Vladimir Poutine a voulu",
            "{D}Vladimir Poutine souhaite",
        ];
        let refusals = [
            "Vladimir Poutine a refusé {d}de",
            "Vladimir Poutine a exclu {d}de",
            "Vladimir Poutine a justifié {d}son refus de",
        ];
        let acts = [
            ("se rendre à Pyongyang", EventType::Visit),
            ("rencontrer Choe Son Hui", EventType::Meeting),
            ("signer un traité", EventType::Agreement),
            // an event noun, object of the infinitive
            (
                "effectuer sa prochaine visite à Pyongyang",
                EventType::Visit,
            ),
            ("participer à la cérémonie à Pyongyang", EventType::Ceremony),
        ];
        let act_of = |text: &str, event_type: EventType| {
            let found = run(text);
            let m = the(&found, event_type);
            (
                m.modality,
                m.time.as_ref().map(|t| t.interval.start.to_string()),
            )
        };
        let mut tried = 0;
        for (list, want) in [
            (&governors[..], Modality::Planned),
            (&refusals[..], Modality::Negated),
        ] {
            for governor in list {
                for (act, event_type) in acts {
                    // the date before the governor is the governor's
                    let before = governor
                        .replace("{d}", "le 5 septembre ")
                        .replace("{D}", "Le 5 septembre, ");
                    let text = format!("{before} {act}.");
                    assert_eq!(act_of(&text, event_type), (want, None), "{text}");
                    // a date after the infinitive is the act's; without
                    // its year, it is never read in the past of the day of
                    // writing (the governor's tense)
                    let plain = governor.replace("{d}", "").replace("{D}", "");
                    for (date, day) in [
                        ("le 20 septembre 2023", Some("2023-09-20")),
                        ("le 20 septembre", Some("2023-09-20")),
                    ] {
                        let text = format!("{plain} {act} {date}.");
                        let (modality, found) = act_of(&text, event_type);
                        assert_eq!(modality, want, "{text}");
                        if want == Modality::Planned {
                            assert!(
                                found.as_deref() == day
                                    || (found.is_none() && !date.ends_with("2023")),
                                "{text}: {found:?}"
                            );
                        }
                    }
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 100);
        for lead in [
            "est arrivé le 5 septembre pour",
            "est arrivé le 5 septembre avant de",
            "a commencé le 5 septembre à",
        ] {
            for (act, event_type) in acts {
                let text = format!("Vladimir Poutine {lead} {act}.");
                let (modality, _) = act_of(&text, event_type);
                assert_eq!(modality, Modality::Occurred, "{text}");
            }
        }
    }

    /// An infinitive governed by a verb of mode or will that opens its
    /// clause after a comma has the subject before the comma, as a finite
    /// verb does: every subject × what stands between (a relative clause,
    /// an apposition) × lead (the forms written here) × three acts.
    /// Control: a clause with its own subject before the modal keeps the
    /// first person out.
    #[test]
    fn an_infinitive_after_a_verb_of_mode_has_the_subject_before_the_comma() {
        let subjects = ["Alexandre Kozlov", "Sergueï Lavrov", "Choe Son Hui"];
        let betweens = [
            "qui copréside la commission intergouvernementale",
            "ministre des Affaires étrangères",
            "arrivé mardi à Pyongyang",
        ];
        let leads = [
            "doit",
            "devait",
            "va",
            "allait",
            "compte",
            "souhaite",
            "n'a pas pu",
            "ne devrait pas",
        ];
        let acts = [
            ("rencontrer jeudi Pak Thae-song", EventType::Meeting),
            ("s'entretenir jeudi avec Pak Thae-song", EventType::Meeting),
            ("se rendre jeudi à Moscou", EventType::Visit),
        ];
        let mut tried = 0;
        for subject in subjects {
            for between in betweens {
                for lead in leads {
                    for (act, event_type) in acts {
                        let text = format!("{subject}, {between}, {lead} {act}.");
                        let found = run(&text);
                        let m = the(&found, event_type);
                        assert!(
                            m.participants.iter().any(|p| p.name == subject),
                            "{text}: {:?}",
                            m.participants
                        );
                        tried += 1;
                    }
                }
            }
        }
        assert_eq!(tried, 216);
        for (act, event_type) in acts {
            let text = format!("Alexandre Kozlov est arrivé mardi, Sergueï Lavrov doit {act}.");
            let found = run(&text);
            let m = found
                .iter()
                .find(|e| e.event_type == event_type && e.trigger != "arrivé")
                .unwrap_or_else(|| panic!("{text}: {found:#?}"));
            assert!(
                !m.participants.iter().any(|p| p.name == "Alexandre Kozlov"),
                "{text}: {:?}",
                m.participants
            );
        }
    }

    /// A statement's noun that is the object of a verb of signing is the
    /// document signed: every verb of `signing_verbs` in forms written here
    /// × statement nouns × zero to four words between (a date, a place)
    /// makes no statement (and the agreement, for the verbs of agreement). Controls: the same nouns after
    /// a comma, and after a verb that signs nothing, stay statements.
    #[test]
    fn the_object_of_a_verb_of_signing_is_no_statement() {
        let forms = [
            "signent",
            "ont signé",
            "avaient signé",
            "signaient",
            "signeront",
            "signèrent",
            "cosignent",
            "contresignent",
            "paraphent",
            "ont paraphé",
        ];
        let nouns = ["la déclaration de Moscou", "une déclaration"];
        let between = ["", "au Kremlin ", "ce jour-là ", "ce jour-là au Kremlin "];
        let mut tried = 0;
        for form in forms {
            for noun in nouns {
                for gap in between {
                    let text = format!("Vladimir Poutine et Kim Jong-un {form} {gap}{noun}.");
                    let found = run(&text);
                    assert!(
                        !found.iter().any(|e| e.event_type == EventType::Statement),
                        "{text}: {found:#?}"
                    );
                    // signer and parapher are verbs of agreement
                    // (accords.toml); cosigner and contresigner only sign
                    if !form.contains("cosign") && !form.contains("contresign") {
                        the(&found, EventType::Agreement);
                    }
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 10 * 2 * 4);
        for text in [
            "Vladimir Poutine et Kim Jong-un ont signé le traité, puis ont lu une déclaration.",
            "Vladimir Poutine et Kim Jong-un publient au Kremlin une déclaration.",
        ] {
            let found = run(text);
            the(&found, EventType::Statement);
        }
    }

    /// An event noun that is the object of a verb of planning is an act to
    /// come: every verb of `plan_verbs` in four forms written here × three
    /// nouns × zero to two words between. Controls: the same nouns after a
    /// form used as a noun (`le programme de la visite`), after a comma,
    /// and after a verb that plans nothing, are told as done.
    #[test]
    fn the_object_of_a_verb_of_planning_is_to_come() {
        let verbs = [
            ["prépare", "a préparé", "préparait", "préparent"],
            ["planifie", "a planifié", "planifiait", "planifient"],
            ["programme", "a programmé", "programmait", "programment"],
            ["prévoit", "a prévu", "prévoyait", "prévoient"],
            ["envisage", "a envisagé", "envisageait", "envisagent"],
            ["projette", "a projeté", "projetait", "projettent"],
        ];
        let nouns = [
            ("une visite de Kim Jong-un en Russie", EventType::Visit),
            (
                "un sommet entre Vladimir Poutine et Kim Jong-un",
                EventType::Meeting,
            ),
            (
                "la signature d'un traité avec Pyongyang",
                EventType::Agreement,
            ),
        ];
        let mut tried = 0;
        for forms in verbs {
            for form in forms {
                for between in ["", "désormais ", "par ailleurs "] {
                    for (noun, event_type) in nouns {
                        let text = format!("Le Kremlin {form} {between}{noun}.");
                        let found = run(&text);
                        assert_eq!(
                            the(&found, event_type).modality,
                            Modality::Planned,
                            "{text}"
                        );
                        tried += 1;
                    }
                }
            }
        }
        assert_eq!(tried, 216);
        for lead in [
            "Le programme de",
            "Le Kremlin a préparé le terrain, puis",
            "Le Kremlin a salué",
        ] {
            for (noun, event_type) in nouns {
                let text = format!("{lead} {noun} a eu lieu mardi.");
                let found = run(&text);
                assert_eq!(
                    the(&found, event_type).modality,
                    Modality::Occurred,
                    "{text}"
                );
            }
        }
    }

    /// A chronology's entry opens on its date and a colon (`- 19 juin 2024 :
    /// Poutine et Kim signent un traité`, `Avril 2019 : sommet…`): the date
    /// heads the entry and dates its act. Every bullet × every date form
    /// (its interval computed here) × three acts; controls: the same date
    /// after a name (`Kim, le 13 septembre : « … »` heads a quote, not the
    /// act) dates no act after the colon.
    #[test]
    fn a_chronology_entry_is_dated_by_the_date_that_heads_it() {
        let bullets = ["", "- ", "• ", "– ", "* "];
        let dates = [
            ("19 juin 2024", "2024-06-19", "2024-06-19"),
            ("Le 2 mars 2021", "2021-03-02", "2021-03-02"),
            ("Avril 2019", "2019-04-01", "2019-04-30"),
            ("En 2018", "2018-01-01", "2018-12-31"),
        ];
        let acts = [
            (
                "Vladimir Poutine et Kim Jong-un signent un traité",
                EventType::Agreement,
            ),
            (
                "Kim Jong-un rencontre Vladimir Poutine à Vladivostok",
                EventType::Meeting,
            ),
            (
                "sommet entre Kim Jong-un et Vladimir Poutine",
                EventType::Meeting,
            ),
        ];
        let mut tried = 0;
        for bullet in bullets {
            for (date, start, end) in dates {
                for (act, event_type) in acts {
                    let text = format!("Repères.\n\n{bullet}{date} : {act}.\n");
                    let found = run_at(&text, None);
                    let t = the(&found, event_type).time.as_ref();
                    let t = t.unwrap_or_else(|| panic!("{text}: {found:#?}"));
                    assert_eq!(
                        (t.interval.start.to_string(), t.interval.end.to_string()),
                        (start.to_string(), end.to_string()),
                        "{text}"
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 60);
        for (date, ..) in dates {
            let text = format!(
                "Choe Son Hui, {}, a dit : « Kim Jong-un rencontre Vladimir Poutine ».",
                date.to_lowercase()
            );
            let found = run_at(&text, None);
            assert_eq!(start_of(&found, EventType::Meeting), None, "{text}");
        }
    }

    /// A live blog whose entries open on their time and a separator
    /// (`08h15 : Kim Jong-un reçoit…`) dates what an entry tells now on the
    /// page's day, as one with time lines alone does: every separator ×
    /// two stamp styles × present and passé composé; a page with two such
    /// lines only, or with ranges of hours (`12h30-13h00`), is no live blog.
    #[test]
    fn a_live_blog_entry_opened_by_its_time_dates_what_it_tells_now() {
        let day = DateInterval::day(NaiveDate::from_ymd_opt(2024, 6, 19).expect("a day"));
        let mut tried = 0;
        for separator in [":", "-", "–", "—", "|"] {
            for stamps in [["08h15", "09h40", "11h02"], ["14:45", "11:30", "09:05"]] {
                for form in ["reçoit", "a reçu"] {
                    let act = format!("Kim Jong-un {form} Sergueï Lavrov à Pyongyang.");
                    let page = format!(
                        "DIRECT. La visite\n\n{} {separator} Bonjour.\n\n{} {separator} {act}\n\n{} {separator} Les entretiens se poursuivent.\n",
                        stamps[0], stamps[1], stamps[2]
                    );
                    let found = run_at(&page, Some(day));
                    assert_eq!(
                        start_of(&found, EventType::Reception),
                        Some("2024-06-19".to_string()),
                        "{page}: {found:#?}"
                    );
                    let m = the(&found, EventType::Reception);
                    assert_eq!(m.time.as_ref().map(|t| t.rule.as_str()), Some("live-entry"));
                    tried += 1;
                    let two = page.replacen(&format!("{} {separator} ", stamps[0]), "", 1);
                    assert_eq!(
                        start_of(&run_at(&two, Some(day)), EventType::Reception),
                        None
                    );
                }
            }
        }
        assert_eq!(tried, 20);
        let ranges = "DIRECT. La visite\n\n08h15-09h00 : Bonjour.\n\n09h40-10h00 : Kim Jong-un reçoit Sergueï Lavrov.\n\n11h02-12h00 : Fin.\n";
        assert_eq!(
            start_of(&run_at(ranges, Some(day)), EventType::Reception),
            None
        );
    }

    /// An event noun in a live entry, with a verb in the passé composé
    /// (`Une cérémonie d'accueil s'est tenue…`, `ont entamé des
    /// pourparlers`), is told as just done, as a verb trigger in that tense
    /// is: dated on the page's day. Every noun × every support verb in the
    /// passé composé (its participle agreed here); controls, the same
    /// nouns: the imparfait, the plus-que-parfait, a present copula with no
    /// participle (`est historique`), leave them undated.
    #[test]
    fn a_noun_told_in_the_passe_compose_in_a_live_entry_is_of_the_day() {
        let day = DateInterval::day(NaiveDate::from_ymd_opt(2024, 6, 19).expect("a day"));
        let nouns = [
            (
                "Une cérémonie entre Kim Jong-un et Vladimir Poutine",
                EventType::Ceremony,
                true,
            ),
            (
                "Un sommet entre Kim Jong-un et Vladimir Poutine",
                EventType::Meeting,
                false,
            ),
            (
                "Une rencontre entre Kim Jong-un et Vladimir Poutine",
                EventType::Meeting,
                true,
            ),
        ];
        let page = |entry: &str| {
            format!(
                "DIRECT. La visite\n\n08h15 : Bonjour.\n\n09h40 : {entry}\n\n11h02 : Les entretiens se poursuivent.\n"
            )
        };
        let mut tried = 0;
        for (noun, event_type, feminine) in nouns {
            let e = if feminine { "e" } else { "" };
            for verb in [
                format!("s'est tenu{e} à Pyongyang."),
                "a eu lieu à Pyongyang.".to_string(),
                format!("s'est déroulé{e} à Pyongyang."),
                format!("a été organisé{e} à Pyongyang."),
            ] {
                let text = page(&format!("{noun} {verb}"));
                let found = run_at(&text, Some(day));
                assert_eq!(
                    start_of(&found, event_type),
                    Some("2024-06-19".to_string()),
                    "{text}: {found:#?}"
                );
                tried += 1;
            }
            for verb in [
                "se tenait à Pyongyang.".to_string(),
                "avait eu lieu à Pyongyang.".to_string(),
                "est historique.".to_string(),
            ] {
                let text = page(&format!("{noun} {verb}"));
                let found = run_at(&text, Some(day));
                assert_eq!(start_of(&found, event_type), None, "{text}");
            }
        }
        assert_eq!(tried, 12);
        let text = page("Les deux dirigeants ont entamé des pourparlers à Pyongyang.");
        let found = run_at(&text, Some(day));
        assert_eq!(
            start_of(&found, EventType::Meeting),
            Some("2024-06-19".to_string()),
            "{text}"
        );
    }

    /// What a document provides for is no act: an event noun after a verb
    /// of stipulation whose subject is a document names the text's content.
    /// Every form (written here) × document × event noun; controls: the
    /// same nouns after the same verbs with a person or a country as
    /// subject, after `que`, or with punctuation between, stay events.
    #[test]
    fn what_a_document_provides_for_is_no_act() {
        let forms = [
            "prévoit",
            "prévoient",
            "prévoyait",
            "prévoyant",
            "stipule",
            "stipulant",
            "contient",
            "comporte",
            "inclut",
            "garantit",
            "porte sur",
            "porte notamment sur",
        ];
        let documents = [
            "le traité",
            "l'accord",
            "le texte",
            "l'article 4",
            "le pacte",
        ];
        let nouns = [
            ("une assistance militaire mutuelle", EventType::Military),
            ("une visite de Kim Jong-un à Moscou", EventType::Visit),
            (
                "un sommet entre Kim Jong-un et Vladimir Poutine",
                EventType::Meeting,
            ),
        ];
        let mut tried = 0;
        for form in forms {
            for document in documents {
                for (noun, event_type) in nouns {
                    let text =
                        format!("Selon Kim Jong-un et Vladimir Poutine, {document} {form} {noun}.");
                    let found = run(&text);
                    assert!(
                        !found.iter().any(|m| m.event_type == event_type),
                        "{text}: {found:#?}"
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 180);
        for (noun, event_type) in nouns {
            for text in [
                format!("Vladimir Poutine prévoit {noun}."),
                format!("Moscou prévoit {noun} avec Kim Jong-un."),
                format!("Le traité prévoit que Vladimir Poutine organise {noun}."),
                format!("Comme le traité le prévoit, {noun} a eu lieu avec Vladimir Poutine."),
            ] {
                let found = run(&text);
                assert!(
                    found.iter().any(|m| m.event_type == event_type),
                    "{text}: {found:#?}"
                );
            }
        }
    }

    /// A taste, fear or habit is no act: an event noun that completes one
    /// (`le goût des voyages`, alone or second in `des trains et des
    /// voyages`) names none. Every disposition noun (written here) × three
    /// event nouns × alone or coordinated; control: the same noun as the
    /// object of an act.
    #[test]
    fn what_someone_likes_or_fears_is_no_act() {
        let dispositions = [
            "le goût",
            "les goûts",
            "l'habitude",
            "la passion",
            "l'amour",
            "l'horreur",
            "la peur",
            "la crainte",
            "la hantise",
            "la nostalgie",
            "le culte",
        ];
        let nouns = [
            ("voyages", EventType::Travel),
            ("défilés militaires", EventType::Ceremony),
            ("visites officielles", EventType::Visit),
        ];
        let mut tried = 0;
        for disposition in dispositions {
            for (noun, event_type) in nouns {
                for complement in [format!("des {noun}"), format!("des trains et des {noun}")] {
                    let text = format!(
                        "En 2019, Kim Jong-un a hérité de son père {disposition} {complement} en Russie."
                    );
                    let found = run(&text);
                    assert!(
                        !found.iter().any(|m| m.event_type == event_type),
                        "{text}: {found:#?}"
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 66);
        for (noun, event_type) in nouns {
            let text = format!("En 2019, Kim Jong-un a multiplié les {noun} en Russie.");
            assert!(
                run(&text).iter().any(|m| m.event_type == event_type),
                "{text}"
            );
        }
    }

    /// What a covenant is about is no act: an event noun right after the
    /// noun of a treaty or pact and `de` (one adjective may stand between)
    /// names none, and the covenant is the agreement. Every covenant noun
    /// (written here) × every military noun × every tense of `signer`;
    /// controls: the same nouns as acts of their own, and a noun of
    /// agreement after the covenant keeps its reading.
    #[test]
    fn what_a_covenant_is_about_is_no_act() {
        let covenants = [
            "un traité",
            "un nouveau traité",
            "un traité bilatéral",
            "des traités",
            "un accord",
            "des accords",
            "un pacte",
            "un protocole",
            "une convention",
            "une charte",
            "une alliance",
        ];
        let nouns = [
            "assistance militaire mutuelle",
            "aide militaire",
            "exercices militaires conjoints",
            "livraison d'armes",
            "transfert d'armes",
            "opérations militaires",
        ];
        let verbs = ["ont signé", "signent", "signeront", "avaient signé"];
        let mut tried = 0;
        for covenant in covenants {
            for noun in nouns {
                for verb in verbs {
                    let de = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "d'"
                    } else {
                        "de "
                    };
                    let text = format!(
                        "Vladimir Poutine et Kim Jong-un {verb} mercredi à Pyongyang {covenant} {de}{noun}."
                    );
                    let found = run(&text);
                    assert!(
                        !found.iter().any(|m| m.event_type == EventType::Military),
                        "{text}: {found:#?}"
                    );
                    assert!(
                        found.iter().any(|m| m.event_type == EventType::Agreement),
                        "{text}"
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 264);
        for noun in [
            "l'assistance militaire mutuelle",
            "l'aide militaire",
            "des exercices militaires conjoints",
            "la livraison d'armes",
            "le transfert d'armes",
            "des opérations militaires",
        ] {
            let text = format!("Mercredi, Moscou a commencé {noun} à Pyongyang.");
            let found = run(&text);
            assert!(
                found.iter().any(|m| m.event_type == EventType::Military),
                "{text}: {found:#?}"
            );
        }
        let text =
            "Vladimir Poutine et Kim Jong-un ont signé mercredi un protocole d'accord à Pyongyang.";
        assert!(
            run(text)
                .iter()
                .any(|m| m.event_type == EventType::Agreement),
            "{text}"
        );
    }

    /// What a place makes, keeps or serves is no act: an event noun right
    /// after a facility noun and `de` (one adjective may stand between)
    /// names none. Every facility noun (written here) × every form of
    /// `de` × three event nouns; controls: the same event nouns as acts
    /// (`la livraison de munitions`, `le lancement d'un satellite`), and
    /// the visit of a factory, stay events.
    #[test]
    fn what_a_facility_makes_or_keeps_is_no_act() {
        let facilities = [
            "une usine",
            "des usines",
            "une usine nord-coréenne",
            "un dépôt",
            "un entrepôt",
            "un arsenal",
            "des stocks",
            "le site",
            "un complexe",
            "le pas",
            "la rampe",
            "un atelier",
        ];
        // (event noun after `de`, after `d'`, its type)
        let nouns = [
            ("munitions", EventType::Military),
            ("obus", EventType::Military),
            ("lancement", EventType::Launch),
        ];
        let mut tried = 0;
        for facility in facilities {
            for (noun, event_type) in nouns {
                let de = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "d'"
                } else {
                    "de "
                };
                let text = format!(
                    "Kim Jong-un a inspecté mercredi {facility} {de}{noun} avec Vladimir Poutine."
                );
                let found = run(&text);
                assert!(
                    !found.iter().any(|m| m.event_type == event_type),
                    "{text}: {found:#?}"
                );
                assert!(
                    found.iter().any(|m| m.event_type == EventType::Visit),
                    "{text}"
                );
                tried += 1;
            }
        }
        assert_eq!(tried, 36);
        for (text, event_type) in [
            (
                "Kim Jong-un a ordonné mercredi la livraison de munitions à Vladimir Poutine.",
                EventType::Military,
            ),
            (
                "Kim Jong-un a supervisé mercredi le lancement d'un satellite avec Vladimir Poutine.",
                EventType::Launch,
            ),
            (
                "Kim Jong-un a supervisé mercredi un lancement de missile avec Vladimir Poutine.",
                EventType::Launch,
            ),
            (
                "Kim Jong-un a supervisé mercredi des tirs de missiles avec Vladimir Poutine.",
                EventType::Launch,
            ),
        ] {
            let found = run(text);
            assert!(
                found.iter().any(|m| m.event_type == event_type),
                "{text}: {found:#?}"
            );
        }
    }
}
