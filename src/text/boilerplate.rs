//! Which lines of a scraped page are the story, and which are site furniture.
//!
//! Named rules, in order:
//! 1. `front_matter`: a `---` block at the top of the file;
//! 2. the data rules of `data/boilerplate.toml` (advertisement, cookie_banner,
//!    newsletter, paywall, comment_form, copyright, prev_next, read_also,
//!    share, navigation, byline, weather), matched against whole short
//!    lines; a weather line takes the place-name line after it (`23.9 C` /
//!    `Alger`); an agency credit (`(Rédaction de Séoul ; version
//!    française Y, édité par Z)`) is kept as a paragraph of its own: it
//!    names the authors;
//! 3. date lines: the first one near the top is the header date (kept
//!    as a candidate, not a sentence), the others are removed (`date_line`);
//! 4. captions (a line ending with a photo credit) are kept and marked;
//! 5. zones: the story runs from the first to the last body line (a line of
//!    12+ words ending with sentence punctuation, or 30+ words). Before it,
//!    the first line of 4+ words that is not a menu is the title and short
//!    lines without sentence punctuation are `header_furniture`; after it,
//!    lines of at most 15 words without sentence punctuation are
//!    `footer_furniture`. Inside the story, short lines are headings and
//!    are kept as paragraphs of their own. A ranked result after the story
//!    (`1. Tadej Pogacar (UAE Team Emirates) en 4 h 12 min`, `3. X à 40
//!    s`, `5. Y m.t.`) is a results box, not furniture: kept as a heading.

use super::captions::is_caption;
use super::dates::date_line;
use super::rules::Rules;
use crate::model::Span;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// A body line has at least this many words, sentence punctuation or not;
/// no rule here tells longer lines apart, so words are counted up to it.
const BODY_WORDS: usize = 30;

/// The words of a line (Unicode words, as [`super::segment::word_count`]
/// counts them), counted up to [`BODY_WORDS`]: every test on a line's
/// words is against a number no greater, so a sum of such counts gives
/// the same answers as the full count, and a paragraph is not read to its
/// end (the count was 4 % of a run on the archive mix).
fn words_upto_body(line: &str) -> usize {
    super::words::words(line).take(BODY_WORDS).count()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Story text (a paragraph, or part of one).
    Body,
    /// A short line inside the story: a heading, its own paragraph.
    Heading,
    Title,
    Caption,
    /// A note of references (`[3] Déclaration de Moscou, 4 août 2001`):
    /// kept for its names, marked because it cites and tells nothing.
    Note,
    HeaderDate(NaiveDate),
    Removed(&'static str),
}

#[derive(Debug, Clone)]
pub struct Line {
    /// Byte span in the text given to `classify` (no `\n`).
    pub span: Span,
    /// A blank line comes before this one.
    pub after_blank: bool,
    pub kind: Kind,
    /// The line's words, counted up to [`BODY_WORDS`] (more are not told
    /// apart).
    pub words: usize,
    pub terminal: bool,
}

/// Sentence punctuation at the end of a line (closing quotes and brackets skipped).
pub fn ends_terminal(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', ')', ']', '\'', '*'])
        .ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A line of a results box: a rank (`1.`, `2)`, `3e`), a capitalised name,
/// then a time, a gap or points (`en 4 h 12 min 33 s`, `à 40 s`, `m.t.`,
/// `même temps`, `12 pts`). Site furniture is not ranked with times.
fn result_line(line: &str) -> bool {
    static RESULT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*\d{1,3}(\.|\)|e|er)\s+\p{Lu}.*(\b\d+\s?(h|min|s|pts?|points?)\b|\bm\.\s?t\.|\bmême temps\b)",
        )
        .expect("a valid pattern")
    });
    RESULT.is_match(line)
}

/// A navigation menu: four or more words, each capitalized or a separator.
fn menu_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 4
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphanumeric())
        })
        && !line.contains(',')
}

/// A line numbered as a note (`1. Kommersant, 21 juillet 2000.`, `2)
/// …`, `[2] …`): a note when it follows a heading of notes.
fn numbered_note(line: &str) -> bool {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\s*[.)])\s*\S").expect("numbered note regex")
    });
    NUMBERED.is_match(line)
}

