//! The typed values that flow between pipeline stages.
//!
//! Every stage is a function from one of these to the next, so the shapes
//! here are the contract between modules (and, serialized, the contract with
//! users: see `docs/json.md`). Offsets given to users are Unicode character
//! offsets into the original file as decoded to text, so that a user can
//! check a quote with any tool (`python3 -c 'print(open(f).read()[s:e])'`).

pub mod time;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
pub use time::Spec;

/// Version of the JSON output; changes when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// How fine a date is. A date is always an interval plus the grain at which
/// its bounds are meaningful: `2019` is the whole year, not its first day.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Year,
    Decade,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
        }
    }
}

/// A closed interval of days with its precision.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub struct DateInterval {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl DateInterval {
    pub fn new(start: NaiveDate, end: NaiveDate, precision: Precision) -> Self {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        DateInterval {
            start,
            end,
            precision,
        }
    }

    pub fn day(date: NaiveDate) -> Self {
        DateInterval::new(date, date, Precision::Day)
    }

    /// Number of days covered, at least 1.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn overlaps(&self, other: &DateInterval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    pub fn contains(&self, other: &DateInterval) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The days both intervals cover, at the finer of the two precisions.
    pub fn intersect(&self, other: &DateInterval) -> Option<DateInterval> {
        if !self.overlaps(other) {
            return None;
        }
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        let precision = if self.days() <= other.days() {
            self.precision
        } else {
            other.precision
        };
        Some(DateInterval::new(start, end, precision))
    }

    /// Parse `2023-09-12`, `2023-09`, `2023`, or `start/end` of those.
    pub fn parse_iso(text: &str) -> Option<DateInterval> {
        let text = text.trim();
        if let Some((a, b)) = text.split_once('/') {
            let a = DateInterval::parse_iso(a)?;
            let b = DateInterval::parse_iso(b)?;
            let precision = if a.precision == Precision::Day && b.precision == Precision::Day {
                Precision::Day
            } else {
                a.precision.max(b.precision)
            };
            return Some(DateInterval::new(a.start, b.end, precision));
        }
        let parts: Vec<&str> = text.split('-').collect();
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
        let year = parts
            .first()
            .filter(|y| y.len() == 4)?
            .parse::<i32>()
            .ok()?;
        match parts.len() {
            1 => Some(DateInterval::new(
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
                Precision::Year,
            )),
            2 => {
                let month = num(1)?;
                let start = NaiveDate::from_ymd_opt(year, month, 1)?;
                let end = start
                    .checked_add_months(chrono::Months::new(1))?
                    .pred_opt()?;
                Some(DateInterval::new(start, end, Precision::Month))
            }
            3 => Some(DateInterval::day(NaiveDate::from_ymd_opt(
                year,
                num(1)?,
                num(2)?,
            )?)),
            _ => None,
        }
    }

    /// Short ISO form: `2023-09-12`, `2023-09`, `2019`, or `start/end`.
    pub fn iso(&self) -> String {
        use chrono::Datelike;
        let s = self.start;
        let e = self.end;
        let whole_month = s.day() == 1
            && e.year() == s.year()
            && e.month() == s.month()
            && e.succ_opt().is_none_or(|n| n.month() != e.month());
        let whole_year = s.month() == 1 && s.day() == 1 && e.month() == 12 && e.day() == 31;
        if s == e {
            s.format("%Y-%m-%d").to_string()
        } else if whole_year && s.year() == e.year() {
            format!("{}", s.year())
        } else if whole_month {
            s.format("%Y-%m").to_string()
        } else {
            format!("{}/{}", s.format("%Y-%m-%d"), e.format("%Y-%m-%d"))
        }
    }
}

/// A byte range in some text. Which text is said by the field holding it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Place,
    Organization,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::Organization => "organization",
        }
    }
}

/// How an entity mention was found, so a user can weigh it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum FoundBy {
    /// The display name or an alias of a gazetteer entry.
    Gazetteer,
    /// A role or description (`le président russe`) resolved at the article's date.
    Role,
    /// A pattern rule (`M. X`, `le ministre ..., Prénom Nom`).
    Rule,
    /// A later short form (`M. Kim`, a surname) joined to an entity named earlier.
    Coreference,
}

