//! French verb inflection for the event lexicon: the lexicon lists lemmas
//! (`recevoir`, `déployer`), and this module gives every surface form the
//! news uses, so that `reçoit`, `a reçu`, `reçurent`, `déploiera` all match.
//!
//! The first group (`-er`, with its spelling changes: `-cer`, `-ger`,
//! `-eler`/`-eter`, `e·er`, `é·er`, `-yer`) and the second group (`-ir` like
//! `finir`) are rules; the third group is data (`data/events/irregular.toml`):
//! the six present forms, the passé simple stem, the future stem and the past
//! participle of a model verb, from which the other tenses follow by the
//! regular derivations of French grammar (imparfait from `nous`, subjonctif
//! from `ils`, present participle from the imparfait stem). A verb can borrow
//! a model (`comprendre` → `prendre`, `offrir` → `ouvrir`).

use serde::Deserialize;
use std::collections::BTreeMap;

const IRREGULAR: &str = include_str!("../../data/events/irregular.toml");

/// The tenses of news reports (compound tenses are an auxiliary plus the participle).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tense {
    Present,
    Imparfait,
    PasseSimple,
    Futur,
    Conditionnel,
    Subjonctif,
}

impl Tense {
    pub const ALL: [Tense; 6] = [
        Tense::Present,
        Tense::Imparfait,
        Tense::PasseSimple,
        Tense::Futur,
        Tense::Conditionnel,
        Tense::Subjonctif,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tense::Present => "présent",
            Tense::Imparfait => "imparfait",
            Tense::PasseSimple => "passé simple",
            Tense::Futur => "futur",
            Tense::Conditionnel => "conditionnel",
            Tense::Subjonctif => "subjonctif",
        }
    }
}

/// What one inflected form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FormKind {
    /// `person` 0..6: je, tu, il, nous, vous, ils.
    Finite {
        tense: Tense,
        person: u8,
    },
    Participle {
        feminine: bool,
        plural: bool,
    },
    PresentParticiple,
    Infinitive,
}

/// One surface form of a verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inflection {
    pub form: String,
    pub kind: FormKind,
}

/// Why a verb cannot be inflected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConjugateError {
    #[error("'{0}' is not an infinitive (-er, -ir, -re, -oir)")]
    NotAnInfinitive(String),
    #[error("'{0}' is a third-group verb missing from data/events/irregular.toml")]
    UnknownIrregular(String),
    #[error("'{verb}': model '{model}' {problem}")]
    BadModel {
        verb: String,
        model: String,
        problem: String,
    },
}

/// One entry of `irregular.toml`: the principal parts of a verb, or a model.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Irregular {
    /// Conjugate like this verb (`comprendre` → `prendre`): the forms of the
    /// model with its radical replaced.
    pub model: Option<String>,
    /// je, tu, il, nous, vous, ils.
    pub present: Option<[String; 6]>,
    /// The passé simple stem with its vowel (`pri` → pris, prit, prîmes).
    pub simple: Option<String>,
    /// The future and conditional stem (`recevr`, `enverr`).
    pub future: Option<String>,
    /// The masculine singular past participle.
    pub participle: Option<String>,
    /// The imparfait stem when it is not the `nous` present minus `-ons` (`ét`).
    pub imperfect: Option<String>,
    /// Subjonctif stems when they are not the `ils` present minus `-ent`
    /// (`fass`, `aill`), singular and third plural / first and second plural.
    pub subjunctive: Option<[String; 2]>,
    pub present_participle: Option<String>,
    /// The six subjonctif forms when no stem rule gives them (`avoir`, `être`).
    pub subjunctive_forms: Option<[String; 6]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IrregularFile {
    /// `-eler`/`-eter` verbs that take a grave accent (`achète`) instead of
    /// doubling the consonant (`appelle`).
    grave_accent: Vec<String>,
    /// `-dre` endings conjugated like `rendre` unless listed in `verb`.
    rendre_endings: Vec<String>,
    /// Endings among those that are not like `rendre` (`prendre`).
    rendre_exceptions: Vec<String>,
    verb: BTreeMap<String, Irregular>,
}

/// The conjugation rules plus the irregular verbs, loaded once.
#[derive(Debug, Clone)]
pub struct Conjugator {
    irregular: BTreeMap<String, Irregular>,
    grave_accent: Vec<String>,
    rendre_endings: Vec<String>,
    rendre_exceptions: Vec<String>,
}

