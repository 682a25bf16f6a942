//! Map and reduce: the per-document analysis as self-contained lines, and
//! their consolidation into a [`Report`], in one process or across many.
//!
//! `newsx extract` writes every [`DocExtract`] as JSON Lines ([`records`],
//! [`Record::to_line`]); `newsx merge` reads any number of such lines, in any
//! order and with duplicates, into a [`Merger`] and consolidates them
//! ([`Merger::finish`]). `newsx timeline` runs the same two steps in process
//! ([`Merger::add_extract`]), so there is one code path.
//!
//! Every line carries `schema_version`, `kind`, `document_id` and `digest`
//! (a hash of the document's whole analysis): the lines of one analysis of
//! one document share an `(id, digest)` pair, which is how duplicate lines
//! (a retried worker) are recognised and how two different analyses under
//! one id are told apart. Mention lines also carry their `index` in the
//! document, so a line seen twice counts once.
//!
//! The reduce is a tree: [`Merger::partial`] writes a compact set of lines
//! (document records, per-document entity summaries, event mentions; no
//! timexes, no entity spans) that another merger accepts along with raw
//! lines. Folding a line into a merger is a set union, so partials combine
//! in any grouping and order; consolidation itself ([`crate::timeline`])
//! runs once, at the root, because clustering is global and order-sensitive.

use crate::model::{
    DocExtract, DocumentRecord, EntityMention, EntitySummary, EntityType, EventMention, FoundBy,
    Report, Timex,
};
use crate::publication::corpus::Landmark;
use crate::text::hash::Fnv;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Version of the extract line format; changes when a field changes meaning.
pub const EXTRACT_SCHEMA_VERSION: u32 = 1;

/// A line of `newsx extract` or `newsx merge --partial` output, without its envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub document_id: String,
    pub digest: String,
    pub payload: Payload,
}

/// What a line says about its document.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Document(DocumentRecord),
    Entity(u32, EntityMention),
    Timex(u32, Timex),
    Event(u32, EventMention),
    /// The mentions of one entity in one document (partial output).
    EntitySummary(DocEntity),
}

impl Payload {
    pub fn kind(&self) -> &'static str {
        match self {
            Payload::Document(_) => "document",
            Payload::Entity(..) => "entity",
            Payload::Timex(..) => "timex",
            Payload::Event(..) => "event",
            Payload::EntitySummary(_) => "entity_summary",
        }
    }
}

/// One entity in one document, as much as the corpus summary needs:
/// which mentions (by index, so that overlapping summaries combine),
/// the surfaces, how they were found, and the name of the first mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocEntity {
    pub entity_id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Index of the mention `name` comes from.
    pub first: u32,
    /// Indexes of the entity's mentions in the document.
    pub mentions: BTreeSet<u32>,
    pub variants: BTreeSet<String>,
    pub found_by: BTreeSet<FoundBy>,
}

impl DocEntity {
    fn from_mention(index: u32, m: EntityMention) -> DocEntity {
        DocEntity {
            entity_id: m.entity_id,
            name: m.name,
            entity_type: m.entity_type,
            first: index,
            mentions: BTreeSet::from([index]),
            variants: BTreeSet::from([m.surface]),
            found_by: BTreeSet::from([m.found_by]),
        }
    }

    /// Union: associative, commutative and idempotent.
    fn absorb(&mut self, other: DocEntity) {
        if other.first < self.first {
            self.first = other.first;
            self.name = other.name;
            self.entity_type = other.entity_type;
        }
        self.mentions.extend(other.mentions);
        self.variants.extend(other.variants);
        self.found_by.extend(other.found_by);
    }
}

#[derive(Serialize)]
struct LineOut<'a, T: Serialize> {
    schema_version: u32,
    kind: &'a str,
    document_id: &'a str,
    digest: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<u32>,
    data: &'a T,
}

#[derive(Deserialize)]
struct LineIn {
    schema_version: u32,
    kind: String,
    document_id: String,
    digest: String,
    #[serde(default)]
    index: Option<u32>,
    data: serde_json::Value,
}

