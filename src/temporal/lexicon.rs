//! The words of the temporal stage, read once from `data/temporal.toml`, and
//! the helpers that turn them into accent- and case-insensitive patterns.

use crate::text::words::unaccent_french;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const DATA: &str = include_str!("../../data/temporal.toml");
const EVENT_FRAMES: &str = include_str!("../../data/event-frames.toml");

/// Phrases that place a time relative to another event
/// (`data/event-frames.toml`): read by this stage for the frames that open
/// a sentence (`La veille du tir, …`), and by the event stage for the acts
/// they date. Each phrase ending on `de` stands for its contractions too
/// ([`with_contractions`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFrames {
    pub during: Vec<String>,
    pub at_end: Vec<String>,
    pub day_before: Vec<String>,
    pub day_after: Vec<String>,
}

impl EventFrames {
    /// The built-in phrases. The file is embedded and tested: a parse
    /// failure is a build defect.
    pub fn builtin() -> Result<EventFrames, toml::de::Error> {
        toml::from_str(EVENT_FRAMES)
    }
}

/// A phrase written with `de` and its contracted forms: `la veille de` →
/// `la veille de`, `la veille du`, `la veille des`, `la veille d'`. A phrase
/// not ending on `de` (`pendant`) stands alone.
pub fn with_contractions(phrase: &str) -> Vec<String> {
    match phrase.strip_suffix(" de") {
        Some(stem) => ["de", "du", "des"]
            .iter()
            .map(|w| format!("{stem} {w}"))
            .chain(std::iter::once(format!("{stem} d'")))
            .collect(),
        None => vec![phrase.to_string()],
    }
}

