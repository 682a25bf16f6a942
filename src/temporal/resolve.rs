//! From what a rule recognised (a [`Spec`]) to days: calendar arithmetic and
//! the choices newsx makes for forms that do not say their year or week.
//!
//! Conventions (see also `docs/temporal.md` in the module doc of `mod.rs`):
//! - a form without year or week (`18 juin`, `en novembre`, `mardi`) takes
//!   the occurrence the clause's tense allows: past → the latest one not
//!   after the reference day, future → the earliest one not before it,
//!   present/unknown → the nearest one (ties go to the past);
//! - `il y a plus de N unités` is the interval [ref − (N + max(1, N/3)), ref − N]
//!   (e.g. 18 months → from 24 to 18 months before);
//! - parts of a week, month, quarter and year, ordinals in a period, the
//!   weekday modifiers, durations and open intervals: see `docs/dates.md`
//!   (each convention is written again with chrono in
//!   `tests/dates_grammar.rs`);
//! - a value outside the years 1–9999 is no value ([`resolve_at`] returns
//!   `None`).

pub use crate::model::time::{Anaphor, NthOf, PartKind, Spec, Unit, WdMode, duration_value};
use crate::model::{DateInterval, Precision, Tense};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub fn month_interval(y: i32, m: u32) -> Option<DateInterval> {
    let start = ymd(y, m, 1)?;
    let end = start.checked_add_months(Months::new(1))?.pred_opt()?;
    Some(DateInterval::new(start, end, Precision::Month))
}

pub fn year_interval(y: i32) -> Option<DateInterval> {
    Some(DateInterval::new(
        ymd(y, 1, 1)?,
        ymd(y, 12, 31)?,
        Precision::Year,
    ))
}

pub fn week_interval(day: NaiveDate) -> DateInterval {
    let monday = day - Duration::days(day.weekday().num_days_from_monday() as i64);
    DateInterval::new(monday, monday + Duration::days(6), Precision::Week)
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(u32::try_from(n).ok()?))
    } else {
        d.checked_sub_months(Months::new(u32::try_from(-n).ok()?))
    }
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// `d` moved by `n` units (negative: back).
pub fn shift(d: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Day => add_days(d, n),
        Unit::Week => add_days(d, n.checked_mul(7)?),
        Unit::Month => add_months(d, n),
        Unit::Year => add_months(d, n.checked_mul(12)?),
        Unit::Decade => add_months(d, n.checked_mul(120)?),
        Unit::Quarter => add_months(d, n.checked_mul(3)?),
        Unit::HalfYear => add_months(d, n.checked_mul(6)?),
        Unit::Century => add_months(d, n.checked_mul(1200)?),
    }
}

fn unit_interval(d: NaiveDate, unit: Unit) -> Option<DateInterval> {
    match unit {
        Unit::Day => Some(DateInterval::day(d)),
        Unit::Week => Some(week_interval(d)),
        Unit::Month => month_interval(d.year(), d.month()),
        Unit::Year => year_interval(d.year()),
        Unit::Decade => {
            let y = d.year() - d.year().rem_euclid(10);
            Some(DateInterval::new(
                ymd(y, 1, 1)?,
                ymd(y + 9, 12, 31)?,
                Precision::Decade,
            ))
        }
        Unit::Quarter => quarter_interval(d),
        Unit::HalfYear => {
            let first = if d.month() <= 6 { 1 } else { 7 };
            Some(DateInterval::new(
                ymd(d.year(), first, 1)?,
                month_interval(d.year(), first + 5)?.end,
                Precision::Month,
            ))
        }
        // the strict count: 2026 is in the XXIe, 2001–2100
        Unit::Century => {
            let first = (d.year() - 1).div_euclid(100) * 100 + 1;
            Some(DateInterval::new(
                ymd(first, 1, 1)?,
                ymd(first + 99, 12, 31)?,
                Precision::Year,
            ))
        }
    }
}

/// The point a count of units from the reference reaches (`il y a trois
/// semaines`, `dans 10 jours`): the day, when counted in days or weeks;
/// counted in months or years (`il y a quatre ans`) the count is a round
/// figure, and the point is the month or year holding that day (a day there
/// would date events more precisely than the text does).
fn counted_point(d: NaiveDate, unit: Unit) -> Option<DateInterval> {
    match unit {
        Unit::Day | Unit::Week => Some(DateInterval::day(d)),
        _ => unit_interval(d, unit),
    }
}

