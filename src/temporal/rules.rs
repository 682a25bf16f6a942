//! The named rules: a pattern built from the lexicon and a normalizer that
//! turns a match into a [`Spec`]. Every rule is compiled once, when a text
//! first has a match of its pattern (see [`Rule::regex`]).
//!
//! Rules are combinators over primitives (day number, weekday, month,
//! year, ordinal, direction, part of a period, period, holiday: see
//! `docs/dates.md`): `part-of-period` is {part} × {period}, `ordinal-in-
//! period` {ordinal} × {jour, semaine, weekday} × {period}, each period
//! read by the one [`period_spec`].
//!
//! Patterns carry no `\b`: word boundaries are checked in code (see
//! [`boundary_ok`]) so that the regexes run on the fast DFA engines over
//! any input, and so that a year glued to the next word
//! (`juillet 2000lorsqu'il`) is still found.
//!
//! The rules' patterns are also compiled together into one automaton that
//! says, in one pass over a text, where each rule can match: a rule's full
//! regex (with its captures) runs only there (see [`candidates`]).

use super::anniversary;
use super::lexicon::Feast;
use super::lexicon::{Lexicon, alternation, fold, fuzzy, lexicon};
use super::numbers::{self, parse_day};
use super::resolve::{Anaphor, NthOf, PartKind, Spec, Unit, WdMode};
use regex::Regex;
use regex_automata::hybrid::dfa::{Cache, DFA, OverlappingState};
use regex_automata::{Input, MatchKind, meta, nfa::thompson};
use regex_syntax::hir::{Class, Hir, HirKind};
use std::sync::{LazyLock, Mutex, OnceLock};

/// A normalizer: the captures, the whole text, and the match end.
type Normalize = fn(&Captures, &str, usize) -> Option<Spec>;

pub struct Rule {
    pub name: &'static str,
    /// The full regex (with captures), compiled by [`Rule::regex`] from
    /// [`Rule::hir`] the first time a text has a match of the pattern: most
    /// rules never run on a short input, and compiling them all was most of
    /// a small run.
    regex: OnceLock<meta::Regex>,
    pub normalize: Normalize,
    /// The pattern as written (before [`expand`]).
    #[cfg_attr(not(test), allow(dead_code))]
    pattern: String,
    /// The pattern's syntax tree, read as `regex::RegexBuilder` reads it
    /// (case-insensitive: [`hir`]); [`Plan`] compiles it, with all the
    /// others, into one automaton, and [`Rule::regex`] into the rule's
    /// regex: the pattern is parsed once (parsing it again for the regex
    /// was most of the rules' construction, a tenth of a small run).
    hir: Hir,
    /// The pattern has look-around assertions (`^`, `$`): it is always run
    /// over the whole text, never over a slice of it.
    looks: bool,
    /// Bit `i` set when a match can contain [`SEPARATOR_CANDIDATES`]`[i]`.
    separators: u32,
}

/// The groups of a match of a rule's regex, read as `regex::Captures`
/// reads them (the rules' regexes are `regex_automata::meta` regexes built
/// from their syntax trees, the engine `regex::Regex` wraps).
pub struct Captures<'h> {
    haystack: &'h str,
    caps: &'h regex_automata::util::captures::Captures,
}

/// A group of [`Captures`]: its span in the haystack.
#[derive(Debug, Clone, Copy)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

impl<'h> Captures<'h> {
    fn at(&self, span: Option<regex_automata::Span>) -> Option<Match<'h>> {
        span.map(|s| Match {
            haystack: self.haystack,
            start: s.start,
            end: s.end,
        })
    }

    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.at(self.caps.get_group(i))
    }

    /// The group named `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.at(self.caps.get_group_by_name(name))
    }
}

/// A rule match, before overlaps are removed.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub rule: &'static str,
    pub spec: Spec,
}

fn g<'a>(c: &'a Captures, name: &str) -> Option<&'a str> {
    c.name(name).map(|m| m.as_str())
}

fn year4(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    (1000..=2199).contains(&y).then_some(y)
}

/// A two-digit year is taken only where no word follows it (`31 octobre 74`,
/// not `le 5 mars 12 personnes`).
fn year_any(s: &str, text: &str, end: usize) -> Option<i32> {
    if s.len() == 4 {
        return year4(s);
    }
    let y: i32 = s.trim_start_matches('\'').parse().ok()?;
    if followed_by_word(text, end) {
        return None;
    }
    Some(if y >= 50 { 1900 + y } else { 2000 + y })
}

/// True when the next non-space character after `end` starts a word or number.
fn followed_by_word(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|rest| rest.trim_start_matches([' ', '\u{a0}']).chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// The day of the holiday captured as `h` (and its year `y`, if written).
fn holiday_day(c: &Captures<'_>, t: &str) -> Option<Spec> {
    if !feast_read(t, c.name("h")?) {
        return None;
    }
    holiday_day_in(g(c, "h")?, g(c, "y"))
}

/// False for a saint's feast (`Saint-Jean`, `article` in
/// data/calendar-fr.toml) not right after the article `la` or heading a
/// longer hyphened name: `la Saint-Jean` is 24 June, `à Saint-Martin`,
/// `l'église Saint-Nicolas`, `la Saint-Jean-de-Luz` are no feast. True for
/// every other holiday.
fn feast_read(t: &str, h: Match<'_>) -> bool {
    if !lexicon().holiday_needs_article(h.as_str()) {
        return true;
    }
    let before = fold(&t[window_before(t, h.start(), 8)..h.start()]);
    let word = before.trim_end();
    let article = word.len() < before.len()
        && word
            .strip_suffix("la")
            .is_some_and(|w| !w.ends_with(|c: char| c.is_alphanumeric() || c == '\''));
    let longer_name = t[h.end()..].starts_with(|c: char| c.is_alphanumeric() || "-'’".contains(c));
    article && !longer_name
}

/// The day of the holiday `name`, of the year written `year` if any.
fn holiday_day_in(name: &str, year: Option<&str>) -> Option<Spec> {
    let y = match year {
        Some(y) => Some(year4(y)?),
        None => None,
    };
    Some(match lexicon().holiday(name)? {
        Feast::Fixed(m, d) => Spec::Date {
            y,
            m: Some(m),
            d,
            wd: None,
        },
        Feast::Easter(offset) => Spec::Easter { offset, y },
        // the span's end takes the year (or the tense), its start the same
        // year (see `resolve_range`)
        Feast::Span((m1, d1), (m2, d2)) => {
            let day = |m, d| Spec::Date {
                y,
                m: Some(m),
                d,
                wd: None,
            };
            Spec::Range(Box::new(day(m1, d1)), Box::new(day(m2, d2)))
        }
    })
}

/// True when `de`, `du`, `des` or `d'` follows `end`: a complement (`la
/// veille du sommet`).
fn complement_follows(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\u{a0}']).to_lowercase();
    ["de ", "du ", "des ", "d'", "d\u{2019}"]
        .iter()
        .any(|p| rest.starts_with(p))
}

fn counted_noun_follows(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    !word.is_empty() && lexicon().is_counted(&word)
}

fn month(c: &Captures, name: &str) -> Option<u32> {
    lexicon().month(g(c, name)?)
}

/// The unit of a count's noun. Hours are counted in whole days (`48
/// heures` is two days, see [`count`]): newsx dates at the day.
fn unit_of(word: &str) -> Option<Unit> {
    match lexicon().unit(word)? {
        "hour" => Some(Unit::Day),
        u => Unit::parse(u),
    }
}

fn unit(c: &Captures) -> Option<Unit> {
    // `48h`, `24 h`: the hour's symbol glued to a count, as days
    if g(c, "uh").is_some() {
        return Some(Unit::Day);
    }
    unit_of(g(c, "u").or(g(c, "u2"))?)
}

/// The count `n` of the unit `u` (or `u2`); in hours only a whole number of
/// days (`24`, `48`, `72 heures`), as that many days: `il y a 48 heures`
/// is the day before yesterday, `à 12 heures` no count of days.
fn count(c: &Captures) -> Option<i64> {
    let n = numbers::parse(g(c, "n")?).filter(|n| (0..=10_000).contains(n))?;
    let hours = g(c, "uh").is_some()
        || g(c, "u")
            .or(g(c, "u2"))
            .and_then(|u| lexicon().unit(u))
            .is_some_and(|u| u == "hour");
    if hours {
        return (n > 0 && n % 24 == 0).then_some(n / 24);
    }
    Some(n)
}

fn date(c: &Captures, d: &str, m: &str, y: Option<i32>) -> Option<Spec> {
    let d = parse_day(g(c, d)?)?;
    let m = month(c, m);
    let wd = g(c, "wd").and_then(|w| lexicon().weekday(w));
    if let Some(m) = m {
        // `31 février` is no date
        super::resolve::ymd(y.unwrap_or(2024), m, d)?;
    }
    Some(Spec::Date { y, m, d, wd })
}

/// The calendar day `d` of month `m` of year `y`, when there is one
/// (`31 février` is no date): the spec of a date written in full.
fn full_date(y: i32, m: u32, d: u32) -> Option<Spec> {
    super::resolve::ymd(y, m, d)?;
    Some(Spec::Date {
        y: Some(y),
        m: Some(m),
        d,
        wd: None,
    })
}

struct Parts {
    wd: String,
    /// weekday names without abbreviations: a weekday that stands alone
    /// (`mercredi`, `ce jeudi`) is never abbreviated, and `mer.`, `sam.`
    /// alone end sentences about the sea (`en direction de la mer.`)
    wd_full: String,
    mon: String,
    mona: String,
    day: String,
    num: String,
    units: String,
    last: String,
    next: String,
    ordinals: String,
}

static P: LazyLock<Parts> = LazyLock::new(|| {
    let l: &Lexicon = lexicon();
    let num = numbers::pattern().to_string();
    Parts {
        wd: l.weekday_names(),
        wd_full: l.weekday_full_names(),
        mon: l.month_names(),
        mona: l.month_names_abbrev(),
        // `1ᵉʳ`, `2ᵉ`: the superscript suffixes of French typography; `1 er`
        day: format!(r"(?:1er|1re|1ᵉʳ|1ʳᵉ|1 er|\d{{1,2}}(?:e|ème|eme|ᵉ)?|{num})"),
        num: format!(r"(?:\d{{1,4}}|{num})"),
        units: alternation(l.units.keys().map(String::as_str)),
        last: alternation(l.last.iter().map(String::as_str)),
        next: alternation(l.next.iter().map(String::as_str)),
        ordinals: format!(
            r"(?:{}|\d{{1,2}}(?:er|re|ère|ere|ème|eme|nde|nd|e|ᵉʳ|ʳᵉ|ᵉ))",
            alternation(l.ordinals.keys().map(String::as_str))
        ),
    }
});

/// The period primitive shared by the part-of-period and ordinal-in-period
/// combinators: a week, a month, a quarter or a year, this one or the one a
/// direction word points to, or named (`mars`, `mars 2019`, `du mois de
/// mars`, `2019`, `l'année 2019`). Read back by [`period_spec`].
fn period_pattern() -> String {
    let p = &*P;
    let (mon, last, next) = (&p.mon, &p.last, &p.next);
    // `en cours`, `courant(e)`: the period of the day of writing
    let dir = format!(r"{last}|{next}|en\s+cours|courante?");
    // after a named month (`fin septembre dernier`, `début mars prochain`,
    // `à la fin du mois de mai dernier`): the masculine forms only, as
    // `month-relative` reads them (`mois` is masculine)
    let mdir = month_directions();
    format!(
        r"(?:(?P<pwk>la\s+semaine|cette\s+semaine|semaine)(?:\s+(?P<pwkd>{dir}))?|(?:le\s+|ce\s+)?mois\s+(?:de\s+|d')(?P<pm>{mon})(?:\s+(?P<pmy>\d{{4}})|\s+(?P<pmdir>{mdir}))?|(?P<pmo>ce\s+mois|le\s+mois|mois)(?:\s+(?P<pmod>{dir}))?|(?P<pyr>l'année|l'an|cette\s+année|année)(?:\s+(?P<pyrd>{dir}))?(?:\s+(?P<pyry>\d{{4}}))?|(?P<pq>le\s+trimestre|ce\s+trimestre|trimestre)(?:\s+(?P<pqd>{dir}))?|(?P<mon>{mon})(?:\s+(?P<my>\d{{4}})|\s+(?P<mdir>{mdir}))?|(?P<py>\d{{4}}))"
    )
}

/// The direction words after a named month (`septembre dernier`, `mars
/// prochain`, `mai passé`): the masculine singular forms of `last` and
/// `next` (data/temporal.toml), as the month's name is masculine.
fn month_directions() -> String {
    let l = lexicon();
    let masculine = |w: &&str| !w.ends_with('e') && (!w.ends_with('s') || w.contains('\''));
    alternation(
        l.last
            .iter()
            .chain(l.next.iter())
            .map(String::as_str)
            .filter(masculine),
    )
}

/// The direction of a period (`prochaine` +1, `dernière` −1, none or `en
/// cours` 0).
fn direction(c: &Captures, name: &str) -> i64 {
    match g(c, name) {
        Some(d) if fold(d).starts_with("en ") || fold(d).starts_with("courant") => 0,
        Some(d) if lexicon().is_last(d) => -1,
        Some(_) => 1,
        None => 0,
    }
}

/// The spec of a [`period_pattern`] match.
fn period_spec(c: &Captures) -> Option<Spec> {
    let period = |unit, dir: &str| Spec::Period {
        unit,
        offset: direction(c, dir),
    };
    if g(c, "pwk").is_some() {
        return Some(period(Unit::Week, "pwkd"));
    }
    if g(c, "pm").is_some() {
        let y = match g(c, "pmy") {
            Some(y) => Some(year4(y)?),
            None => None,
        };
        return month_toward(c, "pm", y, "pmdir");
    }
    if g(c, "pmo").is_some() {
        return Some(period(Unit::Month, "pmod"));
    }
    if g(c, "pyr").is_some() {
        return match g(c, "pyry") {
            Some(y) if g(c, "pyrd").is_none() => Some(Spec::Year(year4(y)?)),
            Some(_) => None,
            None => Some(period(Unit::Year, "pyrd")),
        };
    }
    if g(c, "pq").is_some() {
        return Some(period(Unit::Quarter, "pqd"));
    }
    if g(c, "mon").is_some() {
        let y = match g(c, "my") {
            Some(y) => Some(year4(y)?),
            None => None,
        };
        return month_toward(c, "mon", y, "mdir");
    }
    Some(Spec::Year(year4(g(c, "py")?)?))
}

/// A named month of a period, with its year or the direction after it:
/// `septembre dernier` is the latest September before the day of writing's
/// month (this year's when it is past), as `month-relative` reads it.
fn month_toward(c: &Captures, name: &str, y: Option<i32>, dir: &str) -> Option<Spec> {
    let m = month(c, name)?;
    match g(c, dir) {
        Some(d) => Some(Spec::MonthRel {
            m,
            dir: if lexicon().is_last(d) { -1 } else { 1 },
        }),
        None => Some(Spec::Month { y, m }),
    }
}

/// A number glued to the match by a separator and a digit (`06.12.34.56`,
/// `2-1-0`, `12/03/2020/4`): part of a longer number, not a date.
fn glued_number(text: &str, start: usize, end: usize) -> bool {
    let after = &text.as_bytes()[end..];
    let before = &text.as_bytes()[..start];
    let sep = |b: u8| matches!(b, b'.' | b'/' | b'-' | b',' | b':');
    (after.len() >= 2 && sep(after[0]) && after[1].is_ascii_digit())
        || (before.len() >= 2
            && sep(before[before.len() - 1])
            && before[before.len() - 2].is_ascii_digit())
}

/// A bare day number (`le 5`) stands alone: nothing after it but the end of
/// a sentence or clause (not `le 1er ministre`, `au 20 %`, `le 18h40`).
fn ends_clause(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    let mut chars = rest.chars();
    match chars.next() {
        None | Some('\n') => true,
        Some(c) if ",;:!?)»\"”".contains(c) => true,
        Some('.') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Signed amounts of a sum of durations (`un an et deux mois`).
fn duration_sum(s: &str, sign: i64) -> Option<Vec<(i64, Unit)>> {
    static PAIR: LazyLock<meta::Regex> = LazyLock::new(|| {
        let p = &*P;
        compile(&hir(&format!(r"(?P<n>{})\s+(?P<u>{})", p.num, p.units)))
    });
    let mut out = Vec::new();
    for caps in PAIR.captures_iter(s) {
        let c = Captures {
            haystack: s,
            caps: &caps,
        };
        let n = count(&c)?;
        let u = unit(&c)?;
        out.push((sign * n, u));
    }
    // larger units first, as written (`un an et deux mois`)
    (out.len() >= 2).then_some(out)
}

/// The pattern as compiled: a bare `'` also matches `’`.
fn expand(pattern: &str) -> String {
    let mut p = String::with_capacity(pattern.len());
    let mut prev = ' ';
    for c in pattern.chars() {
        if c == '\'' && prev != '[' {
            p.push_str("['’]");
        } else {
            p.push(c);
        }
        prev = c;
    }
    p
}

impl Rule {
    /// The rule's regex, compiled on first use (once per process).
    pub fn regex(&self) -> &meta::Regex {
        self.regex.get_or_init(|| compile(&self.hir))
    }
}

/// The regex `regex::RegexBuilder::new(&expand(pattern))
/// .case_insensitive(true).size_limit(64 << 20).dfa_size_limit(64 << 20)`
/// builds, from the syntax tree [`hir`] read: the configuration that
/// builder gives its `meta::Regex` (leftmost-first, empty matches only at
/// character boundaries, its limits).
fn compile(hir: &Hir) -> meta::Regex {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(true)
                .nfa_size_limit(Some(64 << 20))
                .hybrid_cache_capacity(64 << 20),
        )
        .build_from_hir(hir)
        .unwrap_or_else(|e| panic!("bad temporal pattern {hir}: {e}"))
}

/// The regex crate's build of the pattern, which [`compile`] stands for
/// (the tests compare them).
#[cfg(test)]
fn build(pattern: &str) -> regex::Regex {
    regex::RegexBuilder::new(&expand(pattern))
        .case_insensitive(true)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("bad temporal pattern {pattern}: {e}"))
}

fn words(list: &[String]) -> String {
    alternation(list.iter().map(String::as_str))
}

macro_rules! rule {
    ($name:expr, $pat:expr, $f:expr) => {{
        let pattern: &str = &$pat;
        let hir = hir(pattern);
        Rule {
            name: $name,
            regex: OnceLock::new(),
            pattern: pattern.to_string(),
            normalize: $f,
            looks: has_look(&hir),
            separators: SEPARATOR_CANDIDATES
                .iter()
                .enumerate()
                .filter(|(_, c)| can_contain(&hir, **c))
                .fold(0, |bits, (i, _)| bits | 1 << i),
            hir,
        }
    }};
}

/// The syntax tree of a pattern, read as `regex::RegexBuilder` reads it
/// with `case_insensitive(true)` (after [`expand`]).
fn hir(pattern: &str) -> Hir {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(&expand(pattern))
        .unwrap_or_else(|e| panic!("bad temporal pattern {pattern}: {e}"))
}

/// True when the pattern has a look-around assertion (`^`, `$`, `\b`...).
fn has_look(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
        HirKind::Look(_) => true,
        HirKind::Repetition(r) => has_look(&r.sub),
        HirKind::Capture(c) => has_look(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(has_look),
    }
}

/// True when a match of the pattern may contain `c` (an over-approximation:
/// every literal and class of the pattern is looked at).
fn can_contain(hir: &Hir, c: char) -> bool {
    let mut buf = [0u8; 4];
    let encoded = c.encode_utf8(&mut buf).as_bytes();
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(lit) => lit.0.windows(encoded.len()).any(|w| w == encoded),
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .any(|r| r.start() <= c && c <= r.end()),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .any(|r| encoded.iter().any(|b| r.start() <= *b && *b <= r.end())),
        HirKind::Repetition(r) => r.max != Some(0) && can_contain(&r.sub, c),
        HirKind::Capture(cap) => can_contain(&cap.sub, c),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(|h| can_contain(h, c)),
    }
}

