//! The tense of the clause around an expression, which decides whether a
//! bare `mardi` or `en novembre` is the last or the next one.
//!
//! Heuristic and local: the words of the sentence within [`WINDOW`] bytes of
//! the expression (never across `. ; ! ?` or a line break) are read, and the
//! cue nearest to the expression wins:
//! - past: an auxiliary followed by a participle (passé composé,
//!   plus-que-parfait: `est arrivé`, `a publié`, `s'est rendu`), an imparfait
//!   (`participait`), a bare participle (`relayées dimanche`);
//! - future: a futur or conditionnel form (`sera`, `rencontrera`,
//!   `pourrait`), `va`/`devrait`/`doit`, `prévu`...
//!
//! With no cue, a clause of several words is taken as present (the nearest
//! occurrence), a bare phrase as unknown.

use super::lexicon::{fold, lexicon};
use crate::model::{Span, Tense};
use crate::text::hash::WordSet;
use regex::Regex;
use std::sync::LazyLock;

/// How far (in bytes) from the expression cues are looked for.
pub const WINDOW: usize = 160;

struct Cues {
    aux: WordSet,
    future: WordSet,
    past: WordSet,
    since: WordSet,
    not_past: WordSet,
    not_verbs: WordSet,
    irregular: WordSet,
    pluperfect: WordSet,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let t = &lexicon().tense;
    let set = |v: &Vec<String>| v.iter().map(|w| w.to_lowercase()).collect::<WordSet>();
    Cues {
        aux: set(&t.aux_past),
        future: set(&t.future),
        past: set(&t.past),
        since: set(&t.since),
        pluperfect: set(&t.pluperfect_aux),
        not_past: set(&t.not_past_participles),
        not_verbs: set(&t.not_verbs),
        irregular: set(&t.irregular_participles),
    }
});

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}+(?:-\p{L}+)*").expect("word regex"));