#[derive(Debug, Deserialize)]
pub struct Named {
    pub name: String,
    pub abbrevs: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Numbers {
    pub units: Vec<String>,
    pub tens: Vec<(String, i64)>,
    pub extra: Vec<(String, i64)>,
}

#[derive(Debug, Deserialize)]
pub struct Vague {
    pub words: Vec<String>,
    pub direction: String,
    pub days: i64,
}

#[derive(Debug, Deserialize)]
pub struct Part {
    pub words: Vec<String>,
    pub part: String,
}

#[derive(Debug, Deserialize)]
pub struct Season {
    pub words: Vec<String>,
    pub months: (u32, u32),
}

#[derive(Debug, Deserialize)]
pub struct TenseWords {
    pub aux_past: Vec<String>,
    /// Auxiliaries of the plus-que-parfait (the background of a story).
    #[serde(default)]
    pub pluperfect_aux: Vec<String>,
    pub future: Vec<String>,
    pub past: Vec<String>,
    pub since: Vec<String>,
    pub not_past_participles: Vec<String>,
    /// Masculine singular participles not in -é; [`agreements`] gives
    /// each one's four forms.
    pub irregular_participles: Vec<String>,
    pub not_participles: Vec<String>,
    pub aux_not_past: Vec<String>,
    pub determiners: Vec<String>,
    pub not_verbs: Vec<String>,
    /// Stems of verbs that end in r (`attir`, `serr`, `ouvr`): their
    /// forms end like a future or a conditional (`attirait`, `serrait`).
    pub r_stems: Vec<String>,
    /// Words opening a subordinate clause (relative pronouns and the
    /// conjunction `que`): its verb has its own tense.
    pub clause_openers: Vec<String>,
    /// Participles right after a date that qualify it as a bound
    /// (`jusqu'au 31 mars inclus`): no verb, no tense.
    #[serde(default)]
    pub date_qualifiers: Vec<String>,
}

/// The four agreements of a past participle given in the masculine
/// singular (Grevisse, Le Bon Usage, accord du participe): masculine and
/// feminine, singular and plural. The feminine adds `-e`, the plural `-s`
/// unless the word already ends in `-s` or `-x` (`pris`, `prise`, `pris`,
/// `prises`).
pub fn agreements(masculine: &str) -> [String; 4] {
    let plural = if masculine.ends_with('s') || masculine.ends_with('x') {
        masculine.to_string()
    } else {
        format!("{masculine}s")
    };
    [
        masculine.to_string(),
        format!("{masculine}e"),
        plural,
        format!("{masculine}es"),
    ]
}

#[derive(Debug, Deserialize)]
pub struct Lexicon {
    pub months: Vec<Named>,
    pub weekdays: Vec<Named>,
    pub numbers: Numbers,
    pub day_words: BTreeMap<String, i64>,
    pub day_parts: Vec<String>,
    pub units: BTreeMap<String, String>,
    pub last: Vec<String>,
    pub next: Vec<String>,
    /// Words of direction that count from the date the text has reached
    /// (`l'année suivante`), after (`narrated_next`) or before it.
    pub narrated_next: Vec<String>,
    pub narrated_last: Vec<String>,
    /// Prepositions and determiners of a frame of another event at the
    /// head of a sentence (`Après sa visite, …`).
    pub event_frame_prepositions: Vec<String>,
    pub event_frame_determiners: Vec<String>,
    /// Frames of another event that may open a sentence (`La veille du
    /// tir, …`, `Après sa visite, …`): an anaphor after one has no date to
    /// count from. Derived at load from the two lists above and the eve
    /// and morrow phrases of `data/event-frames.toml`.
    #[serde(skip)]
    pub event_frames: Vec<String>,
    pub vague: Vec<Vague>,
    pub parts: Vec<Part>,
    pub seasons: Vec<Season>,
    pub tense: TenseWords,
    pub counted_nouns: Vec<String>,
    /// Words that may follow a year written in words (see
    /// data/temporal.toml): any other word after it makes it a count.
    #[serde(default)]
    pub year_word_followers: Vec<String>,
    /// Days of the window an open interval (`après le 5 mars`) constrains.
    pub open_window_days: i64,
    /// Words opening an interval on any date after them: from it
    /// (`à partir de lundi`), up to it (`jusqu'à vendredi`), from the day
    /// of writing up to it (`d'ici la fin de l'année`).
    pub open_from: Vec<String>,
    pub open_to: Vec<String>,
    pub from_now_to: Vec<String>,
    /// Nouns naming a year before its number (`l'exercice 2023`, `le
    /// millésime 2015`): that year (see data/temporal.toml).
    #[serde(default)]
    pub year_nouns: Vec<String>,
    /// `en ce moment`, `actuellement`: the reference day.
    pub present: Vec<String>,
    /// The labels of an update stamp inside a page (`Mise à jour le 20
    /// juin à 8h10`): the relative days below it count from its day
    /// ([`crate::temporal`], block anchors).
    #[serde(default)]
    pub update_labels: Vec<String>,
    /// Adverbs between `il y a`, `dans`, `depuis`... and a count that leave
    /// the count as written (`il y a tout juste un an`): see
    /// data/temporal.toml.
    #[serde(default)]
    pub count_adverbs: Vec<String>,
    /// Approximate counts (`dizaine` 10, `quinzaine` 15): see
    /// data/temporal.toml.
    #[serde(default)]
    pub approximate: BTreeMap<String, i64>,
    /// Delays of administrative and legal French after `sous` (`sous
    /// huitaine`): their exact number of days.
    #[serde(default)]
    pub delays: BTreeMap<String, i64>,
    /// Ordinal words (`premier` 1, `deuxième` 2, `dernier` −1).
    pub ordinals: BTreeMap<String, i64>,
    /// Holidays and named days, read from `data/calendar-fr.toml`.
    #[serde(skip)]
    pub holidays: Vec<Holiday>,
}

/// A holiday or named day: a fixed month and day, or a day counted from
/// Easter Sunday. `capitalized` words are common nouns too (`ascension`):
/// they are taken only when written with a capital.
#[derive(Debug, Deserialize)]
pub struct Holiday {
    pub words: Vec<String>,
    #[serde(default)]
    pub date: Option<(u32, u32)>,
    #[serde(default)]
    pub easter: Option<i64>,
    /// With `date`, the last day of a named span of days (`le réveillon`:
    /// 24 to 31 December, either eve).
    #[serde(default)]
    pub until: Option<(u32, u32)>,
    #[serde(default)]
    pub capitalized: bool,
    /// A saint's feast (`la Saint-Jean`): taken only right after the
    /// article `la` and not as the head of a longer hyphened name (the same
    /// words name places, churches and streets).
    #[serde(default)]
    pub article: bool,
}

/// What a holiday is: a fixed day or an offset from Easter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    Fixed(u32, u32),
    Easter(i64),
    /// From a month and day to another, in the same year.
    Span((u32, u32), (u32, u32)),
}

#[derive(Debug, Deserialize)]
struct Calendar {
    holidays: Vec<Holiday>,
}

const CALENDAR: &str = include_str!("../../data/calendar-fr.toml");