/// Why a line could not be read. The line is skipped; the run goes on.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error("not a JSON extract line: {0}")]
    Json(serde_json::Error),
    #[error("schema_version {0} is not supported (this newsx reads {EXTRACT_SCHEMA_VERSION})")]
    Schema(u32),
    #[error("unknown kind '{0}'")]
    Kind(String),
    #[error("a '{0}' line needs an index")]
    Index(String),
    #[error("bad '{kind}' data: {err}")]
    Data {
        kind: String,
        err: serde_json::Error,
    },
}

impl Record {
    /// The line, without its newline.
    pub fn to_line(&self) -> serde_json::Result<String> {
        fn line<T: Serialize>(
            r: &Record,
            index: Option<u32>,
            data: &T,
        ) -> serde_json::Result<String> {
            serde_json::to_string(&LineOut {
                schema_version: EXTRACT_SCHEMA_VERSION,
                kind: r.payload.kind(),
                document_id: &r.document_id,
                digest: &r.digest,
                index,
                data,
            })
        }
        match &self.payload {
            Payload::Document(d) => line(self, None, d),
            Payload::Entity(i, m) => line(self, Some(*i), m),
            Payload::Timex(i, t) => line(self, Some(*i), t),
            Payload::Event(i, e) => line(self, Some(*i), e),
            Payload::EntitySummary(e) => line(self, None, e),
        }
    }

    /// Read one line. A line may be prefixed by a key and a tab (`KEY\t{...}`),
    /// as Hadoop Streaming passes them.
    pub fn parse(line: &str) -> Result<Record, LineError> {
        let line = line.trim_end_matches(['\n', '\r']);
        let json = if line.trim_start().starts_with('{') {
            line
        } else {
            line.split_once('\t').map_or(line, |(_, rest)| rest)
        };
        let raw: LineIn = serde_json::from_str(json).map_err(LineError::Json)?;
        if raw.schema_version != EXTRACT_SCHEMA_VERSION {
            return Err(LineError::Schema(raw.schema_version));
        }
        let kind = raw.kind;
        let index = || raw.index.ok_or_else(|| LineError::Index(kind.clone()));
        fn data<T: serde::de::DeserializeOwned>(
            kind: &str,
            v: serde_json::Value,
        ) -> Result<T, LineError> {
            serde_json::from_value(v).map_err(|err| LineError::Data {
                kind: kind.to_string(),
                err,
            })
        }
        let payload = match kind.as_str() {
            "document" => Payload::Document(data(&kind, raw.data)?),
            "entity" => Payload::Entity(index()?, data(&kind, raw.data)?),
            "timex" => Payload::Timex(index()?, data(&kind, raw.data)?),
            "event" => Payload::Event(index()?, data(&kind, raw.data)?),
            "entity_summary" => Payload::EntitySummary(data(&kind, raw.data)?),
            _ => return Err(LineError::Kind(kind)),
        };
        Ok(Record {
            document_id: raw.document_id,
            digest: raw.digest,
            payload,
        })
    }
}

/// The digest of a document's whole analysis: equal analyses, equal digests.
/// The hash of its JSON, computed as it is written (no string).
pub fn digest(x: &DocExtract) -> String {
    let mut h = Fnv::default();
    // serializing model types cannot fail (no maps with non-string keys);
    // if it did, the digest is that of the empty string, as before
    if serde_json::to_writer(&mut h, x).is_err() {
        h = Fnv::default();
    }
    format!("{:016x}", h.0)
}

fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The map step's output for one document: its record, then its entity
/// mentions, timexes and event mentions, in document order.
pub fn records(x: DocExtract) -> Vec<Record> {
    let digest = digest(&x);
    let id = x.document.id.clone();
    let rec = |payload| Record {
        document_id: id.clone(),
        digest: digest.clone(),
        payload,
    };
    let mut out = Vec::with_capacity(1 + x.entities.len() + x.timexes.len() + x.events.len());
    out.push(rec(Payload::Document(x.document)));
    out.extend(
        x.entities
            .into_iter()
            .enumerate()
            .map(|(i, m)| rec(Payload::Entity(index(i), m))),
    );
    out.extend(
        x.timexes
            .into_iter()
            .enumerate()
            .map(|(i, t)| rec(Payload::Timex(index(i), t))),
    );
    out.extend(
        x.events
            .into_iter()
            .enumerate()
            .map(|(i, e)| rec(Payload::Event(index(i), e))),
    );
    out
}

/// Keep one of two values claimed to be the same: equal is fine; otherwise
/// the smaller serialization, so the choice does not depend on input order.
/// Returns true when they differed.
fn keep_min<T: Serialize + PartialEq>(slot: &mut T, new: T) -> bool {
    if *slot == new {
        return false;
    }
    let a = serde_json::to_string(slot).unwrap_or_default();
    let b = serde_json::to_string(&new).unwrap_or_default();
    if b < a {
        *slot = new;
    }
    true
}

/// What is known about one analysis of one document.
#[derive(Debug, Default)]
struct Version {
    document: Option<DocumentRecord>,
    /// By entity and type: a mention's type is its own (`au Kremlin` is a
    /// place, `le Kremlin a démenti` the organisation).
    entities: BTreeMap<(String, EntityType), DocEntity>,
    events: BTreeMap<u32, EventMention>,
    /// Lines claiming the same place with different content (corrupt input).
    clashes: usize,
}

/// The reduce step: fold lines in, then consolidate or write a partial.
#[derive(Debug, Default)]
pub struct Merger {
    versions: BTreeMap<(String, String), Version>,
}

impl Merger {
    pub fn new() -> Merger {
        Merger::default()
    }

    /// Fold one record in. Idempotent: a record seen twice counts once.
    pub fn add(&mut self, r: Record) {
        let v = self.versions.entry((r.document_id, r.digest)).or_default();
        match r.payload {
            Payload::Document(d) => match &mut v.document {
                Some(slot) => v.clashes += usize::from(keep_min(slot, d)),
                None => v.document = Some(d),
            },
            Payload::Entity(i, m) => absorb(&mut v.entities, DocEntity::from_mention(i, m)),
            Payload::EntitySummary(e) => absorb(&mut v.entities, e),
            // dates are in the event mentions; the timexes are for `extract` readers
            Payload::Timex(..) => {}
            Payload::Event(i, e) => match v.events.get_mut(&i) {
                Some(slot) => v.clashes += usize::from(keep_min(slot, e)),
                None => {
                    v.events.insert(i, e);
                }
            },
        }
    }

    /// Parse and fold one line.
    pub fn add_line(&mut self, line: &str) -> Result<(), LineError> {
        self.add(Record::parse(line)?);
        Ok(())
    }

    /// Fold a whole document's analysis: the same as adding the lines
    /// `records` writes for it, without making them.
    pub fn add_extract(&mut self, x: DocExtract) {
        let digest = digest(&x);
        let mut v = Version::default();
        for (i, m) in x.entities.into_iter().enumerate() {
            absorb(&mut v.entities, DocEntity::from_mention(index(i), m));
        }
        v.events = x
            .events
            .into_iter()
            .enumerate()
            .map(|(i, e)| (index(i), e))
            .collect();
        let key = (x.document.id.clone(), digest);
        v.document = Some(x.document);
        self.merge_version(key, v);
    }

    /// Fold another merger in: the same as adding every record it was given
    /// (a set union, so mergers built in parallel combine in any order).
    pub fn merge(&mut self, other: Merger) {
        for (key, theirs) in other.versions {
            self.merge_version(key, theirs);
        }
    }

