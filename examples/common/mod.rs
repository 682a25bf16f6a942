//! What the examples that read a corpus share: the folder and the number
//! of documents from the command line, and the documents loaded. A folder
//! of `examples/` without a `main.rs` is no example of its own.

use newsx::config::Config;
use newsx::corpus::{Document, Loaded, load};
use std::path::PathBuf;

/// The corpus folder (first argument, `corpus` by default), the most
/// documents to read (second argument, all by default) and the arguments
/// after them.
pub fn args() -> (PathBuf, usize, Vec<String>) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().map_or("corpus", String::as_str));
    let max: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    (dir, max, args.into_iter().skip(2).collect())
}

/// The first `max` documents of `dir`, loaded as `config` says (the inputs
/// that are skipped left out).
pub fn documents(dir: PathBuf, config: &Config, max: usize) -> Vec<Document> {
    load(&[dir], &config.load)
        .into_iter()
        .filter_map(|l| match l {
            Loaded::Document(d) => Some(d),
            Loaded::Skipped(_) => None,
        })
        .take(max)
        .collect()
}
