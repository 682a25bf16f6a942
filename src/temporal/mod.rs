//! Temporal expressions: recognise French dates, normalise and resolve them.
//!
//! Three steps, each in its own file:
//! 1. [`rules`]: named rules (pattern + normalizer) find candidate
//!    expressions; words come from `data/temporal.toml` ([`lexicon`],
//!    [`numbers`]). Overlaps are removed, the longest match winning.
//! 2. [`resolve`]: each expression is resolved against the publication date
//!    and, for forms without year or week, the tense of its clause ([`tense`]).
//! 3. Discourse, here: a relative form confirmed by an explicit one in
//!    brackets becomes one expression; a restatement (`X, soit Y`) supersedes
//!    X; anaphors (`le lendemain`, `à cette occasion`, `par la suite`) are
//!    dated from the previous dated expression.
//!
//! Decisions the events and timeline stages rely on:
//! - Output is sorted by span start, without overlaps; spans are byte spans
//!   of `text.normalized`.
//! - `kind: vague` (`dans les prochains jours`, `récemment`) has value
//!   `FUTURE_REF`/`PAST_REF` and an interval that is a *window* (14 days
//!   ahead, 30 days back..., see the lexicon), a constraint, never a date.
//! - `kind: duration` (`18 mois`, `depuis 18 mois`, `ces dix-huit derniers
//!   mois`) has an ISO duration value (`P18M`); when it denotes a period up
//!   to the reference day that period is given as interval.
//! - A restated expression (`d'après-demain», soit demain`) keeps its span
//!   but gets `interval: None`, rule `restated` and as anchor the expression
//!   that restates it; the restating one carries the date.
//! - `demain et après-demain (18 et 19 juin)` is one expression, rule
//!   `relative-confirmed`, when both readings agree; when they disagree both
//!   are kept apart, as written.
//! - Without a publication date relative forms are left unresolved
//!   (`interval: None`, `anchor: unknown`, value with `X`: `XXXX-WXX-2`,
//!   `XXXX-06-18`). With a publication *interval* (`2023-09-11/2023-09-12`)
//!   a relative form is resolved only if every day of that interval gives
//!   the same answer (`le mois dernier` yes, `hier` no); vague windows are
//!   widened to cover the interval.
//! - `il y a plus de N unités` = [ref − (N + max(1, N/3)) units, ref − N units];
//!   `par la suite` = the seven days after the previous date's end (precision
//!   week); an anaphor with no previous date falls back on the publication
//!   date for day counts (`deux jours plus tard`), else stays unresolved.

pub mod anniversary;
pub mod blocks;
pub mod lexicon;
pub mod numbers;
pub mod resolve;
pub mod rules;
pub mod tense;

use crate::model::{Anchor, DateInterval, Span, Tense, Timex, TimexKind};
use crate::text::Text;
use chrono::NaiveDate;
use lexicon::lexicon;
use regex::Regex;
use resolve::{Spec, anaphor, duration_value, resolve_at, value_of};
use rules::Candidate;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Find and resolve the temporal expressions of a text.
pub fn extract(text: &Text, published: Option<DateInterval>) -> Vec<Timex> {
    parse(text).resolve(&text.normalized, published)
}

/// The expressions of a text, found and with the tense of their clause, not
/// yet resolved: what does not depend on the publication date, so that
/// [`crate::publication::document::infer`] can look for that date without a second pass.
pub struct Parsed {
    /// Each expression, with its sentence (`None` outside any: a header line).
    pub items: Vec<(Candidate, Tense, Option<Span>)>,
    /// The datelines and update stamps that may open a block of the page
    /// anchored on their own day ([`blocks`]).
    pub heads: Vec<blocks::Head>,
}

/// Find the expressions of a text and the tense of their clauses.
pub fn parse(text: &Text) -> Parsed {
    let sentences: Vec<Span> = text.sentences.iter().map(|s| s.span).collect();
    parse_str(&text.normalized, &sentences)
}

fn parse_str(s: &str, sentences: &[Span]) -> Parsed {
    let candidates = select(rules::candidates(s));
    let heads = blocks::heads(s, &candidates);
    let items = candidates
        .into_iter()
        .map(|c| {
            let span = Span::new(c.start, c.end);
            let sentence = sentence_of(sentences, span);
            let tense = tense::tense_at(s, span, sentence.unwrap_or(Span::new(0, s.len())));
            (c, tense, sentence)
        })
        .collect();
    Parsed { items, heads }
}

