//! Hashes of two kinds. A fast hasher for the word sets looked up for
//! every token (entity rules, tense cues): the FxHash of rustc (multiply and
//! rotate, eight bytes at a time). Not resistant to collision attacks, which
//! does not matter for sets built from the lexicons; iteration order is
//! never relied on. And FNV-1a ([`Fnv`]), for hashes that are written out
//! (extract digests, ids of unreadable lines) and so must not change
//! between builds and platforms, as std's hasher may.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher; build sets and maps with [`WordSet`] and [`WordMap`].
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // the length keeps `a` and `a\0` apart
            self.add(u64::from_le_bytes(last) ^ (rest.len() as u64) << 56);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A set of words with the fast hasher.
pub type WordSet = HashSet<String, FxBuild>;
/// A map from words with the fast hasher.
pub type WordMap<V> = HashMap<String, V, FxBuild>;

/// FNV-1a, 64 bits: stable across builds and platforms, unlike std's hasher.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.add(bytes);
    h.0
}

/// The FNV-1a hash of `bytes` as 16 hex digits.
pub fn hex(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a(bytes))
}

/// FNV-1a over whatever is written to it (a value serialized straight
/// into the hash, without a string). `Fnv::default()` is the empty hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fnv(pub u64);

/// The FNV-1a offset basis: the hash of no bytes.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(FNV_OFFSET)
    }
}

impl Fnv {
    fn add(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    }
}

impl std::io::Write for Fnv {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.add(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn sets_find_their_words_and_hashes_differ() {
        let words = ["il", "elle", "ils", "M", "porte-parole", "", "a\0", "a"];
        let set: WordSet = words.iter().map(|w| w.to_string()).collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        assert!(!set.contains("elles"));
        let h = |s: &str| FxBuild::default().hash_one(s);
        assert_eq!(h("ministre"), h("ministre"));
        assert_ne!(h("a"), h("a\0"));
        assert_ne!(h("ab"), h("ba"));
        assert_ne!(h("porte-parole"), h("porte-paroles"));
        let mut m: WordMap<usize> = WordMap::default();
        m.insert("chef".into(), 1);
        assert_eq!(m.get("chef"), Some(&1));
    }

    #[test]
    fn fnv_is_the_published_fnv1a() {
        // test vectors of the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/)
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hex(b"foobar"), "85944171f73967e8");
        let mut h = Fnv::default();
        std::io::Write::write_all(&mut h, b"foo").unwrap();
        std::io::Write::write_all(&mut h, b"bar").unwrap();
        assert_eq!(h.0, fnv1a(b"foobar"));
    }
}
