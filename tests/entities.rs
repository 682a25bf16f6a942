//! The entity stage through the binary: fixture articles in the style of
//! other French news sites, user gazetteers, and `newsx gazetteer`.

mod common;

use common::{newsx, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

const FIX: &str = "tests/fixtures/entities";

/// (type, name) pairs of `newsx entities FILE --format json`.
fn entities(args: &[&str]) -> Vec<(String, String)> {
    let out = stdout_of(newsx().arg("entities").args(args).args([
        "--format",
        "json",
        "--no-metadata",
        "-q",
    ]));
    let v: Value = serde_json::from_str(&out).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(found: &[(String, String)], kind: &str, name: &str) -> bool {
    found.iter().any(|(k, n)| k == kind && n == name)
}

/// Every (type, name) of `want` is among the entities `found`.
fn assert_has_all(found: &[(String, String)], want: &[(&str, &str)]) {
    for (kind, name) in want {
        assert!(has(found, kind, name), "{kind} {name}: {found:?}");
    }
}

/// No (type, name) of `unwanted` is among the entities `found`.
fn assert_has_none(found: &[(String, String)], unwanted: &[(&str, &str)]) {
    for (kind, name) in unwanted {
        assert!(!has(found, kind, name), "{kind} {name}: {found:?}");
    }
}

#[test]
fn roles_resolve_at_the_publication_date() {
    let file = format!("{FIX}/defence-2024.txt");
    let found = entities(&[&file, "--published", "2024-11-29"]);
    assert_has_all(
        &found,
        &[
            ("person", "Andreï Belooussov"),
            ("person", "No Kwang-chol"),
            ("person", "Kim Jong-un"),
            ("person", "Maria Zakharova"),
            ("person", "Kyrylo Boudanov"),
            ("person", "Alexeï Krivoroutchko"),
            ("place", "Pyongyang"),
            ("place", "Wonsan"),
            ("place", "Koursk"),
            ("organization", "KCNA"),
            ("organization", "Korea JoongAng Daily"),
        ],
    );
    let earlier = entities(&[&file, "--published", "2023-07-26"]);
    assert!(has(&earlier, "person", "Sergueï Choïgou"), "{earlier:?}");
    assert!(!has(&earlier, "person", "Andreï Belooussov"));
}

#[test]
fn variants_roles_and_credits_of_a_2019_summit() {
    let file = format!("{FIX}/summit-2019.txt");
    let found = entities(&[&file, "--published", "2019-04-26"]);
    assert_has_all(
        &found,
        &[
            ("person", "Kim Jong-un"),
            ("person", "Vladimir Poutine"),
            ("person", "Oleg Kojemiako"),
            ("person", "Mike Pompeo"),
            ("place", "Vladivostok"),
            ("place", "Khasan"),
            ("place", "Primorie"),
            ("organization", "Maison-Blanche"),
            ("organization", "AP"),
        ],
    );
    // the photographer of the credit is a person (an author of the page,
    // never a participant: the role is on the mention)
    assert!(
        has(&found, "person", "Alexander Zemlianichenko"),
        "a photographer is a credited person: {found:?}"
    );
}

#[test]
fn a_user_gazetteer_adds_entries() {
    let file = format!("{FIX}/summit-2019.txt");
    let extra = format!("{FIX}/people.toml");
    let found = entities(&[&file, "--published", "2019-04-26", "--gazetteer", &extra]);
    assert!(has(&found, "place", "Île Rousski"), "{found:?}");
}

#[test]
fn gazetteer_check_reports_every_error_with_line_and_field() {
    newsx()
        .args(["gazetteer", "check", &format!("{FIX}/broken.toml")])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "broken.toml:2:6: entry 'Not A Slug': field 'id'",
        ))
        .stderr(predicate::str::contains("unknown role 'no-such-role'"))
        .stderr(predicate::str::contains("field 'roles.from'"))
        .stderr(predicate::str::contains(":12:8:").and(predicate::str::contains("name is empty")));
    newsx()
        .args(["gazetteer", "check", &format!("{FIX}/people.toml")])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok (2 entries)"));
}

#[test]
fn gazetteer_check_accepts_the_documented_example() {
    newsx()
        .args(["gazetteer", "check", "docs/gazetteer-example.toml"])
        .assert()
        .success();
}