impl Parsed {
    /// Resolve the expressions of `s` (the text they were parsed from).
    pub fn resolve(&self, s: &str, published: Option<DateInterval>) -> Vec<Timex> {
        self.resolve_keeping(s, published, false)
    }

    /// [`Parsed::resolve`]; with `keep_pending`, relative expressions keep
    /// their rule spec even when resolved, for a publication day that may
    /// be overruled (a bare header date).
    pub fn resolve_keeping(
        &self,
        s: &str,
        published: Option<DateInterval>,
        keep_pending: bool,
    ) -> Vec<Timex> {
        // a later dateline or update stamp anchors the relative days of
        // its block on its own day
        let blocks = blocks::anchors(s, |i| &self.items[i].0, &self.heads, published);
        let mut out: Vec<(Timex, Spec)> = self
            .items
            .iter()
            .map(|(c, tense, _)| {
                let timex = match blocks::Block::of(&blocks, c.start) {
                    None => first_pass(s, c, *tense, published, keep_pending),
                    Some(b) => {
                        let mut t =
                            first_pass(s, c, *tense, Some(DateInterval::day(b.day)), keep_pending);
                        if t.anchor == Anchor::Publication {
                            t.anchor = Anchor::Expression {
                                text: b.text.clone(),
                                span: b.span,
                            };
                        }
                        t
                    }
                };
                (timex, c.spec.clone())
            })
            .collect();
        merge_confirmed(s, &mut out);
        mark_restated(s, &mut out);
        let mut sentences: Vec<Span> = self.items.iter().filter_map(|(_, _, x)| *x).collect();
        sentences.dedup();
        follow_narrative(s, &sentences, &mut out, published);
        resolve_anaphors(s, &sentences, &mut out, published);
        out.into_iter().map(|(t, _)| t).collect()
    }
}

/// Resolve one phrase read at `reference` (the dev-set entry point): the
/// same rules as [`extract`], the longest expression found.
///
/// A phrase read alone has no clause to give it a tense. Where a news text
/// without a tense cue takes the nearest occurrence of a bare form (`lundi`,
/// `le 3 mars`, `Noël`), a phrase alone takes the coming one, on or after
/// the reference day: a date typed or spoken by itself points forward (the
/// convention of Duckling and of most date parsers' "prefer future"
/// setting), and so does the French present with a date (`il arrive
/// lundi`). A past or future tense written in the phrase (`Il est venu
/// lundi.`) and a direction (`lundi dernier`) still decide; a demonstrative
/// (`cet été`) keeps the one around the reference day, as in a text, and a
/// date opened by `depuis` is in the past.
pub fn resolve_phrase(phrase: &str, reference: NaiveDate) -> Option<Timex> {
    let mut parsed = parse_str(phrase, &[Span::new(0, phrase.len())]);
    for (c, tense, _) in &mut parsed.items {
        let head = lexicon::fold(phrase.get(c.start..c.end).unwrap_or_default());
        if head.starts_with("depuis") {
            *tense = Tense::Past;
        } else if matches!(*tense, Tense::Unknown | Tense::Present)
            && !["ce ", "cet ", "cette "]
                .iter()
                .any(|w| head.starts_with(w))
        {
            *tense = Tense::Future;
        }
    }
    let all = parsed.resolve(phrase, Some(DateInterval::day(reference)));
    let mut best: Option<Timex> = None;
    for t in all {
        if best.as_ref().is_none_or(|b| t.span.len() > b.span.len()) {
            best = Some(t);
        }
    }
    best
}

/// [`extract`] over a plain string and its sentence spans.
pub fn extract_str(s: &str, sentences: &[Span], published: Option<DateInterval>) -> Vec<Timex> {
    parse_str(s, sentences).resolve(s, published)
}

/// Longest match wins; ties go to the earlier start, then to a rule's own
/// reading over a date opened by the word before it (`à partir du 8 mars`
/// is `open-interval`'s), then the rule order.
fn select(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    let order = |name: &str| rules::RULES.iter().position(|r| r.name == name);
    let opened = |c: &Candidate| matches!(c.spec, Spec::Open { .. }) && c.rule != "open-interval";
    cands.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.end - c.start),
            c.start,
            opened(c),
            order(c.rule).unwrap_or(usize::MAX),
        )
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for c in cands {
        let clash = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.start);
        if !clash {
            taken.insert(c.start, c.end);
            out.push(c);
        }
    }
    out.sort_by_key(|c| (c.start, c.end));
    out
}

