//! A gazetteer file as written, with the position of every value, and its
//! validation into entries: every mistake becomes a `Diagnostic`.

use super::{Diagnostic, Entry, Role, RoleDef, slugify};
use crate::model::{DateInterval, EntityType};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    defaults: RawDefaults,
    #[serde(default)]
    entity: Vec<Spanned<RawEntry>>,
    #[serde(default)]
    role: Vec<Spanned<RawRoleDef>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    #[serde(rename = "type")]
    entity_type: Option<EntityType>,
    country: Option<String>,
    category: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Option<Spanned<String>>,
    name: Spanned<String>,
    #[serde(rename = "type")]
    entity_type: Option<EntityType>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    short_aliases: Vec<Spanned<String>>,
    #[serde(default)]
    descriptions: Vec<Spanned<String>>,
    surname: Option<Spanned<String>>,
    #[serde(default = "yes")]
    match_name: bool,
    country: Option<String>,
    /// What kind of actor (`media` for news outlets, which report rather than act).
    category: Option<String>,
    /// The name is also a common word (`Nord`): it needs the document's context.
    #[serde(default)]
    needs_context: bool,
    /// Names shorter than 3 letters or equal to a stop word are refused
    /// unless the entry says they are meant (`AP`, `UE`).
    #[serde(default)]
    short_ok: bool,
    #[serde(default)]
    roles: Vec<Spanned<RawRole>>,
    /// Free text for the reader of the file (who, why an alias is missing).
    #[allow(dead_code)]
    note: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    role: Option<Spanned<String>>,
    #[serde(default)]
    patterns: Vec<String>,
    from: Option<Spanned<toml::Value>>,
    to: Option<Spanned<toml::Value>>,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoleDef {
    id: Spanned<String>,
    name: String,
    country: Option<String>,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    generic_patterns: Vec<String>,
    #[serde(default)]
    leader: bool,
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_col(body: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(body.len());
    let before = body.get(..offset).unwrap_or(body);
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit_once('\n')
        .map_or(before, |(_, rest)| rest)
        .chars()
        .count()
        + 1;
    (line, col)
}

struct Reporter<'a> {
    file: &'a str,
    body: &'a str,
    out: Vec<Diagnostic>,
}

impl Reporter<'_> {
    fn at(&mut self, offset: usize, id: Option<&str>, field: &str, message: impl Into<String>) {
        let (line, column) = line_col(self.body, offset);
        self.out.push(Diagnostic {
            file: self.file.to_string(),
            line,
            column,
            id: id.map(str::to_string),
            field: (!field.is_empty()).then(|| field.to_string()),
            message: message.into(),
        });
    }
}

/// French function words (`le`, `de`, `en`): never a name on their own.
const STOPWORDS_FR: &str = include_str!("../../data/stopwords-fr.txt");

/// The French stop words, folded (case and accents dropped) as
/// [`unsafe_alias`] compares them: folded once per file read rather than
/// once per alias (that was most of reading the gazetteer).
fn folded_stopwords() -> HashSet<String> {
    STOPWORDS_FR
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(crate::entities::fold::fold_str)
        .collect()
}

/// Why a name is unsafe to match alone: shorter than 3 letters or digits,
/// or a French stop word (case and accents ignored; `stopwords` is
/// [`folded_stopwords`]).
fn unsafe_alias(alias: &str, stopwords: &HashSet<String>) -> Option<&'static str> {
    let letters = alias.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < 3 {
        return Some("is shorter than 3 letters");
    }
    let folded = crate::entities::fold::fold_str(alias);
    stopwords.contains(&folded).then_some("is a stop word")
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `2012`, `2012-05` or `2012-05-22` (string or TOML date): the first or last day.
fn bound(value: &toml::Value, last: bool) -> Option<chrono::NaiveDate> {
    let text = match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Integer(y) => y.to_string(),
        _ => return None,
    };
    let interval = DateInterval::parse_iso(&text)?;
    Some(if last { interval.end } else { interval.start })
}