    fn merge_version(&mut self, key: (String, String), theirs: Version) {
        let Some(v) = self.versions.get_mut(&key) else {
            self.versions.insert(key, theirs);
            return;
        };
        v.clashes += theirs.clashes;
        if let Some(d) = theirs.document {
            match &mut v.document {
                Some(slot) => v.clashes += usize::from(keep_min(slot, d)),
                None => v.document = Some(d),
            }
        }
        for e in theirs.entities.into_values() {
            absorb(&mut v.entities, e);
        }
        for (i, e) in theirs.events {
            match v.events.get_mut(&i) {
                Some(slot) => v.clashes += usize::from(keep_min(slot, e)),
                None => {
                    v.events.insert(i, e);
                }
            }
        }
    }

    /// A compact set of records that another merger accepts along with raw
    /// lines: document records, per-document entity summaries, event
    /// mentions. Nothing is resolved here (not even id conflicts), so
    /// partials combine in any tree.
    pub fn partial(&self) -> Vec<Record> {
        let mut out = Vec::new();
        for ((id, digest), v) in &self.versions {
            let rec = |payload| Record {
                document_id: id.clone(),
                digest: digest.clone(),
                payload,
            };
            if let Some(d) = &v.document {
                out.push(rec(Payload::Document(d.clone())));
            }
            for e in v.entities.values() {
                out.push(rec(Payload::EntitySummary(e.clone())));
            }
            for (i, e) in &v.events {
                out.push(rec(Payload::Event(*i, e.clone())));
            }
        }
        out
    }

    /// Consolidate: pick one analysis per document id, summarize entities,
    /// cluster events. Warnings say what was dropped and why.
    pub fn finish(
        self,
        generator: &str,
        reference: &[Landmark],
        geography: &crate::affinity::Geography,
    ) -> (Report, Vec<String>) {
        let mut warnings = Vec::new();
        let mut by_id: BTreeMap<String, Vec<(String, Version)>> = BTreeMap::new();
        for ((id, digest), v) in self.versions {
            by_id.entry(id).or_default().push((digest, v));
        }
        let mut chosen: Vec<(DocumentRecord, Version)> = Vec::new();
        for (id, versions) in by_id {
            let total = versions.len();
            let mut complete: Vec<(String, DocumentRecord, Version)> = Vec::new();
            for (digest, mut v) in versions {
                if v.clashes > 0 {
                    warnings.push(format!(
                        "document {id}: {} lines of one analysis (digest {digest}) disagree; kept the smallest",
                        v.clashes
                    ));
                }
                match v.document.take() {
                    Some(d) => complete.push((digest, d, v)),
                    None => warnings.push(format!(
                        "document {id}: {} event and {} entity lines without their document line (digest {digest}): ignored",
                        v.events.len(),
                        v.entities.len()
                    )),
                }
            }
            complete.sort_by(|a, b| (&a.1.path, &a.0).cmp(&(&b.1.path, &b.0)));
            let mut complete = complete.into_iter();
            let Some((digest, document, v)) = complete.next() else {
                continue;
            };
            if total > 1 {
                let others: Vec<String> = complete
                    .map(|(d, doc, _)| format!("{} (digest {d})", doc.path))
                    .collect();
                if !others.is_empty() {
                    warnings.push(format!(
                        "document {id}: {} different analyses under one id; kept {} (digest {digest}), dropped {}",
                        others.len() + 1,
                        document.path,
                        others.join(", ")
                    ));
                }
            }
            chosen.push((document, v));
        }
        let entities = summarize(&chosen);
        let extracts: Vec<DocExtract> = chosen
            .into_iter()
            .map(|(document, v)| DocExtract {
                document,
                entities: Vec::new(),
                timexes: Vec::new(),
                events: v.events.into_values().collect(),
            })
            .collect();
        let mut report =
            crate::timeline::consolidate_with(extracts, generator, reference, geography);
        report.entities = entities;
        (report, warnings)
    }

    /// True when nothing was folded in.
    pub fn is_empty(&self) -> bool {
        self.versions.is_empty()
    }
}

fn absorb(map: &mut BTreeMap<(String, EntityType), DocEntity>, e: DocEntity) {
    match map.get_mut(&(e.entity_id.clone(), e.entity_type)) {
        Some(slot) => slot.absorb(e),
        None => {
            map.insert((e.entity_id.clone(), e.entity_type), e);
        }
    }
}

