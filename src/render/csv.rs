//! CSV for spreadsheets: one row per event (or per entity), a header row,
//! RFC 4180 quoting by the `csv` crate. Enum values stay in English as in
//! JSON; lists are joined with `; `.

use crate::model::{EntityRef, EntitySummary, Report};

/// The columns of `newsx timeline --format csv`, in order.
pub const EVENT_COLUMNS: [&str; 14] = [
    "id",
    "date_start",
    "date_end",
    "precision",
    "type",
    "status",
    "headline",
    "participants",
    "places",
    "sources",
    "documents",
    "confidence",
    "first_document",
    "first_quote",
];

/// The columns of `newsx entities --format csv`, in order.
pub const ENTITY_COLUMNS: [&str; 7] = [
    "id",
    "name",
    "type",
    "mentions",
    "documents",
    "variants",
    "found_by",
];

fn join(refs: &[EntityRef]) -> String {
    refs.iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

fn finish(w: csv::Writer<Vec<u8>>) -> anyhow::Result<String> {
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(String::from_utf8(bytes)?)
}

/// One row per event; undated events have empty date columns.
pub fn events_csv(report: &Report) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(EVENT_COLUMNS)?;
    for e in &report.events {
        let first = e.sources.first();
        w.write_record([
            e.id.clone(),
            e.date.map_or(String::new(), |d| d.start.to_string()),
            e.date.map_or(String::new(), |d| d.end.to_string()),
            e.date
                .map_or(String::new(), |d| d.precision.as_str().to_string()),
            e.event_type.as_str().to_string(),
            e.status.as_str().to_string(),
            e.title.clone(),
            join(&e.participants),
            join(&e.places),
            e.sources.len().to_string(),
            e.independent_sources.to_string(),
            format!("{:.2}", e.confidence),
            first.map_or(String::new(), |s| s.document.clone()),
            first.map_or(String::new(), |s| s.quote.clone()),
        ])?;
    }
    finish(w)
}

/// One row per entity.
pub fn entities_csv(entities: &[EntitySummary]) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(ENTITY_COLUMNS)?;
    for e in entities {
        let found_by: Vec<String> = e
            .found_by
            .iter()
            .map(|f| {
                serde_json::to_value(f)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            })
            .collect();
        w.write_record([
            e.id.clone(),
            e.name.clone(),
            e.entity_type.as_str().to_string(),
            e.mentions.to_string(),
            e.documents.len().to_string(),
            e.variants.join("; "),
            found_by.join("; "),
        ])?;
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityType, FoundBy};

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        let e = EntitySummary {
            id: "x".into(),
            name: "Kim, \"le jeune\"\nJong-un".into(),
            entity_type: EntityType::Person,
            mentions: 2,
            documents: vec!["a".into()],
            variants: vec!["Kim".into(), "M. Kim".into()],
            found_by: vec![FoundBy::Gazetteer, FoundBy::Rule],
        };
        let out = entities_csv(&[e]).unwrap();
        assert_eq!(
            out,
            "id,name,type,mentions,documents,variants,found_by\n\
             x,\"Kim, \"\"le jeune\"\"\nJong-un\",person,2,1,Kim; M. Kim,gazetteer; rule\n"
        );
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[1], "Kim, \"le jeune\"\nJong-un");
    }
}
