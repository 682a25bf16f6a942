//! The word lists of `data/entity-rules.toml`, parsed once per run.

use super::fold::{fold_str, fold_word};
use crate::text::hash::{WordMap, WordSet};
use aho_corasick::AhoCorasick;
use serde::Deserialize;

pub const BUILTIN_RULES: &str = include_str!("../../data/entity-rules.toml");
/// Common first names, one per line (generated, source in its header).
pub const BUILTIN_FIRST_NAMES: &str = include_str!("../../data/first-names.txt");
/// First names given in France since the 1940s that the 2007 list lacks
/// (`Kylian`, `Yanis`), generated from INSEE's Fichier des prénoms by
/// `scripts/gen-first-names-insee`.
pub const BUILTIN_FIRST_NAMES_FR: &str = include_str!("../../data/first-names-fr.txt");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    names: RawNames,
    people: RawPeople,
    organizations: RawOrgs,
    places: RawPlaces,
    roles: RawRoles,
    metonymy: RawMetonymy,
    furniture: RawFurniture,
    ignore: RawIgnore,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetonymy {
    place_after: Vec<String>,
    sports_words: Vec<String>,
    min_sports_words: usize,
    club_before: Vec<String>,
    club_after: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFurniture {
    rubrics: Vec<String>,
    min_rubrics: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    family_name_first_countries: Vec<String>,
    joined_given_name_countries: Vec<String>,
    honorifics: Vec<String>,
    particles: Vec<String>,
    compound_particles: Vec<String>,
    not_name_words: Vec<String>,
    korean_family_names: Vec<String>,
    surname_endings: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeople {
    titles: Vec<String>,
    plural_titles: Vec<String>,
    title_stop_words: Vec<String>,
    max_title_words: usize,
    confidence: f32,
    honorific_confidence: f32,
    shape_confidence: f32,
    byline_markers: Vec<String>,
    byline_roles: Vec<String>,
    match_sheet_labels: Vec<String>,
    credit_name_ends: Vec<String>,
    nationality_nouns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrgs {
    heads: Vec<String>,
    eponym_heads: Vec<String>,
    name_heads: Vec<String>,
    place_heads: Vec<String>,
    place_tails: Vec<String>,
    particle_place_heads: Vec<String>,
    feature_heads: Vec<String>,
    street_heads: Vec<String>,
    demonym_body_heads: Vec<String>,
    complement_head_phrases: Vec<String>,
    apposition_heads: Vec<String>,
    apposition_adjectives: Vec<String>,
    credit_markers: Vec<String>,
    team_heads: Vec<String>,
    complement_heads: Vec<String>,
    particle_name_heads: Vec<String>,
    legal_forms: Vec<String>,
    complement_adjectives: Vec<String>,
    institution_heads: Vec<String>,
    indefinite_determiners: Vec<String>,
    adjective_name_heads: Vec<String>,
    city_adjective_endings: Vec<String>,
    adjective_org_heads: Vec<String>,
    adjective_org_endings: Vec<String>,
    glossed_heads: Vec<String>,
    max_glossed_words: usize,
    described_stop_words: Vec<String>,
    described_verbs: Vec<String>,
    described_end_words: Vec<String>,
    max_head_words: usize,
    confidence: f32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaces {
    settlement_heads: Vec<String>,
    seat_heads: Vec<String>,
    region_prepositions: Vec<String>,
    commune_prepositions: Vec<String>,
    river_articles: Vec<String>,
    town_before: Vec<String>,
    road_prefixes: Vec<String>,
    short_road_prefixes: Vec<String>,
    motorway_prefixes: Vec<String>,
    road_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoles {
    blockers_before: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnore {
    phrases: Vec<String>,
}

/// Folded word sequences (`["agence", "de", "presse"]`), longest first,
/// with an index of the phrases by their first word (in list order), so that
/// a token is compared only with the phrases that can start there.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    list: Vec<Vec<String>>,
    by_first: WordMap<Vec<usize>>,
    /// This list's bit in [`EntityRules::phrase_firsts`] (0: not indexed
    /// there, every word may start a phrase).
    bit: u32,
}

impl Phrases {
    fn new(list: Vec<Vec<String>>) -> Phrases {
        let mut by_first: WordMap<Vec<usize>> = WordMap::default();
        for (i, p) in list.iter().enumerate() {
            by_first.entry(p[0].clone()).or_default().push(i);
        }
        Phrases {
            list,
            by_first,
            bit: 0,
        }
    }

    /// False when no phrase of this list starts with a word whose mask in
    /// [`EntityRules::phrase_firsts`] is `firsts` ([`EntityRules::firsts`]):
    /// [`Phrases::starting_with`] that word would give nothing. One look-up
    /// per token then answers for every list, instead of one per list.
    pub fn may_start(&self, firsts: u32) -> bool {
        self.bit == 0 || firsts & self.bit != 0
    }

    /// True when `words` (folded) end with a phrase of this list.
    pub fn ends(&self, words: &[String]) -> bool {
        self.list.iter().any(|p| words.ends_with(p))
    }

    /// The phrases starting with `first`, in list order (longest first).
    pub fn starting_with<'a>(&'a self, first: &str) -> impl Iterator<Item = &'a Vec<String>> {
        self.by_first
            .get(first)
            .into_iter()
            .flatten()
            .map(|&i| &self.list[i])
    }
}

impl std::ops::Deref for Phrases {
    type Target = [Vec<String>];

    fn deref(&self) -> &[Vec<String>] {
        &self.list
    }
}

/// A title and its former holder's form (`ministre`, `ex-ministre`;
/// `premier ministre`, `ex-premier ministre`): French writes `ex-` joined
/// by a hyphen before any title (Grevisse, Le Bon Usage § 186: `ex-` is a
/// prefix of nouns of function), so each title of the list has its
/// `ex-` form, not written twice in the data.
fn with_ex_forms(list: &[String]) -> Vec<String> {
    list.iter()
        .cloned()
        .chain(
            list.iter()
                .filter(|t| !t.starts_with("ex-"))
                .map(|t| format!("ex-{t}")),
        )
        .collect()
}

fn phrases(list: &[String]) -> Phrases {
    let mut out: Vec<Vec<String>> = list
        .iter()
        .map(|p| {
            p.replace('\'', "' ")
                .split_whitespace()
                .map(fold_word)
                .collect()
        })
        .filter(|p: &Vec<String>| !p.is_empty())
        .collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    Phrases::new(out)
}

fn set(list: &[String]) -> WordSet {
    list.iter().map(|w| fold_word(w)).collect()
}

/// A list of folded phrases counted in a folded text as whole words (no
/// letter or digit on either side): one Aho-Corasick pass over the text
/// finds every entry, where a substring search per entry read the text
/// once per entry (the sports words: 60 entries, 6 % of an archive-mix run).
#[derive(Debug, Clone)]
pub struct PhraseCount {
    /// The entries, in the list's order.
    pub phrases: Vec<String>,
    /// The distinct non-empty entries (none if the automaton could not be
    /// built: the entries are then searched one by one).
    automaton: Option<AhoCorasick>,
    /// For each pattern of the automaton, how many entries of the list it is
    /// (an entry listed twice counts twice, as it did).
    times: Vec<usize>,
    /// Entries that fold to nothing, checked one by one.
    empty: usize,
}

impl PhraseCount {
    pub fn new(phrases: Vec<String>) -> Self {
        let mut distinct: Vec<&str> = Vec::new();
        let mut times = Vec::new();
        for p in phrases.iter().filter(|p| !p.is_empty()) {
            match distinct.iter().position(|d| *d == p.as_str()) {
                Some(i) => times[i] += 1,
                None => {
                    distinct.push(p);
                    times.push(1);
                }
            }
        }
        let automaton = AhoCorasick::new(&distinct).ok();
        let empty = phrases.len() - times.iter().sum::<usize>();
        PhraseCount {
            phrases,
            automaton,
            times,
            empty,
        }
    }

    /// How many entries of the list occur in `folded` with no letter or
    /// digit just before or after them, the count stopping once it reaches
    /// `enough` ([`PhraseCount::count_each`] below `enough`, and at least
    /// `enough` when that count is). An entry counts when one of the occurrences a
    /// left-to-right search of that entry alone finds (`match_indices`: no
    /// two overlap) is bounded so.
    pub fn count_in(&self, folded: &str, enough: usize) -> usize {
        let Some(automaton) = &self.automaton else {
            return self.count_each(folded);
        };
        let bounded = |at: usize, end: usize| bounded_in(folded, at, end);
        // an empty entry occurs at every character boundary
        let mut found = if self.empty > 0
            && folded
                .char_indices()
                .map(|(i, _)| i)
                .chain([folded.len()])
                .any(|i| bounded(i, i))
        {
            self.empty
        } else {
            0
        };
        if found >= enough {
            return found;
        }
        let n = self.times.len();
        // where each pattern's last kept occurrence ends (a later one must
        // start there or after, as `match_indices` goes on), and whether it
        // was counted
        let mut last_end = vec![0usize; n];
        let mut counted = vec![false; n];
        // matches of one pattern come out by end, so by start: each
        // pattern's occurrences are seen in order
        for m in automaton.find_overlapping_iter(folded) {
            let p = m.pattern().as_usize();
            if counted[p] || m.start() < last_end[p] {
                continue;
            }
            last_end[p] = m.end();
            if bounded(m.start(), m.end()) {
                counted[p] = true;
                found += self.times[p];
                if found >= enough {
                    break;
                }
            }
        }
        found
    }

    /// [`PhraseCount::count_in`] entry by entry, without stopping: one
    /// search of the text per entry.
    pub fn count_each(&self, folded: &str) -> usize {
        self.phrases
            .iter()
            .filter(|w| {
                folded
                    .match_indices(w.as_str())
                    .any(|(at, _)| bounded_in(folded, at, at + w.len()))
            })
            .count()
    }
}

/// No letter or digit just before `at` nor just after `end` in `text`.
fn bounded_in(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Everything the entity rules read, folded for comparison.
#[derive(Debug, Clone)]
pub struct EntityRules {
    pub family_name_first: WordSet,
    pub joined_given_name: WordSet,
    /// Honorifics without their final dot, folded (`m`, `mme`).
    pub honorifics: WordSet,
    pub particles: WordSet,
    /// Two particles written together inside a name (`van der`, `von der`).
    pub compound_particles: Phrases,
    /// Exact words (case kept): a capitalised word in this list is not a name.
    pub not_name_words: WordSet,
    pub titles: Phrases,
    pub plural_titles: Phrases,
    pub title_stop_words: WordSet,
    pub max_title_words: usize,
    pub person_confidence: f32,
    pub honorific_confidence: f32,
    /// Confidence of a person found by the shape of the name alone.
    pub shape_confidence: f32,
    /// Folded first names (`data/first-names.txt`).
    pub first_names: WordSet,
    /// Folded Korean family names (`Kim`, `Choe`, `Ri`).
    pub korean_family_names: WordSet,
    /// Folded endings of Slavic family names (`ov`, `ine`, `ski`).
    pub surname_endings: Vec<String>,
    /// Words that introduce the author of a byline or credit (`par`, `version française`).
    pub byline_markers: Phrases,
    /// The reporter's function between a byline's marker and the name
    /// (`Par notre correspondante X`, `De notre envoyé spécial X`).
    pub byline_roles: Phrases,
    /// Labels of a match sheet's lines (`essais`, `cartons jaunes`, `arbitre`).
    pub match_sheet_labels: Phrases,
    /// Punctuation that may end an author's name in a byline (`–`, `,`, `)`).
    pub credit_name_ends: WordSet,
    pub org_heads: Phrases,
    /// Heads of a body named after a person, part of its name (`le
    /// laboratoire Jean Kuntzmann`).
    pub eponym_heads: Phrases,
    /// Capitalised first words of organisation names (`Radio`, `Real`, `FC`), case kept.
    pub name_heads: WordSet,
    /// Lowercase heads naming a place (`place`, `île`, `stade`), folded.
    pub place_heads: WordSet,
    /// Capitalised last words of a venue's name (`Arena`), case kept.
    pub place_tails: WordSet,
    /// Place heads whose name may follow a particle (`col du Soulor`).
    pub particle_place_heads: WordSet,
    /// Particle place heads whose name may be a place of the gazetteer
    /// too (`le réservoir de Kakhovka`): the feature, not the town.
    pub feature_heads: WordSet,
    /// Heads of a street whose name after the particle may be a place of
    /// the gazetteer (`l'avenue de la Californie`): the street, not the place.
    pub street_heads: WordSet,
    /// Heads of a country's body before a nationality adjective (`armée`).
    pub demonym_body_heads: Phrases,
    /// Lowercase heads of several words before a capitalised complement
    /// (`cour d'assises`, `conseil régional`).
    pub complement_head_phrases: Phrases,
    /// Capitalised nouns of nationality or region (`Slovène`, `Breton`).
    pub nationality_nouns: WordSet,
    /// Their lowercase forms, singular and plural: adjectives (`israélienne`).
    pub nationality_adjectives: WordSet,
    pub apposition_heads: Phrases,
    /// Words of rank or size before an apposition's head (`premier`
    /// constructeur), folded.
    pub apposition_adjectives: WordSet,
    pub credit_markers: WordSet,
    /// Lowercase heads of a national team before its country (`équipe de`).
    pub team_heads: Phrases,
    /// Lowercase heads of an institution before a capitalised complement
    /// (`ministère` de l'Intérieur), folded.
    pub complement_heads: WordSet,
    /// Heads of a company whose name runs on through a particle
    /// (`société` Papeteries du Haut-Rupt), folded.
    pub particle_name_heads: WordSet,
    /// Legal forms after a company's name (`SARL`), as written.
    pub legal_forms: WordSet,
    /// Singular adjectives that close such a complement (`de la Transition
    /// écologique`), folded.
    pub complement_adjectives: WordSet,
    /// Lowercase heads that belong to an institution's name (`musée`
    /// Cantini, `université` de Lille), folded.
    pub institution_heads: WordSet,
    /// Indefinite determiners (`une`, `plusieurs`) before such a head, folded.
    pub indefinite_determiners: WordSet,
    /// Heads of a club's name before a city adjective (`Stade` toulousain), case kept.
    pub adjective_name_heads: WordSet,
    /// Endings of city adjectives (`ais`, `ois`, `ain`), folded.
    pub city_adjective_endings: Vec<String>,
    /// Heads of a political organisation before its adjectives (`Parti`
    /// communiste vietnamien), case kept.
    pub adjective_org_heads: WordSet,
    /// Endings of those adjectives (`iste`, `ien`, `al`), folded.
    pub adjective_org_endings: Vec<String>,
    /// Capitalised heads of a name glossed by its acronym in brackets
    /// (`Festival` du film coréen à Paris (FFCP)), case kept.
    pub glossed_heads: WordSet,
    /// How many words such a name may hold, its head included.
    pub max_glossed_words: usize,
    /// Words of time that end a lowercase description (`de mercredi`), folded.
    pub described_stop_words: WordSet,
    /// Words that end a described name for sure when they follow its
    /// complement: the finite verbs of `described_verbs` and the
    /// subordinating conjunctions of `described_end_words`, folded.
    pub described_ends: WordSet,
    pub max_head_words: usize,
    pub org_confidence: f32,
    /// Lowercase nouns of a settlement (`commune`, `village`), folded: `la
    /// commune de X`, `X, la commune de…` name a town.
    pub settlement_heads: WordSet,
    /// Prefixes of numbered roads after `la` (`RN`, `D`), case kept.
    pub road_prefixes: WordSet,
    /// Road prefixes that need two digits (`D`: `la D1` is a division).
    pub short_road_prefixes: WordSet,
    /// Prefixes of motorways after `l'` or `autoroute` (`A`), case kept.
    pub motorway_prefixes: WordSet,
    /// Words of a sentence about traffic (`circulation`, `km/h`), folded.
    pub road_words: WordSet,
    /// Lowercase nouns of a function or body seated in a town or region
    /// (`maire`, `sous-préfète`, `région`), folded: `le maire de X`.
    pub seat_heads: WordSet,
    /// Prepositions before a département, région or country after a town
    /// and its comma (`à X, en Espagne`).
    pub region_prepositions: Phrases,
    /// Locative words before a small commune of the generated list
    /// (`à Riscle`, `de Marciac`, `entre Nogaro et`), folded: a commune is
    /// found only after one of them (`drop_without_context`).
    pub commune_prepositions: Phrases,
    /// Articles and nouns before a river (`la`, `du`, `fleuve`), folded: a
    /// river that needs context is found only after one of them.
    pub river_articles: Phrases,
    /// Lowercase phrases of birth, origin or nearness before a town (`née
    /// à`, `originaire de`, `près de`).
    pub town_before: Phrases,
    pub role_blockers: WordSet,
    /// Locative prepositions (folded) after which a seat is a place.
    pub seat_place_after: Vec<String>,
    /// Words of sports reports (folded phrases), and how many different ones
    /// make a document a sports report, where a city can be its club.
    pub sports_words: PhraseCount,
    pub min_sports_words: usize,
    /// Words (folded) just before a city that make it a club in a sports
    /// report (`face à`, `contre`, `le club de`), and just after it (`s'est imposé`).
    pub club_before: Vec<String>,
    pub club_after: Vec<String>,
    /// Section names of site menus (folded), and how many make a menu.
    pub rubrics: WordSet,
    pub min_rubrics: usize,
    pub ignore: Vec<String>,
    /// Nationality adjectives and their countries, for descriptions.
    pub demonyms: super::describe::Demonyms,
    /// For each word of one of the word sets of [`Set`] or that starts a
    /// phrase of one of the phrase lists above, the bits of those sets and
    /// lists ([`EntityRules::bits`]): one look-up per token answers for all.
    word_bits: WordMap<WordBits>,
}

/// The word sets of [`EntityRules`] the name rules read at a token, each
/// with its bit in [`WordBits::sets`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    NotNameWords,
    Particles,
    FirstNames,
    KoreanFamilyNames,
    NationalityNouns,
    NationalityAdjectives,
    Honorifics,
    AdjectiveNameHeads,
    GlossedHeads,
    AdjectiveOrgHeads,
    NameHeads,
    PlaceTails,
    ParticlePlaceHeads,
    FeatureHeads,
    StreetHeads,
    TitleStopWords,
    CreditMarkers,
    ComplementHeads,
    InstitutionHeads,
    PlaceHeads,
    SettlementHeads,
    SeatHeads,
    ParticleNameHeads,
}

impl Set {
    pub const ALL: [Set; 23] = [
        Set::NotNameWords,
        Set::Particles,
        Set::FirstNames,
        Set::KoreanFamilyNames,
        Set::NationalityNouns,
        Set::NationalityAdjectives,
        Set::Honorifics,
        Set::AdjectiveNameHeads,
        Set::GlossedHeads,
        Set::AdjectiveOrgHeads,
        Set::NameHeads,
        Set::PlaceTails,
        Set::ParticlePlaceHeads,
        Set::FeatureHeads,
        Set::StreetHeads,
        Set::TitleStopWords,
        Set::CreditMarkers,
        Set::ComplementHeads,
        Set::InstitutionHeads,
        Set::PlaceHeads,
        Set::SettlementHeads,
        Set::SeatHeads,
        Set::ParticleNameHeads,
    ];

    /// This set's bit in [`WordBits::sets`].
    pub fn bit(self) -> u64 {
        1 << self as u32
    }
}

/// What one look-up of a word tells ([`EntityRules::bits`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordBits {
    /// The phrase lists with a phrase starting with the word (see
    /// [`Phrases::may_start`]).
    pub firsts: u32,
    /// The word sets holding the word ([`Set::bit`]).
    pub sets: u64,
}

impl WordBits {
    /// True when the word is in `set`: `rules.word_set(set).contains(word)`.
    pub fn is_in(self, set: Set) -> bool {
        self.sets & set.bit() != 0
    }
}

impl EntityRules {
    pub fn parse(body: &str) -> Result<EntityRules, toml::de::Error> {
        let raw: Raw = toml::from_str(body)?;
        let mut rules = EntityRules {
            family_name_first: raw.names.family_name_first_countries.into_iter().collect(),
            joined_given_name: raw.names.joined_given_name_countries.into_iter().collect(),
            honorifics: raw
                .names
                .honorifics
                .iter()
                .map(|h| fold_str(h.trim_end_matches('.')))
                .collect(),
            particles: set(&raw.names.particles),
            compound_particles: phrases(&raw.names.compound_particles),
            not_name_words: raw.names.not_name_words.into_iter().collect(),
            titles: phrases(&with_ex_forms(&raw.people.titles)),
            plural_titles: phrases(&raw.people.plural_titles),
            title_stop_words: set(&raw.people.title_stop_words),
            max_title_words: raw.people.max_title_words,
            person_confidence: raw.people.confidence,
            honorific_confidence: raw.people.honorific_confidence,
            shape_confidence: raw.people.shape_confidence,
            first_names: WordSet::default(),
            korean_family_names: set(&raw.names.korean_family_names),
            surname_endings: raw
                .names
                .surname_endings
                .iter()
                .map(|e| fold_str(e))
                .collect(),
            byline_markers: phrases(&raw.people.byline_markers),
            byline_roles: phrases(&raw.people.byline_roles),
            match_sheet_labels: phrases(&raw.people.match_sheet_labels),
            credit_name_ends: raw.people.credit_name_ends.into_iter().collect(),
            org_heads: phrases(&raw.organizations.heads),
            eponym_heads: phrases(&raw.organizations.eponym_heads),
            name_heads: raw.organizations.name_heads.into_iter().collect(),
            place_heads: set(&raw.organizations.place_heads),
            place_tails: raw.organizations.place_tails.into_iter().collect(),
            particle_place_heads: set(&raw.organizations.particle_place_heads),
            feature_heads: set(&raw.organizations.feature_heads),
            street_heads: set(&raw.organizations.street_heads),
            demonym_body_heads: phrases(&raw.organizations.demonym_body_heads),
            complement_head_phrases: phrases(&raw.organizations.complement_head_phrases),
            nationality_adjectives: raw
                .people
                .nationality_nouns
                .iter()
                .flat_map(|n| {
                    let low = n.to_lowercase();
                    let plural = if low.ends_with('s') || low.ends_with('x') {
                        low.clone()
                    } else {
                        format!("{low}s")
                    };
                    [fold_word(&low), fold_word(&plural)]
                })
                .collect(),
            nationality_nouns: raw.people.nationality_nouns.into_iter().collect(),
            apposition_heads: phrases(&raw.organizations.apposition_heads),
            apposition_adjectives: set(&raw.organizations.apposition_adjectives),
            credit_markers: raw.organizations.credit_markers.into_iter().collect(),
            team_heads: phrases(&raw.organizations.team_heads),
            complement_heads: set(&raw.organizations.complement_heads),
            particle_name_heads: set(&raw.organizations.particle_name_heads),
            legal_forms: raw.organizations.legal_forms.into_iter().collect(),
            complement_adjectives: set(&raw.organizations.complement_adjectives),
            institution_heads: set(&raw.organizations.institution_heads),
            indefinite_determiners: set(&raw.organizations.indefinite_determiners),
            adjective_name_heads: raw.organizations.adjective_name_heads.into_iter().collect(),
            city_adjective_endings: raw
                .organizations
                .city_adjective_endings
                .iter()
                .map(|e| fold_str(e))
                .collect(),
            adjective_org_heads: raw.organizations.adjective_org_heads.into_iter().collect(),
            adjective_org_endings: raw
                .organizations
                .adjective_org_endings
                .iter()
                .map(|e| fold_str(e))
                .collect(),
            glossed_heads: raw.organizations.glossed_heads.into_iter().collect(),
            max_glossed_words: raw.organizations.max_glossed_words,
            described_stop_words: set(&raw
                .organizations
                .described_stop_words
                .iter()
                .chain(&raw.organizations.described_verbs)
                .chain(&raw.organizations.described_end_words)
                .cloned()
                .collect::<Vec<_>>()),
            described_ends: set(&raw
                .organizations
                .described_verbs
                .iter()
                .chain(&raw.organizations.described_end_words)
                .cloned()
                .collect::<Vec<_>>()),
            max_head_words: raw.organizations.max_head_words,
            org_confidence: raw.organizations.confidence,
            settlement_heads: set(&raw.places.settlement_heads),
            road_prefixes: raw.places.road_prefixes.into_iter().collect(),
            short_road_prefixes: raw.places.short_road_prefixes.into_iter().collect(),
            motorway_prefixes: raw.places.motorway_prefixes.into_iter().collect(),
            road_words: set(&raw.places.road_words),
            seat_heads: set(&raw.places.seat_heads),
            region_prepositions: phrases(&raw.places.region_prepositions),
            commune_prepositions: phrases(&raw.places.commune_prepositions),
            river_articles: phrases(&raw.places.river_articles),
            town_before: phrases(&raw.places.town_before),
            role_blockers: set(&raw.roles.blockers_before),
            seat_place_after: raw
                .metonymy
                .place_after
                .iter()
                .map(|p| fold_str(p))
                .collect(),
            sports_words: PhraseCount::new(
                raw.metonymy
                    .sports_words
                    .iter()
                    .map(|p| fold_str(p))
                    .collect(),
            ),
            min_sports_words: raw.metonymy.min_sports_words,
            club_before: raw
                .metonymy
                .club_before
                .iter()
                .map(|p| fold_str(p))
                .collect(),
            club_after: raw
                .metonymy
                .club_after
                .iter()
                .map(|p| fold_str(p))
                .collect(),
            rubrics: raw.furniture.rubrics.iter().map(|r| fold_str(r)).collect(),
            min_rubrics: raw.furniture.min_rubrics,
            ignore: raw.ignore.phrases,
            demonyms: super::describe::Demonyms::builtin(),
            word_bits: WordMap::default(),
        };
        rules.index_words();
        Ok(rules)
    }

    /// Give each phrase list a bit and record, for every first word of a
    /// phrase, the bits of the lists it starts a phrase of; and for every
    /// word of a set of [`Set`], the bits of the sets holding it.
    fn index_words(&mut self) {
        let mut words: WordMap<WordBits> = WordMap::default();
        let lists = [
            &mut self.titles,
            &mut self.plural_titles,
            &mut self.byline_markers,
            &mut self.match_sheet_labels,
            &mut self.org_heads,
            &mut self.demonym_body_heads,
            &mut self.complement_head_phrases,
            &mut self.apposition_heads,
            &mut self.team_heads,
            &mut self.region_prepositions,
            &mut self.commune_prepositions,
            &mut self.river_articles,
            &mut self.town_before,
        ];
        for (k, list) in lists.into_iter().enumerate() {
            list.bit = 1 << k;
            for first in list.by_first.keys() {
                words.entry(first.clone()).or_default().firsts |= list.bit;
            }
        }
        for set in Set::ALL {
            for word in self.word_set(set) {
                words.entry(word.clone()).or_default().sets |= set.bit();
            }
        }
        self.word_bits = words;
    }

    /// The mask of a folded word for [`Phrases::may_start`]: the lists
    /// where it starts a phrase.
    pub fn firsts(&self, folded: &str) -> u32 {
        self.bits(folded).firsts
    }

    /// The phrase lists a word starts a phrase of, and the word sets of
    /// [`Set`] holding it, in one look-up.
    pub fn bits(&self, word: &str) -> WordBits {
        self.word_bits.get(word).copied().unwrap_or_default()
    }

    /// The word set of `set`.
    pub fn word_set(&self, set: Set) -> &WordSet {
        match set {
            Set::NotNameWords => &self.not_name_words,
            Set::Particles => &self.particles,
            Set::FirstNames => &self.first_names,
            Set::KoreanFamilyNames => &self.korean_family_names,
            Set::NationalityNouns => &self.nationality_nouns,
            Set::NationalityAdjectives => &self.nationality_adjectives,
            Set::Honorifics => &self.honorifics,
            Set::AdjectiveNameHeads => &self.adjective_name_heads,
            Set::GlossedHeads => &self.glossed_heads,
            Set::AdjectiveOrgHeads => &self.adjective_org_heads,
            Set::NameHeads => &self.name_heads,
            Set::PlaceTails => &self.place_tails,
            Set::ParticlePlaceHeads => &self.particle_place_heads,
            Set::FeatureHeads => &self.feature_heads,
            Set::StreetHeads => &self.street_heads,
            Set::TitleStopWords => &self.title_stop_words,
            Set::CreditMarkers => &self.credit_markers,
            Set::ComplementHeads => &self.complement_heads,
            Set::InstitutionHeads => &self.institution_heads,
            Set::PlaceHeads => &self.place_heads,
            Set::SettlementHeads => &self.settlement_heads,
            Set::SeatHeads => &self.seat_heads,
            Set::ParticleNameHeads => &self.particle_name_heads,
        }
    }

    /// The rules embedded in the binary (validated by a test).
    pub fn builtin() -> EntityRules {
        EntityRules::parse(BUILTIN_RULES)
            .expect("data/entity-rules.toml is valid (tested)")
            .with_first_names(BUILTIN_FIRST_NAMES)
            .with_first_names(BUILTIN_FIRST_NAMES_FR)
    }

    /// Add a list of first names, one per line (`#` starts a comment).
    pub fn with_first_names(mut self, body: &str) -> EntityRules {
        for name in body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(fold_word)
        {
            self.word_bits.entry(name.clone()).or_default().sets |= Set::FirstNames.bit();
            self.first_names.insert(name);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_parse() {
        let r = EntityRules::parse(BUILTIN_RULES).unwrap();
        assert!(r.honorifics.contains("m") && r.honorifics.contains("mme"));
        assert_eq!(r.org_heads[0].len(), 3); // longest first
        assert!(r.not_name_words.contains("Mars"));
    }

    /// The one-pass count of a phrase list answers as the search of each
    /// entry in turn: the built-in sports words and lists with duplicates,
    /// an empty entry, entries that overlap themselves (`aa`, `a a`) or
    /// each other (`ligue 1`, `ligue 10`), in texts built from every
    /// entry with every kind of neighbour (letter, accented letter, digit,
    /// space, hyphen, apostrophe, punctuation, nothing), glued or not, and
    /// in the seed articles folded.
    #[test]
    fn phrase_count_in_one_pass_equals_each_entry_searched() {
        let builtin = EntityRules::parse(BUILTIN_RULES).unwrap().sports_words;
        let odd: Vec<String> = [
            "aa", "a a", "ligue 1", "ligue 10", "a-a", "match", "match", "é", "1",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let with_empty: Vec<String> = odd.iter().cloned().chain([String::new()]).collect();
        let lists = [
            builtin,
            PhraseCount::new(odd.clone()),
            PhraseCount::new(with_empty),
        ];
        let sides = [
            "", " ", "x", "é", "7", "-", "'", ", ", ".", "a", "aa ", " a",
        ];
        let mut texts: Vec<String> =
            vec![String::new(), " ".into(), "aaaa".into(), "a a a a".into()];
        for list in &lists {
            for w in &list.phrases {
                for before in sides {
                    for after in sides {
                        texts.push(format!("{before}{w}{after}"));
                        texts.push(format!("{before}{w}{w}{after}"));
                        texts.push(format!("{before}{w} {w}{after}"));
                    }
                }
            }
            // several entries in one text, glued and spaced
            let all = list.phrases.join(" ");
            texts.push(all.clone());
            texts.push(list.phrases.concat());
            texts.push(list.phrases.join("-"));
            texts.push(format!("x{all}x"));
        }
        for entry in std::fs::read_dir("corpus").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(fold_str(&std::fs::read_to_string(path).unwrap()));
            }
        }
        let mut checked = 0;
        for list in &lists {
            for t in &texts {
                let each = list.count_each(t);
                for enough in 1..=list.phrases.len() + 1 {
                    let fast = list.count_in(t, enough);
                    assert_eq!(
                        (fast.min(enough), fast >= enough),
                        (each.min(enough), each >= enough),
                        "{t:?} enough {enough}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
    }

    #[test]
    fn phrases_are_indexed_by_first_word_in_list_order() {
        let p = phrases(&[
            "chef".to_string(),
            "chef de l'État".to_string(),
            "agence de presse".to_string(),
            "chef d'état-major".to_string(),
        ]);
        let firsts: Vec<&Vec<String>> = p.starting_with("chef").collect();
        assert_eq!(firsts.len(), 3);
        // longest first, ties in list order, as in the list itself
        let in_list: Vec<&Vec<String>> = p.iter().filter(|x| x[0] == "chef").collect();
        assert_eq!(firsts, in_list);
        assert_eq!(p.starting_with("agence").count(), 1);
        assert_eq!(p.starting_with("presse").count(), 0);
        // not indexed: any word may start a phrase
        assert!(p.may_start(0));
    }

    /// Every phrase list of the built-in rules, by name.
    fn lists(r: &EntityRules) -> Vec<(&'static str, &Phrases)> {
        vec![
            ("titles", &r.titles),
            ("plural_titles", &r.plural_titles),
            ("byline_markers", &r.byline_markers),
            ("org_heads", &r.org_heads),
            ("demonym_body_heads", &r.demonym_body_heads),
            ("complement_head_phrases", &r.complement_head_phrases),
            ("apposition_heads", &r.apposition_heads),
            ("team_heads", &r.team_heads),
            ("region_prepositions", &r.region_prepositions),
            ("commune_prepositions", &r.commune_prepositions),
            ("river_articles", &r.river_articles),
            ("town_before", &r.town_before),
        ]
    }

    /// The one look-up of `firsts` says no exactly when a list has no
    /// phrase starting with the word: over every word of every phrase (first
    /// words and others), folded and not, and words no list holds.
    #[test]
    fn the_first_word_mask_agrees_with_the_lists() {
        let r = EntityRules::builtin();
        let all = lists(&r);
        let mut words: Vec<String> = Vec::new();
        for (_, list) in &all {
            for p in list.iter() {
                words.extend(p.iter().cloned());
            }
        }
        assert!(words.len() > 100, "{}", words.len());
        let extra = [
            "",
            "le",
            "la",
            "l'",
            "d'",
            "de",
            "Ministre",
            "ministre",
            "président",
            "president",
            "PAR",
            "par",
            "Par",
            "chez",
            "à",
            "a",
            "en",
            "au",
            "né",
            "nee",
            "agence",
            "zzz",
            "Kim",
            "état-major",
            "’",
            "2024",
            "пресса",
        ];
        words.extend(extra.iter().map(|w| w.to_string()));
        let mut seen_bits = 0u32;
        for w in &words {
            let mask = r.firsts(w);
            for (name, list) in &all {
                let starts = list.starting_with(w).next().is_some();
                assert_eq!(list.may_start(mask), starts, "{name}: {w:?}");
                seen_bits |= list.bit;
            }
        }
        // every list is indexed, each with a bit of its own
        assert_eq!(seen_bits.count_ones() as usize, all.len());
        // a list with no bit (a default one) answers yes for every word
        assert!(Phrases::default().may_start(r.firsts("zzz")));
    }

    /// The one look-up of [`EntityRules::bits`] says a word is in a set
    /// exactly when the set holds it: over every word of every set and
    /// phrase list, as written, folded, capitalised and uppercased, and
    /// generated words no set holds.
    #[test]
    fn the_word_set_mask_agrees_with_the_sets() {
        let r = EntityRules::builtin();
        let mut words: Vec<String> = Vec::new();
        for set in Set::ALL {
            words.extend(r.word_set(set).iter().cloned());
        }
        for (_, list) in lists(&r) {
            for p in list.iter() {
                words.extend(p.iter().cloned());
            }
        }
        assert!(words.len() > 1000, "{}", words.len());
        let mut variants = Vec::new();
        for w in &words {
            let mut chars = w.chars();
            let capital: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            variants.extend([fold_word(w), capital, w.to_uppercase(), format!("{w}s")]);
        }
        words.extend(variants);
        // generated words: syllables of French words, accents and hyphens
        let pieces = [
            "a", "é", "de", "l'", "ma", "ri", "-", "ne", "Ch", "on", "ès", "K", "im", "ç", "st",
        ];
        let mut next = crate::test_data::xorshift(0x9e37_79b9_7f4a_7c15u64);
        for _ in 0..20_000 {
            let seed = next();
            let len = 1 + (seed % 4) as usize;
            words.push(
                (0..len)
                    .map(|k| pieces[((seed >> (8 * k + 8)) % pieces.len() as u64) as usize])
                    .collect(),
            );
        }
        words.extend(["", "le", "M", "Mme", "zzz", "2024", "пресса"].map(String::from));
        let mut seen = [false; Set::ALL.len()];
        for w in &words {
            let bits = r.bits(w);
            for (k, set) in Set::ALL.into_iter().enumerate() {
                let holds = r.word_set(set).contains(w);
                assert_eq!(bits.is_in(set), holds, "{set:?}: {w:?}");
                seen[k] |= holds;
            }
            assert_eq!(bits.firsts, r.firsts(w));
        }
        // every set has words and a bit of its own
        assert!(seen.iter().all(|&s| s), "{seen:?}");
        let all = Set::ALL.iter().fold(0u64, |m, s| {
            assert_eq!(m & s.bit(), 0, "{s:?}");
            m | s.bit()
        });
        assert_eq!(all.count_ones() as usize, Set::ALL.len());
    }
}
