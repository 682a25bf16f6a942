//! The publication date of an article that comes without metadata, read
//! from its own text.
//!
//! Relative dates (`hier`, `mardi`, `la semaine dernière`) are resolved
//! against the publication day, so a wrong guess here misdates every event
//! of the article. Hence only evidence that fixes one day is used, in this
//! order, and every candidate is checked against the text before it is kept:
//!
//! 0. a day in the source URL the metadata gives (`/2024/03/07/`,
//!    `-20240307-`, [`super::url`]);
//! 1. a labelled line: `Publié le 12/09/2023 à 10h30 · Mis à jour le …`
//!    (the first publication wins over the updates), a byline with a date,
//!    in words, numbers, ISO (`2024-03-07T10:30:00+01:00`, the day written,
//!    no time zone applied) or month first (`Publié : juin 05, 2025`), or in
//!    English as scraped pages print it (`Published March 7, 2024`,
//!    `Updated 7 Mar 2024`, `data/calendar-en.toml`); then the machine
//!    metadata kept in the text (`article:published_time …`,
//!    `"datePublished": …`) when it gives one day; then timestamp lines
//!    (`Le 12/02/2024 à 18h40`) when they give one day (several: a live
//!    blog). Lines under a list of other articles or of comments
//!    (`Lire aussi`, `Les plus lus`, `3 commentaires`) are not the page's;
//!    two-digit years are 20yy up to 2029 ([`crate::text::full_year`]);
//! 2. a dateline opening the story: `MOSCOU, 12 septembre 2023 (AFP) –`,
//!    `SÉOUL, 19 octobre (Reuters) -` (its year: the first the bounds
//!    allow), but not the page's top bar (`jeudi 6 novembre 2025 – Paris
//!    9°C`), which prints the day the page was viewed;
//! 3. the day the first sentences name as this one: `ce jeudi 7 mars 2024`,
//!    `ce vendredi 14 février` (its year: the one the bounds allow in which
//!    that day is that weekday, when only one does);
//! 4. a relative day confirmed by an explicit one: `demain (18 juin)`,
//!    `aujourd'hui, 12 septembre 2023`; a missing year is the first that
//!    comes after every past date of the text;
//! 5. a bare date line at the top (`mardi 12 septembre 2023`, `March 7,
//!    2024`), unless it sits in the page's top bar next to the weather.
//!
//! Every candidate the bounds rule out, and every year-less day that fits
//! several years (or none), is kept with the reason for `--verbose`.
//!
//! The bounds ([`Bounds`]): a date the text reports in the past tense cannot
//! start after the publication day, a date it announces in the future
//! cannot end before it. A candidate outside them is dropped, and the next
//! kind of evidence is tried. Nothing found: the publication stays unknown,
//! and relative dates stay unresolved rather than guessed.

use super::roles::RoleTitles;
use crate::model::{
    Confidence, DateInterval, DateSource, PublicationBounds, PublicationRule, Span, Tense,
    YearlessDay,
};
use crate::temporal::Parsed;
use crate::temporal::blocks::{DATELINE_HEAD, DATELINE_TAIL, is_story_line};
use crate::temporal::resolve::{Spec, Unit, WdMode, resolve_at, shift};
use crate::temporal::rules::Candidate;
use crate::temporal::tense::announced_by_relative;
use crate::text::{Rules, Text};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::{LazyLock, OnceLock};

/// A publication day found in the text, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inferred {
    pub day: NaiveDate,
    pub source: DateSource,
    /// Which kind of evidence: a bare header date line may be overruled
    /// by the corpus (`crate::publication::corpus`).
    pub rule: PublicationRule,
    /// `stated` when the page writes the whole day, `inferred` when its
    /// year comes from the bounds of the text.
    pub confidence: Confidence,
    /// The words it was read from and the rule, for users (`dateline: «…»`).
    pub evidence: String,
    /// The date of a dateline (normalized span): it dates the article, not
    /// the events of its first sentence.
    pub dateline: Option<Span>,
}

/// What the text says that bears on its publication day.
struct Reading<'a> {
    text: &'a Text,
    /// The publication and credit lines' patterns (`Config::publication`).
    lines: &'a LabelledLines,
    /// Expressions in story sentences (captions included: a photo is older
    /// than its article), with the tense of their clause.
    exprs: Vec<(&'a Candidate, Tense)>,
    /// What its absolute dates allow.
    bounds: Bounds,
    /// Candidates left out by a rule, and why (for `--verbose`).
    notes: std::cell::RefCell<Vec<String>>,
    /// The page's first update line (`Mis à jour le …`), read once.
    update: Option<Inferred>,
}

/// The publication day of `text` (whose expressions are `parsed`), when
/// the text itself fixes one.
pub fn infer(text: &Text, parsed: &Parsed, lines: &LabelledLines) -> Option<Inferred> {
    infer_explained(text, parsed, lines, None, None).0
}

/// [`infer`], given the source URL the metadata has (its day comes first,
/// [`super::url`]) and the gazetteer's titles (a role the text gives
/// someone bounds the day from below, [`super::roles`]), with the
/// candidates the bounds of the text rejected and why (for `--verbose`).
pub fn infer_explained(
    text: &Text,
    parsed: &Parsed,
    lines: &LabelledLines,
    url: Option<&str>,
    roles: Option<&RoleTitles>,
) -> (Option<Inferred>, Vec<String>) {
    let reading = Reading::new(text, parsed, lines, roles);
    let mut rejected = Vec::new();
    let update = reading.update.clone();
    let tries = [
        url.and_then(url_day),
        reading.labelled_line(),
        reading.dateline(),
        reading.yearless_labelled_line(),
        reading.named_today(),
        update.clone(),
        reading.confirmed_relative(),
        reading.bare_header(),
    ];
    let mut found = None;
    for c in tries.into_iter().flatten() {
        // a page is published before it is updated
        let after_update = update
            .as_ref()
            .filter(|u| c.day > u.day)
            .map(|u| format!("after the update of the page ({})", u.evidence));
        let after_role = || {
            (c.confidence != Confidence::Stated)
                .then(|| reading.bounds.after_role(c.day))
                .flatten()
        };
        match after_update
            .or_else(|| reading.bounds.contradiction(c.day))
            .or_else(after_role)
        {
            None => {
                found = Some(c);
                break;
            }
            Some(why) => rejected.push(format!("{} {} rejected: {why}", c.evidence, c.day)),
        }
    }
    rejected.extend(reading.notes.take());
    (found, rejected)
}

/// Why `day` cannot be the publication day of `text`, if it cannot.
pub fn contradiction(
    text: &Text,
    parsed: &Parsed,
    lines: &LabelledLines,
    day: NaiveDate,
) -> Option<String> {
    Reading::new(text, parsed, lines, None)
        .bounds
        .contradiction(day)
}

/// The days a text allows for its own publication: not before the latest
/// start of a date it reports in the past, not after the earliest end of a
/// date it announces in the future. Each bound keeps its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bounds {
    pub not_before: Option<(NaiveDate, String)>,
    pub not_after: Option<(NaiveDate, String)>,
    /// The start of a role the text gives someone (its words: `ministre
    /// russe de la Défense, Andreï Belousov`). It rules days out, but it
    /// never places a year-less day: a role lasts years, and the nearest
    /// 19 octobre after Lavrov became minister in 2004 is not the article's.
    pub role_floor: Option<(NaiveDate, String)>,
    /// The end of a role the text gives someone as current (`le président
    /// sud-coréen Yoon Suk Yeol`: until 2025-04-04). Weaker than the other
    /// bounds (a text may recall the title someone held then): it rejects
    /// only a day the page does not state in full, and chooses among the
    /// years a year-less day fits; it never states a date.
    pub role_ceiling: Option<(NaiveDate, String)>,
    /// The day a dateline or the first sentences name as the article's own,
    /// without a year (`SÉOUL, 19 octobre (Reuters) -`, `ce mercredi 4
    /// décembre`), with its words. It places nothing alone (a 19 October
    /// falls in every year); the corpus inference and the bounds look only
    /// at such days ([`PublicationBounds::on`]).
    pub yearless: Option<(YearlessDay, String)>,
    /// The lower bound of the text's dates is a whole year (`l'ouvrage,
    /// construit en 2009`): a year reported alone is most often a recall
    /// (a building's, a law's, an election's), not last month's news, so it
    /// places a year-less day only when the bounds hold that day once.
    pub floor_is_a_year: bool,
    /// The weekday the first sentences name as this one without a date
    /// (`Claire Vasseur a défendu ce mercredi son texte`, `achève ce
    /// dimanche une visite`), with its words: the corpus inference and the
    /// bounds look only at days on it ([`PublicationBounds::weekday`]).
    pub weekday: Option<(u32, String)>,
}

impl Bounds {
    /// The bounds the absolute expressions of `text` and the titles it
    /// gives people (with `roles`) set.
    pub fn of(
        text: &Text,
        parsed: &Parsed,
        lines: &LabelledLines,
        roles: Option<&RoleTitles>,
    ) -> Bounds {
        Reading::new(text, parsed, lines, roles).bounds
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.contradiction(day).is_none()
    }

    /// The bounds the corpus inference must respect, when there are any:
    /// the later of the dates' floor and a role's start, the ceiling, and
    /// the year-less day the text names as its own.
    pub fn typed(&self) -> Option<PublicationBounds> {
        let typed = PublicationBounds {
            not_before: self
                .not_before
                .as_ref()
                .map(|(d, _)| *d)
                .max(self.role_floor.as_ref().map(|(d, _)| *d)),
            not_after: self.not_after.as_ref().map(|(d, _)| *d),
            on: self.yearless.as_ref().map(|(on, _)| *on),
            role_until: self.role_ceiling.as_ref().map(|(d, _)| *d),
            weekday: self.weekday.as_ref().map(|(wd, _)| *wd),
        };
        (typed != PublicationBounds::default()).then_some(typed)
    }

    /// Why `day` is outside the bounds, if it is.
    pub fn contradiction(&self, day: NaiveDate) -> Option<String> {
        if let Some((floor, words)) = &self.role_floor
            && day < *floor
        {
            return Some(format!(
                "«{words}» holds that title only from {floor}, after {day}"
            ));
        }
        if let Some((floor, words)) = &self.not_before
            && day < *floor
        {
            return Some(format!(
                "«{words}» is reported in the past but starts after {day}"
            ));
        }
        if let Some((ceiling, words)) = &self.not_after
            && day > *ceiling
        {
            return Some(format!(
                "«{words}» is announced in the future but ends before {day}"
            ));
        }
        None
    }

    /// Why a day the page does not state in full (a year chosen, an
    /// inference) is after the end of a role the text gives as current.
    pub fn after_role(&self, day: NaiveDate) -> Option<String> {
        let (until, words) = self.role_ceiling.as_ref()?;
        (day > *until).then(|| {
            format!(
                "«{words}» is given that title as current, held only until {until}, before {day}"
            )
        })
    }

    /// [`Bounds::contains`], and not after a role's end.
    fn allows(&self, day: NaiveDate) -> bool {
        self.contains(day) && self.after_role(day).is_none()
    }

    /// The days of `d`/`m` the bounds allow that fall on weekday `wd`
    /// (0 = Monday), looked for up to [`WEEKDAY_YEARS`] years after the
    /// lower bound its dates set (not a role's): a weekday repeats on a day
    /// every few years, so only a text that bounds itself from below can be
    /// placed.
    fn weekday_fits(&self, m: u32, d: u32, wd: u32) -> Vec<NaiveDate> {
        self.weekday_fits_before_roles_end(m, d, wd)
            .into_iter()
            .filter(|day| self.after_role(*day).is_none())
            .collect()
    }

    /// [`Bounds::weekday_fits`] without the end of a role.
    fn weekday_fits_before_roles_end(&self, m: u32, d: u32, wd: u32) -> Vec<NaiveDate> {
        let Some((floor, _)) = &self.not_before else {
            return Vec::new();
        };
        (floor.year()..=floor.year() + WEEKDAY_YEARS)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .filter(|day| day.weekday().num_days_from_monday() == wd && self.contains(*day))
            .collect()
    }

    /// The first `d`/`m` on or after the lower bound, if within the upper
    /// one. Under a lower bound that is a whole year, only when the same day
    /// a year later is outside the bounds.
    fn nearest(&self, m: u32, d: u32) -> Option<NaiveDate> {
        let (floor, _) = self.not_before.as_ref()?;
        let day = (floor.year()..=floor.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .find(|day| day >= floor)
            .filter(|day| self.allows(*day))?;
        let next = NaiveDate::from_ymd_opt(day.year() + 1, m, d);
        (!self.floor_is_a_year || next.is_none_or(|n| !self.allows(n))).then_some(day)
    }
}

/// How many days after its publication a page's update line is trusted to
/// place a year-less dateline (an update most often follows within hours).
const UPDATE_DAYS: i64 = 31;

/// How many years after a text's lower bound a year-less day with a weekday
/// is looked for.
const WEEKDAY_YEARS: i32 = 6;

/// True when the weekdays a wire's lead reports on (`named`) allow `day`
/// as its dateline's: none named, or one that is that day or the day
/// before (a story filed the next morning).
fn lead_fits(named: &[u32], day: NaiveDate) -> bool {
    let on = day.weekday().num_days_from_monday();
    named.is_empty() || named.iter().any(|wd| *wd == on || (wd + 1) % 7 == on)
}

/// A line that states the publication: a label (`Publié le`, `Mis à jour
/// le`, a byline `Par X |`) or a bare `Le` followed by a time, then a date
/// in words, numbers, ISO or month first, then page furniture only. Built
/// once per run from `data/publication.toml` into the configuration
/// (`Config::publication`).
pub struct LabelledLines {
    line: Regex,
    /// The work a credit names before its people, as French bylines print
    /// it (`Propos recueillis par`, `Texte :`, `Texte et photos :`,
    /// `Reportage :`), closed by `par` or a colon.
    credit_lead: Regex,
    /// Words a credit may hold besides capitalised names and numbers: the
    /// links of `Rédaction Europe 1 avec AFP`, `Jean Dupont et Marie Martin`.
    credit_links: Vec<String>,
    /// English labels: a numeric date after them may be month first.
    english_label: Regex,
    /// What opens a live page's title (`EN DIRECT -`, `Live :`).
    live: Regex,
    /// Furniture a labelled line's date may be followed by, separator aside.
    furniture: Regex,
    /// The head of a note about the page itself (`Rectificatif du`,
    /// `Correction, le`, `Erratum :`): its day is when the page was
    /// corrected, on or after its publication.
    note_head: Regex,
    /// A line that is only a date (`March 7, 2024`, `jeudi 7 mars 2024`).
    date_only: FirstUse,
    /// Month names, French and English, lowercase, with their number.
    months: Vec<(String, u32)>,
    /// A publication line whose date has no year: `Publié le 19 juin à
    /// 10h30`.
    yearless: FirstUse,
    /// What follows the date of a line that opens on it and closes on its
    /// byline: `12 février 2024 | Par Jean Dupont`, `12 février 2024 à
    /// 18h05 par La Rédaction`.
    trailing_byline: FirstUse,
    /// A time of day that closes a credit before its date: `Rédaction
    /// Europe 1 avec AFP 18h05 , le 12 novembre 2024`.
    credit_time: FirstUse,
    /// A broadcaster's publication label (`Diffusé le`, `Émission du`).
    broadcast: Regex,
}

/// What the words before a publication line's own start say of it
/// (`Ouest-France Jean Dupont. Publié le …`, `Par AFP le …`): a credit, a
/// byline, a relative age of the page (`Il y a 3 heures ·`).
#[derive(Clone, Copy, Default)]
struct Credit {
    /// The credit opens on `par` / `by`: the line is a byline.
    byline: bool,
    /// The credit ends on the time of day of the date after it.
    timed: bool,
}

/// How many words a credit before a publication line may have.
const CREDIT_WORDS: usize = 8;
/// `Il y a 3 heures`, `il y a 12 min`: the age of the page, as sites print
/// it next to the publication date.
static PAGE_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^il y a \d{1,3}\s*(?:s|sec(?:ondes?)?|min(?:utes?)?|h|heures?|jours?|j)$")
        .expect("page age regex")
});

impl Credit {
    /// The credit the words before a line's date part make, if they are
    /// one: `Par Jean Dupont (avec AFP)`, `Le Point.fr`, `Ouest-France Jean
    /// Dupont.`, `Il y a 3 heures ·`, each word a capitalised name, a
    /// number, a bracketed credit or a link word (`[credit] links` of
    /// `data/publication.toml`). A sentence (`Le rapport`, `Moscou a`) has
    /// a lowercase word and is none.
    fn of(prefix: &str, lines: &LabelledLines) -> Option<Credit> {
        let time = lines.credit_time.get();
        const SEPARATORS: &str = "|·•–—-./";
        let mut p = prefix.trim_end_matches(|c: char| SEPARATORS.contains(c) || c.is_whitespace());
        let mut timed = false;
        if let Some(m) = time.find(p) {
            timed = true;
            p = p[..m.start()].trim_end();
        }
        if p.is_empty() {
            return None;
        }
        if PAGE_AGE.is_match(p) {
            return Some(Credit {
                byline: false,
                timed,
            });
        }
        // `Propos recueillis par Marie Lefort.`, `Texte : J. Martin –`: the
        // work credited, then the names
        let lead = lines.credit_lead.find(p).map_or(0, |m| m.end());
        let words: Vec<&str> = p[lead..].split_whitespace().collect();
        if words.is_empty() || words.len() > CREDIT_WORDS {
            return None;
        }
        let first = words[0].to_lowercase();
        let byline = lead > 0 || first == "par" || first == "by";
        let names = if byline { &words[1..] } else { &words[..] };
        let mut bracket = false;
        // `Par Julien Marchal, urbaniste`: after the comma that closes a
        // byline's name, the author's description
        let mut described = false;
        let credit_word = |w: &str, bracket: &mut bool, described: &mut bool| {
            let open = w.starts_with('(');
            let word = w.trim_matches(|c: char| "(),".contains(c));
            let ok = *bracket
                || *described
                || open
                || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || lines.credit_links.contains(&word.to_lowercase());
            *bracket = (*bracket || open) && !w.ends_with(')');
            *described = *described || (byline && ok && w.ends_with(','));
            ok
        };
        // after a work's lead (`Article rédigé par franceinfo`), a brand
        // written in lowercase
        let first_is_name = lead > 0
            || names
                .first()
                .is_some_and(|w| w.trim_start_matches('(').starts_with(char::is_uppercase));
        (first_is_name
            && names
                .iter()
                .all(|w| credit_word(w, &mut bracket, &mut described)))
        .then_some(Credit { byline, timed })
    }
}