const PRESENT_ER: [&str; 6] = ["e", "es", "e", "ons", "ez", "ent"];
const IMPARFAIT: [&str; 6] = ["ais", "ais", "ait", "ions", "iez", "aient"];
const SIMPLE_ER: [&str; 6] = ["ai", "as", "a", "âmes", "âtes", "èrent"];
const FUTUR: [&str; 6] = ["ai", "as", "a", "ons", "ez", "ont"];
const SUBJONCTIF: [&str; 6] = ["e", "es", "e", "ions", "iez", "ent"];
/// Persons whose ending has a mute `e` in the present and the subjonctif.
const MUTE: [bool; 6] = [true, true, true, false, false, true];

impl Conjugator {
    pub fn builtin() -> anyhow::Result<Conjugator> {
        Conjugator::parse(IRREGULAR)
    }

    pub fn parse(body: &str) -> anyhow::Result<Conjugator> {
        let file: IrregularFile = toml::from_str(body)?;
        Ok(Conjugator {
            irregular: file.verb,
            grave_accent: file.grave_accent,
            rendre_endings: file.rendre_endings,
            rendre_exceptions: file.rendre_exceptions,
        })
    }

    /// The irregular entries, for tests and `lexicon check`.
    pub fn irregular(&self) -> &BTreeMap<String, Irregular> {
        &self.irregular
    }

    /// Every form of a verb phrase whose first word is the verb (`prendre
    /// part`, `porter sur`): each form of the verb, lowercase, followed by
    /// the phrase's other words, as words.
    pub fn inflect_phrase(&self, phrase: &str) -> Result<Vec<Vec<String>>, ConjugateError> {
        let mut words = phrase.split_whitespace();
        let Some(head) = words.next() else {
            return Ok(Vec::new());
        };
        let rest: Vec<String> = words.map(str::to_lowercase).collect();
        Ok(self
            .inflect(head)?
            .into_iter()
            .map(|inflection| {
                let mut form = vec![inflection.form.to_lowercase()];
                form.extend(rest.iter().cloned());
                form
            })
            .collect())
    }

    /// Every form of `infinitive` (no clitic: `rendre`, not `se rendre`):
    /// 6 tenses × 6 persons, the participle in 4 agreements, the present
    /// participle and the infinitive. Forms repeat (`je/il finis`).
    pub fn inflect(&self, infinitive: &str) -> Result<Vec<Inflection>, ConjugateError> {
        let verb = infinitive.trim().to_lowercase();
        if let Some(entry) = self.irregular.get(&verb) {
            return self.inflect_entry(&verb, entry, 0);
        }
        let ends = |list: &[String]| list.iter().any(|e| verb.ends_with(e.as_str()));
        if ends(&self.rendre_endings) && !ends(&self.rendre_exceptions) {
            return self.inflect_like(&verb, "rendre", 0);
        }
        if let Some(stem) = verb.strip_suffix("er").filter(|s| !s.is_empty()) {
            return Ok(self.first_group(&verb, stem, &Irregular::default()));
        }
        if let Some(stem) = verb.strip_suffix("ir").filter(|s| !s.is_empty()) {
            return Ok(second_group(&verb, stem));
        }
        if verb.ends_with("re") || verb.ends_with("oir") {
            return Err(ConjugateError::UnknownIrregular(verb));
        }
        Err(ConjugateError::NotAnInfinitive(verb))
    }

    fn inflect_entry(
        &self,
        verb: &str,
        entry: &Irregular,
        depth: usize,
    ) -> Result<Vec<Inflection>, ConjugateError> {
        if let Some(model) = &entry.model {
            return self.inflect_like(verb, model, depth);
        }
        if entry.present.is_none() {
            // a first-group verb with one irregular part (`envoyer`: enverr-)
            if let Some(stem) = verb.strip_suffix("er") {
                return Ok(self.first_group(verb, stem, entry));
            }
        }
        third_group(verb, entry)
    }

