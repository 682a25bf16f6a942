//! From input paths to the files to read: directories walked recursively in
//! natural file-name order, symbolic links followed once (a loop is reported,
//! not walked forever), broken links reported.

use super::{InputFormat, LoadOptions};
use crate::model::DocumentRecord;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One input found while walking.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A regular file.
    File(PathBuf),
    /// A FIFO or character device named on the command line (`<(cmd)`,
    /// `/dev/stdin`): read like standard input, up to the size limit.
    Special(PathBuf),
    Stdin,
    Skipped(Box<DocumentRecord>),
}

/// Natural order of file names: `2.txt` before `10.txt`.
pub fn natural_key(name: &str) -> Vec<(String, u64)> {
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

/// `*` and `?` wildcards over a whole file name (`*.txt`, `article-??.md`).
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ni;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

pub const SIDECARS: [&str; 2] = ["metadata.csv", "metadata.jsonl"];

/// True when a file found inside a directory is an input.
pub fn wanted(path: &Path, opts: &LoadOptions) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if SIDECARS.contains(&name.as_ref()) {
        return false;
    }
    if !opts.globs.is_empty() {
        return opts.globs.iter().any(|g| glob_match(g, &name));
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    opts.extensions.iter().any(|x| x.eq_ignore_ascii_case(ext))
        || (opts.input_format != InputFormat::Text && super::jsonl::is_jsonl_name(path))
}

fn skip(path: &Path, reason: String) -> Entry {
    let shown = path.display().to_string();
    Entry::Skipped(Box::new(DocumentRecord::skipped(
        super::document_id(path),
        shown,
        reason,
    )))
}

/// Why a path cannot be opened, for links: broken, looping, or another error.
pub fn link_problem(path: &Path, err: &std::io::Error) -> String {
    if is_loop(err) {
        return "symbolic link loop".into();
    }
    if err.kind() == std::io::ErrorKind::NotFound {
        if std::fs::symlink_metadata(path).is_ok() {
            return "broken symbolic link (its target does not exist)".into();
        }
        return "no such file".into();
    }
    format!("cannot read: {}", super::io_reason(err))
}

fn is_loop(err: &std::io::Error) -> bool {
    // ELOOP is 40 on Linux, 62 on macOS and the BSDs
    matches!(err.raw_os_error(), Some(40) | Some(62))
}

/// What a file that is not a regular file is, for a reason.
pub fn not_regular(meta: &std::fs::Metadata) -> String {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = if t.is_fifo() {
            "a FIFO"
        } else if t.is_socket() {
            "a socket"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else {
            "not a file"
        };
        return format!("not a regular file ({kind})");
    }
    #[allow(unreachable_code)]
    {
        let _ = t;
        "not a regular file".into()
    }
}

/// A FIFO or a character device: what a user names to pipe text in.
fn is_stream(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        t.is_fifo() || t.is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Expand the input paths into the inputs to read, in a stable order.
/// Inside folders only regular files are inputs: a FIFO would block the
/// walk forever and a device (a link to `/dev/zero`) never ends, so they
/// are reported, never opened. A FIFO or character device named on the
/// command line is read, as standard input is, up to the size limit.
pub fn discover(paths: &[PathBuf], opts: &LoadOptions) -> Vec<Entry> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Entry::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut visited = HashSet::new();
                walk(path, &m, opts, &mut visited, &mut out);
            }
            Ok(m) if m.is_file() => out.push(Entry::File(path.clone())),
            Ok(m) if is_stream(&m) => out.push(Entry::Special(path.clone())),
            Ok(m) => out.push(skip(path, not_regular(&m))),
            Err(e) => out.push(skip(path, link_problem(path, &e))),
        }
    }
    out
}

/// A directory's identity, to notice a directory reached twice (a link
/// loop) with the one `stat` already made, not `canonicalize`: that
/// resolves every component of the path again at every level, so a deep
/// tree cost time cubic in its depth (1 000 levels: 34 s).
#[cfg(unix)]
fn dir_id(_dir: &Path, meta: &std::fs::Metadata) -> std::io::Result<DirId> {
    use std::os::unix::fs::MetadataExt;
    Ok(DirId(meta.dev(), meta.ino()))
}

#[cfg(unix)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct DirId(u64, u64);

#[cfg(not(unix))]
fn dir_id(dir: &Path, _meta: &std::fs::Metadata) -> std::io::Result<DirId> {
    std::fs::canonicalize(dir).map(DirId)
}

#[cfg(not(unix))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct DirId(PathBuf);

fn walk(
    dir: &Path,
    meta: &std::fs::Metadata,
    opts: &LoadOptions,
    visited: &mut HashSet<DirId>,
    out: &mut Vec<Entry>,
) {
    match dir_id(dir, meta) {
        Ok(id) => {
            if !visited.insert(id) {
                out.push(skip(
                    dir,
                    "symbolic link loop (directory already visited)".into(),
                ));
                return;
            }
        }
        Err(e) => {
            out.push(skip(dir, link_problem(dir, &e)));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(skip(
                dir,
                format!("cannot read directory: {}", super::io_reason(&e)),
            ));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort_by_cached_key(|p| {
        (
            natural_key(&p.file_name().unwrap_or_default().to_string_lossy()),
            p.clone(),
        )
    });
    for child in children {
        let Ok(link) = std::fs::symlink_metadata(&child) else {
            continue;
        };
        let is_link = link.file_type().is_symlink();
        match std::fs::metadata(&child) {
            Ok(m) if m.is_dir() => walk(&child, &m, opts, visited, out),
            Ok(m) => {
                if !wanted(&child, opts) {
                } else if m.is_file() {
                    out.push(Entry::File(child));
                } else {
                    let reason = not_regular(&m);
                    out.push(skip(&child, format!("{reason}, inside a folder")));
                }
            }
            Err(e) if is_link => {
                // a broken or looping link is reported when it could be an input
                if wanted(&child, opts) || is_loop(&e) {
                    out.push(skip(&child, link_problem(&child, &e)));
                }
            }
            Err(e) => out.push(skip(
                &child,
                format!("cannot read: {}", super::io_reason(&e)),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order() {
        let mut names = vec!["10.txt", "2.txt", "1.txt", "a.txt"];
        names.sort_by_key(|n| natural_key(n));
        assert_eq!(names, ["1.txt", "2.txt", "10.txt", "a.txt"]);
    }

    #[test]
    fn globs() {
        assert!(glob_match("*.txt", "a.txt"));
        assert!(glob_match("art-??.md", "art-01.md"));
        assert!(!glob_match("*.txt", "a.md"));
        assert!(glob_match("*", "x"));
        assert!(glob_match("a*b*c", "axxbyyc"));
        assert!(!glob_match("a*b*c", "axxbyy"));
    }
}
