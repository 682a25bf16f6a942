//! Entities of ordinary French news that has nothing to do with the story
//! newsx was built on: a weather bulletin, a football match report, a page
//! of French politics, a diplomacy page where capitals speak for their
//! governments. The fixtures and their gold (tests/fixtures/openworld/) were
//! written for this test; recall and precision on them must stay above a
//! floor, and the football report must give no event.
//!
//! A second set (tests/fixtures/openworld2/) is written in the styles of
//! other outlets and subjects: a rugby match in a regional daily, a
//! cycling stage by wire, an assize court, aerospace results, a theatre
//! festival, a Gaza dispatch and a budget in committee; its gold was
//! decided before newsx was run on it.
//!
//! A third set (tests/fixtures/openworld3/) is of other genres again: a
//! fire in a small commune, a town council, literary prizes, an election
//! in Peru by wire, an EU summit, a health study, a farmers' blockade, a
//! start-up's funding and a criminal court; small towns, local bodies and
//! people nobody lists. Its gold too was decided before newsx was run.
//!
//! A fourth set (tests/fixtures/openworld4/) is of genres none of those
//! has: a handball match, a Sahel and a Colombia dispatch, a space launch,
//! an obituary, a rail strike, prefects' appointments, a flood bulletin
//! and an exhibition review; its gold was decided before newsx was run.
//!
//! A fifth set (tests/fixtures/openworld5/) is of genres none of those has
//! either: a market report, a factory closure, a marine heatwave, a South
//! China Sea dispatch, a tennis match, a mountain rescue, a school year, a
//! nuclear plant and a box office; seas, landforms, companies and unions.
//! Its gold was decided before newsx was run.
//!
//! A sixth set (tests/fixtures/openworld6/) is of genres none of those has
//! either: an Assembly sitting with its vote table, a Ligue 1 score box,
//! Taipei, Gulf, Ukraine and Korea dispatches, an African Union summit, a
//! business page of brands and a snow and roads page with its furniture
//! (bylines on their own line, credits, `Lire aussi`). Its gold was decided
//! before newsx was run.
//!
//! A seventh set (tests/fixtures/openworld7/) is of genres none of those
//! has either: a town council with its intercommunal body and opposition
//! list, a fraud trial, an industry plan with Bercy and companies, a film
//! festival, a cycling stage with its results box in capitals, an EU
//! Council piece, an East Asia dispatch with Chinese, Japanese and Korean
//! names and a hospital page with its ARS. Its gold was decided before
//! newsx was run.
//!
//! An eighth set (tests/fixtures/openworld8/) is of the French-speaking
//! world beyond France and of genres none of those has either: a Channel
//! collision with ships and the bodies of the sea, a Quebec bill by La
//! Presse Canadienne, a Belgian budget and strike, a Swiss vote by
//! Keystone-ATS, a Senegalese wire by the APS, a département's budget page
//! (`dans l'Isère`), a Six Nations report with its match sheet in capitals
//! and a space mission with English body names. Its gold was decided
//! before newsx was run.
//!
//! A ninth set (tests/fixtures/openworld9/) is of layouts and names the
//! others have little of: a cycling stage with its results boxes in
//! mixed case, a Ligue 1 match sheet with its line-ups, a science page of
//! bodies named after their city, a politics page of prefixed and
//! feminine titles and long party names, and a diplomacy page where the
//! seats of power speak or are visited. Its gold was decided before newsx
//! was run.
//!
//! A tenth set (tests/fixtures/openworld10/) is of genres none of those
//! has either: a court report with its prosecutor, judges and lawyers, an
//! economy wire on central banks, banks and chief executives, a Geneva page
//! with the canton's bodies, a Sudan wire with Arabic names and UN bodies,
//! a health page of institutes and agencies, a Dordogne local page with
//! its mayor and prefect, and a labour page of long union, employers' and
//! party names with titles before names. Its gold was decided before
//! newsx was run.
//!
//! An eleventh set (tests/fixtures/openworld11/) is of styles none of
//! those has: a Korean agency dispatch relayed from Seoul with officials,
//! ministries and provinces, a Russian regional page of oblasts, kraïs,
//! governors and state corporations, festivals and museums, a tennis
//! report with players introduced by their nationality, an EU page of
//! commissioners, groups and committees, tech start-ups and regulators, and
//! a Breton court page with small communes and surnames in `c'h`. Its gold
//! was decided before newsx was run.
//!
//! A twelfth set (tests/fixtures/openworld12/) is of subjects none of
//! those has: Gers cereal cooperatives and their small communes and rivers,
//! New Caledonia's Congress, provinces and customary Senate, an Algerian and
//! Moroccan wire, a Colombian election with Spanish compound surnames,
//! bishops at Lourdes with dioceses and Vatican bodies, a CNRS medal with
//! universities and UMR laboratories, a Kashmir dispatch, a transport page
//! (rail, airports, rivers, `Procter & Gamble`) and the European
//! Parliament's groups. Its gold was decided before newsx was run.
//! A thirteenth set (tests/fixtures/openworld13/) adds genres none of those
//! has: a courts page (cour d'appel, PNF), a health page (ARS, CHU,
//! Inserm, OMS), a German and Austrian wire, a Sahel dispatch, a comics
//! festival, start-ups and the CAC 40, a Japanese and Chinese wire and a
//! Breton municipal council; gold decided before newsx was run.
//! A fifteenth set (tests/fixtures/openworld15/) adds genres none of those
//! has: a naval exercise, an Indian state election by wire, an alpine ski
//! World Cup report, a robbery in Lyon with its streets, a Baltic cables
//! wire, an airport incident, an orchestra review and a Korean border wire
//! (`côté nord-coréen`); gold decided before newsx was run.