/// The corpus view of entities, from the per-document summaries: the same
/// result as `timeline::consolidate` computes from the mentions. One
/// summary per entity and type: an entity named as a place and as an
/// organisation (`au Kremlin`, `le Kremlin a démenti`) is listed under both.
fn summarize(chosen: &[(DocumentRecord, Version)]) -> Vec<EntitySummary> {
    let mut by_id: BTreeMap<(&str, EntityType), EntitySummary> = BTreeMap::new();
    // `chosen` is in document id order, as consolidation reads documents
    for (doc, v) in chosen {
        for e in v.entities.values() {
            let s = by_id
                .entry((e.entity_id.as_str(), e.entity_type))
                .or_insert_with(|| EntitySummary {
                    id: e.entity_id.clone(),
                    name: e.name.clone(),
                    entity_type: e.entity_type,
                    mentions: 0,
                    documents: Vec::new(),
                    variants: Vec::new(),
                    found_by: Vec::new(),
                });
            s.mentions += e.mentions.len();
            s.documents.push(doc.id.clone());
            s.variants.extend(e.variants.iter().cloned());
            s.found_by.extend(e.found_by.iter().copied());
        }
    }
    let mut out: Vec<EntitySummary> = by_id.into_values().collect();
    for e in &mut out {
        e.documents.sort();
        e.documents.dedup();
        e.variants.sort();
        e.variants.dedup();
        e.found_by.sort();
        e.found_by.dedup();
    }
    out.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then(a.id.cmp(&b.id))
            .then(a.entity_type.cmp(&b.entity_type))
    });
    out
}

/// The extract of an input that was not analysed: its record alone.
pub fn skipped_extract(record: DocumentRecord) -> DocExtract {
    DocExtract {
        document: record,
        entities: Vec::new(),
        timexes: Vec::new(),
        events: Vec::new(),
    }
}

