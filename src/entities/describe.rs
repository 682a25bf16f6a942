//! Descriptions as gazetteer data: an entry lists the noun phrases that
//! name it (`service de renseignement sud-coréen`), and this module spells
//! out the French variation of each: plural (`services … sud-coréens`),
//! the nationality adjective after the head or at the end (`ministère
//! russe des Affaires étrangères` = `ministère des Affaires étrangères
//! russe`), or replaced by the country (`… de Corée du Sud`). Determiners
//! are outside the match, case and accents are folded by the matcher.
//! The demonym table is data (`data/demonyms-fr.toml`).

use super::fold::fold_str;
use serde::Deserialize;

pub const BUILTIN_DEMONYMS: &str = include_str!("../../data/demonyms-fr.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Demonym {
    /// ISO 3166-1 code of the country.
    pub country: String,
    /// Masculine and feminine singular (`sud-coréen`, `sud-coréenne`).
    pub forms: [String; 2],
    /// Complements naming the country (`de Corée du Sud`).
    pub of: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Demonyms {
    #[serde(default)]
    demonym: Vec<Demonym>,
}

impl Demonyms {
    pub fn parse(body: &str) -> Result<Demonyms, toml::de::Error> {
        toml::from_str(body)
    }

    pub fn builtin() -> Demonyms {
        Demonyms::parse(BUILTIN_DEMONYMS).expect("data/demonyms-fr.toml is valid (tested)")
    }

    pub fn list(&self) -> &[Demonym] {
        &self.demonym
    }

    /// The demonym a word is a form of, with its gender (0 masculine, 1 feminine).
    fn find(&self, word: &str) -> Option<(&Demonym, usize)> {
        let w = fold_str(word);
        self.demonym.iter().find_map(|d| {
            d.forms
                .iter()
                .position(|f| fold_str(f) == w || fold_str(&plural(f)) == w)
                .map(|g| (d, g))
        })
    }
}

/// French plural of one word: `-s`, `-x`, `-z` unchanged, `-al` → `-aux`,
/// `-eau` → `-eaux`, else `-s`.
pub fn plural(word: &str) -> String {
    if word.ends_with(['s', 'x', 'z']) {
        word.to_string()
    } else if let Some(stem) = word.strip_suffix("al") {
        format!("{stem}aux")
    } else if word.ends_with("eau") {
        format!("{word}x")
    } else {
        format!("{word}s")
    }
}

fn is_preposition(word: &str) -> bool {
    let w = fold_str(word);
    matches!(
        w.as_str(),
        "de" | "du" | "des" | "a" | "au" | "aux" | "pour" | "en"
    ) || w.starts_with("d'")
}

/// Every spelling of a description: singular and plural, the demonym in
/// its place, after the head or at the end, or the country's complement at
/// the end. The first letter is lowercased: a description is a common noun
/// phrase, capitalised only at a sentence start.
pub fn variants(description: &str, demonyms: &Demonyms) -> Vec<String> {
    let words: Vec<&str> = description.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    // the words before the first preposition agree in number with the head
    let pre = words
        .iter()
        .skip(1)
        .position(|w| is_preposition(w))
        .map_or(words.len(), |p| p + 1);
    let demonym = words
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(i, w)| demonyms.find(w).map(|(d, g)| (i, d, g)));
    let mut out = Vec::new();
    for plural_head in [false, true] {
        let inflect = |i: usize, w: &str| {
            if plural_head && i < pre {
                plural(w)
            } else {
                w.to_string()
            }
        };
        let base: Vec<String> = words
            .iter()
            .enumerate()
            .filter(|(i, _)| demonym.is_none_or(|(d, _, _)| *i != d))
            .map(|(i, w)| inflect(i, w))
            .collect();
        let Some((at, d, gender)) = demonym else {
            out.push(base.join(" "));
            continue;
        };
        let form = &d.forms[gender];
        let mut adjectives = vec![form.clone()];
        if plural_head {
            adjectives.push(plural(form));
        }
        for adj in &adjectives {
            for pos in [at, 1, base.len()] {
                let mut v = base.clone();
                v.insert(pos.min(v.len()), adj.clone());
                out.push(v.join(" "));
            }
        }
        for of in &d.of {
            out.push(format!("{} {of}", base.join(" ")));
        }
    }
    let mut out: Vec<String> = out.into_iter().map(|v| lower_first(&v)).collect();
    out.sort();
    out.dedup();
    out
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_demonyms_parse() {
        let d = Demonyms::builtin();
        assert!(d.list().len() >= 10);
        for x in d.list() {
            assert!(!x.of.is_empty(), "{}", x.country);
        }
    }

    /// Every demonym × gender × number × place of the adjective × the
    /// country's complement: the expected strings are built here from the
    /// table, apart from the code's own loop.
    #[test]
    fn every_demonym_in_every_place_and_number() {
        let table = Demonyms::builtin();
        let heads = [("service", "services", 0), ("armée", "armées", 1)];
        for d in table.list() {
            for (sing, plur, gender) in heads {
                let adj = &d.forms[gender];
                let adjs = if adj.ends_with(['s', 'x']) {
                    adj.clone()
                } else {
                    format!("{adj}s")
                };
                let description = format!("{sing} de renseignement {adj}");
                let v = variants(&description, &table);
                let want = [
                    format!("{sing} de renseignement {adj}"),
                    format!("{sing} {adj} de renseignement"),
                    format!("{plur} de renseignement {adjs}"),
                    format!("{plur} {adjs} de renseignement"),
                ];
                for w in want.iter() {
                    assert!(v.contains(w), "{w:?} not in {v:?}");
                }
                for of in &d.of {
                    for head in [sing, plur] {
                        let w = format!("{head} de renseignement {of}");
                        assert!(v.contains(&w), "{w:?} not in {v:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn adjectives_before_the_first_preposition_agree() {
        let t = Demonyms::builtin();
        let v = variants("Service national de renseignement sud-coréen", &t);
        assert!(
            v.contains(&"services nationaux de renseignement sud-coréens".to_string()),
            "{v:?}"
        );
        assert!(v.contains(&"service national de renseignement de la Corée du Sud".to_string()));
        let v = variants("chambre basse du Parlement russe", &t);
        assert!(
            v.contains(&"chambre basse du Parlement de Russie".to_string()),
            "{v:?}"
        );
        // no demonym: only the number varies
        assert_eq!(
            variants("agence spatiale", &t),
            ["agence spatiale", "agences spatiales"]
        );
    }

    #[test]
    fn plurals() {
        for (s, p) in [
            ("service", "services"),
            ("national", "nationaux"),
            ("bureau", "bureaux"),
            ("chinois", "chinois"),
            ("russe", "russes"),
        ] {
            assert_eq!(plural(s), p);
        }
    }
}