/// The length of a unit in days, to order units.
fn unit_days(unit: Unit) -> i64 {
    match unit {
        Unit::Day => 1,
        Unit::Week => 7,
        Unit::Month => 30,
        Unit::Quarter => 91,
        Unit::HalfYear => 182,
        Unit::Century => 36_524,
        Unit::Year => 365,
        Unit::Decade => 3652,
    }
}

/// The calendar quarter holding `d` (precision month: three of them).
pub fn quarter_interval(d: NaiveDate) -> Option<DateInterval> {
    let first = 3 * ((d.month() - 1) / 3) + 1;
    let start = ymd(d.year(), first, 1)?;
    let end = month_interval(d.year(), first + 2)?.end;
    Some(DateInterval::new(start, end, Precision::Month))
}

/// Years newsx writes: 1 to 9999 (ISO 8601 without expansion). A form
/// that lands outside (`il y a 9999 ans`) has no value rather than a
/// negative or five-digit year.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// The date of Easter Sunday in year `y` of the Gregorian calendar
/// (anonymous Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Among candidate intervals, the one the tense allows (see module doc).
pub fn choose(cands: &[DateInterval], r: NaiveDate, tense: Tense) -> Option<DateInterval> {
    match tense {
        Tense::Past => cands
            .iter()
            .filter(|c| c.start <= r)
            .max_by_key(|c| c.start)
            .copied(),
        Tense::Future => cands
            .iter()
            .filter(|c| c.end >= r)
            .min_by_key(|c| c.start)
            .copied(),
        Tense::Present | Tense::Unknown => cands
            .iter()
            .min_by_key(|c| {
                let dist = if c.start > r {
                    (c.start - r).num_days() * 2 + 1
                } else if c.end < r {
                    (r - c.end).num_days() * 2
                } else {
                    0
                };
                (dist, std::cmp::Reverse(c.start))
            })
            .copied(),
    }
}

/// Resolve a spec at reference day `r` (`None` when it cannot be, or when
/// it falls outside the years of [`YEARS`]).
pub fn resolve_at(spec: &Spec, r: NaiveDate, tense: Tense) -> Option<DateInterval> {
    resolve_inner(spec, r, tense)
        .filter(|i| YEARS.contains(&i.start.year()) && YEARS.contains(&i.end.year()))
}

