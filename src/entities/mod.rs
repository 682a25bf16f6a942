//! Entity mentions: who and what an article names, as gazetteer entities
//! or as names that rules find.
//!
//! The stage runs in five steps over the normalized text, each in its module:
//!
//! 1. `matcher`: one automaton pass finds names, aliases, short names,
//!    role descriptions and ignored phrases;
//! 2. `context`: short names shared by several entries (`Kim`) are settled
//!    by the other names of the document, then by the article's date;
//! 3. `rules`: names no list foresaw, from French news patterns (a title
//!    next to a name, an honorific, `l'agence de presse X`, photo credits);
//! 4. `roles`: descriptions (`le président russe`) resolved to the person
//!    holding the role at the sentence's date, else the article's;
//! 5. `coref`: a later surname alone or after `M.` joins the entity named
//!    elsewhere in the document; a town the rules placed by its context
//!    once is that place at its other, bare mentions.
//!
//! Facts are data (`data/gazetteer/`, `data/entity-rules.toml`); this code
//! only knows how French news text names things.

mod context;
mod coref;
pub mod describe;
pub mod fold;
pub mod matcher;
mod roles;
mod rules;
pub mod ruleset;
pub mod tokens;

pub use matcher::EntityMatcher;

use crate::gazetteer::Entry;
use crate::model::{DateInterval, EntityMention, EntityType, FoundBy, Span, Timex, TimexKind};
use crate::text::Text;
use chrono::NaiveDate;
use matcher::{Hit, Target};

/// Find the entity mentions of a text, roles resolved as of today's holders.
pub fn extract(text: &Text, matcher: &EntityMatcher) -> Vec<EntityMention> {
    extract_at(text, None, matcher)
}

/// Find the entity mentions of a text published at `published`, so that
/// roles (`le ministre russe de la Défense`) name the holder of the day.
pub fn extract_at(
    text: &Text,
    published: Option<DateInterval>,
    matcher: &EntityMatcher,
) -> Vec<EntityMention> {
    extract_dated(text, published, &[], matcher)
}

/// [`extract_at`], with the text's dates (sorted by span): a role in a
/// sentence that dates itself (`En juillet 2023, le ministre russe de la
/// Défense…`) names the holder of that date, not of the publication day.
pub fn extract_dated(
    text: &Text,
    published: Option<DateInterval>,
    timexes: &[Timex],
    matcher: &EntityMatcher,
) -> Vec<EntityMention> {
    let occurrences = matcher.occurrences(&text.normalized);
    extract_dated_in(text, published, timexes, matcher, &occurrences)
}

/// [`extract_dated`] with the gazetteer's occurrences in the text already
/// found ([`EntityMatcher::occurrences`] of `text.normalized`; the story
/// scan reads them too).
pub fn extract_dated_in(
    text: &Text,
    published: Option<DateInterval>,
    timexes: &[Timex],
    matcher: &EntityMatcher,
    occurrences: &matcher::Occurrences,
) -> Vec<EntityMention> {
    extract_with(text, published, timexes, matcher, occurrences).0
}

/// [`extract_dated_in`] without the text's dates (every role description
/// is resolved at the publication day), and whether the text's dates could
/// have changed the mentions: false when no role description could name
/// anyone at any date ([`roles::resolve`]; nothing else reads the dates),
/// so that the mentions are those of [`extract_dated_in`] whatever the
/// dates. What the timeline reads of a document off the story
/// ([`crate::pipeline::analyze_for_timeline`]): its dates are parsed only
/// when they could matter.
pub fn extract_undated_in(
    text: &Text,
    published: Option<DateInterval>,
    matcher: &EntityMatcher,
    occurrences: &matcher::Occurrences,
) -> (Vec<EntityMention>, bool) {
    extract_with(text, published, &[], matcher, occurrences)
}

