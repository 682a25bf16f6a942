//! The event lexicon files (`data/events/*.toml`): lemmas by event type,
//! turned into every surface form the text can show, with the rules that
//! keep a form from firing where it means something else.
//!
//! Format (docs/data.md, "Event lexicon"): one table per event type with
//! `verbs`, `intransitive`, `nouns`, `expressions` as short strings, and
//! `[[type.verb]]` / `[[type.noun]]` / `[[type.expression]]` tables for
//! entries with context rules.

use super::conjugate::{Conjugator, FormKind};
use crate::model::EventType;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// What a surface form is, for the clause grammar: a finite verb (simple
/// tense, or a participle after its auxiliary) heads a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartOfSpeech {
    /// `reçoit`, `reçut`, `recevra`; also `a reçu`, `s'est rendu` (the
    /// participle after an auxiliary, see `TriggerHit::auxiliary`).
    FiniteVerb,
    /// A past participle without an auxiliary (`reçu à l'aéroport par…`).
    Participle,
    /// `se rendant`, `signant`.
    PresentParticiple,
    Infinitive,
    Noun,
    /// A fixed multi-word expression (`défilé militaire`).
    Expression,
}

impl PartOfSpeech {
    pub fn as_str(self) -> &'static str {
        match self {
            PartOfSpeech::FiniteVerb => "finite verb",
            PartOfSpeech::Participle => "participle",
            PartOfSpeech::PresentParticiple => "present participle",
            PartOfSpeech::Infinitive => "infinitive",
            PartOfSpeech::Noun => "noun",
            PartOfSpeech::Expression => "expression",
        }
    }

    pub fn is_verbal(self) -> bool {
        !matches!(self, PartOfSpeech::Noun | PartOfSpeech::Expression)
    }
}

/// Context rules of an entry, all matched on lowercased text.
#[derive(Debug, Clone, Default)]
pub struct ContextRules {
    /// Words right after the form that make it another word (`visite` +
    /// `guidée`, `sommet` + `du mont`).
    pub exclude_after: Vec<String>,
    /// Words right before the form that make it another word (`point de`
    /// + `départ`).
    pub exclude_before: Vec<String>,
    /// When set, one of these words must follow within a few words: the
    /// verb is an event only with such an object (`tirer` + `missile`).
    pub needs_after: Vec<String>,
    /// When set, the verb is an event only when one of these nouns is its
    /// object: after it within a few words (`approuver le traité`), or
    /// before it when the verb is passive (`le traité a été approuvé`) or
    /// an object clitic stands for it (`la Douma l'a approuvé`, the noun
    /// named earlier in the sentence or in the sentence before).
    pub object: Vec<String>,
    /// Forms that are also common nouns or adjectives (`part`, `partie`):
    /// they count only after an auxiliary or a subject pronoun.
    pub guarded: Vec<String>,
    /// When set, a guarded form is a verb only with one of these words
    /// right after it: `entre` is first the preposition (`entre le 8 et le
    /// 13`, `Vladivostok entre deux escales`), the verb takes its place
    /// (`entre en Russie`, `entre dans la ville`).
    pub guarded_next: Vec<String>,
    /// A bare past participle right before a name says who wrote a text,
    /// not an act: `une tribune signée Vladimir Poutine`, `un éditorial
    /// signé Kim Jong-un` (the act needs an auxiliary or `par`: `signé
    /// par`, `a signé`).
    pub byline: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailedEntry {
    lemma: String,
    #[serde(default)]
    intransitive: bool,
    #[serde(default)]
    exclude_after: Vec<String>,
    #[serde(default)]
    exclude_before: Vec<String>,
    #[serde(default)]
    needs_after: Vec<String>,
    #[serde(default)]
    object: Vec<String>,
    #[serde(default)]
    guarded: Vec<String>,
    #[serde(default)]
    guarded_next: Vec<String>,
    #[serde(default)]
    byline: bool,
}

impl DetailedEntry {
    fn plain(lemma: &str, intransitive: bool) -> DetailedEntry {
        DetailedEntry {
            lemma: lemma.to_string(),
            intransitive,
            exclude_after: Vec::new(),
            exclude_before: Vec::new(),
            needs_after: Vec::new(),
            object: Vec::new(),
            guarded: Vec::new(),
            guarded_next: Vec::new(),
            byline: false,
        }
    }

