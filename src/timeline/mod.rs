//! Consolidation: the event mentions of the whole corpus become one line per
//! real-world event.
//!
//! Only this stage sees the whole corpus, and it sees only event mentions
//! (never article text), so its memory grows with the number of events.
//! Dated mentions are clustered first (compatible type, shared actor,
//! overlapping dates); undated mentions then join the cluster they fit
//! best, and stay in the undated section when none fits.

mod countries;
mod episodes;
mod headline;
mod instruments;
mod moments;

use crate::affinity::{Geography, affinity, type_group};
use crate::model::{
    Conflict, DateInterval, DocExtract, DocStatus, EntityRef, Event, EventMention, EventType,
    Modality, Report, SCHEMA_VERSION, Source,
};
use crate::publication;
pub use crate::publication::corpus::Landmark;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A cluster of mentions being built, with its actor sets kept up to date
/// (they are compared for every incoming mention).
#[derive(Debug, Clone)]
struct Cluster {
    mentions: Vec<EventMention>,
    date: Option<DateInterval>,
    conflicts: Vec<Conflict>,
    participants: BTreeSet<String>,
    places: BTreeSet<String>,
    documents: BTreeSet<String>,
    /// What is read of every mention when a new one is compared with the
    /// cluster, gathered once at `push` rather than by a scan of every
    /// mention per comparison (quadratic when thousands of reports make
    /// one event): the countries of their attached places
    /// ([`attached_countries`]), their types, their modalities, and the
    /// distinct sets of two or more people they name ([`other_encounter`]).
    attached_countries: BTreeSet<String>,
    event_types: BTreeSet<EventType>,
    modalities: BTreeSet<Modality>,
    encounters: BTreeSet<Vec<String>>,
}

impl Cluster {
    fn new(m: EventMention, date: Option<DateInterval>, geography: &Geography) -> Cluster {
        let mut c = Cluster {
            mentions: Vec::new(),
            date,
            conflicts: Vec::new(),
            participants: BTreeSet::new(),
            places: BTreeSet::new(),
            documents: BTreeSet::new(),
            attached_countries: BTreeSet::new(),
            event_types: BTreeSet::new(),
            modalities: BTreeSet::new(),
            encounters: BTreeSet::new(),
        };
        c.push(m, geography);
        c
    }

    fn push(&mut self, m: EventMention, geography: &Geography) {
        self.participants
            .extend(m.participants.iter().map(|r| r.id.clone()));
        self.places.extend(m.places.iter().map(|r| r.id.clone()));
        self.documents.insert(m.document.to_string());
        self.attached_countries
            .extend(attached_countries(&m, geography));
        if let Some(people) = encounter(&m) {
            self.encounters.insert(people);
        }
        self.event_types.insert(m.event_type);
        self.modalities.insert(m.modality);
        self.mentions.push(m);
    }

    fn affinity(&self, m: &EventMention) -> usize {
        affinity(m, &self.participants, &self.places)
    }
}

/// Moves the reports and conflicts of cluster `from` into cluster `into`,
/// whose date narrows to what it shares with `date` (the moved cluster's):
/// a moment of a trip joining its visit, an unsigned signing joining the
/// named one. `from` is left empty, for the caller to drop.
fn fold_cluster_into(
    list: &mut [Cluster],
    from: usize,
    into: usize,
    date: DateInterval,
    geography: &Geography,
) {
    let mentions = std::mem::take(&mut list[from].mentions);
    let conflicts = std::mem::take(&mut list[from].conflicts);
    let target = &mut list[into];
    target.date = target.date.and_then(|d| d.intersect(&date));
    target.conflicts.extend(conflicts);
    for m in mentions {
        target.push(m, geography);
    }
}

/// Clusters indexed by (type group, actor id): a mention is compared only
/// with the clusters that share one of its people or places, never with
/// all of them, so consolidation stays near-linear on large corpora.
#[derive(Default)]
struct Clusters {
    list: Vec<Cluster>,
    index: HashMap<(u8, String), Vec<usize>>,
}