/// [`extract_dated_in`], and whether the dates could matter
/// ([`extract_undated_in`]).
fn extract_with(
    text: &Text,
    published: Option<DateInterval>,
    timexes: &[Timex],
    matcher: &EntityMatcher,
    occurrences: &matcher::Occurrences,
) -> (Vec<EntityMention>, bool) {
    let s = text.normalized.as_str();
    let day = published.map(|p| p.end);
    let doc = Doc::new(text);
    let role_day = |at: Span| sentence_day(&doc, s.len(), timexes, at).or(day);
    // one tokenization for the name rules and both coreference passes
    let tokens = tokens::tokenize(s);
    let hits = matcher.find_in(s, occurrences);

    let mut definite = Vec::new();
    let mut ambiguous = Vec::new();
    let mut role_hits = Vec::new();
    let mut ignored: Vec<Span> = Vec::new();
    for hit in &hits {
        let names = name_ids(hit);
        let shorts: Vec<String> = hit
            .candidates
            .iter()
            .filter_map(|c| match &c.target {
                Target::Short(id) => Some(id.clone()),
                _ => None,
            })
            .collect();
        if hit.candidates.iter().any(|c| c.target == Target::Ignore) {
            ignored.push(hit.span);
        } else if names.len() == 1 {
            if let Some(entry) = matcher.gazetteer().get(&names[0]) {
                definite.push(mention(
                    entry,
                    s,
                    hit.span,
                    FoundBy::Gazetteer,
                    gazetteer_rule(entry),
                    1.0,
                ));
            }
        } else if !names.is_empty() {
            ambiguous.push((hit.span, names));
        } else if !shorts.is_empty() {
            ambiguous.push((hit.span, shorts));
        } else {
            role_hits.push(hit.clone());
        }
    }
    // a river written without its article is none (`Seine-Nord`, `Will
    // Still`)
    definite.retain(|m| weak_place_written_so(m, s, matcher));
    // a small commune (the generated table) is the weakest evidence of a
    // name: found only after a locative word, it stays out of the way of
    // the rules (`Sandrine Lavergne`, `la rue de Mons`) and is added back
    // after them where no other mention holds its words
    let weak = communes_in(s, &tokens, matcher, FirstWord::Checked);
    let parts = compass_parts(s, &mut definite);
    ambiguous.retain(|(span, _)| {
        !parts
            .iter()
            .any(|p| p.start <= span.start && span.end <= p.end)
    });
    // a single-word person name glued to an unknown capitalised word is
    // someone else's name (`Kim` in `Kim Jong-chol`)
    let mut all: Vec<Span> = definite
        .iter()
        .map(|m: &EntityMention| m.span)
        .chain(ambiguous.iter().map(|a| a.0))
        .chain(ignored.iter().copied())
        .collect();
    all.sort();
    definite.retain(|m| !part_of_longer_name(s, m, &all, matcher));
    ambiguous.retain(|(span, ids)| {
        let person = ids
            .iter()
            .filter_map(|id| matcher.gazetteer().get(id))
            .any(|e| e.entity_type == EntityType::Person);
        !(person && glued_to_unknown_name(s, *span, &all, matcher))
    });
    let covered: Vec<Span> = definite
        .iter()
        .map(|m| m.span)
        .chain(ambiguous.iter().map(|a| a.0))
        .chain(ignored)
        .collect();

    let mut mentions = definite;
    let resolved = context::resolve(matcher.gazetteer(), s, &ambiguous, &mentions, day);
    let resolved_spans: Vec<Span> = resolved.iter().map(|m| m.span).collect();
    mentions.extend(resolved);
    let found = rules::find(s, &tokens, &doc, &mentions, &covered, matcher);
    // a short name settled by context (`Kim`) is the family name of a
    // person the rules found in this document (`Kim Ki-young`), not of the
    // gazetteer's: coreference joins it to that person instead
    let rule_surnames = coref::surname_keys(&found, matcher);
    let mut covered = covered;
    let before = mentions.len();
    mentions.retain(|m| {
        let other_person = rule_surnames
            .get(&fold::fold_word(&m.surface))
            .is_some_and(|found| found.iter().any(|p| p.entity_id != m.entity_id));
        !(resolved_spans.contains(&m.span) && !m.surface.contains(' ') && other_person)
    });
    if mentions.len() != before {
        let kept: std::collections::HashSet<Span> = mentions.iter().map(|m| m.span).collect();
        let dropped: Vec<Span> = resolved_spans
            .iter()
            .copied()
            .filter(|sp| !kept.contains(sp))
            .collect();
        covered.retain(|c| !dropped.contains(c));
    }
    // the longest name wins: no `France` inside `Radio France`
    let containers: Vec<Span> = found
        .iter()
        .filter(|m| {
            matches!(
                m.rule.as_str(),
                "rule:org-name-head"
                    | "rule:org-head"
                    | "rule:team"
                    | "rule:org-acronym"
                    | "rule:org-adjective-head"
                    | "rule:affiliation"
                    | "rule:org-described"
                    | "rule:institution-head"
                    | "rule:org-extended"
                    | "rule:place-tail"
                    | "rule:feature-name"
                    | "rule:road"
                    | "rule:seat-body"
                    | "rule:org-ampersand"
            )
        })
        .map(|m| m.span)
        .collect();
    mentions.retain(|m| {
        !containers
            .iter()
            .any(|c| c.start <= m.span.start && m.span.end <= c.end && *c != m.span)
    });
    mentions.extend(found);
    for w in weak {
        let town_by_rule =
            |m: &EntityMention| m.found_by == FoundBy::Rule && m.entity_type == EntityType::Place;
        // a town the rules placed by its context is that town: its bare
        // mentions are theirs (`coref::towns`), under one id
        let folded = fold::fold_str(&w.surface);
        if mentions
            .iter()
            .any(|m| town_by_rule(m) && fold::fold_str(&m.surface) == folded)
        {
            continue;
        }
        // a town the rules cut short inside the commune's longer name
        // (`près de Banyuls` of `près de Banyuls de la Marenda`), or a
        // listed name inside it (`Achères` of `à Achères-la-Forêt`,
        // `Yvelines` of `Clairefontaine-en-Yvelines`, `Renault` of `à
        // Château-Renault`, the alias `Moon` of `à Moon-sur-Elle`), gives way
        let inside = |m: &EntityMention| {
            let listed_inside = m.found_by == FoundBy::Gazetteer && m.span != w.span;
            (town_by_rule(m) || listed_inside)
                && w.span.start <= m.span.start
                && m.span.end <= w.span.end
        };
        let free = !mentions
            .iter()
            .any(|m| m.span.start < w.span.end && w.span.start < m.span.end && !inside(m));
        if free {
            mentions.retain(|m| !inside(m));
            mentions.push(w);
        }
    }
    mentions.sort_by_key(|m| m.span);
    let (roles, dates_matter) = roles::resolve(s, &doc, &role_hits, &mentions, matcher, &role_day);
    mentions.extend(roles);
    let mut taken: Vec<Span> = mentions.iter().map(|m| m.span).chain(covered).collect();
    taken.sort();
    let corefs = coref::find(s, &tokens, &mentions, &taken, matcher);
    mentions.extend(corefs);
    // `taken` is sorted and holds every mention but the surnames just joined
    let mut taken: Vec<Span> = taken
        .into_iter()
        .chain(mentions.iter().map(|m| m.span))
        .collect();
    taken.sort();
    let towns = coref::towns(s, &tokens, &mentions, &taken);
    mentions.extend(towns);
    drop_without_context(&mut mentions, s, matcher);
    drop_site_furniture(&mut mentions, text, &matcher.rules);
    seats_as_places(&mut mentions, s, matcher);
    cities_as_clubs(&mut mentions, s, matcher);
    mentions.sort_by_key(|m| m.span);
    (mentions, dates_matter)
}

