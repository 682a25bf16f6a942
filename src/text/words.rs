//! The words of a text as `unicode_segmentation`'s `unicode_words` gives
//! them (UAX #29 word boundaries, segments with a letter or a digit), with
//! a fast path for the characters of French text.
//!
//! `unicode_words` looks every character up in the Unicode tables and was
//! about a tenth of a run on the archive mix (the language check, the
//! boilerplate line counts and the fingerprint each segment a document).
//! When every character of a text belongs to a small alphabet whose word
//! break properties are known (ASCII, the Latin letters up to Latin
//! Extended-A and Latin Extended Additional, the apostrophes, the usual
//! punctuation and spaces), the rules that can apply to it are few:
//! letters, digits and `_` or U+202F join (WB5, WB8–WB10, WB13a–b), a letter, `:` `'` `’` `.` `·`
//! and a letter join (WB6–WB7), a digit, `,` `;` `'` `’` `.` and a digit
//! join (WB11–WB12), everything else breaks. Any other character sends the
//! whole text to `unicode_words`. A test compares both on every string of
//! up to four characters of the alphabet and on generated texts.

use unicode_segmentation::UnicodeSegmentation;

/// Word break classes of the fast alphabet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter
    Letter,
    /// Numeric
    Digit,
    /// MidLetter (`:`, `·`)
    MidLetter,
    /// MidNum (`,`, `;`)
    MidNum,
    /// MidNumLet and Single_Quote (`.`, `'`, `‘`, `’`)
    MidNumLetQ,
    /// ExtendNumLet (`_`, the narrow no-break space U+202F)
    ExtendNumLet,
    /// Any other character of the alphabet: always a break on both sides.
    Other,
}

/// The class of `c`, or None when `c` is outside the fast alphabet.
fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        ':' | '\u{b7}' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLetQ,
        '_' | '\u{202f}' => Class::ExtendNumLet,
        ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '!' | '"' | '#' | '$' | '%' | '&' | '(' | ')'
        | '*' | '+' | '-' | '/' | '<' | '=' | '>' | '?' | '@' | '[' | ']' | '|' | '«' | '»'
        | '°' | '©' | '€' | '…' | '–' | '—' | '“' | '”' | '•' | '‹' | '›' => {
            Class::Other
        }
        // Latin-1 letters (not × and ÷), Latin Extended-A, Latin Extended Additional
        '\u{c0}'..='\u{d6}'
        | '\u{d8}'..='\u{f6}'
        | '\u{f8}'..='\u{17f}'
        | '\u{1e00}'..='\u{1eff}' => Class::Letter,
        _ => return None,
    })
}

/// True when the characters of classes `a` and `b` at positions `i - 1`
/// and `i` stay in one word, `before` and `after` being the classes at
/// `i - 2` and `i + 1`.
fn joins(before: Option<Class>, a: Class, b: Class, after: Option<Class>) -> bool {
    use Class::*;
    let mid_letter = |c: Class| matches!(c, MidLetter | MidNumLetQ);
    let mid_num = |c: Class| matches!(c, MidNum | MidNumLetQ);
    match (a, b) {
        (Letter | Digit, Letter | Digit) => true,
        // WB13a and WB13b
        (Letter | Digit | ExtendNumLet, ExtendNumLet) | (ExtendNumLet, Letter | Digit) => true,
        // WB6 and WB12: a letter (digit) before a middle sign and a letter (digit)
        (Letter, m) if mid_letter(m) && after == Some(Letter) => true,
        (Digit, m) if mid_num(m) && after == Some(Digit) => true,
        // WB7 and WB11: a middle sign between letters (digits)
        (m, Letter) if mid_letter(m) && before == Some(Letter) => true,
        (m, Digit) if mid_num(m) && before == Some(Digit) => true,
        _ => false,
    }
}

/// The words of `text`: what `text.unicode_words()` gives, in order.
pub fn words(text: &str) -> Words<'_> {
    if text.chars().all(|c| class(c).is_some()) {
        Words::Fast(Fast { text, pos: 0 })
    } else {
        Words::Slow(text.unicode_words())
    }
}

/// The iterator of [`words`].
pub enum Words<'a> {
    Fast(Fast<'a>),
    Slow(unicode_segmentation::UnicodeWords<'a>),
}

/// The fast path over a text whose every character has a [`class`].
pub struct Fast<'a> {
    text: &'a str,
    /// Byte offset of the next character to read.
    pos: usize,
}

fn class_of(c: Option<char>) -> Option<Class> {
    c.map(|c| class(c).unwrap_or(Class::Other))
}

impl<'a> Iterator for Fast<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            let c = self.text[self.pos..].chars().next()?;
            let start = self.pos;
            let mut end = start + c.len_utf8();
            self.pos = end;
            let first = class_of(Some(c)).unwrap_or(Class::Other);
            // a segment with a letter or a digit starts at one, or at a
            // `_`: one starting with anything else is that character alone
            if !matches!(first, Class::Letter | Class::Digit | Class::ExtendNumLet) {
                continue;
            }
            let mut alphanumeric = first != Class::ExtendNumLet;
            // `before` matters only when `a` is a middle sign, never the first
            let (mut before, mut a) = (None, first);
            let mut rest = self.text[end..].chars();
            while let Some(b) = rest.next() {
                let kb = class_of(Some(b)).unwrap_or(Class::Other);
                let after = class_of(rest.clone().next());
                if !joins(before, a, kb, after) {
                    break;
                }
                end += b.len_utf8();
                alphanumeric |= matches!(kb, Class::Letter | Class::Digit);
                (before, a) = (Some(a), kb);
            }
            self.pos = end;
            if alphanumeric {
                return Some(&self.text[start..end]);
            }
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Fast(f) => f.next(),
            Words::Slow(s) => s.next(),
        }
    }
}

