//! The days an event that lasts covers: `est arrivé jeudi pour une visite
//! de deux jours` (Thursday and Friday), `achève ce dimanche une visite de
//! trois jours` (Friday to Sunday), `en visite depuis mardi et jusqu'à
//! vendredi` (Tuesday to Friday).
//!
//! French gives the length of an event as a complement of its noun with
//! `de` and a duration (`une visite de trois jours`, `deux jours de
//! visite`) or of its verb (`pour`, `pendant`), and its bounds with
//! `depuis`, `à partir de` and `jusqu'à`. A length needs a known day to
//! stand on: the first day, or the last one after a verb or phrase of
//! ending (`achève`, `au terme de`); a last day needs a first one. Anything
//! less keeps the clause's own date (precision first). The words are data
//! (`data/events/stays.toml`).

use super::conjugate::Conjugator;
use super::lexicon::fold_apostrophes;
use crate::model::{DateInterval, EventTime, EventType, Precision, Span, Tense, Timex};
use crate::temporal::tense::tense_at;
use chrono::Datelike;
use serde::Deserialize;
use std::collections::HashSet;

/// The longest stay read, in days: a length or bounds beyond a month are a
/// period of history (`depuis des années`), not a trip or a round of talks.
const LONGEST_STAY_DAYS: i64 = 31;

/// Most words between an event word and the preposition of its length
/// (`une visite officielle en Russie de six jours`).
const LENGTH_GAP_WORDS: usize = 4;

/// The words of `data/events/stays.toml`, as read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StaysFile {
    durative: Vec<EventType>,
    length_before: Vec<String>,
    end_verbs: Vec<String>,
    end_phrases: Vec<String>,
    until: Vec<String>,
    since: Vec<String>,
    since_blockers: Vec<String>,
}

/// The words that tell how long an event lasts, lowercase, verbs inflected.
#[derive(Debug, Clone, Default)]
pub struct StayWords {
    durative: Vec<EventType>,
    length_before: Vec<String>,
    /// Every form of the verbs of ending (`achève`, `a achevé`, `termine`).
    end_forms: HashSet<String>,
    end_phrases: Vec<String>,
    until: Vec<String>,
    since: Vec<String>,
    since_blockers: HashSet<String>,
}

impl StayWords {
    /// Read the stays file; the verbs of ending are inflected by `conjugator`.
    pub fn parse(body: &str, conjugator: &Conjugator) -> anyhow::Result<StayWords> {
        let file: StaysFile = toml::from_str(body)?;
        let lower = |words: &[String]| -> Vec<String> {
            words.iter().map(|w| fold_apostrophes(w)).collect()
        };
        let mut end_forms = HashSet::new();
        for verb in &file.end_verbs {
            let forms = conjugator
                .inflect(verb)
                .map_err(|e| anyhow::anyhow!("end verb {verb:?}: {e}"))?;
            end_forms.extend(forms.into_iter().map(|f| fold_apostrophes(&f.form)));
            end_forms.insert(fold_apostrophes(verb));
        }
        Ok(StayWords {
            durative: file.durative,
            length_before: lower(&file.length_before),
            end_forms,
            end_phrases: lower(&file.end_phrases),
            until: lower(&file.until),
            since: lower(&file.since),
            since_blockers: file
                .since_blockers
                .iter()
                .map(|w| fold_apostrophes(w))
                .collect(),
        })
    }

    /// The bounds of a state (`depuis le`, `jusqu'à la`, `à partir de l'`):
    /// every word of `until` and `since`, and after a preposition that takes
    /// an article the articles it does not contract with (`à` and `de` take
    /// only `la` and `l'`: `au`, `du` are words of the lists; `depuis` and
    /// `dès` take all four). A date after one bounds a state, not an event
    /// ([`super::EventLexicon::bounds_a_state`]).
    pub fn state_bounds(&self) -> Vec<String> {
        let mut bounds: Vec<String> = Vec::new();
        for word in self.until.iter().chain(&self.since) {
            let last = word.rsplit([' ', '\'']).next().unwrap_or(word);
            let articles: &[&str] = match last {
                "à" | "de" => &["la", "l'"],
                "depuis" | "dès" => &["le", "la", "l'", "les"],
                _ => &[],
            };
            let with_article = articles.iter().map(|a| format!("{word} {a}"));
            for bound in std::iter::once(word.clone()).chain(with_article) {
                if !bounds.contains(&bound) {
                    bounds.push(bound);
                }
            }
        }
        bounds
    }

