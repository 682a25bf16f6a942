//! Institutions named by a description rather than by a proper name, and
//! organisations whose listed name is only the start of the one written:
//!
//! - `org-described`: a capitalised head of an institution, up to two
//!   adjectives, then a complement in lowercase (`l'Institut de recherche
//!   pour le développement`, `la Ligue nationale de handball`, `le
//!   Syndicat des cadres de la sécurité intérieure`), possibly closed by a
//!   place of the gazetteer (`l'École des beaux-arts de Marseille`). French
//!   capitalises only the first word of such a name, so where the name
//!   ends is told by what follows it: punctuation, an auxiliary or a
//!   conjunction. When that is not sure (`…de la statistique publiés
//!   jeudi`), nothing is said;
//! - `institution-head`: a lowercase head whose name includes it (`le
//!   musée Cantini`, `le musée de la Corse`, `l'université de Lille`, `le
//!   musée royal des Beaux-Arts d'Anvers`);
//! - `org-extended`: a listed organisation, then a hyphen or a space and
//!   capitalised words, is a branch or a subsidiary with a name of its own
//!   (`CGT-Cheminots`, `SNCF Voyageurs`, `Thales Alenia Space`, `Fnaut
//!   Auvergne-Rhône-Alpes`, `Centre Pompidou-Metz`): the longer name wins,
//!   and a town joined by the hyphen is no place of its own.

use super::{Ctx, particle_end};
use crate::model::EntityType;

/// The token after the lowercase complement of a described institution,
/// from `j` (the token after its head and adjectives), when the text makes
/// its end sure.
pub(super) fn described_end(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let max = ctx.matcher.rules.max_glossed_words;
    let mut k = j;
    let mut end = None;
    let mut closed = false;
    // the words of a list of complements do not count towards the limit
    let mut listed = 0;
    while k < j + max + listed {
        // complements listed with commas and closed by `et` (`de la
        // concurrence, de la consommation et de la répression des fraudes`)
        if end.is_some() && ctx.tokens.get(k).is_some_and(|t| t.is(",")) {
            match enumeration_end(ctx, k) {
                Some(e) => {
                    listed += e - k;
                    end = Some(e);
                    k = e;
                    continue;
                }
                None => break,
            }
        }
        // two plural words joined by `et` in one complement (`des
        // démocrates et indépendants`, `des petites et moyennes entreprises`)
        if let Some(e) = end
            && ctx.low.get(k).is_some_and(|w| w == "et")
            && plural_word(ctx, e - 1)
            && plural_word(ctx, k + 1)
            && content_word(ctx, k + 1)
        {
            let mut m = k + 1;
            while content_word(ctx, m) {
                m += 1;
            }
            end = Some(m);
            k = m;
            continue;
        }
        let Some(p) = connector_end(ctx, k, end.is_some()) else {
            break;
        };
        // `pour la`, `pour le`, `pour l'` then one capitalised word or a
        // place closes the name (`Rassemblement pour la République`,
        // `Union pour la Méditerranée`)
        if end.is_none() && &ctx.low[k] == "pour" {
            let named = ctx.named_end(p, &[EntityType::Place]);
            let word = ctx.tokens.get(p).is_some_and(|t| {
                t.is_word()
                    && t.space_before
                    && !ctx.line_break_before(p)
                    && t.is_capitalized()
                    && t.text.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            });
            if let Some(e) = named.or_else(|| word.then_some(p + 1)) {
                return Some(e);
            }
        }
        // a place of the gazetteer closes the name after a complement
        // (`des musées de France`); right after the head, it is a name
        // other rules read (`Théâtre national de Strasbourg`)
        if let Some(e) = ctx
            .named_end(p, &[EntityType::Place])
            .filter(|_| end.is_some())
        {
            end = Some(e);
            closed = true;
            break;
        }
        let mut m = p;
        while content_word(ctx, m) {
            m += 1;
        }
        if m == p {
            break;
        }
        end = Some(m);
        k = m;
    }
    let end = end?;
    (closed || boundary(ctx, end)).then_some(end)
}

/// The token after complements listed from the comma at `k`, each a
/// connector and lowercase words, the last after `et` (`, de la
/// consommation et de la répression`); none when the list is not closed
/// by `et` so (a comma may end the name: `la Ligue des droits, qui…`).
fn enumeration_end(ctx: &Ctx<'_>, mut k: usize) -> Option<usize> {
    let complement = |p: usize| {
        let mut m = p;
        while content_word(ctx, m) {
            m += 1;
        }
        (m > p).then_some(m)
    };
    for _ in 0..4 {
        if !ctx.tokens.get(k).is_some_and(|t| t.is(",")) {
            return None;
        }
        k = complement(connector_end(ctx, k + 1, false)?)?;
        if ctx.low.get(k).is_some_and(|w| w == "et") {
            return complement(connector_end(ctx, k + 1, false)?);
        }
    }
    None
}

