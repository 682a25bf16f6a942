//! French labels for the enum values, shared by the human-facing renderers.
//! Machine formats (JSON, CSV, TimelineJS groups) keep the English values.

use crate::model::{EventType, Modality, Precision};

pub fn event_type(t: EventType) -> &'static str {
    match t {
        EventType::Visit => "visite",
        EventType::Meeting => "rencontre",
        EventType::Arrival => "arrivée",
        EventType::Departure => "départ",
        EventType::Travel => "déplacement",
        EventType::Announcement => "annonce",
        EventType::Statement => "déclaration",
        EventType::Invitation => "invitation",
        EventType::Agreement => "accord",
        EventType::Military => "militaire",
        EventType::Launch => "lancement",
        EventType::Other => "autre",
        EventType::Reception => "réception",
        EventType::Ratification => "ratification",
        EventType::Deployment => "déploiement",
        EventType::Combat => "combats",
        EventType::Ceremony => "cérémonie",
        EventType::Summons => "convocation",
        EventType::Denial => "démenti",
    }
}

pub fn status(m: Modality) -> &'static str {
    match m {
        Modality::Occurred => "a eu lieu",
        Modality::Planned => "prévu",
        Modality::Speculated => "hypothétique",
        Modality::Negated => "démenti",
    }
}

pub fn precision(p: Precision) -> &'static str {
    match p {
        Precision::Day => "jour",
        Precision::Week => "semaine",
        Precision::Month => "mois",
        Precision::Season => "saison",
        Precision::Year => "année",
        Precision::Decade => "décennie",
    }
}
