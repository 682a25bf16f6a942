//! Publication days of articles that give none, from the events the rest of
//! the corpus dates (and the reference chronology, `data/chronology.toml`).
//!
//! An article without a date still says when it was written relative to
//! what it reports: `Kim Jong-un est arrivé mardi en Russie` was written on
//! the Tuesday of the arrival or in the six days after it. When other
//! articles date that arrival, the relative expression gives the days the
//! article can have been written. Each report of the article with such an
//! expression gives a set of possible days ("anchored"); plans and past
//! reports of dated events only bound them ("bounds": a plan is written
//! before its day, a report of what happened after it began). The days that
//! satisfy the most constraints win, if at least one anchored report is
//! among them and they span a month at most: a day when they agree on one,
//! else a week or a month interval, said as such.
//!
//! Choices, all in the open:
//! - a report fits the dated events of its type group that share the most
//!   actors with it (the rules of consolidation); one that fits more than
//!   [`MAX_FITS`] events says nothing (a statement of Peskov fits hundreds);
//! - only expressions that resolve to a week or less anchor (`hier`,
//!   `mardi`, `la semaine dernière`); only events dated to a month or less
//!   are landmarks;
//! - reports of speech (statements, announcements) never bound, they are
//!   too alike; plans and past reports bound only against events dated to
//!   a week or less.

use crate::affinity::{affinity, type_group};
use crate::model::{
    Confidence, DateInterval, DateSource, DocExtract, DocStatus, EventMention, EventTime, Modality,
    PendingTime, Precision, PublicationBounds, PublicationRule, Published, Tense, YearlessDay,
};
use crate::temporal::resolve::{Spec, Unit, resolve_at, value_of};
use chrono::{Datelike, Days, Months, NaiveDate};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A report that fits more dated events than this gives no constraint.
pub const MAX_FITS: usize = 3;

/// Landmarks dated more loosely than this many days do not anchor.
const LANDMARK_MAX_DAYS: i64 = 31;

/// Expressions resolving to more days than this do not anchor.
const ANCHOR_MAX_DAYS: i64 = 7;

/// Landmarks dated more loosely than this many days do not anchor: `ce
/// matin` of an event of "September 2023" says nothing of the day, and the
/// month may well be another year's.
const ANCHOR_LANDMARK_DAYS: i64 = 7;

/// A weekday checks a landmark of at most this many days: a longer one
/// holds most weekdays.
const CHECKED_LANDMARK_DAYS: i64 = 2;

/// How far around a landmark a publication day is looked for.
const SEARCH_DAYS: u64 = 21;

/// A dated event an undated article may be reporting: an event other
/// articles date, or an entry of the reference chronology.
#[derive(Debug, Clone)]
pub struct Landmark {
    pub group: u8,
    pub date: DateInterval,
    pub participants: BTreeSet<String>,
    pub places: BTreeSet<String>,
    /// Articles that date it (none for the reference chronology).
    pub documents: BTreeSet<String>,
    /// What to say in the evidence: a title and where the date comes from.
    pub label: String,
}

/// Landmarks indexed by (type group, participant id), and those that name
/// no participant by (type group, place id): a report that names people
/// only fits events that share one of them or name nobody (see
/// [`affinity`]), so it never looks at the thousands of events of a place.
#[derive(Default)]
pub struct Landmarks {
    list: Vec<Landmark>,
    by_participant: HashMap<(u8, String), Vec<usize>>,
    by_place_alone: HashMap<(u8, String), Vec<usize>>,
    /// Best fits by (type group, participant ids, place ids): reports of
    /// the same actors recur across a corpus, and a popular actor has
    /// thousands of landmarks to compare.
    cache: RefCell<HashMap<FitKey, Vec<usize>>>,
}

/// (type group, participant ids, place ids, the bounds searched).
type FitKey = (
    u8,
    Vec<String>,
    Vec<String>,
    Option<(Option<NaiveDate>, Option<NaiveDate>)>,
);

impl Landmarks {
    pub fn new(list: Vec<Landmark>) -> Landmarks {
        let mut by_participant: HashMap<(u8, String), Vec<usize>> = HashMap::new();
        let mut by_place_alone: HashMap<(u8, String), Vec<usize>> = HashMap::new();
        for (i, l) in list.iter().enumerate() {
            if l.date.days() > LANDMARK_MAX_DAYS {
                continue;
            }
            let (index, ids) = if l.participants.is_empty() {
                (&mut by_place_alone, &l.places)
            } else {
                (&mut by_participant, &l.participants)
            };
            for id in ids {
                index.entry((l.group, id.clone())).or_default().push(i);
            }
        }
        Landmarks {
            list,
            by_participant,
            by_place_alone,
            cache: RefCell::default(),
        }
    }

    /// The landmarks `m` fits best (shared actors, as consolidation
    /// counts them), among those a day inside `bounds` can name (see
    /// [`reachable`]), leaving out those only its own article dates.
    fn fits(&self, m: &EventMention, bounds: Option<&PublicationBounds>) -> Vec<&Landmark> {
        let ids = |refs: &[crate::model::EntityRef]| -> Vec<String> {
            let mut v: Vec<String> = refs.iter().map(|r| r.id.clone()).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let window = bounds.map(|b| (b.not_before, b.not_after));
        let key = (
            type_group(m.event_type),
            ids(&m.participants),
            ids(&m.places),
            window,
        );
        let out_of_bounds = |l: &Landmark| bounds.is_some_and(|b| !reachable(l, b));
        let own =
            |l: &Landmark| l.documents.len() == 1 && l.documents.contains(m.document.as_str());
        let cached = self.cache.borrow().get(&key).cloned();
        let best = match cached {
            Some(best) => best,
            None => {
                let best = self.best_fits(m, out_of_bounds);
                self.cache.borrow_mut().insert(key, best.clone());
                best
            }
        };
        // computed for any article; if one of them is dated only by this
        // article, look again without those
        let best = if best.iter().any(|&i| own(&self.list[i])) {
            self.best_fits(m, |l| own(l) || out_of_bounds(l))
        } else {
            best
        };
        best.into_iter().map(|i| &self.list[i]).collect()
    }

    fn best_fits(&self, m: &EventMention, skip: impl Fn(&Landmark) -> bool) -> Vec<usize> {
        let group = type_group(m.event_type);
        let people = m
            .participants
            .iter()
            .filter_map(|r| self.by_participant.get(&(group, r.id.clone())));
        let places = m
            .places
            .iter()
            .filter_map(|r| self.by_place_alone.get(&(group, r.id.clone())));
        let mut candidates: Vec<usize> = people.chain(places).flatten().copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        // the most a landmark can share: once more than MAX_FITS share that
        // much the report is too common to date anything, stop looking
        let most = m.participants.len() * 4 + m.places.len();
        let mut best = 0;
        let mut at_best: Vec<usize> = Vec::new();
        for i in candidates {
            let l = &self.list[i];
            if skip(l) {
                continue;
            }
            // one event happens in one place: a report and a landmark that
            // both name places must share one (`a quitté la Russie` is not
            // the departure from Pyongyang of the same trip)
            if !m.places.is_empty()
                && !l.places.is_empty()
                && !m.places.iter().any(|r| l.places.contains(&r.id))
            {
                continue;
            }
            let a = affinity(m, &l.participants, &l.places);
            if a == 0 || a < best {
                continue;
            }
            if a > best {
                best = a;
                at_best.clear();
            }
            at_best.push(i);
            if best == most && at_best.len() > MAX_FITS {
                break;
            }
        }
        at_best
    }
}

/// A publication interval inferred for an article, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Inferred {
    pub interval: DateInterval,
    pub evidence: String,
    /// How many reports with a relative date allow its first day.
    pub support: usize,
}

/// Days allowed by one report, as inclusive ranges, each with its weight
/// and the landmark that gives it.
struct Constraint<'a> {
    ranges: Vec<Range<'a>>,
    anchored: bool,
    /// The match was checked beyond the actors: the expression names a
    /// weekday (or a day of a month) that the one landmark it fits, dated
    /// to a day or two, falls on, and the report shares a person and a
    /// place with it. `hier`, `aujourd'hui`, `ce matin` fit any event.
    checked: bool,
    /// `«mardi» (arrivé)`: the expression and the trigger, for the evidence.
    expression: String,
}

/// Days from `from` to `to`: a report puts one unit of belief on the days
/// one landmark allows, so each weighs 1 / their number (`hier` of a dated
/// day: 1; `mardi` of a day: 1/7 each); a bound weighs [`BOUND_WEIGHT`].
struct Range<'a> {
    from: NaiveDate,
    to: NaiveDate,
    weight: f64,
    landmark: Option<&'a Landmark>,
}

/// A bound only breaks ties between the days the anchored reports allow.
const BOUND_WEIGHT: f64 = 0.25;

impl Constraint<'_> {
    /// The weight this report gives day `d` (0 when it excludes it).
    fn weight(&self, d: NaiveDate) -> f64 {
        self.ranges
            .iter()
            .filter(|r| r.from <= d && d <= r.to)
            .map(|r| r.weight)
            .fold(0.0, f64::max)
    }

    /// Why day `d` is allowed, with the most precise landmark that allows
    /// it and its length in days: `«mardi» (arrivé) = Arrivée de …`.
    fn evidence(&self, d: NaiveDate) -> Option<(i64, String)> {
        let l = self
            .ranges
            .iter()
            .filter(|r| r.from <= d && d <= r.to)
            .filter_map(|r| r.landmark)
            .min_by_key(|l| l.date.days())?;
        Some((l.date.days(), format!("{} = {}", self.expression, l.label)))
    }
}