    /// True for the types of events that last over days.
    pub fn is_durative(&self, event_type: EventType) -> bool {
        self.durative.contains(&event_type)
    }
}

/// True when `text` ends with `word` as whole words (`… visite de` ends
/// with `de`, `… monde` does not).
fn ends_with_words(text: &str, word: &str) -> bool {
    super::anchor::whole_word_suffix(text, word).is_some()
}

/// The words of a lowercase text, an elided one with its apostrophe
/// (`n'a jamais` → `n'`, `a`, `jamais`).
pub(super) fn words_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '-' {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let end = if c == '\'' { i + 1 } else { i };
            out.push(&text[s..end]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// What is known around an event word to stretch its date: the normalized
/// text, the span read (the trigger's clause, and a relative clause on the
/// event noun right after it), the trigger, and the sentence's expressions
/// of time (bounds and lengths included).
pub struct StayClues<'a> {
    pub text: &'a str,
    pub reach: Span,
    pub trigger: Span,
    pub times: &'a [&'a Timex],
    /// The day of writing, when known: the last day so far of a state
    /// told in the present (`séjourne depuis mardi`).
    pub published: Option<DateInterval>,
}

/// The days the event of `event_type` at `clues.trigger` covers, when its
/// clause gives its length or a bound and a day to stand on; `None` keeps
/// the clause's date (`time`) as it is.
pub fn stretch(
    words: &StayWords,
    event_type: EventType,
    time: Option<&EventTime>,
    clues: &StayClues<'_>,
) -> Option<EventTime> {
    if !words.is_durative(event_type) {
        return None;
    }
    let StayClues {
        text,
        reach,
        trigger,
        times,
        published,
    } = *clues;
    let read = |span: Span| text.get(span.start..span.end).map(fold_apostrophes);
    let in_reach: Vec<&Timex> = times
        .iter()
        .copied()
        .filter(|t| reach.start <= t.span.start && t.span.end <= reach.end)
        .collect();
    let lead_of = |t: &Timex| -> String {
        let lead = read(Span::new(reach.start, t.span.start)).unwrap_or_default();
        let lead = lead.trim_end().to_string();
        // `depuis le 3 mars`, `jusqu'à la fin`: the article is the date's
        ["le", "la", "l'", "les"]
            .iter()
            .find_map(|a| {
                lead.strip_suffix(a)
                    .filter(|r| r.is_empty() || r.ends_with(' '))
            })
            .map_or(lead.clone(), |r| r.trim_end().to_string())
    };
    let bound_by = |t: &Timex, list: &[String]| -> bool {
        let own = fold_apostrophes(&t.text);
        let lead = lead_of(t);
        list.iter()
            .any(|w| own.starts_with(w.as_str()) || ends_with_words(&lead, w))
    };
    let single_day = |i: &DateInterval| i.start == i.end;

    // the last day (`jusqu'à vendredi`, `jusqu'au 21 juin`)
    let until = in_reach
        .iter()
        .filter(|t| bound_by(t, &words.until))
        .find_map(|t| t.interval.map(|i| (i.end, *t)));
    // the first day, when it is a day (`depuis mardi`, `à partir du 12`)
    let since = in_reach
        .iter()
        .filter(|t| bound_by(t, &words.since))
        .filter(|_| {
            let before = read(Span::new(reach.start, trigger.start)).unwrap_or_default();
            !words_of(&before)
                .iter()
                .any(|w| words.since_blockers.contains(*w))
        })
        .find_map(|t| {
            let i = t.interval?;
            let from_open = t.value.ends_with("/..") && t.value.len() == "2024-03-07/..".len();
            (single_day(&i) || from_open).then_some((i.start, *t))
        });
    // the day the clause names for the event itself
    let day = time.filter(|t| single_day(&t.interval) && !t.value.contains(".."));
    let length = in_reach
        .iter()
        .filter(|t| t.rule == "duration")
        .filter(|t| joins_length(words, text, trigger, t))
        .find_map(|t| length_days(&t.value).map(|n| (n, *t)));

    let (start, end, expression, rule) = if let Some((last, u)) = until {
        let (first, expression) = match (since, day) {
            (Some((first, s)), _) => (first, format!("{} … {}", s.text, u.text)),
            (None, Some(d)) => (d.interval.start, format!("{} … {}", d.expression, u.text)),
            (None, None) => return None,
        };
        // `jusqu'à vendredi` after a first day: the first Friday from it
        // (the bare weekday was read from the day of writing)
        let last = if u.rule.starts_with("weekday") {
            let ahead = (last.weekday().num_days_from_monday() + 7
                - first.weekday().num_days_from_monday())
                % 7;
            first + chrono::Duration::days(i64::from(ahead))
        } else if !has_year(&u.text) {
            // `jusqu'au 3 avril` after a first day: the first 3 April from
            // it (the year was guessed from the clause's tense)
            (-2..=2)
                .filter_map(|k| last.with_year(last.year() + k))
                .filter(|d| *d >= first)
                .min()?
        } else {
            last
        };
        (first, last, expression, "stay-until")
    } else if let Some((n, l)) = length {
        let ends_there = ends_before(words, read(Span::new(reach.start, trigger.start))?);
        match (since, day) {
            (Some((first, s)), _) => (
                first,
                first + chrono::Duration::days(n - 1),
                format!("{} … {}", s.text, l.text),
                "stay-length",
            ),
            (None, Some(d)) if ends_there => (
                d.interval.start - chrono::Duration::days(n - 1),
                d.interval.start,
                format!("{} … {}", d.expression, l.text),
                "stay-length-to",
            ),
            (None, Some(d)) => (
                d.interval.start,
                d.interval.start + chrono::Duration::days(n - 1),
                format!("{} … {}", d.expression, l.text),
                "stay-length",
            ),
            (None, None) => return None,
        }
    } else if let Some((first, s)) = since {
        // `séjourne depuis mardi`, `les combats font rage depuis le 6
        // août`: told in the present, it has lasted up to the day of writing
        let written = published.filter(|p| p.start == p.end)?.start;
        let now = Span::new(trigger.start, trigger.start);
        if tense_at(text, now, reach) != Tense::Present {
            return None;
        }
        (first, written, s.text.clone(), "stay-since")
    } else {
        return None;
    };
    if end < start || (end - start).num_days() >= LONGEST_STAY_DAYS {
        return None;
    }
    let interval = DateInterval::new(start, end, Precision::Day);
    Some(EventTime {
        interval,
        value: format!("{start}/{end}"),
        expression,
        rule: rule.to_string(),
    })
}