#[test]
fn gazetteer_list_prints_what_is_loaded() {
    let out = newsx()
        .args([
            "gazetteer",
            "list",
            "--format",
            "json",
            "--gazetteer",
            &format!("{FIX}/people.toml"),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = v["entries"].as_array().unwrap();
    assert!(entries.len() > 600);
    assert!(entries.iter().any(|e| e["id"] == "alexei-krivoroutchko"));
    assert!(
        v["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "kp-leader")
    );
    newsx()
        .args(["gazetteer", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kim-jong-un").and(predicate::str::contains("entries (")));
}

mod no_panic {
    use newsx::entities::{EntityMatcher, extract_at};
    use newsx::gazetteer::Gazetteer;
    use newsx::model::DateInterval;
    use newsx::text::normalize;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn matcher() -> &'static EntityMatcher {
        static M: OnceLock<EntityMatcher> = OnceLock::new();
        M.get_or_init(|| EntityMatcher::new(Gazetteer::builtin().unwrap()))
    }

    /// Inputs proptest once found: a rule looked one token past the end.
    #[test]
    fn found_inputs_never_panic() {
        for joined in ["{Àa,{Àa,", "{Àa,", "Àa,"] {
            let text = normalize(joined);
            let date = DateInterval::parse_iso("2023-09-12");
            let _ = extract_at(&text, date, matcher());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}", t in "(M\\. |Mme |le ministre |PHOTO |Kim |Poutine|, |/|é|œ|-|'| ){0,30}") {
            let joined = format!("{s}{t}{s}");
            let text = normalize(&joined);
            let date = DateInterval::parse_iso("2023-09-12");
            for m in extract_at(&text, date, matcher()) {
                prop_assert!(text.normalized.is_char_boundary(m.span.start));
                prop_assert!(text.normalized.is_char_boundary(m.span.end));
                prop_assert!(m.span.start <= m.span.end && m.span.end <= text.normalized.len());
            }
        }
    }
}

#[test]
fn gazetteer_check_refuses_stop_words_and_short_aliases_unless_marked() {
    let file = "tests/fixtures/entities-open/short-aliases.toml";
    newsx()
        .args(["gazetteer", "check", file])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "short-aliases.toml:5:12: entry 'le-havre': field 'aliases': alias 'Le'",
        ))
        .stderr(predicate::str::contains(
            "entry 'dupont-de-nemours': field 'aliases': alias 'de'",
        ))
        .stderr(predicate::str::contains(
            "alias 'DN' is shorter than 3 letters",
        ))
        .stderr(predicate::str::contains("'Havre'").not())
        .stderr(predicate::str::contains("union-des-nations").not());
}

/// Ordinary French news: départements (`le Nord`, `la Manche` are found
/// because other départements are named), a région, a company, a byline.
#[test]
fn weather_page_finds_departements_and_the_author() {
    let found = entities(&["tests/fixtures/entities-open/weather.txt"]);
    assert_has_all(
        &found,
        &[
            ("place", "Gironde"),
            ("place", "Landes"),
            ("place", "Charente-Maritime"),
            ("place", "Nord"),
            ("place", "Manche"),
            ("place", "Nouvelle-Aquitaine"),
            ("organization", "SNCF"),
            ("person", "Julie Fontanel"),
        ],
    );
}

/// A Korean desk: a reporter named Kim is an author (not Kim Jong-un),
/// descriptions find their organisation in the plural and with the country
/// named, `le Nord` needs French départements to be one, and no `France`
/// inside `Radio France`.
#[test]
fn korea_desk_page_reads_descriptions_shapes_and_boundaries() {
    let file = "tests/fixtures/entities-open/korea-desk.txt";
    let found = entities(&[file]);
    assert_has_all(
        &found,
        &[
            ("person", "Kim Ha-neul"),
            ("person", "Shin Won-sik"),
            ("person", "Kim Jong-un"),
            ("person", "Ri Song-chol"),
            ("person", "Matveï Safonov"),
            ("organization", "NIS"),
            ("organization", "Conseil de sécurité de Russie"),
            ("organization", "Radio France"),
        ],
    );
    assert_has_none(
        &found,
        &[
            ("place", "Nord"),
            ("place", "France"),
            ("organization", "Conseil de sécurité"),
        ],
    );
}

/// `au Kremlin` is the building, `le Kremlin a déclaré` the presidency: the
/// JSON lists the entity under each type of its mentions.
#[test]
fn one_entity_is_listed_under_each_type_of_its_mentions() {
    let found = entities(&[&format!("{FIX}/seat-metonymy.txt")]);
    assert!(has(&found, "place", "Kremlin"), "{found:?}");
    assert!(has(&found, "organization", "Kremlin"), "{found:?}");
    assert!(has(&found, "person", "Vladimir Poutine"), "{found:?}");
}
