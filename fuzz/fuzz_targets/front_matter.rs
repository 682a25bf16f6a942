//! Front matter on any text: the body starts on a character boundary
//! inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Some((_, end)) = newsx::corpus::frontmatter::parse(s) {
        assert!(s.is_char_boundary(end));
    }
    let _ = newsx::corpus::frontmatter::check(s);
});
