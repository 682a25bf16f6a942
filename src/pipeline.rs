//! The per-document pipeline: text → entities + dates → events.
//!
//! Pure and independent per document, so documents run in parallel and the
//! same code serves as the map step of a distributed job.

use crate::config::Config;
use crate::corpus::{Document, Input, Loaded};
use crate::entities::matcher::Occurrences;
use crate::extract::reduce::{self, Merger};
use crate::model::{
    DateInterval, DocExtract, DocStatus, DocumentRecord, EventMention, PublicationRule, Published,
    Report, Source, Timex,
};
use crate::text::Text;
use crate::{entities, events, publication, temporal, text};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

/// A document and everything found in it, text included (for `normalize`
/// and `dates`); `extract` drops the text.
pub struct Analysis {
    pub text: Text,
    pub extract: DocExtract,
}

/// The record of an analysed document, with what duplicate marking reads:
/// the fingerprint of its story and the dates the story writes (read from
/// the text on every path, so that a document's marking never depends on
/// how far its analysis went).
fn record(doc: &Document, text: &Text, config: &Config) -> DocumentRecord {
    DocumentRecord {
        id: doc.id.clone(),
        path: doc.path.clone(),
        status: DocStatus::Ok,
        reason: None,
        title: doc.meta.title.clone().or_else(|| text.title.clone()),
        published: doc.meta.published.clone(),
        encoding: Some(doc.encoding.clone()),
        source: doc.meta.source.clone(),
        url: doc.meta.url.clone(),
        header_date: text.header_date_value(),
        publication_bounds: None,
        duplicate_of: None,
        fingerprint: text.fingerprint(),
        date_signature: config.date_words.dates_of_story(text),
        publication_rejected: Vec::new(),
    }
}

/// Analyse one document. Without a publication date from the command line
/// or metadata, the text's own (dateline, header line...) is used if it
/// fixes one day ([`publication::document`]).
pub fn analyze(doc: &Document, config: &Config) -> Analysis {
    analyze_text(doc, text::normalize(&doc.text), config, None)
}