/// A lowercase word in the plural (`démocrates`, `indépendants`,
/// `moyennes`, `travaux`): `-s` or `-x`, four letters or more, no
/// quantifier or adverb that ends so (`plusieurs`, `puis`).
fn plural_word(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.tokens.get(k).is_some_and(|t| {
        t.is_word()
            && t.text.chars().count() >= 4
            && t.text.chars().next().is_some_and(char::is_lowercase)
            && (t.text.ends_with('s') || t.text.ends_with('x'))
            && !matches!(
                &ctx.low[k],
                "plusieurs"
                    | "quelques"
                    | "certains"
                    | "certaines"
                    | "tous"
                    | "toutes"
                    | "leurs"
                    | "divers"
                    | "diverses"
                    | "nombreux"
                    | "nombreuses"
                    | "puis"
                    | "mais"
                    | "depuis"
                    | "moins"
                    | "plus"
                    | "jamais"
                    | "alors"
                    | "toujours"
                    | "parfois"
                    | "dans"
                    | "sans"
                    | "sous"
                    | "vers"
                    | "chez"
            )
    })
}

/// The token after a connector at `k` inside a described name: `de`, `du`,
/// `des`, `d'`, `de la`, `de l'`, `au`, `aux`, `à la`, `à l'`, `pour le`,
/// `pour la`, `pour les`, `pour l'`, and, after a first complement, `et`
/// before one of those (`de recherche et de restauration`).
fn connector_end(ctx: &Ctx<'_>, k: usize, after_complement: bool) -> Option<usize> {
    if ctx.line_break_before(k) || !ctx.tokens.get(k)?.is_word() {
        return None;
    }
    let word = |i: usize| ctx.low.get(i);
    match word(k)? {
        "et" if after_complement => connector_end(ctx, k + 1, false),
        "au" | "aux" => Some(k + 1),
        "a" if ctx.tokens[k].text == "à" && matches!(word(k + 1), Some("la" | "l'")) => {
            Some(k + 2)
        }
        "pour" if matches!(word(k + 1), Some("le" | "la" | "les" | "l'")) => Some(k + 2),
        _ => particle_end(ctx, k),
    }
}

/// A lowercase word of a described name's complement: letters (a hyphen
/// inside, `beaux-arts`), three or more, on the same line; no auxiliary or
/// pronoun (`title_stop_words`), no particle, no word of time
/// (`described_stop_words`: `de mercredi`).
fn content_word(ctx: &Ctx<'_>, m: usize) -> bool {
    let rules = &ctx.matcher.rules;
    let Some(t) = ctx.tokens.get(m) else {
        return false;
    };
    let low = &ctx.low[m];
    let elided = m > 0 && ctx.tokens[m - 1].text.ends_with(['\'', '’']);
    t.is_word()
        && (t.space_before || elided)
        && !ctx.line_break_before(m)
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && t.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && t.text.chars().count() >= 3
        && !rules.title_stop_words.contains(low)
        && !rules.particles.contains(low)
        && !matches!(low, "et" | "ou" | "pour" | "aux" | "les" | "une")
        && !rules.described_stop_words.contains(low)
}

/// True when the token at `e` ends a name for sure: the end of the text or
/// of the line, punctuation, an auxiliary or pronoun (`a`, `qui`), a
/// conjunction (`et`, `ou`, `si`, `lorsque`: `described_end_words`), a
/// finite verb of `described_verbs` (`le Syndicat de la magistrature
/// dénonce`). Not `à` before a place: it may be part of the
/// name (`le Festival du film coréen à Paris`).
fn boundary(ctx: &Ctx<'_>, e: usize) -> bool {
    let Some(t) = ctx.tokens.get(e) else {
        return true;
    };
    if ctx.line_break_before(e) {
        return true;
    }
    if !t.is_word() {
        return !matches!(t.text, "-" | "'" | "’");
    }
    // folded, `à` is the auxiliary `a`
    let low = &ctx.low[e];
    !matches!(t.text, "à" | "À")
        && (ctx.matcher.rules.title_stop_words.contains(low)
            || ctx.matcher.rules.described_ends.contains(low)
            || matches!(low, "et" | "ou"))
}

/// Up to two lowercase adjectives after a head at `j` (`nationale`,
/// `supérieure`, `royal`): the token after them.
pub(super) fn after_adjectives(ctx: &Ctx<'_>, mut j: usize) -> usize {
    for _ in 0..2 {
        if !is_org_adjective(ctx, j) {
            break;
        }
        j += 1;
    }
    j
}

