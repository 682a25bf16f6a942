//! The blocks of a page that stacks its versions: a wire page whose
//! updates follow the first dispatch under their own dateline (`SÉOUL, 19
//! juin (Yonhap) - …` then `MOSCOU, 20 juin (AFP) - …`), or whose later
//! paragraphs open on an update stamp (`Mise à jour le 20 juin à 8h10`).
//! A relative day under a later dateline (`mardi`, `hier`, `ce matin`)
//! counts from that dateline's day, not from the page's first one: each
//! block from such a head to the next one is anchored on its head's day
//! when that day comes after the publication. The page's publication stays
//! the first one.
//!
//! A head is a line that opens on it: a dateline is a place in capitals, a
//! comma, a day and a dash (an agency in brackets may come between); an
//! update stamp is a label of `data/temporal.toml` (`update_labels`), a day
//! and at most a time of day, alone on its line, below a paragraph of the
//! story (the page's header stamps date the page, not a block). A dateline
//! quoted inside a paragraph, or a related-links line (`Lire aussi : …`),
//! opens no block.

use super::lexicon::lexicon;
use super::resolve::Spec;
use super::rules::Candidate;
use crate::model::{DateInterval, Span};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A line that may open a block: where the line starts, and the expression
/// (an index in the parsed items) that gives its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    pub line: usize,
    pub item: usize,
}

/// What a dateline's day follows on its line: a place in capitals
/// (`SÉOUL`, `SAINT-DENIS DE LA RÉUNION`) and a comma. Shared with the
/// publication rules, which read the same lines as dates of the page.
pub static DATELINE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Lu}[\p{Lu}\s'’.-]*\p{Lu}\s*,\s*$").expect("dateline head regex")
});
/// What a dateline's day is followed by: an agency in brackets, then a dash.
pub static DATELINE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]").expect("dateline regex"));
/// What an update stamp's label is preceded and followed by before its day:
/// brackets, `le`, a colon.
static STAMP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let labels: Vec<String> = lexicon()
        .update_labels
        .iter()
        .map(|l| regex::escape(l).replace(' ', r"\s+"))
        .collect();
    Regex::new(&format!(
        r"(?i)^\s*[(\[]?\s*(?:{})\s*(?:le\s+|:\s*(?:le\s+)?|,\s*)?$",
        labels.join("|")
    ))
    .expect("update stamp regex")
});
/// What may follow an update stamp's day on its line: a time of day and a
/// closing bracket or stop.
static STAMP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:à|,|-)?\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*[)\].]?\s*$")
        .expect("update stamp regex")
});

/// A paragraph of story: a line this long or longer that ends a sentence.
pub const PARAGRAPH_CHARS: usize = 80;

/// True for a line of story: [`PARAGRAPH_CHARS`] or more ending a sentence
/// (the line as given: no trailing space or break).
pub fn is_story_line(line: &str) -> bool {
    line.chars().count() >= PARAGRAPH_CHARS && line.ends_with(['.', '!', '?', '»', '"'])
}

/// A dateline's head, `le` allowed before the day (`SÉOUL, le 19 juin`).
fn is_dateline_head(head: &str) -> bool {
    DATELINE_HEAD.is_match(head)
        || head
            .trim_end()
            .strip_suffix("le")
            .is_some_and(|h| h.ends_with([' ', '\t', ',']) && DATELINE_HEAD.is_match(h))
}

/// The heads of the blocks of `s` among the expressions `items` (in text
/// order).
pub fn heads(s: &str, items: &[Candidate]) -> Vec<Head> {
    let mut out = Vec::new();
    for (i, c) in items.iter().enumerate() {
        if day_parts(&c.spec).is_none() {
            continue;
        }
        let (Some(before), Some(after)) = (s.get(..c.start), s.get(c.end..)) else {
            continue;
        };
        let line = before.rfind('\n').map_or(0, |n| n + 1);
        let head = &before[line..];
        let rest = &after[..after.find('\n').unwrap_or(after.len())];
        let dateline = is_dateline_head(head) && DATELINE_TAIL.is_match(rest);
        let stamp = STAMP_BEFORE.is_match(head)
            && STAMP_AFTER.is_match(rest)
            && s[..line].lines().any(|l| is_story_line(l.trim_end()));
        if dateline || stamp {
            out.push(Head { line, item: i });
        }
    }
    out
}

/// The year, month, day and weekday of an expression that names one day
/// (`18 octobre 2024`, `20 juin`, `jeudi 20 juin à 8h10`).
fn day_parts(spec: &Spec) -> Option<(Option<i32>, u32, u32, Option<u32>)> {
    match spec {
        Spec::Date {
            y,
            m: Some(m),
            d,
            wd,
        } => Some((*y, *m, *d, *wd)),
        Spec::Part { inner, .. } => day_parts(inner),
        _ => None,
    }
}

