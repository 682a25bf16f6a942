//! Near-identical documents across the corpus (the same wire story on two
//! sites): documents whose story fingerprints (MinHash of word 4-shingles,
//! see `text::fingerprint`) agree on at least 75% of their values are marked
//! `duplicate_of` the first of them, in input order. Candidates are found by
//! banding (4 bands of 4 values), so the cost stays near linear.
//!
//! A text re-dated is a new dispatch, not a copy: when a date expression of
//! the later text replaces one of the same form in the earlier (the same
//! words, other numbers, another weekday or month: `SÉOUL, 21 octobre (Reuters)`
//! for `SÉOUL, 17 octobre (Reuters)`, `(19 et 20 juin)` for `(18 et 19
//! juin)`), the two report other days, and the later is no duplicate of the
//! earlier (see [`redated`]). A date the copy adds or leaves out is no
//! replacement.

use crate::model::{DocExtract, DocumentRecord, Timex};
use crate::text::similarity;
use std::collections::{BTreeSet, HashMap};

/// Estimated Jaccard similarity from which two documents are the same story.
pub const DUPLICATE_SIMILARITY: f32 = 0.75;

/// Set `duplicate_of` on every record whose fingerprint nearly equals an
/// earlier record's (records without a fingerprint are left alone).
pub fn mark_duplicates<'a>(
    records: impl IntoIterator<Item = &'a mut DocumentRecord>,
    words: &DateWords,
) {
    let mut seen = Duplicates::new(words.clone());
    for r in records {
        seen.mark(r);
    }
}

/// [`mark_duplicates`] on analysed documents: a text whose date expressions
/// replace its candidate original's is no duplicate of it ([`redated`]).
pub fn mark_duplicate_extracts<'a>(
    extracts: impl IntoIterator<Item = &'a mut DocExtract>,
    words: &DateWords,
) {
    let mut seen = Duplicates::new(words.clone());
    for x in extracts {
        seen.mark_extract(x);
    }
}

/// The date expressions of a text, as they are written (lower case, runs of
/// white space made one).
pub fn dates_of(timexes: &[Timex]) -> BTreeSet<String> {
    timexes
        .iter()
        .map(|t| {
            t.text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect()
}

/// The names of the weekdays and months, which a re-dated text changes
/// (`mardi 17 octobre` for `samedi 21 octobre`). Language data: built by
/// the configuration from the temporal lexicon (`data/temporal.toml`), so
/// that this stage holds no word lists and imports no later stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateWords {
    weekdays: Vec<String>,
    months: Vec<String>,
}

impl DateWords {
    /// The words as a date expression has them once lowercased ([`dates_of`]).
    pub fn new(
        weekdays: impl IntoIterator<Item = String>,
        months: impl IntoIterator<Item = String>,
    ) -> DateWords {
        let lower = |w: String| w.to_lowercase();
        DateWords {
            weekdays: weekdays.into_iter().map(lower).collect(),
            months: months.into_iter().map(lower).collect(),
        }
    }
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

    /// Mark `r` a duplicate of an earlier original, or remember it as one.
    pub fn mark(&mut self, r: &mut DocumentRecord) {
        self.mark_dated(r, &BTreeSet::new());
    }

    /// [`Duplicates::mark`] an analysed document, with its date expressions.
    pub fn mark_extract(&mut self, x: &mut DocExtract) {
        let dates = dates_of(&x.timexes);
        self.mark_dated(&mut x.document, &dates);
    }

    /// Mark `r`, whose text has the date expressions `dates`, a duplicate
    /// of an earlier original it does not re-date ([`redated`]), or
    /// remember it as one.
    pub fn mark_dated(&mut self, r: &mut DocumentRecord, dates: &BTreeSet<String>) {
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
                            .is_some_and(|d| redated(d, dates, &self.words))
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
                    self.dates.insert(r.id.clone(), dates.clone());
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

    fn rec(id: &str, text: &str) -> DocumentRecord {
        let mut r = DocumentRecord::skipped(id.into(), id.into(), String::new());
        r.fingerprint = crate::text::fingerprint(text);
        r
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
