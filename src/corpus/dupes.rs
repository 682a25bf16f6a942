//! Near-identical documents across the corpus (the same wire story on two
//! sites): documents whose story fingerprints (MinHash of word 4-shingles,
//! see `text::fingerprint`) agree on at least 75% of their values are marked
//! `duplicate_of` the first of them, in input order. Candidates are found by
//! banding (4 bands of 4 values), so the cost stays near linear.

use crate::model::DocumentRecord;
use crate::text::similarity;
use std::collections::HashMap;

/// Estimated Jaccard similarity from which two documents are the same story.
pub const DUPLICATE_SIMILARITY: f32 = 0.75;

/// Set `duplicate_of` on every record whose fingerprint nearly equals an
/// earlier record's (records without a fingerprint are left alone).
pub fn mark_duplicates<'a>(records: impl IntoIterator<Item = &'a mut DocumentRecord>) {
    let mut bands: HashMap<(usize, String), Vec<(String, String)>> = HashMap::new();
    for r in records {
        let Some(fp) = r.fingerprint.clone() else {
            continue;
        };
        let keys: Vec<(usize, String)> = (0..4)
            .filter_map(|b| fp.get(b * 32..b * 32 + 32).map(|s| (b, s.to_string())))
            .collect();
        let mut original = None;
        'bands: for k in &keys {
            if let Some(list) = bands.get(k) {
                for (id, other) in list {
                    if similarity(&fp, other) >= DUPLICATE_SIMILARITY {
                        original = Some(id.clone());
                        break 'bands;
                    }
                }
            }
        }
        match original {
            Some(id) => r.duplicate_of = Some(id),
            None => {
                for k in keys {
                    bands.entry(k).or_default().push((r.id.clone(), fp.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, text: &str) -> DocumentRecord {
        let mut r = DocumentRecord::skipped(id.into(), id.into(), String::new());
        r.fingerprint = crate::text::fingerprint(text);
        r
    }

    #[test]
    fn the_same_story_twice_is_a_duplicate() {
        let a = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine.";
        let other = "La Corée du Nord a exprimé par la voix de sa plus haute diplomate sa volonté d'accueillir le président russe selon des informations relayées dimanche.";
        let mut recs = [
            rec("a", a),
            rec("b", other),
            rec("c", &format!("{a} Source : AFP.")),
        ];
        mark_duplicates(recs.iter_mut());
        assert_eq!(recs[0].duplicate_of, None);
        assert_eq!(recs[1].duplicate_of, None);
        assert_eq!(recs[2].duplicate_of.as_deref(), Some("a"));
    }
}
