//! Live blogs: the binary on a page cut by time lines (`16h40`), published
//! on a known day (`Publié le 12/03/2021`, no metadata). What an entry tells
//! in the present or the passé composé happens that day (date rule
//! `live-entry`); what it tells in the plus-que-parfait keeps its own date,
//! and what it announces stays planned (tests/fixtures/live).

mod common;

use common::timeline_report;
use newsx::model::{Event, EventType, Report};

const FIXTURE: &str = "tests/fixtures/live";

fn of_type(report: &Report, event_type: EventType) -> Vec<&Event> {
    report
        .events
        .iter()
        .filter(|e| e.event_type == event_type)
        .collect()
}

fn day(event: &Event) -> Option<String> {
    event
        .date
        .as_ref()
        .map(|d| format!("{}/{}", d.start, d.end))
}

fn rules(event: &Event) -> Vec<&str> {
    event
        .sources
        .iter()
        .filter_map(|s| s.date_rule.as_deref())
        .collect()
}

#[test]
fn an_entry_dates_what_it_tells_now_on_the_pages_day() {
    for args in [vec![FIXTURE], vec![FIXTURE, "--no-metadata"]] {
        let report = timeline_report(&args);
        // `14h05 — … ont signé un protocole`: the passé composé
        let agreements = of_type(&report, EventType::Agreement);
        assert_eq!(agreements.len(), 1, "{agreements:#?}");
        assert_eq!(day(agreements[0]).as_deref(), Some("2021-03-12/2021-03-12"));
        assert!(rules(agreements[0]).contains(&"live-entry"));
        // `09h15 — La délégation russe est arrivée`
        let arrivals = of_type(&report, EventType::Arrival);
        assert_eq!(arrivals.len(), 1, "{arrivals:#?}");
        assert_eq!(day(arrivals[0]).as_deref(), Some("2021-03-12/2021-03-12"));
        // `avait annoncé mercredi`: its own day, two days before
        let announcements = of_type(&report, EventType::Announcement);
        assert_eq!(announcements.len(), 1, "{announcements:#?}");
        assert_eq!(
            day(announcements[0]).as_deref(),
            Some("2021-03-10/2021-03-10")
        );
        assert!(!rules(announcements[0]).contains(&"live-entry"));
        // `rencontrera vendredi`: announced, not told as done
        for meeting in of_type(&report, EventType::Meeting) {
            assert!(!rules(meeting).contains(&"live-entry"), "{meeting:#?}");
        }
    }
}