/// The publication days of an article from its reports (`mentions`, all of
/// one article without a date), or None when they do not say.
pub fn infer(mentions: &[&EventMention], landmarks: &Landmarks) -> Option<Inferred> {
    infer_within(mentions, landmarks, None)
}

/// [`infer`], looking only at the days the article's own dates allow
/// (`bounds`): a landmark of another year than the article's cannot date it.
pub fn infer_within(
    mentions: &[&EventMention],
    landmarks: &Landmarks,
    bounds: Option<&PublicationBounds>,
) -> Option<Inferred> {
    let constraints: Vec<Constraint> = mentions
        .iter()
        .filter_map(|m| constraint(m, landmarks, bounds))
        .collect();

    let mut days: BTreeSet<NaiveDate> = BTreeSet::new();
    for c in constraints.iter().filter(|c| c.anchored) {
        for r in &c.ranges {
            days.extend(
                r.from
                    .iter_days()
                    .take_while(|d| *d <= r.to)
                    .filter(|d| bounds.is_none_or(|b| b.contains(*d))),
            );
        }
    }
    let score = |d: NaiveDate| -> f64 { constraints.iter().map(|c| c.weight(d)).sum() };
    let scored: Vec<(NaiveDate, f64)> = days.into_iter().map(|d| (d, score(d))).collect();
    let best = scored.iter().map(|(_, s)| *s).fold(0.0, f64::max);
    let chosen: Vec<NaiveDate> = scored
        .iter()
        .filter(|(_, s)| best - *s < 1e-9)
        .map(|(d, _)| *d)
        .collect();
    let (first, last) = (*chosen.first()?, *chosen.last()?);
    // one unchecked match could be any occurrence of a recurring event:
    // two reports of two dated events must agree, or the one be checked
    let agreeing: Vec<&Constraint> = constraints
        .iter()
        .filter(|c| c.anchored && c.weight(first) > 0.0)
        .collect();
    let distinct: BTreeSet<(&str, NaiveDate)> = agreeing
        .iter()
        .flat_map(|c| c.ranges.iter().filter(|r| r.from <= first && first <= r.to))
        .filter_map(|r| r.landmark)
        .map(|l| (l.label.as_str(), l.date.start))
        .collect();
    if distinct.len() < 2 && !agreeing.iter().any(|c| c.checked) {
        return None;
    }
    let span = (last - first).num_days() + 1;
    let precision = match span {
        1 => Precision::Day,
        2..=7 => Precision::Week,
        8..=LANDMARK_MAX_DAYS => Precision::Month,
        _ => return None,
    };
    let evidence: Vec<String> = constraints
        .iter()
        .filter(|c| c.anchored)
        .filter_map(|c| c.evidence(first))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|(_, e)| e)
        .take(2)
        .collect();
    Some(Inferred {
        interval: DateInterval::new(first, last, precision),
        evidence: evidence.join("; "),
        support: constraints
            .iter()
            .filter(|c| c.anchored && c.weight(first) > 0.0)
            .count(),
    })
}

/// What one report says of its article's publication day, if anything.
/// Only the landmarks a day inside the article's `bounds` can name count
/// (issue 15: the inference searches only landmarks inside the bounds): a
/// summit of 2019 is no fit for an article that reports a day of 2025 in
/// the past, and leaving it out lets the one summit of 2025 date it.
fn constraint<'a>(
    m: &EventMention,
    landmarks: &'a Landmarks,
    bounds: Option<&PublicationBounds>,
) -> Option<Constraint<'a>> {
    // (a mention with both a time and a pending date belongs to an article
    // whose header date is being checked: its time is what is in question)
    if (m.time.is_some() && m.pending.is_none())
        || m.caption
        || (m.pending.is_none() && !may_bound(m))
    {
        return None;
    }
    // reports of speech are too alike to anchor (a statement of Peskov on a
    // Monday fits every Monday he spoke)
    if m.pending.is_some() && m.event_type.is_reporting() {
        return None;
    }
    let fits = landmarks.fits(m, bounds);
    if fits.is_empty() || fits.len() > MAX_FITS {
        return None;
    }
    match &m.pending {
        Some(p) => anchored(m, p, &fits),
        None => bound(m, &fits),
    }
}

/// True when a publication day inside `b` is near enough to `l` (within
/// [`SEARCH_DAYS`]) for a relative expression to name it.
fn reachable(l: &Landmark, b: &PublicationBounds) -> bool {
    let near = Days::new(SEARCH_DAYS);
    b.not_before
        .is_none_or(|nb| l.date.end.checked_add_days(near).is_none_or(|e| e >= nb))
        && b.not_after
            .is_none_or(|na| l.date.start.checked_sub_days(near).is_none_or(|s| s <= na))
}

/// The days on which `p` names a day of one of the landmarks.
fn anchored<'a>(
    m: &EventMention,
    p: &PendingTime,
    fits: &[&'a Landmark],
) -> Option<Constraint<'a>> {
    let mut ranges: Vec<Range<'a>> = Vec::new();
    for &l in fits {
        if l.date.days() > ANCHOR_LANDMARK_DAYS {
            continue;
        }
        let first = ranges.len();
        let from = l.date.start.checked_sub_days(Days::new(SEARCH_DAYS))?;
        let to = l.date.end.checked_add_days(Days::new(SEARCH_DAYS))?;
        let mut last: Option<NaiveDate> = None;
        for day in from.iter_days().take_while(|d| *d <= to) {
            let names_landmark = |i: DateInterval| {
                i.days() <= ANCHOR_MAX_DAYS && (l.date.contains(&i) || i.contains(&l.date))
            };
            if !readings(p.tense)
                .filter_map(|t| resolve_at(&p.spec, day, t))
                .any(names_landmark)
            {
                continue;
            }
            let extends = ranges.len() > first && last.and_then(|d| d.succ_opt()) == Some(day);
            match ranges.last_mut() {
                Some(r) if extends => r.to = day,
                _ => ranges.push(Range {
                    from: day,
                    to: day,
                    weight: 0.0,
                    landmark: Some(l),
                }),
            }
            last = Some(day);
        }
        let allowed: i64 = ranges[first..]
            .iter()
            .map(|r| (r.to - r.from).num_days() + 1)
            .sum();
        for r in &mut ranges[first..] {
            r.weight = 1.0 / allowed as f64;
        }
    }
    if ranges.is_empty() {
        return None;
    }
    let only = ranges[0].landmark;
    let one_landmark = ranges.iter().all(|r| {
        r.landmark
            .zip(only)
            .is_some_and(|(a, b)| std::ptr::eq(a, b))
    });
    let checked = one_landmark
        && names_a_weekday(&p.spec)
        && only.is_some_and(|l| {
            l.date.days() <= CHECKED_LANDMARK_DAYS
                // every person the report names takes part in the landmark:
                // `Poutine s'est entretenu mardi avec Xi` is not any meeting
                // of Poutine in that city
                && !m.participants.is_empty()
                && m.participants
                    .iter()
                    .all(|r| l.participants.contains(&r.id))
                && m.places.iter().any(|r| l.places.contains(&r.id))
        });
    Some(Constraint {
        ranges,
        anchored: true,
        checked,
        expression: format!("«{}» ({})", p.expression, m.trigger),
    })
}

/// The tenses an expression of tense `tense` may be read in. A clause in
/// the present or without a tense (`Point d'orgue du voyage : le sommet
/// de mercredi`) says neither whether its Wednesday is past or to come:
/// on a Sunday it may be the one four days ago or the one in three. Its
/// day fits a landmark when any reading names it, so such a clause widens
/// the days allowed rather than picking the nearest Wednesday (which would
/// shut out the true publication day).
fn readings(tense: Tense) -> impl Iterator<Item = Tense> {
    let either = matches!(tense, Tense::Unknown | Tense::Present);
    let n = if either { 3 } else { 1 };
    std::iter::once(tense)
        .chain([Tense::Past, Tense::Future])
        .take(n)
}