/// True when at least one document of the report was analysed.
pub fn any_analysed(report: &Report) -> bool {
    report.documents.iter().any(|d| d.status.is_analysed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::corpus::{LoadOptions, Loaded};
    use crate::pipeline;
    use crate::text::hash::hex;
    use std::path::PathBuf;

    fn corpus_extracts() -> Vec<DocExtract> {
        let config = Config::new(&[] as &[PathBuf], LoadOptions::default()).unwrap();
        let loaded = crate::corpus::load(&[PathBuf::from("corpus")], &config.load);
        assert!(loaded.iter().all(|l| matches!(l, Loaded::Document(_))));
        pipeline::extract_all(&loaded, &config)
    }

    fn merged(records: impl IntoIterator<Item = Record>) -> Report {
        let mut m = Merger::new();
        for r in records {
            m.add(r);
        }
        let (report, warnings) = m.finish("newsx test", &[], &Default::default());
        assert!(warnings.is_empty(), "{warnings:?}");
        report
    }

    #[test]
    fn lines_round_trip_losslessly() {
        for x in corpus_extracts() {
            for r in records(x) {
                let line = r.to_line().unwrap();
                assert!(!line.contains('\n'));
                assert_eq!(Record::parse(&line).unwrap(), r, "{line}");
            }
        }
    }

    #[test]
    fn merging_extracts_equals_consolidating_them() {
        let extracts = corpus_extracts();
        let expected = crate::timeline::consolidate(extracts.clone(), "newsx test");
        assert!(!expected.entities.is_empty() && !expected.events.is_empty());
        assert_eq!(merged(extracts.into_iter().flat_map(records)), expected);
    }

    #[test]
    fn order_duplicates_and_partials_do_not_matter() {
        let extracts = corpus_extracts();
        let all: Vec<Record> = extracts.into_iter().flat_map(records).collect();
        let flat = merged(all.clone());
        let mut reversed = all.clone();
        reversed.reverse();
        assert_eq!(merged(reversed), flat);
        // every line twice
        assert_eq!(merged(all.iter().chain(all.iter()).cloned()), flat);
        // a tree of partials over an arbitrary split, with overlap
        let (a, b) = all.split_at(all.len() / 3);
        let partial = |rs: &[Record]| {
            let mut m = Merger::new();
            rs.iter().cloned().for_each(|r| m.add(r));
            m.partial()
        };
        let pa = partial(a);
        let pb = partial(&all[all.len() / 4..]);
        let root = partial(&[pa.clone(), pb].concat());
        assert_eq!(merged(root), flat);
        assert_eq!(merged([pa, b.to_vec()].concat()), flat);
    }

    #[test]
    fn digest_is_the_hash_of_the_json() {
        for x in corpus_extracts() {
            let json = serde_json::to_string(&x).unwrap();
            assert_eq!(digest(&x), hex(json.as_bytes()));
        }
    }

    #[test]
    fn adding_an_extract_is_adding_its_records() {
        let extracts = corpus_extracts();
        let mut by_records = Merger::new();
        let mut by_extracts = Merger::new();
        for x in extracts.iter().chain(&extracts) {
            records(x.clone())
                .into_iter()
                .for_each(|r| by_records.add(r));
            by_extracts.add_extract(x.clone());
        }
        assert_eq!(by_extracts.partial(), by_records.partial());
    }

    #[test]
    fn merged_mergers_equal_one_merger() {
        let all: Vec<Record> = corpus_extracts().into_iter().flat_map(records).collect();
        let flat = merged(all.clone());
        // overlapping halves, folded separately then merged, both ways round
        let half = |rs: &[Record]| {
            let mut m = Merger::new();
            rs.iter().cloned().for_each(|r| m.add(r));
            m
        };
        let (a, b) = (&all[..all.len() * 2 / 3], &all[all.len() / 3..]);
        for (x, y) in [(a, b), (b, a)] {
            let mut m = half(x);
            m.merge(half(y));
            let (report, warnings) = m.finish("newsx test", &[], &Default::default());
            assert!(warnings.is_empty(), "{warnings:?}");
            assert_eq!(report, flat);
        }
    }

    #[test]
    fn conflicting_analyses_under_one_id_keep_one_and_warn() {
        let mut extracts = corpus_extracts();
        let mut other = extracts[0].clone();
        other.document.path = "zzz/elsewhere.txt".into();
        other.events.clear();
        extracts.push(other);
        let run = |xs: Vec<DocExtract>| {
            let mut m = Merger::new();
            xs.into_iter().for_each(|x| m.add_extract(x));
            m.finish("newsx test", &[], &Default::default())
        };
        let (report, warnings) = run(extracts.clone());
        assert_eq!(report.documents.len(), 5);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("zzz/elsewhere.txt"), "{warnings:?}");
        extracts.reverse();
        assert_eq!(run(extracts).0, report);
    }

    #[test]
    fn lines_without_their_document_are_reported() {
        let x = corpus_extracts().remove(0);
        let mut m = Merger::new();
        records(x)
            .into_iter()
            .filter(|r| !matches!(r.payload, Payload::Document(_)))
            .for_each(|r| m.add(r));
        let (report, warnings) = m.finish("t", &[], &Default::default());
        assert!(report.documents.is_empty());
        assert!(warnings[0].contains("without their document line"));
    }

    #[test]
    fn bad_lines_say_why() {
        assert!(matches!(Record::parse("{"), Err(LineError::Json(_))));
        let ok = records(corpus_extracts().remove(0))
            .remove(0)
            .to_line()
            .unwrap();
        let v2 = ok.replace("\"schema_version\":1", "\"schema_version\":2");
        assert!(matches!(Record::parse(&v2), Err(LineError::Schema(2))));
        let kind = ok.replace("\"kind\":\"document\"", "\"kind\":\"poem\"");
        assert!(matches!(Record::parse(&kind), Err(LineError::Kind(_))));
        // a key and a tab before the JSON, as Hadoop Streaming passes lines
        assert!(Record::parse(&format!("some-id\t{ok}")).is_ok());
    }
}
