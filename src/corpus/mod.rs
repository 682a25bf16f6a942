//! Loading: from paths to decoded documents with their metadata.
//!
//! Every input ends up either as a `Document` or as a skipped
//! `DocumentRecord` with a reason: nothing is dropped silently, so
//! input files (JSON Lines records) = documents + skipped.
//!
//! Metadata precedence (docs/inputs.md): command line > front matter >
//! sidecar (`metadata.csv` / `metadata.jsonl`) > the text itself.

mod decode;
mod dupes;
pub mod frontmatter;
mod jsonl;
mod lang;
mod metadata;
mod walk;

pub use decode::decode;
pub use dupes::{DUPLICATE_SIMILARITY, mark_duplicates};
pub use lang::check as check_language;
pub use metadata::{Metadata, read_sidecar};
pub use walk::{Entry, discover, glob_match, natural_key};

use crate::model::{DateSource, DocumentRecord, Published};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A decoded article and what is known about it before analysis.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub path: String,
    /// The decoded file, front matter included (the normalizer leaves it out).
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

/// How input files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// `.jsonl` / `.ndjson` files are JSON Lines, the others text.
    #[default]
    Auto,
    Text,
    Jsonl,
}

/// How inputs are found and which are refused.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// File endings read inside directories (a file named on the command line is always read).
    pub extensions: Vec<String>,
    /// File-name patterns (`*.txt`) read inside directories, replacing `extensions` when set.
    pub globs: Vec<String>,
    pub max_file_size: u64,
    /// Forced publication date for every input (`--published`).
    pub published: Option<Published>,
    /// Ignore metadata sidecars (`--no-metadata`).
    pub no_metadata: bool,
    pub input_format: InputFormat,
    /// Skip documents that are not French (`--lang-check off` disables).
    pub lang_check: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            extensions: vec!["txt".into(), "md".into(), "text".into()],
            globs: Vec::new(),
            max_file_size: 20 * 1024 * 1024,
            published: None,
            no_metadata: false,
            input_format: InputFormat::Auto,
            lang_check: true,
        }
    }
}

/// A short reason for an I/O error (`permission denied`).
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "no such file".into(),
        _ => e.to_string(),
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
    let mut sidecars: BTreeMap<PathBuf, BTreeMap<String, Metadata>> = BTreeMap::new();
    let mut out = Vec::new();
    for entry in discover(paths, opts) {
        match entry {
            Entry::Skipped(r) => out.push(Loaded::Skipped(*r)),
            Entry::Stdin => out.extend(load_stdin(opts)),
            Entry::File(file) => {
                if is_jsonl(&file, opts) {
                    out.extend(load_jsonl(&file, opts));
                    continue;
                }
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
        }
    }
    out
}

fn is_jsonl(path: &Path, opts: &LoadOptions) -> bool {
    match opts.input_format {
        InputFormat::Jsonl => true,
        InputFormat::Text => false,
        InputFormat::Auto => jsonl::is_jsonl_name(path),
    }
}

fn load_jsonl(path: &Path, opts: &LoadOptions) -> Vec<Loaded> {
    let shown = path.display().to_string();
    match std::fs::File::open(path) {
        Ok(f) => jsonl::read(std::io::BufReader::new(f), &shown, &document_id(path), opts),
        Err(e) => vec![Loaded::Skipped(DocumentRecord::skipped(
            document_id(path),
            shown,
            walk::link_problem(path, &e),
        ))],
    }
}

fn load_stdin(opts: &LoadOptions) -> Vec<Loaded> {
    let stdin = std::io::stdin();
    if opts.input_format == InputFormat::Jsonl {
        return jsonl::read(stdin.lock(), "-", "stdin", opts);
    }
    let mut bytes = Vec::new();
    let limit = opts.max_file_size.saturating_add(1);
    if let Err(e) = stdin.lock().take(limit).read_to_end(&mut bytes) {
        return vec![skipped("-", format!("cannot read: {}", io_reason(&e)))];
    }
    if bytes.len() as u64 > opts.max_file_size {
        return vec![skipped(
            "-",
            format!(
                "standard input is over the limit of {} bytes (--max-file-size)",
                opts.max_file_size
            ),
        )];
    }
    vec![from_bytes("stdin".into(), "-".into(), &bytes, None, opts)]
}

fn skipped(path: &str, reason: String) -> Loaded {
    let id = if path == "-" {
        "stdin".to_string()
    } else {
        document_id(Path::new(path))
    };
    Loaded::Skipped(DocumentRecord::skipped(id, path.to_string(), reason))
}

fn load_file(path: &Path, sidecar: Option<Metadata>, opts: &LoadOptions) -> Loaded {
    let id = document_id(path);
    let shown = path.display().to_string();
    let skip = |reason: String| {
        Loaded::Skipped(DocumentRecord::skipped(id.clone(), shown.clone(), reason))
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return skip(walk::link_problem(path, &e)),
    };
    if meta.is_dir() {
        return skip("is a directory".into());
    }
    if meta.len() > opts.max_file_size {
        return skip(format!(
            "file is {} bytes, over the limit of {} (--max-file-size)",
            meta.len(),
            opts.max_file_size
        ));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return skip(format!("cannot read: {}", io_reason(&e))),
    };
    from_bytes(id.clone(), shown.clone(), &bytes, sidecar, opts)
}

/// Decode, read front matter, check the language, merge metadata.
fn from_bytes(
    id: String,
    shown: String,
    bytes: &[u8],
    sidecar: Option<Metadata>,
    opts: &LoadOptions,
) -> Loaded {
    let skip = |reason: String| {
        Loaded::Skipped(DocumentRecord::skipped(id.clone(), shown.clone(), reason))
    };
    let (text, encoding) = match decode(bytes) {
        Ok(ok) => ok,
        Err(reason) => return skip(reason),
    };
    let front = frontmatter::parse(&text);
    let body = front.as_ref().map_or(&text[..], |(_, end)| &text[*end..]);
    if body.trim().is_empty() {
        return skip("empty file (no text after the front matter)".into());
    }
    if opts.lang_check
        && let Err(reason) = lang::check(body)
    {
        return skip(reason);
    }
    let mut meta = sidecar.unwrap_or_default();
    if let Some((fm, _)) = front {
        meta = fm.or(meta);
    }
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