    fn rules(&self) -> ContextRules {
        let norm = |l: &[String]| l.iter().map(|w| normalize(w)).collect();
        ContextRules {
            exclude_after: norm(&self.exclude_after),
            exclude_before: norm(&self.exclude_before),
            needs_after: norm(&self.needs_after),
            object: norm(&self.object),
            guarded: norm(&self.guarded),
            guarded_next: norm(&self.guarded_next),
            byline: self.byline,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeSection {
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    intransitive: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    expressions: Vec<String>,
    #[serde(default)]
    verb: Vec<DetailedEntry>,
    #[serde(default)]
    noun: Vec<DetailedEntry>,
    #[serde(default)]
    expression: Vec<DetailedEntry>,
}

/// What kind of lemma an entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LemmaKind {
    Verb {
        /// `se rendre`, `s'entretenir`: the reflexive clitic must be there.
        pronominal: bool,
        /// Never passive (`arriver`, `partir`): `est arrivé` is active.
        intransitive: bool,
        /// The words after the verb (`en vigueur`, `en orbite`, `hommage`).
        complement: Option<String>,
    },
    Noun {
        feminine: bool,
    },
    Expression,
}

/// One lemma of the lexicon, with where it was written.
#[derive(Debug, Clone)]
pub struct Lemma {
    pub lemma: String,
    pub event_type: EventType,
    pub kind: LemmaKind,
    pub rules: ContextRules,
    pub file: String,
}

/// One surface form of a lemma.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Surface {
    pub text: String,
    /// Index into the lemma list.
    pub lemma: usize,
    pub pos: PartOfSpeech,
    /// For verbs: which form this is (tense, person, agreement).
    pub form: Option<FormKind>,
    pub guarded: bool,
}

/// A problem in a lexicon file: the file, the entry and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
        }
    }
}

/// The lemmas and surfaces of a set of files.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    pub lemmas: Vec<Lemma>,
    pub surfaces: Vec<Surface>,
}

/// Forms shorter than this would match inside every sentence.
pub const MIN_FORM_CHARS: usize = 3;

