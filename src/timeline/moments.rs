//! Moments of one trip told too coarsely to be told apart. A ceremony a
//! visitor attends (`l'invité d'honneur d'un défilé militaire à Pyongyang`)
//! and the visit itself (`avait été reçu à Pyongyang en juillet`) are kept
//! as two events when the reports date them to the day (a welcome ceremony
//! on the 19th, the talks of the same trip); when one of them is dated only
//! to the month or more coarsely, nothing tells them apart, and two events
//! would claim more than the reports say (precision first): the ceremony
//! joins the visit.

use super::{Cluster, fold_cluster_into};
use crate::affinity::Geography;
use crate::model::{DateInterval, EventType};
use std::collections::BTreeMap;

/// A date at least this many days wide cannot tell two moments of a trip apart.
const COARSE_DAYS: i64 = 28;

/// Merge each ceremony cluster into the visit cluster it is a coarsely
/// told moment of: the same people (one shared participant at least), the
/// same place, one date inside the other and one of them coarse.
pub(super) fn merge_trip_moments(list: &mut Vec<Cluster>, geography: &Geography) {
    // visit clusters by participant: a ceremony is compared only with the
    // visits of its own people (a corpus has thousands of each)
    let mut visits: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in list.iter().enumerate() {
        if c.date.is_some() && is_trip(c) {
            for p in &c.participants {
                visits.entry(p.clone()).or_default().push(i);
            }
        }
    }
    for ci in 0..list.len() {
        let (Some(date), true) = (list[ci].date, is_ceremony(&list[ci])) else {
            continue;
        };
        let mut theirs: Vec<usize> = list[ci]
            .participants
            .iter()
            .flat_map(|p| visits.get(p).into_iter().flatten())
            .copied()
            .collect();
        theirs.sort_unstable();
        theirs.dedup();
        let best = theirs
            .into_iter()
            .filter(|&vi| vi != ci && !list[vi].mentions.is_empty())
            .filter(|&vi| list[vi].date.is_some_and(|v| one_moment(&v, &date)))
            .filter(|&vi| !list[vi].places.is_disjoint(&list[ci].places))
            .map(|vi| {
                (
                    list[vi]
                        .participants
                        .intersection(&list[ci].participants)
                        .count(),
                    vi,
                )
            })
            .filter(|(shared, _)| *shared > 0)
            .max_by_key(|&(shared, vi)| (shared, std::cmp::Reverse(vi)));
        let Some((_, vi)) = best else {
            continue;
        };
        fold_cluster_into(list, ci, vi, date, geography);
    }
    list.retain(|c| !c.mentions.is_empty());
}

/// Two dates that may be one moment of a trip: one inside the other, and
/// the wider one coarse.
fn one_moment(a: &DateInterval, b: &DateInterval) -> bool {
    let (wide, narrow) = if a.days() >= b.days() { (a, b) } else { (b, a) };
    wide.contains(narrow) && wide.days() >= COARSE_DAYS
}

/// A cluster of ceremonies only.
fn is_ceremony(c: &Cluster) -> bool {
    !c.mentions.is_empty()
        && c.mentions
            .iter()
            .all(|m| m.event_type == EventType::Ceremony)
}

/// A cluster that tells a trip: a visit or a reception (talks alone are
/// not a trip: a parade and talks of the same day stay two events).
fn is_trip(c: &Cluster) -> bool {
    c.mentions
        .iter()
        .any(|m| matches!(m.event_type, EventType::Visit | EventType::Reception))
}
