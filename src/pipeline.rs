//! The per-document pipeline: text → entities + dates → events.
//!
//! Pure and independent per document, so documents run in parallel and the
//! same code serves as the map step of a distributed job.

use crate::config::Config;
use crate::corpus::{Document, Loaded};
use crate::model::{DocExtract, DocStatus, DocumentRecord, Report};
use crate::text::Text;
use crate::{entities, events, temporal, text, timeline};
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
    extract_all_with_progress(loaded, config, &|| {})
}

/// [`extract_all`], calling `progress` once per input when it is done (from
/// any thread), so a caller can draw a progress bar.
pub fn extract_all_with_progress(
    loaded: &[Loaded],
    config: &Config,
    progress: &(dyn Fn() + Sync),
) -> Vec<DocExtract> {
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
        .inspect(|_| progress())
        .collect()
}

/// The generator string written into every output.
pub fn generator() -> String {
    format!("newsx {}", env!("CARGO_PKG_VERSION"))
}

/// Load-analyse-consolidate: the whole timeline job.
pub fn timeline(loaded: &[Loaded], config: &Config) -> Report {
    timeline_with_progress(loaded, config, &|| {})
}

/// [`timeline`] with a progress callback (see [`extract_all_with_progress`]).
pub fn timeline_with_progress(
    loaded: &[Loaded],
    config: &Config,
    progress: &(dyn Fn() + Sync),
) -> Report {
    timeline::consolidate(
        extract_all_with_progress(loaded, config, progress),
        &generator(),
    )
}
