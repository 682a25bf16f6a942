//! The reduce step: extract lines (or whole extracts) folded into a
//! [`Merger`], in any order and with duplicates, then consolidated into a
//! [`Report`] ([`Merger::finish`]). `newsx timeline` runs the same fold in
//! process ([`Merger::add_extract`]), so there is one code path.
//!
//! The reduce is a tree: [`Merger::partial`] writes a compact set of lines
//! (document records, per-document entity summaries, event mentions; no
//! timexes, no entity spans) that another merger accepts along with raw
//! lines. Folding a line into a merger is a set union, so partials combine
//! in any grouping and order; consolidation itself ([`crate::timeline`])
//! runs once, at the root, because clustering is global and order-sensitive.
//! The entities of the report are summarized here ([`summarize`]), from the
//! per-document summaries, and nowhere else.

use super::set::SmallSet;
use super::wire::{DocEntity, LineError, Payload, Record, digest, index};
use crate::model::{
    DocExtract, DocumentRecord, EntitySummary, EntityType, EventMention, Interner, Report,
};
use crate::publication::corpus::Landmark;
use serde::Serialize;
use std::collections::BTreeMap;

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

/// What is known about one analysis of one document: the reducer's state,
/// so it lives here and not in the line format ([`super::wire`]).
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
    /// Set for a merger that holds mentions until consolidation
    /// ([`Merger::interning`]): one copy of each entity reference.
    interner: Option<Interner>,
    /// Set for a merger that folds each document's entity summaries into
    /// corpus totals as the document arrives ([`Merger::streaming`]).
    totals: Option<EntityTotals>,
}

impl Merger {
    pub fn new() -> Merger {
        Merger::default()
    }

    /// A merger that keeps one copy of each entity reference of the event
    /// mentions it holds (the root of a run, which holds them all until
    /// consolidation); the mergers of a parallel fold need not, since the
    /// root interns what they bring. Same report as [`Merger::new`].
    pub fn interning() -> Merger {
        Merger {
            interner: Some(Interner::new()),
            ..Merger::default()
        }
    }

    /// The root of a run that gives each document once (`newsx timeline`,
    /// whose inputs have distinct ids): an [`Merger::interning`] merger
    /// that folds each document's entity summaries into corpus totals as
    /// the document arrives ([`EntityTotals`]) instead of keeping them per
    /// document until [`Merger::finish`] chooses one analysis per id. Same
    /// report as [`Merger::new`] when no id comes with two different
    /// analyses; when one does (lines of two runs given to `newsx merge`,
    /// which does not use this merger), the entities of both are counted
    /// and [`Merger::finish`] says so.
    pub fn streaming() -> Merger {
        Merger {
            totals: Some(EntityTotals::default()),
            ..Merger::interning()
        }
    }

    fn intern(&mut self, e: &mut EventMention) {
        if let Some(interner) = &mut self.interner {
            interner.mention(e);
        }
    }