fn resolve_inner(spec: &Spec, r: NaiveDate, tense: Tense) -> Option<DateInterval> {
    match spec {
        Spec::Date { y, m, d, wd } => {
            let mut cands = Vec::new();
            match (y, m) {
                (Some(y), Some(m)) => return ymd(*y, *m, *d).map(DateInterval::day),
                (None, Some(m)) => {
                    for y in r.year() - 1..=r.year() + 1 {
                        cands.extend(ymd(y, *m, *d));
                    }
                }
                (y, None) => {
                    for k in -12..=12 {
                        let Some(base) = add_months(ymd(r.year(), r.month(), 1)?, k) else {
                            continue;
                        };
                        if y.is_some_and(|y| y != base.year()) {
                            continue;
                        }
                        cands.extend(ymd(base.year(), base.month(), *d));
                    }
                }
            }
            if let Some(wd) = wd {
                let fits: Vec<NaiveDate> = cands
                    .iter()
                    .copied()
                    .filter(|c| c.weekday().num_days_from_monday() == *wd)
                    .collect();
                if m.is_some() && !fits.is_empty() {
                    // Within the three years looked at, a day of a month
                    // falls on a given weekday in one year at most (the
                    // weekday moves one or two days a year): the weekday
                    // names the year, whatever the tense says.
                    let fits: Vec<DateInterval> = fits.into_iter().map(DateInterval::day).collect();
                    return choose(&fits, r, tense).or_else(|| choose(&fits, r, Tense::Unknown));
                }
                if !fits.is_empty() {
                    cands = fits;
                }
            }
            let cands: Vec<DateInterval> = cands.into_iter().map(DateInterval::day).collect();
            choose(&cands, r, tense)
        }
        Spec::Month { y: Some(y), m } => month_interval(*y, *m),
        Spec::Month { y: None, m } => {
            let cands: Vec<DateInterval> = (r.year() - 1..=r.year() + 1)
                .filter_map(|y| month_interval(y, *m))
                .collect();
            choose(&cands, r, tense)
        }
        Spec::MonthRel { m, dir } => {
            let this = month_interval(r.year(), *m)?;
            if *dir < 0 {
                if *m < r.month() {
                    Some(this)
                } else {
                    month_interval(r.year() - 1, *m)
                }
            } else if *m > r.month() {
                Some(this)
            } else {
                month_interval(r.year() + 1, *m)
            }
        }
        Spec::Year(y) => year_interval(*y),
        Spec::Season { first, last, y } => {
            let make = |y: i32| -> Option<DateInterval> {
                let start = ymd(y, *first, 1)?;
                let end_year = if last < first { y + 1 } else { y };
                let end = month_interval(end_year, *last)?.end;
                Some(DateInterval::new(start, end, Precision::Season))
            };
            match y {
                Some(y) => make(*y),
                None => {
                    let cands: Vec<DateInterval> =
                        (r.year() - 1..=r.year() + 1).filter_map(make).collect();
                    choose(&cands, r, tense)
                }
            }
        }
        Spec::DayOffset(n) => add_days(r, *n).map(DateInterval::day),
        Spec::Weekday { wd, mode } => {
            let wd = *wd as i64;
            let today = r.weekday().num_days_from_monday() as i64;
            let day = |k: i64| add_days(r, k);
            let next_strict = (wd - today).rem_euclid(7);
            let next_strict = if next_strict == 0 { 7 } else { next_strict };
            let last_strict = -((today - wd).rem_euclid(7));
            let last_strict = if last_strict == 0 { -7 } else { last_strict };
            let d = match mode {
                WdMode::Next => day(next_strict)?,
                WdMode::Last => day(last_strict)?,
                WdMode::Ahead(k) => day((wd - today).rem_euclid(7) + 7 * k)?,
                WdMode::Week(w) => day(wd - today + 7 * w)?,
                WdMode::This if tense == Tense::Unknown => day((wd - today).rem_euclid(7))?,
                WdMode::This | WdMode::Bare => {
                    let cands: Vec<DateInterval> = (-7..=7)
                        .filter(|k| (today + k).rem_euclid(7) == wd)
                        .filter_map(|k| day(k).map(DateInterval::day))
                        .collect();
                    return choose(&cands, r, tense);
                }
            };
            Some(DateInterval::day(d))
        }
        Spec::Period { unit, offset } => unit_interval(shift(r, *offset, *unit)?, *unit),
        Spec::Ago { n, unit, more_than } => {
            let point = shift(r, -n, *unit)?;
            if *more_than {
                let extra = (*n / 3).max(1);
                let start = shift(r, -(n + extra), *unit)?;
                let p = unit_interval(point, *unit)?.precision;
                Some(DateInterval::new(start, point, p))
            } else {
                counted_point(point, *unit)
            }
        }
        Spec::In { n, unit } => counted_point(shift(r, *n, *unit)?, *unit),
        Spec::ShiftSum(parts) => {
            let mut d = r;
            for (n, unit) in parts {
                d = shift(d, *n, *unit)?;
            }
            let finest = parts
                .iter()
                .map(|(_, u)| *u)
                .min_by_key(|u| unit_days(*u))?;
            counted_point(d, finest)
        }
        Spec::LastN { n, unit, future } => {
            let (a, b) = if *future { (1, *n) } else { (-n, -1) };
            let start = unit_interval(shift(r, a, *unit)?, *unit)?;
            let end = unit_interval(shift(r, b, *unit)?, *unit)?;
            Some(DateInterval::new(start.start, end.end, start.precision))
        }
        Spec::Since { n, unit } => {
            let start = shift(r, -n, *unit)?;
            let p = unit_interval(start, *unit)?.precision;
            Some(DateInterval::new(start, r, p))
        }
        Spec::Duration { .. } | Spec::SetWeekday(_) | Spec::Anaphor(_) => None,
        Spec::Vague { future, days } => {
            if *future {
                Some(DateInterval::new(r, add_days(r, *days)?, Precision::Day))
            } else {
                Some(DateInterval::new(add_days(r, -days)?, r, Precision::Day))
            }
        }
        Spec::Part { part, inner } => {
            let i = resolve_inner(inner, r, tense)?;
            part_of(i, *part)
        }
        Spec::WorkWeek => {
            let w = week_interval(r);
            Some(DateInterval::new(
                w.start,
                add_days(w.start, 4)?,
                Precision::Day,
            ))
        }
        Spec::Nth { n, of, inner } => nth_of(resolve_inner(inner, r, tense)?, *n, *of),
        Spec::Easter { offset, y } => {
            let day = |y: i32| easter(y).and_then(|e| add_days(e, *offset));
            match y {
                Some(y) => day(*y).map(DateInterval::day),
                None => {
                    let cands: Vec<DateInterval> = (r.year() - 1..=r.year() + 1)
                        .filter_map(day)
                        .map(DateInterval::day)
                        .collect();
                    choose(&cands, r, tense)
                }
            }
        }
        Spec::Open { from, inner } => {
            let i = resolve_inner(inner, r, tense)?;
            let n = super::lexicon::lexicon().open_window_days;
            Some(if *from {
                DateInterval::new(i.start, add_days(i.start, n)?, Precision::Day)
            } else {
                DateInterval::new(add_days(i.end, -n)?, i.end, Precision::Day)
            })
        }
        Spec::Range(a, b) => resolve_range(a, b, r, tense),
        Spec::WeekOf(inner) => Some(week_interval(resolve_inner(inner, r, tense)?.start)),
        Spec::Shift(n, inner) => {
            let i = resolve_inner(inner, r, tense)?;
            shift_interval(i, *n)
        }
        Spec::Toward { dir, inner } => toward(inner, *dir, r),
    }
}

