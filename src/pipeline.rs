//! The per-document pipeline: text → entities + dates → events.
//!
//! Pure and independent per document, so documents run in parallel and the
//! same code serves as the map step of a distributed job.

use crate::config::Config;
use crate::corpus::{Document, Loaded};
use crate::model::{DocExtract, DocStatus, DocumentRecord, Report};
use crate::text::Text;
use crate::{entities, events, merge, temporal, text};
use rayon::prelude::*;

/// A document and everything found in it, text included (for `normalize`
/// and `dates`); `extract` drops the text.
pub struct Analysis {
    pub text: Text,
    pub extract: DocExtract,
}

fn record(doc: &Document, text: &Text) -> DocumentRecord {
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
        header_date: None,
        duplicate_of: None,
    }
}

/// Analyse one document.
pub fn analyze(doc: &Document, config: &Config) -> Analysis {
    let text = text::normalize(&doc.text);
    let document = record(doc, &text);
    let published = document.published.as_ref().map(|p| p.interval());
    let mentions = entities::extract(&text, &config.entities);
    let timexes = temporal::extract(&text, published);
    let event_mentions = events::extract(&doc.id, &text, &mentions, &timexes, &config.events);
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
    loaded
        .par_iter()
        .map(|item| match item {
            Loaded::Document(doc) => analyze(doc, config).extract,
            Loaded::Skipped(record) => DocExtract {
                document: record.clone(),
                entities: Vec::new(),
                timexes: Vec::new(),
                events: Vec::new(),
            },
        })
        .collect()
}

/// The generator string written into every output.
pub fn generator() -> String {
    format!("newsx {}", env!("CARGO_PKG_VERSION"))
}

/// Load-analyse-consolidate: the whole timeline job, run as the two steps
/// of `newsx extract | newsx merge` (see [`crate::merge`]) in one process.
/// Merge warnings (two different documents under one id) are dropped here.
pub fn timeline(loaded: &[Loaded], config: &Config) -> Report {
    let mut merger = merge::Merger::new();
    for x in extract_all(loaded, config) {
        merger.add_extract(x);
    }
    merger.finish(&generator()).0
}
