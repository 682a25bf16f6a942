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

use super::lexicon::{agreements, fold, lexicon};
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
    /// Stems of verbs that end in r (`attir`, `serr`, `ouvr`).
    r_stems: WordSet,
    /// Every agreement of the participles not in -é.
    irregular: WordSet,
    pluperfect: WordSet,
    not_participles: WordSet,
    aux_not_past: WordSet,
    determiners: WordSet,
    clause_openers: WordSet,
    date_qualifiers: WordSet,
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
        r_stems: set(&t.r_stems),
        irregular: t
            .irregular_participles
            .iter()
            .flat_map(|w| agreements(&w.to_lowercase()))
            .collect(),
        not_participles: set(&t.not_participles),
        aux_not_past: set(&t.aux_not_past),
        determiners: set(&t.determiners),
        clause_openers: set(&t.clause_openers),
        date_qualifiers: t
            .date_qualifiers
            .iter()
            .flat_map(|w| agreements(&w.to_lowercase()))
            .collect(),
    }
});

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}+(?:-\p{L}+)*").expect("word regex"));

fn is_participle(w: &str, c: &Cues) -> bool {
    let n = w.chars().count();
    (n >= 4 && (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées")))
        || c.irregular.contains(w)
}

/// A participle, or after an auxiliary a word shaped like one of the -i
/// and -u classes in any agreement (`a fini`, `sont revenues`): a word the
/// lists do not hold is taken there, never bare.
fn is_participle_shaped(w: &str, c: &Cues) -> bool {
    if c.not_participles.contains(w) {
        return false;
    }
    is_participle(w, c)
        || (w.chars().count() >= 4
            && ["i", "ie", "is", "ies", "u", "ue", "us", "ues"]
                .iter()
                .any(|end| w.ends_with(end)))
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
                // `attir-ait`, `serr-ait`, `ouvr-ait`: the r is the verb's
                // own, the ending a present, imparfait or passé simple one
                // (`end` opens on that r)
                let own = &w[..stem.len() + 1];
                return !CUES.r_stems.contains(own);
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
        // `défait`, `satisfait`: participles of the -faire family
        && !c.irregular.contains(w)
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
    // a subordinate clause opened after the expression (`…, qui
    // s'ouvrira en novembre`) has its own tense: its cues are not read,
    // up to the next comma (`Mardi, Poutine, qui se rendra à Pyongyang, a
    // rencontré …`: the main verb after it counts)
    let subordinate = words
        .iter()
        .find(|(at, w)| *at >= span.end && c.clause_openers.contains(w.as_str()))
        .map(|(at, _)| {
            let end = text[*at..hi].find(',').map_or(hi, |i| at + i);
            (*at, end)
        });
    let in_subordinate = |at: usize| subordinate.is_some_and(|(from, to)| at >= from && at < to);
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |at: usize, t: Tense| {
        if in_subordinate(at) {
            return;
        }
        let dist = if at < span.start {
            span.start - at
        } else {
            at.saturating_sub(span.end)
        };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, t));
        }
    };
    // `jusqu'au 31 mars inclus`, `du 3 au 5 mars compris`: the word right
    // after the expression bounds it, it is no verb
    let first_after = words.iter().position(|(at, _)| *at >= span.end);
    for (i, (at, w)) in words.iter().enumerate() {
        if (proper[i] && i > 0)
            || (Some(i) == first_after && c.date_qualifiers.contains(w.as_str()))
        {
            continue;
        }
        // `prochain` after a determiner qualifies a noun (`leur prochaine
        // édition`, `le prochain sommet`), not the clause's time
        let adjective = i > 0 && c.determiners.contains(words[i - 1].1.as_str());
        if (c.future.contains(w.as_str()) && !adjective) || c.not_past.contains(w.as_str()) {
            consider(*at, Tense::Future);
        } else if c.aux.contains(w.as_str()) {
            let pp = words[i + 1..]
                .iter()
                .enumerate()
                .take(3)
                // `a été`, `avait été` (the passive, the passé composé of
                // `être`): a participle too short for the shapes above;
                // a word after a determiner is a noun (`a un élu`)
                .find(|(k, (_, n))| {
                    (is_participle_shaped(n, c) || n == "été")
                        && !proper[i + 1 + k]
                        && !c.determiners.contains(words[i + k].1.as_str())
                })
                .map(|(_, w)| w);
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
            // a bare participle is past unless an auxiliary before it took
            // it (past: that auxiliary decides; future, conditional,
            // infinitive: `seront suspendus`, `doit être rouvert`), or a
            // determiner makes it a noun (`le député`, `les faits`)
            let has_aux = i > 0
                && words[i.saturating_sub(3)..i].iter().any(|(_, p)| {
                    c.aux.contains(p.as_str()) || c.aux_not_past.contains(p.as_str())
                });
            let noun = i > 0 && c.determiners.contains(words[i - 1].1.as_str());
            if !has_aux && !noun {
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

/// True when a relative clause opened right after the expression by `qui`
/// or `où` is in the future indicative (`le scrutin du 9 juin 2024, qui se
/// tiendra dimanche`, `la conférence du 13 juin, où seront reçus les
/// maires`): what the expression dates is to come when the text is
/// written, whatever the main clause's tense (which [`tense_at`] gives, the
/// clause keeping its tense to itself). A conditional (`qui se tiendrait`,
/// a future seen from the past or a supposition) or any past cue in the
/// clause gives false. The clause ends at the next comma or the sentence's
/// end.
pub fn announced_by_relative(text: &str, span: Span, bounds: Span) -> bool {
    let c = &*CUES;
    let end = floor(text, bounds.end.min(text.len()));
    let start = floor(text, span.end.min(end));
    let after = &text[start..end];
    let rest = after.trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let Some(opener) = WORD.find(rest).filter(|m| m.start() == 0) else {
        return false;
    };
    if !matches!(opener.as_str().to_lowercase().as_str(), "qui" | "où") {
        return false;
    }
    let clause = &rest[opener.end()..];
    let clause = &clause[..clause
        .find([',', '.', ';', '!', '?', '\n', ':'])
        .unwrap_or(clause.len())];
    let words: Vec<String> = WORD
        .find_iter(clause)
        .map(|m| m.as_str().to_lowercase())
        .collect();
    let (mut future, mut past) = (false, false);
    for (i, w) in words.iter().enumerate() {
        let noun = i > 0 && c.determiners.contains(words[i - 1].as_str());
        if noun {
            continue;
        }
        let forward = c.future.contains(w.as_str()) && !conditional(w);
        if future_indicative(w) || forward || c.not_past.contains(w.as_str()) {
            future = true;
        } else if c.past.contains(w.as_str())
            || imparfait(w, c)
            || future_form(w)
            || (is_participle(w, c) && !c.not_past.contains(w.as_str()))
        {
            // a conditional (`tiendrait`) is no announcement either
            past = true;
        }
    }
    future && !past
}

/// A future indicative form (`tiendra`, `réuniront`, `serons`): the
/// endings of [`future_form`] but the conditional's.
fn future_indicative(w: &str) -> bool {
    future_form(w) && !conditional(w)
}

/// A conditional ending (`tiendrait`, `seraient`): a future seen from the
/// past, or a supposition, never an announcement.
fn conditional(w: &str) -> bool {
    w.ends_with("rait") || w.ends_with("raient")
}

/// True for an expression in a detached participle clause (Grevisse, Le
/// Bon Usage: l'épithète détachée): one past participle right after the
/// sentence start or a comma, the expression after it, and a comma later
/// in the sentence closing the clause (`Le dirigeant, arrivé la veille en
/// train, effectuait…`, `Arrivé la veille, le ministre s'était…`). Such a
/// date is the background of the main clause, not the time the story has
/// reached.
pub fn in_detached_participle(text: &str, span: Span, sentence: Span) -> bool {
    let c = &*CUES;
    let (Some(before), Some(after)) = (
        text.get(floor(text, sentence.start)..floor(text, span.start)),
        text.get(floor(text, span.end)..floor(text, sentence.end)),
    ) else {
        return false;
    };
    let opened = before.rfind(',').map_or(before, |i| &before[i + 1..]);
    let mut words = WORD.find_iter(opened).map(|w| w.as_str().to_lowercase());
    let one_participle =
        words.next().is_some_and(|w| is_participle(&w, c)) && words.next().is_none();
    one_participle && after.contains(',')
}

/// True for an expression in a detached participle clause apposed to a
/// noun inside its sentence, after a comma (`Vladimir Poutine, élu au
/// printemps, qui vient le voir`), not opening it: what the participle
/// tells came before the time of the main clause.
pub fn in_apposed_participle(text: &str, span: Span, sentence: Span) -> bool {
    in_detached_participle(text, span, sentence)
        && text
            .get(floor(text, sentence.start)..floor(text, span.start))
            .is_some_and(|before| before.contains(','))
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

    /// Every clause opener × the main verb's tense × the subordinate
    /// verb's tense, the clause after the expression or between it and the
    /// main verb: the main verb decides (a present main verb gives the
    /// present, whatever the clause says).
    #[test]
    fn a_subordinate_clause_after_the_expression_keeps_its_tense_to_itself() {
        use Tense::{Future, Past, Present};
        // (main verb, its tense) and (subordinate verb, its tense), written by hand
        let mains = [
            ("présentent", Present),
            ("ont présenté", Past),
            ("présenteront", Future),
            ("avaient présenté", Past),
        ];
        let subs = [
            ("commencera", Future),
            ("avait commencé", Past),
            ("commencerait", Future),
            ("a commencé", Past),
        ];
        let openers = [
            "qui",
            "que le public",
            "qu'elle",
            "où la tournée",
            "dont la tournée",
            "laquelle",
            "lesquels",
        ];
        let mut n = 0;
        for (main, want) in mains {
            for (sub, sub_tense) in subs {
                for opener in openers {
                    let after = format!(
                        "Ce lundi 9 septembre, les organisateurs {main} la programmation de leur \
                         édition, {opener} {sub} en novembre."
                    );
                    assert_eq!(tense(&after, "lundi 9 septembre"), want, "{after}");
                    let between = format!(
                        "Ce lundi 9 septembre, le festival, {opener} {sub} en novembre, {main} sa \
                         programmation."
                    );
                    assert_eq!(tense(&between, "lundi 9 septembre"), want, "{between}");
                    // the clause's own expression takes the clause's tense
                    assert_eq!(tense(&after, "en novembre"), sub_tense, "{after}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, 4 * 4 * 7);
    }

    /// Every verb × every form × every date × `qui`/`où`, with and
    /// without a comma: a relative clause right after the date announces
    /// it (true) only in the future indicative, never in the conditional,
    /// the passé composé or the present, nor when words sit between the
    /// date and the clause. Forms are built here from the infinitive by
    /// the rules of the future (Grevisse: the infinitive, less a final
    /// `-e`, then `-a`/`-ont`; the irregular stems listed by hand).
    #[test]
    fn a_relative_clause_in_the_future_right_after_a_date_announces_it() {
        // (reflexive pronoun or none, infinitive, future stem, participle)
        let verbs = [
            ("se ", "tenir", "tiendr", "tenu"),
            ("se ", "dérouler", "", "déroulé"),
            ("", "réunir", "", "réuni"),
            ("", "ouvrir", "", "ouvert"),
            ("", "rendre", "", "rendu"),
            ("", "élire", "", "élu"),
            ("", "marquer", "", "marqué"),
            ("", "accueillir", "accueiller", "accueilli"),
            ("", "commencer", "", "commencé"),
        ];
        let dates = [
            "9 juin 2024",
            "3 mars",
            "lundi 12 février 2029",
            "novembre 2026",
        ];
        let mut n = 0;
        for (refl, inf, stem, part) in verbs {
            let stem = match stem {
                "" => inf.strip_suffix('e').unwrap_or(inf).to_string(),
                s => s.to_string(),
            };
            let (sg, pl, csg, cpl) = (
                format!("{stem}a"),
                format!("{stem}ont"),
                format!("{stem}ait"),
                format!("{stem}aient"),
            );
            let aux_sg = if refl.is_empty() { "a " } else { "s'est " };
            let forms = [
                (format!("{refl}{sg}"), true),
                (format!("{refl}{pl}"), true),
                (format!("{refl}{csg}"), false),
                (format!("{refl}{cpl}"), false),
                (format!("{aux_sg}{part}"), false),
            ];
            for date in dates {
                for opener in ["qui", "où"] {
                    for comma in [",", ""] {
                        for (form, want) in &forms {
                            let subject = if opener == "où" { "les élus " } else { "" };
                            let sentence = format!(
                                "Les maires préparent le rendez-vous du {date}{comma} {opener} \
                                 {subject}{form} à Lyon, selon la préfecture."
                            );
                            let at = sentence.find(date).unwrap();
                            let span = Span::new(at, at + date.len());
                            let whole = Span::new(0, sentence.len());
                            assert_eq!(
                                announced_by_relative(&sentence, span, whole),
                                *want,
                                "{sentence}"
                            );
                            // words between the date and the clause: no announcement
                            let apart = sentence.replacen(
                                &format!("{date}{comma} {opener}"),
                                &format!("{date} à Lyon{comma} {opener}"),
                                1,
                            );
                            assert!(
                                !announced_by_relative(&apart, span, Span::new(0, apart.len())),
                                "{apart}"
                            );
                            n += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(n, 9 * 4 * 2 * 2 * 5);
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

    /// The four agreements, built here by the test's own rule (feminine
    /// `-e`, plural `-s` unless the word ends in `-s`).
    fn four(m: &str) -> Vec<String> {
        let pl = if m.ends_with('s') {
            m.to_string()
        } else {
            m.to_string() + "s"
        };
        vec![m.to_string(), m.to_string() + "e", pl, m.to_string() + "es"]
    }

    const AUXILIARIES: [&str; 5] = ["a été", "ont été", "sont", "est", "avaient"];

    /// Participles of regular verbs the lists do not hold, by class: -er
    /// (-é), second group (-i), -dre like rendre (-u).
    fn regular_participles() -> Vec<String> {
        let er = [
            "signer", "lancer", "créer", "annoncer", "arrêter", "ratifier", "livrer",
        ];
        let ir = ["bannir", "ternir", "assainir", "alourdir", "aplanir"];
        let re = ["prétendre", "distendre", "morfondre", "détordre"];
        let mut out = Vec::new();
        for v in er {
            out.push(format!("{}é", &v[..v.len() - 2]));
        }
        for v in ir {
            out.push(format!("{}i", &v[..v.len() - 2]));
        }
        for v in re {
            out.push(format!("{}u", &v[..v.len() - 3]));
        }
        out
    }

    #[test]
    fn every_agreement_of_every_participle_is_past_after_an_auxiliary() {
        let listed = &lexicon().tense.irregular_participles;
        assert!(listed.len() > 100);
        let all: Vec<String> = listed
            .iter()
            .map(String::to_string)
            .chain(regular_participles())
            .collect();
        let mut checked = 0;
        for m in &all {
            for form in four(m) {
                if c_not_past(&form) {
                    continue;
                }
                for aux in AUXILIARIES {
                    let s = format!("Les travaux {aux} {form} en novembre, selon la mairie");
                    assert_eq!(tense(&s, "en novembre"), Tense::Past, "{s}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 2000, "{checked}");
    }

    fn c_not_past(w: &str) -> bool {
        CUES.not_past.contains(w)
    }

    #[test]
    fn every_agreement_of_a_listed_participle_is_past_alone() {
        // `les travaux, interrompus en novembre 2023, reprendront lundi`:
        // the participle next to the date wins over the future further
        for m in lexicon()
            .tense
            .irregular_participles
            .iter()
            .map(String::to_string)
            .chain(["signé".to_string(), "lancé".to_string()])
        {
            for form in four(&m) {
                if c_not_past(&form) {
                    continue;
                }
                let s = format!(
                    "Les travaux, {form} en novembre après la découverte d'une fissure, reprendront lundi"
                );
                assert_eq!(tense(&s, "en novembre"), Tense::Past, "{s}");
            }
        }
    }

    #[test]
    fn a_participle_after_a_future_or_an_infinitive_is_no_past() {
        for m in lexicon()
            .tense
            .irregular_participles
            .iter()
            .map(String::to_string)
            .chain(regular_participles())
        {
            for form in four(&m) {
                for aux in ["seront", "sera", "aura", "devraient être", "doit être"] {
                    let s = format!("Les travaux {aux} {form} en novembre, selon la mairie");
                    assert_eq!(tense(&s, "en novembre"), Tense::Future, "{s}");
                }
            }
        }
    }

    #[test]
    fn a_word_shaped_like_a_participle_is_none_after_a_determiner_or_in_the_stop_list() {
        // `le député`, `les faits` are nouns: no cue, a clause in the present
        for w in ["député", "faits", "élus", "produits", "détenus"] {
            for det in ["le", "les", "un", "ces", "leurs"] {
                let s = format!("Pour {det} {w} du canton, la session s'ouvre en novembre");
                assert_eq!(tense(&s, "en novembre"), Tense::Present, "{s}");
            }
        }
        // after an auxiliary, `aussi`, `plus` are passed over for the
        // participle after them
        for w in ["aussi", "ainsi", "plus", "lundi"] {
            let s = format!("La réunion est {w} prévue en novembre");
            assert_eq!(tense(&s, "en novembre"), Tense::Future, "{s}");
        }
    }

    /// `prochain` after a determiner qualifies a noun (`leur prochaine
    /// édition`): the clause stays in the present; after the noun it is
    /// the date's own word and not in the window, and alone in a clause
    /// of the future the verb decides.
    #[test]
    fn prochain_after_a_determiner_is_no_future_cue() {
        for det in [
            "le", "la", "les", "leur", "leurs", "sa", "son", "ses", "ce", "cette", "notre",
        ] {
            for adj in ["prochain", "prochaine", "prochains", "prochaines"] {
                let s = format!(
                    "Ce lundi 9 septembre, les organisateurs présentent {det} {adj} programme du festival"
                );
                assert_eq!(tense(&s, "lundi 9 septembre"), Tense::Present, "{s}");
                let s = format!(
                    "Ce lundi 9 septembre, les organisateurs présenteront {det} {adj} programme du festival"
                );
                assert_eq!(tense(&s, "lundi 9 septembre"), Tense::Future, "{s}");
            }
        }
        assert_eq!(
            tense("Il viendra en mars, prochaine étape du voyage", "en mars"),
            Tense::Future
        );
    }

    /// Every verb of `r_stems` (whose own stem ends in r) in every present,
    /// imparfait and passé simple ending that looks like a future's is no
    /// future (`attirait`, `serrions`, `livra`), and the same verbs' real
    /// futures and conditionals (infinitive + ending: `attirerait`,
    /// `ouvrira`) still are.
    #[test]
    fn verbs_whose_stem_ends_in_r_are_no_futures() {
        let stems = &lexicon().tense.r_stems;
        assert!(stems.len() > 20);
        for stem in stems {
            for end in ["ait", "aient", "ai", "a", "ons", "ez"] {
                let w = format!("{stem}{end}");
                assert!(!future_form(&w), "{w}");
                if end == "ait" || end == "aient" {
                    assert!(imparfait(&w, &CUES), "{w}");
                }
            }
            // the -vrir verbs' infinitive ends in -ir, the others' in -er
            let infinitive = match stem.ends_with("ouvr") {
                true => format!("{stem}ir"),
                false => format!("{stem}er"),
            };
            for end in ["a", "ont", "ait", "aient", "ai", "ons", "ez"] {
                let w = format!("{infinitive}{end}");
                assert!(future_form(&w), "{w}");
            }
        }
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
