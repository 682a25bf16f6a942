//! The extract line format: the per-document analysis as self-contained
//! JSON Lines, written by `newsx extract` ([`records`], [`Record::to_line`])
//! and `newsx merge --partial`, read by `newsx merge` ([`Record::parse`]).
//!
//! Every line carries `schema_version`, `kind`, `document_id` and `digest`
//! (a hash of the document's whole analysis, [`digest`]): the lines of one
//! analysis of one document share an `(id, digest)` pair, which is how
//! duplicate lines (a retried worker) are recognised and how two different
//! analyses under one id are told apart. Mention lines also carry their
//! `index` in the document, so a line seen twice counts once.

use super::set::SmallSet;
use crate::model::{
    DocExtract, DocumentRecord, EntityMention, EntityType, EventMention, FoundBy, Timex,
};
use crate::text::hash::Fnv;
use serde::{Deserialize, Serialize};

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
    pub mentions: SmallSet<u32>,
    pub variants: SmallSet<String>,
    pub found_by: SmallSet<FoundBy>,
}

impl DocEntity {
    pub(crate) fn from_mention(index: u32, m: EntityMention) -> DocEntity {
        DocEntity {
            entity_id: m.entity_id,
            name: m.name,
            entity_type: m.entity_type,
            first: index,
            mentions: SmallSet::one(index),
            variants: SmallSet::one(m.surface),
            found_by: SmallSet::one(m.found_by),
        }
    }

    /// Union: associative, commutative and idempotent.
    pub(crate) fn absorb(&mut self, other: DocEntity) {
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

/// A mention's position as written in a line (`u32::MAX` past it).
pub(crate) fn index(i: usize) -> u32 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::corpus_extracts;
    use crate::text::hash::hex;

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
    fn digest_is_the_hash_of_the_json() {
        for x in corpus_extracts() {
            let json = serde_json::to_string(&x).unwrap();
            assert_eq!(digest(&x), hex(json.as_bytes()));
        }
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
