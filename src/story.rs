//! The story a timeline is about (`data/stories/*.toml`, `--story FILE`).
//!
//! A timeline of "every sentence with an event word and a name" is a
//! timeline of the news, not of a story: a weather bulletin warns, a
//! football club announces, a government falls. A story names its parties
//! (for the default story, Russia and North Korea); a document is part of
//! the story when it names actors of enough parties, and an event enters
//! the timeline when one of its participants or places belongs to a party.
//! Documents outside the story keep their entities but get no event
//! analysis (`status: off_topic`), which is also what keeps an archive of
//! mostly unrelated news cheap. Format: docs/story.md.

pub mod prefilter;

use crate::gazetteer::Gazetteer;
use crate::model::{EntityMention, EventMention};
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

const BUILTIN: &str = include_str!("../data/stories/russia-north-korea.toml");

/// How many times a document must use a party's nationality adjective for
/// the party to count as present ([`Story::is_about_in`]): once may be an
/// aside (`comme le régime nord-coréen`), twice makes the party a subject
/// of the article (a title and its lead, or two paragraphs).
pub const ADJECTIVE_USES: usize = 2;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: String,
    #[serde(default = "default_min_parties")]
    min_parties: usize,
    party: Vec<PartyEntry>,
    #[serde(default)]
    context: Option<ContextEntry>,
}