/// A plan is written before its day. (A report in the past tense would be
/// written after the event began, but the mention does not keep its tense
/// and `occurred` is also the modality of the present and of subjunctives:
/// not used.)
fn bound<'a>(m: &EventMention, fits: &[&'a Landmark]) -> Option<Constraint<'a>> {
    if !may_bound(m) {
        return None;
    }
    if fits.iter().any(|l| l.date.precision > Precision::Week) {
        return None;
    }
    let ranges = fits
        .iter()
        .map(|l| {
            Some(Range {
                from: NaiveDate::MIN,
                to: l.date.start.pred_opt()?,
                weight: BOUND_WEIGHT,
                landmark: None,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Constraint {
        ranges,
        anchored: false,
        checked: false,
        expression: String::new(),
    })
}

/// An expression that names a weekday or a day of a month: it fits a
/// landmark only if the landmark falls on it.
fn names_a_weekday(spec: &Spec) -> bool {
    match spec {
        Spec::Weekday { .. } => true,
        Spec::Date { wd, m, .. } => wd.is_some() || m.is_some(),
        Spec::Range(a, _) => names_a_weekday(a),
        _ => false,
    }
}

/// Plans of people, not reports of speech, can bound.
fn may_bound(m: &EventMention) -> bool {
    !m.event_type.is_reporting() && !m.participants.is_empty() && m.modality == Modality::Planned
}

/// Resolve the pending date of `m` now that its article is dated: when
/// every day of `published` gives the same answer. A time resolved from an
/// overruled day is dropped first.
pub fn resolve_pending(m: &mut EventMention, published: DateInterval) {
    let Some(p) = &m.pending else { return };
    m.time = None;
    let mut answer: Option<DateInterval> = None;
    for day in published
        .start
        .iter_days()
        .take_while(|d| *d <= published.end)
    {
        let i = resolve_at(&p.spec, day, p.tense);
        match (answer, i) {
            (_, None) => return,
            (None, Some(i)) => answer = Some(i),
            (Some(a), Some(i)) if a == i => {}
            _ => return,
        }
    }
    if let Some(interval) = answer {
        let p = m.pending.take().expect("checked");
        m.time = Some(Box::new(EventTime {
            interval,
            value: value_of(&interval),
            expression: p.expression,
            rule: p.rule,
        }));
    }
}

/// Expressions naming a period longer than this many days do not bound
/// (`l'an dernier` of an event dated to a day: the year before; a decade,
/// nothing).
const PERIOD_MAX_DAYS: i64 = 366;

/// How many days after a landmark a publication day is looked for when a
/// month, a season or a year names it (`en novembre` is the last November:
/// at most a year and a month before).
const PERIOD_SEARCH_DAYS: u64 = 400;

/// The days an article may have been written, from the reports it dates
/// with a period without a year (`la visite à Pyongyang, en novembre, du
/// ministre russe de la Défense`, `le traité signé en juin dernier`,
/// `l'an dernier`) when that report fits one dated event of the corpus or
/// the chronology: the days on which the period names the one that holds
/// the event, from the event's own start (it is reported, so it began).
/// `en novembre` of a visit of 2024-11-29 allows 2024-11-29 to the end of
/// October 2025: the last November before any later day is 2025's.
///
/// Only strict fits count: the landmark dated to a week or less, every
/// person of the report taking part in it, a place shared when both name
/// one, and not a report of speech (a statement in January fits every
/// January someone spoke). A report that fits events of two different
/// periods says nothing; reports that disagree give no bound at all.
/// Returns the first and last day allowed, and the words that give them.
pub fn period_bounds(
    mentions: &[&EventMention],
    landmarks: &Landmarks,
) -> Option<(NaiveDate, NaiveDate, String)> {
    let mut found: Option<(NaiveDate, NaiveDate, String)> = None;
    for m in mentions {
        let Some(p) = &m.pending else { continue };
        if m.caption || m.event_type.is_reporting() || m.participants.is_empty() {
            continue;
        }
        let fits: Vec<&Landmark> = landmarks
            .fits(m, None)
            .into_iter()
            .filter(|l| strict_fit(m, l))
            .collect();
        if fits.is_empty() || fits.len() > MAX_FITS {
            continue;
        }
        let mut ranges: Vec<(NaiveDate, NaiveDate, &Landmark)> = Vec::new();
        for l in fits {
            if let Some((from, to)) = period_days(p, l) {
                ranges.push((from, to, l));
            }
        }
        // every fit must name the same period: the same range of days
        let Some(&(from, to, l)) = ranges.first() else {
            continue;
        };
        if ranges.iter().any(|r| (r.0, r.1) != (from, to)) {
            continue;
        }
        let words = format!("«{}» ({}) = {}", p.expression, m.trigger, l.label);
        found = match found {
            None => Some((from, to, words)),
            Some((f, t, w)) => {
                let (f, t) = (f.max(from), t.min(to));
                if f > t {
                    return None;
                }
                let w = if from >= f && w != words {
                    format!("{words}; {w}")
                } else {
                    w
                };
                Some((f, t, w))
            }
        };
    }
    found
}

/// A report fits a landmark beyond its actors' overlap: dated to a week or
/// less, every person of the report in it, a place shared when both have
/// places.
fn strict_fit(m: &EventMention, l: &Landmark) -> bool {
    l.date.days() <= ANCHOR_LANDMARK_DAYS
        && m.participants
            .iter()
            .all(|r| l.participants.contains(&r.id))
        && (m.places.is_empty()
            || l.places.is_empty()
            || m.places.iter().any(|r| l.places.contains(&r.id)))
}

/// The days, from the start of `l`, on which the period `p` names (in any
/// reading of its tense) is longer than a week, at most a year, and holds
/// `l`, as one range; None when it names a day or a week (those anchor),
/// or none of those days.
///
/// In closed form for the periods whose reading depends on the month of
/// the day only ([`month_granular`]: `en novembre`, `en juin dernier`,
/// `cet été`, `l'an dernier`, `le mois dernier`): the range is a run of
/// whole months, cut to the search's days, so each month is read once, on
/// its first day (or the landmark's), and the first and last days allowed
/// are month bounds. The other periods are searched day by day
/// ([`period_days_by_day`]), which the closed form equals (a generated test
/// compares them).
fn period_days(p: &PendingTime, l: &Landmark) -> Option<(NaiveDate, NaiveDate)> {
    let from = l.date.start;
    let to = from.checked_add_days(Days::new(PERIOD_SEARCH_DAYS))?;
    if !month_granular(&p.spec) {
        return period_days_by_day(p, l);
    }
    // the present reading takes the nearest occurrence, which is the past
    // or the future reading's: those two hold every day it names
    let tenses: Vec<Tense> = readings(p.tense)
        .filter(|t| matches!(t, Tense::Past | Tense::Future))
        .collect();
    let mut first: Option<NaiveDate> = None;
    let mut last: Option<NaiveDate> = None;
    let mut month = from.with_day(1)?;
    while month <= to {
        let next = month.checked_add_months(Months::new(1))?;
        let day = month.max(from);
        if names_period(p, &tenses, day, l) {
            if last.is_some_and(|d| d.succ_opt() != Some(day)) {
                // two separate runs: not one period
                return None;
            }
            first.get_or_insert(day);
            last = Some(next.pred_opt()?.min(to));
        }
        month = next;
    }
    Some((first?, last?))
}

/// True when what `spec` names from a day depends on that day's month
/// only, in the past and the future readings: a month or a season without
/// a year (the last or next one), one before or after this one (`en juin
/// dernier`), a month, quarter, half-year or year counted from this one
/// (`le mois dernier`, `l'an dernier`), or a period with its year.
fn month_granular(spec: &Spec) -> bool {
    match spec {
        Spec::Month { .. } | Spec::MonthRel { .. } | Spec::Year(_) | Spec::Season { .. } => true,
        Spec::Period { unit, .. } => !matches!(unit, Unit::Day | Unit::Week),
        _ => false,
    }
}

/// True when `p`, read on `day` in one of `tenses`, names a period longer
/// than a week, at most a year, that holds `l`.
fn names_period(p: &PendingTime, tenses: &[Tense], day: NaiveDate, l: &Landmark) -> bool {
    tenses
        .iter()
        .filter_map(|t| resolve_at(&p.spec, day, *t))
        .any(|i| i.days() > ANCHOR_MAX_DAYS && i.days() <= PERIOD_MAX_DAYS && i.contains(&l.date))
}

/// [`period_days`] searched day by day over [`PERIOD_SEARCH_DAYS`] days.
fn period_days_by_day(p: &PendingTime, l: &Landmark) -> Option<(NaiveDate, NaiveDate)> {
    let from = l.date.start;
    let to = from.checked_add_days(Days::new(PERIOD_SEARCH_DAYS))?;
    let tenses: Vec<Tense> = readings(p.tense).collect();
    let mut first: Option<NaiveDate> = None;
    let mut last: Option<NaiveDate> = None;
    for day in from.iter_days().take_while(|d| *d <= to) {
        if names_period(p, &tenses, day, l) {
            if last.is_some_and(|d| d.succ_opt() != Some(day)) {
                // two separate runs: not one period
                return None;
            }
            first.get_or_insert(day);
            last = Some(day);
        }
    }
    Some((first?, last?))
}

/// The inferred publication of every article of `documents` that `infer`
/// can date, by document id.
pub fn infer_all(
    mentions: &[EventMention],
    documents: &BTreeMap<String, Option<PublicationBounds>>,
    landmarks: &Landmarks,
) -> BTreeMap<String, Inferred> {
    let mut by_doc: BTreeMap<&str, Vec<&EventMention>> = BTreeMap::new();
    for m in mentions {
        if documents.contains_key(m.document.as_str()) {
            by_doc.entry(m.document.as_str()).or_default().push(m);
        }
    }
    by_doc
        .into_iter()
        .filter(|(_, ms)| ms.iter().any(|m| m.pending.is_some()))
        .filter_map(|(d, ms)| {
            let bounds = documents.get(d).and_then(Option::as_ref);
            infer_within(&ms, landmarks, bounds).map(|i| (d.to_string(), i))
        })
        .collect()
}

/// Reports with a relative date that must agree before the corpus
/// overrules a bare header date.
pub const OVERRULE_SUPPORT: usize = 2;

/// True when what an article reports dates it, firmly, away from its bare
/// header date: at least [`OVERRULE_SUPPORT`] reports with a relative date
/// agree on a day or a week that does not contain the header day.
pub fn overrules(found: &Inferred, header: DateInterval) -> bool {
    found.support >= OVERRULE_SUPPORT
        && found.interval.precision <= Precision::Week
        && !found.interval.overlaps(&header)
}

/// Rounds of publication inference: an article dated in one round can help
/// date another in the next.
const DATING_ROUNDS: usize = 2;

/// Date the articles without a publication date from the events the rest
/// of the corpus (and the reference) dates, then resolve their pending
/// dates (this module). Only runs when such an article has a pending
/// date; it then clusters the dated mentions once more (a copy) per round.
pub fn date_undated_articles(
    extracts: &mut [DocExtract],
    mentions: &mut [EventMention],
    published: &mut BTreeMap<String, DateInterval>,
    reference: &[Landmark],
    events: &dyn Fn(&[EventMention]) -> Vec<Landmark>,
) {
    overrule_header_dates(extracts, mentions, published, reference, events);
    recheck_yearless_days(extracts, mentions, published, reference, events);
    let mut periods = BTreeMap::new();
    date_from_landmarks(
        extracts,
        mentions,
        published,
        reference,
        events,
        &mut periods,
    );
    publish_bounds(extracts, mentions, published, &periods);
}

/// Narrow the bounds of each undated article of `extracts` by what its
/// periods without a year say once matched to the landmarks
/// ([`period_bounds`]), keeping the words of each narrowed one in
/// `periods`. Bounds that would leave no day are not narrowed.
fn narrow_by_periods(
    extracts: &mut [DocExtract],
    mentions: &[EventMention],
    landmarks: &Landmarks,
    periods: &mut BTreeMap<String, String>,
) {
    let mut by_doc: BTreeMap<&str, Vec<&EventMention>> = BTreeMap::new();
    for m in mentions {
        by_doc.entry(m.document.as_str()).or_default().push(m);
    }
    for x in extracts.iter_mut() {
        if x.document.status != DocStatus::Ok
            || x.document.published.is_some()
            || periods.contains_key(&x.document.id)
        {
            continue;
        }
        let Some(ms) = by_doc.get(x.document.id.as_str()) else {
            continue;
        };
        let Some((from, to, words)) = period_bounds(ms, landmarks) else {
            continue;
        };
        let mut b = x.document.publication_bounds.unwrap_or_default();
        b.not_before = Some(b.not_before.map_or(from, |d| d.max(from)));
        b.not_after = Some(b.not_after.map_or(to, |d| d.min(to)));
        if b.not_before > b.not_after {
            continue;
        }
        x.document.publication_bounds = Some(b);
        periods.insert(x.document.id.clone(), words);
    }
}

/// Bounds wider than this many days give no publication interval.
pub const BOUNDED_MAX_DAYS: i64 = 31;

/// An article still without a date whose own dates bound it on both sides
/// within [`BOUNDED_MAX_DAYS`] (`a signé le 14 février` and `se rendra à
/// Moscou le 20 février`) is published in that interval, `bounded`: less
/// than a day, but never a guess inside it. When the text names its own
/// day without a year (`SÉOUL, 19 octobre (Reuters) -`), only the days of
/// that date count: bounds holding one give that day, bounds holding two
/// (a year or more apart) give nothing.
fn publish_bounds(
    extracts: &mut [DocExtract],
    mentions: &mut [EventMention],
    published: &mut BTreeMap<String, DateInterval>,
    periods: &BTreeMap<String, String>,
) {
    let found: BTreeMap<String, DateInterval> = extracts
        .iter()
        .filter(|x| x.document.status.is_analysed() && x.document.published.is_none())
        .filter_map(|x| {
            let b = x.document.publication_bounds?;
            Some((x.document.id.clone(), bounds_interval(&b)?))
        })
        .collect();
    if found.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if let Some(interval) = found.get(m.document.as_str()) {
            resolve_pending(m, *interval);
        }
    }
    for x in extracts.iter_mut() {
        if let Some(interval) = found.get(&x.document.id) {
            let on = x.document.publication_bounds.and_then(|b| b.on);
            let b = x.document.publication_bounds.unwrap_or_default();
            let (from, to) = (
                b.not_before.unwrap_or(interval.start),
                b.not_after.unwrap_or(interval.end),
            );
            x.document.published = Some(Published {
                evidence: Some(format!(
                    "its own dates allow {from} to {to}{}{}",
                    periods
                        .get(&x.document.id)
                        .map_or(String::new(), |w| format!(" (with {w})")),
                    on.map_or(String::new(), |on| format!(", on its own day {on}"))
                )),
                confidence: Confidence::Bounded,
                rule: Some(PublicationRule::Bounds),
                // bounds that a landmark of the corpus set are the corpus's
                ..Published::from_interval(
                    *interval,
                    if periods.contains_key(&x.document.id) {
                        DateSource::Corpus
                    } else {
                        DateSource::Text
                    },
                )
            });
            published.insert(x.document.id.clone(), *interval);
        }
    }
}

/// The days both bounds of `b` allow (and, with [`PublicationBounds::on`]
/// or [`PublicationBounds::weekday`], only the days of that date or
/// weekday), as an interval of at most [`BOUNDED_MAX_DAYS`].
pub fn bounds_interval(b: &PublicationBounds) -> Option<DateInterval> {
    let (from, to) = (b.not_before?, b.not_after?);
    if b.on.is_none() && b.weekday.is_none() {
        return bounded_interval(from, to);
    }
    let mut days = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| b.contains(*d));
    let first = days.next()?;
    bounded_interval(first, days.last().unwrap_or(first))
}

