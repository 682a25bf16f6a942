//! The parsed form of a temporal expression, before resolution: a [`Spec`]
//! and its parts. They live in `model` (not in `temporal`) because event
//! mentions of an article without a publication date carry their spec to
//! consolidation ([`crate::model::PendingTime`]), and `model` imports no stage.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    /// Three calendar months (`du trimestre`).
    Quarter,
    /// Six calendar months, January–June or July–December (`le semestre
    /// prochain`).
    HalfYear,
    /// A hundred years in the strict count, 1901–2000 (`au siècle dernier`).
    Century,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "quarter" => Unit::Quarter,
            "half_year" => Unit::HalfYear,
            "century" => Unit::Century,
            _ => return None,
        })
    }
    fn letter(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Quarter => "Q",
            Unit::HalfYear => "H",
            Unit::Century => "C",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WdMode {
    /// `mardi`: by tense.
    Bare,
    /// `ce mardi`: by tense, the coming one when the clause has no tense.
    This,
    /// `mardi prochain`: strictly after the reference day.
    Next,
    /// `mardi dernier`: strictly before.
    Last,
    /// `mardi de la semaine prochaine` (+1), `… cette semaine` (0), `… dernière` (−1).
    Week(i64),
    /// `lundi en huit` (1), `lundi en quinze` (2), `mercredi suivant` (1):
    /// the k-th occurrence after the first one on or after the reference
    /// day (0 would be that first one), as Duckling reads them.
    Ahead(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartKind {
    Early,
    Mid,
    Late,
    Whole,
    /// `première quinzaine`: days 1–14 of a month, the first half of a
    /// longer period.
    FirstHalf,
    /// `seconde quinzaine`: day 15 to the end of a month.
    SecondHalf,
}

impl PartKind {
    pub fn parse(s: &str) -> Option<PartKind> {
        Some(match s {
            "early" => PartKind::Early,
            "mid" => PartKind::Mid,
            "late" => PartKind::Late,
            "whole" => PartKind::Whole,
            "first_half" => PartKind::FirstHalf,
            "second_half" => PartKind::SecondHalf,
            _ => return None,
        })
    }
}

/// Expressions dated from the previous dated expression of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Anaphor {
    /// `la veille` (−1), `le lendemain` (+1), `deux jours plus tard` (+2).
    Days(i64),
    /// `deux jours plus tard` (+2 days), `trois semaines plus tôt` (−3 weeks).
    Later(i64, Unit),
    /// `à cette occasion`, `ce jour-là`: the same time.
    Same,
    /// `le même jour`, `le jour même`: the same day, when the previous
    /// date is one day.
    SameDay,
    /// `par la suite`: the seven days after its end (precision week).
    ShortlyAfter,
}

/// What an ordinal counts inside a period (`le premier jour`, `la deuxième
/// semaine`, `le dernier lundi`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NthOf {
    Day,
    /// The weeks (Monday to Sunday) counted from the one holding the
    /// period's first day (the last one: holding its last day).
    Week,
    /// A weekday, Monday = 0: the n-th such day inside the period.
    Weekday(u32),
    /// The calendar months counted from the period's first (last) month:
    /// `les six premiers mois de 2014`.
    Month,
}

/// What a rule recognised, before resolution. Serialisable because event
/// mentions of an article without a publication date carry it to
/// consolidation (see [`crate::model::PendingTime`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Spec {
    /// A day; a missing year (or month) is chosen by tense.
    Date {
        y: Option<i32>,
        m: Option<u32>,
        d: u32,
        wd: Option<u32>,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    /// `septembre dernier` (−1) / `septembre prochain` (+1).
    MonthRel {
        m: u32,
        dir: i64,
    },
    Year(i32),
    Season {
        first: u32,
        last: u32,
        y: Option<i32>,
    },
    /// `hier` (−1), `demain` (+1)...
    DayOffset(i64),
    Weekday {
        wd: u32,
        mode: WdMode,
    },
    /// `la semaine dernière` (Week, −1), `cette année` (Year, 0).
    Period {
        unit: Unit,
        offset: i64,
    },
    /// `il y a N unités` (`more_than`: `il y a plus de N …`).
    Ago {
        n: i64,
        unit: Unit,
        more_than: bool,
    },
    /// `dans N jours`.
    In {
        n: i64,
        unit: Unit,
    },
    /// `les N derniers mois` / `les N prochains jours`: whole units before
    /// (after) the current one.
    LastN {
        n: i64,
        unit: Unit,
        future: bool,
    },
    /// `depuis N mois`: the period up to the reference day.
    Since {
        n: i64,
        unit: Unit,
    },
    /// `18 mois`: a length, no place in time.
    Duration {
        n: i64,
        unit: Unit,
    },
    Vague {
        future: bool,
        days: i64,
    },
    Part {
        part: PartKind,
        inner: Box<Spec>,
    },
    /// `en semaine`: Monday to Friday of the reference week.
    WorkWeek,
    /// `le deuxième jour de mars` (2), `la dernière semaine de l'année` (−1):
    /// the n-th (negative: from the end) day, week or weekday of a period.
    Nth {
        n: i64,
        of: NthOf,
        inner: Box<Spec>,
    },
    /// A day moved from Easter Sunday of its year (`lundi de Pâques`: +1,
    /// `Ascension`: +39); without a year, chosen by tense like `18 juin`.
    Easter {
        offset: i64,
        y: Option<i32>,
    },
    /// `il y a un an et deux mois` (signed amounts added one after the
    /// other to the reference day): a day.
    ShiftSum(Vec<(i64, Unit)>),
    /// `à partir du 5 mars` (`from`), `avant le 5 mars`: a bound on one side
    /// only. Its value is `X/..` or `../X` (ISO 8601-2).
    Open {
        from: bool,
        inner: Box<Spec>,
    },
    Range(Box<Spec>, Box<Spec>),
    WeekOf(Box<Spec>),
    /// `le lendemain du 13 février`.
    Shift(i64, Box<Spec>),
    /// `le 5 mars dernier` (−1), `l'été prochain` (+1): the occurrence of
    /// `inner` wholly before (after) the reference day, whatever the tense.
    Toward {
        dir: i64,
        inner: Box<Spec>,
    },
    Anaphor(Anaphor),
    /// `tous les lundis`.
    SetWeekday(u32),
}

impl Spec {
    /// True when the value does not depend on a reference day.
    pub fn is_absolute(&self) -> bool {
        match self {
            Spec::Date { y, m, .. } => y.is_some() && m.is_some(),
            Spec::Month { y, .. } => y.is_some(),
            Spec::Season { y, .. } => y.is_some(),
            Spec::Year(_) | Spec::Duration { .. } | Spec::SetWeekday(_) => true,
            Spec::Part { inner, .. }
            | Spec::WeekOf(inner)
            | Spec::Shift(_, inner)
            | Spec::Nth { inner, .. }
            | Spec::Open { inner, .. } => inner.is_absolute(),
            Spec::Easter { y, .. } => y.is_some(),
            // a start without a year (`les 19 et 20 juillet 2000`, `du 5 mars
            // au 8 avril 2014`) is read from the end: the range is as absolute
            // as its end
            Spec::Range(a, b) => {
                b.is_absolute()
                    && (a.is_absolute()
                        || matches!(
                            **a,
                            Spec::Date { .. }
                                | Spec::Month { .. }
                                | Spec::Weekday {
                                    mode: WdMode::Bare,
                                    ..
                                }
                        ))
            }
            _ => false,
        }
    }

    /// The value written when the expression cannot be resolved.
    pub fn unresolved_value(&self) -> String {
        match self {
            Spec::Date { y, m, d, .. } => format!(
                "{}-{}-{d:02}",
                y.map_or("XXXX".to_string(), |y| format!("{y:04}")),
                m.map_or("XX".to_string(), |m| format!("{m:02}"))
            ),
            Spec::Month { m, .. } | Spec::MonthRel { m, .. } => format!("XXXX-{m:02}"),
            Spec::Weekday { wd, .. } | Spec::SetWeekday(wd) => format!("XXXX-WXX-{}", wd + 1),
            Spec::Period {
                unit: Unit::Week, ..
            } => "XXXX-WXX".into(),
            Spec::Period {
                unit: Unit::Month, ..
            } => "XXXX-XX".into(),
            Spec::Period { .. } => "XXXX".into(),
            Spec::Ago { .. } | Spec::Since { .. } | Spec::LastN { future: false, .. } => {
                "PAST_REF".into()
            }
            Spec::In { .. } | Spec::LastN { future: true, .. } => "FUTURE_REF".into(),
            Spec::Duration { n, unit } => duration_value(*n, *unit),
            Spec::Vague { future, .. } => if *future { "FUTURE_REF" } else { "PAST_REF" }.into(),
            Spec::Range(a, b) => format!("{}/{}", a.unresolved_value(), b.unresolved_value()),
            Spec::Part { inner, .. }
            | Spec::WeekOf(inner)
            | Spec::Shift(_, inner)
            | Spec::Toward { inner, .. }
            | Spec::Nth { inner, .. } => inner.unresolved_value(),
            Spec::Open { from: true, inner } => format!("{}/..", inner.unresolved_value()),
            Spec::Open { from: false, inner } => format!("../{}", inner.unresolved_value()),
            Spec::ShiftSum(parts) => {
                if parts.iter().all(|(n, _)| *n <= 0) {
                    "PAST_REF".into()
                } else {
                    "FUTURE_REF".into()
                }
            }
            Spec::Season { .. } => "XXXX-XX".into(),
            _ => "XXXX-XX-XX".into(),
        }
    }
}

pub fn duration_value(n: i64, unit: Unit) -> String {
    match unit {
        Unit::Decade => format!("P{}Y", n.saturating_mul(10)),
        Unit::Quarter => format!("P{}M", n.saturating_mul(3)),
        Unit::HalfYear => format!("P{}M", n.saturating_mul(6)),
        Unit::Century => format!("P{}Y", n.saturating_mul(100)),
        Unit::Week => format!("P{n}W"),
        u => format!("P{n}{}", u.letter()),
    }
}