    /// Fold one record in. Idempotent: a record seen twice counts once.
    pub fn add(&mut self, r: Record) {
        let mut payload = r.payload;
        if let Payload::Event(_, e) = &mut payload {
            self.intern(e);
        }
        let v = self.versions.entry((r.document_id, r.digest)).or_default();
        match payload {
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

    fn merge_version(&mut self, key: (String, String), mut theirs: Version) {
        if let Some(interner) = &mut self.interner {
            for e in theirs.events.values_mut() {
                interner.mention(e);
            }
        }
        if let Some(totals) = &mut self.totals {
            let entities = std::mem::take(&mut theirs.entities);
            // an analysis seen again (same id and digest) is counted once
            if !self.versions.contains_key(&key) {
                let another = self
                    .versions
                    .range((key.0.clone(), String::new())..)
                    .next()
                    .is_some_and(|(k, _)| k.0 == key.0);
                totals.twice += usize::from(another);
                totals.add(&key.0, entities.into_values());
            }
        }
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
        // the mentions hold what they share; the table of it can go
        let Merger {
            versions,
            interner,
            totals,
        } = self;
        drop(interner);
        let mut by_id: BTreeMap<String, Vec<(String, Version)>> = BTreeMap::new();
        for ((id, digest), v) in versions {
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
        let entities = match totals {
            Some(mut totals) => {
                // what came as lines ([`Merger::add`]) is still per document
                for (document, v) in &mut chosen {
                    let entities = std::mem::take(&mut v.entities);
                    totals.add(&document.id, entities.into_values());
                }
                if totals.twice > 0 {
                    warnings.push(format!(
                        "{} document ids came with two different analyses: \
                         the entities of both are counted",
                        totals.twice
                    ));
                }
                totals.summaries()
            }
            None => summarize(&chosen),
        };
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

/// The corpus view of entities, from the per-document summaries (the one
/// entity summary of newsx: `timeline` consolidates events only). One
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
    sort_entity_summaries(&mut out);
    out
}

/// The report's order of entities: the most mentioned first, then by id
/// and type.
fn sort_entity_summaries(out: &mut [EntitySummary]) {
    out.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then(a.id.cmp(&b.id))
            .then(a.entity_type.cmp(&b.entity_type))
    });
}

/// The corpus view of entities folded as documents arrive: what
/// [`summarize`] gives from the per-document summaries, grown with the
/// entities and the (entity, document) pairs instead of held per document
/// (13 KB a document on the story-dense corpus, docs/performance.md, stop
/// 46). Documents are kept as indexes into one table of ids.
#[derive(Debug, Default)]
pub struct EntityTotals {
    /// Document ids in arrival order.
    documents: Vec<String>,
    /// Where each id is in `documents`.
    index: std::collections::HashMap<String, u32>,
    by_entity: BTreeMap<(String, EntityType), Total>,
    /// Documents folded a second time with another analysis.
    twice: usize,
}

/// One entity's totals so far.
#[derive(Debug)]
struct Total {
    /// The name in the first document in id order naming the entity (the
    /// one [`summarize`] meets first).
    name: String,
    named_in: u32,
    mentions: usize,
    documents: Vec<u32>,
    variants: SmallSet<String>,
    found_by: SmallSet<crate::model::FoundBy>,
}

impl EntityTotals {
    /// Fold in the entity summaries of one analysis of document `id`.
    pub fn add(&mut self, id: &str, entities: impl IntoIterator<Item = DocEntity>) {
        let doc = match self.index.get(id) {
            Some(&doc) => doc,
            None => {
                let doc = u32::try_from(self.documents.len()).unwrap_or(u32::MAX);
                self.documents.push(id.to_string());
                self.index.insert(id.to_string(), doc);
                doc
            }
        };
        for e in entities {
            let key = (e.entity_id, e.entity_type);
            match self.by_entity.get_mut(&key) {
                Some(t) => {
                    if id < self.documents[t.named_in as usize].as_str() {
                        t.name = e.name;
                        t.named_in = doc;
                    }
                    t.mentions += e.mentions.len();
                    t.documents.push(doc);
                    t.variants.extend(e.variants);
                    t.found_by.extend(e.found_by);
                }
                None => {
                    self.by_entity.insert(
                        key,
                        Total {
                            name: e.name,
                            named_in: doc,
                            mentions: e.mentions.len(),
                            documents: vec![doc],
                            variants: e.variants,
                            found_by: e.found_by,
                        },
                    );
                }
            }
        }
    }

    /// The report's entity list, in [`summarize`]'s order.
    pub fn summaries(self) -> Vec<EntitySummary> {
        let EntityTotals {
            documents,
            by_entity,
            ..
        } = self;
        let mut out: Vec<EntitySummary> = by_entity
            .into_iter()
            .map(|((id, entity_type), t)| {
                let mut docs: Vec<String> = t
                    .documents
                    .iter()
                    .map(|&d| documents[d as usize].clone())
                    .collect();
                docs.sort();
                docs.dedup();
                EntitySummary {
                    id,
                    name: t.name,
                    entity_type,
                    mentions: t.mentions,
                    documents: docs,
                    variants: t.variants.iter().cloned().collect(),
                    found_by: t.found_by.iter().copied().collect(),
                }
            })
            .collect();
        sort_entity_summaries(&mut out);
        out
    }
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
    use crate::extract::tests::corpus_extracts;
    use crate::extract::wire::records;

    fn merged(records: impl IntoIterator<Item = Record>) -> Report {
        let mut m = Merger::new();
        for r in records {
            m.add(r);
        }
        let (report, warnings) = m.finish("newsx test", &[], &Default::default());
        assert!(warnings.is_empty(), "{warnings:?}");
        report
    }

    /// Merging is consolidating, and the entities are those of the
    /// mentions: every mention counted once, under its entity and type.
    #[test]
    fn merging_extracts_equals_consolidating_them() {
        let extracts = corpus_extracts();
        let mut expected = crate::timeline::consolidate(extracts.clone(), "newsx test");
        assert!(expected.entities.is_empty() && !expected.events.is_empty());
        let mentions: BTreeMap<(&str, EntityType), usize> = extracts
            .iter()
            .flat_map(|x| &x.entities)
            .fold(BTreeMap::new(), |mut n, m| {
                *n.entry((m.entity_id.as_str(), m.entity_type)).or_default() += 1;
                n
            });
        let report = merged(extracts.clone().into_iter().flat_map(records));
        let counted: BTreeMap<(&str, EntityType), usize> = report
            .entities
            .iter()
            .map(|e| ((e.id.as_str(), e.entity_type), e.mentions))
            .collect();
        assert_eq!(counted, mentions);
        expected.entities = report.entities.clone();
        assert_eq!(report, expected);
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

    /// A pseudo-random corpus of entity mentions: `docs` copies of the
    /// seed records under shuffled ids, each naming entities drawn from a
    /// small pool (ids, types, names, surfaces and methods varying), so
    /// that entities recur across documents under several names.
    fn generated(docs: usize, seed: u64) -> Vec<DocExtract> {
        use crate::model::{EntityMention, FoundBy, Span};
        let templates = corpus_extracts();
        let mut state = seed;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let types = [
            EntityType::Person,
            EntityType::Place,
            EntityType::Organization,
        ];
        let methods = [
            FoundBy::Gazetteer,
            FoundBy::Role,
            FoundBy::Rule,
            FoundBy::Coreference,
        ];
        (0..docs)
            .map(|d| {
                let mut x = templates[d % templates.len()].clone();
                // ids not in arrival order
                x.document.id = format!("doc-{:04}", (d * 7919) % 10007);
                x.document.path = format!("gen/{}.txt", x.document.id);
                x.document.duplicate_of = None;
                x.events.clear();
                x.timexes.clear();
                x.entities = (0..next(12))
                    .map(|i| {
                        let e = next(9);
                        EntityMention {
                            entity_id: format!("ent-{e}"),
                            name: format!("Nom {e}.{}", next(3)),
                            entity_type: types[(e as usize + next(2) as usize) % 3],
                            surface: format!("forme {}", next(4)),
                            span: Span::new(i as usize, i as usize + 1),
                            found_by: methods[next(4) as usize],
                            rule: "test".into(),
                            confidence: 1.0,
                            role: None,
                        }
                    })
                    .collect();
                x
            })
            .collect()
    }

    /// The totals a streaming merger folds as documents arrive are the
    /// per-document summaries summed: computed here from the mentions
    /// alone (the name is the first mention's in the first document by
    /// id), and the same report as the merger that keeps the summaries.
    #[test]
    fn folded_entity_totals_equal_the_summaries_summed() {
        for (docs, seed) in [(1, 1), (5, 2), (40, 3), (300, 4)] {
            let extracts = generated(docs, seed);
            type Expected = (
                String,
                usize,
                Vec<String>,
                Vec<String>,
                Vec<crate::model::FoundBy>,
            );
            let mut expected: BTreeMap<(String, EntityType), Expected> = BTreeMap::new();
            let mut by_id: Vec<&DocExtract> = extracts.iter().collect();
            by_id.sort_by(|a, b| a.document.id.cmp(&b.document.id));
            for x in by_id {
                for m in &x.entities {
                    let t = expected
                        .entry((m.entity_id.clone(), m.entity_type))
                        .or_insert_with(|| (m.name.clone(), 0, vec![], vec![], vec![]));
                    t.1 += 1;
                    t.2.push(x.document.id.clone());
                    t.3.push(m.surface.clone());
                    t.4.push(m.found_by);
                }
            }
            for t in expected.values_mut() {
                t.2.sort();
                t.2.dedup();
                t.3.sort();
                t.3.dedup();
                t.4.sort();
                t.4.dedup();
            }
            let run = |mut m: Merger, xs: &[DocExtract]| {
                xs.iter().cloned().for_each(|x| m.add_extract(x));
                let (report, warnings) = m.finish("newsx test", &[], &Default::default());
                assert!(warnings.is_empty(), "{warnings:?}");
                report
            };
            let streamed = run(Merger::streaming(), &extracts);
            let got: BTreeMap<(String, EntityType), Expected> = streamed
                .entities
                .iter()
                .map(|e| {
                    (
                        (e.id.clone(), e.entity_type),
                        (
                            e.name.clone(),
                            e.mentions,
                            e.documents.clone(),
                            e.variants.clone(),
                            e.found_by.clone(),
                        ),
                    )
                })
                .collect();
            assert_eq!(got, expected);
            assert!(
                streamed
                    .entities
                    .windows(2)
                    .all(|w| w[0].mentions >= w[1].mentions)
            );
            assert_eq!(streamed, run(Merger::new(), &extracts));
            // in another order, and with every analysis given twice
            let mut again = extracts.clone();
            again.reverse();
            again.extend(extracts.iter().cloned());
            assert_eq!(run(Merger::streaming(), &again), streamed);
        }
    }

    /// The seed corpus gives the same report through a streaming merger,
    /// folded as `timeline_stream` folds it (mergers of a chunk merged into
    /// the root) and through lines.
    #[test]
    fn a_streaming_merger_gives_the_report_of_a_plain_one() {
        let extracts = corpus_extracts();
        let mut plain = Merger::new();
        extracts.iter().cloned().for_each(|x| plain.add_extract(x));
        let expected = plain.finish("newsx test", &[], &Default::default()).0;
        let mut root = Merger::streaming();
        for x in extracts.iter().rev().cloned() {
            let mut m = Merger::new();
            m.add_extract(x);
            root.merge(m);
        }
        assert_eq!(
            root.finish("newsx test", &[], &Default::default()).0,
            expected
        );
        let mut by_lines = Merger::streaming();
        extracts
            .into_iter()
            .flat_map(records)
            .for_each(|r| by_lines.add(r));
        assert_eq!(
            by_lines.finish("newsx test", &[], &Default::default()).0,
            expected
        );
    }
}
