//! Is a document French? The share of French function words among its
//! first 2,000 words, against English ones. Texts under 20 words are not
//! judged (a short brief is still read).

use crate::text::Rules;

const SAMPLE: usize = 2000;
const MIN_WORDS: usize = 20;
const MIN_FRENCH: f32 = 0.12;

/// `Err(reason)` when the text is clearly not French.
pub fn check(text: &str) -> Result<(), String> {
    let rules = Rules::builtin();
    let (mut total, mut fr, mut en) = (0usize, 0usize, 0usize);
    let mut w = String::new();
    for word in crate::text::words::words(text).take(SAMPLE) {
        total += 1;
        crate::text::words::lowercase_into(word, &mut w);
        let head = w.split(['\'', '’']).next().unwrap_or(&w);
        // `head` is `w` when the word has no apostrophe: one look-up then
        if rules.stopwords.contains(head)
            || (head.len() != w.len() && rules.stopwords.contains(w.as_str()))
        {
            fr += 1;
        }
        if rules.english.contains(w.as_str()) {
            en += 1;
        }
    }
    if total < MIN_WORDS {
        return Ok(());
    }
    let ratio = fr as f32 / total as f32;
    if ratio < MIN_FRENCH || en > fr {
        return Err(format!(
            "not French text ({:.0}% French and {:.0}% English function words; --lang-check off to read it)",
            100.0 * ratio,
            100.0 * en as f32 / total as f32
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_passes_english_fails() {
        assert!(check("Kim Jong-un est arrivé mardi en Russie, a confirmé le Kremlin, voyageant à bord de son train blindé vers une réunion avec le président qui pourrait voir les deux nations accroître leur coopération.").is_ok());
        let en = "Kim Jong Un arrived in Russia on Tuesday, the Kremlin said, travelling on his armoured train to a meeting with the president that could see the two nations expand their military cooperation.";
        assert!(check(en).unwrap_err().starts_with("not French"));
        assert!(check("Short text in English.").is_ok());
    }
}
