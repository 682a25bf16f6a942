//! A `metadata.csv` or `metadata.jsonl` sidecar of any text: every row is
//! used or reported, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let warnings = newsx::corpus::Warnings::default();
    let _ = newsx::corpus::parse_metadata_csv(s, "metadata.csv", &warnings);
    let _ = newsx::corpus::parse_metadata_jsonl(s, "metadata.jsonl", &warnings);
});