    fn inflect_like(
        &self,
        verb: &str,
        model: &str,
        depth: usize,
    ) -> Result<Vec<Inflection>, ConjugateError> {
        let bad = |problem: &str| ConjugateError::BadModel {
            verb: verb.to_string(),
            model: model.to_string(),
            problem: problem.to_string(),
        };
        let entry = self
            .irregular
            .get(model)
            .ok_or_else(|| bad("is not in irregular.toml"))?;
        if depth > 2 {
            return Err(bad("leads to a chain of models"));
        }
        let forms = self.inflect_entry(model, entry, depth + 1)?;
        // the longest common ending: `offrir`/`ouvrir` share `rir`
        let common = verb
            .chars()
            .rev()
            .zip(model.chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let verb_radical = &verb[..verb.len() - common];
        let model_radical = &model[..model.len() - common];
        forms
            .into_iter()
            .map(|i| {
                let rest = i
                    .form
                    .strip_prefix(model_radical)
                    .ok_or_else(|| bad(&format!("form '{}' lacks its radical", i.form)))?;
                Ok(Inflection {
                    form: format!("{verb_radical}{rest}"),
                    kind: i.kind,
                })
            })
            .collect()
    }

    /// `-er` verbs, with the spelling changes of the stem.
    fn first_group(&self, verb: &str, stem: &str, parts: &Irregular) -> Vec<Inflection> {
        let mute = self.mute_stems(verb, stem);
        let soft = |ending: &str| soften(stem, ending);
        let mut out = Vec::new();
        for (p, ending) in PRESENT_ER.iter().enumerate() {
            for s in if MUTE[p] { &mute[..] } else { &[][..] } {
                out.push(finite(format!("{s}{ending}"), Tense::Present, p));
            }
            if !MUTE[p] {
                out.push(finite(soft(ending), Tense::Present, p));
            }
            let sub = SUBJONCTIF[p];
            if MUTE[p] {
                for s in &mute {
                    out.push(finite(format!("{s}{sub}"), Tense::Subjonctif, p));
                }
            } else {
                out.push(finite(soft(sub), Tense::Subjonctif, p));
            }
            out.push(finite(soft(IMPARFAIT[p]), Tense::Imparfait, p));
            out.push(finite(soft(SIMPLE_ER[p]), Tense::PasseSimple, p));
        }
        // future stems: the mute-e stem + `er` (appellera, lèvera, déploiera);
        // `é·er` verbs keep both spellings (cédera, cèdera)
        let mut futures: Vec<String> = match &parts.future {
            Some(f) => vec![f.clone()],
            None => mute.iter().map(|s| format!("{s}er")).collect(),
        };
        if parts.future.is_none() && last_vowel(stem) == Some('é') {
            futures.push(verb.to_string());
        }
        futures.dedup();
        for f in &futures {
            for p in 0..6 {
                out.push(finite(format!("{f}{}", FUTUR[p]), Tense::Futur, p));
                out.push(finite(
                    format!("{f}{}", IMPARFAIT[p]),
                    Tense::Conditionnel,
                    p,
                ));
            }
        }
        out.extend(participles(&format!("{stem}é")));
        out.push(Inflection {
            form: soft("ant"),
            kind: FormKind::PresentParticiple,
        });
        out.push(Inflection {
            form: verb.to_string(),
            kind: FormKind::Infinitive,
        });
        out
    }

    /// The stems used before a mute `e` (`appell`, `achèt`, `lèv`, `cèd`,
    /// `déploi`; `pai` and `pay` for `payer`).
    fn mute_stems(&self, verb: &str, stem: &str) -> Vec<String> {
        let chars: Vec<char> = stem.chars().collect();
        let n = chars.len();
        if n >= 2 && chars[n - 1] == 'y' && matches!(chars[n - 2], 'o' | 'u' | 'a') {
            let base: String = chars[..n - 1].iter().collect();
            let mut out = vec![format!("{base}i")];
            if chars[n - 2] == 'a' {
                out.push(stem.to_string());
            }
            return out;
        }
        if n >= 3 && chars[n - 2] == 'e' && matches!(chars[n - 1], 'l' | 't') {
            let base: String = chars[..n - 2].iter().collect();
            let c = chars[n - 1];
            return if self.grave_accent.iter().any(|v| v == verb) {
                vec![format!("{base}è{c}")]
            } else {
                vec![format!("{stem}{c}")]
            };
        }
        // the last vowel followed by consonants only: e·er and é·er
        // (one consonant, or a consonant and r/l/h/n: célébrer, régner; not
        // présenter, regretter)
        if let Some(i) = chars
            .iter()
            .rposition(|c| "aeiouyéèêâîôûëï".contains(*c))
            .filter(|&i| i + 1 < n && i > 0)
            && matches!(chars[i], 'e' | 'é')
            && (n - i == 2
                || (n - i == 3 && "rlhn".contains(chars[i + 2]) && chars[i + 1] != chars[i + 2]))
            && !(chars[i] == 'e' && "aeiouy".contains(chars[i - 1]))
        {
            let mut c = chars.clone();
            c[i] = 'è';
            return vec![c.into_iter().collect()];
        }
        vec![stem.to_string()]
    }
}

fn last_vowel(stem: &str) -> Option<char> {
    stem.chars().rev().find(|c| "aeiouyéèêâîôû".contains(*c))
}

/// `-cer`/`-ger` before `a`/`o`: commençons, mangeait.
fn soften(stem: &str, ending: &str) -> String {
    let hard = ending.starts_with(['a', 'o', 'â']);
    if hard && let Some(base) = stem.strip_suffix('c') {
        return format!("{base}ç{ending}");
    }
    if hard && stem.ends_with('g') {
        return format!("{stem}e{ending}");
    }
    format!("{stem}{ending}")
}

fn finite(form: String, tense: Tense, person: usize) -> Inflection {
    Inflection {
        form,
        kind: FormKind::Finite {
            tense,
            person: person as u8,
        },
    }
}

/// The four agreements of a past participle: reçu, reçue, reçus, reçues.
fn participles(masculine: &str) -> Vec<Inflection> {
    let plural_m = if masculine.ends_with(['s', 'x']) {
        masculine.to_string()
    } else {
        format!("{masculine}s")
    };
    let feminine = format!("{masculine}e");
    vec![
        (masculine.to_string(), false, false),
        (feminine.clone(), true, false),
        (plural_m, false, true),
        (format!("{feminine}s"), true, true),
    ]
    .into_iter()
    .map(|(form, feminine, plural)| Inflection {
        form,
        kind: FormKind::Participle { feminine, plural },
    })
    .collect()
}

/// `-ir` verbs like `finir`.
fn second_group(verb: &str, stem: &str) -> Vec<Inflection> {
    let entry = Irregular {
        present: Some([
            format!("{stem}is"),
            format!("{stem}is"),
            format!("{stem}it"),
            format!("{stem}issons"),
            format!("{stem}issez"),
            format!("{stem}issent"),
        ]),
        simple: Some(format!("{stem}i")),
        future: Some(verb.to_string()),
        participle: Some(format!("{stem}i")),
        ..Irregular::default()
    };
    third_group(verb, &entry).expect("a complete entry always inflects")
}

/// A verb from its principal parts.
fn third_group(verb: &str, e: &Irregular) -> Result<Vec<Inflection>, ConjugateError> {
    let missing = |what: &str| ConjugateError::BadModel {
        verb: verb.to_string(),
        model: verb.to_string(),
        problem: format!("has no {what} in irregular.toml"),
    };
    let present = e.present.as_ref().ok_or_else(|| missing("present"))?;
    let simple = e.simple.as_ref().ok_or_else(|| missing("simple"))?;
    let participle = e.participle.as_ref().ok_or_else(|| missing("participle"))?;
    let imperfect = match &e.imperfect {
        Some(s) => s.clone(),
        None => present[3]
            .strip_suffix("ons")
            .ok_or_else(|| missing("imperfect (the nous form does not end in -ons)"))?
            .to_string(),
    };
    let future = match &e.future {
        Some(f) => f.clone(),
        None => verb.strip_suffix('e').unwrap_or(verb).to_string(),
    };
    let [sub_sg, sub_pl] = match (&e.subjunctive, &e.subjunctive_forms) {
        (Some([a, b]), _) => [a.clone(), b.clone()],
        (None, Some(_)) => [String::new(), String::new()],
        (None, None) => [
            present[5]
                .strip_suffix("ent")
                .ok_or_else(|| missing("subjunctive (the ils form does not end in -ent)"))?
                .to_string(),
            imperfect.clone(),
        ],
    };
    let mut out = Vec::new();
    for p in 0..6 {
        out.push(finite(present[p].clone(), Tense::Present, p));
        out.push(finite(
            format!("{imperfect}{}", IMPARFAIT[p]),
            Tense::Imparfait,
            p,
        ));
        out.push(finite(passe_simple(simple, p), Tense::PasseSimple, p));
        out.push(finite(format!("{future}{}", FUTUR[p]), Tense::Futur, p));
        out.push(finite(
            format!("{future}{}", IMPARFAIT[p]),
            Tense::Conditionnel,
            p,
        ));
        let stem = if MUTE[p] { &sub_sg } else { &sub_pl };
        let subjunctive = match &e.subjunctive_forms {
            Some(forms) => forms[p].clone(),
            None => format!("{stem}{}", SUBJONCTIF[p]),
        };
        out.push(finite(subjunctive, Tense::Subjonctif, p));
    }
    out.extend(participles(participle));
    out.push(Inflection {
        form: e
            .present_participle
            .clone()
            .unwrap_or_else(|| format!("{imperfect}ant")),
        kind: FormKind::PresentParticiple,
    });
    out.push(Inflection {
        form: verb.to_string(),
        kind: FormKind::Infinitive,
    });
    Ok(out)
}

/// Passé simple of the third group from its stem with vowel: `pri` → pris,
/// pris, prit, prîmes, prîtes, prirent; `vin` → vînmes.
fn passe_simple(stem: &str, person: usize) -> String {
    match person {
        0 | 1 => format!("{stem}s"),
        2 => format!("{stem}t"),
        5 => format!("{stem}rent"),
        _ => {
            let mut chars: Vec<char> = stem.chars().collect();
            if let Some(i) = chars.iter().rposition(|c| "aiu".contains(*c)) {
                chars[i] = match chars[i] {
                    'a' => 'â',
                    'i' => 'î',
                    _ => 'û',
                };
            }
            let hatted: String = chars.into_iter().collect();
            format!("{hatted}{}", if person == 3 { "mes" } else { "tes" })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(verb: &str) -> Vec<String> {
        crate::test_data::conjugator()
            .inflect(verb)
            .unwrap()
            .into_iter()
            .map(|i| i.form)
            .collect()
    }

    fn form(verb: &str, tense: Tense, person: u8) -> Vec<String> {
        crate::test_data::conjugator()
            .inflect(verb)
            .unwrap()
            .into_iter()
            .filter(|i| i.kind == FormKind::Finite { tense, person })
            .map(|i| i.form)
            .collect()
    }

    /// Hand-written paradigms of the spelling-change classes (Bescherelle
    /// tables), one verb each: the person, the tense and the expected forms.
    #[test]
    fn first_group_spelling_changes() {
        let cases: &[(&str, Tense, u8, &[&str])] = &[
            ("commencer", Tense::Present, 3, &["commençons"]),
            ("commencer", Tense::Imparfait, 2, &["commençait"]),
            ("commencer", Tense::PasseSimple, 5, &["commencèrent"]),
            ("protéger", Tense::Present, 3, &["protégeons"]),
            ("protéger", Tense::Present, 5, &["protègent"]),
            ("protéger", Tense::PasseSimple, 2, &["protégea"]),
            ("appeler", Tense::Present, 2, &["appelle"]),
            ("appeler", Tense::Present, 3, &["appelons"]),
            ("appeler", Tense::Futur, 2, &["appellera"]),
            ("rejeter", Tense::Present, 5, &["rejettent"]),
            ("acheter", Tense::Present, 2, &["achète"]),
            ("acheter", Tense::Futur, 5, &["achèteront"]),
            ("lever", Tense::Present, 2, &["lève"]),
            ("mener", Tense::Conditionnel, 2, &["mènerait"]),
            ("mener", Tense::Imparfait, 2, &["menait"]),
            ("céder", Tense::Present, 2, &["cède"]),
            ("céder", Tense::Present, 4, &["cédez"]),
            ("céder", Tense::Futur, 2, &["cèdera", "cédera"]),
            ("déployer", Tense::Present, 5, &["déploient"]),
            ("déployer", Tense::Present, 3, &["déployons"]),
            ("déployer", Tense::Futur, 2, &["déploiera"]),
            ("envoyer", Tense::Futur, 2, &["enverra"]),
            ("envoyer", Tense::Subjonctif, 2, &["envoie"]),
            ("payer", Tense::Present, 2, &["paie", "paye"]),
            ("créer", Tense::Present, 2, &["crée"]),
            ("signer", Tense::Subjonctif, 3, &["signions"]),
        ];
        for (verb, tense, person, expected) in cases {
            let mut got = form(verb, *tense, *person);
            got.sort();
            got.dedup();
            let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
            want.sort();
            assert_eq!(got, want, "{verb} {tense:?} {person}");
        }
        assert!(forms("commencer").contains(&"commençant".to_string()));
        assert!(forms("protéger").contains(&"protégeant".to_string()));
    }

    /// Third-group paradigms written out by hand.
    #[test]
    fn irregular_verbs() {
        let cases: &[(&str, Tense, u8, &str)] = &[
            ("recevoir", Tense::Present, 2, "reçoit"),
            ("recevoir", Tense::Present, 5, "reçoivent"),
            ("recevoir", Tense::PasseSimple, 2, "reçut"),
            ("recevoir", Tense::Futur, 2, "recevra"),
            ("recevoir", Tense::Subjonctif, 2, "reçoive"),
            ("recevoir", Tense::Subjonctif, 3, "recevions"),
            ("partir", Tense::Present, 2, "part"),
            ("partir", Tense::Imparfait, 5, "partaient"),
            ("prendre", Tense::Present, 5, "prennent"),
            ("prendre", Tense::PasseSimple, 3, "prîmes"),
            ("comprendre", Tense::Present, 2, "comprend"),
            ("venir", Tense::Futur, 2, "viendra"),
            ("venir", Tense::PasseSimple, 5, "vinrent"),
            ("intervenir", Tense::PasseSimple, 2, "intervint"),
            ("faire", Tense::Subjonctif, 2, "fasse"),
            ("faire", Tense::Futur, 5, "feront"),
            ("dire", Tense::Present, 4, "dites"),
            ("rejoindre", Tense::Present, 3, "rejoignons"),
            ("conduire", Tense::PasseSimple, 2, "conduisit"),
            ("offrir", Tense::Present, 2, "offre"),
            ("accueillir", Tense::Futur, 2, "accueillera"),
            ("rendre", Tense::Present, 2, "rend"),
            ("défendre", Tense::PasseSimple, 5, "défendirent"),
            ("finir", Tense::Present, 3, "finissons"),
            ("bâtir", Tense::Subjonctif, 2, "bâtisse"),
        ];
        for (verb, tense, person, expected) in cases {
            assert_eq!(
                form(verb, *tense, *person),
                vec![expected.to_string()],
                "{verb} {tense:?} {person}"
            );
        }
        for (verb, participles) in [
            ("recevoir", ["reçu", "reçue", "reçus", "reçues"]),
            ("prendre", ["pris", "prise", "pris", "prises"]),
            ("conduire", ["conduit", "conduite", "conduits", "conduites"]),
            ("ouvrir", ["ouvert", "ouverte", "ouverts", "ouvertes"]),
        ] {
            let all = forms(verb);
            for p in participles {
                assert!(all.contains(&p.to_string()), "{verb} {p}");
            }
        }
        assert!(forms("faire").contains(&"faisant".to_string()));
        assert!(forms("être").contains(&"étant".to_string()));
        assert!(forms("avoir").contains(&"ayant".to_string()));
    }

    #[test]
    fn every_form_is_there() {
        // 6 tenses × 6 persons + 4 participles + present participle + infinitive
        let c = crate::test_data::conjugator();
        for verb in ["signer", "finir", "recevoir", "appeler", "envoyer"] {
            let kinds: std::collections::BTreeSet<FormKind> = c
                .inflect(verb)
                .unwrap()
                .into_iter()
                .map(|i| i.kind)
                .collect();
            assert_eq!(kinds.len(), 36 + 4 + 2, "{verb}");
        }
    }

    #[test]
    fn every_irregular_entry_inflects() {
        let c = crate::test_data::conjugator();
        for verb in c.irregular().keys() {
            let forms = c.inflect(verb).unwrap_or_else(|e| panic!("{e}"));
            assert!(forms.iter().all(|f| !f.form.is_empty()), "{verb}");
        }
    }

    #[test]
    fn what_cannot_be_inflected_says_why() {
        let c = crate::test_data::conjugator();
        assert!(matches!(
            c.inflect("visite"),
            Err(ConjugateError::NotAnInfinitive(_))
        ));
        assert!(matches!(
            c.inflect("plaire"),
            Err(ConjugateError::UnknownIrregular(_))
        ));
    }
}
