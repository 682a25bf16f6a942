//! Glued-word repair: scraped pages lose the space between two words when
//! a tag boundary disappears (`2000lorsqu'il`, `forumM. Poutine`,
//! `énergie.portant`, `Moscou.Lors`). A space is inserted where a general
//! rule says two words touch; it maps to the next original char.
//!
//! Rules, each a function of the chars around one position:
//! - `digit_word`: digits then a lowercase word that is not a unit or an
//!   ordinal (`2000lorsqu'il`, but `5km`, `1er`, `3e`, `12bis` stay);
//! - `word_digit`: a month or function word glued to a number (`juillet2000`);
//! - `lower_upper`: a lowercase word glued to a title (`forumM.`) or to a
//!   capitalized function word (`dimancheLe`), never inside brand names
//!   (`iPhone`, `McDonald`, `YouTube`, `PlayStation`);
//! - `dot_word`: a period between two words (`énergie.portant`,
//!   `Moscou.Lors`), never in initials (`V.`, `U.S.`), numbers (`23.9`,
//!   `1.500`), file names or domains (`rapport.pdf`, `lemonde.fr`);
//! - `punct_word`: a comma, semicolon, `!` or `?` glued to the next word.
//!
//! URLs, e-mail addresses and domain names are never touched.

use super::offsets::Mapped;
use super::rules::Rules;

/// One inserted space: where (byte in the input) and by which rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fix {
    pub at: usize,
    pub rule: &'static str,
}

fn word_after(text: &str, p: usize) -> (&str, Option<char>) {
    let rest = &text[p..];
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (&rest[..end], rest[end..].chars().next())
}

fn word_before(text: &str, p: usize) -> (&str, Option<char>) {
    let head = &text[..p];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (&head[start..], head[..start].chars().next_back())
}

fn is_lower_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(char::is_lowercase)
}

fn is_titlecase(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && chars.all(char::is_lowercase)
}

/// Length in chars of the lowercase tail of a word (`forum` in `ForumM`).
fn lower_tail(w: &str) -> usize {
    w.chars().rev().take_while(|c| c.is_lowercase()).count()
}

fn title_follows(rules: &Rules, w: &str, next: Option<char>) -> bool {
    rules.titles.contains(w) && matches!(next, Some('.') | Some(' '))
}

fn digit_word(text: &str, p: usize, rules: &Rules) -> bool {
    let head = &text[..p];
    let digits_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(0, |(i, c)| i + c.len_utf8());
    if head[..digits_start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ',')
    {
        return false;
    }
    let (w, next) = word_after(text, p);
    if !is_lower_word(w) || next.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    !rules.units.contains(w) && (w.chars().count() >= 3 || rules.stopwords.contains(w))
}

fn word_digit(text: &str, p: usize, rules: &Rules) -> bool {
    let (w, before) = word_before(text, p);
    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-') || !is_lower_word(w) {
        return false;
    }
    rules.month(w).is_some() || (w.chars().count() >= 2 && rules.stopwords.contains(w))
}

fn lower_upper(text: &str, p: usize, rules: &Rules) -> bool {
    let (left, _) = word_before(text, p);
    if lower_tail(left) < 2 {
        return false;
    }
    let (right, next) = word_after(text, p);
    if title_follows(rules, right, next) {
        return true;
    }
    is_titlecase(right)
        && !next.is_some_and(|c| c.is_alphanumeric())
        && rules.stopwords.contains(&right.to_lowercase())
}

fn dot_word(text: &str, p: usize, rules: &Rules) -> bool {
    let dot = p - 1;
    let (left, _) = word_before(text, dot);
    let (right, next) = word_after(text, p);
    if lower_tail(left) < 1 || left.chars().count() < 2 || right.is_empty() {
        return false;
    }
    if rules.extensions.contains(&right.to_lowercase()) {
        return false;
    }
    let first_upper = right.chars().next().is_some_and(char::is_uppercase);
    if first_upper {
        is_titlecase(right) || title_follows(rules, right, next)
    } else {
        left.chars().count() >= 3 && right.chars().count() >= 3 && is_lower_word(right)
    }
}

fn punct_word(text: &str, p: usize) -> bool {
    let (left, _) = word_before(text, p - 1);
    let (right, _) = word_after(text, p);
    left.chars().count() >= 2 && right.chars().count() >= 3
}

/// The whitespace-delimited token around byte `p` (at most 256 bytes each side).
fn token_around(text: &str, p: usize) -> &str {
    let lo = super::offsets::floor_boundary(text, p.saturating_sub(256));
    let hi = super::offsets::floor_boundary(text, (p + 256).min(text.len()));
    let start = text[lo..p]
        .rfind(char::is_whitespace)
        .map_or(lo, |i| lo + i + 1);
    let end = text[p..hi].find(char::is_whitespace).map_or(hi, |i| p + i);
    &text[start..end]
}

/// True when the token around `p` is a URL, an e-mail address or a domain name.
fn protected(text: &str, p: usize, rules: &Rules) -> bool {
    let token = token_around(text, p);
    (token.contains("://") || token.contains("www.") || token.contains('@') || token.contains('.'))
        && rules.protected.is_match(token)
}

