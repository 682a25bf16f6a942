//! The built-in data, built once per test process. Building the gazetteer
//! (with its generated cities), the entity matcher, the event lexicon and
//! the conjugator takes about a second in a debug build, and the unit tests
//! read them hundreds of times: they share these read-only copies. A test
//! that changes the data builds its own.

use crate::entities::EntityMatcher;
use crate::events::EventLexicon;
use crate::events::conjugate::Conjugator;
use crate::gazetteer::Gazetteer;
use std::sync::OnceLock;

/// The built-in gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::builtin().expect("built-in gazetteer"))
}

/// The entity matcher over the built-in gazetteer.
pub fn matcher() -> &'static EntityMatcher {
    static M: OnceLock<EntityMatcher> = OnceLock::new();
    M.get_or_init(|| EntityMatcher::new(Gazetteer::builtin().expect("built-in gazetteer")))
}

/// The built-in event lexicon.
pub fn event_lexicon() -> &'static EventLexicon {
    static L: OnceLock<EventLexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut lexicon = EventLexicon::builtin().expect("built-in event lexicon");
        lexicon.leaders = gazetteer().leaders();
        lexicon
    })
}

/// The month and weekday names of the built-in temporal lexicon, as the
/// configuration gives them to duplicate marking.
pub fn date_words() -> &'static crate::corpus::DateWords {
    static W: OnceLock<crate::corpus::DateWords> = OnceLock::new();
    W.get_or_init(|| crate::config::date_words(crate::temporal::lexicon::lexicon()))
}

/// The built-in conjugator.
pub fn conjugator() -> &'static Conjugator {
    static C: OnceLock<Conjugator> = OnceLock::new();
    C.get_or_init(|| Conjugator::builtin().expect("built-in conjugator"))
}

/// Words whose lowercase form is not a letter-by-letter ASCII change: the
/// capital sigma at a word's end, a dotted capital I, titlecase digraphs,
/// the Kelvin sign, ligatures, non-Latin scripts, elisions. Tests of every
/// hand-written lowercasing compare it with `str::to_lowercase` on these.
pub const CASE_SAMPLES: &[&str] = &[
    "",
    "a",
    "Kim",
    "JONG-UN",
    "État",
    "ÉTATS",
    "Œuvre",
    "ß",
    "ẞ",
    "İstanbul",
    "ΣΟΦΙΑ",
    "ΟΔΟΣ",
    "Σ",
    "aΣb",
    "ΑΣ.",
    "Пхеньян",
    "ПХЕНЬЯН",
    "平壤",
    "Ǆ",
    "ǅ",
    "K",
    "ﬁ",
    "l’Élysée",
    "d'Orsay",
    "3,5",
    "G20",
    "ÀÂÄÇÈÉÊËÎÏÔÖÙÛÜŸ",
];

/// A xorshift64 generator (Marsaglia, "Xorshift RNGs", 2003) started at
/// `seed`: the texts and words the tests generate, the same on every run.
pub fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
