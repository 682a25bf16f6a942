//! Case and accent folding with a map back to the folded-from text.
//!
//! Matching runs on the folded text so that `Etats-Unis` finds `États-Unis`
//! and `KIM JONG-UN` finds `Kim Jong-un`; hyphens fold to spaces so that
//! `Maison Blanche` finds `Maison-Blanche` and `Kim Jong Un` finds
//! `Kim Jong-un`. Every folded byte maps to the byte of the source
//! character it comes from, so spans go back to the normalized text.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded text and, for each of its bytes, the source byte it comes from
/// (plus one entry for the end).
pub struct Folded {
    pub text: String,
    map: Vec<usize>,
}

impl Folded {
    /// Source byte of folded byte `pos` (the end maps to the source end).
    pub fn source(&self, pos: usize) -> usize {
        self.map
            .get(pos)
            .copied()
            .unwrap_or_else(|| self.map.last().copied().unwrap_or(0))
    }
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        // what the general case gives for ASCII, without the table lookups
        out.push(if c == '-' {
            ' '
        } else {
            c.to_ascii_lowercase()
        });
    } else {
        push_folded_any(c, out);
    }
}

fn push_folded_any(c: char, out: &mut String) {
    match c {
        '-' | '\u{2010}' | '\u{2011}' => out.push(' '),
        '\u{2019}' | '\u{2018}' | '\u{2bc}' => out.push('\''),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        _ => {
            let mut any = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                    any = true;
                }
            });
            if !any {
                // a lone combining mark: keep a placeholder of the same kind
                out.push(' ');
            }
        }
    }
}

/// Fold a text, keeping the map back to its bytes.
pub fn fold(source: &str) -> Folded {
    let mut text = String::with_capacity(source.len());
    let mut map = Vec::with_capacity(source.len() + 1);
    for (i, c) in source.char_indices() {
        let before = text.len();
        push_folded(c, &mut text);
        map.extend(std::iter::repeat_n(i, text.len() - before));
    }
    map.push(source.len());
    Folded { text, map }
}

/// The folded form of a pattern.
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        push_folded(c, &mut out);
    }
    out
}

/// The folded form of one word, hyphens kept (`Porte-Parole` → `porte-parole`).
pub fn fold_word(s: &str) -> String {
    let folded = fold_str(s);
    if folded.contains(' ') {
        folded.replace(' ', "-")
    } else {
        folded
    }
}

/// The folded form ([`fold_word`]) of each word of a text, in one buffer:
/// word `i` is `&words[i]`, with no `String` per word.
#[derive(Debug, Default)]
pub struct FoldedWords {
    text: String,
    /// where each word ends in `text` (it starts where the one before ends)
    ends: Vec<usize>,
}

impl FoldedWords {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> FoldedWords {
        let mut out = FoldedWords::default();
        for w in words {
            let start = out.text.len();
            for c in w.trim().chars() {
                push_folded(c, &mut out.text);
            }
            if out.text[start..].contains(' ') {
                let hyphened = out.text[start..].replace(' ', "-");
                out.text.truncate(start);
                out.text.push_str(&hyphened);
            }
            out.ends.push(out.text.len());
        }
        out
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        Some(&self.text[start..end])
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

impl std::ops::Index<usize> for FoldedWords {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i)
            .unwrap_or_else(|| panic!("word {i} of {}", self.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_hyphens() {
        assert_eq!(fold_str("États-Unis"), "etats unis");
        assert_eq!(fold_str("Kim Jong-Un"), fold_str("Kim Jong Un"));
        assert_eq!(fold_str("Sergueï"), "serguei");
        assert_eq!(fold_str("cœur"), "coeur");
        assert_eq!(fold_word("Porte-Parole"), "porte-parole");
        assert_eq!(fold_word("M."), "m.");
    }

    /// One buffer of folded words reads as one `fold_word` per word: every
    /// character of Latin-1, Latin Extended-A and the typographic
    /// punctuation, alone and in words, with spaces inside and around.
    #[test]
    fn folded_words_read_as_one_fold_per_word() {
        let chars: Vec<char> = (0u32..0x180)
            .chain(0x2010..0x2030)
            .chain([0x0153, 0x0152, 0x00a0, 0x202f, 0x1e9e])
            .filter_map(char::from_u32)
            .collect();
        let mut words: Vec<String> = chars.iter().map(char::to_string).collect();
        words.extend(chars.chunks(7).map(|c| c.iter().collect::<String>()));
        words.extend(
            [
                "",
                " ",
                "Porte-Parole",
                " Kim Jong Un ",
                "M.",
                "l'",
                "Œuvre",
                "ÉTATS  UNIS",
            ]
            .map(String::from),
        );
        let folded = FoldedWords::new(words.iter().map(String::as_str));
        assert_eq!(folded.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(&folded[i], fold_word(w), "{w:?}");
            assert_eq!(folded.get(i), Some(fold_word(w).as_str()));
        }
        assert_eq!(folded.iter().count(), words.len());
        assert_eq!(folded.get(words.len()), None);
        assert!(FoldedWords::new([]).is_empty());
    }

    #[test]
    fn the_ascii_shortcut_folds_as_the_general_case() {
        for c in (0u8..128).map(char::from) {
            let (mut fast, mut any) = (String::new(), String::new());
            push_folded(c, &mut fast);
            push_folded_any(c, &mut any);
            assert_eq!(fast, any, "{c:?}");
        }
    }

    #[test]
    fn maps_back_to_source_bytes() {
        let f = fold("Él œuvre");
        assert_eq!(f.text, "el oeuvre");
        assert_eq!(f.source(0), 0);
        assert_eq!(f.source(3), 4); // 'o' of "oe" comes from 'œ' at byte 4
        assert_eq!(f.source(4), 4);
        assert_eq!(f.source(f.text.len()), "Él œuvre".len());
    }
}