/// The occurrence of `inner` wholly before (`dir` < 0) or wholly after the
/// reference day: `le 5 mars dernier` read on 5 March is a year ago, `l'hiver
/// dernier` read in February the winter before this one (Duckling's
/// `<time> dernier`). Each step reads `inner` by tense from just before
/// (after) the previous occurrence.
fn toward(inner: &Spec, dir: i64, r: NaiveDate) -> Option<DateInterval> {
    let mut at = r;
    for _ in 0..4 {
        let i = if dir < 0 {
            resolve_inner(inner, at, Tense::Past)?
        } else {
            resolve_inner(inner, at, Tense::Future)?
        };
        if (dir < 0 && i.end < r) || (dir >= 0 && i.start > r) {
            return Some(i);
        }
        at = if dir < 0 {
            add_days(i.start, -1)?
        } else {
            add_days(i.end, 1)?
        };
    }
    None
}

/// `le lendemain` of an interval: the day after its end; `la veille`: the
/// day before its start.
pub fn shift_interval(i: DateInterval, n: i64) -> Option<DateInterval> {
    let d = if n >= 0 {
        add_days(i.end, n)?
    } else {
        add_days(i.start, n)?
    };
    Some(DateInterval::day(d))
}

/// The longest antecedent, in days from its first to its last, that `la
/// veille` / `le lendemain` count from: a week, the length of a trip or a
/// named range (`du 8 au 12 novembre`).
const ANAPHOR_SPAN_DAYS: i64 = 7;

/// The date an anaphor denotes from the previous date (`None` outside the
/// years of [`YEARS`]).
pub fn anaphor(a: Anaphor, prev: DateInterval) -> Option<DateInterval> {
    anaphor_inner(a, prev)
        .filter(|i| YEARS.contains(&i.start.year()) && YEARS.contains(&i.end.year()))
}

