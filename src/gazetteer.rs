//! The gazetteer: what newsx knows about the world, as data.
//!
//! Entries live in TOML files under `data/gazetteer/`, embedded at build
//! time; users add or override entries with `--gazetteer FILE`. Nothing
//! about the world is written in code.

use crate::model::EntityType;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The files embedded in the binary, with their names for diagnostics.
pub const BUILTIN: &[(&str, &str)] = &[
    ("people.toml", include_str!("../data/gazetteer/people.toml")),
    ("places.toml", include_str!("../data/gazetteer/places.toml")),
    (
        "organizations.toml",
        include_str!("../data/gazetteer/organizations.toml"),
    ),
];

/// A role held by a person over a period (`porte-parole du Kremlin` from 2012).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Descriptions that name the role in French text, lowercase.
    pub patterns: Vec<String>,
    /// First day of the role (`YYYY-MM-DD`), open when absent.
    pub from: Option<chrono::NaiveDate>,
    /// Last day of the role, open when absent.
    pub to: Option<chrono::NaiveDate>,
}

/// One entry of the gazetteer.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    entity: Vec<Entry>,
}

/// An error in a gazetteer file, with where it is.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    #[error("{file}: entry '{id}': {message}")]
    Invalid {
        file: String,
        id: String,
        message: String,
    },
}

/// All entries, by id. Later files override earlier ones with the same id.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entries: BTreeMap<String, Entry>,
}

impl Gazetteer {
    /// The gazetteer embedded in the binary.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer::default();
        for (name, body) in BUILTIN {
            g.add_file(name, body)?;
        }
        Ok(g)
    }

    /// Parse and validate one TOML file, then add (or override) its entries.
    pub fn add_file(&mut self, file: &str, body: &str) -> Result<usize, GazetteerError> {
        let parsed: File = toml::from_str(body).map_err(|e| GazetteerError::Parse {
            file: file.to_string(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        let count = parsed.entity.len();
        for entry in parsed.entity {
            validate(file, &entry)?;
            self.entries.insert(entry.id.clone(), entry);
        }
        Ok(count)
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    pub fn alias_count(&self) -> usize {
        self.entries.values().map(|e| e.aliases.len()).sum()
    }
}

fn validate(file: &str, entry: &Entry) -> Result<(), GazetteerError> {
    let bad = |message: &str| GazetteerError::Invalid {
        file: file.to_string(),
        id: entry.id.clone(),
        message: message.to_string(),
    };
    if entry.id.is_empty()
        || !entry
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(bad("id must be lowercase ASCII letters, digits and '-'"));
    }
    if entry.name.trim().is_empty() {
        return Err(bad("name is empty"));
    }
    if entry.aliases.iter().any(|a| a.trim().is_empty()) {
        return Err(bad("an alias is empty"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_gazetteer_loads() {
        let g = Gazetteer::builtin().unwrap();
        assert!(g.get("kim-jong-un").is_some());
    }

    #[test]
    fn bad_entries_are_reported_with_their_id() {
        let mut g = Gazetteer::default();
        let err = g
            .add_file(
                "x.toml",
                "[[entity]]\nid = \"Bad Id\"\nname = \"X\"\ntype = \"person\"\n",
            )
            .unwrap_err();
        assert!(err.to_string().contains("Bad Id"), "{err}");
        let err = g
            .add_file(
                "y.toml",
                "[[entity]]\nid = \"x\"\nname = \"X\"\ntype = \"robot\"\n",
            )
            .unwrap_err();
        assert!(err.to_string().starts_with("y.toml"), "{err}");
    }
}
