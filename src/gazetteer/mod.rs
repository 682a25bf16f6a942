//! The gazetteer: what newsx knows about the world, as data.
//!
//! Entries live in TOML files under `data/gazetteer/`, embedded at build
//! time; users add or override entries with `--gazetteer FILE`. Nothing
//! about the world is written in code. The format is documented in
//! `docs/gazetteer.md`.
//!
//! Loading never stops at the first mistake: every error of a file is
//! reported with its line, column and field, so `newsx gazetteer check`
//! can show them all at once.

pub mod communes;
mod raw;

use crate::model::EntityType;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The small French communes, one compact table (`communes`).
pub const COMMUNES: &str = include_str!("../../data/gazetteer/communes.tsv");

/// The files embedded in the binary, with their names for diagnostics.
/// Role definitions come first so that people can refer to them.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "roles.toml",
        include_str!("../../data/gazetteer/roles.toml"),
    ),
    (
        "people-russia.toml",
        include_str!("../../data/gazetteer/people-russia.toml"),
    ),
    (
        "people-korea.toml",
        include_str!("../../data/gazetteer/people-korea.toml"),
    ),
    (
        "people-world.toml",
        include_str!("../../data/gazetteer/people-world.toml"),
    ),
    (
        "places-countries.toml",
        include_str!("../../data/gazetteer/places-countries.toml"),
    ),
    (
        "places-world.toml",
        include_str!("../../data/gazetteer/places-world.toml"),
    ),
    (
        "places-natural.toml",
        include_str!("../../data/gazetteer/places-natural.toml"),
    ),
    (
        "places-russia.toml",
        include_str!("../../data/gazetteer/places-russia.toml"),
    ),
    (
        "places-korea.toml",
        include_str!("../../data/gazetteer/places-korea.toml"),
    ),
    (
        "places-ukraine-front.toml",
        include_str!("../../data/gazetteer/places-ukraine-front.toml"),
    ),
    (
        "places-francophonie.toml",
        include_str!("../../data/gazetteer/places-francophonie.toml"),
    ),
    (
        "places-france-historic.toml",
        include_str!("../../data/gazetteer/places-france-historic.toml"),
    ),
    (
        "geo-countries.toml",
        include_str!("../../data/gazetteer/geo-countries.toml"),
    ),
    (
        "geo-france.toml",
        include_str!("../../data/gazetteer/geo-france.toml"),
    ),
    (
        "geo-subdivisions.toml",
        include_str!("../../data/gazetteer/geo-subdivisions.toml"),
    ),
    (
        "geo-cities.toml",
        include_str!("../../data/gazetteer/geo-cities.toml"),
    ),
    (
        "organizations.toml",
        include_str!("../../data/gazetteer/organizations.toml"),
    ),
    (
        "organizations-france.toml",
        include_str!("../../data/gazetteer/organizations-france.toml"),
    ),
    (
        "organizations-france-society.toml",
        include_str!("../../data/gazetteer/organizations-france-society.toml"),
    ),
    (
        "organizations-francophonie.toml",
        include_str!("../../data/gazetteer/organizations-francophonie.toml"),
    ),
    (
        "media.toml",
        include_str!("../../data/gazetteer/media.toml"),
    ),
    (
        "clubs-france.toml",
        include_str!("../../data/gazetteer/clubs-france.toml"),
    ),
];

/// A function that a person holds for a period (`président russe`), with
/// the French descriptions that name its holder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleDef {
    pub id: String,
    /// A short French label (`ministre russe des Affaires étrangères`).
    pub name: String,
    /// ISO code of the country the role belongs to, when it has one.
    pub country: Option<String>,
    /// Descriptions that name the holder on their own (`le locataire du Kremlin`).
    pub patterns: Vec<String>,
    /// Descriptions that need the country named in the same sentence
    /// (`sa plus haute diplomate`, `le chef de la diplomatie`).
    pub generic_patterns: Vec<String>,
    /// A head of state or of government (`les deux dirigeants` are two).
    pub leader: bool,
    /// File the role was defined in.
    pub source: String,
}