/// [`analyze`] for a timeline with a story: a document the story scan
/// ([`crate::story::prefilter`]) finds too few parties in is off topic
/// without looking further, since the full analysis would say so too. It
/// keeps what the report shows of it: its record (publication date
/// included) and its entities. Its dates are read only when they can
/// change these: without a publication date (they date the document) or
/// with a role description that can name someone (`le président russe` is
/// whoever held the role on the sentence's date,
/// [`entities::extract_undated_in`]); its timexes, which no report shows,
/// are then left out. Without a story (`--all-events`) this is [`analyze`].
pub fn analyze_for_timeline(doc: &Document, config: &Config) -> DocExtract {
    let (Some(story), Some(scan)) = (&config.story, &config.story_scan) else {
        return analyze(doc, config).extract;
    };
    let text = text::normalize(&doc.text);
    // one search of the gazetteer's patterns for the scan and the entities
    let occurrences = config.entities.occurrences(&text.normalized);
    let found = scan.scan_in(&text.normalized, &occurrences);
    if scan.may_be_about(found) {
        return analyze_text(doc, text, config, Some(&occurrences)).extract;
    }
    let mut document = record(doc, &text, config);
    let Some(published) = document.published.as_ref().map(|p| p.interval()) else {
        return analyze_text(doc, text, config, Some(&occurrences)).extract;
    };
    // entities read the text's dates only for the role descriptions that
    // can name someone (`le président russe`; not `le ministre de la
    // Défense` in a sentence naming neither of its countries)
    let (mut mentions, dates_matter) =
        entities::extract_undated_in(&text, Some(published), &config.entities, &occurrences);
    if dates_matter {
        return analyze_text(doc, text, config, Some(&occurrences)).extract;
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    debug_assert!(
        !story.is_about_in(&mentions, &text.normalized),
        "{}: story scan",
        doc.id
    );
    document.status = DocStatus::OffTopic;
    DocExtract {
        document,
        entities: mentions,
        timexes: Vec::new(),
        events: Vec::new(),
    }
}

/// [`analyze`] of an already normalized text, with the gazetteer's
/// occurrences in it when they are known ([`EntityMatcher::occurrences`](entities::EntityMatcher::occurrences)).
fn analyze_text(
    doc: &Document,
    text: Text,
    config: &Config,
    occurrences: Option<&Occurrences>,
) -> Analysis {
    let mut document = record(doc, &text, config);
    // the expressions are found once; only their resolution needs the date
    let parsed = temporal::parse(&text);
    let mut dateline = None;
    let mut overrulable = false;
    let mut yearless = false;
    let found = match document.published {
        Some(_) => None,
        None => {
            let url = doc.meta.url.as_deref();
            let roles = Some(&config.role_titles);
            let (found, rejected) = publication::document::infer_explained(
                &text,
                &parsed,
                &config.publication,
                url,
                roles,
            );
            document.publication_rejected = rejected;
            found
        }
    };
    if let Some(found) = found {
        dateline = found.dateline;
        // a bare header may be the viewing day, and a year the text chose
        // for a year-less day may be an old date's: the corpus checks both
        overrulable = found.rule == PublicationRule::BareHeader
            || publication::corpus::year_from_bounds(found.rule, found.confidence);
        yearless = overrulable && found.rule != PublicationRule::BareHeader;
        document.published = Some(Published {
            evidence: Some(found.evidence),
            confidence: found.confidence,
            rule: Some(found.rule),
            ..Published::from_interval(DateInterval::day(found.day), found.source)
        });
    }
    if document.published.is_none() || yearless {
        let bounds = publication::document::Bounds::of(
            &text,
            &parsed,
            &config.publication,
            Some(&config.role_titles),
        );
        document.publication_bounds = bounds.typed();
    }
    let published = document.published.as_ref().map(|p| p.interval());
    let mut timexes = parsed.resolve_keeping(&text.normalized, published, overrulable);
    // events (and roles) find a sentence's items by binary search on span starts
    timexes.sort_by_key(|t| (t.span.start, t.span.end));
    let mut mentions = match occurrences {
        Some(o) => entities::extract_dated_in(&text, published, &timexes, &config.entities, o),
        None => entities::extract_dated(&text, published, &timexes, &config.entities),
    };
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    // a document outside the story keeps its entities and gets no events
    if let Some(story) = &config.story
        && !story.is_about_in(&mentions, &text.normalized)
    {
        document.status = DocStatus::OffTopic;
        return Analysis {
            extract: DocExtract {
                document,
                entities: mentions,
                timexes,
                events: Vec::new(),
            },
            text,
        };
    }
    let mut event_mentions = match dateline {
        // a dateline's date is when the article was written, not when its events happened
        Some(span) => {
            let rest: Vec<Timex> = timexes.iter().filter(|t| t.span != span).cloned().collect();
            events::extract(&doc.id, &text, &mentions, &rest, published, &config.events)
        }
        None => events::extract(
            &doc.id,
            &text,
            &mentions,
            &timexes,
            published,
            &config.events,
        ),
    };
    if let Some(story) = &config.story {
        // an event belongs to the story through its own actors and places,
        // or through its sentence (`la Russie a remercié la Corée du Nord
        // pour son soutien à la guerre initiée en février 2022`, `un
        // appareil nord-coréen s'est placé en orbite`)
        let in_story_sentence = |index: usize| {
            text.sentences.get(index).is_some_and(|sentence| {
                let first = mentions.partition_point(|m| m.span.start < sentence.span.start);
                mentions[first..]
                    .iter()
                    .take_while(|m| m.span.start < sentence.span.end)
                    .any(|m| story.party_of(&m.entity_id).is_some())
                    || story.has_party_adjective(text.slice(sentence.span))
            })
        };
        event_mentions.retain(|e| story.includes(e) || in_story_sentence(e.sentence));
    }
    Analysis {
        extract: DocExtract {
            document,
            entities: mentions,
            timexes,
            events: event_mentions,
        },
        text,
    }
}

/// Analyse loaded inputs in parallel; skipped inputs pass through as records.
pub fn extract_all(loaded: &[Loaded], config: &Config) -> Vec<DocExtract> {
    extract_all_with(loaded, config, |doc, config| analyze(doc, config).extract)
}

fn extract_all_with(
    loaded: &[Loaded],
    config: &Config,
    analyse: impl Fn(&Document, &Config) -> DocExtract + Sync,
) -> Vec<DocExtract> {
    let mut out: Vec<DocExtract> = loaded
        .par_iter()
        .map(|item| match item {
            Loaded::Document(doc) => analyse(doc, config),
            Loaded::Skipped(record) => DocExtract {
                document: record.clone(),
                entities: Vec::new(),
                timexes: Vec::new(),
                events: Vec::new(),
            },
        })
        .collect();
    crate::corpus::mark_duplicate_extracts(out.iter_mut(), &config.date_words);
    out
}

/// The generator string written into every output.
pub fn generator() -> String {
    format!("newsx {}", env!("CARGO_PKG_VERSION"))
}

/// Load-analyse-consolidate: the whole timeline job, run as the two steps
/// of `newsx extract | newsx merge` (see [`crate::extract`]) in one process.
/// Merge warnings (two different documents under one id) are dropped here.
pub fn timeline(loaded: &[Loaded], config: &Config) -> Report {
    let mut merger = Merger::streaming();
    let mut copies = Copies::default();
    for mut x in extract_all_with(loaded, config, analyze_for_timeline) {
        copies.admit(&mut x);
        merger.add_extract(x);
    }
    let mut report = merger
        .finish(&generator(), &config.chronology, &config.geography)
        .0;
    copies.attach(&mut report);
    report
}

/// Copies add sources, not events (issue 18). A document marked
/// `duplicate_of` an original (the same wire story on another site, see
/// [`crate::corpus::Duplicates`]) says again what its original said: each
/// of its event mentions that the original also has (same type, same event
/// word, same clause up to spacing, or failing that up to its numbers: an
/// outlet updates a toll or a count, and a near copy published a day later
/// may date it otherwise) creates nothing and is listed instead as a source
/// of the event that took the original's mention, once the report is
/// finished. What a near copy adds of its own (a clause the original does
/// not have) goes through consolidation like any report. Copies are not
/// independent sources: an event's `independent_sources` and confidence
/// stay those of its originals. Without copies, nothing changes.
///
/// Documents must be admitted in input order, after duplicate marking (an
/// original comes before its copies). Holds one hash and offset per event
/// mention of every original, and the sources of the copies' mentions.
#[derive(Debug, Default)]
pub struct Copies {
    /// Original document → its event mentions by what they say, exactly
    /// and up to numbers → where the mention starts (the key of its source
    /// in the finished report).
    originals: HashMap<String, Said>,
    /// (original document, start of its mention) → the copies' sources of
    /// it (an event lists a document's clause once, whatever its words).
    sources: BTreeMap<(String, usize), Vec<Source>>,
}

/// The mentions of one original: what each says, exactly and up to its
/// numbers, → where it starts (the first mention saying it).
#[derive(Debug, Default)]
struct Said {
    exactly: HashMap<u64, usize>,
    up_to_numbers: HashMap<u64, usize>,
}

impl Said {
    fn of(events: &[EventMention]) -> Said {
        let mut said = Said::default();
        // the last mention saying it wins, as before the numbers were added
        for m in events {
            said.exactly.insert(says(m, false), m.start);
        }
        for m in events.iter().rev() {
            said.up_to_numbers.insert(says(m, true), m.start);
        }
        said
    }

    /// Where the original's mention a copy's `m` repeats starts, if any.
    fn find(&self, m: &EventMention) -> Option<usize> {
        let exact = self.exactly.get(&says(m, false));
        exact
            .or_else(|| self.up_to_numbers.get(&says(m, true)))
            .copied()
    }
}

/// What a mention says, as a hash: its type, its event word and its clause
/// with runs of white space made one; with `numbers_aside`, every run of
/// digits counts as one and the same number. The clause is written into
/// one string (each word followed by a space, a run of digits as `#`) and
/// hashed at once: hashing it character by character was most of the cost
/// of [`Copies::admit`], which runs this twice for every event mention.
fn says(m: &EventMention, numbers_aside: bool) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    m.event_type.hash(&mut h);
    m.trigger.hash(&mut h);
    let mut said = String::with_capacity(m.quote.len() + 1);
    for word in m.quote.split_whitespace() {
        if numbers_aside {
            let mut digits = false;
            for c in word.chars() {
                if c.is_ascii_digit() {
                    if !digits {
                        said.push('#');
                    }
                    digits = true;
                } else {
                    said.push(c);
                    digits = false;
                }
            }
        } else {
            said.push_str(word);
        }
        said.push(' ');
    }
    said.hash(&mut h);
    h.finish()
}