impl Clusters {
    /// Clusters of the mention's type group sharing an actor, in creation order.
    fn candidates(&self, m: &EventMention) -> Vec<usize> {
        let group = type_group(m.event_type);
        let mut out: Vec<usize> = m
            .participants
            .iter()
            .chain(m.places.iter())
            .filter_map(|r| self.index.get(&(group, r.id.clone())))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn add(&mut self, i: usize, m: EventMention, geography: &Geography) {
        let group = type_group(m.event_type);
        let c = &self.list[i];
        // a slot holds `i` exactly when the cluster already has the actor
        // (a cluster's mentions share one type group): look at the cluster's
        // sets, not along the slot, which grows with the corpus
        for r in m.participants.iter().chain(m.places.iter()) {
            if c.participants.contains(&r.id) || c.places.contains(&r.id) {
                continue;
            }
            let slot = self.index.entry((group, r.id.clone())).or_default();
            if slot.last() != Some(&i) {
                slot.push(i);
            }
        }
        self.list[i].push(m, geography);
    }

    fn create(&mut self, m: EventMention, date: Option<DateInterval>, geography: &Geography) {
        let i = self.list.len();
        let group = type_group(m.event_type);
        for r in m.participants.iter().chain(m.places.iter()) {
            self.index.entry((group, r.id.clone())).or_default().push(i);
        }
        self.list.push(Cluster::new(m, date, geography));
    }
}

/// Group the dated mentions of compatible type, shared actors and overlapping
/// dates; a report whose predicate names a place in another country than
/// the event's is another event, whatever actors they share (a stop in
/// Siberia on the 18th is not the visit to Pyongyang of the 18th–19th).
fn cluster_dated(mut dated: Vec<EventMention>, geography: &Geography) -> Clusters {
    // most precise first, so coarse mentions join precise clusters
    dated.sort_by_key(|m| {
        let t = m.time.as_ref().expect("dated");
        (t.interval.days(), m.document.clone(), m.sentence)
    });
    let mut clusters = Clusters::default();
    let mut by_month = DatedIndex::default();
    // the clusters each article feeds, for the reports it retells
    let mut by_doc: HashMap<String, Vec<usize>> = HashMap::new();
    for m in dated {
        let interval = m.time.as_ref().expect("dated").interval;
        let reach = chrono::Duration::days(CONFLICT_REACH_DAYS);
        let candidates = by_month
            .candidates(&m, interval.start - reach, interval.end + reach)
            .unwrap_or_else(|| clusters.candidates(&m));
        let in_doc = by_doc
            .get(m.document.as_str())
            .map_or(&[][..], Vec::as_slice);
        let best = candidates
            .iter()
            .map(|&i| (i, &clusters.list[i]))
            .filter(|(_, c)| c.date.is_some_and(|d| d.overlaps(&interval)))
            .filter(|(_, c)| !other_encounter(c, &m) && !elsewhere(c, &m, geography))
            .map(|(i, c)| (c.affinity(&m), i))
            .filter(|(a, _)| *a > 0)
            .max_by_key(|(a, i)| (*a, std::cmp::Reverse(*i)))
            .map(|(_, i)| i)
            .or_else(|| same_site(&clusters, &candidates, &m, interval, geography))
            .or_else(|| retold(&clusters, in_doc, &m, interval, geography));
        let doc = m.document.to_string();
        let slot = |i: usize, by_doc: &mut HashMap<String, Vec<usize>>| {
            let v = by_doc.entry(doc.clone()).or_default();
            if !v.contains(&i) {
                v.push(i);
            }
        };
        if let Some(i) = best {
            let c = &mut clusters.list[i];
            c.date = c.date.and_then(|d| d.intersect(&interval));
            by_month.insert(&m, i, c.date.expect("dated"));
            clusters.add(i, m, geography);
            slot(i, &mut by_doc);
        } else if let Some(i) = conflicting_cluster(&clusters, &candidates, &m, interval, geography)
        {
            let c = &mut clusters.list[i];
            let time = m.time.as_ref().expect("dated");
            c.conflicts.push(Conflict {
                kept: c.date.expect("dated cluster"),
                rejected: interval,
                document: m.document.to_string(),
                expression: time.expression.clone(),
            });
            by_month.insert(&m, i, clusters.list[i].date.expect("dated"));
            clusters.add(i, m, geography);
            slot(i, &mut by_doc);
        } else {
            let i = clusters.list.len();
            by_month.insert(&m, i, interval);
            clusters.create(m, Some(interval), geography);
            slot(i, &mut by_doc);
        }
    }
    clusters
}

/// A report dated to a month (`le traité de juin`, `le satellite qu'il a
/// placé en orbite en novembre`) in an article that already reports, with
/// the same type, exactly one event of that type dated to a week or less
/// inside that month (`signé le 19 juin`, `le 21 novembre 2023, Pyongyang
/// parvient à placer en orbite…`) retells that event: an article does not
/// tell two treaties or two launches of one month without telling them
/// apart. The report must not name other actors than the event's: it names
/// no one, the event names no one, or both share a place that is not a
/// country (people they share already join by affinity). A year says too
/// little, another article is no retelling, and with two such events the
/// report stays apart.
fn retold(
    clusters: &Clusters,
    in_doc: &[usize],
    m: &EventMention,
    interval: DateInterval,
    geography: &Geography,
) -> Option<usize> {
    use crate::model::Precision;
    if interval.precision != Precision::Month {
        return None;
    }
    let mut fitting = in_doc.iter().copied().filter(|&i| {
        let c = &clusters.list[i];
        let compatible = m.participants.is_empty()
            || c.participants.is_empty()
            || m.places
                .iter()
                .any(|r| c.places.contains(&r.id) && !geography.is_country(&r.id));
        compatible
            && c.date
                .is_some_and(|d| d.precision <= Precision::Week && interval.contains(&d))
            && c.mentions
                .iter()
                .any(|o| o.document == m.document && o.event_type == m.event_type)
            && !elsewhere(c, m, geography)
    });
    let first = fitting.next()?;
    fitting.next().is_none().then_some(first)
}

/// True when `m` and a mention of the cluster tell two encounters of one
/// person with different people the same days: `Kim a reçu Belooussov`
/// and `Belooussov s'est entretenu avec son homologue No Kwang-chol` share
/// Belooussov, but each names someone the other does not. A visit told
/// with its one traveller joins either.
fn other_encounter(cluster: &Cluster, m: &EventMention) -> bool {
    let Some(mine) = encounter(m) else {
        return false;
    };
    let has = |set: &[String], id: &String| set.binary_search(id).is_ok();
    cluster.encounters.iter().any(|theirs| {
        mine.iter().any(|id| has(theirs, id))
            && !mine.iter().all(|id| has(theirs, id))
            && !theirs.iter().all(|id| has(&mine, id))
    })
}

/// The people of a meeting-group report naming two or more, sorted and
/// distinct: what [`other_encounter`] compares (a cluster keeps each
/// distinct set once, not once per report).
fn encounter(m: &EventMention) -> Option<Vec<String>> {
    if type_group(m.event_type) != type_group(EventType::Meeting) {
        return None;
    }
    let mut people: Vec<String> = m.participants.iter().map(|r| r.id.clone()).collect();
    people.sort_unstable();
    people.dedup();
    (people.len() >= 2).then_some(people)
}

/// True for one report of an act as done and one of it as to come: two
/// acts, not one (`Poutine a reçu Kim` and `Kim l'a invité à se rendre en
/// Corée du Nord` share their actors).
fn done_and_to_come(a: Modality, b: Modality) -> bool {
    matches!(
        (a, b),
        (Modality::Occurred, Modality::Planned) | (Modality::Planned, Modality::Occurred)
    )
}

/// True when every report of the cluster denies its act and the mention
/// tells an act as done: the date of a denial (`Kim ne s'est pas rendu à
/// Moscou le 9 mai`) is the date of no act, so an undated report of one
/// (`on y voit Kim serrer la main de Poutine`) does not take it, nor makes
/// the denied act one that occurred.
fn denied_only(cluster: &Cluster, modality: Modality) -> bool {
    modality == Modality::Occurred
        && !cluster.modalities.is_empty()
        && cluster.modalities.iter().all(|&o| o == Modality::Negated)
}

/// True when `m` says where it happens (its predicate's place: `une
/// invitation à se rendre en Corée du Nord`) and the cluster's reports say
/// so too, in another country (`la rencontre à Pékin`): two acts, whatever
/// actors they share. Places whose country the gazetteer does not know
/// are not compared (a place of the country, or the country itself, is
/// the same area: `en Russie` and `à Vladivostok`).
fn elsewhere(cluster: &Cluster, m: &EventMention, geography: &Geography) -> bool {
    if m.attached_places.is_empty() || cluster.attached_countries.is_empty() {
        return false;
    }
    let mine = attached_countries(m, geography);
    !mine.is_empty() && mine.is_disjoint(&cluster.attached_countries)
}

/// The countries of a report's attached places (a country itself, or the
/// country a place lies in), the ones [`elsewhere`] compares.
fn attached_countries(m: &EventMention, geography: &Geography) -> BTreeSet<String> {
    m.attached_places
        .iter()
        .filter_map(|r| {
            if geography.is_country(&r.id) {
                Some(r.id.to_string())
            } else {
                geography.country_of(&r.id).map(str::to_string)
            }
        })
        .collect()
}

/// Intervals longer than this many months are not bucketed by month.
const WIDE_MONTHS: i32 = 36;

/// Dated clusters by (type group, actor, month), so that a dated mention is
/// compared only with clusters that share an actor and a month with it.
/// Entries are never removed when a cluster's date narrows: they stay a
/// superset, and the caller checks the dates.
#[derive(Default)]
struct DatedIndex {
    /// Clusters wider than `WIDE_MONTHS` are in its `wide` part.
    slots: ActorMonths,
}

/// Cluster numbers by (type group, actor, month), and by (type group,
/// actor) apart for those no month holds: the storage of [`DatedIndex`]
/// [`WrittenIndex`] and [`MonthIndex`], which differ in what they record.
#[derive(Default)]
struct ActorMonths {
    months: HashMap<(u8, String, i32), Vec<usize>>,
    wide: HashMap<(u8, String), Vec<usize>>,
}

impl ActorMonths {
    /// The clusters recorded under an actor of `m` in the months `from` to
    /// `to`, or apart, sorted and once each.
    fn gather(&self, m: &EventMention, from: i32, to: i32) -> Vec<usize> {
        let group = type_group(m.event_type);
        let mut out: Vec<usize> = Vec::new();
        for r in m.participants.iter().chain(m.places.iter()) {
            if let Some(v) = self.wide.get(&(group, r.id.clone())) {
                out.extend_from_slice(v);
            }
            for month in from..=to {
                if let Some(v) = self.months.get(&(group, r.id.clone(), month)) {
                    out.extend_from_slice(v);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// [`gather`](Self::gather) over the months within
    /// [`UNDATED_REACH_DAYS`] of an undated report's day of writing.
    fn near_writing(&self, m: &EventMention, published: &DateInterval) -> Vec<usize> {
        let reach = chrono::Duration::days(UNDATED_REACH_DAYS);
        let from = month_key(published.start - reach);
        let to = month_key(published.end + reach);
        self.gather(m, from, to)
    }
}

impl DatedIndex {
    fn insert(&mut self, m: &EventMention, i: usize, date: DateInterval) {
        let group = type_group(m.event_type);
        let (from, to) = (month_key(date.start), month_key(date.end));
        for r in m.participants.iter().chain(m.places.iter()) {
            if to - from > WIDE_MONTHS {
                let slot = self.slots.wide.entry((group, r.id.clone())).or_default();
                if !slot.contains(&i) {
                    slot.push(i);
                }
                continue;
            }
            for month in from..=to {
                let slot = self
                    .slots
                    .months
                    .entry((group, r.id.clone(), month))
                    .or_default();
                if slot.last() != Some(&i) && !slot.contains(&i) {
                    slot.push(i);
                }
            }
        }
    }

    /// Clusters sharing an actor with `m` between two days, or None when
    /// the span is too wide to bucket (the caller then uses the actor index).
    fn candidates(
        &self,
        m: &EventMention,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Option<Vec<usize>> {
        let (from, to) = (month_key(from), month_key(to));
        if to - from > WIDE_MONTHS {
            return None;
        }
        Some(self.slots.gather(m, from, to))
    }
}

/// Two reports whose dates miss each other by this many days or less, but
/// that agree on everything else, are one event with a conflict to show.
const CONFLICT_REACH_DAYS: i64 = 3;

/// A cluster that describes the same event as `m` except for a close but
/// disjoint date: same type group, the same people (one set within the
/// other, at least one shared), another article, day or week precision.
fn conflicting_cluster(
    clusters: &Clusters,
    candidates: &[usize],
    m: &EventMention,
    interval: DateInterval,
    geography: &Geography,
) -> Option<usize> {
    // reports of different days are different reports, not a conflict
    if m.participants.is_empty()
        || m.event_type.is_reporting()
        || interval.precision > crate::model::Precision::Week
    {
        return None;
    }
    let mine: BTreeSet<String> = m.participants.iter().map(|r| r.id.clone()).collect();
    candidates.iter().copied().find(|&i| {
        let c = &clusters.list[i];
        let Some(date) = c.date else { return false };
        date.precision <= crate::model::Precision::Week
            && !date.overlaps(&interval)
            && distance_days(&date, &interval) <= CONFLICT_REACH_DAYS
            && !mine.is_disjoint(&c.participants)
            && (mine.is_subset(&c.participants) || c.participants.is_subset(&mine))
            && !c.documents.contains(m.document.as_str())
            && !elsewhere(c, m, geography)
    })
}

/// The one event a report naming no one is part of when it names the site
/// of that event on its day: `- 13 septembre 2023 : sommet au cosmodrome
/// de Vostochny` is the summit whose other reports name Kim Jong-un at
/// Vostochny the same day. The shared place must be a place, not a
/// country (visits of officials somewhere in Russia in 2023 are not the
/// summit), both dates a week or narrower, and the event the only one of
/// its type group there those days; otherwise the report stays apart.
fn same_site(
    clusters: &Clusters,
    candidates: &[usize],
    m: &EventMention,
    interval: DateInterval,
    geography: &Geography,
) -> Option<usize> {
    if !m.participants.is_empty() || interval.precision > crate::model::Precision::Week {
        return None;
    }
    let sites: Vec<&str> = m
        .places
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !geography.is_country(id))
        .collect();
    if sites.is_empty() {
        return None;
    }
    let mut fitting = candidates.iter().copied().filter(|&i| {
        let c = &clusters.list[i];
        !c.participants.is_empty()
            && c.date.is_some_and(|d| {
                d.precision <= crate::model::Precision::Week && d.overlaps(&interval)
            })
            && sites.iter().any(|id| c.places.contains(*id))
            && !elsewhere(c, m, geography)
    });
    let first = fitting.next()?;
    fitting.next().is_none().then_some(first)
}

/// How far from its article's publication date an undated mention may be
/// placed: news without a date speaks of the weeks around publication.
const UNDATED_REACH_DAYS: i64 = 45;

/// Attach an undated mention to the best fitting dated cluster, if any:
/// same type group, shared actors, inside its vague window, near the
/// mention's publication date. The cluster sharing the most actors wins;
/// among equals, one the same article already dates, then the closest in
/// time. The rest form undated events.
fn join_undated(
    clusters: &mut Clusters,
    undated: Vec<EventMention>,
    published: &BTreeMap<String, DateInterval>,
    geography: &Geography,
) {
    let dated_count = clusters.list.len();
    let mut by_month = MonthIndex::new(clusters);
    // an article without a date only joins what it dates itself: look there
    // rather than at every cluster sharing an actor (thousands, at scale)
    let mut dated_by_doc: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in clusters.list.iter().enumerate() {
        for d in &c.documents {
            dated_by_doc.entry(d.clone()).or_default().push(i);
        }
    }
    let mut leftovers = Clusters::default();
    let mut leftovers_by_doc: HashMap<String, Vec<usize>> = HashMap::new();
    // the days of writing of each leftover's articles, beside it
    let mut written: Vec<WrittenDays> = Vec::new();
    let mut written_index = WrittenIndex::default();
    for m in undated {
        let pub_date = published.get(m.document.as_str());
        let group = type_group(m.event_type);
        // read once per mention, not once per candidate event
        let points_back = refers_back(&m);
        let background = told_as_background(&m);
        let candidates = match pub_date {
            Some(p) => by_month.candidates(&m, p),
            None => same_group(&clusters.list, dated_by_doc.get(m.document.as_str()), group),
        };
        let best = candidates
            .into_iter()
            .filter(|&i| i < dated_count)
            .filter_map(|i| {
                let c = &clusters.list[i];
                let date = c.date?;
                // a year says too little to claim an undated report is the same event
                if date.precision > crate::model::Precision::Month {
                    return None;
                }
                if m.window.is_some_and(|w| !w.overlaps(&date)) {
                    return None;
                }
                // cheap date checks first: a popular actor has thousands of
                // clusters in the months around a date
                let distance = pub_date.map_or(0, |p| distance_days(p, &date));
                if distance > UNDATED_REACH_DAYS {
                    return None;
                }
                // what an article tells as done happened by its day of
                // writing, and what it tells as to come has not happened yet
                if pub_date.is_some_and(|p| !tense_fits(m.modality, p, &date)) {
                    return None;
                }
                // the plus-que-parfait tells what came before the story's
                // time, not the news of the days of writing: nothing but a
                // pointing noun ties it to a dated event
                if background && !points_back {
                    return None;
                }
                let affinity = c.affinity(&m);
                if affinity == 0 || other_encounter(c, &m) || elsewhere(c, &m, geography) {
                    return None;
                }
                if denied_only(c, m.modality) {
                    return None;
                }
                let same_doc = c.documents.contains(m.document.as_str());
                // from another article, a report naming someone shares
                // nothing but a country with an event that names no one:
                // `Kim promet son soutien à la Russie` is not `la diplomatie
                // nord-coréenne qualifiait de rumeurs la présence de ses
                // soldats en Russie`
                if !same_doc
                    && c.participants.is_empty()
                    && !m.participants.is_empty()
                    && !m
                        .places
                        .iter()
                        .any(|r| c.places.contains(&r.id) && !geography.is_country(&r.id))
                {
                    return None;
                }
                // and it must point to it: its own article dates it, it
                // names its place, or it refers back (`ce sommet`)
                let same_place = m.places.iter().any(|r| c.places.contains(&r.id));
                if !same_doc && !same_place && !points_back {
                    return None;
                }
                // without its article's date nothing places an undated report
                // near an event, unless the same article dates that event
                if pub_date.is_none() && !same_doc {
                    return None;
                }
                // from another article, an undated report is weak evidence:
                // it joins only an event reported with its own type
                // (`Poutine et Kim ont signé` is not Kim's ratification)
                if !same_doc && !c.event_types.contains(&m.event_type) {
                    return None;
                }
                Some((
                    affinity,
                    same_doc,
                    std::cmp::Reverse(distance),
                    std::cmp::Reverse(i),
                ))
            })
            .max();
        match best {
            Some((_, _, _, std::cmp::Reverse(i))) => {
                by_month.add_new(clusters, i, &m);
                clusters.add(i, m, geography);
            }
            None => {
                let candidates = match pub_date {
                    Some(p) => written_index.candidates(&m, p),
                    None => same_group(
                        &leftovers.list,
                        leftovers_by_doc.get(m.document.as_str()),
                        group,
                    ),
                };
                // (an act to come is not the one told as done, nor one
                // told in another country)
                let existing = candidates.into_iter().find(|&i| {
                    let c = &leftovers.list[i];
                    c.affinity(&m) > 0
                        && written_near(c, &written[i], &m, published)
                        && !elsewhere(c, &m, geography)
                        && !c
                            .modalities
                            .iter()
                            .any(|&o| done_and_to_come(o, m.modality))
                });
                if pub_date.is_none() {
                    // same document only, so indexes arrive in increasing order
                    let i = existing.unwrap_or(leftovers.list.len());
                    let slot = leftovers_by_doc.entry(m.document.to_string()).or_default();
                    if slot.last() != Some(&i) {
                        slot.push(i);
                    }
                }
                let day = published.get(m.document.as_str()).copied();
                match existing {
                    Some(i) => {
                        let new_article =
                            !leftovers.list[i].documents.contains(m.document.as_str());
                        written_index.add(&leftovers.list[i], &written[i], i, &m, day, new_article);
                        if new_article {
                            written[i].add(day);
                        }
                        leftovers.add(i, m, geography);
                    }
                    None => {
                        let i = leftovers.list.len();
                        let mut days = WrittenDays::default();
                        written_index.create(i, &m, day);
                        days.add(day);
                        written.push(days);
                        leftovers.create(m, None, geography);
                    }
                }
            }
        }
    }
    clusters.list.extend(leftovers.list);
}

/// True when the mention's trigger is a noun after a definite, demonstrative
/// or possessive determiner (`ce sommet`, `lors de cette visite`, `leur
/// rencontre`, `à l'arrivée`): it points to an event the reader knows. The
/// trigger is looked up in its sentence (the first place its words stand).
fn refers_back(m: &EventMention) -> bool {
    const POINTING: &[&str] = &[
        "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
        "du", "au", "aux",
    ];
    let quote = m.quote.to_lowercase().replace('’', "'");
    let Some(at) = quote.find(&m.trigger.to_lowercase()) else {
        return false;
    };
    let before = quote[..at].trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    POINTING.contains(&word)
}

/// True when the mention's predicate is in the plus-que-parfait: an
/// auxiliary of it (`avait`, `était`: `pluperfect_aux` in
/// data/temporal.toml) right before its trigger (`était arrivé`), or
/// before `été` (`avait été accueilli`), not an imparfait before other
/// words (`était en visite`). The trigger is looked up in its sentence
/// (the first place its words stand).
fn told_as_background(m: &EventMention) -> bool {
    let quote = m.quote.to_lowercase();
    let Some(at) = quote.find(&m.trigger.to_lowercase()) else {
        return false;
    };
    let mut lead = quote[..at].split_whitespace().rev();
    let pluperfect = crate::temporal::tense::has_pluperfect;
    match lead.next() {
        Some("été") => lead.next().is_some_and(pluperfect),
        Some(word) => pluperfect(word),
        None => false,
    }
}

/// True when an event of `date` can be what a mention of this modality,
/// in an article written on `published`, tells: an event told as done
/// starts by the day of writing, one told as to come ends after it, give
/// or take [`TENSE_SLACK_DAYS`].
fn tense_fits(modality: Modality, published: &DateInterval, date: &DateInterval) -> bool {
    let slack = chrono::Duration::days(TENSE_SLACK_DAYS);
    match modality {
        Modality::Occurred => date.start <= published.end + slack,
        Modality::Planned => date.end + slack >= published.start,
        Modality::Speculated | Modality::Negated => true,
    }
}

/// Days an event may lie on the wrong side of the day of writing for its
/// tense: the present tells the imminent (`Kim se rend en Russie pour
/// rencontrer M. Poutine` the day before), and a page's day may be its
/// last update.
const TENSE_SLACK_DAYS: i64 = 2;

/// The clusters of `indexes` (in order) whose mentions are of type `group`.
fn same_group(list: &[Cluster], indexes: Option<&Vec<usize>>, group: u8) -> Vec<usize> {
    indexes
        .into_iter()
        .flatten()
        .copied()
        .filter(|&i| {
            list[i]
                .mentions
                .first()
                .is_some_and(|m| type_group(m.event_type) == group)
        })
        .collect()
}

/// Two undated reports may be one event when one article wrote both, or
/// when their articles were written within reach of each other: the same
/// words a year apart are two events.
fn written_near(
    cluster: &Cluster,
    days: &WrittenDays,
    m: &EventMention,
    published: &BTreeMap<String, DateInterval>,
) -> bool {
    if cluster.documents.contains(m.document.as_str()) {
        return true;
    }
    let Some(p) = published.get(m.document.as_str()) else {
        return false;
    };
    days.near(p, UNDATED_REACH_DAYS)
}

/// The days of writing of a cluster's articles, kept as it grows so that
/// [`written_near`] asks a range of days rather than looking up every
/// article of the cluster (quadratic when thousands of undated reports of
/// one actor gather: most of a 60 MB story run went there). Articles of
/// one day are in `days`; the few dated only to a wider interval in `wide`.
#[derive(Default)]
struct WrittenDays {
    days: BTreeSet<chrono::NaiveDate>,
    wide: Vec<DateInterval>,
}

impl WrittenDays {
    /// Add the day of writing of a new article of the cluster (none: an
    /// article with no date, which is near nothing).
    fn add(&mut self, day: Option<DateInterval>) {
        match day {
            Some(d) if d.start == d.end => {
                self.days.insert(d.start);
            }
            Some(d) => self.wide.push(d),
            None => {}
        }
    }

    /// True when an article was written within `reach` days of `p`: a day
    /// in `p` widened by `reach` on both sides, or a wide interval at that
    /// distance ([`distance_days`]).
    fn near(&self, p: &DateInterval, reach: i64) -> bool {
        let span = chrono::Duration::days(reach);
        let from = p.start.checked_sub_signed(span).unwrap_or(p.start);
        let to = p.end.checked_add_signed(span).unwrap_or(p.end);
        self.days.range(from..=to).next().is_some()
            || self.wide.iter().any(|q| distance_days(q, p) <= reach)
    }
}

/// Where [`WrittenIndex`] records a leftover: the month of a day of
/// writing, or apart when an article is dated only to a wider interval.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Month(i32),
    Wide,
}

impl Slot {
    fn of(day: chrono::NaiveDate) -> Slot {
        Slot::Month(month_key(day))
    }
}

/// Undated leftovers by (type group, actor, month of a day of writing of
/// one of their articles): an undated report is compared only with the
/// leftovers written within reach of its own article, the only ones
/// [`written_near`] lets it join. Comparing it with every leftover sharing
/// an actor grew with the square of the corpus (thousands of undated
/// reports of one actor). A leftover with an article dated only to a wider
/// interval is kept apart, by actor, and always compared. Each (actor,
/// month) of a leftover is recorded once: a new actor under every month it
/// has, a new month under every actor it has.
#[derive(Default)]
struct WrittenIndex {
    slots: ActorMonths,
}

impl WrittenIndex {
    /// A new leftover `i` of the one mention `m`, written on `day`.
    fn create(&mut self, i: usize, m: &EventMention, day: Option<DateInterval>) {
        let group = type_group(m.event_type);
        let Some(d) = day else { return };
        let slot = if d.start == d.end {
            Slot::of(d.start)
        } else {
            Slot::Wide
        };
        for r in m.participants.iter().chain(m.places.iter()) {
            self.record(group, &r.id, i, slot);
        }
    }

    /// `m`, written on `day`, joins leftover `c` (number `i`, its articles
    /// written on `days`); `new_article` when `m`'s article is not yet one
    /// of the leftover's.
    fn add(
        &mut self,
        c: &Cluster,
        days: &WrittenDays,
        i: usize,
        m: &EventMention,
        day: Option<DateInterval>,
        new_article: bool,
    ) {
        let group = type_group(m.event_type);
        let has = |id: &str| c.participants.contains(id) || c.places.contains(id);
        // where the leftover is recorded: the months of its days of writing,
        // and `wide` when one is a wider interval
        let mut slots: BTreeSet<Slot> = days.days.iter().map(|&d| Slot::of(d)).collect();
        if !days.wide.is_empty() {
            slots.insert(Slot::Wide);
        }
        // a new slot, under the actors the leftover already had
        if let Some(d) = day.filter(|_| new_article) {
            let slot = if d.start == d.end {
                Slot::of(d.start)
            } else {
                Slot::Wide
            };
            if slots.insert(slot) {
                for id in c.participants.iter().chain(c.places.iter()) {
                    self.record(group, id, i, slot);
                }
            }
        }
        // a new actor, under every slot
        for r in m.participants.iter().chain(m.places.iter()) {
            if !has(&r.id) {
                for &slot in &slots {
                    self.record(group, &r.id, i, slot);
                }
            }
        }
    }

    fn record(&mut self, group: u8, id: &str, i: usize, slot: Slot) {
        let slot = match slot {
            Slot::Month(k) => self
                .slots
                .months
                .entry((group, id.to_string(), k))
                .or_default(),
            Slot::Wide => self.slots.wide.entry((group, id.to_string())).or_default(),
        };
        if slot.last() != Some(&i) {
            slot.push(i);
        }
    }

    /// Leftovers sharing an actor with `m` and written in the months
    /// within reach of `published`, or dated only to a wider interval.
    fn candidates(&self, m: &EventMention, published: &DateInterval) -> Vec<usize> {
        self.slots.near_writing(m, published)
    }
}

/// How many days before the events it frames a frame event may have begun.
const FRAME_REACH_DAYS: u64 = 30;

/// An undated event that frames its sentence (`Lors de sa visite à Moscou,
/// X a déclaré…`) happened when the other events of the sentence did. When
/// consolidation dated those to a day or a week (the statement is the one
/// the lead dates), the frame gets the month up to that date: it began
/// before, it ended no earlier. Only the sentence's own events count.
fn date_frames(clusters: &mut Clusters, geography: &Geography) {
    let mut sentence_dates: BTreeMap<(&str, usize), DateInterval> = BTreeMap::new();
    for c in &clusters.list {
        let Some(date) = c
            .date
            .filter(|d| d.precision <= crate::model::Precision::Week)
        else {
            continue;
        };
        for m in c.mentions.iter().filter(|m| !m.frame) {
            sentence_dates
                .entry((m.document.as_str(), m.sentence))
                .and_modify(|d| {
                    if date.end < d.end {
                        *d = date;
                    }
                })
                .or_insert(date);
        }
    }
    let found: Vec<(usize, DateInterval)> = clusters
        .list
        .iter()
        .enumerate()
        .filter(|(_, c)| c.date.is_none())
        .filter_map(|(i, c)| {
            let d = c
                .mentions
                .iter()
                .filter(|m| m.frame)
                .find_map(|m| sentence_dates.get(&(m.document.as_str(), m.sentence)))?;
            let start = d
                .end
                .checked_sub_days(chrono::Days::new(FRAME_REACH_DAYS))?;
            Some((
                i,
                DateInterval::new(start, d.end, crate::model::Precision::Month),
            ))
        })
        .collect();
    // the frame is one of the events of its kind already dated inside that
    // month (`signé l'an dernier lors de la visite du chef du Kremlin à
    // Pyongyang`: the visit the other reports date), when exactly one
    // shares an actor with it; else it keeps the month
    let mut merges: Vec<(usize, usize)> = Vec::new();
    let frames: BTreeSet<usize> = found.iter().map(|&(i, _)| i).collect();
    // the dated clusters by first day: a frame looks only at those starting
    // in its month (a scan of every cluster per frame was quadratic: most
    // of the consolidation of a 60 MB story folder)
    let mut by_start: Vec<(chrono::NaiveDate, usize)> = clusters
        .list
        .iter()
        .enumerate()
        .filter(|(j, _)| !frames.contains(j))
        .filter_map(|(j, c)| c.date.map(|d| (d.start, j)))
        .collect();
    by_start.sort_unstable();
    for (i, date) in found {
        let frame = &clusters.list[i];
        let from = by_start.partition_point(|&(start, _)| start < date.start);
        // two fits are already too many
        let fits: Vec<usize> = by_start[from..]
            .iter()
            .take_while(|&&(start, _)| start <= date.end)
            .map(|&(_, j)| j)
            .filter(|&j| {
                let c = &clusters.list[j];
                c.date.is_some_and(|d| d.end <= date.end)
                    && !c.participants.is_disjoint(&frame.participants)
                    && c.mentions
                        .iter()
                        .any(|m| frame.mentions.iter().any(|f| f.event_type == m.event_type))
            })
            .take(2)
            .collect();
        match fits.as_slice() {
            [one] => merges.push((i, *one)),
            _ => clusters.list[i].date = Some(date),
        }
    }
    // (from the last frame on, as before: the order a cluster receives
    // frames' reports in); a frame is never a fit, so the clusters merged
    // into stay, and the frames go in one pass
    merges.sort_by_key(|&(i, _)| std::cmp::Reverse(i));
    let mut merged = vec![false; clusters.list.len()];
    for (i, into) in merges {
        merged[i] = true;
        for m in std::mem::take(&mut clusters.list[i].mentions) {
            clusters.list[into].push(m, geography);
        }
    }
    let mut k = 0;
    clusters.list.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
}

/// Months as one number, for bucketing.
fn month_key(d: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    d.year() * 12 + d.month0() as i32
}

/// Dated clusters of at most month precision, by (type group, actor, month):
/// an undated mention only looks at the months around its article's date.
struct MonthIndex {
    slots: ActorMonths,
}

impl MonthIndex {
    fn new(clusters: &Clusters) -> MonthIndex {
        let mut me = MonthIndex {
            slots: ActorMonths::default(),
        };
        for (i, c) in clusters.list.iter().enumerate() {
            for m in &c.mentions {
                me.add(clusters, i, m);
            }
        }
        me
    }

    fn months(date: DateInterval) -> std::ops::RangeInclusive<i32> {
        month_key(date.start)..=month_key(date.end)
    }

    /// Record the actors of `m` under cluster `i`'s months.
    fn add(&mut self, clusters: &Clusters, i: usize, m: &EventMention) {
        self.record(clusters, i, m, false);
    }

    /// Record the actors of `m` that cluster `i` does not have yet, before
    /// `m` joins it: the others are recorded under the same months already
    /// (a cluster's date does not change while undated reports join it).
    fn add_new(&mut self, clusters: &Clusters, i: usize, m: &EventMention) {
        self.record(clusters, i, m, true);
    }

    fn record(&mut self, clusters: &Clusters, i: usize, m: &EventMention, only_new: bool) {
        let c = &clusters.list[i];
        let Some(date) = c
            .date
            .filter(|d| d.precision <= crate::model::Precision::Month)
        else {
            return;
        };
        let group = type_group(m.event_type);
        for r in m.participants.iter().chain(m.places.iter()) {
            if only_new && (c.participants.contains(&r.id) || c.places.contains(&r.id)) {
                continue;
            }
            // a cluster's mentions are recorded one after the other (`new`),
            // or only its new actors (`add_new`): `i` is last if there at all
            for month in Self::months(date) {
                let slot = self
                    .slots
                    .months
                    .entry((group, r.id.clone(), month))
                    .or_default();
                if slot.last() != Some(&i) {
                    slot.push(i);
                }
            }
        }
    }

    /// Clusters sharing an actor with `m` in the months within reach of `published`.
    fn candidates(&self, m: &EventMention, published: &DateInterval) -> Vec<usize> {
        self.slots.near_writing(m, published)
    }
}

/// Days between two intervals (0 when they overlap).
fn distance_days(a: &DateInterval, b: &DateInterval) -> i64 {
    if a.overlaps(b) {
        0
    } else if a.end < b.start {
        (b.start - a.end).num_days()
    } else {
        (a.start - b.end).num_days()
    }
}

/// The status of an event: the latest report wins, a fact beats a plan.
fn status(mentions: &[EventMention], published: &BTreeMap<String, DateInterval>) -> Modality {
    let latest = mentions.iter().max_by_key(|m| {
        (
            published.get(m.document.as_str()).map(|d| d.end),
            m.modality == Modality::Occurred,
        )
    });
    let occurred = mentions.iter().any(|m| m.modality == Modality::Occurred);
    match latest {
        Some(m) if occurred && m.modality != Modality::Negated => Modality::Occurred,
        Some(m) => m.modality,
        None => Modality::Occurred,
    }
}

/// The type of an event: the most common among its mentions, except that a
/// report with an official announcement in it is an announcement.
fn event_type_of(mentions: &[EventMention]) -> EventType {
    if mentions
        .iter()
        .any(|m| m.event_type == EventType::Announcement)
    {
        let all_reports = mentions.iter().all(|m| m.event_type.is_reporting());
        if all_reports {
            return EventType::Announcement;
        }
    }
    most_common_type(mentions)
}

fn most_common_type(mentions: &[EventMention]) -> EventType {
    let mut counts: BTreeMap<EventType, usize> = BTreeMap::new();
    for m in mentions {
        *counts.entry(m.event_type).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(t, n)| (*n, std::cmp::Reverse(*t)))
        .map(|(t, _)| t)
        .unwrap_or(EventType::Other)
}

/// The distinct refs with how many times each comes, the most frequent
/// first, ties in ref order.
fn counted<'a>(refs: impl Iterator<Item = &'a EntityRef>) -> Vec<(&'a EntityRef, usize)> {
    let mut counts: BTreeMap<&EntityRef, usize> = BTreeMap::new();
    for r in refs {
        *counts.entry(r).or_default() += 1;
    }
    let mut v: Vec<(&EntityRef, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

fn merge_refs<'a>(refs: impl Iterator<Item = &'a EntityRef>) -> Vec<EntityRef> {
    counted(refs).into_iter().map(|(r, _)| r.clone()).collect()
}

/// The refs the most reports name (each report names a ref once), in
/// ref order: a place one report of several names in passing is
/// not where the event took place.
fn most_reported<'a>(refs: impl Iterator<Item = &'a EntityRef>) -> Vec<EntityRef> {
    let v = counted(refs);
    let top = v.first().map_or(0, |&(_, n)| n);
    v.into_iter()
        .take_while(|&(_, n)| n == top)
        .map(|(r, _)| r.clone())
        .collect()
}

/// The distinct refs, the most frequent first, ties in the order they
/// first come.
fn most_often_then_first<'a>(refs: impl Iterator<Item = &'a EntityRef>) -> Vec<EntityRef> {
    let mut counted: Vec<(&EntityRef, usize)> = Vec::new();
    for r in refs {
        match counted.iter_mut().find(|(seen, _)| *seen == r) {
            Some((_, n)) => *n += 1,
            None => counted.push((r, 1)),
        }
    }
    // a stable sort keeps the first-come order among equal counts
    counted.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    counted.into_iter().map(|(r, _)| r.clone()).collect()
}

/// `refs` less the entities of `taken` (compared by id).
fn without(refs: Vec<EntityRef>, taken: &[EntityRef]) -> Vec<EntityRef> {
    refs.into_iter()
        .filter(|r| !taken.iter().any(|t| t.id == r.id))
        .collect()
}

fn to_event(cluster: Cluster, published: &BTreeMap<String, DateInterval>) -> Event {
    let mut mentions = cluster.mentions;
    mentions.sort_by(|a, b| {
        (&a.document, a.sentence, a.start).cmp(&(&b.document, b.sentence, b.start))
    });
    let event_type = event_type_of(&mentions);
    // speakers say so, and the sentence's other places are only mentioned
    // (clustering above read them all)
    // who speaks first: the speaker nearest each report's own reporting
    // word, most often across the reports, a tie going to the one the
    // reports name first (reading order, not the alphabet); then the others
    let mut attribution = most_often_then_first(mentions.iter().filter_map(|m| m.speakers.first()));
    for other in merge_refs(mentions.iter().flat_map(|m| m.speakers.iter())) {
        if !attribution.contains(&other) {
            attribution.push(other);
        }
    }
    let participants = without(
        merge_refs(mentions.iter().flat_map(|m| m.participants.iter())),
        &attribution,
    );
    // the place its predicates name most often; when none names one, the
    // places a preposition of place introduces in the predicates' clauses,
    // as the reports give them (a place named as an actor, a complement of
    // a noun or a dateline is only mentioned)
    let attached = merge_refs(mentions.iter().flat_map(|m| m.attached_places.iter()));
    let places = match attached.first() {
        Some(place) => vec![place.clone()],
        None => {
            let located = most_reported(mentions.iter().flat_map(|m| m.located_places.iter()));
            if located.is_empty() {
                // for want of a located place, the places the reports
                // name, but not a party (`la violation par Pyongyang`)
                most_reported(mentions.iter().flat_map(|m| {
                    m.places
                        .iter()
                        .filter(|p| !m.party_places.iter().any(|q| q.id == p.id))
                }))
            } else {
                located
            }
        }
    };
    let mentioned_places = without(
        merge_refs(mentions.iter().flat_map(|m| m.places.iter())),
        &places,
    );
    let status = status(&mentions, published);
    let documents: BTreeSet<&str> = mentions.iter().map(|m| m.document.as_str()).collect();
    let independent_sources = documents.len();
    let dated = mentions.iter().filter(|m| m.time.is_some()).count();
    let confidence =
        (0.4 + 0.15 * independent_sources as f32 + 0.1 * dated.min(2) as f32).min(0.95);
    let mut sources: Vec<Source> = Vec::new();
    let mut seen: BTreeSet<(&str, usize)> = BTreeSet::new();
    for m in &mentions {
        if !seen.insert((m.document.as_str(), m.start)) {
            continue;
        }
        sources.push(Source::of(m));
    }
    // the headline writes as where only a place a predicate names
    // with no one named, the country or capital that acts (`la Corée du
    // Nord a tiré…`) is the headline's agent: `Lancement de la Corée du Nord`
    let acting = most_often_then_first(mentions.iter().flat_map(|m| m.acting_places.iter()));
    let title = match acting.first() {
        Some(agent) if participants.is_empty() && attribution.is_empty() => {
            let place: Vec<EntityRef> = attached
                .iter()
                .take(1)
                .filter(|p| p.id != agent.id)
                .cloned()
                .collect();
            headline::headline(
                event_type,
                std::slice::from_ref(agent),
                &place,
                &attribution,
            )
        }
        _ => headline::headline(
            event_type,
            &participants,
            &attached[..attached.len().min(1)],
            &attribution,
        ),
    };
    Event {
        id: String::new(),
        event_type,
        status,
        title,
        date: cluster.date,
        participants,
        places,
        mentioned_places,
        attribution,
        sources,
        independent_sources,
        confidence: (confidence * 100.0).round() / 100.0,
        conflicts: cluster.conflicts,
        episode: None,
    }
}

/// The events the dated mentions give (a first clustering, on a copy), as
/// landmarks for dating the articles without a publication date
/// ([`publication::corpus`]).
fn corpus_landmarks(mentions: &[EventMention], geography: &Geography) -> Vec<Landmark> {
    let dated: Vec<EventMention> = mentions
        .iter()
        .filter(|m| m.time.is_some())
        .cloned()
        .collect();
    landmarks_of(&cluster_dated(dated, geography))
}

/// The dated events of a first clustering, as landmarks for dating articles.
fn landmarks_of(clusters: &Clusters) -> Vec<Landmark> {
    clusters
        .list
        .iter()
        .filter_map(|c| {
            let date = c.date?;
            let event_type = event_type_of(&c.mentions);
            let participants = merge_refs(c.mentions.iter().flat_map(|m| m.participants.iter()));
            let places = merge_refs(c.mentions.iter().flat_map(|m| m.places.iter()));
            let title = headline::headline(event_type, &participants, &places, &[]);
            let by: Vec<&str> = c.documents.iter().take(2).map(String::as_str).collect();
            Some(Landmark {
                group: type_group(event_type),
                date,
                participants: c.participants.clone(),
                places: c.places.clone(),
                documents: c.documents.clone(),
                label: format!(
                    "{title}, {} ({}{})",
                    crate::temporal::resolve::value_of(&date),
                    by.join(", "),
                    if c.documents.len() > 2 { ", …" } else { "" }
                ),
            })
        })
        .collect()
}

/// Consolidate the per-document extracts of a corpus into the timeline report.
/// The result does not depend on the order of `extracts`.
pub fn consolidate(extracts: Vec<DocExtract>, generator: &str) -> Report {
    consolidate_with(extracts, generator, &[], &Geography::default())
}

/// [`consolidate`], with reference events (the chronology) that help date
/// the articles that give no publication date ([`publication::corpus`]); they are
/// never events of the report; and the countries places lie in, so that
/// a report naming only the country meets the report naming the city.
pub fn consolidate_with(
    mut extracts: Vec<DocExtract>,
    generator: &str,
    reference: &[Landmark],
    geography: &Geography,
) -> Report {
    extracts.sort_by(|a, b| {
        a.document
            .id
            .cmp(&b.document.id)
            .then(a.document.path.cmp(&b.document.path))
    });
    let mut published: BTreeMap<String, DateInterval> = extracts
        .iter()
        .filter_map(|x| {
            x.document
                .published
                .as_ref()
                .map(|p| (x.document.id.clone(), p.interval()))
        })
        .collect();
    // moved, not cloned: the extracts' events are not read again
    let mut mentions: Vec<EventMention> = extracts
        .iter_mut()
        .filter(|x| x.document.status == DocStatus::Ok)
        .flat_map(|x| std::mem::take(&mut x.events))
        .collect();
    publication::corpus::date_undated_articles(
        &mut extracts,
        &mut mentions,
        &mut published,
        reference,
        &|m: &[EventMention]| corpus_landmarks(m, geography),
    );
    // a mention is only ever compared with clusters of its type group (every
    // index is keyed by it), so the groups are clustered apart, in parallel
    let mut by_group: BTreeMap<u8, (Vec<EventMention>, Vec<EventMention>)> = BTreeMap::new();
    for m in mentions {
        let (dated, undated) = by_group.entry(type_group(m.event_type)).or_default();
        if m.time.is_some() {
            dated.push(m);
        } else {
            undated.push(m);
        }
    }
    let groups: Vec<Clusters> = by_group
        .into_values()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(dated, undated)| {
            let mut clusters = cluster_dated(dated, geography);
            join_undated(&mut clusters, undated, &published, geography);
            clusters
        })
        .collect();
    let mut clusters = Clusters::default();
    for g in groups {
        clusters.list.extend(g.list);
    }
    // a ceremony and a visit of other groups: after the merge
    moments::merge_trip_moments(&mut clusters.list, geography);
    countries::merge_country_reports(&mut clusters.list, geography);
    // signings of one instrument, with and without signatories: after the merge
    instruments::merge_instrument_reports(&mut clusters.list, geography);
    // frames take dates from events of other groups: after the merge
    date_frames(&mut clusters, geography);
    let mut events: Vec<Event> = clusters
        .list
        .into_par_iter()
        .map(|c| to_event(c, &published))
        .collect();
    events.sort_by(|a, b| {
        let key = |e: &Event| (e.date.is_none(), e.date.map(|d| (d.start, d.end)));
        key(a)
            .cmp(&key(b))
            .then(a.event_type.cmp(&b.event_type))
            .then(a.title.cmp(&b.title))
            .then(a.sources[0].document.cmp(&b.sources[0].document))
            .then(a.sources[0].start.cmp(&b.sources[0].start))
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("ev-{:04}", i + 1);
    }
    let episodes = episodes::link(&mut events, geography);
    let copies = extracts
        .iter()
        .filter(|x| x.document.duplicate_of.is_some())
        .count();
    Report {
        schema_version: SCHEMA_VERSION,
        generator: generator.to_string(),
        // summarized by the reducer, from per-document summaries
        // (`extract::reduce::summarize`), the one summary of entities
        entities: Vec::new(),
        documents: extracts.into_iter().map(|x| x.document).collect(),
        events,
        episodes,
        hidden_undated: 0,
        copies,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{DocumentRecord, EventTime, Precision, Published};
    use chrono::NaiveDate;

    /// The range query of [`WrittenDays::near`] answers as the scan of every
    /// article's day it replaced: sets of days and wide intervals × days
    /// and intervals asked, across the reach's edges.
    #[test]
    fn written_days_answer_as_a_scan_of_every_article() {
        let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let at = |k: i64| base + chrono::Duration::days(k);
        let iv = |a: i64, b: i64| DateInterval::new(at(a), at(b), Precision::Day);
        let sets: Vec<Vec<DateInterval>> = vec![
            vec![],
            vec![iv(0, 0)],
            vec![iv(0, 0), iv(100, 100)],
            vec![iv(10, 40)],
            vec![iv(0, 0), iv(60, 90), iv(200, 200)],
            (0..30).map(|k| iv(k * 17, k * 17)).collect(),
        ];
        for set in &sets {
            let mut days = WrittenDays::default();
            for d in set {
                days.add(Some(*d));
            }
            days.add(None);
            for start in -120..320 {
                for len in [0, 3, 40] {
                    let p = iv(start, start + len);
                    let scan = set
                        .iter()
                        .any(|q| distance_days(q, &p) <= UNDATED_REACH_DAYS);
                    assert_eq!(days.near(&p, UNDATED_REACH_DAYS), scan, "{set:?} {p:?}");
                }
            }
        }
    }

    /// The leftovers [`WrittenIndex`] proposes, kept when written near the
    /// report's article, are those the scan of every leftover sharing an
    /// actor kept: reports of 3 people and 2 places over 40 articles
    /// written on days across month ends (some dated to a week), joining
    /// leftovers in turn, then asked from days before, inside and after.
    #[test]
    fn written_index_finds_what_the_scan_of_every_leftover_found() {
        let base = NaiveDate::from_ymd_opt(2024, 1, 20).unwrap();
        let at = |k: i64| base + chrono::Duration::days(k);
        let people = ["a", "b", "c"];
        let places = ["p", "q"];
        let mut published: BTreeMap<String, DateInterval> = BTreeMap::new();
        for k in 0..40i64 {
            let start = at(k * 7 % 150);
            let end = if k % 9 == 0 {
                start + chrono::Duration::days(6)
            } else {
                start
            };
            published.insert(
                format!("d{k}"),
                DateInterval::new(start, end, Precision::Day),
            );
        }
        let report = |k: usize| {
            let who = [people[k % 3], people[(k / 3) % 3]];
            let doc = format!("d{}", k % 40);
            mention(
                &doc,
                EventType::Meeting,
                &who[..1 + k % 2],
                &places[k % 2..k % 2 + 1],
                None,
            )
        };
        let geography = Geography::default();
        let mut leftovers = Clusters::default();
        let mut written: Vec<WrittenDays> = Vec::new();
        let mut index = WrittenIndex::default();
        let scan =
            |leftovers: &Clusters, written: &[WrittenDays], m: &EventMention| -> Vec<usize> {
                leftovers
                    .candidates(m)
                    .into_iter()
                    .filter(|&i| written_near(&leftovers.list[i], &written[i], m, &published))
                    .collect()
            };
        let indexed = |leftovers: &Clusters,
                       written: &[WrittenDays],
                       index: &WrittenIndex,
                       m: &EventMention|
         -> Vec<usize> {
            let p = published[m.document.as_str()];
            index
                .candidates(m, &p)
                .into_iter()
                .filter(|&i| written_near(&leftovers.list[i], &written[i], m, &published))
                .collect()
        };
        let mut asked = 0;
        for k in 0..300 {
            let m = report(k * 7 + k / 5);
            let want = scan(&leftovers, &written, &m);
            let got = indexed(&leftovers, &written, &index, &m);
            assert_eq!(got, want, "report {k} of {}", m.document);
            asked += 1;
            let day = published.get(m.document.as_str()).copied();
            // join the first fitting leftover every other time, else start one
            match want.first().filter(|_| k % 2 == 0) {
                Some(&i) => {
                    let new_article = !leftovers.list[i].documents.contains(m.document.as_str());
                    index.add(&leftovers.list[i], &written[i], i, &m, day, new_article);
                    if new_article {
                        written[i].add(day);
                    }
                    leftovers.add(i, m, &geography);
                }
                None => {
                    index.create(leftovers.list.len(), &m, day);
                    let mut days = WrittenDays::default();
                    days.add(day);
                    written.push(days);
                    leftovers.create(m, None, &geography);
                }
            }
        }
        assert!(leftovers.list.len() > 20 && asked == 300);
    }

    /// [`other_encounter`] over the cluster's distinct sets of people
    /// answers as the scan of every report it replaced: clusters of 1 to 6
    /// meeting reports over 5 people (sets of 0 to 3, repeats included)
    /// × every report of 1 to 3 people.
    #[test]
    fn other_encounter_answers_as_the_scan_of_every_report() {
        let people = ["a", "b", "c", "d", "e"];
        let set = |k: usize| -> Vec<&str> {
            let n = k % 4;
            (0..n).map(|j| people[(k / 4 + j * 2) % 5]).collect()
        };
        let scan = |c: &Cluster, m: &EventMention| -> bool {
            if m.participants.len() < 2 {
                return false;
            }
            let mine: BTreeSet<&str> = m.participants.iter().map(|r| r.id.as_str()).collect();
            c.mentions.iter().any(|o| {
                let theirs: BTreeSet<&str> = o.participants.iter().map(|r| r.id.as_str()).collect();
                theirs.len() >= 2
                    && !mine.is_disjoint(&theirs)
                    && !mine.is_subset(&theirs)
                    && !theirs.is_subset(&mine)
            })
        };
        let geography = Geography::default();
        let (mut asked, mut differ) = (0, 0);
        for start in 0..40 {
            for size in 1..=6 {
                let first = mention("d", EventType::Meeting, &set(start), &[], None);
                let mut c = Cluster::new(first, None, &geography);
                for k in 1..size {
                    c.push(
                        mention("d", EventType::Meeting, &set(start * 3 + k * 7), &[], None),
                        &geography,
                    );
                }
                for q in 0..40 {
                    let m = mention("e", EventType::Meeting, &set(q * 5 + 1), &[], None);
                    asked += 1;
                    let want = scan(&c, &m);
                    differ += usize::from(want);
                    assert_eq!(
                        other_encounter(&c, &m),
                        want,
                        "{:?} against {:?}",
                        m.participants,
                        c.encounters
                    );
                }
            }
        }
        // both answers occur
        assert!(
            asked == 9600 && differ > 100 && differ < asked - 100,
            "{differ} of {asked}"
        );
    }

    pub(crate) fn day(s: &str) -> DateInterval {
        DateInterval::parse_iso(s).unwrap()
    }

    fn who(ids: &[&str]) -> Vec<EntityRef> {
        ids.iter()
            .map(|i| EntityRef::new(i.to_string(), i.to_string()))
            .collect()
    }

    /// A test mention (shared with the tests of [`super::publication`]).
    pub(crate) fn mention(
        doc: &str,
        t: EventType,
        people: &[&str],
        places: &[&str],
        date: Option<&str>,
    ) -> EventMention {
        EventMention {
            attached_places: Box::default(),
            located_places: Box::default(),
            party_places: Box::default(),
            acting_places: Box::default(),
            speakers: Box::default(),
            document: doc.into(),
            event_type: t,
            trigger: "x".into(),
            modality: Modality::Occurred,
            participants: who(people).into(),
            places: who(places).into(),
            time: date.map(|d| {
                Box::new(EventTime {
                    interval: day(d),
                    expression: d.into(),
                    value: d.into(),
                    rule: "test".into(),
                })
            }),
            window: None,
            attribution: None,
            quote: format!("{doc} {t:?}").into(),
            start: 0,
            end: 1,
            sentence: 0,
            caption: false,
            frame: false,
            pending: None,
        }
    }

    pub(crate) fn extract(doc: &str, published: &str, events: Vec<EventMention>) -> DocExtract {
        let mut record = DocumentRecord::skipped(doc.into(), doc.into(), String::new());
        record.status = DocStatus::Ok;
        record.reason = None;
        record.published = Some(Published::from_interval(
            day(published),
            crate::model::DateSource::Metadata,
        ));
        DocExtract {
            document: record,
            entities: Vec::new(),
            timexes: Vec::new(),
            events,
        }
    }

    /// Every pointing determiner before an event noun refers back; an
    /// indefinite one, a verb or a noun not in the sentence does not.
    #[test]
    fn a_definite_event_noun_refers_back() {
        let mut m = mention("a", EventType::Meeting, &["kim"], &[], None);
        for det in [
            "le", "la", "l'", "les", "ce", "cette", "ces", "son", "sa", "leur", "leurs", "du",
            "au", "aux",
        ] {
            let sep = if det.ends_with('\'') { "" } else { " " };
            for (noun, text) in [
                ("sommet", "Lors de {d}{s}sommet, Kim a parlé."),
                ("rencontre", "Kim a évoqué {d}{s}rencontre."),
            ] {
                m.trigger = noun.into();
                m.quote = text.replace("{d}", det).replace("{s}", sep).into();
                assert!(refers_back(&m), "{}", m.quote);
            }
        }
        for quote in [
            "Lors d'un sommet, Kim a parlé.",
            "Kim a évoqué une rencontre.",
            "Ils se rencontrent.",
            "Rien ici.",
        ] {
            m.trigger = if quote.contains("sommet") {
                "sommet"
            } else {
                "rencontre"
            }
            .into();
            m.quote = quote.into();
            assert!(!refers_back(&m), "{quote}");
        }
    }

    /// Types of one group can tell one event (an announcement and a
    /// statement), but an undated report from another article is weak
    /// evidence: it joins a dated event only when that event was reported
    /// with its own type (a signing is not the ratification of the same
    /// pact). From the article that dates the event, the group is enough.
    /// Every pair of types of every group.
    #[test]
    fn an_undated_report_of_another_article_joins_only_its_own_type() {
        let mut pairs = 0;
        for dated_type in EventType::ALL {
            for undated_type in EventType::ALL {
                if type_group(dated_type) != type_group(undated_type) {
                    continue;
                }
                for same_article in [false, true] {
                    let dated = mention(
                        "a",
                        dated_type,
                        &["kim", "putin"],
                        &["pyongyang"],
                        Some("2024-11-11"),
                    );
                    let other = if same_article { "a" } else { "b" };
                    let undated =
                        mention(other, undated_type, &["kim", "putin"], &["pyongyang"], None);
                    let mut extracts = vec![extract("a", "2024-11-30", vec![dated])];
                    if same_article {
                        extracts[0].events.push(undated);
                    } else {
                        extracts.push(extract("b", "2024-11-30", vec![undated]));
                    }
                    let report = consolidate(extracts, "t");
                    let joins = same_article || dated_type == undated_type;
                    assert_eq!(
                        report.events.len(),
                        if joins { 1 } else { 2 },
                        "{dated_type:?} dated, {undated_type:?} undated, same article: {same_article}"
                    );
                    pairs += 1;
                }
            }
        }
        assert!(pairs > 2 * EventType::ALL.len(), "{pairs}");
    }

    /// Encounters of one person with different people the same day are
    /// two events (`Kim a reçu Belooussov`, `Belooussov s'est entretenu
    /// avec No`); the same people, more or fewer of them, or a visit told
    /// with its traveller alone, are one. Every type of the encounter
    /// group, dated or undated, in one article or two.
    #[test]
    fn encounters_with_different_people_the_same_day_are_two_events() {
        let encounters = [EventType::Visit, EventType::Meeting, EventType::Reception];
        for first in encounters {
            for second in encounters {
                for dated in [true, false] {
                    for (people, events) in [
                        (&["belooussov", "no"][..], 2),
                        (&["belooussov", "kim"][..], 1),
                        (&["belooussov", "kim", "no"][..], 1),
                        (&["belooussov"][..], 1),
                    ] {
                        let a = mention(
                            "a",
                            first,
                            &["belooussov", "kim"],
                            &["pyongyang"],
                            Some("2024-11-29"),
                        );
                        let date = dated.then_some("2024-11-29");
                        let b = mention("a", second, people, &["pyongyang"], date);
                        let report = consolidate(vec![extract("a", "2024-11-30", vec![a, b])], "t");
                        assert_eq!(
                            report.events.len(),
                            events,
                            "{first:?} {second:?} {people:?} dated {dated}"
                        );
                    }
                }
            }
        }
    }

    /// An undated report of another article joins a dated event only when
    /// it points to it: a definite noun or the event's place; else it stays
    /// an undated event of its own.
    #[test]
    fn an_undated_report_joins_only_an_event_it_points_to() {
        for (quote, trigger, places, joins) in [
            ("Ce sommet a duré trois heures.", "sommet", &[][..], true),
            (
                "Kim et Poutine se sont rencontrés à Vostochny.",
                "rencontrés",
                &["vostochny"][..],
                true,
            ),
            (
                "Kim et Poutine se sont rencontrés.",
                "rencontrés",
                &[][..],
                false,
            ),
            ("Un sommet a eu lieu.", "sommet", &[][..], false),
        ] {
            let dated = mention(
                "a",
                EventType::Meeting,
                &["kim", "putin"],
                &["vostochny"],
                Some("2023-09-13"),
            );
            let mut undated = mention("b", EventType::Meeting, &["kim", "putin"], places, None);
            undated.quote = quote.into();
            undated.trigger = trigger.into();
            let report = consolidate(
                vec![
                    extract("a", "2023-09-13", vec![dated]),
                    extract("b", "2023-09-14", vec![undated]),
                ],
                "t",
            );
            assert_eq!(report.events.len(), if joins { 1 } else { 2 }, "{quote}");
        }
    }

    /// An undated report that says where it happens joins a dated event of
    /// its actors only in the same country (the place, a place of that
    /// country, or the country itself); in another country it is another
    /// act. Every place of the dated event × every place of the undated
    /// report (the expected answer from the countries written here), in
    /// one article. And among undated reports, one told as done and one
    /// told as to come stay two.
    #[test]
    fn an_undated_report_of_another_country_joins_no_event() {
        let country = |place: &str| match place {
            "vladivostok" | "vostochny" | "russie" => "russie",
            "pyongyang" | "coree-du-nord" => "coree-du-nord",
            "pekin" | "chine" => "chine",
            _ => unreachable!(),
        };
        let geography = Geography::new(
            [
                ("vladivostok", "russie"),
                ("vostochny", "russie"),
                ("pyongyang", "coree-du-nord"),
                ("pekin", "chine"),
            ]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
        );
        let places = [
            "vladivostok",
            "vostochny",
            "russie",
            "pyongyang",
            "coree-du-nord",
            "pekin",
            "chine",
        ];
        let mut tried = 0;
        for dated_place in places {
            for undated_place in places {
                let mut dated = mention(
                    "a",
                    EventType::Meeting,
                    &["kim", "putin"],
                    &[dated_place],
                    Some("2023-09-13"),
                );
                dated.attached_places = who(&[dated_place]).into();
                let mut undated = mention(
                    "a",
                    EventType::Meeting,
                    &["kim", "putin"],
                    &[undated_place],
                    None,
                );
                undated.attached_places = who(&[undated_place]).into();
                let report = consolidate_with(
                    vec![extract("a", "2023-09-14", vec![dated, undated])],
                    "t",
                    &[],
                    &geography,
                );
                let joins = country(dated_place) == country(undated_place);
                assert_eq!(
                    report.events.len(),
                    if joins { 1 } else { 2 },
                    "{dated_place} dated, {undated_place} undated"
                );
                tried += 1;
            }
        }
        assert_eq!(tried, 49);
        // undated both: done and to come stay apart, two of a kind join
        for (first, second, join) in [
            (Modality::Occurred, Modality::Planned, false),
            (Modality::Planned, Modality::Occurred, false),
            (Modality::Occurred, Modality::Occurred, true),
            (Modality::Planned, Modality::Planned, true),
        ] {
            let mut a = mention("a", EventType::Visit, &["putin"], &[], None);
            a.modality = first;
            let mut b = mention("a", EventType::Visit, &["putin"], &[], None);
            b.modality = second;
            let report = consolidate_with(
                vec![extract("a", "2023-09-14", vec![a, b])],
                "t",
                &[],
                &geography,
            );
            assert_eq!(
                report.events.len(),
                if join { 1 } else { 2 },
                "{first:?} {second:?}"
            );
        }
    }

    /// The countries of the place tests, written here rather than read from
    /// the code: two Russian places, Russia, Pyongyang, North Korea,
    /// Beijing, China.
    const PLACES: [&str; 7] = [
        "vladivostok",
        "vostochny",
        "russie",
        "pyongyang",
        "coree-du-nord",
        "pekin",
        "chine",
    ];

    fn country_in_test(place: &str) -> &'static str {
        match place {
            "vladivostok" | "vostochny" | "russie" => "russie",
            "pyongyang" | "coree-du-nord" => "coree-du-nord",
            "pekin" | "chine" => "chine",
            _ => unreachable!("{place}"),
        }
    }

    fn places_geography() -> Geography {
        Geography::new(
            [
                ("vladivostok", "russie"),
                ("vostochny", "russie"),
                ("pyongyang", "coree-du-nord"),
                ("pekin", "chine"),
            ]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
        )
    }

    /// Two dated reports of one person's acts whose predicates name places
    /// in two countries are two events, the same days or a day apart (the
    /// stop in Siberia on the 18th is not the visit to Pyongyang of the
    /// 19th, and no conflict between them); in one country they are one.
    /// Every place × every place × same day or the next, each article
    /// first in turn.
    #[test]
    fn dated_reports_in_two_countries_are_two_events() {
        let geography = places_geography();
        let mut tried = 0;
        for first_place in PLACES {
            for second_place in PLACES {
                for second_day in ["2024-06-18", "2024-06-19"] {
                    for (first_doc, second_doc) in [("a", "b"), ("b", "a")] {
                        let report = |place: &str, day: &str| {
                            let mut m =
                                mention("x", EventType::Visit, &["putin"], &[place], Some(day));
                            m.attached_places = who(&[place]).into();
                            m
                        };
                        let mut one = report(first_place, "2024-06-18");
                        one.document = first_doc.into();
                        let mut two = report(second_place, second_day);
                        two.document = second_doc.into();
                        let r = consolidate_with(
                            vec![
                                extract(first_doc, "2024-06-20", vec![one]),
                                extract(second_doc, "2024-06-20", vec![two]),
                            ],
                            "t",
                            &[],
                            &geography,
                        );
                        let same = country_in_test(first_place) == country_in_test(second_place);
                        assert_eq!(
                            r.events.len(),
                            if same { 1 } else { 2 },
                            "{first_place} {second_place} {second_day} {first_doc}"
                        );
                        if same {
                            // the next day is a conflict shown, not a new event
                            let conflicts = r.events[0].conflicts.len();
                            assert_eq!(conflicts, usize::from(second_day == "2024-06-19"));
                        }
                        tried += 1;
                    }
                }
            }
        }
        assert_eq!(tried, 7 * 7 * 2 * 2);
    }

    /// A dated report naming no one joins the one event of its type group
    /// that names its place (not a country) on its day: every place of the
    /// event × every place of the report × the report's precision (day,
    /// week, month) × one event there or two. The expected answer follows
    /// from the rule as written here: the same place, a place not a
    /// country, a week or narrower, a single candidate.
    #[test]
    fn a_report_naming_no_one_joins_the_one_event_at_its_site() {
        let geography = places_geography();
        let is_country = |p: &str| matches!(p, "russie" | "coree-du-nord" | "chine");
        let week = DateInterval::new(
            NaiveDate::from_ymd_opt(2023, 9, 11).unwrap(),
            NaiveDate::from_ymd_opt(2023, 9, 17).unwrap(),
            Precision::Week,
        );
        let mut tried = 0;
        for event_place in PLACES {
            for report_place in PLACES {
                for precision in [Precision::Day, Precision::Week, Precision::Month] {
                    for others_there in [false, true] {
                        let mut summit = mention(
                            "a",
                            EventType::Meeting,
                            &["kim", "putin"],
                            &[event_place],
                            Some("2023-09-13"),
                        );
                        summit.attached_places = who(&[event_place]).into();
                        let mut docs = vec![extract("a", "2023-09-14", vec![summit])];
                        if others_there {
                            let mut talks = mention(
                                "b",
                                EventType::Meeting,
                                &["lavrov", "choe"],
                                &[event_place],
                                Some("2023-09-13"),
                            );
                            talks.attached_places = who(&[event_place]).into();
                            docs.push(extract("b", "2023-09-14", vec![talks]));
                        }
                        let mut lone = mention(
                            "z",
                            EventType::Meeting,
                            &[],
                            &[report_place],
                            Some("2023-09-13"),
                        );
                        lone.attached_places = who(&[report_place]).into();
                        if let Some(t) = lone.time.as_mut() {
                            t.interval = match precision {
                                Precision::Day => day("2023-09-13"),
                                Precision::Week => week,
                                _ => day("2023-09"),
                            };
                        }
                        docs.push(extract("z", "2023-09-14", vec![lone]));
                        let r = consolidate_with(docs, "t", &[], &geography);
                        let joins = event_place == report_place
                            && !is_country(report_place)
                            && precision <= Precision::Week
                            && !others_there;
                        let events = 1 + usize::from(others_there) + usize::from(!joins);
                        assert_eq!(
                            r.events.len(),
                            events,
                            "{event_place} {report_place} {precision:?} {others_there}"
                        );
                        if joins {
                            let summit = &r.events[0];
                            assert_eq!(summit.sources.len(), 2);
                            assert_eq!(summit.date, Some(day("2023-09-13")));
                        }
                        tried += 1;
                    }
                }
            }
        }
        assert_eq!(tried, 7 * 7 * 3 * 2);
    }

    /// An undated report that names someone joins a dated event that names
    /// no one, from another article, only through a shared place that is
    /// not a country; from its own article any shared place will do. With
    /// an event of the same person, the country is enough (they share
    /// the person); with another person's, nothing joins. Every place of
    /// the report × who the event names × same article or another; the
    /// expected answer is the rule as written here.
    #[test]
    fn a_country_alone_ties_no_named_report_to_an_event_naming_no_one() {
        let geography = places_geography();
        let event_places = ["vostochny", "russie"];
        let mut tried = 0;
        for report_place in PLACES {
            for event_people in [&[][..], &["kim"][..], &["putin"][..]] {
                for same_article in [true, false] {
                    let dated = mention(
                        "a",
                        EventType::Statement,
                        event_people,
                        &event_places,
                        Some("2023-09-13"),
                    );
                    let doc = if same_article { "a" } else { "b" };
                    let undated =
                        mention(doc, EventType::Statement, &["kim"], &[report_place], None);
                    let docs = if same_article {
                        vec![extract("a", "2023-09-14", vec![dated, undated])]
                    } else {
                        vec![
                            extract("a", "2023-09-14", vec![dated]),
                            extract("b", "2023-09-14", vec![undated]),
                        ]
                    };
                    let r = consolidate_with(docs, "t", &[], &geography);
                    let shares_any = event_places.contains(&report_place);
                    let shares_site = report_place == "vostochny";
                    let joins = match event_people {
                        [] => shares_site || (same_article && shares_any),
                        ["kim"] => same_article || shares_any,
                        _ => false,
                    };
                    assert_eq!(
                        r.events.len(),
                        if joins { 1 } else { 2 },
                        "{report_place} {event_people:?} same article: {same_article}"
                    );
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 7 * 3 * 2);
    }

    /// The geography of the trip tests: three Russian places, Pyongyang,
    /// and where two people are from.
    fn trip_geography() -> Geography {
        let pairs = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        Geography::new(pairs(&[
            ("vladivostok", "russie"),
            ("vostochny", "russie"),
            ("artiom", "russie"),
            ("pyongyang", "coree-du-nord"),
        ]))
        .with_homes(pairs(&[("kim", "coree-du-nord"), ("putin", "russie")]))
    }

    /// One trip: Kim's arrival, his talks with Putin and his departure,
    /// all in Russia, are three events of one episode whose bounds are the
    /// arrival and the departure; Putin, at home, travels nowhere. Each
    /// variation that breaks the trip gives no episode or two.
    #[test]
    fn the_events_of_a_person_abroad_days_apart_are_one_episode() {
        let trip = |talks_day: &str, departure_day: &str, talks_status: Modality| {
            let mut talks = mention(
                "b",
                EventType::Meeting,
                &["kim", "putin"],
                &["vostochny"],
                Some(talks_day),
            );
            talks.modality = talks_status;
            vec![
                extract(
                    "a",
                    "2023-09-12",
                    vec![mention(
                        "a",
                        EventType::Arrival,
                        &["kim"],
                        &["vladivostok"],
                        Some("2023-09-12"),
                    )],
                ),
                extract("b", "2023-09-13", vec![talks]),
                extract(
                    "c",
                    "2023-09-30",
                    vec![mention(
                        "c",
                        EventType::Departure,
                        &["kim"],
                        &["artiom"],
                        Some(departure_day),
                    )],
                ),
                // days later at home: no moment of the trip
                extract(
                    "d",
                    "2023-09-30",
                    vec![mention(
                        "d",
                        EventType::Ceremony,
                        &["kim"],
                        &["pyongyang"],
                        Some("2023-09-19"),
                    )],
                ),
            ]
        };
        let report = consolidate_with(
            trip("2023-09-13", "2023-09-17", Modality::Occurred),
            "t",
            &[],
            &trip_geography(),
        );
        assert_eq!(report.episodes.len(), 1, "{:#?}", report.episodes);
        let ep = &report.episodes[0];
        assert_eq!(
            (ep.traveller.id.as_str(), ep.country.id.as_str()),
            ("kim", "russie")
        );
        assert_eq!(ep.date, day("2023-09-12/2023-09-17"));
        assert_eq!(ep.events.len(), 3);
        let id_of = |t: EventType| {
            report
                .events
                .iter()
                .find(|e| e.event_type == t && e.places.iter().all(|p| p.id != "pyongyang"))
                .map(|e| e.id.clone())
        };
        assert_eq!(ep.arrival, id_of(EventType::Arrival));
        assert_eq!(ep.departure, id_of(EventType::Departure));
        for e in &report.events {
            let abroad = e.places.iter().all(|p| p.id != "pyongyang");
            assert_eq!(e.episode.is_some(), abroad, "{}", e.title);
        }
        // (talks day, departure day, talks status, events of the first
        // episode): a departure within two weeks of the arrival closes the
        // same trip however quiet the days between, past two weeks it is
        // another stay's; denied talks and talks dated to the month are no
        // moments of the trip (the arrival and departure still are)
        let variants = [
            ("2023-09-13", "2023-09-24", Modality::Occurred, 3),
            ("2023-09-13", "2023-09-28", Modality::Occurred, 2),
            ("2023-09-13", "2023-09-17", Modality::Negated, 2),
            ("2023-09", "2023-09-17", Modality::Occurred, 2),
        ];
        for (talks, departure, status, events) in variants {
            let r = consolidate_with(trip(talks, departure, status), "t", &[], &trip_geography());
            assert_eq!(r.episodes.len(), 1, "{talks} {departure} {status:?}");
            assert_eq!(
                r.episodes[0].events.len(),
                events,
                "{talks} {departure} {status:?}"
            );
        }
        // without a known home, nobody travels
        let unknown = consolidate_with(
            trip("2023-09-13", "2023-09-17", Modality::Occurred),
            "t",
            &[],
            &Geography::default(),
        );
        assert!(unknown.episodes.is_empty());
        assert!(unknown.events.iter().all(|e| e.episode.is_none()));
    }

    /// A stay is a run of events of a person abroad at most four days
    /// apart (or an arrival and its departure within two weeks): talks and
    /// a ceremony alone make no trip, a visit and a ceremony six days apart
    /// are two stays of one event each, and no episode has a single event.
    #[test]
    fn talks_alone_or_far_apart_make_no_episode() {
        // "first day, second day, first type, second type": episodes
        let cases = [
            ("2023-09-13 2023-09-14 meeting ceremony", 0),
            ("2023-09-13 2023-09-14 arrival meeting", 1),
            ("2023-09-13 2023-09-14 visit ceremony", 1),
            ("2023-09-13 2023-09-17 visit ceremony", 1),
            ("2023-09-13 2023-09-19 visit ceremony", 0),
            ("2023-09-13 2023-09-19 arrival departure", 1),
        ];
        for (case, episodes) in cases {
            let words: Vec<&str> = case.split(' ').collect();
            let (first, second) = (words[0], words[1]);
            let kinds = [words[2], words[3]].map(|t| EventType::parse(t).expect("type"));
            let docs = vec![
                extract(
                    "a",
                    "2023-09-20",
                    vec![mention(
                        "a",
                        kinds[0],
                        &["kim"],
                        &["vladivostok"],
                        Some(first),
                    )],
                ),
                extract(
                    "b",
                    "2023-09-20",
                    vec![mention(
                        "b",
                        kinds[1],
                        &["kim"],
                        &["vostochny"],
                        Some(second),
                    )],
                ),
            ];
            let report = consolidate_with(docs, "t", &[], &trip_geography());
            assert_eq!(
                report.episodes.len(),
                episodes,
                "{first} {second} {kinds:?}"
            );
        }
    }

    /// A participant-less report that names only a country joins the one
    /// more precise report of its kind inside that country whose date it
    /// holds; two candidates, a city of another country, a date outside,
    /// another kind or named people keep them apart.
    #[test]
    fn a_report_naming_only_the_country_joins_the_one_event_in_it() {
        let geography = Geography::new(
            [
                ("vladivostok", "russie"),
                ("koursk", "russie"),
                ("pyongyang", "coree-du-nord"),
            ]
            .iter()
            .map(|(p, c)| (p.to_string(), c.to_string()))
            .collect(),
        );
        let season = "2024-09-01/2024-11-30";
        // (coarse places, coarse date, coarse type, precise reports (place, date), people, events)
        type Case<'a> = (
            &'a [&'a str],
            &'a str,
            EventType,
            &'a [(&'a str, &'a str)],
            &'a [&'a str],
            usize,
        );
        let cases: &[Case] = &[
            (
                &["russie"],
                season,
                EventType::Military,
                &[("vladivostok", "2024-10-08/2024-10-13")],
                &[],
                1,
            ),
            (
                &["russie", "pyongyang"],
                season,
                EventType::Military,
                &[("vladivostok", "2024-10-08")],
                &[],
                1,
            ),
            (
                &["russie"],
                season,
                EventType::Deployment,
                &[("vladivostok", "2024-10-08")],
                &[],
                1,
            ),
            (
                &["russie"],
                season,
                EventType::Military,
                &[("vladivostok", "2024-10-08"), ("koursk", "2024-11-02")],
                &[],
                3,
            ),
            (
                &["russie"],
                season,
                EventType::Military,
                &[("pyongyang", "2024-10-08")],
                &[],
                2,
            ),
            (
                &["russie"],
                season,
                EventType::Military,
                &[("vladivostok", "2024-12-08")],
                &[],
                2,
            ),
            (
                &["russie"],
                season,
                EventType::Visit,
                &[("vladivostok", "2024-10-08")],
                &[],
                2,
            ),
            (
                &["russie"],
                season,
                EventType::Military,
                &[("vladivostok", "2024-10-08")],
                &["kim"],
                2,
            ),
            (
                &["russie", "vladivostok"],
                season,
                EventType::Military,
                &[("koursk", "2024-10-08")],
                &[],
                2,
            ),
        ];
        for &(places, date, kind, precise, people, events) in cases {
            let mut docs = vec![extract(
                "a",
                "2025-01-10",
                vec![mention("a", kind, people, places, Some(date))],
            )];
            for (i, (place, day)) in precise.iter().enumerate() {
                let doc = format!("b{i}");
                docs.push(extract(
                    &doc,
                    "2025-01-10",
                    vec![mention(
                        &doc,
                        EventType::Deployment,
                        &[],
                        &[place],
                        Some(day),
                    )],
                ));
            }
            let report = consolidate_with(docs, "t", &[], &geography);
            let case = format!("{places:?} {kind:?} {precise:?} {people:?}");
            assert_eq!(report.events.len(), events, "{case}");
        }
    }