/// Characters that may cut a text into segments, if no rule without
/// look-around can match them (checked on the patterns, see [`Plan`]).
const SEPARATOR_CANDIDATES: [char; 20] = [
    ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '«', '»', '“', '”', '…', '|', '*',
    '=',
];

/// All rules, in priority order for matches of equal length.
pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let p = &*P;
    let l = lexicon();
    let (wd, mon, mona, day, num, units) = (&p.wd, &p.mon, &p.mona, &p.day, &p.num, &p.units);
    let yw = numbers::year_pattern();
    let wd_full = &p.wd_full;
    let day_words = alternation(l.day_words.keys().map(String::as_str));
    let day_parts = words(&l.day_parts);
    // a part of the day after a day (`samedi soir`, `mercredi dans la
    // soirée`, `jeudi en fin de matinée`, `hier en début d'après-midi`,
    // `lundi au matin`, `mardi en soirée`): the same day
    let day_part = format!(
        r"(?:(?:dans\s+la|dans\s+l'|en|au|à\s+la|à\s+l'|(?:en|au|à\s+la)\s+(?:fin|début|milieu)\s+(?:de\s+la|de\s+l'|d'|de))\s*)?(?:{day_parts})"
    );
    let vague: Vec<&str> = l
        .vague
        .iter()
        .flat_map(|v| v.words.iter().map(String::as_str))
        .collect();
    let part_words: Vec<&str> = l
        .parts
        .iter()
        .flat_map(|v| v.words.iter().map(String::as_str))
        .collect();
    let parts = alternation(part_words);
    let seasons: Vec<&str> = l
        .seasons
        .iter()
        .flat_map(|v| v.words.iter().map(String::as_str))
        .collect();
    let seasons = alternation(seasons);
    let holidays: Vec<&str> = l
        .holidays
        .iter()
        .flat_map(|v| v.words.iter().map(String::as_str))
        .collect();
    let holidays = alternation(holidays);
    let (last, next) = (&p.last, &p.next);
    let le = fuzzy("le ");
    let period = period_pattern();
    let ordinals = &p.ordinals;
    let present = words(&l.present);
    let anniversaries = alternation(anniversary::names());
    let adverbs = words(&l.count_adverbs);
    vec![
        rule!(
            "iso-date",
            r"(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P<s2>[-/.])(?P<d>\d{1,2})",
            |c, t, e| {
                if g(c, "s1")? != g(c, "s2")? || glued_number(t, c.get(0)?.start(), e) {
                    return None;
                }
                let y = year4(g(c, "y")?)?;
                let m: u32 = g(c, "m")?.parse().ok()?;
                let d: u32 = g(c, "d")?.parse().ok()?;
                full_date(y, m, d)
            }
        ),
        rule!(
            "numeric-date",
            r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P<s2>[/.\-])(?P<y>\d{4}|\d{2})",
            |c, t, e| {
                let d: u32 = g(c, "d")?.parse().ok()?;
                let m: u32 = g(c, "m")?.parse().ok()?;
                let ys = g(c, "y")?;
                let sep = g(c, "s")?;
                // `2-1-12`, `1.5.12`: a two-digit year only after slashes,
                // or after dots with a two-digit day and month (`12.03.24`,
                // the dotted short form; `1.5.12` may be a version)
                let padded = g(c, "d")?.len() == 2 && g(c, "m")?.len() == 2;
                if sep != g(c, "s2")?
                    || (sep != "/" && ys.len() != 4 && !(sep == "." && padded))
                    || glued_number(t, c.get(0)?.start(), e)
                {
                    return None;
                }
                let y = year_any(ys, t, e)?;
                full_date(y, m, d)
            }
        ),
        // `le 3-III-2024`, `14.VII.1789`: the month in Roman numerals
        // between the day and a four-digit year (the old French and the
        // philatelic form), the numeral in capitals as written
        rule!(
            "roman-date",
            r"(?P<d>\d{1,2}|1er)(?P<s>[-./])(?P<m>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P<s2>[-./])(?P<y>\d{4})",
            |c, t, e| {
                let numeral = g(c, "m")?;
                if g(c, "s")? != g(c, "s2")?
                    || numeral.chars().any(|ch| !ch.is_ascii_uppercase())
                    || glued_number(t, c.get(0)?.start(), e)
                {
                    return None;
                }
                let m = (1..=12i32).find(|&m| roman(m) == numeral)?.unsigned_abs();
                let d = parse_day(g(c, "d")?)?;
                let y = year4(g(c, "y")?)?;
                full_date(y, m, d)
            }
        ),
        // `5 3 2019`: a four-digit year, a valid day and month (phone
        // numbers fail the month: `01 45 67 89`)
        rule!(
            "numeric-date-spaced",
            r"(?P<d>\d{1,2}) (?P<m>\d{1,2}) (?P<y>\d{4})",
            |c, t, e| {
                let d: u32 = g(c, "d")?.parse().ok()?;
                let m: u32 = g(c, "m")?.parse().ok()?;
                let start = c.get(0)?.start();
                let digit_near = t[..start]
                    .trim_end_matches(' ')
                    .ends_with(|c: char| c.is_ascii_digit())
                    || t[e..]
                        .trim_start_matches(' ')
                        .starts_with(|c: char| c.is_ascii_digit());
                if digit_near || glued_number(t, start, e) {
                    return None;
                }
                let y = year4(g(c, "y")?)?;
                full_date(y, m, d)
            }
        ),
        rule!(
            "numeric-day-month",
            // `le 17/02`, `du 17.02`, and after a weekday `lundi 18/02`
            format!(r"(?:{le}|du |au |(?P<wd>{wd})\s+)(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})"),
            |c, t, e| {
                let d: u32 = g(c, "d")?.parse().ok()?;
                let m: u32 = g(c, "m")?.parse().ok()?;
                if t[e..].starts_with(['/', '.', ',']) && glued_number(t, e, e) {
                    return None;
                }
                super::resolve::ymd(2024, m, d)?;
                Some(Spec::Date {
                    y: None,
                    m: Some(m),
                    d,
                    wd: g(c, "wd").and_then(|w| lexicon().weekday(w)),
                })
            }
        ),
        // numeric dates joined: `du 13/02 au 18/02`, `du 13/02/2013 au
        // 18/02/2013`, `entre le 13/02 et le 18/02`, `du lundi 18/02 au
        // vendredi 22/02`; slashes only (`13.02` may be a decimal)
        rule!(
            "numeric-date-range",
            format!(
                r"(?P<intro>du|entre\s+le)\s+(?:(?P<wd1>{wd})\s+)?(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})(?:/(?P<y1>\d{{4}}|\d{{2}}))?\s+(?P<conn>au|jusqu'au|et\s+le)\s+(?:(?P<wd>{wd})\s+)?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>\d{{4}}|\d{{2}}))?"
            ),
            |c, t, e| {
                let entre = fold(g(c, "intro")?).starts_with("entre");
                // `du 1/3 au 2/3 des sièges`: fractions of something
                if entre != fold(g(c, "conn")?).starts_with("et")
                    || glued_number(t, c.get(0)?.start(), e)
                    || followed_digit(t, e)
                    || complement_follows(t, e)
                {
                    return None;
                }
                // `du 1/3 au 2/3`: fractions; a date here writes its months
                // with two digits, or has a year or a weekday
                let dated = [g(c, "y1"), g(c, "y2"), g(c, "wd1"), g(c, "wd")]
                    .iter()
                    .any(Option::is_some)
                    || (g(c, "m1")?.len() == 2 && g(c, "m2")?.len() == 2);
                if !dated {
                    return None;
                }
                let numbers = |name: &str| -> Option<u32> { g(c, name)?.parse().ok() };
                let (d1, m1, d2, m2) = (
                    numbers("d1")?,
                    numbers("m1")?,
                    numbers("d2")?,
                    numbers("m2")?,
                );
                let year = |name: &str| -> Option<Option<i32>> {
                    match g(c, name) {
                        None => Some(None),
                        Some(y) if y.len() == 4 => Some(Some(year4(y)?)),
                        Some(y) => {
                            let y: i32 = y.parse().ok()?;
                            Some(Some(if y >= 50 { 1900 + y } else { 2000 + y }))
                        }
                    }
                };
                let later = (m2, d2) > (m1, d1);
                let (y1, y2) = match (year("y1")?, year("y2")?) {
                    (Some(a), Some(b)) => (Some(a), Some(b)),
                    (Some(a), None) => (Some(a), Some(if later { a } else { a + 1 })),
                    (None, Some(b)) => (Some(if later { b } else { b - 1 }), Some(b)),
                    // `du 28/12 au 3/01`: the start is the latest such day
                    // on or before the end; `du 18/02 au 13/02` is reversed
                    (None, None) if later || m1 > m2 => (None, None),
                    (None, None) => return None,
                };
                let a = Spec::Date {
                    y: y1,
                    m: Some(m1),
                    d: d1,
                    wd: None,
                };
                let b = Spec::Date {
                    y: y2,
                    m: Some(m2),
                    d: d2,
                    wd: g(c, "wd").and_then(|w| lexicon().weekday(w)),
                };
                super::resolve::ymd(y1.unwrap_or(2024), m1, d1)?;
                super::resolve::ymd(y2.unwrap_or(2024), m2, d2)?;
                if let (Some(a), Some(b)) = (y1, y2) {
                    if (a, m1, d1) >= (b, m2, d2) {
                        return None;
                    }
                }
                Some(Spec::Range(Box::new(a), Box::new(b)))
            }
        ),
        // `- 2019 : Kim se rend en avril à Vladivostok`, `2022 – la Russie
        // envahit…`: a year that heads a line of a chronology (a bullet or
        // nothing before it, a colon or a dash after it) dates the entry,
        // and gives its year to the dates of the line without one
        rule!(
            "year-heading",
            r"(?m)^[ \t]*(?:[-–—•*][ \t]*)?(?P<y>\d{4})[ \t]*(?::|–|—|-)[ \t]",
            |c, _, _| Some(Spec::Year(year4(g(c, "y")?)?))
        ),
        // `17/02`, `17 2` on a line of their own (a dateline): in running
        // text `2/3` is a fraction and `17 2` two numbers.
        rule!(
            "numeric-day-month-line",
            format!(r"(?m)^(?:{le})?(?P<d>\d{{1,2}})(?:/| )(?P<m>\d{{1,2}})[ \t]*$"),
            |c, _, _| {
                let d: u32 = g(c, "d")?.parse().ok()?;
                let m: u32 = g(c, "m")?.parse().ok()?;
                super::resolve::ymd(2024, m, d)?;
                Some(Spec::Date {
                    y: None,
                    m: Some(m),
                    d,
                    wd: None,
                })
            }
        ),
        // `lun.`, `ven.` on a line of their own (an agenda's or a
        // dateline's abbreviated weekday): the weekday, by tense. In running
        // text `mer.`, `sam.` end sentences (`vers la mer.`), so only alone
        // on their line.
        rule!(
            "weekday-abbrev-line",
            format!(
                r"(?m)^[ \t]*(?P<wd>{abbrevs})[ \t]*$",
                abbrevs = alternation(
                    l.weekdays
                        .iter()
                        .flat_map(|w| w.abbrevs.iter().map(String::as_str))
                )
            ),
            |c, _, _| Some(Spec::Weekday {
                wd: lexicon().weekday(g(c, "wd")?)?,
                mode: WdMode::Bare
            })
        ),
        // `le 5 mars dernier`, `le 1er mai prochain`: the day wholly before
        // (after) the day of writing; `suivant`, `précédent` count from a
        // narrated date and are left to the anaphors
        rule!(
            "date-relative",
            format!(r"(?:(?P<wd>{wd})\s+)?(?P<d>{day})\s+(?P<m>{mona})\s+(?P<dir>{last}|{next})"),
            |c, _, _| {
                let dir = deictic_direction(g(c, "dir")?)?;
                Some(Spec::Toward {
                    dir,
                    inner: Box::new(date(c, "d", "m", None)?),
                })
            }
        ),
        // quarters by their rank: `le premier trimestre 2024`, `au 3e
        // trimestre de 2019`, `le dernier trimestre`, `T2 2024`: the months
        // 3n−2 to 3n of the year (without a year, of the year the tense gives)
        rule!(
            "quarter",
            format!(
                r"(?:(?P<o>{ordinals})\s+trimestre(?:\s+(?:de\s+|d')?(?:l'année\s+)?(?P<y>\d{{4}}))?|(?P<code>[TQ][1-4])\s+(?P<cy>\d{{4}}))"
            ),
            |c, t, e| ranked_part_of_year(c, t, e, 3)
        ),
        // half-years by their rank: `le premier semestre 2024`, `au second
        // semestre de 2019`, `le dernier semestre`, `S2 2024`, `H1 2024`:
        // January–June or July–December
        rule!(
            "half-year",
            format!(
                r"(?:(?P<o>{ordinals})\s+semestre(?:\s+(?:de\s+|d')?(?:l'année\s+)?(?P<y>\d{{4}}))?|(?P<code>[SH][12])\s+(?P<cy>\d{{4}}))"
            ),
            |c, t, e| ranked_part_of_year(c, t, e, 6)
        ),
        // months joined: `de mars à mai`, `entre mars et mai 2014`, `de
        // novembre 2013 à février`, `mars-avril`
        rule!(
            "month-range",
            format!(
                r"(?:(?P<intro>de|d'|depuis|entre)\s*)?(?P<m1>{mon})(?:\s+(?P<y1>\d{{4}}))?(?:\s*[-–]\s*|\s+(?P<conn>à|et|jusqu'à|jusqu'en)\s+)(?P<m2>{mon})(?:\s+(?P<y2>\d{{4}}))?"
            ),
            |c, t, e| {
                let intro = g(c, "intro").map(fold);
                let conn = g(c, "conn").map(fold);
                let fits = match (intro.as_deref(), conn.as_deref()) {
                    (Some("entre"), Some(w)) => w == "et",
                    (Some(_), Some(w)) => w != "et",
                    (None, Some(_)) => false,
                    (_, None) => true,
                };
                if !fits || year_like_follows(t, e) {
                    return None;
                }
                let (m1, m2) = (month(c, "m1")?, month(c, "m2")?);
                let y1 = match g(c, "y1") {
                    Some(y) => Some(year4(y)?),
                    None => None,
                };
                let y2 = match g(c, "y2") {
                    Some(y) => Some(year4(y)?),
                    // `de novembre 2013 à février`: the first such month after
                    None => y1.map(|y| if m2 > m1 { y } else { y + 1 }),
                };
                if m1 == m2 && y1.is_none() {
                    return None;
                }
                Some(Spec::Range(
                    Box::new(Spec::Month { y: y1, m: m1 }),
                    Box::new(Spec::Month { y: y2, m: m2 }),
                ))
            }
        ),
        // weekdays joined: `de lundi à mercredi`, `entre mardi et jeudi`,
        // `dans la nuit de lundi à mardi`. Not `du lundi au vendredi`: the
        // definite article makes a weekday habitual (`le lundi`)
        rule!(
            "weekday-range",
            format!(
                r"(?:(?P<night>nuit)\s+)?(?P<intro>de|depuis|entre|du)\s+(?P<w1>{wd_full})(?:\s+(?:{day_parts}))?\s+(?P<conn>à|au|et|jusqu'à)\s+(?P<w2>{wd_full})(?:\s+(?:{day_parts}))?(?:\s+(?P<dir>{last}|{next}))?"
            ),
            |c, _, _| {
                let (intro, conn) = (fold(g(c, "intro")?), fold(g(c, "conn")?));
                let entre = intro == "entre";
                if entre != (conn == "et") || (intro == "du") != (conn == "au") {
                    return None;
                }
                let (w1, w2) = (
                    lexicon().weekday(g(c, "w1")?)?,
                    lexicon().weekday(g(c, "w2")?)?,
                );
                if w1 == w2 {
                    return None;
                }
                // `dans la nuit du samedi au dimanche`: one night, the two
                // days it joins (the article is no habit here); `du lundi au
                // vendredi` without `nuit` stays habitual
                if intro == "du" && (g(c, "night").is_none() || w2 != (w1 + 1) % 7) {
                    return None;
                }
                let span = Spec::Range(
                    Box::new(Spec::Weekday {
                        wd: w1,
                        mode: WdMode::Bare,
                    }),
                    Box::new(Spec::Weekday {
                        wd: w2,
                        mode: WdMode::Bare,
                    }),
                );
                // `de lundi à mercredi prochain`: the whole span after now
                toward(g(c, "dir"), span)
            }
        ),
        // `trois jours avant le 14 février`, `une semaine après le 5 mars
        // 2019`: a day counted from a date (days and weeks: a day)
        rule!(
            "duration-from-date",
            format!(
                r"(?P<n>{num})\s+(?P<u>{units})\s+(?P<dir>avant|après)\s+(?:(?:le\s+)?(?:(?P<wd>{wd})\s+)?(?P<d>{day})\s+(?P<m>{mona})(?:\s+(?P<y>\d{{4}}))?|(?:la\s+|l'|le\s+)?(?P<h>{holidays})(?:\s+(?P<hy>\d{{4}}))?)"
            ),
            |c, t, e| {
                let days = match unit(c)? {
                    Unit::Day => count(c)?,
                    Unit::Week => count(c)?.checked_mul(7)?,
                    _ => return None,
                };
                let sign = if fold(g(c, "dir")?) == "avant" { -1 } else { 1 };
                // `une semaine avant Noël`, `trois jours après la Toussaint`
                if let Some(h) = c.name("h") {
                    if !feast_read(t, h) {
                        return None;
                    }
                    let hy = g(c, "hy");
                    let day = holiday_day_in(g(c, "h")?, hy)?;
                    return Some(Spec::Shift(sign * days, Box::new(day)));
                }
                let y = match g(c, "y") {
                    Some(y) => Some(year4(y)?),
                    None if year_like_follows(t, e) => return None,
                    None => None,
                };
                Some(Spec::Shift(sign * days, Box::new(date(c, "d", "m", y)?)))
            }
        ),
        // the week-end, Friday evening to Sunday as Duckling has it (read at
        // the day: Friday to Sunday): `ce week-end`, `le week-end dernier`,
        // `le week-end prochain`. `le week-end` alone is habitual
        rule!(
            "weekend",
            format!(
                r"(?P<art>ce|le|du|au)\s+(?:week-?end|week\s+end)(?:\s+(?P<dir>{last}|{next}))?"
            ),
            |c, _, _| {
                let art = fold(g(c, "art")?);
                let weekend = |mode| {
                    Spec::Range(
                        Box::new(Spec::Weekday {
                            wd: 4,
                            mode: WdMode::Bare,
                        }),
                        Box::new(Spec::Weekday { wd: 6, mode }),
                    )
                };
                match g(c, "dir") {
                    // the whole week-end before (after) the day of writing
                    Some(d) => Some(Spec::Toward {
                        dir: deictic_direction(d)?,
                        inner: Box::new(weekend(WdMode::Bare)),
                    }),
                    None if art == "ce" => Some(weekend(WdMode::This)),
                    None => None,
                }
            }
        ),
        // `le week-end du 16 mars`, `ce week-end du 1er décembre 2019`: the
        // week-end (Friday to Sunday) of the week holding that day
        rule!(
            "weekend-of",
            format!(
                r"(?:le|ce|du|au|pendant\s+le|lors\s+du)\s+(?:week-?end|week\s+end)\s+du\s+(?P<d>{day})\s+(?P<m>{mona})(?:\s+(?P<y>\d{{4}}))?"
            ),
            |c, t, e| {
                let y = match g(c, "y") {
                    Some(y) => Some(year_any(y, t, e)?),
                    None => None,
                };
                let week = Spec::WeekOf(Box::new(date(c, "d", "m", y)?));
                let day = |n| Spec::Nth {
                    n,
                    of: NthOf::Day,
                    inner: Box::new(week.clone()),
                };
                Some(Spec::Range(Box::new(day(5)), Box::new(day(7))))
            }
        ),
        // `la nuit dernière`, `la nuit passée`: the night ending on the day
        // of writing, its two days (as `dans la nuit de lundi à mardi`)
        rule!(
            "last-night",
            r"(?:la|dans\s+la|durant\s+la|pendant\s+la|au\s+cours\s+de\s+la)\s+nuit\s+(?:dernière|passée)",
            |_, _, _| {
                Some(Spec::Range(
                    Box::new(Spec::DayOffset(-1)),
                    Box::new(Spec::DayOffset(0)),
                ))
            }
        ),
        // `le premier week-end de mars`, `le dernier week-end de l'année`:
        // the week-end of the n-th Saturday of the period
        rule!(
            "ordinal-weekend",
            format!(
                r"(?:(?:le|au|du|lors\s+du|pendant\s+le)\s+)?(?P<o>{ordinals})\s+(?:week-?end|week\s+end)\s+(?:(?:du|de|d'|en)\s*){period}"
            ),
            |c, _, _| {
                let saturday = Spec::Nth {
                    n: lexicon().ordinal(g(c, "o")?)?,
                    of: NthOf::Weekday(5),
                    inner: Box::new(period_spec(c)?),
                };
                Some(Spec::Range(
                    Box::new(Spec::Shift(-1, Box::new(saturday.clone()))),
                    Box::new(Spec::Shift(1, Box::new(saturday))),
                ))
            }
        ),
        // `le 5 du mois`, `le 12 du mois prochain`, `le 3 de ce mois`: the
        // n-th day of a month counted from the day of writing
        rule!(
            "day-of-relative-month",
            format!(
                r"(?:le|du|au)\s+(?P<d>{day})\s+(?:(?:du|de\s+ce)\s+mois(?:\s+(?P<dir>{last}|{next}))?|(?P<cur>courant))"
            ),
            |c, t, e| {
                // `le 12 courant` (administrative French: `courant` after a
                // day number is the month in course), not `le 3 courant
                // alternatif`
                if g(c, "cur").is_some() && followed_by_word(t, e) && !ends_clause(t, e) {
                    return None;
                }
                // `le 5 du mois de mars` is `day-month`'s
                let rest = fold(window_after(t, e, VETO_BYTES));
                if g(c, "dir").is_none() && (rest.starts_with("de ") || rest.starts_with("d'")) {
                    return None;
                }
                let offset = match g(c, "dir") {
                    Some(d) => deictic_direction(d)?,
                    None => 0,
                };
                Some(Spec::Nth {
                    n: i64::from(parse_day(g(c, "d")?)?),
                    of: NthOf::Day,
                    inner: Box::new(Spec::Period {
                        unit: Unit::Month,
                        offset,
                    }),
                })
            }
        ),
        // decades: `les années 1990`, `les années 2000`, `les années 80`
        // (two digits: 30 to 90, of the 1900s), `la décennie 2010`, `la
        // décennie des années 2000` (the ten years from a year ending in 0;
        // `la décennie 2011-2020` names no such decade and is left)
        rule!(
            "decade",
            r"(?:(?:(?:les|des|aux|dans\s+les|depuis\s+les)\s+|(?:(?:au|à\s+la|en|dès\s+le|dès\s+la|depuis\s+le|depuis\s+la|jusqu'à\s+la)\s+)?(?P<p>début|milieu|fin|mi)[\s-]*des\s+|(?:(?:la|dans\s+la|de\s+la|pendant\s+la|durant\s+la|au\s+cours\s+de\s+la)\s+)?(?P<half>(?:première|1re|1ère|1ʳᵉ|seconde|deuxième|2e|2de|2nde|2ᵉ))\s+moitié\s+des\s+)?années|(?:(?:la|dans\s+la|de\s+la|pendant\s+la|durant\s+la|au\s+cours\s+de\s+la|sur\s+la)\s+)?décennie(?:\s+des\s+années)?)\s+(?P<y>\d{4}|[3-9]0|(?P<w>soixante[\s-]dix|quatre[\s-]vingts?[\s-]dix|quatre[\s-]vingts?|trente|quarante|cinquante|soixante|septante|nonante))",
            |c, t, e| {
                let s = g(c, "y")?;
                // `les années soixante-dix`: the tens in words, of the 1900s
                // as the two-digit forms (`vingt` left, as `20`)
                let y = if let Some(w) = g(c, "w") {
                    let w = fold(w).replace(['-', ' '], "");
                    let tens = match w.trim_end_matches("dix") {
                        "trente" => 3,
                        "quarante" => 4,
                        "cinquante" => 5,
                        "soixante" | "septante" => 6,
                        "quatrevingt" | "quatrevingts" | "nonante" => 8,
                        _ => return None,
                    };
                    let tens =
                        tens + i32::from(w.ends_with("dix") || w == "septante" || w == "nonante");
                    1900 + 10 * tens
                } else if s.len() == 2 {
                    1900 + s.parse::<i32>().ok()?
                } else {
                    year4(s)?
                };
                if y % 10 != 0
                    || glued_number(t, c.get(0)?.start(), e)
                    || followed_digit(t, e)
                    || year_like_follows(t, e)
                {
                    return None;
                }
                // `au début des années 2000`, `à la fin des années 1990`: its
                // years 0–3, 4–6 or 7–9
                let (first, last) = match g(c, "p").map(fold).as_deref() {
                    // `la seconde moitié des années 1990`: its five years
                    _ if g(c, "half").is_some_and(first_half) => (0, 4),
                    _ if g(c, "half").is_some() => (5, 9),
                    Some("debut") => (0, 3),
                    Some("milieu" | "mi") => (4, 6),
                    Some("fin") => (7, 9),
                    _ => (0, 9),
                };
                Some(Spec::Range(
                    Box::new(Spec::Year(y + first)),
                    Box::new(Spec::Year(y + last)),
                ))
            }
        ),
        // centuries: `au XXe siècle`, `le XVIIIe siècle`, `au 21e siècle`,
        // `au début du XXIe siècle`, `à la fin du XIXe siècle`: the n-th
        // hundred years in the strict count (the XXe is 1901–2000); its
        // début, milieu, fin its thirds (as the decade's parts are)
        rule!(
            "century",
            r"(?:(?:(?:au|à\s+la|en|dès\s+le|dès\s+la|depuis\s+le|depuis\s+la|jusqu'à\s+la)\s+)?(?P<p>début|milieu|fin|mi)[\s-]*du\s+|(?:(?:la|dans\s+la|de\s+la|pendant\s+la|durant\s+la|au\s+cours\s+de\s+la)\s+)?(?P<half>(?:première|1re|1ère|1ʳᵉ|seconde|deuxième|2e|2de|2nde|2ᵉ))\s+moitié\s+du\s+)?(?P<n>[ivxl]{1,6}|\d{1,2})(?:e|ème|eme|ᵉ)\s+siècle",
            |c, t, e| {
                let n = century_number(g(c, "n")?)?;
                if !(1..=22).contains(&n) || followed_digit(t, e) {
                    return None;
                }
                let first = 100 * (n - 1) + 1;
                // `la seconde moitié du XXe siècle`: its fifty years
                if let Some(h) = g(c, "half") {
                    let a = first + 50 * i32::from(!first_half(h));
                    return Some(Spec::Range(
                        Box::new(Spec::Year(a)),
                        Box::new(Spec::Year(a + 49)),
                    ));
                }
                let (a, b) = match g(c, "p").map(fold).as_deref() {
                    Some("debut") => (first, first + 32),
                    Some("milieu" | "mi") => (first + 33, first + 65),
                    Some("fin") => (first + 66, first + 99),
                    _ => (first, first + 99),
                };
                Some(Spec::Range(
                    Box::new(Spec::Year(a)),
                    Box::new(Spec::Year(b)),
                ))
            }
        ),
        // `des années 1960 aux années 1980`, `entre les années 1950 et
        // 1970`: from the first decade's first year to the second's last
        rule!(
            "decade-range",
            r"(?:des|entre\s+les)\s+années\s+(?P<a>\d{4}|[3-9]0)\s+(?:aux\s+années|à|et(?:\s+les\s+années)?)\s+(?P<b>\d{4}|[3-9]0)",
            |c, t, e| {
                let decade = |s: &str| match s.len() {
                    2 => s.parse::<i32>().ok().map(|v| 1900 + v),
                    _ => year4(s),
                };
                let (a, b) = (decade(g(c, "a")?)?, decade(g(c, "b")?)?);
                if a % 10 != 0 || b % 10 != 0 || a >= b || followed_digit(t, e) {
                    return None;
                }
                Some(Spec::Range(
                    Box::new(Spec::Year(a)),
                    Box::new(Spec::Year(b + 9)),
                ))
            }
        ),
        // `du XVIIIe au XXe siècle`, `entre le XIXe et le XXe siècle`: from
        // the first century's first year to the second's last
        rule!(
            "century-range",
            r"(?:du|entre\s+le)\s+(?P<a>[ivxl]{1,6}|\d{1,2})(?:e|ème|eme|ᵉ)(?:\s+siècle)?\s+(?:au|et\s+le)\s+(?P<b>[ivxl]{1,6}|\d{1,2})(?:e|ème|eme|ᵉ)\s+siècles?",
            |c, t, e| {
                let (a, b) = (century_number(g(c, "a")?)?, century_number(g(c, "b")?)?);
                if !(1..=22).contains(&a)
                    || !(1..=22).contains(&b)
                    || a >= b
                    || followed_digit(t, e)
                {
                    return None;
                }
                Some(Spec::Range(
                    Box::new(Spec::Year(100 * (a - 1) + 1)),
                    Box::new(Spec::Year(100 * b)),
                ))
            }
        ),
        rule!(
            "day-month-year",
            format!(
                r"(?:(?P<wd>{wd})\s+)?(?P<d>{day})\s+(?P<m>{mona})\s+(?:(?P<y>\d{{4}}|'?\d{{2}})|(?P<yw>{yw}))"
            ),
            |c, t, e| {
                let y = match g(c, "y") {
                    Some(y) => year_any(y, t, e)?,
                    None => year_words(c, t, e)?,
                };
                date(c, "d", "m", Some(y))
            }
        ),
        rule!(
            "day-month",
            format!(r"(?:(?P<wd>{wd})\s+)?(?P<d>{day})\s+(?P<m>{mona})"),
            |c, t, e| {
                // `le 12 mars 99999`, `12 mars 2500`: a year newsx does not
                // take makes the whole date unreadable, not a date of this year
                if year_like_follows(t, e) {
                    return None;
                }
                date(c, "d", "m", None)
            }
        ),
        rule!(
            "weekday-day",
            // `ce mardi 19`: the demonstrative names the same day as
            // `mardi 19` (not `ce mardi` then a number)
            format!(r"(?:ce\s+)?(?P<wd>{wd})\s+(?P<d>1er|1ᵉʳ|\d{{1,2}})"),
            |c, t, e| {
                // `lundi 18/03` is `numeric-day-month`'s
                if followed_by_word(t, e) || glued_number(t, c.get(0)?.start(), e) {
                    return None;
                }
                date(c, "d", "m", None)
            }
        ),
        rule!(
            "day-month-range",
            format!(
                r"(?:(?P<intro>du|entre\s+le|entre|les|des)\s+)?(?:{wd}\s+)?(?P<d1>{day})(?:\s+(?P<m1>{mona})(?:\s+(?P<y1>\d{{4}}))?)?(?:\s*[-–]\s*|\s+(?P<conn>au|et|ou|à|jusqu'au)\s+)(?:le\s+)?(?:(?P<wd>{wd})\s+)?(?P<d2>{day})\s+(?P<m2>{mona})(?:\s+(?P<y2>\d{{4}}))?"
            ),
            |c, _, _| {
                // `le 18 juin et le 22 novembre`, `le 3 mai ou le 5 juin`: two
                // dates, not a range; `le 16 ou le 17 février` is one of the
                // days between
                let list = g(c, "conn").is_some_and(|w| fold(w) == "et" || fold(w) == "ou")
                    && !g(c, "intro").is_some_and(|w| fold(w).starts_with("entre"));
                if list && g(c, "m1").is_some() {
                    return None;
                }
                let d1 = parse_day(g(c, "d1")?)?;
                let m1 = month(c, "m1");
                let y1 = g(c, "y1").and_then(year4);
                // `du 5 mars 2014 au 8 avril`: the end is the first such day
                // after the start
                let y2 = g(c, "y2").and_then(year4).or_else(|| {
                    let (y1, m1) = (y1?, m1?);
                    let later = (month(c, "m2")?, parse_day(g(c, "d2")?)?) > (m1, d1);
                    Some(if later { y1 } else { y1 + 1 })
                });
                let y1 = y1.or(y2.filter(|_| g(c, "m1").is_none()));
                let b = date(c, "d2", "m2", y2)?;
                if let (None, Spec::Date { d, .. }) = (m1, &b) {
                    // `du 30 au 2 juillet`: a first day above the second
                    // starts in the month before the one named, for a span
                    // of about two weeks at most (the first day 18 or more
                    // above the second: `du 18 au 13 juin` is a slip, not
                    // 26 days), and only with `au` (`les 30 et 2 juillet`
                    // is no range)
                    let to = g(c, "conn").map(fold);
                    let wraps = d1 >= *d + 18 && matches!(to.as_deref(), Some("au" | "jusqu'au"));
                    if d1 >= *d && !wraps {
                        return None;
                    }
                }
                let a = Spec::Date {
                    y: y1,
                    m: m1,
                    d: d1,
                    wd: None,
                };
                Some(Spec::Range(Box::new(a), Box::new(b)))
            }
        ),
        rule!(
            "day-range",
            format!(
                r"(?:(?P<intro>du|entre\s+le)\s+)?(?:(?P<wd1>{wd})\s+)?(?P<d1>{day})\s+(?:au|jusqu'au|et\s+le)\s+(?:(?P<wd>{wd})\s+)?(?P<d2>{day})"
            ),
            |c, t, e| {
                // `mardi 13 au jeudi 15`: without `du`, a weekday on both sides
                let named = g(c, "wd1").is_some() && g(c, "wd").is_some();
                if followed_by_word(t, e) || (g(c, "intro").is_none() && !named) {
                    return None;
                }
                let d1 = parse_day(g(c, "d1")?)?;
                let d2 = parse_day(g(c, "d2")?)?;
                if d1 >= d2 {
                    return None;
                }
                let a = Spec::Date {
                    y: None,
                    m: None,
                    d: d1,
                    wd: None,
                };
                let b = Spec::Date {
                    y: None,
                    m: None,
                    d: d2,
                    wd: g(c, "wd").and_then(|w| lexicon().weekday(w)),
                };
                Some(Spec::Range(Box::new(a), Box::new(b)))
            }
        ),
        rule!(
            "month-year",
            // the preposition is part of the match so that `depuis juillet
            // 2000` is not read as `depuis juillet` (a bare month) + a year
            format!(
                r"(?:(?:en|dès|depuis|jusqu'en|d'ici|avant|après|au mois de|le mois de|pour)\s+)?(?P<m>{mona})\s+(?:(?P<y>\d{{4}})|(?P<yw>{yw}))"
            ),
            |c, t, e| {
                // `sept. 2013`, `janv 2013`, `oct. 1974`: an abbreviation
                // before a year; without its dot not one that is also a
                // number (`sept 2000 personnes`)
                let m = g(c, "m")?;
                // `la mission Mars 2020`, `le rover Mars 2020`: French writes
                // its months in lowercase; a capitalised month right after a
                // word, with no preposition before it, names something else
                // (a planet, a mission, a brand). After a preposition (`en
                // Mars 2020`) or opening a sentence it stays a month.
                let start = c.get(0)?.start();
                let named = c.name("m").is_some_and(|x| x.start() == start)
                    && m.chars().next().is_some_and(char::is_uppercase)
                    && m.chars().skip(1).any(char::is_lowercase)
                    && t[..start]
                        .trim_end_matches([' ', '\u{a0}'])
                        .ends_with(char::is_alphabetic);
                if named
                    || counted_noun_follows(t, e)
                    || (!m.ends_with('.')
                        && lexicon().is_month_abbrev(m)
                        && numbers::parse(m).is_some())
                {
                    return None;
                }
                let y = match g(c, "y") {
                    Some(y) => year4(y)?,
                    None => year_words(c, t, e)?,
                };
                Some(Spec::Month {
                    y: Some(y),
                    m: month(c, "m")?,
                })
            }
        ),
        // part of a period: {début, mi, milieu, fin, courant, quinzaines,
        // moitiés} × {semaine, mois, mois de <mois>, <mois> [année],
        // trimestre, année, <année>}, with or without `en`, `au`, `à la`
        rule!(
            "part-of-period",
            format!(
                r"(?:(?P<since>depuis\s+le)\s+|(?:en|au|à\s+la|dès\s+le|dès\s+la|vers\s+la|pour\s+la|dans\s+la|depuis\s+la|jusqu'à\s+la|les|dans\s+les|durant\s+les|pendant\s+les|aux|depuis\s+les|dès\s+les)\s+)?(?P<p>{parts})[\s-]*(?:(?P<of>du|de|d')\s*)?(?:{period}|(?P<season_art>l'|cet\s+|cette\s+|ce\s+)?(?P<season>{seasons})(?:\s+(?P<season_y>\d{{4}})|\s+(?P<season_dir>{last}|{next}))?)"
            ),
            |c, t, e| {
                let part = PartKind::parse(lexicon().part(g(c, "p")?)?)?;
                // `à la fin de l'été`, `au début de l'hiver dernier`: its
                // first, second or last month
                if let Some(s) = g(c, "season") {
                    // `fin d'été`, `début du printemps`: without an article
                    // only right after `de` (`le courant été` is no date)
                    let part_word = fold(g(c, "p")?);
                    if part_word == "mi"
                        || (g(c, "season_art").is_none()
                            && (g(c, "of").is_none() || part_word == "courant"))
                    {
                        return None;
                    }
                    let (first, last) = lexicon().season(s)?;
                    let y = match g(c, "season_y") {
                        Some(y) => Some(year4(y)?),
                        None => None,
                    };
                    let season = toward(g(c, "season_dir"), Spec::Season { first, last, y })?;
                    if g(c, "since").is_some() && part == PartKind::Early {
                        return Some(since_start(season));
                    }
                    return Some(Spec::Part {
                        part,
                        inner: Box::new(season),
                    });
                }
                // `mi` stands only glued or hyphened to its period (`mi-juin`)
                // (and `la mi-année`, `à la mi-mois`: the bare noun hyphened)
                let bare_noun = g(c, "of").is_none()
                    && ["pwk", "pmo", "pyr", "pq"].iter().any(|k| {
                        g(c, k).is_some_and(|w| {
                            matches!(fold(w).as_str(), "semaine" | "mois" | "annee" | "trimestre")
                        })
                    });
                if fold(g(c, "p")?) == "mi"
                    && g(c, "mon").is_none()
                    && g(c, "py").is_none()
                    && !bare_noun
                {
                    return None;
                }
                if g(c, "py").is_some() && counted_noun_follows(t, e) {
                    return None;
                }
                let inner = period_spec(c)?;
                // `depuis le début de l'année`: from its first day to the day
                // of writing (the state holds since then, as `depuis 18 mois`)
                if g(c, "since").is_some() && part == PartKind::Early {
                    return Some(since_start(inner));
                }
                Some(Spec::Part {
                    part,
                    inner: Box::new(inner),
                })
            }
        ),
        // ordinal in a period: {premier … dixième, dernier, 1er, 3e, 3ème}
        // × {jour, semaine, <jour de la semaine>} × a period
        rule!(
            "ordinal-in-period",
            format!(
                r"(?:(?:le|la|au|du|lors\s+du|lors\s+de\s+la|pendant\s+la|dans\s+la|dès\s+le|dès\s+la)\s+)?(?P<o>{ordinals})\s+(?:(?P<uj>jour|journée)|(?P<us>semaine)|(?P<wd>{wd}))\s+(?:(?:du|de|d'|en)\s*){period}"
            ),
            |c, _, _| {
                let n = lexicon().ordinal(g(c, "o")?)?;
                let of = if g(c, "uj").is_some() {
                    NthOf::Day
                } else if g(c, "us").is_some() {
                    NthOf::Week
                } else {
                    NthOf::Weekday(lexicon().weekday(g(c, "wd")?)?)
                };
                Some(Spec::Nth {
                    n,
                    of,
                    inner: Box::new(period_spec(c)?),
                })
            }
        ),
        // the first or last N days, weeks or months of a period (`les six
        // premiers mois de 2014`, `les trois derniers jours de mars`,
        // `les deux premières semaines de juin`): from its first (last)
        // unit to its N-th, counted as `ordinal-in-period` counts one
        rule!(
            "counted-in-period",
            format!(
                r"(?:(?:les|des|aux|dans\s+les|durant\s+les|pendant\s+les|sur\s+les|au\s+cours\s+des|lors\s+des)\s+)?(?P<n>{num})\s+(?P<fl>premiers|premières|premieres|derniers|dernières|dernieres)\s+(?:(?P<uj>jours)|(?P<us>semaines)|(?P<um>mois))\s+(?:(?:du|de|d')\s*){period}"
            ),
            |c, _, _| {
                let n = numbers::parse(g(c, "n")?).filter(|n| (2..=366).contains(n))?;
                let of = if g(c, "uj").is_some() {
                    NthOf::Day
                } else if g(c, "us").is_some() {
                    NthOf::Week
                } else {
                    NthOf::Month
                };
                let inner = period_spec(c)?;
                // months count inside a quarter, a season or a year only
                if of == NthOf::Month
                    && !matches!(
                        inner,
                        Spec::Year(_)
                            | Spec::Period {
                                unit: Unit::Year | Unit::Quarter,
                                ..
                            }
                    )
                {
                    return None;
                }
                let (first, last) = if fold(g(c, "fl")?).starts_with("premi") {
                    (1, n)
                } else {
                    (-n, -1)
                };
                let nth = |n| {
                    Box::new(Spec::Nth {
                        n,
                        of,
                        inner: Box::new(inner.clone()),
                    })
                };
                Some(Spec::Range(nth(first), nth(last)))
            }
        ),
        rule!(
            "month-relative",
            // the direction agrees with the month, masculine (`mars
            // prochain`; `mars, prochaine étape` is no date)
            format!(r"(?:en\s+)?(?P<m>{mon})\s+(?P<dir>{})", month_directions()),
            |c, _, _| {
                let dir = if lexicon().is_last(g(c, "dir")?) {
                    -1
                } else {
                    1
                };
                Some(Spec::MonthRel {
                    m: month(c, "m")?,
                    dir,
                })
            }
        ),
        rule!(
            "month-by-tense",
            format!(
                r"(?:(?P<prep>en|dès|depuis|jusqu'en|d'ici|avant|après|au mois de|le mois de|pour)\s+)?(?P<m>{mon})"
            ),
            |c, t, e| {
                let m = g(c, "m")?;
                if year_like_follows(t, e) {
                    return None;
                }
                // `Mai`, `Mars` capitalised without a preposition: a name, a planet
                if g(c, "prep").is_none() && m.chars().next().is_some_and(char::is_uppercase) {
                    return None;
                }
                Some(Spec::Month {
                    y: None,
                    m: month(c, "m")?,
                })
            }
        ),
        rule!(
            "year-range",
            r"(?:de|entre)\s+(?P<a>\d{4})\s+(?:à|et|jusqu'à|jusqu'en)\s+(?P<b>\d{4})",
            |c, _, _| {
                let (a, b) = (year4(g(c, "a")?)?, year4(g(c, "b")?)?);
                (a < b).then(|| Spec::Range(Box::new(Spec::Year(a)), Box::new(Spec::Year(b))))
            }
        ),
        // `la guerre de 1939-45`, `1950-1953`, `la saison 2023-24`: years
        // joined by a dash; a two-digit end is a year only after the
        // start's (`1939-45`) and past 12 (`2024-03` is March, `2011-12`
        // may be December: left out); no date follows (`2024-03-07`)
        rule!(
            "year-span",
            // `l'année 2013-2014`: the article's year is the span's
            r"(?:l'année\s+)?(?P<a>\d{4})\s?[-–]\s?(?P<b>\d{4}|\d{2})",
            |c, t, e| {
                let whole = c.get(0)?;
                let before = t[..whole.start()].chars().next_back();
                if before.is_some_and(|ch| ch.is_ascii_digit() || "-–/.".contains(ch)) {
                    return None;
                }
                let after = t[e..].chars().next();
                if after.is_some_and(|ch| ch.is_ascii_digit() || "-–/.".contains(ch))
                    && !ends_clause(t, e)
                {
                    return None;
                }
                let a = year4(g(c, "a")?)?;
                let b = g(c, "b")?;
                let b = if b.len() == 2 {
                    let short: i32 = b.parse().ok()?;
                    if short <= 12 || short <= a % 100 {
                        return None;
                    }
                    a - a % 100 + short
                } else {
                    year4(b)?
                };
                (a < b && b - a <= 100)
                    .then(|| Spec::Range(Box::new(Spec::Year(a)), Box::new(Spec::Year(b))))
            }
        ),
        rule!(
            "year",
            format!(
                r"(?:{}|(?:(?:de|sur|pour|dans|durant|pendant)\s+)?{})\s*(?:(?P<y>\d{{4}})|(?P<yw>{yw}))",
                alternation([
                    "en",
                    "depuis",
                    "dès",
                    "l'année",
                    "l'an",
                    "année",
                    "avant",
                    "après",
                    "jusqu'en",
                    "d'ici",
                    "d'ici à",
                    "à l'horizon",
                    "en l'an",
                    "à partir de",
                    "à compter de",
                    "depuis l'an"
                ]),
                // none listed: no alternative (an empty one would match
                // every four-digit number)
                if l.year_nouns.is_empty() {
                    r"[^\s\S]".to_string()
                } else {
                    words(&l.year_nouns)
                }
            ),
            |c, t, e| {
                // `en 2019`, not `depuis 2000 km`: a number followed by a counted noun
                if counted_noun_follows(t, e) {
                    return None;
                }
                if g(c, "y").is_none() {
                    // `l'an mil`: a thousand alone is a year only after `an`
                    let whole = fold(c.get(0)?.as_str());
                    let bare = matches!(fold(g(c, "yw")?).as_str(), "mil" | "mille");
                    let an = whole.contains("l'an") || whole.contains("l\u{2019}an");
                    if bare && !an {
                        return None;
                    }
                    return Some(Spec::Year(year_words(c, t, e)?));
                }
                Some(Spec::Year(year4(g(c, "y")?)?))
            }
        ),
        rule!(
            "season",
            format!(
                r"(?:(?P<pre>l'|en|cet|cette|ce|le|au|à l'|de l')\s*(?P<s>{seasons})(?:\s+(?P<y>\d{{4}})|\s+(?P<dir>{last}|{next}))?|(?P<s2>{seasons})\s+(?P<y2>\d{{4}}))"
            ),
            |c, _, _| {
                // `le printemps` alone is any spring; `le printemps dernier` one
                let bare_le = g(c, "pre").is_some_and(|p| fold(p) == "le");
                if bare_le && g(c, "y").is_none() && g(c, "dir").is_none() {
                    return None;
                }
                let (first, last) = lexicon().season(g(c, "s").or(g(c, "s2"))?)?;
                let y = g(c, "y").or(g(c, "y2")).and_then(year4);
                let season = Spec::Season { first, last, y };
                // `l'hiver dernier`, `l'été prochain`: wholly before (after) now
                toward(g(c, "dir"), season)
            }
        ),
        rule!(
            "day-word-range",
            format!(r"(?P<a>{day_words})\s+(?:et|ou|à)\s+(?P<b>{day_words})"),
            |c, _, _| {
                let a = lexicon().day_word(g(c, "a")?)?;
                let b = lexicon().day_word(g(c, "b")?)?;
                (a < b).then(|| {
                    Spec::Range(Box::new(Spec::DayOffset(a)), Box::new(Spec::DayOffset(b)))
                })
            }
        ),
        rule!(
            "day-word",
            format!(r"(?P<w>{day_words})(?:\s+{day_part})?"),
            |c, _, _| Some(Spec::DayOffset(lexicon().day_word(g(c, "w")?)?))
        ),
        rule!(
            "this-day-part",
            format!(r"(?:ce|cet|cette)\s+(?:{day_parts})"),
            |_, _, _| Some(Spec::DayOffset(0))
        ),
        rule!(
            "weekday-relative",
            format!(
                r"(?P<wd>{wd_full})(?:\s+{day_part})?\s+(?P<mod>{last}|{next}|en\s+(?:huit|8|quinze|15)|(?:de\s+)?(?:la\s+semaine|cette\s+semaine)(?:\s+(?P<w>{last}|{next}))?)"
            ),
            |c, _, _| {
                let wd = lexicon().weekday(g(c, "wd")?)?;
                let m = fold(g(c, "mod")?);
                let mode = if m.starts_with("en ") {
                    let fortnight = m.ends_with("quinze") || m.ends_with("15");
                    WdMode::Ahead(if fortnight { 2 } else { 1 })
                } else if m.contains("semaine") {
                    match g(c, "w") {
                        Some(w) if lexicon().is_last(w) => WdMode::Week(-1),
                        Some(_) => WdMode::Week(1),
                        None if m.contains("cette") => WdMode::Week(0),
                        None => return None,
                    }
                } else if lexicon().is_last(&m) {
                    WdMode::Last
                } else if m.starts_with("prochain") || m.starts_with("a venir") || m == "qui vient"
                {
                    WdMode::Next
                } else {
                    // `mercredi suivant`, `mercredi d'après`: the one after
                    // the coming one, as `en huit`
                    WdMode::Ahead(1)
                };
                Some(Spec::Weekday { wd, mode })
            }
        ),
        rule!(
            "weekday-this",
            format!(r"ce\s+(?P<wd>{wd_full})(?:\s+{day_part})?"),
            |c, _, _| Some(Spec::Weekday {
                wd: lexicon().weekday(g(c, "wd")?)?,
                mode: WdMode::This
            })
        ),
        rule!(
            "weekday-by-tense",
            format!(r"(?P<wd>{wd_full})(?:\s+{day_part})?"),
            |c, _, _| Some(Spec::Weekday {
                wd: lexicon().weekday(g(c, "wd")?)?,
                mode: WdMode::Bare
            })
        ),
        rule!(
            "set-weekday",
            format!(r"(?:tous\s+les|chaque)\s+(?P<wd>{wd_full})s?"),
            |c, _, _| Some(Spec::SetWeekday(lexicon().weekday(g(c, "wd")?)?))
        ),
        rule!(
            // `plus tôt ce mois-ci`, `plus tard dans la semaine`: the part of
            // the current period before (after) the day of writing, without
            // that day; none when the day opens (closes) the period
            "earlier-later-this-period",
            format!(
                r"plus\s+(?P<w>tôt|tard)\s+(?:(?:cette|ce|cet)\s+(?P<u>{units})(?:-ci|-là)?|dans\s+(?:la|le|l')\s*(?P<u2>{units}))",
                units = alternation(["semaine", "mois", "année"])
            ),
            |c, _, _| {
                let u = Unit::parse(lexicon().unit(g(c, "u").or(g(c, "u2"))?)?)?;
                let period = Spec::Period { unit: u, offset: 0 };
                Some(if fold(g(c, "w")?) == "tot" {
                    Spec::Range(Box::new(period), Box::new(Spec::DayOffset(-1)))
                } else {
                    Spec::Range(Box::new(Spec::DayOffset(1)), Box::new(period))
                })
            }
        ),
        rule!(
            "relative-period",
            format!(
                r"(?:(?P<art>la|le|l'|cette|ce|cet)\s*)?(?P<u>{})(?:\s+(?P<dir>{last}|{next})|\s+(?P<current>en\s+cours|courante?))?",
                alternation([
                    "semaine",
                    "mois",
                    "an",
                    "année",
                    "trimestre",
                    "semestre",
                    "siècle"
                ])
            ),
            |c, _, _| {
                let u = Unit::parse(lexicon().unit(g(c, "u")?)?)?;
                // `l'année en cours`, `le mois courant`: the one of the day
                // of writing
                if g(c, "current").is_some() {
                    return g(c, "art")
                        .is_some()
                        .then_some(Spec::Period { unit: u, offset: 0 });
                }
                // without an article (`au cours du mois dernier`, `semaine
                // prochaine`) only a direction from the day of writing
                let Some(art) = g(c, "art").map(fold) else {
                    let dir = deictic_direction(g(c, "dir")?)?;
                    return Some(Spec::Period {
                        unit: u,
                        offset: dir,
                    });
                };
                let offset = match g(c, "dir") {
                    Some(d) if lexicon().is_last(d) => -1,
                    Some(_) => 1,
                    None if art.starts_with('c') => 0,
                    None => return None,
                };
                Some(Spec::Period { unit: u, offset })
            }
        ),
        rule!("work-week", r"en\s+semaine", |_, _, _| Some(Spec::WorkWeek)),
        rule!(
            "week-of",
            format!(
                r"la\s+semaine\s+du\s+(?:(?P<wd>{wd})\s+)?(?P<d>{day})(?:\s+(?P<m>{mona})(?:\s+(?P<y>\d{{4}}))?)?"
            ),
            |c, t, e| {
                // `la semaine du lundi 18`, `la semaine du 18.`: without a
                // month, the day must end its clause (as `le 18`)
                if g(c, "m").is_none() && !ends_clause(t, e) {
                    return None;
                }
                let y = g(c, "y").and_then(year4);
                // a week is named by its first day: `la semaine du dimanche
                // 6 octobre` counts from that Sunday, and its Monday-to-Sunday
                // week is the one after (as Duckling reads it). The week
                // holding the day after the one named is that week for a
                // Sunday and the day's own week for any other day.
                let day = date(c, "d", "m", y)?;
                Some(Spec::WeekOf(Box::new(Spec::Shift(1, Box::new(day)))))
            }
        ),
        rule!(
            "ago",
            format!(
                r"(?P<head>il\s+y\s+a|voilà|voici|(?:cela|ça)\s+fait)\s+(?:(?:{adverbs})\s+)?(?:(?P<q>(?:un\s+peu\s+|pas\s+)?(?:plus|moins)\s+(?:de\s+|d')|près\s+(?:de\s+|d')|environ\s+|presque\s+|au\s+moins\s+|quelque\s+|bientôt\s+))?(?P<n>{num})(?:\s+(?P<u>{units})|\s?(?P<uh>h))(?P<sum>(?:\s+et\s+{num}\s+{units})+)?"
            ),
            |c, t, e| {
                // `cela fait trois ans que …`: a count of time only before
                // `que` or the end of its clause (`cela fait trois ans de
                // prison` is a length)
                let head = fold(g(c, "head")?);
                if head.ends_with("fait") && !ends_clause(t, e) {
                    let next = fold(window_after(t, e, VETO_BYTES));
                    let word = next.split([' ', '\u{a0}']).next().unwrap_or_default();
                    if !(word == "que" || word.starts_with("qu'")) {
                        return None;
                    }
                }
                let q = g(c, "q").map(fold).unwrap_or_default();
                let q = q.strip_prefix("un peu ").unwrap_or(&q);
                let q = if q.starts_with("pas moins") {
                    "au moins"
                } else {
                    q
                };
                if g(c, "sum").is_some() {
                    if !q.is_empty() {
                        return None;
                    }
                    let whole = c.get(0)?.as_str();
                    return Some(Spec::ShiftSum(duration_sum(whole, -1)?));
                }
                let n = count(c)?;
                let unit = unit(c)?;
                // `il y a un an jour pour jour`, `il y a dix ans, jour pour
                // jour`: exact to the day (a sum read at its finest unit: the
                // zero days make it a day). Read after the match, so that no
                // pattern holds a comma (a separator, see [`Plan`])
                let after = fold(window_after(t, e, 24));
                let exact_day = after
                    .trim_start_matches([',', ' ', '\u{a0}'])
                    .starts_with("jour pour jour");
                if exact_day && q.is_empty() {
                    return Some(Spec::ShiftSum(vec![(-n, unit), (0, Unit::Day)]));
                }
                if q.starts_with("moins") {
                    return Some(Spec::Since { n, unit });
                }
                let more_than = q.starts_with("plus") || q.starts_with("au");
                Some(Spec::Ago { n, unit, more_than })
            }
        ),
        // approximate counts (data/temporal.toml `approximate`): `il y a une
        // dizaine de jours`, `voilà une vingtaine d'années`, `dans une
        // quinzaine de jours`, `d'ici une quinzaine`, `depuis une dizaine
        // d'années`: the count give or take a third of it, never one day
        rule!(
            "approximate",
            format!(
                r"(?P<head>il\s+y\s+a|voilà|voici|dans|d'ici|depuis)\s+(?:(?P<q>plus\s+d'|moins\s+d'|près\s+d'|environ\s+|presque\s+)\s*)?une\s+(?P<a>{approx})(?:\s+(?:de\s+|d')(?P<u>{units}))?",
                approx = alternation(l.approximate.keys().map(String::as_str))
            ),
            |c, _, _| {
                let a = fold(g(c, "a")?);
                let n = *lexicon().approximate.iter().find(|(k, _)| fold(k) == a)?.1;
                let unit = match g(c, "u") {
                    Some(u) => Unit::parse(lexicon().unit(u)?)?,
                    // `d'ici une quinzaine`, `sous huitaine`: days
                    None if n == 8 || n == 15 => Unit::Day,
                    None => return None,
                };
                if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                // give or take a third (rounded): `une dizaine` is 7 to 13
                let k = (n + 1) / 3;
                let q = g(c, "q").map(fold).unwrap_or_default();
                let (lo, hi) = if q.starts_with("plus") {
                    (n, n + 2 * k)
                } else if q.starts_with("moins") {
                    (0, n)
                } else {
                    (n - k, n + k)
                };
                let head = fold(g(c, "head")?);
                let ago = |n| Spec::Ago {
                    n,
                    unit,
                    more_than: false,
                };
                let ahead = |n| Spec::In { n, unit };
                let now = || Box::new(Spec::DayOffset(0));
                Some(if head.starts_with("depuis") {
                    Spec::Since { n: hi, unit }
                } else if head.starts_with("d'ici") || (head == "dans" && lo == 0) {
                    Spec::Range(now(), Box::new(ahead(hi)))
                } else if head == "dans" {
                    Spec::Range(Box::new(ahead(lo)), Box::new(ahead(hi)))
                } else if lo == 0 {
                    Spec::Since { n: hi, unit }
                } else {
                    Spec::Range(Box::new(ago(hi)), Box::new(ago(lo)))
                })
            }
        ),
        rule!(
            "in-n",
            format!(
                r"(?P<w>dans\s+les(?:\s+prochaine?s)?|dans|d'ici|sous)\s+(?:(?:{adverbs})\s+)?(?P<n>{num})(?:\s+(?:(?P<next>prochaine?s)\s+)?(?P<u>{units})|\s?(?P<uh>h))(?P<sum>(?:\s+et\s+{num}\s+{units})+)?"
            ),
            |c, t, e| {
                let w = fold(g(c, "w")?);
                let within = w.starts_with("dans") && w.len() > "dans".len();
                // `prochains` after the count only after `dans les` (`les
                // trois prochains mois`); `dans les 48 heures qui ont suivi`,
                // `dans les trois jours suivant l'attaque` count from a told
                // date, not from the day of writing
                if (g(c, "next").is_some() && !within)
                    || (within && counted_from_event(window_after(t, e, VETO_BYTES * 2)))
                {
                    return None;
                }
                let point = match g(c, "sum") {
                    Some(_) => Spec::ShiftSum(duration_sum(c.get(0)?.as_str(), 1)?),
                    None => Spec::In {
                        n: count(c)?,
                        unit: unit(c)?,
                    },
                };
                // `d'ici trois mois`, `sous 48 heures`, `dans les 48 heures`:
                // from now to then
                if w.starts_with("d'ici") || w == "sous" || within {
                    return Some(Spec::Range(Box::new(Spec::DayOffset(0)), Box::new(point)));
                }
                Some(point)
            }
        ),
        // `sous huitaine`, `sous quinzaine`: the legal delays of eight and
        // fifteen days, from now to their last day (`delays` in
        // data/temporal.toml)
        rule!(
            "delay",
            format!(
                r"sous\s+(?P<w>{})",
                words(&l.delays.keys().cloned().collect::<Vec<_>>())
            ),
            |c, _, _| {
                let n = lexicon().delay(g(c, "w")?)?;
                Some(Spec::Range(
                    Box::new(Spec::DayOffset(0)),
                    Box::new(Spec::In { n, unit: Unit::Day }),
                ))
            }
        ),
        rule!(
            "last-next-n",
            format!(
                r"(?:(?:les|ces|des|au\s+cours\s+des|durant\s+les|pendant\s+les)\s+)?(?P<n>{num})\s+(?:(?P<dir>{last}|{next})\s+(?P<u>{units})|(?P<u2>{units})\s+(?P<dir2>{last}|à\s+venir|écoulés|écoulées|suivants|suivantes|qui\s+suivent))"
            ),
            |c, t, e| {
                let n = count(c)?;
                let (u, dir) = match (g(c, "u"), g(c, "u2")) {
                    (Some(u), _) => (u, g(c, "dir")?),
                    (None, Some(u)) => (u, g(c, "dir2")?),
                    _ => return None,
                };
                // `les 48 heures qui suivent l'attaque`: from an event, not a date
                if fold(dir).starts_with("qui ") && followed_by_word(t, e) {
                    return None;
                }
                let unit = unit_of(u)?;
                let d = fold(dir);
                let future = !(lexicon().is_last(dir) || d.starts_with("ecoule"));
                Some(Spec::LastN { n, unit, future })
            }
        ),
        rule!(
            "since-duration",
            format!(
                r"depuis\s+(?:(?:{adverbs})\s+)?(?:(?:plus|moins|près)\s+(?:de\s+|d')|environ\s+|presque\s+)?(?P<n>{num})(?:\s+(?P<u>{units})|\s?(?P<uh>h))"
            ),
            |c, _, _| Some(Spec::Since {
                n: count(c)?,
                unit: unit(c)?
            })
        ),
        rule!(
            "anaphor-later",
            format!(
                r"(?P<n>{num})\s+(?P<u>{units})\s+(?P<dir>plus\s+tard|après|plus\s+tôt|auparavant|avant)"
            ),
            |c, t, e| {
                let d = fold(g(c, "dir")?);
                // `deux mois après avoir pris…`: relative to an event, not a date
                if (d == "apres" || d == "avant") && followed_by_word(t, e) {
                    return None;
                }
                let n = count(c)?;
                let n = if d.starts_with("plus tard") || d == "apres" {
                    n
                } else {
                    -n
                };
                Some(Spec::Anaphor(Anaphor::Later(n, unit(c)?)))
            }
        ),
        rule!(
            "duration",
            format!(r"(?P<n>{num})\s+(?P<u>{units})"),
            |c, _, _| {
                let n = count(c)?;
                let u = unit(c)?;
                // `un jour` is `some day`
                if n == 1 && u == Unit::Day && !g(c, "n")?.starts_with('1') {
                    return None;
                }
                Some(Spec::Duration { n, unit: u })
            }
        ),
        rule!(
            "day-after-date",
            format!(
                r"(?P<w>(?:(?:le|au)\s+)?lendemain|(?:à\s+)?la\s+veille|(?:le|au)\s+surlendemain|l'avant-veille)\s+(?:du|de\s+la|de\s+l'|de)\s*(?P<d>{day})\s+(?P<m>{mona})(?:\s+(?P<y>\d{{4}}))?"
            ),
            |c, _, _| {
                let y = g(c, "y").and_then(year4);
                let n = anaphor_days(g(c, "w")?)?;
                Some(Spec::Shift(n, Box::new(date(c, "d", "m", y)?)))
            }
        ),
        rule!(
            "anaphor-day",
            r"(?P<w>le\s+lendemain|la\s+veille|le\s+surlendemain|l'avant-veille)",
            |c, t, e| {
                // `à la veille du sommet`, `le lendemain de la signature`:
                // the day is told from an event, not from the date before
                // (the event anchors of src/events/anchor.rs read it); a
                // date after `de` is `day-after-date`'s
                if complement_follows(t, e) {
                    return None;
                }
                Some(Spec::Anaphor(Anaphor::Days(anaphor_days(g(c, "w")?)?)))
            }
        ),
        rule!(
            "anaphor-same",
            alternation([
                "à cette occasion",
                "ce jour-là",
                "à cette date",
                "à cette époque",
                "ce jour là"
            ]),
            |_, _, _| Some(Spec::Anaphor(Anaphor::Same))
        ),
        rule!(
            "anaphor-after",
            alternation([
                "par la suite",
                "peu après",
                "peu de temps après",
                "dans la foulée"
            ]),
            |_, t, e| {
                // `peu après son arrivée` stays an event relation
                let tail = t[..e].char_indices().rev().nth(5).map_or(0, |(i, _)| i);
                if fold(&t[tail..e]).ends_with("apres") && followed_by_word(t, e) {
                    return None;
                }
                Some(Spec::Anaphor(Anaphor::ShortlyAfter))
            }
        ),
        // periphrastic days on `jour`/`journée`: `le jour précédent`, `le
        // jour suivant`, `le même jour`, `la journée d'après`, dated from
        // the previous date of the text like `la veille`/`le lendemain`;
        // a part of the day with `même` (`le soir même`, `l'après-midi
        // même`) is a time of that same day (Grevisse, Le Bon Usage: `même`
        // after the noun marks identity)
        rule!(
            "day-periphrasis",
            r"(?:(?:le|la)\s+|l')(?:(?P<same>même)\s+(?:jour|journée)|(?:jour|journée)\s+(?P<rel>précédente|précédent|d'avant|suivante|suivant|d'après|même)|(?P<part>soir|soirée|matin|matinée|après-midi|nuit)\s+même)",
            |c, _, _| {
                let rel = g(c, "rel").map(fold).unwrap_or_default();
                let same = g(c, "same").is_some() || g(c, "part").is_some() || rel == "meme";
                Some(Spec::Anaphor(if same {
                    Anaphor::SameDay
                } else if rel.starts_with("precedent") || rel == "d'avant" {
                    Anaphor::Days(-1)
                } else {
                    Anaphor::Days(1)
                }))
            }
        ),
        rule!("present", present, |_, _, _| Some(Spec::DayOffset(0))),
        // a bare day number where a month is understood (`le 5`, `jusqu'au
        // 12`): only when nothing follows it in its clause
        rule!(
            "day-of-month",
            r"(?:le|du|au)\s+(?P<d>1er|1ᵉʳ|\d{1,2})",
            |c, t, e| {
                if !ends_clause(t, e) {
                    return None;
                }
                Some(Spec::Date {
                    y: None,
                    m: None,
                    d: parse_day(g(c, "d")?)?,
                    wd: None,
                })
            }
        ),
        // open intervals: `à partir du 5 mars`, `après le 5`, `avant le 5
        // mars 2019`, `jusqu'au 12 juin`, `à partir de mars`
        rule!(
            "open-interval",
            format!(
                r"(?P<dir>à\s+partir\s+du|à\s+partir\s+de|à\s+compter\s+du|à\s+compter\s+de|dès\s+le|après\s+le|avant\s+le|jusqu'au|jusqu'à\s+la\s+fin\s+de|jusqu'à|jusqu'en)\s+(?:(?:(?P<wd>{wd})\s+)?(?:(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{4}}))?|(?P<d>{day})(?:\s+(?P<m>{mona})(?:\s+(?P<y>\d{{4}}))?)?)|(?P<mo>{mon})(?:\s+(?P<moy>\d{{4}}))?)"
            ),
            |c, t, e| {
                let dir = fold(g(c, "dir")?);
                let from = dir.starts_with("a partir")
                    || dir.starts_with("a compter")
                    || dir.starts_with("des")
                    || dir.starts_with("apres");
                let inner = if let (Some(d), Some(m)) = (g(c, "nd"), g(c, "nm")) {
                    // `jusqu'au 13/02`, `à partir du 13/02/2013`
                    if glued_number(t, c.get(0)?.start(), e) || followed_digit(t, e) {
                        return None;
                    }
                    let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
                    let y = match g(c, "ny") {
                        Some(y) => Some(year4(y)?),
                        None => None,
                    };
                    super::resolve::ymd(y.unwrap_or(2024), m, d)?;
                    Spec::Date {
                        y,
                        m: Some(m),
                        d,
                        wd: None,
                    }
                } else if g(c, "mo").is_some() {
                    let y = match g(c, "moy") {
                        Some(y) => Some(year4(y)?),
                        None => None,
                    };
                    Spec::Month {
                        y,
                        m: month(c, "mo")?,
                    }
                } else if g(c, "m").is_some() {
                    if g(c, "y").is_none() && year_like_follows(t, e) {
                        return None;
                    }
                    let y = match g(c, "y") {
                        Some(y) => Some(year4(y)?),
                        None => None,
                    };
                    date(c, "d", "m", y)?
                } else {
                    if !ends_clause(t, e) {
                        return None;
                    }
                    date(c, "d", "m", None)?
                };
                Some(Spec::Open {
                    from,
                    inner: Box::new(inner),
                })
            }
        ),
        rule!("vague", alternation(vague.iter().copied()), |c, _, _| {
            let (future, days) = lexicon().vague(c.get(0)?.as_str())?;
            Some(Spec::Vague { future, days })
        }),
        rule!(
            "holiday",
            format!(r"(?P<h>{holidays})(?:\s+(?P<y>\d{{4}})|\s+(?P<dir>{last}|{next}))?"),
            |c, t, _| {
                let day = holiday_day(c, t)?;
                // `Noël dernier`, `la Toussaint prochaine`
                Some(match g(c, "dir") {
                    Some(d) => match deictic_direction(d) {
                        Some(dir) => Spec::Toward {
                            dir,
                            inner: Box::new(day),
                        },
                        None => day,
                    },
                    None => day,
                })
            }
        ),
        rule!(
            "day-after-holiday",
            format!(
                r"(?P<w>le\s+lendemain|la\s+veille|le\s+surlendemain|l'avant-veille)\s+(?:du|de\s+la|de\s+l'|de)\s*(?P<h>{holidays})(?:\s+(?P<y>\d{{4}}))?"
            ),
            |c, t, _| {
                let day = holiday_day(c, t)?;
                Some(Spec::Shift(anaphor_days(g(c, "w")?)?, Box::new(day)))
            }
        ),
        rule!(
            "anniversary",
            format!(
                r"(?:(?P<o>\d{{1,3}}(?:e|ème|eme|ᵉ)|[a-zàâéèêëîïôûüç-]+ième)\s+anniversaire|(?P<c>centenaire|bicentenaire|tricentenaire|cinquantenaire)|(?P<k>\d{{1,3}})\s+ans)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)(?P<what>{anniversaries})"
            ),
            |c, _, _| {
                let n = g(c, "o").or_else(|| g(c, "c")).or_else(|| g(c, "k"))?;
                anniversary::spec(anniversary::count(n)?, g(c, "what")?)
            }
        ),
    ]
});