impl Copies {
    /// Remember the mentions of an original; take out of a copy the
    /// mentions its original has (they become sources at [`Copies::attach`]).
    pub fn admit(&mut self, x: &mut DocExtract) {
        let Some(original) = &x.document.duplicate_of else {
            let said = Said::of(&x.events);
            self.originals.insert(x.document.id.clone(), said);
            return;
        };
        let Some(said) = self.originals.get(original) else {
            return;
        };
        x.events.retain(|m| {
            let Some(start) = said.find(m) else {
                return true;
            };
            self.sources
                .entry((original.clone(), start))
                .or_default()
                .push(Source::of(m));
            false
        });
    }

    /// List the copies as sources of the events their originals' mentions
    /// went to, after the originals' own sources (so an event's first
    /// source, its ordering key, stays its original's).
    pub fn attach(self, report: &mut Report) {
        if self.sources.is_empty() {
            return;
        }
        for event in &mut report.events {
            let mut added: Vec<Source> = Vec::new();
            for s in &event.sources {
                let key = (s.document.clone(), s.start);
                if let Some(copies) = self.sources.get(&key) {
                    added.extend(copies.iter().cloned());
                }
            }
            added.sort_by(|a, b| (&a.document, a.start).cmp(&(&b.document, b.start)));
            added.dedup_by(|a, b| a.document == b.document && a.start == b.start);
            event.sources.extend(added);
        }
    }
}

