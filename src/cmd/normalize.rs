//! `newsx normalize FILE`: the text the analyzer reads.

use super::{config, format, load, write_output};
use crate::cli::NormalizeArgs;
use newsx::corpus::Loaded;
use newsx::model::Span;
use newsx::render::{self, Format};
use newsx::text::{Removal, Text};
use serde::Serialize;
use std::process::ExitCode;

/// A span of the normalized text with its place in the original file.
#[derive(Serialize)]
struct Piece<'a> {
    /// Byte offsets in the normalized text.
    start: usize,
    end: usize,
    /// Character offsets in the original file.
    original_start: usize,
    original_end: usize,
    text: &'a str,
}

impl<'a> Piece<'a> {
    fn new(t: &'a Text, span: Span) -> Self {
        let (original_start, original_end) = t.original_chars(span);
        Piece {
            start: span.start,
            end: span.end,
            original_start,
            original_end,
            text: t.slice(span),
        }
    }
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    #[serde(flatten)]
    piece: Piece<'a>,
    paragraph: usize,
    caption: bool,
    /// A note of references (`[3] Déclaration de Moscou, …`): its names
    /// are mentions of the document, but it tells no event.
    note: bool,
}

#[derive(Serialize)]
struct HeaderDate<'a> {
    #[serde(flatten)]
    piece: Piece<'a>,
    date: Option<String>,
}

#[derive(Serialize)]
struct Normalized<'a> {
    document: &'a str,
    path: &'a str,
    encoding: &'a str,
    title: Option<&'a str>,
    header_date: Option<HeaderDate<'a>>,
    text: &'a str,
    paragraphs: Vec<Piece<'a>>,
    sentences: Vec<SentenceOut<'a>>,
    captions: Vec<Piece<'a>>,
    removed: &'a [Removal],
}

pub fn run(args: NormalizeArgs) -> anyhow::Result<ExitCode> {
    let config = config(&args.common)?;
    let loaded = load(std::slice::from_ref(&args.file), &args.common, &config);
    let Some(Loaded::Document(doc)) = loaded.into_iter().next() else {
        return Ok(ExitCode::from(1));
    };
    let text = newsx::text::normalize(&doc.text);
    let body = match format(&args.common) {
        Format::Text => {
            let mut s = text.normalized.clone();
            if !s.ends_with('\n') {
                s.push('\n');
            }
            s
        }
        Format::Json | Format::Jsonl => {
            let t = &text;
            let value = Normalized {
                document: &doc.id,
                path: &doc.path,
                encoding: &doc.encoding,
                title: t.title.as_deref(),
                header_date: t.header_date.map(|s| HeaderDate {
                    piece: Piece::new(t, s),
                    date: t.header_date_value().map(|d| d.to_string()),
                }),
                text: &t.normalized,
                paragraphs: t.paragraphs.iter().map(|p| Piece::new(t, *p)).collect(),
                sentences: t
                    .sentences
                    .iter()
                    .map(|s| SentenceOut {
                        piece: Piece::new(t, s.span),
                        paragraph: s.paragraph,
                        caption: s.caption,
                        note: s.note,
                    })
                    .collect(),
                captions: t
                    .sentences
                    .iter()
                    .filter(|s| s.caption)
                    .map(|s| Piece::new(t, s.span))
                    .collect(),
                removed: &t.removed,
            };
            if format(&args.common) == Format::Json {
                render::json(&value)?
            } else {
                serde_json::to_string(&value)? + "\n"
            }
        }
    };
    write_output(args.common.output.as_deref(), &body)?;
    Ok(ExitCode::SUCCESS)
}