fn sentence_of(sentences: &[Span], span: Span) -> Option<Span> {
    let i = sentences.partition_point(|s| s.start <= span.start);
    let s = *sentences.get(i.checked_sub(1)?)?;
    (s.end >= span.start).then_some(s)
}

fn kind_of(spec: &Spec) -> TimexKind {
    match spec {
        Spec::Vague { .. } | Spec::Open { .. } => TimexKind::Vague,
        Spec::Duration { .. } | Spec::LastN { .. } | Spec::Since { .. } => TimexKind::Duration,
        Spec::SetWeekday(_) => TimexKind::Set,
        _ => TimexKind::Date,
    }
}

/// Resolve at the publication date: a single day, or an interval when
/// every day of it gives the same answer.
fn at_publication(
    published: Option<DateInterval>,
    vague: bool,
    f: impl Fn(NaiveDate) -> Option<DateInterval>,
) -> (Option<DateInterval>, Anchor) {
    let Some(p) = published else {
        return (None, Anchor::Unknown);
    };
    if p.start == p.end {
        return match f(p.start) {
            Some(i) => (Some(i), Anchor::Publication),
            None => (None, Anchor::Unknown),
        };
    }
    match (f(p.start), f(p.end)) {
        (Some(a), Some(b)) if a == b => (Some(a), Anchor::Publication),
        (Some(a), Some(b)) if vague => (
            Some(DateInterval::new(a.start, b.end, a.precision)),
            Anchor::Publication,
        ),
        _ => (None, Anchor::Unknown),
    }
}

fn value(spec: &Spec, interval: Option<&DateInterval>) -> String {
    match spec {
        Spec::Vague { future, .. } => if *future { "FUTURE_REF" } else { "PAST_REF" }.into(),
        Spec::Duration { n, unit } | Spec::LastN { n, unit, .. } | Spec::Since { n, unit } => {
            duration_value(*n, *unit)
        }
        Spec::SetWeekday(_) => spec.unresolved_value(),
        Spec::Open { from, .. } => match interval {
            Some(i) if *from => format!("{}/..", value_of(&DateInterval::day(i.start))),
            Some(i) => format!("../{}", value_of(&DateInterval::day(i.end))),
            None => spec.unresolved_value(),
        },
        _ => interval.map_or_else(|| spec.unresolved_value(), value_of),
    }
}

fn first_pass(
    s: &str,
    c: &Candidate,
    tense: Tense,
    published: Option<DateInterval>,
    keep_pending: bool,
) -> Timex {
    let spec = &c.spec;
    let kind = kind_of(spec);
    let (interval, anchor) = match spec {
        Spec::Anaphor(_) => (None, Anchor::Unknown),
        Spec::Duration { .. } | Spec::SetWeekday(_) => (None, Anchor::None),
        _ if spec.is_absolute() => {
            let any_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
            (resolve_at(spec, any_day, tense), Anchor::None)
        }
        _ => at_publication(published, kind == TimexKind::Vague, |r| {
            resolve_at(spec, r, tense)
        }),
    };
    // a date that only waits for the publication day to be known (or that
    // depends on a day that may be overruled)
    let relative =
        kind == TimexKind::Date && !matches!(spec, Spec::Anaphor(_)) && !spec.is_absolute();
    let pending = (relative && (keep_pending || (interval.is_none() && published.is_none())))
        .then(|| spec.clone());
    Timex {
        text: s[c.start..c.end].to_string(),
        span: Span::new(c.start, c.end),
        kind,
        value: value(spec, interval.as_ref()),
        interval,
        anchor,
        tense,
        rule: c.rule.to_string(),
        pending,
    }
}

static OPEN_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[(\[]\s*$").expect("paren regex"));
static CLOSE_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[)\]]").expect("paren regex"));
static RESTATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^[\s»"”)]*,?\s*(?:soit|c'est-à-dire|c’est-à-dire|autrement dit)\s*$"#)
        .expect("restate regex")
});