/// Parse one file: its entries, its role definitions and every mistake.
pub(crate) fn parse(
    file: &str,
    body: &str,
    known_roles: &BTreeMap<String, RoleDef>,
) -> (Vec<Entry>, Vec<RoleDef>, Vec<Diagnostic>) {
    let mut rep = Reporter {
        file,
        body,
        out: Vec::new(),
    };
    let raw: RawFile = match toml::from_str(body) {
        Ok(r) => r,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let field = field_at(body, offset);
            rep.at(offset, None, &field, e.message().trim().replace('\n', " "));
            return (Vec::new(), Vec::new(), rep.out);
        }
    };

    let stopwords = folded_stopwords();
    let mut roles = Vec::new();
    let mut role_ids: BTreeSet<String> = known_roles.keys().cloned().collect();
    for def in raw.role {
        let span = def.span();
        let def = def.into_inner();
        let id = def.id.get_ref().clone();
        if !valid_id(&id) {
            rep.at(
                def.id.span().start,
                Some(&id),
                "id",
                "id must be lowercase ASCII letters, digits and '-'",
            );
        }
        if def
            .patterns
            .iter()
            .chain(&def.generic_patterns)
            .any(|p| p.trim().is_empty())
        {
            rep.at(span.start, Some(&id), "patterns", "a pattern is empty");
        }
        if !def.generic_patterns.is_empty() && def.country.is_none() {
            rep.at(
                span.start,
                Some(&id),
                "generic_patterns",
                "generic patterns need a country to be resolved",
            );
        }
        role_ids.insert(id.clone());
        roles.push(RoleDef {
            id,
            name: def.name,
            country: def.country,
            patterns: def.patterns,
            generic_patterns: def.generic_patterns,
            leader: def.leader,
            source: file.to_string(),
        });
    }

    let mut entries = Vec::new();
    let mut ids_here: BTreeSet<String> = BTreeSet::new();
    for raw_entry in raw.entity {
        let span = raw_entry.span();
        let e = raw_entry.into_inner();
        let name = e.name.get_ref().trim().to_string();
        let (id, id_offset) = match &e.id {
            Some(id) => (id.get_ref().clone(), id.span().start),
            None => (slugify(&name), e.name.span().start),
        };
        let shown = Some(id.as_str());
        let before = rep.out.len();
        if (e.id.is_some() || !name.is_empty()) && !valid_id(&id) {
            rep.at(
                id_offset,
                shown,
                "id",
                "id must be lowercase ASCII letters, digits and '-'",
            );
        } else if !ids_here.insert(id.clone()) {
            rep.at(id_offset, shown, "id", "id used twice in this file");
        }
        if name.is_empty() {
            rep.at(e.name.span().start, shown, "name", "name is empty");
        }
        let Some(entity_type) = e.entity_type.or(raw.defaults.entity_type) else {
            rep.at(
                span.start,
                shown,
                "type",
                "missing type (person, place or organization) and no [defaults] type",
            );
            continue;
        };
        for (field, list) in [("aliases", &e.aliases), ("short_aliases", &e.short_aliases)] {
            for a in list {
                let alias = a.get_ref().trim();
                if alias.is_empty() {
                    rep.at(a.span().start, shown, field, "an alias is empty");
                } else if !e.short_ok
                    && let Some(why) = unsafe_alias(alias, &stopwords)
                {
                    rep.at(
                        a.span().start,
                        shown,
                        field,
                        format!("alias '{alias}' {why}: it would match everywhere (mark the entry `short_ok = true` if it is meant)"),
                    );
                }
            }
        }
        if e.match_name
            && !name.is_empty()
            && !e.short_ok
            && let Some(why) = unsafe_alias(&name, &stopwords)
        {
            rep.at(
                e.name.span().start,
                shown,
                "name",
                format!("name '{name}' {why}: it would match everywhere (mark the entry `short_ok = true` or `match_name = false`)"),
            );
        }
        for d in &e.descriptions {
            let words: Vec<&str> = d.get_ref().split_whitespace().collect();
            if words.len() < 2 {
                rep.at(
                    d.span().start,
                    shown,
                    "descriptions",
                    format!(
                        "description '{}' needs a head noun and a modifier",
                        d.get_ref().trim()
                    ),
                );
            } else if unsafe_alias(words[0], &stopwords) == Some("is a stop word") {
                rep.at(
                    d.span().start,
                    shown,
                    "descriptions",
                    format!("description '{}' starts with a determiner or stop word: write the head noun first", d.get_ref().trim()),
                );
            }
        }
        if let Some(s) = &e.surname
            && s.get_ref().trim().is_empty()
        {
            rep.at(s.span().start, shown, "surname", "surname is empty");
        }
        if !e.match_name && e.aliases.is_empty() {
            rep.at(
                span.start,
                shown,
                "match_name",
                "match_name = false needs at least one alias, or the entry is never found",
            );
        }
        let mut roles_out = Vec::new();
        for r in &e.roles {
            let at = r.span().start;
            let r = r.get_ref();
            if let Some(role) = &r.role
                && !role_ids.contains(role.get_ref())
            {
                rep.at(
                    at,
                    shown,
                    "roles",
                    format!(
                        "unknown role '{}' (define it in a [[role]] table)",
                        role.get_ref()
                    ),
                );
            }
            if r.role.is_none() && r.patterns.is_empty() {
                rep.at(at, shown, "roles", "a role needs a role id or patterns");
            }
            let from = r
                .from
                .as_ref()
                .map(|v| (bound(v.get_ref(), false), v.span().start));
            let to =
                r.to.as_ref()
                    .map(|v| (bound(v.get_ref(), true), v.span().start));
            for (field, v) in [("roles.from", &from), ("roles.to", &to)] {
                if let Some((None, off)) = v {
                    rep.at(
                        *off,
                        shown,
                        field,
                        "expected a date YYYY, YYYY-MM or YYYY-MM-DD",
                    );
                }
            }
            let from = from.and_then(|v| v.0);
            let to = to.and_then(|v| v.0);
            if let (Some(f), Some(t)) = (from, to)
                && f > t
            {
                rep.at(
                    at,
                    shown,
                    "roles.from",
                    format!("starts ({f}) after it ends ({t})"),
                );
            }
            roles_out.push(Role {
                role: r.role.as_ref().map(|s| s.get_ref().clone()),
                patterns: r.patterns.clone(),
                from,
                to,
            });
        }
        if rep.out.len() > before {
            continue;
        }
        entries.push(Entry {
            id,
            name,
            entity_type,
            aliases: e
                .aliases
                .iter()
                .map(|a| a.get_ref().trim().to_string())
                .collect(),
            short_aliases: e
                .short_aliases
                .iter()
                .map(|a| a.get_ref().trim().to_string())
                .collect(),
            descriptions: e
                .descriptions
                .iter()
                .map(|d| d.get_ref().split_whitespace().collect::<Vec<_>>().join(" "))
                .collect(),
            surname: e.surname.map(|s| s.into_inner().trim().to_string()),
            match_name: e.match_name,
            country: e.country.or_else(|| raw.defaults.country.clone()),
            category: e.category.or_else(|| raw.defaults.category.clone()),
            needs_context: e.needs_context,
            roles: roles_out,
            source: file.to_string(),
        });
    }
    (entries, roles, rep.out)
}

/// The key on the line of an offset (`type = "robot"` → `type`), for syntax errors.
fn field_at(body: &str, offset: usize) -> String {
    let start = body[..offset.min(body.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = body[start..].lines().next().unwrap_or("");
    match line.split_once('=') {
        Some((key, _)) => key.trim().to_string(),
        None => String::new(),
    }
}
