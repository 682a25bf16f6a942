//! JSON Lines corpora: one article per line, `{"id": …, "text": …}` with the
//! text in `text`, `content` or `body` and optional `title`, `published`,
//! `url`, `source`. A bad line is skipped with its line number; the others
//! are read.

use super::frontmatter::parse_date;
use super::{Document, Input, LoadOptions, Loaded, Metadata};
use crate::model::{DateSource, DocumentRecord, Published};
use serde_json::Value;
use std::io::{BufRead, Read};
use std::path::Path;
use std::sync::Arc;

pub fn is_jsonl_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

fn string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Read every line of a JSON Lines stream. `name` is shown in records
/// (`corpus.jsonl:3`), `stem` prefixes ids of records without an `id`.
#[cfg(test)]
pub fn read(
    reader: impl BufRead + 'static,
    name: &str,
    stem: &str,
    opts: &LoadOptions,
) -> Vec<Loaded> {
    Lines::new(Box::new(reader), name, stem, opts.max_file_size)
        .map(|input| input.load(opts))
        .collect()
}

/// The lines of a JSON Lines stream as inputs, one at a time, unparsed
/// (parsing is [`Input::load`]'s, in any thread). Blank lines are left out;
/// a read error ends the stream with a skipped record.
pub struct Lines {
    reader: Option<Box<dyn BufRead>>,
    name: Arc<str>,
    stem: Arc<str>,
    n: usize,
    /// Longest line read (`--max-file-size`): a longer one is skipped
    /// without being held, so an endless line (`/dev/zero`) ends.
    max_line: u64,
    /// Read on past a line over the limit (a regular file ends); a stream
    /// (standard input, a FIFO, a device) is not read past one, since the
    /// line may never end.
    read_past_long_lines: bool,
}

impl Lines {
    /// A regular file's lines: a line over the limit is skipped and the
    /// lines after it read.
    pub fn in_file(mut self) -> Lines {
        self.read_past_long_lines = true;
        self
    }

    pub fn new(reader: Box<dyn BufRead>, name: &str, stem: &str, max_line: u64) -> Lines {
        Lines {
            reader: Some(reader),
            name: name.into(),
            stem: stem.into(),
            n: 0,
            max_line,
            read_past_long_lines: false,
        }
    }
}

/// Skip the rest of a line too long to hold: read and drop, a buffer at a time.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(i + 1);
            return Ok(());
        }
        let len = buf.len();
        reader.consume(len);
    }
}

impl Iterator for Lines {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        let reader = self.reader.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let limit = self.max_line.saturating_add(1);
            match reader.by_ref().take(limit).read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.reader = None;
                    return None;
                }
                Ok(read) if read as u64 == limit && buf.last() != Some(&b'\n') => {
                    self.n += 1;
                    let (n, stem, name) = (self.n, &self.stem, &self.name);
                    let mut reason = format!(
                        "line {n}: over the limit of {} bytes (--max-file-size)",
                        self.max_line
                    );
                    if !self.read_past_long_lines {
                        reason.push_str("; the rest of the stream is not read");
                    }
                    let record = DocumentRecord::skipped(
                        format!("{stem}-{n}"),
                        format!("{name}:{n}"),
                        reason,
                    );
                    if !self.read_past_long_lines || skip_line(reader).is_err() {
                        self.reader = None;
                    }
                    return Some(Input::Ready(Loaded::Skipped(record)));
                }
                Ok(_) => {}
                Err(e) => {
                    self.reader = None;
                    let (n, stem, name) = (self.n, &self.stem, &self.name);
                    return Some(Input::Ready(Loaded::Skipped(DocumentRecord::skipped(
                        format!("{stem}-{}", n + 1),
                        format!("{name}:{}", n + 1),
                        format!("line {}: cannot read: {}", n + 1, super::io_reason(&e)),
                    ))));
                }
            }
            self.n += 1;
            let mut bytes = &buf[..];
            if self.n == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let bytes = if bytes.len() == buf.len() {
                buf
            } else {
                bytes.to_vec()
            };
            return Some(Input::Line {
                id: line_id(&bytes, self.n, &self.stem),
                seq: 0, // set by `Inputs`
                bytes,
                n: self.n,
                name: self.name.clone(),
                stem: self.stem.clone(),
            });
        }
    }
}

