//! Words and punctuation of the normalized text, for the pattern rules.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub kind: Kind,
    /// True when whitespace (or nothing) separates it from the previous token.
    pub space_before: bool,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }
    /// First letter uppercase and at least one lowercase letter (`Kozlov`, `Pyong-chol`).
    pub fn is_capitalized(&self) -> bool {
        let mut chars = self.text.chars();
        chars.next().is_some_and(|c| c.is_uppercase())
            && self.text.chars().any(|c| c.is_lowercase())
    }
    /// Only uppercase letters and digits, with a letter (`AFP`, `G20`, `NK`).
    pub fn is_acronym(&self) -> bool {
        self.text.chars().any(|c| c.is_uppercase())
            && self
                .text
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit())
    }
}

/// True when the apostrophe at byte `at` of `text` is the one of the
/// Breton trigraph `c'h` inside a word begun at `start` (`Le Gac'h`,
/// `Penc'hoat`, `Carlac'h`): a `c` that is not the whole word before it,
/// then an `h`. French elides `c'` only before a vowel (`c'est`), never
/// before an `h`, and a one-letter `c'` stays an elision.
pub fn breton_apostrophe(text: &str, start: usize, at: usize) -> bool {
    let before = &text[start..at];
    before.chars().nth(1).is_some()
        && before.ends_with(['c', 'C'])
        && text[at + 1..].starts_with(['h', 'H'])
}

