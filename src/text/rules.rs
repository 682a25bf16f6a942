//! The data the normalizer runs on, compiled once: boilerplate line rules,
//! abbreviations, units, stopwords and calendar words (files in `data/`).

use super::hash::WordSet;
use regex::{Regex, RegexSet};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("../../data/boilerplate.toml");
const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.toml");
const CALENDAR: &str = include_str!("../../data/calendar-fr.toml");
const STOPWORDS_FR: &str = include_str!("../../data/stopwords-fr.txt");
const STOPWORDS_EN: &str = include_str!("../../data/stopwords-en.txt");

#[derive(Debug, Deserialize)]
struct BoilerplateFile {
    rule: Vec<LineRuleSpec>,
}

#[derive(Debug, Deserialize)]
struct LineRuleSpec {
    name: String,
    lines: Vec<String>,
    max_chars: Option<usize>,
}

#[derive(Debug, Deserialize)]
struct AbbreviationFile {
    titles: Vec<String>,
    abbreviations: Vec<String>,
    units: Vec<String>,
    extensions: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CalendarFile {
    months: Vec<Vec<String>>,
    weekdays: Vec<String>,
}

/// A named set of whole-line patterns.
#[derive(Debug)]
pub struct LineRule {
    pub name: String,
    pub max_chars: usize,
    /// The whole-line patterns of [`LineRule::set`].
    patterns: Vec<String>,
    /// Compiled by [`LineRule::set`] when first needed if the rule has a
    /// prefilter (the first line the prefilter accepts): a short input
    /// rarely gets there, and compiling every set was a fifth of a run on
    /// one article. Without a prefilter it is compiled with the rules.
    set: OnceLock<RegexSet>,
    /// `set` without its word boundaries (`\b`), when it has any: it matches
    /// every line `set` matches (and more), but runs on the fast DFA, which
    /// gives up on Unicode word boundaries in accented text. A line it
    /// rejects is not tested against `set`.
    pub prefilter: Option<RegexSet>,
}

/// A pattern without its `\b` assertions (outside character classes), or
/// None when it has none. Dropping an assertion only widens what matches.
fn without_word_boundaries(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    let mut class = 0usize;
    let mut dropped = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if class == 0 => dropped = true,
                Some(next) => {
                    out.push(c);
                    out.push(next);
                }
                None => out.push(c),
            },
            '[' => {
                class += 1;
                out.push(c);
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    dropped.then_some(out)
}

/// Everything the normalizer needs, compiled.
#[derive(Debug)]
pub struct Rules {
    pub lines: Vec<LineRule>,
    /// Titles (`M`, `Mme`), as written.
    pub titles: HashSet<String>,
    /// Abbreviations (lowercase, without the period).
    pub abbreviations: HashSet<String>,
    pub units: HashSet<String>,
    pub extensions: HashSet<String>,
    /// French and English function words (looked up for every word of
    /// the language check: the fast hasher).
    pub stopwords: WordSet,
    pub english: WordSet,
    /// Month names and abbreviations (lowercase) → month number.
    pub months: Vec<(String, u32)>,
    pub weekdays: HashSet<String>,
    /// URLs, e-mail addresses and domain names: never repaired or split.
    pub protected: Regex,
}

fn words(list: &str) -> HashSet<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

impl LineRule {
    /// The whole-line patterns as one set, compiled once (on first use when
    /// the rule has a prefilter).
    pub fn set(&self) -> &RegexSet {
        self.set.get_or_init(|| {
            RegexSet::new(&self.patterns)
                .unwrap_or_else(|e| panic!("boilerplate rule {}: {e}", self.name))
        })
    }
}

impl Rules {
    /// The built-in rules, compiled once per process.
    pub fn builtin() -> &'static Rules {
        static RULES: OnceLock<Rules> = OnceLock::new();
        RULES.get_or_init(|| {
            Rules::from_data(BOILERPLATE, ABBREVIATIONS).expect("built-in text rules are valid")
        })
    }

