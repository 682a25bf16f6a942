//! The reference chronology (`data/chronology.toml`, `--chronology FILE`):
//! dated events on record, which help date the articles that give no
//! publication date (see [`crate::publication::corpus`]). They are
//! landmarks only, never events of a report.

use crate::gazetteer::Gazetteer;
use crate::model::{DateInterval, EventType};
use crate::publication::corpus::Landmark;
use serde::Deserialize;
use std::collections::BTreeSet;

const BUILTIN: &str = include_str!("../../data/chronology.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    event: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    date: String,
    #[serde(rename = "type")]
    event_type: EventType,
    title: String,
    #[serde(default)]
    participants: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
}

/// The built-in chronology, checked against the built-in gazetteer.
pub fn builtin(gazetteer: &Gazetteer) -> anyhow::Result<Vec<Landmark>> {
    parse("data/chronology.toml", BUILTIN, gazetteer)
}

/// Read one chronology file; every unknown id or bad date is an error that
/// names the file and the entry.
pub fn parse(file: &str, body: &str, gazetteer: &Gazetteer) -> anyhow::Result<Vec<Landmark>> {
    let parsed: File = toml::from_str(body).map_err(|e| anyhow::anyhow!("{file}: {e}"))?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (n, e) in parsed.event.into_iter().enumerate() {
        let at = format!("{file}: event {} ({})", n + 1, e.title);
        let Some(date) = DateInterval::parse_iso(&e.date) else {
            errors.push(format!(
                "{at}: date {:?} is not YYYY-MM-DD, YYYY-MM or START/END",
                e.date
            ));
            continue;
        };
        let unknown: Vec<&String> = e
            .participants
            .iter()
            .chain(e.places.iter())
            .filter(|id| gazetteer.get(id).is_none())
            .collect();
        if !unknown.is_empty() {
            errors.push(format!(
                "{at}: unknown gazetteer id(s) {}",
                unknown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            continue;
        }
        out.push(Landmark {
            group: crate::affinity::type_group(e.event_type),
            date,
            participants: e.participants.into_iter().collect(),
            places: e.places.into_iter().collect(),
            documents: BTreeSet::new(),
            label: format!(
                "{}, {} (chronology)",
                e.title,
                crate::temporal::resolve::value_of(&date)
            ),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        anyhow::bail!("{}", errors.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_chronology_reads_and_names_known_entities() {
        let g = crate::test_data::gazetteer();
        let list = builtin(g).unwrap();
        assert!(list.len() >= 20);
        assert!(list.iter().all(|l| l.label.ends_with("(chronology)")));
        assert!(list.iter().all(|l| l.documents.is_empty()));
    }

    #[test]
    fn mistakes_name_the_file_and_the_entry() {
        let g = crate::test_data::gazetteer();
        let body = r#"
[[event]]
date = "2023-13-45"
type = "visit"
title = "bad date"

[[event]]
date = "2023-09-13"
type = "meeting"
title = "bad id"
participants = ["nobody-at-all"]
"#;
        let err = parse("mine.toml", body, g).unwrap_err().to_string();
        assert!(err.contains("mine.toml: event 1 (bad date): date"), "{err}");
        assert!(
            err.contains("mine.toml: event 2 (bad id): unknown gazetteer id(s) nobody-at-all"),
            "{err}"
        );
        let err = parse("mine.toml", "[[event]]\ndate = 3", g)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("mine.toml: "), "{err}");
    }
}
