//! Map and reduce: the per-document analysis as self-contained lines
//! ([`wire`]), and their consolidation into a report, in one process or
//! across many ([`reduce`]).
//!
//! `newsx extract` writes every document's analysis as JSON Lines;
//! `newsx merge` reads any number of such lines, in any order and with
//! duplicates, into a [`reduce::Merger`] and consolidates them.
//! `newsx timeline` runs the same two steps in process, so there is one
//! code path.

pub mod reduce;
pub mod set;
pub mod wire;

#[cfg(test)]
pub(crate) mod tests {
    use crate::config::Config;
    use crate::corpus::{LoadOptions, Loaded};
    use crate::model::DocExtract;
    use std::path::PathBuf;

    /// The analyses of the seed corpus (every file read).
    pub(crate) fn corpus_extracts() -> Vec<DocExtract> {
        let config = Config::new(&[] as &[PathBuf], LoadOptions::default()).unwrap();
        let loaded = crate::corpus::load(&[PathBuf::from("corpus")], &config.load);
        assert!(loaded.iter().all(|l| matches!(l, Loaded::Document(_))));
        crate::pipeline::extract_all(&loaded, &config)
    }
}