/// A direction read from the day of writing: `dernier`, `passé` (−1),
/// `prochain` (+1); `suivant`, `précédent`, `d'après` count from a narrated
/// date instead (None).
/// `inner` wholly before (after) the day of writing when a word of
/// direction follows it (`l'hiver dernier`, `de lundi à mercredi
/// prochain`), `inner` itself without one; none for a word that gives no
/// direction.
fn toward(dir: Option<&str>, inner: Spec) -> Option<Spec> {
    match dir {
        Some(d) => Some(Spec::Toward {
            dir: deictic_direction(d)?,
            inner: Box::new(inner),
        }),
        None => Some(inner),
    }
}

fn deictic_direction(word: &str) -> Option<i64> {
    // `suivant`, `précédent`: from the day of writing here, re-read from the
    // date the text has reached once it is known (see
    // `resolve_anaphors` and `Lexicon::narrated_direction`)
    if let Some(dir) = lexicon().narrated_direction(word) {
        return Some(dir);
    }
    let w = fold(word);
    if w.starts_with("dernier") || w.starts_with("derniere") || w.starts_with("passe") {
        Some(-1)
    } else if w.starts_with("prochain") || w == "qui vient" {
        Some(1)
    } else {
        None
    }
}

/// `depuis le début de <period>`: the days from the period's first to the
/// day of writing.
fn since_start(period: Spec) -> Spec {
    Spec::Range(
        Box::new(Spec::Nth {
            n: 1,
            of: NthOf::Day,
            inner: Box::new(period),
        }),
        Box::new(Spec::DayOffset(0)),
    )
}

