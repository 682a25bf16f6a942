//! Any bytes: decoding never panics, and a decoded text normalizes with
//! spans inside the text and offsets that map back into the original.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = newsx::corpus::decode_reporting(data) else {
        return;
    };
    let text = newsx::text::normalize(&decoded.text);
    for s in &text.sentences {
        assert!(s.span.start <= s.span.end && s.span.end <= text.normalized.len());
        let _ = text.slice(s.span);
        let span = text.original_span(s.span);
        assert!(span.end <= decoded.text.len());
    }
});