fn anaphor_inner(a: Anaphor, prev: DateInterval) -> Option<DateInterval> {
    match a {
        // `le lendemain` of a month or a year is no day that can be named
        // (`En septembre 2023, … reçu le lendemain`: the day of an
        // expression the stage did not read)
        Anaphor::Days(_) if prev.precision != Precision::Day => None,
        // nor of a stretch of days longer than a trip (`début du mois`,
        // `mi-novembre`: days 1–10, 10–19): its ends are not days the text
        // named; a range it did name (`du 18 au 19 juin`) counts from its
        // near end
        Anaphor::Days(_) if (prev.end - prev.start).num_days() >= ANAPHOR_SPAN_DAYS => None,
        Anaphor::Days(n) => shift_interval(prev, n),
        Anaphor::Later(n, unit) => {
            let (near, far) = if n >= 0 {
                (prev.end, prev.start)
            } else {
                (prev.start, prev.end)
            };
            let shifted = unit_interval(shift(near, n, unit)?, unit)?;
            if prev.precision <= shifted.precision {
                return Some(shifted);
            }
            // counted in units finer than the antecedent (`En septembre
            // 2023 … Trois jours après`): the text did not say from which
            // day of it, so any of them: the antecedent shifted whole
            // (4 September to 3 October), never its last day alone
            let other = unit_interval(shift(far, n, unit)?, unit)?;
            Some(DateInterval::new(
                shifted.start.min(other.start),
                shifted.end.max(other.end),
                prev.precision,
            ))
        }
        Anaphor::Same => Some(prev),
        // `le jour même` names a day: an antecedent of several days gives none
        Anaphor::SameDay => (prev.start == prev.end).then_some(prev),
        Anaphor::ShortlyAfter => Some(DateInterval::new(
            add_days(prev.end, 1)?,
            add_days(prev.end, 7)?,
            Precision::Week,
        )),
    }
}

/// A part of a resolved period, by the period's length: a week (début =
/// Monday–Tuesday, milieu = Wednesday–Thursday, fin = Thursday–Sunday, as
/// Duckling), a month (début = days 1–10, mi = 10–19, fin = 21–end,
/// quinzaines 1–14 and 15–end), a quarter or a season (by months: first,
/// second, last) or a year (début = January–March, mi = May–August, fin = October–December,
/// halves = January–June and July–December).
fn part_of(i: DateInterval, part: PartKind) -> Option<DateInterval> {
    if part == PartKind::Whole {
        return Some(i);
    }
    let (y, m) = (i.start.year(), i.start.month());
    let days = |a: i64, b: i64| -> Option<DateInterval> {
        Some(DateInterval::new(
            add_days(i.start, a)?,
            add_days(i.start, b)?,
            Precision::Day,
        ))
    };
    // the a-th to b-th months from the period's first (a winter runs into
    // the next year)
    let months = |a: u32, b: u32| -> Option<DateInterval> {
        let first = ymd(y, m, 1)?;
        let (from, to) = (
            first.checked_add_months(Months::new(a))?,
            first.checked_add_months(Months::new(b))?,
        );
        Some(DateInterval::new(
            from,
            month_interval(to.year(), to.month())?.end,
            Precision::Month,
        ))
    };
    match i.precision {
        Precision::Week => match part {
            PartKind::Early => days(0, 1),
            PartKind::Mid => days(2, 3),
            PartKind::Late => days(3, 6),
            PartKind::FirstHalf => days(0, 3),
            PartKind::SecondHalf => days(4, 6),
            PartKind::Whole => Some(i),
        },
        Precision::Month if i.days() <= 31 => {
            let last = i.end.day();
            let (a, b) = match part {
                PartKind::Early => (1, 10),
                PartKind::Mid => (10, 19),
                PartKind::Late => (21, last),
                PartKind::FirstHalf => (1, 14),
                PartKind::SecondHalf => (15, last),
                PartKind::Whole => return Some(i),
            };
            Some(DateInterval::new(
                ymd(y, m, a)?,
                ymd(y, m, b)?,
                Precision::Day,
            ))
        }
        // a quarter or a season: three months
        Precision::Month | Precision::Season => match part {
            PartKind::Early => months(0, 0),
            PartKind::Mid => months(1, 1),
            PartKind::Late => months(2, 2),
            PartKind::FirstHalf => days(0, 44),
            PartKind::SecondHalf => Some(DateInterval::new(
                add_days(i.start, 45)?,
                i.end,
                Precision::Day,
            )),
            PartKind::Whole => Some(i),
        },
        Precision::Year => {
            let (a, b) = match part {
                PartKind::Early => (1, 3),
                PartKind::Mid => (5, 8),
                PartKind::Late => (10, 12),
                PartKind::FirstHalf => (1, 6),
                PartKind::SecondHalf => (7, 12),
                PartKind::Whole => return Some(i),
            };
            Some(DateInterval::new(
                month_interval(y, a)?.start,
                month_interval(y, b)?.end,
                Precision::Month,
            ))
        }
        _ => Some(i),
    }
}

