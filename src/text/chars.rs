//! Character normalization: Unicode NFC, one apostrophe, one quote mark, one
//! dash, plain spaces, no invisible chars, folded whitespace, `\n` line ends.
//!
//! Choices (see docs/inputs.md):
//! - apostrophes `’ ‘ ʼ ´ `` ′` → `'`;
//! - quotes `« » “ ” „ ‟ ″` → `"`, and the spaces just inside `« … »` and
//!   `“ … ”` are dropped: `« non »` → `"non"`;
//! - dash punctuation `‒ – — ― ⸺ ⸻` → `–` (en dash), hyphens `‐ ‑` and the
//!   minus sign `−` → `-`;
//! - every space (tab, no-break, narrow no-break, thin, ideographic…) → ` `,
//!   runs folded to one, none at line ends; CR and CRLF → `\n`; at most one
//!   blank line in a row;
//! - soft hyphen, zero-width chars, bidi marks, BOM and control chars removed;
//! - typographic ligatures `ﬁ ﬂ ﬀ ﬃ ﬄ` spelled out.

use super::offsets::Mapped;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use unicode_segmentation::UnicodeSegmentation;

/// What one char becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharClass {
    Keep(char),
    Replace(char),
    Expand(&'static str),
    Space,
    Newline,
    Remove,
    OpenQuote,
    CloseQuote,
}

pub fn classify(c: char) -> CharClass {
    use CharClass::*;
    match c {
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Newline,
        ' '
        | '\t'
        | '\u{A0}'
        | '\u{202F}'
        | '\u{2000}'..='\u{200A}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{1680}' => Space,
        '\u{AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{202A}'..='\u{202E}'
        | '\u{FEFF}'
        | '\u{180E}' => Remove,
        '’' | '‘' | 'ʼ' | '´' | '`' | '′' | '‛' => Replace('\''),
        '«' | '“' => OpenQuote,
        '»' | '”' => CloseQuote,
        '„' | '‟' | '″' => Replace('"'),
        '\u{2010}' | '\u{2011}' | '\u{2212}' => Replace('-'),
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2E3A}' | '\u{2E3B}' => Replace('–'),
        'ﬀ' => Expand("ff"),
        'ﬁ' => Expand("fi"),
        'ﬂ' => Expand("fl"),
        'ﬃ' => Expand("ffi"),
        'ﬄ' => Expand("ffl"),
        'ﬅ' | 'ﬆ' => Expand("st"),
        c if c.is_control() => Remove,
        c => Keep(c),
    }
}

/// Builds the normalized text char by char, folding whitespace.
struct Folder {
    out: Mapped,
    /// Original offset of a space waiting to be written before the next char.
    pending_space: Option<usize>,
    /// Just after an opening quote: spaces are dropped.
    after_open: bool,
    newlines: usize,
    prev_cr: bool,
}

impl Folder {
    fn char(&mut self, c: char, first: usize, last: usize) {
        if let Some(pos) = self.pending_space.take()
            && !self.out.text.is_empty()
            && self.newlines == 0
            && !self.after_open
        {
            self.out.push(' ', pos, pos);
        }
        self.out.push(c, first, last);
        self.newlines = 0;
        self.after_open = false;
    }

    fn feed(&mut self, c: char, first: usize, last: usize) {
        let cr = c == '\r';
        let crlf = c == '\n' && self.prev_cr;
        self.prev_cr = cr;
        if crlf {
            return;
        }
        match classify(c) {
            CharClass::Keep(k) | CharClass::Replace(k) => self.char(k, first, last),
            CharClass::Expand(s) => {
                for k in s.chars() {
                    self.char(k, first, last);
                }
            }
            CharClass::Space => {
                if self.pending_space.is_none() {
                    self.pending_space = Some(first);
                }
            }
            CharClass::Newline => {
                self.pending_space = None;
                self.after_open = false;
                if !self.out.text.is_empty() && self.newlines < 2 {
                    self.out.push('\n', first, last);
                    self.newlines += 1;
                }
            }
            CharClass::Remove => {}
            CharClass::OpenQuote => {
                self.char('"', first, last);
                self.after_open = true;
            }
            CharClass::CloseQuote => {
                self.pending_space = None;
                self.char('"', first, last);
            }
        }
    }
}

/// Normalize the characters of `original`, with the map back to it.
pub fn normalize_chars(original: &str) -> Mapped {
    let mut f = Folder {
        out: Mapped::with_capacity(original.len()),
        pending_space: None,
        after_open: false,
        newlines: 0,
        prev_cr: false,
    };
    if is_nfc_quick(original.chars()) == IsNormalized::Yes {
        for (i, c) in original.char_indices() {
            f.feed(c, i, i);
        }
    } else {
        for (i, g) in original.grapheme_indices(true) {
            let mut chars = g.char_indices();
            match (chars.next(), chars.next()) {
                (Some((_, c)), None) => f.feed(c, i, i),
                _ => {
                    let last = i + g.char_indices().next_back().map_or(0, |(j, _)| j);
                    for c in g.nfc() {
                        f.feed(c, i, last);
                    }
                }
            }
        }
    }
    // no trailing newline or space
    while f.out.last_char() == Some('\n') {
        f.out.pop();
    }
    f.out.finish(original.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize_chars(s).text
    }

    #[test]
    fn apostrophes_become_ascii() {
        assert_eq!(n("l’Inde lʼami l‘eau"), "l'Inde l'ami l'eau");
        assert_eq!(n("l'Inde"), "l'Inde");
    }

    #[test]
    fn guillemets_lose_their_inner_spaces() {
        assert_eq!(
            n("un «\u{a0}échange\u{a0}» et “visite”"),
            "un \"échange\" et \"visite\""
        );
        assert_eq!(n("« non »,"), "\"non\",");
        // a plain ASCII quote is left alone
        assert_eq!(n("dit \" oui \""), "dit \" oui \"");
    }

    #[test]
    fn spaces_are_folded_and_trimmed() {
        assert_eq!(n("a\u{a0}\u{202f} b\t\tc  \n  d"), "a b c\nd");
        assert_eq!(n("a\n\n\n\n\nb"), "a\n\nb");
        assert_eq!(n("\n\n  a  \n\n"), "a");
        assert_eq!(n("ab"), "ab");
    }

    #[test]
    fn line_ends_become_newlines() {
        assert_eq!(n("a\r\nb\rc\nd"), "a\nb\nc\nd");
        let m = normalize_chars("a\r\nb");
        assert_eq!(m.map, vec![0, 1, 3, 4]);
    }

    #[test]
    fn invisible_chars_are_removed() {
        assert_eq!(n("inter\u{ad}national\u{200b}e\u{feff}"), "internationale");
        assert_eq!(n("a\u{0}b"), "ab");
    }

    #[test]
    fn dashes_are_unified() {
        assert_eq!(n("a — b – c ‑ d −3"), "a – b – c - d -3");
        assert_eq!(n("Kim Jong-un"), "Kim Jong-un");
    }

    #[test]
    fn nfc_composes_and_maps_whole_units() {
        let m = normalize_chars("Core\u{301}e");
        assert_eq!(m.text, "Corée");
        // é (2 bytes) comes from `e` at 3 and the accent at 4
        assert_eq!(&m.map[3..5], &[3, 4]);
        assert_eq!(n("ﬁn"), "fin");
    }
}
