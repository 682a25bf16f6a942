//! Short French headlines made from an event's predicate type, its actors,
//! its place and who says so: `Visite de Sergueï Choïgou à Pyongyang`,
//! `Rencontre entre Kim Jong-un et Vladimir Poutine à Vostochny`,
//! `Déclaration du Kremlin`.
//!
//! The grammar of names (articles, `en` or `à`) is data carried on each
//! [`EntityRef`] (`data/names-fr.toml`); this module only contracts it:
//! `de` + `le` = `du`, `à` + `les` = `aux`, `de` before a vowel = `d'`.

use crate::model::{EntityRef, EventType};

/// The French noun phrase of each event type.
fn noun(t: EventType) -> &'static str {
    match t {
        EventType::Visit => "Visite",
        EventType::Meeting => "Rencontre",
        EventType::Arrival => "Arrivée",
        EventType::Departure => "Départ",
        EventType::Travel => "Voyage",
        EventType::Announcement => "Annonce",
        EventType::Statement => "Déclaration",
        EventType::Invitation => "Invitation",
        EventType::Agreement => "Accord",
        EventType::Military => "Opérations militaires",
        EventType::Launch => "Lancement",
        EventType::Other => "Événement",
        EventType::Reception => "Réception",
        EventType::Ratification => "Ratification",
        EventType::Deployment => "Déploiement",
        EventType::Combat => "Combats",
        EventType::Ceremony => "Cérémonie",
        EventType::Summons => "Convocation",
        EventType::Denial => "Démenti",
    }
}

/// Types whose two actors stand on an equal footing: `entre A et B`.
fn is_mutual(t: EventType) -> bool {
    matches!(t, EventType::Meeting | EventType::Agreement)
}

/// True when French elides before this word (`d'Iran`, `l'Ukraine`).
fn starts_with_vowel_sound(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| "AEIOUYÉÈÊËÂÎÏÔÛÙŒaeiouyéèêëâîïôûùœ".contains(c))
}

/// The name with its article split off when it starts with one (`Le
/// Caire`, `La Haye`, `Les Républicains`), else the data's article.
fn article_and_rest(r: &EntityRef) -> (Option<&str>, &str) {
    for (prefix, article) in [("Le ", "le"), ("Les ", "les")] {
        if let Some(rest) = r.name.strip_prefix(prefix) {
            return (Some(article), rest);
        }
    }
    (r.article.as_deref(), r.name.as_str())
}

/// `de` + the name: `de Moscou`, `d'Alexandre Kozlov`, `du Kremlin`,
/// `de la Maison-Blanche`, `de l'ONU`, `des États-Unis`, `du Caire`.
pub fn of(r: &EntityRef) -> String {
    match article_and_rest(r) {
        (Some("le"), rest) => format!("du {rest}"),
        (Some("les"), rest) => format!("des {rest}"),
        (Some("la"), rest) => format!("de la {rest}"),
        (Some(_), rest) => format!("de l'{rest}"),
        (None, rest) if starts_with_vowel_sound(rest) => format!("d'{rest}"),
        (None, rest) => format!("de {rest}"),
    }
}

/// The name as a phrase of its own, with its article: `le Kremlin`,
/// `Kim Jong-un`, `l'ONU`.
pub fn bare(r: &EntityRef) -> String {
    match article_and_rest(r) {
        (Some("l'"), rest) => format!("l'{rest}"),
        (Some(a), rest) => format!("{a} {rest}"),
        (None, rest) => rest.to_string(),
    }
}

/// The phrase of place: `à Pyongyang`, `en Russie`, `au Kremlin`, `aux
/// États-Unis`, `à la Maison-Blanche`, `dans l'Oural`, `au Caire`.
pub fn at(r: &EntityRef) -> String {
    match r.locative.as_deref() {
        Some("en") => {
            let (_, rest) = article_and_rest(r);
            format!("en {rest}")
        }
        Some(prep) => format!("{prep} {}", bare(r)),
        None => match article_and_rest(r) {
            (Some("le"), rest) => format!("au {rest}"),
            (Some("les"), rest) => format!("aux {rest}"),
            _ => format!("à {}", bare(r)),
        },
    }
}