/// The lexicon, parsed on first use. The file is embedded and tested, so a
/// parse failure is a build defect: it panics in tests, never on input.
pub fn lexicon() -> &'static Lexicon {
    static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
        let mut lex: Lexicon = toml::from_str(DATA).expect("data/temporal.toml is valid");
        let cal: Calendar = toml::from_str(CALENDAR).expect("data/calendar-fr.toml is valid");
        lex.holidays = cal.holidays;
        let frames = EventFrames::builtin().expect("data/event-frames.toml is valid");
        lex.event_frames = lex.derive_event_frames(&frames);
        lex
    });
    &LEX
}

/// The key of a holiday name: folded, hyphens and apostrophes as spaces.
fn holiday_key(w: &str) -> String {
    fold(w)
        .replace(['-', '\''], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower case, accents removed, `’` as `'`: the key used to look words up.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // ASCII: lowercased as ASCII, the whitespace of `char::is_whitespace`
        // (tab to carriage return, space) a space; what the tables below give
        if c.is_ascii() {
            out.push(match c {
                '\t'..='\r' | ' ' => ' ',
                c => c.to_ascii_lowercase(),
            });
            continue;
        }
        for c in c.to_lowercase() {
            out.push(fold_lower(c));
        }
    }
    out
}

/// [`fold`] of one lowercase character.
fn fold_lower(c: char) -> char {
    match c {
        '’' | 'ʼ' | '‘' => '\'',
        '‐' | '‑' | '–' => '-',
        // superscript ordinal suffixes of French typography (`1ᵉʳ`, `2ᵉ`,
        // `1ʳᵉ`), which NFC leaves as they are
        'ᵉ' => 'e',
        'ʳ' => 'r',
        c if c.is_whitespace() => ' ',
        c => unaccent_french(c),
    }
}

