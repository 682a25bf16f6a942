//! Normalization as a whole: snapshots of `newsx normalize` on the seeds,
//! fixtures in the styles of other French sites, the offset map under
//! arbitrary input, and speed on a big single-line input.

mod common;

use common::root;
use newsx::model::Span;
use newsx::text::normalize;
use proptest::prelude::*;
use std::path::Path;

fn normalize_cli(path: &Path) -> String {
    common::run::succeed(&["normalize", path.to_str().unwrap(), "--lang-check", "off"]).0
}

#[test]
fn seeds_snapshot() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    for f in files {
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("seed_{name}"), normalize_cli(&f));
    }
}

#[test]
fn site_styles_snapshot() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/fixtures/inputs/sites"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("site_{name}"), normalize_cli(&f));
    }
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(root().join("corpus").join(name)).unwrap()
}

#[test]
fn seed_000_furniture_and_header_date() {
    let t = normalize(&seed("000_3556c82baabcb37e.txt"));
    assert_eq!(t.slice(t.header_date.unwrap()), "samedi 25 mai 2024");
    for gone in [
        "23.9 C",
        "Alger",
        "spot_img",
        "Article récent",
        "Articles de la catégorie",
    ] {
        assert!(!t.normalized.contains(gone), "{gone}");
    }
    assert!(t.normalized.contains("(…) Poutine"));
}

#[test]
fn seed_001_heading_is_its_own_paragraph() {
    let t = normalize(&seed("001_9094e598d010c395.txt"));
    let heading = t
        .paragraphs
        .iter()
        .find(|p| t.slice(**p) == "Liens entre Moscou et Pyongyang");
    assert!(heading.is_some());
    assert!(
        t.sentences
            .iter()
            .any(|s| t.slice(s.span) == "Liens entre Moscou et Pyongyang")
    );
    assert!(t.normalized.contains("juillet 2000 lorsqu'il"));
    assert!(t.normalized.contains("d'énergie. portant"));
    for gone in ["PREV", "NEXT", "DROITS"] {
        assert!(!t.normalized.contains(gone), "{gone}");
    }
}

#[test]
fn seed_002_glue_and_comment_form() {
    let t = normalize(&seed("002_8cfff8f7d035ac9e.txt"));
    assert!(t.normalized.contains("sur le forum M. Poutine"));
    assert!(t.normalized.contains("Vladimir V. Poutine"));
    assert_eq!(
        t.title.as_deref(),
        Some("La réunion Kim-Poutine approche, mais où ?")
    );
    for gone in [
        "Source link",
        "Laisser un commentaire",
        "Bouton retour",
        "Articles similaires",
    ] {
        assert!(!t.normalized.contains(gone), "{gone}");
    }
    // V. and S. are initials, not sentence ends
    assert!(
        t.sentences
            .iter()
            .any(|s| t.slice(s.span).contains("Dmitri S. Peskov, a confirmé"))
    );
}

#[test]
fn seed_003_single_newline_paragraphs() {
    let t = normalize(&seed("003_df7e1948552e66d9.txt"));
    assert_eq!(t.paragraphs.len(), 11); // `Tl;dr` is removed
    assert_eq!(
        t.title.as_deref(),
        Some("Kim Jong Un en Russie : Rencontre imminente avec Poutine")
    );
}

#[test]
fn seed_004_caption_and_repeated_lead() {
    let t = normalize(&seed("004_5d2a813404f72f90.txt"));
    let captions: Vec<&str> = t
        .sentences
        .iter()
        .filter(|s| s.caption)
        .map(|s| t.slice(s.span))
        .collect();
    assert_eq!(captions.len(), 2, "{captions:?}");
    assert_eq!(t.normalized.matches("sommet virtuel du G20").count(), 1);
    assert_eq!(
        t.normalized
            .matches("par la voix de sa plus haute diplomate")
            .count(),
        1
    );
    assert!(!t.normalized.contains("ministre..."));
    assert_eq!(t.removed.iter().filter(|r| r.rule == "repeated").count(), 4);
}

fn check_map(input: &str) {
    let t = normalize(input);
    let mut spans: Vec<Span> = t.paragraphs.clone();
    spans.extend(t.sentences.iter().map(|s| s.span));
    spans.extend(t.header_date);
    spans.push(Span::new(0, t.normalized.len()));
    for s in spans {
        assert!(s.start <= s.end && s.end <= t.normalized.len());
        assert!(t.normalized.is_char_boundary(s.start) && t.normalized.is_char_boundary(s.end));
        let o = t.original_span(s);
        assert!(o.start <= o.end && o.end <= t.original.len(), "{o:?}");
        assert!(t.original.is_char_boundary(o.start) && t.original.is_char_boundary(o.end));
        let (a, b) = t.original_chars(s);
        assert!(a <= b && b <= t.original.chars().count());
    }
    for r in &t.removed {
        assert_eq!(&t.original[r.original.start..r.original.end], r.text);
    }
    // every byte maps inside the original, in order within a sentence
    for i in 0..=t.normalized.len() {
        assert!(t.to_original(i) <= t.original.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_keep_a_valid_offset_map(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_map(&String::from_utf8_lossy(&bytes));
        if let Ok((text, _)) = newsx::corpus::decode(&bytes) {
            check_map(&text);
        }
    }

    #[test]
    fn french_like_text_keeps_a_valid_offset_map(
        s in "([A-Za-zéèàçÉ’'«»\u{a0}\u{202f}\u{ad}\u{301}.,;:!?…()\\-–— \n\r0-9]|M\\. |2000lors|forumM\\. |\\.\\.\\.){0,200}"
    ) {
        check_map(&s);
    }
}

#[test]
fn a_big_single_line_is_fast() {
    let mut big = String::with_capacity(10 * 1024 * 1024 + 200);
    let mut i = 0u64;
    while big.len() < 10 * 1024 * 1024 {
        i += 1;
        big.push_str(&format!("Le président russe a reçu le dirigeant nord-coréen {i} fois à Vladivostok, selon l’agence Tass, et M. Kim a visité le cosmodrome.Ensuite "));
    }
    let start = std::time::Instant::now();
    let t = normalize(&big);
    let elapsed = start.elapsed();
    assert!(t.sentences.len() > 1000);
    // debug build on a shared machine: generous, but far from quadratic
    assert!(elapsed.as_secs() < 60, "{elapsed:?}");
    let last = t.sentences.last().unwrap().span;
    let (a, _) = t.original_chars(last);
    assert!(a > 0);
}