    /// Rules from a boilerplate file and an abbreviation file (TOML), with
    /// the built-in stopwords and calendar words.
    pub fn from_data(boilerplate: &str, abbreviations: &str) -> anyhow::Result<Rules> {
        let bp: BoilerplateFile = toml::from_str(boilerplate)?;
        let ab: AbbreviationFile = toml::from_str(abbreviations)?;
        let cal: CalendarFile = toml::from_str(CALENDAR)?;
        let mut lines = Vec::new();
        for r in bp.rule {
            let whole = |p: &str| format!(r"(?i)^\s*(?:{p})\s*$");
            let patterns: Vec<String> = r.lines.iter().map(|p| whole(p)).collect();
            let loose: Vec<Option<String>> =
                r.lines.iter().map(|p| without_word_boundaries(p)).collect();
            // a pattern the prefilter cannot compile just goes without one
            let prefilter = if loose.iter().any(Option::is_some) {
                RegexSet::new(
                    loose
                        .iter()
                        .zip(&r.lines)
                        .map(|(l, p)| whole(l.as_deref().unwrap_or(p))),
                )
                .ok()
            } else {
                None
            };
            // with a prefilter (the same patterns, less their `\b`), the set
            // waits for its first use
            let set = OnceLock::new();
            if prefilter.is_none() {
                let compiled = RegexSet::new(&patterns)
                    .map_err(|e| anyhow::anyhow!("boilerplate rule {}: {e}", r.name))?;
                let _ = set.set(compiled);
            }
            lines.push(LineRule {
                name: r.name,
                max_chars: r.max_chars.unwrap_or(160),
                patterns,
                set,
                prefilter,
            });
        }
        let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect();
        let extensions: HashSet<String> = lower(ab.extensions);
        let mut tlds: Vec<&str> = extensions.iter().map(String::as_str).collect();
        tlds.extend([
            "fr", "be", "ch", "uk", "ru", "kp", "kr", "cn", "jp", "ly", "gouv.fr",
        ]);
        tlds.sort_unstable();
        let protected = Regex::new(&format!(
            r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:{})\b(?:/[^\s<>]*)?",
            tlds.join("|")
        ))?;
        let months = cal
            .months
            .iter()
            .enumerate()
            .flat_map(|(i, names)| names.iter().map(move |n| (n.to_lowercase(), i as u32 + 1)))
            .collect();
        Ok(Rules {
            lines,
            titles: ab.titles.into_iter().collect(),
            abbreviations: lower(ab.abbreviations),
            units: lower(ab.units),
            extensions,
            stopwords: words(STOPWORDS_FR).into_iter().collect(),
            english: words(STOPWORDS_EN).into_iter().collect(),
            months,
            weekdays: lower(cal.weekdays),
            protected,
        })
    }

    pub fn month(&self, word: &str) -> Option<u32> {
        let w = word.trim_end_matches('.').to_lowercase();
        self.months.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
    }

    /// The first boilerplate rule matching a whole line.
    pub fn line_rule(&self, line: &str) -> Option<&str> {
        let longest = self.lines.iter().map(|r| r.max_chars).max().unwrap_or(0);
        if line.len() > 4 * longest {
            return None; // far longer than any rule accepts (a char is at most 4 bytes)
        }
        let chars = line.chars().count();
        self.lines
            .iter()
            .find(|r| {
                chars <= r.max_chars
                    && r.prefilter.as_ref().is_none_or(|p| p.is_match(line))
                    && r.set().is_match(line)
            })
            .map(|r| r.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_compile() {
        let r = Rules::builtin();
        assert!(r.lines.len() >= 8);
        // the sets a prefilter guards are compiled on first use: all here
        for rule in &r.lines {
            assert_eq!(rule.set().len(), rule.patterns.len(), "{}", rule.name);
        }
        assert!(r.stopwords.contains("lorsqu"));
        assert_eq!(r.month("Septembre"), Some(9));
        assert!(r.protected.is_match("www.lemonde.fr"));
        assert!(r.protected.is_match("redaction@ouest-france.fr"));
        assert!(!r.protected.is_match("énergie.portant"));
    }

    #[test]
    fn word_boundaries_are_dropped_outside_classes_only() {
        assert_eq!(without_word_boundaries("abc"), None);
        assert_eq!(
            without_word_boundaries(r".*\bcookies?\b.*").as_deref(),
            Some(".*cookies?.*")
        );
        assert_eq!(
            without_word_boundaries(r"\\b\bx[\b]\d").as_deref(),
            Some(r"\\bx[\b]\d")
        );
    }

    /// The prefilter never rejects a line its rule matches.
    #[test]
    fn prefilters_accept_what_their_rules_match() {
        let r = Rules::builtin();
        assert!(r.lines.iter().any(|l| l.prefilter.is_some()));
        let lines = [
            "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.",
            "Inscrivez-vous à notre newsletter",
            "Recevez chaque matin l'essentiel de l'actualité.",
            "Réservé aux abonnés",
            "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
            "Lire aussi : la visite de Kim à Vladivostok",
            "Partager sur Facebook",
        ];
        for rule in &r.lines {
            if let Some(p) = &rule.prefilter {
                for line in lines {
                    assert!(!rule.set().is_match(line) || p.is_match(line), "{line}");
                }
            }
        }
    }

    /// Each data rule: lines it must remove, and story lines it must keep.
    #[test]
    fn every_line_rule_has_positives_and_negatives() {
        let r = Rules::builtin();
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "advertisement",
                &[
                    "--Pub--spot_img",
                    "- Advertisement -spot_img",
                    "Publicité",
                    "PUBLICITÉ",
                    "Contenu sponsorisé",
                    "La suite après cette publicité",
                ],
                &["La publicité politique est interdite à la télévision pendant la campagne."],
            ),
            (
                "cookie_banner",
                &[
                    "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.",
                    "Accepter",
                    "Tout refuser",
                    "Paramétrer mes choix",
                ],
                &["Le régulateur a sanctionné Google pour des cookies déposés sans accord."],
            ),
            (
                "newsletter",
                &[
                    "Inscrivez-vous à notre newsletter",
                    "Recevez chaque matin l'essentiel de l'actualité.",
                    "Newsletter Monde",
                    "Abonnez-vous à partir de 1 €",
                ],
                &["Le Kremlin publie une lettre officielle chaque semaine."],
            ),
            (
                "paywall",
                &[
                    "Il vous reste 72 % de cet article à lire.",
                    "Cet article est réservé aux abonnés",
                    "Déjà abonné ? Se connecter",
                ],
                &["Les abonnés du réseau ferré ont été prévenus du retard du train."],
            ),
            (
                "comment_form",
                &[
                    "Laisser un commentaire",
                    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                    "Nom *",
                    "Annuler la réponse",
                    "3 commentaires",
                ],
                &["Le porte-parole a refusé de commenter ces informations."],
            ),
            (
                "copyright",
                &[
                    "© TOUS DROITS RÉSERVÉS",
                    "Copyright © 2023 Le Journal",
                    "(c) AFP",
                    "Reproduction interdite",
                ],
                &["Le droit international est réservé aux États, a-t-il dit."],
            ),
            (
                "prev_next",
                &[
                    "PREV HCR, le nombre de personnes en fuite a doublé",
                    "NEXT des armes pour 40 milliards à Kiev",
                    "Article précédent",
                    "Suivant",
                ],
                &["Suivant les recommandations du ministère, la visite a été reportée."],
            ),
            (
                "read_also",
                &[
                    "Lire aussi : Kim Jong-un, un dirigeant qui voyage en train",
                    "À lire aussi",
                    "Sur le même sujet",
                    "[VIDÉO] – Kim arrive en gare",
                ],
                &["Il faut lire aussi entre les lignes du communiqué, disent les analystes."],
            ),
            (
                "share",
                &[
                    "Partager",
                    "Partager sur Facebook",
                    "Facebook Twitter WhatsApp E-mail",
                    "Partager cet article",
                    "J'aime ça :",
                ],
                &["Les deux pays partagent une frontière de 17 kilomètres."],
            ),
            (
                "navigation",
                &[
                    "Rechercher",
                    "Menu",
                    "Source link",
                    "Articles similaires",
                    "Article récent",
                    "Bouton retour en haut de la page",
                    "Accueil › International › Asie",
                    "Par Jean",
                    "Temps de lecture : 3 min",
                    "Tl;dr",
                    "Ouest-France avec AFP",
                ],
                &[
                    "Par ailleurs, la Russie a remercié la Corée du Nord.",
                    "Liens entre Moscou et Pyongyang",
                    "Kim Jong-un est arrivé en Russie",
                ],
            ),
            (
                "author_line",
                &[
                    "Par Jean Dupont",
                    "Par Marie-Hélène Le Goff",
                    "Par Jean Dupont, avec AFP",
                    "By John Smith",
                ],
                &[
                    "Par ailleurs, la Russie a remercié la Corée du Nord.",
                    "Par Jean Dupont, notre envoyé spécial à Séoul, le 3 mars",
                ],
            ),
            (
                "weather",
                &["23.9 C", "-2°C", "18 °", "31,5 F"],
                &["2023", "G20", "23.9 C à Alger ce matin"],
            ),
        ];
        for (rule, yes, no) in cases {
            for line in *yes {
                assert_eq!(
                    r.line_rule(line),
                    Some(*rule),
                    "{rule} should remove {line:?}"
                );
            }
            for line in *no {
                assert_eq!(r.line_rule(line), None, "{rule} should keep {line:?}");
            }
        }
        let names: Vec<&str> = r.lines.iter().map(|l| l.name.as_str()).collect();
        for (rule, _, _) in cases {
            assert!(names.contains(rule), "{rule}");
        }
    }
}