fn is_participle(w: &str, c: &Cues) -> bool {
    let n = w.chars().count();
    (n >= 4 && (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées")))
        || c.irregular.contains(w)
}

fn is_participle_shaped(w: &str, c: &Cues) -> bool {
    is_participle(w, c)
        || (w.chars().count() >= 4
            && (w.ends_with('i') || w.ends_with("is") || w.ends_with('u') || w.ends_with("ue")))
}

fn future_form(w: &str) -> bool {
    let n = w.chars().count();
    if n < 4 {
        return false;
    }
    for end in ["ra", "ront", "rait", "raient", "rai", "rons", "rez"] {
        if let Some(stem) = w.strip_suffix(end) {
            if stem.ends_with('e')
                || stem.ends_with('i')
                || stem.ends_with('d')
                || stem.ends_with('r')
                || stem.ends_with('v')
            {
                return true;
            }
        }
    }
    false
}

fn imparfait(w: &str, c: &Cues) -> bool {
    w.chars().count() >= 5
        && (w.ends_with("ait") || w.ends_with("aient"))
        && !future_form(w)
        && !c.not_verbs.contains(w)
}

/// Tense of the clause around `span` in `text`, within `bounds` (a sentence).
pub fn tense_at(text: &str, span: Span, bounds: Span) -> Tense {
    let c = &*CUES;
    if after_since(text, span, bounds, c) {
        return Tense::Past;
    }
    let lo = floor(text, span.start.saturating_sub(WINDOW).max(bounds.start));
    let hi = floor(text, (span.end + WINDOW).min(bounds.end).min(text.len()));
    if lo >= span.start.min(text.len()) && hi <= span.end {
        return Tense::Unknown;
    }
    // cut the window at sentence punctuation
    let before = &text[lo..floor(text, span.start.min(text.len()))];
    let lo = lo
        + before
            .rfind(['.', ';', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
    let after_start = floor(text, span.end.min(hi));
    let after = &text[after_start..hi];
    let hi = after_start
        + after
            .find(['.', ';', '!', '?', '\n'])
            .unwrap_or(after.len());

    let mut words: Vec<(usize, String)> = Vec::new();
    let mut proper: Vec<bool> = Vec::new();
    for m in WORD.find_iter(&text[lo..hi]) {
        let at = lo + m.start();
        if at >= span.start && at < span.end {
            continue;
        }
        words.push((at, m.as_str().to_lowercase()));
        // `Corée`, `Hanoï`: names are no verbs (a capital after `. ` is handled
        // by the sentence cut above)
        proper.push(m.as_str().chars().next().is_some_and(char::is_uppercase));
    }
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |at: usize, t: Tense| {
        let dist = if at < span.start {
            span.start - at
        } else {
            at.saturating_sub(span.end)
        };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, t));
        }
    };
    for (i, (at, w)) in words.iter().enumerate() {
        if proper[i] && i > 0 {
            continue;
        }
        if c.future.contains(w.as_str()) || c.not_past.contains(w.as_str()) {
            consider(*at, Tense::Future);
        } else if c.aux.contains(w.as_str()) {
            let pp = words[i + 1..]
                .iter()
                .take(3)
                // `a été`, `avait été` (the passive, the passé composé of
                // `être`): a participle too short for the shapes above
                .find(|(_, n)| is_participle_shaped(n, c) || n == "été");
            match pp {
                Some((_, n)) if c.not_past.contains(n.as_str()) => consider(*at, Tense::Future),
                Some(_) => consider(*at, Tense::Past),
                None => {}
            }
        } else if c.past.contains(w.as_str()) || imparfait(w, c) {
            consider(*at, Tense::Past);
        } else if future_form(w) {
            consider(*at, Tense::Future);
        } else if is_participle(w, c) {
            // a bare participle is past unless an auxiliary before it took it
            let has_aux = i > 0
                && words[i.saturating_sub(3)..i]
                    .iter()
                    .any(|(_, p)| c.aux.contains(p.as_str()));
            if !has_aux {
                consider(*at, Tense::Past);
            }
        }
    }
    match best {
        Some((_, t)) => t,
        None if words.len() >= 4 => Tense::Present,
        None => Tense::Unknown,
    }
}

/// True for a text with an auxiliary of the plus-que-parfait (`avait`,
/// `étaient`: the background a story tells, not one of its steps).
pub fn has_pluperfect(text: &str) -> bool {
    let c = &*CUES;
    WORD.find_iter(text)
        .any(|w| c.pluperfect.contains(&w.as_str().to_lowercase()))
}

/// True for an expression that opens on a word of [`Cues::since`] or
/// follows one (`depuis 2000`, `depuis le 3 mars`): it dates the start of
/// a state, not a step of a story.
pub fn is_since(text: &str, span: Span, expression: &str) -> bool {
    let c = &*CUES;
    let first = expression
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    c.since.contains(&first) || after_since(text, span, Span::new(0, text.len()), c)
}

/// True when the expression at `span` follows a word of [`Cues::since`],
/// an article between (`depuis le 3 mars`): the day a state that holds
/// now started lies in the past.
fn after_since(text: &str, span: Span, bounds: Span, c: &Cues) -> bool {
    let lo = floor(text, span.start.saturating_sub(24).max(bounds.start));
    let Some(before) = text.get(lo..floor(text, span.start.min(text.len()))) else {
        return false;
    };
    let before = before.trim_end().to_lowercase().replace('’', "'");
    // an article between the word and the expression
    let before = ["l'", " le", " la", " les"]
        .iter()
        .find_map(|a| before.strip_suffix(a))
        .map_or(before.as_str(), str::trim_end);
    let word_start = before
        .char_indices()
        .rfind(|(_, ch)| !ch.is_alphanumeric())
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    c.since.contains(&before[word_start..])
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Tense of a phrase given alone (the dev set): its own words only.
pub fn tense_of_phrase(text: &str, span: Span) -> Tense {
    tense_at(text, span, Span::new(0, text.len()))
}

/// True when `word` is a lexicon future cue (for tests and rules).
pub fn is_future_word(word: &str) -> bool {
    CUES.future.contains(&fold(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(sentence: &str, expr: &str) -> Tense {
        let at = sentence.find(expr).unwrap();
        tense_at(
            sentence,
            Span::new(at, at + expr.len()),
            Span::new(0, sentence.len()),
        )
    }

    #[test]
    fn past_clauses() {
        use Tense::Past;
        assert_eq!(
            tense("Kim Jong-un est arrivé mardi en Russie", "mardi"),
            Past
        );
        assert_eq!(
            tense("L'agence a publié mardi des photographies", "mardi"),
            Past
        );
        assert_eq!(
            tense(
                "selon des informations relayées dimanche par l'agence",
                "dimanche"
            ),
            Past
        );
        assert_eq!(
            tense("où M. Poutine participait mardi à un forum", "mardi"),
            Past
        );
        assert_eq!(
            tense("Il s'est rendu en Russie en septembre", "en septembre"),
            Past
        );
        assert_eq!(
            tense(
                "Un appareil a réussi à se placer en orbite en novembre",
                "en novembre"
            ),
            Past
        );
        assert_eq!(tense("Il avait annoncé lundi sa démission", "lundi"), Past);
        assert_eq!(
            tense("Les ministres se sont rencontrés jeudi à Paris", "jeudi"),
            Past
        );
        assert_eq!(tense("Jeudi, le ministre a démissionné", "Jeudi"), Past);
    }

    #[test]
    fn future_clauses() {
        use Tense::Future;
        assert_eq!(
            tense("Le président se rendra jeudi à Berlin", "jeudi"),
            Future
        );
        assert_eq!(
            tense("Kim rencontrera Poutine mercredi", "mercredi"),
            Future
        );
        assert_eq!(
            tense("Le sommet devrait avoir lieu en novembre", "en novembre"),
            Future
        );
        assert_eq!(
            tense("La réunion est prévue vendredi à Genève", "vendredi"),
            Future
        );
        assert_eq!(tense("Il va annoncer lundi son programme", "lundi"), Future);
        assert_eq!(
            tense("Les deux dirigeants pourraient se voir samedi", "samedi"),
            Future
        );
        assert_eq!(
            tense("Le vote aura lieu en mars selon le ministre", "en mars"),
            Future
        );
    }

    #[test]
    fn present_and_unknown() {
        assert_eq!(tense("lundi", "lundi"), Tense::Unknown);
        assert_eq!(tense("ce lundi", "lundi"), Tense::Unknown);
        assert_eq!(
            tense("Le président participe mardi à un forum à Paris", "mardi"),
            Tense::Present
        );
        // a cue in another sentence does not count
        assert_eq!(
            tense("Il est parti. Le forum ouvre mardi à Vladivostok", "mardi"),
            Tense::Present
        );
    }

    #[test]
    fn word_forms() {
        let c = &*CUES;
        assert!(future_form("rencontrera"));
        assert!(future_form("pourrait"));
        assert!(future_form("entraîneraient"));
        assert!(!future_form("déclarait"));
        assert!(!future_form("espérait"));
        assert!(!future_form("caméra"));
        assert!(imparfait("participait", c));
        assert!(!imparfait("portrait", c));
        assert!(is_participle("relayées", c));
        assert!(!is_participle("été", c) || c.irregular.contains("été"));
        assert!(is_future_word("devrait"));
    }
}