/// True for the first of two halves (`première`, `1re`), false for the
/// second (`seconde`, `deuxième`, `2e`).
fn first_half(word: &str) -> bool {
    let w = fold(word);
    w.starts_with("prem") || w.starts_with('1')
}

/// A digit right after the match (`les années 1990-2000` reads as a range
/// of its own, `années 19901`).
fn followed_digit(text: &str, end: usize) -> bool {
    text[end..].starts_with(|c: char| c.is_ascii_digit())
}

/// A number of three digits or more right after the match: a year out of
/// range or a count (`12 mars 99999`, `12 mars 2500`).
/// The year written in words captured as `yw`, where what follows it lets
/// it be a year: the end of a clause, a capital, or a word of
/// `year_word_followers` (not `deux mille manifestants`).
fn year_words(c: &Captures, text: &str, end: usize) -> Option<i32> {
    let y = year4(&numbers::parse_year(g(c, "yw")?)?.to_string())?;
    let rest = text.get(end..)?.trim_start_matches([' ', '\u{a0}']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '\u{2019}')
        .collect();
    let first = word.chars().next();
    let free = match first {
        None => !rest.starts_with(|c: char| c.is_ascii_digit() || c == '-'),
        Some(f) if f.is_uppercase() => true,
        Some(_) => {
            let w = fold(&word).replace('\u{2019}', "'");
            // `qu'il`, `l'armée`: the elided article or pronoun
            let head = w.find('\'').map_or(w.as_str(), |i| &w[..=i]);
            lexicon()
                .year_word_followers
                .iter()
                .any(|f| fold(f) == w || fold(f) == head)
        }
    };
    free.then_some(y)
}