fn is_relative_day(spec: &Spec) -> bool {
    match spec {
        Spec::DayOffset(_) | Spec::Weekday { .. } => true,
        Spec::Range(a, b) => is_relative_day(a) && is_relative_day(b),
        _ => false,
    }
}

/// `demain et après-demain (18 et 19 juin)`: one expression when the
/// readings agree (or the relative one cannot be checked).
fn merge_confirmed(s: &str, out: &mut Vec<(Timex, Spec)>) {
    let items = std::mem::take(out);
    let mut iter = items.into_iter().peekable();
    while let Some((a, a_spec)) = iter.next() {
        let merged = iter
            .peek()
            .and_then(|(b, b_spec)| confirm(s, &a, &a_spec, b).map(|m| (m, b_spec.clone())));
        match merged {
            Some(m) => {
                iter.next();
                out.push(m);
            }
            None => out.push((a, a_spec)),
        }
    }
}

fn confirm(s: &str, a: &Timex, a_spec: &Spec, b: &Timex) -> Option<Timex> {
    let gap = s.get(a.span.end..b.span.start)?;
    let end = s
        .get(b.span.end..)
        .and_then(|rest| CLOSE_PAREN.find(rest))
        .map(|m| b.span.end + m.end())?;
    let agree = match (a.interval, b.interval) {
        (Some(x), Some(y)) => x.start == y.start && x.end == y.end,
        (None, _) => true,
        _ => false,
    };
    if !(is_relative_day(a_spec)
        && b.kind == TimexKind::Date
        && b.anchor != Anchor::None
        && OPEN_PAREN.is_match(gap)
        && agree)
    {
        return None;
    }
    let span = Span::new(a.span.start, end);
    Some(Timex {
        text: s[span.start..span.end].to_string(),
        span,
        kind: TimexKind::Date,
        value: if a.interval.is_some() {
            a.value.clone()
        } else {
            b.value.clone()
        },
        interval: a.interval.or(b.interval),
        anchor: a.anchor.clone(),
        tense: a.tense,
        rule: "relative-confirmed".into(),
        pending: if a.interval.or(b.interval).is_none() {
            a.pending.clone()
        } else {
            None
        },
    })
}

/// `X, soit Y`: Y restates X and wins.
fn mark_restated(s: &str, out: &mut [(Timex, Spec)]) {
    for i in 0..out.len().saturating_sub(1) {
        let (a, b) = (&out[i].0, &out[i + 1].0);
        let gap = s.get(a.span.end..b.span.start).unwrap_or("x");
        if RESTATE.is_match(gap) && b.kind == TimexKind::Date {
            let anchor = Anchor::Expression {
                text: b.text.clone(),
                span: b.span,
            };
            let a = &mut out[i].0;
            a.interval = None;
            a.anchor = anchor;
            a.rule = "restated".into();
            a.pending = None;
        }
    }
}

/// True for a calendar date written without its year (`le 24 avril`, `le
/// 12`, `en février`, `fin avril`, `à la mi-septembre`, `du 12 au 17
/// septembre`, `à l'automne`): the forms whose year a narrative gives.
/// Forms counted from the day of writing (`mardi`, `hier`, `le mois
/// dernier`, `septembre dernier`) are not: they say their own reference.
fn is_calendar_without_year(spec: &Spec) -> bool {
    match spec {
        Spec::Date { y: None, .. }
        | Spec::Month { y: None, .. }
        | Spec::Season { y: None, .. }
        | Spec::Easter { y: None, .. } => true,
        Spec::Part { inner, .. }
        | Spec::Nth { inner, .. }
        | Spec::WeekOf(inner)
        | Spec::Shift(_, inner) => is_calendar_without_year(inner),
        Spec::Range(a, b) => is_calendar_without_year(a) && is_calendar_without_year(b),
        _ => false,
    }
}

