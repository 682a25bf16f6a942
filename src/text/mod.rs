//! Normalization: from the decoded article to the text the extractors read.
//!
//! Extractors match on `normalized`; users are shown the original. Every
//! byte of `normalized` maps back to the original (see `offsets`), so every
//! span found downstream can be quoted from the source file.
//!
//! The pipeline, one module per job (charabia-style: each stage keeps the
//! offsets of the previous one):
//! 1. `chars`: NFC, apostrophes, quotes, dashes, spaces, invisible chars;
//! 2. `glue`: spaces put back between glued words;
//! 3. `boilerplate` (+ `dates`, `captions`): each line classified as story,
//!    heading, title, caption, header date or site furniture (removed, with
//!    the rule that removed it);
//! 4. `segment`: paragraphs and sentences;
//! 5. `dedup`: later copies of a sentence dropped (rule `repeated`).
//!
//! `normalized` holds the story only: its paragraphs separated by a blank
//! line, plus the header date line (not a paragraph, not a sentence).

mod boilerplate;
mod captions;
mod chars;
mod dates;
mod dedup;
mod glue;
pub mod hash;
mod offsets;
mod rules;
mod segment;
pub mod words;

pub use dates::{TWO_DIGIT_YEAR_LAST, date_line, full_year};
pub use dedup::{fingerprint, similarity};
pub use rules::Rules;
pub use segment::word_count;

use crate::model::Span;
use boilerplate::Kind;
use chrono::NaiveDate;
use offsets::{CharIndex, Mapped};
use serde::Serialize;

/// A sentence of the normalized text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// True when the sentence belongs to a photo caption or credit.
    pub caption: bool,
    /// True when the sentence is a note of references (`[3] Déclaration de
    /// Moscou, 4 août 2001 ; voir aussi …`): it cites, it tells no event.
    pub note: bool,
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
    index: CharIndex,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub title: Option<String>,
    /// A date line of the page header (`samedi 25 mai 2024`), normalized span.
    pub header_date: Option<Span>,
    header_date_value: Option<NaiveDate>,
    pub removed: Vec<Removal>,
}