/// A regex compiled when first used: the [`LabelledLines`] patterns other
/// than `line` are read only on some pages, and compiling them all was a
/// tenth of a run on one article.
struct FirstUse {
    pattern: String,
    what: &'static str,
    regex: OnceLock<Regex>,
}

impl FirstUse {
    fn new(pattern: String, what: &'static str) -> Self {
        FirstUse {
            pattern,
            what,
            regex: OnceLock::new(),
        }
    }

    fn get(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::new(&self.pattern).expect(self.what))
    }
}

/// English month and weekday names of scraped pages' headers.
const CALENDAR_EN: &str = include_str!("../../data/calendar-en.toml");

#[derive(serde::Deserialize)]
struct Calendar {
    months: Vec<Vec<String>>,
    weekdays: Vec<String>,
}

/// The English calendar's (name, month number) pairs and weekday names.
fn english_calendar() -> (Vec<(String, u32)>, Vec<String>) {
    let cal: Calendar = toml::from_str(CALENDAR_EN).expect("data/calendar-en.toml");
    let months = (1..)
        .zip(cal.months)
        .flat_map(|(n, names)| names.into_iter().map(move |name| (name, n)))
        .collect();
    (months, cal.weekdays)
}

/// The words of publication and credit lines (`data/publication.toml`,
/// read once into the configuration: `Config::publication`).
#[derive(serde::Deserialize)]
struct PublicationWords {
    labels: LabelWords,
    byline: BylineWords,
    credit: CreditWords,
    furniture: FurnitureWords,
    notes: NoteWords,
    live: LiveWords,
}

#[derive(serde::Deserialize)]
struct LiveWords {
    markers: Vec<String>,
}

#[derive(serde::Deserialize)]
struct LabelWords {
    published: Vec<String>,
    broadcast: Vec<String>,
    updated: Vec<String>,
    english: Vec<String>,
}

#[derive(serde::Deserialize)]
struct CreditWords {
    leads: Vec<String>,
    links: Vec<String>,
}

#[derive(serde::Deserialize)]
struct FurnitureWords {
    after_date: Vec<String>,
}

#[derive(serde::Deserialize)]
struct NoteWords {
    heads: Vec<String>,
}

#[derive(serde::Deserialize)]
struct BylineWords {
    leads: Vec<String>,
    desk_articles: Vec<String>,
    desks: Vec<String>,
    desk_links: Vec<String>,
    correspondent_openers: Vec<String>,
    correspondent_possessives: Vec<String>,
    correspondent_posts: Vec<String>,
    correspondent_qualifiers: Vec<String>,
    correspondent_places: Vec<String>,
    place_particles: Vec<String>,
    place_elided: Vec<String>,
}

/// A list of the data file as one group of alternatives, in its order.
fn any_of<'a>(words: impl IntoIterator<Item = &'a String>) -> String {
    let words: Vec<&str> = words.into_iter().map(String::as_str).collect();
    format!("(?:{})", words.join("|"))
}

/// The patterns built from `data/publication.toml`.
struct PublicationPatterns {
    /// The labels of a publication line; `updated` labels give a later day.
    published: String,
    /// The labels of `published` a broadcaster prints over a programme's
    /// page: in the page's header they date the page; in its body they date
    /// a programme the page quotes or embeds (a video's caption).
    broadcast: String,
    updated: String,
    /// What a byline may say before its `par` (optional: most bylines open
    /// on `Par`).
    leads: String,
    /// A byline that names no one but the paper's own reporter, by the post,
    /// with the place of the post.
    correspondent: String,
    /// A byline that names a desk of the newsroom rather than people. The
    /// desk's name is at most three words after its noun, and the byline
    /// stands alone or before its separator, like a person's.
    desk: String,
}

impl PublicationPatterns {
    fn from_words(words: &PublicationWords) -> Self {
        let (labels, b) = (&words.labels, &words.byline);
        // a time of day a label may hold before its date (`Publié à 10h30,
        // le …`)
        let at = r"(?:\s+à\s+\d{1,2}\s*[h:]\s*\d{0,2}\s*,)?";
        let published = any_of(labels.published.iter().chain(&labels.broadcast));
        let updated = any_of(&labels.updated);
        let (openers, possessives, posts) = (
            any_of(&b.correspondent_openers),
            any_of(&b.correspondent_possessives),
            any_of(&b.correspondent_posts),
        );
        let (qualifiers, places) = (
            any_of(&b.correspondent_qualifiers),
            any_of(&b.correspondent_places),
        );
        let particles = any_of(&b.place_particles);
        let place = format!(
            r"(?-i:\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:{particles}\s+|{})?\p{{Lu}}[\p{{L}}'’-]*){{0,3}})",
            b.place_elided.join("|")
        );
        PublicationPatterns {
            published: format!("{published}{at}"),
            broadcast: any_of(&labels.broadcast),
            updated: format!("{updated}{at}"),
            leads: format!(r"(?:{}\s+)?", any_of(&b.leads)),
            correspondent: format!(
                r"(?:{openers}\s+{possessives}\s+{posts}(?:\s+{qualifiers})?(?:\s+{places}\s+{place})?)"
            ),
            desk: format!(
                r"(?:par\s+{}\s*{}(?:\s+(?:{}\s*)?[\p{{L}}'’-]+){{0,3}})",
                any_of(&b.desk_articles),
                any_of(&b.desks),
                any_of(&b.desk_links)
            ),
        }
    }
}
/// A time of day: `à 10h30`, `, 18:40`, `| 11:18`, `at 10:32 AM`, and the
/// ISO forms `T10:30:00+01:00`, `10:30:00Z`, `10:30 UTC`, `10:32 CEST`, and
/// Canada's `10 h 12 HNE` (heure normale or avancée of the East, Centre,
/// Rockies, Pacific, Atlantic, Newfoundland: `HNE`, `HAE`, `HNC`…; the zone is read
/// past, never applied: the day is the one written).
const TIME: &str = r"\s*(?:à|at|,|-|–|\||·|•|/|T)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|(?:UTC|GMT|CEST|CET|H[NA][ECRPAT])(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?";
/// The keys under which a page's machine metadata gives its publication
/// (`article:published_time`, schema.org's `datePublished`) and its updates,
/// as a scraped page keeps them in its text.
/// (`article:modified_time`, `dateModified` are not read: a site touches
/// them when it re-indexes its archive.)
const META_PUBLISHED: &str =
    r"(?:og:)?article:published_time|datepublished|date_published|publish(?:ed)?[_-]?date";
/// A metadata key and its ISO value, in a `<meta>` tag, JSON-LD or a
/// scraped `key value` line: `article:published_time 2024-03-07T09:12:00Z`,
/// `"datePublished": "2024-03-07T10:30:00+01:00"`.
static META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?i)(?:^|[\s"'{{,;<])(?:{META_PUBLISHED})["']?\s*(?:[:=]\s*)?(?:content\s*=\s*)?["']?\s*(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?(?:$|[^\d])"#
    ))
    .expect("metadata regex")
});

impl LabelledLines {
    /// The patterns of the words of `data` (`data/publication.toml`), with
    /// the month and weekday names of the text rules.
    pub fn from_data(data: &str) -> anyhow::Result<Self> {
        let rules = Rules::builtin();
        let words: PublicationWords = toml::from_str(data)?;
        let (english_months, english_weekdays) = english_calendar();
        let month_names: Vec<(String, u32)> =
            rules.months.iter().cloned().chain(english_months).collect();
        let mut months: Vec<&str> = month_names.iter().map(|(n, _)| n.as_str()).collect();
        months.sort_by_key(|m| (std::cmp::Reverse(m.len()), *m));
        months.dedup();
        let mut weekdays: Vec<&str> = rules
            .weekdays
            .iter()
            .chain(&english_weekdays)
            .map(String::as_str)
            .collect();
        weekdays.sort_by_key(|m| (std::cmp::Reverse(m.len()), *m));
        weekdays.dedup();
        let (mo, wd) = (months.join("|"), weekdays.join("|"));
        let date = format!(
            r"(?:(?:{wd})\.?,?\s+)?(?P<d1>\d{{1,2}})(?:er|e)?\s+(?P<m1>{mo})\.?,?\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>\d{{4}}|\d{{2}})|(?P<y3>\d{{4}})[-/.](?P<m3>\d{{1,2}})[-/.](?P<d3>\d{{1,2}})|(?P<m4>{mo})\.?\s+(?P<d4>\d{{1,2}})(?:er)?,?\s+(?P<y4>\d{{4}})"
        );
        // `Par Jean Dupont`, `Par Jean Dupont et Marie Martin`, with an
        // agency credit (`(AFP)`, `avec AFP`) before the separator
        let name = r"(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})";
        let credit = r"(?:\s*\((?-i:\p{Lu}[\p{L}.'’ -]{1,30})\)|\s+(?:avec|with)\s+(?-i:\p{Lu}{2,}[\p{L}-]*))";
        let patterns = PublicationPatterns::from_words(&words);
        let PublicationPatterns {
            published,
            broadcast,
            updated,
            leads,
            correspondent,
            desk,
        } = &patterns;
        let byline = format!(
            r"(?:(?:{leads}(?:par|by)\s+{name}(?:\s+(?:et|and)\s+{name})?{credit}?|{correspondent}|{desk}{credit}?)\s*[|,·•–—-]\s*)"
        );
        let byline = byline.as_str();
        // a signer is a name too (`Jean Dupont, le …`)
        let signer = name;
        let line = format!(
            r"(?i)^\s*(?:(?P<byline>{byline})|(?P<credited>{name}{credit}\s*[|,·•–—-]\s*)|(?P<signer>{signer})\s*,\s*)?(?:(?P<pub>{published})|(?P<upd>{updated})|(?P<le>le))?\s*(?P<prep>le\s*:|le\s|on\s|:)?\s*(?:(?:{wd})\.?,?\s+)?(?:{date})(?P<time>{TIME})?(?P<rest>.*)$"
        );
        let date_only = format!(r"(?i)^\s*(?:(?:{wd})\.?,?\s+)?(?:{date})(?:{TIME})?\s*$");
        let yearless = format!(
            r"(?i)^\s*{byline}?(?P<label>{published})\s*(?:le\s*:?|:)?\s*(?P<wd>(?:{wd})\.?,?\s+)?(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{mo})\.?(?P<time>{TIME})?(?P<rest>.*)$"
        );
        let trailing_byline = format!(
            r"(?i)^(?:[|,·•–—/-]\s*)?(?:{leads}(?:par|by)\s+{name}(?:\s+(?:et|and)\s+{name})?{credit}?|{correspondent}|{desk}{credit}?)\s*$"
        );
        let credit = &words.credit;
        let credit_lead = format!(r"(?i)^{}\s*(?:par\s|:\s*)", any_of(&credit.leads));
        let english_label = format!(r"(?i)^{}$", any_of(&words.labels.english));
        let furniture = format!(r"(?i)^{}", any_of(&words.furniture.after_date));
        let note_head = format!(
            r"(?i)^\s*[(\[*]*\s*{}\s*(?:(?:du|le|,\s*le|:|-|–)\s*)?$",
            any_of(&words.notes.heads)
        );
        Ok(LabelledLines {
            credit_lead: Regex::new(&credit_lead)?,
            credit_links: credit.links.iter().map(|w| w.to_lowercase()).collect(),
            english_label: Regex::new(&english_label)?,
            live: Regex::new(&format!(r"(?i)^\W*{}", any_of(&words.live.markers)))?,
            furniture: Regex::new(&furniture)?,
            note_head: Regex::new(&note_head)?,
            trailing_byline: FirstUse::new(trailing_byline, "trailing byline regex"),
            credit_time: FirstUse::new(
                r"(?i)(?:^|\s)\d{1,2}\s*(?:h|:)\s*\d{2}\s*,?$".to_string(),
                "credit time regex",
            ),
            yearless: FirstUse::new(yearless, "year-less labelled line regex"),
            line: Regex::new(&line).expect("labelled line regex"),
            date_only: FirstUse::new(date_only, "date line regex"),
            months: month_names,
            broadcast: Regex::new(&format!(r"(?i)^{broadcast}\b"))?,
        })
    }

    fn month(&self, word: &str) -> Option<u32> {
        let w = word.trim_end_matches('.').to_lowercase();
        self.months.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
    }

    /// The day of a line that is only a date, in any layout a labelled line
    /// may have (`March 7, 2024`, `7 Mar 2024`, `07/03/2024`).
    fn read_date_only(&self, line: &str) -> Option<NaiveDate> {
        if line.len() > 60 {
            return None;
        }
        self.date_of(&self.date_only.get().captures(line)?, false)
    }

    /// The day the date groups of a match give. Numbers are day first, as
    /// French pages write them; after an English label (`english`), a
    /// numeric date whose day and month could be swapped (`03/07/2024`:
    /// 3 July or, in the US, March 7) gives no day, and one only a month
    /// first reading makes valid (`03/17/2024`) is read month first.
    fn date_of(&self, c: &regex::Captures, english: bool) -> Option<NaiveDate> {
        let get = |names: [&str; 4]| names.iter().find_map(|n| c.name(n)).map(|m| m.as_str());
        let year = crate::text::full_year(get(["y1", "y2", "y3", "y4"])?)?;
        let day: u32 = get(["d1", "d2", "d3", "d4"])?.parse().ok()?;
        let (day, month) = match c.name("m1").or(c.name("m4")) {
            Some(name) => (day, self.month(name.as_str())?),
            None => {
                let month: u32 = get(["m2", "m3", "m2", "m3"])?.parse().ok()?;
                match (english && c.name("d2").is_some(), day <= 12, month <= 12) {
                    (true, true, true) if day != month => return None,
                    (true, true, false) => (month, day),
                    _ => (day, month),
                }
            }
        };
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// The (month, day) of a publication line without a year, whether it
    /// names a weekday, and whether its label is a broadcaster's.
    fn read_yearless(&self, line: &str) -> Option<(u32, u32, bool, bool)> {
        if line.len() > 200 {
            return None;
        }
        let c = self.yearless.get().captures(line)?;
        if !self.is_furniture(c.name("rest").map_or("", |m| m.as_str()).trim()) {
            return None;
        }
        let month = self.month(&c["m"])?;
        let day: u32 = c["d"].parse().ok()?;
        // a day that exists in some year (29 February included)
        NaiveDate::from_ymd_opt(2024, month, day)?;
        let aired = self.broadcast.is_match(&c["label"]);
        Some((month, day, c.name("wd").is_some(), aired))
    }

    /// The day of a labelled line, and what kind of line it is: the line
    /// alone, or after a credit that opens it (`Ouest-France Jean Dupont.
    /// Publié le …`, `Par Le Parisien avec AFP Le 12 novembre 2024 à 18h05`).
    fn read(&self, line: &str) -> Option<(NaiveDate, LineKind)> {
        if line.len() > 200 {
            return None;
        }
        self.read_with(line, Credit::default())
            .or_else(|| self.read_after_credit(line))
    }

    /// A publication line whose credit comes first, on the same line: the
    /// line from each of its first words is read when the words before it
    /// are a [`Credit`]; a byline credit makes a timestamp the publication.
    fn read_after_credit(&self, line: &str) -> Option<(NaiveDate, LineKind)> {
        // every date layout has digits
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let starts = line
            .char_indices()
            .filter(|&(i, c)| {
                i > 0 && !c.is_whitespace() && line[..i].ends_with(char::is_whitespace)
            })
            .map(|(i, _)| i)
            .take(CREDIT_WORDS + 2);
        for at in starts {
            let Some(credit) = Credit::of(&line[..at], self) else {
                continue;
            };
            if let Some((day, kind)) = self.read_with(&line[at..], credit) {
                let kind = match kind {
                    LineKind::Stamp if credit.byline => LineKind::Published,
                    other => other,
                };
                return Some((day, kind));
            }
        }
        None
    }

    fn read_with(&self, line: &str, credit: Credit) -> Option<(NaiveDate, LineKind)> {
        let c = self.line.captures(line)?;
        let mut rest = c.name("rest").map_or("", |m| m.as_str()).trim();
        // the byline after the date: `12 février 2024 | Par Jean Dupont`
        let trailing = self.trailing_byline.get().is_match(rest);
        if trailing {
            rest = "";
        }
        let byline =
            trailing || c.name("credited").is_some() || c.name("byline").is_some() || credit.byline;
        let labelled = c.name("pub").is_some() || c.name("upd").is_some();
        let timed = c.name("time").is_some() || credit.timed;
        let stamp = c.name("le").is_some() && timed;
        // `Le 12/02/2024` opens sentences too: only with a time is it a
        // line; a signature (`Jean Dupont, le …`) is one only then, or
        // with a label (`Jean Dupont, publié le …`)
        let signed = c.name("signer").is_some();
        // `SÉOUL, 26 avril 2025 (AFP)` on a line of its own: a dateline
        // whose story starts on the next line; the agency's credit makes
        // the place and date a publication line
        let dateline = signed && AGENCY_CREDIT.is_match(rest);
        // `12 novembre 2024 / 18h05 / Lecture 4 min`: a date and its time
        // followed by the page's furniture (never by a masthead word, which
        // a chronology's entry would pass for) stamp the page
        let furnished =
            timed && !rest.is_empty() && self.furniture.is_match(after_separators(rest));
        if !(stamp || furnished || dateline || labelled || (byline && !signed)) {
            return None;
        }
        if !self.is_furniture(rest) {
            return None;
        }
        let english = ["pub", "upd", "prep"]
            .iter()
            .filter_map(|n| c.name(n))
            .any(|m| self.english_label.is_match(m.as_str().trim()))
            || line.trim_start().to_lowercase().starts_with("by ");
        let date = self.date_of(&c, english)?;
        let aired = c
            .name("pub")
            .is_some_and(|m| self.broadcast.is_match(m.as_str().trim()));
        let kind = match (c.name("upd").is_some(), labelled || byline || dateline) {
            (true, _) => LineKind::Update,
            (false, true) if aired && !byline => LineKind::Aired,
            (false, true) => LineKind::Published,
            (false, false) => LineKind::Stamp,
        };
        // `Mis à jour le 8 mars 2024 à 09h00 - Publié le 7 mars 2024`: the
        // publication after the update on the same line wins
        if kind == LineKind::Update {
            let tail =
                rest.trim_start_matches(|ch: char| "|·•–—-".contains(ch) || ch.is_whitespace());
            if let Some((first, kind @ (LineKind::Published | LineKind::Aired))) = self.read(tail) {
                return Some((first, kind));
            }
        }
        Some((date, kind))
    }
}

/// Why a broadcaster's label below the story's start dates nothing.
const BELOW_THE_STORY: &str =
    "a broadcaster's label below the story's start dates a programme the page quotes";

/// The words that open the quotation holding the byte `at` (`En 2019, le
/// maire avait promis : «`), when they report a date in the past (one of
/// `pasts`, the starts of the text's past dates): the quotation was said
/// then, and a future inside it (`« La ligne sera mise en service le 1er
/// septembre 2021 »`) is the speaker's, which may have passed long before
/// the page was written (a future in the past, Grevisse). None when `at` is
/// in no quotation or its opening dates nothing.
fn dated_speech<'t>(s: &'t str, at: usize, pasts: &[usize]) -> Option<&'t str> {
    // the normalized text writes every quotation mark `"` (`« … »` too):
    // `at` is quoted when its paragraph opens an odd number of them before it
    let before = s.get(..at)?;
    let paragraph = before.rfind('\n').map_or(0, |i| i + 1);
    if before[paragraph..].matches('"').count() % 2 == 0 {
        return None;
    }
    let open = before.rfind('"')?;
    let from = before[..open]
        .rfind(['.', '!', '?', '\n', '"'])
        .map_or(0, |i| i + 1);
    pasts
        .iter()
        .any(|p| (from..open).contains(p))
        .then(|| &before[from..open])
}