/// One occurrence of an entity in a document. `span` is in normalized text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EntityMention {
    pub entity_id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub surface: String,
    pub span: Span,
    pub found_by: FoundBy,
    /// Name of the rule or gazetteer file that produced the mention.
    pub rule: String,
    pub confidence: f32,
    /// What the named one is in this document beyond its type: `author` for
    /// the reporter, translator or photographer of a byline or credit, who
    /// wrote the article and is never a participant of its events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MentionRole>,
}

/// The part a mention's entity plays in the document itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MentionRole {
    /// Wrote, translated, edited or photographed the article (bylines, credits).
    Author,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TimexKind {
    Date,
    Duration,
    Set,
    Vague,
}

/// What a relative date was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Anchor {
    /// Needs no anchor (`22 novembre 2023`).
    None,
    /// The publication date of the document.
    Publication,
    /// Another expression of the same text (`le lendemain` of a dated event).
    Expression { text: String, span: Span },
    /// The expression is relative but no anchor was known: left unresolved.
    Unknown,
}

/// The grammatical tense of the clause around an expression, which decides
/// whether a bare `mardi` is the last or the next Tuesday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// A temporal expression (TIMEX3 in spirit). `span` is in normalized text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Timex {
    pub text: String,
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: TimexKind,
    /// ISO-like value: `2023-09-12`, `2023-09`, `2023-W36`, `XXXX-06-18`, `PAST_REF`.
    pub value: String,
    /// The days the expression denotes, when it could be resolved.
    pub interval: Option<DateInterval>,
    pub anchor: Anchor,
    pub tense: Tense,
    /// Name of the rule that recognised the expression.
    pub rule: String,
    /// What the expression says relative to the publication day, kept only
    /// when it could not be resolved for want of that day.
    #[serde(skip)]
    #[schemars(skip)]
    pub pending: Option<Spec>,
}

/// The kinds of events newsx reports. A stable, documented enum.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    Visit,
    Meeting,
    Arrival,
    Departure,
    Travel,
    Announcement,
    Statement,
    Invitation,
    Agreement,
    Military,
    Launch,
    Other,
    /// A leader receives another (`a reçu`, `audience`, `a accueilli`).
    Reception,
    /// A treaty ratified, promulgated or in force.
    Ratification,
    /// Troops or equipment sent and stationed (`a déployé`, `a dépêché`).
    Deployment,
    /// Fighting (`combats`, `affrontements`, `bombardement`).
    Combat,
    /// Parades, commemorations, wreath layings (`défilé militaire`).
    Ceremony,
    /// A diplomat called in by a ministry (`a convoqué l'ambassadeur`).
    Summons,
    /// A denial (`a démenti`, `nie`).
    Denial,
}

impl EventType {
    pub const ALL: [EventType; 19] = [
        EventType::Visit,
        EventType::Meeting,
        EventType::Arrival,
        EventType::Departure,
        EventType::Travel,
        EventType::Announcement,
        EventType::Statement,
        EventType::Invitation,
        EventType::Agreement,
        EventType::Military,
        EventType::Launch,
        EventType::Other,
        EventType::Reception,
        EventType::Ratification,
        EventType::Deployment,
        EventType::Combat,
        EventType::Ceremony,
        EventType::Summons,
        EventType::Denial,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Visit => "visit",
            EventType::Meeting => "meeting",
            EventType::Arrival => "arrival",
            EventType::Departure => "departure",
            EventType::Travel => "travel",
            EventType::Announcement => "announcement",
            EventType::Statement => "statement",
            EventType::Invitation => "invitation",
            EventType::Agreement => "agreement",
            EventType::Military => "military",
            EventType::Launch => "launch",
            EventType::Other => "other",
            EventType::Reception => "reception",
            EventType::Ratification => "ratification",
            EventType::Deployment => "deployment",
            EventType::Combat => "combat",
            EventType::Ceremony => "ceremony",
            EventType::Summons => "summons",
            EventType::Denial => "denial",
        }
    }

    pub fn parse(name: &str) -> Option<EventType> {
        EventType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(name.trim()))
    }

    /// Arrivals, departures, travels and visits are the legs of one trip
    /// (`arrivé mardi à bord de son train`, `arrivé mardi pour une visite
    /// de trois jours`): a date of one leg may date another.
    pub fn is_journey(self) -> bool {
        matches!(
            self,
            EventType::Arrival | EventType::Departure | EventType::Travel | EventType::Visit
        )
    }

    /// Military operations, fighting, deployments and other states last:
    /// `la guerre`, `les combats` are under way, not done on a day, so the
    /// day of another act (`lors de cette rencontre`, `à la veille de`)
    /// never dates them.
    pub fn is_lasting(self) -> bool {
        matches!(
            self,
            EventType::Military | EventType::Combat | EventType::Deployment | EventType::Other
        )
    }

    /// Announcements, statements and denials report other events.
    pub fn is_reporting(self) -> bool {
        matches!(
            self,
            EventType::Announcement | EventType::Statement | EventType::Denial
        )
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Occurred,
    Planned,
    Speculated,
    Negated,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Occurred => "occurred",
            Modality::Planned => "planned",
            Modality::Speculated => "speculated",
            Modality::Negated => "negated",
        }
    }
}

