//! Metadata sidecars: `metadata.csv` (`file,published,title,source,url`) in a
//! corpus folder gives what the article text may not say.

use super::Warnings;
use crate::model::{DateInterval, DateSource, Published};
use std::collections::BTreeMap;
use std::path::Path;

/// What is known about a document besides its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub published: Option<Published>,
    pub source: Option<String>,
    pub url: Option<String>,
}

impl Metadata {
    /// `--published` wins over every other source of the date.
    pub fn force_published(&mut self, forced: Option<&Published>) {
        if let Some(forced) = forced {
            self.published = Some(Published {
                source: DateSource::CommandLine,
                ..forced.clone()
            });
        }
    }

    /// Each field from `self`, or from `other` where `self` has none.
    pub fn or(self, other: Metadata) -> Metadata {
        Metadata {
            title: self.title.or(other.title),
            published: self.published.or(other.published),
            source: self.source.or(other.source),
            url: self.url.or(other.url),
        }
    }
}

fn cell(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// Read `metadata.csv` and `metadata.jsonl` in a folder, keyed by file
/// name (the JSON Lines one wins for a file in both). A missing sidecar is
/// an empty map. Every row is used or reported in `warnings` with its file
/// and line: a bad row is left out, the articles' texts still count.
pub fn read_sidecar(dir: &Path, warnings: &Warnings) -> BTreeMap<String, Metadata> {
    let mut out = read_csv(dir, warnings);
    for (k, v) in read_jsonl(dir, warnings) {
        let merged = match out.remove(&k) {
            Some(old) => v.or(old),
            None => v,
        };
        out.insert(k, merged);
    }
    out
}

/// A sidecar's bytes as text, or why not (with a warning for repairs).
fn sidecar_text(path: &Path, warnings: &Warnings) -> Option<String> {
    let shown = path.display();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            warnings.push(format!(
                "{shown}: cannot read: {} (metadata not used)",
                super::io_reason(&e)
            ));
            return None;
        }
    };
    match super::decode_reporting(&bytes) {
        Ok(d) => {
            if let Some(w) = d.warning {
                warnings.push(format!("{shown}: {w}"));
            } else if d.encoding != "UTF-8" {
                warnings.push(format!(
                    "{shown}: not UTF-8, read as {} (save it as UTF-8)",
                    d.encoding
                ));
            }
            Some(d.text)
        }
        Err(e) if e.starts_with("empty file") => None,
        Err(e) => {
            warnings.push(format!("{shown}: {e} (metadata not used)"));
            None
        }
    }
}

/// A row's publication date: empty, a date, or a problem to report (the
/// date is then not used). A reversed interval is refused, not swapped.
fn row_date(value: Option<String>) -> Result<Option<Published>, String> {
    let Some(value) = value else { return Ok(None) };
    let Some(interval) = super::frontmatter::parse_date(&value) else {
        return Err(format!(
            "published '{value}' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or START/END)"
        ));
    };
    if let Some((a, b)) = value.split_once('/')
        && let (Some(a), Some(b)) = (DateInterval::parse_iso(a), DateInterval::parse_iso(b))
        && a.start > b.end
    {
        return Err(format!(
            "published '{value}' ends before it starts (a reversed interval)"
        ));
    }
    Ok(Some(Published::from_interval(
        interval,
        DateSource::Metadata,
    )))
}

/// Add one row, reporting a second row for the same file (the first wins)
/// and a bad date (the row is left out: its date cannot be trusted, so
/// neither can the rest of it).
fn add_row(
    out: &mut BTreeMap<String, (usize, Metadata)>,
    at: &str,
    line: usize,
    name: String,
    date: Option<String>,
    meta: Metadata,
    warnings: &Warnings,
) {
    let published = match row_date(date) {
        Ok(p) => p,
        Err(problem) => {
            warnings.push(format!("{at}:{line}: {problem}; row for {name} ignored"));
            return;
        }
    };
    if let Some((first, _)) = out.get(&name) {
        warnings.push(format!(
            "{at}:{line}: a second row for {name} (line {first} is used); row ignored"
        ));
        return;
    }
    out.insert(name, (line, Metadata { published, ..meta }));
}

