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
    /// The country each known person is from (`kim-jong-un` → `coree-du-nord`).
    homes: BTreeMap<String, String>,
    /// Display names of the countries (`russie` → `Russie`).
    names: BTreeMap<String, String>,
}

impl Geography {
    pub fn new(within: BTreeMap<String, String>) -> Geography {
        let countries = within.values().cloned().collect();
        Geography {
            within,
            countries,
            homes: BTreeMap::new(),
            names: BTreeMap::new(),
        }
    }

    /// Places, people and country names of a gazetteer.
    pub fn from_gazetteer(gazetteer: &crate::gazetteer::Gazetteer) -> Geography {
        let mut geography =
            Geography::new(gazetteer.containing_countries()).with_homes(gazetteer.home_countries());
        geography.names = geography
            .countries
            .iter()
            .filter_map(|id| Some((id.clone(), gazetteer.get(id)?.name.clone())))
            .collect();
        geography
    }

    /// The display name of a country, when known.
    pub fn name_of(&self, country: &str) -> Option<&str> {
        self.names.get(country).map(String::as_str)
    }

    /// The same, knowing where people are from
    /// ([`crate::gazetteer::Gazetteer::home_countries`]).
    pub fn with_homes(mut self, homes: BTreeMap<String, String>) -> Geography {
        self.countries.extend(homes.values().cloned());
        self.homes = homes;
        self
    }

    /// The country a person is from, when the gazetteer knows it.
    pub fn home_of(&self, person: &str) -> Option<&str> {
        self.homes.get(person).map(String::as_str)
    }

    /// The country a place is or lies in.
    pub fn country_or_self<'a>(&'a self, place: &'a str) -> Option<&'a str> {
        if self.is_country(place) {
            Some(place)
        } else {
            self.country_of(place)
        }
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