/// A reference to an entity inside an event: what [`EntityRefData`] says,
/// shared. Millions of these are held until consolidation (3.3 per event
/// mention, mostly the same few hundred entities), so the reference is one
/// pointer and equal references share one copy once an [`Interner`] has
/// seen them. It reads like the data (`r.id`, `r.name`), and serializes
/// and describes itself (JSON Schema) exactly as the data does.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityRef(std::sync::Arc<EntityRefData>);

impl schemars::JsonSchema for EntityRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        EntityRefData::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        EntityRefData::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        EntityRefData::json_schema(generator)
    }
}

/// A reference to an entity inside an event.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[schemars(rename = "EntityRef")]
pub struct EntityRefData {
    pub id: String,
    pub name: String,
    /// The definite article the name takes in French (`le` Kremlin, `la`
    /// Russie, `l'`Iran, `les` États-Unis), from `data/names-fr.toml`; none
    /// for most people and cities. Headlines contract it (`du Kremlin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// The preposition of place when it is not `à` (`en` Russie, `dans`
    /// l'Oural), from `data/names-fr.toml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locative: Option<String>,
}

impl EntityRef {
    /// A reference without grammar data (people, cities, tests).
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> EntityRef {
        EntityRef::from(EntityRefData {
            id: id.into(),
            name: name.into(),
            article: None,
            locative: None,
        })
    }