/// How many inputs the streaming driver ([`stream`]) reads and analyses
/// together by default: enough to keep every thread busy, few enough that
/// the texts of one chunk are a few megabytes. The result never depends on
/// it.
pub const CHUNK: usize = 256;

/// A chunk is also closed when its inputs hold this many bytes (file sizes,
/// JSON Lines line lengths), so a chunk of large files stays bounded.
pub const CHUNK_BYTES: usize = 32 << 20;

/// The streaming driver of `newsx timeline` and `newsx extract`: inputs are
/// read as they are analysed, `chunk` at a time or fewer ([`CHUNK_BYTES`]),
/// in parallel within a chunk (`analyse`), so that the texts of one chunk at
/// most are in memory. Duplicates are marked across the whole stream, in
/// input order, whatever the chunk size (the first of near-identical texts
/// is the original, [`crate::corpus::Duplicates`], with the date words of
/// `config`); then each chunk's
/// results go to `take`, in input order. `held` says about how many bytes
/// an input holds, `extract_of` where a result's analysis is. Stops at the
/// first error of `take`.
pub fn stream<T: Send, U: Send, E>(
    inputs: impl IntoIterator<Item = T>,
    config: &Config,
    chunk: usize,
    held: impl Fn(&T) -> usize,
    analyse: impl Fn(T) -> U + Sync,
    extract_of: impl Fn(&mut U) -> &mut DocExtract,
    mut take: impl FnMut(Vec<U>) -> Result<(), E>,
) -> Result<(), E> {
    let chunk = chunk.max(1);
    let mut inputs = inputs.into_iter().peekable();
    let mut duplicates = crate::corpus::Duplicates::new(config.date_words.clone());
    while inputs.peek().is_some() {
        let mut batch = Vec::with_capacity(chunk);
        let mut bytes = 0;
        while batch.len() < chunk && bytes < CHUNK_BYTES {
            let Some(input) = inputs.next() else { break };
            bytes = bytes.saturating_add(held(&input));
            batch.push(input);
        }
        let mut results: Vec<U> = batch.into_par_iter().map(&analyse).collect();
        for u in &mut results {
            duplicates.mark_extract(extract_of(u));
        }
        take(results)?;
    }
    Ok(())
}