/// Write `word.to_lowercase()` into `out` (cleared first), without a new
/// string: each character's lowercase in order, but for a capital sigma,
/// which `str::to_lowercase` writes as a final `ς` at the end of a word.
pub fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.contains('Σ') {
        out.push_str(&word.to_lowercase());
    } else if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// A lowercase letter without the accent French writes on it (`é` → `e`,
/// `ç` → `c`, `û` → `u`); any other character as it is. The one table of
/// the accent folds that look words up (the date words of duplicate
/// marking, the date lexicon).
pub fn unaccent_french(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The letters French accents, each against its canonical
    /// decomposition's base letter; other letters are left alone.
    #[test]
    fn unaccent_french_is_the_base_letter_of_french_accented_letters() {
        use unicode_normalization::UnicodeNormalization;
        let french = "àâäéèêëîïôöùûüç";
        for c in french.chars() {
            let base = c.to_string().nfd().next().unwrap();
            assert_eq!(unaccent_french(c), base, "{c}");
        }
        for c in "abcxyzñåøœæÀÉ'’ 1".chars() {
            assert_eq!(unaccent_french(c), c, "{c}");
        }
    }

    #[test]
    fn lowercase_into_is_to_lowercase() {
        let mut out = String::from("left over");
        let words = crate::test_data::CASE_SAMPLES;
        for w in words {
            lowercase_into(w, &mut out);
            assert_eq!(out, w.to_lowercase(), "{w:?}");
        }
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            for w in [c.to_string(), format!("A{c}b"), format!("{c}{c} x")] {
                lowercase_into(&w, &mut out);
                assert_eq!(out, w.to_lowercase(), "{w:?}");
            }
        }
    }

    fn both(text: &str) {
        let fast: Vec<&str> = words(text).collect();
        let slow: Vec<&str> = text.unicode_words().collect();
        assert_eq!(fast, slow, "{text:?}");
    }

    /// One or two characters of each class, and characters outside the
    /// alphabet (which take the slow path, tested here too).
    const ALPHABET: &[char] = &[
        'a', 'Z', 'é', 'Œ', 'ß', 'ŏ', 'ế', '7', '0', ':', '·', ',', ';', '.', '\'', '’', '‘', ' ',
        '\n', '-', '«', '…', '\u{a0}', '_', '\u{202f}', '\u{301}', '²',
    ];

    #[test]
    fn every_short_string_segments_as_unicode_words() {
        let n = ALPHABET.len();
        let mut s = String::new();
        for len in 1..=4u32 {
            for mut code in 0..n.pow(len) {
                s.clear();
                for _ in 0..len {
                    s.push(ALPHABET[code % n]);
                    code /= n;
                }
                both(&s);
            }
        }
    }

    #[test]
    fn every_character_of_the_alphabet_has_its_unicode_class() {
        // each character of the fast alphabet between letters, between
        // digits, alone, and after and before a letter and a digit
        let all: Vec<char> = (0..=0x1effu32)
            .chain([
                0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026,
            ])
            .chain([0x2039, 0x203a, 0x202f, 0x20ac])
            .filter_map(char::from_u32)
            .filter(|&c| class(c).is_some())
            .collect();
        assert!(all.len() > 500, "{}", all.len());
        for c in all {
            for ctx in [
                "a{}b", "1{}2", "{}", "a{}", "{}a", "1{}", "{}1", "a{}1", "1{}a", "{}{}",
            ] {
                both(&ctx.replace("{}", &c.to_string()));
            }
        }
    }

    #[test]
    fn generated_texts_segment_as_unicode_words() {
        let pieces = [
            "l'",
            "L’",
            "d’",
            "aujourd'hui",
            "Kim",
            "Jong-un",
            "-",
            "États-Unis",
            "3,5",
            "1.000",
            "12:30",
            "G20",
            " ",
            "\n",
            ",",
            ".",
            "…",
            "«",
            "»",
            "’",
            "'",
            "Пхеньян",
            "e\u{301}",
            "x",
            "M.",
            "porte-parole",
            "U.S.A.",
            "www.lemonde.fr",
            "a_b",
            "Hŏ",
            "œuvre",
            "10 %",
            "15°C",
            "©",
            "·",
            "\u{a0}",
            "–",
            "’s",
            "3.",
            ".5",
        ];
        let mut next = crate::test_data::xorshift(0x9e37_79b9_7f4a_7c15u64);
        for _ in 0..20_000 {
            let len = (next() % 16) as usize;
            let text: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            both(&text);
        }
        both(include_str!("../../corpus/000_3556c82baabcb37e.txt"));
        both("");
    }

    /// Every text file of the repository's fixtures and seed corpus.
    #[test]
    fn the_fixtures_segment_as_unicode_words() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("tests/fixtures"), root.join("corpus")];
        let (mut files, mut fast) = (0, 0);
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    files += 1;
                    fast += usize::from(matches!(words(&text), Words::Fast(_)));
                    both(&text);
                    for line in text.lines() {
                        both(line);
                    }
                }
            }
        }
        assert!(files > 50 && fast > 10, "{files} files, {fast} fast");
    }

    #[test]
    fn french_text_takes_the_fast_path() {
        assert!(matches!(
            words("L’armée a tiré 3,5 obus à 12:30, « près de Séoul »… – c'est tout."),
            Words::Fast(_)
        ));
        assert!(matches!(words("Пхеньян"), Words::Slow(_)));
    }
}