/// True when an expression names its year (four digits).
fn has_year(expression: &str) -> bool {
    expression
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4)
}

/// True when the duration `t` is the length of the event at `trigger`:
/// after it, past at most a few words ending with a preposition of length
/// (`une visite officielle de trois jours`, `pour deux jours`), or before
/// it, joined by `de` (`deux jours de visite`).
fn joins_length(words: &StayWords, text: &str, trigger: Span, t: &Timex) -> bool {
    let gap = |a: usize, b: usize| text.get(a..b).map(fold_apostrophes);
    if t.span.start >= trigger.end {
        let Some(gap) = gap(trigger.end, t.span.start) else {
            return false;
        };
        if gap.contains(|c: char| ",;:()«»\".!?".contains(c)) {
            return false;
        }
        let gap = gap.trim();
        let count = gap.split_whitespace().count();
        count <= LENGTH_GAP_WORDS + 1 && words.length_before.iter().any(|w| ends_with_words(gap, w))
    } else if t.span.end <= trigger.start {
        gap(t.span.end, trigger.start).is_some_and(|g| matches!(g.trim(), "de" | "d'"))
    } else {
        false
    }
}

/// Days of a duration value (`P3D`, `P1W`); other units are no stay.
fn length_days(value: &str) -> Option<i64> {
    let body = value.strip_prefix('P')?;
    let (n, unit) = body.split_at(body.len().checked_sub(1)?);
    let n: i64 = n.parse().ok()?;
    let days = match unit {
        "D" => n,
        "W" => 7 * n,
        _ => return None,
    };
    (1..=LONGEST_STAY_DAYS).contains(&days).then_some(days)
}

