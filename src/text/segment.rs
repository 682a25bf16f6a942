//! Sentence segmentation for French news text.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or `...` (with the closing quotes and
//! brackets after them) followed by a space and a capital, a digit, an
//! opening quote or bracket or a dash. It does not end after a title (`M.`,
//! `Mme`, `Dr`), an initial (`Vladimir V. Poutine`), a known abbreviation
//! (`av. J.-C.`, `cf.`), inside a bracketed ellipsis `(…)`, or before a
//! lowercase word. Numbers (`23.9`, `1.500`) never contain a boundary since
//! their period is not followed by a space. Words are counted with
//! unicode-segmentation's word boundaries.

use super::rules::Rules;
use crate::model::Span;

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | ')' | ']' | '\'' | '»' | '”')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '(' | '[' | '–' | '-' | '«' | '“' | '¿' | '¡')
}

/// True when the period at byte `dot` of `text` closes an abbreviation.
fn abbreviation_before(text: &str, dot: usize, rules: &Rules) -> bool {
    let head = &text[..dot];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-' || *c == '.' || *c == '°'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[start..];
    if word.is_empty() {
        return false;
    }
    let last = word.rsplit(['.', '-']).next().unwrap_or(word);
    let mut chars = last.chars();
    let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if single_upper {
        // an initial (`V. Poutine`, `J.-C.`), unless a unit after a number (`23.9 C.`)
        let before = head[..start].trim_end();
        // (a number that ends its clause, `En 2023, M. Kim`, measures nothing)
        let number = before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            w.ends_with(|c: char| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        });
        return !number;
    }
    let lower = word.to_lowercase();
    (rules.titles.contains(word) || rules.titles.contains(last))
        || (lower != "etc" && rules.abbreviations.contains(lower.as_str()))
}

/// Sentence spans (trimmed, absolute) of `text[span]`.
pub fn sentences(text: &str, span: Span, rules: &Rules) -> Vec<Span> {
    let body = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = body.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = iter.next() {
        if !is_terminal(c) {
            prev = Some(c);
            continue;
        }
        let bracketed = matches!(prev, Some('(') | Some('['));
        let mut end = i + c.len_utf8();
        let mut single_period = c == '.';
        while let Some(&(j, n)) = iter.peek() {
            if is_terminal(n) {
                single_period = false;
                end = j + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        while let Some(&(j, n)) = iter.peek() {
            if is_closing(n) {
                end = j + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        prev = body[..end].chars().next_back();
        let rest = &body[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue; // no space after: `23.9`, `www.x.fr`, `?!»,`
        }
        let boundary = match trimmed.chars().next() {
            None => true,
            Some(n) => {
                starts_sentence(n)
                    && !bracketed
                    && !(single_period && abbreviation_before(body, i, rules))
            }
        };
        if boundary {
            push(&mut out, body, start, end, span.start);
            start = end;
        }
    }
    push(&mut out, body, start, body.len(), span.start);
    out
}

fn push(out: &mut Vec<Span>, body: &str, start: usize, end: usize, base: usize) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let len = piece.trim().len();
    if len > 0 {
        out.push(Span::new(base + start + lead, base + start + lead + len));
    }
}

/// Number of words (unicode-segmentation word boundaries, alphanumeric).
pub fn word_count(text: &str) -> usize {
    super::words::words(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s, Span::new(0, s.len()), Rules::builtin())
            .into_iter()
            .map(|sp| &s[sp.start..sp.end])
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends() {
        assert_eq!(
            split("Il est venu. Elle est partie! Et toi? 3 jours."),
            ["Il est venu.", "Elle est partie!", "Et toi?", "3 jours."]
        );
        assert_eq!(
            split("Il a dit \"non.\" Puis il est parti."),
            ["Il a dit \"non.\"", "Puis il est parti."]
        );
        assert_eq!(
            split("Attendez... Rien. Enfin… Si."),
            ["Attendez...", "Rien.", "Enfin…", "Si."]
        );
    }

    #[test]
    fn a_title_after_a_number_that_ends_a_clause_does_not_end_a_sentence() {
        for title in ["M.", "MM.", "Mme", "Dr."] {
            for number in ["2023", "12", "1961"] {
                let text = format!("En {number}, {title} Kim est venu. Il est reparti.");
                assert_eq!(split(&text).len(), 2, "{text}: {:?}", split(&text));
            }
        }
        // a unit after a measure still ends one
        assert_eq!(split("Il fait 23.9 C. Demain aussi.").len(), 2);
    }

    #[test]
    fn titles_initials_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("M. Kim et Mme Choe sont là. Dr. Who aussi."),
            ["M. Kim et Mme Choe sont là.", "Dr. Who aussi."]
        );
        assert_eq!(
            split("le président Vladimir V. Poutine et Dmitri S. Peskov."),
            ["le président Vladimir V. Poutine et Dmitri S. Peskov."]
        );
        assert_eq!(
            split("en 300 av. J.-C. Rome était là."),
            ["en 300 av. J.-C. Rome était là."]
        );
        assert_eq!(
            split("Il fait 23.9 C. Sur 1.500 km."),
            ["Il fait 23.9 C.", "Sur 1.500 km."]
        );
    }

    #[test]
    fn ellipses_in_brackets_and_lowercase_followers_do_not_split() {
        assert_eq!(
            split("l'invitation de (…) Poutine, a dit l'agence."),
            ["l'invitation de (…) Poutine, a dit l'agence."]
        );
        assert_eq!(
            split("a-t-il ajouté. selon Tass."),
            ["a-t-il ajouté. selon Tass."]
        );
        assert_eq!(
            split("« Où ? », demande-t-il."),
            ["« Où ? », demande-t-il."]
        );
        assert_eq!(
            split("voir www.lemonde.fr. Merci."),
            ["voir www.lemonde.fr.", "Merci."]
        );
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("Kim Jong-un est arrivé, l'agence dit."), 7);
    }
}