/// The points of the compass that name the part of a place after a hyphen
/// (`Darfour-Nord`, `Kordofan-Sud`, `Jérusalem-Est`, `Beyrouth-Ouest`).
const COMPASS: [&str; 4] = ["Nord", "Sud", "Est", "Ouest"];

/// A place of the gazetteer, a hyphen and a point of the compass, no more
/// word after it, is that part of the place, a place of its own named in
/// full (`rule:compass-part`; French names of the states of Sudan, of
/// the halves of a city): the point alone (`Nord`, a département) is no
/// mention.
fn compass_parts(s: &str, definite: &mut Vec<EntityMention>) -> Vec<Span> {
    let mut parts = Vec::new();
    for m in definite.iter_mut() {
        if m.entity_type != EntityType::Place {
            continue;
        }
        let rest = &s[m.span.end..];
        let Some(point) = COMPASS.iter().find(|p| {
            rest.strip_prefix('-')
                .and_then(|r| r.strip_prefix(**p))
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
        }) else {
            continue;
        };
        let end = m.span.end + 1 + point.len();
        let surface = s[m.span.start..end].to_string();
        m.span = Span::new(m.span.start, end);
        m.entity_id = crate::gazetteer::slugify(&surface);
        m.name = surface.clone();
        m.surface = surface;
        m.found_by = FoundBy::Rule;
        m.rule = "rule:compass-part".to_string();
        parts.push(m.span);
    }
    if !parts.is_empty() {
        definite.retain(|m| {
            !parts
                .iter()
                .any(|p| p.start <= m.span.start && m.span.end <= p.end && *p != m.span)
        });
    }
    parts
}

/// An institution named by its building (category `seat`: `Kremlin`) is a
/// place after a locative preposition (`reçu au Kremlin`) and the
/// organisation elsewhere (`le Kremlin a démenti`): the type is the
/// mention's, so one document can have both.
fn seats_as_places(mentions: &mut [EntityMention], s: &str, matcher: &EntityMatcher) {
    for m in mentions.iter_mut() {
        let seat = matcher
            .gazetteer()
            .get(&m.entity_id)
            .is_some_and(|e| e.category.as_deref() == Some("seat"));
        if seat && after_locative(s, m.span.start, &matcher.rules.seat_place_after) {
            m.entity_type = EntityType::Place;
            m.rule.push_str(" metonymy:place");
        }
    }
}