/// True when the words before the event word (lowercase) end it: a verb
/// of ending (`achève ce dimanche une visite`) or a phrase (`au terme d'une
/// visite`).
fn ends_before(words: &StayWords, before: String) -> bool {
    words_of(&before)
        .iter()
        .any(|w| words.end_forms.contains(*w))
        || words
            .end_phrases
            .iter()
            .any(|p| before.contains(p.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{EntityMatcher, extract as find_entities};
    use crate::events::{EventLexicon, extract};
    use crate::model::EventMention;
    use crate::temporal::extract as find_dates;
    use crate::text::normalize;
    use chrono::NaiveDate;

    /// Runs the event stage on sentences written on Sunday 16 June 2024.
    struct Bench {
        matcher: &'static EntityMatcher,
        lexicon: &'static EventLexicon,
    }

    impl Bench {
        fn new() -> Bench {
            Bench {
                matcher: crate::test_data::matcher(),
                lexicon: crate::test_data::event_lexicon(),
            }
        }

        fn run(&self, sentence: &str) -> Vec<EventMention> {
            let published = Some(DateInterval::day(june(16)));
            let text = normalize(sentence);
            let entities = find_entities(&text, self.matcher);
            let times = find_dates(&text, published);
            extract("d", &text, &entities, &times, published, self.lexicon)
        }

        /// The days of the one mention of `event_type` in `sentence`.
        fn days(&self, sentence: &str, event_type: EventType) -> Option<(NaiveDate, NaiveDate)> {
            let found = self.run(sentence);
            let mention = found
                .iter()
                .find(|m| m.event_type == event_type)
                .unwrap_or_else(|| panic!("no {event_type:?} in {sentence:?}: {found:#?}"));
            mention
                .time
                .as_ref()
                .map(|t| (t.interval.start, t.interval.end))
        }
    }

    fn june(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 6, day).unwrap()
    }

    /// French numerals of lengths, written here, with their days.
    const LENGTHS: &[(&str, i64)] = &[
        ("deux jours", 2),
        ("trois jours", 3),
        ("quatre jours", 4),
        ("cinq jours", 5),
        ("six jours", 6),
        ("dix jours", 10),
        ("une semaine", 7),
        ("deux semaines", 14),
    ];

    /// A noun of each type that lasts, with its indefinite article.
    const NOUNS: &[(&str, EventType)] = &[
        ("une visite", EventType::Visit),
        ("un séjour", EventType::Visit),
        ("un sommet", EventType::Meeting),
        ("des pourparlers", EventType::Meeting),
        ("une tournée", EventType::Travel),
        ("des célébrations", EventType::Ceremony),
        ("une offensive", EventType::Military),
    ];

    fn after(day: NaiveDate, days: i64) -> NaiveDate {
        day + chrono::Duration::days(days)
    }

    /// The bounds of a state are the `until` and `since` words, each with
    /// the articles its last word takes: `à` and `de` contract with `le`
    /// and `les` (`au`, `du`), so take only `la` and `l'`; `depuis` and `dès`
    /// take all four; a word that ends with a contracted article takes none.
    #[test]
    fn state_bounds_are_the_stay_bounds_with_their_articles() {
        let bounds = crate::test_data::event_lexicon().state_bounds.clone();
        for (word, articles) in [
            ("depuis", &["le", "la", "l'", "les"][..]),
            ("dès", &["le", "la", "l'", "les"][..]),
            ("jusqu'à", &["la", "l'"][..]),
            ("à partir de", &["la", "l'"][..]),
            ("jusqu'au", &[][..]),
            ("jusqu'en", &[][..]),
            ("à partir du", &[][..]),
        ] {
            assert!(bounds.contains(&word.to_string()), "{word}");
            for article in ["le", "la", "l'", "les"] {
                let with = format!("{word} {article}");
                assert_eq!(
                    bounds.contains(&with),
                    articles.contains(&article),
                    "{with}"
                );
            }
        }
    }

    #[test]
    fn a_length_after_the_event_noun_runs_from_the_day_of_its_clause() {
        let bench = Bench::new();
        for &(noun, event_type) in NOUNS {
            for &(length, days) in LENGTHS {
                for link in ["de", "pour", "pendant", "officielle de"] {
                    let link = if link == "de" && length.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "d'".to_string()
                    } else {
                        format!("{link} ")
                    };
                    let sentence = format!(
                        "Vladimir Poutine a entamé le 3 juin 2024 {noun} {link}{length} avec Kim Jong-un."
                    );
                    let want = (june(3), after(june(3), days - 1));
                    assert_eq!(bench.days(&sentence, event_type), Some(want), "{sentence}");
                }
            }
        }
    }

    #[test]
    fn a_length_before_the_event_noun_joined_by_de_runs_from_the_day() {
        let bench = Bench::new();
        for &(length, days) in LENGTHS {
            for (noun, event_type) in [
                ("visite", EventType::Visit),
                ("pourparlers", EventType::Meeting),
            ] {
                let sentence = format!(
                    "Sergueï Choïgou est arrivé le 10 juin 2024 à Pyongyang pour {length} de {noun}."
                );
                let want = (june(10), after(june(10), days - 1));
                assert_eq!(bench.days(&sentence, event_type), Some(want), "{sentence}");
            }
        }
    }

    #[test]
    fn after_a_verb_or_phrase_of_ending_the_day_is_the_last_one() {
        let bench = Bench::new();
        // forms of the verbs of ending written here, in tenses of news
        let endings = [
            "achève",
            "a achevé",
            "termine",
            "a terminé",
            "conclut",
            "a conclu",
            "boucle",
            "a bouclé",
            "clôture",
            "finit",
            "a fini",
        ];
        for ending in endings {
            for &(length, days) in LENGTHS {
                let sentence = format!(
                    "Sergueï Lavrov {ending} le 14 juin 2024 une visite de {length} en Corée du Nord."
                );
                let want = (after(june(14), 1 - days), june(14));
                assert_eq!(
                    bench.days(&sentence, EventType::Visit),
                    Some(want),
                    "{sentence}"
                );
            }
        }
        let sentence = "Sergueï Lavrov a rencontré Kim Jong-un le 14 juin 2024 au terme d'une visite de trois jours.";
        assert_eq!(
            bench.days(sentence, EventType::Visit),
            Some((june(12), june(14))),
            "{sentence}"
        );
    }

    #[test]
    fn a_last_day_needs_a_first_one() {
        let bench = Bench::new();
        for first in 3..=7 {
            for last in first..=first + 5 {
                for until in ["jusqu'au", "jusqu’au"] {
                    let sentence = format!(
                        "Kim Jong-un effectue depuis le {first} juin 2024 une visite en Russie {until} {last} juin 2024."
                    );
                    assert_eq!(
                        bench.days(&sentence, EventType::Visit),
                        Some((june(first), june(last))),
                        "{sentence}"
                    );
                }
                let sentence = format!(
                    "Kim Jong-un a entamé le {first} juin 2024 une visite qui doit durer jusqu'au {last} juin 2024."
                );
                assert_eq!(
                    bench.days(&sentence, EventType::Visit),
                    Some((june(first), june(last))),
                    "{sentence}"
                );
            }
        }
        // a weekday as the last day is the first one from the first day
        // (Tuesday 11 June, written on Sunday 16: the Friday is the 14th)
        let sentence = "Kim Jong-un a entamé mardi une visite qui doit durer jusqu'à vendredi.";
        assert_eq!(
            bench.days(sentence, EventType::Visit),
            Some((june(11), june(14)))
        );
        // no first day: no date at all, rather than a wrong one
        let sentence =
            "Kim Jong-un séjournera en Russie jusqu'au 21 juin 2024, a indiqué le Kremlin.";
        assert_eq!(bench.days(sentence, EventType::Visit), None);
    }

    #[test]
    fn what_does_not_last_or_is_not_the_events_keeps_its_day() {
        let bench = Bench::new();
        for &(length, _) in LENGTHS {
            // an arrival happens on one day
            let sentence =
                format!("Kim Jong-un est arrivé le 10 juin 2024 en Russie pour {length}.");
            assert_eq!(
                bench.days(&sentence, EventType::Arrival),
                Some((june(10), june(10))),
                "{sentence}"
            );
            // a comma parts the length from the noun: a comment, not its length
            let sentence = format!(
                "Vladimir Poutine a entamé le 3 juin 2024 une visite, {length} après l'annonce."
            );
            assert_eq!(
                bench.days(&sentence, EventType::Visit),
                Some((june(3), june(3))),
                "{sentence}"
            );
        }
        // a length beyond a month is no trip
        let sentence = "Vladimir Poutine a entamé le 3 juin 2024 une tournée de six semaines.";
        assert_eq!(
            bench.days(sentence, EventType::Travel),
            Some((june(3), june(3)))
        );
        // `la première visite depuis…`: a state's bound, not the first day
        let sentence = "Vladimir Poutine effectue sa première visite depuis le 3 juin 2024 jusqu'au 5 juin 2024.";
        assert_ne!(
            bench.days(sentence, EventType::Visit),
            Some((june(3), june(5)))
        );
    }

    #[test]
    fn a_first_day_told_in_the_present_runs_to_the_day_of_writing() {
        let bench = Bench::new();
        // written on Sunday 16 June 2024
        let frames = [
            (
                "Kim Jong-un séjourne depuis le {} juin 2024 en Russie.",
                EventType::Visit,
            ),
            (
                "Kim Jong-un est en visite en Russie depuis le {} juin 2024.",
                EventType::Visit,
            ),
            (
                "Vladimir Poutine et Kim Jong-un négocient depuis le {} juin 2024 à Moscou.",
                EventType::Meeting,
            ),
        ];
        for (frame, event_type) in frames {
            for first in 1..=16 {
                let sentence = frame.replace("{}", &first.to_string());
                assert_eq!(
                    bench.days(&sentence, event_type),
                    Some((june(first), june(16))),
                    "{sentence}"
                );
            }
            // told in the past, the state's end is unknown: no date
            for past in [
                ("séjourne", "séjournait"),
                ("séjourne", "a séjourné"),
                ("négocient", "négociaient"),
            ] {
                let sentence = frame.replace("{}", "10").replace(past.0, past.1);
                if sentence != frame.replace("{}", "10") {
                    assert_eq!(bench.days(&sentence, event_type), None, "{sentence}");
                }
            }
        }
        // over a month, or `la première visite depuis…`: no date
        let sentence = "Kim Jong-un séjourne depuis le 3 mai 2024 en Russie.";
        assert_eq!(bench.days(sentence, EventType::Visit), None);
        let sentence =
            "Vladimir Poutine effectue sa première visite en Corée du Nord depuis le 3 juin 2024.";
        assert_eq!(bench.days(sentence, EventType::Visit), None);
    }

    #[test]
    fn lengths_are_days_or_weeks_within_a_month() {
        assert_eq!(length_days("P3D"), Some(3));
        assert_eq!(length_days("P2W"), Some(14));
        assert_eq!(length_days("P5W"), None);
        assert_eq!(length_days("P2M"), None);
        assert_eq!(length_days("P0D"), None);
        assert_eq!(length_days("PT3H"), None);
    }

    #[test]
    fn words_keep_their_elision() {
        assert_eq!(words_of("n'a jamais reçu"), ["n'", "a", "jamais", "reçu"]);
        assert_eq!(
            words_of("au terme d'une visite"),
            ["au", "terme", "d'", "une", "visite"]
        );
        assert!(ends_with_words("une visite officielle de", "de"));
        assert!(ends_with_words("une visite d'", "d'"));
        assert!(!ends_with_words("une visite monde", "de"));
    }
}