fn default_min_parties() -> usize {
    2
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyEntry {
    name: String,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    entities: Vec<String>,
    /// Nationality adjectives, masculine singular (`nord-coréen`).
    #[serde(default)]
    adjectives: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextEntry {
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    entities: Vec<String>,
}

/// A story, resolved against the gazetteer of the run: each entity id of
/// the gazetteer that belongs to a party maps to that party.
#[derive(Debug, Clone)]
pub struct Story {
    pub name: String,
    /// Names of the parties, in file order.
    pub parties: Vec<String>,
    /// Parties a document must name to be part of the story.
    pub min_parties: usize,
    /// Entity id → index of its party.
    members: BTreeMap<String, usize>,
    /// Every form of the parties' nationality adjectives, lowercase.
    adjective_forms: BTreeSet<String>,
    /// Per party, its adjectives in every form as whole words, to count
    /// their uses in a document ([`Story::adjective_parties`]); `None` for
    /// a party without adjectives.
    adjective_uses: AdjectiveUses,
    /// Entity ids of the context (listed for readers; they do not make a
    /// document or an event part of the story).
    pub context: BTreeSet<String>,
}

impl Story {
    /// The built-in story (Russia – North Korea).
    pub fn builtin(gazetteer: &Gazetteer) -> anyhow::Result<Story> {
        Story::parse("data/stories/russia-north-korea.toml", BUILTIN, gazetteer)
    }

    /// Read a story file; unknown entity ids, malformed country codes, a
    /// party without members or an impossible `min_parties` are errors
    /// naming the file and the party.
    pub fn parse(file: &str, body: &str, gazetteer: &Gazetteer) -> anyhow::Result<Story> {
        let parsed: File = toml::from_str(body).map_err(|e| anyhow::anyhow!("{file}: {e}"))?;
        let mut errors = Vec::new();
        if parsed.party.is_empty() {
            errors.push(format!("{file}: a story needs at least one [[party]]"));
        }
        if parsed.min_parties == 0 || parsed.min_parties > parsed.party.len().max(1) {
            errors.push(format!(
                "{file}: min_parties = {} but the story has {} parties",
                parsed.min_parties,
                parsed.party.len()
            ));
        }
        let media = gazetteer.ids_in_category("media");
        let mut members: BTreeMap<String, usize> = BTreeMap::new();
        let mut adjective_forms = BTreeSet::new();
        let mut adjective_uses = Vec::new();
        for (index, party) in parsed.party.iter().enumerate() {
            let at = format!("{file}: party {} ({})", index + 1, party.name);
            let mut forms = Vec::new();
            for adjective in &party.adjectives {
                let lower = adjective.trim().to_lowercase();
                if lower.chars().count() < 3 || lower.contains(char::is_whitespace) {
                    errors.push(format!(
                        "{at}: adjective {adjective:?} is not one word of 3 letters or more"
                    ));
                    continue;
                }
                forms.extend(adjective_inflections(&lower));
            }
            adjective_forms.extend(forms.iter().cloned());
            let alternation: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
            adjective_uses.push(
                (!alternation.is_empty())
                    .then(|| Regex::new(&format!(r"(?i)\b(?:{})\b", alternation.join("|"))).ok())
                    .flatten(),
            );
            check_ids(
                &at,
                &party.countries,
                &party.entities,
                gazetteer,
                &mut errors,
            );
            let ids = resolve(&party.countries, &party.entities, gazetteer, &media);
            if ids.is_empty() {
                errors.push(format!("{at}: no gazetteer entry belongs to this party"));
            }
            for id in ids {
                if let Some(other) = members.insert(id.clone(), index) {
                    if other != index {
                        errors.push(format!(
                            "{at}: {id} also belongs to party {}",
                            parsed.party[other].name
                        ));
                    }
                }
            }
        }
        let context = match &parsed.context {
            Some(c) => {
                let at = format!("{file}: context");
                check_ids(&at, &c.countries, &c.entities, gazetteer, &mut errors);
                resolve(&c.countries, &c.entities, gazetteer, &media)
                    .into_iter()
                    .filter(|id| !members.contains_key(id))
                    .collect()
            }
            None => BTreeSet::new(),
        };
        if !errors.is_empty() {
            anyhow::bail!("{}", errors.join("\n"));
        }
        Ok(Story {
            name: parsed.name,
            parties: parsed.party.into_iter().map(|p| p.name).collect(),
            min_parties: parsed.min_parties,
            members,
            adjective_forms,
            adjective_uses: AdjectiveUses(adjective_uses),
            context,
        })
    }

    /// The party an entity belongs to, if any.
    pub fn party_of(&self, entity_id: &str) -> Option<usize> {
        self.members.get(entity_id).copied()
    }

    /// True when a sentence uses a party's nationality adjective
    /// (`un appareil d'espionnage nord-coréen`), as a whole word.
    pub fn has_party_adjective(&self, sentence: &str) -> bool {
        if self.adjective_forms.is_empty() {
            return false;
        }
        let lower = sentence.to_lowercase();
        lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|word| self.adjective_forms.contains(word))
    }

    /// True when the document's entities name actors of enough parties,
    /// or else when they name actors of some party and the text of the document (`text`, normalized) uses the
    /// nationality adjectives of enough others ([`Story::adjective_parties`]).
    /// `Des unités nord-coréennes ont été déployées dans la région de
    /// Koursk`, with the Kremlin and Poutine named, is a report of the
    /// story although no North Korean is named: news speaks of a country's
    /// soldiers, workers or missiles by its adjective. An adjective alone
    /// makes no document part of it (a party must be named by an actor).
    pub fn is_about_in(&self, mentions: &[EntityMention], text: &str) -> bool {
        let mut named = 0u64;
        for m in mentions {
            if let Some(party) = self.party_of(&m.entity_id) {
                named |= 1 << party.min(63);
            }
        }
        let count = named.count_ones() as usize;
        count >= self.min_parties
            || (count > 0
                && (named | self.adjective_parties(text)).count_ones() as usize >= self.min_parties)
    }

    /// The parties whose nationality adjectives `text` uses enough
    /// ([`AdjectiveUses::parties`]).
    pub fn adjective_parties(&self, text: &str) -> u64 {
        self.adjective_uses.parties(text)
    }

    /// The parties' adjectives, for the story scan.
    pub fn adjective_uses(&self) -> &AdjectiveUses {
        &self.adjective_uses
    }

    /// True when one of the event's participants or places belongs to a party.
    pub fn includes(&self, event: &EventMention) -> bool {
        event
            .participants
            .iter()
            .chain(event.places.iter())
            .any(|r| self.members.contains_key(&r.id))
    }
}

/// Each party's nationality adjectives in every form, as whole words.
#[derive(Debug, Clone, Default)]
pub struct AdjectiveUses(Vec<Option<Regex>>);

impl AdjectiveUses {
    /// The parties (a bit each, party `i` at `1 << i`) whose nationality
    /// adjective `text` uses at least [`ADJECTIVE_USES`] times, in any form.
    pub fn parties(&self, text: &str) -> u64 {
        let mut parties = 0u64;
        for (party, uses) in self.0.iter().enumerate().take(64) {
            if let Some(uses) = uses
                && uses.find_iter(text).nth(ADJECTIVE_USES - 1).is_some()
            {
                parties |= 1 << party;
            }
        }
        parties
    }
}

/// The four forms of a French adjective from its masculine singular:
/// `nord-coréen` → nord-coréenne, nord-coréens, nord-coréennes; `russe` →
/// russes; `grand` → grande, grands, grandes.
fn adjective_inflections(masculine: &str) -> Vec<String> {
    let (feminine, plural, feminine_plural) = if masculine.ends_with('e') {
        (
            masculine.to_string(),
            format!("{masculine}s"),
            format!("{masculine}s"),
        )
    } else if masculine.ends_with("en") || masculine.ends_with("on") {
        (
            format!("{masculine}ne"),
            format!("{masculine}s"),
            format!("{masculine}nes"),
        )
    } else if masculine.ends_with('s') || masculine.ends_with('x') {
        (
            format!("{masculine}e"),
            masculine.to_string(),
            format!("{masculine}es"),
        )
    } else {
        (
            format!("{masculine}e"),
            format!("{masculine}s"),
            format!("{masculine}es"),
        )
    };
    let mut forms = vec![masculine.to_string(), feminine, plural, feminine_plural];
    forms.dedup();
    forms
}

fn check_ids(
    at: &str,
    countries: &[String],
    ids: &[String],
    gazetteer: &Gazetteer,
    errors: &mut Vec<String>,
) {
    for code in countries {
        let valid = code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase());
        if !valid {
            errors.push(format!(
                "{at}: country {code:?} is not an ISO 3166-1 alpha-2 code (`RU`)"
            ));
        }
    }
    for id in ids {
        if gazetteer.get(id).is_none() {
            errors.push(format!("{at}: entity {id:?} is not in the gazetteer"));
        }
    }
}

