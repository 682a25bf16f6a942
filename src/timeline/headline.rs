//! Short French headlines made from an event's type, participants and place.

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

/// `de` elided before a vowel or a mute h: `d'Alexandre Kozlov`.
fn de(name: &str) -> String {
    let elide = name
        .chars()
        .next()
        .is_some_and(|c| "AEIOUYÉÈÊÂÎÔÛaeiouyéèêh".contains(c));
    if elide {
        format!("d'{name}")
    } else {
        format!("de {name}")
    }
}

/// `Visite de Vladimir Poutine (Corée du Nord)`: participants joined with `et`.
pub fn headline(t: EventType, participants: &[EntityRef], places: &[EntityRef]) -> String {
    let mut title = noun(t).to_string();
    let names: Vec<&str> = participants
        .iter()
        .take(2)
        .map(|p| p.name.as_str())
        .collect();
    match names.as_slice() {
        [] => {}
        [one] => title.push_str(&format!(" {}", de(one))),
        [a, b] if t == EventType::Meeting => title.push_str(&format!(" entre {a} et {b}")),
        [a, b] => title.push_str(&format!(" {} et {}", de(a), de(b))),
        _ => unreachable!("at most two names"),
    }
    if let Some(place) = places.first() {
        title.push_str(&format!(" ({})", place.name));
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(name: &str) -> EntityRef {
        EntityRef {
            id: name.to_lowercase(),
            name: name.into(),
        }
    }

    #[test]
    fn headlines_read_as_french() {
        assert_eq!(
            headline(
                EventType::Visit,
                &[r("Vladimir Poutine")],
                &[r("Corée du Nord")]
            ),
            "Visite de Vladimir Poutine (Corée du Nord)"
        );
        assert_eq!(
            headline(
                EventType::Meeting,
                &[r("Kim Jong-un"), r("Vladimir Poutine")],
                &[]
            ),
            "Rencontre entre Kim Jong-un et Vladimir Poutine"
        );
        assert_eq!(
            headline(EventType::Arrival, &[r("Alexandre Kozlov")], &[]),
            "Arrivée d'Alexandre Kozlov"
        );
        assert_eq!(
            headline(EventType::Military, &[], &[r("Ukraine")]),
            "Opérations militaires (Ukraine)"
        );
    }
}
