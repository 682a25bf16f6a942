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
pub mod jsonl;
mod lang;
mod metadata;
mod walk;

pub use decode::{Decoded, decode, decode_reporting, is_blank};
pub use dupes::{
    DUPLICATE_SIMILARITY, DateWords, Duplicates, mark_duplicate_extracts, mark_duplicates, redated,
};
pub use lang::check as check_language;
pub use metadata::{Metadata, parse_metadata_csv, parse_metadata_jsonl, read_sidecar};
pub use walk::{Entry, discover, glob_match, natural_key, not_regular};

use crate::model::{DocumentRecord, Published};
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
    /// Where loading reports what it used but had to repair or leave out
    /// (a bad metadata row, a stray byte): the caller shows them.
    pub warnings: Warnings,
}

/// Problems met while loading that do not skip an input: a metadata row
/// left out, a stray byte replaced, broken front matter. Shared by the
/// threads that read inputs; each is kept with the position of its input
/// in [`Inputs`] order, so that the caller shows them next to that input
/// whatever the threads and chunks (the library prints nothing).
#[derive(Debug, Clone, Default)]
pub struct Warnings(std::sync::Arc<WarningsInner>);

#[derive(Debug, Default)]
struct WarningsInner {
    list: std::sync::Mutex<Vec<(usize, String)>>,
    /// Position of the input being found (set by [`Inputs`], in order).
    current: std::sync::atomic::AtomicUsize,
}

impl Warnings {
    /// Record a problem, `where: what` (`corpus/metadata.csv:4: …`), met
    /// while finding the current input.
    pub fn push(&self, warning: String) {
        let at = self.0.current.load(std::sync::atomic::Ordering::Relaxed);
        self.push_at(at, warning);
    }

    /// Record a problem of the input at position `at`.
    pub fn push_at(&self, at: usize, warning: String) {
        self.lock().push((at, warning));
    }

    /// All problems recorded so far, by input position.
    pub fn take(&self) -> Vec<String> {
        self.take_until(usize::MAX)
    }

    /// The problems of the inputs at positions up to `at`, by position
    /// (those of later inputs stay).
    pub fn take_until(&self, at: usize) -> Vec<String> {
        let mut list = self.lock();
        let (mut now, later): (Vec<_>, Vec<_>) = list.drain(..).partition(|(i, _)| *i <= at);
        *list = later;
        now.sort_by_key(|(i, _)| *i);
        now.into_iter().map(|(_, w)| w).collect()
    }

    fn set_current(&self, at: usize) {
        self.0
            .current
            .store(at, std::sync::atomic::Ordering::Relaxed);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(usize, String)>> {
        self.0.list.lock().unwrap_or_else(|e| e.into_inner())
    }
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
            warnings: Warnings::default(),
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
    inputs(paths, opts).map(|input| input.load(opts)).collect()
}

/// The lines of a JSON Lines stream as inputs (`name` shown in records,
/// `stem` prefixing the ids of records without one): what a `.jsonl` input
/// becomes, for callers holding a stream of their own.
pub fn jsonl_lines(
    reader: Box<dyn std::io::BufRead>,
    name: &str,
    stem: &str,
    opts: &LoadOptions,
) -> jsonl::Lines {
    jsonl::Lines::new(reader, name, stem, opts.max_file_size)
}

/// One input found but not read yet: reading and decoding happen in
/// [`Input::load`], so that a caller can read inputs in parallel, a bounded
/// number at a time, and drop their texts once analysed.
#[derive(Debug)]
pub enum Input {
    /// A text file, with its id and sidecar metadata (already read: it is
    /// shared by a folder).
    File {
        path: PathBuf,
        id: String,
        /// Position in [`Inputs`] order (for its warnings).
        seq: usize,
        sidecar: Option<Metadata>,
    },
    /// Line `n` of a JSON Lines stream shown as `name`, with the id of its
    /// record (`jsonl::line_id`, made unique by [`Inputs`]).
    Line {
        id: String,
        seq: usize,
        bytes: Vec<u8>,
        n: usize,
        name: std::sync::Arc<str>,
        stem: std::sync::Arc<str>,
    },
    /// Already known without reading (a skipped entry, standard input).
    Ready(Loaded),
}

impl Input {
    /// Read, decode and attach metadata: the same result as [`load`] gives.
    pub fn load(self, opts: &LoadOptions) -> Loaded {
        match self {
            Input::File {
                path,
                id,
                seq,
                sidecar,
            } => load_file(&path, id, seq, sidecar, opts),
            Input::Line {
                id, bytes, n, name, ..
            } => jsonl::record(&bytes, n, &name, id, opts),
            Input::Ready(loaded) => loaded,
        }
    }