/// The interval from `from` to `to` with the precision of its length, if
/// it is not empty and at most [`BOUNDED_MAX_DAYS`] long.
pub fn bounded_interval(from: NaiveDate, to: NaiveDate) -> Option<DateInterval> {
    let days = (to - from).num_days() + 1;
    let precision = match days {
        1 => Precision::Day,
        2..=7 => Precision::Week,
        8..=BOUNDED_MAX_DAYS => Precision::Month,
        _ => return None,
    };
    Some(DateInterval::new(from, to, precision))
}

/// Date the articles without a publication date from the landmarks, in
/// [`DATING_ROUNDS`] rounds.
fn date_from_landmarks(
    extracts: &mut [DocExtract],
    mentions: &mut [EventMention],
    published: &mut BTreeMap<String, DateInterval>,
    reference: &[Landmark],
    events: &dyn Fn(&[EventMention]) -> Vec<Landmark>,
    periods: &mut BTreeMap<String, String>,
) {
    for _ in 0..DATING_ROUNDS {
        let undated: BTreeMap<String, Option<PublicationBounds>> = extracts
            .iter()
            .filter(|x| x.document.status == DocStatus::Ok && x.document.published.is_none())
            .map(|x| (x.document.id.clone(), x.document.publication_bounds))
            .collect();
        if !mentions
            .iter()
            .any(|m| m.pending.is_some() && undated.contains_key(m.document.as_str()))
        {
            return;
        }
        let landmarks = landmarks(mentions, reference, events);
        narrow_by_periods(extracts, mentions, &landmarks, periods);
        let undated: BTreeMap<String, Option<PublicationBounds>> = extracts
            .iter()
            .filter(|x| undated.contains_key(&x.document.id))
            .map(|x| (x.document.id.clone(), x.document.publication_bounds))
            .collect();
        let found = infer_all(mentions, &undated, &landmarks);
        if found.is_empty() {
            return;
        }
        let found: BTreeMap<String, (DateInterval, String)> = found
            .into_iter()
            .map(|(id, f)| {
                let evidence = match undated.get(&id).copied().flatten().and_then(|b| b.on) {
                    Some(on) => format!("{}; on its own day {on}", f.evidence),
                    None => f.evidence,
                };
                (id, (f.interval, evidence))
            })
            .collect();
        apply_publications(extracts, mentions, published, &found);
    }
}

/// Give the articles of `found` their publication (source `corpus`, with
/// its evidence) and resolve their pending dates from it.
fn apply_publications(
    extracts: &mut [DocExtract],
    mentions: &mut [EventMention],
    published: &mut BTreeMap<String, DateInterval>,
    found: &BTreeMap<String, (DateInterval, String)>,
) {
    for m in mentions.iter_mut() {
        if let Some((interval, _)) = found.get(m.document.as_str()) {
            resolve_pending(m, *interval);
        }
    }
    for x in extracts.iter_mut() {
        if let Some((interval, evidence)) = found.get(&x.document.id) {
            x.document.published = Some(Published {
                evidence: Some(evidence.clone()),
                confidence: Confidence::Inferred,
                rule: Some(PublicationRule::Landmarks),
                ..Published::from_interval(*interval, DateSource::Corpus)
            });
            published.insert(x.document.id.clone(), *interval);
        }
    }
}

/// A bare header date (`samedi 25 mai 2024` atop the page) may be the day
/// the page was displayed. When what the article reports with relative
/// dates firmly dates it elsewhere ([`overrules`]: `hier`,
/// `aujourd'hui`, `demain` of events other articles or the chronology
/// date), the corpus wins: its pending dates are resolved again from the
/// day found, and the evidence says which header date was overruled.
fn overrule_header_dates(
    extracts: &mut [DocExtract],
    mentions: &mut [EventMention],
    published: &mut BTreeMap<String, DateInterval>,
    reference: &[Landmark],
    events: &dyn Fn(&[EventMention]) -> Vec<Landmark>,
) {
    let headers: BTreeMap<String, (DateInterval, String)> = extracts
        .iter()
        .filter_map(|x| {
            let p = x.document.published.as_ref()?;
            let evidence = p.evidence.as_deref()?;
            let bare = p.rule == Some(PublicationRule::BareHeader);
            bare.then(|| (x.document.id.clone(), (p.interval(), evidence.to_string())))
        })
        .collect();
    if headers.is_empty() {
        return;
    }
    let ids: BTreeMap<String, Option<PublicationBounds>> =
        headers.keys().map(|id| (id.clone(), None)).collect();
    let found = infer_all(mentions, &ids, &landmarks(mentions, reference, events));
    let overruled: BTreeMap<String, (DateInterval, String)> = found
        .into_iter()
        .filter(|(id, f)| overrules(f, headers[id].0))
        .map(|(id, f)| {
            let evidence = format!("{}; overrules the {}", f.evidence, headers[&id].1);
            (id, (f.interval, evidence))
        })
        .collect();
    apply_publications(extracts, mentions, published, &overruled);
}

