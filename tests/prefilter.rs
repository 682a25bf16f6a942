//! The story scan (`newsx::story::prefilter`) skips only documents the full
//! analysis also finds off topic, and a skipped document keeps what the
//! timeline report shows of it (issue 18, item 2).
//!
//! Over every text of the repository (corpus/, tests/fixtures/**), the dev
//! corpus when it is there, and documents made here from the generator's
//! templates (tests/fixtures/gen/) with every name of the gazetteer in turn:
//! the full analysis ([`pipeline::analyze`]) and the timeline's
//! ([`pipeline::analyze_for_timeline`]) give the same record, entities and
//! events, and a document the full analysis keeps is one the scan keeps.

use chrono::NaiveDate;
use newsx::config::Config;
use newsx::corpus::{Document, LoadOptions, Loaded, Metadata, load};
use newsx::model::{DateInterval, DateSource, DocStatus, Published};
use newsx::{pipeline, text};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Config {
    Config::new(&[] as &[PathBuf], LoadOptions::default()).expect("config")
}

fn documents_of(dirs: &[PathBuf], config: &Config) -> Vec<Document> {
    load(dirs, &config.load)
        .into_iter()
        .filter_map(|l| match l {
            Loaded::Document(d) => Some(d),
            Loaded::Skipped(_) => None,
        })
        .collect()
}

/// Templates of a fixture file (sentences; titles and list lines aside).
fn templates(file: &str) -> Vec<String> {
    let body = std::fs::read_to_string(root().join("tests/fixtures/gen").join(file)).unwrap();
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
        .filter(|l| !l.contains(": ") || l.contains('{'))
        .map(|l| l.trim_start_matches("## ").to_string())
        .collect()
}

/// Documents from the templates, their name slots filled with every name
/// and alias of the gazetteer in turn (so each party's actors, the roles'
/// holders and the rest all meet the scan), half of them with a
/// publication date and half without.
fn generated(config: &Config) -> Vec<Document> {
    let g = config.entities.gazetteer();
    let mut names: Vec<String> = Vec::new();
    for e in g.entries.values() {
        names.push(e.name.clone());
        names.extend(e.aliases.iter().cloned());
        names.extend(e.short_aliases.iter().cloned());
        names.extend(e.descriptions.iter().cloned());
        for r in &e.roles {
            names.extend(r.patterns.iter().cloned());
        }
    }
    for def in g.roles.values() {
        names.extend(def.patterns.iter().cloned());
        names.extend(def.generic_patterns.iter().cloned());
    }
    let mut sentences = templates("offtopic.txt");
    sentences.extend(templates("sentences.txt"));
    let slots = [
        "{PERSON}",
        "{PERSON2}",
        "{CITY}",
        "{CITY2}",
        "{P1}",
        "{P2}",
        "{L1}",
        "{L2}",
        "{O}",
    ];
    let mut next = names.iter().cycle();
    let mut out = Vec::new();
    let per_doc = 6;
    let docs = names.len().div_ceil(per_doc * 2) + 1;
    for k in 0..docs {
        let mut text = String::new();
        for s in 0..per_doc {
            let mut sentence = sentences[(k * per_doc + s) % sentences.len()].clone();
            for slot in slots {
                while sentence.contains(slot) {
                    let name = next.next().map_or("Paris", String::as_str);
                    sentence = sentence.replacen(slot, name, 1);
                }
            }
            for (slot, value) in [
                // far from the publication day: a role has another holder then
                ("{DATE}", "12 mars 2010"),
                ("{DAY}", "3 avril"),
                ("{MONTH}", "juin 2020"),
                ("{YEAR}", "2019"),
                ("{REL}", "hier"),
                ("{N}", "37"),
                ("{N2}", "4"),
            ] {
                sentence = sentence.replace(slot, value);
            }
            text.push_str(&sentence);
            text.push_str(if s % 3 == 2 { "\n\n" } else { " " });
        }
        let published = (k % 2 == 0).then(|| {
            let day = NaiveDate::from_ymd_opt(2021, 3, 14).unwrap();
            Published::from_interval(DateInterval::day(day), DateSource::Metadata)
        });
        out.push(Document {
            id: format!("gen{k:05}"),
            path: format!("gen/{k:05}.txt"),
            text,
            encoding: "UTF-8".into(),
            meta: Metadata {
                published,
                ..Metadata::default()
            },
        });
    }
    out
}

