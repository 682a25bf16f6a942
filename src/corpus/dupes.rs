//! Near-identical documents across the corpus (the same wire story on two
//! sites): documents whose story fingerprints (MinHash of word 4-shingles,
//! see `text::fingerprint`) agree on at least 75% of their values are marked
//! `duplicate_of` the first of them, in input order. Candidates are found by
//! banding (4 bands of 4 values), so the cost stays near linear.
//!
//! A text re-dated is a new dispatch, not a copy: when a date of the later
//! text replaces one of the same form in the earlier (other numbers, another
//! weekday or month: `SÉOUL, 21 octobre (Reuters)` for `SÉOUL, 17 octobre
//! (Reuters)`, `(19 et 20 juin)` for `(18 et 19 juin)`), the two report
//! other days, and the later is no duplicate of the earlier (see
//! [`redated`]). A date the copy adds or leaves out is no replacement.
//!
//! The dates compared are read from the text the fingerprint reads, by a
//! scan of its words ([`DateWords::dates_in`]: weekday and month names with
//! the day numbers and years next to them, years, numeric dates), not from
//! the analysis: a document's marking is the same whatever path its
//! analysis took (the full one, or the story scan's short one that reads no
//! date).

use crate::model::{DocExtract, DocumentRecord};
use crate::text::hash::WordMap;
use crate::text::similarity;
use crate::text::words::unaccent_french;
use std::collections::{BTreeSet, HashMap};

/// Estimated Jaccard similarity from which two documents are the same story.
pub const DUPLICATE_SIMILARITY: f32 = 0.75;

/// Set `duplicate_of` on every record whose fingerprint nearly equals an
/// earlier record's that it does not re-date ([`redated`], with the dates of
/// `DocumentRecord::date_signature`); records without a fingerprint are
/// left alone.
pub fn mark_duplicates<'a>(
    records: impl IntoIterator<Item = &'a mut DocumentRecord>,
    words: &DateWords,
) {
    let mut seen = Duplicates::new(words.clone());
    for r in records {
        seen.mark(r);
    }
}

/// [`mark_duplicates`] on analysed documents.
pub fn mark_duplicate_extracts<'a>(
    extracts: impl IntoIterator<Item = &'a mut DocExtract>,
    words: &DateWords,
) {
    let mut seen = Duplicates::new(words.clone());
    for x in extracts {
        seen.mark_extract(x);
    }
}

/// The names of the weekdays and months, which a re-dated text changes
/// (`mardi 17 octobre` for `samedi 21 octobre`), and the months'
/// abbreviations (`5 juil.`). Language data: built by the configuration
/// from the temporal lexicon (`data/temporal.toml`), so that this stage
/// holds no word lists and imports no later stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateWords {
    weekdays: Vec<String>,
    months: Vec<String>,
    links: Vec<String>,
    /// Every name and abbreviation, lowercased and without accents
    /// ([`fold`]), → what it is.
    lookup: WordMap<Word>,
    /// The longest of them in bytes, written with accents and capitals (a
    /// longer word is none of them).
    longest: usize,
}

/// A weekday or month name, or a month's abbreviation (read only after a
/// day number: `sept` is also a number), by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Weekday(usize),
    Month(usize),
    Abbrev(usize),
    /// A word that joins two days before a month (`18 et 19 juin`).
    Link(usize),
}

/// Lowercase, accents off the letters French writes them on (`Août`,
/// `aout`, `AOÛT` are one word), into `out`.
fn fold(word: &str, out: &mut String) {
    out.clear();
    out.extend(
        word.chars()
            .flat_map(char::to_lowercase)
            .map(unaccent_french),
    );
}

impl DateWords {
    /// The words as a date expression has them once lowercased.
    pub fn new(
        weekdays: impl IntoIterator<Item = String>,
        months: impl IntoIterator<Item = String>,
    ) -> DateWords {
        let lower = |w: String| w.to_lowercase();
        let mut words = DateWords {
            weekdays: weekdays.into_iter().map(lower).collect(),
            months: months.into_iter().map(lower).collect(),
            links: Vec::new(),
            lookup: WordMap::default(),
            longest: 0,
        };
        let mut key = String::new();
        for (i, w) in words.weekdays.iter().enumerate() {
            fold(w, &mut key);
            words.lookup.insert(key.clone(), Word::Weekday(i));
        }
        for (i, m) in words.months.iter().enumerate() {
            fold(m, &mut key);
            words.lookup.insert(key.clone(), Word::Month(i));
        }
        words.measure();
        words
    }

