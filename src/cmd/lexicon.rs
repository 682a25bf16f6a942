//! `newsx lexicon check [FILE…]` and `newsx lexicon list [LEMMA…]`.

use crate::cli::LexiconCommand;
use anyhow::Context;
use newsx::events::EventLexicon;
use newsx::events::entries::LemmaKind;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(command: LexiconCommand) -> anyhow::Result<ExitCode> {
    match command {
        LexiconCommand::Check { files } => check(&files),
        LexiconCommand::List {
            lemmas,
            event_type,
            lexicon,
        } => list(&lemmas, event_type.as_deref(), &lexicon),
    }
}

/// Exit 0 when the built-in lexicon and every file are valid, 1 otherwise;
/// every problem on stderr, one a line: file, entry, problem.
fn check(files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let (mut lexicon, mut problems) = EventLexicon::builtin_with_diagnostics()?;
    let builtin_errors = problems.len();
    if builtin_errors == 0 {
        println!("{}", summary("built-in lexicon", &lexicon));
    }
    for path in files {
        let name = path.display().to_string();
        let body = std::fs::read_to_string(path).with_context(|| format!("cannot read {name}"))?;
        let before = lexicon.entries().lemmas.len();
        let found = lexicon.add_file(&name, &body)?;
        if found.is_empty() {
            println!(
                "{name}: ok ({} lemmas)",
                lexicon.entries().lemmas.len() - before
            );
        }
        problems.extend(found);
    }
    for d in &problems {
        eprintln!("{d}");
    }
    if !problems.is_empty() {
        eprintln!("newsx: {} error(s) in lexicon files", problems.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn summary(what: &str, lexicon: &EventLexicon) -> String {
    let e = lexicon.entries();
    let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
    for l in &e.lemmas {
        *by_type.entry(l.event_type.as_str()).or_default() += 1;
    }
    let forms: std::collections::BTreeSet<&str> =
        e.surfaces.iter().map(|s| s.text.as_str()).collect();
    format!(
        "{what}: ok ({} lemmas over {} types, {} forms)",
        e.lemmas.len(),
        by_type.len(),
        forms.len()
    )
}

fn list(
    lemmas: &[String],
    event_type: Option<&str>,
    extra: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    let mut lexicon = EventLexicon::builtin().context("built-in event lexicon")?;
    for path in extra {
        let name = path.display().to_string();
        let body = std::fs::read_to_string(path).with_context(|| format!("cannot read {name}"))?;
        let problems = lexicon.add_file(&name, &body)?;
        if !problems.is_empty() {
            let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
            anyhow::bail!("{}", lines.join("\n"));
        }
    }
    let e = lexicon.entries();
    let wanted: Vec<String> = lemmas
        .iter()
        .map(|l| newsx::events::entries::normalize(l))
        .collect();
    let mut out = String::new();
    let mut shown = 0;
    for (i, l) in e.lemmas.iter().enumerate() {
        if event_type.is_some_and(|t| t != l.event_type.as_str())
            || (!wanted.is_empty() && !wanted.contains(&l.lemma))
        {
            continue;
        }
        shown += 1;
        let kind = match &l.kind {
            LemmaKind::Verb {
                pronominal: true, ..
            } => "verb, pronominal",
            LemmaKind::Verb {
                complement: Some(_),
                ..
            } => "verb with complement",
            LemmaKind::Verb { .. } => "verb",
            LemmaKind::Noun { .. } => "noun",
            LemmaKind::Expression => "expression",
        };
        let _ = write!(out, "{:<14} {:<28} {kind}", l.event_type.as_str(), l.lemma);
        if wanted.is_empty() {
            out.push('\n');
            continue;
        }
        out.push('\n');
        let mut forms: Vec<(&str, &str)> = e
            .surfaces
            .iter()
            .filter(|s| s.lemma == i)
            .map(|s| (s.text.as_str(), s.pos.as_str()))
            .collect();
        forms.sort();
        forms.dedup();
        for (text, pos) in forms {
            let _ = writeln!(out, "    {text:<32} {pos}");
        }
    }
    if shown == 0 && !wanted.is_empty() {
        anyhow::bail!("no lemma {} in the lexicon", wanted.join(", "));
    }
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