fn read_jsonl(dir: &Path, warnings: &Warnings) -> BTreeMap<String, Metadata> {
    let path = dir.join("metadata.jsonl");
    let Some(body) = sidecar_text(&path, warnings) else {
        return BTreeMap::new();
    };
    parse_metadata_jsonl(&body, &path.display().to_string(), warnings)
}

/// `metadata.jsonl` text: one `{"file": …, "published": …}` object a line.
pub fn parse_metadata_jsonl(
    body: &str,
    at: &str,
    warnings: &Warnings,
) -> BTreeMap<String, Metadata> {
    let mut out = BTreeMap::new();
    for (i, line) in body.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let o = match serde_json::from_str(line) {
            Ok(serde_json::Value::Object(o)) => o,
            Ok(_) => {
                warnings.push(format!("{at}:{n}: not a JSON object; line ignored"));
                continue;
            }
            Err(e) => {
                warnings.push(format!("{at}:{n}: invalid JSON ({e}); line ignored"));
                continue;
            }
        };
        let get = |k: &str| cell(o.get(k).and_then(|v| v.as_str()));
        let Some(name) = get("file") else {
            warnings.push(format!("{at}:{n}: no \"file\" name; line ignored"));
            continue;
        };
        let meta = Metadata {
            title: get("title"),
            published: None,
            source: get("source"),
            url: get("url"),
        };
        add_row(&mut out, at, n, name, get("published"), meta, warnings);
    }
    out.into_iter().map(|(k, (_, m))| (k, m)).collect()
}

fn read_csv(dir: &Path, warnings: &Warnings) -> BTreeMap<String, Metadata> {
    let path = dir.join("metadata.csv");
    let Some(body) = sidecar_text(&path, warnings) else {
        return BTreeMap::new();
    };
    parse_metadata_csv(&body, &path.display().to_string(), warnings)
}

/// True when a CSV line's quotes do not pair up (a field opened and not
/// closed would swallow every following line).
fn unbalanced_quotes(line: &str) -> bool {
    line.matches('"').count() % 2 == 1
}

/// The fields of one CSV line, read on its own (`parser` is reset first);
/// `None` when it is no valid row (not UTF-8 after unquoting, say).
fn split_row(parser: &mut csv_core::Reader, line: &str) -> Option<Vec<String>> {
    use csv_core::ReadRecordResult;
    parser.reset();
    let input = line.as_bytes();
    // unquoting only shortens a field; a line of n bytes has at most n + 1 fields
    let mut output = vec![0u8; input.len() + 1];
    let mut ends = vec![0usize; input.len() + 2];
    let (mut read, mut written, mut fields) = (0, 0, 0);
    // each call reads at least a byte or ends the record: a bound, not a hang
    for _ in 0..=input.len() + 1 {
        let (result, nin, nout, nend) =
            parser.read_record(&input[read..], &mut output[written..], &mut ends[fields..]);
        read += nin;
        written += nout;
        fields += nend;
        match result {
            // the whole line read: the next call, on no input, ends the record
            ReadRecordResult::InputEmpty => continue,
            ReadRecordResult::Record => return fields_of(&output[..written], &ends[..fields]),
            ReadRecordResult::End => return Some(Vec::new()),
            ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => return None,
        }
    }
    None
}

/// The fields csv_core wrote: `output` cut at each of `ends`.
fn fields_of(output: &[u8], ends: &[usize]) -> Option<Vec<String>> {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let field = std::str::from_utf8(output.get(start..end)?).ok()?;
            start = end;
            Some(field.to_string())
        })
        .collect()
}

