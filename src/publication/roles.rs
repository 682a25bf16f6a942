//! A lower bound for the publication day from the titles a text gives
//! people: `le ministre russe de la Défense, Andreï Belooussov` cannot be
//! written before Belooussov became minister (the gazetteer's
//! `roles = [{ role = "ru-defence-minister", from = "2024-05-14" }]`).
//!
//! Only a title apposed to a name the gazetteer gives that role (`TITLE,
//! NAME`, `TITLE NAME`, `NAME, TITLE`) counts, not one marked as past or to
//! come (`l'ancien ministre`, `alors ministre`, `futur ministre`). Names
//! match with or without their hyphens (`Yoon Suk Yeol`, `Yoon Suk-yeol`).
//!
//! The start of a role is a bound ([`RoleTitles::floor`]). The end of a role
//! ([`RoleTitles::ceiling`]) is weaker: a text recalling what a minister
//! did (`en 2023, le ministre de la Défense, Sergueï Choïgou, s'était
//! rendu…`) gives him the title he held then, long after he left it. So it
//! only rejects a day the text does not state in full, or chooses among
//! the years a year-less day fits; it never states a date.

use crate::gazetteer::Gazetteer;
use chrono::NaiveDate;
use regex::Regex;
use std::collections::HashMap;

/// The titles of the gazetteer's roles, and the names of the people who
/// held each from a known day. Built once per run.
#[derive(Debug, Clone)]
pub struct RoleTitles {
    /// Every title (role patterns, generic or not), longest first.
    titles: Option<Regex>,
    /// Title (lowercase) → role ids it names.
    roles_of_title: HashMap<String, Vec<String>>,
    /// Role id → (holder's names, lowercase, hyphens as spaces; first day
    /// held; last day held, if over).
    holders: HashMap<String, Vec<Term>>,
}

/// One term of one person in one role.
type Term = (Vec<String>, NaiveDate, Option<NaiveDate>);

/// A role the text gives someone, and the first day they held it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldSince {
    pub since: NaiveDate,
    /// `ministre russe de la Défense, Andreï Belousov`.
    pub words: String,
}

/// A role the text gives someone as current, and the last day they held
/// it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldUntil {
    pub until: NaiveDate,
    /// `président sud-coréen, yoon suk yeol`.
    pub words: String,
}

/// How far from a title a name is looked for, in bytes.
const NAME_WINDOW: usize = 80;

/// Words before a title that put it in the past or to come.
const NOT_CURRENT: [&str; 9] = [
    "ancien", "ancienne", "ex-", "ex", "futur", "future", "alors", "feu", "défunt",
];

impl RoleTitles {
    pub fn new(gazetteer: &Gazetteer) -> RoleTitles {
        let mut holders: HashMap<String, Vec<Term>> = HashMap::new();
        for entry in gazetteer.entries.values() {
            for role in &entry.roles {
                let (Some(id), Some(from)) = (&role.role, role.from) else {
                    continue;
                };
                let names: Vec<String> = entry
                    .names()
                    .map(|n| fold(&n.to_lowercase()))
                    .filter(|n| n.chars().count() >= 4)
                    .collect();
                if !names.is_empty() {
                    holders
                        .entry(id.clone())
                        .or_default()
                        .push((names, from, role.to));
                }
            }
        }
        let mut roles_of_title: HashMap<String, Vec<String>> = HashMap::new();
        for (id, def) in &gazetteer.roles {
            if !holders.contains_key(id) {
                continue;
            }
            for title in def.patterns.iter().chain(&def.generic_patterns) {
                roles_of_title
                    .entry(title.to_lowercase())
                    .or_default()
                    .push(id.clone());
            }
        }
        let mut titles: Vec<&String> = roles_of_title.keys().collect();
        titles.sort_by_key(|t| (std::cmp::Reverse(t.len()), t.as_str()));
        let alternation: Vec<String> = titles.iter().map(|t| regex::escape(t)).collect();
        let titles = (!alternation.is_empty())
            .then(|| Regex::new(&format!(r"(?i)\b(?:{})\b", alternation.join("|"))).ok())
            .flatten();
        RoleTitles {
            titles,
            roles_of_title,
            holders,
        }
    }

    /// The latest start of a role `text` gives someone as theirs.
    pub fn floor(&self, text: &str) -> Option<HeldSince> {
        let mut best: Option<HeldSince> = None;
        for (title, terms, name) in self.held(text) {
            let since = terms.iter().map(|t| t.1).max()?;
            if best.as_ref().is_none_or(|b| since > b.since) {
                best = Some(HeldSince {
                    since,
                    words: format!("{title}, {name}"),
                });
            }
        }
        best
    }

    /// The earliest end of a role `text` gives someone as theirs: the end of
    /// their latest term in it, when it is over (a holder who came back, or
    /// still holds it, gives none).
    pub fn ceiling(&self, text: &str) -> Option<HeldUntil> {
        let mut best: Option<HeldUntil> = None;
        for (title, terms, name) in self.held(text) {
            let Some(until) = terms.iter().max_by_key(|t| t.1).and_then(|t| t.2) else {
                continue;
            };
            if best.as_ref().is_none_or(|b| until < b.until) {
                best = Some(HeldUntil {
                    until,
                    words: format!("{title}, {name}"),
                });
            }
        }
        best
    }

