//! A time axis with long empty gaps compressed, for the HTML timeline.
//!
//! Dated events are grouped into *segments*: runs of time where consecutive
//! events are less than [`GAP_DAYS`] apart. Each segment is drawn linearly;
//! the empty time between segments is replaced by a *break* of fixed width,
//! so 2000 → 2019 takes a mark, not three quarters of the page. A short
//! segment (one month in 2000) still gets a minimum share of the width so
//! that it stays readable. Positions are percentages of the axis width.

use crate::model::DateInterval;
use chrono::{Datelike, Months, NaiveDate};

/// Empty stretches longer than this many days become breaks.
pub const GAP_DAYS: i64 = 365;
/// Width of one break, in percent of the axis.
pub const BREAK_WIDTH: f64 = 4.0;
/// Smallest share of the drawable width a segment gets.
pub const MIN_SHARE: f64 = 0.12;

/// A run of time drawn linearly, `start..end` (end exclusive) at `x0..x1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub x0: f64,
    pub x1: f64,
}

/// An empty stretch of time, compressed: `from..to` (exclusive) at `x0..x1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Break {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub x0: f64,
    pub x1: f64,
}

/// A labelled position on the axis. `room` is the width up to the next
/// tick (or the end of the segment), so labels can be clipped instead of
/// overlapping; `short` is the label kept on narrow screens (the year, on
/// the first tick of a segment and on new years), `None` to hide it there.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub room: f64,
    pub label: String,
    pub short: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub segments: Vec<Segment>,
    pub breaks: Vec<Break>,
}