/// Split a text into words (letters, digits, inner hyphens, the apostrophe
/// of a Breton `c'h`; an elided `l'`/`d'` is a word of its own with its
/// apostrophe) and punctuation.
pub fn tokenize<'a>(text: &'a str) -> Vec<Token<'a>> {
    let mut start: Option<usize> = None;
    let mut space_before = true;
    let mut pending_space = true;
    // about one token per six bytes of French text
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let push = |out: &mut Vec<Token<'a>>, s: usize, e: usize, kind: Kind, sp: bool| {
        out.push(Token {
            text: &text[s..e],
            span: Span::new(s, e),
            kind,
            space_before: sp,
        })
    };
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_hyphen =
            c == '-' && start.is_some() && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_hyphen {
            if start.is_none() {
                start = Some(i);
                space_before = pending_space;
            }
            continue;
        }
        if c == '\'' && start.is_some_and(|s| breton_apostrophe(text, s, i)) {
            continue;
        }
        if let Some(s) = start.take() {
            if c == '\'' {
                push(&mut out, s, i + 1, Kind::Word, space_before);
                pending_space = false;
                continue;
            }
            push(&mut out, s, i, Kind::Word, space_before);
            pending_space = false;
        }
        if c.is_whitespace() {
            pending_space = true;
        } else {
            push(&mut out, i, i + c.len_utf8(), Kind::Punct, pending_space);
            pending_space = false;
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len(), Kind::Word, space_before);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    /// The tokenizer as it was before it read its characters one by one
    /// (it collected them into a vector first): the reference.
    fn tokenize_reference<'a>(text: &'a str) -> Vec<Token<'a>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut space_before = true;
        let mut pending_space = true;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let push = |out: &mut Vec<Token<'a>>, s: usize, e: usize, kind: Kind, sp: bool| {
            out.push(Token {
                text: &text[s..e],
                span: Span::new(s, e),
                kind,
                space_before: sp,
            })
        };
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next = chars.get(k + 1).map(|&(_, n)| n);
            let inner_hyphen =
                c == '-' && start.is_some() && next.is_some_and(|n| n.is_alphanumeric());
            if c.is_alphanumeric() || inner_hyphen {
                if start.is_none() {
                    start = Some(i);
                    space_before = pending_space;
                }
                continue;
            }
            if c == '\'' && start.is_some_and(|s| breton_apostrophe(text, s, i)) {
                continue;
            }
            if let Some(s) = start.take() {
                if c == '\'' {
                    push(&mut out, s, i + 1, Kind::Word, space_before);
                    pending_space = false;
                    continue;
                }
                push(&mut out, s, i, Kind::Word, space_before);
                pending_space = false;
            }
            if c.is_whitespace() {
                pending_space = true;
            } else {
                push(&mut out, i, i + c.len_utf8(), Kind::Punct, pending_space);
                pending_space = false;
            }
        }
        if let Some(s) = start {
            push(&mut out, s, text.len(), Kind::Word, space_before);
        }
        out
    }

    type Parts<'a> = Vec<(&'a str, Span, Kind, bool)>;

    fn parts<'a>(tokens: &[Token<'a>]) -> Parts<'a> {
        tokens
            .iter()
            .map(|t| (t.text, t.span, t.kind, t.space_before))
            .collect()
    }

    /// Strings drawn from pieces that exercise every branch: letters with
    /// and without accents, both apostrophes, hyphens inside and at the
    /// ends of words, digits, uppercase, spaces and line breaks,
    /// punctuation, non-Latin scripts, combining marks.
    fn generated_texts(n: usize) -> Vec<String> {
        let pieces = [
            "l'",
            "L’",
            "d'",
            "aujourd'hui",
            "Kim",
            "Jong-un",
            "-",
            "--",
            "- ",
            " -",
            "État",
            "états-unis",
            "ÉTÉ",
            "œuvre",
            "Œ",
            "ß",
            "2024",
            "3,5",
            "1.000",
            "G20",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\t",
            ",",
            ".",
            "…",
            "«",
            "»",
            "(",
            ")",
            "’",
            "'",
            "Пхеньян",
            "平壤",
            "e\u{301}",
            "\u{301}",
            "x",
            "M.",
            "Mme",
            "porte-parole",
            "a-",
            "-b",
            "’s",
            "\u{a0}",
            "–",
            "—",
            "é",
            "À",
        ];
        let mut next = crate::test_data::xorshift(0x2545_f491_4f6c_dd1du64);
        (0..n)
            .map(|_| {
                let len = (next() % 12) as usize;
                (0..len)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn tokenize_agrees_with_the_reference() {
        let texts = generated_texts(20_000);
        assert!(texts.iter().any(|t| t.contains("-b")));
        for t in &texts {
            assert_eq!(parts(&tokenize(t)), parts(&tokenize_reference(t)), "{t:?}");
        }
        let fixture = include_str!("../../corpus/000_3556c82baabcb37e.txt");
        assert_eq!(
            parts(&tokenize(fixture)),
            parts(&tokenize_reference(fixture))
        );
    }

    #[test]
    fn splits_words_elisions_and_punctuation() {
        let t: Vec<&str> = tokenize("l'Environnement, Alexandre Kozlov. M. Ri Pyong-chol")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "l'",
                "Environnement",
                ",",
                "Alexandre",
                "Kozlov",
                ".",
                "M",
                ".",
                "Ri",
                "Pyong-chol"
            ]
        );
    }

    /// Every Breton surname in `c'h` (a syllable before it, a syllable
    /// after it or none) with both apostrophes is one word; controls: the
    /// elisions `c'`, `l'`, `d'`, `qu'` before a word in `h` or a vowel
    /// stay words of their own.
    #[test]
    fn a_breton_c_h_is_inside_its_word() {
        for before in ["Gac", "Bec", "Penc", "Carlac", "Kerc", "LEC", "Guivarc"] {
            for after in ["h", "hoat", "hoz", "hlan"] {
                for apostrophe in ['\'', '’'] {
                    let word = format!("{before}{apostrophe}{after}");
                    let text = normalize(&format!("M. Le {word}, maire."));
                    let t: Vec<&str> = tokenize(&text.normalized).iter().map(|t| t.text).collect();
                    let want = format!("{before}'{after}");
                    assert_eq!(t, ["M", ".", "Le", want.as_str(), ",", "maire", "."]);
                }
            }
        }
        for elision in ["c'", "C'", "l'", "d'", "qu'", "L'"] {
            for next in ["hier", "haut", "est", "Hugo"] {
                let text = format!("{elision}{next}");
                let t: Vec<&str> = tokenize(&text).iter().map(|t| t.text).collect();
                assert_eq!(t, [elision, next], "{text}");
            }
        }
    }

    #[test]
    fn knows_capitalized_words_and_acronyms() {
        let t = tokenize("Kozlov AFP G20 ministre PHOTO");
        assert!(t[0].is_capitalized() && !t[0].is_acronym());
        assert!(t[1].is_acronym() && t[2].is_acronym());
        assert!(!t[3].is_capitalized() && !t[4].is_capitalized());
    }
}