mod common;

use common::run;
use serde_json::Value;
use std::collections::BTreeSet;

const DIR: &str = "tests/fixtures/openworld";
/// Floors of this test (measured when it was written: see the commit).
const MIN_RECALL: f64 = 0.88;
const MIN_PRECISION: f64 = 0.90;
const DIR2: &str = "tests/fixtures/openworld2";
/// Floors of the second set: R 0.59, P 0.88 before the rules and data it
/// brought, R 0.898, P 0.95 after them (see the commits); R 0.91, P 0.95
/// after those of the third set.
const MIN_RECALL2: f64 = 0.88;
const MIN_PRECISION2: f64 = 0.93;
const DIR3: &str = "tests/fixtures/openworld3";
/// Floors of the third set: R 0.59, P 0.89 before the rules and data of
/// its commits (place by context, bylines of clean pages, trades, bodies of
/// civil society), R 0.87, P 0.95 after them.
const MIN_RECALL3: f64 = 0.84;
const MIN_PRECISION3: f64 = 0.92;
const DIR4: &str = "tests/fixtures/openworld4";
/// Floors of the fourth set: R 0.65, P 0.88 before the rules and data of
/// its commits (described institutions, museums, branches of listed
/// bodies, venues, handball reports, wider generated cities), R 0.82,
/// P 0.96 after them.
const MIN_RECALL4: f64 = 0.80;
const MIN_PRECISION4: f64 = 0.94;
const DIR5: &str = "tests/fixtures/openworld5";
/// Floors of the fifth set: R 0.67, P 0.85 before the rules and data of
/// its commits (waters and landforms by their head, titles that stop at
/// `chez` or end a name, natural places, school unions), R 0.77, P 0.88 after
/// them; R 0.78, P 0.89 after portfolio adjectives, company names through a
/// particle and legal forms.
const MIN_RECALL5: f64 = 0.78;
const MIN_PRECISION5: f64 = 0.89;
const DIR6: &str = "tests/fixtures/openworld6";
/// Floors of the sixth set: R 0.74, P 0.92 before the rules and data of
/// its commits (features named after a town, numbered roads and their
/// ends, bodies and parties of East Asia and Iran, chip makers, outlet
/// then photographer in a credit), R 0.83, P 0.94 after them.
const MIN_RECALL6: f64 = 0.81;
const MIN_PRECISION6: f64 = 0.92;
const DIR7: &str = "tests/fixtures/openworld7";
/// Floors of the seventh set: R 0.74, P 0.88 before the rules and data of
/// its commits (the state's executive and ministries by their nationality,
/// `homologue` as a title, regional health agencies, pools, world
/// subregions), R 0.81, P 0.89 after them.
const MIN_RECALL7: f64 = 0.79;
const MIN_PRECISION7: f64 = 0.87;
const DIR8: &str = "tests/fixtures/openworld8";
/// Floors of the eighth set: R 0.57, P 0.93 before the data and rules of
/// its commits (the French-speaking world's places and bodies, US, Canadian
/// and Australian subdivisions, exonyms of neighbours' cities, match
/// sheets, subdivisions after a locative), R 0.81, P 0.96 after them;
/// R 0.83, P 0.97 with the nations of the United Kingdom.
const MIN_RECALL8: f64 = 0.79;
const MIN_PRECISION8: f64 = 0.93;
const DIR9: &str = "tests/fixtures/openworld9";
/// Floors of the ninth set: R 0.63, P 0.87 before the rules of its
/// commits (results boxes kept, line-ups, surnames before their minute),
/// R 0.875, P 0.906 after them.
const MIN_RECALL9: f64 = 0.85;
const MIN_PRECISION9: f64 = 0.88;
const DIR10: &str = "tests/fixtures/openworld10";
/// Floors of the tenth set: R 0.80, P 0.90 before the rules and data of
/// its commits (long described names through `et`, lists and `pour la`,
/// names across a line break, central banks and G-SIBs, Swiss federal
/// bodies, exonyms), R 0.885, P 0.958 after them.
const MIN_RECALL10: f64 = 0.86;
const MIN_PRECISION10: f64 = 0.93;
const DIR11: &str = "tests/fixtures/openworld11";
/// Floors of the eleventh set: R 0.765, P 0.888 before the rules of its
/// commits (surnames in `c'h`, the seat inside a court's or council's
/// name), R 0.777, P 0.915 after them.
const MIN_RECALL11: f64 = 0.75;
const MIN_PRECISION11: f64 = 0.89;
const DIR12: &str = "tests/fixtures/openworld12";
/// Floors of the twelfth set: R 0.583, P 0.816 before the data and rules
/// of its commits (generated communes after a locative word, rivers after
/// their article, Korean provinces in French, the European Parliament's
/// groups), R 0.643, P 0.835 after them.
const MIN_RECALL12: f64 = 0.62;
const MIN_PRECISION12: f64 = 0.81;
const DIR13: &str = "tests/fixtures/openworld13";
/// Floors of the thirteenth set: R 0.730, P 0.891 at its first run (gold
/// decided before), R 0.837, P 0.922 after the data of its commits
/// (German, Austrian and Japanese bodies, Austrian Länder, publishers)
/// and the described names ending before a verb or a conjunction; see the
/// commits for the figures after the rest.
const MIN_RECALL13: f64 = 0.82;
const MIN_PRECISION13: f64 = 0.90;
const DIR14: &str = "tests/fixtures/openworld14";
/// Floors of the fourteenth set: R 0.732, P 0.896 at its first run (gold
/// decided before), R 0.770, P 0.910 after the commits of stop 45 (former
/// régions and provinces, seats after `à`, regional dailies, bylines with
/// the reporter's function, signatures, compound particles, bodies named
/// after a person, universities named by places).
const MIN_RECALL14: f64 = 0.76;
const MIN_PRECISION14: f64 = 0.90;
const DIR15: &str = "tests/fixtures/openworld15";
/// Floors of the fifteenth set: R 0.675, P 0.842 at its first run (gold
/// decided before), R 0.765, P 0.907 after the commits of stop 46 (the
/// accents of a name spelt with them, streets named after a place, bodies
/// named by their seat, French exonyms of foreign cities, the State's
/// defence bodies, border guards).
const MIN_RECALL15: f64 = 0.74;
const MIN_PRECISION15: f64 = 0.89;

