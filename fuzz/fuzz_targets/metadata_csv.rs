//! `metadata.csv` of any bytes: every row is used or reported.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = newsx::corpus::parse_metadata_csv(data, "metadata.csv");
});