    /// The same two references (one allocation shared), not only equal ones.
    pub fn shares(&self, other: &EntityRef) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl From<EntityRefData> for EntityRef {
    fn from(data: EntityRefData) -> EntityRef {
        EntityRef(std::sync::Arc::new(data))
    }
}

impl std::ops::Deref for EntityRef {
    type Target = EntityRefData;
    fn deref(&self) -> &EntityRefData {
        &self.0
    }
}

/// A string held by many values and never changed once made (a document
/// id, an event word, a quote that several event mentions of a clause
/// share): one pointer and a length, and equal strings share one copy once
/// an [`Interner`] has seen them. Reads as a `str`, compares, orders and
/// serializes (and describes itself in JSON Schema) as a `String` does.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SharedStr(std::sync::Arc<str>);

impl schemars::JsonSchema for SharedStr {
    fn inline_schema() -> bool {
        String::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        String::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

impl SharedStr {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same two strings (one allocation shared), not only equal ones.
    pub fn shares(&self, other: &SharedStr) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Default for SharedStr {
    fn default() -> SharedStr {
        SharedStr::from("")
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> SharedStr {
        SharedStr(s.into())
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        SharedStr(s.into())
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> SharedStr {
        SharedStr(s.as_str().into())
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> String {
        s.0.to_string()
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == *other.0
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == *other.0
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == *other.0
    }
}

/// One copy of each distinct value held until consolidation: equal entity
/// references of all the event mentions of a run point to one allocation.
/// Interning changes no value (the mentions compare, hash and serialize as
/// before), only how many copies are held.
#[derive(Debug, Default)]
pub struct Interner {
    refs: std::collections::HashSet<EntityRef>,
    strs: std::collections::HashSet<SharedStr>,
}

impl Interner {
    pub fn new() -> Interner {
        Interner::default()
    }

    /// The interned copy of `r` (`r` itself the first time it is seen).
    pub fn entity(&mut self, r: &mut EntityRef) {
        match self.refs.get(r) {
            Some(held) => *r = held.clone(),
            None => {
                self.refs.insert(r.clone());
            }
        }
    }

    /// The interned copy of `s` (`s` itself the first time it is seen).
    pub fn str(&mut self, s: &mut SharedStr) {
        match self.strs.get(s) {
            Some(held) => *s = held.clone(),
            None => {
                self.strs.insert(s.clone());
            }
        }
    }

    /// Intern everything of `m` that is shared between mentions.
    pub fn mention(&mut self, m: &mut EventMention) {
        self.str(&mut m.document);
        self.str(&mut m.trigger);
        self.str(&mut m.quote);
        if let Some(a) = &mut m.attribution {
            self.str(a);
        }
        for list in [
            &mut m.participants,
            &mut m.places,
            &mut m.attached_places,
            &mut m.located_places,
            &mut m.party_places,
            &mut m.acting_places,
            &mut m.speakers,
        ] {
            for r in list.iter_mut() {
                self.entity(r);
            }
        }
    }

    /// How many distinct entity references are held.
    pub fn entities(&self) -> usize {
        self.refs.len()
    }

    /// How many distinct strings are held.
    pub fn strs(&self) -> usize {
        self.strs.len()
    }
}

/// The time that governs an event mention, with how it was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EventTime {
    pub interval: DateInterval,
    pub expression: String,
    pub value: String,
    pub rule: String,
}

/// One report of an event in one sentence of one document.
///
/// Every mention of a run is held until consolidation (about 30 per
/// story article), so it is kept small: entity lists are boxed slices of
/// shared references, strings that mentions repeat are [`SharedStr`]s (one
/// copy once the root merger's [`Interner`] has seen them), the rare time
/// is boxed. 232 bytes inline and about 190 of heap per mention
/// (`examples/mention_heap.rs`, docs/performance.md "Stop 35").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EventMention {
    pub document: SharedStr,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub trigger: SharedStr,
    pub modality: Modality,
    pub participants: Box<[EntityRef]>,
    /// The places of the sentence (consolidation clusters on them).
    pub places: Box<[EntityRef]>,
    /// Of `places`, the one the predicate names (`est arrivé à Vostochny`,
    /// `sa visite en Russie`), found by `events::place`: the event's place.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub attached_places: Box<[EntityRef]>,
    /// Of `places`, those a preposition of place introduces anywhere in
    /// the predicate's clauses (`à Pyongyang`, `vers Vladivostok`), in text
    /// order: where something of the report happened. The others are named
    /// as actors or complements of nouns (`Séoul a dénoncé`, `la politique
    /// de la Russie`) or in a dateline (`SÉOUL, 19 octobre (Reuters)`), not
    /// as places. An event shows these when no predicate names its place.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub located_places: Box<[EntityRef]>,
    /// Of `places`, those a preposition of a party introduces (`la
    /// violation par Pyongyang`, `une coopération avec Pyongyang`,
    /// `l'alliance entre Moscou et Pyongyang`): parties to what is said, so
    /// never shown as the event's place for want of a located one.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub party_places: Box<[EntityRef]>,
    /// The country or capital that opens the predicate's clause as its
    /// subject (`la Corée du Nord a tiré…`, `Moscou a déployé…`): the
    /// government that acts, named in a headline when no one else is.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub acting_places: Box<[EntityRef]>,
    /// Of `participants`, the organisations that say or announce (`le
    /// Kremlin a annoncé`): who says so, not who takes part.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub speakers: Box<[EntityRef]>,
    /// Boxed: two mentions in three have none.
    pub time: Option<Box<EventTime>>,
    /// A vague window (`dans les prochains jours`) that constrains but does not date.
    pub window: Option<DateInterval>,
    /// Who says so (`selon Tass`, `a déclaré M. Peskov`), when the text says.
    pub attribution: Option<SharedStr>,
    /// The clause, as written in the original file (the event mentions of
    /// one clause share it).
    pub quote: SharedStr,
    /// Character offsets of the quote in the original file.
    pub start: usize,
    pub end: usize,
    /// Index of the sentence in the document, for ordering and narrative links.
    pub sentence: usize,
    /// True when the mention comes from a photo caption.
    pub caption: bool,
    /// True when the trigger frames the other events of its sentence
    /// (`Lors de sa visite à Moscou, X a déclaré…`): they happened during it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub frame: bool,
    /// The clause's date, when it is relative to a publication day the
    /// article does not give (`est arrivé mardi`): consolidation resolves it
    /// once the events other articles date have dated the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(skip)]
    pub pending: Option<Box<PendingTime>>,
}

/// A date relative to an unknown publication day, as the rule read it
/// (boxed on the mention: most mentions have none, and a mention is one of
/// millions held until consolidation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingTime {
    pub expression: String,
    pub rule: String,
    pub tense: Tense,
    pub spec: Spec,
}

/// Where a publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    CommandLine,
    FrontMatter,
    Metadata,
    Header,
    Text,
    Corpus,
}

/// How sure a publication date is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Written in full by the metadata or the page (a dateline, `Publié le`).
    #[default]
    Stated,
    /// Deduced: a year-less day placed by the article's own dates, or the
    /// days the events of the corpus allow.
    Inferred,
    /// Only bounds are known: the interval the article's own dates allow.
    Bounded,
}

/// Which kind of evidence of the page gave a publication date read from
/// the article itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PublicationRule {
    /// `Publié le 12/09/2023 à 10h30`, a byline with a date, `Le … à 18h40`.
    LabelledLine,
    /// `MOSCOU, 12 septembre 2023 (AFP) –`.
    Dateline,
    /// `ce jeudi 7 mars 2024` in the first sentences.
    NamedToday,
    /// `demain (18 juin)`.
    ConfirmedRelative,
    /// A date line alone atop the page: it may be the day the page was
    /// viewed, so the corpus may overrule it.
    BareHeader,
    /// The events other articles or the chronology date (`source: corpus`).
    Landmarks,
    /// A day in the source URL the metadata gives (`/2024/03/07/`).
    Url,
    /// No day is known: the interval the article's own dates allow
    /// (`confidence: bounded`).
    Bounds,
}

/// The days an article's own dates allow for its publication: not before
/// the latest date it reports in the past, not after the earliest it
/// announces in the future, and on the day it names as its own without a
/// year, if it names one.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
pub struct PublicationBounds {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<NaiveDate>,
    /// `SÉOUL, 19 octobre (Reuters) -`, `ce mercredi 4 décembre`: the text
    /// states its day but not its year, so only the days of other years
    /// are ruled out; the corpus or the bounds may then give the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<YearlessDay>,
    /// The last day of a role the text gives someone as current (`le
    /// président sud-coréen Yoon Suk-yeol`): it rules later days out, but
    /// is never a side of an interval (a text may recall a past title).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_until: Option<NaiveDate>,
    /// `ce mercredi` (a weekday alone, Monday = 0) in the first sentences,
    /// in a clause not in the future: the page names its own weekday, so
    /// only days on it are looked at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u32>,
}

impl PublicationBounds {
    pub fn contains(&self, day: NaiveDate) -> bool {
        use chrono::Datelike;
        self.not_before.is_none_or(|b| day >= b)
            && self.not_after.is_none_or(|a| day <= a)
            && self.role_until.is_none_or(|a| day <= a)
            && self.on.is_none_or(|on| on.matches(day))
            && self
                .weekday
                .is_none_or(|wd| day.weekday().num_days_from_monday() == wd)
    }
}

/// A day of a month, and maybe its weekday, without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct YearlessDay {
    pub month: u32,
    pub day: u32,
    /// Monday = 0, when the text names it (`ce mercredi 4 décembre`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u32>,
}