/// A name as the comparison sees it: lowercase, no accents, no hyphens.
fn key(name: &str) -> String {
    newsx::entities::fold::fold_str(name)
}

/// (document, type, name key) triples the gold wants.
fn gold(dir: &str) -> BTreeSet<(String, String, String)> {
    let text = std::fs::read_to_string(common::root().join(dir).join("gold.json")).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut out = BTreeSet::new();
    for (doc, by_type) in v["documents"].as_object().unwrap() {
        for (kind, names) in by_type.as_object().unwrap() {
            for n in names.as_array().unwrap() {
                out.insert((doc.clone(), kind.clone(), key(n.as_str().unwrap())));
            }
        }
    }
    out
}

/// (document, type, name key) triples newsx finds: an entity counts under
/// its name, or under a variant the text used when the gold names it so.
fn found(
    dir: &str,
    gold: &BTreeSet<(String, String, String)>,
) -> BTreeSet<(String, String, String)> {
    let out = run(&["entities", dir, "--format", "json", "--no-metadata", "-q"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let mut got = BTreeSet::new();
    for e in v.as_array().unwrap() {
        let kind = e["type"].as_str().unwrap().to_string();
        let mut names = vec![key(e["name"].as_str().unwrap())];
        names.extend(
            e["variants"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| key(n.as_str().unwrap())),
        );
        for d in e["documents"].as_array().unwrap() {
            let doc = d.as_str().unwrap().to_string();
            let wanted: Vec<&String> = names
                .iter()
                .filter(|n| gold.contains(&(doc.clone(), kind.clone(), (*n).clone())))
                .collect();
            match wanted.first() {
                Some(n) => got.insert((doc.clone(), kind.clone(), (*n).clone())),
                None => got.insert((doc, kind.clone(), names[0].clone())),
            };
        }
    }
    got
}

fn check(dir: &str, min_recall: f64, min_precision: f64) {
    let want = gold(dir);
    let got = found(dir, &want);
    let tp = want.intersection(&got).count() as f64;
    let recall = tp / want.len() as f64;
    let precision = tp / got.len().max(1) as f64;
    let missed: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        recall >= min_recall && precision >= min_precision,
        "{dir}: recall {recall:.2} (floor {min_recall}), precision {precision:.2} (floor {min_precision})\n\
         missed: {missed:?}\nextra: {extra:?}"
    );
}

#[test]
fn open_world_entities_keep_their_recall_and_precision() {
    check(DIR, MIN_RECALL, MIN_PRECISION);
}

#[test]
fn open_world_entities_of_other_outlets_keep_their_recall_and_precision() {
    check(DIR2, MIN_RECALL2, MIN_PRECISION2);
}

#[test]
fn open_world_entities_of_other_genres_keep_their_recall_and_precision() {
    check(DIR3, MIN_RECALL3, MIN_PRECISION3);
}

#[test]
fn open_world_entities_of_new_genres_keep_their_recall_and_precision() {
    check(DIR4, MIN_RECALL4, MIN_PRECISION4);
}

#[test]
fn open_world_entities_of_a_fifth_set_of_genres_keep_their_recall_and_precision() {
    check(DIR5, MIN_RECALL5, MIN_PRECISION5);
}

#[test]
fn open_world_entities_of_a_sixth_set_of_genres_keep_their_recall_and_precision() {
    check(DIR6, MIN_RECALL6, MIN_PRECISION6);
}

#[test]
fn open_world_entities_of_a_seventh_set_of_genres_keep_their_recall_and_precision() {
    check(DIR7, MIN_RECALL7, MIN_PRECISION7);
}

/// Clubs and cities-as-clubs are organisations of a match, not parties of
/// a story: a football report gives no event.
#[test]
fn a_football_report_gives_no_event() {
    let report = common::timeline_report(&[&format!("{DIR}/football-match.txt"), "--no-metadata"]);
    assert!(report.events.is_empty(), "{:?}", report.events);
}

#[test]
fn open_world_entities_of_the_french_speaking_world_keep_their_recall_and_precision() {
    check(DIR8, MIN_RECALL8, MIN_PRECISION8);
}

#[test]
fn open_world_entities_of_results_boxes_bodies_and_seats_keep_their_recall_and_precision() {
    check(DIR9, MIN_RECALL9, MIN_PRECISION9);
}

#[test]
fn open_world_entities_of_courts_markets_cantons_and_wires_keep_their_recall_and_precision() {
    check(DIR10, MIN_RECALL10, MIN_PRECISION10);
}

#[test]
fn open_world_entities_of_relays_regions_and_regulators_keep_their_recall_and_precision() {
    check(DIR11, MIN_RECALL11, MIN_PRECISION11);
}

#[test]
fn open_world_entities_of_farms_islands_wires_churches_labs_and_transport_keep_their_recall_and_precision()
 {
    check(DIR12, MIN_RECALL12, MIN_PRECISION12);
}

#[test]
fn open_world_entities_of_courts_health_laender_sahel_comics_tech_asia_and_councils_keep_their_recall_and_precision()
 {
    check(DIR13, MIN_RECALL13, MIN_PRECISION13);
}

#[test]
fn open_world_entities_of_lebanon_mercosur_obituaries_labs_storms_basketball_energy_and_kazakhstan_keep_their_recall_and_precision()
 {
    check(DIR14, MIN_RECALL14, MIN_PRECISION14);
}

#[test]
fn open_world_entities_of_navies_india_ski_streets_baltic_airports_orchestras_and_the_korean_border_keep_their_recall_and_precision()
 {
    check(DIR15, MIN_RECALL15, MIN_PRECISION15);
}