/// True when a publication found in the text has a year the text's bounds
/// chose for a day it names without one (`SÉOUL, 19 juin (AFP) -` after a
/// past `avril 2019`, `Publié le 19 juin`, `ce mercredi 4 décembre`): the
/// corpus checks that year ([`recheck_yearless_days`]).
pub fn year_from_bounds(rule: PublicationRule, confidence: Confidence) -> bool {
    confidence == Confidence::Inferred
        && matches!(
            rule,
            PublicationRule::Dateline | PublicationRule::LabelledLine | PublicationRule::NamedToday
        )
}

/// The year-less day of a publication whose year the text chose, as the
/// bounds of the corpus inference hold it: the day of the month, and the
/// weekday when the page named it.
fn yearless_day(p: &Published) -> YearlessDay {
    YearlessDay {
        month: p.start.month(),
        day: p.start.day(),
        weekday: (p.rule == Some(PublicationRule::NamedToday))
            .then(|| p.start.weekday().num_days_from_monday()),
    }
}

/// A year-less day the text placed in the first year its past dates allow
/// (`SÉOUL, 19 juin (AFP) -` over `s'étaient rencontrés … en avril 2019`)
/// has a weak year: the text cannot tell a recalled date from recent news.
/// When the events the article reports with relative dates are dated by
/// other articles or the chronology, on that same day of the month in a
/// later year its bounds allow (`ont signé mercredi` of a signing another
/// article dates `19 juin 2024`), the corpus wins: the day is that one
/// (`source: corpus`, evidence naming the year overruled) and its pending
/// dates are resolved again. The corpus must give one day (with the
/// checks of [`infer_within`]); otherwise the text's year stays. The
/// bounds the check used are dropped again from articles that keep it.
fn recheck_yearless_days(
    extracts: &mut [DocExtract],
    mentions: &mut [EventMention],
    published: &mut BTreeMap<String, DateInterval>,
    reference: &[Landmark],
    events: &dyn Fn(&[EventMention]) -> Vec<Landmark>,
) {
    let weak: BTreeMap<String, (NaiveDate, String, PublicationBounds)> = extracts
        .iter()
        .filter_map(|x| {
            let p = x.document.published.as_ref()?;
            let rule = p.rule?;
            if p.source != DateSource::Text || !year_from_bounds(rule, p.confidence) {
                return None;
            }
            let mut b = x.document.publication_bounds.unwrap_or_default();
            b.on = Some(yearless_day(p));
            let evidence = p.evidence.clone().unwrap_or_default();
            Some((x.document.id.clone(), (p.start, evidence, b)))
        })
        .collect();
    if weak.is_empty() {
        return;
    }
    let bounds: BTreeMap<String, Option<PublicationBounds>> = weak
        .iter()
        .map(|(id, (_, _, b))| (id.clone(), Some(*b)))
        .collect();
    let found = infer_all(mentions, &bounds, &landmarks(mentions, reference, events));
    let overruled: BTreeMap<String, (DateInterval, String)> = found
        .into_iter()
        .filter(|(id, f)| f.interval.precision == Precision::Day && f.interval.start != weak[id].0)
        .map(|(id, f)| {
            let (day, words, _) = &weak[&id];
            let evidence = format!(
                "{}; overrules the year of {words} ({day}, from the text's past dates alone)",
                f.evidence
            );
            (id, (f.interval, evidence))
        })
        .collect();
    apply_publications(extracts, mentions, published, &overruled);
    for x in extracts.iter_mut() {
        if weak.contains_key(&x.document.id) && !overruled.contains_key(&x.document.id) {
            x.document.publication_bounds = None;
        }
    }
}