/// True when the token at `k` is a lowercase adjective of an
/// organisation's name (`nationale`, `communiste`: an ending of
/// `adjective_org_endings`, four letters or more); false past the end.
pub(super) fn is_org_adjective(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.tokens.get(k).is_some_and(|t| {
        t.space_before
            && t.is_word()
            && t.text.chars().all(|c| c.is_lowercase() || c == '-')
            && t.text.chars().count() >= 4
            && ctx
                .matcher
                .rules
                .adjective_org_endings
                .iter()
                .any(|e| ctx.low[k].ends_with(e.as_str()))
    })
}

/// The token after the name of an institution whose lowercase head at `i`
/// belongs to it (`musée Cantini`, `musée de la Corse`, `musée royal des
/// Beaux-Arts d'Anvers`): a capitalised complement after a particle (one
/// adjective may come first), else one to three capitalised words that
/// start no person's name. After an indefinite determiner (`une
/// université de Séoul`) the phrase describes one of a kind: no name.
pub(super) fn institution_end(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    // `une université de Séoul` is one of them, not a name
    let indefinite = i
        .checked_sub(1)
        .and_then(|p| ctx.low.get(p))
        .is_some_and(|w| ctx.matcher.rules.indefinite_determiners.contains(w));
    if indefinite {
        return None;
    }
    let j = i + 1;
    let adjective = after_adjectives(ctx, j).min(j + 1);
    for k in [j, adjective] {
        if let Some(e) = super::complement_after(ctx, k) {
            return Some(e);
        }
    }
    if let Some(e) = place_and_word_end(ctx, j) {
        return Some(e);
    }
    if !ctx.tokens.get(j).is_some_and(|t| t.space_before)
        || ctx.shape_at(j).is_some()
        || !ctx.name_word(j)
    {
        return None;
    }
    let mut e = j + 1;
    while e < j + 3 && ctx.tokens.get(e).is_some_and(|t| t.space_before) && ctx.name_word(e) {
        if ctx.line_break_before(e) {
            break;
        }
        e += 1;
    }
    Some(e)
}

/// The token after a name made of a place of the gazetteer and a
/// capitalised word no list knows, right after an institution's head
/// (`l'université Paris Cité`, `l'université Paris-Saclay`): the place is
/// part of the name, not the whole of it. The word follows the place on
/// its line, after a space or a hyphen inside the token.
fn place_and_word_end(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let t = ctx.tokens.get(j)?;
    if !t.space_before || !t.is_capitalized() {
        return None;
    }
    let place = ctx
        .named_starting_at(t.span.start)
        .filter(|m| m.entity_type == EntityType::Place)
        .map(|m| m.span.end)
        .max()?;
    let tail_capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    if place < t.span.end {
        // `Paris-Saclay`: the place, a hyphen and a capitalised tail that
        // no list knows
        let tail = ctx.s.get(place..t.span.end)?.strip_prefix('-')?;
        let known = ctx
            .named
            .iter()
            .any(|m| m.span.start > place && m.span.end <= t.span.end);
        return (tail_capital(tail) && !known).then_some(j + 1);
    }
    if place != t.span.end || j + 1 >= ctx.tokens.len() || ctx.line_break_before(j + 1) {
        return None;
    }
    // `Paris Cité`: one capitalised word after the place, then no other
    if ctx.name_word(j + 1)
        && ctx.tokens[j + 1].space_before
        && ctx.shape_at(j + 1).is_none()
        && !ctx.name_word(j + 2)
    {
        return Some(j + 2);
    }
    // `Grenoble Alpes`, `Savoie Mont Blanc`, `Bourgogne Franche-Comté`: the
    // place, then one or two more places of the gazetteer on its line (the
    // names of the merged universities), then no other name word
    let mut e = j + 1;
    for _ in 0..2 {
        let Some(next) = ctx.tokens.get(e) else {
            break;
        };
        if !next.space_before || ctx.line_break_before(e) || !next.is_capitalized() {
            break;
        }
        match ctx.named_end(e, &[EntityType::Place]) {
            Some(p) => e = p,
            None => break,
        }
    }
    (e > j + 1 && !ctx.name_word(e)).then_some(e)
}