/// A role held by a person over a period (`porte-parole du Kremlin` from 2012).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    /// The id of a `[[role]]` definition.
    pub role: Option<String>,
    /// Extra descriptions naming this person in this role only.
    pub patterns: Vec<String>,
    /// First day of the role, open when absent.
    pub from: Option<NaiveDate>,
    /// Last day of the role, open when absent.
    pub to: Option<NaiveDate>,
}

impl Role {
    /// True when the role is held on `day`; with no day, when it is still held.
    pub fn holds_on(&self, day: Option<NaiveDate>) -> bool {
        match day {
            Some(d) => self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t),
            None => self.to.is_none(),
        }
    }
}

/// One entry of the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Other names that always mean this entry.
    pub aliases: Vec<String>,
    /// Names shared with other entries (`Kim`): resolved by the document
    /// and the article's date.
    pub short_aliases: Vec<String>,
    /// Noun phrases naming the entry (`service de renseignement
    /// sud-coréen`), matched in the plural, with the nationality adjective
    /// moved or replaced by the country (`entities::describe`).
    pub descriptions: Vec<String>,
    /// The name a later mention uses alone (`Poutine`, `Kim`); derived when absent.
    pub surname: Option<String>,
    /// False when the display name alone is not safe to match (`Amour`).
    pub match_name: bool,
    /// ISO code of the country (`RU`, `KP`), for people and places.
    pub country: Option<String>,
    /// What kind of actor: `media` (news outlets report, they are not
    /// participants of the events they report), or none.
    pub category: Option<String>,
    /// True when the name is also a common word, a river or a compass point
    /// (`Nord`, `Manche`): found only when another place of the same
    /// country and category is named in the document.
    pub needs_context: bool,
    pub roles: Vec<Role>,
    /// File the entry comes from.
    pub source: String,
}

impl Entry {
    /// Every name that always means this entry, display name first when matched.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        let name = self.match_name.then_some(&self.name);
        name.into_iter().chain(self.aliases.iter())
    }
}

/// One mistake in a gazetteer file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column; 0 when unknown.
    pub line: usize,
    pub column: usize,
    /// Id of the entry or role, when known.
    pub id: Option<String>,
    /// The field at fault, when known.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ":")?;
        if let Some(id) = &self.id {
            write!(f, " entry '{id}':")?;
        }
        if let Some(field) = &self.field {
            write!(f, " field '{field}':")?;
        }
        write!(f, " {}", self.message)
    }
}

/// A gazetteer file that could not be loaded: all its mistakes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.diagnostics.iter().map(|d| d.to_string()).collect();
        write!(f, "{}", lines.join("\n"))
    }
}

impl std::error::Error for GazetteerError {}

/// All entries, by id, and all role definitions. Later files override
/// earlier ones with the same id.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entries: BTreeMap<String, Entry>,
    pub roles: BTreeMap<String, RoleDef>,
    /// The small French communes, outside `entries`: found only after a
    /// locative word, never by the automaton (`communes`).
    pub communes: communes::Communes,
}

