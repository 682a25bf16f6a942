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

/// One article line, parsed: the one reading of JSON Lines articles, for
/// `.jsonl` inputs ([`record`]) and for the lines of `newsx extract -`
/// ([`article`]) alike, so that `extract | merge` reads what `timeline` reads.
struct Article(serde_json::Map<String, Value>);

/// Parse a line, or say why it is no article.
fn parse(bytes: &[u8]) -> Result<Article, String> {
    let line = std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON ({e})"))?;
    match value {
        Value::Object(obj) => Ok(Article(obj)),
        _ => Err("not a JSON object".into()),
    }
}

impl Article {
    /// A field as a trimmed non-empty string (a number as written).
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key).and_then(string)
    }

    /// The document `id` at `path`, or why the article cannot be analysed.
    /// The text is the first string of `text`, `content`, `body`; title,
    /// publication date (`published`, `date` or `published_at`, a day, a
    /// month, a year, `START/END` or a timestamp), source and URL are
    /// metadata, left out under `--no-metadata` as sidecars are.
    fn document(&self, id: String, path: String, opts: &LoadOptions) -> Result<Document, String> {
        let text = ["text", "content", "body"]
            .iter()
            .find_map(|k| self.0.get(*k).and_then(Value::as_str))
            .ok_or("no text field (text, content or body)")?;
        if super::is_blank(text) {
            return Err("empty text".into());
        }
        if text.len() as u64 > opts.max_file_size {
            return Err(format!(
                "text is {} bytes, over the limit of {} (--max-file-size)",
                text.len(),
                opts.max_file_size
            ));
        }
        if text.contains('\0') {
            return Err("binary text (NUL bytes)".into());
        }
        if opts.lang_check {
            super::lang::check(text)?;
        }
        let mut meta = if opts.no_metadata {
            Metadata::default()
        } else {
            Metadata {
                title: self.get("title"),
                published: ["published", "date", "published_at"]
                    .iter()
                    .find_map(|k| self.get(k))
                    .and_then(|d| parse_date(&d))
                    .map(|i| Published::from_interval(i, DateSource::Metadata)),
                source: self.get("source"),
                url: self.get("url"),
            }
        };
        meta.force_published(opts.published.as_ref());
        Ok(Document {
            id,
            path,
            text: text.to_string(),
            encoding: "UTF-8".into(),
            meta,
        })
    }
}

/// Line `n` of the JSON Lines input shown as `name`, whose record is `id`
/// (see [`line_id`]): its document, at `NAME:N`, or its skipped record.
pub(super) fn record(bytes: &[u8], n: usize, name: &str, id: String, opts: &LoadOptions) -> Loaded {
    let path = format!("{name}:{n}");
    match parse(bytes).and_then(|a| a.document(id.clone(), path.clone(), opts)) {
        Ok(doc) => Loaded::Document(doc),
        Err(reason) => Loaded::Skipped(DocumentRecord::skipped(
            id,
            path,
            format!("line {n}: {reason}"),
        )),
    }
}

/// Read one line of a JSON Lines article stream that a mapper sees a
/// slice of (`newsx extract -`): the same reading as [`record`], but
/// nothing depends on where the line falls in the input. Without an `id`,
/// the id is a hash of the line ([`hashed_id`]); the path is the line's
/// `path`, else `-`; reasons carry no line number.
pub fn article(line: &[u8], opts: &LoadOptions) -> Result<Document, Box<DocumentRecord>> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let a = parse(line).map_err(|reason| Box::new(unreadable(line, reason)))?;
    let id = a.get("id").unwrap_or_else(|| hashed_id(line));
    let path = a.get("path").unwrap_or_else(|| "-".into());
    a.document(id.clone(), path.clone(), opts)
        .map_err(|reason| Box::new(DocumentRecord::skipped(id, path, reason)))
}

/// The skipped record of an input line that is not an article. Its id is a
/// hash of the line, so it does not depend on where the line falls in the
/// input (a mapper sees only a slice of it).
pub fn unreadable(line: &[u8], reason: String) -> DocumentRecord {
    DocumentRecord::skipped(hashed_id(line), "-".into(), reason)
}

