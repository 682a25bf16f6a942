//! `newsx normalize FILE`: the text the analyzer reads.

use super::{config, format, load, write_output};
use crate::cli::NormalizeArgs;
use newsx::corpus::Loaded;
use newsx::render::{self, Format};
use serde::Serialize;
use std::process::ExitCode;

#[derive(Serialize)]
struct Normalized<'a> {
    document: &'a str,
    encoding: &'a str,
    title: Option<&'a str>,
    text: &'a str,
    paragraphs: &'a [newsx::model::Span],
    sentences: &'a [newsx::text::Sentence],
    removed: &'a [newsx::text::Removal],
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
            let value = Normalized {
                document: &doc.id,
                encoding: &doc.encoding,
                title: text.title.as_deref(),
                text: &text.normalized,
                paragraphs: &text.paragraphs,
                sentences: &text.sentences,
                removed: &text.removed,
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
