//! Repeated text inside one document, and a fingerprint to find the same
//! story across documents.
//!
//! A page often prints a paragraph twice (a lead repeated at the end, a
//! caption doubled, a teaser cut with `...`). Later copies are dropped so
//! one fact is counted once: a sentence whose letters and digits (case
//! folded) equal an earlier sentence's, or — when it ends with `...`/`…` —
//! begin one. Short sentences (under 24 letters) may repeat legitimately and
//! are kept.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

const MIN_KEY: usize = 24;
const MIN_PREFIX: usize = 16;
const MAX_PREFIX_CHECKS: usize = 4096;

/// Letters and digits of `s`, lowercased: what two copies share. An ASCII
/// character is tested and lowercased as ASCII (the same answers as
/// `char::is_alphanumeric` and `char::to_lowercase` give it, without the
/// Unicode tables); any other character as before.
pub fn key(s: &str) -> String {
    let mut k = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                k.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            k.extend(c.to_lowercase());
        }
    }
    k
}

fn truncated(s: &str) -> Option<&str> {
    let t = s.trim_end_matches(['"', ')', ' ']);
    t.strip_suffix("...").or_else(|| t.strip_suffix('…'))
}

fn hash(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// For each sentence, `Some(i)` when it repeats sentence `i` (an earlier one).
pub fn repeated(sentences: &[&str]) -> Vec<Option<usize>> {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    let mut keys: Vec<String> = Vec::with_capacity(sentences.len());
    let mut out = Vec::with_capacity(sentences.len());
    let mut checks = 0;
    for (i, s) in sentences.iter().enumerate() {
        let k = key(s);
        let mut found = None;
        let long = k.chars().count() >= MIN_KEY;
        if long {
            let h = hash(&k);
            match seen.get(&h) {
                Some(&j) if keys[j] == k => found = Some(j),
                Some(_) => {}
                None => {
                    seen.insert(h, i);
                }
            }
        }
        if let (None, Some(cut)) = (found, truncated(s))
            && k.chars().count() >= MIN_PREFIX
        {
            let short = key(cut);
            for (j, earlier) in keys.iter().enumerate() {
                checks += 1;
                if checks > MAX_PREFIX_CHECKS {
                    break;
                }
                if out.get(j).copied().flatten().is_none() && earlier.starts_with(&short) {
                    found = Some(j);
                    break;
                }
            }
        }
        keys.push(k);
        out.push(found);
    }
    out
}

const SHINGLE: usize = 4;
const HASHES: usize = 16;

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn fnv(s: &str, seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `fnv(&word.to_lowercase(), 0)` without the lowercase string: the bytes
/// of each character's lowercase, in order. `str::to_lowercase` differs
/// from that only for a capital sigma (final `ς` at the end of a word),
/// which takes the string.
fn lowercase_fnv(word: &str) -> u64 {
    if word.contains('Σ') {
        return fnv(&word.to_lowercase(), 0);
    }
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut add = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    let mut buf = [0u8; 4];
    for c in word.chars() {
        if c.is_ascii() {
            add(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                l.encode_utf8(&mut buf).bytes().for_each(&mut add);
            }
        }
    }
    h
}

/// A MinHash signature (16 × 32 bits, hex) of the word 4-shingles of a text;
/// `None` for texts under 8 words. Two texts with Jaccard similarity `J`
/// agree on about `16 J` of the 16 values.
pub fn fingerprint(text: &str) -> Option<String> {
    // each word hashed once (it is in up to four shingles), lowercased
    // without a string of its own
    let words: Vec<u64> = super::words::words(text).map(lowercase_fnv).collect();
    if words.len() < 2 * SHINGLE {
        return None;
    }
    let mut mins = [u64::MAX; HASHES];
    for w in words.windows(SHINGLE) {
        let mut h = 0u64;
        for &word in w {
            h = mix(h ^ word);
        }
        for (i, m) in mins.iter_mut().enumerate() {
            let v = mix(h ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
            if v < *m {
                *m = v;
            }
        }
    }
    Some(mins.iter().map(|m| format!("{:08x}", m >> 32)).collect())
}

/// Share of equal MinHash values of two fingerprints (an estimate of the
/// Jaccard similarity of their shingles), 0 when they cannot be compared.
pub fn similarity(a: &str, b: &str) -> f32 {
    if a.len() != b.len() || a.len() != HASHES * 8 {
        return 0.0;
    }
    let same = (0..HASHES)
        .filter(|i| a.get(i * 8..i * 8 + 8) == b.get(i * 8..i * 8 + 8))
        .count();
    same as f32 / HASHES as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// The key as it was read before the ASCII path: every character
    /// through the Unicode tables.
    fn key_by_tables(s: &str) -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }

    /// Every character of the Basic Multilingual Plane and the first
    /// supplementary one, alone and between ASCII letters, digits and
    /// spaces, and words mixing them: the ASCII path keys as the tables do.
    #[test]
    fn keys_of_ascii_are_the_keys_of_the_tables() {
        let mut n = 0;
        for (c, s) in crate::test_chars::every_char_in_surroundings() {
            assert_eq!(key(&s), key_by_tables(&s), "{c:?}");
            n += 1;
        }
        assert!(n > 4 * 0x1_0000);
        for s in [
            "Le 5 MARS 2019, Kim Jong-un est arrivé à Vladivostok.",
            "ÉTÉ İstanbul ǅ ß ΣΑΣ straße ＡＢＣ１２３",
            "",
        ] {
            assert_eq!(key(s), key_by_tables(s), "{s}");
        }
    }

    #[test]
    fn later_copies_are_found() {
        let s = [
            "La Corée du Nord a exprimé sa volonté d'accueillir le président russe.",
            "Cette annonce s'inscrit dans la continuité des signes récents.",
            "Un autre paragraphe, différent des précédents.",
            "La Corée du Nord a exprimé sa volonté d'accueillir le président russe.",
            "Cette annonce s'inscrit dans la continuité...",
            "Oui.",
            "Oui.",
        ];
        assert_eq!(
            repeated(&s),
            [None, None, None, Some(0), Some(1), None, None]
        );
    }

    #[test]
    fn different_sentences_are_kept() {
        let s = [
            "Kim Jong-un est arrivé mardi en Russie à bord de son train.",
            "Kim Jong-un est arrivé mercredi en Russie à bord de son train.",
            "Kim Jong-un est arrivé...",
        ];
        // the truncated one begins an earlier sentence: a copy
        assert_eq!(repeated(&s), [None, None, Some(0)]);
        let t = [
            "Une phrase assez longue pour compter ici.",
            "Une phrase assez longue pour compter là.",
        ];
        assert_eq!(repeated(&t), [None, None]);
    }

    /// The hash of a word lowercased on the fly is the hash of its
    /// lowercase string, and the fingerprint is the one computed from the
    /// lowercase strings (the code before, kept here as the reference).
    #[test]
    fn lowercase_hashes_agree_with_lowercase_strings() {
        let words = crate::test_data::CASE_SAMPLES;
        for w in words {
            assert_eq!(lowercase_fnv(w), fnv(&w.to_lowercase(), 0), "{w:?}");
        }
        // every character up to the end of the Greek and Cyrillic blocks,
        // alone and inside a word
        for c in (0..0x0530u32).filter_map(char::from_u32) {
            for w in [c.to_string(), format!("a{c}b"), format!("{c}{c}")] {
                assert_eq!(lowercase_fnv(&w), fnv(&w.to_lowercase(), 0), "{w:?}");
            }
        }
        let reference = |text: &str| -> Option<String> {
            let words: Vec<String> = text.unicode_words().map(str::to_lowercase).collect();
            if words.len() < 2 * SHINGLE {
                return None;
            }
            let mut mins = [u64::MAX; HASHES];
            for w in words.windows(SHINGLE) {
                let mut h = 0u64;
                for word in w {
                    h = mix(h ^ fnv(word, 0));
                }
                for (i, m) in mins.iter_mut().enumerate() {
                    let v = mix(h ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
                    if v < *m {
                        *m = v;
                    }
                }
            }
            Some(mins.iter().map(|m| format!("{:08x}", m >> 32)).collect())
        };
        for text in [
            include_str!("../../corpus/000_3556c82baabcb37e.txt"),
            include_str!("../../corpus/001_9094e598d010c395.txt"),
            "ΟΔΟΣ ΣΟΦΙΑ Пхеньян ÉTATS-UNIS l’Élysée d'Orsay un deux trois quatre cinq",
            "trop court",
        ] {
            assert_eq!(fingerprint(text), reference(text));
        }
    }

    #[test]
    fn fingerprints_match_near_copies_only() {
        let a = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine qui pourrait voir les deux nations accroître leur coopération militaire.";
        let b = format!("{a} Source : AFP.");
        let c = "La Corée du Nord a exprimé par la voix de sa plus haute diplomate sa volonté d'accueillir le président russe selon des informations relayées dimanche.";
        let (fa, fb, fc) = (
            fingerprint(a).unwrap(),
            fingerprint(&b).unwrap(),
            fingerprint(c).unwrap(),
        );
        assert!(similarity(&fa, &fb) >= 0.75, "{}", similarity(&fa, &fb));
        assert!(similarity(&fa, &fc) < 0.3);
        assert_eq!(fingerprint("trop court"), None);
    }
}