/// The events the corpus dates (`events`, from its dated mentions) and the
/// reference events, as landmarks for dating articles.
fn landmarks(
    mentions: &[EventMention],
    reference: &[Landmark],
    events: &dyn Fn(&[EventMention]) -> Vec<Landmark>,
) -> Landmarks {
    let mut list = events(mentions);
    list.extend(reference.iter().cloned());
    Landmarks::new(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventType, Tense};
    use crate::temporal::resolve::{Spec, WdMode};
    use crate::timeline::tests::{day, mention};

    fn landmark(date: &str, t: EventType, people: &[&str], places: &[&str]) -> Landmark {
        Landmark {
            group: type_group(t),
            date: day(date),
            participants: people.iter().map(|s| s.to_string()).collect(),
            places: places.iter().map(|s| s.to_string()).collect(),
            documents: ["other".to_string()].into(),
            label: format!("{t:?} {date}"),
        }
    }

    fn report(
        t: EventType,
        people: &[&str],
        places: &[&str],
        pending: Option<Spec>,
    ) -> EventMention {
        let mut m = mention("undated", t, people, places, None);
        m.pending = pending.map(|spec| {
            Box::new(PendingTime {
                expression: "expr".into(),
                rule: "test".into(),
                tense: Tense::Past,
                spec,
            })
        });
        m
    }

    fn tuesday() -> Spec {
        Spec::Weekday {
            wd: 1,
            mode: WdMode::Bare,
        }
    }

    #[test]
    fn hier_of_one_dated_event_alone_says_nothing_two_agreeing_give_the_day() {
        let arrival = landmark("2023-09-12", EventType::Arrival, &["kim"], &["russie"]);
        let forum = landmark(
            "2023-09-12",
            EventType::Meeting,
            &["poutine"],
            &["vladivostok"],
        );
        let landmarks = Landmarks::new(vec![arrival, forum]);
        let arrived = report(
            EventType::Arrival,
            &["kim"],
            &["russie"],
            Some(Spec::DayOffset(-1)),
        );
        // `hier` fits any arrival of Kim in Russia: no check, no date
        assert_eq!(infer(&[&arrived], &landmarks), None);
        let spoke = report(
            EventType::Meeting,
            &["poutine"],
            &["vladivostok"],
            Some(Spec::DayOffset(-1)),
        );
        let found = infer(&[&arrived, &spoke], &landmarks).unwrap();
        assert_eq!(found.interval, day("2023-09-13"));
        assert!(found.evidence.starts_with("«expr» (x) = "));
    }

    #[test]
    fn reports_of_speech_never_anchor() {
        let landmarks = Landmarks::new(vec![landmark(
            "2023-09-11",
            EventType::Announcement,
            &["kim"],
            &["russie"],
        )]);
        // `a confirmé lundi`: a Monday statement fits every Monday one spoke
        let monday = Spec::Weekday {
            wd: 0,
            mode: WdMode::Bare,
        };
        let said = report(EventType::Announcement, &["kim"], &["russie"], Some(monday));
        assert_eq!(infer(&[&said], &landmarks), None);
    }

    #[test]
    fn a_weekday_gives_a_week_and_a_plan_narrows_it() {
        let arrival = landmark("2023-09-12", EventType::Arrival, &["kim"], &["russie"]);
        let summit = landmark("2023-09-13", EventType::Meeting, &["kim", "poutine"], &[]);
        let landmarks = Landmarks::new(vec![arrival, summit]);
        let arrived = report(EventType::Arrival, &["kim"], &["russie"], Some(tuesday()));
        let found = infer(&[&arrived], &landmarks).unwrap();
        // `est arrivé mardi`: the Tuesday 12th or one of the six days after
        assert_eq!(found.interval.start.to_string(), "2023-09-12");
        assert_eq!(found.interval.end.to_string(), "2023-09-18");
        assert_eq!(found.interval.precision, Precision::Week);
        // `ils devraient se rencontrer`: written before the summit of the 13th
        let mut plan = report(EventType::Meeting, &["kim", "poutine"], &[], None);
        plan.modality = Modality::Planned;
        let found = infer(&[&arrived, &plan], &landmarks).unwrap();
        assert_eq!(found.interval, day("2023-09-12"));
    }

    #[test]
    fn a_bare_weekday_without_tense_allows_the_days_of_either_reading() {
        // `le sommet de mercredi` (or `Kim arrive mardi`) written on a Sunday is the Wednesday four
        // days ago or the one in three: every day a week either side of
        // the landmark is allowed, for each day of the week and each tense
        let first = NaiveDate::from_ymd_opt(2023, 9, 11).unwrap();
        for landmark_day in first.iter_days().take(7) {
            let wd = chrono::Datelike::weekday(&landmark_day).num_days_from_monday();
            let landmarks = Landmarks::new(vec![landmark(
                &landmark_day.to_string(),
                EventType::Meeting,
                &["kim"],
                &["vostochny"],
            )]);
            let week = chrono::Duration::days(6);
            for (tense, from, to) in [
                (Tense::Past, landmark_day, landmark_day + week),
                (Tense::Future, landmark_day - week, landmark_day),
                (Tense::Unknown, landmark_day - week, landmark_day + week),
                (Tense::Present, landmark_day - week, landmark_day + week),
            ] {
                let mut met = report(
                    EventType::Meeting,
                    &["kim"],
                    &["vostochny"],
                    Some(Spec::Weekday {
                        wd,
                        mode: WdMode::Bare,
                    }),
                );
                if let Some(p) = met.pending.as_mut() {
                    p.tense = tense;
                }
                let found = infer(&[&met], &landmarks).unwrap();
                assert_eq!(
                    (found.interval.start, found.interval.end),
                    (from, to),
                    "{landmark_day} {tense:?}"
                );
            }
        }
    }

    #[test]
    fn bounds_give_an_interval_with_the_precision_of_its_length_up_to_a_month() {
        let from = NaiveDate::from_ymd_opt(2024, 2, 14).unwrap();
        for n in -3i64..45 {
            let to = from + chrono::Duration::days(n);
            let expected = match n + 1 {
                1 => Some(Precision::Day),
                2..=7 => Some(Precision::Week),
                8..=31 => Some(Precision::Month),
                _ => None,
            };
            let got = bounded_interval(from, to);
            assert_eq!(got.map(|i| i.precision), expected, "{n}");
            if let Some(i) = got {
                assert_eq!((i.start, i.end), (from, to));
            }
        }
    }

    #[test]
    fn a_landmark_dated_to_a_month_does_not_anchor() {
        let landmarks = Landmarks::new(vec![
            landmark("2023-10", EventType::Visit, &["lavrov"], &["pyongyang"]),
            landmark("2023-10", EventType::Arrival, &["lavrov"], &["pyongyang"]),
        ]);
        // `ce matin` / `hier` of events of "October 2023": any day of any October
        let met = report(
            EventType::Meeting,
            &["lavrov"],
            &["pyongyang"],
            Some(Spec::DayOffset(0)),
        );
        let came = report(
            EventType::Arrival,
            &["lavrov"],
            &["pyongyang"],
            Some(Spec::DayOffset(-1)),
        );
        assert_eq!(infer(&[&met, &came], &landmarks), None);
    }

    #[test]
    fn a_weekday_is_checked_only_against_a_landmark_of_a_day_or_two_sharing_a_person_and_a_place() {
        let tuesday_landmark = |places: &[&str]| {
            Landmarks::new(vec![landmark(
                "2023-09-12",
                EventType::Arrival,
                &["kim"],
                places,
            )])
        };
        let arrived = report(EventType::Arrival, &["kim"], &["russie"], Some(tuesday()));
        assert!(infer(&[&arrived], &tuesday_landmark(&["russie"])).is_some());
        // no shared place: the weekday alone
        let arrived_nowhere = report(EventType::Arrival, &["kim"], &[], Some(tuesday()));
        assert_eq!(infer(&[&arrived_nowhere], &tuesday_landmark(&[])), None);
        // a person of the report the landmark does not have: another event
        let arrived_with = report(
            EventType::Arrival,
            &["kim", "xi"],
            &["russie"],
            Some(tuesday()),
        );
        assert_eq!(
            infer(&[&arrived_with], &tuesday_landmark(&["russie"])),
            None
        );
        // places named on both sides and none shared: another event
        let arrived_elsewhere = report(EventType::Arrival, &["kim"], &["chine"], Some(tuesday()));
        assert_eq!(
            infer(&[&arrived_elsewhere], &tuesday_landmark(&["russie"])),
            None
        );
    }

    #[test]
    fn a_landmark_outside_the_articles_own_bounds_does_not_date_it() {
        // Kim arrived in Russia on a Tuesday in 2023; an article that
        // reports June 2024 in the past is not of that week
        let landmarks = Landmarks::new(vec![landmark(
            "2023-09-12",
            EventType::Arrival,
            &["kim"],
            &["russie"],
        )]);
        let arrived = report(EventType::Arrival, &["kim"], &["russie"], Some(tuesday()));
        assert!(infer_within(&[&arrived], &landmarks, None).is_some());
        let after = |y, m, d| PublicationBounds {
            not_before: NaiveDate::from_ymd_opt(y, m, d),
            ..Default::default()
        };
        assert_eq!(
            infer_within(&[&arrived], &landmarks, Some(&after(2024, 6, 19))),
            None
        );
        // bounds that allow the week keep it
        assert!(infer_within(&[&arrived], &landmarks, Some(&after(2023, 9, 1))).is_some());
    }

    #[test]
    fn only_the_landmarks_inside_the_bounds_count_as_fits() {
        // Kim arrived on a Tuesday in four years: too common a report to
        // date anything, unless the article's bounds leave one within reach
        let tuesdays = ["2018-03-27", "2019-01-08", "2023-09-12", "2025-09-02"];
        let landmarks = Landmarks::new(
            tuesdays
                .iter()
                .map(|d| landmark(d, EventType::Arrival, &["kim"], &["pekin"]))
                .collect(),
        );
        let arrived = report(EventType::Arrival, &["kim"], &["pekin"], Some(tuesday()));
        assert!(tuesdays.len() > MAX_FITS);
        assert_eq!(infer_within(&[&arrived], &landmarks, None), None);
        for day in tuesdays {
            let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
            for (before, after) in [(3, 30), (0, 6), (20, 200)] {
                let bounds = PublicationBounds {
                    not_before: day.checked_sub_days(Days::new(before)),
                    not_after: day.checked_add_days(Days::new(after)),
                    ..Default::default()
                };
                let found = infer_within(&[&arrived], &landmarks, Some(&bounds))
                    .unwrap_or_else(|| panic!("{day} within {bounds:?}"));
                assert_eq!(found.interval.start, day, "{bounds:?}");
            }
        }
        // bounds that reach two of them: two weeks, nothing said
        let both = PublicationBounds {
            not_before: NaiveDate::from_ymd_opt(2018, 3, 1),
            not_after: NaiveDate::from_ymd_opt(2019, 2, 1),
            ..Default::default()
        };
        assert_eq!(infer_within(&[&arrived], &landmarks, Some(&both)), None);
    }

    /// `month`/`day` (and weekday) of `d`, without its year.
    fn yearless_of(d: NaiveDate, with_weekday: bool) -> crate::model::YearlessDay {
        use chrono::Datelike;
        crate::model::YearlessDay {
            month: d.month(),
            day: d.day(),
            weekday: with_weekday.then(|| d.weekday().num_days_from_monday()),
        }
    }

    #[test]
    fn a_day_the_article_names_without_a_year_picks_its_day_among_those_the_corpus_allows() {
        use chrono::Datelike;
        // every landmark day of two years, a weekday report checked against
        // it: the week after it, narrowed to the day the dateline names
        let first = NaiveDate::from_ymd_opt(2024, 1, 3).unwrap();
        for landmark_day in first.iter_days().step_by(5).take(146) {
            let landmarks = Landmarks::new(vec![landmark(
                &landmark_day.to_string(),
                EventType::Visit,
                &["lavrov", "kim"],
                &["pyongyang"],
            )]);
            let met = report(
                EventType::Meeting,
                &["lavrov", "kim"],
                &["pyongyang"],
                Some(Spec::Weekday {
                    wd: landmark_day.weekday().num_days_from_monday(),
                    mode: WdMode::Bare,
                }),
            );
            let week = infer_within(&[&met], &landmarks, None).unwrap().interval;
            assert_eq!(
                (week.start, week.end),
                (landmark_day, landmark_day + Days::new(6))
            );
            for offset in -3i64..10 {
                let named = landmark_day + chrono::Duration::days(offset);
                for with_weekday in [false, true] {
                    let bounds = PublicationBounds {
                        on: Some(yearless_of(named, with_weekday)),
                        ..Default::default()
                    };
                    let found = infer_within(&[&met], &landmarks, Some(&bounds));
                    let expected = (0..=6).contains(&offset).then(|| DateInterval::day(named));
                    assert_eq!(found.map(|f| f.interval), expected, "{named}");
                }
                // the right day of the month on another weekday is no fit
                let wrong_weekday = crate::model::YearlessDay {
                    weekday: Some((named.weekday().num_days_from_monday() + 1) % 7),
                    ..yearless_of(named, false)
                };
                let bounds = PublicationBounds {
                    on: Some(wrong_weekday),
                    ..Default::default()
                };
                assert_eq!(infer_within(&[&met], &landmarks, Some(&bounds)), None);
            }
        }
    }

    #[test]
    fn bounds_holding_one_day_the_article_names_give_it_two_give_nothing() {
        let floor = NaiveDate::from_ymd_opt(2023, 6, 19).unwrap();
        for named in floor.iter_days().step_by(3).take(250) {
            for (ceiling_days, one_fit) in [(0, true), (200, true), (364, true), (366, false)] {
                let bounds = PublicationBounds {
                    not_before: Some(named - Days::new(1)),
                    not_after: Some(named + Days::new(ceiling_days)),
                    on: Some(yearless_of(named, false)),
                    ..Default::default()
                };
                let expected = one_fit.then(|| DateInterval::day(named));
                // a 29 February comes back only after four years
                let expected = expected.or_else(|| {
                    (chrono::Datelike::month(&named) == 2 && chrono::Datelike::day(&named) == 29)
                        .then(|| DateInterval::day(named))
                });
                assert_eq!(bounds_interval(&bounds), expected, "{named} {ceiling_days}");
            }
            // a day outside the bounds: nothing
            let bounds = PublicationBounds {
                not_before: Some(named + Days::new(1)),
                not_after: Some(named + Days::new(300)),
                on: Some(yearless_of(named, false)),
                ..Default::default()
            };
            assert_eq!(bounds_interval(&bounds), None, "{named}");
        }
    }

    #[test]
    fn what_fits_too_many_events_or_none_says_nothing() {
        let many: Vec<Landmark> = (1..=MAX_FITS + 1)
            .map(|d| {
                landmark(
                    &format!("2024-01-{d:02}"),
                    EventType::Statement,
                    &["peskov"],
                    &[],
                )
            })
            .collect();
        let landmarks = Landmarks::new(many);
        let said = report(
            EventType::Statement,
            &["peskov"],
            &[],
            Some(Spec::DayOffset(-1)),
        );
        assert_eq!(infer(&[&said], &landmarks), None);
        let other = report(
            EventType::Launch,
            &["peskov"],
            &[],
            Some(Spec::DayOffset(-1)),
        );
        assert_eq!(infer(&[&other], &landmarks), None);
        // a landmark only the article itself dates does not date it
        let mut own = landmark("2024-02-01", EventType::Launch, &["x"], &[]);
        own.documents = ["undated".to_string()].into();
        let m = report(EventType::Launch, &["x"], &[], Some(Spec::DayOffset(-1)));
        assert_eq!(infer(&[&m], &Landmarks::new(vec![own])), None);
    }

    #[test]
    fn only_agreeing_reports_away_from_the_header_day_overrule_it() {
        let found = |support, interval: &str| Inferred {
            interval: day(interval),
            evidence: String::new(),
            support,
        };
        let header = day("2024-05-25");
        assert!(overrules(&found(2, "2023-09-12"), header));
        // one report could be about another occurrence of the event
        assert!(!overrules(&found(1, "2023-09-12"), header));
        // a month says too little
        assert!(!overrules(&found(3, "2023-09"), header));
        // the reports agree with the header
        assert!(!overrules(&found(3, "2024-05-25"), header));
    }

    #[test]
    fn pending_dates_resolve_when_every_publication_day_agrees() {
        let mut m = report(EventType::Arrival, &["kim"], &[], Some(tuesday()));
        // written between Wednesday 13 and Friday 15: `mardi` is the 12th
        resolve_pending(
            &mut m,
            DateInterval::new(
                day("2023-09-13").start,
                day("2023-09-15").start,
                Precision::Week,
            ),
        );
        assert_eq!(m.time.as_ref().unwrap().value, "2023-09-12");
        assert!(m.pending.is_none());
        // `hier` over three days: no single answer, left pending
        let mut m = report(EventType::Arrival, &["kim"], &[], Some(Spec::DayOffset(-1)));
        resolve_pending(
            &mut m,
            DateInterval::new(
                day("2023-09-13").start,
                day("2023-09-15").start,
                Precision::Week,
            ),
        );
        assert!(m.time.is_none() && m.pending.is_some());
    }

    /// The first day of month `m` of year `y`.
    fn first_of(y: i32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, 1).unwrap()
    }

    /// Past reports of one visit, every month of four years, dated by its
    /// month without a year (`en novembre`, `juin dernier`): the days on
    /// which that month is the one named, computed here from the calendar.
    #[test]
    fn a_month_without_a_year_of_one_dated_event_bounds_the_publication() {
        for y in 2021..=2024 {
            for m in 1..=12u32 {
                let d = (m * 7) % 28 + 1;
                let on = NaiveDate::from_ymd_opt(y, m, d).unwrap();
                let landmarks = Landmarks::new(vec![landmark(
                    &on.to_string(),
                    EventType::Visit,
                    &["lavrov"],
                    &["pyongyang"],
                )]);
                let (ny, nm) = if m == 12 { (y + 2, 1) } else { (y + 1, m + 1) };
                for (spec, from, to) in [
                    // `en novembre`: the last November begun by that day
                    (
                        Spec::Month { y: None, m },
                        on,
                        first_of(y + 1, m).pred_opt().unwrap(),
                    ),
                    // `novembre dernier`: a November over by that day
                    (
                        Spec::MonthRel { m, dir: -1 },
                        on.max(if m == 12 {
                            first_of(y + 1, 1)
                        } else {
                            first_of(y, m + 1)
                        }),
                        first_of(ny, nm).pred_opt().unwrap(),
                    ),
                ] {
                    let visit = report(
                        EventType::Visit,
                        &["lavrov"],
                        &["pyongyang"],
                        Some(spec.clone()),
                    );
                    let got = period_bounds(&[&visit], &landmarks).map(|(f, t, _)| (f, t));
                    assert_eq!(got, Some((from, to)), "{on} {spec:?}");
                    // the same report with an event of another month only:
                    // nothing
                    let other = Landmarks::new(vec![landmark(
                        &(on + chrono::Duration::days(40)).to_string(),
                        EventType::Visit,
                        &["lavrov"],
                        &["pyongyang"],
                    )]);
                    assert_eq!(period_bounds(&[&visit], &other), None, "{on} {spec:?}");
                }
            }
        }
    }

    #[test]
    fn a_period_bounds_only_from_a_strict_fit_of_one_period() {
        let november = Spec::Month { y: None, m: 11 };
        let visit = |people: &[&str], places: &[&str], t: EventType| {
            report(t, people, places, Some(november.clone()))
        };
        let one = Landmarks::new(vec![landmark(
            "2024-11-29",
            EventType::Visit,
            &["belooussov"],
            &["pyongyang"],
        )]);
        let fits = visit(&["belooussov"], &["pyongyang"], EventType::Visit);
        assert!(period_bounds(&[&fits], &one).is_some());
        // a report of speech: a statement in November fits every November
        let said = visit(&["belooussov"], &["pyongyang"], EventType::Announcement);
        assert_eq!(period_bounds(&[&said], &one), None);
        // a person of the report not in the event
        let more = visit(&["belooussov", "choigou"], &["pyongyang"], EventType::Visit);
        assert_eq!(period_bounds(&[&more], &one), None);
        // another place
        let elsewhere = visit(&["belooussov"], &["moscou"], EventType::Visit);
        assert_eq!(period_bounds(&[&elsewhere], &one), None);
        // an event dated to a month: no fit
        let loose = Landmarks::new(vec![landmark(
            "2024-11",
            EventType::Visit,
            &["belooussov"],
            &["pyongyang"],
        )]);
        assert_eq!(period_bounds(&[&fits], &loose), None);
        // visits of two Novembers: which one is not said
        let two = Landmarks::new(vec![
            landmark(
                "2023-11-10",
                EventType::Visit,
                &["belooussov"],
                &["pyongyang"],
            ),
            landmark(
                "2024-11-29",
                EventType::Visit,
                &["belooussov"],
                &["pyongyang"],
            ),
        ]);
        assert_eq!(period_bounds(&[&fits], &two), None);
        // a day (`hier`) anchors, it does not bound as a period
        let yesterday = report(
            EventType::Visit,
            &["belooussov"],
            &["pyongyang"],
            Some(Spec::DayOffset(-1)),
        );
        assert_eq!(period_bounds(&[&yesterday], &one), None);
        // two reports that cannot both hold: no bound at all
        let june = Landmarks::new(vec![
            landmark(
                "2024-11-29",
                EventType::Visit,
                &["belooussov"],
                &["pyongyang"],
            ),
            landmark("2022-06-10", EventType::Meeting, &["lavrov"], &["moscou"]),
        ]);
        let met = report(
            EventType::Meeting,
            &["lavrov"],
            &["moscou"],
            Some(Spec::Month { y: None, m: 6 }),
        );
        assert_eq!(period_bounds(&[&fits, &met], &june), None);
    }

    #[test]
    fn period_bounds_place_a_day_named_without_a_year_once_or_not_at_all() {
        // `SÉOUL, 28 avril (Reuters) -` over `la visite, en novembre, …` of a
        // visit of 2024-11-29: the bounds run to 2025-10-31, one 28 April
        let landmarks = Landmarks::new(vec![landmark(
            "2024-11-29",
            EventType::Visit,
            &["belooussov"],
            &["pyongyang"],
        )]);
        let fits = report(
            EventType::Visit,
            &["belooussov"],
            &["pyongyang"],
            Some(Spec::Month { y: None, m: 11 }),
        );
        let (from, to, _) = period_bounds(&[&fits], &landmarks).unwrap();
        let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        for named in start.iter_days().take(366 * 2) {
            let bounds = PublicationBounds {
                not_before: Some(from),
                not_after: Some(to),
                on: Some(yearless_of(named, false)),
                ..Default::default()
            };
            // computed from the calendar: the days of that month and day
            // between the visit and the end of the next October
            let fits: Vec<NaiveDate> = (2024..=2025)
                .filter_map(|y| {
                    NaiveDate::from_ymd_opt(
                        y,
                        chrono::Datelike::month(&named),
                        chrono::Datelike::day(&named),
                    )
                })
                .filter(|d| *d >= from && *d <= to)
                .collect();
            let expected = match fits.as_slice() {
                [one] => Some(DateInterval::day(*one)),
                _ => None,
            };
            assert_eq!(bounds_interval(&bounds), expected, "{named}");
        }
    }

    #[test]
    fn the_end_of_a_role_rules_days_out_but_is_no_side_of_an_interval() {
        let named = NaiveDate::from_ymd_opt(2025, 2, 14).unwrap();
        let bounds = |until: Option<NaiveDate>, on: bool| PublicationBounds {
            not_before: Some(NaiveDate::from_ymd_opt(2024, 12, 1).unwrap()),
            not_after: None,
            on: on.then(|| yearless_of(named, false)),
            role_until: until,
            weekday: None,
        };
        // without a day named: one bound only, no interval, with or without
        // the role
        assert_eq!(
            bounds_interval(&bounds(NaiveDate::from_ymd_opt(2024, 12, 20), false)),
            None
        );
        for until in [
            named - Days::new(1),
            named,
            named + Days::new(1),
            named + Days::new(400),
        ] {
            let b = bounds(Some(until), true);
            assert_eq!(b.contains(named), named <= until, "{until}");
        }
    }

    /// The closed form of [`period_days`] equals the day-by-day search on
    /// every period it covers: a month or a season without a year (`en
    /// novembre`, `cet hiver` over the year's end), with its year, one
    /// before or after this one (`en juin dernier`, `en juin prochain`),
    /// months, quarters, half-years and years counted from this one (`le
    /// mois dernier`, `l'an prochain`), in every tense, for landmarks of a
    /// day and of a week on days spread over three years (leap year 2024
    /// included). Look-alikes it must leave to the search (weeks, days,
    /// `les trois derniers mois`) are compared too.
    #[test]
    fn the_closed_form_of_period_days_equals_the_day_by_day_search() {
        use crate::temporal::resolve::{Spec, Unit};
        let mut specs = Vec::new();
        for m in 1..=12 {
            specs.push(Spec::Month { y: None, m });
            if m % 4 == 1 {
                specs.push(Spec::Month { y: Some(2024), m });
            }
            specs.push(Spec::MonthRel { m, dir: -1 });
            specs.push(Spec::MonthRel { m, dir: 1 });
        }
        for (first, last) in [(12, 2), (3, 5), (6, 8), (9, 11), (7, 8)] {
            specs.push(Spec::Season {
                first,
                last,
                y: None,
            });
            specs.push(Spec::Season {
                first,
                last,
                y: Some(2024),
            });
        }
        specs.push(Spec::Year(2024));
        for unit in [Unit::Month, Unit::Quarter, Unit::HalfYear, Unit::Year] {
            for offset in [-2, -1, 0, 1] {
                specs.push(Spec::Period { unit, offset });
            }
        }
        // not closed: left to the search, compared all the same
        specs.push(Spec::Period {
            unit: Unit::Week,
            offset: -1,
        });
        specs.push(Spec::LastN {
            n: 3,
            unit: Unit::Month,
            future: false,
        });
        // (the present reading is read as the unknown one)
        let tenses = [Tense::Past, Tense::Future, Tense::Unknown];
        let mut closed = 0;
        let mut found = 0;
        for (k, spec) in specs.iter().enumerate() {
            for tense in tenses {
                let p = PendingTime {
                    expression: format!("{spec:?}"),
                    rule: "test".into(),
                    tense,
                    spec: spec.clone(),
                };
                // landmarks every 61 days from mid-2023 to 2025, shifted
                // per spec so that every day of the month is met
                let start = day("2023-06-01").start + chrono::Duration::days(k as i64 % 31);
                for n in 0..12 {
                    let on = start + chrono::Duration::days(61 * n);
                    let mut l = landmark(&on.to_string(), EventType::Visit, &["a"], &[]);
                    if n % 3 == 0 {
                        // a landmark of a week
                        l.date =
                            DateInterval::new(on, on + chrono::Duration::days(6), Precision::Week);
                    }
                    let got = period_days(&p, &l);
                    assert_eq!(got, period_days_by_day(&p, &l), "{spec:?} {tense:?} {on}");
                    closed += usize::from(month_granular(spec));
                    found += usize::from(got.is_some());
                }
            }
        }
        // the cases are not all empty, and most are the closed form's
        assert!(found > 400 && closed > 2000, "{found} {closed}");
    }

    /// A document whose year-less dateline the text placed in `year` (its
    /// past dates bounding it from `floor`), reporting a checked meeting
    /// of Kim and Poutine in Pyongyang on `weekday` (0 = Monday).
    fn wire(on: NaiveDate, floor: NaiveDate, weekday: u32) -> (DocExtract, EventMention) {
        let mut record =
            crate::model::DocumentRecord::skipped("wire".into(), "wire".into(), String::new());
        record.status = DocStatus::Ok;
        record.reason = None;
        record.published = Some(Published {
            confidence: Confidence::Inferred,
            rule: Some(PublicationRule::Dateline),
            evidence: Some("dateline «SÉOUL, …»".into()),
            ..Published::from_interval(DateInterval::day(on), DateSource::Text)
        });
        record.publication_bounds = Some(PublicationBounds {
            not_before: Some(floor),
            ..PublicationBounds::default()
        });
        let mut m = report(
            EventType::Meeting,
            &["kim", "poutine"],
            &["pyongyang"],
            Some(Spec::Weekday {
                wd: weekday,
                mode: WdMode::Bare,
            }),
        );
        m.document = "wire".into();
        m.time = Some(Box::new(EventTime {
            interval: DateInterval::day(on),
            expression: "mercredi".into(),
            value: on.to_string(),
            rule: "test".into(),
        }));
        let x = DocExtract {
            document: record,
            entities: Vec::new(),
            timexes: Vec::new(),
            events: Vec::new(),
        };
        (x, m)
    }

    /// Every day of the month × every year gap: a year-less dateline whose
    /// year came from an old past date takes the later year in which the
    /// corpus dates what it reports on that very day; a landmark on another
    /// day of the month, or before the text's floor, leaves its year.
    #[test]
    fn a_yearless_datelines_year_yields_to_the_corpus_on_its_own_day() {
        let mut cases = 0;
        for (m, d) in [(1, 15), (3, 3), (6, 19), (9, 30), (10, 28), (12, 31)] {
            for y0 in [2019, 2021] {
                for gap in 1..=4 {
                    let on = NaiveDate::from_ymd_opt(y0, m, d).unwrap();
                    let floor = on - chrono::Duration::days(70);
                    let event = NaiveDate::from_ymd_opt(y0 + gap, m, d).unwrap();
                    // the same day, later; two days later (not the dateline's
                    // day); a year before the floor (out of bounds)
                    for (landmark_day, moves) in [
                        (event, true),
                        (event + chrono::Duration::days(2), false),
                        (NaiveDate::from_ymd_opt(y0 - 1, m, d).unwrap(), false),
                    ] {
                        let wd = landmark_day.weekday().num_days_from_monday();
                        let (x, mention) = wire(on, floor, wd);
                        let mut extracts = vec![x];
                        let mut mentions = vec![mention];
                        let mut published =
                            BTreeMap::from([("wire".to_string(), DateInterval::day(on))]);
                        let iso = landmark_day.format("%Y-%m-%d").to_string();
                        let reference = vec![landmark(
                            &iso,
                            EventType::Meeting,
                            &["kim", "poutine"],
                            &["pyongyang"],
                        )];
                        date_undated_articles(
                            &mut extracts,
                            &mut mentions,
                            &mut published,
                            &reference,
                            &|_| Vec::new(),
                        );
                        let p = extracts[0].document.published.as_ref().unwrap();
                        let want = if moves { event } else { on };
                        assert_eq!(
                            (p.start, p.end),
                            (want, want),
                            "{on} under a landmark of {landmark_day}"
                        );
                        assert_eq!(published["wire"].start, want);
                        if moves {
                            assert_eq!(p.source, DateSource::Corpus);
                            assert!(
                                p.evidence
                                    .as_deref()
                                    .unwrap()
                                    .contains("overrules the year")
                            );
                            // the report is dated again from the new day
                            assert_eq!(
                                mentions[0].time.as_ref().map(|t| t.interval.start),
                                Some(landmark_day)
                            );
                        } else {
                            assert_eq!(p.source, DateSource::Text);
                            // the bounds the check used are not kept
                            assert_eq!(extracts[0].document.publication_bounds, None);
                        }
                        cases += 1;
                    }
                }
            }
        }
        assert_eq!(cases, 6 * 2 * 4 * 3);
    }

    /// Bounds on both sides with a weekday the page names as its own, for
    /// every start of a year × every length up to 31 days × every weekday:
    /// the interval runs from the first to the last day on that weekday
    /// (computed here day by day with chrono), a day when there is one,
    /// none when there is none.
    #[test]
    fn bounds_with_the_page_s_weekday_keep_only_its_days() {
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        for offset in 0..365 {
            let from = start + chrono::Duration::days(offset);
            for len in 0..31 {
                let to = from + chrono::Duration::days(len);
                for wd in 0..7u32 {
                    let b = PublicationBounds {
                        not_before: Some(from),
                        not_after: Some(to),
                        weekday: Some(wd),
                        ..Default::default()
                    };
                    let days: Vec<NaiveDate> = (0..=len)
                        .map(|k| from + chrono::Duration::days(k))
                        .filter(|d| d.weekday().num_days_from_monday() == wd)
                        .collect();
                    let want = match (days.first(), days.last()) {
                        (Some(a), Some(z)) => {
                            let n = (*z - *a).num_days() + 1;
                            let p = if n == 1 {
                                Precision::Day
                            } else if n <= 7 {
                                Precision::Week
                            } else {
                                Precision::Month
                            };
                            Some(DateInterval::new(*a, *z, p))
                        }
                        _ => None,
                    };
                    assert_eq!(bounds_interval(&b), want, "{from} {to} {wd}");
                }
            }
        }
    }
}
