//! Metadata sidecars: `metadata.csv` (`file,published,title,source,url`) in a
//! corpus folder gives what the article text may not say.

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
/// an empty map; a malformed row is ignored (the file's text still counts).
pub fn read_sidecar(dir: &Path) -> BTreeMap<String, Metadata> {
    let mut out = read_csv(dir);
    for (k, v) in read_jsonl(dir) {
        let merged = match out.remove(&k) {
            Some(old) => v.or(old),
            None => v,
        };
        out.insert(k, merged);
    }
    out
}

fn read_jsonl(dir: &Path) -> BTreeMap<String, Metadata> {
    let mut out = BTreeMap::new();
    let Ok(body) = std::fs::read_to_string(dir.join("metadata.jsonl")) else {
        return out;
    };
    for line in body.lines() {
        let Ok(serde_json::Value::Object(o)) = serde_json::from_str(line) else {
            continue;
        };
        let get = |k: &str| cell(o.get(k).and_then(|v| v.as_str()));
        let Some(name) = get("file") else { continue };
        let published = get("published")
            .and_then(|p| super::frontmatter::parse_date(&p))
            .map(|i| Published::from_interval(i, DateSource::Metadata));
        out.insert(
            name,
            Metadata {
                title: get("title"),
                published,
                source: get("source"),
                url: get("url"),
            },
        );
    }
    out
}

fn read_csv(dir: &Path) -> BTreeMap<String, Metadata> {
    let mut out = BTreeMap::new();
    let Ok(mut reader) = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(dir.join("metadata.csv"))
    else {
        return out;
    };
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(_) => return out,
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (file, published, title, source, url) = (
        col("file"),
        col("published"),
        col("title"),
        col("source"),
        col("url"),
    );
    for row in reader.records().flatten() {
        let get = |i: Option<usize>| cell(i.and_then(|i| row.get(i)));
        let Some(name) = get(file) else { continue };
        let published = get(published)
            .and_then(|p| DateInterval::parse_iso(&p))
            .map(|i| Published::from_interval(i, DateSource::Metadata));
        out.insert(
            name,
            Metadata {
                title: get(title),
                published,
                source: get(source),
                url: get(url),
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_of_any_precision() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("metadata.csv"),
            "file,published,title,source,url\na.txt,2023-09-12,Titre,,\nb.txt,2023-09-11/2023-09-12,,,\nc.txt,,,,\n",
        )
        .unwrap();
        let m = read_sidecar(dir.path());
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
        let m = read_sidecar(dir.path());
        assert_eq!(m["a.txt"].source.as_deref(), Some("Le Monde"));
        assert_eq!(
            m["a.txt"].published.as_ref().unwrap().start.to_string(),
            "2024-01-21"
        );
    }
}