/// The number of a century, in Roman numerals (`XXI`, any case, in their
/// canonical form) or digits (`21`).
fn century_number(s: &str) -> Option<i32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let value = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let digits: Vec<i32> = s.chars().map(value).collect::<Option<_>>()?;
    let mut n = 0;
    for (i, v) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|next| next > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    // `IIII`, `VX`, `IL`: not how a century is written
    roman(n).eq_ignore_ascii_case(s).then_some(n)
}

/// `n` (1..=89) in canonical Roman numerals.
fn roman(mut n: i32) -> String {
    let mut out = String::new();
    for (v, r) in [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

fn year_like_follows(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    rest.bytes().take_while(u8::is_ascii_digit).count() >= 3
}

fn anaphor_days(w: &str) -> Option<i64> {
    let w = fold(w);
    Some(if w.contains("avant-veille") {
        -2
    } else if w.contains("veille") {
        -1
    } else if w.contains("surlendemain") {
        2
    } else if w.contains("lendemain") {
        1
    } else {
        return None;
    })
}

/// A match must start and end on word boundaries; a year may be glued to
/// the next word (`2000lorsqu'il`) but not to another digit.
pub fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let after = text[end..].chars().next();
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    if first.is_alphanumeric() && before.is_some_and(char::is_alphanumeric) {
        return false;
    }
    match after {
        Some(a) if last.is_ascii_digit() => !a.is_ascii_digit(),
        Some(a) if last.is_alphabetic() => !a.is_alphanumeric(),
        _ => true,
    }
}

/// How [`candidates`] reads a text: the characters no rule's match
/// contains, and the automaton that finds where each rule can match.
struct Plan {
    /// Sorted; a match of a rule without look-around never contains one of
    /// them.
    separators: Vec<char>,
    /// Every rule's pattern in [`GROUPS`] lazy DFAs, rule `i` in group
    /// `i % GROUPS` (the rules of a group in order, with their indices in
    /// [`RULES`]), each reporting every end of a match of each of its
    /// patterns (overlapping matches, all kinds): one pass of each over a
    /// text says which rules can match at all, and where.
    ///
    /// One automaton of all the rules reports the same ends (a pattern's
    /// ends under `MatchKind::All` do not depend on the other patterns of
    /// its set) but its states are the products of every rule's progress:
    /// on 400 articles of the generated corpus it built 11.3 MB of states
    /// in 4.2 s, the four groups 8.5 MB in 1.5 s (two: 2.2 s, eight:
    /// 1.3 s, load 13).
    groups: Vec<(Vec<usize>, DFA)>,
}

/// How many automata [`Plan`] splits the rules into.
const GROUPS: usize = 4;

static PLAN: LazyLock<Plan> = LazyLock::new(|| {
    let used = RULES
        .iter()
        .filter(|r| !r.looks)
        .fold(0u32, |bits, r| bits | r.separators);
    let mut separators: Vec<char> = SEPARATOR_CANDIDATES
        .iter()
        .enumerate()
        .filter(|(i, _)| used >> i & 1 == 0)
        .map(|(_, c)| *c)
        .collect();
    separators.sort_unstable();
    Plan {
        separators,
        groups: (0..GROUPS)
            .map(|g| {
                let ids: Vec<usize> = (g..RULES.len()).step_by(GROUPS).collect();
                let set = rule_set(&ids.iter().map(|&i| &RULES[i].hir).collect::<Vec<_>>());
                (ids, set)
            })
            .collect(),
    }
});

/// The patterns, read as [`build`] reads each of them (case-insensitive,
/// `'` for `’` too), as one automaton for an overlapping search.
///
/// Its states are many (every rule's progress from every start at once):
/// about 10 MB of them on the generated 20 MB corpus, built in
/// the first few hundred texts and reused after. The cache grows as
/// needed up to 64 MB; a cache smaller than what the texts need is
/// cleared again and again (with 8 MB the dates of that corpus took 7 s
/// instead of 1.3 s, and 2.7 s before this automaton), so, as the regex
/// crate's own lazy DFA does, the
/// search gives up when clearing leaves under 10 bytes searched per state
/// built, and [`candidates`] then runs every rule over the whole text.
///
/// The patterns come as the syntax trees [`hir`] read (case-insensitive,
/// the parser's defaults otherwise: what `DFA::builder().syntax(syntax::
/// Config::new().case_insensitive(true)).build_many` would parse them into).
fn rule_set(patterns: &[&Hir]) -> DFA {
    let nfa = thompson::Compiler::new()
        .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
        .build_many_from_hir(patterns)
        .unwrap_or_else(|e| panic!("bad temporal pattern set: {e}"));
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::All)
                .minimum_cache_clear_count(Some(3))
                .minimum_bytes_per_state(Some(10))
                .cache_capacity(64 << 20),
        )
        .build_from_nfa(nfa)
        .unwrap_or_else(|e| panic!("bad temporal pattern set: {e}"))
}