/// [`timeline`] over inputs that are read as they are analysed, through
/// the streaming driver ([`stream`]): of each document only what
/// consolidation and the report need reaches the [`Merger`] (its record,
/// per-entity summaries, event mentions). Gives the same report as
/// [`timeline`] on the loaded inputs, whatever `chunk` and the number of
/// threads. `progress` is called once per input when it is analysed (from
/// any thread); `observe` once per input with its record, in input order
/// (to report skipped inputs).
pub fn timeline_stream(
    inputs: impl IntoIterator<Item = Input>,
    config: &Config,
    chunk: usize,
    progress: &(dyn Fn() + Sync),
    observe: &mut dyn FnMut(&DocumentRecord),
) -> Report {
    let mut merger = Merger::streaming();
    let mut copies = Copies::default();
    let analyse = |input: Input| {
        let x = match input.load(&config.load) {
            Loaded::Document(doc) => analyze_for_timeline(&doc, config),
            Loaded::Skipped(record) => reduce::skipped_extract(record),
        };
        progress();
        x
    };
    let take = |mut extracts: Vec<DocExtract>| {
        for x in &mut extracts {
            copies.admit(x);
            observe(&x.document);
        }
        let folded = extracts
            .into_par_iter()
            .map(|x| {
                let mut m = Merger::new();
                m.add_extract(x);
                m
            })
            .reduce(Merger::new, |mut a, b| {
                a.merge(b);
                a
            });
        merger.merge(folded);
        Ok::<(), std::convert::Infallible>(())
    };
    if let Err(never) = stream(
        inputs,
        config,
        chunk,
        Input::held_bytes,
        analyse,
        |x| x,
        take,
    ) {
        match never {}
    }
    let mut report = merger
        .finish(&generator(), &config.chronology, &config.geography)
        .0;
    copies.attach(&mut report);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(event_type: &str, trigger: &str, quote: &str) -> EventMention {
        let json = serde_json::json!({
            "document": "d", "type": event_type, "trigger": trigger, "modality": "occurred",
            "participants": [], "places": [], "time": null, "window": null,
            "attribution": null, "quote": quote, "start": 0, "end": 1, "sentence": 0,
            "caption": false
        });
        serde_json::from_value(json).expect("a mention")
    }

    #[test]
    fn what_a_mention_says_is_its_type_word_and_words() {
        let m = mention("visit", "visite", "Sa visite de 3 jours  à\tMoscou.");
        let same = |q: &str, numbers: bool| {
            says(&m, numbers) == says(&mention("visit", "visite", q), numbers)
        };
        // white space aside
        assert!(same(" Sa visite de 3 jours à Moscou. ", false));
        // words are kept apart
        assert!(!same("Sa visite de 3 jours àMoscou.", false));
        assert!(!same("Sa visite de 3 jour sà Moscou.", false));
        // numbers: exact, or any run of digits as one
        assert!(!same("Sa visite de 4 jours à Moscou.", false));
        assert!(same("Sa visite de 40 jours à Moscou.", true));
        assert!(!same("Sa visite de 4 0 jours à Moscou.", true));
        assert!(!same("Sa visite de jours à Moscou.", true));
        // the type and the event word count
        assert_ne!(
            says(&m, false),
            says(&mention("meeting", "visite", &m.quote), false)
        );
        assert_ne!(
            says(&m, true),
            says(&mention("visit", "visites", &m.quote), true)
        );
    }
}