/// The year a story gives. A text that tells the past in order (`Le réveil
/// vient en 2019. … Kim arrive à Vladivostok le 24 avril`; `En septembre
/// 2023, M. Kim était arrivé le 12 … Il avait quitté la Russie le 17
/// septembre`) writes a date without its year for the first such day on
/// or after the last date it named, not for the latest one before the day
/// of writing. A year-less calendar date whose sentence holds, or directly
/// follows in the same paragraph, a date with a year (or one resolved so)
/// takes the first matching day on or after that date's first day, when
/// the day found is not after the day of writing (`MOSCOU, 13 septembre
/// 2023 … il était arrivé le 12 septembre` stays in 2023), and never in a
/// clause in the future tense. Without a day of writing the same holds in
/// the sentence and the next one of the paragraph (`Un an plus tard, en
/// août 2002, … Le 23 août, il retrouve Poutine` is 2002 whatever the day
/// of writing, and no day of 2002 for the corpus to date the page by). A date counted from
/// the day of writing, a paragraph break or a sentence with no date between
/// the two ends the story's thread (precision first), with one exception:
/// a chronicle told paragraph by paragraph (`Le 19 juin 2024, Poutine se
/// rend à Pyongyang. Les deux dirigeants y signent un traité. ¶ À
/// l'automne, …`). Across at most [`THREAD_REACH_SENTENCES`] sentence ends
/// (a paragraph break included) the thread still gives the year when the
/// reading from the day of writing would be no recent news: older than
/// [`RECENT_NEWS_DAYS`] or after that day while the thread's reading is
/// not (`Reçu le 13 septembre par Poutine, il promet…` in a chronicle of
/// 2023 published in July 2025 is 2023, not 2024; `Le 13 septembre, Kim a
/// annoncé…` a week before the day of writing stays that week), and only
/// when the text told its dates in order up to the thread's first one: a
/// flashback (`Le 21 mars, il avait été reçu … Et en juillet 2023, il avait
/// assisté au défilé. ¶ Le 28 avril, Pyongyang a reconnu…`) or a date told
/// in the plus-que-parfait (`Kim avait rencontré Poutine en avril 2019.`,
/// the story's background) gives its year to the next sentence only, as
/// before; a date counted from the day of writing (`Il y a dix ans jour
/// pour jour, …` opening a portrait, `hier`) frames the news and makes no
/// flashback of the story told after it. A resolved
/// anaphor (`Deux mois plus tard`) moves the thread to its date, and so
/// does a date counted from the narrated one (`L'été suivant, Kim Jong-il
/// traverse la Sibérie. … Le 4 août, …` is 4 August of that summer); a date
/// after `depuis` (`pour la première fois depuis 2000`) bounds a state
/// and neither starts nor ends it.
fn follow_narrative(
    s: &str,
    sentences: &[Span],
    out: &mut [(Timex, Spec)],
    published: Option<DateInterval>,
) {
    let mut thread: Option<Thread> = None;
    // the latest first day of the dates told so far, whatever gave their
    // year: a date with a year before it is told out of order (a flashback)
    let mut last_start: Option<NaiveDate> = None;
    let mut pluperfect = SentenceFlag::default();
    let reach = |start: NaiveDate, last: &mut Option<NaiveDate>| {
        *last = Some(last.map_or(start, |l| l.max(start)));
    };
    for (t, spec) in out.iter_mut() {
        if t.kind != TimexKind::Date || t.rule == "restated" || tense::is_since(s, t.span, &t.text)
        {
            continue;
        }
        if let Spec::Anaphor(a) = spec {
            // `Deux mois plus tard`: the thread goes on from the day the
            // anaphor names, unless a frame of another event comes between
            if let Some(th) = &thread
                && let Some(sentence) = sentence_of(sentences, t.span)
                && t.span.start.saturating_sub(th.span.end) <= ANAPHOR_REACH_BYTES
                && !s
                    .get(th.span.end..t.span.start)
                    .is_some_and(|between| lexicon().opens_event_frame(between))
                && let Some(i) = anaphor(*a, th.days)
            {
                reach(i.start, &mut last_start);
                thread = Some(th.moved_to(t, i, sentence));
            }
            continue;
        }
        if !spec.is_absolute() && lexicon().narrated_direction(&t.text).is_some() {
            // `L'été suivant`, `Le mois suivant`: counted from the date the
            // story has reached (as [`resolve_anaphors`] dates it), the
            // thread goes on from it as from an anaphor
            thread = thread.take().and_then(|th| {
                let sentence = sentence_of(sentences, t.span)?;
                if t.span.start.saturating_sub(th.span.end) > ANAPHOR_REACH_BYTES
                    || s.get(th.span.end..t.span.start)
                        .is_some_and(|between| lexicon().opens_event_frame(between))
                {
                    return None;
                }
                let i = narrated_from(spec, th.days, t.tense)?;
                reach(i.start, &mut last_start);
                Some(th.moved_to(t, i, sentence))
            });
            continue;
        }
        let Some(sentence) = sentence_of(sentences, t.span) else {
            thread = None;
            continue;
        };
        if spec.is_absolute() {
            // a date of several years (`dans les années 2000`, `de 1999 à
            // 2003`) gives no one year to the dates after it
            let years = t.interval.is_some_and(|i| {
                chrono::Datelike::year(&i.start) != chrono::Datelike::year(&i.end)
            });
            thread = if names_a_noun(s, t.span) || years {
                None
            } else {
                t.interval.map(|days| Thread {
                    text: t.text.clone(),
                    span: t.span,
                    days,
                    sentence,
                    in_order: last_start.is_none_or(|p| days.start >= p)
                        && !pluperfect.of(s, sentence),
                })
            };
            if let Some(i) = t.interval {
                reach(i.start, &mut last_start);
            }
            continue;
        }
        let from_writing = t.interval;
        let found = thread.take().and_then(|th| {
            let gap = s.get(th.sentence.end..sentence.start.max(th.sentence.end));
            let same_story = th.sentence == sentence
                || gap.is_some_and(|gap| gap.trim().is_empty() && !gap.contains('\n'));
            // without a day of writing, only the same sentence or the next
            // one of the paragraph (nothing to weigh a chronicle against)
            let chronicle = published.is_some_and(|published| {
                th.in_order
                    && gap.is_some_and(|gap| sentence_ends(gap) <= THREAD_REACH_SENTENCES)
                    && !from_writing.is_some_and(|w| is_recent_news(w, published))
            });
            if !(same_story || chronicle)
                || t.tense == Tense::Future
                || !is_calendar_without_year(spec)
            {
                return None;
            }
            // `Vladimir Poutine, élu au printemps, qui vient le voir`: a
            // participle apposed to a name tells what came before the
            // story's time, the latest such date up to the thread's last
            // day, and the thread stays where it was
            if tense::in_apposed_participle(s, t.span, sentence) {
                let i = resolve_at(spec, th.days.end, Tense::Past)?;
                return published
                    .is_none_or(|p| i.start <= p.end)
                    .then_some((th, i, true));
            }
            let i = resolve_at(spec, th.days.start, Tense::Future)?;
            published
                .is_none_or(|p| i.start <= p.end)
                .then_some((th, i, false))
        });
        if let Some((th, i, apposed)) = found {
            t.interval = Some(i);
            t.value = value(spec, Some(&i));
            t.pending = None;
            if apposed {
                t.anchor = Anchor::Expression {
                    text: th.text.clone(),
                    span: th.span,
                };
                reach(i.start, &mut last_start);
                thread = Some(th);
                continue;
            }
            let next = th.moved_to(t, i, sentence);
            t.anchor = Anchor::Expression {
                text: th.text,
                span: th.span,
            };
            thread = Some(next);
        }
        // `Il y a dix ans jour pour jour, …` heading a portrait, `hier`:
        // counted back from the day of writing, they frame the news and
        // tell no step of the story, so a story told in order after them
        // is no flashback
        if let Some(i) = t.interval
            && !counted_from_writing(spec)
        {
            reach(i.start, &mut last_start);
        }
    }
}

