//! The data the normalizer runs on, compiled once: boilerplate line rules,
//! abbreviations, units, stopwords and calendar words (files in `data/`).

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
    pub set: RegexSet,
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
    pub stopwords: HashSet<String>,
    pub english: HashSet<String>,
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
            let set = RegexSet::new(r.lines.iter().map(|p| format!(r"(?i)^\s*(?:{p})\s*$")))
                .map_err(|e| anyhow::anyhow!("boilerplate rule {}: {e}", r.name))?;
            lines.push(LineRule {
                name: r.name,
                max_chars: r.max_chars.unwrap_or(160),
                set,
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
            stopwords: words(STOPWORDS_FR),
            english: words(STOPWORDS_EN),
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
            .find(|r| chars <= r.max_chars && r.set.is_match(line))
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
        assert!(r.stopwords.contains("lorsqu"));
        assert_eq!(r.month("Septembre"), Some(9));
        assert!(r.protected.is_match("www.lemonde.fr"));
        assert!(r.protected.is_match("redaction@ouest-france.fr"));
        assert!(!r.protected.is_match("énergie.portant"));
    }
}
