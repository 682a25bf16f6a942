//! [`SmallSet`]: a set kept as a sorted vector, for the per-document entity
//! summaries the reducer holds until consolidation ([`super::wire::DocEntity`]).
//!
//! A document names each of its entities once or twice with one surface,
//! so each set holds one or two items, and there are about forty such
//! summaries per document, three sets each, for every document of the
//! corpus. A `BTreeSet` allocates a node of eleven slots for its first
//! item (about 70 bytes for a `u32`, 280 for a `String`); a vector
//! allocates the item alone. It reads and writes as the `BTreeSet` did: a
//! JSON array, in order, without repeats (an array read is sorted and
//! deduplicated, so lines written by hand or in another order give the
//! same set).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A set as a sorted vector without repeats.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SmallSet<T>(Vec<T>);

impl<T: Ord> SmallSet<T> {
    /// The set of one item.
    pub fn one(item: T) -> SmallSet<T> {
        SmallSet(vec![item])
    }

    /// Add `item` unless it is in the set.
    pub fn insert(&mut self, item: T) {
        if let Err(at) = self.0.binary_search(&item) {
            self.0.insert(at, item);
        }
    }

    /// The union with `other`.
    pub fn extend(&mut self, other: SmallSet<T>) {
        if other.0.len() <= 1 {
            for item in other.0 {
                self.insert(item);
            }
            return;
        }
        self.0.extend(other.0);
        self.0.sort();
        self.0.dedup();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord> FromIterator<T> for SmallSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> SmallSet<T> {
        let mut v: Vec<T> = items.into_iter().collect();
        v.sort();
        v.dedup();
        SmallSet(v)
    }
}

impl<T: Serialize> Serialize for SmallSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de> + Ord> Deserialize<'de> for SmallSet<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SmallSet<T>, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Inserting, uniting and reading back give what a `BTreeSet` gives,
    /// written the same way.
    #[test]
    fn a_small_set_is_a_btree_set() {
        let steps: [&[u32]; 6] = [&[5], &[3], &[5, 1, 9], &[], &[9, 9, 2], &[7]];
        let mut small = SmallSet::one(4u32);
        let mut tree = BTreeSet::from([4u32]);
        for (i, step) in steps.iter().enumerate() {
            if i % 2 == 0 {
                small.extend(step.iter().copied().collect());
            } else {
                for &x in step.iter() {
                    small.insert(x);
                }
            }
            tree.extend(step.iter().copied());
            assert_eq!(
                small.iter().collect::<Vec<_>>(),
                tree.iter().collect::<Vec<_>>()
            );
            assert_eq!(small.len(), tree.len());
            assert_eq!(
                serde_json::to_string(&small).unwrap(),
                serde_json::to_string(&tree).unwrap()
            );
        }
        let read: SmallSet<String> = serde_json::from_str(r#"["b", "a", "b", "c"]"#).unwrap();
        let tree: BTreeSet<String> = serde_json::from_str(r#"["b", "a", "b", "c"]"#).unwrap();
        assert_eq!(
            read.iter().collect::<Vec<_>>(),
            tree.iter().collect::<Vec<_>>()
        );
        assert!(SmallSet::<u8>::default().is_empty());
    }
}