/// What a dated header line says of its day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum LineKind {
    /// `Publié le …`, a byline with a date: the publication.
    Published,
    /// `Diffusé le …`, `Émission du …`: a broadcaster's label, the
    /// publication in the page's header (above the story's first
    /// paragraph), a programme the page quotes below it.
    Aired,
    /// `Mis à jour le …`: a later day.
    Update,
    /// `Le 12/02/2024 à 18h40`, `Jean Dupont, le … à …`: a timestamp, the
    /// publication when it is the page's only one, one entry of a live
    /// blog when the page has several.
    Stamp,
}

/// What may follow the date of a labelled line: more furniture (`· Mis à
/// jour le …`, `- Lecture 1 min.`, `Publié le …` after an update, `(heure
/// de Paris)`, `- Paris`), never a sentence (`Le 13/09/2023 à 10h00 – Kim
/// arrive au cosmodrome de Vostotchny`, a chronology in the story).
impl LabelledLines {
    fn is_furniture(&self, rest: &str) -> bool {
        if rest.is_empty() || self.furniture.is_match(rest) {
            return true;
        }
        if !rest.starts_with(|c: char| FURNITURE_SEPARATORS.contains(c)) {
            return false;
        }
        let after = after_separators(rest);
        after.is_empty()
            || self.furniture.is_match(after)
            || (after.split_whitespace().count() <= FURNITURE_WORDS
                && !after.ends_with(['.', '!', '?', ':', ',']))
    }

    /// True when the date at `start..end` of `s` dates the page, not what it
    /// reports: a dateline anywhere in the page (`VARSOVIE, 16 septembre 2024
    /// (AFP) -`, a wire's update under its first dateline), or a note about
    /// the page (`Rectificatif du 14 février 2024 :`). Such dates bound
    /// nothing.
    fn dates_the_page(&self, s: &str, start: usize, end: usize) -> bool {
        let line_start = s[..start].rfind('\n').map_or(0, |i| i + 1);
        let head = &s[line_start..start];
        let tail = &s[end..];
        (DATELINE_HEAD.is_match(head) && DATELINE_TAIL.is_match(tail))
            || self.note_head.is_match(head)
    }

    /// A paragraph of story: a line [`PARAGRAPH_CHARS`](crate::temporal::blocks::PARAGRAPH_CHARS) long or longer that
    /// ends a sentence and is no publication line.
    fn is_paragraph(&self, line: &str) -> bool {
        is_story_line(line) && self.read(line).is_none()
    }
}

/// What separates the pieces of a page's date line.
const FURNITURE_SEPARATORS: &str = "|·•–—-/";

/// The text after the separators that open it.
fn after_separators(rest: &str) -> &str {
    rest.trim_start_matches(|c: char| FURNITURE_SEPARATORS.contains(c) || c.is_whitespace())
}

/// Words of a masthead after a labelled line's date (`- Paris`, `|
/// franceinfo avec AFP`); more is a sentence.
const FURNITURE_WORDS: usize = 3;

/// What makes a header date line a labelled one (the bare ones may be the
/// day the page was viewed).
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:par\s|by\s|publi[ée]e?|publication|mis à jour|mise à jour|dernière mise à jour|modifi[ée]e?|actualis[ée]e?|paru|parution|posted|published|updated|last updated|date de publication|mis en ligne|le\s.*\d{1,2}\s*[h:]\s*\d{2})",
    )
    .expect("label regex")
});
/// The heading of a list of other articles (`Lire aussi`, `À lire
/// également`, `Sur le même sujet`, `Les plus lus`, `Read more`) or of the
/// readers' comments (`12 commentaires`): the dates under it are theirs,
/// never the page's.
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\[(►▶»>•*\s-]*(?:(?:à |a )?(?:lire|voir|découvrir|écouter|regarder) (?:aussi|également|encore|plus)\b|(?:sur le même (?:sujet|thème)|dans la même rubrique|à lire|nos articles? sur|articles? liés?|articles? similaires|articles? recommandés|pour aller plus loin|(?:les )?plus (?:lus|partagés|populaires)|à découvrir|vous aimerez aussi|vous pourriez aussi aimer|recommandé pour vous|dernières? (?:nouvelles|infos|actualités)|à la une|read more|read also|related|more on this|most read|you may also like)\b|(?:\d+\s+)?(?:commentaires?|réactions?|comments?)(?:\s*\(\d+\))?\s*:?\s*$)",
    )
    .expect("related heading regex")
});

/// The lines of a text (each with its line break) and the byte where each
/// starts.
fn lines_with_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |offset, raw| {
        let start = *offset;
        *offset += raw.len();
        Some((start, raw))
    })
}

/// How many entries stamped with a day and a time make a live page's.
const LIVE_ENTRIES: usize = 2;
/// A time of day on a live page's entry line (`18h00`, `07:58`).
static TIME_OF_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}\s*[h:]\s*\d{2}\b").expect("time of day regex"));

/// How many non-empty lines under a [`RELATED`] heading its list may take.
const RELATED_LINES: usize = 6;
/// How many non-empty lines from the top a date line alone may stand on
/// to be read as the page's header date.
const HEADER_LINES: usize = 8;
/// How many story sentences from the top a dateline may open.
const DATELINE_SENTENCES: usize = 4;
/// The weekday a relative expression names for what happened
/// (`lundi`, `lundi soir`), Monday = 0.
fn reported_weekday(spec: &Spec) -> Option<u32> {
    match spec {
        Spec::Weekday { wd, .. } => Some(*wd),
        Spec::Part { inner, .. } => reported_weekday(inner),
        _ => None,
    }
}