/// The id of a line's record: its `id` field (a non-empty string or a
/// number), else `STEM-N`. Read apart from the record (the other fields
/// are skipped unparsed) so that ids can be checked in input order before
/// records are parsed in parallel.
pub fn line_id(bytes: &[u8], n: usize, stem: &str) -> String {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<Value>,
    }
    serde_json::from_slice::<IdOnly>(bytes)
        .ok()
        .and_then(|o| o.id.as_ref().and_then(string))
        .unwrap_or_else(|| format!("{stem}-{n}"))
}

pub(super) fn record(bytes: &[u8], n: usize, name: &str, id: String, opts: &LoadOptions) -> Loaded {
    let path = format!("{name}:{n}");
    let skip = |id: String, reason: String| {
        Loaded::Skipped(DocumentRecord::skipped(
            id,
            path.clone(),
            format!("line {n}: {reason}"),
        ))
    };
    let Ok(line) = std::str::from_utf8(bytes) else {
        return skip(id, "not UTF-8 text".into());
    };
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return skip(id, format!("invalid JSON ({e})")),
    };
    let Value::Object(obj) = value else {
        return skip(id, "not a JSON object".into());
    };
    let text = ["text", "content", "body"]
        .iter()
        .find_map(|k| obj.get(*k).and_then(Value::as_str));
    let Some(text) = text else {
        return skip(id, "no text field (text, content or body)".into());
    };
    if text.trim().is_empty() {
        return skip(id, "empty text".into());
    }
    if text.len() as u64 > opts.max_file_size {
        return skip(
            id,
            format!(
                "text is {} bytes, over the limit of {} (--max-file-size)",
                text.len(),
                opts.max_file_size
            ),
        );
    }
    if text.contains('\0') {
        return skip(id, "binary text (NUL bytes)".into());
    }
    if opts.lang_check
        && let Err(reason) = super::lang::check(text)
    {
        return skip(id, reason);
    }
    let get = |k: &str| obj.get(k).and_then(string);
    let mut meta = Metadata {
        title: get("title"),
        published: ["published", "date", "published_at"]
            .iter()
            .find_map(|k| get(k))
            .and_then(|d| parse_date(&d))
            .map(|i| Published::from_interval(i, DateSource::Metadata)),
        source: get("source"),
        url: get("url"),
    };
    meta.force_published(opts.published.as_ref());
    Loaded::Document(Document {
        id,
        path,
        text: text.to_string(),
        encoding: "UTF-8".into(),
        meta,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines() {
        let data = "{\"id\":\"a\",\"text\":\"Kim est arrivé.\",\"published\":\"2023-09-12T10:00:00Z\"}\n\nnot json\n{\"content\":\"Autre texte.\"}\n{\"id\":7}\n";
        let out = read(data.as_bytes(), "c.jsonl", "c", &LoadOptions::default());
        assert_eq!(out.len(), 4);
        match &out[0] {
            Loaded::Document(d) => {
                assert_eq!(d.id, "a");
                assert_eq!(d.path, "c.jsonl:1");
                assert_eq!(
                    d.meta.published.as_ref().unwrap().start.to_string(),
                    "2023-09-12"
                );
            }
            other => panic!("{other:?}"),
        }
        match &out[1] {
            Loaded::Skipped(r) => {
                assert_eq!(r.path, "c.jsonl:3");
                assert!(
                    r.reason
                        .as_deref()
                        .unwrap()
                        .starts_with("line 3: invalid JSON")
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&out[2], Loaded::Document(d) if d.id == "c-4"));
        assert!(matches!(&out[3], Loaded::Skipped(r) if r.id == "7"));
    }
}