/// True for a date counted from the day of writing (`il y a dix ans`,
/// `hier`, `mardi`, `la semaine dernière`, `dans trois jours`).
fn counted_from_writing(spec: &Spec) -> bool {
    match spec {
        Spec::Ago { .. }
        | Spec::ShiftSum(_)
        | Spec::In { .. }
        | Spec::DayOffset(_)
        | Spec::Weekday { .. }
        | Spec::Period { .. }
        | Spec::LastN { .. } => true,
        Spec::Range(a, b) => counted_from_writing(a) && counted_from_writing(b),
        _ => false,
    }
}

/// How far (in bytes) after the thread's date an anaphor may move it: a
/// few sentences (and each stretch of text is read once in a long one).
const ANAPHOR_REACH_BYTES: usize = 2_000;

/// Whether a sentence is in the plus-que-parfait, read once per sentence
/// (the dates of a sentence come in order, so the last answer is kept).
#[derive(Default)]
struct SentenceFlag {
    last: Option<(Span, bool)>,
}

impl SentenceFlag {
    fn of(&mut self, s: &str, sentence: Span) -> bool {
        if let Some((span, flag)) = self.last
            && span == sentence
        {
            return flag;
        }
        let flag = s
            .get(sentence.start..sentence.end)
            .is_some_and(tense::has_pluperfect);
        self.last = Some((sentence, flag));
        flag
    }
}