    /// About how many bytes this input holds once read: a file's size (one
    /// `stat`, no read), a line's length; 0 when unknown.
    pub fn held_bytes(&self) -> usize {
        match self {
            Input::File { path, .. } => std::fs::metadata(path)
                .map(|m| usize::try_from(m.len()).unwrap_or(usize::MAX))
                .unwrap_or(0),
            Input::Line { bytes, .. } => bytes.len(),
            Input::Ready(Loaded::Document(d)) => d.text.len(),
            Input::Ready(Loaded::Skipped(_)) => 0,
        }
    }
}

/// The inputs of `paths`, in the order [`load`] returns them, found lazily:
/// folders are listed first (paths only), JSON Lines files are read one line
/// at a time as the iterator advances.
pub fn inputs(paths: &[PathBuf], opts: &LoadOptions) -> Inputs {
    Inputs {
        entries: discover(paths, opts).into_iter(),
        opts: opts.clone(),
        sidecars: BTreeMap::new(),
        lines: None,
        ids: std::collections::HashMap::new(),
        count: 0,
    }
}

/// See [`inputs`].
pub struct Inputs {
    entries: std::vec::IntoIter<Entry>,
    opts: LoadOptions,
    /// Sidecars of the folders on the current walk path only (walks are depth first).
    sidecars: BTreeMap<PathBuf, BTreeMap<String, Metadata>>,
    lines: Option<jsonl::Lines>,
    /// Every id given so far, with where: two inputs never share an id.
    ids: std::collections::HashMap<String, String>,
    /// Inputs given so far.
    count: usize,
}

impl Inputs {
    /// `id`, or when an earlier input has it, the first free `ID-2`,
    /// `ID-3`… with a warning: two `x.txt` in different folders, or two
    /// JSON Lines records with the same `id`, stay two documents (a report
    /// keyed by id would otherwise keep one and drop the other silently).
    fn unique(&mut self, id: String, shown: &str) -> String {
        if !self.ids.contains_key(&id) {
            self.ids.insert(id.clone(), shown.to_string());
            return id;
        }
        let mut k = 2;
        let fresh = loop {
            let candidate = format!("{id}-{k}");
            if !self.ids.contains_key(&candidate) {
                break candidate;
            }
            k += 1;
        };
        self.opts.warnings.push(format!(
            "{shown}: id {id} is already used by {}; this one is {fresh}",
            self.ids[&id]
        ));
        self.ids.insert(fresh.clone(), shown.to_string());
        fresh
    }

    /// Entries still to visit (files, not JSON Lines lines): for a progress bar.
    pub fn remaining_entries(&self) -> &[Entry] {
        self.entries.as_slice()
    }
}

impl Iterator for Inputs {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        let seq = self.count;
        self.opts.warnings.set_current(seq);
        let mut input = self.next_raw()?;
        self.count += 1;
        match &mut input {
            Input::File {
                path, id, seq: at, ..
            } => {
                *at = seq;
                *id = self.unique(std::mem::take(id), &path.display().to_string());
            }
            Input::Line {
                id,
                n,
                name,
                seq: at,
                ..
            } => {
                *at = seq;
                let shown = format!("{name}:{n}");
                *id = self.unique(std::mem::take(id), &shown);
            }
            Input::Ready(Loaded::Document(d)) => {
                d.id = self.unique(std::mem::take(&mut d.id), &d.path)
            }
            Input::Ready(Loaded::Skipped(r)) => {
                r.id = self.unique(std::mem::take(&mut r.id), &r.path)
            }
        }
        Some(input)
    }
}