fn days(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

impl Scale {
    /// The scale for these intervals, or `None` when there is none.
    pub fn new(intervals: &[DateInterval]) -> Option<Scale> {
        let mut spans: Vec<(NaiveDate, NaiveDate)> = intervals
            .iter()
            .map(|i| (i.start, i.end.succ_opt().unwrap_or(i.end)))
            .collect();
        spans.sort();
        // group into runs separated by more than GAP_DAYS of nothing
        let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        for (s, e) in spans {
            match runs.last_mut() {
                Some(last) if days(last.1, s) <= GAP_DAYS => last.1 = last.1.max(e),
                _ => runs.push((s, e)),
            }
        }
        if runs.is_empty() {
            return None;
        }
        // a little room on both sides so bars do not touch the edges
        let runs: Vec<(NaiveDate, NaiveDate)> = runs
            .into_iter()
            .map(|(s, e)| {
                let pad = (days(s, e) as f64 * 0.03).clamp(3.0, 120.0) as i64;
                (
                    s - chrono::Duration::days(pad),
                    e + chrono::Duration::days(pad),
                )
            })
            .collect();
        let durations: Vec<f64> = runs.iter().map(|(s, e)| days(*s, *e) as f64).collect();
        let shares = shares(&durations, MIN_SHARE);
        let drawable = 100.0 - BREAK_WIDTH * (runs.len() - 1) as f64;
        let mut x = 0.0;
        let mut segments = Vec::new();
        let mut breaks = Vec::new();
        for (i, ((s, e), share)) in runs.iter().zip(&shares).enumerate() {
            if i > 0 {
                let prev: &Segment = segments.last().expect("a segment before a break");
                breaks.push(Break {
                    from: prev.end,
                    to: *s,
                    x0: x,
                    x1: x + BREAK_WIDTH,
                });
                x += BREAK_WIDTH;
            }
            let width = drawable * share;
            segments.push(Segment {
                start: *s,
                end: *e,
                x0: x,
                x1: x + width,
            });
            x += width;
        }
        Some(Scale { segments, breaks })
    }

    /// Position of the start of a day, in percent; days in a break map to
    /// the middle of the break.
    pub fn x(&self, day: NaiveDate) -> f64 {
        for seg in &self.segments {
            if day <= seg.end {
                if day < seg.start {
                    // in the break before this segment (or before the axis)
                    return self
                        .breaks
                        .iter()
                        .find(|b| b.to == seg.start)
                        .map_or(seg.x0, |b| (b.x0 + b.x1) / 2.0);
                }
                let len = days(seg.start, seg.end).max(1) as f64;
                return seg.x0 + (seg.x1 - seg.x0) * days(seg.start, day) as f64 / len;
            }
        }
        self.segments.last().map_or(0.0, |s| s.x1)
    }

    /// Left edge and width of an interval, in percent.
    pub fn place(&self, interval: &DateInterval) -> (f64, f64) {
        let x0 = self.x(interval.start);
        let x1 = self.x(interval.end.succ_opt().unwrap_or(interval.end));
        (x0, (x1 - x0).max(0.0))
    }

    /// Labels for the axis: per segment, the finest of decades, years,
    /// quarters, months or days that leaves about 8% of width per label.
    pub fn ticks(&self) -> Vec<Tick> {
        let mut out = Vec::new();
        for seg in &self.segments {
            let room = ((seg.x1 - seg.x0) / 8.0).floor().max(1.0) as usize;
            let levels = [
                Level::Days(1),
                Level::Days(7),
                Level::Months(1),
                Level::Months(3),
                Level::Months(6),
                Level::Years(1),
                Level::Years(2),
                Level::Years(5),
                Level::Years(10),
                Level::Years(50),
            ];
            let mut chosen = Vec::new();
            for level in levels {
                let found = level.marks(seg.start, seg.end);
                if !found.is_empty() && found.len() <= room {
                    chosen = found.into_iter().map(|d| (d, level)).collect();
                    break;
                }
            }
            if chosen.is_empty() {
                let level = if days(seg.start, seg.end) > 400 {
                    Level::Years(1)
                } else {
                    Level::Months(1)
                };
                chosen.push((seg.start, level));
            }
            let xs: Vec<f64> = chosen.iter().map(|(d, _)| self.x(*d)).collect();
            for (i, (d, level)) in chosen.into_iter().enumerate() {
                let next = xs.get(i + 1).copied().unwrap_or(seg.x1);
                let new_year = d.month() == 1 && d.day() == 1;
                if i > 0 && next - xs[i] < 2.5 {
                    continue; // in the padding at the end of the segment
                }
                out.push(Tick {
                    x: xs[i],
                    room: (next - xs[i]).max(0.0),
                    label: level.label(d, i == 0),
                    short: (i == 0 || new_year).then(|| d.year().to_string()),
                });
            }
        }
        out
    }
}

/// Shares of the width proportional to the durations, but none below
/// `min` (or `1/n` when there are too many to honour `min`): the small
/// ones are pinned at the minimum and the rest shared out again.
pub fn shares(durations: &[f64], min: f64) -> Vec<f64> {
    let n = durations.len();
    if n == 0 {
        return Vec::new();
    }
    let min = min.min(1.0 / n as f64);
    let mut pinned = vec![false; n];
    loop {
        let free: f64 = 1.0 - min * pinned.iter().filter(|p| **p).count() as f64;
        let total: f64 = durations
            .iter()
            .zip(&pinned)
            .filter(|(_, p)| !**p)
            .map(|(d, _)| d.max(1.0))
            .sum();
        let out: Vec<f64> = durations
            .iter()
            .zip(&pinned)
            .map(|(d, p)| if *p { min } else { free * d.max(1.0) / total })
            .collect();
        let mut changed = false;
        for (i, share) in out.iter().enumerate() {
            if !pinned[i] && *share < min {
                pinned[i] = true;
                changed = true;
            }
        }
        if !changed {
            return out;
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Level {
    Days(u32),
    Months(u32),
    Years(i32),
}

const MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

impl Level {
    /// The round dates of this level in `start..end`.
    fn marks(self, start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut d = match self {
            Level::Days(_) => start,
            Level::Months(n) => {
                let m0 = (start.month0() / n) * n;
                NaiveDate::from_ymd_opt(start.year(), m0 + 1, 1).expect("valid month")
            }
            Level::Years(n) => {
                NaiveDate::from_ymd_opt(start.year().div_euclid(n) * n, 1, 1).expect("valid year")
            }
        };
        while d < end && out.len() <= 400 {
            if d >= start
                && (!matches!(self, Level::Days(7)) || d.weekday() == chrono::Weekday::Mon)
            {
                out.push(d);
            }
            let next = match self {
                Level::Days(_) => d.succ_opt(),
                Level::Months(n) => d.checked_add_months(Months::new(n)),
                Level::Years(n) => NaiveDate::from_ymd_opt(d.year() + n, 1, 1),
            };
            match next {
                Some(n) => d = n,
                None => break,
            }
        }
        out
    }

    /// The first label of a segment always says the year.
    fn label(self, d: NaiveDate, first: bool) -> String {
        match self {
            Level::Days(_) if first => {
                format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
            }
            Level::Days(_) => format!("{} {}", d.day(), MONTHS[d.month0() as usize]),
            Level::Months(_) if d.month() == 1 => format!("{}", d.year()),
            Level::Months(_) => format!("{} {}", MONTHS[d.month0() as usize], d.year()),
            Level::Years(_) => format!("{}", d.year()),
        }
    }
}

/// `≈ 18 ans`, `≈ 14 mois`: the length of a break, for its label.
pub fn gap_label(from: NaiveDate, to: NaiveDate) -> String {
    let d = days(from, to) as f64;
    if d >= 2.0 * 365.25 {
        format!("≈ {} ans", (d / 365.25).round())
    } else {
        format!("≈ {} mois", (d / 30.44).round())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Precision;

    fn iv(s: &str) -> DateInterval {
        DateInterval::parse_iso(s).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn long_gaps_become_breaks_and_the_axis_fills_100_percent() {
        let s = Scale::new(&[iv("2000-07"), iv("2023-09-12"), iv("2024-06-19")]).unwrap();
        assert_eq!(s.segments.len(), 2, "{s:?}");
        assert_eq!(s.breaks.len(), 1);
        assert!(close(s.segments[0].x0, 0.0));
        assert!(close(s.segments.last().unwrap().x1, 100.0));
        let b = s.breaks[0];
        assert!(close(b.x1 - b.x0, BREAK_WIDTH));
        assert!(close(b.x0, s.segments[0].x1) && close(b.x1, s.segments[1].x0));
        assert_eq!(gap_label(b.from, b.to), "≈ 23 ans");
    }

    #[test]
    fn short_gaps_stay_on_one_linear_segment() {
        let s = Scale::new(&[iv("2023-09-11"), iv("2023-09-14"), iv("2024-06-19")]).unwrap();
        assert_eq!(s.segments.len(), 1);
        assert!(s.breaks.is_empty());
        // linear inside a segment: equal days, equal distances
        let d = |t: &str| t.parse::<NaiveDate>().unwrap();
        let a = s.x(d("2023-09-11"));
        let b = s.x(d("2023-09-12"));
        let c = s.x(d("2023-09-13"));
        assert!(close(b - a, c - b) && b > a);
    }

    #[test]
    fn a_short_segment_keeps_a_minimum_share_and_order_is_kept() {
        let s = Scale::new(&[iv("2000-07"), iv("2019"), iv("2023")]).unwrap();
        let widths: Vec<f64> = s.segments.iter().map(|g| g.x1 - g.x0).collect();
        let drawable = 100.0 - BREAK_WIDTH * s.breaks.len() as f64;
        assert!(
            widths.iter().all(|w| *w >= MIN_SHARE * drawable * 0.99),
            "{widths:?}"
        );
        let (x_month, w_month) = s.place(&iv("2000-07"));
        let (x_year, w_year) = s.place(&iv("2019"));
        assert!(x_month + w_month <= x_year && w_month > 0.0 && w_year > w_month);
        // a month-precision event is a month wide, not a day
        let (_, w_day) = s.place(&DateInterval::new(
            "2000-07-01".parse().unwrap(),
            "2000-07-01".parse().unwrap(),
            Precision::Day,
        ));
        assert!(w_month > 20.0 * w_day);
    }

    #[test]
    fn shares_pin_small_segments_at_the_minimum() {
        let s = shares(&[10.0, 1000.0, 1000.0], 0.12);
        assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!((s[0] - 0.12).abs() < 1e-9 && (s[1] - 0.44).abs() < 1e-9);
        let many = shares(&[1.0; 20], 0.12);
        assert!(many.iter().all(|x| (x - 0.05).abs() < 1e-9));
    }

    #[test]
    fn days_inside_a_break_sit_in_the_break() {
        let s = Scale::new(&[iv("2000-07"), iv("2023-09-12")]).unwrap();
        let b = s.breaks[0];
        let x = s.x("2010-01-01".parse().unwrap());
        assert!(x > b.x0 && x < b.x1);
    }

    #[test]
    fn ticks_are_inside_their_segment_and_labelled() {
        let s = Scale::new(&[iv("2000-07"), iv("2022-02"), iv("2023"), iv("2024-06-19")]).unwrap();
        let t = s.ticks();
        assert!(!t.is_empty());
        assert!(
            t.iter()
                .all(|t| (0.0..=100.0).contains(&t.x) && !t.label.is_empty())
        );
        assert!(t.iter().any(|t| t.label == "2023"), "{t:?}");
        assert!(t[0].label.ends_with("2000"), "{t:?}");
        assert!(Scale::new(&[]).is_none());
    }
}
