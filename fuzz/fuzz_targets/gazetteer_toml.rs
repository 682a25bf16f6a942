//! A gazetteer or chronology file of any text: checked, added or refused
//! with diagnostics, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static BUILTIN: OnceLock<newsx::gazetteer::Gazetteer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let builtin = BUILTIN.get_or_init(|| newsx::gazetteer::Gazetteer::builtin().unwrap());
    let _ = builtin.check_file("fuzz.toml", s);
    let mut gazetteer = newsx::gazetteer::Gazetteer::default();
    let _ = gazetteer.add_file("fuzz.toml", s);
    let _ = newsx::publication::chronology::parse("fuzz.toml", s, builtin);
});