impl Text {
    /// Byte offset in `original` of byte `pos` of `normalized`.
    pub fn to_original(&self, pos: usize) -> usize {
        let pos = pos.min(self.map.len().saturating_sub(1));
        let at = self.map.get(pos).copied().unwrap_or(0) as usize;
        offsets::floor_boundary(&self.original, at)
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

    /// Character offsets in `original` (what users are given) of a normalized span. O(1).
    pub fn original_chars(&self, span: Span) -> (usize, usize) {
        let s = self.original_span(span);
        (
            self.index.chars_before(&self.original, s.start),
            self.index.chars_before(&self.original, s.end),
        )
    }

    /// Character offset in `original` of a byte offset in `original`. O(1).
    pub fn char_offset(&self, original_byte: usize) -> usize {
        self.index.chars_before(&self.original, original_byte)
    }

    pub fn slice(&self, span: Span) -> &str {
        let end = span.end.min(self.normalized.len());
        self.normalized.get(span.start.min(end)..end).unwrap_or("")
    }

    /// The date of the header date line, when there is one.
    pub fn header_date_value(&self) -> Option<NaiveDate> {
        self.header_date_value
    }

    /// The story sentences (captions left out), for fingerprints and summaries.
    pub fn story(&self) -> impl Iterator<Item = &str> {
        self.sentences
            .iter()
            .filter(|s| !s.caption)
            .map(|s| self.slice(s.span))
    }

    /// MinHash fingerprint of the story, to find the same story in other documents.
    pub fn fingerprint(&self) -> Option<String> {
        let story: Vec<&str> = self.story().collect();
        fingerprint(&story.join(" "))
    }
}

/// Normalize a decoded article with the built-in rules.
pub fn normalize(original: &str) -> Text {
    normalize_with(Rules::builtin(), original)
}

struct Para {
    span: Span,
    caption: bool,
    note: bool,
    header_date: Option<NaiveDate>,
}

/// Normalize a decoded article with the given rules.
pub fn normalize_with(rules: &Rules, original: &str) -> Text {
    let chars = chars::normalize_chars(original);
    let fixes = glue::find(&chars.text, rules);
    let t = glue::apply(&chars, &fixes);
    drop(chars);
    let body_start = crate::corpus::frontmatter::body_start(&t.text).unwrap_or(0);
    let lines = boilerplate::classify(&t.text, body_start, rules);

    let mut removed = Vec::new();
    let orig_span = |s: Span| -> Span {
        let start = offsets::floor_boundary(original, t.origin(s.start));
        let last = offsets::floor_boundary(original, t.origin(s.end.saturating_sub(1)));
        let end = last + original[last..].chars().next().map_or(0, char::len_utf8);
        Span::new(start, end.max(start))
    };
    let mut title = None;
    let mut paras: Vec<Para> = Vec::new();
    let mut prev: Option<&boilerplate::Line> = None;
    for line in &lines {
        match line.kind {
            Kind::Removed(rule) => {
                let o = orig_span(line.span);
                removed.push(Removal {
                    rule: rule.to_string(),
                    text: original[o.start..o.end].to_string(),
                    original: o,
                });
                continue;
            }
            Kind::HeaderDate(date) => paras.push(Para {
                span: line.span,
                caption: false,
                note: false,
                header_date: Some(date),
            }),
            _ => {
                if line.kind == Kind::Title && title.is_none() {
                    let o = orig_span(line.span);
                    title = Some(
                        original[o.start..o.end]
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                }
                let text = &t.text[line.span.start..line.span.end];
                let joins = line.kind == Kind::Body
                    && !line.after_blank
                    && prev.is_some_and(|p| p.kind == Kind::Body && !p.terminal)
                    && text.chars().next().is_some_and(char::is_lowercase);
                match paras.last_mut() {
                    Some(p) if joins && p.header_date.is_none() => p.span.end = line.span.end,
                    _ => paras.push(Para {
                        span: line.span,
                        caption: line.kind == Kind::Caption,
                        note: line.kind == Kind::Note,
                        header_date: None,
                    }),
                }
            }
        }
        prev = Some(line);
    }

    // sentences in the text `t`, then later copies dropped
    let mut raw: Vec<(usize, Span)> = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        if p.header_date.is_none() {
            raw.extend(
                segment::sentences(&t.text, p.span, rules)
                    .into_iter()
                    .map(|s| (pi, s)),
            );
        }
    }
    let strs: Vec<&str> = raw.iter().map(|(_, s)| &t.text[s.start..s.end]).collect();
    let copies = dedup::repeated(&strs);
    let mut keep = vec![true; raw.len()];
    for (i, copy) in copies.iter().enumerate() {
        if copy.is_some() {
            keep[i] = false;
            let o = orig_span(raw[i].1);
            removed.push(Removal {
                rule: "repeated".into(),
                text: original[o.start..o.end].to_string(),
                original: o,
            });
        }
    }
    removed.sort_by_key(|r| (r.original.start, r.original.end));

    // the normalized text: kept paragraphs separated by a blank line
    let mut out = Mapped::with_capacity(t.text.len());
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut header_date = None;
    let mut header_date_value = None;
    let mut r = 0;
    for (pi, p) in paras.iter().enumerate() {
        let mut kept: Vec<Span> = Vec::new();
        while r < raw.len() && raw[r].0 == pi {
            if keep[r] {
                kept.push(raw[r].1);
            }
            r += 1;
        }
        let pieces = if p.header_date.is_some() {
            vec![p.span]
        } else {
            kept
        };
        if pieces.is_empty() {
            continue;
        }
        if !out.text.is_empty() {
            let at = t.origin(pieces[0].start);
            out.push('\n', at, at);
            out.push('\n', at, at);
        }
        let start = out.text.len();
        let index = paragraphs.len();
        for (k, s) in pieces.iter().enumerate() {
            if k > 0 {
                let at = t.origin(s.start);
                out.push(' ', at, at);
            }
            let from = out.text.len();
            out.text
                .push_str(&t.text[s.start..s.end].replace('\n', " "));
            out.map.extend_from_slice(&t.map[s.start..s.end]);
            if p.header_date.is_none() {
                sentences.push(Sentence {
                    span: Span::new(from, out.text.len()),
                    paragraph: index,
                    caption: p.caption,
                    note: p.note,
                });
            }
        }
        let span = Span::new(start, out.text.len());
        match p.header_date {
            Some(date) => {
                header_date = Some(span);
                header_date_value = Some(date);
            }
            None => paragraphs.push(span),
        }
    }
    let out = out.finish(original.len());
    Text {
        original: original.to_string(),
        index: CharIndex::new(original),
        normalized: out.text,
        map: out.map,
        paragraphs,
        sentences,
        title,
        header_date,
        header_date_value,
        removed,
    }
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
        assert_eq!(t.original_chars(span), (26, 34));
        assert_eq!(t.paragraphs.len(), 2);
        assert_eq!(t.sentences.len(), 2);
    }

