//! Front matter: a `---` block of `key: value` lines at the very top of a
//! file (`published: 2023-09-12`, `title`, `source`, `url`). It is metadata,
//! not story: the loader reads it, the normalizer leaves it out of the text
//! (recorded as removed by rule `front_matter`, offsets still map to the file).

use super::Metadata;
use crate::model::{DateInterval, DateSource, Published};

const MAX_LINES: usize = 100;

/// Byte offset where the text starts after a front matter block, if any.
pub fn body_start(text: &str) -> Option<usize> {
    parse(text).map(|(_, end)| end)
}

/// The `key: value` pairs of a front matter block and where the body starts.
pub fn fields(text: &str) -> Option<(Vec<(String, String)>, usize)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end_matches(['\r', '\n']).trim_end() != "---" {
        return None;
    }
    let mut offset = first.len();
    let mut out = Vec::new();
    for line in lines.take(MAX_LINES) {
        offset += line.len();
        let l = line.trim_end_matches(['\r', '\n']);
        let t = l.trim();
        if t == "---" || t == "..." {
            return (!out.is_empty()).then_some((out, offset));
        }
        if t.is_empty() || t.starts_with('#') || l.starts_with([' ', '\t']) || t.starts_with("- ") {
            continue;
        }
        let (k, v) = t.split_once(':')?;
        let k = k.trim();
        if k.is_empty() || k.contains(' ') {
            return None;
        }
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        out.push((k.to_lowercase(), v.to_string()));
    }
    None
}

/// Why a block that starts like front matter (`---`, then `key: value`)
/// is not one, as `LINE: problem`: an unclosed block or a line that is not
/// `key: value`. Such a file is read as text, front matter included, so
/// the reader is told. `None` for good front matter and for text that only
/// starts with a rule line.
pub fn check(text: &str) -> Option<String> {
    if fields(text).is_some() {
        return None;
    }
    let mut lines = text.split_inclusive('\n');
    if lines.next()?.trim_end_matches(['\r', '\n']).trim_end() != "---" {
        return None;
    }
    let mut started = false;
    for (i, line) in lines.take(MAX_LINES).enumerate() {
        let n = i + 2;
        let l = line.trim_end_matches(['\r', '\n']);
        let t = l.trim();
        if t == "---" || t == "..." {
            return None;
        }
        if t.is_empty() || t.starts_with('#') || l.starts_with([' ', '\t']) || t.starts_with("- ") {
            continue;
        }
        match t.split_once(':') {
            Some((k, _)) if !k.trim().is_empty() && !k.trim().contains(' ') => started = true,
            _ if started => {
                return Some(format!(
                    "{n}: broken front matter: the line is not `key: value` \
                     (the block is read as text)"
                ));
            }
            _ => return None, // a rule line, then text
        }
    }
    started.then(|| {
        format!(
            "1: broken front matter: the `---` block is not closed within {MAX_LINES} lines \
             (the block is read as text)"
        )
    })
}

/// Parse a date as written in metadata: ISO forms (`2023-09-12`, `2023-09`,
/// `START/END`) or a timestamp (`2023-09-12T10:00:00Z`, `2023-09-12 10:00`).
pub fn parse_date(value: &str) -> Option<DateInterval> {
    let v = value.trim();
    DateInterval::parse_iso(v).or_else(|| {
        let day = v.get(..10)?;
        let rest = &v[10..];
        (rest.starts_with(['T', ' '])).then_some(())?;
        DateInterval::parse_iso(day)
    })
}

/// Metadata of a front matter block and where the body starts.
pub fn parse(text: &str) -> Option<(Metadata, usize)> {
    let (fields, end) = fields(text)?;
    let mut meta = Metadata::default();
    for (k, v) in fields {
        if v.is_empty() {
            continue;
        }
        match k.as_str() {
            "published" | "date" | "pubdate" | "published_at" => {
                meta.published =
                    parse_date(&v).map(|i| Published::from_interval(i, DateSource::FrontMatter));
            }
            "title" => meta.title = Some(v),
            "source" | "site" | "publisher" => meta.source = Some(v),
            "url" | "link" => meta.url = Some(v),
            _ => {}
        }
    }
    Some((meta, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_front_matter_block() {
        let text =
            "---\npublished: 2023-09-12\ntitle: \"Kim en Russie\"\ntags:\n  - a\n---\nLe texte.";
        let (meta, end) = parse(text).unwrap();
        assert_eq!(&text[end..], "Le texte.");
        assert_eq!(meta.title.as_deref(), Some("Kim en Russie"));
        let p = meta.published.unwrap();
        assert_eq!(p.start.to_string(), "2023-09-12");
        assert_eq!(p.source, DateSource::FrontMatter);
    }

    #[test]
    fn crlf_and_timestamps() {
        let text = "---\r\ndate: 2023-09-12T08:00:00Z\r\n---\r\nTexte";
        let (meta, end) = parse(text).unwrap();
        assert_eq!(&text[end..], "Texte");
        assert_eq!(meta.published.unwrap().start.to_string(), "2023-09-12");
    }

    #[test]
    fn a_rule_line_is_not_front_matter() {
        assert!(parse("---\nUn texte qui commence par un trait.\n---\nSuite").is_none());
        assert!(parse("---\nunclosed: yes\nLe texte").is_none());
        assert!(parse("Texte\n---\na: b\n---").is_none());
        for text in [
            "---\nUn texte qui commence par un trait.\n---\nSuite",
            "Texte\n---\na: b",
            "---\ntitle: ok\n---\nTexte",
            "---\n---\nTexte",
        ] {
            assert_eq!(check(text), None, "{text:?}");
        }
    }

    #[test]
    fn broken_front_matter_is_reported_with_its_line() {
        let unclosed = check("---\ntitle: Kim\npublished: 2023-09-12\nLe texte.\n").unwrap();
        assert!(unclosed.starts_with("4: broken front matter"), "{unclosed}");
        let never = check("---\ntitle: Kim\npublished: 2023-09-12\n").unwrap();
        assert!(never.starts_with("1: broken front matter"), "{never}");
        assert!(never.contains("not closed"), "{never}");
        let bad = check("---\r\ntitle: Kim\r\n\r\nun mot\r\n---\r\nTexte").unwrap();
        assert!(bad.starts_with("4: "), "{bad}");
    }
}
