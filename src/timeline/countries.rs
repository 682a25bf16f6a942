//! A report that names only a country (`à l'automne 2024, des milliers de
//! soldats sont dépêchés en Russie`) and a report of the same kind that
//! names a place of that country (`un premier contingent acheminé jusqu'à
//! Vladivostok entre le 8 et le 13 octobre`) share no place id, so the
//! clustering by shared actors keeps them apart. When neither names a
//! participant, the country-only event is coarser than the other and
//! holds its date, and it is the only such event, the two are one (other
//! places the country-only report names, outside that country, such as
//! the sender's capital, do not matter).
//! Several candidates are left apart: which one it is, the reports do
//! not say (precision first).

use super::Cluster;
use crate::affinity::{Geography, type_group};
use std::collections::BTreeMap;

/// Merge each participant-less cluster that names a country, and no place
/// in it, into the one more precise participant-less cluster of its type
/// group that names a place of that country and whose date it holds.
pub(super) fn merge_country_reports(list: &mut Vec<Cluster>, geography: &Geography) {
    // precise clusters by (type group, country of one of their places),
    // each list ordered by first day: a country-only report looks only at
    // the clusters that start inside its own dates (a scan of every
    // cluster of the country was quadratic at archive scale)
    let mut inside: BTreeMap<(u8, &str), Vec<(chrono::NaiveDate, usize)>> = BTreeMap::new();
    for (i, c) in list.iter().enumerate() {
        if !c.participants.is_empty() {
            continue;
        }
        let (Some(date), Some(group)) = (c.date, group_of(c)) else {
            continue;
        };
        for p in &c.places {
            if let Some(country) = geography.country_of(p) {
                let slot = inside.entry((group, country)).or_default();
                // `i` grows: its entries are the last ones of a slot
                if slot.last().map(|&(_, j)| j) != Some(i) {
                    slot.push((date.start, i));
                }
            }
        }
    }
    for slot in inside.values_mut() {
        slot.sort_unstable();
    }
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let (Some(date), Some(group)) = (c.date, group_of(c)) else {
            continue;
        };
        if !c.participants.is_empty() {
            continue;
        }
        // countries named, with no place of theirs named
        let countries_only: Vec<&str> = c
            .places
            .iter()
            .map(String::as_str)
            .filter(|p| geography.is_country(p))
            .filter(|p| !c.places.iter().any(|q| geography.country_of(q) == Some(p)))
            .collect();
        // the clusters whose dates this one holds, more precise; two are
        // already too many
        let mut fits: Vec<usize> = Vec::new();
        'countries: for p in &countries_only {
            let Some(slot) = inside.get(&(group, *p)) else {
                continue;
            };
            let from = slot.partition_point(|&(start, _)| start < date.start);
            for &(start, j) in &slot[from..] {
                if start > date.end {
                    break;
                }
                let holds = list[j]
                    .date
                    .is_some_and(|d| date.contains(&d) && d.days() < date.days());
                if j != i && holds && !fits.contains(&j) {
                    fits.push(j);
                    if fits.len() > 1 {
                        break 'countries;
                    }
                }
            }
        }
        if let [only] = fits[..] {
            moves.push((i, only));
        }
    }
    for (from, to) in moves {
        let mentions = std::mem::take(&mut list[from].mentions);
        let conflicts = std::mem::take(&mut list[from].conflicts);
        let target = &mut list[to];
        target.conflicts.extend(conflicts);
        for m in mentions {
            target.push(m, geography);
        }
    }
    list.retain(|c| !c.mentions.is_empty());
}

/// The type group of a cluster whose mentions all share one.
fn group_of(c: &Cluster) -> Option<u8> {
    let first = type_group(c.mentions.first()?.event_type);
    c.mentions
        .iter()
        .all(|m| type_group(m.event_type) == first)
        .then_some(first)
}
