//! The report of a corpus does not depend on the order its inputs come in
//! (issue 19): the same documents, permuted, give the same bytes. Chunk
//! size and thread count are tests/stream.rs and tests/threads.rs.

use newsx::corpus::{LoadOptions, Loaded};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn seeds() -> (newsx::config::Config, Vec<Loaded>) {
    let config = newsx::config::Config::new(&[] as &[PathBuf], LoadOptions::default()).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let loaded = newsx::corpus::load(&[dir], &config.load);
    assert!(loaded.len() >= 5);
    (config, loaded)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn report_does_not_depend_on_input_order(seed in any::<u64>()) {
        let (config, loaded) = seeds();
        let expected = newsx::render::json(&newsx::pipeline::timeline(&loaded, &config)).unwrap();
        // a permutation drawn from the seed (Fisher-Yates with an LCG)
        let mut permuted = loaded.clone();
        let mut state = seed;
        for i in (1..permuted.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            permuted.swap(i, (state >> 33) as usize % (i + 1));
        }
        let got = newsx::render::json(&newsx::pipeline::timeline(&permuted, &config)).unwrap();
        prop_assert!(got == expected, "the report changed with the input order");
    }
}