/// `line-<FNV-1a of the line>`: the id of a line without one, wherever it is.
fn hashed_id(line: &[u8]) -> String {
    format!("line-{}", crate::text::hash::hex(line))
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

    #[test]
    fn articles_anywhere_read_like_files_with_metadata() {
        let opts = LoadOptions::default();
        let d = article(
            br#"{"id":"a1","text":"Bonjour.","published":"2023-09-12","title":"T"}"#,
            &opts,
        )
        .unwrap();
        assert_eq!(
            (d.id.as_str(), d.path.as_str(), d.encoding.as_str()),
            ("a1", "-", "UTF-8")
        );
        assert_eq!(d.meta.published.unwrap().source, DateSource::Metadata);
        let c = article(br#"{"content":"Salut.","id":7}"#, &opts).unwrap();
        assert_eq!((c.id.as_str(), c.text.as_str()), ("7", "Salut."));
        let bad = article(b"{oops", &opts).unwrap_err();
        assert!(bad.id.starts_with("line-"));
        assert_eq!(bad.status, crate::model::DocStatus::Skipped);
        assert_eq!(article(b"{oops", &opts).unwrap_err(), bad, "id is stable");
        assert_eq!(article(b"{oops\r\n", &opts).unwrap_err(), bad, "line end");
        let none = article(br#"{"id":"x"}"#, &opts).unwrap_err();
        assert_eq!(none.id, "x");
        assert!(article(br#"{"id":"e","text":"  "}"#, &opts).is_err());
        assert!(
            article(b"\xff{}", &opts)
                .unwrap_err()
                .id
                .starts_with("line-")
        );
    }

    /// One reader: a line reads the same from a `.jsonl` file and from
    /// `extract -`, but for its name and place (issue 18, item 8).
    #[test]
    fn one_reading_for_files_and_extract_lines() {
        let opts = LoadOptions::default();
        let lines: [&[u8]; 6] = [
            br#"{"id":"a","text":"Kim est arriv\u00e9 en Russie.","date":"2023-09-12T08:00:00Z","url":" u "}"#,
            br#"{"id":"b","text":"Premier texte.","content":"Second texte."}"#,
            br#"{"id":"c","text":"\u200b \u00ad"}"#,
            br#"{"id":"d","text":"a\u0000b"}"#,
            br#"{"id":"e","body":"Poutine a rencontr\u00e9 Kim.","title":"  "}"#,
            br#"["not", "an", "object"]"#,
        ];
        for line in lines {
            let from_file = record(line, 1, "f.jsonl", "ID".into(), &opts);
            let anywhere = article(line, &opts);
            match (from_file, anywhere) {
                (Loaded::Document(f), Ok(a)) => {
                    assert_eq!(
                        (&f.text, &f.meta, &f.encoding),
                        (&a.text, &a.meta, &a.encoding)
                    )
                }
                (Loaded::Skipped(f), Err(a)) => {
                    let reason = f.reason.unwrap();
                    assert_eq!(reason.strip_prefix("line 1: "), a.reason.as_deref());
                }
                (f, a) => panic!("{f:?} / {a:?}"),
            }
        }
        let a = article(lines[0], &opts).unwrap();
        assert_eq!(a.meta.published.unwrap().start.to_string(), "2023-09-12");
        assert_eq!(a.meta.url.as_deref(), Some("u"));
        assert_eq!(article(lines[1], &opts).unwrap().text, "Premier texte.");
        assert_eq!(
            article(lines[2], &opts).unwrap_err().reason.unwrap(),
            "empty text"
        );
    }

    /// `--no-metadata` leaves out a JSON Lines article's title, date, source
    /// and URL, as it leaves out sidecars (before, only `extract -` did).
    #[test]
    fn no_metadata_leaves_out_article_metadata() {
        let opts = LoadOptions {
            no_metadata: true,
            ..LoadOptions::default()
        };
        let line =
            br#"{"id":"a","text":"Kim est arriv\u00e9.","published":"2023-09-12","title":"T"}"#;
        let Loaded::Document(d) = record(line, 1, "f.jsonl", "a".into(), &opts) else {
            panic!()
        };
        assert_eq!(d.meta, Metadata::default());
        assert_eq!(article(line, &opts).unwrap().meta, Metadata::default());
    }
}