/// Ids of the gazetteer entries of the given countries (news outlets
/// aside), plus the ids listed.
fn resolve(
    countries: &[String],
    ids: &[String],
    gazetteer: &Gazetteer,
    media: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = gazetteer
        .entries
        .values()
        .filter(|e| !media.contains(&e.id))
        .filter(|e| e.country.as_ref().is_some_and(|c| countries.contains(c)))
        .map(|e| e.id.clone())
        .collect();
    out.extend(ids.iter().cloned());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityRef, EntityType, EventType, FoundBy, Modality, Span};

    fn gazetteer() -> Gazetteer {
        let mut g = Gazetteer::default();
        let body = "[defaults]\ntype = \"place\"\n\
            [[entity]]\nname = \"Aland\"\ncountry = \"AA\"\n\
            [[entity]]\nname = \"Aville\"\ncountry = \"AA\"\n\
            [[entity]]\nname = \"Bland\"\ncountry = \"BB\"\n\
            [[entity]]\nname = \"Cland\"\ncountry = \"CC\"\n\
            [[entity]]\nname = \"Aa News\"\ncountry = \"AA\"\ncategory = \"media\"\ntype = \"organization\"\n";
        g.add_file("test.toml", body).unwrap();
        g
    }

    const STORY: &str = "name = \"A–B\"\n\
        [[party]]\nname = \"A\"\ncountries = [\"AA\"]\n\
        [[party]]\nname = \"B\"\ncountries = [\"BB\"]\n\
        [context]\ncountries = [\"CC\"]\n";

    fn mention(id: &str) -> EntityMention {
        EntityMention {
            entity_id: id.to_string(),
            name: id.to_string(),
            entity_type: EntityType::Place,
            surface: id.to_string(),
            span: Span::new(0, 1),
            found_by: FoundBy::Gazetteer,
            rule: "test".to_string(),
            confidence: 1.0,
            role: None,
        }
    }

    fn event(participants: &[&str], places: &[&str]) -> EventMention {
        let refs = |ids: &[&str]| -> Vec<EntityRef> {
            ids.iter()
                .map(|id| EntityRef::new(id.to_string(), id.to_string()))
                .collect()
        };
        EventMention {
            attached_places: Box::default(),
            located_places: Box::default(),
            party_places: Box::default(),
            acting_places: Box::default(),
            speakers: Box::default(),
            document: "d".into(),
            event_type: EventType::Meeting,
            trigger: "rencontre".into(),
            modality: Modality::Occurred,
            participants: refs(participants).into(),
            places: refs(places).into(),
            time: None,
            window: None,
            attribution: None,
            quote: crate::model::SharedStr::default(),
            start: 0,
            end: 0,
            sentence: 0,
            caption: false,
            frame: false,
            pending: None,
        }
    }

    #[test]
    fn parties_are_the_gazetteer_entries_of_their_countries_without_media() {
        let story = Story::parse("s.toml", STORY, &gazetteer()).unwrap();
        assert_eq!(story.party_of("aland"), Some(0));
        assert_eq!(story.party_of("aville"), Some(0));
        assert_eq!(story.party_of("bland"), Some(1));
        assert_eq!(story.party_of("cland"), None);
        assert_eq!(story.party_of("aa-news"), None, "outlets report the story");
        assert!(story.context.contains("cland"));
    }

    #[test]
    fn a_document_needs_actors_of_enough_parties() {
        let story = Story::parse("s.toml", STORY, &gazetteer()).unwrap();
        // every subset of the actors, against a count of parties made here
        let ids = ["aland", "aville", "bland", "cland", "aa-news"];
        for mask in 0u32..(1 << ids.len()) {
            let chosen: Vec<&str> = (0..ids.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| ids[i])
                .collect();
            let side_a = chosen.contains(&"aland") || chosen.contains(&"aville");
            let side_b = chosen.contains(&"bland");
            let mentions: Vec<EntityMention> = chosen.iter().map(|id| mention(id)).collect();
            assert_eq!(
                story.is_about_in(&mentions, ""),
                side_a && side_b,
                "{chosen:?}"
            );
        }
    }

    /// Every subset of the actors × every count of uses of each party's
    /// adjective (in its forms, among other words): the adjectives used
    /// [`ADJECTIVE_USES`] times complete the parties named, never make a
    /// document part of the story alone; look-alike words do not count.
    #[test]
    fn adjectives_used_enough_complete_the_parties_named() {
        let file = STORY
            .replace(
                "countries = [\"AA\"]",
                "countries = [\"AA\"]\nadjectives = [\"alandais\"]",
            )
            .replace(
                "countries = [\"BB\"]",
                "countries = [\"BB\"]\nadjectives = [\"bélien\"]",
            );
        let story = Story::parse("s.toml", &file, &gazetteer()).unwrap();
        let a_forms = ["alandais", "alandaise", "Alandaises"];
        let b_forms = ["bélien", "Béliennes", "béliens", "bélienne"];
        let look_alikes = "antibélien bélienneté alandaisement";
        let ids = ["aland", "bland", "cland"];
        for mask in 0u32..(1 << ids.len()) {
            let chosen: Vec<&str> = (0..ids.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| ids[i])
                .collect();
            let mentions: Vec<EntityMention> = chosen.iter().map(|id| mention(id)).collect();
            for a_uses in 0..=3 {
                for b_uses in 0..=3 {
                    let mut text = format!("Titre. {look_alikes} {look_alikes}.");
                    for k in 0..a_uses {
                        text.push_str(&format!(" Un navire {} arrive.", a_forms[k % 3]));
                    }
                    for k in 0..b_uses {
                        text.push_str(&format!(" Des soldats {}, dit-on.", b_forms[k % 4]));
                    }
                    let a = chosen.contains(&"aland") || a_uses >= 2;
                    let b = chosen.contains(&"bland") || b_uses >= 2;
                    let named = chosen.contains(&"aland") || chosen.contains(&"bland");
                    assert_eq!(
                        story.is_about_in(&mentions, &text),
                        named && a && b,
                        "{chosen:?} {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_event_needs_a_party_actor_or_place() {
        let story = Story::parse("s.toml", STORY, &gazetteer()).unwrap();
        assert!(!story.includes(&event(&["cland"], &["cland"])));
        assert!(!story.includes(&event(&["aa-news"], &[])));
        assert!(story.includes(&event(&["cland", "bland"], &[])));
        assert!(story.includes(&event(&[], &["aville"])));
    }

    #[test]
    fn adjectives_tie_a_sentence_to_a_party_in_every_form() {
        let file = STORY.replace(
            "countries = [\"BB\"]",
            "countries = [\"BB\"]\nadjectives = [\"bélien\", \"alandais\", \"slave\"]",
        );
        let story = Story::parse("s.toml", &file, &gazetteer()).unwrap();
        // the forms of each ending class, written out here
        let forms = [
            "bélien",
            "bélienne",
            "béliens",
            "béliennes",
            "alandais",
            "alandaise",
            "alandaises",
            "slave",
            "slaves",
        ];
        for form in forms {
            for sentence in [
                format!("Un navire {form} a accosté."),
                format!("Les {}, disent-ils.", form.to_uppercase()),
            ] {
                assert!(story.has_party_adjective(&sentence), "{sentence}");
            }
        }
        for sentence in ["Un navire béliennesque.", "Les slavement.", "Rien ici."] {
            assert!(!story.has_party_adjective(sentence), "{sentence}");
        }
    }

    #[test]
    fn bad_story_files_are_refused_with_their_place() {
        let g = gazetteer();
        let unknown = STORY.replace("countries = [\"BB\"]", "entities = [\"nowhere\"]");
        let err = Story::parse("s.toml", &unknown, &g)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("s.toml: party 2 (B): entity \"nowhere\""),
            "{err}"
        );
        let code = STORY.replace("\"BB\"", "\"bb\"");
        let err = Story::parse("s.toml", &code, &g).unwrap_err().to_string();
        assert!(err.contains("country \"bb\""), "{err}");
        let empty = STORY.replace("\"BB\"", "\"ZZ\"");
        let err = Story::parse("s.toml", &empty, &g).unwrap_err().to_string();
        assert!(err.contains("no gazetteer entry"), "{err}");
        let too_many = format!("min_parties = 3\n{STORY}");
        let err = Story::parse("s.toml", &too_many, &g)
            .unwrap_err()
            .to_string();
        assert!(err.contains("min_parties = 3"), "{err}");
    }

    #[test]
    fn the_builtin_story_reads_against_the_builtin_gazetteer() {
        let g = Gazetteer::builtin().unwrap();
        let story = Story::builtin(&g).unwrap();
        assert_eq!(story.parties.len(), 2);
        for (id, party) in [("russie", 0), ("moscou", 0), ("coree-du-nord", 1)] {
            assert_eq!(story.party_of(id), Some(party), "{id}");
        }
        assert_eq!(story.party_of("ukraine"), None);
        assert!(story.context.contains("ukraine"));
    }
}