impl YearlessDay {
    /// True when `date` is this day of this month (on this weekday).
    pub fn matches(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        date.month() == self.month
            && date.day() == self.day
            && self
                .weekday
                .is_none_or(|wd| date.weekday().num_days_from_monday() == wd)
    }
}

impl std::fmt::Display for YearlessDay {
    /// `--10-19`, the ISO 8601 form of a day without its year.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "--{:02}-{:02}", self.month, self.day)
    }
}

/// A publication date: an interval (a day, or a range when only bounds are known).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Published {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
    pub source: DateSource,
    #[serde(default)]
    pub confidence: Confidence,
    /// Which evidence of the page or the corpus gave it (none for metadata).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<PublicationRule>,
    /// How a date read from the article itself was found (`dateline «…»`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

impl Published {
    pub fn interval(&self) -> DateInterval {
        DateInterval::new(self.start, self.end, self.precision)
    }
    pub fn from_interval(interval: DateInterval, source: DateSource) -> Self {
        Published {
            start: interval.start,
            end: interval.end,
            precision: interval.precision,
            source,
            confidence: Confidence::Stated,
            rule: None,
            evidence: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    Ok,
    Skipped,
    /// Read and analysed for entities, but outside the story the timeline
    /// follows (it names too few of the story's parties): no events.
    OffTopic,
}

impl DocStatus {
    /// True for a document that was read and analysed (on or off topic).
    pub fn is_analysed(self) -> bool {
        matches!(self, DocStatus::Ok | DocStatus::OffTopic)
    }
}

/// What the output says about one input document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DocumentRecord {
    pub id: String,
    pub path: String,
    pub status: DocStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A date line found in the page header, kept as a candidate only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_date: Option<NaiveDate>,
    /// For an article whose text gives no publication date: the days its
    /// own dates allow, which the corpus inference must respect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication_bounds: Option<PublicationBounds>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// MinHash of the story's word shingles (`text::fingerprint`), to find
    /// the same story in other documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// The dates the story's text writes, for duplicate marking only
    /// (`corpus::DateWords::dates_in`: a near copy that replaces them is a
    /// new dispatch); taken out when duplicates are marked, not part of the
    /// output.
    #[serde(skip)]
    #[schemars(skip)]
    pub date_signature: std::collections::BTreeSet<String>,
    /// Publication days the page gave that its own dates rule out, each
    /// with the reason (`dateline «…» rejected: «…» is reported in the
    /// past but starts after …`): for `--verbose`, not part of the output.
    #[serde(skip)]
    #[schemars(skip)]
    pub publication_rejected: Vec<String>,
}

impl DocumentRecord {
    pub fn skipped(id: String, path: String, reason: String) -> Self {
        DocumentRecord {
            id,
            path,
            status: DocStatus::Skipped,
            reason: Some(reason),
            title: None,
            published: None,
            encoding: None,
            source: None,
            url: None,
            header_date: None,
            publication_bounds: None,
            duplicate_of: None,
            fingerprint: None,
            date_signature: Default::default(),
            publication_rejected: Vec::new(),
        }
    }
}

/// Everything the per-document stages produce for one document: what
/// `newsx extract` writes and what consolidation reads. It never holds the
/// article text, so memory in consolidation is bounded by the events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DocExtract {
    pub document: DocumentRecord,
    pub entities: Vec<EntityMention>,
    pub timexes: Vec<Timex>,
    pub events: Vec<EventMention>,
}

