//! `newsx merge` input of any bytes: bad lines are errors, never panics,
//! and whatever was read consolidates.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut merger = newsx::extract::reduce::Merger::new();
    for line in s.lines() {
        let _ = merger.add_line(line);
        let _ = newsx::corpus::jsonl::article(line.as_bytes(), &newsx::corpus::LoadOptions::default());
    }
    let _ = merger.finish("fuzz", &[], &Default::default());
});