/// The one cache of each automaton of [`Plan::groups`], shared by the
/// threads and reused from text to text: the lazy DFAs' states, costly to
/// build (see [`rule_set`]), are built once per process rather than once
/// per thread. A search holds them for one pass over one text, a small
/// part of a text's analysis.
static CACHE: LazyLock<Mutex<Vec<Cache>>> = LazyLock::new(|| {
    Mutex::new(
        PLAN.groups
            .iter()
            .map(|(_, set)| set.create_cache())
            .collect(),
    )
});

/// A text cut at the separators of the [`Plan`]: segment `k` is
/// `starts[k]..ends[k]`, and `ends[k]` is a separator (or the end).
struct Segments {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Segments {
    fn new(text: &str, separators: &[char]) -> Segments {
        let mut ascii_sep = [false; 128];
        for c in separators.iter().filter(|c| c.is_ascii()) {
            ascii_sep[*c as usize] = true;
        }
        let mut seg = Segments {
            starts: vec![0],
            ends: Vec::new(),
        };
        for (i, c) in text.char_indices() {
            let sep = if c.is_ascii() {
                ascii_sep[c as usize]
            } else {
                separators.binary_search(&c).is_ok()
            };
            if sep {
                seg.ends.push(i);
                seg.starts.push(i + c.len_utf8());
            }
        }
        seg.ends.push(text.len());
        seg
    }
}

/// Where each rule can match in `text`: for rule `i`, byte ranges
/// `(from, to)` in order, each a run of neighbouring segments that hold the
/// end of a match of its pattern, from the start of the first segment to
/// the last such end. One overlapping search of `set` gives every
/// `(rule, end)`; `None` if the search failed. Every match of the rule in a
/// window ends at or before the window's end, so its regex, seeing the text
/// only up to there, still prefers the same match at each start.
fn windows(
    text: &str,
    segments: &Segments,
    set: &DFA,
    cache: &mut Cache,
) -> Option<Vec<Vec<(usize, usize)>>> {
    let mut out: Vec<Vec<(usize, usize)>> = vec![Vec::new(); set.pattern_len()];
    // the segment of the last end kept for each rule
    let mut last: Vec<Option<usize>> = vec![None; set.pattern_len()];
    let input = Input::new(text);
    let mut state = OverlappingState::start();
    let mut k = 0;
    loop {
        set.try_search_overlapping_fwd(cache, &input, &mut state)
            .ok()?;
        let Some(hit) = state.get_match() else {
            break;
        };
        let (i, end) = (hit.pattern().as_usize(), hit.offset());
        // the segment of the match's last character (ends come in order)
        let at = end.saturating_sub(1);
        while k + 1 < segments.starts.len() && segments.starts[k + 1] <= at {
            k += 1;
        }
        match out[i].last_mut() {
            Some(run) if last[i].is_some_and(|l| l + 1 >= k) => run.1 = end,
            _ => out[i].push((segments.starts[k], end)),
        }
        last[i] = Some(k);
    }
    Some(out)
}

/// [`windows`] of every rule of the [`Plan`], rule `i` at `i`: one pass
/// of each group's automaton. `None` if a search failed.
fn plan_windows(
    text: &str,
    segments: &Segments,
    plan: &Plan,
    caches: &mut [Cache],
) -> Option<Vec<Vec<(usize, usize)>>> {
    let mut out = vec![Vec::new(); RULES.len()];
    for ((ids, set), cache) in plan.groups.iter().zip(caches) {
        let found = windows(text, segments, set, cache)?;
        for (&i, w) in ids.iter().zip(found) {
            out[i] = w;
        }
    }
    Some(out)
}

/// Every match of every rule (overlapping ones included).
///
/// One pass of the automata of the rules' patterns ([`Plan::groups`])
/// gives the end of every match of every rule; a rule whose pattern
/// matches nowhere is not run at all, and the others run only where they
/// match. Their full regexes (with captures, and the normalizers that may
/// reject a match and retry one character further) run over the runs of
/// segments holding an end ([`windows`]): the text is cut at characters no
/// rule can match (`,`, `(`, `«`...: [`Plan`]), so a match lies inside one
/// segment, and the regex sees the text up to the last end of the run. It
/// finds the same matches, in the same order, as over the whole text (the
/// rules with look-around assertions, which could see the cut, run over
/// the whole text, when they match at all).
pub fn candidates(text: &str) -> Vec<Candidate> {
    let plan = &*PLAN;
    let segments = Segments::new(text, &plan.separators);
    let windows = {
        // after a panic in another thread's search, start from an empty cache
        let mut caches = CACHE.lock().unwrap_or_else(|poisoned| {
            CACHE.clear_poison();
            let mut caches = poisoned.into_inner();
            for ((_, set), cache) in plan.groups.iter().zip(caches.iter_mut()) {
                cache.reset(set);
            }
            caches
        });
        plan_windows(text, &segments, plan, &mut caches)
    };
    let whole = [(0, text.len())];
    let mut out = Vec::new();
    for (i, rule) in RULES.iter().enumerate() {
        let ranges: &[(usize, usize)] = match &windows {
            Some(w) if w[i].is_empty() => continue,
            Some(_) if rule.looks => &whole,
            Some(w) => &w[i],
            None => &whole,
        };
        let mut pos = 0;
        for &(from, to) in ranges {
            pos = pos.max(from);
            rule_matches(rule, text, &text[..to], &mut pos, &mut out);
        }
    }
    for c in &mut out {
        year_after_comma(text, c);
        days_listed_before(text, c);
        day_part_before(text, c);
        open_around(text, c);
    }
    part_pairs(text, &mut out);
    out
}

/// `fin mars-début avril 2019`, `fin 2023-début 2024`, `entre fin avril et
/// début mai`, `de fin mars à début avril`: two parts of periods joined by
/// a dash, a space, `entre … et` or `de … à` are one span, from the first one's first day to the second one's
/// last; a month without a year before takes the second one's year (the
/// year before when its month comes later: `fin décembre-début janvier
/// 2020`). The first must end before the second starts, else no pair.
fn part_pairs(text: &str, out: &mut Vec<Candidate>) {
    static JOIN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[-–]\s*$|^\s+$").expect("join regex"));
    static AND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+et\s+$").expect("and regex"));
    static BETWEEN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?P<w>entre\s+)$").expect("between regex"));
    static TO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+à\s+$").expect("to regex"));
    static FROM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?P<w>de\s+)$").expect("from regex"));
    let parts: Vec<&Candidate> = out
        .iter()
        .filter(|c| c.rule == "part-of-period" && matches!(c.spec, Spec::Part { .. }))
        .collect();
    let mut pairs = Vec::new();
    for a in &parts {
        for b in &parts {
            if b.start <= a.end || !text.is_char_boundary(a.end) {
                continue;
            }
            let between = &text[a.end..b.start];
            let from = window_before(text, a.start, 16);
            // `entre fin avril et début mai`, `de fin mars à début avril`:
            // the pair's opening word is part of the span
            let opening = if AND.is_match(between) {
                Some(&*BETWEEN)
            } else if TO.is_match(between) {
                Some(&*FROM)
            } else {
                None
            };
            let start = if JOIN.is_match(between) {
                a.start
            } else if let Some(opening) = opening {
                match opening
                    .captures(&text[from..a.start])
                    .and_then(|c| c.name("w"))
                {
                    Some(w) => from + w.start(),
                    None => continue,
                }
            } else {
                continue;
            };
            let Some(first) = with_year_of(&a.spec, &b.spec) else {
                continue;
            };
            pairs.push(Candidate {
                start,
                end: b.end,
                rule: "part-of-period",
                spec: Spec::Range(Box::new(first), Box::new(b.spec.clone())),
            });
        }
    }
    out.extend(pairs);
}

/// The first part of a pair with the second one's year when it has none
/// (`fin mars` before `début avril 2019`); `None` when the first does not
/// come before the second.
fn with_year_of(a: &Spec, b: &Spec) -> Option<Spec> {
    let (Spec::Part { part, inner }, Spec::Part { inner: inner_b, .. }) = (a, b) else {
        return None;
    };
    let inner = match (inner.as_ref(), inner_b.as_ref()) {
        (Spec::Month { y: None, m }, Spec::Month { y: Some(yb), m: mb }) => Spec::Month {
            y: Some(if m <= mb { *yb } else { yb - 1 }),
            m: *m,
        },
        (Spec::Month { y: Some(ya), m }, Spec::Month { y: Some(yb), m: mb })
            if (ya, m) > (yb, mb) =>
        {
            return None;
        }
        (Spec::Year(ya), Spec::Year(yb)) if ya > yb => return None,
        (Spec::Month { .. } | Spec::Year(_), Spec::Month { .. } | Spec::Year(_)) => {
            inner.as_ref().clone()
        }
        _ => return None,
    };
    Some(Spec::Part {
        part: *part,
        inner: Box::new(inner),
    })
}

/// `dans les 48 heures qui ont suivi`, `dans les trois jours suivant
/// l'attaque`, `dans les dix jours après`: a count from a told event (the
/// words that follow), not from the day of writing.
fn counted_from_event(after: &str) -> bool {
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:,\s*)?(?:suivant|suivi|précédant|après|avant|qui\s+(?:ont|a|avaient|avait|auront|ont\s+été)\s+(?:suivi|précédé)|qui\s+(?:suivent|suivront|suivirent|précèdent|précédèrent|ont\s+suivi))")
            .expect("event-count regex")
    });
    FROM.is_match(after)
}