/// Where spaces go in `text`, in order.
pub fn find(text: &str, rules: &Rules) -> Vec<Fix> {
    let mut fixes = Vec::new();
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    for (p, c) in text.char_indices() {
        let (b, a) = (prev, prev2);
        prev2 = prev;
        prev = Some(c);
        let Some(b) = b else { continue };
        let candidate = (b.is_ascii_digit() && c.is_lowercase())
            || (b.is_lowercase() && (c.is_ascii_digit() || c.is_uppercase()))
            || (matches!(b, '.' | ',' | ';' | '!' | '?')
                && c.is_alphabetic()
                && a.is_some_and(char::is_alphabetic));
        if !candidate {
            continue;
        }
        let rule = if b.is_ascii_digit() {
            digit_word(text, p, rules).then_some("digit_word")
        } else if c.is_ascii_digit() {
            word_digit(text, p, rules).then_some("word_digit")
        } else if b == '.' {
            dot_word(text, p, rules).then_some("dot_word")
        } else if b.is_lowercase() {
            lower_upper(text, p, rules).then_some("lower_upper")
        } else {
            punct_word(text, p).then_some("punct_word")
        };
        if let Some(rule) = rule
            && !protected(text, p, rules)
        {
            fixes.push(Fix { at: p, rule });
        }
    }
    fixes
}

/// Insert the spaces of `fixes` into `input`.
pub fn apply(input: &Mapped, fixes: &[Fix]) -> Mapped {
    if fixes.is_empty() {
        return input.clone();
    }
    let mut out = Mapped::with_capacity(input.text.len() + fixes.len());
    let mut from = 0;
    for fix in fixes {
        out.push_from(input, from, fix.at);
        let origin = input.origin(fix.at);
        out.push(' ', origin, origin);
        from = fix.at;
    }
    out.push_from(input, from, input.text.len());
    out.map.push(input.map.last().copied().unwrap_or(0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repair(s: &str) -> String {
        let rules = Rules::builtin();
        let m = super::super::chars::normalize_chars(s);
        apply(&m, &find(&m.text, rules)).text
    }

    fn unchanged(s: &str) {
        assert_eq!(repair(s), s, "should be left alone");
    }

    #[test]
    fn digit_word_splits_years_from_words() {
        assert_eq!(
            repair("en juillet 2000lorsqu'il a rencontré"),
            "en juillet 2000 lorsqu'il a rencontré"
        );
        assert_eq!(repair("en 2019les deux"), "en 2019 les deux");
        assert_eq!(repair("depuis 3mois"), "depuis 3 mois");
        for ok in [
            "le 1er mai",
            "le 3e jour",
            "au 12bis rue",
            "5km à pied",
            "une 2nde fois",
            "le 4ème",
            "H5N1",
            "mp3",
            "id 3fa85f64",
            "G20",
            "10h30",
        ] {
            unchanged(ok);
        }
    }

    #[test]
    fn word_digit_splits_months_and_function_words() {
        assert_eq!(repair("en juillet2000 à"), "en juillet 2000 à");
        assert_eq!(repair("depuis2019 déjà"), "depuis 2019 déjà");
        for ok in ["le covid19 tue", "la Kia Ceed2", "un mp3", "les g7"] {
            unchanged(ok);
        }
    }

    #[test]
    fn lower_upper_splits_titles_and_function_words() {
        assert_eq!(
            repair("sur le forumM. Poutine a dit"),
            "sur le forum M. Poutine a dit"
        );
        assert_eq!(
            repair("arrivé dimancheLe président"),
            "arrivé dimanche Le président"
        );
        assert_eq!(
            repair("selon le ministreMme Dupont"),
            "selon le ministre Mme Dupont"
        );
        for ok in [
            "un iPhone neuf",
            "chez McDonald",
            "sur YouTube et LinkedIn",
            "la PlayStation",
            "Kim Jong-un",
            "MacDonald",
            "TotalEnergies",
            "eBay",
            "LeBron James",
            "OpenAI",
        ] {
            unchanged(ok);
        }
    }

    #[test]
    fn dot_word_splits_sentences_not_initials_or_numbers() {
        assert_eq!(
            repair("de nourriture et d'énergie.portant la coopération"),
            "de nourriture et d'énergie. portant la coopération"
        );
        assert_eq!(
            repair("entre Pyongyang et Moscou.Lors de sa visite"),
            "entre Pyongyang et Moscou. Lors de sa visite"
        );
        assert_eq!(repair("à Moscou.M. Kim"), "à Moscou. M. Kim");
        for ok in [
            "Vladimir V. Poutine",
            "Dmitri S. Peskov",
            "il fait 23.9 C",
            "sur 1.500 km",
            "voir www.lemonde.fr ou https://www.ouest-france.fr/monde.html",
            "écrire à redaction.web@lefigaro.fr",
            "le site francetvinfo.fr",
            "le rapport.pdf",
            "aux U.S.A.",
            "en 300 av. J.-C. déjà",
            "la Kim Jong-un (…) Poutine",
            "e.g. ou i.e.",
            "Node.js et ASP.NET",
            "M. Kim",
        ] {
            unchanged(ok);
        }
    }

    #[test]
    fn punct_word_splits_after_commas() {
        assert_eq!(
            repair("Moscou,Pyongyang et Pékin"),
            "Moscou, Pyongyang et Pékin"
        );
        assert_eq!(repair("vraiment?Oui"), "vraiment? Oui");
        for ok in [
            "1,5 million",
            "a,b",
            "Tl;dr",
            "https://x.fr/?q=a,b;c",
            "Yahoo! News",
        ] {
            unchanged(ok);
        }
    }

    #[test]
    fn inserted_spaces_map_to_the_next_char() {
        let rules = Rules::builtin();
        let m = super::super::chars::normalize_chars("2000lorsqu");
        let out = apply(&m, &find(&m.text, rules));
        assert_eq!(out.text, "2000 lorsqu");
        assert_eq!(out.map[4], 4);
        assert_eq!(out.map[5], 4);
        assert_eq!(out.map.len(), out.text.len() + 1);
    }
}