/// The date a story has reached ([`follow_narrative`]): the expression,
/// its days and sentence, and whether the one that started the thread is
/// no earlier than any date told before it and not told in the
/// plus-que-parfait (a chronicle, not a flashback).
struct Thread {
    text: String,
    span: Span,
    days: DateInterval,
    sentence: Span,
    in_order: bool,
}

impl Thread {
    /// The thread gone on to the expression `t`, whose days are `days`, in
    /// `sentence`: the same chronicle or flashback as before.
    fn moved_to(&self, t: &Timex, days: DateInterval, sentence: Span) -> Thread {
        Thread {
            text: t.text.clone(),
            span: t.span,
            days,
            sentence,
            in_order: self.in_order,
        }
    }
}

/// How many sentence ends a chronicle's thread reaches over (see
/// [`follow_narrative`]): a date-less sentence or two between two dated
/// steps of the story, or a paragraph break.
const THREAD_REACH_SENTENCES: usize = 2;

/// How old a date read from the day of writing may be and still be the
/// news of the day rather than a step of a chronicle: a month.
const RECENT_NEWS_DAYS: i64 = 31;

/// True for a reading from the day of writing that is recent news: it
/// ends at most [`RECENT_NEWS_DAYS`] before that day and does not start
/// after it.
fn is_recent_news(reading: DateInterval, published: DateInterval) -> bool {
    reading.start <= published.end && (published.start - reading.end).num_days() <= RECENT_NEWS_DAYS
}

/// Sentence ends in a stretch of text: a full stop, `!`, `?` or `…`
/// followed by white space or the end.
fn sentence_ends(gap: &str) -> usize {
    let mut chars = gap.chars().peekable();
    let mut n = 0;
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '…') && chars.peek().is_none_or(|n| n.is_whitespace()) {
            n += 1;
        }
    }
    n
}

/// True for a date that completes a noun (`leur premier sommet d'avril
/// 2019`, `l'invasion de février 2022`, `le traité de 1961`): it names
/// which sommet, not the time the text has reached, so it gives no year
/// to the dates after it (`… sommet d'avril 2019. En juillet, Choïgou
/// avait été reçu` is the July before the day of writing).
fn names_a_noun(s: &str, span: Span) -> bool {
    // the few characters before the date: `de`, `d'` and their spaces
    let mut from = span.start.saturating_sub(8);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    let before = s.get(from..span.start).unwrap_or("").trim_end();
    let lower = before.to_lowercase();
    ["d'", "d’"].iter().any(|e| lower.ends_with(e))
        || lower
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w == "de")
}

/// True for a calendar day before or after the reference (`le 5 mars
/// suivant`, `le 5 mars dernier`).
fn is_day_toward(spec: &Spec) -> bool {
    matches!(spec, Spec::Toward { inner, .. } if matches!(**inner, Spec::Date { .. }))
}

/// True for an expression that a narrated word may date from the text's
/// last date: a date (`l'année suivante`) or a span of days counted from
/// it (`les trois jours suivants`, `les deux semaines précédentes`: the
/// days after or before the date told, not those around the day of writing).
fn narratable(t: &Timex, spec: &Spec) -> bool {
    t.kind == TimexKind::Date || matches!(spec, Spec::LastN { .. })
}

/// A spec read from a narrated date: `le mardi suivant` is the first
/// Tuesday after that date (from the day of writing, Duckling reads
/// `mardi suivant` as the one after the coming one, see `WdMode::Ahead`).
fn as_narrated(spec: &Spec) -> Spec {
    match spec {
        Spec::Weekday {
            wd,
            mode: resolve::WdMode::Ahead(1),
        } => Spec::Weekday {
            wd: *wd,
            mode: resolve::WdMode::Next,
        },
        other => other.clone(),
    }
}