    #[test]
    fn quotes_shown_to_users_come_from_the_original() {
        let t = normalize("Il a parlé d'un « échange d’opinions intensif ».");
        let at = t.normalized.find('"').unwrap();
        let end = t.normalized.rfind('"').unwrap() + 1;
        assert_eq!(
            t.slice(Span::new(at, end)),
            "\"échange d'opinions intensif\""
        );
        assert_eq!(
            t.original_slice(Span::new(at, end)),
            "« échange d’opinions intensif »"
        );
    }

    #[test]
    fn single_newline_paragraphs_and_headings() {
        let t = normalize(
            "Un titre assez long pour un titre\nLe président est arrivé mardi à Moscou pour une visite officielle de deux jours.\nUne visite sous tension\nLa Maison Blanche observe avec inquiétude cette rencontre entre les deux dirigeants.",
        );
        assert_eq!(
            t.title.as_deref(),
            Some("Un titre assez long pour un titre")
        );
        assert_eq!(t.paragraphs.len(), 4);
        assert_eq!(t.slice(t.paragraphs[2]), "Une visite sous tension");
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let t = normalize(
            "Le président est arrivé mardi à Moscou pour une visite\nofficielle de deux jours, a indiqué le Kremlin dans un communiqué.",
        );
        assert_eq!(t.paragraphs.len(), 1);
        assert!(t.normalized.contains("visite officielle"));
        assert_eq!(t.sentences.len(), 1);
    }

    #[test]
    fn header_date_is_kept_out_of_sentences() {
        let t = normalize(
            "samedi 25 mai 2024\n\nLe président est arrivé mardi à Moscou pour une visite officielle de deux jours.",
        );
        let span = t.header_date.unwrap();
        assert_eq!(t.slice(span), "samedi 25 mai 2024");
        assert_eq!(t.header_date_value().unwrap().to_string(), "2024-05-25");
        assert_eq!(t.sentences.len(), 1);
        assert!(!t.sentences.iter().any(|s| s.span.overlaps(span)));
    }

    #[test]
    fn repeated_sentences_are_dropped_and_recorded() {
        let lead = "La Corée du Nord a exprimé sa volonté d'accueillir le président russe, selon l'agence officielle.";
        let t = normalize(&format!(
            "{lead} Cette annonce confirme un rapprochement entre les deux pays.\n\nUn autre paragraphe de l'article, bien différent du premier et assez long.\n\n{lead}Cette annonce confirme un rapprochement..."
        ));
        assert_eq!(t.sentences.len(), 3, "{}", t.normalized);
        assert_eq!(t.removed.iter().filter(|r| r.rule == "repeated").count(), 2);
    }
}