#[test]
fn the_scan_skips_only_what_the_full_analysis_finds_off_topic() {
    let config = config();
    let scan = config
        .story_scan
        .as_ref()
        .expect("the built-in story has a scan");
    let mut dirs = vec![root().join("corpus"), root().join("tests/fixtures")];
    let dev = Path::new("/work/shared/eval/dev");
    if dev.is_dir() {
        dirs.push(dev.to_path_buf());
    }
    let mut docs = documents_of(&dirs, &config);
    let from_files = docs.len();
    docs.extend(generated(&config));
    assert!(from_files > 20, "{from_files} documents read");
    let (mut kept, mut skipped, mut off_topic) = (0, 0, 0);
    for doc in &docs {
        let full = pipeline::analyze(doc, &config).extract;
        let fast = pipeline::analyze_for_timeline(doc, &config);
        let found = scan.scan(&text::normalize(&doc.text).normalized);
        if full.document.status == DocStatus::Ok {
            assert!(
                scan.may_be_about(found),
                "{}: the full analysis keeps it, the scan skips it ({found:?})",
                doc.path
            );
            kept += 1;
        } else {
            off_topic += 1;
        }
        if !scan.may_be_about(found) {
            skipped += 1;
        }
        assert_eq!(
            json(&full.document),
            json(&fast.document),
            "{}: record",
            doc.path
        );
        assert_eq!(
            json(&full.entities),
            json(&fast.entities),
            "{}: entities",
            doc.path
        );
        assert_eq!(
            json(&full.events),
            json(&fast.events),
            "{}: events",
            doc.path
        );
    }
    eprintln!(
        "{} documents: kept {kept}, off topic {off_topic}, skipped by the scan {skipped}",
        docs.len()
    );
    // the check means something only if both kinds are there
    assert!(
        kept > 10 && off_topic > 10,
        "kept {kept}, off topic {off_topic}"
    );
    assert!(
        skipped > 10,
        "the scan skipped {skipped} of {off_topic} off-topic documents"
    );
}

/// JSON of a model value, for comparisons.
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("model types serialize")
}

/// Off-topic documents with a role description read their dates only when
/// a description can name someone (issue 18: what an off-topic document
/// costs). Every role description of the gazetteer (a role's own and
/// generic patterns, a person's own role patterns), written in sentences
/// of ordinary news: dated far from the publication day (another holder
/// then), with and without the role's country in the sentence (a generic
/// description needs it), after a word that makes it someone else
/// (`l'ancien`), and undated. The timeline's analysis gives what the full
/// analysis gives, field for field, and both paths are taken many times.
#[test]
fn a_role_description_that_can_name_no_one_needs_no_dates() {
    let config = config();
    let scan = config.story_scan.as_ref().expect("a scan");
    let g = config.entities.gazetteer();
    let country_name = |code: &str| {
        g.entries
            .values()
            .find(|e| {
                e.category.as_deref() == Some("country") && e.country.as_deref() == Some(code)
            })
            .map(|e| e.name.clone())
    };
    // (description, its country's name when it has one)
    let mut descriptions: Vec<(String, Option<String>)> = Vec::new();
    for def in g.roles.values() {
        let country = def.country.as_deref().and_then(country_name);
        for p in def.patterns.iter().chain(&def.generic_patterns) {
            descriptions.push((p.clone(), country.clone()));
        }
    }
    for e in g.entries.values() {
        for r in &e.roles {
            for p in &r.patterns {
                descriptions.push((p.clone(), e.country.as_deref().and_then(country_name)));
            }
        }
    }
    descriptions.sort();
    descriptions.dedup();
    assert!(descriptions.len() > 100, "{}", descriptions.len());
    let published = Published::from_interval(
        DateInterval::day(NaiveDate::from_ymd_opt(2021, 3, 14).unwrap()),
        DateSource::Metadata,
    );
    let mut docs = Vec::new();
    for (k, (description, country)) in descriptions.iter().enumerate() {
        let mut texts = vec![
            format!("Le 12 mars 2010, le {description} a reçu les élus de la région à Lyon."),
            format!("L'ancien {description} a inauguré le 3 avril 2016 une école à Nantes."),
            format!("Le {description} a visité la foire agricole de Rennes."),
        ];
        if let Some(country) = country {
            texts.push(format!(
                "En juin 2005, le {description} a reçu à Lyon des élus venus de {country}."
            ));
        }
        for (n, text) in texts.into_iter().enumerate() {
            docs.push(Document {
                id: format!("role{k:04}-{n}"),
                path: format!("role/{k:04}-{n}.txt"),
                text,
                encoding: "UTF-8".into(),
                meta: Metadata {
                    published: Some(published.clone()),
                    ..Metadata::default()
                },
            });
        }
    }
    let (mut undated, mut dated) = (0, 0);
    for doc in &docs {
        let full = pipeline::analyze(doc, &config).extract;
        let fast = pipeline::analyze_for_timeline(doc, &config);
        assert_eq!(json(&full.document), json(&fast.document), "{}", doc.text);
        assert_eq!(json(&full.entities), json(&fast.entities), "{}", doc.text);
        assert_eq!(json(&full.events), json(&fast.events), "{}", doc.text);
        let normalized = text::normalize(&doc.text);
        let occurrences = config.entities.occurrences(&normalized.normalized);
        let found = scan.scan_in(&normalized.normalized, &occurrences);
        if scan.may_be_about(found) || !found.roles {
            continue;
        }
        let (_, dates_matter) = newsx::entities::extract_undated_in(
            &normalized,
            Some(published.interval()),
            &config.entities,
            &occurrences,
        );
        if dates_matter {
            dated += 1;
        } else {
            undated += 1;
        }
    }
    eprintln!(
        "{} documents; off topic with a role description: {undated} without their dates, {dated} with",
        docs.len()
    );
    // both paths, many times
    assert!(undated > 50 && dated > 50, "{undated} {dated}");
}