/// In a sports report, a city is its club where a match is told
/// (`Montpellier s'est imposé face à Lyon`, `le club de Montpellier`): that
/// mention is an organisation, the others stay places (`arrivé à Lyon`).
/// What makes a sports report and a club's context are word lists of
/// `data/entity-rules.toml` [metonymy].
fn cities_as_clubs(mentions: &mut [EntityMention], s: &str, matcher: &EntityMatcher) {
    let rules = &matcher.rules;
    let g = matcher.gazetteer();
    let city = |m: &EntityMention| {
        m.entity_type == EntityType::Place
            && g.get(&m.entity_id)
                .is_some_and(|e| e.category.is_none() || e.category.as_deref() == Some(CITY))
    };
    if !mentions.iter().any(city) || !is_sports_report(s, rules) {
        return;
    }
    let mut last_club: Option<usize> = None;
    for m in mentions.iter_mut() {
        // a city coordinated with the club just named (`entre Dunkerque et
        // Limoges`) is a club too
        let coordinated = last_club.is_some_and(|end| s.get(end..m.span.start) == Some(" et "));
        if city(m)
            && (after_locative(s, m.span.start, &rules.club_before)
                || before_phrase(s, m.span.end, &rules.club_after)
                || coordinated)
        {
            m.entity_type = EntityType::Organization;
            m.rule.push_str(" metonymy:club");
            last_club = Some(m.span.end);
        }
    }
}

/// True when the text holds at least `min_sports_words` different words of
/// the sports list, on word boundaries.
fn is_sports_report(s: &str, rules: &ruleset::EntityRules) -> bool {
    let folded = fold::fold_str(s);
    let enough = rules.min_sports_words.max(1);
    rules.sports_words.count_in(&folded, enough) >= enough
}

/// True when the text after `pos` starts with one of `phrases` (folded),
/// on a word boundary.
fn before_phrase(s: &str, pos: usize, phrases: &[String]) -> bool {
    let tail = s.get(pos..).unwrap_or("");
    let end = tail.char_indices().nth(40).map_or(tail.len(), |(i, _)| i);
    if !tail.starts_with(' ') {
        return false;
    }
    // fold_str trims: the space after the name was checked above
    let tail = fold::fold_str(&tail[..end]);
    phrases.iter().any(|p| {
        tail.strip_prefix(p.as_str()).is_some_and(|after| {
            after.is_empty() || after.starts_with(|c: char| !c.is_alphanumeric())
        })
    })
}

/// True when the text before `pos` ends with one of `phrases` (folded), on
/// a word boundary.
fn after_locative(s: &str, pos: usize, phrases: &[String]) -> bool {
    let head = s.get(..pos).unwrap_or("");
    let start = head.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let head = fold::fold_str(&head[start..]);
    phrases.iter().any(|p| {
        head.strip_suffix(p.as_str()).is_some_and(|before| {
            before.is_empty() || before.ends_with(|c: char| !c.is_alphanumeric())
        })
    })
}

/// Names in the page's furniture are not the article's: a navigation menu
/// or breadcrumb (`Accueil | International | France | Économie`) lists the
/// site's sections, and a weather widget (`Paris 23°C`) names the outlet's
/// city. Menus are the paragraphs `is_menu` recognises.
fn drop_site_furniture(
    mentions: &mut Vec<EntityMention>,
    text: &Text,
    rules: &ruleset::EntityRules,
) {
    let s = text.normalized.as_str();
    let menus: Vec<Span> = text
        .paragraphs
        .iter()
        .copied()
        .filter(|p| s.get(p.start..p.end).is_some_and(|t| is_menu(t, rules)))
        .collect();
    mentions.retain(|m| {
        let in_menu = menus
            .iter()
            .any(|p| p.start <= m.span.start && m.span.end <= p.end);
        let weather = m.entity_type == EntityType::Place && followed_by_temperature(s, m.span.end);
        !(in_menu || weather)
    });
}

/// A navigation paragraph: no sentence punctuation at its end, a majority
/// of capitalised words, and at least `min_rubrics` section names.
fn is_menu(paragraph: &str, rules: &ruleset::EntityRules) -> bool {
    let trimmed = paragraph.trim_end_matches([' ', '"', ')', ']', '»']);
    if trimmed.ends_with(['.', '!', '?', '…', ':', ';']) {
        return false;
    }
    let words: Vec<&str> = paragraph
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let rubrics = words
        .iter()
        .filter(|w| rules.rubrics.contains(&fold::fold_str(w)))
        .count();
    rubrics >= rules.min_rubrics.max(1) && capitalised * 2 > words.len()
}