/// The day a head names, given the publication: its own year, or for a
/// year-less day (`MOSCOU, 20 juin (AFP) -`) the nearest such day to the
/// publication's first day (an update comes days after the page: `18 juin`
/// under a page of 19 June is the day before, no later block); a weekday it
/// names must fit.
fn head_day(spec: &Spec, published: DateInterval) -> Option<NaiveDate> {
    let (y, m, d, wd) = day_parts(spec)?;
    let fits = |day: NaiveDate| wd.is_none_or(|w| day.weekday().num_days_from_monday() == w);
    match y {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d).filter(|&day| fits(day)),
        None => {
            let from = published.start;
            (from.year() - 1..=from.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .min_by_key(|&day| (day - from).num_days().abs())
                .filter(|&day| fits(day))
        }
    }
}

/// Where each block anchored on a later day starts and ends (bytes of
/// `s`), with that day and the head's words and span: the heads whose day
/// comes after the publication's last day. A head on or before it (the
/// first dispatch's own dateline) closes the block before it, its own
/// block keeping the publication.
pub fn anchors<'c>(
    s: &str,
    item: impl Fn(usize) -> &'c Candidate,
    heads: &[Head],
    published: Option<DateInterval>,
) -> Vec<Block> {
    let Some(p) = published else {
        return Vec::new();
    };
    let mut out: Vec<Block> = Vec::new();
    for (k, h) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map_or(s.len(), |n| n.line);
        let c = item(h.item);
        let Some(day) = head_day(&c.spec, p) else {
            continue;
        };
        if day > p.end {
            out.push(Block {
                from: h.line,
                to: end,
                day,
                text: s[c.start..c.end].to_string(),
                span: Span::new(c.start, c.end),
            });
        }
    }
    out
}

/// A part of a page whose relative days count from its head's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub from: usize,
    pub to: usize,
    pub day: NaiveDate,
    /// The head's date, as written, and where.
    pub text: String,
    pub span: Span,
}

impl Block {
    /// The block `at` (a byte of the page) lies in, if any.
    pub fn of(blocks: &[Block], at: usize) -> Option<&Block> {
        blocks.iter().find(|b| (b.from..b.to).contains(&at))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{DateInterval, Span, Timex};
    use crate::test_calendar::{MONTHS, WEEKDAYS};
    use chrono::{Datelike, Duration, NaiveDate};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The page cut in sentences at its stops and line breaks, as the text
    /// stage does, and its expressions resolved at `published`.
    fn run(page: &str, published: NaiveDate) -> Vec<Timex> {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, c) in page.char_indices() {
            if c == '\n' || (c == '.' && page[i + 1..].starts_with([' ', '\n'])) {
                if i > start {
                    sentences.push(Span::new(start, i + 1));
                }
                start = i + 1;
            }
        }
        super::super::extract_str(page, &sentences, Some(DateInterval::day(published)))
    }

    /// The day the `n`th expression whose text is `text` resolves to.
    fn day_of(all: &[Timex], text: &str, n: usize) -> Option<NaiveDate> {
        let t = all.iter().filter(|t| t.text == text).nth(n)?;
        t.interval.filter(|i| i.start == i.end).map(|i| i.start)
    }

    /// A relative day as a sentence says it, and the day it names from the
    /// day of writing (computed here with chrono, independently).
    struct Relative {
        words: &'static str,
        sentence: &'static str,
        from: fn(NaiveDate) -> NaiveDate,
    }

    fn relatives() -> Vec<Relative> {
        vec![
            Relative {
                words: "hier",
                sentence: "Le ministre a signé hier l'accord, selon son cabinet.",
                from: |a| a - Duration::days(1),
            },
            Relative {
                words: "avant-hier",
                sentence: "Les deux délégations se sont rencontrées avant-hier, selon un communiqué.",
                from: |a| a - Duration::days(2),
            },
            Relative {
                words: "aujourd'hui",
                sentence: "Le ministre rencontre aujourd'hui son homologue, selon son cabinet.",
                from: |a| a,
            },
            Relative {
                words: "demain",
                sentence: "Le ministre rencontrera demain son homologue, selon son cabinet.",
                from: |a| a + Duration::days(1),
            },
        ]
    }

    /// A filler paragraph of story (no date).
    const PARAGRAPH: &str = "Les deux pays ont renforcé leur coopération ces dernières années, \
        notamment dans le domaine de l'énergie et des transports.";

    /// The heads of a later block, given its day (and the page's year):
    /// datelines with and without year, agency or place forms, and update
    /// stamps, each followed by its first words of story.
    fn heads(day: NaiveDate) -> Vec<String> {
        let (dd, m, y) = (day.day(), MONTHS[day.month0() as usize], day.year());
        let wd = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
        vec![
            format!("MOSCOU, {dd} {m} {y} (AFP) - "),
            format!("MOSCOU, {dd} {m} (AFP) - "),
            format!("SÉOUL, {dd} {m} (Yonhap) – "),
            format!("SAINT-DENIS DE LA RÉUNION, {dd} {m} {y} - "),
            format!("PÉKIN, {wd} {dd} {m} (Reuters) - "),
            format!("Mise à jour le {dd} {m} à 8h10\n\n"),
            format!("(Actualisé le {dd} {m} {y})\n\n"),
            format!("Dernière mise à jour : {dd} {m} {y} à 10h05\n\n"),
        ]
    }

