//! Which path each document of a corpus takes through
//! [`newsx::pipeline::analyze_for_timeline`] with the built-in story, and
//! why (issue 18: what an off-topic document costs).
//!
//! ```text
//! cargo run --release --example scan_paths -- /tmp/newsx-mix-0.05-20MB [MAX_DOCS [YYYY-MM-DD]]
//! ```
//!
//! The third argument gives every document that publication day
//! (`--published`).
//!
//! Counts the documents the story scan keeps for the full analysis (it may
//! be about the story), the off-topic ones that still get it (no
//! publication date; a role description), and the off-topic ones that only
//! get their entities; then, for the role descriptions that sent an
//! off-topic document to the full analysis, the descriptions as written
//! with the roles they stand for, whether anyone in the gazetteer ever held
//! them and whether one of the story's actors did.

mod common;

use newsx::config::Config;
use newsx::corpus::LoadOptions;
use newsx::entities::matcher::Target;
use newsx::model::{DateInterval, DateSource, Published};
use newsx::text;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Default)]
struct Tally {
    docs: usize,
    about: usize,
    no_date: usize,
    no_date_roles: usize,
    roles: usize,
    /// Of `roles`, those whose role descriptions can name someone (their
    /// dates are read, [`newsx::entities::extract_undated_in`]).
    roles_dated: usize,
    skipped: usize,
    /// Role descriptions of the documents counted in `roles`: surface →
    /// documents.
    surfaces: BTreeMap<String, usize>,
}

fn main() {
    let (dir, max, rest) = common::args();
    // a publication day for every document (`--published`), as a third argument
    let published = rest.first().map(|day| {
        let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("YYYY-MM-DD");
        Published::from_interval(DateInterval::day(day), DateSource::CommandLine)
    });
    let load_options = LoadOptions {
        published,
        ..LoadOptions::default()
    };
    let config = Config::new(&[] as &[PathBuf], load_options).expect("config");
    let (Some(story), Some(scan)) = (&config.story, &config.story_scan) else {
        panic!("no story");
    };
    let docs = common::documents(dir, &config, max);
    let g = config.entities.gazetteer();
    // the roles anyone ever held, and those a story actor ever held
    let mut held: BTreeSet<&str> = BTreeSet::new();
    let mut held_by_actor: BTreeSet<&str> = BTreeSet::new();
    for e in g.entries.values() {
        for r in &e.roles {
            if let Some(role) = r.role.as_deref() {
                held.insert(role);
                if story.party_of(&e.id).is_some() {
                    held_by_actor.insert(role);
                }
            }
        }
    }
    let tallies: Vec<Tally> = docs
        .par_iter()
        .map(|doc| {
            let mut t = Tally {
                docs: 1,
                ..Tally::default()
            };
            let normalized = text::normalize(&doc.text);
            let s = normalized.normalized.as_str();
            let occurrences = config.entities.occurrences(s);
            let found = scan.scan_in(s, &occurrences);
            if scan.may_be_about(found) {
                t.about = 1;
            } else if doc.meta.published.is_none() {
                t.no_date = 1;
                t.no_date_roles = usize::from(found.roles);
            } else if found.roles {
                t.roles = 1;
                let published = doc.meta.published.as_ref().map(|p| p.interval());
                let (_, dated) = newsx::entities::extract_undated_in(
                    &normalized,
                    published,
                    &config.entities,
                    &occurrences,
                );
                t.roles_dated = usize::from(dated);
                let mut seen = BTreeSet::new();
                for hit in config.entities.find_in(s, &occurrences) {
                    let mut roles = Vec::new();
                    for c in &hit.candidates {
                        match &c.target {
                            Target::Role { role, generic } => {
                                let who = if held_by_actor.contains(role.as_str()) {
                                    "actor"
                                } else if held.contains(role.as_str()) {
                                    "other"
                                } else {
                                    "nobody"
                                };
                                let generic = if *generic { " generic" } else { "" };
                                roles.push(format!("{role}{generic} ({who})"));
                            }
                            Target::OwnRole { entry, .. } => {
                                let who = if story.party_of(entry).is_some() {
                                    "actor"
                                } else {
                                    "other"
                                };
                                roles.push(format!("own role of {entry} ({who})"));
                            }
                            _ => {}
                        }
                    }
                    if roles.is_empty() {
                        continue;
                    }
                    let surface = s[hit.span.start..hit.span.end].to_lowercase();
                    seen.insert(format!("{surface}: {}", roles.join(", ")));
                }
                for k in seen {
                    *t.surfaces.entry(k).or_default() += 1;
                }
            } else {
                t.skipped = 1;
            }
            t
        })
        .collect();
    let mut all = Tally::default();
    for t in tallies {
        all.docs += t.docs;
        all.about += t.about;
        all.no_date += t.no_date;
        all.no_date_roles += t.no_date_roles;
        all.roles += t.roles;
        all.roles_dated += t.roles_dated;
        all.skipped += t.skipped;
        for (k, n) in t.surfaces {
            *all.surfaces.entry(k).or_default() += n;
        }
    }
    println!("{} documents", all.docs);
    println!("  may be about the story (full analysis): {}", all.about);
    println!(
        "  off topic, no publication date (full analysis): {} ({} with a role description)",
        all.no_date, all.no_date_roles
    );
    println!(
        "  off topic, a role description (full analysis before stop 40): {}, of which {} can name someone (full analysis now)",
        all.roles, all.roles_dated
    );
    println!("  off topic, entities only: {}", all.skipped);
    let mut surfaces: Vec<(String, usize)> = all.surfaces.into_iter().collect();
    surfaces.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!(
        "role descriptions of those documents (documents; actor: a story actor held the role, other: someone else did, nobody: no one in the gazetteer):"
    );
    for (k, n) in surfaces {
        println!("  {n:6}  {k}");
    }
}
