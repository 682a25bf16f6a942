//! Events that last: the binary on articles that give a visit's length
//! (`pour une visite de trois jours`), its last day after a verb of ending
//! (`achève ce samedi une visite de trois jours`) or its bounds (`depuis le
//! 29 mars … jusqu'au 3 avril`) prints the visit over its days, while the
//! arrival keeps its own day (tests/fixtures/stays).

mod common;

use common::timeline_report;
use newsx::model::{Event, EventType, Report};

const FIXTURE: &str = "tests/fixtures/stays";

fn days(event: &Event) -> Option<(String, String)> {
    event
        .date
        .as_ref()
        .map(|d| (d.start.to_string(), d.end.to_string()))
}

fn one<'r>(report: &'r Report, event_type: EventType, who: &str) -> &'r Event {
    let found: Vec<&Event> = report
        .events
        .iter()
        .filter(|e| e.event_type == event_type && e.participants.iter().any(|p| p.id == who))
        .collect();
    assert_eq!(found.len(), 1, "{event_type:?} of {who}: {found:#?}");
    found[0]
}

#[test]
fn a_visit_spans_its_days_and_its_arrival_keeps_its_own() {
    let report = timeline_report(&[FIXTURE]);
    // Thursday 11 March 2021, for three days; the report of Saturday 13
    // ends the same three days: both reports are one visit
    let visit = one(&report, EventType::Visit, "serguei-lavrov");
    assert_eq!(
        days(visit),
        Some(("2021-03-11".into(), "2021-03-13".into()))
    );
    let rules: Vec<&str> = visit
        .sources
        .iter()
        .filter_map(|s| s.date_rule.as_deref())
        .collect();
    assert!(rules.contains(&"stay-length"), "{rules:?}");
    assert!(rules.contains(&"stay-length-to"), "{rules:?}");
    let arrival = one(&report, EventType::Arrival, "serguei-lavrov");
    assert_eq!(
        days(arrival),
        Some(("2021-03-11".into(), "2021-03-11".into()))
    );
    // the arrival and the visit are one trip
    assert!(visit.episode.is_some());
    assert_eq!(visit.episode, arrival.episode);
}

#[test]
fn a_first_and_a_last_day_bound_a_stay_and_a_last_day_alone_dates_nothing() {
    let report = timeline_report(&[FIXTURE]);
    // `depuis le 29 mars … qui doit durer jusqu'au 3 avril`, written on 2 April
    let visit = one(&report, EventType::Visit, "kim-jong-un");
    assert_eq!(
        days(visit),
        Some(("2021-03-29".into(), "2021-04-03".into()))
    );
    // `séjournera en Russie jusqu'à la fin du mois`: no source is dated by it
    assert!(
        visit
            .sources
            .iter()
            .filter(|s| s.document == "b_depart")
            .all(|s| s.date_rule.is_none()),
        "{:#?}",
        visit.sources
    );
}
