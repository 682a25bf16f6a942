//! The JSON format of Knight Lab's TimelineJS
//! (<https://timeline.knightlab.com/docs/json-format.html>): a title slide
//! and one slide per *dated* event. Month and day are omitted when the
//! date's precision is coarser, so TimelineJS shows "2019", not 1 Jan 2019;
//! `end_date` is given only when the interval spans more than one unit of
//! its precision. `group` is the event type; `text.text` is escaped HTML.

use super::html::esc;
use super::labels;
use crate::model::{DateInterval, Precision, Report};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlDate {
    pub year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlText {
    pub headline: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlSlide {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TlDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<TlDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    pub text: TlText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlTimeline {
    pub title: TlSlide,
    pub events: Vec<TlSlide>,
}

/// A day cut to the grain of a precision.
pub fn tl_date(d: NaiveDate, p: Precision) -> TlDate {
    let (month, day) = match p {
        Precision::Day | Precision::Week => (Some(d.month()), Some(d.day())),
        Precision::Month | Precision::Season => (Some(d.month()), None),
        Precision::Year | Precision::Decade => (None, None),
    };
    TlDate {
        year: d.year(),
        month,
        day,
    }
}

/// Start and (when different at that grain) end of an interval.
pub fn tl_dates(i: &DateInterval) -> (TlDate, Option<TlDate>) {
    let start = tl_date(i.start, i.precision);
    let end = tl_date(i.end, i.precision);
    let end = (end != start).then_some(end);
    (start, end)
}

pub fn timeline(report: &Report) -> TlTimeline {
    let events = report
        .events
        .iter()
        .filter_map(|e| {
            let d = e.date?;
            let (start, end) = tl_dates(&d);
            let mut text = String::new();
            text.push_str(&format!("<p><b>{}</b>", labels::status(e.status)));
            if !e.participants.is_empty() {
                let who: Vec<String> = e.participants.iter().map(|r| esc(&r.name)).collect();
                text.push_str(&format!(" · qui : {}", who.join(", ")));
            }
            if !e.places.is_empty() {
                let at: Vec<String> = e.places.iter().map(|r| esc(&r.name)).collect();
                text.push_str(&format!(" · où : {}", at.join(", ")));
            }
            text.push_str("</p>");
            for s in &e.sources {
                text.push_str(&format!(
                    "<blockquote>{}<br><small>{}</small></blockquote>",
                    esc(s.quote.trim()),
                    esc(&s.document)
                ));
            }
            Some(TlSlide {
                unique_id: Some(e.id.clone()),
                start_date: Some(start),
                end_date: end,
                display_date: Some(d.iso()),
                text: TlText {
                    headline: e.title.clone(),
                    text,
                },
                group: Some(e.event_type.as_str().to_string()),
            })
        })
        .collect();
    let ok = report
        .documents
        .iter()
        .filter(|d| d.status == crate::model::DocStatus::Ok)
        .count();
    TlTimeline {
        title: TlSlide {
            unique_id: None,
            start_date: None,
            end_date: None,
            display_date: None,
            text: TlText {
                headline: "Chronologie".into(),
                text: format!(
                    "<p>{ok} articles, {} événements. Généré par {}.</p>",
                    report.events.len(),
                    esc(&report.generator)
                ),
            },
            group: None,
        },
        events,
    }
}

/// The TimelineJS JSON, pretty-printed.
pub fn timelinejs(report: &Report) -> anyhow::Result<String> {
    Ok(serde_json::to_string_pretty(&timeline(report))? + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(s: &str) -> DateInterval {
        DateInterval::parse_iso(s).unwrap()
    }

    #[test]
    fn coarse_precisions_omit_month_and_day() {
        let (s, e) = tl_dates(&iv("2019"));
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"year":2019}"#);
        assert_eq!(e, None);
        let (s, e) = tl_dates(&iv("2000-07"));
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"year":2000,"month":7}"#
        );
        assert_eq!(e, None);
        let (s, e) = tl_dates(&iv("2024-06-18/2024-06-19"));
        assert_eq!(s.day, Some(18));
        assert_eq!(e.unwrap().day, Some(19));
    }
}
