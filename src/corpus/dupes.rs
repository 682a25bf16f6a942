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
    let mut seen = Duplicates::default();
    for r in records {
        seen.mark(r);
    }
}

/// [`mark_duplicates`] one record at a time, for records that arrive in
/// chunks: marking the records of every chunk in turn, in input order, gives
/// the same result as marking them all at once. Holds the fingerprints of
/// the originals only.
#[derive(Debug, Default)]
pub struct Duplicates {
    bands: HashMap<(usize, String), Vec<(String, String)>>,
}

impl Duplicates {
    /// Mark `r` a duplicate of an earlier original, or remember it as one.
    pub fn mark(&mut self, r: &mut DocumentRecord) {
        let Some(fp) = r.fingerprint.clone() else {
            return;
        };
        let keys: Vec<(usize, String)> = (0..4)
            .filter_map(|b| fp.get(b * 32..b * 32 + 32).map(|s| (b, s.to_string())))
            .collect();
        let mut original = None;
        'bands: for k in &keys {
            if let Some(list) = self.bands.get(k) {
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
                    self.bands
                        .entry(k)
                        .or_default()
                        .push((r.id.clone(), fp.clone()));
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

    #[test]
    fn marking_one_record_at_a_time_is_marking_all() {
        let a = "Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président Vladimir Poutine.";
        let b = "La Corée du Nord a exprimé par la voix de sa plus haute diplomate sa volonté d'accueillir le président russe selon des informations relayées dimanche.";
        let recs = || {
            vec![
                rec("a", a),
                rec("b", b),
                rec("c", &format!("{a} Source : AFP.")),
                rec("d", &format!("{b} Source : Reuters.")),
                rec("e", &format!("Selon l'AFP. {a}")),
            ]
        };
        let mut all = recs();
        mark_duplicates(all.iter_mut());
        let mut seen = Duplicates::default();
        let mut one_by_one = recs();
        for chunk in one_by_one.chunks_mut(2) {
            chunk.iter_mut().for_each(|r| seen.mark(r));
        }
        assert_eq!(one_by_one, all);
        assert!(all.iter().filter(|r| r.duplicate_of.is_some()).count() >= 2);
    }
}
