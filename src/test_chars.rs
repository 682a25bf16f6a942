//! Test inputs for the fast paths that read ASCII apart from the Unicode
//! tables: every character of the first two Unicode planes, in the
//! surroundings where a fast path could slip (alone, between ASCII letters,
//! digits, spaces and tabs, doubled before an accented letter and a
//! typographic apostrophe).

/// Every character of planes 0 and 1 in each surrounding, with the
/// character itself: at least 4 × 65 536 strings.
pub fn every_char_in_surroundings() -> impl Iterator<Item = (char, String)> {
    (0..0x2_0000u32).filter_map(char::from_u32).flat_map(|c| {
        [
            c.to_string(),
            format!("A{c}b"),
            format!("9 {c}Z"),
            format!("9\t{c} Z"),
            format!("{c}{c}É’"),
        ]
        .into_iter()
        .map(move |s| (c, s))
    })
}