impl Inputs {
    /// The next input, before its id is checked.
    fn next_raw(&mut self) -> Option<Input> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next() {
                    Some(input) => return Some(input),
                    None => self.lines = None,
                }
            }
            let opts = &self.opts;
            match self.entries.next()? {
                Entry::Skipped(r) => return Some(Input::Ready(Loaded::Skipped(*r))),
                Entry::Special(path) if is_jsonl(&path, opts) => match open_jsonl(&path, opts) {
                    Ok(lines) => {
                        self.lines = Some(lines);
                        continue;
                    }
                    Err(skipped) => return Some(Input::Ready(*skipped)),
                },
                Entry::Special(path) => {
                    // read here, in order: a pipe cannot be read twice or in parallel
                    let shown = path.display().to_string();
                    let id = document_id(&path);
                    let read =
                        std::fs::File::open(&path).map_err(|e| walk::link_problem(&path, &e));
                    let loaded = read
                        .and_then(|f| read_limited(f, &shown, opts))
                        .map_or_else(
                            |reason| {
                                Loaded::Skipped(DocumentRecord::skipped(
                                    id.clone(),
                                    shown.clone(),
                                    reason,
                                ))
                            },
                            |bytes| {
                                from_bytes(
                                    id.clone(),
                                    shown.clone(),
                                    &bytes,
                                    None,
                                    self.count,
                                    opts,
                                )
                            },
                        );
                    return Some(Input::Ready(loaded));
                }
                Entry::Stdin => {
                    if opts.input_format == InputFormat::Jsonl {
                        let stdin = Box::new(std::io::stdin().lock());
                        self.lines =
                            Some(jsonl::Lines::new(stdin, "-", "stdin", opts.max_file_size));
                        continue;
                    }
                    return Some(Input::Ready(load_stdin(self.count, opts)));
                }
                Entry::File(file) => {
                    if is_jsonl(&file, opts) {
                        match open_jsonl(&file, opts) {
                            Ok(lines) => {
                                self.lines = Some(lines);
                                continue;
                            }
                            Err(skipped) => return Some(Input::Ready(*skipped)),
                        }
                    }
                    let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
                    let mut sidecar = None;
                    if !opts.no_metadata {
                        self.sidecars.retain(|d, _| dir.starts_with(d));
                        let map = self
                            .sidecars
                            .entry(dir.clone())
                            .or_insert_with(|| read_sidecar(&dir, &opts.warnings));
                        let name = file
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        sidecar = map.get(&name).cloned();
                    }
                    return Some(Input::File {
                        seq: 0, // set by `next`
                        id: document_id(&file),
                        path: file,
                        sidecar,
                    });
                }
            }
        }
    }
}

fn is_jsonl(path: &Path, opts: &LoadOptions) -> bool {
    match opts.input_format {
        InputFormat::Jsonl => true,
        InputFormat::Text => false,
        InputFormat::Auto => jsonl::is_jsonl_name(path),
    }
}

fn open_jsonl(path: &Path, opts: &LoadOptions) -> Result<jsonl::Lines, Box<Loaded>> {
    let shown = path.display().to_string();
    let skipped = |reason| {
        Box::new(Loaded::Skipped(DocumentRecord::skipped(
            document_id(path),
            shown.clone(),
            reason,
        )))
    };
    let file = std::fs::File::open(path).map_err(|e| skipped(walk::link_problem(path, &e)))?;
    let regular = file.metadata().is_ok_and(|m| m.is_file());
    let lines = jsonl::Lines::new(
        Box::new(std::io::BufReader::new(file)),
        &shown,
        &document_id(path),
        opts.max_file_size,
    );
    Ok(if regular { lines.in_file() } else { lines })
}