/// Words of story a dateline's sentence goes on with after its dash: a
/// top bar (`jeudi 6 novembre 2025 – Paris 9°C – Édition du soir`) has fewer.
const DATELINE_STORY_WORDS: usize = 6;
/// What may precede a dateline's date: a place in capitals or a name and a comma.
static DATELINE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\p{Lu}[\p{L}'’ .-]{1,40},\s*)?(?:le\s+)?$").expect("dateline regex")
});
/// What follows a dateline's date: an agency in brackets, then a dash.
static DATELINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([\p{L} .&-]{1,30}\)\s*)?[-–—:]").expect("dateline regex")
});
/// An agency's credit in brackets, all that follows the date of a
/// dateline on a line of its own: `(AFP)`, `(Reuters)`, `(Belga)`.
static AGENCY_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\((?-i:\p{Lu})[\p{L} .&-]{1,30}\)$").expect("agency regex"));
/// A temperature: the weather of a page's top bar.
static TEMPERATURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d\s*°\s*[CF]?\b").expect("temperature regex"));
/// `ce jeudi 7 mars`: the day the article is written in.
static THIS_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:en\s+)?ce\s+$").expect("this day regex"));
/// How many story sentences from the top may name the day as this one.
const THIS_DAY_SENTENCES: usize = 2;
/// Between a relative day and the explicit one that confirms it.
static CONFIRMING_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[,(\[]?\s*(?:le\s+|soit\s+le\s+|soit\s+)?$").expect("gap"));

/// The longest line read as a page's date line (`Publié le 12 mars 2024 à
/// 18h40, mis à jour le 13 mars 2024 à 08h12` is 70 bytes): a longer line
/// is prose.
const DATE_LINE_BYTES: usize = 240;

/// The line that holds `start..end`, when it is no longer than
/// [`DATE_LINE_BYTES`]. Only that many bytes are read on either side: the
/// whole line, read once per date, is quadratic on a page without line
/// breaks.
fn short_line_around(s: &str, start: usize, end: usize) -> Option<&str> {
    let mut window_start = start.saturating_sub(DATE_LINE_BYTES);
    while !s.is_char_boundary(window_start) {
        window_start += 1;
    }
    let mut window_end = (end + DATE_LINE_BYTES).min(s.len());
    while !s.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let from = match s[window_start..start].rfind('\n') {
        Some(n) => window_start + n + 1,
        None if window_start == 0 => 0,
        None => return None,
    };
    let to = match s[end..window_end].find('\n') {
        Some(n) => end + n,
        None if window_end == s.len() => s.len(),
        None => return None,
    };
    (to - from <= DATE_LINE_BYTES).then(|| &s[from..to])
}

impl<'a> Reading<'a> {
    fn new(
        text: &'a Text,
        parsed: &'a Parsed,
        lines: &'a LabelledLines,
        roles: Option<&RoleTitles>,
    ) -> Self {
        let exprs = parsed
            .items
            .iter()
            .filter_map(|(c, tense, sentence)| Some((c, *tense, (*sentence)?)))
            // `le scrutin du 9 juin 2024, qui se tiendra dimanche`: the
            // relative clause announces the date, which is to come when the
            // page is written (an upper bound), whatever the main verb
            .map(|(c, tense, sentence)| {
                let span = Span::new(c.start, c.end);
                match announced_by_relative(&text.normalized, span, sentence) {
                    true => (c, Tense::Future),
                    false => (c, tense),
                }
            })
            .collect();
        let mut reading = Reading {
            text,
            lines,
            exprs,
            bounds: Bounds::default(),
            notes: Default::default(),
            update: None,
        };
        reading.update = reading.update_line();
        reading.bounds = reading.compute_bounds();
        reading.bounds.yearless = reading.yearless_day();
        reading.bounds.weekday = reading.named_weekday();
        if let Some(held) = roles.and_then(|r| r.floor(&text.normalized))
            && reading
                .bounds
                .not_before
                .as_ref()
                .is_none_or(|(d, _)| held.since > *d)
        {
            reading.bounds.role_floor = Some((held.since, held.words));
        }
        // a date reported in the past after the role's end shows the title
        // is recalled, not current
        reading.bounds.role_ceiling = roles
            .and_then(|r| r.ceiling(&text.normalized))
            .filter(|h| {
                reading
                    .bounds
                    .not_before
                    .as_ref()
                    .is_none_or(|(d, _)| *d <= h.until)
            })
            .map(|h| (h.until, h.words));
        reading
    }

    fn quote(&self, c: &Candidate) -> String {
        self.text.normalized[c.start..c.end].to_string()
    }

    /// The bounds of the text's absolute dates. A date in the future tense
    /// that ends before a date the text reports in the past is a narrative
    /// future (`Il faudra attendre avril 2019 pour que…`, `Kim se rendra à
    /// Vladivostok en 2019`, told after `en 2023, les deux hommes se
    /// retrouvaient`): it was never to come when the page was written, and
    /// bounds nothing.
    fn compute_bounds(&self) -> Bounds {
        let mut b = Bounds::default();
        let s = &self.text.normalized;
        let mut futures = Vec::new();
        let mut pasts = Vec::new();
        for (c, t, i) in self.absolute() {
            // the page's own date lines (`Dernière mise à jour : 02/01/2024`)
            // report nothing
            if short_line_around(s, c.start, c.end)
                .is_some_and(|l| self.lines.read(l.trim()).is_some())
                || self.lines.dates_the_page(s, c.start, c.end)
            {
                continue;
            }
            match t {
                Tense::Past => {
                    pasts.push(c.start);
                    if b.not_before.as_ref().is_none_or(|(d, _)| i.start > *d) {
                        b.not_before = Some((i.start, self.quote(c)));
                        b.floor_is_a_year = (i.end - i.start).num_days() >= 364;
                    }
                }
                Tense::Future => futures.push((i.end, c)),
                _ => {}
            }
        }
        for (end, c) in futures {
            if let Some((floor, past)) = &b.not_before
                && end < *floor
            {
                self.note(format!(
                    "«{}» is in the future tense but ends before «{past}», reported in the past: a narrative future, no bound",
                    self.quote(c)
                ));
                continue;
            }
            if let Some(intro) = dated_speech(s, c.start, &pasts) {
                self.note(format!(
                    "«{}» is in the future tense in words quoted as said «{}»: the speaker's future, no bound",
                    self.quote(c),
                    intro.trim()
                ));
                continue;
            }
            if b.not_after.as_ref().is_none_or(|(d, _)| end < *d) {
                b.not_after = Some((end, self.quote(c)));
            }
        }
        b
    }

    /// The first sentences of the story (not captions).
    fn first_sentences(&self, n: usize) -> Vec<Span> {
        self.text
            .sentences
            .iter()
            .filter(|x| !x.caption)
            .take(n)
            .map(|x| x.span)
            .collect()
    }

    /// `MOSCOU, 12 septembre 2023 (AFP) –` opening one of the first story
    /// sentences (a title or a standfirst may come before it); without a
    /// year (`SÉOUL, 19 octobre (Reuters) -`), the nearest the bounds allow.
    fn dateline(&self) -> Option<Inferred> {
        let s = &self.text.normalized;
        self.datelines().find_map(|(c, sentence)| {
            let (day, confidence) = match full_day(&c.spec) {
                Some(day) => (day, Confidence::Stated),
                None => match c.spec {
                    Spec::Date {
                        y: None,
                        m: Some(m),
                        d,
                        wd: None,
                    } => {
                        let words = &s[c.start..c.end];
                        let day = self.nearest_or_note(m, d, words)?;
                        (
                            self.lead_agrees(c, sentence, day, words)?,
                            Confidence::Inferred,
                        )
                    }
                    Spec::Date {
                        y: None,
                        m: Some(m),
                        d,
                        wd: Some(wd),
                    } => (
                        self.one_weekday_fit(m, d, wd, &s[c.start..c.end])?,
                        Confidence::Inferred,
                    ),
                    _ => return None,
                },
            };
            Some(Inferred {
                day,
                source: DateSource::Text,
                rule: PublicationRule::Dateline,
                confidence,
                evidence: format!("dateline «{}»", s[sentence.start..c.end].trim()),
                dateline: Some(Span::new(c.start, c.end)),
            })
        })
    }

    /// The expressions that open one of the first story sentences as a
    /// dateline (a place or nothing before, an agency and a dash after,
    /// then a story), with their sentence.
    fn datelines(&self) -> impl Iterator<Item = (&'a Candidate, Span)> + '_ {
        let s = &self.text.normalized;
        let first = self.first_sentences(DATELINE_SENTENCES);
        self.exprs.iter().filter_map(move |(c, _)| {
            // a dateline writes its day's number (`12 septembre`); a
            // holiday's name heading a title (`Saint-Valentin : …`,
            // `14-Juillet : …`) is the subject, not the day of writing
            if c.rule == "holiday" || !s[c.start..c.end].bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            let sentence = *first
                .iter()
                .find(|x| c.start >= x.start && c.end <= x.end)?;
            let before = &s[sentence.start..c.start];
            let after = &s[c.end..sentence.end];
            let story = DATELINE_AFTER
                .find(after)
                .map_or(0, |m| after[m.end()..].split_whitespace().count());
            // `14 juillet : le défilé …` with no place before is a title
            // about that day; a dateline's colon follows a place
            let titled = before.trim().is_empty()
                && DATELINE_AFTER
                    .find(after)
                    .is_some_and(|m| m.as_str().ends_with(':'));
            (DATELINE_BEFORE.is_match(before)
                && !titled
                && DATELINE_AFTER.is_match(after)
                && story >= DATELINE_STORY_WORDS
                && !TEMPERATURE.is_match(&s[sentence.start..sentence.end]))
            .then_some((*c, sentence))
        })
    }

    /// The day without a year a dateline gives, or else the first
    /// sentences name as this one (`ce mercredi 4 décembre`): what the
    /// article says of its own day when the text cannot give the year.
    fn yearless_day(&self) -> Option<(YearlessDay, String)> {
        let s = &self.text.normalized;
        let yearless = |c: &Candidate| match c.spec {
            Spec::Date {
                y: None,
                m: Some(month),
                d,
                wd,
            } => Some((
                YearlessDay {
                    month,
                    day: d,
                    weekday: wd,
                },
                s[c.start..c.end].to_string(),
            )),
            _ => None,
        };
        match self.datelines().next() {
            Some((c, sentence)) => match c.spec {
                Spec::Date {
                    y: None,
                    m: Some(m),
                    d,
                    wd: None,
                } if !self.some_year_agrees(c, sentence, m, d) => {
                    self.note(format!(
                        "«{}» rejected: no day the text's own dates allow falls on a weekday its lead agrees with",
                        &s[c.start..c.end]
                    ));
                    None
                }
                _ => yearless(c),
            },
            None => self.named_days().next().and_then(|(c, _)| yearless(c)),
        }
    }

    /// The one day of `d`/`m` on weekday `wd` the bounds allow, if one.
    /// `words`: the expression, for the note saying why none is chosen.
    fn one_weekday_fit(&self, m: u32, d: u32, wd: u32, words: &str) -> Option<NaiveDate> {
        let fits = self.bounds.weekday_fits(m, d, wd);
        for day in self.bounds.weekday_fits_before_roles_end(m, d, wd) {
            if let Some(why) = self.bounds.after_role(day) {
                self.note(format!("«{words}» in {} rejected: {why}", day.year()));
            }
        }
        match fits.as_slice() {
            [one] => Some(*one),
            [] if self.bounds.not_before.is_none() => {
                self.note(format!(
                    "«{words}» rejected: no year, and the text reports no date in the past to find it from"
                ));
                None
            }
            [] => {
                self.note(format!(
                    "«{words}» rejected: no year the text's own dates allow has that day on that weekday"
                ));
                None
            }
            several => {
                let years: Vec<String> = several.iter().map(|d| d.year().to_string()).collect();
                self.note(format!(
                    "«{words}» rejected: ambiguous weekday, that day falls on it in {}",
                    years.join(", ")
                ));
                None
            }
        }
    }

    /// The first `d`/`m` on or after the text's lower bound, if within its
    /// upper one; else a note saying why there is none (`words`: the
    /// expression).
    fn nearest_or_note(&self, m: u32, d: u32, words: &str) -> Option<NaiveDate> {
        // the page's update: the last such day on or before it, within
        // UPDATE_DAYS (a page is updated soon after it is published)
        let before_update = self.update.as_ref().map(|u| u.day).and_then(|u| {
            [u.year(), u.year() - 1]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .find(|day| *day <= u)
                .filter(|day| (u - *day).num_days() <= UPDATE_DAYS && self.bounds.contains(*day))
        });
        let found = before_update.or_else(|| self.bounds.nearest(m, d));
        if found.is_none() {
            self.note(match self.bounds.not_before {
                None => format!(
                    "«{words}» rejected: no year, and the text reports no date in the past to find it from (the corpus may place it)"
                ),
                Some(_) => format!(
                    "«{words}» rejected: no year after the text's past dates is within its own bounds"
                ),
            });
        }
        found
    }

    /// `day` when the weekdays the lead reports on agree with it, else a
    /// note and None. A wire lead names the day of its dateline or the one
    /// before (`SÉOUL, 28 avril (Reuters) - Pyongyang a confirmé lundi`,
    /// written on the Monday, or on the Tuesday for a late report), so the
    /// nearest year after the text's past dates is checked against it: in a
    /// year where 28 April is a Sunday, the `lundi` would be six days old,
    /// which says the past date was an old one recalled (`avait rencontré
    /// Poutine le 25 avril 2019`) and the year a later one. A lead without a
    /// weekday checks nothing.
    fn lead_agrees(
        &self,
        dateline: &Candidate,
        sentence: Span,
        day: NaiveDate,
        words: &str,
    ) -> Option<NaiveDate> {
        if lead_fits(&self.lead_weekdays(dateline, sentence), day) {
            return Some(day);
        }
        self.note(format!(
            "«{words}» rejected: in {}, its day is a {}, and the lead reports on another weekday",
            day.year(),
            day.format("%A")
        ));
        None
    }

    /// The weekdays (0 = Monday) the lead after a dateline reports on, in
    /// a clause not in the future.
    fn lead_weekdays(&self, dateline: &Candidate, sentence: Span) -> Vec<u32> {
        self.exprs
            .iter()
            .filter(|(c, tense)| {
                c.start >= dateline.end && c.end <= sentence.end && *tense != Tense::Future
            })
            .filter_map(|(c, _)| reported_weekday(&c.spec))
            .collect()
    }

    /// False when the text's bounds are closed on both sides and no year
    /// they hold has the year-less dateline's day on a weekday its lead
    /// agrees with (`SÉOUL, 12 mai (AFP) - … a été reçu lundi` between
    /// `avril 2019` and an announced `3 février 2020`: 12 May 2019 is a
    /// Sunday, so the text contradicts itself and no step may place the
    /// day from its bounds).
    fn some_year_agrees(&self, dateline: &Candidate, sentence: Span, m: u32, d: u32) -> bool {
        let (Some((from, _)), Some((to, _))) = (&self.bounds.not_before, &self.bounds.not_after)
        else {
            return true;
        };
        let named = self.lead_weekdays(dateline, sentence);
        (from.year()..=to.year())
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .filter(|day| self.bounds.contains(*day))
            .any(|day| lead_fits(&named, day))
    }

    /// Keep why a candidate was left out, for `--verbose`.
    fn note(&self, why: String) {
        self.notes.borrow_mut().push(why);
    }

    /// `ce jeudi 7 mars 2024` in the first sentences, not in the future
    /// tense: the day the article is written; without a year, the one the
    /// bounds allow in which that day is that weekday.
    fn named_today(&self) -> Option<Inferred> {
        let s = &self.text.normalized;
        self.named_days().find_map(|(c, _)| {
            let Spec::Date {
                y,
                m: Some(m),
                d,
                wd: Some(wd),
            } = c.spec
            else {
                return None;
            };
            let (day, confidence) = match y {
                Some(y) => {
                    let day = NaiveDate::from_ymd_opt(y, m, d)?;
                    // the weekday must be that day's
                    (day.weekday().num_days_from_monday() == wd).then_some(())?;
                    (day, Confidence::Stated)
                }
                None => (
                    self.one_weekday_fit(m, d, wd, &s[c.start..c.end])?,
                    Confidence::Inferred,
                ),
            };
            let from = s[..c.start].rfind("ce").unwrap_or(c.start);
            Some(Inferred {
                day,
                source: DateSource::Text,
                rule: PublicationRule::NamedToday,
                confidence,
                evidence: format!("this day «{}»", s[from..c.end].trim()),
                dateline: None,
            })
        })
    }

    /// The days with a weekday and a month the first story sentences name
    /// as this one (`ce jeudi 7 mars`), in a clause not in the future
    /// tense, with their sentence.
    fn named_days(&self) -> impl Iterator<Item = (&'a Candidate, Span)> + '_ {
        let s = &self.text.normalized;
        let first = self.first_sentences(THIS_DAY_SENTENCES);
        self.exprs.iter().filter_map(move |(c, tense)| {
            if *tense == Tense::Future {
                return None;
            }
            let sentence = *first
                .iter()
                .find(|x| c.start >= x.start && c.end <= x.end)?;
            let named = matches!(
                c.spec,
                Spec::Date {
                    m: Some(_),
                    wd: Some(_),
                    ..
                }
            );
            (named && THIS_DAY.is_match(&s[sentence.start..c.start])).then_some((*c, sentence))
        })
    }

    /// The weekday alone the first story sentences name as this one
    /// (`ce mercredi`, `en ce dimanche`) in a clause in the present or the
    /// past (`a défendu ce mercredi`, `achève ce dimanche`): the page's own
    /// weekday, by the convention of `ce jeudi 7 mars`. A future clause
    /// (`se rendra ce vendredi`) names a day to come; two weekdays named so
    /// give none.
    fn named_weekday(&self) -> Option<(u32, String)> {
        let s = &self.text.normalized;
        let first = self.first_sentences(THIS_DAY_SENTENCES);
        let named: Vec<(u32, String)> = self
            .exprs
            .iter()
            .filter(|(_, tense)| matches!(tense, Tense::Present | Tense::Past))
            .filter_map(|(c, _)| {
                let Spec::Weekday {
                    wd,
                    mode: WdMode::This,
                } = c.spec
                else {
                    return None;
                };
                // `ce mercredi` (the mode says `ce`), in a first sentence
                first
                    .iter()
                    .find(|x| c.start >= x.start && c.end <= x.end)?;
                Some((wd, s[c.start..c.end].trim().to_string()))
            })
            .collect();
        match named.as_slice() {
            [first, rest @ ..] if rest.iter().all(|(wd, _)| *wd == first.0) => Some(first.clone()),
            _ => None,
        }
    }

    /// A line that says it is the publication (`Publié le`, a byline, `Le
    /// … à 18h40`), anywhere on the page (a `Publié le …` line may sit at
    /// the foot): the first publication line wins over update lines.
    fn labelled_line(&self) -> Option<Inferred> {
        let mut stamps: Vec<(NaiveDate, &str)> = Vec::new();
        let mut published: Vec<(NaiveDate, &str, usize)> = Vec::new();
        let related = self.related_blocks();
        let story = self.story_start();
        for (start, raw) in lines_with_starts(&self.text.original) {
            let line = raw.trim();
            let Some((day, kind)) = self.lines.read(line) else {
                continue;
            };
            if related.iter().any(|r| r.contains(&start)) {
                self.note(format!(
                    "date line «{line}» {day} left out: it dates an article the page links to"
                ));
                continue;
            }
            match kind {
                LineKind::Published => published.push((day, line, start)),
                LineKind::Aired if start < story => published.push((day, line, start)),
                LineKind::Aired => self.note(format!(
                    "date line «{line}» {day} left out: {BELOW_THE_STORY}"
                )),
                LineKind::Update => {}
                LineKind::Stamp => stamps.push((day, line)),
            }
        }
        // the first publication line of the header; below the story's
        // first paragraph, publication lines of several days are a list of
        // other articles without a heading, and none is read
        // above it, publication lines of several days are a list too (a
        // newsletter digest, a section page: each headline with its line)
        if let Some(&(day, line, start)) = published.first() {
            let one_day = |(d, _, at): &&(NaiveDate, &str, usize)| *d == day || *at >= story;
            if published.iter().all(|(d, _, _)| *d == day)
                || (start < story && published.iter().all(|p| one_day(&p)))
            {
                return Some(labelled(day, line));
            }
            let why = match start < story {
                true => {
                    "above the story, the page gives several publication days (a list of articles)"
                }
                false => "below the story, the page gives several publication days",
            };
            self.note(format!("date line «{line}» {day} left out: {why}"));
        }
        if let Some(meta) = self.metadata_in_text() {
            return Some(meta);
        }
        // timestamps of several days: the entries of a live blog or a list,
        // none of which says when the page was first published
        if let Some(&(day, line)) = stamps.first() {
            if stamps.iter().all(|(d, _)| *d == day) {
                return Some(labelled(day, line));
            }
            self.note(format!(
                "date line «{line}» {day} left out: the page stamps several days (a live blog or a list)"
            ));
        }
        self.live_entries()
    }

    /// The day of the first entry of a live page (`EN DIRECT - …` in its
    /// title): its entries stamped with a day and a time on lines of their
    /// own (`10/03/2025 18h00`), at least [`LIVE_ENTRIES`] of them; the
    /// earliest is when the page opened, whatever their order (newest first
    /// as most sites print them). Without the title's marker, such lines
    /// may be a chronology, and date nothing.
    fn live_entries(&self) -> Option<Inferred> {
        let live = lines_with_starts(&self.text.original)
            .map(|(_, raw)| raw.trim())
            .filter(|l| !l.is_empty())
            .take(HEADER_LINES)
            .any(|l| self.lines.live.is_match(l));
        if !live {
            return None;
        }
        let related = self.related_blocks();
        let entries: Vec<(NaiveDate, &str)> = lines_with_starts(&self.text.original)
            .filter(|(start, _)| !related.iter().any(|r| r.contains(start)))
            .map(|(_, raw)| raw.trim())
            .filter(|l| TIME_OF_DAY.is_match(l))
            .filter_map(|l| Some((self.lines.read_date_only(l)?, l)))
            .collect();
        if entries.len() < LIVE_ENTRIES {
            return None;
        }
        let &(day, line) = entries.iter().min_by_key(|(d, _)| *d)?;
        Some(Inferred {
            evidence: format!("first entry of a live page «{line}»"),
            ..labelled(day, line)
        })
    }

    /// The first update line of the page (`Mis à jour le 8 mars 2024`),
    /// outside lists of related articles. It bounds the publication from
    /// above and, with nothing better, dates it: an update most often
    /// follows its publication within the day, but a dateline or the day
    /// the text names as its own is nearer, so it comes after them.
    fn update_line(&self) -> Option<Inferred> {
        let related = self.related_blocks();
        lines_with_starts(&self.text.original).find_map(|(start, raw)| {
            let line = raw.trim();
            match self.lines.read(line) {
                Some((day, LineKind::Update)) if !related.iter().any(|r| r.contains(&start)) => {
                    Some(labelled(day, line))
                }
                _ => None,
            }
        })
    }

    /// The offset in the original of the story's first paragraph (a line
    /// of [`PARAGRAPH_CHARS`](crate::temporal::blocks::PARAGRAPH_CHARS) or more ending a sentence, not a date line),
    /// or the end of the page.
    fn story_start(&self) -> usize {
        let mut offset = 0;
        for raw in self.text.original.split_inclusive('\n') {
            if self.lines.is_paragraph(raw.trim()) {
                return offset;
            }
            offset += raw.len();
        }
        offset
    }

    /// `Publié le 19 juin à 10h30`: a publication line without a year, out
    /// of the lists of other articles; its year is the one a year-less
    /// dateline would take (the first after the text's past dates), and a
    /// line that names a weekday too gives none (the weekday is not
    /// checked against the year).
    fn yearless_labelled_line(&self) -> Option<Inferred> {
        let related = self.related_blocks();
        for (start, raw) in lines_with_starts(&self.text.original) {
            let line = raw.trim();
            let Some((m, d, weekday, aired)) = self.lines.read_yearless(line) else {
                continue;
            };
            if related.iter().any(|r| r.contains(&start)) {
                continue;
            }
            if aired && start >= self.story_start() {
                self.note(format!("«{line}» left out: {BELOW_THE_STORY}"));
                continue;
            }
            if weekday {
                self.note(format!(
                    "«{line}» rejected: no year, and a weekday it does not check"
                ));
                return None;
            }
            let day = self.nearest_or_note(m, d, line)?;
            return Some(Inferred {
                day,
                source: DateSource::Header,
                rule: PublicationRule::LabelledLine,
                confidence: Confidence::Inferred,
                evidence: format!("date line without a year «{line}»"),
                dateline: None,
            });
        }
        None
    }

    /// The byte ranges of the original taken by lists of other articles: a
    /// heading ([`RELATED`]: `Lire aussi`, `Sur le même sujet`, `Les plus
    /// lus`) and the lines after it, up to the first paragraph of story or
    /// [`RELATED_LINES`] non-empty lines. The dates there are theirs.
    fn related_blocks(&self) -> Vec<std::ops::Range<usize>> {
        let mut blocks = Vec::new();
        let mut open: Option<(usize, usize)> = None;
        for (start, raw) in lines_with_starts(&self.text.original) {
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            if line.chars().count() <= 300 && RELATED.is_match(line) {
                if let Some((s, _)) = open.take() {
                    blocks.push(s..start);
                }
                open = Some((start, 0));
                continue;
            }
            if let Some((s, n)) = open {
                if self.lines.is_paragraph(line) || n + 1 > RELATED_LINES {
                    blocks.push(s..start);
                    open = None;
                } else {
                    open = Some((s, n + 1));
                }
            }
        }
        if let Some((s, _)) = open {
            blocks.push(s..self.text.original.len());
        }
        blocks
    }

    /// The publication day the page's machine metadata gives in its text
    /// ([`META`]), when every such value on the page gives the same day: a
    /// page that lists related articles with theirs gives several, and
    /// then none is read.
    fn metadata_in_text(&self) -> Option<Inferred> {
        let mut found: Option<(NaiveDate, &str)> = None;
        for line in self.text.original.lines() {
            for c in META.captures_iter(line) {
                let day = NaiveDate::from_ymd_opt(
                    c["y"].parse().ok()?,
                    c["m"].parse().ok()?,
                    c["d"].parse().ok()?,
                )?;
                match found {
                    Some((d, _)) if d != day => {
                        self.note(format!(
                            "publication metadata in the text gives several days ({d}, {day}): none is read"
                        ));
                        return None;
                    }
                    None => found = Some((day, line.trim())),
                    _ => {}
                }
            }
        }
        let (day, line) = found?;
        let line: String = line.chars().take(120).collect();
        Some(Inferred {
            evidence: format!("publication metadata «{line}»"),
            ..labelled(day, &line)
        })
    }

    /// A bare header date line, unless it belongs to the page's top bar.
    /// The weakest evidence: the events the corpus dates may overrule it.
    fn bare_header(&self) -> Option<Inferred> {
        let (line, day, at) = match self.header() {
            Some((line, day)) => {
                let span = self.text.header_date?;
                let at = self.text.original_span(span);
                (line, day, (at.start, at.end))
            }
            None => self.date_only_line()?,
        };
        if LABEL.is_match(line) || self.in_top_bar(at) {
            return None;
        }
        if self.related_blocks().iter().any(|r| r.contains(&at.0)) {
            self.note(format!(
                "header date line «{}» {day} left out: it dates an article the page links to",
                line.trim()
            ));
            return None;
        }
        Some(Inferred {
            day,
            source: DateSource::Header,
            rule: PublicationRule::BareHeader,
            confidence: Confidence::Stated,
            evidence: format!("header date line «{}»", line.trim()),
            dateline: None,
        })
    }

    fn header(&self) -> Option<(&str, NaiveDate)> {
        let span = self.text.header_date?;
        Some((self.text.slice(span), self.text.header_date_value()?))
    }

    /// A line alone among the first [`HEADER_LINES`] of the page that is
    /// only a date in a layout the header reading of `text` leaves out
    /// (`March 7, 2024`, `7 Mar 2024`, `mars 07, 2024`), with its offsets in
    /// the original.
    fn date_only_line(&self) -> Option<(&'a str, NaiveDate, (usize, usize))> {
        let original: &'a str = &self.text.original;
        let mut seen = 0;
        for (start, raw) in lines_with_starts(original) {
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            seen += 1;
            if seen > HEADER_LINES {
                return None;
            }
            if let Some(day) = self.lines.read_date_only(line) {
                return Some((line, day, (start, start + raw.trim_end().len())));
            }
        }
        None
    }

    /// The weather next to a date (`23.9 C` / `Alger` / `samedi 25 mai 2024`)
    /// is the top bar of a site, printing the day the page was viewed.
    fn in_top_bar(&self, at: (usize, usize)) -> bool {
        let (start, end) = at;
        let original = &self.text.original;
        let lines_between = |a: usize, b: usize| {
            original
                .get(a.min(b)..a.max(b))
                .map_or(usize::MAX, |g| g.matches('\n').count())
        };
        self.text.removed.iter().any(|r| {
            r.rule == "weather"
                && (lines_between(r.original.end, start) <= 3
                    || lines_between(end, r.original.start) <= 3)
        })
    }

    /// `demain (18 juin)`, `aujourd'hui, 12 septembre 2023`: publication =
    /// the explicit day minus the relative offset.
    fn confirmed_relative(&self) -> Option<Inferred> {
        let s = &self.text.normalized;
        for pair in self.exprs.windows(2) {
            let ((a, _), (b, _)) = (&pair[0], &pair[1]);
            let Some(offset) = day_offset(&a.spec) else {
                continue;
            };
            let Some(gap) = s.get(a.end..b.start) else {
                continue;
            };
            if !CONFIRMING_GAP.is_match(gap) {
                continue;
            }
            let Some((y, m, d)) = first_day(&b.spec) else {
                continue;
            };
            let day = match y {
                Some(y) => {
                    NaiveDate::from_ymd_opt(y, m, d).and_then(|x| shift(x, -offset, Unit::Day))
                }
                None => self.year_for(m, d, offset),
            };
            if let Some(day) = day {
                let end = s[b.end..]
                    .find([')', ']'])
                    .filter(|&i| i < 3)
                    .map_or(b.end, |i| b.end + i + 1);
                return Some(Inferred {
                    day,
                    source: DateSource::Text,
                    rule: PublicationRule::ConfirmedRelative,
                    confidence: match y {
                        Some(_) => Confidence::Stated,
                        None => Confidence::Inferred,
                    },
                    evidence: format!("relative day confirmed «{}»", &s[a.start..end]),
                    dateline: None,
                });
            }
        }
        None
    }

    /// The first `d/m` minus `offset` days that comes after every date the
    /// text reports in the past; unknown when the text dates nothing.
    fn year_for(&self, m: u32, d: u32, offset: i64) -> Option<NaiveDate> {
        let floor = self.past_floor()?;
        (floor.year()..=floor.year() + 1)
            .filter_map(|y| {
                NaiveDate::from_ymd_opt(y, m, d).and_then(|x| shift(x, -offset, Unit::Day))
            })
            .find(|&p| p >= floor)
    }

    /// The latest start of a date the text reports in the past tense.
    fn past_floor(&self) -> Option<NaiveDate> {
        self.absolute()
            .filter(|(_, t, _)| *t == Tense::Past)
            .map(|(_, _, i)| i.start)
            .max()
    }

    /// Absolute expressions with their tense and interval.
    fn absolute(&self) -> impl Iterator<Item = (&Candidate, Tense, DateInterval)> {
        let any_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
        self.exprs.iter().filter_map(move |(c, t)| {
            if !c.spec.is_absolute() || matches!(c.spec, Spec::Duration { .. }) {
                return None;
            }
            let i = resolve_at(&c.spec, any_day, *t)?;
            Some((*c, *t, i))
        })
    }
}

/// The day a source URL gives (`/2024/03/07/`), as evidence: the
/// metadata's, stated.
fn url_day(url: &str) -> Option<Inferred> {
    let found = super::url::day_in_url(url)?;
    Some(Inferred {
        day: found.day,
        source: DateSource::Metadata,
        rule: PublicationRule::Url,
        confidence: Confidence::Stated,
        evidence: format!("url «{}» in «{url}»", found.matched),
        dateline: None,
    })
}

/// A labelled publication line as evidence.
fn labelled(day: NaiveDate, line: &str) -> Inferred {
    Inferred {
        day,
        source: DateSource::Header,
        rule: PublicationRule::LabelledLine,
        confidence: Confidence::Stated,
        evidence: format!("date line «{line}»"),
        dateline: None,
    }
}

/// `hier` → −1, `aujourd'hui` → 0, `demain` → 1, and the first day of a
/// range of them (`demain et après-demain`).
fn day_offset(spec: &Spec) -> Option<i64> {
    match spec {
        Spec::DayOffset(n) => Some(*n),
        Spec::Range(a, _) => day_offset(a),
        _ => None,
    }
}

/// Year (if written), month and day of a day expression or of the first day of a range.
fn first_day(spec: &Spec) -> Option<(Option<i32>, u32, u32)> {
    match spec {
        Spec::Date {
            y, m: Some(m), d, ..
        } => Some((*y, *m, *d)),
        // `18 et 19 juin`: the first day takes its month and year from the last
        Spec::Range(a, b) => match (a.as_ref(), first_day(b)) {
            (Spec::Date { y, m: None, d, .. }, Some((by, bm, _))) => Some((y.or(by), bm, *d)),
            (a, _) => first_day(a),
        },
        _ => None,
    }
}

/// A day written in full (`12 septembre 2023`, `12/09/2023`).
fn full_day(spec: &Spec) -> Option<NaiveDate> {
    match spec {
        Spec::Date {
            y: Some(y),
            m: Some(m),
            d,
            ..
        } => NaiveDate::from_ymd_opt(*y, *m, *d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_short_line_is_read_as_a_date_line() {
        let date = "12 mars 2024";
        for (before, after, expect_line) in [
            ("Publié le ", "", true),
            ("Intro\nPublié le ", " à 18h40\nTexte", true),
            ("", "\nsuite", true),
            (&"mot ".repeat(100)[..], "", false),
            ("Titre\n", &" mot".repeat(100)[..], false),
            (&"é".repeat(200)[..], "\n", false),
        ] {
            let text = format!("{before}{date}{after}");
            let start = before.len();
            let line = super::short_line_around(&text, start, start + date.len());
            // the expected line: the text between the line breaks around the date
            let from = text[..start].rfind('\n').map_or(0, |n| n + 1);
            let to = text[start..].find('\n').map_or(text.len(), |n| start + n);
            assert_eq!(line.is_some(), expect_line, "{text:?}");
            if let Some(line) = line {
                assert_eq!(line, &text[from..to]);
            }
        }
    }

    use super::*;

    /// The publication lines of the built-in `data/publication.toml`, as the
    /// configuration loads them.
    static LINES: LazyLock<LabelledLines> =
        LazyLock::new(|| crate::config::publication_lines().expect("data/publication.toml"));
    /// The built-in data file, for the tests of its lists.
    const PUBLICATION: &str = include_str!("../../data/publication.toml");

    fn infer(text: &Text, parsed: &Parsed) -> Option<Inferred> {
        super::infer(text, parsed, &LINES)
    }

    fn infer_explained(
        text: &Text,
        parsed: &Parsed,
        url: Option<&str>,
        roles: Option<&RoleTitles>,
    ) -> (Option<Inferred>, Vec<String>) {
        super::infer_explained(text, parsed, &LINES, url, roles)
    }

    fn bounds_of(text: &Text, parsed: &Parsed) -> Bounds {
        Bounds::of(text, parsed, &LINES, None)
    }

    fn dates_the_page(s: &str, start: usize, end: usize) -> bool {
        LINES.dates_the_page(s, start, end)
    }

    /// Every list of data/publication.toml is non-empty and every entry a
    /// regex of its own (a stray `|` or parenthesis would change the
    /// alternation it is joined into), and the patterns built from it compile.
    #[test]
    fn publication_words_load_and_compile() {
        let words: PublicationWords = toml::from_str(PUBLICATION).expect("data/publication.toml");
        let (l, b) = (&words.labels, &words.byline);
        for list in [
            &l.published,
            &l.broadcast,
            &l.updated,
            &l.english,
            &words.credit.leads,
            &words.credit.links,
            &words.furniture.after_date,
            &words.notes.heads,
            &b.leads,
            &b.desk_articles,
            &b.desks,
            &b.desk_links,
            &b.correspondent_openers,
            &b.correspondent_possessives,
            &b.correspondent_posts,
            &b.correspondent_qualifiers,
            &b.correspondent_places,
            &b.place_particles,
            &b.place_elided,
        ] {
            assert!(!list.is_empty());
            for entry in list {
                assert!(!entry.is_empty() && !entry.starts_with('|') && !entry.ends_with('|'));
                Regex::new(&format!("^(?:{entry})$")).expect(entry);
            }
        }
        let p = PublicationPatterns::from_words(&words);
        for pattern in [
            &p.published,
            &p.broadcast,
            &p.updated,
            &p.leads,
            &p.correspondent,
            &p.desk,
        ] {
            Regex::new(&format!("(?i){pattern}")).expect(pattern);
        }
        assert!(LabelledLines::from_data("[labels]\npublished = 1").is_err());
    }

    /// Every dateline head × date × agency or dash, anywhere in the page,
    /// and every note head × separator: their dates date the page and
    /// bound nothing; the same dates in a sentence do.
    #[test]
    fn datelines_and_notes_about_the_page_date_the_page() {
        let mut n = 0;
        for place in [
            "VARSOVIE",
            "SAINT-DENIS DE LA RÉUNION",
            "L'AQUILA",
            "NEW YORK",
        ] {
            for date in ["16 septembre 2024", "16 septembre", "1er mars 2023"] {
                for tail in [" (AFP) -", " (Reuters) –", " -", " — "] {
                    let s = format!("Un titre\n\n{place}, {date}{tail} Le bilan s'est alourdi.");
                    let at = s.find(date).unwrap();
                    assert!(dates_the_page(&s, at, at + date.len()), "{s}");
                    // in a sentence: a date the story reports
                    let s = format!("Un titre\n\nLe {date}, le bilan s'est alourdi{tail} ici.");
                    let at = s.find(date).unwrap();
                    assert!(!dates_the_page(&s, at, at + date.len()), "{s}");
                    n += 1;
                }
            }
        }
        for head in [
            "Rectificatif",
            "Correction",
            "Erratum",
            "Précision",
            "Actualisation",
            "Addendum",
            "RECTIFICATIF",
            "(Rectificatif",
        ] {
            for sep in [" du ", ", le ", " : ", " – ", " "] {
                let date = "14 février 2024";
                let s =
                    format!("Le texte.\n\n{head}{sep}{date} : une version précédente disait huit.");
                let at = s.find(date).unwrap();
                assert!(dates_the_page(&s, at, at + date.len()), "{s}");
                let s = format!(
                    "Le texte.\n\nLa {} a été votée le {date}.",
                    head.to_lowercase()
                );
                let at = s.find(date).unwrap();
                assert!(!dates_the_page(&s, at, at + date.len()), "{s}");
                n += 1;
            }
        }
        assert_eq!(n, 4 * 3 * 4 + 8 * 5);
    }

    /// The labelled-line patterns compiled on first use compile.
    #[test]
    fn labelled_line_patterns_compile() {
        for p in [
            &LINES.date_only,
            &LINES.yearless,
            &LINES.trailing_byline,
            &LINES.credit_time,
        ] {
            assert!(!p.get().as_str().is_empty(), "{}", p.what);
        }
    }
    use crate::text::normalize;

    fn guess(s: &str) -> Option<(String, DateSource)> {
        let text = normalize(s);
        infer(&text, &crate::temporal::parse(&text)).map(|i| (i.day.to_string(), i.source))
    }

    #[test]
    fn a_dateline_gives_the_day() {
        let g = guess(
            "MOSCOU, 12 septembre 2023 (AFP) – Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Text)));
        // a date inside the sentence is no dateline
        assert_eq!(
            guess("Kim Jong-un est arrivé en Russie le 12 septembre 2023, a confirmé le Kremlin."),
            None
        );
    }

    /// Every month × days × the print-edition forms (`Article paru dans
    /// l'édition du …`, with `papier`, `imprimée`) and the kinds of page
    /// before `publié(e)` (`Tribune publiée le`, `Chronique`, `Éditorial`,
    /// `Article`, `Billet`, `Analyse`), with their year: the day is the one
    /// written (computed here with chrono); the print edition of the next
    /// day under a publication line leaves it the publication's.
    #[test]
    fn print_editions_and_kinds_of_page_label_the_publication() {
        let story = "La chambre régionale des comptes relève que les piscines coûtent cher à la collectivité.";
        for (m, month) in crate::test_calendar::MONTHS.iter().enumerate() {
            for day in [1, 12, 28] {
                let date = NaiveDate::from_ymd_opt(2025, m as u32 + 1, day).unwrap();
                let want = Some((date.to_string(), DateSource::Header));
                let d = if day == 1 {
                    "1er".to_string()
                } else {
                    day.to_string()
                };
                for label in [
                    "Article paru dans l'édition du",
                    "Paru dans l'édition papier du",
                    "Article paru dans l’édition imprimée du",
                ] {
                    let page = format!("Titre\n\n{story}\n\n{label} {d} {month} 2025\n");
                    assert_eq!(guess(&page), want, "{page}");
                    let next = date.succ_opt().unwrap();
                    let (nd, nm) = (
                        next.day(),
                        crate::test_calendar::MONTHS[next.month0() as usize],
                    );
                    let page = format!(
                        "Titre\n\nPublié le {d} {month} 2025 à 17h30\n\n{story}\n\n{label} {nd} {nm} {}\n",
                        next.year()
                    );
                    assert_eq!(guess(&page), want, "{page}");
                }
                for kind in [
                    "Tribune publiée",
                    "Chronique publiée",
                    "Éditorial publié",
                    "Article publié",
                    "Billet publié",
                    "Analyse publiée",
                ] {
                    let page = format!("Titre\n\n{kind} le {d} {month} 2025 à 06h00\n\n{story}\n");
                    assert_eq!(guess(&page), want, "{page}");
                }
            }
        }
    }

    /// A year-less `Tribune publiée le 8 avril` between a past date and an
    /// announced one takes the year they allow, for every kind of page.
    #[test]
    fn a_yearless_kind_of_page_line_takes_the_year_of_the_bounds() {
        for kind in ["Tribune publiée", "Chronique publiée", "Article publié"] {
            let page = format!(
                "Titre\n\n{kind} le 8 avril\n\nLe 1er avril 2025, le gouvernement a présenté un plan de soutien aux éleveurs. La prochaine réunion est prévue le 15 avril 2025.\n"
            );
            assert_eq!(
                guess(&page).map(|g| g.0),
                Some("2025-04-08".into()),
                "{page}"
            );
        }
    }

    /// A byline whose name is followed by the author's description after a
    /// comma (`Par Julien Marchal, urbaniste |`) credits the publication
    /// line after it, for several descriptions and separators; a sentence
    /// before the label (no `par`) credits nothing.
    #[test]
    fn a_byline_with_the_authors_description_credits_the_line() {
        let story =
            "Les pistes cyclables de nos villes s'arrêtent trop souvent là où commence le danger.";
        for who in [
            "urbaniste",
            "professeur à Sciences Po",
            "ancien ministre",
            "chercheuse au CNRS",
        ] {
            for sep in ["|", "·", "-"] {
                let page = format!(
                    "Titre\n\nPar Julien Marchal, {who} {sep} Publié le 10/02/2025 à 07h00\n\n{story}\n"
                );
                assert_eq!(
                    guess(&page).map(|g| g.0),
                    Some("2025-02-10".into()),
                    "{page}"
                );
            }
        }
        let page = format!(
            "Titre\n\nLe maire a parlé, hier soir | Publié le 10/02/2025 à 07h00\n\n{story}\n"
        );
        assert_eq!(guess(&page), None, "{page}");
    }

    /// A live page (every marker of its title) whose entries are stamped
    /// with a day and a time: its first entry's day, whatever the entries'
    /// order and however many days they span (the earliest computed here);
    /// no title marker (a chronology), or one entry only, dates nothing by
    /// this rule (a bare date line at the top may still, by its own).
    #[test]
    fn a_live_page_is_dated_by_its_first_entry() {
        let first = NaiveDate::from_ymd_opt(2025, 2, 27).unwrap();
        for marker in [
            "EN DIRECT -",
            "EN DIRECT.",
            "Direct :",
            "LIVE -",
            "En direct :",
        ] {
            for span in 1..=3i64 {
                let days: Vec<NaiveDate> = (0..=span)
                    .map(|k| first + chrono::Duration::days(k))
                    .collect();
                for newest_first in [true, false] {
                    let mut entries: Vec<String> = days
                        .iter()
                        .map(|d| {
                            format!(
                                "{}\n\nLe niveau de la rivière continue de monter, selon la préfecture du département.",
                                d.format("%d/%m/%Y 18h00")
                            )
                        })
                        .collect();
                    if newest_first {
                        entries.reverse();
                    }
                    let page = format!(
                        "{marker} Crue de la rivière : suivez la situation\n\n{}\n",
                        entries.join("\n\n")
                    );
                    assert_eq!(guess(&page).map(|g| g.0), Some(first.to_string()), "{page}");
                    let chronology = page.replacen(marker, "Chronologie -", 1);
                    let text = normalize(&chronology);
                    let found = infer(&text, &crate::temporal::parse(&text));
                    assert!(
                        found.is_none_or(|f| !f.evidence.starts_with("first entry")),
                        "{chronology}"
                    );
                }
            }
            let one = format!(
                "{marker} Crue de la rivière\n\n27/02/2025 18h00\n\nLe niveau de la rivière continue de monter.\n"
            );
            let text = normalize(&one);
            let found = infer(&text, &crate::temporal::parse(&text));
            assert!(
                found.is_none_or(|f| !f.evidence.starts_with("first entry")),
                "{one}"
            );
        }
    }

    #[test]
    fn a_labelled_header_line_gives_the_day() {
        let g = guess(
            "Kim en Russie\n\nPublié le 12/09/2023 à 10h30\n\nKim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Header)));
    }

    #[test]
    fn a_relative_day_confirmed_in_brackets_gives_the_day_and_the_year_follows_past_dates() {
        let g = guess(
            "Le président russe sera en visite demain et après-demain (18 et 19 juin) en Corée du Nord. \
             Kim s'est rendu en Russie en septembre 2023, a rappelé Tass.",
        );
        assert_eq!(g, Some(("2024-06-17".into(), DateSource::Text)));
        // without any year in the text the day cannot be placed
        assert_eq!(
            guess(
                "Le président russe sera en visite demain (18 juin) en Corée du Nord, a annoncé le Kremlin."
            ),
            None
        );
        // a written year needs no past date
        assert_eq!(
            guess(
                "Le Kremlin a annoncé aujourd'hui, 12 septembre 2023, que Kim était arrivé en Russie."
            ),
            Some(("2023-09-12".into(), DateSource::Text))
        );
    }

    #[test]
    fn a_byline_or_a_publication_line_at_the_foot_dates_the_article() {
        let g = guess(
            "Kim en Russie\n\nPar Jean Dupont | 12 septembre 2023 à 10h32\n\nKim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin.",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Header)));
        let g = guess(
            "Kim en Russie\n\nKim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin. Il doit rencontrer Vladimir Poutine.\n\nLe Kremlin n'a pas donné de date.\n\nPublié le 12/09/2023 à 10h30",
        );
        assert_eq!(g, Some(("2023-09-12".into(), DateSource::Header)));
    }

    #[test]
    fn a_date_in_the_weather_top_bar_is_not_the_publication() {
        let page = "23.9 C\nAlger\nsamedi 25 mai 2024\n\nRencontre\n\nLe dirigeant nord-coréen sera en visite officielle en Russie dans les prochains jours, a indiqué hier la présidence russe.";
        assert_eq!(guess(page), None);
        let page = "Europe\n\nsamedi 25 mai 2024\n\nLe dirigeant nord-coréen sera en visite officielle en Russie dans les prochains jours, a indiqué hier la présidence russe.";
        assert_eq!(guess(page), Some(("2024-05-25".into(), DateSource::Header)));
    }

    #[test]
    fn a_header_date_the_text_contradicts_is_dropped() {
        // the story reports a November 2023 event in the past: it cannot be from May 2023
        let page = "Europe\n\nsamedi 13 mai 2023\n\nLa Corée du Nord a lancé un satellite le 21 novembre 2023, a confirmé Séoul.";
        assert_eq!(guess(page), None);
        let text = normalize(page);
        let parsed = crate::temporal::parse(&text);
        assert!(
            contradiction(
                &text,
                &parsed,
                &LINES,
                NaiveDate::from_ymd_opt(2023, 5, 13).unwrap()
            )
            .is_some_and(|why| why.contains("21 novembre 2023"))
        );
    }

    use crate::test_calendar::{MONTHS, WEEKDAYS};
    const STORY: &str = "Le ministre russe des Affaires étrangères a été reçu par le dirigeant nord-coréen, a rapporté l'agence officielle.";

    /// A page with `line` under its menu and headline is published on
    /// `day`, stated by a labelled line.
    fn assert_labelled_line_gives(line: &str, day: NaiveDate) {
        let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{line}\n\n{STORY}");
        assert_eq!(
            read(&page),
            Some((day, PublicationRule::LabelledLine, Confidence::Stated)),
            "{line}"
        );
    }

    fn read(s: &str) -> Option<(NaiveDate, PublicationRule, Confidence)> {
        let text = normalize(s);
        infer(&text, &crate::temporal::parse(&text)).map(|i| (i.day, i.rule, i.confidence))
    }

    fn weekday_name(d: NaiveDate) -> &'static str {
        WEEKDAYS[d.weekday().num_days_from_monday() as usize]
    }

    /// Days of a year spread over every month (the 1st, 9th, 17th, 28th).
    fn days_of(year: i32) -> Vec<NaiveDate> {
        (1..=12)
            .flat_map(|m| [1, 9, 17, 28].map(|d| NaiveDate::from_ymd_opt(year, m, d).unwrap()))
            .collect()
    }

    #[test]
    fn every_labelled_line_layout_in_every_month_gives_its_day() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            let wd = weekday_name(day);
            let later = day + chrono::Duration::days(1);
            let layouts = [
                format!("Publié le {d} {month} {y} à 10h30"),
                format!("Publié le {wd} {d} {month} {y} à 19:48"),
                format!("Publié le {d:02}/{m:02}/{y} à 07h48 - Lecture 1 min."),
                format!(
                    "Publié le {d:02}/{m:02}/{y} à 00h12 · Mis à jour le {:02}/{:02}/{} à 08h15",
                    later.day(),
                    later.month(),
                    later.year()
                ),
                format!("Le {d:02}/{m:02}/{y} à 18h40 · Mis à jour le {d:02}/{m:02}/{y} à 19h15"),
                format!("Publié le {y}-{m:02}-{d:02}"),
                format!("Publié : {month} {d:02}, {y} | 11:18"),
                format!("Par Jean Dupont | {wd} {d} {month} {y} à 10h32"),
                format!("Par Hélène Marceau – Publié le {d} {month} {y}"),
                // bylines with an agency, two authors, a signer with a
                // label, and the byline after the date
                format!("Par Jean Dupont (AFP), {d} {month} {y}, 18:40"),
                format!("Par Jean Dupont et Marie Martin | {d:02}/{m:02}/{y} à 18h40"),
                format!("Jean Dupont avec AFP · {d} {month} {y} à 18:40"),
                format!("Jean Dupont, publié le {d} {month} {y}"),
                format!("{d} {month} {y} | Par Jean Dupont"),
                format!("{wd} {d} {month} {y} - Par Jean Dupont (Reuters)"),
                // the time before the date, other labels, a time zone
                format!("Publié à 10h32, le {d} {month} {y}"),
                format!("Mis en ligne à 07:05, le {d:02}/{m:02}/{y}"),
                format!("Posté le {d} {month} {y}"),
                format!("Édition du {d} {month} {y}"),
                format!("Publié le {d} {month} {y} à 10:32 CEST"),
                format!("Publié le {d:02}/{m:02}/{y} à 10:32 CET - Lecture 2 min"),
            ];
            for line in layouts {
                assert_labelled_line_gives(&line, day);
            }
        }
    }

    /// A label after a credit sentence on the same line (`Propos recueillis
    /// par X. Publié le …`, `Texte : X – Mis à jour le …`) and a
    /// broadcaster's labels (`Diffusé le`, `Diffusion :`, `Émission du`,
    /// `Journal de 20 heures du`), each in every date form and month; the
    /// same broadcast quoted in a sentence of the page dates nothing.
    #[test]
    fn credit_sentences_and_broadcaster_labels_give_their_day() {
        let leads = [
            "Propos recueillis par Marie Lefort. ",
            "Par Jean Dupont. ",
            "Texte : J. Martin – ",
            "Texte et photos : Marie Lefort – ",
            "",
        ];
        let labels = [
            "Publié le ",
            "Mis à jour le ",
            "Diffusé le ",
            "Diffusion : ",
            "Émission du ",
            "Journal de 20 heures du ",
        ];
        for day in days_of(2024) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            let wd = weekday_name(day);
            let forms = [
                format!("{d} {month} {y}"),
                format!("{wd} {d} {month} {y}"),
                format!("{d:02}/{m:02}/{y} à 07h30"),
            ];
            for lead in leads {
                for label in labels {
                    for form in &forms {
                        assert_labelled_line_gives(&format!("{lead}{label}{form}"), day);
                    }
                }
            }
            for control in [
                format!("L'émission du {d} {month} 2019 avait révélé l'ampleur du problème."),
                format!("Le journal de 20 heures du {d} {month} 2019 avait montré les images."),
                format!("Diffusé le {d} {month} 2019, le reportage avait choqué les élus."),
            ] {
                let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{STORY}\n\n{control}");
                assert_ne!(
                    read(&page).map(|r| r.0),
                    NaiveDate::from_ymd_opt(2019, m, d),
                    "{control}"
                );
            }
        }
    }

    /// A broadcaster's label dates the page only in its header: the same
    /// line under the story's first paragraph (a video's caption, a
    /// programme the page quotes) dates nothing, with or without a year,
    /// in every form and every month; a `Publié le` line at the foot
    /// still dates the page.
    #[test]
    fn a_broadcaster_label_in_the_body_dates_nothing() {
        let labels = [
            "Diffusé le ",
            "Diffusée le ",
            "Diffusion : ",
            "Émission du ",
            "Journal de 20 heures du ",
            "Journal de 13h du ",
        ];
        for day in days_of(2024) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            let wd = weekday_name(day);
            let forms = [
                format!("{d} {month} {y}"),
                format!("{wd} {d} {month} {y}"),
                format!("{d:02}/{m:02}/{y} à 07h30"),
                format!("{d} {month}"),
            ];
            for label in labels {
                for form in &forms {
                    let line = format!("{label}{form}");
                    let body = format!("Société\n\nLavrov reçu à Pyongyang\n\n{STORY}\n\n{line}");
                    assert_eq!(read(&body), None, "{body}");
                    let header = format!("Société\n\nLavrov reçu à Pyongyang\n{line}\n\n{STORY}");
                    if form.contains(&y.to_string()) {
                        assert_eq!(read(&header).map(|r| r.0), Some(day), "{header}");
                    }
                }
            }
            let foot =
                format!("Monde\n\nLavrov reçu à Pyongyang\n\n{STORY}\n\nPublié le {d} {month} {y}");
            assert_eq!(read(&foot).map(|r| r.0), Some(day), "{foot}");
        }
    }

    /// A newsletter digest or a section page: headlines, each with its own
    /// publication line, and no story paragraph between them. Lines of
    /// several days there date the listed articles, never the page, in
    /// every form of the line and every month; the look-alikes keep their
    /// day: one header line over an update of the next day, a header line
    /// over a list below the story, a digest whose lines all give one day.
    #[test]
    fn a_list_of_headlines_with_publication_lines_of_several_days_dates_nothing() {
        let headlines = [
            "Inflation : les prix alimentaires reculent",
            "Logement : les ventes de maisons neuves au plus bas",
            "Transports : de nouvelles lignes de TER",
        ];
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let forms = [
                |d: NaiveDate| {
                    let month = MONTHS[d.month0() as usize];
                    format!("Publié le {} {month} {} à 08h00", d.day(), d.year())
                },
                |d: NaiveDate| format!("Publié le {} à 08h00", d.format("%d/%m/%Y")),
                |d: NaiveDate| {
                    let month = MONTHS[d.month0() as usize];
                    format!("Par Jean Dupont | {} {month} {}", d.day(), d.year())
                },
            ];
            for form in forms {
                let list = |days: [NaiveDate; 3]| {
                    headlines
                        .iter()
                        .zip(days)
                        .map(|(h, d)| format!("{h}\n{}\n", form(d)))
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                let next = |n: i64| day + chrono::Duration::days(n);
                let digest = format!(
                    "La lettre de la rédaction\nÀ ne pas manquer cette semaine\n\n{}\nPour vous désinscrire, cliquez ici.",
                    list([day, next(1), next(2)])
                );
                assert_eq!(read(&digest), None, "{digest}");
                // the same list under a story paragraph: nothing either
                let below = format!("Monde\n\n{STORY}\n\n{}", list([day, next(1), next(2)]));
                assert_eq!(read(&below), None, "{below}");
                // look-alikes: a digest of one day, a header line over the story
                let one_day = format!("La lettre du jour\n\n{}", list([day, day, day]));
                assert_eq!(read(&one_day).map(|r| r.0), Some(day), "{one_day}");
                let header = format!(
                    "Monde\n\n{}\nMis à jour le {}\n\n{STORY}\n\n{}",
                    form(day),
                    next(1).format("%d/%m/%Y"),
                    list([next(-3), next(-2), next(-1)])
                );
                assert_eq!(read(&header).map(|r| r.0), Some(day), "{header}");
            }
        }
    }

    const MONTHS_EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const WEEKDAYS_EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    #[test]
    fn every_english_header_layout_in_every_month_gives_its_day() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS_EN[m as usize - 1];
            let abbr = &month[..3];
            let wd = WEEKDAYS_EN[day.weekday().num_days_from_monday() as usize];
            let labelled = [
                format!("Published {month} {d}, {y}"),
                format!("Published on {month} {d}, {y} at 10:32"),
                format!("Updated {d} {abbr} {y} | 11:18"),
                format!("Posted: {wd}, {month} {d:02}, {y}"),
                format!("By Jean Dupont | {d} {abbr}. {y}"),
            ];
            for line in labelled {
                assert_labelled_line_gives(&line, day);
            }
            for line in [
                format!("{month} {d}, {y}"),
                format!("{wd}, {month} {d}, {y}"),
                format!("{d} {abbr} {y}"),
                format!("{wd} {d} {month} {y}"),
            ] {
                let page = format!("Monde\n\n{line}\n\nLavrov reçu à Pyongyang\n\n{STORY}");
                assert_eq!(
                    read(&page),
                    Some((day, PublicationRule::BareHeader, Confidence::Stated)),
                    "{line}"
                );
                // next to the weather, it is the day the page was viewed
                let page = format!("23.9 C\nAlger\n{line}\n\nLavrov reçu à Pyongyang\n\n{STORY}");
                assert_eq!(read(&page), None, "{line}");
            }
        }
    }

    #[test]
    fn a_day_in_the_source_url_comes_first_unless_the_text_rules_it_out() {
        for day in days_of(2024) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let url = format!("https://www.example.fr/monde/{y}/{m:02}/{d:02}/lavrov-a-pyongyang");
            let page = format!("Lavrov reçu\n\nPublié le 01/01/2030 à 10h00\n\n{STORY}");
            let text = normalize(&page);
            let (found, _) =
                infer_explained(&text, &crate::temporal::parse(&text), Some(&url), None);
            let found = found.unwrap();
            assert_eq!(
                (found.day, found.rule),
                (day, PublicationRule::Url),
                "{url}"
            );
            assert_eq!(found.source, DateSource::Metadata);
            // a text reporting a later day in the past rules the URL's day out
            let later = day + chrono::Duration::days(3);
            let page = format!(
                "Lavrov reçu\n\n{STORY} Le traité a été signé le {} {} {}.",
                later.day(),
                MONTHS[later.month() as usize - 1],
                later.year()
            );
            let text = normalize(&page);
            let (found, rejected) =
                infer_explained(&text, &crate::temporal::parse(&text), Some(&url), None);
            assert_eq!(found, None, "{url}");
            assert!(
                rejected
                    .iter()
                    .any(|r| r.starts_with("url «") && r.contains("is reported in the past")),
                "{rejected:?}"
            );
        }
    }

    #[test]
    fn an_ambiguous_weekday_is_said_in_the_rejections() {
        let page = "Diplomatie\n\nSergueï Lavrov est reçu ce vendredi 14 février par Kim Jong-un, a rapporté l'agence officielle. Il s'était rendu à Pyongyang en mai 2019.";
        let text = normalize(page);
        let (found, rejected) = infer_explained(&text, &crate::temporal::parse(&text), None, None);
        assert_eq!(found, None);
        assert!(
            rejected
                .iter()
                .any(|r| r.contains("ambiguous weekday") && r.contains("2020, 2025")),
            "{rejected:?}"
        );
    }

    #[test]
    fn a_title_rules_out_days_before_its_holder_took_it_but_places_no_year() {
        let gazetteer = crate::test_data::gazetteer();
        let roles = RoleTitles::new(gazetteer);
        let explain = |page: &str| {
            let text = normalize(page);
            infer_explained(&text, &crate::temporal::parse(&text), None, Some(&roles))
        };
        let mut checked = 0;
        for entry in gazetteer.entries.values() {
            let Some(name) = entry.names().find(|n| n.chars().count() >= 4) else {
                continue;
            };
            // the latest start of a role of this person that has a title
            let Some((title, from)) = entry
                .roles
                .iter()
                .filter_map(|r| {
                    let def = gazetteer.roles.get(r.role.as_ref()?)?;
                    Some((def.patterns.first()?, r.from?))
                })
                .max_by_key(|(_, from)| *from)
            else {
                continue;
            };
            let story = format!("Le {title} {name} a reçu son homologue, a rapporté l'agence.");
            let (before, after) = (
                from - chrono::Duration::days(1),
                from + chrono::Duration::days(30),
            );
            let line = |d: NaiveDate| format!("Publié le {}", d.format("%d/%m/%Y"));
            let (found, rejected) = explain(&format!("Visite\n\n{}\n\n{story}", line(before)));
            assert_eq!(found, None, "{story}");
            assert!(
                rejected
                    .iter()
                    .any(|r| r.contains("holds that title only from")),
                "{rejected:?}"
            );
            let (found, _) = explain(&format!("Visite\n\n{}\n\n{story}", line(after)));
            assert_eq!(found.map(|f| f.day), Some(after), "{story}");
            // a year-less dateline is not placed after the role's start
            let dateline = format!(
                "Visite\n\nSÉOUL, {} {} (Reuters) - {story} Il doit ensuite rentrer.",
                after.day(),
                MONTHS[after.month() as usize - 1]
            );
            assert_eq!(explain(&dateline).0, None, "{dateline}");
            checked += 1;
        }
        assert!(checked > 10, "{checked}");
    }

    #[test]
    fn the_first_publication_wins_over_an_update_on_another_line() {
        let page = format!(
            "Monde\n\nMis à jour le 21/06/2024 à 09h00\n\nPublié le 19/06/2024 à 07h45\n\n{STORY}"
        );
        assert_eq!(
            read(&page).map(|r| r.0.to_string()),
            Some("2024-06-19".into())
        );
    }

    /// A page that gives only its update: a dateline of a day up to a week
    /// before it dates the page; without one, the update's day does; a
    /// header date after the update is no publication. Every day of two
    /// years × three update layouts × the gap to the update.
    #[test]
    fn an_update_line_bounds_the_publication_and_dates_it_last() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            for gap in [0, 1, 6] {
                let update = day + chrono::Duration::days(gap);
                let (ud, um, uy) = (update.day(), update.month(), update.year());
                let update_month = MONTHS[um as usize - 1];
                let (d, m) = (day.day(), day.month());
                let month = MONTHS[m as usize - 1];
                for line in [
                    format!("Mis à jour le {ud} {update_month} {uy} à 09h00"),
                    format!("Mis à jour le {ud:02}/{um:02}/{uy}"),
                    format!("Dernière mise à jour : {ud:02}/{um:02}/{uy} à 18h40"),
                ] {
                    let dated = format!("Monde\n\n{line}\n\nMOSCOU, {d} {month} (AFP) - {STORY}");
                    assert_eq!(
                        read(&dated).map(|r| r.0),
                        Some(day),
                        "the dateline, not the update: {dated}"
                    );
                    let bare = format!("Monde\n\n{line}\n\n{STORY}");
                    assert_eq!(read(&bare).map(|r| r.0), Some(update), "{bare}");
                    let late = update + chrono::Duration::days(3);
                    let header = format!(
                        "Monde\n\n{line}\n\nPublié le {:02}/{:02}/{}\n\n{STORY}",
                        late.day(),
                        late.month(),
                        late.year()
                    );
                    assert_ne!(read(&header).map(|r| r.0), Some(late), "{header}");
                }
            }
        }
    }

    /// An update and the publication on one line, in either order, with
    /// every separator: the publication's day, on every day of two years.
    #[test]
    fn the_first_publication_wins_over_an_update_on_the_same_line() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            let later = day + chrono::Duration::days(1);
            let (ld, lm, ly) = (later.day(), later.month(), later.year());
            let later_month = MONTHS[lm as usize - 1];
            for sep in [" - ", " · ", " | ", " – ", " "] {
                for line in [
                    format!(
                        "Mis à jour le {ld} {later_month} {ly} à 09h00{sep}Publié le {d} {month} {y} à 10h30"
                    ),
                    format!(
                        "Publié le {d} {month} {y} à 10h30{sep}Mis à jour le {ld} {later_month} {ly} à 09h00"
                    ),
                    format!("Mis à jour le {ld:02}/{lm:02}/{ly}{sep}Publié le {d:02}/{m:02}/{y}"),
                    format!(
                        "Modifié le {ld:02}/{lm:02}/{ly} à 08h15{sep}publié le {d:02}/{m:02}/{y} à 07h00"
                    ),
                ] {
                    assert_labelled_line_gives(&line, day);
                }
            }
        }
    }

    /// A credit before the publication line, on the same line: a masthead
    /// or a byline without a separator, the page's age, a time before the
    /// date; and a date with its time followed by the page's furniture.
    #[test]
    fn every_credit_before_a_publication_line_gives_its_day() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            let credits = [
                "Ouest-France Jean Dupont.",
                "Le Point.fr",
                "Par Jean Dupont",
                "Par Jean Dupont (avec AFP)",
                "Il y a 3 heures ·",
                "Rédaction Europe 1 avec AFP",
            ];
            let lines = [
                format!("Publié le {d} {month} {y} à 18h05"),
                format!("Publié le {d:02}/{m:02}/{y} à 18h05"),
                format!("Mis en ligne le {d} {month} {y}"),
            ];
            for credit in credits {
                for line in &lines {
                    assert_labelled_line_gives(&format!("{credit} {line}"), day);
                }
            }
            for line in [
                format!("Par Le Parisien avec AFP Le {d} {month} {y} à 18h05"),
                format!("Par AFP le {d} {month} {y}"),
                format!("Rédaction Europe 1 avec AFP 18h05 , le {d} {month} {y}"),
                format!("{d} {month} {y} / 18h05 / Lecture 4 min"),
                format!("{d} {month} {y} à 18h05 par La Rédaction"),
            ] {
                assert_labelled_line_gives(&line, day);
            }
        }
    }

    /// A byline that says what its people did before its `par` (every
    /// lead of a byline (`data/publication.toml`), capitalised as a line opens) dates the
    /// page as a bare `Par` does, before or after the date; the same
    /// words opening a sentence do not.
    #[test]
    fn a_byline_with_its_work_before_par_gives_its_day() {
        let leads = [
            "Propos recueillis",
            "Entretien réalisé",
            "Interview réalisée",
            "Texte",
            "Textes",
            "Reportage",
            "Enquête",
            "Rédigé",
            "Écrit",
            "Photos",
            "Vidéo",
            "Infographie",
        ];
        for day in days_of(2024) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            for lead in leads {
                for line in [
                    format!("{lead} par Claire Dubois, le {d:02}/{m:02}/{y} à 16h20"),
                    format!("{lead} par Claire Dubois | Publié le {d} {month} {y}"),
                    format!("{lead} par Claire Dubois et Marc Petit, le {d} {month} {y} à 9h05"),
                ] {
                    assert_labelled_line_gives(&line, day);
                }
                // without the lead's `par` it is a sentence
                let sentence = format!(
                    "{lead} de Claire Dubois, le {d:02}/{m:02}/{y} à 16h20, Kim Jong-un est arrivé."
                );
                let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{sentence}\n\n{STORY}");
                assert!(
                    read(&page).is_none_or(|(_, rule, _)| rule != PublicationRule::LabelledLine),
                    "{sentence}"
                );
            }
        }
    }

    /// A byline by the post of the paper's own reporter (`Par notre
    /// correspondant à Moscou`, `De nos envoyés spéciaux en Corée du Sud`)
    /// dates the page before its date as a named byline does, on its line
    /// or on the line above; a sentence about a correspondent does not.
    #[test]
    fn a_correspondent_s_byline_gives_its_day() {
        let posts = [
            "notre correspondant",
            "notre correspondante",
            "nos correspondants",
            "notre envoyé spécial",
            "notre envoyée spéciale",
            "nos envoyés spéciaux",
            "notre correspondante permanente",
            "notre bureau",
        ];
        let places = ["", " à Moscou", " en Corée du Sud", " au Japon", " à Séoul"];
        for day in days_of(2025) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            for lead in ["Par", "De"] {
                for post in posts {
                    for place in places {
                        for line in [
                            format!("{lead} {post}{place}, le {d} {month} {y}"),
                            format!("{lead} {post}{place} | Publié le {d:02}/{m:02}/{y} à 08h15"),
                            format!("{lead} {post}{place}\nLe {d} {month} {y} à 18h40"),
                        ] {
                            assert_labelled_line_gives(&line, day);
                        }
                    }
                }
            }
            // a sentence that names a correspondent is no byline
            let sentence = format!(
                "Selon notre correspondant à Moscou, le {d} {month} {y} Kim Jong-un est arrivé."
            );
            let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{sentence}\n\n{STORY}");
            assert!(
                read(&page).is_none_or(|(_, rule, _)| rule != PublicationRule::LabelledLine),
                "{sentence}"
            );
        }
    }

    /// A byline naming a desk of the newsroom (`Par la cellule de
    /// vérification — Publié le …`), before its date on the same line or
    /// after it; a sentence quoting a desk is none.
    #[test]
    fn a_desk_s_byline_gives_its_day() {
        let desks = [
            "la rédaction",
            "la cellule de vérification",
            "le service International",
            "le service politique",
            "l'équipe Vrai ou faux",
            "les Décodeurs",
            "le pôle enquête",
            "la rédaction numérique",
            "le desk Monde",
        ];
        for day in days_of(2024) {
            let (d, m, y) = (day.day(), day.month(), day.year());
            let month = MONTHS[m as usize - 1];
            for desk in desks {
                for line in [
                    format!("Par {desk} — Publié le {d} {month} {y}"),
                    format!("Par {desk} | Publié le {d:02}/{m:02}/{y} à 08h15"),
                    format!("Par {desk}, le {d} {month} {y} à 18h40"),
                    format!("Par {desk} (AFP) - {d} {month} {y}"),
                    format!("{d} {month} {y} à 18h05 | Par {desk}"),
                ] {
                    assert_labelled_line_gives(&line, day);
                }
                let sentence = format!(
                    "Selon {desk} du journal, le {d} {month} {y} Kim Jong-un est arrivé à Moscou."
                );
                let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{sentence}\n\n{STORY}");
                assert!(
                    read(&page).is_none_or(|(_, rule, _)| rule != PublicationRule::LabelledLine),
                    "{sentence}"
                );
            }
        }
    }

    /// Words before a date that make a sentence, not a credit, and a
    /// timed date followed by a sentence, give no publication line.
    #[test]
    fn a_sentence_before_a_date_is_no_credit() {
        for line in [
            "Le rapport publié le 12 mars 2024 à 10h30",
            "Moscou a publié le 12 mars 2024",
            "L'agence KCNA a publié le 12 mars 2024 à 10h30 un communiqué.",
            "Selon l'AFP, publié le 12 mars 2024",
            "Kim Jong-un est arrivé le 12 mars 2024 à 10h30",
            "12 mars 2024 à 10h30 - Kim arrive à Vladivostok",
            "12 mars 2024 à 10h30 / Kim arrive",
            "Il y a trois ans, le 12 mars 2024 à 10h30",
        ] {
            let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{line}\n\n{STORY}");
            assert!(
                read(&page).is_none_or(|(_, rule, _)| rule != PublicationRule::LabelledLine),
                "{line}: {:?}",
                read(&page)
            );
        }
    }

    #[test]
    fn a_sentence_opening_on_a_date_and_a_time_is_no_labelled_line() {
        let page = format!("Le 12/09/2023 à 10h30, Kim Jong-un est arrivé en Russie. {STORY}");
        assert_eq!(read(&page), None);
    }

    /// A byline's date counts only when the line is furniture: a byline or
    /// a credited signer followed by a sentence, a sentence that names
    /// someone `par` after a date, and a signer with neither label nor
    /// time are no publication lines.
    #[test]
    fn bylines_that_open_sentences_are_no_labelled_lines() {
        for line in [
            "Par Jean Dupont (AFP), 12 septembre 2023, Kim Jong-un est arrivé en Russie.",
            "Jean Dupont avec AFP · 12 septembre 2023, Kim Jong-un est arrivé en Russie.",
            "12 septembre 2023 | Par Jean Dupont, Kim Jong-un est arrivé en Russie.",
            "Le 12 septembre 2023, reçu par Vladimir Poutine, Kim Jong-un a parlé.",
            "Jean Dupont, 12 septembre 2023",
        ] {
            let page = format!("Monde\n\nLavrov reçu à Pyongyang\n\n{line}\n\n{STORY}");
            assert!(
                read(&page).is_none_or(|(_, rule, _)| rule != PublicationRule::LabelledLine),
                "{line}: {:?}",
                read(&page)
            );
        }
    }

    #[test]
    fn every_dateline_layout_with_a_year_gives_its_day() {
        for day in days_of(2023) {
            let month = MONTHS[day.month() as usize - 1];
            let d = day.day();
            let y = day.year();
            for opening in [
                format!("SÉOUL, {d} {month} {y} (Reuters) - "),
                format!("MOSCOU, {d} {month} {y} (AFP) – "),
                format!("Tokyo, {d} {month} {y} - "),
                format!("{d} {month} {y} (AFP) - "),
            ] {
                let page = format!("Lavrov reçu à Pyongyang\n\n{opening}{STORY}");
                assert_eq!(
                    read(&page),
                    Some((day, PublicationRule::Dateline, Confidence::Stated)),
                    "{opening}"
                );
            }
            // on a line of its own (the text stage keeps no such line in
            // the story: the page's date lines read it)
            for page in [
                format!("Lavrov reçu à Pyongyang\n\nSÉOUL, {d} {month} {y} (AFP)\n{STORY}"),
                format!("Lavrov reçu à Pyongyang\n\nMoscou, {d} {month} {y} (Reuters)\n\n{STORY}"),
                format!("SÉOUL, {d} {month} {y} (AFP)\n\n{STORY}"),
            ] {
                assert_eq!(
                    read(&page),
                    Some((day, PublicationRule::LabelledLine, Confidence::Stated)),
                    "{page}"
                );
            }
            // a line of its own without the agency is no dateline, nor is
            // one the sentence goes on after
            let controls = [
                format!("Lavrov reçu à Pyongyang\n\nSéoul, {d} {month} {y}\n\n{STORY}"),
                format!(
                    "Lavrov reçu à Pyongyang\n\nSéoul, {d} {month} {y} (AFP) a appris que le ministre viendra.\n\n{STORY}"
                ),
            ];
            for page in controls {
                assert_eq!(read(&page), None, "{page}");
            }
        }
    }

    /// A date in the future tense inside a quotation whose opening words
    /// report a past date (`En 2019, le maire avait promis : « La ligne
    /// sera mise en service le 1er septembre 2021. »`) is the speaker's
    /// future: it does not bound the page, which keeps its stated day, for
    /// every day of two years and several openings; the same future told
    /// by the page itself bounds it (the stated day after it is dropped).
    #[test]
    fn a_future_quoted_as_said_on_a_past_date_bounds_nothing() {
        let promised = NaiveDate::from_ymd_opt(2021, 9, 1).unwrap();
        let openings = [
            "En 2019, le maire avait promis aux habitants : « ",
            "Le 12 mars 2019, le ministre déclarait : « ",
            "En mai 2018, le président de la région avait assuré : « Nous tiendrons nos délais. ",
        ];
        for day in days_of(2023).into_iter().chain(days_of(2024)) {
            let (d, month, y) = (day.day(), MONTHS[day.month() as usize - 1], day.year());
            for opening in openings {
                let page = format!(
                    "Transports\n\nLa nouvelle ligne de tramway enfin ouverte\nPublié le {d} {month} {y} à 07h45\n\n{opening}La ligne sera mise en service le 1er septembre 2021. » Les travaux ont pris du retard.\n\n{STORY}"
                );
                assert_eq!(read(&page).map(|r| r.0), Some(day), "{page}");
            }
            // the page's own future: it was written before that day
            let page = format!(
                "Transports\n\nLa nouvelle ligne de tramway\nPublié le {d} {month} {y} à 07h45\n\nSelon la métropole, la ligne sera mise en service le 1er septembre 2021.\n\n{STORY}"
            );
            assert!(day > promised);
            assert_eq!(read(&page), None, "{page}");
        }
    }

    /// A holiday's name heading a title (`Saint-Valentin : les fleuristes
    /// …`, `14-Juillet : …`) is what the page is about, never its
    /// dateline: for every holiday of the calendar, written as a title
    /// opens, over a story that reports a past year, no day is given.
    #[test]
    fn a_holiday_heading_a_title_is_no_dateline() {
        let mut checked = 0;
        for h in &crate::temporal::lexicon::lexicon().holidays {
            for word in &h.words {
                let mut name: Vec<char> = word.chars().collect();
                name[0] = name[0].to_uppercase().next().unwrap_or(name[0]);
                let name: String = name.into_iter().collect();
                let page = format!(
                    "{name} : les commerçants du centre-ville misent sur les produits locaux\n\nLes commerçants comptent sur cette journée pour relancer leurs ventes, en baisse depuis 2019, a indiqué la chambre de commerce."
                );
                assert_eq!(read(&page), None, "{page}");
                checked += 1;
            }
        }
        assert!(checked > 30, "{checked}");
    }

    #[test]
    fn a_year_less_dateline_takes_the_nearest_year_the_past_dates_allow() {
        // the text recalls a day of 2023 in the past: the dateline is the
        // first such day on or after it
        let floor = NaiveDate::from_ymd_opt(2023, 6, 19).unwrap();
        for day in days_of(2023).into_iter().chain(days_of(2024)) {
            let (d, month) = (day.day(), MONTHS[day.month() as usize - 1]);
            let expected = [2023, 2024]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month(), d))
                .find(|x| *x >= floor)
                .unwrap();
            for opening in [
                format!("SÉOUL, {d} {month} (Reuters) - "),
                format!("{d} {month} (AFP) - "),
            ] {
                let page = format!(
                    "Lavrov reçu à Pyongyang\n\n{opening}{STORY} Le traité avait été signé le 19 juin 2023 à Pyongyang."
                );
                assert_eq!(
                    read(&page),
                    Some((expected, PublicationRule::Dateline, Confidence::Inferred)),
                    "{opening}"
                );
            }
            // nothing dated in the past: no year, no date, and --verbose says why
            let page = format!("Lavrov reçu\n\nSÉOUL, {d} {month} (Reuters) - {STORY}");
            assert_eq!(read(&page), None);
            let text = normalize(&page);
            let (_, rejected) = infer_explained(&text, &crate::temporal::parse(&text), None, None);
            assert!(
                rejected
                    .iter()
                    .any(|r| r.starts_with(&format!("«{d} {month}» rejected: no year"))),
                "{rejected:?}"
            );
        }
    }

    /// A year reported alone (`construit en 2009`) is most often a recall:
    /// it places a year-less dateline only when the bounds hold that day
    /// once; a month or a day reported in the past places it as before.
    #[test]
    fn a_past_year_alone_places_no_year_less_dateline() {
        for year in [2009, 2016, 2023] {
            for day in days_of(year + 1) {
                let (d, m) = (day.day(), day.month());
                let month = MONTHS[m as usize - 1];
                let opening = format!("SÈTE, {d} {month} (AFP) - ");
                let recall = format!("L'ouvrage, construit en {year}, a été inspecté.");
                let page = format!("Digue effondrée\n\n{opening}{STORY} {recall}");
                assert_eq!(read(&page), None, "{opening}{recall}");
                // the same year with its month: the first such day after it
                let floor = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
                let page = format!(
                    "Digue effondrée\n\n{opening}{STORY} L'ouvrage a été inspecté en janvier {year}."
                );
                let expected = [year, year + 1]
                    .into_iter()
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .find(|x| *x >= floor);
                assert_eq!(
                    read(&page).map(|(day, _, _)| day),
                    expected,
                    "{opening} janvier {year}"
                );
                // a year alone with an announced date a year later: the bounds
                // hold the day once
                let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
                let page = format!(
                    "Digue effondrée\n\n{opening}{STORY} {recall} La nouvelle digue sera livrée le 31 décembre {year}."
                );
                let once = NaiveDate::from_ymd_opt(year, m, d).filter(|x| *x <= end);
                assert_eq!(
                    read(&page).map(|(day, _, _)| day),
                    once,
                    "{opening} {year} .. {end}"
                );
            }
        }
    }

    #[test]
    fn a_lead_weekday_checks_the_year_of_a_year_less_dateline() {
        // the text recalls an old day (25 April 2019): the nearest year it
        // allows is kept only when the lead's weekday is the dateline's day
        // or the one before; a weekday in the future tense checks nothing
        let floor = NaiveDate::from_ymd_opt(2019, 4, 25).unwrap();
        for day in days_of(2019).into_iter().chain(days_of(2020)) {
            let (d, month) = (day.day(), MONTHS[day.month() as usize - 1]);
            let nearest = [2019, 2020]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month(), d))
                .find(|x| *x >= floor)
                .unwrap();
            let on = nearest.weekday().num_days_from_monday() as usize;
            for (wd, weekday) in WEEKDAYS.iter().enumerate() {
                for (lead, future) in [
                    (
                        format!("Pyongyang a confirmé {weekday} l'envoi de troupes."),
                        false,
                    ),
                    (
                        format!("Pyongyang a confirmé {weekday} soir l'envoi de troupes."),
                        false,
                    ),
                    (format!("Le ministre se rendra {weekday} à Moscou."), true),
                ] {
                    let page = format!(
                        "Titre\n\nSÉOUL, {d} {month} (Reuters) - {lead} {STORY} Kim avait rencontré Poutine le 25 avril 2019 à Vladivostok."
                    );
                    let agrees = future || wd == on || (wd + 1) % 7 == on;
                    let expected = agrees.then_some((
                        nearest,
                        PublicationRule::Dateline,
                        Confidence::Inferred,
                    ));
                    assert_eq!(read(&page), expected, "{page}");
                }
            }
        }
    }

    /// What the text says of its own day when it gives no year.
    fn yearless(page: &str) -> Option<YearlessDay> {
        let text = normalize(page);
        let parsed = crate::temporal::parse(&text);
        bounds_of(&text, &parsed).yearless.map(|(on, _)| on)
    }

    #[test]
    fn a_dateline_or_this_day_without_a_year_is_kept_as_the_articles_own_day() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let (d, m) = (day.day(), day.month());
            let (month, wd) = (MONTHS[m as usize - 1], weekday_name(day));
            let wd_number = day.weekday().num_days_from_monday();
            let plain = YearlessDay {
                month: m,
                day: d,
                weekday: None,
            };
            for opening in [
                format!("SÉOUL, {d} {month} (Reuters) - "),
                format!("MOSCOU, {d} {month} (AFP) – "),
                format!("Tokyo, {d} {month} - "),
                format!("{d} {month} (AFP) - "),
            ] {
                let page = format!("Lavrov reçu à Pyongyang\n\n{opening}{STORY}");
                assert_eq!(yearless(&page), Some(plain), "{opening}");
                // with a year the day is stated, not kept without one
                let page = format!(
                    "Lavrov reçu à Pyongyang\n\n{}{STORY}",
                    opening.replacen(month, &format!("{month} {}", day.year()), 1)
                );
                assert_eq!(yearless(&page), None, "{page}");
            }
            let named = YearlessDay {
                weekday: Some(wd_number),
                ..plain
            };
            for tense in ["est entré en vigueur", "entre en vigueur"] {
                let page = format!(
                    "Traité\n\nLe traité {tense} ce {wd} {d} {month}, a annoncé le ministère russe des Affaires étrangères. {STORY}"
                );
                assert_eq!(yearless(&page), Some(named), "{page}");
            }
            // announced for later, or deep in the story: not the article's day
            let page = format!(
                "Traité\n\nLe traité entrera en vigueur ce {wd} {d} {month} selon le ministère. {STORY}"
            );
            assert_eq!(yearless(&page), None, "{page}");
            let page = format!(
                "Traité\n\n{STORY} Il a été reçu par Kim Jong-un. Le traité est entré en vigueur le {wd} {d} {month}."
            );
            assert_eq!(yearless(&page), None, "{page}");
        }
    }

    #[test]
    fn this_day_named_in_the_first_sentence_gives_the_day_and_a_weekday_its_year() {
        let floor = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
        for day in days_of(2024) {
            let (d, month, wd) = (
                day.day(),
                MONTHS[day.month() as usize - 1],
                weekday_name(day),
            );
            let y = day.year();
            // with its year: stated
            let page = format!(
                "Lavrov à Pyongyang\n\nSergueï Lavrov est reçu ce {wd} {d} {month} {y} par Kim Jong-un, a rapporté l'agence officielle. {STORY}"
            );
            assert_eq!(
                read(&page),
                Some((day, PublicationRule::NamedToday, Confidence::Stated))
            );
            // without: the years after the past date in which that day is that weekday
            let fits: Vec<NaiveDate> = (2023..=2023 + WEEKDAY_YEARS)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month(), d))
                .filter(|x| *x >= floor && weekday_name(*x) == wd)
                .collect();
            let page = format!(
                "Lavrov à Pyongyang\n\nSergueï Lavrov est reçu ce {wd} {d} {month} par Kim Jong-un, a rapporté l'agence officielle. Il s'était déjà rendu à Pyongyang en mai 2023."
            );
            let expected = match fits.as_slice() {
                [one] => Some((*one, PublicationRule::NamedToday, Confidence::Inferred)),
                _ => None,
            };
            assert_eq!(read(&page), expected, "{wd} {d} {month}: {fits:?}");
        }
    }

    #[test]
    fn a_weekday_that_fits_two_years_gives_nothing() {
        // 14 February is a Friday in 2025 and in 2020 and 2031: bounded from
        // 2019 on, two fits within the years looked at
        let page = "Diplomatie\n\nSergueï Lavrov est reçu ce vendredi 14 février par Kim Jong-un, a rapporté l'agence officielle. Il s'était rendu à Pyongyang en mai 2019.";
        assert_eq!(read(page), None);
        // from May 2023 on, 2025 is the only fit
        let page = page.replace("mai 2019", "mai 2023");
        assert_eq!(
            read(&page).map(|r| r.0.to_string()),
            Some("2025-02-14".into())
        );
    }

    #[test]
    fn a_narrative_future_before_a_past_date_bounds_nothing() {
        // futur historique: told in the future tense, but the text reports a
        // later date in the past, so it was never to come at publication
        let futures = [
            "Il faudra attendre {D} pour que Kim Jong-un rencontre Vladimir Poutine.",
            "Kim Jong-un ne se rendra en Russie qu'en {D}.",
            "Le dirigeant nord-coréen reviendra à Vladivostok en {D}.",
        ];
        let pasts = [
            "En {P}, les deux hommes se retrouvaient au cosmodrome.",
            "Le traité a été signé en {P}.",
        ];
        for (fy, py) in [(2019, 2023), (2001, 2024), (2022, 2023)] {
            let published = NaiveDate::from_ymd_opt(py + 1, 6, 19).unwrap();
            for future in futures {
                for past in pasts {
                    let page = format!(
                        "Analyse\n\nPar Claire Martin\nLe 19 juin {}\n\n{} {} {STORY}",
                        published.year(),
                        future.replace("{D}", &format!("avril {fy}")),
                        past.replace("{P}", &format!("septembre {py}")),
                    );
                    assert_eq!(read(&page).map(|r| r.0), Some(published), "{page}");
                    // without the later past date, the future date still
                    // rules the header day out
                    let alone = format!(
                        "Analyse\n\nPar Claire Martin\nLe 19 juin {}\n\n{} {STORY}",
                        published.year(),
                        future.replace("{D}", &format!("avril {fy}")),
                    );
                    assert_eq!(read(&alone), None, "{alone}");
                }
            }
        }
    }

    #[test]
    fn an_old_date_announced_in_the_future_bounds_the_day_from_above() {
        // a dateline after a day the text announces as to come is rejected
        let page = "Lavrov reçu\n\nSÉOUL, 20 mars 2025 (Reuters) - Le ministre russe des Affaires étrangères se rendra en Corée du Nord, a annoncé l'agence officielle. Sergueï Lavrov se rendra à Pyongyang le 14 mars 2025.";
        let text = normalize(page);
        let (found, rejected) = infer_explained(&text, &crate::temporal::parse(&text), None, None);
        assert_eq!(found, None);
        assert!(
            rejected
                .iter()
                .any(|r| r.contains("«14 mars 2025» is announced in the future")),
            "{rejected:?}"
        );
    }

    /// `Ce <jour> <d> <mois>, …, trois jours avant le scrutin du <d+3 avec
    /// l'année>, qui se tiendra <jour>`: the relative clause announces the
    /// vote, so the page is on or before it, which leaves one year for the
    /// named day; in the conditional (a supposition) or the passé composé
    /// it bounds nothing, and the day is placed only if the lower bound
    /// alone leaves one year (expected from chrono's calendar here).
    #[test]
    fn a_date_announced_by_a_relative_clause_in_the_future_bounds_the_day_from_above() {
        for day in days_of(2024).into_iter().chain(days_of(2025)) {
            let vote = day + chrono::Duration::days(3);
            let (d, month, wd) = (
                day.day(),
                MONTHS[day.month() as usize - 1],
                weekday_name(day),
            );
            let floor = NaiveDate::from_ymd_opt(day.year() - 1, 1, 1).unwrap();
            let vote_words = format!(
                "{} {} {}",
                vote.day(),
                MONTHS[vote.month() as usize - 1],
                vote.year()
            );
            let vote_wd = weekday_name(vote);
            for (clause, bounded) in [
                (format!("qui se tiendra {vote_wd}"), true),
                (format!("qui réunira les électeurs {vote_wd}"), true),
                (format!("qui se tiendrait {vote_wd}"), false),
            ] {
                let page = format!(
                    "Politique\n\nDernier meeting\n\nCe {wd} {d} {month}, la tête de liste réunit ses \
                     soutiens à Lille, trois jours avant le scrutin du {vote_words}, {clause}. En \
                     janvier {}, son équipe avait déjà rassemblé 4 000 personnes.",
                    floor.year()
                );
                let fits: Vec<NaiveDate> = (floor.year()..=floor.year() + WEEKDAY_YEARS)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month(), d))
                    .filter(|x| *x >= floor && weekday_name(*x) == wd)
                    .filter(|x| !bounded || *x <= vote)
                    .collect();
                let expected = match fits.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                };
                if bounded {
                    assert_eq!(expected, Some(day), "{page}");
                }
                assert_eq!(read(&page).map(|r| r.0), expected, "{page}: {fits:?}");
            }
        }
    }

    /// A year-less dateline between a past month and a day announced
    /// within the year, every day of a year × every weekday its lead
    /// reports on: the bounds hold the day once, and it is the page's when
    /// the lead names that weekday or the one before (a story filed the
    /// next morning); with any other weekday the text contradicts itself
    /// and nothing is placed, neither by the dateline rule nor by the
    /// bounds.
    #[test]
    fn a_year_less_dateline_the_lead_contradicts_in_the_one_year_allowed_is_not_placed() {
        for day in days_of(2024) {
            let floor = day - chrono::Duration::days(40);
            let ceiling = day + chrono::Duration::days(200);
            let on = day.weekday().num_days_from_monday();
            for (lead, name) in WEEKDAYS.iter().enumerate() {
                let lead = lead as u32;
                let page = format!(
                    "Diplomatie\n\nLe ministre reçu à Séoul\n\nSÉOUL, {} {} (AFP) - Le ministre japonais des \
                     Affaires étrangères a été reçu {name} par son homologue sud-coréen. Les deux \
                     pays avaient signé un accord de pêche en {} {}. Ils se retrouveront à Tokyo \
                     le {} {} {}.",
                    day.day(),
                    MONTHS[day.month() as usize - 1],
                    MONTHS[floor.month() as usize - 1],
                    floor.year(),
                    ceiling.day(),
                    MONTHS[ceiling.month() as usize - 1],
                    ceiling.year(),
                );
                let agrees = lead == on || (lead + 1) % 7 == on;
                let text = normalize(&page);
                let parsed = crate::temporal::parse(&text);
                let found = infer(&text, &parsed).map(|i| i.day);
                assert_eq!(found, agrees.then_some(day), "{page}");
                // the day is kept for later steps only when the lead agrees
                let on_day = bounds_of(&text, &parsed).yearless.is_some();
                assert_eq!(on_day, agrees, "{page}");
            }
        }
    }

    /// `ce <jour>` alone in the first sentences, every weekday × a clause
    /// in the present, the passé composé or the future × before or after
    /// the verb: the page's own weekday unless the clause is in the future;
    /// two weekdays named so, or one named in a later sentence, give none.
    #[test]
    fn a_weekday_named_as_this_one_in_the_first_sentences_is_the_page_s() {
        let clauses = [
            ("achève {D} sa visite à Lyon", true),
            ("a reçu {D} les syndicats de médecins", true),
            ("recevra {D} les syndicats de médecins", false),
        ];
        for (k, wd) in WEEKDAYS.iter().enumerate() {
            for (clause, today) in clauses {
                for lead in [
                    format!(
                        "La ministre {}.",
                        clause.replace("{D}", &format!("ce {wd}"))
                    ),
                    format!("Ce {wd}, la ministre {}.", clause.replace(" {D}", "")),
                ] {
                    let page = format!(
                        "Santé\n\nLa ministre face aux médecins\n\n{lead} La réunion a duré trois heures.\n\nLes syndicats maintiennent leur appel."
                    );
                    let text = normalize(&page);
                    let b = bounds_of(&text, &crate::temporal::parse(&text));
                    let want = today.then_some(k as u32);
                    assert_eq!(b.weekday.as_ref().map(|w| w.0), want, "{page}");
                    assert_eq!(b.typed().and_then(|t| t.weekday), want, "{page}");
                    // another weekday named as this one: none
                    let other = WEEKDAYS[(k + 2) % 7];
                    let two = page.replace(
                        &lead,
                        &format!(
                            "{}, puis elle a vu les élus ce {other}.",
                            lead.trim_end_matches('.')
                        ),
                    );
                    let text = normalize(&two);
                    let b = bounds_of(&text, &crate::temporal::parse(&text));
                    let want = match today {
                        true => None,
                        false => Some(((k + 2) % 7) as u32),
                    };
                    assert_eq!(b.weekday.as_ref().map(|w| w.0), want, "{two}");
                    // in a later sentence only: none
                    let late = format!(
                        "Santé\n\nLa ministre face aux médecins\n\nLa réunion a duré trois heures. Les syndicats maintiennent leur appel. Puis la ministre a parlé aux élus.\n\n{lead}"
                    );
                    let text = normalize(&late);
                    let b = bounds_of(&text, &crate::temporal::parse(&text));
                    assert_eq!(b.weekday, None, "{late}");
                }
            }
        }
    }
}