/// An entity as the whole corpus sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EntitySummary {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub mentions: usize,
    pub documents: Vec<String>,
    pub variants: Vec<String>,
    pub found_by: Vec<FoundBy>,
}

/// One report supporting a consolidated event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Source {
    pub document: String,
    pub quote: String,
    pub start: usize,
    pub end: usize,
    /// The event word of the sentence this source reports (`a reçu`,
    /// `sommet`): the predicate `date_expression` was attached to.
    #[serde(default)]
    pub predicate: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_expression: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_rule: Option<String>,
    pub modality: Modality,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

impl Source {
    /// The source a mention gives its event: where it is, its quote, and
    /// the expression that dated it.
    pub fn of(m: &EventMention) -> Source {
        Source {
            document: m.document.to_string(),
            quote: m.quote.to_string(),
            start: m.start,
            end: m.end,
            predicate: m.trigger.to_string(),
            date_expression: m.time.as_ref().map(|t| t.expression.clone()),
            date_rule: m.time.as_ref().map(|t| t.rule.clone()),
            modality: m.modality,
            attribution: m.attribution.as_ref().map(|a| a.to_string()),
        }
    }
}

/// Two sources of one event whose dates cannot both be true.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Conflict {
    pub kept: DateInterval,
    pub rejected: DateInterval,
    pub document: String,
    pub expression: String,
}