/// A regex fragment matching `word` in any case (with `(?i)`), with or
/// without accents, with either apostrophe, hyphen or space between parts.
/// The letters right after a digit (an ordinal's suffix: `2e quinzaine`,
/// `1re quinzaine`) may also be typeset as superscripts (`2ᵉ`, `1ʳᵉ`).
pub fn fuzzy(word: &str) -> String {
    let mut out = String::new();
    let mut suffix = false;
    for c in fold(word).chars() {
        suffix = c.is_ascii_digit() || (suffix && c.is_alphabetic());
        match c {
            'e' if suffix => out.push_str("[eéèêëᵉ]"),
            'r' if suffix => out.push_str("[rʳ]"),
            'a' => out.push_str("[aàâä]"),
            'e' => out.push_str("[eéèêë]"),
            'i' => out.push_str("[iîï]"),
            'o' => out.push_str("[oôö]"),
            'u' => out.push_str("[uùûü]"),
            'c' => out.push_str("[cç]"),
            '\'' => out.push_str("['’]\\s?"),
            '-' => out.push_str("[-‐‑–\\s]?"),
            ' ' => out.push_str("[\\s-]+"),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out
}

/// An alternation of words, longest first so the longest form wins.
pub fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    let parts: Vec<String> = words.iter().map(|w| fuzzy(w)).collect();
    format!("(?:{})", parts.join("|"))
}

impl Lexicon {
    /// Month number (1..=12) of a full name or abbreviation, any case/accent.
    pub fn month(&self, word: &str) -> Option<u32> {
        let key = fold(word.trim_end_matches('.'));
        self.months
            .iter()
            .position(|m| fold(&m.name) == key || m.abbrevs.iter().any(|a| fold(a) == key))
            .map(|i| i as u32 + 1)
    }

    /// Weekday number from Monday = 0.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        let key = fold(word);
        self.weekdays
            .iter()
            .position(|w| {
                fold(&w.name) == key
                    || w.abbrevs
                        .iter()
                        .any(|a| fold(a) == key || fold(a.trim_end_matches('.')) == key)
            })
            .map(|i| i as u32)
    }

    /// True when `word` (with or without its dot) is a month's
    /// abbreviation, not its full name.
    pub fn is_month_abbrev(&self, word: &str) -> bool {
        let key = fold(word.trim_end_matches('.'));
        self.months
            .iter()
            .any(|m| fold(&m.name) != key && m.abbrevs.iter().any(|a| fold(a) == key))
    }

    pub fn month_names(&self) -> String {
        alternation(self.months.iter().map(|m| m.name.as_str()))
    }

    /// Full names and abbreviations (an abbreviation may take a dot).
    pub fn month_names_abbrev(&self) -> String {
        let full: Vec<&str> = self.months.iter().map(|m| m.name.as_str()).collect();
        let abbr: Vec<&str> = self
            .months
            .iter()
            .flat_map(|m| m.abbrevs.iter().map(String::as_str))
            .collect();
        format!("(?:{}|{}\\.?)", alternation(full), alternation(abbr))
    }

    /// Full weekday names only.
    pub fn weekday_full_names(&self) -> String {
        alternation(self.weekdays.iter().map(|w| w.name.as_str()))
    }

    pub fn weekday_names(&self) -> String {
        let words: Vec<&str> = self
            .weekdays
            .iter()
            .flat_map(|w| {
                std::iter::once(w.name.as_str()).chain(w.abbrevs.iter().map(String::as_str))
            })
            .collect();
        alternation(words)
    }

    pub fn unit(&self, word: &str) -> Option<&str> {
        let key = fold(word);
        self.units
            .iter()
            .find(|(k, _)| fold(k) == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn day_word(&self, word: &str) -> Option<i64> {
        let key = fold(word).replace(' ', "-");
        self.day_words
            .iter()
            .find(|(k, _)| fold(k).replace(' ', "-") == key)
            .map(|(_, v)| *v)
    }

    /// `2000 km`, `2023 personnes`: a number, not a year.
    pub fn is_counted(&self, word: &str) -> bool {
        let key = fold(word);
        self.units.contains_key(word) || self.counted_nouns.iter().any(|w| fold(w) == key)
    }

    pub fn is_last(&self, word: &str) -> bool {
        let key = fold(word);
        self.last.iter().any(|w| fold(w) == key)
    }

    /// The direction (+1 after, −1 before) of an expression that ends on a
    /// word counting from the date the text has reached (`octobre
    /// suivant`, `la semaine précédente`); none for any other.
    /// The frames of another event's time: the eve and morrow phrases of
    /// `frames` with their contractions, and each preposition of
    /// `event_frame_prepositions` before each determiner.
    pub fn derive_event_frames(&self, frames: &EventFrames) -> Vec<String> {
        let mut out: Vec<String> = frames
            .day_before
            .iter()
            .chain(&frames.day_after)
            .flat_map(|p| with_contractions(p))
            .collect();
        for preposition in &self.event_frame_prepositions {
            for determiner in &self.event_frame_determiners {
                out.push(format!("{preposition} {determiner}"));
            }
        }
        out
    }

    /// True when a sentence of `text` opens on a frame of another event
    /// (`event_frames`: `La veille du tir, …`), after its first byte: the
    /// narrative has moved to a time no date told.
    pub fn opens_event_frame(&self, text: &str) -> bool {
        let lower = text.to_lowercase().replace('’', "'");
        self.event_frames.iter().any(|frame| {
            lower.match_indices(frame.as_str()).any(|(at, _)| {
                let before = lower[..at].trim_end_matches([' ', '\u{a0}', '\t']);
                let after = lower[at + frame.len()..].chars().next();
                let whole = frame.ends_with('\'') || after.is_none_or(|c| !c.is_alphanumeric());
                // a sentence starts here: after a full stop or a new line
                whole && at > 0 && before.ends_with(['.', '!', '?', '\n'])
            })
        })
    }

    pub fn narrated_direction(&self, expression: &str) -> Option<i64> {
        let folded = fold(expression);
        let ends_on = |words: &[String]| {
            words.iter().any(|w| {
                let w = fold(w);
                folded.strip_suffix(w.as_str()).is_some_and(|head| {
                    head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric())
                })
            })
        };
        if ends_on(&self.narrated_next) {
            Some(1)
        } else if ends_on(&self.narrated_last) {
            Some(-1)
        } else {
            None
        }
    }

    /// Direction (`true` = future) and window of a vague expression.
    pub fn vague(&self, word: &str) -> Option<(bool, i64)> {
        let key = fold(word).replace('-', " ");
        self.vague.iter().find_map(|v| {
            v.words
                .iter()
                .any(|w| fold(w).replace('-', " ") == key)
                .then_some((v.direction == "future", v.days))
        })
    }

    pub fn part(&self, word: &str) -> Option<&str> {
        let key = fold(word).trim_end_matches('-').to_string();
        self.parts.iter().find_map(|p| {
            p.words
                .iter()
                .any(|w| fold(w) == key)
                .then_some(p.part.as_str())
        })
    }

    /// The holiday a name denotes (`None` for a `capitalized` one written
    /// in lower case).
    pub fn holiday(&self, word: &str) -> Option<Feast> {
        let norm = holiday_key;
        let key = norm(word);
        let h = self
            .holidays
            .iter()
            .find(|h| h.words.iter().any(|w| norm(w) == key))?;
        if h.capitalized && !word.chars().any(char::is_uppercase) {
            return None;
        }
        match (h.date, h.easter) {
            (Some(first), _) if h.until.is_some() => {
                Some(Feast::Span(first, h.until.unwrap_or(first)))
            }
            (Some((m, d)), _) => Some(Feast::Fixed(m, d)),
            (None, Some(n)) => Some(Feast::Easter(n)),
            _ => None,
        }
    }

    /// The days of a delay word (`huitaine` 8), after `sous`.
    pub fn delay(&self, word: &str) -> Option<i64> {
        let key = fold(word);
        self.delays
            .iter()
            .find(|(w, _)| fold(w) == key)
            .map(|(_, n)| *n)
    }

    /// True when the holiday `word` names is a saint's feast, read only
    /// after `la` (see [`Holiday::article`]).
    pub fn holiday_needs_article(&self, word: &str) -> bool {
        let norm = holiday_key;
        let key = norm(word);
        self.holidays
            .iter()
            .any(|h| h.article && h.words.iter().any(|w| norm(w) == key))
    }

    /// The value of an ordinal word or numeral (`premier`, `3e`, `3ème`, `dernière`).
    pub fn ordinal(&self, word: &str) -> Option<i64> {
        let key = fold(word);
        if let Some((_, v)) = self.ordinals.iter().find(|(k, _)| fold(k) == key) {
            return Some(*v);
        }
        let digits: String = key.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &key[digits.len()..];
        let n: i64 = digits.parse().ok()?;
        let ok = match n {
            1 => matches!(suffix, "er" | "re" | "ere"),
            // `2nd`, `2nde` (second, seconde)
            2 => matches!(suffix, "e" | "eme" | "em" | "nd" | "nde"),
            _ => matches!(suffix, "e" | "eme" | "em"),
        };
        ok.then_some(n)
    }

    pub fn season(&self, word: &str) -> Option<(u32, u32)> {
        let key = fold(word);
        self.seasons
            .iter()
            .find_map(|s| s.words.iter().any(|w| fold(w) == key).then_some(s.months))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// `fold` as it read before the ASCII path: every character lowercased
    /// through the tables, then mapped.
    fn fold_by_tables(s: &str) -> String {
        s.chars()
            .flat_map(char::to_lowercase)
            .map(fold_lower)
            .collect()
    }

    /// Every character of the first two Unicode planes, alone and between
    /// ASCII letters, digits, spaces and accented letters: the ASCII path
    /// folds as the tables do.
    #[test]
    fn ascii_folds_as_the_tables_do() {
        let mut n = 0;
        for (c, s) in crate::test_chars::every_char_in_surroundings() {
            assert_eq!(fold(&s), fold_by_tables(&s), "{c:?}");
            n += 1;
        }
        assert!(n > 4 * 0x1_0000);
        assert_eq!(fold("Le 1ᵉʳ MARS\u{b}à\u{a0}Noël"), "le 1er mars a noel");
    }

    #[test]
    fn lexicon_loads_and_looks_words_up() {
        let l = lexicon();
        assert_eq!(l.months.len(), 12);
        assert_eq!(l.weekdays.len(), 7);
        assert_eq!(l.month("Février"), Some(2));
        assert_eq!(l.month("fevrier"), Some(2));
        assert_eq!(l.month("juil."), Some(7));
        assert_eq!(l.month("lundi"), None);
        assert_eq!(l.weekday("Mardi"), Some(1));
        assert_eq!(l.weekday("lun."), Some(0));
        assert_eq!(l.day_word("après demain"), Some(2));
        assert_eq!(l.day_word("aujourd’hui"), Some(0));
        assert_eq!(l.unit("années"), Some("year"));
        assert_eq!(l.vague("bientôt"), Some((true, 14)));
        assert_eq!(l.vague("récemment"), Some((false, 30)));
        assert_eq!(l.vague("demain"), None);
        assert_eq!(l.season("été"), Some((6, 8)));
    }

    #[test]
    fn fuzzy_patterns_ignore_case_accents_and_apostrophes() {
        let re = Regex::new(&format!("(?i)^{}$", fuzzy("aujourd'hui"))).unwrap();
        assert!(re.is_match("Aujourd’hui"));
        assert!(re.is_match("AUJOURD'HUI"));
        assert!(!re.is_match("aujourdhui x"));
        let re = Regex::new(&format!("(?i)^{}$", fuzzy("février"))).unwrap();
        assert!(re.is_match("FEVRIER"));
        assert!(re.is_match("Février"));
        assert!(!re.is_match("fevriers"));
    }
}