/// The headline: `<event> de <agent> [avec <counterpart>] [<place>]`, with
/// `entre A et B` for meetings and agreements, and `, selon <speaker>`
/// for an act no one is named to take part in but someone reports. A report of speech is its
/// speaker's, about the first person it names (`Annonce du Kremlin sur Kim
/// Jong-un`, `Déclaration de Dmitri Peskov`), without a place. `places` are
/// the places the predicates name: a place only mentioned is never written
/// as where.
pub fn headline(
    t: EventType,
    participants: &[EntityRef],
    places: &[EntityRef],
    attribution: &[EntityRef],
) -> String {
    let mut title = noun(t).to_string();
    // a report of speech is its speaker's, about the first person it names
    if t.is_reporting() {
        match (attribution.first(), participants.first()) {
            (Some(speaker), Some(about)) => {
                title.push_str(&format!(" {} sur {}", of(speaker), bare(about)))
            }
            (Some(who), None) | (None, Some(who)) => {
                title.push(' ');
                title.push_str(&of(who));
            }
            (None, None) => {}
        }
        // the place of its clause is often that of what it reports (`a
        // annoncé sa visite à Pyongyang`): not written as where it was said
        return title;
    }
    // who only says so is no agent of an act: `Arrivée en Russie, selon le
    // Kremlin`, not `Arrivée du Kremlin`
    let according_to = match participants {
        [] => attribution.first(),
        _ => None,
    };
    match participants {
        [] => {}
        [one] => {
            title.push(' ');
            title.push_str(&of(one));
        }
        [a, b, ..] if is_mutual(t) => {
            title.push_str(&format!(" entre {} et {}", bare(a), bare(b)));
        }
        [a, b, ..] => {
            title.push_str(&format!(" {} avec {}", of(a), bare(b)));
        }
    }
    if let Some(place) = places.first() {
        title.push(' ');
        title.push_str(&at(place));
    }
    if let Some(speaker) = according_to {
        title.push_str(&format!(", selon {}", bare(speaker)));
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityRefData;

    /// A reference with its grammar, as `data/names-fr.toml` would give it.
    fn r(name: &str, article: Option<&str>, locative: Option<&str>) -> EntityRef {
        EntityRef::from(EntityRefData {
            id: name.to_lowercase(),
            name: name.into(),
            article: article.map(Into::into),
            locative: locative.map(Into::into),
        })
    }

    /// Actors, each with the phrases a French writer uses, written out by
    /// hand: (reference, `de` form, bare form).
    fn actors() -> Vec<(EntityRef, &'static str, &'static str)> {
        vec![
            (
                r("Sergueï Choïgou", None, None),
                "de Sergueï Choïgou",
                "Sergueï Choïgou",
            ),
            (
                r("Alexandre Kozlov", None, None),
                "d'Alexandre Kozlov",
                "Alexandre Kozlov",
            ),
            (r("Kremlin", Some("le"), None), "du Kremlin", "le Kremlin"),
            (
                r("Maison-Blanche", Some("la"), None),
                "de la Maison-Blanche",
                "la Maison-Blanche",
            ),
            (r("ONU", Some("l'"), None), "de l'ONU", "l'ONU"),
            (r("BRICS", Some("les"), None), "des BRICS", "les BRICS"),
        ]
    }

    /// Places with their phrase of place, written out by hand.
    fn places() -> Vec<(EntityRef, &'static str)> {
        vec![
            (r("Pyongyang", None, None), "à Pyongyang"),
            (r("Russie", Some("la"), Some("en")), "en Russie"),
            (r("Iran", Some("l'"), Some("en")), "en Iran"),
            (r("Israël", None, Some("en")), "en Israël"),
            (r("Japon", Some("le"), None), "au Japon"),
            (r("États-Unis", Some("les"), None), "aux États-Unis"),
            (r("Kremlin", Some("le"), None), "au Kremlin"),
            (r("Maison-Blanche", Some("la"), None), "à la Maison-Blanche"),
            (r("Oural", Some("l'"), Some("dans")), "dans l'Oural"),
            (r("Le Caire", None, None), "au Caire"),
            (r("La Haye", None, None), "à La Haye"),
        ]
    }

    /// The nouns of the types, written out apart from the code.
    fn nouns() -> Vec<(EventType, &'static str)> {
        vec![
            (EventType::Visit, "Visite"),
            (EventType::Meeting, "Rencontre"),
            (EventType::Arrival, "Arrivée"),
            (EventType::Departure, "Départ"),
            (EventType::Travel, "Voyage"),
            (EventType::Announcement, "Annonce"),
            (EventType::Statement, "Déclaration"),
            (EventType::Invitation, "Invitation"),
            (EventType::Agreement, "Accord"),
            (EventType::Military, "Opérations militaires"),
            (EventType::Launch, "Lancement"),
            (EventType::Other, "Événement"),
            (EventType::Reception, "Réception"),
            (EventType::Ratification, "Ratification"),
            (EventType::Deployment, "Déploiement"),
            (EventType::Combat, "Combats"),
            (EventType::Ceremony, "Cérémonie"),
            (EventType::Summons, "Convocation"),
            (EventType::Denial, "Démenti"),
        ]
    }

    #[test]
    fn every_type_has_a_noun() {
        assert_eq!(nouns().len(), EventType::ALL.len());
    }

    /// Every type × no, one or two actors × no place or each place.
    #[test]
    fn headlines_over_types_actors_and_places() {
        let actors = actors();
        let mut place_cases: Vec<(Vec<EntityRef>, String)> = vec![(vec![], String::new())];
        for (p, phrase) in places() {
            place_cases.push((vec![p], format!(" {phrase}")));
        }
        for (t, noun) in nouns() {
            let reporting = matches!(
                t,
                EventType::Announcement | EventType::Statement | EventType::Denial
            );
            for (places, place_part) in &place_cases {
                let place_part = if reporting { "" } else { place_part.as_str() };
                assert_eq!(headline(t, &[], places, &[]), format!("{noun}{place_part}"));
                for (a, a_of, a_bare) in &actors {
                    assert_eq!(
                        headline(t, std::slice::from_ref(a), places, &[]),
                        format!("{noun} {a_of}{place_part}")
                    );
                    // a speaker alone heads a report of speech, and only
                    // says so of an act
                    let expected = if reporting {
                        format!("{noun} {a_of}")
                    } else {
                        format!("{noun}{place_part}, selon {a_bare}")
                    };
                    assert_eq!(headline(t, &[], places, std::slice::from_ref(a)), expected);
                    for (b, b_of, b_bare) in &actors {
                        if a.id == b.id {
                            continue;
                        }
                        let two = [a.clone(), b.clone()];
                        let expected = if reporting {
                            format!("{noun} {a_of}{place_part}")
                        } else if matches!(t, EventType::Meeting | EventType::Agreement) {
                            format!("{noun} entre {a_bare} et {b_bare}{place_part}")
                        } else {
                            format!("{noun} {a_of} avec {b_bare}{place_part}")
                        };
                        assert_eq!(headline(t, &two, places, &[]), expected);
                        // b speaks, a acts
                        let expected = if reporting {
                            format!("{noun} {b_of} sur {a_bare}{place_part}")
                        } else {
                            format!("{noun} {a_of}{place_part}")
                        };
                        let one = std::slice::from_ref(a);
                        let speaker = std::slice::from_ref(b);
                        assert_eq!(headline(t, one, places, speaker), expected);
                    }
                }
            }
        }
    }

    #[test]
    fn the_examples_of_the_issue_read_as_french() {
        let choigou = r("Sergueï Choïgou", None, None);
        let kim = r("Kim Jong-un", None, None);
        let putin = r("Vladimir Poutine", None, None);
        assert_eq!(
            headline(
                EventType::Visit,
                &[choigou],
                &[r("Pyongyang", None, None)],
                &[]
            ),
            "Visite de Sergueï Choïgou à Pyongyang"
        );
        assert_eq!(
            headline(
                EventType::Meeting,
                &[kim.clone(), putin],
                &[r("Vostochny", None, None)],
                &[]
            ),
            "Rencontre entre Kim Jong-un et Vladimir Poutine à Vostochny"
        );
        assert_eq!(
            headline(
                EventType::Arrival,
                &[kim],
                &[r("Russie", Some("la"), Some("en"))],
                &[r("Kremlin", Some("le"), None)]
            ),
            "Arrivée de Kim Jong-un en Russie"
        );
        assert_eq!(
            headline(
                EventType::Announcement,
                &[r("Kim Jong-un", None, None)],
                &[],
                &[r("Kremlin", Some("le"), None)]
            ),
            "Annonce du Kremlin sur Kim Jong-un"
        );
    }
}