    /// Every later head × every relative day × a later day one to three
    /// days after the publication (across a month's and a year's end): the
    /// relative day under the later head counts from the head's day, the
    /// same words in the first dispatch from the publication, and a third
    /// block whose dateline is the publication's day again counts from it.
    #[test]
    fn relative_days_under_a_later_head_count_from_its_day() {
        for published in [d(2024, 6, 19), d(2024, 12, 30), d(2025, 2, 27)] {
            let (pd, pm, py) = (
                published.day(),
                MONTHS[published.month0() as usize],
                published.year(),
            );
            for gap in 1..=3 {
                let later = published + Duration::days(gap);
                for head in heads(later) {
                    for r in relatives() {
                        let page = format!(
                            "Titre\n\nSÉOUL, {pd} {pm} {py} (AFP) - {first}\n\n{PARAGRAPH}\n\n\
                             {head}{second}\n\n{PARAGRAPH}\n\nTOKYO, {pd} {pm} {py} (AFP) - {first}\n",
                            first = r.sentence,
                            second = r.sentence,
                        );
                        let all = run(&page, published);
                        let at_first = (r.from)(published);
                        let at_later = (r.from)(later);
                        assert_eq!(day_of(&all, r.words, 0), Some(at_first), "{page}");
                        assert_eq!(day_of(&all, r.words, 1), Some(at_later), "{page}");
                        assert_eq!(day_of(&all, r.words, 2), Some(at_first), "{page}");
                    }
                }
            }
        }
    }

    /// A past weekday under a later dateline is the last such weekday
    /// before the dateline's day (every weekday but the dateline's own,
    /// counted here with chrono).
    #[test]
    fn a_past_weekday_under_a_later_dateline_counts_from_it() {
        let published = d(2024, 10, 18);
        for gap in 1..=4 {
            let later = published + Duration::days(gap);
            let (dd, m) = (later.day(), MONTHS[later.month0() as usize]);
            for (w, name) in WEEKDAYS.iter().enumerate() {
                if w as u32 == later.weekday().num_days_from_monday() {
                    continue;
                }
                let page = format!(
                    "Titre\n\nSÉOUL, 18 octobre 2024 (AFP) - Le ministre a parlé vendredi à la presse.\n\n\
                     {PARAGRAPH}\n\nMOSCOU, {dd} {m} (AFP) - Le ministre a convoqué {name} l'ambassadeur, a annoncé le ministère.\n"
                );
                let want = (1..=7)
                    .map(|k| later - Duration::days(k))
                    .find(|x| x.weekday().num_days_from_monday() == w as u32);
                assert_eq!(day_of(&run(&page, published), name, 0), want, "{page}");
            }
        }
    }

    /// Controls: a dateline quoted inside a paragraph, a related-links line
    /// with a later date, an update stamp in the page's header above the
    /// story and a later head of an earlier day open no block: the relative
    /// day after them counts from the publication.
    #[test]
    fn quoted_datelines_related_links_and_header_stamps_open_no_block() {
        let published = d(2024, 6, 19);
        for gap in 1..=3 {
            let later = published + Duration::days(gap);
            let earlier = published - Duration::days(gap);
            let (dd, m, y) = (later.day(), MONTHS[later.month0() as usize], later.year());
            let (ed, em) = (earlier.day(), MONTHS[earlier.month0() as usize]);
            for r in relatives() {
                let s = r.sentence;
                let pages = [
                    format!(
                        "Titre\n\n{PARAGRAPH}\n\nLe communiqué commençait ainsi : « MOSCOU, {dd} {m} (AFP) - rien de neuf ». {s}\n"
                    ),
                    format!(
                        "Titre\n\n{PARAGRAPH}\n\nLire aussi : MOSCOU, {dd} {m} {y} - le ministre en visite\n\n{s}\n"
                    ),
                    format!(
                        "Titre\n\nLire aussi - Publié le {dd} {m} {y} : la visite du ministre\n\n{s}\n"
                    ),
                    format!("Titre\n\nMise à jour le {dd} {m} {y} à 8h10\n\n{s}\n\n{PARAGRAPH}\n"),
                    format!("Titre\n\n{PARAGRAPH}\n\nMOSCOU, {ed} {em} (AFP) - {s}\n"),
                ];
                for page in pages {
                    let all = run(&page, published);
                    assert_eq!(
                        day_of(&all, r.words, 0),
                        Some((r.from)(published)),
                        "{page}"
                    );
                }
            }
        }
    }

    /// No publication: no block is anchored (its year-less heads have no
    /// year, and the page's relative days stay unresolved).
    #[test]
    fn no_publication_no_block() {
        let page = format!(
            "Titre\n\n{PARAGRAPH}\n\nMOSCOU, 20 juin 2024 (AFP) - Le ministre a signé hier l'accord.\n"
        );
        let heads = super::heads(
            &page,
            &super::super::select(super::super::rules::candidates(&page)),
        );
        assert_eq!(heads.len(), 1);
        let items = super::super::select(super::super::rules::candidates(&page));
        assert!(super::anchors(&page, |i| &items[i], &heads, None).is_empty());
    }
}