impl Gazetteer {
    /// The gazetteer embedded in the binary. Ids are unique across its files.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer::default();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let mut diagnostics = Vec::new();
        for (name, body) in BUILTIN {
            let (entries, roles, mut diags) = raw::parse(name, body, &g.roles);
            for e in &entries {
                if let Some(first) = seen.insert(e.id.clone(), name.to_string()) {
                    diags.push(Diagnostic {
                        file: name.to_string(),
                        line: 0,
                        column: 0,
                        id: Some(e.id.clone()),
                        field: Some("id".into()),
                        message: format!("id already used in {first}"),
                    });
                }
            }
            diagnostics.extend(diags);
            g.insert(entries, roles);
        }
        let (communes, diags) = communes::Communes::parse(communes::FILE, COMMUNES);
        diagnostics.extend(diags);
        g.communes = communes;
        if diagnostics.is_empty() {
            Ok(g)
        } else {
            Err(GazetteerError { diagnostics })
        }
    }

    /// Every mistake of one file, checked against the roles known so far.
    pub fn check_file(&self, file: &str, body: &str) -> Vec<Diagnostic> {
        raw::parse(file, body, &self.roles).2
    }

    /// Parse and validate one TOML file, then add (or override) its entries.
    pub fn add_file(&mut self, file: &str, body: &str) -> Result<usize, GazetteerError> {
        let (entries, roles, diagnostics) = raw::parse(file, body, &self.roles);
        if !diagnostics.is_empty() {
            return Err(GazetteerError { diagnostics });
        }
        let count = entries.len();
        self.insert(entries, roles);
        Ok(count)
    }

    fn insert(&mut self, entries: Vec<Entry>, roles: Vec<RoleDef>) {
        for r in roles {
            self.roles.insert(r.id.clone(), r);
        }
        for e in entries {
            self.entries.insert(e.id.clone(), e);
        }
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id).or_else(|| self.communes.get(id))
    }

    /// The people who hold, at some time, a role marked `leader`.
    pub fn leaders(&self) -> std::collections::BTreeSet<String> {
        self.entries
            .values()
            .filter(|e| {
                e.roles.iter().any(|r| {
                    r.role
                        .as_ref()
                        .and_then(|id| self.roles.get(id))
                        .is_some_and(|d| d.leader)
                })
            })
            .map(|e| e.id.clone())
            .collect()
    }

    /// Ids of the entries of one category (`media`).
    pub fn ids_in_category(&self, category: &str) -> std::collections::BTreeSet<String> {
        self.entries
            .values()
            .filter(|e| e.category.as_deref() == Some(category))
            .map(|e| e.id.clone())
            .collect()
    }

    /// Each place of a country (a city, a region) with the id of its
    /// country's entry (category `country`, same ISO code): `vladivostok` →
    /// `russie`. Countries themselves are left out.
    pub fn containing_countries(&self) -> BTreeMap<String, String> {
        self.country_entries_of(|e| {
            e.entity_type == EntityType::Place && e.category.as_deref() != Some("country")
        })
    }

    /// Each person with an ISO code, with the id of that country's entry:
    /// `kim-jong-un` → `coree-du-nord`. Abroad, a person travels.
    pub fn home_countries(&self) -> BTreeMap<String, String> {
        self.country_entries_of(|e| e.entity_type == EntityType::Person)
    }

    /// The entries `keep` selects, each with the id of the country entry
    /// (category `country`) of its ISO code; entries without one are left out.
    fn country_entries_of(&self, keep: impl Fn(&Entry) -> bool) -> BTreeMap<String, String> {
        let countries: BTreeMap<&str, &str> = self
            .entries
            .values()
            .filter(|e| e.category.as_deref() == Some("country"))
            .filter_map(|e| Some((e.country.as_deref()?, e.id.as_str())))
            .collect();
        self.entries
            .values()
            .filter(|e| keep(e))
            .filter_map(|e| {
                let country = countries.get(e.country.as_deref()?)?;
                Some((e.id.clone(), country.to_string()))
            })
            .collect()
    }

    pub fn alias_count(&self) -> usize {
        self.entries
            .values()
            .map(|e| e.aliases.len() + e.short_aliases.len())
            .sum()
    }

    /// The people holding a role on a day (with no day: still holding it).
    pub fn holders(&self, role: &str, day: Option<NaiveDate>) -> Vec<&Entry> {
        self.entries
            .values()
            .filter(|e| {
                e.roles
                    .iter()
                    .any(|r| r.role.as_deref() == Some(role) && r.holds_on(day))
            })
            .collect()
    }

    /// Entry counts by type.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut out = BTreeMap::new();
        for e in self.entries.values() {
            *out.entry(e.entity_type.as_str()).or_insert(0) += 1;
        }
        out
    }

    /// Files the entries come from, in no particular order.
    pub fn sources(&self) -> BTreeSet<&str> {
        self.entries.values().map(|e| e.source.as_str()).collect()
    }
}