/// True when a temperature follows `pos` (`Paris 23°C`, `Lyon -2 °C`).
fn followed_by_temperature(s: &str, pos: usize) -> bool {
    let rest = s.get(pos..).unwrap_or("");
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let rest = rest.strip_prefix(['-', '–', '+']).unwrap_or(rest);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let rest = rest[digits..]
        .trim_start_matches([',', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    rest.starts_with('°')
}

/// Names that are also common words (`Nord`, `Manche`, `Somme`) are kept
/// only when the document names another place of the same country and
/// category (another département): `le Nord` of a Korean story stays out.
/// A city (`Orange`, `Sens`) needs another place of its country that is
/// not the country itself: `France` is named everywhere. For an
/// organisation (`Sénat`: other countries have one) only the name alone is
/// doubtful: an alias or a description (`Sénat français`, `la chambre
/// haute du Parlement français`) says which entry it is.
/// A subdivision written after a preposition of `region_prepositions`
/// (`dans l'Isère`, `en Isère`, `dans le Var`: how French places a town or
/// an event in its département or région) needs only another place of its
/// country below the country (`Grenoble`): `le Nord` of a Korean story
/// has neither.
fn drop_without_context(mentions: &mut Vec<EntityMention>, s: &str, matcher: &EntityMatcher) {
    let gazetteer = matcher.gazetteer();
    let needs = |m: &EntityMention| {
        gazetteer.get(&m.entity_id).filter(|e| {
            e.needs_context
                && !(e.entity_type != EntityType::Place
                    && m.found_by == FoundBy::Gazetteer
                    && fold::fold_str(&m.surface) != fold::fold_str(&e.name))
        })
    };
    if !mentions.iter().any(|m| needs(m).is_some()) {
        return;
    }
    let kinds: std::collections::BTreeSet<(&str, &str, &str)> = mentions
        .iter()
        .filter_map(|m| gazetteer.get(&m.entity_id))
        .filter_map(|e| Some((e.country.as_deref()?, e.category.as_deref()?, e.id.as_str())))
        .collect();
    // places of a country below the country itself: cities, subdivisions,
    // the hand-written places that have no category
    let places: std::collections::BTreeSet<(&str, &str)> = mentions
        .iter()
        .filter_map(|m| gazetteer.get(&m.entity_id))
        .filter(|e| e.entity_type == EntityType::Place && e.category.as_deref() != Some("country"))
        .filter_map(|e| Some((e.country.as_deref()?, e.id.as_str())))
        .collect();
    // communes do not confirm each other: another place than a commune must
    // be named
    let commune_ids: std::collections::BTreeSet<&str> = mentions
        .iter()
        .filter_map(|m| gazetteer.get(&m.entity_id))
        .filter(|e| e.category.as_deref() == Some(COMMUNE))
        .map(|e| e.id.as_str())
        .collect();
    let keep: Vec<bool> = mentions
        .iter()
        .map(|m| match needs(m) {
            None => true,
            Some(e) if e.category.as_deref() == Some(CITY) => places
                .iter()
                .any(|(country, id)| Some(*country) == e.country.as_deref() && *id != e.id),
            // a river: written after its article (`la Seine`, `du Rhin`),
            // checked before the rules (`weak_place_written_so`)
            Some(e) if e.category.as_deref() == Some(RIVER) => true,
            // a small commune: after a locative word, and another place of
            // its country named (`à Riscle` on a page that names `Auch`)
            Some(e) if e.category.as_deref() == Some(COMMUNE) => {
                places.iter().any(|(country, id)| {
                    Some(*country) == e.country.as_deref()
                        && *id != e.id
                        && !commune_ids.contains(id)
                })
            }
            Some(e) => {
                let below = || {
                    places
                        .iter()
                        .any(|(country, id)| Some(*country) == e.country.as_deref() && *id != e.id)
                };
                kinds.iter().any(|(country, category, id)| {
                    Some(*country) == e.country.as_deref()
                        && Some(*category) == e.category.as_deref()
                        && *id != e.id
                }) || (e.category.as_deref() == Some(SUBDIVISION)
                    && after_phrase(s, m.span.start, &matcher.rules.region_prepositions)
                    && below())
            }
        })
        .collect();
    let mut k = keep.into_iter();
    mentions.retain(|_| k.next().unwrap_or(true));
}

/// Whether [`communes_in`] first asks if any commune's name starts with a
/// capitalised word (`Checked`, the pipeline's way) or tries every length
/// of name at every one (`EveryLength`, the reference its test compares).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FirstWord {
    Checked,
    #[cfg(test)]
    EveryLength,
}

/// The small communes of the table (`Gazetteer::communes`) written after
/// a locative word of `commune_prepositions` (`à Riscle`, `près
/// d'Eauze`, `entre Nogaro et`), the longest name first (`Banyuls de la
/// Marenda`, not `Banyuls`), not glued to a hyphen and not ending a name
/// through its particle (`le Val d'Aoste`): looked up in a table of folded
/// names at each capitalised word, not searched by the automaton.
fn communes_in(
    s: &str,
    tokens: &[tokens::Token<'_>],
    matcher: &EntityMatcher,
    first_word: FirstWord,
) -> Vec<EntityMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let capital = t.is_word() && t.text.chars().next().is_some_and(char::is_uppercase);
        if !capital {
            i += 1;
            continue;
        }
        let start = t.span.start;
        // one look-up for the many capitalised words no commune's name
        // starts with, instead of one per length of name tried
        if first_word == FirstWord::Checked && !matcher.may_start_commune(&fold::fold_str(t.text)) {
            i += 1;
            continue;
        }
        let last = (i + matcher.commune_max_tokens()).min(tokens.len());
        let found = (i..last)
            .rev()
            .filter(|&j| !s[start..tokens[j].span.end].contains('\n'))
            .find_map(|j| {
                let end = tokens[j].span.end;
                matcher.commune(&s[start..end]).map(|e| (j, end, e))
            });
        let Some((j, end, entry)) = found else {
            i += 1;
            continue;
        };
        if !s[end..].starts_with('-')
            && after_phrase(s, start, &matcher.rules.commune_prepositions)
            && !after_name_and_particle(s, start)
        {
            out.push(mention(
                entry,
                s,
                Span::new(start, end),
                FoundBy::Gazetteer,
                gazetteer_rule(entry),
                1.0,
            ));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// False for a commune that needs context not written after a locative
/// word of `commune_prepositions` (`à Riscle`, `de Marciac`), and for a
/// river that needs context not written after its article or `fleuve`
/// (`river_articles`: `la Seine`, `du Rhin`): the name alone is a person's
/// (`Sandrine Lavergne`) or part of another name (`Seine-Nord`).
fn weak_place_written_so(m: &EntityMention, s: &str, matcher: &EntityMatcher) -> bool {
    let Some(e) = matcher.gazetteer().get(&m.entity_id) else {
        return true;
    };
    if !e.needs_context {
        return true;
    }
    let rules = &matcher.rules;
    let followed_by_hyphen = s[m.span.end..].starts_with('-');
    match e.category.as_deref() {
        Some(RIVER) => !followed_by_hyphen && after_phrase(s, m.span.start, &rules.river_articles),
        _ => true,
    }
}

/// True when a capitalised word and a particle come just before `at`
/// (`Val d'Aoste`, `Pays de Caux`): what follows is the end of that name,
/// not a town of its own.
fn after_name_and_particle(s: &str, at: usize) -> bool {
    let before = s[..at].trim_end();
    let (rest, particle) = match before.rsplit_once(char::is_whitespace) {
        Some((rest, last)) => (rest, last),
        None => ("", before),
    };
    let (rest, particle) = if let Some(p) = particle.strip_suffix(['\'', '\u{2019}']) {
        // `d'Aoste`: the particle is glued to the name; `Val d'`
        (rest, p)
    } else {
        (rest, particle)
    };
    if !matches!(
        fold::fold_word(particle).as_str(),
        "de" | "d" | "du" | "des"
    ) {
        return false;
    }
    let previous = rest
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    // a sentence's first word is capitalised whatever it is
    let sentence_start = rest
        .trim_end()
        .rsplit(char::is_whitespace)
        .nth(1)
        .is_none_or(|w| w.ends_with(['.', '!', '?', ':', '»']));
    previous.chars().next().is_some_and(char::is_uppercase) && !sentence_start
}

/// True when the words just before `at` end with a phrase of `list`
/// (`dans l'`, `en`), the last one joined to `at` by a space or an
/// apostrophe.
fn after_phrase(s: &str, at: usize, list: &ruleset::Phrases) -> bool {
    let before = &s[..at];
    if !before.ends_with([' ', '\'', '\u{2019}']) {
        return false;
    }
    // (the last three words are in the last 96 bytes; split after an
    // apostrophe, as the phrases of the lists are: `jusqu'à` is `jusqu'`
    // `à`)
    let mut from = before.len().saturating_sub(96);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = before[from..].replace(['\'', '\u{2019}'], "' ");
    let words: Vec<String> = before
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(3)
        .map(fold::fold_word)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    list.ends(&words)
}

/// Sentences of the document, to look up the one around an offset.
pub(crate) struct Doc {
    sentences: Vec<Span>,
}

impl Doc {
    fn new(text: &Text) -> Doc {
        let mut sentences: Vec<Span> = text.sentences.iter().map(|s| s.span).collect();
        sentences.sort();
        Doc { sentences }
    }

    /// The sentence holding `pos`, or the whole text when none does.
    pub(crate) fn sentence_of(&self, pos: usize, len: usize) -> Span {
        let i = self.sentences.partition_point(|s| s.start <= pos);
        match i.checked_sub(1).map(|i| self.sentences[i]) {
            Some(s) if pos < s.end.max(s.start + 1) => s,
            _ => Span::new(0, len),
        }
    }
}

/// The date of the expression nearest to `at` in its sentence, if any.
fn sentence_day(doc: &Doc, len: usize, timexes: &[Timex], at: Span) -> Option<NaiveDate> {
    let sentence = doc.sentence_of(at.start, len);
    let dated = |t: &&Timex| t.kind == TimexKind::Date && t.interval.is_some();
    // the nearest dated expression on each side, found from `at` outwards
    // (a sentence may hold thousands of them)
    let split = timexes.partition_point(|t| t.span.start < at.start);
    let before = timexes[..split]
        .iter()
        .rev()
        .take_while(|t| t.span.start >= sentence.start)
        .find(dated);
    let after = timexes[split..]
        .iter()
        .take_while(|t| t.span.start < sentence.end)
        .find(dated);
    [before, after]
        .into_iter()
        .flatten()
        .min_by_key(|t| t.span.start.abs_diff(at.start))
        .and_then(|t| t.interval)
        .map(|interval| interval.end)
}

fn name_ids(hit: &Hit<'_>) -> Vec<String> {
    let mut ids: Vec<String> = hit
        .candidates
        .iter()
        .filter_map(|c| match &c.target {
            Target::Name(id) => Some(id.clone()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

pub(crate) fn gazetteer_rule(entry: &Entry) -> String {
    format!("gazetteer:{}", entry.source)
}

pub(crate) fn mention(
    entry: &Entry,
    s: &str,
    span: Span,
    found_by: FoundBy,
    rule: String,
    confidence: f32,
) -> EntityMention {
    EntityMention {
        entity_id: entry.id.clone(),
        name: entry.name.clone(),
        entity_type: entry.entity_type,
        surface: s.get(span.start..span.end).unwrap_or("").to_string(),
        span,
        found_by,
        rule,
        confidence,
        role: None,
    }
}

fn part_of_longer_name(
    s: &str,
    m: &EntityMention,
    covered: &[Span],
    matcher: &EntityMatcher,
) -> bool {
    let category = |c: &str| {
        matcher
            .gazetteer()
            .get(&m.entity_id)
            .is_some_and(|e| e.category.as_deref() == Some(c))
    };
    (m.entity_type == EntityType::Person || category(CITY))
        && glued_to_unknown_name(s, m.span, covered, matcher)
        || (m.entity_type == EntityType::Organization && after_first_name(s, m, matcher))
        || (category(SUBDIVISION) && first_name_before_unknown(s, m.span, covered, matcher))
}

/// A subdivision whose name is also a first name (`Virginie`, `Géorgie`,
/// `Caroline`) right before an unknown capitalised word and a space is that
/// person's first name (`la préfète, Virginie Pajotin-Ravel`); before a
/// first name (`le député du Var Cédric Pastorelli`) it stays a place.
fn first_name_before_unknown(
    s: &str,
    span: Span,
    covered: &[Span],
    matcher: &EntityMatcher,
) -> bool {
    let surface = s.get(span.start..span.end).unwrap_or("");
    matcher
        .rules
        .first_names
        .contains(&fold::fold_word(surface))
        && word_after(s, span.end).is_some_and(|w| {
            let word = &s[w.start..w.end];
            s.get(span.end..w.start) == Some(" ")
                && word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().any(char::is_lowercase)
                && !matcher.rules.not_name_words.contains(word)
                && !matcher.rules.first_names.contains(&fold::fold_word(word))
                && !overlaps_any(covered, w)
        })
}

/// A one-word organisation named after its founding family (`Gallimard`,
/// `Michelin`) right after a first name and a space is that person's family
/// name (`Antoine Gallimard`), not the company.
fn after_first_name(s: &str, m: &EntityMention, matcher: &EntityMatcher) -> bool {
    let surface = &s[m.span.start..m.span.end];
    let one_word = surface.chars().all(|c| c.is_alphabetic() || c == '-');
    one_word
        && word_before(s, m.span.start).is_some_and(|w| {
            let word = &s[w.start..w.end];
            s.get(w.end..m.span.start) == Some(" ")
                && word.chars().next().is_some_and(char::is_uppercase)
                && matcher.rules.first_names.contains(&fold::fold_word(word))
        })
}

/// The category of the generated cities (`data/gazetteer/geo-cities.toml`).
/// A one-word city glued to an unknown capitalised word is the first name
/// of someone (`Vladimir Potanine`, `Nancy Pelosi`), and a city that needs
/// context is confirmed by any other place of its country below the
/// country itself (`la gare d'Artiom, près de Vladivostok`).
const CITY: &str = "city";
const COMMUNE: &str = "commune";
const RIVER: &str = "river";
const SUBDIVISION: &str = "subdivision";

/// True when a one-word name touches (space or hyphen) a capitalised word
/// that no pattern explains and that is not a common sentence word.
pub(crate) fn glued_to_unknown_name(
    s: &str,
    span: Span,
    covered: &[Span],
    matcher: &EntityMatcher,
) -> bool {
    let surface = s.get(span.start..span.end).unwrap_or("");
    // a hyphenated Korean given name right after (`maréchal Kim Min-jae`):
    // the match is the start of someone else's name
    let next = word_after(s, span.end);
    if next.is_some_and(|w| {
        s.get(span.end..w.start) == Some(" ")
            && rules::korean_given_name(&s[w.start..w.end])
            && !overlaps_any(covered, w)
    }) {
        return true;
    }
    // a Korean family name and one syllable (`Kim Song`) before another
    // syllable: the given name is written in two words (`Kim Song Nam`),
    // or hyphenated to it (`Kim Song-nam`): someone else's name
    let words: Vec<&str> = surface.split_whitespace().collect();
    if let [family, syllable] = words[..]
        && matcher
            .rules
            .korean_family_names
            .contains(&fold::fold_word(family))
    {
        let spaced = next.is_some_and(|w| {
            s.get(span.end..w.start) == Some(" ")
                && rules::korean_syllable(&s[w.start..w.end])
                && !matcher.rules.not_name_words.contains(&s[w.start..w.end])
                && !overlaps_any(covered, w)
        });
        let rest = s.get(span.end..).unwrap_or("");
        let tail: String = rest
            .strip_prefix('-')
            .map(|r| r.chars().take_while(char::is_ascii_lowercase).collect())
            .unwrap_or_default();
        let hyphened = !tail.is_empty()
            && !rest[1 + tail.len()..].starts_with(|c: char| c.is_alphanumeric())
            && rules::korean_given_name(&format!("{syllable}-{tail}"));
        if spaced || hyphened {
            return true;
        }
    }
    if words.len() > 1 || surface.contains('.') {
        return false;
    }
    let unknown_name = |word: Span| {
        let w = &s[word.start..word.end];
        let capital = w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.chars().any(|c| c.is_lowercase());
        capital && !matcher.rules.not_name_words.contains(w) && !overlaps_any(covered, word)
    };
    let next = word_after(s, span.end);
    let prev = word_before(s, span.start);
    next.is_some_and(unknown_name) || prev.is_some_and(unknown_name)
}

/// True when a span of `sorted` (sorted by start) overlaps `word`. Names
/// are short, so only the spans starting shortly before `word` are looked at.
pub(crate) fn overlaps_any(sorted: &[Span], word: Span) -> bool {
    const LONGEST_NAME: usize = 256;
    let end = sorted.partition_point(|c| c.start < word.end);
    sorted[..end]
        .iter()
        .rev()
        .take_while(|c| c.start + LONGEST_NAME >= word.start)
        .any(|c| c.overlaps(word))
}

/// The word right after `pos` when only one space or hyphen separates them.
pub(crate) fn word_after(s: &str, pos: usize) -> Option<Span> {
    let rest = s.get(pos..)?;
    let mut chars = rest.char_indices();
    let (_, sep) = chars.next()?;
    if sep != ' ' && sep != '-' {
        return None;
    }
    let start = pos + sep.len_utf8();
    let len: usize = s[start..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| Span::new(start, start + len))
}

/// The word right before `pos` when only one space or hyphen separates them.
pub(crate) fn word_before(s: &str, pos: usize) -> Option<Span> {
    let head = s.get(..pos)?;
    let sep = head.chars().next_back()?;
    if sep != ' ' && sep != '-' {
        return None;
    }
    let end = pos - sep.len_utf8();
    let len: usize = s[..end]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| Span::new(end - len, end))
}

/// The folded word just before `pos`, skipping spaces, hyphens and apostrophes.
pub(crate) fn previous_word(s: &str, pos: usize) -> String {
    let head = s.get(..pos).unwrap_or("");
    let head = head.trim_end_matches([' ', '-', '\'']);
    let word: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    fold::fold_str(&word)
}

/// The day roles are resolved at, for callers holding a publication date.
pub fn role_day(published: Option<DateInterval>) -> Option<NaiveDate> {
    published.map(|p| p.end)
}

#[cfg(test)]
mod tests;