/// The n-th day, week or weekday of a period (n < 0: from its end); `None`
/// when the period has no such (`le 5e lundi de février`).
fn nth_of(i: DateInterval, n: i64, of: NthOf) -> Option<DateInterval> {
    if n == 0 {
        return None;
    }
    let found = match of {
        NthOf::Day if n > 0 => DateInterval::day(add_days(i.start, n - 1)?),
        NthOf::Day => DateInterval::day(add_days(i.end, n + 1)?),
        // the first week is the first Monday-to-Sunday week with at least
        // four of its days in the period (as ISO 8601 counts the weeks of a
        // year): `la première semaine de juin 2025` is 2–8 June, not the
        // week of Sunday 1 June
        NthOf::Week if n > 0 => {
            let first = if i.start.weekday().num_days_from_monday() <= 3 {
                i.start
            } else {
                add_days(i.start, 7)?
            };
            week_interval(add_days(first, 7 * (n - 1))?)
        }
        NthOf::Week => {
            let last = if i.end.weekday().num_days_from_monday() >= 3 {
                i.end
            } else {
                add_days(i.end, -7)?
            };
            week_interval(add_days(last, 7 * (n + 1))?)
        }
        NthOf::Month => {
            let from = if n > 0 { i.start } else { i.end.with_day(1)? };
            let first = add_months(from.with_day(1)?, if n > 0 { n - 1 } else { n + 1 })?;
            month_interval(first.year(), first.month())?
        }
        NthOf::Weekday(wd) => {
            let wd = i64::from(wd);
            let first = (wd - i.start.weekday().num_days_from_monday() as i64).rem_euclid(7);
            let last = (i.end.weekday().num_days_from_monday() as i64 - wd).rem_euclid(7);
            let d = if n > 0 {
                add_days(i.start, first + 7 * (n - 1))?
            } else {
                add_days(i.end, -last + 7 * (n + 1))?
            };
            DateInterval::day(d)
        }
    };
    // a day outside the period is no answer; a week may overhang it by
    // three days at most
    let inside = match of {
        NthOf::Week => i.contains(&DateInterval::day(add_days(found.start, 3)?)),
        _ => i.contains(&found),
    };
    inside.then_some(found)
}

/// Complete the first bound of a range from the second (`18 et 19 juin`,
/// `du 1er au 10 juillet`, `de 2019 à 2023`).
fn resolve_range(a: &Spec, b: &Spec, r: NaiveDate, tense: Tense) -> Option<DateInterval> {
    let end = resolve_inner(b, r, tense)?;
    let start = match a {
        Spec::Date {
            y: None,
            m: Some(m),
            d,
            ..
        } => {
            let mut s = ymd(end.end.year(), *m, *d)?;
            if s > end.end {
                s = ymd(end.end.year() - 1, *m, *d)?;
            }
            DateInterval::day(s)
        }
        // `du 13 au 18`, `du 30 au 2 juillet`: the day in the end's month,
        // else in the month before
        Spec::Date { m: None, d, .. } => {
            let e = end.end;
            match ymd(e.year(), e.month(), *d) {
                Some(s) if s <= e => DateInterval::day(s),
                _ => {
                    let before = e.with_day(1)?.pred_opt()?;
                    DateInterval::day(ymd(before.year(), before.month(), *d)?)
                }
            }
        }
        // `de lundi à mercredi`, `ce week-end` (vendredi–dimanche): the
        // latest such weekday on or before the end's first day
        Spec::Weekday {
            wd,
            mode: WdMode::Bare,
        } => {
            let back =
                (end.start.weekday().num_days_from_monday() as i64 - *wd as i64).rem_euclid(7);
            DateInterval::day(add_days(end.start, -back)?)
        }
        Spec::Month { y: None, m } => {
            let mut s = month_interval(end.end.year(), *m)?;
            if s.start > end.end {
                s = month_interval(end.end.year() - 1, *m)?;
            }
            s
        }
        // `fin mars-début avril`: the part of that month in the end's year,
        // else in the year before
        Spec::Part { part, inner } if matches!(inner.as_ref(), Spec::Month { y: None, .. }) => {
            let Spec::Month { m, .. } = inner.as_ref() else {
                return None;
            };
            let at = |y: i32| {
                resolve_inner(
                    &Spec::Part {
                        part: *part,
                        inner: Box::new(Spec::Month { y: Some(y), m: *m }),
                    },
                    r,
                    tense,
                )
            };
            match at(end.end.year())? {
                s if s.start <= end.end => s,
                _ => at(end.end.year() - 1)?,
            }
        }
        other => resolve_inner(other, r, tense)?,
    };
    if start.start > end.end {
        return None;
    }
    // `d'ici la fin de l'année`: from the day of writing, by the day
    let precision = if matches!(a, Spec::DayOffset(_)) {
        Precision::Day
    } else {
        start.precision.max(end.precision)
    };
    Some(DateInterval::new(start.start, end.end, precision))
}

