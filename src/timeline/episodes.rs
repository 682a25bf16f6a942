//! Trips. The reports of one trip tell several events: the arrival, the
//! talks, a visit to a factory, a parade, the departure. Each stays an
//! event of its own, with its own date; an episode links them, with the
//! arrival and departure days as its bounds. A trip is a person abroad:
//! someone the gazetteer places in one country, taking part in events in
//! another, days apart. The host is at home and travels nowhere (Kim
//! Jong-un receiving Sergueï Lavrov in Pyongyang is Lavrov's trip).

use crate::affinity::Geography;
use crate::model::{DateInterval, EntityRef, Episode, Event, EventType, Modality, Precision};
use std::collections::BTreeMap;

/// An event dated more widely than this many days cannot be placed in a
/// trip (a visit `en juillet` is not a moment of the trip of the 12th).
const MOMENT_DAYS: i64 = 7;

/// Two events of one person in one country more than this many days apart
/// (from the end of one to the start of the next) are two trips. State
/// visits and working trips last from one day to a week, and their
/// reports leave no wider silence between the arrival and the departure.
const GAP_DAYS: i64 = 4;

/// Between an arrival and a departure the traveller is abroad, however
/// quiet the reports: an arrival keeps its run open this many days for a
/// departure (state visits and working trips last up to about a week).
const TRIP_DAYS: i64 = 14;

/// Link the events of each trip into an episode; sets `episode` on each
/// linked event (the first trip by date when a person's event belongs to
/// two: both travellers' trips list it). `events` carry their final ids.
pub(super) fn link(events: &mut [Event], geography: &Geography) -> Vec<Episode> {
    // (traveller, country visited) -> events
    let mut trips: BTreeMap<(String, String), (EntityRef, Vec<usize>)> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        let Some(date) = e.date else { continue };
        if !is_moment_of_trip(e) || date.days() > MOMENT_DAYS {
            continue;
        }
        let Some(country) = one_country(e, geography) else {
            continue;
        };
        for p in &e.participants {
            let Some(home) = geography.home_of(&p.id) else {
                continue;
            };
            if home != country {
                let key = (p.id.clone(), country.to_string());
                trips
                    .entry(key)
                    .or_insert_with(|| (p.clone(), Vec::new()))
                    .1
                    .push(i);
            }
        }
    }
    let mut episodes: Vec<Episode> = Vec::new();
    for ((_, country), (traveller, mut moments)) in trips {
        moments.sort_by_key(|&i| {
            let d = events[i].date.expect("dated");
            (d.start, d.end, i)
        });
        let mut run: Vec<usize> = Vec::new();
        let mut run_end: Option<chrono::NaiveDate> = None;
        for i in moments {
            let d = events[i].date.expect("dated");
            let awaited = events[i].event_type == EventType::Departure
                && run.iter().any(|&r| {
                    events[r].event_type == EventType::Arrival
                        && events[r]
                            .date
                            .is_some_and(|a| (d.start - a.start).num_days() <= TRIP_DAYS)
                })
                && !run
                    .iter()
                    .any(|&r| events[r].event_type == EventType::Departure);
            if !awaited && run_end.is_some_and(|end| (d.start - end).num_days() > GAP_DAYS) {
                episodes.extend(episode(events, &run, &traveller, &country, geography));
                run.clear();
                run_end = None;
            }
            run.push(i);
            run_end = Some(run_end.map_or(d.end, |end| end.max(d.end)));
        }
        episodes.extend(episode(events, &run, &traveller, &country, geography));
    }
    episodes.sort_by(|a, b| {
        (a.date.start, a.date.end, &a.traveller.id).cmp(&(
            b.date.start,
            b.date.end,
            &b.traveller.id,
        ))
    });
    let index: BTreeMap<String, usize> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    for (n, ep) in episodes.iter_mut().enumerate() {
        ep.id = format!("ep-{:04}", n + 1);
        for id in &ep.events {
            if let Some(&i) = index.get(id) {
                events[i].episode.get_or_insert_with(|| ep.id.clone());
            }
        }
    }
    episodes
}

/// The episode of a run of one traveller's events in one country: two
/// events at least, one of them a movement or a visit (talks alone, a
/// day apart, are no trip we can tell).
fn episode(
    events: &[Event],
    run: &[usize],
    traveller: &EntityRef,
    country: &str,
    geography: &Geography,
) -> Option<Episode> {
    let of_type = |t: EventType| run.iter().copied().find(|&i| events[i].event_type == t);
    let travels = run.iter().any(|&i| {
        matches!(
            events[i].event_type,
            EventType::Arrival | EventType::Departure | EventType::Visit
        )
    });
    if run.len() < 2 || !travels {
        return None;
    }
    let arrival = of_type(EventType::Arrival);
    let departure = run
        .iter()
        .copied()
        .rev()
        .find(|&i| events[i].event_type == EventType::Departure);
    let dates: Vec<DateInterval> = run.iter().filter_map(|&i| events[i].date).collect();
    // the arrival is the first day and the departure the last when the
    // reports agree; the events' own dates bound it in any case
    let start = dates.iter().map(|d| d.start).min()?;
    let end = dates.iter().map(|d| d.end).max()?;
    Some(Episode {
        id: String::new(),
        traveller: traveller.clone(),
        country: EntityRef::new(country, geography.name_of(country).unwrap_or(country)),
        date: DateInterval::new(start, end, Precision::Day),
        arrival: arrival.map(|i| events[i].id.clone()),
        departure: departure.map(|i| events[i].id.clone()),
        events: run.iter().map(|&i| events[i].id.clone()).collect(),
    })
}

/// The kinds of event a trip is made of, told as done or to come (a
/// denied or supposed event is no moment of a trip).
fn is_moment_of_trip(e: &Event) -> bool {
    matches!(
        e.event_type,
        EventType::Arrival
            | EventType::Departure
            | EventType::Visit
            | EventType::Reception
            | EventType::Meeting
            | EventType::Ceremony
    ) && matches!(e.status, Modality::Occurred | Modality::Planned)
}

/// The one country the event's places are or lie in; none when its places
/// span two countries or none is known.
fn one_country<'g>(e: &'g Event, geography: &'g Geography) -> Option<&'g str> {
    let mut found: Option<&str> = None;
    for p in &e.places {
        let c = geography.country_or_self(&p.id)?;
        match found {
            Some(f) if f != c => return None,
            _ => found = Some(c),
        }
    }
    found
}
