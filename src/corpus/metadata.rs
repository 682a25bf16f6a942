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

fn cell(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// Read `metadata.csv` in a folder, keyed by file name. A missing sidecar is
/// an empty map; a malformed row is ignored (the file's text still counts).
pub fn read_sidecar(dir: &Path) -> BTreeMap<String, Metadata> {
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
}