/// Where a listed organisation starting at token `k` and ending at token
/// `end` (exclusive) goes on under a longer name: the token after it.
/// Either the token holding the organisation goes on with a hyphen and a
/// capitalised word no list knows (`CGT-Cheminots`), or one to three
/// capitalised words follow on the same line (`SNCF Voyageurs`, `Thales
/// Alenia Space`), or a French région or département (`Fnaut
/// Auvergne-Rhône-Alpes`); never a person (`de l'ONU Antonio Guterres`).
pub(super) fn extended_end(ctx: &Ctx<'_>, end: usize, org_end: usize) -> Option<usize> {
    let last = ctx.tokens.get(end.checked_sub(1)?)?;
    // the organisation is the start of a hyphenated token
    if last.span.end > org_end {
        let rest = ctx.s.get(org_end..last.span.end)?;
        let after = rest.strip_prefix('-')?;
        let capital = after.chars().next().is_some_and(char::is_uppercase)
            && after.chars().any(char::is_lowercase)
            && after.chars().all(|c| c.is_alphabetic() || c == '-');
        // another organisation or a person joined so is a pair (`Air
        // France-KLM`); a town is the seat of a branch with a name of its
        // own (`Centre Pompidou-Metz`): no place inside
        let known = ctx
            .named
            .iter()
            .any(|m| m.span.start > org_end && m.span.end <= last.span.end && !is_town(ctx, m));
        // the hyphen is in the organisation's one token (`CGT-Cheminots`)
        // or its last (`Centre Pompidou-Metz`)
        return (capital && !known).then_some(end);
    }
    if last.span.end != org_end {
        return None;
    }
    let next = ctx.tokens.get(end)?;
    if !next.space_before || ctx.line_break_before(end) || ctx.person[end] {
        return None;
    }
    if ctx.named_end(end, &[EntityType::Place]).is_some() {
        return region_after(ctx, end);
    }
    if ctx.shape_at(end).is_some() || ctx.matcher.rules.first_names.contains(&ctx.low[end]) {
        return None;
    }
    let mut e = end;
    while e < end + 3
        && ctx.tokens.get(e).is_some_and(|t| t.space_before)
        && !ctx.line_break_before(e)
        && ctx.name_word(e)
    {
        e += 1;
    }
    (e > end && !ctx.lone_opener(end, e)).then_some(e)
}

/// A town of the gazetteer (category `city` or `commune`): joined to an
/// organisation by a hyphen, it is the seat of a branch (`Centre
/// Pompidou-Metz`), where a country or another body makes a pair
/// (`AIEA-Chine`, `Air France-KLM`).
fn is_town(ctx: &Ctx<'_>, m: &crate::model::EntityMention) -> bool {
    m.entity_type == EntityType::Place
        && ctx
            .matcher
            .gazetteer()
            .get(&m.entity_id)
            .is_some_and(|e| matches!(e.category.as_deref(), Some("city" | "commune")))
}

/// The token after a French région or département (a subdivision of the
/// gazetteer) starting at `k`, right after an organisation's name, that
/// names its branch (`Fnaut Auvergne-Rhône-Alpes`, `Crédit agricole Nord
/// de France`: a place through a particle goes on with it).
pub(super) fn region_after(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let t = ctx.tokens.get(k)?;
    if !t.space_before || ctx.line_break_before(k) {
        return None;
    }
    let e = ctx.named_end(k, &[EntityType::Place])?;
    let subdivision = ctx.named.iter().any(|m| {
        m.span.start == t.span.start
            && ctx
                .matcher
                .gazetteer()
                .get(&m.entity_id)
                .and_then(|g| g.category.as_deref())
                == Some("subdivision")
    });
    if !subdivision {
        return None;
    }
    Some(
        particle_end(ctx, e)
            .filter(|&p| !ctx.line_break_before(p))
            .and_then(|p| ctx.named_end(p, &[EntityType::Place]))
            .unwrap_or(e),
    )
}

/// A listed organisation named by an institutional head and its adjective
/// (`Conseil européen`, `Confédération paysanne`), starting at `k` and
/// ending at `end`, whose written name goes on with a complement after
/// `de`, `du`, `des`, `d'`: a lowercase complement the text ends for sure
/// (`le Conseil européen de la recherche (ERC)`) or a French région or
/// département (`la Confédération paysanne du Gers`: the federation of the
/// département). The token after the longer name. Not an acronym or a
/// one-word name (`l'OTAN des années 1990`), not `au`/`aux` (`le
/// Haut-Commissariat de l'ONU aux droits de l'homme`).
pub(super) fn complement_end(ctx: &Ctx<'_>, k: usize, end: usize, org_end: usize) -> Option<usize> {
    use super::Set;
    let last = ctx.tokens.get(end.checked_sub(1)?)?;
    if last.span.end != org_end || end < k + 2 {
        return None;
    }
    if !(ctx.text_in(k, Set::GlossedHeads) || ctx.text_in(k, Set::AdjectiveOrgHeads)) {
        return None;
    }
    // a name that ends the text has no complement after it
    if end >= ctx.n() || ctx.line_break_before(end) || ctx.person[end] {
        return None;
    }
    let p = particle_end(ctx, end)?;
    if ctx.line_break_before(p) {
        return None;
    }
    // `de La Réunion`: the article is the place's own
    let own_article = || {
        (&ctx.low[end] == "de")
            .then(|| region_after(ctx, end + 1))
            .flatten()
    };
    if let Some(e) = region_after(ctx, p).or_else(own_article) {
        return Some(e);
    }
    described_end(ctx, end).filter(|&e| e > p)
}
