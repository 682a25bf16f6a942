//! Who says so: organisations that speak are the attribution of an event,
//! not its participants.
//!
//! In a report of speech (`Le Kremlin a annoncé que…`, `la Maison-Blanche a
//! démenti`), an organisation is the voice of the report; listing it beside
//! the people who act (`Déclaration de Kim Jong-un et de Maison-Blanche`)
//! misreads the sentence. People who speak stay participants: the gold of a
//! statement is who made it.

use crate::model::{EntityMention, EntityRef, EntityType, EventType};

use super::place::NameForms;

/// The participants of a mention, each with its article from `forms` (`du
/// Kremlin`), and those of them that speak: for a report of speech, the
/// organisations. Participants keep the speakers (consolidation clusters on
/// them); the event drops them from its participants.
pub fn speakers(
    participants: Vec<EntityRef>,
    event_type: EventType,
    sentence: &[&EntityMention],
    forms: &NameForms,
) -> (Vec<EntityRef>, Vec<EntityRef>) {
    let is_organisation = |r: &EntityRef| {
        sentence
            .iter()
            .any(|e| e.entity_id == r.id && e.entity_type == EntityType::Organization)
    };
    let participants: Vec<EntityRef> = participants
        .iter()
        .map(|r| forms.reference(&r.id, &r.name))
        .collect();
    let speakers = participants
        .iter()
        .filter(|r| event_type.is_reporting() && is_organisation(r))
        .cloned()
        .collect();
    (participants, speakers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FoundBy, Span};

    fn mention(id: &str, entity_type: EntityType) -> EntityMention {
        EntityMention {
            entity_id: id.into(),
            name: id.into(),
            entity_type,
            surface: id.into(),
            span: Span::new(0, 1),
            found_by: FoundBy::Rule,
            rule: "test".into(),
            confidence: 1.0,
            role: None,
        }
    }

    #[test]
    fn organisations_speak_only_in_reports_of_speech() {
        let kremlin = mention("kremlin", EntityType::Organization);
        let kim = mention("kim-jong-un", EntityType::Person);
        let sentence = [&kremlin, &kim];
        let forms = NameForms::parse("[names]\nkremlin = { article = \"le\" }").unwrap();
        for t in EventType::ALL {
            let both = vec![
                EntityRef::new("kim-jong-un", "kim-jong-un"),
                EntityRef::new("kremlin", "kremlin"),
            ];
            let (actors, speakers) = speakers(both, t, &sentence, &forms);
            let actor_ids: Vec<&str> = actors.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(actor_ids, ["kim-jong-un", "kremlin"], "{t:?}");
            assert_eq!(actors[1].article.as_deref(), Some("le"));
            let speaker_ids: Vec<&str> = speakers.iter().map(|r| r.id.as_str()).collect();
            if t.is_reporting() {
                assert_eq!(speaker_ids, ["kremlin"], "{t:?}");
                assert_eq!(speakers[0].article.as_deref(), Some("le"));
            } else {
                assert!(speakers.is_empty(), "{t:?}");
            }
        }
    }
}