fn rule_name(name: &str) -> &'static str {
    // data rule names are few; keep them as static strings for the records
    const KNOWN: [&str; 17] = [
        "advertisement",
        "cookie_banner",
        "newsletter",
        "paywall",
        "comment_form",
        "copyright",
        "prev_next",
        "read_also",
        "share",
        "navigation",
        "author_line",
        "byline",
        "weather",
        "reference_note",
        "notes_heading",
        "boilerplate",
        "signature_line",
    ];
    KNOWN
        .iter()
        .find(|k| **k == name)
        .copied()
        .unwrap_or("boilerplate")
}

/// Split `text` into lines and classify them. `body_start` is where the
/// text begins after a front matter block (lines before it are removed).
pub fn classify(text: &str, body_start: usize, rules: &Rules) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut offset = 0;
    let mut after_blank = false;
    for raw in text.split('\n') {
        let span = Span::new(offset, offset + raw.len());
        offset += raw.len() + 1;
        if raw.trim().is_empty() {
            after_blank = true;
            continue;
        }
        let kind = if span.start < body_start {
            Kind::Removed("front_matter")
        } else {
            Kind::Body
        };
        // a hard-wrapped line goes on: one logical line
        if let Some(prev) = lines.last_mut()
            && !after_blank
            && prev.kind == Kind::Body
            && kind == Kind::Body
            && !prev.terminal
            && prev.words >= 4
            && raw
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            prev.span.end = span.end;
            prev.words += words_upto_body(raw);
            prev.terminal = ends_terminal(raw);
            continue;
        }
        lines.push(Line {
            span,
            after_blank,
            kind,
            words: words_upto_body(raw),
            terminal: ends_terminal(raw),
        });
        after_blank = false;
    }

    // 2. data rules, 3. date lines, 4. captions
    let mut i = 0;
    let mut author_lines = Vec::new();
    while i < lines.len() {
        if lines[i].kind != Kind::Body {
            i += 1;
            continue;
        }
        let line = &text[lines[i].span.start..lines[i].span.end];
        if let Some(date) = date_line(line, rules) {
            lines[i].kind = Kind::HeaderDate(date);
        } else if let Some(name) = rules.line_rule(line) {
            let name = rule_name(name);
            if name == "navigation" && is_caption(line) {
                // a photo credit (`Photo : X / AP`) looks like a breadcrumb
                // but is a caption: its agency is an organisation mention
                lines[i].kind = Kind::Caption;
                i += 1;
                continue;
            }
            if name == "reference_note" {
                lines[i].kind = Kind::Note;
                i += 1;
                continue;
            }
            if name == "signature_line" {
                // removes nothing: the zones below keep it after the story
                i += 1;
                continue;
            }
            if name == "notes_heading" {
                // the heading stays (a heading of the story zone); the
                // numbered lines right after it are its notes
                i += 1;
                while let Some(next) = lines.get_mut(i) {
                    let line = &text[next.span.start..next.span.end];
                    if next.kind != Kind::Body || !numbered_note(line) {
                        break;
                    }
                    next.kind = Kind::Note;
                    i += 1;
                }
                continue;
            }
            if name == "byline" || name == "author_line" {
                // an agency credit names the article's authors: kept, on its
                // own (a lone `Par X` line only on a clean page: below)
                lines[i].kind = Kind::Heading;
                if name == "author_line" {
                    author_lines.push(i);
                }
                i += 1;
                continue;
            }
            lines[i].kind = Kind::Removed(name);
            if name == "weather"
                && let Some(next) = lines.get_mut(i + 1)
            {
                let place = &text[next.span.start..next.span.end];
                if next.kind == Kind::Body
                    && next.words <= 3
                    && place.chars().next().is_some_and(char::is_uppercase)
                    && place
                        .chars()
                        .all(|c| c.is_alphabetic() || " -'".contains(c))
                {
                    next.kind = Kind::Removed("weather");
                    i += 1;
                }
            }
        } else if is_caption(line) {
            lines[i].kind = Kind::Caption;
        }
        i += 1;
    }

    // A lone `Par X` line names the author of a clean article page; on a
    // scraped page, one with the site's widgets (share buttons, cookie
    // banner, newsletter, paywall, comments, read-also links, ads), it sits
    // among the header's furniture and goes with it.
    const WIDGETS: [&str; 8] = [
        "share",
        "cookie_banner",
        "newsletter",
        "paywall",
        "comment_form",
        "read_also",
        "advertisement",
        "prev_next",
    ];
    let scraped = lines
        .iter()
        .any(|l| matches!(l.kind, Kind::Removed(r) if WIDGETS.contains(&r)));
    if scraped {
        for &k in &author_lines {
            lines[k].kind = Kind::Removed("navigation");
        }
    }

    // 5. zones
    let is_body =
        |l: &Line| l.kind == Kind::Body && ((l.words >= 12 && l.terminal) || l.words >= BODY_WORDS);
    let first = lines.iter().position(is_body);
    let last = lines.iter().rposition(is_body);
    let (first, last) = match (first, last) {
        (Some(f), Some(l)) => (f, l),
        _ => {
            // no clear story: keep everything, the first short line is the title
            if let Some(l) = lines.iter_mut().find(|l| l.kind == Kind::Body) {
                if !l.terminal && l.words <= 20 {
                    l.kind = Kind::Title;
                }
            }
            mark_extra_dates(&mut lines, usize::MAX);
            return lines;
        }
    };
    let mut title_found = false;
    for l in &mut lines[..first] {
        if l.kind != Kind::Body {
            continue;
        }
        let line = &text[l.span.start..l.span.end];
        if !title_found && l.words >= 4 && !menu_like(line) {
            l.kind = Kind::Title;
            title_found = true;
        } else if !l.terminal && l.words <= 6 {
            l.kind = Kind::Removed("header_furniture");
        } else {
            l.kind = Kind::Heading;
        }
    }
    for l in &mut lines[first..=last] {
        if l.kind == Kind::Body && !l.terminal && l.words < 12 {
            l.kind = Kind::Heading;
        }
    }
    for (k, l) in lines[last + 1..].iter_mut().enumerate() {
        let line = &text[l.span.start..l.span.end];
        let colon = line.trim_end().ends_with(':');
        if l.kind == Kind::Body
            && k == 0
            && !scraped
            && rules.line_rule(line).map(rule_name) == Some("signature_line")
        {
            // the reporter's signature right under the story: kept
            l.kind = Kind::Heading;
        } else if l.kind == Kind::Body && result_line(line) {
            l.kind = Kind::Heading;
        } else if l.kind == Kind::Body && (!l.terminal || colon) && l.words <= 15 {
            l.kind = Kind::Removed("footer_furniture");
        }
    }
    mark_extra_dates(&mut lines, first);
    lines
}