    /// A ceremony and a visit of the same people at the same place: one
    /// event when one of them is dated only coarsely (month, season) and
    /// holds the other, two when both are dated to the day or the dates,
    /// people or places differ, or the other event is talks, not a trip.
    #[test]
    fn a_ceremony_told_coarsely_is_a_moment_of_the_visit() {
        let guest = ["choigou", "kim"];
        // (visit type, visit date, ceremony date, people, place, events, date of the first)
        type Case<'a> = (
            EventType,
            &'a str,
            &'a str,
            &'a [&'a str],
            &'a str,
            usize,
            &'a str,
        );
        let cases: &[Case] = &[
            (
                EventType::Visit,
                "2023-07",
                "2023-07-27",
                &guest,
                "pyongyang",
                1,
                "2023-07-27",
            ),
            (
                EventType::Reception,
                "2023-07",
                "2023-07-27",
                &guest,
                "pyongyang",
                1,
                "2023-07-27",
            ),
            (
                EventType::Visit,
                "2023-07-27",
                "2023-07",
                &guest,
                "pyongyang",
                1,
                "2023-07-27",
            ),
            (
                EventType::Visit,
                "2023-07",
                "2023-06-01/2023-08-31",
                &["choigou"],
                "pyongyang",
                1,
                "2023-07",
            ),
            (
                EventType::Visit,
                "2024-06-18/2024-06-19",
                "2024-06-19",
                &guest,
                "pyongyang",
                2,
                "2024-06-18/2024-06-19",
            ),
            (
                EventType::Visit,
                "2023-07",
                "2023-09-03",
                &guest,
                "pyongyang",
                2,
                "2023-07",
            ),
            (
                EventType::Visit,
                "2023-07",
                "2023-07-27",
                &["lavrov"],
                "pyongyang",
                2,
                "2023-07",
            ),
            (
                EventType::Visit,
                "2023-07",
                "2023-07-27",
                &guest,
                "moscou",
                2,
                "2023-07",
            ),
            (
                EventType::Meeting,
                "2023-07",
                "2023-07-27",
                &guest,
                "pyongyang",
                2,
                "2023-07",
            ),
        ];
        for &(kind, visit_date, ceremony_date, people, place, events, first) in cases {
            let visit = mention("a", kind, &guest, &["pyongyang"], Some(visit_date));
            let ceremony = mention(
                "b",
                EventType::Ceremony,
                people,
                &[place],
                Some(ceremony_date),
            );
            let report = consolidate(
                vec![
                    extract("a", "2023-12-01", vec![visit]),
                    extract("b", "2023-12-01", vec![ceremony]),
                ],
                "t",
            );
            let case = format!("{kind:?} {visit_date} / {ceremony_date} {people:?} {place}");
            assert_eq!(report.events.len(), events, "{case}");
            assert_eq!(report.events[0].date, Some(day(first)), "{case}");
        }
    }

    #[test]
    fn reports_of_one_event_merge_and_the_date_is_their_intersection() {
        let a = extract(
            "a",
            "2023-09-12",
            vec![mention(
                "a",
                EventType::Meeting,
                &["kim", "putin"],
                &["russie"],
                Some("2023-09-13"),
            )],
        );
        let b = extract(
            "b",
            "2024-06-17",
            vec![mention(
                "b",
                EventType::Visit,
                &["kim"],
                &["russie"],
                Some("2023-09"),
            )],
        );
        let r = consolidate(vec![a, b], "t");
        assert_eq!(r.events.len(), 1);
        let e = &r.events[0];
        assert_eq!(e.date.unwrap().iso(), "2023-09-13");
        assert_eq!(e.date.unwrap().precision, Precision::Day);
        assert_eq!(e.independent_sources, 2);
    }

    /// With no one named, the country that acts is the headline's agent
    /// (without its own name again as the place); a person named wins.
    /// Every act type × two countries.
    #[test]
    fn the_country_that_acts_is_the_headline_agent_when_no_one_is_named() {
        let types = [
            (EventType::Launch, "Lancement"),
            (EventType::Deployment, "Déploiement"),
            (EventType::Military, "Opérations militaires"),
        ];
        let countries = [
            (
                "coree-du-nord",
                "Corée du Nord",
                "la",
                "de la Corée du Nord",
            ),
            ("russie", "Russie", "la", "de la Russie"),
        ];
        for (t, noun) in types {
            for (id, name, article, of) in countries {
                let country = EntityRef::from(crate::model::EntityRefData {
                    id: id.into(),
                    name: name.into(),
                    article: Some(article.into()),
                    locative: Some("en".into()),
                });
                let mut m = mention("a", t, &[], &[id], Some("2023-11-21"));
                m.acting_places = vec![country.clone()].into();
                m.attached_places = vec![country.clone()].into();
                let r = consolidate(vec![extract("a", "2023-11-22", vec![m.clone()])], "t");
                assert_eq!(r.events[0].title, format!("{noun} {of}"));
                m.participants = who(&["kim"]).into();
                let r = consolidate(vec![extract("a", "2023-11-22", vec![m])], "t");
                assert_eq!(r.events[0].title, format!("{noun} de kim en {name}"));
            }
        }
    }

    /// Where an event took place, when no predicate names it: the places a
    /// preposition introduces that the most reports give; with none, the
    /// places the most reports name. Every choice of the located place
    /// among five, the others as passing mentions, and one report or three.
    #[test]
    fn the_shown_place_is_located_and_given_by_the_most_reports() {
        let all = ["vladivostok", "russie", "seoul", "moscou", "ukraine"];
        for located in all {
            let others: Vec<&str> = all.iter().copied().filter(|p| *p != located).collect();
            // three reports: two locate the place, one names it only in
            // passing; each names one other place in passing, and the third
            // locates another place
            let mut reports = Vec::new();
            for (k, doc) in ["a", "b", "c"].into_iter().enumerate() {
                let mut m = mention(
                    doc,
                    EventType::Meeting,
                    &["kim", "putin"],
                    &[located, others[k]],
                    Some("2023-09-13"),
                );
                m.located_places = if k < 2 {
                    who(&[located])
                } else {
                    who(&[others[k]])
                }
                .into();
                reports.push(extract(doc, "2023-09-14", vec![m]));
            }
            let r = consolidate(reports, "t");
            assert_eq!(r.events.len(), 1, "{located}");
            let e = &r.events[0];
            let shown: Vec<&str> = e.places.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(shown, [located]);
            let mut mentioned: Vec<&str> =
                e.mentioned_places.iter().map(|p| p.id.as_str()).collect();
            mentioned.sort();
            let mut expected: Vec<&str> = others[..3].to_vec();
            expected.sort();
            assert_eq!(mentioned, expected, "{located}");
            // no report locates a place: the place every report names wins
            // over those one names; one report alone shows all of its own
            let reports: Vec<DocExtract> = ["a", "b"]
                .into_iter()
                .enumerate()
                .map(|(k, doc)| {
                    let m = mention(
                        doc,
                        EventType::Meeting,
                        &["kim", "putin"],
                        &[located, others[k]],
                        Some("2023-09-13"),
                    );
                    extract(doc, "2023-09-14", vec![m])
                })
                .collect();
            let r = consolidate(reports, "t");
            let shown: Vec<&str> = r.events[0].places.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(shown, [located]);
            let alone = mention(
                "a",
                EventType::Meeting,
                &["kim", "putin"],
                &[located, others[0]],
                Some("2023-09-13"),
            );
            let r = consolidate(vec![extract("a", "2023-09-14", vec![alone])], "t");
            let mut shown: Vec<&str> = r.events[0].places.iter().map(|p| p.id.as_str()).collect();
            shown.sort();
            let mut expected = vec![located, others[0]];
            expected.sort();
            assert_eq!(shown, expected);
            // …but never a party (`la violation par Moscou`), which stays
            // a mentioned place
            let mut alone = mention(
                "a",
                EventType::Meeting,
                &["kim", "putin"],
                &[located, others[0]],
                Some("2023-09-13"),
            );
            alone.party_places = who(&[others[0]]).into();
            let r = consolidate(vec![extract("a", "2023-09-14", vec![alone])], "t");
            let shown: Vec<&str> = r.events[0].places.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(shown, [located]);
            let mentioned: Vec<&str> = r.events[0]
                .mentioned_places
                .iter()
                .map(|p| p.id.as_str())
                .collect();
            assert_eq!(mentioned, [others[0]]);
        }
    }

    #[test]
    fn look_alikes_stay_apart() {
        let a = extract(
            "a",
            "2024-06-17",
            vec![
                mention(
                    "a",
                    EventType::Meeting,
                    &["kim", "putin"],
                    &["vladivostok"],
                    Some("2019"),
                ),
                mention(
                    "a",
                    EventType::Meeting,
                    &["kim", "putin"],
                    &["vostochny"],
                    Some("2023-09-13"),
                ),
                mention(
                    "a",
                    EventType::Visit,
                    &["putin"],
                    &["coree-du-nord"],
                    Some("2024-06-18/2024-06-19"),
                ),
                mention("a", EventType::Visit, &[], &["coree-du-nord"], Some("2023")),
            ],
        );
        let r = consolidate(vec![a], "t");
        let dates: Vec<String> = r.events.iter().map(|e| e.date.unwrap().iso()).collect();
        assert_eq!(
            dates,
            ["2019", "2023", "2023-09-13", "2024-06-18/2024-06-19"]
        );
    }

    #[test]
    fn close_but_disjoint_dates_are_one_event_with_a_conflict() {
        let a = extract(
            "a",
            "2023-09-12",
            vec![mention(
                "a",
                EventType::Arrival,
                &["kim"],
                &["russie"],
                Some("2023-09-12"),
            )],
        );
        let b = extract(
            "b",
            "2023-09-12",
            vec![mention(
                "b",
                EventType::Arrival,
                &["kim"],
                &["russie"],
                Some("2023-09-11"),
            )],
        );
        let r = consolidate(vec![a, b], "t");
        assert_eq!(r.events.len(), 1);
        let c = &r.events[0].conflicts;
        assert_eq!(c.len(), 1);
        // documents are taken in id order: the first report's date is kept
        assert_eq!(c[0].kept.iso(), "2023-09-12");
        assert_eq!(c[0].rejected.iso(), "2023-09-11");
        assert_eq!(r.events[0].date.unwrap().iso(), "2023-09-12");
    }

    #[test]
    fn a_plan_reported_done_later_has_occurred() {
        let mut planned = mention(
            "a",
            EventType::Visit,
            &["putin"],
            &["coree-du-nord"],
            Some("2024-06-18/2024-06-19"),
        );
        planned.modality = Modality::Planned;
        let done = mention(
            "b",
            EventType::Visit,
            &["putin"],
            &["pyongyang"],
            Some("2024-06-19"),
        );
        let r = consolidate(
            vec![
                extract("a", "2024-06-17", vec![planned.clone()]),
                extract("b", "2024-06-20", vec![done]),
            ],
            "t",
        );
        assert_eq!(r.events.len(), 1);
        assert_eq!(r.events[0].status, Modality::Occurred);
        let only_plan = consolidate(vec![extract("a", "2024-06-17", vec![planned])], "t");
        assert_eq!(only_plan.events[0].status, Modality::Planned);
    }

    #[test]
    fn undated_mentions_join_a_near_event_they_share_actors_with() {
        let a = extract(
            "a",
            "2023-09-12",
            vec![
                mention(
                    "a",
                    EventType::Meeting,
                    &["kim", "putin"],
                    &["russie"],
                    Some("2023-09-13"),
                ),
                EventMention {
                    start: 10,
                    end: 20,
                    ..mention("a", EventType::Meeting, &["kim"], &[], None)
                },
                // nobody in common: stays undated
                mention("a", EventType::Meeting, &["biden"], &[], None),
            ],
        );
        // far from its article's date: does not join the 2023 summit
        let b = extract(
            "b",
            "2025-03-01",
            vec![mention("b", EventType::Meeting, &["putin"], &[], None)],
        );
        let r = consolidate(vec![a, b], "t");
        let summit = r.events.iter().find(|e| e.date.is_some()).unwrap();
        assert_eq!(summit.sources.len(), 2, "{:#?}", summit.sources);
        assert_eq!(r.events.iter().filter(|e| e.date.is_none()).count(), 2);
    }

    /// A report dated to a month retells the one event of its type its own
    /// article dates to a week or less inside that month, when it names no
    /// other actors (no one, or a site the event names): every type ×
    /// precision of the event × precision of the report × who the report
    /// names × same article or another × a second event of the type that
    /// month or not. The expected answer is the rule as written here.
    #[test]
    fn a_month_report_retells_the_one_event_of_its_type_its_article_dates() {
        let geography = places_geography();
        let week = DateInterval::new(
            NaiveDate::from_ymd_opt(2023, 11, 20).unwrap(),
            NaiveDate::from_ymd_opt(2023, 11, 26).unwrap(),
            Precision::Week,
        );
        // (people, places, compatible with the first event, with the second)
        let shapes: [(&[&str], &[&str], bool, bool); 4] = [
            (&[], &["vostochny"], true, true),
            (&["lavrov"], &["pyongyang"], true, false),
            (&["lavrov"], &["coree-du-nord"], false, false),
            (&["lavrov"], &["vladivostok"], false, false),
        ];
        let types = [
            EventType::Agreement,
            EventType::Launch,
            EventType::Visit,
            EventType::Meeting,
            EventType::Ratification,
            EventType::Military,
        ];
        let mut tried = 0;
        for t in types {
            for precise in [Precision::Day, Precision::Week] {
                for coarse in ["2023-11", "2023"] {
                    for (people, places, fits_first, fits_second) in shapes {
                        for same_doc in [true, false] {
                            for second in [false, true] {
                                let mut first =
                                    mention("a", t, &["kim"], &["pyongyang"], Some("2023-11-21"));
                                if precise == Precision::Week
                                    && let Some(time) = first.time.as_mut()
                                {
                                    time.interval = week;
                                }
                                let mut a = vec![first];
                                if second {
                                    a.push(mention(
                                        "a",
                                        t,
                                        &["xi"],
                                        &["pekin"],
                                        Some("2023-11-05"),
                                    ));
                                }
                                let doc = if same_doc { "a" } else { "b" };
                                // another sentence of the article: a source of its own
                                let report = EventMention {
                                    quote: format!("{doc} retold {t:?}").into(),
                                    sentence: 1,
                                    start: 10,
                                    end: 20,
                                    ..mention(doc, t, people, places, Some(coarse))
                                };
                                let mut docs = vec![];
                                if same_doc {
                                    a.push(report);
                                } else {
                                    docs.push(extract("b", "2023-11-25", vec![report]));
                                }
                                docs.push(extract("a", "2023-11-25", a));
                                let r = consolidate_with(docs, "t", &[], &geography);
                                let fitting =
                                    usize::from(fits_first) + usize::from(second && fits_second);
                                let joins = coarse == "2023-11" && same_doc && fitting == 1;
                                let label = format!(
                                    "{t:?} {precise:?} {coarse} {people:?} {places:?} same={same_doc} second={second}"
                                );
                                let events = 1 + usize::from(second) + usize::from(!joins);
                                assert_eq!(r.events.len(), events, "{label}: {:#?}", r.events);
                                if joins {
                                    let e = r
                                        .events
                                        .iter()
                                        .find(|e| e.participants.iter().any(|p| p.id == "kim"))
                                        .unwrap();
                                    assert_eq!(e.sources.len(), 2, "{label}");
                                    let want = if precise == Precision::Day {
                                        day("2023-11-21")
                                    } else {
                                        week
                                    };
                                    assert_eq!(e.date, Some(want), "{label}");
                                }
                                tried += 1;
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(tried, 6 * 2 * 2 * 4 * 2 * 2);
    }

    /// The date of a denial is the date of no act: an undated report told
    /// as done does not join an event every report of which denies it, and
    /// that event stays denied; any other pair joins as before. Every type
    /// × modality of the dated report × modality of the undated one.
    #[test]
    fn a_denied_act_lends_its_date_to_no_act_told_as_done() {
        let modalities = [
            Modality::Occurred,
            Modality::Planned,
            Modality::Speculated,
            Modality::Negated,
        ];
        for t in [
            EventType::Visit,
            EventType::Meeting,
            EventType::Ceremony,
            EventType::Agreement,
        ] {
            for dated in modalities {
                for undated in modalities {
                    let denial = EventMention {
                        modality: dated,
                        ..mention("a", t, &["kim", "putin"], &["moscou"], Some("2025-05-09"))
                    };
                    let told = EventMention {
                        modality: undated,
                        start: 10,
                        end: 20,
                        sentence: 1,
                        ..mention("a", t, &["kim", "putin"], &["moscou"], None)
                    };
                    let r = consolidate(vec![extract("a", "2025-05-09", vec![denial, told])], "t");
                    let apart = dated == Modality::Negated && undated == Modality::Occurred;
                    let label = format!("{t:?} {dated:?} {undated:?}");
                    assert_eq!(r.events.len(), 1 + usize::from(apart), "{label}");
                    let e = r.events.iter().find(|e| e.date.is_some()).unwrap();
                    assert_eq!(e.sources.len(), 2 - usize::from(apart), "{label}");
                    if apart {
                        assert_eq!(e.status, Modality::Negated, "{label}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_undated_mention_joins_no_event_on_the_wrong_side_of_its_day_of_writing() {
        // (modality, the event's day, does it join) for an article of 2023-10-19
        let cases = [
            (Modality::Occurred, "2023-10-13", true),
            (Modality::Occurred, "2023-10-21", true),
            (Modality::Occurred, "2023-11-02", false),
            (Modality::Planned, "2023-11-02", true),
            (Modality::Planned, "2023-10-17", true),
            (Modality::Planned, "2023-10-05", false),
        ];
        for (modality, day, joins) in cases {
            let dated = extract(
                "a",
                day,
                vec![mention(
                    "a",
                    EventType::Statement,
                    &["kirby"],
                    &[],
                    Some(day),
                )],
            );
            let undated = extract(
                "b",
                "2023-10-19",
                // it points to the statement (`sa déclaration`)
                vec![EventMention {
                    modality,
                    quote: "Kirby a répété sa déclaration.".into(),
                    trigger: "déclaration".into(),
                    ..mention("b", EventType::Statement, &["kirby"], &[], None)
                }],
            );
            let r = consolidate(vec![dated, undated], "t");
            let event = r.events.iter().find(|e| e.date.is_some()).unwrap();
            assert_eq!(event.sources.len() == 2, joins, "{modality:?} {day}");
        }
    }

    #[test]
    fn output_does_not_depend_on_input_order() {
        let docs = || {
            vec![
                extract(
                    "a",
                    "2023-09-12",
                    vec![mention(
                        "a",
                        EventType::Meeting,
                        &["kim", "putin"],
                        &[],
                        Some("2023-09-13"),
                    )],
                ),
                extract(
                    "b",
                    "2023-09-12",
                    vec![mention(
                        "b",
                        EventType::Arrival,
                        &["kim"],
                        &["russie"],
                        Some("2023-09-12"),
                    )],
                ),
                extract(
                    "c",
                    "2023-09-12",
                    vec![mention("c", EventType::Meeting, &["putin"], &[], None)],
                ),
            ]
        };
        let forward = consolidate(docs(), "t");
        let mut reversed = docs();
        reversed.reverse();
        assert_eq!(forward, consolidate(reversed, "t"));
        let _ = NaiveDate::MIN;
    }

    #[test]
    fn a_frame_takes_the_month_up_to_the_date_of_its_sentence() {
        // lead: the statement, dated; later sentence 3: `Lors de sa visite à
        // Moscou, Choe a déclaré…` (a frame visit + an undated statement)
        let lead = mention(
            "a",
            EventType::Statement,
            &["choe"],
            &[],
            Some("2024-01-21"),
        );
        let mut statement = mention("a", EventType::Statement, &["choe"], &[], None);
        statement.sentence = 3;
        let mut visit = mention("a", EventType::Visit, &["choe"], &["moscou"], None);
        visit.sentence = 3;
        visit.frame = true;
        let mut elsewhere = mention("a", EventType::Visit, &["lavrov"], &["pyongyang"], None);
        elsewhere.sentence = 5;
        elsewhere.frame = true;
        let r = consolidate(
            vec![extract(
                "a",
                "2024-01-21",
                vec![lead, statement, visit, elsewhere],
            )],
            "t",
        );
        let visit = |place: &str| {
            r.events
                .iter()
                .find(|e| e.places.iter().any(|p| p.id == place))
                .unwrap()
        };
        assert_eq!(
            visit("moscou").date.map(|d| d.iso()).as_deref(),
            Some("2023-12-22/2024-01-21")
        );
        // a frame whose sentence dates nothing stays undated
        assert_eq!(visit("pyongyang").date, None);
    }

    /// A frame dated by its sentence (the month up to that date) is the
    /// event of its type already dated inside that month that shares an
    /// actor with it, when there is exactly one: it joins it. For each
    /// number of such events (0, 1, 2) × an event of another actor or
    /// type or outside the month beside them: one event joins, none or
    /// two leave the frame its month.
    #[test]
    fn a_dated_frame_joins_the_one_event_of_its_kind_in_its_month() {
        for fits in 0..3 {
            for distractor in ["other actor", "other type", "outside"] {
                // the frame: `signé l'an dernier lors de la visite du chef
                // du Kremlin` in sentence 3 of b, whose agreement is dated
                // 2024-06-19
                let mut signed = mention(
                    "b",
                    EventType::Agreement,
                    &["putin"],
                    &[],
                    Some("2024-06-19"),
                );
                signed.sentence = 3;
                let mut frame = mention("b", EventType::Visit, &["putin"], &["pyongyang"], None);
                frame.sentence = 3;
                frame.frame = true;
                let mut a_events: Vec<EventMention> = (0..fits)
                    .map(|k| {
                        mention(
                            "a",
                            EventType::Visit,
                            &["putin", "kim"],
                            &["pyongyang"],
                            Some(["2024-06-18", "2024-06-05"][k]),
                        )
                    })
                    .collect();
                a_events.push(match distractor {
                    "other actor" => {
                        mention("a", EventType::Visit, &["lavrov"], &[], Some("2024-06-10"))
                    }
                    "other type" => mention(
                        "a",
                        EventType::Statement,
                        &["putin"],
                        &[],
                        Some("2024-06-10"),
                    ),
                    _ => mention("a", EventType::Visit, &["putin"], &[], Some("2024-04-01")),
                });
                let r = consolidate(
                    vec![
                        extract("a", "2024-06-20", a_events),
                        // a year later: too far for an undated report to join
                        extract("b", "2025-07-13", vec![signed, frame]),
                    ],
                    "t",
                );
                let holding: Vec<&Event> = r
                    .events
                    .iter()
                    .filter(|e| {
                        e.sources.iter().any(|s| s.document == "b")
                            && e.event_type == EventType::Visit
                    })
                    .collect();
                assert_eq!(holding.len(), 1, "{fits} {distractor}");
                let joined = holding[0].sources.iter().any(|s| s.document == "a");
                assert_eq!(joined, fits == 1, "{fits} {distractor}: {:#?}", holding[0]);
                if fits != 1 {
                    assert_eq!(
                        holding[0].date.map(|d| d.iso()).as_deref(),
                        Some("2024-05-20/2024-06-19"),
                        "{fits} {distractor}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_article_without_a_date_joins_only_the_events_it_dates_itself() {
        let other = extract(
            "a",
            "2023-09-12",
            vec![mention(
                "a",
                EventType::Meeting,
                &["kim", "putin"],
                &[],
                Some("2023-09-13"),
            )],
        );
        let mut undated_doc = extract(
            "b",
            "2023-09-12",
            vec![
                mention(
                    "b",
                    EventType::Meeting,
                    &["kim"],
                    &["vostochny"],
                    Some("2019-04-25"),
                ),
                mention("b", EventType::Meeting, &["kim", "putin"], &[], None),
                mention("b", EventType::Meeting, &["kim", "putin"], &[], None),
            ],
        );
        undated_doc.document.published = None;
        let r = consolidate(vec![other, undated_doc], "t");
        // b's undated reports go to the 2019 meeting b dates, not to a's 2023
        // one, although that one shares more of their actors
        let of = |doc: &str| {
            r.events
                .iter()
                .filter(|e| e.sources.iter().any(|s| s.document == doc))
                .count()
        };
        assert_eq!(of("a"), 1);
        assert_eq!(of("b"), 1);
        let b = r
            .events
            .iter()
            .find(|e| e.sources[0].document == "b")
            .unwrap();
        assert!(r.events.iter().all(|e| e.date.is_some()), "{:#?}", r.events);
        assert_eq!(b.date.map(|d| d.iso()).as_deref(), Some("2019-04-25"));
    }

    #[test]
    fn the_most_frequent_speaker_leads_and_a_tie_goes_to_the_first_named() {
        let r = |id: &str| EntityRef::new(id, id);
        let (a, b, c) = (r("zeta"), r("alpha"), r("mu"));
        let order = |refs: &[&EntityRef]| -> Vec<String> {
            most_often_then_first(refs.iter().copied())
                .into_iter()
                .map(|r| r.id.clone())
                .collect()
        };
        assert_eq!(order(&[&a, &b]), ["zeta", "alpha"]);
        assert_eq!(order(&[&a, &b, &b]), ["alpha", "zeta"]);
        assert_eq!(order(&[&c, &a, &b, &a, &c]), ["mu", "zeta", "alpha"]);
    }

    /// An undated report in the plus-que-parfait tells what came before
    /// the story's time: it joins no event dated near its day of writing
    /// (`Le président russe était arrivé dans la nuit et avait été accueilli
    /// par Kim Jong-un` is not Kim's reception of Belooussov last week).
    /// Every auxiliary of the plus-que-parfait, active and passive × two
    /// participles joins nothing; the passé composé with the same words
    /// (control) joins the reception.
    #[test]
    fn an_undated_report_in_the_plus_que_parfait_joins_no_recent_event() {
        let pluperfect = [
            "avait",
            "avaient",
            "était",
            "étaient",
            "avait été",
            "avaient été",
        ];
        let compound = ["a", "ont", "est", "sont", "a été", "ont été"];
        let mut tried = 0;
        for (auxiliaries, joins) in [(&pluperfect[..], false), (&compound[..], true)] {
            for aux in auxiliaries {
                for participle in ["accueilli", "reçu"] {
                    let dated = mention(
                        "d",
                        EventType::Reception,
                        &["kim", "belooussov"],
                        &["pyongyang"],
                        Some("2024-11-29"),
                    );
                    let mut undated = mention("d", EventType::Reception, &["kim"], &[], None);
                    undated.trigger = participle.into();
                    undated.quote =
                        format!("Le visiteur {aux} {participle} à l'aéroport par Kim Jong-un.")
                            .into();
                    undated.sentence = 3;
                    let r = consolidate_with(
                        vec![extract("d", "2024-12-04", vec![dated, undated])],
                        "t",
                        &[],
                        &Geography::default(),
                    );
                    let expected = if joins { 1 } else { 2 };
                    assert_eq!(r.events.len(), expected, "{aux} {participle}");
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, (6 + 6) * 2);
    }
}