impl Entries {
    /// Add a file; the diagnostics name what could not be added (the rest
    /// of the file is added).
    pub fn add_file(&mut self, file: &str, body: &str, conj: &Conjugator) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let diag = |entry: &str, problem: String| Diagnostic {
            file: file.to_string(),
            entry: entry.to_string(),
            problem,
        };
        let sections: BTreeMap<String, TypeSection> = match toml::from_str(body) {
            Ok(s) => s,
            Err(e) => {
                out.push(diag("", format!("not a lexicon file: {e}")));
                return out;
            }
        };
        for (name, section) in sections {
            let Some(event_type) = EventType::parse(&name) else {
                let known: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
                out.push(diag(
                    &format!("[{name}]"),
                    format!("unknown event type (known: {})", known.join(", ")),
                ));
                continue;
            };
            let plain = |l: &String, intransitive: bool| DetailedEntry::plain(l, intransitive);
            let verbs = section
                .verbs
                .iter()
                .map(|l| plain(l, false))
                .chain(section.intransitive.iter().map(|l| plain(l, true)))
                .chain(section.verb.iter().cloned());
            for entry in verbs {
                if let Err(problem) = self.add_verb(file, event_type, &entry, conj) {
                    out.push(diag(&format!("[{name}] verb '{}'", entry.lemma), problem));
                }
            }
            let nouns = section
                .nouns
                .iter()
                .map(|l| plain(l, false))
                .chain(section.noun.iter().cloned());
            for entry in nouns {
                if let Err(problem) = self.add_noun(file, event_type, &entry, false) {
                    out.push(diag(&format!("[{name}] noun '{}'", entry.lemma), problem));
                }
            }
            let expressions = section
                .expressions
                .iter()
                .map(|l| plain(l, false))
                .chain(section.expression.iter().cloned());
            for entry in expressions {
                if let Err(problem) = self.add_noun(file, event_type, &entry, true) {
                    out.push(diag(
                        &format!("[{name}] expression '{}'", entry.lemma),
                        problem,
                    ));
                }
            }
        }
        out
    }

    fn push_lemma(&mut self, lemma: Lemma) -> usize {
        self.lemmas.push(lemma);
        self.lemmas.len() - 1
    }

    fn add_verb(
        &mut self,
        file: &str,
        event_type: EventType,
        entry: &DetailedEntry,
        conj: &Conjugator,
    ) -> Result<(), String> {
        let lemma = normalize(&entry.lemma);
        if lemma.is_empty() {
            return Err("empty lemma".into());
        }
        let (pronominal, rest) = match lemma
            .strip_prefix("se ")
            .or_else(|| lemma.strip_prefix("s'"))
        {
            Some(rest) => (true, rest.trim()),
            None => (false, lemma.as_str()),
        };
        let (verb, complement) = match rest.split_once(' ') {
            Some((v, c)) => (v, Some(c.trim().to_string())),
            None => (rest, None),
        };
        let forms = conj.inflect(verb).map_err(|e| e.to_string())?;
        let rules = entry.rules();
        check_rules(&rules)?;
        let index = self.push_lemma(Lemma {
            lemma: lemma.clone(),
            event_type,
            kind: LemmaKind::Verb {
                pronominal,
                intransitive: entry.intransitive,
                complement: complement.clone(),
            },
            rules: rules.clone(),
            file: file.to_string(),
        });
        let mut seen = std::collections::BTreeSet::new();
        for f in forms {
            let text = match &complement {
                Some(c) => format!("{} {c}", f.form),
                None => f.form.clone(),
            };
            too_short(&text)?;
            let pos = match f.kind {
                FormKind::Finite { .. } => PartOfSpeech::FiniteVerb,
                FormKind::Participle { .. } => PartOfSpeech::Participle,
                FormKind::PresentParticiple => PartOfSpeech::PresentParticiple,
                FormKind::Infinitive => PartOfSpeech::Infinitive,
            };
            if !seen.insert((text.clone(), pos)) {
                continue;
            }
            let guarded = rules.guarded.contains(&f.form);
            self.surfaces.push(Surface {
                text,
                lemma: index,
                pos,
                form: Some(f.kind),
                guarded,
            });
        }
        Ok(())
    }

    /// A noun (`visite f`, `pourparlers m pl`, `travail m / travaux`) or an
    /// expression (`défilé militaire m / défilés militaires`, `en visite`).
    fn add_noun(
        &mut self,
        file: &str,
        event_type: EventType,
        entry: &DetailedEntry,
        expression: bool,
    ) -> Result<(), String> {
        let spec = normalize(&entry.lemma);
        let (left, plural) = match spec.split_once(" / ") {
            Some((l, p)) => (l.trim().to_string(), Some(p.trim().to_string())),
            None => (spec.clone(), None),
        };
        let mut words: Vec<&str> = left.split_whitespace().collect();
        let plural_only = words.last() == Some(&"pl");
        if plural_only {
            words.pop();
        }
        let gender = match words.last() {
            Some(&"m") => Some(false),
            Some(&"f") => Some(true),
            _ => None,
        };
        if gender.is_some() {
            words.pop();
        }
        let singular = words.join(" ");
        if singular.is_empty() {
            return Err("empty lemma".into());
        }
        if gender.is_none() && !expression {
            return Err("a noun needs its gender after it: 'visite f', 'sommet m'".into());
        }
        let rules = entry.rules();
        check_rules(&rules)?;
        let mut forms = vec![singular.clone()];
        if !plural_only {
            match plural.as_deref() {
                Some("-") => {}
                Some(p) => forms.push(p.to_string()),
                None if !expression => forms.push(pluralize(&singular)),
                None => {}
            }
        }
        forms.dedup();
        for f in &forms {
            too_short(f)?;
        }
        let index = self.push_lemma(Lemma {
            lemma: singular,
            event_type,
            kind: if expression {
                LemmaKind::Expression
            } else {
                LemmaKind::Noun {
                    feminine: gender.unwrap_or(false),
                }
            },
            rules: rules.clone(),
            file: file.to_string(),
        });
        for text in forms {
            self.surfaces.push(Surface {
                text,
                lemma: index,
                pos: if expression {
                    PartOfSpeech::Expression
                } else {
                    PartOfSpeech::Noun
                },
                form: None,
                guarded: false,
            });
        }
        Ok(())
    }

    /// Surfaces that two event types claim (`lexicon check` reports both).
    pub fn conflicts(&self) -> Vec<Diagnostic> {
        let mut by_text: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for s in &self.surfaces {
            by_text.entry(s.text.as_str()).or_default().push(s.lemma);
        }
        let mut out = Vec::new();
        for (text, lemmas) in by_text {
            let first = &self.lemmas[lemmas[0]];
            if let Some(&other) = lemmas
                .iter()
                .find(|&&l| self.lemmas[l].event_type != first.event_type)
            {
                let other = &self.lemmas[other];
                out.push(Diagnostic {
                    file: other.file.clone(),
                    entry: format!("[{}] '{}'", other.event_type.as_str(), other.lemma),
                    problem: format!(
                        "form '{text}' is also a form of '{}' ({}, in {}): one form, one type",
                        first.lemma,
                        first.event_type.as_str(),
                        first.file
                    ),
                });
            }
        }
        out
    }
}