/// A date counted from a narrated one (`l'année suivante`, `le 24 octobre
/// suivant`): from a date of several days, the days it may be from any of
/// them (`En juin. La semaine suivante`: a week from early June to early
/// July).
fn narrated_from(spec: &Spec, p: DateInterval, tense: Tense) -> Option<DateInterval> {
    let spec = &as_narrated(spec);
    match (
        resolve_at(spec, p.start, tense),
        resolve_at(spec, p.end, tense),
    ) {
        (Some(a), Some(b)) if a == b => Some(a),
        (Some(a), Some(b)) => Some(DateInterval::new(
            a.start.min(b.start),
            a.end.max(b.end),
            a.precision.max(b.precision).max(p.precision),
        )),
        _ => None,
    }
}

/// Date anaphors from the previous dated expression, in text order. A
/// sentence that opens on a frame of another event between them (`La
/// veille du tir, …`) moves the narrative to a time no date told: the
/// anaphors after it are left unresolved until a date is told again.
fn resolve_anaphors(
    s: &str,
    sentences: &[Span],
    out: &mut [(Timex, Spec)],
    published: Option<DateInterval>,
) {
    let mut prev: Option<(String, Span, DateInterval)> = None;
    // how far the text has been searched for frames, and whether one was
    // found since the last dated expression (each byte is searched once)
    let mut read_to = 0;
    let mut framed = false;
    for (t, spec) in out.iter_mut() {
        let anaphoric = matches!(spec, Spec::Anaphor(_))
            || (narratable(t, spec)
                && !spec.is_absolute()
                && lexicon().narrated_direction(&t.text).is_some());
        if anaphoric && !framed && t.span.start > read_to {
            framed = s
                .get(read_to..t.span.start)
                .is_some_and(|between| lexicon().opens_event_frame(between));
            read_to = t.span.start;
        }
        if anaphoric && framed {
            t.interval = None;
            t.anchor = Anchor::Unknown;
            t.value = spec.unresolved_value();
            t.pending = None;
            continue;
        }
        if let Spec::Anaphor(a) = spec {
            let (interval, anchor) = match &prev {
                Some((text, span, p)) => (
                    anaphor(*a, *p),
                    Anchor::Expression {
                        text: text.clone(),
                        span: *span,
                    },
                ),
                None => match a {
                    resolve::Anaphor::Days(_) | resolve::Anaphor::Later(..) => {
                        at_publication(published, false, |r| anaphor(*a, DateInterval::day(r)))
                    }
                    _ => (None, Anchor::Unknown),
                },
            };
            t.interval = interval;
            t.anchor = anchor;
            t.value = t.interval.as_ref().map_or("XXXX-XX-XX".into(), value_of);
        } else if narratable(t, spec)
            && !spec.is_absolute()
            && lexicon().narrated_direction(&t.text).is_some()
            && let Some((text, span, p)) = &prev
        {
            // `l'année suivante`, `le 24 octobre suivant`: from the date the
            // text has reached, not from the day of writing
            let spec = &as_narrated(spec);
            if let Some(i) = narrated_from(spec, *p, t.tense) {
                t.interval = Some(i);
                t.value = value(spec, Some(&i));
                t.anchor = Anchor::Expression {
                    text: text.clone(),
                    span: *span,
                };
                t.pending = None;
            }
        } else if t.kind == TimexKind::Date
            && prev.is_none()
            && is_day_toward(spec)
            && lexicon().narrated_direction(&t.text).is_some()
        {
            // `le 5 mars suivant` with no date told before: the day after
            // which is unknown (precision first)
            t.interval = None;
            t.anchor = Anchor::Unknown;
            t.value = spec.unresolved_value();
            t.pending = None;
        }
        // the vague present (`actuellement`) is no event an anaphor points
        // to, nor a day counted back in a detached participle clause (`Le
        // dirigeant, arrivé la veille, … Le soir même`: the main clause's day)
        if t.kind == TimexKind::Date
            && t.rule != "present"
            && !(matches!(spec, Spec::Anaphor(_))
                && sentence_of(sentences, t.span)
                    .is_some_and(|sentence| tense::in_detached_participle(s, t.span, sentence)))
            && let Some(i) = t.interval
        {
            prev = Some((t.text.clone(), t.span, i));
            read_to = read_to.max(t.span.end);
            framed = false;
        }
    }
}

#[cfg(test)]
mod tests;
