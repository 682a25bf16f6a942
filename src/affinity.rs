//! Which event mentions can describe the same real-world event: the type
//! groups and the actor affinity that consolidation clusters by
//! ([`crate::timeline`]) and that the publication inference matches
//! landmarks by ([`crate::publication::corpus`]). A home of its own so that
//! publication sits below timeline.

use crate::model::{EventMention, EventType};
use std::collections::{BTreeMap, BTreeSet};

/// Types that can describe the same real-world event.
pub fn type_group(t: EventType) -> u8 {
    match t {
        // a leader received by another is the visit seen from the host
        EventType::Visit | EventType::Meeting | EventType::Reception => 0,
        EventType::Arrival => 1,
        EventType::Departure | EventType::Travel => 2,
        // an announcement, a statement or a denial of the same day by the
        // same actors are one report
        EventType::Announcement | EventType::Statement | EventType::Denial => 3,
        EventType::Invitation => 5,
        EventType::Agreement | EventType::Ratification => 6,
        EventType::Military | EventType::Deployment | EventType::Combat => 7,
        EventType::Launch => 8,
        EventType::Other => 9,
        EventType::Ceremony => 10,
        EventType::Summons => 11,
    }
}

/// How well a mention fits an event with these actors: shared participants
/// count most, then places. A mention that names no participant fits only
/// an event that names none either: "visits of Russian officials in 2023"
/// is not the Kim-Putin summit of September 2023 just because both are in
/// Russia.
pub fn affinity(
    m: &EventMention,
    participants: &BTreeSet<String>,
    places: &BTreeSet<String>,
) -> usize {
    let shared_people = m
        .participants
        .iter()
        .filter(|r| participants.contains(&r.id))
        .count();
    let shared_places = m.places.iter().filter(|r| places.contains(&r.id)).count();
    match (m.participants.is_empty(), participants.is_empty()) {
        (false, false) if shared_people == 0 => 0,
        (false, false) => shared_people * 4 + shared_places,
        (true, false) => 0,
        _ => shared_places,
    }
}

/// Which country each place lies in (`vladivostok` → `russie`), from the
/// gazetteer's ISO codes ([`crate::gazetteer::Gazetteer::containing_countries`]):
/// a report that names only the country may be the report of an event
/// another names by its city.
#[derive(Debug, Clone, Default)]
pub struct Geography {
    within: BTreeMap<String, String>,
    countries: BTreeSet<String>,
}

impl Geography {
    pub fn new(within: BTreeMap<String, String>) -> Geography {
        let countries = within.values().cloned().collect();
        Geography { within, countries }
    }

    /// The country a place lies in; none for a country or an unknown place.
    pub fn country_of(&self, place: &str) -> Option<&str> {
        self.within.get(place).map(String::as_str)
    }

    /// True for a country: an id that some place lies in.
    pub fn is_country(&self, id: &str) -> bool {
        self.countries.contains(id)
    }
}