    /// Set `longest`: each folded letter stands for at most 4 bytes
    /// (`É` is 2 bytes, its fold `e` 1; capitals of other scripts more).
    fn measure(&mut self) {
        self.longest = 4 * self
            .lookup
            .keys()
            .map(|k| k.chars().count())
            .max()
            .unwrap_or(0);
    }

    /// With the abbreviations of the months (month index, abbreviation:
    /// `(6, "juil")`); a full name wins over an abbreviation.
    pub fn with_month_abbrevs(
        mut self,
        abbrevs: impl IntoIterator<Item = (usize, String)>,
    ) -> Self {
        let mut key = String::new();
        for (i, a) in abbrevs {
            if i < self.months.len() {
                fold(a.trim_end_matches('.'), &mut key);
                self.lookup.entry(key.clone()).or_insert(Word::Abbrev(i));
            }
        }
        self.measure();
        self
    }

    /// The dates the story of `text` writes (its sentences but the
    /// captions: the text its fingerprint reads), as [`DateWords::dates_in`].
    pub fn dates_of_story(&self, text: &crate::text::Text) -> BTreeSet<String> {
        let mut dates = BTreeSet::new();
        for sentence in text.story() {
            self.dates_in(sentence, &mut dates);
        }
        dates
    }

    /// With the words that join two day numbers before a month (`et` in
    /// `18 et 19 juin`, `au` in `du 3 au 5 mars`).
    pub fn with_day_links(mut self, links: impl IntoIterator<Item = String>) -> Self {
        let mut key = String::new();
        for l in links {
            fold(&l, &mut key);
            let i = self.links.len();
            if let std::collections::hash_map::Entry::Vacant(e) = self.lookup.entry(key.clone()) {
                e.insert(Word::Link(i));
                self.links.push(l.to_lowercase());
            }
        }
        self.measure();
        self
    }

