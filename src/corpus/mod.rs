//! Loading: from paths to decoded documents with their metadata.
//!
//! Every input file ends up either as a `Document` or as a skipped
//! `DocumentRecord` with a reason: nothing is dropped silently.

mod decode;
mod metadata;

pub use decode::decode;
pub use metadata::{Metadata, read_sidecar};

use crate::model::{DateSource, DocumentRecord, Published};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A decoded article and what is known about it before analysis.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub path: String,
    pub text: String,
    pub encoding: String,
    pub meta: Metadata,
}

/// The outcome of loading one input.
#[derive(Debug, Clone)]
pub enum Loaded {
    Document(Document),
    Skipped(DocumentRecord),
}

/// How inputs are found and which are refused.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// File endings read inside directories (a file named on the command line is always read).
    pub extensions: Vec<String>,
    pub max_file_size: u64,
    /// Forced publication date for every input (`--published`).
    pub published: Option<Published>,
    /// Ignore metadata sidecars (`--no-metadata`).
    pub no_metadata: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            extensions: vec!["txt".into(), "md".into(), "text".into()],
            max_file_size: 20 * 1024 * 1024,
            published: None,
            no_metadata: false,
        }
    }
}

/// Natural order of file names: `2.txt` before `10.txt`.
fn natural_key(name: &str) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for c in name.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                out.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.push(c);
        }
    }
    out.push((text, digits.parse().unwrap_or(0)));
    out
}

/// Expand the input paths into the files to read, in a stable order.
/// Problems found while walking (unreadable directories) come back as skips.
pub fn discover(paths: &[PathBuf], opts: &LoadOptions) -> (Vec<PathBuf>, Vec<DocumentRecord>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, opts, &mut files, &mut skipped);
        } else {
            files.push(path.clone());
        }
    }
    (files, skipped)
}

fn walk(
    dir: &Path,
    opts: &LoadOptions,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<DocumentRecord>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let p = dir.display().to_string();
            skipped.push(DocumentRecord::skipped(
                p.clone(),
                p,
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort_by_key(|p| natural_key(&p.file_name().unwrap_or_default().to_string_lossy()));
    for child in children {
        if child.is_dir() {
            walk(&child, opts, files, skipped);
        } else if child
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| opts.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
        {
            files.push(child);
        }
    }
}

/// The id of a document: its file name without the extension.
pub fn document_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Read every input, decoding text and attaching metadata.
pub fn load(paths: &[PathBuf], opts: &LoadOptions) -> Vec<Loaded> {
    let (files, skipped) = discover(paths, opts);
    let mut sidecars: BTreeMap<PathBuf, BTreeMap<String, Metadata>> = BTreeMap::new();
    let mut out: Vec<Loaded> = skipped.into_iter().map(Loaded::Skipped).collect();
    for file in files {
        let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
        if !opts.no_metadata && !sidecars.contains_key(&dir) {
            sidecars.insert(dir.clone(), read_sidecar(&dir));
        }
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let sidecar = sidecars.get(&dir).and_then(|m| m.get(&name)).cloned();
        out.push(load_file(&file, sidecar, opts));
    }
    out
}

fn load_file(path: &Path, sidecar: Option<Metadata>, opts: &LoadOptions) -> Loaded {
    let id = document_id(path);
    let shown = path.display().to_string();
    let skip = |reason: String| {
        Loaded::Skipped(DocumentRecord::skipped(id.clone(), shown.clone(), reason))
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return skip("no such file (or a broken link)".into());
        }
        Err(e) => return skip(format!("cannot read: {e}")),
    };
    if meta.len() > opts.max_file_size {
        return skip(format!(
            "file is {} bytes, over the limit of {} (--max-file-size)",
            meta.len(),
            opts.max_file_size
        ));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return skip(format!("cannot read: {e}")),
    };
    let (text, encoding) = match decode(&bytes) {
        Ok(ok) => ok,
        Err(reason) => return skip(reason),
    };
    let mut meta = sidecar.unwrap_or_default();
    if let Some(forced) = &opts.published {
        meta.published = Some(Published {
            source: DateSource::CommandLine,
            ..forced.clone()
        });
    }
    Loaded::Document(Document {
        id,
        path: shown,
        text,
        encoding: encoding.to_string(),
        meta,
    })
}
