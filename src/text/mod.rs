//! Normalization: from the decoded article to the text the extractors read.
//!
//! Extractors match on `normalized`; users are shown the original. The
//! offset map ties every byte of `normalized` back to a byte of `original`,
//! so every span found downstream can be quoted from the source file.

use crate::model::Span;
use serde::Serialize;

/// A sentence of the normalized text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// True when the sentence belongs to a photo caption or credit.
    pub caption: bool,
}

/// A piece of the original removed as site furniture, with the rule that removed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removal {
    pub rule: String,
    pub text: String,
    /// Byte span in the original text.
    pub original: Span,
}

/// The normalized text of one document and its map back to the original.
#[derive(Debug, Clone)]
pub struct Text {
    pub original: String,
    pub normalized: String,
    /// `map[i]` is the byte in `original` where byte `i` of `normalized`
    /// comes from; one extra entry maps the end of the text.
    map: Vec<u32>,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub title: Option<String>,
    /// A date line of the page header (`samedi 25 mai 2024`), normalized span.
    pub header_date: Option<Span>,
    pub removed: Vec<Removal>,
}

impl Text {
    /// Byte offset in `original` of byte `pos` of `normalized`.
    pub fn to_original(&self, pos: usize) -> usize {
        let pos = pos.min(self.map.len().saturating_sub(1));
        self.map.get(pos).copied().unwrap_or(0) as usize
    }

    /// Byte span in `original` of a span of `normalized`.
    pub fn original_span(&self, span: Span) -> Span {
        let start = self.to_original(span.start);
        let end = if span.end > span.start {
            // the end maps from the last byte included, plus that char's length
            let last = self.to_original(span.end - 1);
            let len = self.original[last..]
                .chars()
                .next()
                .map_or(0, |c| c.len_utf8());
            last + len
        } else {
            start
        };
        Span::new(start, end.max(start))
    }

    /// The original text behind a span of `normalized`.
    pub fn original_slice(&self, span: Span) -> &str {
        let s = self.original_span(span);
        &self.original[s.start..s.end]
    }

    /// Character offsets in `original` (what users are given) of a normalized span.
    pub fn original_chars(&self, span: Span) -> (usize, usize) {
        let s = self.original_span(span);
        let start = self.original[..s.start].chars().count();
        let len = self.original[s.start..s.end].chars().count();
        (start, start + len)
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.normalized[span.start..span.end]
    }
}

/// Normalize a decoded article. First version: whitespace runs folded,
/// paragraphs from blank lines, sentences at `. ! ?` followed by a capital.
pub fn normalize(original: &str) -> Text {
    let mut normalized = String::with_capacity(original.len());
    let mut map: Vec<u32> = Vec::with_capacity(original.len() + 1);
    let mut last_space = true;
    for (i, c) in original.char_indices() {
        let c = match c {
            '\u{a0}' | '\u{202f}' | '\t' => ' ',
            '\r' => '\n',
            '’' | 'ʼ' | '‘' => '\'',
            _ => c,
        };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ' || c == '\n';
        let mut buf = [0u8; 4];
        for _ in 0..c.encode_utf8(&mut buf).len() {
            map.push(i as u32);
        }
        normalized.push(c);
    }
    map.push(original.len() as u32);

    let mut paragraphs = Vec::new();
    let mut start = None;
    let mut offset = 0;
    for line in normalized.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(offset),
            (true, Some(s)) => {
                paragraphs.push(Span::new(s, offset));
                start = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        paragraphs.push(Span::new(s, normalized.len()));
    }
    let sentences = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(pi, p)| split_sentences(&normalized, *p, pi))
        .collect();
    Text {
        original: original.to_string(),
        normalized,
        map,
        paragraphs,
        sentences,
        title: None,
        header_date: None,
        removed: Vec::new(),
    }
}

fn split_sentences(text: &str, para: Span, index: usize) -> Vec<Sentence> {
    let body = &text[para.start..para.end];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = body.as_bytes();
    for (i, c) in body.char_indices() {
        let end = i + c.len_utf8();
        let boundary = matches!(c, '.' | '!' | '?')
            && bytes.get(end) == Some(&b' ')
            && body[end + 1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase());
        if boundary || c == '\n' {
            push_trimmed(&mut out, body, start, end, para.start, index);
            start = end;
        }
    }
    push_trimmed(&mut out, body, start, body.len(), para.start, index);
    out
}

fn push_trimmed(
    out: &mut Vec<Sentence>,
    body: &str,
    start: usize,
    end: usize,
    base: usize,
    paragraph: usize,
) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = base + start + lead;
    out.push(Sentence {
        span: Span::new(s, s + trimmed.len()),
        paragraph,
        caption: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_back_to_the_original() {
        let t = normalize("Kim\u{a0}Jong-un  est arrivé.\n\nL’agence dit.");
        assert_eq!(t.normalized, "Kim Jong-un est arrivé.\n\nL'agence dit.");
        let at = t.normalized.find("L'agence").unwrap();
        let span = Span::new(at, at + "L'agence".len());
        assert_eq!(t.original_slice(span), "L’agence");
        assert_eq!(t.paragraphs.len(), 2);
        assert_eq!(t.sentences.len(), 2);
    }
}