/// `dans la matinée de jeudi`, `dans la soirée du 12 mars`, `en fin
/// d'après-midi vendredi`, `tard dans la soirée de dimanche`, `tôt
/// vendredi`, `le matin du 5 mars`: a part of the day (data/temporal.toml's
/// `day_parts`, and `journée`) or `tôt`/`tard` right before a date of one
/// day is part of that date's expression. Its day is unchanged; the words
/// joined to it are no cue of the clause's tense (`matinée`, `soirée` end
/// as participles do) and `dans la journée` is not the present here.
fn day_part_before(text: &str, c: &mut Candidate) {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        let l = lexicon();
        let nouns = alternation(l.day_parts.iter().map(String::as_str).chain(["journée"]));
        let prep = r"(?:dans\s+la\s+|dans\s+l'\s*|pendant\s+la\s+|durant\s+la\s+|lors\s+de\s+la\s+|au\s+cours\s+de\s+la\s+|au\s+cours\s+de\s+l'\s*|à\s+la\s+|à\s+l'\s*|la\s+|l'\s*|le\s+|au\s+|en\s+)";
        let part = r"(?:(?:fin|début|milieu)\s+(?:de\s+la\s+|de\s+l'\s*|d'\s*|de\s+))";
        Regex::new(&expand(&format!(
            r"(?i)(?:^|[^\p{{L}}\p{{N}}'’])(?:(?:(?:très\s+)?(?:tôt|tard)\s+)?{prep}?{part}?{nouns}\s+(?:de\s+|du\s+|d'\s*)?|(?:très\s+)?(?:tôt|tard)\s+)$"
        )))
        .expect("day part regex")
    });
    let one_day = match &c.spec {
        Spec::Date { .. } | Spec::Weekday { .. } | Spec::Easter { .. } => true,
        Spec::Toward { inner, .. } => matches!(**inner, Spec::Date { .. } | Spec::Easter { .. }),
        Spec::DayOffset(_) => c.rule == "day-word",
        _ => false,
    };
    if !one_day {
        return;
    }
    let from = window_before(text, c.start, OPENING_BYTES);
    let Some(m) = BEFORE.find(&text[from..c.start]) else {
        return;
    };
    let mut start = from + m.start();
    // the word boundary the pattern read is not part of the expression
    while start < c.start && !text[start..].starts_with(|ch: char| ch.is_alphabetic()) {
        start += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    // `au plus tard vendredi`, `au plus tôt le 5`: a bound, left as it was
    if fold(&text[from..start]).trim_end().ends_with("plus") {
        return;
    }
    c.start = start;
}

/// How an interval opens on the date after its word.
#[derive(Clone, Copy)]
enum Opening {
    From,
    To,
    FromNowTo,
}

/// `à partir de lundi`, `jusqu'à la fin du mois`, `dès le mois prochain`,
/// `d'ici la fin de l'année`: a word of `open_from`, `open_to` or
/// `from_now_to` (data/temporal.toml) right before a date any rule read (an
/// article between), or at the head of a year or month read with its
/// preposition (`jusqu'en 2025`), makes it an open interval, or the
/// interval from the day of writing to it. One combinator over every date
/// family instead of a preposition in each rule.
fn open_around(text: &str, c: &mut Candidate) {
    struct Words {
        before: Regex,
        head: Regex,
        stem: Regex,
    }
    static WORDS: LazyLock<Words> = LazyLock::new(|| {
        let l = lexicon();
        let alt = |ws: &[String]| alternation(ws.iter().map(String::as_str));
        let words = format!(
            r"(?P<from>{})|(?P<to>{})|(?P<now>{})",
            alt(&l.open_from),
            alt(&l.open_to),
            alt(&l.from_now_to)
        );
        Words {
            before: Regex::new(&format!(
                r"(?i)(?:^|[^\p{{L}}\p{{N}}'])(?:{words})\s*(?:(?:la|le|les)\s+|l')?$"
            ))
            .expect("open regex"),
            head: Regex::new(&format!(r"(?i)^(?:{words})\s*")).expect("open regex"),
            // the words of `open_from` that end in `de`, without it
            stem: Regex::new(&format!(
                r"(?i)(?:^|[^\p{{L}}\p{{N}}'])(?:{})\s*$",
                alternation(l.open_from.iter().filter_map(|w| w.strip_suffix(" de")))
            ))
            .expect("open regex"),
        }
    });
    let opening = |caps: &regex::Captures| {
        if caps.name("from").is_some() {
            Some(Opening::From)
        } else if caps.name("to").is_some() {
            Some(Opening::To)
        } else if caps.name("now").is_some() {
            Some(Opening::FromNowTo)
        } else {
            None
        }
    };
    let opens = |spec: &Spec| match spec {
        Spec::Date { .. }
        | Spec::Month { .. }
        | Spec::MonthRel { .. }
        | Spec::Year(_)
        | Spec::Season { .. }
        | Spec::Weekday { .. }
        | Spec::Period { .. }
        | Spec::Part { .. }
        | Spec::Nth { .. }
        | Spec::Easter { .. }
        | Spec::WeekOf(_)
        | Spec::Shift(..)
        | Spec::Toward { .. } => true,
        Spec::DayOffset(n) => *n != 0 || c.rule == "day-word",
        _ => false,
    };
    if !opens(&c.spec) {
        return;
    }
    // the rules that read a preposition with their date (`jusqu'en 2025`,
    // `jusqu'à la fin du mois`, `dès le début de l'année`)
    // the words before are read in a window: the whole text before every
    // candidate would cost quadratic time on a long page
    let window_start = window_before(text, c.start, OPENING_BYTES);
    let before = &text[window_start..c.start];
    let (start, how) = if let Some(caps) = WORDS.head.captures(&text[c.start..c.end]) {
        (c.start, opening(&caps))
    } else {
        match WORDS.before.captures(before) {
            Some(caps) => {
                let Some(w) = caps.name("from").or(caps.name("to")).or(caps.name("now")) else {
                    return;
                };
                (window_start + w.start(), opening(&caps))
            }
            // `à partir de l'été 2031`: the season read with its `de l'`
            None if fold(&text[c.start..c.end]).starts_with("de ")
                || fold(&text[c.start..c.end]).starts_with("d'") =>
            {
                let Some(w) = WORDS.stem.find(before) else {
                    return;
                };
                (window_start + w.start(), Some(Opening::From))
            }
            // `jusqu'à la fin du mois`: the part read with its `à la`
            None if fold(before).ends_with("jusqu'")
                && fold(&text[c.start..c.end]).starts_with(['a', 'e']) =>
            {
                let w = text[..c.start].len() - "jusqu'".len();
                (w, Some(Opening::To))
            }
            None => return,
        }
    };
    let Some(how) = how else { return };
    let inner = std::mem::replace(&mut c.spec, Spec::DayOffset(0));
    c.spec = match how {
        Opening::From => Spec::Open {
            from: true,
            inner: Box::new(inner),
        },
        Opening::To => Spec::Open {
            from: false,
            inner: Box::new(inner),
        },
        Opening::FromNowTo => {
            // `d'ici lundi`, `d'ici le 5 mars`, `d'ici l'été`: the next one
            let ahead = match inner {
                Spec::Date { y: None, .. }
                | Spec::Weekday { .. }
                | Spec::Month { y: None, .. }
                | Spec::Season { y: None, .. }
                | Spec::Easter { y: None, .. } => Spec::Toward {
                    dir: 1,
                    inner: Box::new(inner),
                },
                other => other,
            };
            Spec::Range(Box::new(Spec::DayOffset(0)), Box::new(ahead))
        }
    };
    c.start = start;
    // an open interval keeps the name of the rule that read its date
    // (`weekday-by-tense`: the stays re-anchor a weekday on their first day)
    if let Opening::FromNowTo = how {
        c.rule = "from-now-to";
    }
}

/// `les 13, 14 et 15 février`: the rules read `14 et 15 février` (a comma
/// cuts the text into the segments they run on); the days listed before it
/// with commas, in order, after `les` or `des`, start the span.
fn days_listed_before(text: &str, c: &mut Candidate) {
    static LIST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:les|des)\s+((?:(?:1er|\d{1,2})\s*,\s*)+)$").expect("list regex")
    });
    if c.rule != "day-month-range" {
        return;
    }
    let Spec::Range(first, _) = &mut c.spec else {
        return;
    };
    let Spec::Date {
        d: first_day,
        m: None,
        ..
    } = first.as_mut()
    else {
        return;
    };
    // a list of days is short: only the bytes right before are read (the
    // whole text before every candidate would be quadratic)
    let from = window_before(text, c.start, LIST_BYTES);
    let Some(caps) = LIST.captures(&text[from..c.start]) else {
        return;
    };
    let (Some(all), Some(listed)) = (caps.get(0), caps.get(1)) else {
        return;
    };
    let Some(mut days) = listed
        .as_str()
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(parse_day)
        .collect::<Option<Vec<u32>>>()
    else {
        return;
    };
    days.push(*first_day);
    if days.windows(2).all(|w| w[0] < w[1]) {
        *first_day = days[0];
        c.start = from + all.start();
    }
}

/// How far before `14 et 15 février` days listed with commas are looked
/// for: `les 10, 11, 12, 13, ` and more.
const LIST_BYTES: usize = 64;

/// How far before a date its opening word is looked for: the longest word
/// of data/temporal.toml's `open_from`, `open_to` and `from_now_to` with an
/// article and spaces fits many times over.
const OPENING_BYTES: usize = 64;

/// How far after a rule's match the words that veto it (`de`, `du`, `d'`)
/// are looked for.
const VETO_BYTES: usize = 16;

