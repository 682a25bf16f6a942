//! Offset bookkeeping: a string being built with, for every byte, the byte of
//! the original text it comes from, and a constant-time byte → character
//! conversion for the original.
//!
//! Convention for `map`: the FIRST byte of an output char maps to the start
//! of the original unit it comes from; its other bytes map to the start of
//! the LAST original char of that unit. So a span's original range is
//! `map[start] .. map[end - 1] + len(original char at map[end - 1])`, which
//! covers a whole unit even when several original chars became one
//! (`e` + combining acute → `é`, `\r\n` → `\n`). Inserted chars (a space
//! between glued words) map to the next original char.

/// A string with its map back to the original text.
#[derive(Debug, Clone, Default)]
pub struct Mapped {
    pub text: String,
    pub map: Vec<u32>,
}

impl Mapped {
    pub fn with_capacity(n: usize) -> Self {
        Mapped {
            text: String::with_capacity(n),
            map: Vec::with_capacity(n + 1),
        }
    }

    /// Push a char coming from the original unit `[first, ..]` whose last char starts at `last`.
    pub fn push(&mut self, c: char, first: usize, last: usize) {
        let len = c.len_utf8();
        self.text.push(c);
        self.map.push(first as u32);
        for _ in 1..len {
            self.map.push(last as u32);
        }
    }

    /// Copy `src.text[range]` with its map.
    pub fn push_from(&mut self, src: &Mapped, start: usize, end: usize) {
        self.text.push_str(&src.text[start..end]);
        self.map.extend_from_slice(&src.map[start..end]);
    }

    /// Remove the last char (a pending space dropped before a newline).
    pub fn pop(&mut self) -> Option<char> {
        let c = self.text.pop()?;
        let n = self.map.len() - c.len_utf8();
        self.map.truncate(n);
        Some(c)
    }

    pub fn last_char(&self) -> Option<char> {
        self.text.chars().next_back()
    }

    /// Close the map with the end of the original.
    pub fn finish(mut self, original_len: usize) -> Mapped {
        self.map.truncate(self.text.len());
        self.map.push(original_len as u32);
        self
    }

    /// Original byte of byte `pos` (clamped; `len` maps to the original end).
    pub fn origin(&self, pos: usize) -> usize {
        let pos = pos.min(self.map.len().saturating_sub(1));
        self.map.get(pos).copied().unwrap_or(0) as usize
    }
}

/// Byte → character offsets of one text in O(1): the number of chars before
/// every 64-byte block, then a count of the UTF-8 lead bytes inside the block.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    blocks: Vec<u32>,
}

const BLOCK: usize = 64;

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count() as u32;
        }
        blocks.push(count);
        CharIndex { blocks }
    }

    /// Number of chars of `text` before byte `pos` (the text given to `new`).
    pub fn chars_before(&self, text: &str, pos: usize) -> usize {
        let pos = pos.min(text.len());
        let block = pos / BLOCK;
        let base = self.blocks.get(block).copied().unwrap_or(0) as usize;
        let from = block * BLOCK;
        base + text.as_bytes()[from..pos]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The start of the char containing byte `pos` of `text`.
pub fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut p = pos.min(text.len());
    while p > 0 && !text.is_char_boundary(p) {
        p -= 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_chars_before_any_byte() {
        let text = "é".repeat(100) + "abc" + &"’".repeat(50);
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.chars_before(&text, byte), chars);
        }
        assert_eq!(index.chars_before(&text, text.len()), text.chars().count());
    }

    #[test]
    fn multi_byte_chars_map_first_and_last() {
        let mut m = Mapped::default();
        m.push('é', 3, 4);
        assert_eq!(m.map, vec![3, 4]);
        m.pop();
        assert!(m.map.is_empty());
    }

    #[test]
    fn floor_boundary_backs_up_to_a_char_start() {
        assert_eq!(floor_boundary("aé", 2), 1);
        assert_eq!(floor_boundary("aé", 9), 3);
    }
}
