//! Photo captions and credits: a line that ends with a credit
//! (`… PHOTO MIKHAIL KLIMENTYEV/AFP`, `Crédit : Reuters`, `© AFP`,
//! `(Photo by X / AFP)`) is a caption. Caption sentences stay in the text
//! (they may report a fact) but are marked, so a fact is not counted as
//! reported by the story itself.

use regex::Regex;
use std::sync::OnceLock;

fn credit() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?:^|[\s(\[|/–-])(?P<kw>PHOTOS?|Photos?|CR[ÉE]DITS?(?: PHOTO)?|Cr[ée]dits?(?: photos?)?|©|ILLUSTRATION|Illustration|IMAGE|Image|Capture d'[ée]cran)(?: d'illustration)?\s*(?P<colon>[:/]?)\s*(?P<tail>[^.!?]{2,100})$",
        )
        .expect("caption regex")
    })
}

fn agency_tail() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:^|[.)]\s)[^.!?]{0,60}\s?/\s?\p{Lu}{2,}(?:[\s/]+\p{Lu}{2,}){0,3}\)?$")
            .expect("agency credit regex")
    })
}

fn start_credit() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:Photo|PHOTO|Cr[ée]dit|CR[ÉE]DIT|L[ée]gende)s?\s*:").expect("credit regex")
    })
}

/// True when `line` (normalized) ends with a photo credit.
pub fn is_caption(line: &str) -> bool {
    let line = line.trim_end();
    let from = super::offsets::floor_boundary(line, line.len().saturating_sub(200));
    let head = &line[..super::offsets::floor_boundary(line, 24)];
    if agency_tail().is_match(&line[from..]) || start_credit().is_match(head) {
        return true;
    }
    let Some(c) = credit().captures(&line[from..]) else {
        return false;
    };
    let tail = c.name("tail").map_or("", |m| m.as_str());
    if tail.split_whitespace().count() > 10 {
        return false;
    }
    let colon = c.name("colon").is_some_and(|m| !m.as_str().is_empty());
    let kw = c.name("kw").map_or("", |m| m.as_str());
    let caps_word = tail
        .split(|ch: char| !ch.is_alphabetic())
        .any(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase));
    colon || kw == "©" || tail.contains('/') || caps_word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_make_captions() {
        for yes in [
            "Vladimir Poutine pendant le sommet virtuel du G20, à Moscou, le 22 novembre 2023. PHOTO MIKHAIL KLIMENTYEV/AFP",
            "Kim Jong-un à son arrivée. Crédit : Reuters",
            "Le train blindé à Khasan. © AFP",
            "Kim Jong-un et Vladimir Poutine (Photo by Vladimir SMIRNOV / POOL / AFP)",
            "Photo : Sputnik/Gavriil Grigorov/Kremlin via Reuters",
            "Le cosmodrome de Vostotchny. Photo d'illustration AFP",
            "PHOTO KCNA VIA KNS",
            "Kim Jong-un et Vladimir Poutine en 2019. Alexander Zemlianichenko / REUTERS",
            "Photo : Le train à son arrivée en gare de Khasan. KCNA VIA KNS / AFP",
        ] {
            assert!(is_caption(yes), "{yes}");
        }
    }

    #[test]
    fn story_sentences_are_not_captions() {
        for no in [
            "La photo diffusée par KCNA montre M. Kim.",
            "Les photographies publiées mardi par les médias d'État montrent M. Kim.",
            "Image de marque du Kremlin, selon les analystes.",
            "Une Photo de famille a été prise à Moscou par des journalistes de la presse russe qui suivaient la délégation toute la journée et la soirée",
            "Liens entre Moscou et Pyongyang",
            "Le ratio est de 1/4 selon la BCE.",
            "Les échanges Russie/Corée du Nord progressent, selon le FMI.",
        ] {
            assert!(!is_caption(no), "{no}");
        }
    }
}