    /// Each current title of `text` apposed to a name of one who held it:
    /// (the title, every term of that person in that role, the name).
    fn held<'t>(&'t self, text: &'t str) -> Vec<(&'t str, Vec<&'t Term>, String)> {
        let Some(titles) = self.titles.as_ref() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in titles.find_iter(text) {
            if not_current(&text[..m.start()]) {
                continue;
            }
            let Some(roles) = self.roles_of_title.get(&m.as_str().to_lowercase()) else {
                continue;
            };
            let after = fold(&window_after(text, m.end()));
            let before = fold(&window_before(text, m.start()));
            for role in roles {
                let terms = self.holders.get(role).into_iter().flatten();
                let mut matched: Vec<(&Vec<String>, String)> = Vec::new();
                for (names, _, _) in terms.clone() {
                    if matched.iter().any(|(n, _)| *n == names) {
                        continue;
                    }
                    if let Some(name) = names
                        .iter()
                        .find(|n| apposed_after(&after, n) || apposed_before(&before, n))
                    {
                        matched.push((names, name.clone()));
                    }
                }
                for (names, name) in matched {
                    let all: Vec<&Term> = terms.clone().filter(|t| &t.0 == names).collect();
                    out.push((m.as_str(), all, name));
                }
            }
        }
        out
    }
}

/// Hyphens as spaces: `Yoon Suk-yeol` and `Yoon Suk Yeol`, `Kim Jong-un`
/// and `Kim Jong Un` are one name. Same length in bytes.
fn fold(s: &str) -> String {
    s.replace('-', " ")
}

/// True when the words before a title make it a past or future one.
fn not_current(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let words: Vec<&str> = tail
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .collect();
    // the word just before the title, or the one before an article or adjective
    words.iter().rev().take(2).any(|w| {
        NOT_CURRENT
            .iter()
            .any(|n| w == n || (n.ends_with('-') && w.starts_with(n)))
    })
}

fn window_after(text: &str, at: usize) -> String {
    let mut end = (at + NAME_WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[at..end].to_lowercase()
}

fn window_before(text: &str, at: usize) -> String {
    let mut start = at.saturating_sub(NAME_WINDOW);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    text[start..at].to_lowercase()
}

/// `TITLE, NAME` or `TITLE NAME`: the name right after the title.
fn apposed_after(after: &str, name: &str) -> bool {
    let rest = after.trim_start().trim_start_matches(',').trim_start();
    rest.strip_prefix(name)
        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// `NAME, TITLE` or `NAME, le TITLE`: the name right before the title.
fn apposed_before(before: &str, name: &str) -> bool {
    let mut rest = before.trim_end();
    for article in [
        "le",
        "la",
        "l'",
        "l’",
        "l'actuel",
        "l’actuel",
        "l'actuelle",
        "l’actuelle",
    ] {
        if let Some(r) = rest.strip_suffix(article)
            && (r.is_empty() || r.ends_with([' ', ',']))
        {
            rest = r.trim_end();
            break;
        }
    }
    let Some(rest) = rest.strip_suffix(',') else {
        return false;
    };
    rest.trim_end()
        .strip_suffix(name)
        .is_some_and(|r| r.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles() -> (&'static Gazetteer, RoleTitles) {
        let g = crate::test_data::gazetteer();
        let t = RoleTitles::new(g);
        (g, t)
    }

    #[test]
    fn every_dated_role_of_the_gazetteer_apposed_to_its_holder_bounds_from_its_start() {
        let (g, t) = titles();
        let mut checked = 0;
        for entry in g.entries.values() {
            let Some(name) = entry.names().find(|n| n.chars().count() >= 4) else {
                continue;
            };
            for role in &entry.roles {
                let (Some(id), Some(from)) = (&role.role, role.from) else {
                    continue;
                };
                let Some(title) = g.roles[id].patterns.first() else {
                    continue;
                };
                // one who held the role twice: the later start
                let from = entry
                    .roles
                    .iter()
                    .filter(|r| r.role.as_ref() == Some(id))
                    .filter_map(|r| r.from)
                    .max()
                    .unwrap_or(from);
                for layout in [
                    format!("Selon le {title}, {name}, la visite aura lieu."),
                    format!("Le {title} {name} a reçu son homologue."),
                    format!("{name}, le {title}, a reçu son homologue."),
                ] {
                    let floor = t.floor(&layout).map(|f| f.since);
                    assert_eq!(floor, Some(from), "{layout}");
                    checked += 1;
                }
                for past in ["ancien", "futur", "alors"] {
                    let text = format!("Un {past} {title}, {name}, a reçu son homologue.");
                    assert_eq!(t.floor(&text), None, "{text}");
                }
            }
        }
        assert!(checked > 10, "{checked}");
    }

    #[test]
    fn a_title_without_its_holder_or_with_another_name_gives_nothing() {
        let (_, t) = titles();
        assert_eq!(
            t.floor("Le ministre russe de la Défense a reçu son homologue."),
            None
        );
        assert_eq!(
            t.floor("Le ministre russe de la Défense, Jean Dupont, a reçu son homologue."),
            None
        );
    }
}