/// `metadata.csv` text (`file,published,title,source,url`, in any order).
/// Each line is one row, read on its own: a quote left open spoils its own
/// row only, not the rest of the file. A file separated by `;` (as a
/// French spreadsheet saves CSV) is read with `;`, and said so.
pub fn parse_metadata_csv(body: &str, at: &str, warnings: &Warnings) -> BTreeMap<String, Metadata> {
    let mut out = BTreeMap::new();
    let mut lines = body
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((header_index, header)) = lines.next() else {
        return BTreeMap::new();
    };
    let delimiter = if header.matches(';').count() > header.matches(',').count() {
        warnings.push(format!(
            "{at}:{}: fields separated by `;`, not `,` (read with `;`)",
            header_index + 1
        ));
        b';'
    } else {
        b','
    };
    // one parser for every line, reset before each: building it (a DFA)
    // cost more than the reading, once per row
    let mut parser = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut split = |line: &str| split_row(&mut parser, line);
    let headers: Vec<String> = split(header)
        .unwrap_or_default()
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{FEFF}').to_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let Some(file) = col("file") else {
        warnings.push(format!(
            "{at}:{}: no `file` column in the header (file,published,title,source,url); \
             metadata not used",
            header_index + 1
        ));
        return BTreeMap::new();
    };
    let (published, title, source, url) =
        (col("published"), col("title"), col("source"), col("url"));
    for (i, line) in lines {
        let n = i + 1;
        if unbalanced_quotes(line) {
            warnings.push(format!("{at}:{n}: unbalanced quote; row ignored"));
            continue;
        }
        let Some(row) = split(line) else {
            warnings.push(format!("{at}:{n}: not a CSV row; row ignored"));
            continue;
        };
        let get = |i: Option<usize>| cell(i.and_then(|i| row.get(i)).map(String::as_str));
        let Some(name) = get(Some(file)) else {
            warnings.push(format!("{at}:{n}: no file name; row ignored"));
            continue;
        };
        let meta = Metadata {
            title: get(title),
            published: None,
            source: get(source),
            url: get(url),
        };
        add_row(&mut out, at, n, name, get(published), meta, warnings);
    }
    out.into_iter().map(|(k, (_, m))| (k, m)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One line read by `split_row` gives the fields the csv crate reads
    /// from it (the crate is the reference): every pair of field shapes ×
    /// both delimiters, and lines with stray quotes.
    #[test]
    fn a_line_splits_as_the_csv_crate_reads_it() {
        let shapes = [
            "",
            "a.txt",
            "Titre de l'article",
            "\"entre, guillemets\"",
            "\"avec \"\"citation\"\" dedans\"",
            "\"point; virgule\"",
            "Séoul – Pyongyang",
            "2023-09-12",
            "\"\"",
            " espaces ",
        ];
        let reference = |line: &str, delimiter: u8| -> Option<Vec<String>> {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(delimiter)
                .from_reader(line.as_bytes());
            let record = reader.records().next()?.ok()?;
            Some(record.iter().map(str::to_string).collect())
        };
        for delimiter in [b',', b';'] {
            let mut parser = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
            let sep = char::from(delimiter).to_string();
            let mut lines: Vec<String> = Vec::new();
            for a in shapes {
                for b in shapes {
                    lines.push(format!("{a}{sep}{b}"));
                    lines.push(format!("{a}{sep}{b}{sep}{a}"));
                }
            }
            lines.extend(
                [
                    "a\"b,c",
                    "a,b\"c\"",
                    "\"a\"b,c",
                    "x,\"\"\"\"",
                    ",,,",
                    "\"a\"\"\"",
                ]
                .map(String::from),
            );
            for line in &lines {
                assert_eq!(
                    split_row(&mut parser, line),
                    reference(line, delimiter),
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn reads_dates_of_any_precision() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("metadata.csv"),
            "file,published,title,source,url\na.txt,2023-09-12,Titre,,\nb.txt,2023-09-11/2023-09-12,,,\nc.txt,,,,\n",
        )
        .unwrap();
        let m = read_sidecar(dir.path(), &Warnings::default());
        assert_eq!(
            m["a.txt"].published.as_ref().unwrap().start.to_string(),
            "2023-09-12"
        );
        assert_eq!(m["a.txt"].title.as_deref(), Some("Titre"));
        assert_eq!(
            m["b.txt"].published.as_ref().unwrap().end.to_string(),
            "2023-09-12"
        );
        assert!(m["c.txt"].published.is_none());
    }

    #[test]
    fn reads_a_jsonl_sidecar() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("metadata.jsonl"),
            "{\"file\":\"a.txt\",\"published\":\"2024-01-21\",\"source\":\"Le Monde\"}\nbad\n",
        )
        .unwrap();
        let m = read_sidecar(dir.path(), &Warnings::default());
        assert_eq!(m["a.txt"].source.as_deref(), Some("Le Monde"));
        assert_eq!(
            m["a.txt"].published.as_ref().unwrap().start.to_string(),
            "2024-01-21"
        );
    }

    fn csv(body: &str) -> (BTreeMap<String, Metadata>, Vec<String>) {
        let warnings = Warnings::default();
        let m = parse_metadata_csv(body, "m.csv", &warnings);
        (m, warnings.take())
    }

    const HEADER: &str = "file,published,title,source,url\n";

    #[test]
    fn every_bad_row_is_reported_with_its_line_and_the_others_are_used() {
        let body = format!(
            "{HEADER}a.txt,2023-09-12,\"Titre, avec virgule\",,\n\
             b.txt,2023-09-12,\"Titre sans fin,,\n\
             c.txt,12/09/2023,Titre C,,\n\
             d.txt,2023-09-20/2023-09-01,Titre D,,\n\
             a.txt,2024-01-01,Autre,,\n\
             ,2023-09-12,Sans fichier,,\n\
             e.txt,2023-02-30,Titre E,,\n\
             f.txt,2023-09-01/2023-09-20,Titre F,,\n"
        );
        let (m, w) = csv(&body);
        assert_eq!(m.keys().collect::<Vec<_>>(), ["a.txt", "f.txt"]);
        assert_eq!(m["a.txt"].title.as_deref(), Some("Titre, avec virgule"));
        let expect = [
            ("m.csv:3:", "unbalanced quote"),
            ("m.csv:4:", "'12/09/2023' is not a date"),
            ("m.csv:5:", "ends before it starts"),
            ("m.csv:6:", "a second row for a.txt (line 2 is used)"),
            ("m.csv:7:", "no file name"),
            ("m.csv:8:", "'2023-02-30' is not a date"),
        ];
        assert_eq!(w.len(), expect.len(), "{w:#?}");
        for ((at, what), got) in expect.iter().zip(&w) {
            assert!(got.starts_with(at) && got.contains(what), "{got}");
        }
    }

    #[test]
    fn semicolon_separators_are_read_and_said() {
        let (m, w) = csv("file;published;title\na.txt;2023-09-12;Titre; avec\n");
        assert_eq!(m["a.txt"].title.as_deref(), Some("Titre"));
        assert_eq!(
            m["a.txt"].published.as_ref().unwrap().start.to_string(),
            "2023-09-12"
        );
        assert!(
            w[0].starts_with("m.csv:1: fields separated by `;`"),
            "{w:?}"
        );
    }

    #[test]
    fn a_header_without_file_is_reported() {
        let (m, w) = csv("name,published\na.txt,2023-09-12\n");
        assert!(m.is_empty());
        assert!(w[0].contains("no `file` column"), "{w:?}");
    }

    #[test]
    fn a_latin1_sidecar_is_read_and_said() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("metadata.csv"),
            b"file,published,title\na.txt,2023-09-12,Cor\xe9e du Nord\n",
        )
        .unwrap();
        let warnings = Warnings::default();
        let m = read_sidecar(dir.path(), &warnings);
        assert_eq!(m["a.txt"].title.as_deref(), Some("Corée du Nord"));
        let w = warnings.take();
        assert!(w[0].contains("not UTF-8, read as windows-1252"), "{w:?}");
    }

    #[test]
    fn bad_jsonl_sidecar_lines_are_reported() {
        let warnings = Warnings::default();
        let body = "{\"file\":\"a.txt\",\"published\":\"2024-01-21\"}\nbad\n[1]\n{\"title\":\"x\"}\n{\"file\":\"b.txt\",\"published\":\"2024-02-10/2024-01-01\"}\n";
        let m = parse_metadata_jsonl(body, "m.jsonl", &warnings);
        assert_eq!(m.keys().collect::<Vec<_>>(), ["a.txt"]);
        let w = warnings.take();
        assert_eq!(w.len(), 4, "{w:#?}");
        for (i, at) in ["m.jsonl:2:", "m.jsonl:3:", "m.jsonl:4:", "m.jsonl:5:"]
            .iter()
            .enumerate()
        {
            assert!(w[i].starts_with(at), "{}", w[i]);
        }
    }
}