/// Lines from the top within which a date line is the page's date.
const HEADER_LINES: usize = 15;

/// Keep the first date line near the top (before the story or in its first
/// lines) as the header date; other date lines are removed.
fn mark_extra_dates(lines: &mut [Line], first_body: usize) {
    let mut kept = false;
    for (i, l) in lines.iter_mut().enumerate() {
        if let Kind::HeaderDate(_) = l.kind {
            if kept || i > first_body.max(HEADER_LINES) {
                l.kind = Kind::Removed("date_line");
            }
            kept = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        classify(text, 0, Rules::builtin())
            .into_iter()
            .map(|l| (text[l.span.start..l.span.end].to_string(), l.kind))
            .collect()
    }

    fn rule_of(text: &str, line: &str) -> Option<Kind> {
        kinds(text)
            .into_iter()
            .find(|(l, _)| l == line)
            .map(|(_, k)| k)
    }

    const STORY: &str = "Le dirigeant nord-coréen est arrivé mardi en Russie, a confirmé le Kremlin dans un communiqué publié dans la matinée.";
    const STORY2: &str = "Les deux dirigeants devraient discuter de la coopération militaire entre leurs pays, selon des responsables américains.";

    fn page(header: &str, middle: &str, footer: &str) -> String {
        format!("{header}\n\n{STORY}\n\n{middle}\n\n{STORY2}\n\n{footer}")
    }

    /// A line opening on a note's number in brackets is a note of
    /// references, anywhere; after a heading of notes, lines numbered `1.`
    /// or `2)` are notes too. Every heading × every numbering × several
    /// notes. Controls: the same numbered lines with no heading (ranked
    /// results, numbered paragraphs) and a bracket inside a sentence are
    /// no notes.
    #[test]
    fn notes_of_references_are_kept_and_marked() {
        let notes = [
            "Agence KCNA, dépêche du 10 février 2000.",
            "Déclaration de Moscou, 4 août 2001 ; voir aussi Konstantin Poulikovski, L'Express de l'Orient, Moscou, 2002.",
            "Message de Volodymyr Zelensky sur Telegram, 11 janvier 2025.",
        ];
        let headings = [
            "Notes",
            "Notes :",
            "Références",
            "Notes et références",
            "Sources",
            "Bibliographie",
        ];
        let numberings = [
            |n: usize| format!("{n}."),
            |n: usize| format!("{n})"),
            |n: usize| format!("[{n}]"),
        ];
        for numbering in numberings {
            let list = notes
                .iter()
                .enumerate()
                .map(|(i, n)| format!("{} {n}", numbering(i + 1)))
                .collect::<Vec<_>>();
            for heading in headings {
                let text = page("", &format!("{heading}\n\n{}", list.join("\n")), "");
                for line in &list {
                    assert_eq!(rule_of(&text, line), Some(Kind::Note), "{text}");
                }
                assert_eq!(rule_of(&text, STORY), Some(Kind::Body), "{text}");
            }
            // no heading: only the bracketed numbers are notes
            let text = page("", &list.join("\n"), "");
            for line in &list {
                let bracketed = line.starts_with('[');
                assert_eq!(
                    rule_of(&text, line) == Some(Kind::Note),
                    bracketed,
                    "{line} in {text}"
                );
            }
        }
        let inline = "La Russie a signé un traité avec Pyongyang en juin [1], selon des sources officielles citées par la presse.";
        let text = page("", inline, "");
        assert_eq!(rule_of(&text, inline), Some(Kind::Body), "{text}");
    }

    /// A wire's dateline without a date on its own line under the title
    /// (`Berlin, correspondance (AFP)`) is kept, and its places and
    /// agencies are mentions: every layout × places of one and two words ×
    /// one and two agencies. Control: a title holding a lowercase word
    /// before the agency stays the title.
    #[test]
    fn a_dateline_without_a_date_is_kept_with_its_places_and_agencies() {
        let layouts = [
            "{p} ({a})",
            "{p}, correspondance ({a})",
            "{p}, envoyée spéciale ({a})",
            "{p}, Pékin ({a})",
            "{P} ({a})",
        ];
        let places = [
            ("Berlin", "berlin"),
            ("Tokyo", "tokyo"),
            ("Le Caire", "le-caire"),
        ];
        let agencies = [
            ("AFP", vec!["afp"]),
            ("Reuters", vec!["reuters"]),
            ("AFP, Reuters", vec!["afp", "reuters"]),
        ];
        for layout in layouts {
            for (place, id) in places {
                for (agency, agency_ids) in &agencies {
                    let line = layout
                        .replace("{p}", place)
                        .replace("{P}", &place.to_uppercase())
                        .replace("{a}", agency);
                    let t = page("Allemagne : le Parlement adopte la réforme", "", "");
                    let t = t.replacen("\n\n", &format!("\n\n{line}\n\n"), 1);
                    assert_eq!(rule_of(&t, &line), Some(Kind::Heading), "{t}");
                    let text = crate::text::normalize(&t);
                    let found = crate::entities::extract(&text, crate::test_data::matcher());
                    for want in agency_ids.iter().copied().chain([id]) {
                        assert!(
                            found.iter().any(|e| e.entity_id == want),
                            "{line}: {want} in {found:#?}"
                        );
                    }
                }
            }
        }
        let title = "Kim arrive à Moscou (AFP)";
        let t = page(title, "", "");
        assert_eq!(rule_of(&t, title), Some(Kind::Title), "{t}");
    }

    /// An agency credit closing a dispatch is kept (on its own line) and
    /// its names become authors: every credit layout × three name pairs.
    /// A short unlabelled line after the story is still footer furniture.
    #[test]
    fn an_agency_credit_is_kept_and_names_its_authors() {
        let layouts = [
            "(Reportage {1}, édité par {2})",
            "(Version française {1}, édité par {2})",
            "(Texte {1}, édité par {2})",
            "(Traduction {1}, édité par {2})",
            "(Rédaction de Séoul ; version française {1}, édité par {2})",
            "(Reportage {1}, avec la rédaction de Moscou ; version française {2})",
        ];
        let names = [
            ("Lucie Bertrand", "Henri Lacombe"),
            ("Kim Ha-neul", "Pierre Vasseur"),
            ("Claire Dumont", "Antoine Morel"),
        ];
        for layout in layouts {
            for (first, second) in names {
                let credit = layout.replace("{1}", first).replace("{2}", second);
                let t = page("", "", &credit);
                assert_eq!(rule_of(&t, &credit), Some(Kind::Heading), "{credit}");
                let text = crate::text::normalize(&t);
                let found = crate::entities::extract(&text, crate::test_data::matcher());
                for name in [first, second] {
                    assert!(
                        found.iter().any(|e| e.name == name
                            && e.entity_type == crate::model::EntityType::Person
                            && e.role.is_some()),
                        "{credit}: {name} in {found:#?}"
                    );
                }
            }
        }
        let t = page("", "", "Lire aussi la suite");
        assert_eq!(
            rule_of(&t, "Lire aussi la suite"),
            Some(Kind::Removed("read_also"))
        );
        let t = page("", "", "Fin de la dépêche");
        assert_eq!(
            rule_of(&t, "Fin de la dépêche"),
            Some(Kind::Removed("footer_furniture"))
        );
    }

    /// A `Par X` line alone in the header of a clean page names its author
    /// (kept, the name a person with the role `author`): every name shape ×
    /// every header layout. The same line on a page with a widget of the
    /// site (share buttons, cookie banner, read-also link…) is furniture;
    /// a sentence opening on `Par` is kept as story.
    #[test]
    fn a_lone_byline_names_the_author_of_a_clean_page() {
        let names = [
            "Clémentine Aubrac",
            "Jean-Luc Le Goff",
            "Mathis Lafforgue",
            "Kim Ha-neul",
            "Anne-Sophie de Lacoste",
        ];
        let layouts = [
            "Un titre assez long pour être le titre\n\n{line}",
            "Un titre assez long pour être le titre\n\n{line}\n\nPublié le 04 novembre 2025 à 13h05",
            "Un titre assez long pour être le titre\n\n{line}\nLe 2 décembre 2025",
        ];
        let widgets = [
            "Partager sur Facebook",
            "Paramétrer mes choix",
            "À lire aussi",
            "Inscrivez-vous à notre newsletter",
        ];
        for name in names {
            for credit in [format!("Par {name}"), format!("Par {name}, avec AFP")] {
                for layout in layouts {
                    let header = layout.replace("{line}", &credit);
                    let t = page(&header, "", "");
                    assert_eq!(rule_of(&t, &credit), Some(Kind::Heading), "{t}");
                    let text = crate::text::normalize(&t);
                    let found = crate::entities::extract(&text, crate::test_data::matcher());
                    assert!(
                        found.iter().any(|e| e.surface == name
                            && e.entity_type == crate::model::EntityType::Person
                            && e.role.is_some()),
                        "{t}: {name} in {found:#?}"
                    );
                    for widget in widgets {
                        let t = page(&header, widget, "");
                        assert_eq!(
                            rule_of(&t, &credit),
                            Some(Kind::Removed("navigation")),
                            "{t}"
                        );
                    }
                }
            }
        }
        let sentence = "Par ailleurs, la commune a voté le budget.";
        let t = page("Un titre assez long pour être le titre", sentence, "");
        assert_eq!(rule_of(&t, sentence), Some(Kind::Body));
    }

    #[test]
    fn header_furniture_and_title() {
        let t = page(
            "Rechercher\nEurope\n\nKim Jong-un est arrivé en Russie pour rencontrer Poutine",
            "Une rencontre sous haute tension",
            "",
        );
        let k = kinds(&t);
        assert_eq!(k[0].1, Kind::Removed("navigation"));
        assert_eq!(k[1].1, Kind::Removed("header_furniture"));
        assert_eq!(k[2].1, Kind::Title);
        assert_eq!(
            rule_of(&t, "Une rencontre sous haute tension"),
            Some(Kind::Heading)
        );
    }

    #[test]
    fn menus_are_not_titles() {
        let t = page(
            "Politique International Économie Société Culture Sport\nLa Russie accueille Kim Jong-un à Vladivostok",
            "",
            "",
        );
        let k = kinds(&t);
        assert_eq!(k[1].1, Kind::Title);
        assert_ne!(k[0].1, Kind::Title);
    }

    #[test]
    fn footer_furniture_is_removed_but_not_sentences() {
        let t = page(
            "",
            "",
            "Articles similaires\nCorée du Nord Russie Kim Jong-un\nKim Jong-un, une visite très attendue\nL'auteur est correspondant à Séoul.",
        );
        assert_eq!(
            rule_of(&t, "Articles similaires"),
            Some(Kind::Removed("navigation"))
        );
        assert_eq!(
            rule_of(&t, "Corée du Nord Russie Kim Jong-un"),
            Some(Kind::Removed("footer_furniture"))
        );
        assert_eq!(
            rule_of(&t, "Kim Jong-un, une visite très attendue"),
            Some(Kind::Removed("footer_furniture"))
        );
    }

    /// A results box after the story is kept: every rank form × names and
    /// teams × every kind of result (a time, a gap, the same time, points).
    /// Controls: numbered links and tags after the story (no result), a
    /// result without a rank, a rank before a lowercase word.
    #[test]
    fn a_results_box_after_the_story_is_kept() {
        let ranks = ["1.", "2)", "3e", "1er", "12."];
        let names = [
            "Tadej Pogacar (UAE Team Emirates)",
            "Lenny Martinez (Groupama-FDJ)",
            "Élise Chabbey (Suisse)",
            "Oscar Piastri (McLaren)",
        ];
        let results = [
            "en 4 h 12 min 33 s",
            "à 12 s",
            "à 1 min 55 s",
            "m.t.",
            "même temps",
            "25 pts",
            "18 points",
        ];
        for rank in ranks {
            for name in names {
                for result in results {
                    let line = format!("{rank} {name} {result}");
                    let t = page("", "", &format!("Classement\n{line}\n{line}"));
                    assert_eq!(rule_of(&t, &line), Some(Kind::Heading), "{line}");
                }
            }
        }
        for control in [
            "1. Kim Jong-un, une visite très attendue",
            "2. Corée du Nord Russie Kim Jong-un",
            "Tadej Pogacar (UAE Team Emirates) en 4 h 12 min 33 s",
            "3. les 10 s les plus drôles",
        ] {
            let t = page("", "", &format!("Articles\n{control}"));
            assert_eq!(
                rule_of(&t, control),
                Some(Kind::Removed("footer_furniture")),
                "{control}"
            );
        }
    }

    #[test]
    fn weather_takes_the_place_line() {
        let t = page("23.9 C\nAlger\nsamedi 25 mai 2024", "", "");
        let k = kinds(&t);
        assert_eq!(k[0].1, Kind::Removed("weather"));
        assert_eq!(k[1].1, Kind::Removed("weather"));
        assert_eq!(
            k[2].1,
            Kind::HeaderDate(NaiveDate::from_ymd_opt(2024, 5, 25).unwrap())
        );
        // a number in a sentence is not weather
        assert_eq!(kinds("Il fait 23.9 C à Alger.")[0].1, Kind::Body);
    }

    #[test]
    fn second_date_lines_are_removed() {
        let t = page(
            "Publié le 12/09/2023 à 10h30\nMis à jour le 12/09/2023 à 11h00",
            "",
            "",
        );
        let k = kinds(&t);
        assert!(matches!(k[0].1, Kind::HeaderDate(_)));
        assert_eq!(k[1].1, Kind::Removed("date_line"));
    }

    #[test]
    fn ends_terminal_sees_through_quotes() {
        assert!(ends_terminal("a dit \"oui.\""));
        assert!(ends_terminal("Il a déclaré :"));
        assert!(!ends_terminal("Liens entre Moscou et Pyongyang"));
    }

    /// A reporter's signature right under the story (names with and
    /// without particles, one hyphenated first name × nothing or where it
    /// was written) is kept as a heading on a clean page and read as an
    /// author; the same line after another footer line, or on a page with
    /// a site widget, is footer furniture. A byline with the reporter's
    /// function (`Par notre correspondante X`) is kept as an author line.
    #[test]
    fn a_signature_under_the_story_is_kept_on_a_clean_page() {
        for name in [
            "Claire Varennat",
            "Yann-Erwan Le Goff",
            "Rémi van der Hoeven",
        ] {
            for tail in ["", ", à Villeurbanne", ", avec AFP"] {
                let sig = format!("{name}{tail}");
                let t = page("", "", &sig);
                assert_eq!(rule_of(&t, &sig), Some(Kind::Heading), "{t}");
                let text = crate::text::normalize(&t);
                let found = crate::entities::extract(&text, crate::test_data::matcher());
                assert!(
                    found.iter().any(|e| e.surface == name
                        && e.entity_type == crate::model::EntityType::Person
                        && e.role.is_some()),
                    "{t}: {name} in {found:#?}"
                );
                let t = page(
                    "",
                    "",
                    &format!("Articles récents sur le même sujet\n{sig}"),
                );
                assert_eq!(
                    rule_of(&t, &sig),
                    Some(Kind::Removed("footer_furniture")),
                    "{t}"
                );
                let t = page("Partager sur Facebook", "", &sig);
                assert_ne!(rule_of(&t, &sig), Some(Kind::Heading), "{t}");
            }
        }
        for role in [
            "notre correspondante",
            "notre envoyé spécial",
            "nos envoyés spéciaux",
        ] {
            let line = format!("Par {role} Claire Varennat");
            let t = page("", "", &line);
            assert_eq!(rule_of(&t, &line), Some(Kind::Heading), "{t}");
        }
    }
}