/// The value of a resolved interval: `2023-09-12`, `2023-W36`, `2023-09`,
/// `2023`, or `start/end`.
pub fn value_of(i: &DateInterval) -> String {
    if i.precision == Precision::Week {
        let w = week_interval(i.start);
        if w.start == i.start && w.end == i.end {
            let iso = i.start.iso_week();
            return format!("{:04}-W{:02}", iso.year(), iso.week());
        }
    }
    if i.precision == Precision::Decade && i.days() > 3000 {
        return format!("{}X", i.start.year() / 10);
    }
    i.iso()
}

pub fn weekday_of(n: u32) -> Weekday {
    match n {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        ymd(y, m, day).unwrap()
    }
    fn iso(spec: &Spec, r: NaiveDate, t: Tense) -> String {
        resolve_at(spec, r, t).map_or("none".into(), |i| value_of(&i))
    }

    #[test]
    fn weekday_by_tense() {
        let tue = d(2023, 9, 12);
        let mardi = Spec::Weekday {
            wd: 1,
            mode: WdMode::Bare,
        };
        assert_eq!(iso(&mardi, tue, Tense::Past), "2023-09-12");
        assert_eq!(iso(&mardi, tue, Tense::Future), "2023-09-12");
        assert_eq!(iso(&mardi, tue, Tense::Unknown), "2023-09-12");
        let lundi = Spec::Weekday {
            wd: 0,
            mode: WdMode::Bare,
        };
        assert_eq!(iso(&lundi, tue, Tense::Past), "2023-09-11");
        assert_eq!(iso(&lundi, tue, Tense::Future), "2023-09-18");
        assert_eq!(iso(&lundi, tue, Tense::Unknown), "2023-09-11");
        let dim = Spec::Weekday {
            wd: 6,
            mode: WdMode::Last,
        };
        assert_eq!(iso(&dim, tue, Tense::Unknown), "2023-09-10");
    }

    #[test]
    fn month_and_day_by_tense() {
        let r = d(2024, 1, 21);
        let nov = Spec::Month { y: None, m: 11 };
        assert_eq!(iso(&nov, r, Tense::Past), "2023-11");
        assert_eq!(iso(&nov, r, Tense::Future), "2024-11");
        let june = Spec::Date {
            y: None,
            m: Some(6),
            d: 18,
            wd: None,
        };
        assert_eq!(iso(&june, d(2024, 6, 17), Tense::Unknown), "2024-06-18");
        assert_eq!(iso(&june, d(2024, 6, 17), Tense::Past), "2023-06-18");
    }

    #[test]
    fn periods_and_ago() {
        let r = d(2023, 9, 12);
        let last_week = Spec::Period {
            unit: Unit::Week,
            offset: -1,
        };
        let i = resolve_at(&last_week, r, Tense::Unknown).unwrap();
        assert_eq!((i.start, i.end), (d(2023, 9, 4), d(2023, 9, 10)));
        assert_eq!(value_of(&i), "2023-W36");
        let ago = Spec::Ago {
            n: 18,
            unit: Unit::Month,
            more_than: true,
        };
        let i = resolve_at(&ago, r, Tense::Unknown).unwrap();
        assert_eq!((i.start, i.end), (d(2021, 9, 12), d(2022, 3, 12)));
        let sept = Spec::MonthRel { m: 9, dir: -1 };
        assert_eq!(iso(&sept, d(2024, 1, 21), Tense::Unknown), "2023-09");
    }

    #[test]
    fn choose_breaks_ties_to_the_past() {
        let r = d(2023, 9, 12);
        let a = DateInterval::day(d(2023, 9, 10));
        let b = DateInterval::day(d(2023, 9, 14));
        assert_eq!(choose(&[a, b], r, Tense::Present), Some(a));
    }
}