/// A consolidated, real-world event: one line of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub status: Modality,
    pub title: String,
    pub date: Option<DateInterval>,
    pub participants: Vec<EntityRef>,
    /// Where the event took place: the places its predicates name.
    pub places: Vec<EntityRef>,
    /// Other places its sentences name (context; not shown in text output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentioned_places: Vec<EntityRef>,
    /// Organisations that say or announce it (`le Kremlin`): who says so,
    /// never among the participants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attribution: Vec<EntityRef>,
    pub sources: Vec<Source>,
    pub independent_sources: usize,
    pub confidence: f32,
    pub conflicts: Vec<Conflict>,
    /// The trip it is a moment of (`ep-0001`, see [`Episode`]), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub episode: Option<String>,
}

/// One trip: the events of a person abroad, in one country, days apart
/// (arrival, talks, visits, ceremonies, departure), linked while each
/// stays an event of its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Episode {
    pub id: String,
    /// Who travels: a person of another country than the one visited.
    pub traveller: EntityRef,
    /// The country visited.
    pub country: EntityRef,
    /// From its first event's first day (the arrival's, when the reports
    /// agree) to its last event's last day (the departure's).
    pub date: DateInterval,
    /// The arrival and the departure events, when the reports tell them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departure: Option<String>,
    /// Its events, in date order.
    pub events: Vec<String>,
}

