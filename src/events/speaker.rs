//! Who says so: organisations that speak are the attribution of an event,
//! not its participants.
//!
//! In a report of speech (`Le Kremlin a annoncé que…`, `la Maison-Blanche a
//! démenti`), an organisation is the voice of the report; listing it beside
//! the people who act (`Déclaration de Kim Jong-un et de Maison-Blanche`)
//! misreads the sentence. People who speak stay participants: the gold of a
//! statement is who made it.

use crate::model::{EntityMention, EntityRef, EntityType, EventType, Span};

use super::place::NameForms;
use std::collections::BTreeSet;

/// The participants of a mention, each with its article from `forms` (`du
/// Kremlin`), and those of them that speak: for a report of speech, the
/// organisations, the nearest to the reporting word first (its subject,
/// `Le Kremlin a annoncé`, or its inverted subject, `a annoncé le
/// Kremlin`; an organisation named farther away in the sentence is more
/// often what the report is about). Participants keep the speakers
/// (consolidation clusters on them); the event drops them from its
/// participants.
pub fn speakers(
    participants: Vec<EntityRef>,
    event_type: EventType,
    sentence: &[&EntityMention],
    trigger: Span,
    forms: &NameForms,
) -> (Vec<EntityRef>, Vec<EntityRef>) {
    // distance in bytes from the trigger to the nearest mention of an
    // organisation with this id, None when it is not one
    let distance = |r: &EntityRef| {
        sentence
            .iter()
            .filter(|e| e.entity_id == r.id && e.entity_type == EntityType::Organization)
            .map(|e| {
                if e.span.end <= trigger.start {
                    trigger.start - e.span.end
                } else {
                    e.span.start.saturating_sub(trigger.end)
                }
            })
            .min()
    };
    let participants: Vec<EntityRef> = participants
        .iter()
        .map(|r| forms.reference(&r.id, &r.name))
        .collect();
    let mut speakers: Vec<(usize, EntityRef)> = if event_type.is_reporting() {
        participants
            .iter()
            .filter_map(|r| distance(r).map(|d| (d, r.clone())))
            .collect()
    } else {
        Vec::new()
    };
    speakers.sort_by_key(|(d, _)| *d);
    let speakers = speakers.into_iter().map(|(_, r)| r).collect();
    (participants, speakers)
}

/// Words at most between the country or capital and its reporting verb
/// (`Séoul a vivement dénoncé lundi`), elided forms not counted (`Moscou
/// n'a pas démenti`: three words).
const MAX_WORDS_BEFORE_VERB: usize = 4;

/// `Séoul a dénoncé…`, `la Corée du Nord a tiré…`: a country or a capital
/// that opens the clause of a predicate, a few words before it, stands for
/// its government: the voice of a report of speech, the actor of an act.
/// None when it is not the first name of the clause, when anything but an
/// article or a connective (`openers`, `data/events/context.toml`) stands
/// before it (`la violation par Pyongyang a
/// été dénoncée`: an agent, not a subject), or when the verb is farther.
pub fn place_subject(
    entities: &[&EntityMention],
    clause: Span,
    trigger: Span,
    text: &str,
    openers: &BTreeSet<String>,
    forms: &NameForms,
) -> Option<EntityRef> {
    let words = |from: usize, to: usize| super::place::words(text.get(from..to).unwrap_or(""));
    let first = entities
        .iter()
        .filter(|e| clause.contains(e.span) && e.span.end <= trigger.start)
        .min_by_key(|e| e.span.start)?;
    if first.entity_type != EntityType::Place {
        return None;
    }
    let before = words(clause.start, first.span.start);
    let between = words(first.span.end, trigger.start);
    let opens = before.iter().all(|w| openers.contains(w)) && before.len() <= 2;
    let near = between.iter().filter(|w| !w.ends_with('\'')).count() <= MAX_WORDS_BEFORE_VERB
        && !text
            .get(first.span.end..trigger.start)
            .is_some_and(|t| t.contains(','));
    (opens && near).then(|| forms.reference(&first.entity_id, &first.name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FoundBy;

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
            let (actors, speakers) = speakers(both, t, &sentence, Span::new(0, 1), &forms);
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

    /// The organisation nearest the reporting word speaks first, before or
    /// after it, whatever the order the participants come in.
    #[test]
    fn the_nearest_organisation_speaks_first() {
        let at = |id: &str, start: usize| EntityMention {
            span: Span::new(start, start + 5),
            ..mention(id, EntityType::Organization)
        };
        let forms = NameForms::parse("[names]").unwrap();
        let refs = || {
            vec![
                EntityRef::new("armee", "armee"),
                EntityRef::new("agence", "agence"),
            ]
        };
        // «l'agence a annoncé … l'armée»: subject before the verb
        let (agence, armee) = (at("agence", 0), at("armee", 60));
        let (_, s) = speakers(
            refs(),
            EventType::Announcement,
            &[&armee, &agence],
            Span::new(10, 20),
            &forms,
        );
        assert_eq!(s[0].id, "agence");
        // «… l'armée … a annoncé l'agence»: inverted subject after the verb
        let (armee, agence) = (at("armee", 0), at("agence", 42));
        let (_, s) = speakers(
            refs(),
            EventType::Announcement,
            &[&armee, &agence],
            Span::new(30, 40),
            &forms,
        );
        assert_eq!(s[0].id, "agence");
        assert_eq!(s.len(), 2);
    }
}
