//! A JSON Lines corpus of any bytes: every line is a document or a skip.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsx::corpus::{LoadOptions, Loaded};

fuzz_target!(|data: &[u8]| {
    let opts = LoadOptions::default();
    let lines = newsx::corpus::jsonl_lines(Box::new(std::io::Cursor::new(data.to_vec())), "f.jsonl", "f", &opts);
    for input in lines {
        match input.load(&opts) {
            Loaded::Document(d) => assert!(!d.text.trim().is_empty()),
            Loaded::Skipped(r) => assert!(r.reason.is_some()),
        }
    }
});
