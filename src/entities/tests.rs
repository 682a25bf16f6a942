//! Tests of the whole entity stage on sentences in the style of French news.

use super::*;
use crate::gazetteer::Gazetteer;
use crate::text::normalize;
use std::sync::OnceLock;

fn matcher() -> &'static EntityMatcher {
    static M: OnceLock<EntityMatcher> = OnceLock::new();
    M.get_or_init(|| EntityMatcher::new(Gazetteer::builtin().unwrap()))
}

fn at(text: &str, date: &str) -> Vec<EntityMention> {
    extract_at(&normalize(text), DateInterval::parse_iso(date), matcher())
}

fn ids(found: &[EntityMention]) -> Vec<(String, FoundBy)> {
    found
        .iter()
        .map(|m| (m.entity_id.clone(), m.found_by))
        .collect()
}

fn has(found: &[EntityMention], id: &str, by: FoundBy) -> bool {
    found.iter().any(|m| m.entity_id == id && m.found_by == by)
}

#[test]
fn finds_aliases_on_word_boundaries() {
    let t = normalize("M. Kim a rencontré Vladimir V. Poutine à Vladivostok, pas Poutinesque.");
    let found: Vec<_> = extract(&t, matcher())
        .into_iter()
        .map(|e| (e.entity_id, e.surface))
        .collect();
    assert_eq!(
        found,
        [
            ("kim-jong-un".to_string(), "M. Kim".to_string()),
            ("vladimir-poutine".into(), "Vladimir V. Poutine".into()),
            ("vladivostok".into(), "Vladivostok".into()),
        ]
    );
}

#[test]
fn role_names_the_holder_of_the_day() {
    let text = "Le ministre russe de la Défense est arrivé à Pyongyang.";
    assert!(has(
        &at(text, "2023-07-26"),
        "serguei-choigou",
        FoundBy::Role
    ));
    assert!(has(
        &at(text, "2024-09-13"),
        "andrei-belooussov",
        FoundBy::Role
    ));
    let text = "Le président russe a reçu le dirigeant nord-coréen.";
    let found = at(text, "2010-05-01");
    assert!(
        has(&found, "dmitri-medvedev", FoundBy::Role),
        "{:?}",
        ids(&found)
    );
    assert!(has(&found, "kim-jong-il", FoundBy::Role));
    let found = at(text, "2023-09-13");
    assert!(has(&found, "vladimir-poutine", FoundBy::Role));
    assert!(has(&found, "kim-jong-un", FoundBy::Role));
}

#[test]
fn role_descriptions_of_the_seeds() {
    for (text, id) in [
        (
            "Kim Jong-un a invité le leader du Kremlin à Pyongyang.",
            "vladimir-poutine",
        ),
        (
            "Le locataire du Kremlin sera reçu par l'homme fort de Pyongyang.",
            "kim-jong-un",
        ),
        (
            "Le porte-parole du Kremlin a confirmé la visite.",
            "dmitri-peskov",
        ),
        (
            "La ministre nord-coréenne des Affaires étrangères est à Moscou.",
            "choe-son-hui",
        ),
        (
            "La Corée du Nord a parlé par la voix de sa plus haute diplomate.",
            "choe-son-hui",
        ),
    ] {
        assert!(
            has(&at(text, "2024-01-21"), id, FoundBy::Role),
            "{text}: {:?}",
            ids(&at(text, "2024-01-21"))
        );
    }
}

#[test]
fn a_role_next_to_a_name_adds_nothing() {
    let found = at(
        "Le porte-parole du Kremlin, Dmitri Peskov, a confirmé.",
        "2023-09-12",
    );
    assert!(
        !found.iter().any(|m| m.found_by == FoundBy::Role),
        "{:?}",
        ids(&found)
    );
    assert!(has(&found, "kremlin", FoundBy::Gazetteer));
    let found = at("L'ancien président russe a parlé.", "2023-09-12");
    assert!(!found.iter().any(|m| m.found_by == FoundBy::Role));
}

#[test]
fn generic_roles_need_their_country() {
    let found = at("Le chef de la diplomatie a parlé longuement.", "2023-09-12");
    assert!(found.is_empty(), "{:?}", ids(&found));
}

#[test]
fn kim_alone_follows_the_document() {
    let found = at(
        "Kim Jong-il a reçu Vladimir Poutine en 2000. Kim a promis une coopération.",
        "2024-06-17",
    );
    let kims: Vec<_> = found.iter().filter(|m| m.surface == "Kim").collect();
    assert_eq!(kims[0].entity_id, "kim-jong-il");
    let found = at("Kim est arrivé en Russie.", "2023-09-12");
    assert_eq!(found[0].entity_id, "kim-jong-un");
    let found = at("Kim est arrivé à Pékin.", "2005-01-10");
    assert_eq!(found[0].entity_id, "kim-jong-il");
}

#[test]
fn kim_square_and_unknown_kims_are_not_the_leader() {
    let found = at(
        "Un défilé sur la place Kim, puis Kim Jong-chol a parlé.",
        "2024-06-17",
    );
    assert!(
        !found.iter().any(|m| m.entity_id.starts_with("kim-jong-un")),
        "{:?}",
        ids(&found)
    );
}

#[test]
fn rules_find_people_no_list_knows() {
    let g = Gazetteer::default();
    let m = EntityMatcher::new(g);
    let text = normalize(
        "Il a été accueilli par le ministre russe des Ressources naturelles et de l'Environnement, Alexandre Kozlov, dans une gare. \
         Kurt Campbell, le secrétaire d'État adjoint américain, a averti. \
         L'entourage comprenait les maréchaux Ri Pyong-chol et Pak Jong-chon. Plus tard, Kozlov a parlé.",
    );
    let found = extract(&text, &m);
    let got: Vec<(&str, FoundBy)> = found
        .iter()
        .map(|m| (m.entity_id.as_str(), m.found_by))
        .collect();
    for id in [
        "alexandre-kozlov",
        "kurt-campbell",
        "ri-pyong-chol",
        "pak-jong-chon",
    ] {
        assert!(got.contains(&(id, FoundBy::Rule)), "{id}: {got:?}");
    }
    assert!(
        got.contains(&("alexandre-kozlov", FoundBy::Coreference)),
        "{got:?}"
    );
    assert!(found.iter().all(|m| m.confidence < 1.0));
}

#[test]
fn photo_credits_give_the_agency_not_the_photographer() {
    let m = EntityMatcher::new(Gazetteer::default());
    let found = extract(
        &normalize("Vladimir Poutine à Moscou. PHOTO MIKHAIL KLIMENTYEV/AFP"),
        &m,
    );
    let got: Vec<(&str, EntityType)> = found
        .iter()
        .map(|m| (m.name.as_str(), m.entity_type))
        .collect();
    // the name before is known by its shape (a first name); the
    // photographer's capitals are a credit, not a name
    assert_eq!(
        got,
        [
            ("Vladimir Poutine", EntityType::Person),
            ("AFP", EntityType::Organization)
        ]
    );
}