/// The whole result of a run, as `--format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    pub schema_version: u32,
    pub generator: String,
    pub documents: Vec<DocumentRecord>,
    pub entities: Vec<EntitySummary>,
    pub events: Vec<Event>,
    /// Trips linking events ([`Episode`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub episodes: Vec<Episode>,
    /// Undated fragments left out by `--undated main` (undated events
    /// without both a participant and a place).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hidden_undated: usize,
    /// Documents marked `duplicate_of` an original (issue 18): they add
    /// sources to their originals' events, not events of their own.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub copies: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mention as an extract line carries it (the JSON contract).
    fn mention_json(document: &str) -> serde_json::Value {
        let russie = serde_json::json!({"id": "russie", "name": "Russie", "article": "la", "locative": "en"});
        serde_json::json!({
            "document": document, "type": "visit", "trigger": "visite", "modality": "occurred",
            "participants": [{"id": "kim-jong-un", "name": "Kim Jong-un"}, {"id": "vladimir-poutine", "name": "Vladimir Poutine"}],
            "places": [russie.clone(), {"id": "moscou", "name": "Moscou"}],
            "attached_places": [russie.clone()],
            "acting_places": [russie],
            "time": {"interval": {"start": "2023-09-12", "end": "2023-09-12", "precision": "day"},
                     "expression": "mardi", "value": "2023-09-12", "rule": "weekday"},
            "window": null, "attribution": "selon Tass", "quote": "Kim Jong-un est arrivé mardi en Russie",
            "start": 12, "end": 49, "sentence": 3, "caption": false, "frame": true
        })
    }

    #[test]
    fn an_interned_mention_is_the_same_mention_with_shared_references() {
        let json = mention_json("d1");
        let first: EventMention = serde_json::from_value(json.clone()).unwrap();
        let second: EventMention = serde_json::from_value(mention_json("d2")).unwrap();
        // the same JSON back, before and after interning
        assert_eq!(serde_json::to_value(&first).unwrap(), json);
        let mut interner = Interner::new();
        let (mut a, mut b) = (first.clone(), second.clone());
        interner.mention(&mut a);
        interner.mention(&mut b);
        assert_eq!((&a, &b), (&first, &second));
        assert_eq!(serde_json::to_value(&a).unwrap(), json);
        // one copy of each distinct reference, across lists and mentions
        assert_eq!(interner.entities(), 4);
        assert!(a.places[0].shares(&a.attached_places[0]));
        assert!(a.places[0].shares(&b.acting_places[0]));
        assert!(a.participants[1].shares(&b.participants[1]));
        assert!(!first.places[0].shares(&second.places[0]));
        // the event word and the quote once, the documents apart
        assert_eq!(interner.strs(), 5);
        assert!(
            a.attribution
                .as_ref()
                .unwrap()
                .shares(b.attribution.as_ref().unwrap())
        );
        assert!(a.quote.shares(&b.quote) && a.trigger.shares(&b.trigger));
        assert!(!a.document.shares(&b.document));
        assert_eq!(a.time.as_ref().map(|t| t.rule.as_str()), Some("weekday"));
    }

    #[test]
    fn the_shared_types_describe_themselves_as_their_data() {
        let schema = |s: schemars::Schema| serde_json::to_string(&s).unwrap();
        assert_eq!(
            schema(schemars::schema_for!(EntityRef)),
            schema(schemars::schema_for!(EntityRefData))
        );
        assert_eq!(
            schema(schemars::schema_for!(Vec<SharedStr>)),
            schema(schemars::schema_for!(Vec<String>))
        );
    }

    #[test]
    fn a_shared_string_reads_and_writes_as_a_string() {
        let s = SharedStr::from("Kim Jong-un est arrivé");
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            serde_json::to_string("Kim Jong-un est arrivé").unwrap()
        );
        let back: SharedStr = serde_json::from_str(r#""l'\u00e9t\u00e9""#).unwrap();
        assert_eq!(back, "l'été");
        assert_eq!(back, String::from("l'été"));
        assert_eq!(back.to_string(), "l'été");
        assert_eq!(&back[2..], "été");
        // ordered as the strings are
        let mut v = vec![
            SharedStr::from("b"),
            SharedStr::from("a"),
            SharedStr::from("ab"),
        ];
        v.sort();
        assert_eq!(v, ["a", "ab", "b"].map(SharedStr::from));
    }

    #[test]
    fn an_entity_reference_reads_and_writes_as_its_fields() {
        let data = EntityRefData {
            id: "russie".into(),
            name: "Russie".into(),
            article: Some("la".into()),
            locative: None,
        };
        let r = EntityRef::from(data.clone());
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            serde_json::to_string(&data).unwrap()
        );
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"id":"russie","name":"Russie","article":"la"}"#
        );
        let back: EntityRef =
            serde_json::from_str(r#"{"id":"russie","name":"Russie","article":"la"}"#).unwrap();
        assert_eq!(back, r);
        assert_eq!((r.id.as_str(), r.name.as_str()), ("russie", "Russie"));
        // ordered and compared by content, as the fields were
        assert!(EntityRef::new("a", "Z") < EntityRef::new("b", "A"));
        assert_eq!(EntityRef::new("a", "A"), EntityRef::new("a", "A"));
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn iso_forms_follow_the_interval() {
        assert_eq!(DateInterval::day(d(2023, 9, 12)).iso(), "2023-09-12");
        let month = DateInterval::new(d(2023, 9, 1), d(2023, 9, 30), Precision::Month);
        assert_eq!(month.iso(), "2023-09");
        let year = DateInterval::new(d(2019, 1, 1), d(2019, 12, 31), Precision::Year);
        assert_eq!(year.iso(), "2019");
        let two = DateInterval::new(d(2024, 6, 18), d(2024, 6, 19), Precision::Day);
        assert_eq!(two.iso(), "2024-06-18/2024-06-19");
    }

    #[test]
    fn parse_iso_reads_every_precision() {
        for text in ["2023-09-12", "2023-09", "2019", "2024-06-18/2024-06-19"] {
            assert_eq!(DateInterval::parse_iso(text).unwrap().iso(), text);
        }
        assert!(DateInterval::parse_iso("2023-13-01").is_none());
        assert!(DateInterval::parse_iso("hier").is_none());
        assert_eq!(
            DateInterval::parse_iso("2023-09").unwrap().precision,
            Precision::Month
        );
    }

    #[test]
    fn intersection_keeps_the_finer_precision() {
        let month = DateInterval::new(d(2023, 9, 1), d(2023, 9, 30), Precision::Month);
        let day = DateInterval::day(d(2023, 9, 13));
        assert_eq!(month.intersect(&day), Some(day));
        let other = DateInterval::day(d(2023, 10, 1));
        assert_eq!(month.intersect(&other), None);
    }
}
