//! The date grammar on any text: parse, then resolve with and without a
//! publication day; every date found is a real calendar interval.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsx::model::DateInterval;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let text = newsx::text::normalize(s);
    let parsed = newsx::temporal::parse(&text);
    let day = DateInterval::parse_iso("2023-09-12");
    for published in [None, day] {
        for t in parsed.resolve(&text.normalized, published) {
            assert!(t.span.end <= text.normalized.len());
            if let Some(i) = t.interval {
                assert!(i.start <= i.end, "reversed interval {i:?} for {:?}", t.text);
            }
        }
    }
});