/// Lowercase ASCII slug of a name: `Sergueï Lavrov` → `serguei-lavrov`.
pub fn slugify(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut dash = false;
    for c in name.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'œ' | 'Œ' => {
                out.push_str("oe");
                dash = false;
                continue;
            }
            'æ' | 'Æ' => {
                out.push_str("ae");
                dash = false;
                continue;
            }
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every place of the built-in gazetteer with an ISO code lies in the
    /// country entry of that code (computed here from the entries, not
    /// from the map under test); countries lie in nothing.
    #[test]
    fn every_place_lies_in_the_country_of_its_code() {
        let g = Gazetteer::builtin().unwrap();
        let within = g.containing_countries();
        let mut checked = 0;
        for e in g.entries.values() {
            let Some(code) = e.country.as_deref() else {
                continue;
            };
            if e.entity_type != EntityType::Place {
                continue;
            }
            let country = g.entries.values().find(|c| {
                c.category.as_deref() == Some("country") && c.country.as_deref() == Some(code)
            });
            if e.category.as_deref() == Some("country") {
                assert_eq!(within.get(&e.id), None, "{}", e.id);
            } else if let Some(country) = country {
                assert_eq!(within.get(&e.id), Some(&country.id), "{}", e.id);
                checked += 1;
            }
        }
        assert_eq!(
            within.get("vladivostok").map(String::as_str),
            Some("russie")
        );
        assert_eq!(
            within.get("pyongyang").map(String::as_str),
            Some("coree-du-nord")
        );
        assert!(checked > 100, "{checked}");
        let homes = g.home_countries();
        assert_eq!(
            homes.get("kim-jong-un").map(String::as_str),
            Some("coree-du-nord")
        );
        assert_eq!(
            homes.get("vladimir-poutine").map(String::as_str),
            Some("russie")
        );
        assert_eq!(homes.get("russie"), None);
    }

    #[test]
    fn builtin_gazetteer_loads_with_unique_ids() {
        let g = match Gazetteer::builtin() {
            Ok(g) => g,
            Err(e) => panic!("{e}"),
        };
        assert!(g.get("kim-jong-un").is_some());
        assert!(g.entries.len() > 300, "{}", g.entries.len());
    }

    #[test]
    fn every_builtin_file_validates_alone_against_the_roles() {
        let mut g = Gazetteer::default();
        for (name, body) in BUILTIN {
            let diags = g.check_file(name, body);
            assert!(diags.is_empty(), "{name}: {diags:?}");
            g.add_file(name, body).unwrap();
        }
    }

    #[test]
    fn bad_entries_are_reported_with_line_and_field() {
        let g = Gazetteer::default();
        let body = "[[entity]]\nid = \"Bad Id\"\nname = \"Xeno\"\ntype = \"person\"\n\n[[entity]]\nname = \"\"\ntype = \"person\"\naliases = [\"okay\", \" \"]\n";
        let d = g.check_file("x.toml", body);
        assert_eq!(d.len(), 3, "{d:?}");
        assert_eq!((d[0].line, d[0].field.as_deref()), (2, Some("id")));
        assert_eq!((d[1].line, d[1].field.as_deref()), (7, Some("name")));
        assert_eq!((d[2].line, d[2].field.as_deref()), (9, Some("aliases")));
    }

    #[test]
    fn stop_words_and_short_aliases_are_refused_unless_marked() {
        let g = Gazetteer::default();
        let stop_words = include_str!("../../data/stopwords-fr.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let short = ["A", "Le", "de", "UE", "G7", "X-1"].into_iter();
        for (k, alias) in stop_words.chain(short).enumerate() {
            let capitalised: String = alias
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(alias.chars().skip(1))
                .collect();
            for written in [alias.to_string(), capitalised] {
                let body = format!(
                    "[[entity]]\nid = \"e{k}\"\nname = \"Entité\"\ntype = \"place\"\naliases = [\"Autre nom\", \"{written}\"]\n"
                );
                let d = g.check_file("s.toml", &body);
                assert_eq!(d.len(), 1, "{written}: {d:?}");
                assert_eq!(d[0].id.as_deref(), Some(format!("e{k}").as_str()));
                assert_eq!(d[0].field.as_deref(), Some("aliases"));
                assert!(
                    d[0].to_string().contains(&format!("'{written}'")),
                    "{}",
                    d[0]
                );
                assert!(d[0].to_string().starts_with("s.toml:5:"), "{}", d[0]);
                let marked = body.replace("type =", "short_ok = true\ntype =");
                assert!(g.check_file("s.toml", &marked).is_empty(), "{written}");
            }
        }
        // a short display name is refused too, unless marked or not matched
        let d = g.check_file("n.toml", "[[entity]]\nname = \"Le\"\ntype = \"place\"\n");
        assert_eq!(d[0].field.as_deref(), Some("name"), "{d:?}");
        let ok = "[[entity]]\nid = \"le\"\nname = \"Le\"\ntype = \"place\"\nmatch_name = false\naliases = [\"Le Lieu\"]\n";
        assert!(g.check_file("n.toml", ok).is_empty());
        // three letters that are no stop word are fine
        let d = g.check_file(
            "n.toml",
            "[[entity]]\nname = \"Ain\"\ntype = \"place\"\naliases = [\"NIS\"]\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn syntax_and_type_errors_carry_a_line() {
        let g = Gazetteer::default();
        let d = g.check_file("y.toml", "[[entity]]\nname = \"X\"\ntype = \"robot\"\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, 3, "{d:?}");
        let d = g.check_file("z.toml", "[[entity]\nname = \"X\"\n");
        assert_eq!(d[0].line, 1, "{d:?}");
    }

    #[test]
    fn role_dates_and_references_are_checked() {
        let g = Gazetteer::builtin().unwrap();
        let body = "[[entity]]\nname = \"Alpha Beta\"\ntype = \"person\"\nroles = [{ role = \"nope\", from = \"2020-01-01\" }, { role = \"ru-president\", from = \"2020\", to = \"2019\" }]\n";
        let d = g.check_file("r.toml", body);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d.iter().all(|d| d.line == 4));
        assert!(d[0].message.contains("unknown role"), "{d:?}");
        assert!(d[1].message.contains("after"), "{d:?}");
    }

    #[test]
    fn defaults_give_type_and_id() {
        let mut g = Gazetteer::default();
        g.add_file(
            "d.toml",
            "[defaults]\ntype = \"place\"\ncountry = \"RU\"\n[[entity]]\nname = \"Oussouriïsk\"\n",
        )
        .unwrap();
        let e = g.get("oussouriisk").unwrap();
        assert_eq!(e.entity_type, EntityType::Place);
        assert_eq!(e.country.as_deref(), Some("RU"));
    }

    #[test]
    fn user_files_override_builtin_entries() {
        let mut g = Gazetteer::builtin().unwrap();
        g.add_file(
            "u.toml",
            "[[entity]]\nid = \"kim-jong-un\"\nname = \"Kim Jong Un\"\ntype = \"person\"\n",
        )
        .unwrap();
        assert_eq!(g.get("kim-jong-un").unwrap().name, "Kim Jong Un");
    }

    #[test]
    fn roles_are_held_over_their_period() {
        let g = Gazetteer::builtin().unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let ids = |day| {
            g.holders("ru-defence-minister", day)
                .iter()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(d("2023-07-26")), ["sergueï-choigou".replace('ï', "i")]);
        assert_eq!(ids(d("2024-06-01")), ["andrei-belooussov"]);
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("Sergueï Lavrov"), "serguei-lavrov");
        assert_eq!(slugify("Extrême-Orient russe"), "extreme-orient-russe");
        assert_eq!(slugify("  Kim  Jong-un!"), "kim-jong-un");
    }
}