fn check_rules(rules: &ContextRules) -> Result<(), String> {
    let lists = [
        &rules.exclude_after,
        &rules.exclude_before,
        &rules.needs_after,
        &rules.object,
        &rules.guarded,
        &rules.guarded_next,
    ];
    if lists.iter().any(|l| l.iter().any(|w| w.trim().is_empty())) {
        return Err("empty word in a context list".into());
    }
    Ok(())
}

fn too_short(form: &str) -> Result<(), String> {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_FORM_CHARS {
        return Err(format!(
            "form '{form}' is shorter than {MIN_FORM_CHARS} letters (it would match everywhere)"
        ));
    }
    Ok(())
}

/// Lowercase, typographic apostrophes as `'`, single spaces.
pub fn normalize(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['’', 'ʼ', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The regular plural of a noun phrase's head (its first word): `-s`;
/// `-al` → `-aux`; `-eau`, `-au`, `-eu` → `-x`; unchanged after s, x, z.
pub fn pluralize(phrase: &str) -> String {
    let (head, rest) = match phrase.split_once(' ') {
        Some((h, r)) => (h, Some(r)),
        None => (phrase, None),
    };
    let head = if head.ends_with(['s', 'x', 'z']) {
        head.to_string()
    } else if let Some(stem) = head.strip_suffix("al") {
        format!("{stem}aux")
    } else if head.ends_with("eau") || head.ends_with("au") || head.ends_with("eu") {
        format!("{head}x")
    } else {
        format!("{head}s")
    };
    match rest {
        Some(r) => format!("{head} {r}"),
        None => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_of_the_head() {
        assert_eq!(pluralize("visite"), "visites");
        assert_eq!(pluralize("pourparlers"), "pourparlers");
        assert_eq!(pluralize("arsenal"), "arsenaux");
        assert_eq!(pluralize("drapeau"), "drapeaux");
        assert_eq!(pluralize("mise en orbite"), "mises en orbite");
    }

    fn entries(body: &str) -> (Entries, Vec<Diagnostic>) {
        let conj = crate::test_data::conjugator();
        let mut e = Entries::default();
        let d = e.add_file("test.toml", body, conj);
        (e, d)
    }

    #[test]
    fn file_problems_name_file_entry_and_problem() {
        let (_, d) = entries(
            r#"
[visitt]
verbs = ["visiter"]
[visit]
verbs = ["", "plaire", "visiter"]
nouns = ["visite", "tour m / to"]
"#,
        );
        let text: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert!(
            text.iter()
                .any(|t| t.starts_with("test.toml: [visitt]: unknown event type")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t == "test.toml: [visit] verb '': empty lemma")
        );
        assert!(
            text.iter()
                .any(|t| t.contains("verb 'plaire'") && t.contains("irregular"))
        );
        assert!(
            text.iter()
                .any(|t| t.contains("noun 'visite'") && t.contains("gender"))
        );
        assert!(
            text.iter()
                .any(|t| t.contains("'to'") && t.contains("shorter"))
        );
        assert_eq!(d.len(), 5, "{text:?}");
    }

    #[test]
    fn one_form_two_types_is_reported() {
        let (e, d) = entries(
            r#"
[visit]
nouns = ["visite f"]
[meeting]
verbs = ["visiter"]
"#,
        );
        assert!(d.is_empty());
        let c = e.conflicts();
        // visite and visites
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c[0].to_string().contains("form 'visite'"));
        assert!(c[0].to_string().contains("visit"));
        assert!(c[0].to_string().contains("meeting"));
    }

    #[test]
    fn constructions_are_read_from_the_lemma() {
        let (e, d) = entries(
            r#"
[ratification]
intransitive = ["entrer en vigueur"]
[visit]
verbs = ["se rendre"]
expressions = ["en visite", "défilé militaire m / défilés militaires"]
"#,
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            e.lemmas[0].kind,
            LemmaKind::Verb {
                pronominal: false,
                intransitive: true,
                complement: Some("en vigueur".into())
            }
        );
        let has = |t: &str| e.surfaces.iter().any(|s| s.text == t);
        assert!(has("entrera en vigueur"));
        assert!(has("entrées en vigueur"));
        assert!(has("rendus"));
        assert!(has("défilés militaires"));
        assert!(!has("en visites"));
    }
}