/// Read at most `--max-file-size` bytes: a file that grows while read, a
/// pipe or a device that never ends (`/dev/zero`) stops at the limit and is
/// skipped, memory stays bounded.
fn read_limited(reader: impl Read, what: &str, opts: &LoadOptions) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let limit = opts.max_file_size.saturating_add(1);
    if let Err(e) = reader.take(limit).read_to_end(&mut bytes) {
        return Err(format!("cannot read: {}", io_reason(&e)));
    }
    if bytes.len() as u64 > opts.max_file_size {
        return Err(format!(
            "{what} is over the limit of {} bytes (--max-file-size)",
            opts.max_file_size
        ));
    }
    Ok(bytes)
}

/// Standard input as one text document (JSON Lines stdin is read by line).
fn load_stdin(seq: usize, opts: &LoadOptions) -> Loaded {
    match read_limited(std::io::stdin().lock(), "standard input", opts) {
        Ok(bytes) => from_bytes("stdin".into(), "-".into(), &bytes, None, seq, opts),
        Err(reason) => skipped("-", reason),
    }
}

/// Open a file found as a regular file without blocking, should it have
/// become a FIFO since (`O_NONBLOCK`; no effect on reading a regular file).
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

fn skipped(path: &str, reason: String) -> Loaded {
    let id = if path == "-" {
        "stdin".to_string()
    } else {
        document_id(Path::new(path))
    };
    Loaded::Skipped(DocumentRecord::skipped(id, path.to_string(), reason))
}

fn load_file(
    path: &Path,
    id: String,
    seq: usize,
    sidecar: Option<Metadata>,
    opts: &LoadOptions,
) -> Loaded {
    let shown = path.display().to_string();
    let skip = |reason: String| {
        Loaded::Skipped(DocumentRecord::skipped(id.clone(), shown.clone(), reason))
    };
    let file = match open_nonblocking(path) {
        Ok(f) => f,
        Err(e) => return skip(walk::link_problem(path, &e)),
    };
    // what was opened, not what the path named a moment ago
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return skip(format!("cannot read: {}", io_reason(&e))),
    };
    if meta.is_dir() {
        return skip("is a directory".into());
    }
    if !meta.is_file() {
        return skip(walk::not_regular(&meta));
    }
    if meta.len() > opts.max_file_size {
        return skip(format!(
            "file is {} bytes, over the limit of {} (--max-file-size)",
            meta.len(),
            opts.max_file_size
        ));
    }
    let bytes = match read_limited(file, "the file", opts) {
        Ok(b) => b,
        Err(reason) => return skip(reason),
    };
    from_bytes(id.clone(), shown.clone(), &bytes, sidecar, seq, opts)
}

/// Decode, read front matter, check the language, merge metadata.
fn from_bytes(
    id: String,
    shown: String,
    bytes: &[u8],
    sidecar: Option<Metadata>,
    seq: usize,
    opts: &LoadOptions,
) -> Loaded {
    let skip = |reason: String| {
        Loaded::Skipped(DocumentRecord::skipped(id.clone(), shown.clone(), reason))
    };
    let Decoded {
        text,
        encoding,
        warning,
    } = match decode_reporting(bytes) {
        Ok(ok) => ok,
        Err(reason) => return skip(reason),
    };
    if let Some(warning) = warning {
        opts.warnings.push_at(seq, format!("{shown}: {warning}"));
    }
    let front = frontmatter::parse(&text);
    if front.is_none()
        && let Some(problem) = frontmatter::check(&text)
    {
        opts.warnings.push_at(seq, format!("{shown}:{problem}"));
    }
    let body = front.as_ref().map_or(&text[..], |(_, end)| &text[*end..]);
    if is_blank(body) {
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
    meta.force_published(opts.published.as_ref());
    Loaded::Document(Document {
        id,
        path: shown,
        text,
        encoding: encoding.to_string(),
        meta,
    })
}