/// The start of the window of at most `bytes` bytes that ends at `at`, on a
/// character boundary. Words around a candidate are read from such a window,
/// never from the whole text before or after it: once per candidate, that
/// is quadratic on a long page without sentence ends.
fn window_before(text: &str, at: usize, bytes: usize) -> usize {
    let mut from = at.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// The window of at most `bytes` bytes of `text` that starts at `at`, on a
/// character boundary, after the spaces there.
fn window_after(text: &str, at: usize, bytes: usize) -> &str {
    let rest = text[at..].trim_start();
    let mut to = rest.len().min(bytes);
    while !rest.is_char_boundary(to) {
        to -= 1;
    }
    &rest[..to]
}

/// `5 mars, 2019`: a day and month followed by a comma and a year take that
/// year (the intersect-by-comma of Duckling; done here rather than in a
/// pattern so that `,` stays a segment separator for the prefilter).
/// A part of a year of `months` months named by its rank (`o`: `premier`,
/// `3e`, `dernier`, with an optional year `y`) or by its code (`code`:
/// `T2`, `S1`, and the year `cy`): its first to its last month, of the
/// year the tense gives when none is written. `le premier trimestre de
/// grossesse`, `le premier semestre de l'année scolaire`: a part of
/// something else.
fn ranked_part_of_year(c: &Captures, t: &str, e: usize, months: u32) -> Option<Spec> {
    let parts = i64::from(12 / months);
    let rest = fold(window_after(t, e, VETO_BYTES));
    let of_something = g(c, "y").is_none()
        && g(c, "code").is_none()
        && (rest.starts_with("de ") || rest.starts_with("d'") || rest.starts_with("du "));
    if counted_noun_follows(t, e) || of_something {
        return None;
    }
    let (n, y) = match g(c, "code") {
        Some(code) => (code[1..].parse::<i64>().ok()?, Some(year4(g(c, "cy")?)?)),
        None => {
            let n = lexicon().ordinal(g(c, "o")?)?;
            let y = match g(c, "y") {
                Some(y) => Some(year4(y)?),
                None => None,
            };
            (if n < 0 { parts + 1 + n } else { n }, y)
        }
    };
    if !(1..=parts).contains(&n) {
        return None;
    }
    let last = u32::try_from(n).ok()? * months;
    Some(Spec::Range(
        Box::new(Spec::Month {
            y,
            m: last + 1 - months,
        }),
        Box::new(Spec::Month { y, m: last }),
    ))
}

fn year_after_comma(text: &str, c: &mut Candidate) {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^,[ \u{a0}]?(\d{4})").expect("year regex"));
    let Spec::Date {
        y: y @ None,
        m: Some(_),
        ..
    } = &mut c.spec
    else {
        return;
    };
    let Some(caps) = YEAR.captures(&text[c.end..]) else {
        return;
    };
    let (Some(all), Some(digits)) = (caps.get(0), caps.get(1)) else {
        return;
    };
    let end = c.end + all.end();
    if text[end..].starts_with(|ch: char| ch.is_alphanumeric()) || counted_noun_follows(text, end) {
        return;
    }
    if let Some(year) = year4(digits.as_str()) {
        *y = Some(year);
        c.end = end;
        c.rule = "day-month-year";
    }
}

/// The matches of `rule` in `haystack` (a prefix of `text`) from `*pos`.
fn rule_matches(
    rule: &Rule,
    text: &str,
    haystack: &str,
    pos: &mut usize,
    out: &mut Vec<Candidate>,
) {
    let regex = rule.regex();
    // one set of slots for the rule's matches in this haystack
    let mut caps = regex.create_captures();
    while *pos <= haystack.len() {
        // as `regex::Regex::captures_at(haystack, *pos)` searches
        regex.search_captures(&Input::new(haystack).span(*pos..haystack.len()), &mut caps);
        if !caps.is_match() {
            break;
        }
        let c = Captures {
            haystack,
            caps: &caps,
        };
        let Some(m) = c.get(0) else { break };
        let (s, e) = (m.start(), m.end());
        let ok = e > s && boundary_ok(text, s, e);
        let spec = if ok {
            (rule.normalize)(&c, text, e)
        } else {
            None
        };
        match spec {
            Some(spec) => {
                out.push(Candidate {
                    start: s,
                    end: e,
                    rule: rule.name,
                    spec,
                });
                *pos = e;
            }
            None => {
                // try again one character further
                *pos = s + text[s..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn windows_around_a_candidate_are_bounded_and_on_char_boundaries() {
        let text = format!("{}jusqu'à {}", "é".repeat(100), "ô".repeat(100));
        let at = text.find("jusqu'").unwrap() + "jusqu'à ".len();
        for bytes in [0, 1, 7, 16, 63, 64, 1000] {
            let from = super::window_before(&text, at, bytes);
            assert!(text.is_char_boundary(from));
            assert!(at - from <= bytes && at - from + 1 >= bytes.min(at));
            let after = super::window_after(&text, at, bytes);
            assert!(after.len() <= bytes && after.len() + 1 >= bytes.min(text.len() - at));
            assert!(text[at..].starts_with(after));
        }
    }

    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let mut c = candidates(text);
        c.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        c.into_iter()
            .map(|c| (text[c.start..c.end].to_string(), c.rule))
            .collect()
    }

    fn has(text: &str, expr: &str, rule: &str) -> bool {
        found(text).iter().any(|(t, r)| t == expr && *r == rule)
    }

    #[test]
    fn every_rule_compiles() {
        assert!(RULES.len() > 30);
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), RULES.len(), "rule names are unique");
        // compiled on first use in a run: compile them all here
        for rule in RULES.iter() {
            assert!(rule.regex().captures_len() >= 1, "{}", rule.name);
        }
    }

    /// Each rule's regex built from its syntax tree ([`compile`]) finds,
    /// from every start the search of [`rule_matches`] takes (the text's
    /// start, then one character after each match's start), the match and
    /// the groups, by number and by name, that the regex crate's build of
    /// the pattern ([`build`], the former `Rule::regex`) finds; so does the
    /// sum of durations' pair.
    #[test]
    fn regexes_from_the_trees_capture_as_the_patterns_do() {
        let texts = date_texts();
        let pair = format!(r"(?P<n>{})\s+(?P<u>{})", P.num, P.units);
        let pairs = [("pair", pair.as_str(), compile(&hir(&pair)))];
        let rules = RULES
            .iter()
            .map(|r| (r.name, r.pattern.as_str(), r.regex().clone()));
        let mut compared = 0;
        for (name, pattern, fast) in rules.chain(pairs) {
            let slow = build(pattern);
            let names: Vec<Option<&str>> = slow.capture_names().collect();
            let fast_names: Vec<Option<&str>> = fast
                .group_info()
                .pattern_names(regex_automata::PatternID::ZERO)
                .collect();
            assert_eq!(fast_names, names, "{name}");
            let mut slots = fast.create_captures();
            for text in &texts {
                let mut pos = 0;
                while pos <= text.len() {
                    let want = slow.captures_at(text, pos);
                    fast.search_captures(&Input::new(text).span(pos..text.len()), &mut slots);
                    let got = Captures {
                        haystack: text,
                        caps: &slots,
                    };
                    let Some(want) = want else {
                        assert!(!slots.is_match(), "{name} at {pos}: {text}");
                        break;
                    };
                    let spans =
                        |m: Option<Match>| m.map(|m| (m.start(), m.end(), m.as_str().to_string()));
                    let regex_spans = |m: Option<regex::Match>| {
                        m.map(|m| (m.start(), m.end(), m.as_str().to_string()))
                    };
                    for i in 0..names.len() {
                        assert_eq!(
                            spans(got.get(i)),
                            regex_spans(want.get(i)),
                            "{name} group {i} at {pos}: {text}"
                        );
                    }
                    for n in names.iter().flatten() {
                        assert_eq!(spans(got.name(n)), regex_spans(want.name(n)), "{name} {n}");
                    }
                    compared += 1;
                    let s = want.get(0).unwrap().start();
                    pos = s + text[s..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        assert!(compared > 2000, "{compared}");
    }

    #[test]
    fn absolute_dates() {
        assert!(has(
            "le 22 novembre 2023.",
            "22 novembre 2023",
            "day-month-year"
        ));
        assert!(has(
            "samedi 25 mai 2024",
            "samedi 25 mai 2024",
            "day-month-year"
        ));
        assert!(has("le 1er juin 2024", "1er juin 2024", "day-month-year"));
        assert!(has(
            "le premier juin 2024",
            "premier juin 2024",
            "day-month-year"
        ));
        assert!(has(
            "LE 22 NOVEMBRE 2023",
            "22 NOVEMBRE 2023",
            "day-month-year"
        ));
        assert!(has("le 22/11/2023", "22/11/2023", "numeric-date"));
        assert!(has("le 2023-11-22", "2023-11-22", "iso-date"));
        assert!(has("le 18 juin", "18 juin", "day-month"));
        assert!(has("31 octobre 74", "31 octobre 74", "day-month-year"));
        assert!(!has(
            "le 5 mars 12 personnes",
            "5 mars 12",
            "day-month-year"
        ));
        assert!(!has("le 31 février", "31 février", "day-month"));
    }

    #[test]
    fn months_and_years() {
        assert!(has(
            "remonte à juillet 2000lorsqu'il",
            "juillet 2000",
            "month-year"
        ));
        assert!(has("en septembre 2023", "en septembre 2023", "month-year"));
        assert!(has("en 2019 et", "en 2019", "year"));
        assert!(has("L'année 2023 a été", "L'année 2023", "year"));
        assert!(has("depuis 2000,", "depuis 2000", "year"));
        assert!(!found("2023 personnes").iter().any(|(_, r)| *r == "year"));
        // a year heading a line of a chronology: every year × every bullet
        // × every separator; not inside a line, not a number of things
        for y in (1950..2050).step_by(7) {
            for bullet in ["", "- ", "– ", "• ", "* ", "  - "] {
                for sep in [" : ", ": ", " – ", " - ", " — "] {
                    let line = format!("Chronologie\n{bullet}{y}{sep}Kim se rend à Vladivostok.");
                    assert!(
                        found(&line)
                            .iter()
                            .any(|(t, r)| *r == "year-heading" && t.contains(&y.to_string())),
                        "{line:?}: {:?}",
                        found(&line)
                    );
                }
            }
            let inside = format!("Il a compté {y} : un record.");
            assert!(
                !found(&inside).iter().any(|(_, r)| *r == "year-heading"),
                "{inside}"
            );
        }
        assert!(has("en novembre, il", "en novembre", "month-by-tense"));
        assert!(has(
            "sa première visite depuis juillet 2000.",
            "depuis juillet 2000",
            "month-year"
        ));
        assert!(has(
            "en septembre dernier",
            "en septembre dernier",
            "month-relative"
        ));
        assert!(!has("la planète Mars", "Mars", "month-by-tense"));
        assert!(!has("Mai Thi a dit", "Mai", "month-by-tense"));
        assert!(has("mi-juin", "mi-juin", "part-of-period"));
        assert!(has("début septembre", "début septembre", "part-of-period"));
        assert!(has("fin 2023", "fin 2023", "part-of-period"));
        assert!(has("courant 2024", "courant 2024", "part-of-period"));
        assert!(has("l'été 2023", "l'été 2023", "season"));
        assert!(!found("il a été reçu").iter().any(|(_, r)| *r == "season"));
        assert!(has("de 2019 à 2023", "de 2019 à 2023", "year-range"));
    }

    #[test]
    fn ranges() {
        assert!(has(
            "les 18 et 19 juin",
            "les 18 et 19 juin",
            "day-month-range"
        ));
        assert!(has(
            "du 18 au 19 juin",
            "du 18 au 19 juin",
            "day-month-range"
        ));
        assert!(has(
            "entre le 15 et le 17 janvier",
            "entre le 15 et le 17 janvier",
            "day-month-range"
        ));
        assert!(has("du 13 au 18.", "du 13 au 18", "day-range"));
        assert!(!has("du 13 au 18 heures", "du 13 au 18", "day-range"));
        assert!(has(
            "demain et après-demain (",
            "demain et après-demain",
            "day-word-range"
        ));
    }

    #[test]
    fn relative_forms() {
        assert!(has("il est arrivé hier", "hier", "day-word"));
        assert!(has("hier soir", "hier soir", "day-word"));
        assert!(has("Aujourd’hui", "Aujourd’hui", "day-word"));
        assert!(has("ce matin", "ce matin", "this-day-part"));
        assert!(has("mardi prochain", "mardi prochain", "weekday-relative"));
        assert!(has("ce mardi", "ce mardi", "weekday-this"));
        assert!(has(
            "la semaine dernière",
            "la semaine dernière",
            "relative-period"
        ));
        assert!(has("l'an dernier", "l'an dernier", "relative-period"));
        assert!(has("il y a dix-huit mois", "il y a dix-huit mois", "ago"));
        assert!(has(
            "il y a plus de 18 mois",
            "il y a plus de 18 mois",
            "ago"
        ));
        assert!(has("depuis 18 mois", "depuis 18 mois", "since-duration"));
        assert!(has(
            "ces dix-huit derniers mois",
            "ces dix-huit derniers mois",
            "last-next-n"
        ));
        assert!(has("le lendemain", "le lendemain", "anaphor-day"));
        assert!(has(
            "deux jours plus tard",
            "deux jours plus tard",
            "anaphor-later"
        ));
        assert!(!has(
            "deux mois après avoir pris",
            "deux mois après",
            "anaphor-later"
        ));
        assert!(has(
            "dans les prochains jours",
            "dans les prochains jours",
            "vague"
        ));
        assert!(has("A cette occasion", "A cette occasion", "anaphor-same"));
        assert!(has("Par la suite,", "Par la suite", "anaphor-after"));
    }

    #[test]
    fn saints_feasts_only_after_la() {
        assert!(has("à la Saint-Jean", "Saint-Jean", "holiday"));
        assert!(has(
            "la Sainte-Catherine 2019",
            "Sainte-Catherine 2019",
            "holiday"
        ));
        assert!(has(
            "la veille de la Saint-Martin",
            "la veille de la Saint-Martin",
            "day-after-holiday"
        ));
        for text in [
            "à Saint-Martin",
            "l'église Saint-Nicolas",
            "la Saint-Jean-de-Luz",
            "voilà Saint-Michel",
            "la saint-jean",
        ] {
            let f = found(text);
            assert!(f.iter().all(|(_, r)| *r != "holiday"), "{text}: {f:?}");
        }
        // the other holidays need no article
        assert!(has("Noël 2019", "Noël 2019", "holiday"));
    }

    #[test]
    fn delays_halves_and_ranges_of_long_periods() {
        assert!(has("sous huitaine", "sous huitaine", "delay"));
        assert!(has("sous quinzaine", "sous quinzaine", "delay"));
        assert!(!found("sous la huitaine").iter().any(|(_, r)| *r == "delay"));
        assert!(has("sous 48 heures", "sous 48 heures", "in-n"));
        assert!(has(
            "depuis le début de l'année",
            "depuis le début de l'année",
            "part-of-period"
        ));
        assert!(has(
            "la seconde moitié du XXe siècle",
            "la seconde moitié du XXe siècle",
            "century"
        ));
        assert!(has(
            "la première moitié des années 1990",
            "la première moitié des années 1990",
            "decade"
        ));
        assert!(has(
            "des années 1960 aux années 1980",
            "des années 1960 aux années 1980",
            "decade-range"
        ));
        assert!(
            !found("des années 1980 aux années 1960")
                .iter()
                .any(|(_, r)| *r == "decade-range")
        );
        assert!(has(
            "du XVIIIe au XXe siècle",
            "du XVIIIe au XXe siècle",
            "century-range"
        ));
        assert!(has(
            "de 2015 jusqu'à 2018",
            "de 2015 jusqu'à 2018",
            "year-range"
        ));
        assert!(has("à l'horizon 2030", "à l'horizon 2030", "from-now-to"));
    }

    #[test]
    fn not_dates() {
        for text in [
            "1.500 km",
            "75e anniversaire",
            "G20",
            "23.9 C",
            "2023 personnes",
            "le lendemain",
        ] {
            let f = found(text);
            assert!(
                f.iter()
                    .all(|(_, r)| !r.starts_with("day-month") && *r != "year"),
                "{text}: {f:?}"
            );
        }
        assert!(has("18 mois", "18 mois", "duration"));
        assert!(
            !found("un jour viendra")
                .iter()
                .any(|(_, r)| *r == "duration")
        );
        assert!(!found("la hiérarchie").iter().any(|(_, r)| *r == "day-word"));
        assert!(
            !found("Marseille")
                .iter()
                .any(|(_, r)| *r == "month-by-tense")
        );
    }

    #[test]
    fn boundaries() {
        assert!(boundary_ok("en 2000lorsqu", 0, 7));
        assert!(!boundary_ok("en 20001", 0, 7));
        assert!(!boundary_ok("chier", 1, 5));
        assert!(boundary_ok("d'après-demain", 2, 15));
    }

    /// The matches of every rule over the whole text, as before anchors.
    fn whole_text(text: &str) -> Vec<(usize, usize, &'static str, String)> {
        let mut out = Vec::new();
        for rule in RULES.iter() {
            let mut pos = 0;
            let mut found = Vec::new();
            rule_matches(rule, text, text, &mut pos, &mut found);
            for c in &mut found {
                year_after_comma(text, c);
                open_around(text, c);
            }
            out.extend(
                found
                    .into_iter()
                    .map(|c| (c.start, c.end, c.rule, format!("{:?}", c.spec))),
            );
        }
        out
    }

    fn anchored(text: &str) -> Vec<(usize, usize, &'static str, String)> {
        candidates(text)
            .into_iter()
            .map(|c| (c.start, c.end, c.rule, format!("{:?}", c.spec)))
            .collect()
    }

    /// The seed articles and, as one text, the sentence templates of the
    /// generated corpus.
    fn sample_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = std::fs::read_dir(root.join("corpus"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect();
        texts.extend(std::fs::read_to_string(
            root.join("tests/fixtures/gen/sentences.txt"),
        ));
        texts
    }

    #[test]
    fn anchored_rules_find_what_they_find_over_the_whole_text() {
        let mut texts = sample_texts();
        texts.extend(
            [
                "mai(5 mai 2020), déc.(12 déc.) et (mardi prochain), «il y a 3 ans»",
                "Mars, le 3 mars; en 2019, 12/03/2020 (2020-03-12) 17/02",
                "juin,(juin 2020) ce jour-là, l'été 2023; hier soir! la veille du 3 juin",
                "marché décision mardi; dimanche, 2 jours plus tard",
                "déc",
                "2020",
                "En début de semaine, fin du mois de mars 2019; mi-juin (la première quinzaine d'avril)",
                "le 3e jeudi du mois prochain, le dernier jour de l'année; le jour suivant, en ce moment",
                "lundi en quinze; il y a un an et deux mois, 5-3-2019 (5 3 2019), le 5 mars, 2019 et",
                "à partir du 8 mars; du 5 jusqu'au 8 mars, le 14. Pâques 2024, le lundi de Pâques",
                "le 1er ministre, l'article 5, 2-1, 18h40, 01 45 67 89 10, les 7 pays, au 20 %",
            ]
            .map(String::from),
        );
        let mut n = 0;
        for text in &texts {
            let want = whole_text(text);
            n += want.len();
            assert_eq!(anchored(text), want, "{text}");
        }
        assert!(n > 100);
    }

    #[test]
    fn separators_are_what_no_rule_matches() {
        let plan = &*PLAN;
        for c in [',', '(', ')', '«', '»', ';'] {
            assert!(plan.separators.contains(&c), "{c}");
        }
        let numeric = RULES.iter().find(|r| r.name == "numeric-date").unwrap();
        assert!(can_contain(&hir(&numeric.pattern), '.'));
        assert!(can_contain(&hir(&numeric.pattern), '/'));
        assert!(!can_contain(&hir(&numeric.pattern), ','));
        assert!(can_contain(&hir("(?i)k"), 'K'));
        assert!(!can_contain(&hir("a{0}b"), 'a'));
        assert!(has_look(&hir("(?m)^a$")));
        assert!(!has_look(&hir("a+b")));
        let line = RULES
            .iter()
            .find(|r| r.name == "numeric-day-month-line")
            .unwrap();
        assert!(line.looks);
    }

    #[test]
    fn segments_and_windows() {
        let text = "a, b 2020, c; d 2021 e, f";
        let seg = Segments::new(text, &[',', ';']);
        assert_eq!(seg.starts, vec![0, 2, 10, 13, 23]);
        assert_eq!(seg.ends, vec![1, 9, 12, 22, 25]);
        let hirs = [r"\d{4}", "e, f", "x", r"d \d+"].map(hir);
        let set = rule_set(&hirs.iter().collect::<Vec<_>>());
        let mut cache = set.create_cache();
        let w = windows(text, &seg, &set, &mut cache).unwrap();
        // each window runs from its segment's start to the last end in it
        assert_eq!(w[0], vec![(2, 9), (13, 20)]);
        // a match over a separator: the segment of its last character
        assert_eq!(w[1], vec![(23, 25)]);
        // a pattern that matches nowhere: no window, its rule is not run
        assert!(w[2].is_empty());
        // every end (overlapping matches: `d 2`, `d 20`...) moves the cut
        assert_eq!(w[3], vec![(13, 20)]);
        // neighbouring segments make one window
        let text = "2020, 2021; x";
        let seg = Segments::new(text, &[',', ';']);
        let w = windows(text, &seg, &set, &mut cache).unwrap();
        assert_eq!(w[0], vec![(0, 10)]);
        assert_eq!(w[2], vec![(11, 13)]);
    }

    /// The names of the rules the automaton says can match in `text`.
    fn can_match(text: &str) -> Vec<&'static str> {
        let plan = &*PLAN;
        let segments = Segments::new(text, &plan.separators);
        let w = plan_windows(text, &segments, plan, &mut CACHE.lock().unwrap()).unwrap();
        RULES
            .iter()
            .zip(&w)
            .filter(|(_, w)| !w.is_empty())
            .map(|(r, _)| r.name)
            .collect()
    }

    #[test]
    fn only_the_rules_whose_pattern_matches_are_run() {
        // no date: no rule is run at all
        assert_eq!(can_match("Le chat dort sur le lit."), Vec::<&str>::new());
        let found = can_match("Il est venu le 5 mars 2019, avec eux.");
        for rule in ["day-month-year", "day-month", "month-year"] {
            assert!(found.contains(&rule), "{rule}: {found:?}");
        }
        for rule in [
            "ago",
            "weekday-by-tense",
            "iso-date",
            "numeric-day-month-line",
        ] {
            assert!(!found.contains(&rule), "{rule}: {found:?}");
        }
        // a month word inside another word is no month
        assert!(!can_match("la décision du marché").contains(&"month"));
        // the look-around rule only where its line is
        assert!(can_match("titre\n17/02\ntexte").contains(&"numeric-day-month-line"));
    }

    /// The seed articles, the generated corpus's sentences, the date,
    /// story and off-topic fixtures and date phrases generated over every
    /// month name and abbreviation.
    fn date_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = sample_texts();
        for dir in [
            "tests/fixtures/dates",
            "tests/fixtures/story",
            "tests/fixtures/offtopic",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                texts.extend(std::fs::read_to_string(e.unwrap().path()).ok());
            }
        }
        let l = lexicon();
        let months: Vec<&str> = l
            .months
            .iter()
            .flat_map(|m| std::iter::once(&m.name).chain(&m.abbrevs))
            .map(String::as_str)
            .collect();
        let weekdays = [
            "lundi", "mardi", "Mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ];
        let frames = [
            "Le {w} {d} {m} {y}, il est venu.",
            "depuis le {d} {m}, puis du {d} au 28 {m} {y} (il y a {d} jours)",
            "{w} dernier, en {m} {y}; l'été {y}, fin {m}, le {d}/{n}/{y}",
            "la nuit du {w} au {d} {m}, vers 14h{d}; {y}-{n}-{d} et dans {d} ans",
        ];
        let mut k = 0usize;
        for m in &months {
            for f in frames {
                let (d, y) = (1 + k % 31, 1890 + (k * 7) % 160);
                texts.push(
                    f.replace("{w}", weekdays[k % 7])
                        .replace("{d}", &d.to_string())
                        .replace("{m}", m)
                        .replace("{n}", &format!("{:02}", 1 + k % 12))
                        .replace("{y}", &y.to_string()),
                );
                k += 1;
            }
        }
        assert!(texts.len() > 100);
        texts
    }

    /// The groups' automata give every rule the windows one automaton of
    /// all the rules gives it (the former plan), on the seed articles, the
    /// date fixtures and generated date phrases.
    #[test]
    fn groups_find_the_windows_of_one_automaton() {
        let texts = date_texts();
        let plan = &*PLAN;
        let one = rule_set(&RULES.iter().map(|r| &r.hir).collect::<Vec<_>>());
        let mut one_cache = one.create_cache();
        let mut found = 0;
        for text in &texts {
            let segments = Segments::new(text, &plan.separators);
            let expected = windows(text, &segments, &one, &mut one_cache).unwrap();
            let got = plan_windows(text, &segments, plan, &mut CACHE.lock().unwrap()).unwrap();
            assert_eq!(got, expected, "{text}");
            found += expected.iter().filter(|w| !w.is_empty()).count();
        }
        assert!(found > 500, "{found}");
    }

    #[test]
    fn every_rule_is_found_where_it_matches() {
        // each rule's windows cover every match it has over the whole text,
        // on the seed articles and the generated corpus's sentences
        let texts = sample_texts();
        let plan = &*PLAN;
        let mut seen = vec![false; RULES.len()];
        for text in &texts {
            let segments = Segments::new(text, &plan.separators);
            let w = plan_windows(text, &segments, plan, &mut CACHE.lock().unwrap()).unwrap();
            for (i, rule) in RULES.iter().enumerate() {
                let mut pos = 0;
                let mut found = Vec::new();
                rule_matches(rule, text, text, &mut pos, &mut found);
                seen[i] |= !found.is_empty();
                for c in found {
                    let inside = if rule.looks {
                        !w[i].is_empty()
                    } else {
                        w[i].iter().any(|&(a, b)| a <= c.start && c.end <= b)
                    };
                    assert!(inside, "{}: {}", rule.name, &text[c.start..c.end]);
                }
            }
        }
        // 22 of the 56 rules match somewhere in these texts
        assert!(seen.iter().filter(|s| **s).count() >= 20);
    }

    #[test]
    fn dans_les_and_a_count_is_read_unless_counted_from_an_event() {
        assert!(has("dans les 48 heures", "dans les 48 heures", "in-n"));
        assert!(has(
            "dans les trois prochains mois",
            "dans les trois prochains mois",
            "in-n"
        ));
        assert!(!has(
            "dans les 48 heures qui ont suivi l'attaque",
            "dans les 48 heures",
            "in-n"
        ));
        assert!(!has(
            "dans les trois jours suivant le vote",
            "dans les trois jours",
            "in-n"
        ));
        // `prochains` after the count only after `dans les`
        assert!(!has(
            "dans 3 prochains jours",
            "dans 3 prochains jours",
            "in-n"
        ));
    }

    #[test]
    fn decennie_roman_months_year_nouns_and_part_pairs() {
        assert!(has("la décennie 2010", "la décennie 2010", "decade"));
        assert!(!has("la décennie 2013", "la décennie 2013", "decade"));
        assert!(has("le 3-III-2024", "3-III-2024", "roman-date"));
        assert!(!has("le 3-iii-2024", "3-iii-2024", "roman-date"));
        assert!(!has("le 3-III.2024", "3-III.2024", "roman-date"));
        assert!(has("l'exercice 2023", "l'exercice 2023", "year"));
        assert!(has(
            "fin mars-début avril 2019",
            "fin mars-début avril 2019",
            "part-of-period"
        ));
        assert!(has(
            "entre fin avril et début mai",
            "entre fin avril et début mai",
            "part-of-period"
        ));
        // reversed: no pair
        assert!(!has(
            "fin 2024-début 2023",
            "fin 2024-début 2023",
            "part-of-period"
        ));
    }
}