    /// Add to `dates` the dates `text` writes, each in one canonical
    /// spelling (so that the same day written twice is one date):
    ///
    /// - a weekday or month name, with the day number before a month
    ///   (`17`, `01`, `1er`, `18-19`, two days joined: `18 et 19`; one the
    ///   month has: not `30 février`),
    ///   the day number after a weekday and the year
    ///   after a month, when only white space stands between them
    ///   (`mardi 17 octobre 2023` → `mardi 17 octobre 2023`, `1er mars` →
    ///   `1 mars`, `5 juil.` → `5 juillet`, `en août` → `août`);
    /// - a numeric date, day first or ISO (`17/10/2023`, `17.10.23`,
    ///   `2023-10-17` → `17 octobre 2023`);
    /// - a year standing alone, 1900 to 2099 (`en 2023` → `2023`).
    ///
    /// No resolution: relative dates (`hier`, `il y a trois jours`), times
    /// and durations are not read. A day number alone is no date.
    pub fn dates_in(&self, text: &str, dates: &mut BTreeSet<String>) {
        let tokens = self.tokens(text);
        let joined = |k: usize| tokens.get(k).is_some_and(|t| t.joined);
        let mut i = 0;
        while i < tokens.len() {
            let mut k = i;
            let mut parts: Vec<String> = Vec::new();
            let mut named = false;
            if let Class::Word(Word::Weekday(w)) = tokens[k].class {
                parts.push(self.weekdays[w].clone());
                named = true;
                k += 1;
            }
            let follows = |k: usize| k < tokens.len() && (k == i || joined(k - 1));
            let month_at = |k: usize, after_day: bool| match tokens.get(k).map(|t| t.class) {
                Some(Class::Word(Word::Month(m))) => Some(m),
                Some(Class::Word(Word::Abbrev(m))) if after_day => Some(m),
                _ => None,
            };
            let mut after_day = false;
            let day_at = |k: usize| match tokens.get(k).map(|t| t.class) {
                Some(Class::Day(d, to)) => Some((d, to)),
                _ => None,
            };
            let written = |(d, to): (u32, u32)| match to {
                0 => d.to_string(),
                to => format!("{d}-{to}"),
            };
            if follows(k)
                && let Some(first) = day_at(k)
            {
                // two days joined (`18 et 19 juin`, `du 3 au 5 mars`)
                let second = match tokens.get(k + 1).map(|t| t.class) {
                    Some(Class::Word(Word::Link(l))) if joined(k) && joined(k + 1) => {
                        day_at(k + 2).map(|d| (l, d))
                    }
                    _ => None,
                };
                let last = second.map_or(k, |_| k + 2);
                // before a month, days it has (`30 février` is no date)
                let fits =
                    |m: usize, (d, to): (u32, u32)| day_fits(d, m) && (to == 0 || day_fits(to, m));
                let take = match joined(last).then(|| month_at(last + 1, true)).flatten() {
                    Some(m) => fits(m, first) && second.is_none_or(|(_, d)| fits(m, d)),
                    None => named && second.is_none(),
                };
                if take {
                    parts.push(written(first));
                    if let Some((l, d)) = second {
                        parts.push(self.links[l].clone());
                        parts.push(written(d));
                    }
                    after_day = true;
                    k = last + 1;
                }
            }
            let mut month = false;
            if follows(k)
                && let Some(m) = month_at(k, after_day)
            {
                parts.push(self.months[m].clone());
                month = true;
                named = true;
                k += 1;
            }
            if month
                && follows(k)
                && let Class::Year(y) = tokens[k].class
            {
                parts.push(y.to_string());
                k += 1;
            }
            if named {
                dates.insert(parts.join(" "));
                i = k;
                continue;
            }
            match tokens[i].class {
                Class::Year(y) if (1900..=2099).contains(&y) => {
                    dates.insert(y.to_string());
                }
                Class::Numeric(d, m, y) => {
                    dates.insert(format!("{d} {} {y}", self.months[m]));
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// The words of `text` that can be part of a date, each with whether
    /// only white space (no line break) separates it from the next word
    /// (any other word between them breaks them apart).
    /// A word is a run of letters and digits; `/`, `.` and `-` between two
    /// digits keep a numeric date one word; a month's abbreviation takes
    /// its dot.
    fn tokens(&self, text: &str) -> Vec<Token> {
        let mut tokens: Vec<Token> = Vec::new();
        let mut key = String::new();
        let bytes = text.as_bytes();
        let mut chars = text.char_indices().peekable();
        // end of the last word, and whether it may be joined to the next
        let mut last_end: Option<usize> = None;
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(at, c)) = chars.peek() {
                let digit_sep = matches!(c, '/' | '.' | '-')
                    && at > 0
                    && bytes[at - 1].is_ascii_digit()
                    && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
                if c.is_alphanumeric() || digit_sep {
                    end = at + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let mut class = self.class(&text[start..end], &mut key);
            // a word hyphenated to another is part of a name (`place du
            // 14-Juillet`, `Octobre-Rouge`), no date
            let word_at = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let hyphenated = text[..start]
                .strip_suffix('-')
                .is_some_and(|b| word_at(b.chars().next_back()))
                || text[end..]
                    .strip_prefix('-')
                    .is_some_and(|a| word_at(a.chars().next()));
            if hyphenated {
                class = Class::Other;
            }
            // an abbreviation's dot is part of it (`5 juil. 2024`)
            if matches!(class, Class::Word(Word::Abbrev(_))) && text[end..].starts_with('.') {
                end += 1;
                chars.next();
            }
            if class == Class::Other {
                // a word between two breaks them apart
                last_end = None;
                continue;
            }
            if let (Some(prev), Some(from)) = (tokens.last_mut(), last_end) {
                let gap = &text[from..start];
                prev.joined = gap.chars().all(|c| c.is_whitespace() && c != '\n');
            }
            last_end = Some(end);
            tokens.push(Token {
                class,
                joined: false,
            });
        }
        tokens
    }

    fn class(&self, word: &str, key: &mut String) -> Class {
        let b = word.as_bytes();
        if b.iter().all(u8::is_ascii_digit) {
            return match (b.len(), word.parse::<u32>()) {
                (1 | 2, Ok(d @ 1..=31)) => Class::Day(d, 0),
                (4, Ok(y)) => Class::Year(y),
                _ => Class::Other,
            };
        }
        if b[0].is_ascii_digit() {
            if word.eq_ignore_ascii_case("1er") {
                return Class::Day(1, 0);
            }
            if let Some((a, b)) = word.split_once('-')
                && a.len() <= 2
                && b.len() <= 2
                && let (Ok(a @ 1..=31), Ok(b @ 1..=31)) = (a.parse::<u32>(), b.parse::<u32>())
            {
                return Class::Day(a, b);
            }
            return numeric(word).map_or(Class::Other, |(d, m, y)| Class::Numeric(d, m, y));
        }
        if word.len() > self.longest || word.chars().any(|c| !c.is_alphabetic()) {
            return Class::Other;
        }
        fold(word, key);
        self.lookup
            .get(key.as_str())
            .map_or(Class::Other, |&w| Class::Word(w))
    }
}

/// What a word can be in a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Word(Word),
    /// 1 to 31, written with one or two digits, or `1er`; two of them
    /// for a range (`18-19`), the second 0 otherwise.
    Day(u32, u32),
    /// Four digits.
    Year(u32),
    /// Day, month index, year of a numeric date.
    Numeric(u32, usize, u32),
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    class: Class,
    /// Only white space (no line break) between this word and the next,
    /// which can be part of a date.
    joined: bool,
}

/// A numeric date: day, month and year separated by one of `/`, `.`, `-`
/// (`17/10/2023`, `17.10.23`), or an ISO date (`2023-10-17`); a day the
/// month has, month 1 to 12, a two-digit year read in 2000 to 2099. Day, month index
/// (0 for January), year.
fn numeric(word: &str) -> Option<(u32, usize, u32)> {
    let sep = word.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = word.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let num = |s: &str| {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (d, m, y) = match (a.len(), b.len(), c.len()) {
        (4, 1 | 2, 1 | 2) if sep == '-' => (num(c)?, num(b)?, num(a)?),
        (1 | 2, 1 | 2, 4) => (num(a)?, num(b)?, num(c)?),
        (1 | 2, 1 | 2, 2) => (num(a)?, num(b)?, 2000 + num(c)?),
        _ => return None,
    };
    ((1..=12).contains(&m) && day_fits(d, m as usize - 1)).then(|| (d, m as usize - 1, y))
}

/// Whether month `month` (0 for January) has a day `day` in some year
/// (February the 29th).
fn day_fits(day: u32, month: usize) -> bool {
    chrono::NaiveDate::from_ymd_opt(2000, month as u32 + 1, day).is_some()
}

/// The form of a date expression: every run of digits one number, every
/// weekday one weekday, every month one month.
fn form(date: &str, words: &DateWords) -> String {
    let mut out = String::new();
    for word in date.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        if words.weekdays.iter().any(|w| w == word) {
            out.push('@');
            continue;
        }
        if words.months.iter().any(|m| m == word) {
            out.push('%');
            continue;
        }
        let mut digits = false;
        for c in word.chars() {
            if c.is_ascii_digit() {
                if !digits {
                    out.push('#');
                }
                digits = true;
            } else {
                out.push(c);
                digits = false;
            }
        }
    }
    out
}

/// Whether `later` re-dates `earlier`: a date expression only `later` has is
/// of the same form as one only `earlier` has (the same words, other numbers
/// or another weekday or month). A date only one of them has, of a form the other
/// does not lose, is an addition or a cut, not a new day.
pub fn redated(earlier: &BTreeSet<String>, later: &BTreeSet<String>, words: &DateWords) -> bool {
    let lost: BTreeSet<String> = earlier.difference(later).map(|d| form(d, words)).collect();
    later
        .difference(earlier)
        .any(|d| lost.contains(&form(d, words)))
}

/// [`mark_duplicates`] one record at a time, for records that arrive in
/// chunks: marking the records of every chunk in turn, in input order, gives
/// the same result as marking them all at once. Holds the fingerprints of
/// the originals only.
#[derive(Debug)]
pub struct Duplicates {
    bands: HashMap<(usize, String), Vec<(String, String)>>,
    /// The date expressions of the originals that have some.
    dates: HashMap<String, BTreeSet<String>>,
    words: DateWords,
}

impl Duplicates {
    /// No original yet; `words` tell a re-dated text ([`redated`]).
    pub fn new(words: DateWords) -> Duplicates {
        Duplicates {
            bands: HashMap::new(),
            dates: HashMap::new(),
            words,
        }
    }

    /// Mark `r` a duplicate of an earlier original it does not re-date
    /// ([`redated`]), or remember it as one. Its dates are those its text
    /// writes (`DocumentRecord::date_signature`, [`DateWords::dates_in`]),
    /// taken out of it (no later stage reads them).
    pub fn mark(&mut self, r: &mut DocumentRecord) {
        let dates = std::mem::take(&mut r.date_signature);
        self.mark_dated(r, dates);
    }

    /// [`Duplicates::mark`] an analysed document.
    pub fn mark_extract(&mut self, x: &mut DocExtract) {
        self.mark(&mut x.document);
    }

    fn mark_dated(&mut self, r: &mut DocumentRecord, dates: BTreeSet<String>) {
        let Some(fp) = r.fingerprint.clone() else {
            return;
        };
        let keys: Vec<(usize, String)> = (0..4)
            .filter_map(|b| fp.get(b * 32..b * 32 + 32).map(|s| (b, s.to_string())))
            .collect();
        let mut original = None;
        'bands: for k in &keys {
            if let Some(list) = self.bands.get(k) {
                for (id, other) in list {
                    if similarity(&fp, other) >= DUPLICATE_SIMILARITY
                        && !self
                            .dates
                            .get(id)
                            .is_some_and(|d| redated(d, &dates, &self.words))
                    {
                        original = Some(id.clone());
                        break 'bands;
                    }
                }
            }
        }
        match original {
            Some(id) => r.duplicate_of = Some(id),
            None => {
                if !dates.is_empty() {
                    self.dates.insert(r.id.clone(), dates);
                }
                for k in keys {
                    self.bands
                        .entry(k)
                        .or_default()
                        .push((r.id.clone(), fp.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record of `text` as read raw (no normalization): its fingerprint
    /// and the dates it writes.
    fn rec(id: &str, text: &str) -> DocumentRecord {
        let mut r = DocumentRecord::skipped(id.into(), id.into(), String::new());
        r.fingerprint = crate::text::fingerprint(text);
        crate::test_data::date_words().dates_in(text, &mut r.date_signature);
        r
    }

    /// A record of `text` as the pipeline makes it: normalized (site
    /// furniture removed), the fingerprint and dates of its story.
    fn normalized_rec(id: &str, text: &str) -> DocumentRecord {
        let t = crate::text::normalize(text);
        let mut r = DocumentRecord::skipped(id.into(), id.into(), String::new());
        r.fingerprint = t.fingerprint();
        r.date_signature = crate::test_data::date_words().dates_of_story(&t);
        r
    }

    // the tests' own French names (not the lexicon's): months and weekdays
    // from Monday (src/test_calendar.rs)
    use crate::test_calendar::{MONTHS, WEEKDAYS};

    /// A few months' abbreviations (month index).
    const ABBREVS: [(&str, usize); 8] = [
        ("janv", 0),
        ("févr", 1),
        ("avr", 3),
        ("juil", 6),
        ("sept", 8),
        ("oct", 9),
        ("nov", 10),
        ("déc", 11),
    ];

    fn dates(text: &str) -> BTreeSet<String> {
        let mut d = BTreeSet::new();
        crate::test_data::date_words().dates_in(text, &mut d);
        d
    }

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    /// Every day of 2023 and 2024 written in every way the scan reads,
    /// inside a sentence: the date in one canonical spelling (day without
    /// its leading zero, `1er` as 1, the month's full name, a numeric date
    /// as words). Expected values from chrono and the test's own names.
    #[test]
    fn every_written_form_of_every_day_gives_its_canonical_date() {
        use chrono::{Datelike, NaiveDate};
        let mut day = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        let mut checked = 0;
        while day.year() < 2025 {
            let (d, m, y) = (day.day(), day.month0() as usize, day.year());
            let month = MONTHS[m];
            let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
            let full = format!("{d} {month} {y}");
            let capital = |w: &str| {
                let mut c = w.chars();
                c.next()
                    .unwrap()
                    .to_uppercase()
                    .chain(c)
                    .collect::<String>()
            };
            let plain = |w: &str| {
                w.replace(['é', 'è'], "e")
                    .replace('û', "u")
                    .replace('ô', "o")
            };
            let mut cases: Vec<(String, BTreeSet<String>)> = vec![
                (format!("le {d} {month} {y}"), set(&[&full])),
                (format!("le {d:02} {month} {y}"), set(&[&full])),
                (format!("le {d} {} {y}", capital(month)), set(&[&full])),
                (
                    format!("le {d} {} {y}", month.to_uppercase()),
                    set(&[&full]),
                ),
                (format!("le {d} {} {y}", plain(month)), set(&[&full])),
                (
                    format!("{} {d} {month}", capital(weekday)),
                    set(&[&format!("{weekday} {d} {month}")]),
                ),
                (
                    format!("{weekday} {d} {month} {y}"),
                    set(&[&format!("{weekday} {d} {month} {y}")]),
                ),
                (format!("le {d:02}/{:02}/{y}", m + 1), set(&[&full])),
                (format!("le {d}/{}/{y}", m + 1), set(&[&full])),
                (format!("le {d:02}.{:02}.{}", m + 1, y % 100), set(&[&full])),
                (format!("le {y}-{:02}-{d:02}", m + 1), set(&[&full])),
                (format!("en {month} {y}"), set(&[&format!("{month} {y}")])),
                (format!("en {month}"), set(&[month])),
                (format!("en {y}"), set(&[&y.to_string()])),
                // two dates apart: a comma, a word, a line break
                (
                    format!("{weekday}, {d} {month}"),
                    set(&[weekday, &format!("{d} {month}")]),
                ),
                (format!("le {d} de {month}"), set(&[month])),
                (format!("le {d}\n{month}"), set(&[month])),
            ];
            if d == 1 {
                cases.push((format!("le 1er {month} {y}"), set(&[&full])));
                cases.push((format!("le 1ER {month}"), set(&[&format!("1 {month}")])));
            }
            if let Some((a, _)) = ABBREVS.iter().find(|(_, i)| *i == m) {
                cases.push((format!("le {d} {a}. {y}"), set(&[&full])));
                cases.push((
                    format!("le {d} {}", capital(a)),
                    set(&[&format!("{d} {month}")]),
                ));
            }
            // two days joined, when the month has the second
            let next = day.succ_opt().unwrap();
            if next.month0() as usize == m {
                let e = next.day();
                for link in ["et", "au", "ou", "à"] {
                    cases.push((
                        format!("les {d} {link} {e} {month}"),
                        set(&[&format!("{d} {link} {e} {month}")]),
                    ));
                }
                cases.push((
                    format!("les {d}-{e} {month}"),
                    set(&[&format!("{d}-{e} {month}")]),
                ));
            }
            for (text, expected) in cases {
                let sentence =
                    format!("Selon la préfecture, {text}, 42 personnes ont été évacuées.");
                assert_eq!(dates(&sentence), expected, "{sentence}");
                checked += 1;
            }
            day = day.succ_opt().unwrap();
        }
        assert!(checked > 730 * 15, "{checked}");
    }

    /// What looks like a date and is none: a day a month does not have,
    /// an abbreviation without its day, a number alone, a duration, a time,
    /// a relative date, a year out of range, a number with spaces, a word
    /// holding a month's name, numbers with dots or slashes that are no day.
    #[test]
    fn look_alikes_of_dates_give_none() {
        for (month, &name) in MONTHS.iter().enumerate() {
            for d in 1..=40u32 {
                let fits = chrono::NaiveDate::from_ymd_opt(2024, month as u32 + 1, d).is_some();
                let expected = if fits {
                    set(&[&format!("{d} {name}")])
                } else {
                    set(&[name])
                };
                assert_eq!(
                    dates(&format!("prévu le {d} {name} au plus tard")),
                    expected
                );
                let numeric = if fits {
                    set(&[&format!("{d} {name} 2024")])
                } else {
                    BTreeSet::new()
                };
                assert_eq!(dates(&format!("le {d}/{}/2024", month + 1)), numeric);
            }
        }
        for text in [
            "en sept étapes, sept soldats",
            "le 12 à 14h30, 12 soldats, le 12",
            "pendant 3 jours, il y a 10 ans, dans 2 semaines",
            "hier, aujourd'hui, demain, la semaine dernière",
            "2500 soldats, 1850 euros, 3 000 blessés, 12 345 voix",
            "les marsouins, le maire, la maison, le mardigras",
            "Octobre-Rouge, place du 14-Juillet, avenue du 8-Mai-1945",
            "la version 1.2.3, les 3/4 du budget, le 49.3, 32/13/2024",
            "18 et 19 soldats, 3 au 5e rang, 12-14 ans",
            "le 31/04/2024, le 30.02.2024, le 2024-02-30",
        ] {
            assert_eq!(dates(text), BTreeSet::new(), "{text}");
        }
    }

    /// A wire story of about 330 words around a `{date}` and a `{weekday}`.
    const STORY: &str = "Le conseil municipal de la ville a adopté {weekday} soir le budget de l'année, après trois heures de débats animés, a annoncé la mairie dans un communiqué. Le texte prévoit la rénovation de deux écoles, la construction d'un gymnase et l'extension du réseau de pistes cyclables vers les quartiers du nord. L'opposition a voté contre, dénonçant une hausse des impôts locaux de 42 euros par foyer en moyenne. Le maire a défendu des choix nécessaires pour préparer l'avenir de la commune. Les travaux des écoles commenceront le {date}, selon le calendrier présenté aux élus, et devraient durer près de dix-huit mois. Une réunion publique sera organisée pour présenter le projet aux habitants, qui pourront poser leurs questions aux services techniques. La préfecture doit encore valider plusieurs points du budget avant son entrée en vigueur. Dans les quartiers concernés, les parents d'élèves attendaient ces travaux depuis longtemps : plusieurs classes sont installées dans des bâtiments provisoires, trop chauds en été et mal isolés en hiver. Les associations de cyclistes ont salué l'extension du réseau, tout en regrettant que la traversée du centre historique reste sans aménagement. Les commerçants du marché couvert, eux, s'inquiètent de la durée du chantier et demandent que les livraisons restent possibles le matin. Le budget consacre aussi une part plus importante à l'entretien des espaces verts et à l'éclairage public, dont les lampes seront remplacées par des modèles plus économes. Selon l'adjoint chargé des finances, la dette de la commune restera stable, grâce à des subventions de la région et de l'État qui couvriront une partie des dépenses. L'opposition conteste ce calcul et réclame un audit indépendant des comptes, qu'elle promet de demander lors du prochain conseil. Les élus de la majorité ont répondu que les comptes étaient publics et consultables par tous les habitants à l'hôtel de ville.";

    fn story(date: &str, weekday: &str) -> String {
        STORY.replace("{date}", date).replace("{weekday}", weekday)
    }

    /// Whether `copy` is marked a duplicate of `original` (marked in that
    /// order), after checking that the two are nearly the same text.
    fn marked(original: DocumentRecord, mut copy: DocumentRecord) -> bool {
        let (a, b) = (original.fingerprint.clone(), copy.fingerprint.clone());
        let near = similarity(&a.unwrap(), &b.unwrap());
        assert!(near >= DUPLICATE_SIMILARITY, "{near}");
        let mut seen = Duplicates::new(crate::test_data::date_words().clone());
        let mut original = original;
        seen.mark(&mut original);
        seen.mark(&mut copy);
        copy.duplicate_of.as_deref() == Some("a")
    }

    /// A near copy whose only change is a date is a new dispatch, not a
    /// duplicate: every month × four days of 2024, moved a day, a month or
    /// a year, written as words or as numbers, and the weekday moved.
    /// Expected values from chrono.
    #[test]
    fn a_near_copy_whose_only_change_is_a_date_is_no_duplicate() {
        use chrono::{Datelike, Duration, Months, NaiveDate};
        let words =
            |d: NaiveDate| format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year());
        let digits = |d: NaiveDate| format!("{:02}/{:02}/{}", d.day(), d.month(), d.year());
        let weekday = |d: NaiveDate| WEEKDAYS[d.weekday().num_days_from_monday() as usize];
        let mut pairs = 0;
        for month in 1..=12 {
            for day in [1, 9, 17, 28] {
                let d = NaiveDate::from_ymd_opt(2024, month, day).unwrap();
                let moved = [
                    d + Duration::days(1),
                    d + Months::new(1),
                    d + Months::new(12),
                ];
                for later in moved {
                    assert_ne!(later, d);
                    for write in [&words as &dyn Fn(NaiveDate) -> String, &digits] {
                        let original = rec("a", &story(&write(d), weekday(d)));
                        let copy = rec("b", &story(&write(later), weekday(d)));
                        assert!(!marked(original, copy), "{} -> {}", write(d), write(later));
                        pairs += 1;
                    }
                }
                // the weekday only
                let next = weekday(d + Duration::days(1));
                let original = rec("a", &story(&words(d), weekday(d)));
                let copy = rec("b", &story(&words(d), next));
                assert!(!marked(original, copy), "{} -> {next}", weekday(d));
                pairs += 1;
            }
        }
        assert_eq!(pairs, 12 * 4 * 7);
    }

    /// A near copy with other small changes is a duplicate: a word, the
    /// punctuation, a number that is no date, site furniture around it
    /// (a dated `Publié le` line, `Lire aussi`), the same date written
    /// otherwise (`1er`, numbers), a date added or left out, a time or a
    /// duration changed, every month × four days of 2024.
    #[test]
    fn a_near_copy_with_other_small_changes_is_a_duplicate() {
        use chrono::{Datelike, NaiveDate};
        let mut pairs = 0;
        for month in 1..=12 {
            for day in [1, 9, 17, 28] {
                let d = NaiveDate::from_ymd_opt(2024, month, day).unwrap();
                let name = MONTHS[d.month0() as usize];
                let date = format!("{day} {name} 2024");
                let wd = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
                let original = story(&date, wd);
                let other_ways = [
                    format!("{day:02}/{month:02}/2024"),
                    format!("2024-{month:02}-{day:02}"),
                    if day == 1 {
                        format!("1er {name} 2024")
                    } else {
                        format!("{day:02} {name} 2024")
                    },
                    format!("{day} {} 2024", name.to_uppercase()),
                ];
                let mut copies: Vec<String> = other_ways.iter().map(|w| story(w, wd)).collect();
                copies.extend([
                    original.replace("animés", "houleux"),
                    original
                        .replace(", après", " après")
                        .replace(". Le maire", " ; le maire"),
                    original.replace("42 euros", "45 euros"),
                    original.replace("dix-huit mois", "18 mois"),
                    original.replace("près de dix-huit mois", "18 mois"),
                    format!("{original} La séance a duré jusqu'à 23h30."),
                    format!("{original} Le vote final aura lieu le 3 février 2025."),
                    original.replace(&format!(" le {date},"), ","),
                    original.replace(&format!(" le {date},"), " en 2024,"),
                ]);
                for copy in &copies {
                    assert!(marked(rec("a", &original), rec("b", copy)), "{copy}");
                    pairs += 1;
                }
                // site furniture: a dated publication line, a link to another article
                let page = |published: &str, text: &str| {
                    format!(
                        "Publié le {published} à 10h30\n\n{text}\n\nLire aussi : Le budget de la région adopté\n"
                    )
                };
                let a = normalized_rec("a", &page(&date, &original));
                let later = if day < 28 { day + 1 } else { 1 };
                let b = normalized_rec("b", &page(&format!("{later} {name} 2024"), &original));
                assert_eq!(a.date_signature, b.date_signature);
                assert!(marked(a, b), "{date}");
                pairs += 1;
            }
        }
        assert_eq!(pairs, 12 * 4 * 14);
    }

    #[test]
    fn the_same_story_twice_is_a_duplicate() {
        let a = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine.";
        let other = "La Corée du Nord a exprimé par la voix de sa plus haute diplomate sa volonté d'accueillir le président russe selon des informations relayées dimanche.";
        let mut recs = [
            rec("a", a),
            rec("b", other),
            rec("c", &format!("{a} Source : AFP.")),
        ];
        mark_duplicates(recs.iter_mut(), crate::test_data::date_words());
        assert_eq!(recs[0].duplicate_of, None);
        assert_eq!(recs[1].duplicate_of, None);
        assert_eq!(recs[2].duplicate_of.as_deref(), Some("a"));
    }

    #[test]
    fn marking_one_record_at_a_time_is_marking_all() {
        let a = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine.";
        let b = "La Corée du Nord a exprimé par la voix de sa plus haute diplomate sa volonté d'accueillir le président russe selon des informations relayées dimanche.";
        let recs = || {
            vec![
                rec("a", a),
                rec("b", b),
                rec("c", &format!("{a} Source : AFP.")),
                rec("d", &format!("{b} Source : Reuters.")),
                rec("e", &format!("Selon l'AFP. {a}")),
            ]
        };
        let mut all = recs();
        let words = crate::test_data::date_words();
        mark_duplicates(all.iter_mut(), words);
        let mut seen = Duplicates::new(words.clone());
        let mut one_by_one = recs();
        for chunk in one_by_one.chunks_mut(2) {
            chunk.iter_mut().for_each(|r| seen.mark(r));
        }
        assert_eq!(one_by_one, all);
        assert!(all.iter().filter(|r| r.duplicate_of.is_some()).count() >= 2);
    }

    /// Every day of 2024 against every other day up to a week later, in
    /// three forms of date (day and month, two days, a weekday and its
    /// day): re-dated whenever the day differs, never for the same day; a
    /// date added or left out, or replaced by one of another form, is no
    /// re-dating. Expected values from chrono.
    #[test]
    fn a_date_replaced_by_another_of_its_form_redates_the_text() {
        use chrono::{Datelike, Duration, NaiveDate};
        let words = crate::test_data::date_words();
        let (months, weekdays) = (&words.months, &words.weekdays);
        assert_eq!((months.len(), weekdays.len()), (12, 7));
        let redated = |a: &BTreeSet<String>, b: &BTreeSet<String>| redated(a, b, words);
        let month = |d: NaiveDate| &months[d.month0() as usize];
        let weekday = |d: NaiveDate| &weekdays[d.weekday().num_days_from_monday() as usize];
        let forms: [&dyn Fn(NaiveDate) -> String; 3] = [
            &|d| format!("{} {}", d.day(), month(d)),
            &|d| format!("{} et {} {}", d.day(), d.day() + 1, month(d)),
            &|d| format!("{} {}", weekday(d), d.day()),
        ];
        let set = |dates: &[&String]| {
            dates
                .iter()
                .map(|d| d.to_string())
                .collect::<BTreeSet<String>>()
        };
        let other = "en septembre 2023".to_string();
        let mut day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        while day.year() == 2024 {
            for form in forms {
                for shift in 0..=7 {
                    let later = day + Duration::days(shift);
                    let (a, b) = (form(day), form(later));
                    let expected = a != b;
                    assert_eq!(
                        redated(&set(&[&a, &other]), &set(&[&b, &other])),
                        expected,
                        "{a} -> {b}"
                    );
                    // added, left out: no re-dating
                    assert!(!redated(&set(&[&other]), &set(&[&b, &other])));
                    assert!(!redated(&set(&[&a, &other]), &set(&[&other])));
                    // the earlier date kept beside the new one: an addition
                    assert!(!redated(&set(&[&a]), &set(&[&a, &b])));
                }
            }
            // replaced by a date of another form
            for (i, f) in forms.iter().enumerate() {
                for (j, g) in forms.iter().enumerate().filter(|(j, _)| *j != i) {
                    let (a, b) = (f(day), g(day + Duration::days(j as i64)));
                    assert!(!redated(&set(&[&a]), &set(&[&b])), "{a} -> {b}");
                }
            }
            day += Duration::days(1);
        }
    }
}