#[test]
fn organisations_by_pattern() {
    let m = EntityMatcher::new(Gazetteer::default());
    for (text, name) in [
        (
            "selon l'agence de presse sud-coréenne Yonhap, le train",
            "Yonhap",
        ),
        (
            "a rapporté la chaîne de télévision japonaise NHK mardi",
            "NHK",
        ),
        ("selon NK Pro, un site Internet basé à Séoul", "NK Pro"),
        ("a écrit le quotidien Le Monde", "Le Monde"),
    ] {
        let found = extract(&normalize(text), &m);
        assert!(
            found
                .iter()
                .any(|m| m.name == name && m.entity_type == EntityType::Organization),
            "{text}: {found:?}"
        );
    }
    let found = extract(
        &normalize("l'agence de presse officielle nord-coréenne a publié"),
        &m,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_with_an_apposed_description_of_a_body_is_an_organisation() {
    let m = matcher();
    let rules = &m.rules;
    let mut adjectives: Vec<&str> = rules
        .apposition_adjectives
        .iter()
        .map(String::as_str)
        .collect();
    adjectives.sort_unstable();
    let heads = [
        "agence de presse",
        "agence",
        "chaîne",
        "journal",
        "quotidien",
        "hebdomadaire",
        "magazine",
        "site",
        "média",
        "think tank",
        "groupe de réflexion",
        "institut",
        "centre de recherche",
        "ONG",
        "société",
        "entreprise",
        "constructeur",
        "groupe",
        "banque",
        "compagnie",
        "fabricant",
        "opérateur",
        "géant",
        "conglomérat",
        "holding",
        "filiale",
        "club",
        "syndicat",
        "fonds",
        "laboratoire",
        "organisation",
        "parti",
        "start-up",
        "assureur",
        "armateur",
        "exportateur",
        "association",
        "fédération",
    ];
    for head in heads {
        let mut descriptions = vec![head.to_string(), format!("un {head}"), format!("le {head}")];
        for a in &adjectives {
            descriptions.push(format!("{a} {head}"));
            descriptions.push(format!("le {a} {head}"));
        }
        descriptions.push(format!("le premier grand {head}"));
        for description in descriptions {
            for name in ["AvtoVAZ", "Norvanta Group", "NRVT"] {
                let text =
                    format!("Il a vendu ses parts dans {name}, {description} du pays, hier.");
                let found = extract(&normalize(&text), m);
                assert!(
                    found.iter().any(|x| x.surface == name
                        && x.entity_type == EntityType::Organization
                        && x.rule == "rule:org-apposition"),
                    "{text}: {found:?}"
                );
            }
            // a plain word opening its sentence is no name
            let text = format!("Finalement, {description} du pays a cédé.");
            let found = extract(&normalize(&text), m);
            assert!(
                found.iter().all(|x| x.surface != "Finalement"),
                "{text}: {found:?}"
            );
        }
    }
    // a trade or a role after the comma: no organisation
    for text in [
        "Il a parlé à Norvanta, producteur de cinéma, hier.",
        "Il a parlé à Norvanta, le patron du groupe, hier.",
        "Il a parlé à Norvanta, trois fois, hier.",
    ] {
        let found = extract(&normalize(text), m);
        assert!(
            found.iter().all(|x| x.rule != "rule:org-apposition"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn months_and_common_nouns_are_not_names() {
    let found = at(
        "En mars, l'amour de la Chine pour le chine. M. Mars",
        "2023-09-12",
    );
    let got: Vec<&str> = found.iter().map(|m| m.entity_id.as_str()).collect();
    assert_eq!(got, ["chine"]);
}

#[test]
fn rule_hits_inside_gazetteer_names_are_dropped() {
    let found = at(
        "le président russe, Vladimir Poutine, et M. Poutine",
        "2023-09-12",
    );
    assert!(
        found.iter().all(|m| m.entity_id == "vladimir-poutine"),
        "{found:?}"
    );
    assert!(!found.iter().any(|m| m.found_by == FoundBy::Rule));
}

#[test]
fn a_role_in_a_dated_sentence_names_the_holder_of_that_date() {
    let text = normalize(
        "En juillet 2023, le ministre russe de la Défense s'était rendu à Pyongyang. \
         Le ministre russe de la Défense a rencontré hier son homologue.",
    );
    let published = DateInterval::parse_iso("2024-11-05");
    let mut timexes = crate::temporal::extract(&text, published);
    timexes.sort_by_key(|t| t.span);
    let found = extract_dated(&text, published, &timexes, matcher());
    let roles: Vec<&str> = found
        .iter()
        .filter(|m| m.found_by == FoundBy::Role)
        .map(|m| m.entity_id.as_str())
        .collect();
    // the holder in July 2023, then the holder on the day before publication
    assert_eq!(roles, ["serguei-choigou", "andrei-belooussov"]);
    // without the dates, both are read at the publication day
    let plain: Vec<String> = extract_at(&text, published, matcher())
        .into_iter()
        .filter(|m| m.found_by == FoundBy::Role)
        .map(|m| m.entity_id)
        .collect();
    assert_eq!(plain, ["andrei-belooussov", "andrei-belooussov"]);
}

/// Every generated place (data/gazetteer/geo-*.toml) is found, as a place,
/// in a sentence frame; a name that needs context is found only with
/// another place of its country's subdivisions beside it.
#[test]
fn every_generated_place_is_found_in_a_sentence() {
    let g = matcher().gazetteer();
    let generated: Vec<&crate::gazetteer::Entry> = g
        .entries
        .values()
        .filter(|e| e.source.starts_with("geo-"))
        .collect();
    assert!(generated.len() > 250, "{}", generated.len());
    let frames = [
        "Des habitants de {} ont été évacués mardi.",
        "Selon les autorités, {} reste sous surveillance.",
    ];
    for e in &generated {
        for name in e.names() {
            for frame in frames {
                let other = if e.needs_context {
                    // any other subdivision of the same country, without context need
                    g.entries
                        .values()
                        .find(|o| {
                            o.country == e.country
                                && (o.category == e.category
                                    || e.category.as_deref() == Some("city")
                                        && o.entity_type == EntityType::Place
                                        && o.category.as_deref() != Some("country"))
                                && o.id != e.id
                                && !o.needs_context
                        })
                        .map(|o| format!(" Le préfet de {} est venu.", o.name))
                        .unwrap_or_default()
                } else {
                    String::new()
                };
                let text = format!("{}{other}", frame.replace("{}", name));
                let found = extract(&normalize(&text), matcher());
                let m = found.iter().find(|m| m.entity_id == e.id);
                assert!(m.is_some(), "{} not found in {text:?}: {found:?}", e.id);
                assert_eq!(m.unwrap().entity_type, EntityType::Place, "{text}");
                if e.needs_context {
                    let alone = extract(&normalize(&frame.replace("{}", name)), matcher());
                    assert!(
                        alone.iter().all(|m| m.entity_id != e.id),
                        "{} found without context",
                        e.id
                    );
                }
            }
        }
    }
}

/// When the text stage keeps the line naming `name` (it may remove a
/// credit as page furniture), the entity stage finds `name` as an author;
/// false when the line was removed, so the caller counts what it checked.
fn author_when_kept(text: &str, name: &str) -> bool {
    if !normalize(text).normalized.contains(name) {
        return false;
    }
    let found = persons(text);
    assert!(
        found.contains(&(name.to_string(), Some(crate::model::MentionRole::Author))),
        "{text:?}: {found:?}"
    );
    true
}

fn persons(text: &str) -> Vec<(String, Option<crate::model::MentionRole>)> {
    extract(&normalize(text), matcher())
        .into_iter()
        .filter(|m| m.entity_type == EntityType::Person)
        .map(|m| (m.surface, m.role))
        .collect()
}

/// The Korean family names of `data/entity-rules.toml`, read from the
/// file's text (not through the rules under test).
fn korean_family_names_of_the_data() -> Vec<String> {
    include_str!("../../data/entity-rules.toml")
        .split("korean_family_names = [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or("")
        .split(',')
        .map(|w| w.trim().trim_matches('"').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Names nobody listed, in every shape the rules know: a Korean family
/// name × a hyphenated given name, a first name of the list × an unknown
/// surname, a capitalised word × a Slavic ending; each alone in a
/// sentence, then after every singular title of the rules.
#[test]
fn every_name_shape_alone_and_after_every_title() {
    let rules = &matcher().rules;
    let korean = korean_family_names_of_the_data();
    assert!(korean.len() > 50, "{korean:?}");
    let mut names: Vec<String> = korean
        .iter()
        .filter(|k| k.chars().count() >= 2)
        .map(|k| format!("{k} Min-jae"))
        .collect();
    for first in [
        "Claire", "Pierre", "Hélène", "Luis", "Marine", "Nikita", "Thomas",
    ] {
        assert!(
            rules.first_names.contains(&fold::fold_word(first)),
            "{first}"
        );
        names.push(format!("{first} Varennat"));
    }
    for ending in &rules.surname_endings {
        names.push(format!("Matveï Safon{ending}"));
    }
    for name in &names {
        let text = format!("Hier, {name} est arrivé à la réunion.");
        assert_eq!(persons(&text), [(name.clone(), None)], "{text}");
    }
    let titles = rule_list("people", "titles");
    assert!(titles.len() > 50);
    for title in &titles {
        for name in names.iter().step_by(7) {
            let text = format!("Hier, le {title} {name} est arrivé à la réunion.");
            let found = persons(&text);
            assert!(
                found.iter().any(|(s, _)| s == name),
                "{name} after {title}: {found:?}"
            );
        }
    }
}

/// Capitalised words that are no names stay out: sentence openers and
/// words of the rules, before a capitalised word.
#[test]
fn capitalised_sentence_starts_are_no_persons() {
    for text in [
        "Selon Moscou, rien ne change.",
        "Mardi Gras est passé.",
        "Les Russes et Les Coréens.",
        "Pendant Noël, la trêve.",
    ] {
        assert!(persons(text).is_empty(), "{text}: {:?}", persons(text));
    }
}

/// Every byline marker at a line start, before a name that ends its line
/// or a credit separator: a person with the role `author`; the same name
/// in a sentence is no author.
#[test]
fn bylines_give_authors() {
    let markers: Vec<String> = matcher()
        .rules
        .byline_markers
        .iter()
        .map(|m| m.join(" ").replace("' ", "'"))
        .collect();
    assert!(markers.len() >= 5);
    let mut checked = 0;
    for marker in &markers {
        for (sep, tail) in [
            (" :", " | Publié le 03/05/2024 à 10h12"),
            ("", " – Publié le 3 mai 2024"),
            ("", ", à Moscou, le 3 mai 2024"),
        ] {
            let mut m = marker.clone();
            m[..1].make_ascii_uppercase();
            let text = format!(
                "Le sommet s'ouvre à Moscou.\n\n{m}{sep} Claire Varennat{tail}\n\nLe président a parlé."
            );
            // the text stage may remove a credit line as page furniture:
            // only the lines it keeps are the entity stage's to read
            checked += usize::from(author_when_kept(&text, "Claire Varennat"));
        }
    }
    assert!(checked >= 6, "{checked}");
    let found = persons("Le texte a été signé, par Claire Varennat et les autres délégués.");
    assert!(found.iter().all(|(_, role)| role.is_none()), "{found:?}");
}

/// A reporter named Kim is not Kim Jong-un, and the text's `Kim` stays the
/// leader's.
#[test]
fn a_reporter_named_kim_is_an_author_not_the_leader() {
    use crate::model::MentionRole;
    let text = "Le dirigeant a reçu le ministre à Pyongyang, mardi.\nPar Kim Ha-neul – Publié le 3 mai\nKim Jong-un a reçu le ministre. Kim a souri.";
    let found = extract(&normalize(text), matcher());
    let reporter = found.iter().find(|m| m.surface == "Kim Ha-neul").unwrap();
    assert_eq!(reporter.role, Some(MentionRole::Author));
    assert_ne!(reporter.entity_id, "kim-jong-un");
    let kim = found.iter().find(|m| m.surface == "Kim").unwrap();
    assert_eq!(kim.entity_id, "kim-jong-un");
}

/// Every description of the built-in gazetteer, after every determiner, in
/// the singular and the plural (plural written here by the plain -s rule),
/// finds its entry.
#[test]
fn every_description_with_every_determiner_and_number() {
    let g = matcher().gazetteer();
    let demonyms = describe::Demonyms::builtin().list().to_vec();
    let mut count = 0;
    for e in g.entries.values() {
        for d in &e.descriptions {
            let words: Vec<&str> = d.split_whitespace().collect();
            let pre = words
                .iter()
                .skip(1)
                .position(|w| ["de", "du", "des"].contains(w) || w.starts_with("d'"))
                .map_or(words.len(), |p| p + 1);
            let plural: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    // the head, its adjectives and a final nationality adjective agree
                    let demonym = i + 1 == words.len()
                        && demonyms.iter().any(|d| d.forms.iter().any(|f| f == w));
                    if !(i < pre || demonym) || w.ends_with(['s', 'x']) {
                        w.to_string()
                    } else if let Some(stem) = w.strip_suffix("al") {
                        format!("{stem}aux")
                    } else {
                        format!("{w}s")
                    }
                })
                .collect();
            let forms = [
                (d.clone(), ["le", "la", "du", "au"]),
                (plural.join(" "), ["les", "des", "aux", "ces"]),
            ];
            for (phrase, dets) in forms {
                for det in dets {
                    let text = format!("Selon {det} {phrase}, la situation est calme.");
                    let found = extract(&normalize(&text), matcher());
                    assert!(
                        found.iter().any(|m| m.entity_id == e.id),
                        "{} not found in {text:?}: {found:?}",
                        e.id
                    );
                    count += 1;
                }
            }
        }
    }
    assert!(count > 40, "{count}");
}

/// The longest name wins: a place inside an organisation's name is not
/// reported (`France` in `Radio France`, `Madrid` in `Real Madrid`).
#[test]
fn places_inside_organisation_names_are_not_reported() {
    for (text, org, place) in [
        (
            "Selon Radio France, la grève continue.",
            "Radio France",
            "france",
        ),
        ("Le Real Madrid a gagné.", "Real Madrid", "madrid"),
        ("Le Bayern Munich a perdu.", "Bayern Munich", "munich"),
        ("Il joue au FK Krasnodar.", "FK Krasnodar", "krasnodar"),
    ] {
        let found = extract(&normalize(text), matcher());
        assert!(
            found
                .iter()
                .any(|m| m.surface == org && m.entity_type == EntityType::Organization),
            "{text}: {found:?}"
        );
        assert!(
            found.iter().all(|m| m.entity_id != place),
            "{text}: {found:?}"
        );
    }
}

/// Every separator of site menus × places among three section names: the
/// places are the site's sections, not the article's. The same places in a
/// sentence, or in a heading of names without section names, stay.
#[test]
fn places_in_menus_and_weather_widgets_are_not_mentions() {
    let rubrics = [
        "Accueil",
        "International",
        "Économie",
        "Sport",
        "Culture",
        "Vidéos",
    ];
    let places = [
        ("France", "france"),
        ("Europe", "europe"),
        ("Russie", "russie"),
    ];
    let story = "Vladimir Poutine a reçu le dirigeant nord-coréen au Kremlin mercredi.";
    for sep in [" | ", " · ", " › ", " > ", "   ", " "] {
        for (place, id) in places {
            for at in 0..=3 {
                let mut items: Vec<&str> = rubrics[..3].to_vec();
                items.insert(at, place);
                let page = format!("Titre du site\n\n{}\n\n{story}\n", items.join(sep));
                let found = extract(&normalize(&page), matcher());
                assert!(
                    !found.iter().any(|m| m.entity_id == id),
                    "{id} found in the menu of {page:?}"
                );
                assert!(
                    has(&found, "vladimir-poutine", FoundBy::Gazetteer),
                    "{page:?}"
                );
                // the place in the story is still found
                let page = format!("{}\n\n{story} Il ira en {place} demain.\n", items.join(sep));
                let found = extract(&normalize(&page), matcher());
                assert!(found.iter().any(|m| m.entity_id == id), "{page:?}");
            }
        }
    }
    // a heading of names, without section names, is no menu
    let found = extract(
        &normalize("Vladimir Poutine et Kim Jong-un à Moscou\n\nIls se sont vus en Russie.\n"),
        matcher(),
    );
    assert!(found.iter().any(|m| m.entity_id == "moscou"));
    // weather widgets: every city × temperature spelling
    for city in ["Paris", "Moscou", "Séoul"] {
        for temp in ["23°C", "23 °C", "-2°C", "9°", "12,5 °C"] {
            let page = format!("jeudi 12 juin 2025 · {city} {temp}\n\n{story}\n");
            let found = extract(&normalize(&page), matcher());
            assert!(
                !found.iter().any(|m| m.surface == city),
                "{city} found in {page:?}"
            );
        }
        let found = extract(
            &normalize(&format!("Il a fait 23°C à {city} hier.")),
            matcher(),
        );
        assert!(found.iter().any(|m| m.surface == city), "{city}");
    }
}

/// Every seat × every locative of the data × a capitalised or lowercase
/// start: the mention is a place; the same seat as a subject or after `du`
/// stays the organisation, in the same document.
#[test]
fn a_seat_is_a_place_after_a_locative_and_the_organisation_elsewhere() {
    let seats = [
        ("Kremlin", "kremlin", "le", "du"),
        ("Maison-Blanche", "maison-blanche", "la", "de la"),
        ("Élysée", "elysee", "l'", "de l'"),
    ];
    // the locatives, spelled as the data spells them, before each seat
    // (elided forms before a vowel, `au`/`du` forms before a masculine)
    let locatives = [
        ("au", "à la", "à l'"),
        ("dans le", "dans la", "dans l'"),
        ("devant le", "devant la", "devant l'"),
        ("depuis le", "depuis la", "depuis l'"),
        ("près du", "près de la", "près de l'"),
    ];
    for (seat, id, article, of) in seats {
        for loc in locatives {
            let prep = match article {
                "le" => loc.0,
                "la" => loc.1,
                _ => loc.2,
            };
            let sep = if prep.ends_with('\'') { "" } else { " " };
            let subject = match article {
                "l'" => format!("L'{seat}"),
                a => format!("{}{} {seat}", a[..1].to_uppercase(), &a[1..]),
            };
            let text = format!(
                "Le ministre a été reçu lundi {prep}{sep}{seat}. {subject} a démenti mardi. Le porte-parole {of}{}{seat} a parlé.",
                if of.ends_with('\'') { "" } else { " " }
            );
            let found: Vec<(EntityType, String)> = extract(&normalize(&text), matcher())
                .into_iter()
                .filter(|m| m.entity_id == id)
                .map(|m| (m.entity_type, m.surface))
                .collect();
            let want: Vec<(EntityType, String)> = vec![
                (EntityType::Place, seat.to_string()),
                (EntityType::Organization, seat.to_string()),
                (EntityType::Organization, seat.to_string()),
            ];
            assert_eq!(found, want, "{text}");
        }
    }
}

/// Every club of the data × each of its names × a sports sentence: the
/// club is found, and no place inside its name (`Paris` in `Paris
/// Saint-Germain`, `Monaco` in `AS Monaco`) is a place mention.
#[test]
fn a_club_name_is_one_organisation_without_the_place_inside() {
    let g = Gazetteer::builtin().unwrap();
    let clubs: Vec<&crate::gazetteer::Entry> = g
        .ids_in_category("club")
        .iter()
        .filter_map(|id| g.get(id))
        .collect();
    assert!(clubs.len() >= 18);
    for club in clubs {
        for name in club.names() {
            for text in [
                format!("Le {name} s'est imposé 4-1 samedi soir."),
                format!("Les joueurs du {name} reprendront l'entraînement lundi."),
            ] {
                let found = extract(&normalize(&text), matcher());
                assert!(
                    found
                        .iter()
                        .any(|m| m.entity_id == club.id && m.surface.ends_with(name.as_str())),
                    "{text}: {found:?}"
                );
                assert!(
                    !found.iter().any(|m| m.entity_type == EntityType::Place),
                    "{text}: {found:?}"
                );
            }
        }
    }
}

/// The generated cities (data/gazetteer/geo-cities.toml), each with the
/// place of its country that gives a city needing context its context.
fn generated_cities() -> Vec<(&'static crate::gazetteer::Entry, String)> {
    let g = matcher().gazetteer();
    let mut cities: Vec<_> = g
        .entries
        .values()
        .filter(|e| e.source == "geo-cities.toml")
        .map(|e| {
            let other = g
                .entries
                .values()
                .filter(|o| o.country == e.country && o.id != e.id && !o.needs_context)
                .filter(|o| o.entity_type == EntityType::Place)
                .filter(|o| o.category.as_deref() != Some("country"))
                .filter(|o| !o.name.contains(' ') && o.match_name)
                .min_by_key(|o| o.id.clone())
                .map(|o| o.name.clone())
                .unwrap_or_default();
            (e, other)
        })
        .collect();
    cities.sort_by_key(|(e, _)| e.id.clone());
    cities
}

/// Every generated city is found after the prepositions and nouns that
/// introduce a city (à, de, près de, la ville de), and a city named with
/// its article (`Le Havre`, `Les Ulis`) also in the contracted forms
/// (`au Havre`, `du Havre`, `aux Ulis`, `des Ulis`). The contracted forms
/// are built here from the name, not read from the file's aliases.
#[test]
fn every_generated_city_is_found_after_prepositions() {
    let g = matcher().gazetteer();
    let cities = generated_cities();
    assert!(cities.len() > 2000, "{}", cities.len());
    for (e, other) in &cities {
        let context = if e.needs_context {
            assert!(!other.is_empty(), "{}: no place gives it context", e.id);
            format!(" Le préfet de {other} est venu.")
        } else {
            String::new()
        };
        let mut surfaces: Vec<String> = Vec::new();
        for prep in ["à", "près de", "la ville de"] {
            surfaces.push(format!("{prep} {}", e.name));
        }
        // without its article the name may be another city's (`Les
        // Moulins`, `Moulins`): then the contracted form is that one
        let own = |rest: &str| !g.entries.values().any(|o| o.id != e.id && o.name == rest);
        if let Some(rest) = e.name.strip_prefix("Le ").filter(|r| own(r)) {
            surfaces.push(format!("au {rest}"));
            surfaces.push(format!("du {rest}"));
        }
        if let Some(rest) = e.name.strip_prefix("Les ").filter(|r| own(r)) {
            surfaces.push(format!("aux {rest}"));
            surfaces.push(format!("des {rest}"));
        }
        for surface in surfaces {
            let text = format!("La réunion s'est tenue {surface} mardi.{context}");
            let found = extract(&normalize(&text), matcher());
            let m = found.iter().find(|m| m.entity_id == e.id);
            assert!(
                m.is_some(),
                "{} not found in {text:?}: {:?}",
                e.id,
                ids(&found)
            );
            assert_eq!(m.unwrap().entity_type, EntityType::Place, "{text}");
        }
    }
}

/// Controls: a city's name in lowercase is a common word (`une orange`,
/// `les tours`), and a one-word city right before an unknown capitalised
/// word is a first name (`Vladimir Potanine`, `Nancy Martineau`): neither
/// is the city, even when another place of its country is named.
#[test]
fn generated_cities_are_not_common_words_or_first_names() {
    for (e, other) in generated_cities() {
        let context = if other.is_empty() {
            String::new()
        } else {
            format!(" Le préfet de {other} est venu.")
        };
        let lower = e.name.to_lowercase();
        let text = format!("Il parle de {lower} dans sa lettre.{context}");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found.iter().all(|m| m.entity_id != e.id),
            "{text}: {:?}",
            ids(&found)
        );
        if !e.name.contains([' ', '-', '\'']) {
            let text = format!("Selon {} Martineau, la réunion a eu lieu.{context}", e.name);
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().all(|m| m.entity_id != e.id),
                "{text}: {:?}",
                ids(&found)
            );
        }
    }
}

/// A city that is also a common word or a first name (needs_context) is
/// not found alone, and is found when another place of its country below
/// the country is named; the country itself (`France`) is no context.
#[test]
fn an_ambiguous_city_needs_a_place_of_its_country() {
    let ambiguous: Vec<_> = generated_cities()
        .into_iter()
        .filter(|(e, _)| e.needs_context)
        .collect();
    assert!(ambiguous.len() > 20, "{}", ambiguous.len());
    let g = matcher().gazetteer();
    for (e, other) in ambiguous {
        let frame = format!("La réunion s'est tenue à {} mardi.", e.name);
        let country = g
            .entries
            .values()
            .find(|c| c.country == e.country && c.category.as_deref() == Some("country"));
        let mut controls = vec![frame.clone()];
        if let Some(c) = country {
            controls.push(format!("{frame} Le gouvernement de {} a réagi.", c.name));
        }
        for text in controls {
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().all(|m| m.entity_id != e.id),
                "{text}: {:?}",
                ids(&found)
            );
        }
        let text = format!("{frame} Le préfet de {other} est venu.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found.iter().any(|m| m.entity_id == e.id),
            "{text}: {:?}",
            ids(&found)
        );
    }
}

/// Korean given names written in two words, without the hyphen: every
/// family name of the rules × given names split in two syllables is one
/// person with the whole name, alone and after a title, and is the same
/// entity as the hyphenated spelling. A gazetteer name of two words
/// (`Kim Song`) before a third syllable is someone else's name, not cut
/// short.
#[test]
fn korean_given_names_in_two_words_are_whole_names() {
    let korean: Vec<String> = korean_family_names_of_the_data()
        .into_iter()
        .filter(|w| w.chars().count() >= 2)
        .collect();
    assert!(korean.len() > 50, "{korean:?}");
    let given = [
        ("Tae", "Sik"),
        ("Myong", "Gil"),
        ("Song", "Nam"),
        ("Chol", "Ho"),
    ];
    for family in &korean {
        for (a, b) in given {
            let name = format!("{family} {a} {b}");
            for text in [
                format!("Hier, {name} est arrivé à la réunion."),
                format!("Hier, le vice-ministre {name} est arrivé à la réunion."),
            ] {
                assert_eq!(persons(&text), [(name.clone(), None)], "{text}");
            }
            let hyphen = format!("{family} {a}-{}", b.to_lowercase());
            let text = format!("Hier, {name} est arrivé. Plus tard, {hyphen} a parlé.");
            let found: Vec<_> = extract(&normalize(&text), matcher())
                .into_iter()
                .filter(|m| m.entity_type == EntityType::Person)
                .collect();
            assert_eq!(found.len(), 2, "{text}: {:?}", ids(&found));
            assert_eq!(found[0].entity_id, found[1].entity_id, "{text}");
        }
    }
}

/// Controls of the two-word given name: a lowercase word, a stop word or a
/// longer capitalised word after the family name makes no three-word name.
#[test]
fn korean_family_name_before_ordinary_words_is_no_three_word_name() {
    for text in [
        "Hier, Kim Song a parlé aux journalistes.",
        "Hier, M. Kim Tae est arrivé en retard.",
        "Le ministre Park Tae Sik Dongwon est arrivé.",
    ] {
        let found = persons(text);
        assert!(
            found.iter().all(|(s, _)| s.split_whitespace().count() != 3),
            "{text}: {found:?}"
        );
    }
    let text = "Hier, Kim Song a parlé.";
    assert!(persons(text).iter().any(|(s, _)| s == "Kim Song"), "{text}");
}

/// The type of the first mention of `id` in `text`.
fn type_of(text: &str, id: &str) -> Option<EntityType> {
    extract(&normalize(text), matcher())
        .into_iter()
        .find(|m| m.entity_id == id)
        .map(|m| m.entity_type)
}

/// Cities of the gazetteer (hand-written and generated) used by the club tests.
const CLUB_CITIES: [(&str, &str); 5] = [
    ("Montpellier", "montpellier"),
    ("Lyon", "lyon"),
    ("Nantes", "nantes"),
    ("Marseille", "marseille"),
    ("Toulouse", "toulouse"),
];

/// A paragraph of a match report around the sentence under test: three
/// words of the sports list, none of the club contexts.
fn match_report(sentence: &str) -> String {
    format!(
        "{sentence}\n\nL'entraîneur a salué ses joueurs après le match, \
         disputé lors de la dixième journée du championnat."
    )
}

#[test]
fn a_city_after_a_club_context_word_is_its_club_in_a_match_report() {
    let rules = &matcher().rules;
    assert!(!rules.club_before.is_empty());
    for before in &rules.club_before {
        for (city, id) in CLUB_CITIES {
            // the folded phrase is the text: accents do not matter to the rule
            let text = match_report(&format!("Le match {before} {city} a tenu ses promesses."));
            assert_eq!(
                type_of(&text, id),
                Some(EntityType::Organization),
                "{before} {city}"
            );
            // the same words outside a sports report: the city is a place
            let plain = format!("Le dossier {before} {city} a été rouvert par la justice.");
            assert_eq!(
                type_of(&plain, id),
                Some(EntityType::Place),
                "{before} {city}"
            );
        }
    }
}

#[test]
fn a_city_before_a_match_verb_is_its_club_in_a_match_report() {
    let rules = &matcher().rules;
    assert!(!rules.club_after.is_empty());
    for after in &rules.club_after {
        for (city, id) in CLUB_CITIES {
            let text = match_report(&format!("Dimanche soir, {city} {after} à domicile."));
            assert_eq!(
                type_of(&text, id),
                Some(EntityType::Organization),
                "{city} {after}"
            );
        }
    }
}

#[test]
fn a_city_after_a_locative_stays_a_place_in_a_match_report() {
    for prep in ["à", "près de", "dans la banlieue de"] {
        for (city, id) in CLUB_CITIES {
            let text = match_report(&format!("Le joueur est arrivé {prep} {city} samedi."));
            assert_eq!(type_of(&text, id), Some(EntityType::Place), "{prep} {city}");
        }
    }
}

#[test]
fn club_names_by_head_word_hold_a_particle_and_a_place() {
    // heads of data/entity-rules.toml, cities of the gazetteer not listed as clubs
    for head in ["Olympique", "Stade", "Racing Club", "AS", "FC"] {
        for (particle, city) in [("de", "Dijon"), ("de", "Grenoble"), ("d'", "Amiens")] {
            let name = if particle == "d'" {
                format!("{head} d'{city}")
            } else {
                format!("{head} {particle} {city}")
            };
            let text = format!("Le {name} a recruté un nouveau gardien.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:org-name-head"),
                "{name}: {found:?}"
            );
            // the city inside the club's name is not a place of the text
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{name}: {found:?}"
            );
        }
    }
}

#[test]
fn a_national_team_is_an_organisation_not_its_country() {
    let rules = &matcher().rules;
    for head in rules.team_heads.iter() {
        let head = head.join(" ").replace("' ", "'");
        for (country, elided_ok) in [("France", false), ("Italie", true), ("Japon", false)] {
            let elided = head.ends_with('\'');
            if elided != elided_ok {
                continue;
            }
            let sep = if elided { "" } else { " " };
            let phrase = format!("{head}{sep}{country}");
            let text = format!("Le sélectionneur de l'{phrase} a publié sa liste.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.rule == "rule:team" && m.entity_type == EntityType::Organization),
                "{phrase}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{phrase}: {found:?}"
            );
        }
    }
}

/// An embassy or a consulate is named by its head and the capitalised
/// country after it, whatever city follows: every head × particle × country.
#[test]
fn an_embassy_is_named_by_its_head_and_its_country() {
    for head in ["ambassade", "consulat"] {
        for (particle, country) in [
            ("de ", "Chine"),
            ("de ", "Russie"),
            ("du ", "Japon"),
            ("des ", "États-Unis"),
            ("d'", "Iran"),
        ] {
            let name = format!("{head} {particle}{country}");
            let text = format!("L'{name} à Moscou a publié un communiqué.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:head-complement"),
                "{name}: {found:?}"
            );
        }
    }
}

#[test]
fn a_ministry_is_named_by_its_head_and_capitalised_complement() {
    for particle in ["de l'", "de la ", "du ", "des "] {
        for complement in [
            "Intérieur",
            "Culture",
            "Travail",
            "Armées",
            "Transition écologique",
        ] {
            let name = format!("ministère {particle}{complement}");
            let text = format!("Le {name} a publié un communiqué.");
            let found = extract(&normalize(&text), matcher());
            // a portfolio's singular adjective is part of the name
            let want = name.clone();
            assert!(
                found.iter().any(|m| m.surface == want
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:head-complement"),
                "{want}: {found:?}"
            );
        }
    }
    // two complements joined by `et`, the plural adjective kept
    let text = "Le ministère de l'Europe et des Affaires étrangères a réagi.";
    let found = extract(&normalize(text), matcher());
    assert!(
        found
            .iter()
            .any(|m| m.surface == "ministère de l'Europe et des Affaires étrangères"),
        "{found:?}"
    );
    // a lowercase complement is no name
    let text = "Le ministère de tutelle a réagi.";
    assert!(extract(&normalize(text), matcher()).is_empty());
}

#[test]
fn the_senate_needs_the_other_french_chamber() {
    let alone = "Le Sénat a voté le texte dans la nuit.";
    assert_eq!(type_of(alone, "senat"), None);
    let both = "Le Sénat a voté le texte, que l'Assemblée nationale examinera lundi.";
    assert_eq!(type_of(both, "senat"), Some(EntityType::Organization));
}

#[test]
fn a_club_is_named_by_its_head_and_its_city_adjective() {
    let rules = &matcher().rules;
    // city adjectives of each ending, none a club of the gazetteer
    let adjectives = [
        ("ais", "toulonnais"),
        ("aise", "montpelliéraise"),
        ("ois", "brestois"),
        ("oise", "niçoise"),
        ("ain", "toulousain"),
        ("aine", "africaine"),
        ("ien", "vénitien"),
        ("ienne", "parisienne"),
        ("éen", "vendéen"),
        ("éenne", "européenne"),
    ];
    for ending in &rules.city_adjective_endings {
        assert!(
            adjectives.iter().any(|(e, _)| fold::fold_str(e) == *ending),
            "no adjective tested for {ending}"
        );
    }
    for head in ["Stade", "Olympique", "Racing", "Sporting"] {
        assert!(rules.adjective_name_heads.contains(head));
        for (_, adjective) in adjectives {
            let name = format!("{head} {adjective}");
            let text = format!("Le {name} a gagné samedi.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == name && m.entity_type == EntityType::Organization),
                "{name}: {found:?}"
            );
        }
        // a lowercase word of another shape is no name
        let text = format!("{head} plein samedi.");
        assert!(extract(&normalize(&text), matcher()).is_empty(), "{text}");
    }
}

/// A political organisation is named by its head and one or two
/// adjectives of the data's endings: every head × an adjective of every
/// ending, alone and followed by a second one, with a lowercase word of
/// another shape as the control.
#[test]
fn a_party_is_named_by_its_head_and_its_adjectives() {
    let rules = &matcher().rules;
    let adjectives = [
        ("iste", "communiste"),
        ("istes", "écologistes"),
        ("ien", "vietnamien"),
        ("ienne", "italienne"),
        ("ais", "japonais"),
        ("aise", "française"),
        ("ois", "chinois"),
        ("oise", "québécoise"),
        ("ain", "républicain"),
        ("aine", "américaine"),
        ("al", "national"),
        ("ale", "nationale"),
        ("aire", "populaire"),
        ("ique", "démocratique"),
        ("ate", "démocrate"),
        ("éen", "européen"),
        ("éenne", "européenne"),
        ("il", "civil"),
        ("ile", "civile"),
        ("el", "constitutionnel"),
        ("elle", "constitutionnelle"),
        ("if", "exécutif"),
        ("ive", "exécutive"),
        ("an", "paysan"),
        ("anne", "paysanne"),
    ];
    for ending in &rules.adjective_org_endings {
        assert!(
            adjectives.iter().any(|(e, _)| fold::fold_str(e) == *ending),
            "no adjective tested for {ending}"
        );
    }
    let mut heads: Vec<&str> = rules
        .adjective_org_heads
        .iter()
        .map(String::as_str)
        .collect();
    heads.sort_unstable();
    assert!(heads.len() >= 18);
    for head in heads {
        for (_, first) in adjectives {
            for second in ["", " vietnamien"] {
                let name = format!("{head} {first}{second}");
                let text = format!("Hier, le {name} a tenu son congrès à Hanoï.");
                let found = extract(&normalize(&text), matcher());
                // (a name of the gazetteer, `Rassemblement national`, may
                // stop before the second adjective)
                let head_and_first = format!("{head} {first}");
                assert!(
                    found.iter().any(|m| {
                        (m.surface == name
                            || (m.found_by == FoundBy::Gazetteer && m.surface == head_and_first))
                            && m.entity_type == EntityType::Organization
                    }),
                    "{name}: {found:?}"
                );
            }
        }
        // a lowercase word of another shape is no name
        let text = format!("Hier, {head} pris tenait.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found.iter().all(|m| !m.surface.starts_with(head)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_name_glossed_by_its_acronym_is_an_organisation() {
    let rules = &matcher().rules;
    // complements of every shape: lowercase words, a capitalised word, an
    // elided article, a place inside (not reported apart)
    let complements = [
        "du film coréen",
        "national de la statistique",
        "des peuples d'Asie pour l'Enfance",
        "du film coréen à Paris",
    ];
    let mut heads: Vec<&str> = rules.glossed_heads.iter().map(String::as_str).collect();
    heads.sort_unstable();
    assert!(heads.len() >= 40, "{heads:?}");
    let (mut cases, mut known_cases) = (0, 0);
    for head in heads {
        for complement in complements {
            for acronym in ["FFCP", "KOFA", "OTAN"] {
                let name = format!("{head} {complement}");
                let text =
                    format!("Selon un rapport de l'{name} ({acronym}), publié hier, tout va bien.");
                let found = extract(&normalize(&text), matcher());
                // a gazetteer name from the head on wins (`Rassemblement
                // national`): the rule never splits a known entity
                // (or goes on with the complement: `rule:org-extended`)
                let known = found.iter().any(|m| {
                    (m.found_by == FoundBy::Gazetteer || m.rule == "rule:org-extended")
                        && m.surface.starts_with(head)
                });
                cases += 1;
                known_cases += usize::from(known);
                assert_eq!(
                    found.iter().any(|m| m.surface == name
                        && m.entity_type == EntityType::Organization
                        && m.rule == "rule:org-acronym"),
                    !known,
                    "{text}: {found:?}"
                );
                assert!(
                    found.iter().all(|m| m.surface != "Paris"),
                    "{text}: {found:?}"
                );
            }
            // no acronym, a comma before the bracket, a lowercase gloss:
            // nothing ends the name, no name by this rule
            for text in [
                format!("Selon un rapport de l'{head} {complement}, publié hier (FFCP)."),
                format!("Selon un rapport de l'{head} {complement} (voir plus bas), publié hier."),
                format!("Selon un rapport de l'{head} {complement} (F), publié hier."),
            ] {
                let found = extract(&normalize(&text), matcher());
                assert!(
                    found.iter().all(|m| m.rule != "rule:org-acronym"),
                    "{text}: {found:?}"
                );
            }
        }
        // a name longer than the data allow is no name
        let long = "de la très longue et vieille histoire du film coréen ancien";
        let text = format!("Selon l'{head} {long} (FFCP), tout va bien.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found.iter().all(|m| m.rule != "rule:org-acronym"),
            "{text}: {found:?}"
        );
    }
    // the gazetteer's names are the exception, not the rule
    assert!(known_cases * 20 < cases, "{known_cases} of {cases}");
    // a person before an agency's acronym is no organisation
    let found = extract(
        &normalize("Le texte a été écrit par Jean Dupont (AFP) à Séoul."),
        matcher(),
    );
    assert!(
        found.iter().all(|m| m.rule != "rule:org-acronym"),
        "{found:?}"
    );
}

/// Every role of the data with a day someone holds it: (role id, pattern,
/// day, holders that day). The day is the start of the latest term the data
/// give for the role (or today's holders for a term with no start).
fn roles_with_a_holder() -> Vec<(String, String, Option<NaiveDate>, Vec<String>)> {
    let g = matcher().gazetteer();
    let mut out = Vec::new();
    for def in g.roles.values() {
        let day = g
            .entries
            .values()
            .flat_map(|e| e.roles.iter())
            .filter(|r| r.role.as_deref() == Some(def.id.as_str()))
            .map(|r| r.from)
            .max()
            .flatten();
        let holders: Vec<String> = g
            .holders(&def.id, day)
            .iter()
            .map(|e| e.id.clone())
            .collect();
        if holders.is_empty() {
            continue;
        }
        for p in &def.patterns {
            out.push((def.id.clone(), p.clone(), day, holders.clone()));
        }
    }
    out
}

fn role_mentions(text: &str, day: Option<NaiveDate>) -> Vec<String> {
    let published = day.map(DateInterval::day);
    extract_at(&normalize(text), published, matcher())
        .into_iter()
        .filter(|m| m.found_by == FoundBy::Role)
        .map(|m| m.entity_id)
        .collect()
}

#[test]
fn a_former_holder_is_not_the_current_one() {
    // every role description of the data, after every way French news says
    // "former" (ancien, ancienne, ex-, with and without the article), names
    // no one by the role: the former holder is someone else. Controls: the
    // same description with a plain article names a holder of the day.
    let roles = roles_with_a_holder();
    assert!(roles.len() > 20, "{}", roles.len());
    let vowel = |p: &str| fold::fold_str(p).starts_with(|c: char| "aeiouyh".contains(c));
    for (id, pattern, day, holders) in &roles {
        let plain = if vowel(pattern) {
            format!("l'{pattern}")
        } else {
            format!("le {pattern}")
        };
        let control = format!("Selon {plain}, la situation reste tendue.");
        let found = role_mentions(&control, *day);
        assert!(
            found.iter().any(|f| holders.contains(f)),
            "{id}: control {control:?} on {day:?} gave {found:?}, holders {holders:?}"
        );
        for former in [
            format!("l'ancien {pattern}"),
            format!("l'ancienne {pattern}"),
            format!("un ancien {pattern}"),
            format!("une ancienne {pattern}"),
            format!("l'ex-{pattern}"),
            format!("son ex-{pattern}"),
            format!("l'ex {pattern}"),
            format!("les anciens {pattern}"),
        ] {
            for text in [
                format!("Selon {former}, la situation reste tendue."),
                format!("Selon {former} Dmitri Medvedev, la situation reste tendue."),
                format!("{}, a déclaré samedi {former}.", "La guerre durera"),
            ] {
                let found = role_mentions(&text, *day);
                assert!(found.is_empty(), "{id}: {text:?} on {day:?} gave {found:?}");
            }
        }
    }
}

#[test]
fn the_former_russian_president_named_is_himself() {
    for (date, former) in [
        ("2025-10-12", "l'ancien président russe Dmitri Medvedev"),
        ("2025-10-12", "l'ex-président russe Dmitri Medvedev"),
        (
            "2023-09-13",
            "l'ancien chef de l'État russe Dmitri Medvedev",
        ),
    ] {
        let text = format!("Le 10 octobre, {former} a assisté au défilé à Pyongyang.");
        let found = at(&text, date);
        assert!(
            has(&found, "dmitri-medvedev", FoundBy::Gazetteer),
            "{text}: {:?}",
            ids(&found)
        );
        assert!(
            !found.iter().any(|m| m.entity_id == "vladimir-poutine"),
            "{text}: {:?}",
            ids(&found)
        );
    }
}

/// The first names of `data/first-names-fr.txt` (INSEE, born in France
/// since the 1940s: `Kylian`, `Yanis`), each before an unknown family name:
/// a person; the same name alone before a lowercase word is none.
#[test]
fn every_first_name_given_in_france_starts_a_person() {
    let names: Vec<&str> = include_str!("../../data/first-names-fr.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(names.len() > 1000, "{}", names.len());
    let mut checked = 0;
    for first in names {
        let name = format!("{first} Varennat");
        let text = format!("Hier, {name} est arrivé à la réunion.");
        // a part of a compound name that is a name of the gazetteer
        // (`Marie-Aude`: the Aude) is read as that name first
        if first.split('-').any(|part| {
            matcher()
                .gazetteer()
                .get(&crate::gazetteer::slugify(part))
                .is_some()
        }) {
            continue;
        }
        checked += 1;
        assert_eq!(persons(&text), [(name.clone(), None)], "{text}");
        // alone, no rule makes it a person (a gazetteer surname may)
        let alone = format!("Hier, {first} est arrivé à la réunion.");
        let found = extract(&normalize(&alone), matcher());
        assert!(
            found.iter().all(|m| m.found_by != FoundBy::Rule),
            "{alone}: {found:?}"
        );
    }
    assert!(checked > 1000, "{checked}");
}

/// Rule hits of one rule in a text.
fn by_rule(text: &str, rule: &str) -> Vec<(String, EntityType)> {
    extract(&normalize(text), matcher())
        .into_iter()
        .filter(|m| m.rule == rule)
        .map(|m| (m.surface, m.entity_type))
        .collect()
}

/// Every nationality noun after every article, before a name nobody
/// listed: the person (`le Slovène Tadej Pogacar`); controls: one word
/// after it, the noun in lowercase, no article.
#[test]
fn a_nationality_before_a_name_gives_the_person() {
    let rules = &matcher().rules;
    let mut nouns: Vec<&str> = rules.nationality_nouns.iter().map(String::as_str).collect();
    nouns.sort_unstable();
    assert!(nouns.len() > 100);
    let rule = "rule:nationality-before-name";
    for noun in nouns {
        for det in ["le ", "la ", "l'", "du ", "au "] {
            let text = format!("Selon {det}{noun} Zorvan Kelmet, la course est jouée.");
            assert_eq!(
                by_rule(&text, rule),
                [("Zorvan Kelmet".to_string(), EntityType::Person)],
                "{text}"
            );
            let one = format!("Selon {det}{noun} Kelmet, la course est jouée.");
            assert!(by_rule(&one, rule).is_empty(), "{one}");
        }
        let lower = noun.to_lowercase();
        let text = format!("Selon le {lower} Zorvan Kelmet, la course est jouée.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
        let text = format!("Hier, {noun} Zorvan Kelmet a parlé.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
}

/// A company after its nationality in lowercase (`l'américain GE
/// Aerospace`, `le japonais Toyota`): every singular adjective of the
/// nationality nouns; controls: a plural, a first name after it, the
/// capitalised noun (a person).
#[test]
fn a_company_after_its_lowercase_nationality_is_an_organisation() {
    let rules = &matcher().rules;
    let rule = "rule:demonym-company";
    for noun in rules.nationality_nouns.iter() {
        let lower = noun.to_lowercase();
        if lower.ends_with('s') {
            continue;
        }
        for det in ["le ", "l'", "du ", "au "] {
            let text = format!("Le contrat revient {det}{lower} Zorvex Kelmar, selon la presse.");
            assert_eq!(
                by_rule(&text, rule),
                [("Zorvex Kelmar".to_string(), EntityType::Organization)],
                "{text}"
            );
        }
        for control in [
            format!("Le contrat revient aux {lower}s Zorvex Kelmar, selon la presse."),
            format!("Le contrat revient au {lower} Claire Varennat, selon la presse."),
            format!("Le contrat revient au {noun} Zorvex Kelmar, selon la presse."),
        ] {
            assert!(by_rule(&control, rule).is_empty(), "{control}");
        }
    }
}

/// Every head of a country's body before every nationality adjective,
/// singular and plural (`l'armée israélienne`, `les services de
/// renseignement égyptiens`); controls: a lowercase word that is no
/// nationality, a body the gazetteer describes (`l'armée russe`).
#[test]
fn a_body_named_by_its_head_and_nationality_is_an_organisation() {
    let rules = &matcher().rules;
    let rule = "rule:demonym-body";
    let heads: Vec<String> = rules
        .demonym_body_heads
        .iter()
        .map(|h| h.join(" "))
        .collect();
    assert!(heads.len() >= 4);
    for head in &heads {
        for noun in rules.nationality_nouns.iter() {
            let lower = noun.to_lowercase();
            let plural = if lower.ends_with('s') {
                lower.clone()
            } else {
                format!("{lower}s")
            };
            for adjective in [&lower, &plural] {
                let name = format!("{head} {adjective}");
                let text = format!("Selon un communiqué, l'{name} a démenti.");
                if extract(&normalize(&text), matcher())
                    .iter()
                    .any(|m| m.found_by == FoundBy::Gazetteer && name.contains(m.surface.as_str()))
                {
                    continue; // the gazetteer's description wins
                }
                assert_eq!(
                    by_rule(&text, rule),
                    [(name.clone(), EntityType::Organization)],
                    "{text}"
                );
            }
        }
        let text = format!("Selon un communiqué, l'{head} régulière a démenti.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
    let text = "Selon un communiqué, l'armée russe a démenti.";
    assert!(by_rule(text, rule).is_empty(), "{text}");
}

/// The state's executive and bodies named by their head and nationality
/// (`le gouvernement japonais`, `la présidence sud-coréenne`, `les
/// garde-côtes philippins`), and a ministry with its portfolio after the
/// adjective: every nationality × every portfolio (`le ministère chinois
/// de la Défense`); controls: the portfolio in lowercase, a head that is
/// no ministry before a portfolio, no portfolio at all.
#[test]
fn a_government_or_ministry_named_by_its_nationality_is_an_organisation() {
    let rule = "rule:demonym-body";
    for (text, name) in [
        (
            "Selon Tokyo, le gouvernement japonais a démenti.",
            "gouvernement japonais",
        ),
        (
            "Selon Séoul, la présidence sud-coréenne a démenti.",
            "présidence sud-coréenne",
        ),
        (
            "Selon Manille, les garde-côtes philippins ont démenti.",
            "garde-côtes philippins",
        ),
        (
            "Selon Pyongyang, le gouvernement nord-coréen a démenti.",
            "gouvernement nord-coréen",
        ),
    ] {
        assert_eq!(
            by_rule(text, rule),
            [(name.to_string(), EntityType::Organization)],
            "{text}"
        );
    }
    let portfolios = [
        "de la Défense",
        "des Affaires étrangères",
        "du Commerce",
        "de l'Unification",
        "de l'Économie et des Finances",
    ];
    let nationalities = [
        "chinois",
        "taïwanais",
        "japonais",
        "sud-coréen",
        "iranien",
        "danois",
    ];
    for nationality in nationalities {
        for portfolio in portfolios {
            let name = format!("ministère {nationality} {portfolio}");
            let text = format!("Le porte-parole du {name}, a démenti.");
            if extract(&normalize(&text), matcher())
                .iter()
                .any(|m| m.found_by == FoundBy::Gazetteer && m.surface.contains("ministère"))
            {
                continue; // the gazetteer's entry wins
            }
            assert_eq!(
                by_rule(&text, rule),
                [(name.clone(), EntityType::Organization)],
                "{text}"
            );
            let lower = portfolio.to_lowercase();
            let text = format!("Le porte-parole du ministère {nationality} {lower}, a démenti.");
            assert_eq!(
                by_rule(&text, rule),
                [(format!("ministère {nationality}"), EntityType::Organization)],
                "{text}"
            );
            let text =
                format!("Le porte-parole du gouvernement {nationality} {portfolio}, a démenti.");
            assert!(
                by_rule(&text, rule)
                    .iter()
                    .all(|(s, _)| s == &format!("gouvernement {nationality}")),
                "{text}"
            );
        }
        let text = format!("Le porte-parole du ministère {nationality} a démenti.");
        assert_eq!(
            by_rule(&text, rule),
            [(format!("ministère {nationality}"), EntityType::Organization)],
            "{text}"
        );
    }
}

/// A counterpart is a function (`son homologue japonais, Takeshi Iwaya`):
/// every possessive × nationality × punctuation, singular and plural;
/// controls: no name after it, a longer word (`homologation`). Titles are
/// matched with accents folded, so `homologué` is read as the title too.
#[test]
fn a_counterpart_introduces_a_name() {
    let rule = "rule:title-before-name";
    for possessive in ["son", "sa", "leur"] {
        for nationality in ["japonais", "omanais", "sud-coréen", "russe", "chinoise"] {
            for comma in [",", ""] {
                let text = format!(
                    "Il a reçu {possessive} homologue {nationality}{comma} Zorvan Kelmet, hier."
                );
                assert_eq!(
                    by_rule(&text, rule),
                    [("Zorvan Kelmet".to_string(), EntityType::Person)],
                    "{text}"
                );
            }
            let text = format!("Il a reçu {possessive} homologue {nationality} hier à Paris.");
            assert!(by_rule(&text, rule).is_empty(), "{text}");
        }
    }
    let text = "Il a reçu ses homologues Zorvan Kelmet et Ilda Varonne.";
    assert_eq!(
        by_rule(text, "rule:title-list"),
        [
            ("Zorvan Kelmet".to_string(), EntityType::Person),
            ("Ilda Varonne".to_string(), EntityType::Person)
        ],
        "{text}"
    );
    let text = "Après l'homologation Zorvan Kelmet sort demain.";
    assert!(by_rule(text, rule).is_empty(), "{text}");
}

/// After every one-word title, `chez` and a capitalised name is the
/// employer (`analyste chez Oddo BHF`); controls: a person after `chez`,
/// `chez` after a word that is no title.
#[test]
fn an_employer_after_a_trade_is_an_organisation() {
    let rules = &matcher().rules;
    let rule = "rule:employer";
    let titles: Vec<&Vec<String>> = rules.titles.iter().filter(|t| t.len() == 1).collect();
    assert!(titles.len() > 100);
    for title in titles {
        let title = &title[0];
        let text = format!("Selon Zorvan Kelmet, {title} chez Oddo BHF, le marché recule.");
        assert_eq!(
            by_rule(&text, rule),
            [("Oddo BHF".to_string(), EntityType::Organization)],
            "{text}"
        );
        let text = format!("Selon lui, {title} chez Claire Varennat, le marché recule.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
    let text = "Il a dîné chez Oddo BHF hier soir.";
    assert!(by_rule(text, rule).is_empty(), "{text}");
}

/// The employer after `chez` is no person of the title before it, even
/// when no list knows it (`Romain Vasseur, analyste chez Kepler Cheuvreux,
/// estime`): every one-word title, two invented employers; control: the
/// same title before a name without `chez` gives the person.
#[test]
fn an_unknown_employer_after_a_trade_is_no_person() {
    let rules = &matcher().rules;
    let titles: Vec<&Vec<String>> = rules.titles.iter().filter(|t| t.len() == 1).collect();
    assert!(titles.len() > 100);
    for title in titles {
        let title = &title[0];
        for employer in ["Zorvex Kelmar", "Orvain Tallibert"] {
            let text = format!("Selon Zorvan Kelmet, {title} chez {employer}, le marché recule.");
            assert!(
                !by_rule(&text, "rule:title-before-name")
                    .iter()
                    .any(|(n, _)| n.contains(employer)),
                "{text}"
            );
            assert_eq!(
                by_rule(&text, "rule:employer"),
                [(employer.to_string(), EntityType::Organization)],
                "{text}"
            );
        }
        let text = format!("Hier, le {title} Zorvex Kelmar a parlé.");
        assert_eq!(
            by_rule(&text, "rule:title-before-name"),
            [("Zorvex Kelmar".to_string(), EntityType::Person)],
            "{text}"
        );
    }
}

/// A capitalised title word right after a name word is that name's
/// surname, no title (`Arthur Fils affrontera samedi…`, `Daniel Prince
/// a reçu…`): every one-word title, capitalised after a first name, starts
/// no `title-before-name` person; control: the lowercase title after an
/// article does.
#[test]
fn a_title_word_that_ends_a_name_is_no_title() {
    let rules = &matcher().rules;
    let rule = "rule:title-before-name";
    let titles: Vec<&Vec<String>> = rules.titles.iter().filter(|t| t.len() == 1).collect();
    for title in titles {
        let title = &title[0];
        if !title.chars().all(char::is_alphabetic) {
            continue;
        }
        let mut cap = title.chars();
        let first = cap.next().unwrap().to_uppercase().collect::<String>();
        let capitalised = format!("{first}{}", cap.as_str());
        let text =
            format!("Hier, Arthur {capitalised} affrontera samedi Zorvex Kelmar au second tour.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
        let text = format!("Hier, le {title} affrontera samedi Zorvex Kelmar au second tour.");
        assert_eq!(
            by_rule(&text, rule),
            [("Zorvex Kelmar".to_string(), EntityType::Person)],
            "{text}"
        );
    }
}

/// A nationality noun between a title and a name is no part of the name
/// (`le juge recevait l'Italien Jannik Sinner`): every nationality noun after
/// `le`, `la`, `l'`; the person is the name after it.
#[test]
fn a_nationality_noun_after_a_title_is_no_part_of_the_name() {
    let rules = &matcher().rules;
    for noun in rules.nationality_nouns.iter() {
        for det in ["le ", "la ", "l'"] {
            let text = format!("Hier, le juge recevait {det}{noun} Zorvex Kelmar au palais.");
            let found = by_rule(&text, "rule:title-before-name");
            assert!(
                found.iter().all(|(n, _)| n == "Zorvex Kelmar"),
                "{text}: {found:?}"
            );
        }
    }
}

/// Words in brackets right after a person are their team, party or
/// employer (`Tadej Pogacar (UAE Team Emirates)`); controls: an age, a
/// lowercase gloss, brackets after a word that is no person.
#[test]
fn a_bracketed_affiliation_after_a_person_is_an_organisation() {
    let rule = "rule:affiliation";
    for person in [
        "Claire Varennat",
        "Kim Min-jae",
        "Matveï Safonov",
        "Vladimir Poutine",
    ] {
        for team in [
            "UAE Team Emirates",
            "Visma-Lease a Bike",
            "Arkéa-B&B Hotels",
            "Groupama-FDJ",
            "Red Bull-Bora-Hansgrohe",
            "Renaissance",
            "Intermarché-Wanty",
            "XDS Astana Team",
        ] {
            let text = format!("La victoire revient à {person} ({team}), devant le peloton.");
            let found = by_rule(&text, rule);
            assert_eq!(
                found,
                [(team.to_string(), EntityType::Organization)],
                "{text}"
            );
        }
        for gloss in ["38 ans", "prénom modifié", "Photo", "Corée du Sud"] {
            let text = format!("La victoire revient à {person} ({gloss}), devant le peloton.");
            assert!(by_rule(&text, rule).is_empty(), "{text}");
        }
    }
    let text = "La victoire revient au peloton (UAE Team Emirates), devant tous.";
    assert!(by_rule(text, rule).is_empty(), "{text}");
}

/// Every place head that takes a particle, with every particle, before a
/// capitalised name (`le col du Soulor`, `la salle des Quatre-Colonnes`);
/// controls: a person's name after the particle, a head whose complement
/// is another place (`le port de Kelmet` is Kelmet's port).
#[test]
fn a_place_head_takes_its_name_after_a_particle() {
    let rules = &matcher().rules;
    let mut heads: Vec<&str> = rules
        .particle_place_heads
        .iter()
        .map(String::as_str)
        .collect();
    heads.sort_unstable();
    assert!(heads.len() >= 20);
    for head in heads {
        for particle in ["de ", "du ", "des ", "d'", "de la ", "de l'"] {
            let name = format!("{head} {particle}Zorvaux-Kelmet");
            let text = format!("La foule s'est massée devant le {name} samedi.");
            assert_eq!(
                by_rule(&text, "rule:place-head"),
                [(name.clone(), EntityType::Place)],
                "{text}"
            );
        }
        let text = format!("La foule s'est massée devant le {head} de Claire Varennat samedi.");
        assert!(by_rule(&text, "rule:place-head").is_empty(), "{text}");
    }
    for head in ["port", "aéroport", "gare", "lac", "golfe"] {
        let text = format!("La foule s'est massée devant le {head} de Zorvaux samedi.");
        assert!(by_rule(&text, "rule:place-head").is_empty(), "{text}");
    }
}

/// An island, a peninsula, a reservoir and a dam are named by the word
/// after their particle (`l'île de Yeonpyeong`), with every determiner and
/// particle, even when a town of the gazetteer bears that name (`le
/// réservoir de Kakhovka`, `la péninsule d'Ongjin`: the feature, the town
/// not reported); controls: a person after the particle, a lowercase word,
/// and a way to a city (`le chemin de Pyongyang` leaves the city a place).
#[test]
fn islands_peninsulas_and_reservoirs_take_the_name_after_their_particle() {
    let places = |text: &str| -> Vec<String> {
        extract(&normalize(text), matcher())
            .into_iter()
            .filter(|m| m.entity_type == EntityType::Place)
            .map(|m| m.surface)
            .collect()
    };
    let heads = ["île", "péninsule", "réservoir", "barrage"];
    for head in heads {
        assert!(
            matcher()
                .rules
                .feature_heads
                .contains(&fold::fold_word(head)),
            "{head}"
        );
        for det in ["le ", "la ", "l'", "du ", "au "] {
            for (particle, name) in [
                ("de ", "Zorvaux"),
                ("d'", "Orvalie-Kerdan"),
                ("du ", "Kelmar"),
                ("de ", "Kakhovka"),
                ("d'", "Ongjin"),
                ("de ", "Pyongyang"),
            ] {
                let place = format!("{head} {particle}{name}");
                let text = format!("Les secours ont atteint {det}{place} dans la nuit.");
                assert_eq!(places(&text), [place], "{text}");
            }
            let text =
                format!("Les secours ont atteint {det}{head} de Claire Varennat dans la nuit.");
            assert!(places(&text).is_empty(), "{text}");
            let text = format!("Les secours ont atteint {det}{head} de nuit hier.");
            assert!(places(&text).is_empty(), "{text}");
        }
    }
    // `rue` is a street head: `la rue de Pyongyang` is the street only
    // (a_street_named_after_a_place_is_the_street_only)
    for head in ["chemin", "vallée"] {
        let text = format!("Le convoi a repris le {head} de Pyongyang dans la nuit.");
        assert_eq!(places(&text), ["Pyongyang"], "{text}");
    }
}

/// Every numbered road of the French network after `la`, joined or
/// spaced (`la RN 85`, `la RD1075`, `la N7`), and every motorway after
/// `l'` in a sentence about traffic or after `autoroute` (`l'A480`), is a
/// place, the party `RN` inside not reported; `entre X et Y` after it names
/// two places (`coupée entre La Mure et Corps`). Controls: `le` before
/// the road, a one-digit departmental road (`la D1`, a division), a
/// motorway-like aircraft in a sentence without traffic (`l'A320`), a
/// person or hours after `entre`.
#[test]
fn numbered_roads_are_places_and_so_are_their_ends() {
    let road_places = |text: &str| -> Vec<(String, String)> {
        extract(&normalize(text), matcher())
            .into_iter()
            .filter(|m| m.entity_type == EntityType::Place)
            .map(|m| (m.rule, m.surface))
            .collect()
    };
    let road = |r: &str| ("rule:road".to_string(), r.to_string());
    let end = |r: &str| ("rule:road-ends".to_string(), r.to_string());
    let roads = [
        ("RN", "85"),
        ("RD", "1075"),
        ("N", "7"),
        ("D", "906"),
        ("M", "6007"),
        ("RM", "20"),
        ("RN", "4"),
    ];
    for (prefix, number) in roads {
        for name in [format!("{prefix} {number}"), format!("{prefix}{number}")] {
            let text = format!("La circulation reste difficile sur la {name} depuis lundi.");
            assert_eq!(road_places(&text), [road(&name)], "{text}");
            let text =
                format!("La {name} est coupée entre Zorvaux et Orvaux-de-Kelmar depuis lundi.");
            assert_eq!(
                road_places(&text),
                [road(&name), end("Zorvaux"), end("Orvaux-de-Kelmar")],
                "{text}"
            );
            let text = format!("La {name} est coupée entre La Mure et Le Kelmar depuis lundi.");
            assert_eq!(
                road_places(&text),
                [road(&name), end("La Mure"), end("Le Kelmar")],
                "{text}"
            );
            let text = format!("La {name} est coupée entre Claire Varennat et Zorvaux.");
            assert_eq!(road_places(&text), [road(&name)], "{text}");
            let text = format!("La {name} est coupée entre 8 heures et 10 heures.");
            assert_eq!(road_places(&text), [road(&name)], "{text}");
            let text = format!("Le {name} a été présenté lundi aux élus.");
            assert!(road_places(&text).is_empty(), "{text}");
        }
    }
    for number in ["480", "7", "40"] {
        for name in [format!("A{number}"), format!("A {number}")] {
            let text = format!("Sur l'{name}, la vitesse est abaissée à 70 km/h.");
            assert_eq!(road_places(&text), [road(&name)], "{text}");
            let text = format!("L'autoroute {name} restera fermée jusqu'à lundi.");
            assert_eq!(road_places(&text), [road(&name)], "{text}");
            let text = format!("L'{name} a été présenté lundi aux élus.");
            assert!(road_places(&text).is_empty(), "{text}");
        }
    }
    for text in [
        "La D1 reprend ce week-end avec un choc.",
        "La circulation était fluide quand la D2 a repris.",
        "L'A320neo d'Airbus a été présenté lundi.",
        "Le député du RN 85 fois cité a voté contre.",
    ] {
        assert!(road_places(text).is_empty(), "{text}");
    }
}

/// The state bodies and parties of East Asia and Iran, the DRC's armed
/// groups under UN sanctions, chip makers, network operators, pay
/// channels and the waters added with them are found whole, with their
/// type, in every frame (after an article, a preposition, at a sentence
/// start): `le Nil Bleu` is not the Nile, `le Kuomintang (KMT)` one party.
#[test]
fn bodies_companies_and_waters_of_world_news_are_found_whole() {
    use EntityType::{Organization, Place};
    let names = [
        ("Yuan législatif", Organization),
        ("Kuomintang", Organization),
        ("Conseil des affaires d'État", Organization),
        ("Assemblée nationale populaire", Organization),
        ("Conseil suprême de sécurité nationale", Organization),
        ("Parti libéral-démocrate", Organization),
        ("M23", Organization),
        ("Forces démocratiques alliées", Organization),
        ("TSMC", Organization),
        ("Infineon", Organization),
        ("Soitec", Organization),
        ("Bosch", Organization),
        ("Enedis", Organization),
        ("beIN Sports", Organization),
        ("mer de Chine orientale", Place),
        ("Nil Bleu", Place),
        ("Nil Blanc", Place),
    ];
    for (name, kind) in names {
        for frame in [
            "Selon le {} et ses alliés, rien ne change.",
            "Un accord avec le {} a été trouvé lundi.",
            "{} a fait savoir lundi que rien ne changeait.",
        ] {
            let text = frame.replace("{}", name);
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == name && m.entity_type == kind),
                "{text}: {found:#?}"
            );
            assert!(
                found.iter().all(|m| m.surface == name),
                "{text}: {found:#?}"
            );
        }
    }
    let found = extract(&normalize("Le Kuomintang (KMT) a voté contre."), matcher());
    let ids: Vec<&str> = found.iter().map(|m| m.entity_id.as_str()).collect();
    assert_eq!(ids, ["kuomintang", "kuomintang"], "{found:#?}");
}

/// A credit that puts the outlet before the slash and its photographer
/// after it (`Photo Le DL/Romain Gassend`): the photographer is a person
/// with the role `author`, the outlet an organisation; every marker,
/// spacing and name. Controls: an agency after the slash stays the
/// organisation (`Photo Claire Varennat/AFP` gives no author after the
/// slash), a name after the slash that opens on no first name is an
/// organisation (`Photo Le DL/Zorvaux Presse`), and after a photographer
/// the slash leads to the agency even when it opens on a first name
/// (`© Claire Varennat / Hans Lucas`).
#[test]
fn a_photographer_after_the_outlet_of_a_credit_is_an_author() {
    let caption = "Un chasse-neige sur la route du col, lundi.";
    for marker in ["Photo", "PHOTO", "Crédit", "©"] {
        for outlet in ["Le Kelmar", "Zorvaux Matin", "Le DL"] {
            for person in ["Romain Gassend", "Claire Varennat", "Jean-Luc Dumontel"] {
                for slash in ["/", " / ", " /"] {
                    let text = format!("{caption} {marker} {outlet}{slash}{person}\n\nLa suite.");
                    let found = extract(&normalize(&text), matcher());
                    assert!(
                        found.iter().any(|m| m.surface == person
                            && m.entity_type == EntityType::Person
                            && m.role.is_some()),
                        "{text}: {found:#?}"
                    );
                    assert!(
                        found
                            .iter()
                            .any(|m| m.surface == outlet
                                && m.entity_type == EntityType::Organization),
                        "{text}: {found:#?}"
                    );
                    assert!(
                        !found
                            .iter()
                            .any(|m| m.surface == person
                                && m.entity_type == EntityType::Organization),
                        "{text}: {found:#?}"
                    );
                }
            }
            let text = format!("{caption} {marker} {outlet}/Zorvaux Presse\n\nLa suite.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == "Zorvaux Presse"
                        && m.entity_type == EntityType::Organization),
                "{text}: {found:#?}"
            );
        }
        let text = format!("{caption} {marker} Claire Varennat/AFP\n\nLa suite.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found.iter().any(|m| m.entity_id == "afp"),
            "{text}: {found:#?}"
        );
        for agency in ["Hans Lucas", "Marc Kelmar"] {
            let text = format!("{caption} {marker} Claire Varennat / {agency}\n\nLa suite.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == agency && m.entity_type == EntityType::Organization),
                "{text}: {found:#?}"
            );
            assert!(
                !found
                    .iter()
                    .any(|m| m.entity_type == EntityType::Organization
                        && m.surface == "Claire Varennat"),
                "{text}: {found:#?}"
            );
        }
    }
}

/// A portfolio's singular adjective closes the complement of an institution
/// (`ministère de la Transition écologique`, `de l'Éducation nationale`):
/// every head × particle × noun × adjective (masculine and feminine), then
/// a verb; controls: a singular verb form, a nationality and an adjective
/// outside the list stay out of the name.
#[test]
fn a_ministry_keeps_the_singular_adjective_of_its_portfolio() {
    let rule = "rule:head-complement";
    let adjectives = [
        ("Transition", "écologique"),
        ("Transition", "énergétique"),
        ("Transition", "numérique"),
        ("Éducation", "nationale"),
        ("Enseignement", "supérieur"),
        ("Santé", "publique"),
        ("Économie", "sociale"),
        ("Commerce", "extérieur"),
        ("Souveraineté", "alimentaire"),
        ("Souveraineté", "industrielle"),
        ("Formation", "professionnelle"),
        ("Recherche", "scientifique"),
        ("Cohésion", "territoriale"),
    ];
    let controls = [
        "indique", "publie", "explique", "critique", "russe", "chinois", "prudent",
    ];
    for head in ["ministère", "secrétariat", "ambassade"] {
        for particle in ["de la ", "de l'", "du "] {
            for (noun, adjective) in adjectives {
                let text =
                    format!("Le {head} {particle}{noun} {adjective} a publié un communiqué.");
                // the name the text writes, computed from its parts
                let want = format!("{head} {particle}{noun} {adjective}");
                assert_eq!(
                    by_rule(&text, rule),
                    [(want, EntityType::Organization)],
                    "{text}"
                );
            }
            for (noun, _) in adjectives {
                for word in controls {
                    let text = format!("Le {head} {particle}{noun} {word} la décision.");
                    let want = format!("{head} {particle}{noun}");
                    assert_eq!(
                        by_rule(&text, rule),
                        [(want, EntityType::Organization)],
                        "{text}"
                    );
                }
            }
        }
    }
}

/// After a company's head, the name runs on through a particle and a
/// capitalised word nobody listed (`la société Papeteries du Haut-Rupt`):
/// every head × trade × particle × place; controls: a known place, a
/// person, a lowercase word after the particle, and a head that is no
/// company's, end the name before the particle.
#[test]
fn a_company_name_runs_on_through_a_particle() {
    let rule = "rule:org-head";
    let heads = ["la société", "l'entreprise", "le groupe", "la compagnie"];
    let trades = ["Papeteries", "Fonderies", "Tissages Vosgiens"];
    for head in heads {
        for trade in trades {
            for particle in ["du ", "de la ", "des "] {
                for place in ["Haut-Rupt", "Pré-Marchal", "Bois-Joli"] {
                    let text = format!(
                        "Hier, {head} {trade} {particle}{place} a annoncé la fermeture du site."
                    );
                    let want = format!("{trade} {particle}{place}");
                    assert_eq!(
                        by_rule(&text, rule),
                        [(want, EntityType::Organization)],
                        "{text}"
                    );
                }
            }
            for after in ["de Lyon", "de Jean Dupont", "du secteur", "de la Marne"] {
                let text = format!("Hier, {head} {trade} {after} a annoncé la fermeture du site.");
                assert_eq!(
                    by_rule(&text, rule),
                    [(trade.to_string(), EntityType::Organization)],
                    "{text}"
                );
            }
        }
    }
    for head in ["l'agence", "le journal", "le syndicat"] {
        let text = format!("Hier, {head} Papeteries du Haut-Rupt a annoncé la fermeture du site.");
        assert_eq!(
            by_rule(&text, rule),
            [("Papeteries".to_string(), EntityType::Organization)],
            "{text}"
        );
    }
}

/// A legal form after a company's name closes it and stays out of it
/// (`Transports Vuillemin SARL`): every head × name × form; controls: a
/// word of the name that is no legal form stays in it.
#[test]
fn a_legal_form_is_no_part_of_a_company_name() {
    let rule = "rule:org-head";
    for head in ["la société", "le sous-traitant", "le groupe"] {
        for name in ["Transports Vuillemin", "Kallberg Paper"] {
            for form in ["SA", "SAS", "SARL", "SE", "GmbH", "AG", "Inc", "Ltd", "plc"] {
                let text =
                    format!("Hier, {head} {name} {form} a annoncé des suppressions d'emplois.");
                assert_eq!(
                    by_rule(&text, rule),
                    [(name.to_string(), EntityType::Organization)],
                    "{text}"
                );
            }
            for word in ["Frères", "Industries", "Papiers"] {
                let text =
                    format!("Hier, {head} {name} {word} a annoncé des suppressions d'emplois.");
                assert_eq!(
                    by_rule(&text, rule),
                    [(format!("{name} {word}"), EntityType::Organization)],
                    "{text}"
                );
            }
        }
    }
}

/// An institution's complement keeps its plural adjectives and the body
/// it belongs to (`ministère des Comptes publics`, `ministère de la Santé
/// du Hamas`); a singular word after it may be a verb and stays out.
#[test]
fn a_ministry_keeps_its_plural_adjectives_and_its_body() {
    let rule = "rule:head-complement";
    for (text, want) in [
        (
            "Le ministère de l'Europe et des Affaires étrangères a réagi.",
            "ministère de l'Europe et des Affaires étrangères",
        ),
        (
            "Le ministère des Comptes publics a réagi.",
            "ministère des Comptes publics",
        ),
        (
            "Le ministère des Relations extérieures a réagi.",
            "ministère des Relations extérieures",
        ),
        (
            "Le ministère de la Santé du Hamas a publié un bilan.",
            "ministère de la Santé du Hamas",
        ),
        (
            "Le ministère de l'Intérieur de Corée du Sud a réagi.",
            "ministère de l'Intérieur de Corée du Sud",
        ),
        // controls: a verb, a person, a nationality
        (
            "Le ministère de l'Intérieur indique que tout va bien.",
            "ministère de l'Intérieur",
        ),
        (
            "Le ministère de la Santé de Claire Varennat a réagi.",
            "ministère de la Santé",
        ),
        (
            "Le ministère des Affaires étrangères russes a réagi.",
            "ministère des Affaires étrangères",
        ),
    ] {
        let found = by_rule(text, rule);
        assert_eq!(
            found,
            [(want.to_string(), EntityType::Organization)],
            "{text}"
        );
    }
}

/// A body named by its head and adjectives keeps a place of the gazetteer
/// after a particle (`Théâtre national de Strasbourg`), which is then no
/// place of the text; an organisation after it stays apart.
#[test]
fn a_body_by_adjective_keeps_its_city() {
    let rule = "rule:org-adjective-head";
    for head in ["Théâtre", "Institut", "Orchestre", "Opéra", "Défense"] {
        for (adjective, city) in [
            ("national de", "Strasbourg"),
            ("français de", "Gaza"),
            ("civile du", "Havre"),
        ] {
            let name = format!("{head} {adjective} {city}");
            let text = format!("Hier, le {name} a annoncé sa saison.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name && m.rule == rule),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{text}: {found:?}"
            );
        }
    }
    let text = "La Commission militaire centrale du Parti des travailleurs de Corée a siégé.";
    assert_eq!(
        by_rule(text, rule),
        [(
            "Commission militaire centrale".to_string(),
            EntityType::Organization
        )]
    );
}

/// `Me` (maître) before a name is a lawyer's title, not part of the name.
#[test]
fn a_lawyer_title_is_no_part_of_the_name() {
    for text in [
        "Son avocat, Me Zorvan Kelmet, fera appel.",
        "Me Zorvan Kelmet a plaidé l'acquittement.",
    ] {
        let found = persons(text);
        assert_eq!(found, [("Zorvan Kelmet".to_string(), None)], "{text}");
    }
    assert!(persons("Me voilà bien seul.").is_empty());
}

/// A name right after `de`/`du` in a title's description is its
/// complement (`le défenseur du Bayern Munich`): for every title, no
/// person; a first name inside starts the person.
#[test]
fn a_title_complement_is_no_person() {
    let rules = &matcher().rules;
    for title in rules.titles.iter() {
        let title = title.join(" ").replace("' ", "'");
        let text = format!("Hier, le {title} du Zorvex Kelmar est arrivé.");
        assert!(persons(&text).is_empty(), "{text}: {:?}", persons(&text));
        let text = format!("Hier, le {title} de Zorvex-Kelmar Claire Varennat est arrivé.");
        assert!(
            persons(&text).contains(&("Claire Varennat".to_string(), None)),
            "{text}: {:?}",
            persons(&text)
        );
    }
}

/// Three words of rugby make a sports report too: a city before a match
/// verb is its club; with two of them it stays a place.
#[test]
fn a_rugby_report_is_a_sports_report() {
    let rugby = [
        "essai",
        "mêlée",
        "pénaltouche",
        "talonneur",
        "ouvreur",
        "plaquage",
    ];
    for w in rugby.windows(3) {
        let text = format!(
            "Dimanche soir, Toulouse s'impose à domicile.\n\nUn {} puis une {} ont suivi la {}.",
            w[0], w[1], w[2]
        );
        assert_eq!(
            type_of(&text, "toulouse"),
            Some(EntityType::Organization),
            "{text}"
        );
        let text = format!(
            "Dimanche soir, Toulouse s'impose à domicile.\n\nUn {} puis une {} ont suivi.",
            w[0], w[1]
        );
        assert_eq!(
            type_of(&text, "toulouse"),
            Some(EntityType::Place),
            "{text}"
        );
    }
}

/// Club and festival heads of the rules before a city, with or without a
/// particle (`Union Bordeaux-Bègles`, `ASM Clermont Auvergne`, `Festival
/// d'Avignon`, `Section paloise`): one organisation, no place inside.
#[test]
fn new_club_and_festival_heads_make_one_organisation() {
    for head in ["Union", "Festival", "ASM", "CA", "SU", "US"] {
        assert!(matcher().rules.name_heads.contains(head), "{head}");
        for rest in ["Dijon", "de Grenoble", "d'Amiens"] {
            let name = format!("{head} {rest}").replace("d' ", "d'");
            let text = format!("Le {name} a recruté un nouveau gardien.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:org-name-head"),
                "{name}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{name}: {found:?}"
            );
        }
    }
    for name in ["Section paloise", "Aviron bayonnais"] {
        let text = format!("Le {name} a recruté un nouveau gardien.");
        assert_eq!(
            by_rule(&text, "rule:org-name-head"),
            [(name.to_string(), EntityType::Organization)],
            "{text}"
        );
    }
    // a lowercase adjective after `Union` is no club
    let text = "L'Union européenne a recruté un nouveau gardien.";
    assert!(by_rule(text, "rule:org-name-head").is_empty(), "{text}");
}

/// A cultural, scientific or teaching body named by its city
/// (`l'Observatoire de Paris`, `le Musée de Grenoble`): every such head ×
/// cities of the gazetteer × `de`/`d'` gives one organisation and no place
/// inside; the head in lowercase (`l'observatoire situé à Paris`) leaves
/// the city a place.
#[test]
fn a_body_named_by_its_city_hides_no_place() {
    let heads = [
        "Observatoire",
        "Opéra",
        "Conservatoire",
        "Orchestre",
        "Musée",
        "Muséum",
        "Institut",
        "Théâtre",
        "École",
        "Bibliothèque",
    ];
    for head in heads {
        assert!(matcher().rules.name_heads.contains(head), "{head}");
        for city in ["Paris", "Lyon", "Grenoble", "Toulouse", "Angers", "Orléans"] {
            let de = if city.starts_with(['A', 'E', 'I', 'O', 'U']) {
                "d'"
            } else {
                "de "
            };
            let name = format!("{head} {de}{city}");
            let text = format!("Hier, le directeur a visité le {name} avec des élèves.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == name && m.entity_type == EntityType::Organization),
                "{name}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{name}: {found:?}"
            );
            let lower = head.to_lowercase();
            let text =
                format!("Hier, le directeur a visité le {lower} situé à {city} avec des élèves.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == city && m.entity_type == EntityType::Place),
                "{text}: {found:?}"
            );
        }
    }
}

/// Every organisation head of the rules before a name nobody listed:
/// the organisation (`le motoriste CFM International`, `l'équipementier
/// Figeac Aéro`); a lowercase word after the head is no name.
#[test]
fn every_organisation_head_names_the_body_after_it() {
    let rules = &matcher().rules;
    let heads: Vec<String> = rules
        .org_heads
        .iter()
        .map(|h| h.join(" ").replace("' ", "'"))
        .collect();
    assert!(heads.len() > 40);
    for head in &heads {
        let text = format!("Selon le {head} Zorvex Kelmar, les ventes reculent.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found
                .iter()
                .any(|m| m.surface == "Zorvex Kelmar" && m.entity_type == EntityType::Organization),
            "{text}: {found:?}"
        );
        let text = format!("Selon le {head} régional, les ventes reculent.");
        assert!(extract(&normalize(&text), matcher()).is_empty(), "{text}");
    }
}

/// A name glossed by an acronym written as a word (`Gifas`, `Unédic`) when
/// the acronym spells the initials of the name's words, particles left
/// out; another word in brackets is no gloss.
#[test]
fn a_name_glossed_by_its_spelled_acronym_is_an_organisation() {
    let rule = "rule:org-acronym";
    for (name, acronym) in [
        (
            "Groupement des industries françaises aéronautiques et spatiales",
            "Gifas",
        ),
        ("Centre national d'études spatiales", "Cnes"),
        (
            "Fédération nationale des syndicats d'exploitants agricoles",
            "Fnsea",
        ),
    ] {
        let text = format!("Selon le {name} ({acronym}), les commandes reprennent.");
        // the gazetteer's name wins where it lists the body (`Cnes`, `Fnsea`)
        let listed = extract(&normalize(&text), matcher()).iter().any(|m| {
            m.found_by == FoundBy::Gazetteer
                && m.surface == name
                && m.entity_type == EntityType::Organization
        });
        if !listed {
            assert_eq!(
                by_rule(&text, rule),
                [(name.to_string(), EntityType::Organization)],
                "{text}"
            );
        }
        let text = format!("Selon le {name} (Paris), les commandes reprennent.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
}

/// A regnal number and a family name joined to its Arabic article belong
/// to the name (`le roi Abdallah II`, `Khalil al-Hayya`); one letter and a
/// dot stay an initial.
#[test]
fn regnal_numbers_and_arabic_articles_belong_to_the_name() {
    for title in ["roi", "pape", "reine", "prince"] {
        for name in ["Abdallah II", "Charles III", "Léon XIV", "Mohammed VI"] {
            let text = format!("Hier, le {title} {name} a reçu la délégation.");
            assert!(
                persons(&text).contains(&(name.to_string(), None)),
                "{text}: {:?}",
                persons(&text)
            );
        }
    }
    for name in ["Khalil al-Hayya", "Claire el-Varennat", "Karim al-Zorvex"] {
        let text = format!("Hier, une délégation conduite par {name} est arrivée.");
        assert!(
            persons(&text).contains(&(name.to_string(), None)),
            "{text}: {:?}",
            persons(&text)
        );
    }
    let text = "Hier, Claire al-qaida est arrivée.";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

/// Every court or council head of several words before its seat: the
/// organisation (`la cour d'assises du Rhône`); capitalised or before a
/// lowercase complement, none.
#[test]
fn a_court_or_council_is_named_by_its_head_and_seat() {
    let rules = &matcher().rules;
    let heads: Vec<String> = rules
        .complement_head_phrases
        .iter()
        .map(|h| h.join(" ").replace("' ", "'"))
        .collect();
    assert!(heads.len() >= 10);
    for head in &heads {
        for seat in ["du Rhône", "de Paris", "d'Occitanie", "de la Somme"] {
            let name = format!("{head} {seat}");
            let text = format!("Hier, la {name} a rendu sa décision.");
            assert_eq!(
                by_rule(&text, "rule:seat-body"),
                [(name.clone(), EntityType::Organization)],
                "{text}"
            );
        }
        let text = format!("Hier, la {head} de renvoi a rendu sa décision.");
        assert!(by_rule(&text, "rule:seat-body").is_empty(), "{text}");
    }
}

/// After every title and its comma, a one-word place that is also a given
/// name, then an unknown family name and a comma, is the person (`le
/// ministre de la Défense, Israël Katz,`); the place before a verb, or
/// before a capitalised word with no comma after it, stays a place.
#[test]
fn a_place_used_as_a_given_name_after_a_title_is_the_person() {
    let rules = &matcher().rules;
    for title in rules.titles.iter() {
        let title = title.join(" ").replace("' ", "'");
        for place in ["Israël", "Jordanie", "Paris"] {
            let name = format!("{place} Kelmar");
            let text = format!("Hier, le {title}, {name}, a parlé.");
            assert!(
                persons(&text).contains(&(name.clone(), None)),
                "{text}: {:?}",
                persons(&text)
            );
        }
    }
    for text in [
        "Hier, le ministre, Israël a parlé.",
        "Hier, le ministre, Israël Kelmar Zorvex Dupond Varennat Durand a parlé.",
    ] {
        assert!(
            persons(text).iter().all(|(p, _)| !p.starts_with("Israël")),
            "{text}: {:?}",
            persons(text)
        );
    }
}

/// Towns no list holds, of every shape (one word, hyphenated, with an
/// article, elided after `d'`), are places when French news places them:
/// after every settlement or seat noun and `de` (with or without a word
/// between: `la commune voisine d'Aviernoz`), after every phrase of birth,
/// origin or nearness, before a département or country in brackets, after
/// `à` and before a comma and every preposition of a region, before a
/// comma and a settlement noun. Controls: a person after the same words,
/// a name through a particle (`Pays des Abers`), a sentence's first word.
#[test]
fn a_town_no_list_holds_is_placed_by_its_context() {
    let rules = &matcher().rules;
    let rule = "rule:place-context";
    // (written name, the name after `de`)
    let towns = [
        ("Landéda", "de Landéda"),
        ("Thorens-Glières", "de Thorens-Glières"),
        ("Avesnes-le-Comte", "d'Avesnes-le-Comte"),
        ("La Roche-sur-Foron", "de La Roche-sur-Foron"),
        ("Ploumoguer", "de Ploumoguer"),
    ];
    let mut heads: Vec<&str> = rules
        .settlement_heads
        .iter()
        .chain(rules.seat_heads.iter())
        .map(String::as_str)
        .collect();
    heads.sort_unstable();
    heads.dedup();
    assert!(heads.len() >= 20);
    for head in &heads {
        for (town, after_de) in towns {
            for between in ["", " voisine"] {
                let text = format!(
                    "Les faits se sont produits dans la {head}{between} {after_de}, lundi."
                );
                assert_eq!(
                    by_rule(&text, rule),
                    [(town.to_string(), EntityType::Place)],
                    "{text}"
                );
            }
        }
        for control in ["de Jérôme Bayle", "du Pays des Abers", "de la vallée"] {
            let text = format!("Les faits se sont produits dans la {head} {control}, lundi.");
            assert!(by_rule(&text, rule).is_empty(), "{text}");
        }
    }
    let data: toml::Value = toml::from_str(ruleset::BUILTIN_RULES).unwrap();
    let list = |key: &str| -> Vec<String> {
        data["places"][key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    for phrase in list("town_before") {
        for (town, after_de) in towns {
            let written = if let Some(stem) = phrase.strip_suffix(" de") {
                match after_de.strip_prefix("de ") {
                    Some(_) => format!("{stem} {after_de}"),
                    None => continue, // `de` before a consonant only
                }
            } else if phrase.ends_with("d'") {
                match after_de.strip_prefix("d'") {
                    Some(_) => format!("{}{}", phrase.trim_end_matches("d'"), after_de),
                    None => continue,
                }
            } else {
                format!("{phrase} {town}")
            };
            let text = format!("Il a grandi {written}, selon ses proches.");
            assert_eq!(
                by_rule(&text, rule),
                [(town.to_string(), EntityType::Place)],
                "{text}"
            );
        }
        let text =
            format!("Il a grandi {phrase} Marie Dupont, selon ses proches.").replace("d' ", "d'");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
    let regions = ["Haute-Savoie", "Finistère", "Espagne", "Pérou", "Occitanie"];
    for (town, _) in towns {
        for region in regions {
            let text = format!("Un incendie s'est déclaré à {town} ({region}) dans la nuit.");
            assert_eq!(
                by_rule(&text, rule),
                [(town.to_string(), EntityType::Place)],
                "{text}"
            );
            for preposition in list("region_prepositions") {
                let space = if preposition.ends_with('\'') { "" } else { " " };
                let text =
                    format!("Il vit à {town}, {preposition}{space}{region}, depuis dix ans.");
                assert_eq!(
                    by_rule(&text, rule),
                    [(town.to_string(), EntityType::Place)],
                    "{text}"
                );
            }
        }
        for apposition in [
            "la commune de",
            "petite commune",
            "une ville de",
            "le village où",
        ] {
            let text = format!("On roulait vers {town}, {apposition} son enfance.");
            assert_eq!(
                by_rule(&text, rule),
                [(town.to_string(), EntityType::Place)],
                "{text}"
            );
        }
    }
    for control in [
        "Le sénateur Jean Dupont (Haute-Savoie) a voté contre.",
        "Il a rencontré Marie Dupont (Espagne) hier.",
        "Il vit à Jérôme, en Espagne, depuis dix ans.",
        "Finalement, la commune a voté le budget.",
        "Il a parlé au maire de la ville, lundi.",
    ] {
        assert!(by_rule(control, rule).is_empty(), "{control}");
    }
}

/// Every honorific, with or without its dot, before a first name and a
/// family name nobody listed, or before a family name alone: the person
/// (`le Pr Hélène Castagné`, `la Dre Zorvex`). Control: a lowercase word.
#[test]
fn every_honorific_introduces_a_person() {
    let data: toml::Value = toml::from_str(ruleset::BUILTIN_RULES).unwrap();
    let honorifics: Vec<&str> = data["names"]["honorifics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(honorifics.contains(&"Pr") && honorifics.contains(&"Dr"));
    for honorific in honorifics {
        for name in ["Hélène Castagné", "Zorvex Kelmar", "Kelmar"] {
            let text = format!("Selon {honorific} {name}, le test doit être validé.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == name && m.entity_type == EntityType::Person),
                "{text}: {found:?}"
            );
        }
        let text = format!("Selon {honorific} inconnu, le test doit être validé.");
        assert!(extract(&normalize(&text), matcher()).is_empty(), "{text}");
    }
}

/// Every lowercase place head before a capitalised name makes the place
/// (`le restaurant Drouant`, `le rond-point Schuman`); controls: the head
/// before a lowercase word, or before a person's name.
#[test]
fn every_place_head_names_the_place_after_it() {
    let rules = &matcher().rules;
    let data: toml::Value = toml::from_str(ruleset::BUILTIN_RULES).unwrap();
    let heads: Vec<&str> = data["organizations"]["place_heads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        heads.len() > 50
            && heads
                .iter()
                .all(|h| rules.place_heads.contains(&fold::fold_word(h)))
    );
    for head in heads {
        for name in ["Drouant", "Zorvex-Kelmar", "Europa"] {
            let text = format!("Les manifestants se sont réunis devant le {head} {name} lundi.");
            assert_eq!(
                by_rule(&text, "rule:place-head"),
                [(format!("{head} {name}"), EntityType::Place)],
                "{text}"
            );
        }
        let text = format!("Les manifestants se sont réunis devant le {head} voisin lundi.");
        assert!(by_rule(&text, "rule:place-head").is_empty(), "{text}");
    }
}

/// Seas, islands, coasts and mountain landforms are places with their head
/// (`la mer Ligurienne`, `l'aiguille Verte`, `le couloir Whymper`), and
/// those that take a particle keep the name after it (`l'archipel des
/// Spratleys`, `le delta du Mékong`, `le glacier d'Argentière`, `le refuge
/// du Couvercle`): every head, every determiner, every particle, with
/// invented names; controls: a lowercase word after the head (`la mer
/// calme`), a person after the particle.
#[test]
fn waters_and_landforms_are_places_with_their_head() {
    let rule = "rule:place-head";
    let direct = [
        "mer",
        "océan",
        "archipel",
        "îles",
        "delta",
        "haut-fond",
        "glacier",
        "aiguille",
        "refuge",
        "couloir",
    ];
    for head in direct {
        for det in ["la ", "le ", "l'", "les ", "une "] {
            for name in ["Zorvaline", "Kelmarienne", "Orvex-Tallin"] {
                let text = format!("Les secours ont atteint {det}{head} {name} dans la nuit.");
                assert_eq!(
                    by_rule(&text, rule),
                    [(format!("{head} {name}"), EntityType::Place)],
                    "{text}"
                );
            }
            let text = format!("Les secours ont atteint {det}{head} calme dans la nuit.");
            assert!(by_rule(&text, rule).is_empty(), "{text}");
        }
    }
    let with_particle = [
        "archipel",
        "îles",
        "delta",
        "haut-fond",
        "glacier",
        "refuge",
    ];
    for head in with_particle {
        for particle in ["de ", "du ", "des ", "d'", "de la ", "de l'"] {
            let name = format!("{head} {particle}Zorvaline");
            let text = format!("Les secours ont atteint le {name} dans la nuit.");
            assert_eq!(
                by_rule(&text, rule),
                [(name.clone(), EntityType::Place)],
                "{text}"
            );
        }
        let text = format!("Les secours ont atteint le {head} de Claire Varennat dans la nuit.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
}

/// An organisation head after an auxiliary is a participle (`le mouvement
/// est parti de X`): no organisation, whatever the auxiliary; the same
/// head after an article still names the body. A person's name after a
/// head (`le cabinet de Claire Dumont`) is no organisation either.
#[test]
fn an_organisation_head_after_an_auxiliary_is_a_participle() {
    for auxiliary in ["est", "était", "sont", "a", "avait"] {
        let text = format!("Le cortège {auxiliary} parti de Zorvex-Kelmar dans la matinée.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            !found
                .iter()
                .any(|m| m.entity_type == EntityType::Organization),
            "{text}: {found:?}"
        );
    }
    let text = "Le parti Zorvex Kelmar a présenté ses candidats.";
    assert_eq!(
        by_rule(text, "rule:org-head"),
        [("Zorvex Kelmar".to_string(), EntityType::Organization)]
    );
    for head in ["cabinet", "fonds", "association"] {
        let text = format!("Le {head} de Claire Dumont a présenté ses comptes.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            !found
                .iter()
                .any(|m| m.entity_type == EntityType::Organization),
            "{text}: {found:?}"
        );
    }
}

/// After every organisation head, a name that opens on a country
/// (`l'association France Parkinson`) is one organisation, the country
/// inside not reported; the head before the country alone leaves it a
/// place.
#[test]
fn a_name_that_opens_on_a_country_is_the_organisation() {
    let rules = &matcher().rules;
    for head in rules.org_heads.iter() {
        let head = head.join(" ").replace("' ", "'");
        for country in ["France", "Espagne", "Pérou"] {
            let name = format!("{country} Zorvex");
            let text = format!("Selon le {head} {name}, les dons reculent.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == name && m.entity_type == EntityType::Organization),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.surface == country),
                "{text}: {found:?}"
            );
            let text = format!("Selon le {head} de {country}, les dons reculent.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == country && m.entity_type == EntityType::Place),
                "{text}: {found:?}"
            );
        }
    }
}

/// A one-word company of the gazetteer right after a first name is that
/// person's family name (`Antoine Gallimard`); the company alone is still
/// the company.
#[test]
fn a_company_after_a_first_name_is_a_family_name() {
    for company in ["Gallimard", "Michelin", "Renault", "Danone", "Fayard"] {
        for first in ["Antoine", "Claire", "Édouard"] {
            let text = format!("Le livre a été salué par {first} {company} mardi.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.surface == format!("{first} {company}")
                        && m.entity_type == EntityType::Person),
                "{text}: {found:?}"
            );
            assert!(
                !found
                    .iter()
                    .any(|m| m.entity_type == EntityType::Organization),
                "{text}: {found:?}"
            );
        }
        let text = format!("Le livre a été publié par {company} mardi.");
        let found = extract(&normalize(&text), matcher());
        assert!(
            found
                .iter()
                .any(|m| m.surface == company && m.entity_type == EntityType::Organization),
            "{text}: {found:?}"
        );
    }
}

/// A town coordinated with a generated city (`par Saint-Gaudens et
/// Muret`, `de Lannilis et de Brest`), in both orders and with every
/// repeated preposition, is a place; a person's name in the same place is
/// not.
#[test]
fn a_town_coordinated_with_a_city_is_a_place() {
    let rule = "rule:place-context";
    for city in ["Muret", "Brest", "Annecy"] {
        for town in ["Saint-Gaudens", "Lannilis", "Thorens-Glières"] {
            for (before, again) in [("par", ""), ("de", "de "), ("à", "à "), ("entre", "")] {
                for text in [
                    format!("Les camions passent {before} {town} et {again}{city} depuis lundi."),
                    format!("Les camions passent {before} {city} et {again}{town} depuis lundi."),
                ] {
                    assert_eq!(
                        by_rule(&text, rule),
                        [(town.to_string(), EntityType::Place)],
                        "{text}"
                    );
                }
            }
        }
        let text = format!("Les camions passent par Claire Dumont et {city} depuis lundi.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
}

/// After a person found by a rule (`la candidate Yolanda Quispe`), an
/// honorific and the family name (`Mme Quispe`) is the same person, for
/// every honorific: one entity, no second person.
#[test]
fn an_honorific_and_a_family_name_join_the_person_named_before() {
    for honorific in ["M.", "Mme", "Me", "Pr", "Dr"] {
        let text = format!(
            "La candidate Yolanda Zorvex est arrivée en tête. « Le pays a parlé », a lancé {honorific} Zorvex devant ses partisans."
        );
        let found = extract(&normalize(&text), matcher());
        let persons: std::collections::BTreeSet<&str> = found
            .iter()
            .filter(|m| m.entity_type == EntityType::Person)
            .map(|m| m.entity_id.as_str())
            .collect();
        assert_eq!(persons.len(), 1, "{text}: {found:?}");
        assert_eq!(found.len(), 2, "{text}: {found:?}");
    }
}

/// A court or local body named with its seat is one organisation: the
/// seat inside it is no place of its own (every head of several words ×
/// seats of the gazetteer after every particle); control: the same seat
/// named alone in the next sentence is a place.
#[test]
fn the_seat_inside_a_court_or_council_is_no_place() {
    let rules = &matcher().rules;
    let heads: Vec<String> = rules
        .complement_head_phrases
        .iter()
        .map(|h| h.join(" ").replace("' ", "'"))
        .collect();
    let places = |text: &str| -> Vec<String> {
        extract(&normalize(text), matcher())
            .into_iter()
            .filter(|m| m.entity_type == EntityType::Place)
            .map(|m| m.surface)
            .collect()
    };
    for head in &heads {
        for (particle, seat) in [
            ("de ", "Rennes"),
            ("de ", "Lille"),
            ("d'", "Angers"),
            ("de ", "Brest"),
            ("du ", "Havre"),
        ] {
            let text = format!("Hier, la {head} {particle}{seat} a rendu sa décision.");
            assert!(places(&text).is_empty(), "{text}: {:?}", places(&text));
            let text = format!("{text} Les avocats sont venus {particle}{seat} en train.");
            assert_eq!(places(&text), [seat], "{text}");
        }
    }
}

/// An institution's head before a place of the gazetteer and one
/// capitalised word no list knows (`l'université Paris Cité`), or the
/// place, a hyphen and such a word (`l'université Paris-Saclay`), is one
/// organisation under that name, no place inside: every head × place ×
/// word × joint. Controls: a lowercase word after the place, two
/// capitalised words after it, a line break between them.
#[test]
fn an_institution_named_by_a_place_and_a_word_is_one_organisation() {
    let rule = "rule:institution-head";
    for head in ["université", "musée", "conservatoire", "bibliothèque"] {
        for place in ["Paris", "Lyon", "Lille", "Grenoble", "Bordeaux"] {
            for word in ["Cité", "Sorbonne", "Saclay", "Rameau"] {
                for joint in [" ", "-"] {
                    let name = format!("{head} {place}{joint}{word}");
                    let text = format!("Selon une étude de l'{name}, le risque augmente.");
                    let found = extract(&normalize(&text), matcher());
                    assert!(
                        found.iter().any(|m| m.surface == name
                            && m.entity_type == EntityType::Organization
                            && m.rule == rule),
                        "{text}: {found:?}"
                    );
                    assert!(
                        !found.iter().any(|m| m.entity_type == EntityType::Place),
                        "{text}: {found:?}"
                    );
                }
            }
            // never the place and the first word cut from the rest
            for tail in ["accueille", "Cité Sorbonne", "\nCité"] {
                let text = format!("Selon l'{head} {place} {tail}, le risque augmente.");
                let cut = [format!("{head} {place}"), format!("{head} {place} Cité")];
                assert!(
                    !by_rule(&text, rule).iter().any(|(n, _)| cut.contains(n)),
                    "{text}: {:?}",
                    by_rule(&text, rule)
                );
            }
        }
    }
}

/// A person whose surname holds a Breton `c'h` (`Le Gac'h`, `Penc'hoat`)
/// is found whole in every context that finds a name (an honorific, a
/// lawyer's title, a byline, an apposition after a role), with either
/// apostrophe; control: the same context with a one-letter `c'` elision
/// after the name is no part of it.
#[test]
fn a_breton_surname_in_c_h_is_part_of_the_name() {
    let surnames = [
        "Le Gac'h",
        "Penc'hoat",
        "Carlac'h",
        "Le Bec'h",
        "Kerc'hoz",
        "Guivarc'h",
    ];
    let contexts = [
        "L'avocat, Me {}, a plaidé.",
        "Selon {}, maire de la commune, le projet avance.",
        "Par {}\n\nLe conseil municipal s'est réuni lundi.",
        "Le sénateur {} a voté contre le texte.",
    ];
    for surname in surnames {
        for apostrophe in ["'", "’"] {
            let written = format!("Yannick {}", surname.replace('\'', apostrophe));
            let want = format!("Yannick {surname}");
            for context in contexts {
                let text = context.replace("{}", &written);
                let found: Vec<String> = persons(&text).into_iter().map(|(n, _)| n).collect();
                assert_eq!(found, std::slice::from_ref(&want), "{text}");
            }
        }
    }
    let text = "Selon Yannick Guivarch, c'hier, le projet avance.";
    let found: Vec<String> = persons(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(found, ["Yannick Guivarch"], "{text}");
}

/// A local body's seat named through a particle (`la communauté de
/// communes du Pays des Abers`) belongs to the body's name; a person after
/// the particle does not.
#[test]
fn a_local_body_keeps_a_seat_named_through_a_particle() {
    let rule = "rule:seat-body";
    for head in [
        "communauté de communes",
        "communauté d'agglomération",
        "conseil municipal",
    ] {
        for seat in ["du Pays des Abers", "de Val de Zorvex", "du Pays de Kelmar"] {
            let name = format!("{head} {seat}");
            let text = format!("La {name} finance le projet.");
            assert_eq!(
                by_rule(&text, rule),
                [(name.clone(), EntityType::Organization)],
                "{text}"
            );
        }
        let text = format!("La {head} de Zorvex de Claire Dumont finance le projet.");
        assert_eq!(
            by_rule(&text, rule),
            [(format!("{head} de Zorvex"), EntityType::Organization)],
            "{text}"
        );
    }
}

/// Every institution head (capitalised heads of `glossed_heads` and
/// `adjective_org_heads`) before every lowercase complement and every sure
/// end: the organisation, its name the head and the complement (the
/// expected surface is written here, not computed by the rule). Controls:
/// a verb after the complement (the end is not sure), `de` and a day, a
/// head opening the sentence, a capitalised complement.
#[test]
fn an_institution_named_by_a_lowercase_description_is_an_organisation() {
    let rules = &matcher().rules;
    let rule = "rule:org-described";
    let mut heads: Vec<&str> = rules
        .glossed_heads
        .iter()
        .chain(rules.adjective_org_heads.iter())
        .map(String::as_str)
        .collect();
    heads.sort_unstable();
    heads.dedup();
    assert!(heads.len() > 60);
    let complements = [
        "de recherche pour le développement",
        "des cadres de la sécurité intérieure",
        "du patrimoine",
        "nationale de handball",
        "central d'appui à la prévision des crues",
        "de recherche et de restauration",
        "national du service public",
        "aux droits des usagers",
    ];
    let ends = [
        ", a-t-on appris.",
        " a annoncé lundi.",
        " et le maire.",
        ".",
        " (1998).",
        "\nLundi",
    ];
    for head in &heads {
        for complement in complements {
            let name = format!("{head} {complement}");
            let listed = extract(&normalize(&format!("Selon le {name}.")), matcher())
                .iter()
                .any(|m| m.found_by == FoundBy::Gazetteer || m.rule == "rule:org-extended");
            if listed {
                continue; // `Assemblée nationale` is the gazetteer's
            }
            for end in ends {
                let text = format!("Selon le {name}{end}");
                assert_eq!(
                    by_rule(&text, rule),
                    [(name.clone(), EntityType::Organization)],
                    "{text}"
                );
            }
            // a place of the gazetteer closes the name, whatever follows
            let text = format!("Le {name} de Marseille publie un rapport.");
            assert_eq!(
                by_rule(&text, rule),
                [(format!("{name} de Marseille"), EntityType::Organization)],
                "{text}"
            );
            let mut controls = vec![
                format!("Selon le {name} publie un rapport."),
                format!("Le {name} de mercredi publie un rapport."),
                format!("Le {name} à Marseille publie un rapport."),
            ];
            // a plain head opening its sentence (`Haut-Commissariat`, with
            // its inner capital, is a name there too)
            if !head.chars().skip(1).any(char::is_uppercase) {
                controls.push(format!("{name}, a-t-on appris."));
            }
            for control in controls {
                assert!(by_rule(&control, rule).is_empty(), "{control}");
            }
        }
        let text = format!("Selon le {head} de Marseille, rien.");
        assert!(by_rule(&text, rule).is_empty(), "{text}");
    }
}

/// Every institution head whose name includes it (`musée`, `université`)
/// before a capitalised name, a particle and a capitalised complement, or
/// an adjective and a complement: the organisation, head included, no
/// place inside. Controls: a lowercase word, a person's name.
#[test]
fn a_museum_or_university_is_named_with_its_head() {
    let rules = &matcher().rules;
    let rule = "rule:institution-head";
    let mut heads: Vec<&str> = rules.institution_heads.iter().map(String::as_str).collect();
    heads.sort_unstable();
    assert!(heads.len() >= 5);
    for head in heads {
        for rest in [
            "Cantini",
            "Zorvex-Lamarque",
            "de la Corse",
            "du Prado",
            "de Bastia",
            "des Beaux-Arts",
            "royal des Beaux-Arts d'Anvers",
        ] {
            let name = format!("{head} {rest}");
            let text = format!("Selon le {name}, la saison a été bonne.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == rule),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{text}: {found:?}"
            );
        }
        for control in [
            format!("Selon le {head} municipal, la saison a été bonne."),
            format!("Selon le {head} Marie Dupont, la saison a été bonne."),
            format!("Selon un {head} de Bastia, la saison a été bonne."),
            format!("Selon plusieurs {head} de Bastia, la saison a été bonne."),
        ] {
            assert!(by_rule(&control, rule).is_empty(), "{control}");
        }
    }
}

/// One-word organisations of the gazetteer: the sentence `… de l'{org}
/// Zorvex Lamarque` and `{org}-Zorvex` name a branch with a name of its own
/// (`SNCF Voyageurs`, `CGT-Cheminots`), the longer name, the listed one
/// not reported inside it. Controls: a person after it, a country after
/// the hyphen (`UE-Chine`), a full stop between.
#[test]
fn a_listed_organisation_under_a_longer_name_is_that_name() {
    let rule = "rule:org-extended";
    let g = matcher().gazetteer();
    let mut orgs: Vec<&str> = g
        .entries
        .values()
        .filter(|e| {
            e.entity_type == EntityType::Organization
                && !e.needs_context
                && e.category.is_none()
                && e.name.chars().all(char::is_alphabetic)
                && e.name.chars().count() >= 3
        })
        .map(|e| e.name.as_str())
        .collect();
    orgs.sort_unstable();
    assert!(orgs.len() > 20, "{orgs:?}");
    for org in orgs {
        let bare = format!("Un accord avec la direction de {org} a été signé.");
        if !extract(&normalize(&bare), matcher())
            .iter()
            .any(|m| m.surface == org && m.found_by == FoundBy::Gazetteer)
        {
            continue; // found only in its own contexts
        }
        for name in [
            format!("{org} Zorvex"),
            format!("{org} Zorvex Lamarque"),
            format!("{org}-Zorvex"),
        ] {
            let text = format!("Un accord avec la direction de {name} a été signé.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == rule),
                "{text}: {found:?}"
            );
            assert!(!found.iter().any(|m| m.surface == org), "{text}: {found:?}");
        }
        for control in [
            format!("Un accord avec la direction de {org} Marie Dupont a été signé."),
            format!("Un accord avec la direction de {org}-Chine a été signé."),
            format!("Un accord avec la direction de {org}. Zorvex a signé."),
        ] {
            assert!(by_rule(&control, rule).is_empty(), "{control}");
        }
    }
}

/// A head of a country's body of two words written with capitals, as in
/// a name, before every nationality adjective (`les Forces armées
/// maliennes`); control: the same at a sentence's start.
#[test]
fn a_capitalised_body_head_and_nationality_is_an_organisation() {
    let rules = &matcher().rules;
    let rule = "rule:demonym-body";
    for noun in rules.nationality_nouns.iter() {
        let lower = noun.to_lowercase();
        let plural = if lower.ends_with('s') {
            lower.clone()
        } else {
            format!("{lower}s")
        };
        let name = format!("Forces armées {plural}");
        let text = format!("Selon un communiqué, les {name} ont démenti.");
        if extract(&normalize(&text), matcher())
            .iter()
            .any(|m| m.found_by == FoundBy::Gazetteer && name.contains(m.surface.as_str()))
        {
            continue; // the gazetteer's description wins (`armées ukrainiennes`)
        }
        assert_eq!(
            by_rule(&text, rule),
            [(name.clone(), EntityType::Organization)],
            "{text}"
        );
        let text = format!("Selon un communiqué. {name} : rien.");
        assert!(
            !by_rule(&text, rule)
                .iter()
                .any(|(s, _)| s.starts_with("Forces")),
            "{text}"
        );
    }
}

/// A plain word opening a sentence, then a particle, then a name (`Mort de
/// Lucienne Ferracci`) is no part of the name; a first name there is
/// (`Louis de Broglie`).
#[test]
fn a_common_noun_opening_a_title_is_no_part_of_a_name() {
    for opener in [
        "Mort",
        "Obsèques",
        "Disparition",
        "Portrait",
        "Procès",
        "Hommage",
    ] {
        for particle in ["de", "du"] {
            let text = format!("{opener} {particle} Lucienne Ferracci, peintre des ports.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(
                    |m| m.surface == "Lucienne Ferracci" && m.entity_type == EntityType::Person
                ),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.surface.starts_with(opener)),
                "{text}: {found:?}"
            );
        }
    }
    let text = "Louis de Broglie, physicien, a reçu le prix.";
    let found = extract(&normalize(text), matcher());
    assert!(
        found.iter().any(|m| m.surface == "Louis de Broglie"),
        "{found:?}"
    );
}

/// French puts no article before a person's name: after every article, a
/// first name of the list and a capitalised word are no person by their
/// shape (`l'Africa Corps`); without the article they are.
#[test]
fn a_first_name_after_an_article_starts_no_person() {
    let rules = &matcher().rules;
    let mut names: Vec<&str> = rules.first_names.iter().map(String::as_str).collect();
    names.sort_unstable();
    let names: Vec<String> = names
        .iter()
        .step_by(names.len() / 40)
        .map(|n| {
            let mut c = n.chars();
            c.next().unwrap().to_uppercase().chain(c).collect()
        })
        .collect();
    for name in &names {
        if !name.chars().all(|c| c.is_alphabetic()) {
            continue;
        }
        let plain = format!("Selon eux, {name} Zorvexian a parlé.");
        if by_rule(&plain, "rule:first-name").is_empty() {
            continue; // a word the rules read otherwise
        }
        for article in ["l'", "le ", "la ", "les ", "du ", "des ", "au ", "aux "] {
            let text = format!("Selon eux, {article}{name} Zorvexian a parlé.");
            assert!(by_rule(&text, "rule:first-name").is_empty(), "{text}");
        }
    }
}

/// A town the rules placed by its context once is the same place at its
/// bare mentions after (`la commune de X` … `à X`), for every town shape;
/// controls: a capitalised word run into it, a lowercase word.
#[test]
fn a_town_placed_by_its_context_is_found_at_its_bare_mentions() {
    for town in ["Landéda", "Thorens-Glières", "La Roche-sur-Foron", "Sévaré"] {
        for later in [
            format!("Le marché de {town} est fermé."),
            format!("À {town}, le calme est revenu."),
            format!("Les habitants ont quitté {town} lundi."),
        ] {
            let text =
                format!("Les faits se sont produits dans la commune de {town}, lundi. {later}");
            let found = extract(&normalize(&text), matcher());
            let at_town: Vec<&EntityMention> = found.iter().filter(|m| m.surface == town).collect();
            assert_eq!(at_town.len(), 2, "{text}: {found:?}");
            assert!(
                at_town
                    .iter()
                    .all(|m| m.entity_type == EntityType::Place
                        && m.entity_id == at_town[0].entity_id),
                "{text}: {found:?}"
            );
            assert_eq!(at_town[1].rule, "coref:town", "{text}");
        }
        let text = format!(
            "Les faits se sont produits dans la commune de {town}, lundi. {town} Zorvexian a parlé."
        );
        let found = extract(&normalize(&text), matcher());
        assert!(
            !found.iter().any(|m| m.rule == "coref:town"),
            "{text}: {found:?}"
        );
    }
}

/// A handball report is a sports report: three words of its trade make
/// a city its club; two do not.
#[test]
fn a_handball_report_is_a_sports_report() {
    let handball = [
        "handball",
        "Starligue",
        "demi-centre",
        "jet de 7 mètres",
        "exclusion temporaire",
    ];
    for w in handball.windows(3) {
        let text = format!(
            "Dimanche soir, Toulouse s'impose à domicile.\n\nLe {}, la {} et le {} ont tout changé.",
            w[0], w[1], w[2]
        );
        assert_eq!(
            type_of(&text, "toulouse"),
            Some(EntityType::Organization),
            "{text}"
        );
        let text = format!(
            "Dimanche soir, Toulouse s'impose à domicile.\n\nLe {} et la {} ont tout changé.",
            w[0], w[1]
        );
        assert_eq!(
            type_of(&text, "toulouse"),
            Some(EntityType::Place),
            "{text}"
        );
    }
}

/// Every venue tail after every shape of a venue's name (a letter, an
/// acronym, a brand, a name through a particle with a place inside): one
/// place, the name the words written, no place inside; controls: a
/// lowercase word before the tail, the tail alone.
#[test]
fn a_venue_is_named_by_its_last_word() {
    let rules = &matcher().rules;
    let rule = "rule:place-tail";
    let mut tails: Vec<&str> = rules.place_tails.iter().map(String::as_str).collect();
    tails.sort_unstable();
    assert!(!tails.is_empty());
    for tail in tails {
        for name in ["H", "LDLC", "Zorvex", "Sud de France", "Paris La Défense"] {
            let venue = format!("{name} {tail}");
            for text in [
                format!("Le concert aura lieu à la {venue} samedi."),
                format!("Le {venue} affiche complet."),
            ] {
                let found = extract(&normalize(&text), matcher());
                assert!(
                    found.iter().any(|m| m.surface == venue
                        && m.entity_type == EntityType::Place
                        && m.rule == rule),
                    "{text}: {found:?}"
                );
                assert_eq!(
                    found
                        .iter()
                        .filter(|m| m.entity_type == EntityType::Place)
                        .count(),
                    1,
                    "{text}: {found:?}"
                );
            }
        }
        for control in [
            format!("Le concert aura lieu dans une grande {tail} samedi."),
            format!("{tail} : le concert aura lieu samedi."),
        ] {
            assert!(by_rule(&control, rule).is_empty(), "{control}");
        }
    }
}

/// In a match report, a city coordinated by `et` with a city that is a
/// club is a club too (`le match entre Dunkerque et Limoges`), for every
/// pair of club cities; outside a report both stay places.
#[test]
fn a_city_coordinated_with_a_club_is_a_club() {
    for (a, _) in CLUB_CITIES {
        for (b, id) in CLUB_CITIES {
            if a == b {
                continue;
            }
            let text = match_report(&format!("Le match face à {a} et {b} sera rejoué."));
            assert_eq!(type_of(&text, id), Some(EntityType::Organization), "{text}");
            let plain = format!("Le train face à {a} et {b} sera rejoué.");
            assert_eq!(type_of(&plain, id), Some(EntityType::Place), "{plain}");
        }
    }
}

/// A regional health agency is named by its région (`l'ARS Bretagne`):
/// every French région, with and without `de`; the région inside is not
/// reported; controls: `l'ARS` alone names nothing by this rule.
#[test]
fn a_regional_health_agency_is_named_by_its_region() {
    for region in [
        "Bretagne",
        "Occitanie",
        "Normandie",
        "Grand Est",
        "Hauts-de-France",
        "Auvergne-Rhône-Alpes",
        "Nouvelle-Aquitaine",
        "Bourgogne-Franche-Comté",
        "Pays de la Loire",
        "Centre-Val de Loire",
    ] {
        for name in [format!("ARS {region}"), format!("ARS de {region}")] {
            let text = format!("Selon l'{name}, la situation reste tendue.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:org-name-head"),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|m| m.entity_type == EntityType::Place),
                "{text}: {found:?}"
            );
        }
    }
    let text = "Selon l'ARS, la situation reste tendue.";
    assert!(by_rule(text, "rule:org-name-head").is_empty(), "{text}");
}

/// A body of trade after its name and a comma (`Eurofer, l'association des
/// sidérurgistes européens`); a town's pool or rink by its head (`la
/// piscine Aqualude`, `la patinoire des Glacis`); controls: a person after
/// the head, a lowercase word.
#[test]
fn associations_in_apposition_and_sports_facilities_are_named() {
    for head in ["association", "fédération"] {
        for det in ["l'", "la ", "une ", "la principale "] {
            let text = format!("Il a parlé à Norvacier, {det}{head} des sidérurgistes, hier.");
            let text = text.replace("l' ", "l'");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == "Norvacier"
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:org-apposition"),
                "{text}: {found:?}"
            );
        }
    }
    for head in ["piscine", "patinoire"] {
        for name in ["Aqualude", "des Glacis", "de Kelmarin"] {
            let text = format!("Les travaux de la {head} {name} commencent.");
            assert_eq!(
                by_rule(&text, "rule:place-head"),
                [(format!("{head} {name}"), EntityType::Place)],
                "{text}"
            );
        }
        for control in [
            format!("Les travaux de la {head} de Claire Varennat commencent."),
            format!("Les travaux de la {head} municipale commencent."),
        ] {
            assert!(by_rule(&control, "rule:place-head").is_empty(), "{control}");
        }
    }
}

/// Subregions of the world and a French town GeoNames names in English are
/// places under their French names (`Europe centrale`, `Afrique de
/// l'Ouest`, `Dunkerque`).
#[test]
fn world_subregions_and_french_town_names_are_places() {
    for (text, name) in [
        (
            "Les industriels d'Europe centrale protestent.",
            "Europe centrale",
        ),
        (
            "Les pays d'Afrique de l'Ouest protestent.",
            "Afrique de l'Ouest",
        ),
        (
            "Les pays d'Amérique centrale protestent.",
            "Amérique centrale",
        ),
        ("Les emplois de Dunkerque à Lille sont sauvés.", "Dunkerque"),
    ] {
        let found = extract(&normalize(text), matcher());
        assert!(
            found
                .iter()
                .any(|m| m.surface == name && m.entity_type == EntityType::Place),
            "{text}: {found:?}"
        );
    }
}

/// Every label of a match sheet (data/entity-rules.toml
/// `match_sheet_labels`), as written and in capitals, before surnames in
/// capitals with and without a first name, hyphenated, in brackets of
/// minutes or of a country, after a comma or a semicolon: the persons
/// (`rule:match-sheet`). Controls: a line of another label, the label in
/// the middle of a sentence, a capitals word followed by a lowercase word,
/// capitals in brackets.
#[test]
fn the_names_of_a_match_sheet_are_persons() {
    let labels = rule_list("people", "match_sheet_labels");
    assert!(labels.len() >= 20);
    for label in &labels {
        let mut written = label.clone();
        written.replace_range(..1, &label[..1].to_uppercase());
        for form in [written, label.to_uppercase()] {
            let text = format!(
                "Le match.\n\n{form} : DORIVAL (12e), Angus GARVEN (AUS), BIELLE-KERGOAT (21e, 49e) pour l'Irlande ; PENVERN\nFin."
            );
            let mut found = by_rule(&text, "rule:match-sheet");
            found.sort();
            assert_eq!(
                found,
                [
                    ("Angus GARVEN".to_string(), EntityType::Person),
                    ("BIELLE-KERGOAT".to_string(), EntityType::Person),
                    ("DORIVAL".to_string(), EntityType::Person),
                    ("PENVERN".to_string(), EntityType::Person),
                ],
                "{text}"
            );
        }
    }
    // a surname of a person the report named is that person
    let text = "Louis Kergoat a marqué deux fois.\n\nEssais : KERGOAT (21e, 49e)\nFin.";
    let found = extract(&normalize(text), matcher());
    let sheet: Vec<_> = found
        .iter()
        .filter(|m| m.rule == "rule:match-sheet")
        .collect();
    assert_eq!(sheet.len(), 1, "{found:?}");
    assert_eq!(sheet[0].name, "Louis Kergoat", "{found:?}");
    for control in [
        "Le match.\n\nTarifs : DORIVAL (12e), PENVERN\nFin.",
        "Il a marqué deux essais : DORIVAL (12e), PENVERN\nFin.",
        "Le match.\n\nEssais : DORIVAL marque (12e), PENVERN gagne\nFin.",
        "Le match.\n\nArbitre : un Gallois (GALLES)\nFin.",
    ] {
        assert!(by_rule(control, "rule:match-sheet").is_empty(), "{control}");
    }
}

/// Every département or région that needs context (`Isère`, `Var`, `Nord`:
/// also a river, a word, a compass point) after every preposition of
/// `region_prepositions` (data/entity-rules.toml) is a place when the
/// document names a town of its country (`Grenoble`). Controls: the same
/// sentence without the town; the town, and the name without a
/// preposition.
#[test]
fn a_subdivision_after_a_locative_needs_only_a_town_of_its_country() {
    let prepositions = rule_list("places", "region_prepositions");
    let g = matcher().gazetteer();
    let subdivisions: Vec<&crate::gazetteer::Entry> = g
        .entries
        .values()
        .filter(|e| {
            e.needs_context
                && e.category.as_deref() == Some("subdivision")
                && e.country.as_deref() == Some("FR")
        })
        .collect();
    assert!(subdivisions.len() > 20, "{}", subdivisions.len());
    let town = "Les pompiers de Grenoble sont intervenus.";
    for e in &subdivisions {
        let vowel = e.name.starts_with(['A', 'E', 'I', 'O', 'U', 'Y', 'É', 'È']);
        for p in &prepositions {
            if p.ends_with('\'') != vowel {
                continue;
            }
            let sep = if p.ends_with('\'') { "" } else { " " };
            let sentence = format!("Le feu a pris {p}{sep}{} mardi.", e.name);
            let text = format!("{town} {sentence}");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .any(|m| m.entity_id == e.id && m.entity_type == EntityType::Place),
                "{text}: {found:?}"
            );
            let alone = extract(&normalize(&sentence), matcher());
            assert!(
                alone.iter().all(|m| m.entity_id != e.id),
                "{sentence}: {alone:?}"
            );
        }
        let bare = format!("{town} Le feu a touché {} mardi.", e.name);
        let found = extract(&normalize(&bare), matcher());
        assert!(
            found.iter().all(|m| m.entity_id != e.id),
            "{bare}: {found:?}"
        );
    }
}

/// Invented surnames for the line-up and match-sheet tests: no list knows
/// them.
const SHEET_SURNAMES: [&str; 11] = [
    "Dorvalec",
    "Kergoatin",
    "Pennevrin",
    "Lomprezac",
    "Tancarvel",
    "Quérindo",
    "Brassilho",
    "Zaïre-Morvan",
    "Achterbeek",
    "Vaskelidze",
    "Mendolari",
];

/// A team's line-up (`rule:line-up`): every club or city that opens it ×
/// six to eleven invented surnames between commas and dashes, with and
/// without a full stop, a two-word entry among them: each entry is a
/// person. Controls: five entries, an entry of a lowercase word, a line
/// opened by no known name, the list in the middle of a sentence.
#[test]
fn the_players_of_a_line_up_are_persons() {
    for team in ["PSG", "Lens", "Olympique de Marseille", "Lyon", "Brest"] {
        for n in 6..=11 {
            for end in ["", "."] {
                let mut list = String::new();
                for (k, name) in SHEET_SURNAMES[..n].iter().enumerate() {
                    if k > 0 {
                        list.push_str(if k % 4 == 1 { " – " } else { ", " });
                    }
                    list.push_str(name);
                }
                list.push_str(" Junior");
                let text = format!("Le match.\n\n{team} : {list}{end}\nFin.");
                let mut found = by_rule(&text, "rule:line-up");
                found.sort();
                let mut want: Vec<(String, EntityType)> = SHEET_SURNAMES[..n]
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        let name = if k + 1 == n {
                            format!("{s} Junior")
                        } else {
                            s.to_string()
                        };
                        (name, EntityType::Person)
                    })
                    .collect();
                want.sort();
                assert_eq!(found, want, "{text}");
            }
        }
    }
    for control in [
        "Le match.\n\nPSG : Dorvalec – Kergoatin, Pennevrin, Lomprezac, Tancarvel.\nFin.",
        "Le match.\n\nPSG : Dorvalec – Kergoatin, Pennevrin, remplaçants, Tancarvel, Quérindo, Brassilho.\nFin.",
        "Le match.\n\nTarifs : Dorvalec – Kergoatin, Pennevrin, Lomprezac, Tancarvel, Quérindo, Brassilho.\nFin.",
        "Le PSG a aligné : Dorvalec – Kergoatin, Pennevrin, Lomprezac, Tancarvel, Quérindo, Brassilho.\nFin.",
    ] {
        assert!(by_rule(control, "rule:line-up").is_empty(), "{control}");
    }
}

/// A match sheet's surnames written as in prose before their minute
/// (`Buts : Hakimi (31e), Dembélé (90e+3)`): every label × invented
/// surnames after a colon, a comma and a semicolon. Controls: another
/// label, a bracket that is no minute, the label inside a sentence.
#[test]
fn surnames_before_their_minute_on_a_match_sheet_are_persons() {
    let labels = rule_list("people", "match_sheet_labels");
    for label in &labels {
        let mut written = label.clone();
        written.replace_range(..1, &label[..1].to_uppercase());
        let [a, b, c, ..] = SHEET_SURNAMES;
        let text =
            format!("Le match.\n\n{written} : {a} (12e), {b} (45e+2) pour Lens ; {c} (90e)\nFin.");
        let mut found = by_rule(&text, "rule:match-sheet");
        found.sort();
        let mut want = vec![
            (a.to_string(), EntityType::Person),
            (b.to_string(), EntityType::Person),
            (c.to_string(), EntityType::Person),
        ];
        want.sort();
        assert_eq!(found, want, "{text}");
    }
    for control in [
        "Le match.\n\nTarifs : Dorvalec (12e), Kergoatin (45e)\nFin.",
        "Le match.\n\nButs : Dorvalec (Bretagne), Kergoatin (voir)\nFin.",
        "Il a marqué deux buts : Dorvalec (12e), Kergoatin (45e)\nFin.",
    ] {
        assert!(by_rule(control, "rule:match-sheet").is_empty(), "{control}");
    }
}

/// The word list `section.key` of data/entity-rules.toml, as the tests
/// read it independently of the rule set's loader.
fn rule_list(section: &str, key: &str) -> Vec<String> {
    let rules: toml::Value = toml::from_str(include_str!("../../data/entity-rules.toml")).unwrap();
    rules[section][key]
        .as_array()
        .unwrap_or_else(|| panic!("{section}.{key} is no list"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Long names of parties, unions and bodies that French capitalises on
/// their first word only (`rule:org-described`): every head × complements
/// of the three kinds that ran past the old end, after `l'`/`la`/`le` and
/// before a verb, a comma and a full stop:
/// - two plural words joined by `et` (`Union des démocrates et
///   indépendants`, `Confédération des petites et moyennes entreprises`);
/// - complements listed with commas and closed by `et` (`Direction
///   générale de la concurrence, de la consommation et de la répression des
///   fraudes`);
/// - `pour la` and one capitalised word (`Rassemblement pour la
///   République`).
///
/// Controls: `et` before a verb or a quantifier, a list the comma leaves
/// open, `pour la` before a lowercase word.
#[test]
fn long_described_names_run_through_et_lists_and_pour_la() {
    let heads = [
        "Union",
        "Confédération",
        "Fédération",
        "Association",
        "Syndicat",
        "Mouvement",
        "Rassemblement",
        "Ligue",
    ];
    let complements = [
        "des démocrates et indépendants",
        "des petites et moyennes entreprises",
        "des artisans et commerçants",
        "des cadres et techniciens de la chimie",
        "de la concurrence, de la consommation et de la répression des fraudes",
        "des parents, des enseignants et des élèves",
        "pour la République",
        "pour la Démocratie",
    ];
    for head in heads {
        for complement in complements {
            let name = format!("{head} {complement}");
            for (before, after) in [
                ("Selon l'", " a dénoncé la réforme."),
                ("Selon le groupe ", ", la réforme échoue."),
                ("Il a rejoint l'", "."),
            ] {
                let text = format!("{before}{name}{after}");
                let found: Vec<_> = by_rule(&text, "rule:org-described")
                    .into_iter()
                    .filter(|(_, kind)| *kind == EntityType::Organization)
                    .map(|(surface, _)| surface)
                    .collect();
                assert_eq!(found, vec![name.clone()], "{text}");
            }
        }
    }
    for (control, want) in [
        (
            "Selon l'Union des cheminots et dénonce la réforme.",
            "Union des cheminots",
        ),
        (
            "Selon l'Union des cheminots et plusieurs élus, la réforme échoue.",
            "Union des cheminots",
        ),
        (
            "Selon l'Union des cheminots, de la SNCF et de la RATP, rien.",
            "Union des cheminots",
        ),
        (
            "Selon l'Union des cheminots, de la région, rien ne change.",
            "Union des cheminots",
        ),
    ] {
        let found: Vec<_> = by_rule(control, "rule:org-described")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(found, vec![want.to_string()], "{control}");
    }
    for control in [
        "Le Rassemblement pour la première fois a gagné.",
        "Le Rassemblement pour la\nRépublique a gagné.",
    ] {
        let found = extract(&normalize(control), matcher());
        assert!(
            found.iter().all(|m| !m.surface.contains("pour la")),
            "{control}: {found:?}"
        );
    }
}

/// Titles before a name nobody lists, in every form the press writes
/// them (`rule:title`): masculine and feminine, the joint holder
/// (`coprésident`, `co-présidente`), the former one (`ex-ministre`,
/// `l'ancienne préfète`), with or without a comma before the name. The
/// names are invented and open on no first name of the lists, so only
/// the title finds them. Controls: the title without a name, a lowercase
/// word after it, `ex-` before a word that is no title.
#[test]
fn titles_in_every_form_name_the_person_after_them() {
    let titles = [
        ("coprésident", "coprésidente"),
        ("co-président", "co-présidente"),
        ("vice-président", "vice-présidente"),
        ("ministre", "ministre"),
        ("secrétaire d'État", "secrétaire d'État"),
        ("porte-parole", "porte-parole"),
        ("procureur", "procureure"),
        ("juge", "juge"),
        ("maire", "maire"),
        ("préfet", "préfète"),
        ("rapporteur", "rapporteure"),
    ];
    let names = [
        "Tshibanda Mulumba",
        "Ngozi Mbeki-Alaoui",
        "Oyelaran Kervadec",
    ];
    let vowel = |w: &str| w.starts_with(['a', 'e', 'é', 'i', 'o', 'u', 'h']);
    for (k, (masculine, feminine)) in titles.iter().enumerate() {
        let name = names[k % names.len()];
        for (title, le, ancien) in [(masculine, "le", "ancien"), (feminine, "la", "ancienne")] {
            for form in [
                title.to_string(),
                format!("ex-{title}"),
                format!("{ancien} {title}"),
            ] {
                let article = if vowel(&form) {
                    "l'".to_string()
                } else {
                    format!("{le} ")
                };
                for comma in ["", ","] {
                    let text = format!("Hier, {article}{form}{comma} {name}{comma} a parlé.");
                    let found = extract(&normalize(&text), matcher());
                    assert!(
                        found
                            .iter()
                            .any(|m| m.surface == name && m.entity_type == EntityType::Person),
                        "{text}: {found:?}"
                    );
                }
            }
        }
    }
    for control in [
        "Hier, l'ex-ministre a parlé.",
        "Hier, la coprésidente a parlé de la réforme.",
        "Hier, le co-président sortant a parlé.",
        "Hier, l'ex-voto Tshibanda Mulumba a brûlé.",
    ] {
        let found = extract(&normalize(control), matcher());
        assert!(
            found.iter().all(|m| m.entity_type != EntityType::Person),
            "{control}: {found:?}"
        );
    }
}

/// A results box as the organisers write it, surname in capitals first
/// (`1. POGACAR Tadej (SLO/UAE) en 4 h 12 min`): every rank form × invented
/// surnames (hyphenated too) × given names × brackets; the person is named
/// given name first (`rule:ranked-capitals`), the name written here by
/// hand. Controls: no rank, no bracket, a surname in mixed case, the line
/// inside a sentence.
#[test]
fn ranked_surnames_in_capitals_give_the_person_given_name_first() {
    let people = [
        ("DORVALEC", "Tadej", "Tadej Dorvalec"),
        ("KERGOATIN", "Lenny", "Lenny Kergoatin"),
        ("BIELLE-QUERINDO", "Louis", "Louis Bielle-Querindo"),
        ("VAN TANCARVEL", "Wout", "Wout Van Tancarvel"),
        ("MAS", "Enric", "Enric Mas"),
    ];
    for rank in ["1", "2", "9", "12", "143"] {
        for (surname, given, want) in people {
            for bracket in [
                "(SLO/UAE) en 4 h 12 min 5 s",
                "(FRA) à 12 s",
                "(Groupama-FDJ) m.t.",
            ] {
                let text = format!("Les résultats.\n\n{rank}. {surname} {given} {bracket}\nFin.");
                let found: Vec<_> = extract(&normalize(&text), matcher())
                    .into_iter()
                    .filter(|m| m.rule == "rule:ranked-capitals")
                    .map(|m| (m.name, m.entity_type))
                    .collect();
                assert_eq!(
                    found,
                    vec![(want.to_string(), EntityType::Person)],
                    "{text}"
                );
            }
        }
    }
    for control in [
        "Les résultats.\n\nDORVALEC Tadej (SLO/UAE) en 4 h 12 min\nFin.",
        "Les résultats.\n\n1. DORVALEC Tadej en 4 h 12 min\nFin.",
        "Les résultats.\n\n1. Dorvalec Tadej (SLO/UAE)\nFin.",
        "Il a fini 1. DORVALEC Tadej (SLO) devant.\nFin.",
    ] {
        assert!(
            by_rule(control, "rule:ranked-capitals").is_empty(),
            "{control}"
        );
    }
}

/// A one-word subdivision whose name is a first name (`Virginie`,
/// `Géorgie`), right before an unknown capitalised word, is the person's
/// first name, no place; before a first name it stays a place (`le député
/// de Virginie Jean Kervadec`, as `le député du Var Cédric Pastorelli`).
/// Every such subdivision of the gazetteer × invented surnames.
#[test]
fn a_subdivision_that_is_a_first_name_opens_a_persons_name() {
    let first_names: std::collections::HashSet<String> = include_str!("../../data/first-names.txt")
        .lines()
        .chain(include_str!("../../data/first-names-fr.txt").lines())
        .map(|l| crate::entities::fold::fold_word(l.trim()))
        .collect();
    let g = Gazetteer::builtin().unwrap();
    let subdivisions: Vec<String> = g
        .ids_in_category("subdivision")
        .iter()
        .filter_map(|id| g.get(id))
        .map(|e| e.name.clone())
        .filter(|n| {
            !n.contains([' ', '-']) && first_names.contains(&crate::entities::fold::fold_word(n))
        })
        .collect();
    assert!(
        subdivisions.iter().any(|n| n == "Virginie"),
        "{subdivisions:?}"
    );
    for name in &subdivisions {
        for surname in ["Pajotin-Ravel", "Kervadec"] {
            let text = format!("La préfète, {name} {surname}, a parlé.");
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().all(|m| m.entity_type != EntityType::Place),
                "{text}: {found:?}"
            );
        }
        // where the place is found alone, a first name after it keeps it
        let place = |text: &str| {
            extract(&normalize(text), matcher())
                .iter()
                .any(|m| m.surface == *name && m.entity_type == EntityType::Place)
        };
        let control = format!("Le député de {name} Jean Kervadec a parlé.");
        if place(&format!("Le député de {name} a parlé.")) {
            assert!(place(&control), "{control}");
        }
    }
}

/// A place and a point of the compass joined by a hyphen is that part of
/// the place (`rule:compass-part`): places of the gazetteer of every kind
/// (region, city, country) × the four points × what follows (a comma, a
/// full stop, a space); the point alone (`Nord`, a département) is no
/// mention. Controls: a space before the point (`Darfour nord`), a word
/// glued after it (`Berlin-Est-Ouest` no: `Paris-Estonie`), and the
/// place alone stays itself.
#[test]
fn a_place_and_a_point_of_the_compass_name_its_part() {
    for place in ["Darfour", "Berlin", "Liban", "Kordofan", "Jérusalem"] {
        let alone = format!("Le convoi est arrivé au {place}.");
        let base = extract(&normalize(&alone), matcher());
        if !base.iter().any(|m| m.entity_type == EntityType::Place) {
            continue;
        }
        for point in ["Nord", "Sud", "Est", "Ouest"] {
            for after in [",", ".", " hier."] {
                let name = format!("{place}-{point}");
                let text = format!("Les combats ont repris au {name}{after} Rien.");
                let found = extract(&normalize(&text), matcher());
                let places: Vec<_> = found
                    .iter()
                    .filter(|m| m.entity_type == EntityType::Place)
                    .map(|m| m.surface.as_str())
                    .collect();
                assert_eq!(places, vec![name.as_str()], "{text}: {found:?}");
            }
        }
    }
    let found = extract(&normalize("Les combats au Darfour nord."), matcher());
    assert!(
        found.iter().all(|m| m.surface != "Darfour nord"),
        "{found:?}"
    );
    let found = extract(&normalize("La route Paris-Estonie."), matcher());
    assert!(
        found.iter().all(|m| m.rule != "rule:compass-part"),
        "{found:?}"
    );
}

/// The generated communes (data/gazetteer/communes.tsv), those no other
/// entry names.
fn generated_communes() -> Vec<&'static crate::gazetteer::Entry> {
    let mut out: Vec<_> = matcher()
        .gazetteer()
        .communes
        .entries()
        .iter()
        .filter(|e| matcher().commune(&e.name).is_some_and(|c| c.id == e.id))
        .collect();
    out.sort_by_key(|e| e.id.clone());
    out
}

/// `de`/`près de` before a name, elided before a vowel or a mute `h`, as
/// French writes it (`d'Eauze`, `près d'Auch`).
fn elide(prep: &str, name: &str) -> String {
    let vowel = name
        .chars()
        .next()
        .map(|c| fold::fold_str(&c.to_string()))
        .is_some_and(|c| matches!(c.as_str(), "a" | "e" | "i" | "o" | "u" | "y" | "h"));
    match prep.strip_suffix(" de").or((prep == "de").then_some("")) {
        Some(head) if vowel => format!("{head}{}d'{name}", if head.is_empty() { "" } else { " " }),
        _ => format!("{prep} {name}"),
    }
}

/// Every generated commune is a place after the locative words that
/// introduce a town (`à Riscle`, `près de Marciac`, `entre Nogaro et …`)
/// when the page names another French place (a préfecture); every
/// locative word of `commune_prepositions` works, each tried on a spread
/// of communes.
#[test]
fn every_generated_commune_is_found_after_a_locative_word() {
    let communes = generated_communes();
    assert!(communes.len() > 10_000, "{}", communes.len());
    let context = " Le préfet de la Gironde est venu de Bordeaux.";
    let check = |e: &crate::gazetteer::Entry, surface: &str| {
        let text = format!("La réunion s'est tenue {surface} mardi.{context}");
        let found = extract(&normalize(&text), matcher());
        // the commune, or the same town found by a rule of context (`près
        // d'Abancourt`, rule:place-context): the rules win over a commune
        let m = found
            .iter()
            .find(|m| m.entity_id == e.id || fold::fold_str(&m.surface) == fold::fold_str(&e.name));
        assert!(
            m.is_some(),
            "{} not found in {text:?}: {:?}",
            e.id,
            ids(&found)
        );
        assert_eq!(m.unwrap().entity_type, EntityType::Place, "{text}");
    };
    for e in &communes {
        check(e, &format!("à {}", e.name));
        check(e, &elide("près de", &e.name));
    }
    for prep in rule_list("places", "commune_prepositions") {
        if prep.ends_with('\'') {
            continue; // the elided forms, built by `elide`
        }
        for e in communes.iter().step_by(997) {
            let surface = if prep == "entre" {
                format!("entre {} et Bordeaux", e.name)
            } else if prep == "et" {
                format!("à Bordeaux et {}", e.name)
            } else {
                elide(&prep, &e.name)
            };
            check(e, &surface);
        }
    }
}

/// The first-word check of [`communes_in`] drops nothing: every name of
/// the commune table (those another entry names too), written as is, in
/// capitals and with its first letter alone capitalised, after each
/// locative word, after a name and a particle, glued to a hyphen or to
/// another capitalised word, at a line's end, give the mentions of the
/// look-up of every length; so do the seed articles and the story fixtures.
#[test]
fn communes_first_word_check_finds_what_every_lookup_finds() {
    let m = matcher();
    let mut texts: Vec<String> = Vec::new();
    let preps = rule_list("places", "commune_prepositions");
    for (k, e) in m.gazetteer().communes.entries().iter().enumerate() {
        let upper = e.name.to_uppercase();
        let mut first = e.name.to_lowercase();
        if let Some(c) = first.chars().next() {
            first = c.to_uppercase().collect::<String>() + &first[c.len_utf8()..];
        }
        for name in [e.name.as_str(), upper.as_str(), first.as_str()] {
            let prep = &preps[k % preps.len()];
            texts.push(format!(
                "Réunion {prep} {name}, puis à {name}-Nord et près de {name} Sud.\nÀ {name}\nSelon Jean {name}, le Val d'{name} et {name}."
            ));
        }
    }
    for dir in ["corpus", "tests/fixtures/story", "tests/fixtures/story2"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut found = 0;
    for text in &texts {
        let s = normalize(text).normalized;
        let toks = tokens::tokenize(&s);
        let slow = communes_in(&s, &toks, m, FirstWord::EveryLength);
        assert_eq!(
            communes_in(&s, &toks, m, FirstWord::Checked),
            slow,
            "{text}"
        );
        found += slow.len();
    }
    assert!(found > 10_000, "{found}");
}

/// Controls: a commune's name after a first name is a surname (`Selon
/// Sandrine Lavergne`), after a capitalised word and a particle it ends
/// another name (`le Val d'Aoste`), without a locative word it says
/// nothing, and with no other French place named it is no town: none is
/// the commune.
#[test]
fn generated_communes_need_a_locative_word_and_a_french_place() {
    let context = " Le préfet de la Gironde est venu de Bordeaux.";
    for e in generated_communes() {
        for text in [
            format!("Selon Sandrine {}, la réunion a eu lieu.{context}", e.name),
            format!(
                "Il a visité le Val {} mardi.{context}",
                elide("de", &e.name)
            ),
            format!("{} a signé mardi.{context}", e.name),
            format!("La réunion s'est tenue à {} mardi.", e.name),
        ] {
            let found = extract(&normalize(&text), matcher());
            assert!(
                found
                    .iter()
                    .all(|m| m.entity_id != e.id || m.entity_type != EntityType::Place),
                "{text}: {:?}",
                ids(&found)
            );
        }
    }
}

/// Every river of category `river` that needs context is a place after
/// each article or noun of `river_articles` (`la Seine`, `du Rhin`,
/// `l'Adour`, `le fleuve Indus`), and none without one (`Selon Indus
/// Martin`) or glued to a hyphen (`Seine-Nord`).
#[test]
fn every_river_is_found_after_its_article_only() {
    let g = matcher().gazetteer();
    let mut rivers: Vec<_> = g
        .entries
        .values()
        .filter(|e| e.category.as_deref() == Some("river") && e.needs_context)
        .collect();
    rivers.sort_by_key(|e| e.id.clone());
    assert!(rivers.len() >= 10, "{}", rivers.len());
    for e in rivers {
        for article in rule_list("places", "river_articles") {
            let vowel = matches!(
                fold::fold_str(&e.name[..1]).as_str(),
                "a" | "e" | "i" | "o" | "u" | "y"
            );
            let surface = match article.as_str() {
                "l'" if vowel => format!("l'{}", e.name),
                "l'" => continue,
                "le" | "la" | "du" | "au" if vowel => continue,
                a => format!("{a} {}", e.name),
            };
            let text = format!("Les barges descendent {surface} depuis mardi.");
            let found = extract(&normalize(&text), matcher());
            let m = found.iter().find(|m| m.entity_id == e.id);
            assert!(
                m.is_some(),
                "{} not found in {text:?}: {:?}",
                e.id,
                ids(&found)
            );
            assert_eq!(m.unwrap().entity_type, EntityType::Place, "{text}");
        }
        for text in [
            format!("Selon {} Martin, la réunion a eu lieu.", e.name),
            format!("Le canal {}-Nord avance.", e.name),
        ] {
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().all(|m| m.entity_id != e.id),
                "{text}: {:?}",
                ids(&found)
            );
        }
    }
}

/// A described name (`rule:org-described`) ends before a finite verb of
/// `described_verbs` (`le Bureau national interprofessionnel de l'armagnac
/// estime`, `l'Agence française de développement serait`): every verb ×
/// heads with one- and two-word complements.
#[test]
fn a_described_name_ends_before_a_finite_verb() {
    let names = [
        "Bureau national interprofessionnel de l'armagnac",
        "Agence française de développement",
        "Chambre nationale de la batellerie artisanale",
        "Syndicat des cadres de la sécurité intérieure",
        "Institut de recherche pour le développement",
    ];
    for verb in rule_list("organizations", "described_verbs") {
        for name in names {
            let text = format!("Selon nos informations, le {name} {verb} que la réforme échoue.");
            let found: Vec<_> = by_rule(&text, "rule:org-described")
                .into_iter()
                .map(|(surface, _)| surface)
                .collect();
            assert!(
                found.iter().all(|f| !f.contains(verb.as_str())),
                "{text}: {found:?}"
            );
            let all = extract(&normalize(&text), matcher());
            assert!(
                all.iter().all(|m| !m.surface.contains(verb.as_str())),
                "{text}: {:?}",
                ids(&all)
            );
        }
    }
}

/// Names joined by ` & ` are one organisation (`rule:org-ampersand`):
/// every left word (invented, and French towns of the gazetteer, which
/// give way to the name) × right side of one or two words × five frames
/// of prose; the word before is no part of it (`le groupe`, `l'ONG`).
#[test]
fn names_joined_by_an_ampersand_are_one_organisation() {
    let g = matcher().gazetteer();
    let mut towns: Vec<&str> = g
        .entries
        .values()
        .filter(|e| {
            e.category.as_deref() == Some("city")
                && e.country.as_deref() == Some("FR")
                && !e.needs_context
                && e.name.chars().all(char::is_alphabetic)
        })
        .map(|e| e.name.as_str())
        .collect();
    towns.sort_unstable();
    assert!(towns.len() > 20, "{towns:?}");
    let invented = ["Zorvex", "Marlinot", "Quenteau", "Brasselin", "Vandrel"];
    let lefts = invented
        .iter()
        .copied()
        .chain(towns.iter().copied().step_by(7));
    let rights = ["Gambrell", "Spenzer Ortel", "Environment", "Fils"];
    let frames = [
        "Le groupe {} a annoncé des suppressions de postes.",
        "Selon {}, les ventes reculent depuis un an.",
        "{} ferme trois magasins cette année.",
        "Les salariés de {} sont en grève.",
        "L'ONG {} dénonce le projet.",
    ];
    for left in lefts {
        for right in rights {
            let name = format!("{left} & {right}");
            for frame in frames {
                let text = frame.replace("{}", &name);
                let found = extract(&normalize(&text), matcher());
                assert!(
                    found.iter().any(|m| m.surface == name
                        && m.entity_type == EntityType::Organization
                        && m.rule == "rule:org-ampersand"),
                    "{text}: {found:?}"
                );
                // nothing else inside the name
                let at = text.find(&name).unwrap();
                assert!(
                    found.iter().all(|m| m.surface == name
                        || m.span.end <= at
                        || m.span.start >= at + name.len()),
                    "{text}: {found:?}"
                );
            }
        }
    }
}

/// Controls of `rule:org-ampersand`: a menu line with no lowercase word
/// (`Sport & Loisirs`), an `&` glued to a word, an acronym or a lowercase
/// word on either side, a person of the gazetteer before it.
#[test]
fn an_ampersand_outside_a_name_of_prose_is_no_organisation() {
    let person = matcher()
        .gazetteer()
        .entries
        .values()
        .filter(|e| e.entity_type == EntityType::Person && e.name.contains(' '))
        .map(|e| e.name.clone())
        .min()
        .unwrap();
    for text in [
        "Sport & Loisirs\nLe match a eu lieu mardi.".to_string(),
        "Culture & Spectacles | Vie Locale & Sports".to_string(),
        "Le groupe Zorvex&Gambrell a annoncé des suppressions.".to_string(),
        "Le groupe ZRV & Gambrell a annoncé des suppressions.".to_string(),
        "Le groupe Zorvex & fils a annoncé des suppressions.".to_string(),
        "Le groupe des amis & Gambrell a annoncé des suppressions.".to_string(),
        format!("Selon {person} & Gambrell, les ventes reculent."),
    ] {
        assert!(by_rule(&text, "rule:org-ampersand").is_empty(), "{text}");
    }
}

/// A listed organisation, a hyphen and a French town of the gazetteer is
/// a branch named with its seat (`Centre Pompidou-Metz`): one organisation
/// (`rule:org-extended`), and the town inside is no place; every listed
/// organisation of one or more words × a spread of towns. Control: the
/// same town named alone after it stays a place.
#[test]
fn a_listed_organisation_and_a_town_joined_by_a_hyphen_is_a_branch() {
    let g = matcher().gazetteer();
    let mut orgs: Vec<&str> = g
        .entries
        .values()
        .filter(|e| {
            e.entity_type == EntityType::Organization
                && !e.needs_context
                && e.category.is_none()
                && e.name.chars().all(|c| c.is_alphabetic() || c == ' ')
                && e.name.chars().count() >= 3
        })
        .map(|e| e.name.as_str())
        .collect();
    orgs.sort_unstable();
    let mut towns: Vec<&crate::gazetteer::Entry> = g
        .entries
        .values()
        .filter(|e| {
            e.category.as_deref() == Some("city")
                && e.country.as_deref() == Some("FR")
                && !e.needs_context
                && e.name.chars().all(char::is_alphabetic)
        })
        .collect();
    towns.sort_by_key(|e| e.id.clone());
    let mut tried = 0;
    for org in orgs {
        let bare = format!("Un accord avec la direction de {org} a été signé.");
        if !extract(&normalize(&bare), matcher())
            .iter()
            .any(|m| m.surface == org && m.found_by == FoundBy::Gazetteer)
        {
            continue; // found only in its own contexts
        }
        for town in towns.iter().step_by(5) {
            let name = format!("{org}-{}", town.name);
            let text = format!(
                "Un accord avec la direction de {name} a été signé. Le maire de {} salue l'accord.",
                town.name
            );
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().any(|m| m.surface == name
                    && m.entity_type == EntityType::Organization
                    && m.rule == "rule:org-extended"),
                "{text}: {found:?}"
            );
            let inside = text.find(&name).unwrap() + org.len();
            let towns_found: Vec<usize> = found
                .iter()
                .filter(|m| m.entity_id == town.id)
                .map(|m| m.span.start)
                .collect();
            assert!(!towns_found.contains(&(inside + 1)), "{text}: {found:?}");
            assert_eq!(towns_found.len(), 1, "{text}: {found:?}");
            tried += 1;
        }
    }
    assert!(tried > 100, "{tried}");
}

/// A commune's longer name wins over a town the rules cut short in it
/// (`près de Banyuls` of `Banyuls de la Marenda`), and a town the rules
/// placed by its context keeps its bare mentions under one id: every
/// generated commune of several words after `près de`.
#[test]
fn a_commune_of_several_words_is_found_whole() {
    let context = " Le préfet de la Gironde est venu de Bordeaux.";
    let mut n = 0;
    for e in generated_communes()
        .into_iter()
        .filter(|e| e.name.contains(' '))
    {
        let text = format!(
            "La réunion s'est tenue {} mardi.{context}",
            elide("près de", &e.name)
        );
        let found = extract(&normalize(&text), matcher());
        assert!(
            found
                .iter()
                .any(|m| fold::fold_str(&m.surface) == fold::fold_str(&e.name)
                    && m.entity_type == EntityType::Place),
            "{text}: {:?}",
            ids(&found)
        );
        n += 1;
    }
    assert!(n > 50, "{n}");
}

/// A described name (`rule:org-described`) is found whole before a word
/// that ends it for sure: every finite verb of `described_verbs` and every
/// conjunction of `described_end_words` × heads with complements of one to
/// four words (`le Syndicat de la magistrature dénonce`, `la Cour
/// européenne des droits de l'homme si`); control: before a lowercase
/// participle that may continue the complement (`publiés jeudi`), nothing
/// is said (the end is not sure).
#[test]
fn a_described_name_is_found_whole_before_a_verb_or_a_conjunction() {
    let names = [
        "Syndicat de la magistrature",
        "Bureau national interprofessionnel de l'armagnac",
        "Agence française de développement",
        "Institut de recherche pour le développement",
        "Cour européenne des droits de l'homme",
        "Fédération nationale des travaux publics",
    ];
    let mut ends = rule_list("organizations", "described_verbs");
    ends.extend(rule_list("organizations", "described_end_words"));
    assert!(ends.len() > 60, "{}", ends.len());
    for word in &ends {
        for name in names {
            let text = format!("Selon nos informations, le {name} {word} la réforme échoue.");
            let found = by_rule(&text, "rule:org-described");
            assert!(
                found
                    .iter()
                    .any(|(s, t)| s == name && *t == EntityType::Organization),
                "{text}: {found:?}"
            );
            assert!(
                found
                    .iter()
                    .all(|(s, _)| !s.split([' ', '\'']).any(|w| w == word.as_str())),
                "{text}: {found:?}"
            );
        }
    }
    for name in names {
        let text = format!("Selon nos informations, le {name} publiés jeudi sont en baisse.");
        let found = by_rule(&text, "rule:org-described");
        assert!(
            found.iter().all(|(s, _)| !s.contains("publiés")),
            "{text}: {found:?}"
        );
    }
}

/// The parties and federal bodies of Germany, Austria and Japan the wires
/// name without introducing them (`organizations.toml`): every name and
/// alias × three frames is found as that organisation, whole.
#[test]
fn every_german_austrian_and_japanese_body_is_found_in_a_frame() {
    let g = matcher().gazetteer();
    let entries: Vec<&crate::gazetteer::Entry> = g
        .entries
        .values()
        .filter(|e| {
            e.source == "organizations.toml"
                && matches!(e.country.as_deref(), Some("DE" | "AT" | "JP"))
                && !e.needs_context
        })
        .collect();
    assert!(entries.len() >= 18, "{}", entries.len());
    let frames = [
        "Selon le porte-parole du {}, la réforme avance.",
        "Les dirigeants de la {} ont voté contre le texte mardi.",
        "Le {}, qui a réuni ses cadres, refuse.",
    ];
    for e in entries {
        // companies are named with their legal form (`Robert Bosch GmbH`),
        // which closes a name and is no part of it
        let legal = |n: &str| n.ends_with(" GmbH") || n.ends_with(" AG");
        for name in e.names().filter(|n| !legal(n)) {
            for frame in frames {
                let text = frame.replace("{}", name);
                let found = extract(&normalize(&text), matcher());
                assert!(
                    found.iter().any(|m| m.entity_id == e.id
                        && m.entity_type == EntityType::Organization
                        && m.surface == *name),
                    "{} not found whole in {text:?}: {:?}",
                    e.id,
                    ids(&found)
                );
            }
        }
    }
}

/// Controls for the new names that are also words or surnames: the colour
/// `verts` in lowercase, the surname `Dupuis` of a person, the first name
/// `Alan` of a person, `Ledger` outside its head are no organisations.
#[test]
fn words_and_surnames_that_name_a_body_elsewhere_are_no_organisation() {
    for (text, word) in [
        ("Les volets verts de la maison ont été repeints.", "verts"),
        ("Jean-Paul Dupuis, agriculteur, a témoigné mardi.", "Dupuis"),
        ("Alan Turing a été célébré à Manchester.", "Alan"),
        ("Le grand Ledger de la comptabilité est perdu.", "Ledger"),
    ] {
        let found = extract(&normalize(text), matcher());
        assert!(
            found
                .iter()
                .all(|m| !(m.surface == word && m.entity_type == EntityType::Organization)),
            "{text}: {:?}",
            ids(&found)
        );
    }
    // with their head, the publisher and the firm are found
    for (text, id) in [
        ("L'album est paru aux éditions Dupuis en mars.", "dupuis"),
        ("Le capital de la société Ledger a doublé.", "ledger"),
    ] {
        let found = extract(&normalize(text), matcher());
        assert!(
            found.iter().any(|m| m.entity_id == id),
            "{text}: {:?}",
            ids(&found)
        );
    }
}

/// A listed organisation of an institutional head and an adjective goes on
/// with a complement (`rule:org-extended`): every such listed name × a
/// lowercase complement the text ends for sure, and × every French
/// département or région of the generated data that needs no context
/// after `de` (`la Confédération paysanne de Gironde`); the département
/// inside is no place. Controls: a time after `de` (`de mars`, `de
/// l'époque`), a complement whose end is not sure, `aux`, an acronym.
#[test]
fn a_listed_body_goes_on_with_its_complement_or_its_departement() {
    let g = matcher().gazetteer();
    let listed = [
        "Conseil européen",
        "Confédération paysanne",
        "Parti socialiste",
        "Rassemblement national",
        "Banque centrale européenne",
    ];
    for name in listed {
        assert!(
            g.entries.values().any(|e| e.name == name),
            "{name} is no longer listed"
        );
    }
    let whole = |text: &str, want: &str| {
        let found = extract(&normalize(text), matcher());
        // the text's apostrophes are normalized (`Val-d’Oise`)
        let plain = |s: &str| s.replace('’', "'");
        let ok = found
            .iter()
            .any(|m| plain(&m.surface) == plain(want) && m.entity_type == EntityType::Organization);
        (ok, found)
    };
    for name in listed {
        for complement in [
            "de la recherche",
            "des jeunes agriculteurs",
            "de l'innovation",
        ] {
            for after in [
                " (ERC), a-t-il dit.",
                ", selon lui.",
                " estime que tout va bien.",
            ] {
                let text = format!("Il préside le {name} {complement}{after}");
                let want = format!("{name} {complement}");
                let (ok, found) = whole(&text, &want);
                assert!(ok, "{text}: {:?}", ids(&found));
            }
        }
        let departements: Vec<&crate::gazetteer::Entry> = g
            .entries
            .values()
            .filter(|e| {
                e.source == "geo-france.toml"
                    && e.category.as_deref() == Some("subdivision")
                    && !e.needs_context
            })
            .collect();
        assert!(departements.len() > 40, "{}", departements.len());
        for d in departements {
            let text = format!("Selon la {name} de {}, la récolte baisse.", d.name);
            let want = format!("{name} de {}", d.name);
            let (ok, found) = whole(&text, &want);
            assert!(ok, "{text}: {:?}", ids(&found));
            assert!(
                found.iter().all(|m| m.entity_id != d.id),
                "{text}: the département is reported: {:?}",
                ids(&found)
            );
        }
        for (text, longer) in [
            (format!("Le {name} de mars a tranché."), "de mars"),
            (
                format!("Le {name} de l'époque, selon lui, a tranché."),
                "époque",
            ),
            (
                format!("Le {name} de la recherche publiés jeudi."),
                "recherche",
            ),
            (
                format!("Le {name} aux droits de l'homme, selon lui."),
                "droits",
            ),
        ] {
            let found = extract(&normalize(&text), matcher());
            assert!(
                found.iter().all(|m| !m.surface.contains(longer)),
                "{text}: {:?}",
                ids(&found)
            );
        }
    }
    let text = "L'OTAN des années 1990, selon lui, était autre.";
    let found = extract(&normalize(text), matcher());
    assert!(
        found.iter().all(|m| !m.surface.contains("années")),
        "{:?}",
        ids(&found)
    );
}

/// The names of `places-france-historic.toml`, read from the file's text
/// (not through the gazetteer under test).
fn historic_regions_of_the_data() -> Vec<String> {
    include_str!("../../data/gazetteer/places-france-historic.toml")
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

/// Every former région, province and natural region of the data × its
/// article (the test's own table of genders: feminine names end in `e`
/// here, the masculine ones do not, checked against a list) × four frames
/// of weather, farming and local news, with another French place named:
/// one place, the whole name.
#[test]
fn every_historic_region_of_france_is_a_place() {
    let names = historic_regions_of_the_data();
    assert!(names.len() >= 45, "{}", names.len());
    // masculine names that end in `e`, and feminine ones that do not
    let masculine_e = ["Rouergue", "Languedoc-Roussillon", "Comminges"];
    let plural = ["Comminges", "Nord-Pas-de-Calais"];
    for name in &names {
        let feminine = name.ends_with('e') && !masculine_e.contains(&name.as_str());
        let (the, of) = if plural.contains(&name.as_str()) {
            ("le", "du")
        } else if feminine {
            ("la", "de la")
        } else {
            ("le", "du")
        };
        let frames = [
            format!("Des orages sont attendus en {name} et dans le Gers jeudi."),
            format!("Les éleveurs {of} {name} ont manifesté, comme ceux du Gers."),
            format!("Dans le Gers comme dans {the} {name}, la récolte a commencé."),
            format!("Le Gers et {the} {name} sont en vigilance orange."),
        ];
        for text in frames {
            let found: Vec<(EntityType, String)> = extract(&normalize(&text), matcher())
                .into_iter()
                .map(|m| (m.entity_type, m.surface))
                .collect();
            assert!(
                found.contains(&(EntityType::Place, name.clone())),
                "{text}: {found:?}"
            );
        }
    }
}

/// A seat named without article (`Bercy`, `Beauvau`) after a bare `à` is
/// the building, a place; as the subject of a verb it stays the ministry.
#[test]
fn a_seat_without_article_is_a_place_after_a() {
    for (seat, id) in [("Bercy", "bercy"), ("Beauvau", "beauvau")] {
        for verb in ["réunis", "convoqués", "reçus"] {
            let text = format!(
                "Les patrons ont été {verb} lundi à {seat} par le ministre. {seat} a démenti mardi."
            );
            let found: Vec<EntityType> = extract(&normalize(&text), matcher())
                .into_iter()
                .filter(|m| m.entity_id == id)
                .map(|m| m.entity_type)
                .collect();
            assert_eq!(
                found,
                vec![EntityType::Place, EntityType::Organization],
                "{text}"
            );
        }
    }
}

/// Every compound particle of the data × three surnames × three contexts
/// that find names (a title before, a first name of the lists, a title
/// after): the whole name, particles included.
#[test]
fn a_name_with_two_particles_is_found_whole() {
    let particles: Vec<String> = matcher()
        .rules
        .compound_particles
        .iter()
        .map(|p| p.join(" "))
        .collect();
    assert!(particles.len() >= 4);
    for particle in &particles {
        for surname in ["Hoeven", "Meulen", "Berghe"] {
            let name = format!("Kees {particle} {surname}");
            for text in [
                format!("Le sélectionneur néerlandais, {name}, a annoncé sa liste mardi."),
                format!("L'ouvreur {name} a marqué deux essais."),
                format!("{name}, le président du club, a démissionné."),
            ] {
                let found = persons(&text);
                assert!(found.iter().any(|(n, _)| *n == name), "{text}: {found:?}");
            }
        }
    }
    // one particle then a lowercase word is no compound particle
    let found = persons("Le sélectionneur, Kees van der, a parlé.");
    assert!(found.iter().all(|(n, _)| !n.contains("der")), "{found:?}");
}

/// Every reporter's function of the data after `Par` or `De` at a line
/// start, with or without the place the reporter writes from: the name is
/// an author. `De` before a name without such a function opens no byline.
#[test]
fn a_byline_with_the_reporters_function_gives_its_author() {
    let roles: Vec<String> = matcher()
        .rules
        .byline_roles
        .iter()
        .map(|p| p.join(" "))
        .collect();
    assert!(roles.len() >= 8);
    let mut checked = 0;
    for role in &roles {
        for marker in ["Par", "De"] {
            for place in ["", " à Bruxelles,", " en Bretagne,"] {
                let text = format!(
                    "Le sommet s'ouvre à Bruxelles.\n\n{marker} {role}{place} Claire Varennat\n\nLe président a parlé."
                );
                checked += usize::from(author_when_kept(&text, "Claire Varennat"));
            }
        }
    }
    assert!(checked >= roles.len() * 4, "{checked}");
    let found = persons("Le sommet s'ouvre.\n\nDe Claire Varennat\n\nLe président a parlé.");
    assert!(found.iter().all(|(_, r)| r.is_none()), "{found:?}");
}

/// The signature on an article's last line: first names of the lists
/// (one hyphenated) × surnames with and without particles × what may
/// close the line (nothing, where it was written, agency initials on the
/// line below): an author. Controls: a last line that is a title or a
/// body, a name then a description, the only line of a text.
#[test]
fn a_signature_on_the_last_line_is_an_author() {
    use crate::model::MentionRole;
    for first in ["Rémi", "Anne-Sophie", "Yann", "Claire"] {
        for surname in ["Barrière", "Le Goff", "van der Hoeven", "Morel-Faure"] {
            let name = format!("{first} {surname}");
            for tail in ["", ", à Villeurbanne", ", avec AFP", "\n\nsbh/mch"] {
                let text = format!(
                    "Les pompiers sont intervenus à Lyon.\n\nLe trafic a repris mardi.\n\n{name}{tail}"
                );
                let found = persons(&text);
                assert!(
                    found.contains(&(name.clone(), Some(MentionRole::Author))),
                    "{text:?}: {found:?}"
                );
            }
        }
    }
    for last in [
        "Union Européenne",
        "Claire Varennat, la présidente du jury",
        "Tous droits réservés",
    ] {
        let text = format!("Les pompiers sont intervenus à Lyon.\n\n{last}");
        let found = persons(&text);
        assert!(
            found.iter().all(|(_, r)| r.is_none()),
            "{text:?}: {found:?}"
        );
    }
    let found = persons("Claire Varennat");
    assert!(found.iter().all(|(_, r)| r.is_none()), "{found:?}");
}

/// Every eponym head of the data (lowercase and capitalised) × persons'
/// full names (one hyphenated first name, one particle) × three frames:
/// one organisation, head included, and no person inside it. Controls: a
/// company after `laboratoire` (`le laboratoire Sanofi`) keeps its name
/// alone; the head before a word that is no first name is not this rule's.
#[test]
fn a_body_named_after_a_person_is_one_organisation() {
    let heads: Vec<String> = matcher()
        .rules
        .eponym_heads
        .iter()
        .map(|p| p.join(" "))
        .collect();
    assert!(heads.len() >= 3);
    for head in &heads {
        for capital in [false, true] {
            let head = if capital {
                let mut h = head.clone();
                h[..1].make_ascii_uppercase();
                h
            } else {
                head.clone()
            };
            for person in [
                "Jean Kuntzmann",
                "Jacques-Louis Lions",
                "Claire de Varennes",
            ] {
                let body = format!("{head} {person}");
                for text in [
                    format!("Elle dirige le {body} depuis 2019."),
                    format!("Selon une étude du {body}, la hausse est nette."),
                    format!("Trois postes du {body} seront supprimés."),
                ] {
                    let found = extract(&normalize(&text), matcher());
                    assert!(
                        found
                            .iter()
                            .any(|m| m.entity_type == EntityType::Organization && m.surface == body),
                        "{text}: {found:?}"
                    );
                    assert!(
                        !found.iter().any(|m| m.entity_type == EntityType::Person),
                        "{text}: {found:?}"
                    );
                }
            }
        }
    }
    let found = extract(
        &normalize("Le laboratoire Sanofi a publié ses résultats."),
        matcher(),
    );
    assert!(
        found.iter().all(|m| !m.surface.starts_with("laboratoire")),
        "{found:?}"
    );
}

/// An institution's head before a place of the gazetteer and one or two
/// more places on its line (`l'université Grenoble Alpes`, `l'université
/// Bourgogne Franche-Comté`, the names of the merged universities) is one
/// organisation, no place inside: every head × city × one or two regions.
/// Controls: a line break before the second place, a capitalised word no
/// list knows after them.
#[test]
fn an_institution_named_by_places_is_one_organisation() {
    for head in ["université", "musée", "conservatoire"] {
        for city in ["Grenoble", "Lyon", "Toulouse"] {
            for rest in ["Alpes", "Auvergne", "Bourgogne Franche-Comté", "Gascogne"] {
                let name = format!("{head} {city} {rest}");
                let text = format!("Selon une étude de l'{name}, le risque augmente.");
                let found = extract(&normalize(&text), matcher());
                assert!(
                    found.iter().any(|m| m.surface == name
                        && m.entity_type == EntityType::Organization
                        && m.rule == "rule:institution-head"),
                    "{text}: {found:?}"
                );
                assert!(
                    !found.iter().any(|m| m.entity_type == EntityType::Place),
                    "{text}: {found:?}"
                );
                let text = format!("Selon l'{head} {city}\n{rest}, le risque augmente.");
                assert!(
                    !by_rule(&text, "rule:institution-head")
                        .iter()
                        .any(|(n, _)| n.contains(rest)),
                    "{text}"
                );
            }
        }
    }
    let text = "Selon l'université Grenoble Alpes Varennat, le risque augmente.";
    assert!(
        !by_rule(text, "rule:institution-head")
            .iter()
            .any(|(n, _)| n == "université Grenoble Alpes"),
        "{text}"
    );
}

/// A text that ends on an organisation's name opening on a glossed head
/// (`Union Européenne`, `Conseil National`) reads to its end without
/// panicking, whatever comes before it.
#[test]
fn a_text_ending_on_an_organisations_name_is_read_to_its_end() {
    for name in [
        "Union Européenne",
        "Conseil National",
        "Agence Spatiale",
        "Fédération Nationale",
    ] {
        for before in ["", "Les pompiers sont intervenus à Lyon.\n\n", "Selon l'"] {
            let text = format!("{before}{name}");
            let _ = extract(&normalize(&text), matcher());
        }
    }
}

/// A letter given an accent by the test's own table (`e` → `é`, `a` → `à`,
/// `o` → `ô`, `u` → `ù`, `i` → `î`), for the accent rule's tests.
fn accented(c: char) -> Option<char> {
    match c {
        'e' => Some('é'),
        'a' => Some('à'),
        'o' => Some('ô'),
        'u' => Some('ù'),
        'i' => Some('î'),
        _ => None,
    }
}

/// The test's own accent stripping (`É` → `E`), independent of the fold.
fn unaccented(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// Every place of the gazetteer whose name the data spells with accents:
/// written with one more accent on a plain vowel, it is another word and
/// no mention of that place (`Côté` is no `Côte`); written without any
/// accent (`Egypte`, a title in capitals), it still is.
#[test]
fn a_name_spelt_with_accents_needs_them_but_may_drop_them() {
    let m = matcher();
    let mut entries: Vec<&crate::gazetteer::Entry> = m
        .gazetteer()
        .entries
        .values()
        .filter(|e| {
            e.entity_type == EntityType::Place
                && e.match_name
                && !e.needs_context
                && e.name.chars().next().is_some_and(char::is_uppercase)
                && e.name
                    .chars()
                    .any(|c| unaccented(&c.to_string()) != c.to_string())
                && e.name.chars().count() >= 4
        })
        .collect();
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    assert!(entries.len() > 100, "{}", entries.len());
    // a mention of the entry by the gazetteer reaching `tail` (a shorter
    // alias before the changed letter, `Abitibi`, is another matter; so is
    // a capitalised name a rule finds, whose id is its slug)
    let found = |text: &str, id: &str, tail: &str| {
        extract(&normalize(text), m).iter().any(|x| {
            x.entity_id == id && x.found_by == FoundBy::Gazetteer && x.surface.ends_with(tail)
        })
    };
    let mut checked = 0;
    for e in entries {
        let chars: Vec<char> = e.name.chars().collect();
        // one more accent on the last plain vowel of the name
        let Some(p) = (1..chars.len())
            .rev()
            .find(|&p| accented(chars[p]).is_some())
        else {
            continue;
        };
        let mut changed = chars.clone();
        changed[p] = accented(chars[p]).unwrap_or(chars[p]);
        let tail: String = changed[p..].iter().collect();
        let changed: String = changed.into_iter().collect();
        let text = format!("Les discussions avec {changed} reprennent demain.");
        assert!(!found(&text, &e.id, &tail), "{} found in: {text}", e.id);
        let plain = unaccented(&e.name);
        let plain_tail: String = plain.chars().skip(p).collect();
        let text = format!("Les discussions avec {plain} reprennent demain.");
        assert!(
            found(&text, &e.id, &plain_tail),
            "{} not found in: {text}",
            e.id
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}

/// A name the data spells without accents may come from a source that has
/// none (GeoNames, transliterations): a text's French accents on it still
/// find it; and the rule itself on pairs written here.
#[test]
fn the_accent_rule_compares_letters_the_name_spells_with_accents() {
    use super::matcher::accents_ok;
    for (written, surface, ok) in [
        ("Côte-Nord", "Côté nord", false),
        ("Côte-Nord", "Cote-Nord", true),
        ("Côte-Nord", "CÔTE-NORD", true),
        ("Côte-Nord", "COTE NORD", true),
        ("Séoul", "Seoul", true),
        ("Séoul", "Sèoul", false),
        ("Kenitra", "Kénitra", true),
        ("Medvedev", "Medvédev", true),
        ("Œuvre", "Oeuvre", true),
    ] {
        assert_eq!(accents_ok(written, surface), ok, "{written} / {surface}");
    }
}

/// `Côté` and every nationality adjective of data/demonyms-fr.toml, in
/// both genders, at a sentence's start and after a comma (`Côté
/// nord-coréen, on dément`): the preposition phrase is no place.
#[test]
fn cote_before_a_nationality_is_no_place() {
    let data: toml::Value =
        toml::from_str(&std::fs::read_to_string("data/demonyms-fr.toml").unwrap()).unwrap();
    let forms: Vec<String> = data["demonym"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["forms"].as_array().unwrap().iter())
        .map(|f| f.as_str().unwrap().to_string())
        .collect();
    assert!(forms.len() >= 20);
    for adj in forms {
        for text in [
            format!("Côté {adj}, on dément toute implication."),
            format!("La tension monte. Côté {adj}, les soldats ont reculé."),
            format!("Les travaux se poursuivent, côté {adj}, depuis lundi."),
        ] {
            let places: Vec<String> = extract(&normalize(&text), matcher())
                .into_iter()
                .filter(|m| m.entity_type == EntityType::Place)
                .map(|m| m.surface)
                .collect();
            assert!(places.is_empty(), "{text}: {places:?}");
        }
    }
}

/// Every street head of the data, with and without its article, before
/// every country and a few cities of the gazetteer after a particle
/// (`l'avenue de la Californie`, `rue de Paris`): the street is the one
/// place, the place it is named after is no mention of its own. Controls:
/// a way to a city (`la route de Kiev`, `le chemin de Pyongyang`) leaves
/// the city a place.
#[test]
fn a_street_named_after_a_place_is_the_street_only() {
    let m = matcher();
    let mut heads: Vec<&str> = m.rules.street_heads.iter().map(String::as_str).collect();
    heads.sort_unstable();
    assert!(heads.len() >= 5);
    let mut names: Vec<String> = m
        .gazetteer()
        .entries
        .values()
        .filter(|e| {
            e.entity_type == EntityType::Place
                && e.match_name
                && !e.needs_context
                && matches!(e.category.as_deref(), Some("country" | "capital"))
                && !e.name.contains(' ')
                && e.name.chars().next().is_some_and(char::is_uppercase)
        })
        .map(|e| e.name.clone())
        .collect();
    names.sort_unstable();
    names.dedup();
    assert!(names.len() > 50, "{}", names.len());
    let places = |text: &str| -> Vec<String> {
        extract(&normalize(text), m)
            .into_iter()
            .filter(|x| x.entity_type == EntityType::Place)
            .map(|x| x.surface)
            .collect()
    };
    let vowel = |s: &str| {
        unaccented(s)
            .chars()
            .next()
            .is_some_and(|c| "AEIOUHaeiouh".contains(c))
    };
    for head in &heads {
        // the article of the head, by the test's own table of genders
        let feminine = matches!(*head, "rue" | "avenue" | "allée" | "impasse");
        let article = if vowel(head) {
            "l'"
        } else if feminine {
            "la "
        } else {
            "le "
        };
        for name in &names {
            let particles: &[&str] = if vowel(name) {
                &["d'", "de l'"]
            } else {
                &["de ", "de la ", "du "]
            };
            for particle in particles {
                let street = format!("{head} {particle}{name}");
                for text in [
                    format!("Les manifestants ont défilé sur {article}{street} samedi."),
                    format!("Le suspect a été interpellé {street}, vers midi."),
                ] {
                    assert_eq!(places(&text), [street.as_str()], "{text}");
                }
            }
        }
    }
    for head in ["route", "chemin"] {
        for name in ["Kiev", "Pyongyang", "Moscou"] {
            let text = format!("Le convoi a repris la {head} de {name} dans la nuit.");
            assert!(places(&text).contains(&name.to_string()), "{text}");
        }
    }
}

/// Every court or council head before every French région or département
/// of the gazetteer whose name holds a particle of its own (`le conseil
/// régional des Pays de la Loire`, `la préfecture des Alpes-de-Haute-Provence`):
/// the one organisation runs to the end of the seat's name, and the seat is
/// no place of its own.
#[test]
fn a_seat_whose_name_has_a_particle_ends_the_body() {
    let m = matcher();
    let heads: Vec<String> = m
        .rules
        .complement_head_phrases
        .iter()
        .map(|h| h.join(" ").replace("' ", "'"))
        .collect();
    let mut seats: Vec<&crate::gazetteer::Entry> = m
        .gazetteer()
        .entries
        .values()
        .filter(|e| {
            e.entity_type == EntityType::Place
                && e.country.as_deref() == Some("FR")
                && e.category.as_deref() == Some("subdivision")
                && e.match_name
                && !e.needs_context
                && [" de ", " du ", " des ", " de la ", " d'"]
                    .iter()
                    .any(|p| e.name.contains(p))
        })
        .collect();
    seats.sort_by(|a, b| a.id.cmp(&b.id));
    assert!(!seats.is_empty());
    for seat in seats {
        // the particle before the seat, by the test's own elision table
        let name = &seat.name;
        let (article, rest) = match name.split_once(' ') {
            Some(("Pays" | "Hauts", _)) => ("des ", name.as_str()),
            Some(("Territoire" | "Centre-Val", _)) => ("du ", name.as_str()),
            _ if unaccented(name).starts_with(['A', 'E', 'I', 'O', 'U']) => ("d'", name.as_str()),
            _ => ("de ", name.as_str()),
        };
        for head in &heads {
            let body = format!("{head} {article}{rest}");
            let text = format!("Hier, la {body} a rendu sa décision.");
            let found = extract(&normalize(&text), m);
            assert!(
                found
                    .iter()
                    .any(|x| x.entity_type == EntityType::Organization && x.surface == body),
                "{text}: {:?}",
                found.iter().map(|x| &x.surface).collect::<Vec<_>>()
            );
            assert!(
                !found.iter().any(|x| x.entity_type == EntityType::Place),
                "{text}"
            );
        }
    }
}

/// Every street head before a name that is a common noun (`la rue de la
/// République`) or a date (`le boulevard du 11-Novembre`), days and
/// months generated here: the street is the place. Control: the head
/// before a lowercase word is none.
#[test]
fn a_street_named_by_a_common_noun_or_a_date_is_a_place() {
    let m = matcher();
    let mut heads: Vec<&str> = m.rules.street_heads.iter().map(String::as_str).collect();
    heads.sort_unstable();
    let months = [
        "Janvier",
        "Février",
        "Mars",
        "Avril",
        "Mai",
        "Juin",
        "Juillet",
        "Août",
        "Septembre",
        "Octobre",
        "Novembre",
        "Décembre",
    ];
    let mut names: Vec<String> = [
        "de la République",
        "de la Paix",
        "de la Liberté",
        "de la Nation",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for (i, month) in months.iter().enumerate() {
        let day = 1 + (i * 7) % 28;
        names.push(format!("du {day}-{month}"));
        names.push(format!("du {day}-{month}-19{}", 40 + i));
    }
    let places = |text: &str| -> Vec<String> {
        extract(&normalize(text), m)
            .into_iter()
            .filter(|x| x.entity_type == EntityType::Place)
            .map(|x| x.surface)
            .collect()
    };
    for head in heads {
        for name in &names {
            let street = format!("{head} {name}");
            let text = format!("Le cortège est passé {street}, sous la pluie.");
            assert_eq!(places(&text), [street.as_str()], "{text}");
        }
        let text = format!("Le cortège est passé {head} de la ville, sous la pluie.");
        assert!(places(&text).is_empty(), "{text}");
    }
}
