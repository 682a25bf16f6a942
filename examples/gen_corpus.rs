//! A deterministic generator of French news-like corpora for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --size 200MB --out /tmp/big [--seed N] [--jsonl]
//! ```
//!
//! Articles (2–6 KB) recombine the sentences of `corpus/*.txt` and the
//! templates of `tests/fixtures/gen/sentences.txt`, with names and places
//! drawn from `data/gazetteer/*.toml` (parsed, so the corpus grows with the
//! gazetteer), dates shifted consistently per article and numbers varied.
//! Files go to subfolders of at most 1000 (`0000/g0000000.txt`), each with
//! its `metadata.csv` (publication date, title); `--jsonl` also writes
//! `corpus.jsonl` (`id`, `text`, `published`, `title`, one article a line).
//! Same seed, same bytes: a splitmix64 generator, no other randomness.
//!
//! `--story-share F` (default 0.05) makes an archive mix: a share F of the
//! articles are the story-dense ones above, the others ordinary news
//! (sports, weather, domestic politics, economy, culture) from the templates
//! of `tests/fixtures/gen/offtopic.txt`, with French names, French cities of
//! the gazetteer and dates. `--copy-share C` (default 0.1) makes a share C
//! of the articles perturbed copies of a recent one (a wire story taken up
//! by another outlet: another title, a sentence dropped, numbers changed,
//! published the same day or the next). With `--story-share 1 --copy-share
//! 0` the corpus is the story-dense one of earlier versions, byte for byte
//! (the mix draws from a second generator).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, Duration, NaiveDate};
use regex::{Captures, Regex};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const FILES_PER_DIR: usize = 1000;

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const REL: [&str; 8] = [
    "hier",
    "aujourd'hui",
    "demain",
    "avant-hier",
    "mardi",
    "jeudi",
    "hier soir",
    "ce matin",
];

/// splitmix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Place,
    Org,
}

/// A gazetteer entry: its display name and aliases.
struct Entity {
    kind: Kind,
    forms: Vec<String>,
    /// A French city or commune (off-topic articles take their places here).
    french_city: bool,
}

fn gazetteer() -> Result<Vec<Entity>, String> {
    // the gazetteer as newsx itself loads it (built-in data files)
    let g = newsx::gazetteer::Gazetteer::builtin().map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for e in g.entries.values() {
        let kind = match e.entity_type {
            newsx::model::EntityType::Person => Kind::Person,
            newsx::model::EntityType::Place => Kind::Place,
            newsx::model::EntityType::Organization => Kind::Org,
        };
        let mut forms = vec![e.name.clone()];
        forms.extend(e.aliases.iter().cloned());
        let french_city = kind == Kind::Place
            && e.country.as_deref() == Some("FR")
            && e.category.as_deref() == Some("city")
            && !e.needs_context;
        out.push(Entity {
            kind,
            forms,
            french_city,
        });
    }
    Ok(out)
}

/// A sentence of the seed corpus and the publication date of its article.
struct Seed {
    text: String,
    published: NaiveDate,
}

fn seeds() -> Result<Vec<Seed>, String> {
    let dir = Path::new(ROOT).join("corpus");
    let meta = fs::read_to_string(dir.join("metadata.csv")).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for line in meta.lines().skip(1) {
        let mut cells = line.split(',');
        let (Some(file), Some(published)) = (cells.next(), cells.next()) else {
            continue;
        };
        let day = published.split('/').next().unwrap_or("");
        let Ok(published) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
            continue;
        };
        let Ok(text) = fs::read_to_string(dir.join(file)) else {
            continue;
        };
        for line in text.lines() {
            for s in split_sentences(line) {
                // header furniture (weather, city, date lines) is short
                if s.chars().count() >= 40 {
                    out.push(Seed {
                        text: s.to_string(),
                        published,
                    });
                }
            }
        }
    }
    Ok(out)
}

fn split_sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '!' | '?')
            && bytes.get(end) == Some(&b' ')
            && line[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            out.push(line[start..end].trim());
            start = end;
        }
    }
    let rest = line[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

fn templates() -> Result<(Vec<String>, Vec<String>), String> {
    let path = Path::new(ROOT).join("tests/fixtures/gen/sentences.txt");
    let body = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut titles = Vec::new();
    let mut sentences = Vec::new();
    for line in body.lines().map(str::trim) {
        if let Some(title) = line.strip_prefix("## ") {
            titles.push(title.to_string());
        } else if !line.is_empty() && !line.starts_with('#') {
            sentences.push(line.to_string());
        }
    }
    Ok((titles, sentences))
}

/// The off-topic material: themes of titles and sentences, French first
/// names and surnames.
struct OffTopic {
    themes: Vec<(Vec<String>, Vec<String>)>,
    first_names: Vec<String>,
    surnames: Vec<String>,
}

fn off_topic_templates() -> Result<OffTopic, String> {
    let path = Path::new(ROOT).join("tests/fixtures/gen/offtopic.txt");
    let body = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = OffTopic {
        themes: Vec::new(),
        first_names: Vec::new(),
        surnames: Vec::new(),
    };
    for line in body.lines().map(str::trim) {
        let words = |rest: &str| rest.split_whitespace().map(str::to_string).collect();
        if let Some(rest) = line.strip_prefix("first-names:") {
            out.first_names = words(rest);
        } else if let Some(rest) = line.strip_prefix("surnames:") {
            out.surnames = words(rest);
        } else if line.starts_with('[') && line.ends_with(']') {
            out.themes.push((Vec::new(), Vec::new()));
        } else if let Some(title) = line.strip_prefix("## ") {
            if let Some(theme) = out.themes.last_mut() {
                theme.0.push(title.to_string());
            }
        } else if !line.is_empty() && !line.starts_with('#') {
            if let Some(theme) = out.themes.last_mut() {
                theme.1.push(line.to_string());
            }
        }
    }
    let complete = out
        .themes
        .iter()
        .all(|(t, s)| !t.is_empty() && !s.is_empty());
    if out.themes.is_empty() || !complete || out.first_names.is_empty() || out.surnames.is_empty() {
        return Err(format!(
            "{}: needs first-names, surnames and themes with titles and sentences",
            path.display()
        ));
    }
    Ok(out)
}

fn french_day(d: NaiveDate, year: bool) -> String {
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    let month = MONTHS[d.month0() as usize];
    if year {
        format!("{day} {month} {}", d.year())
    } else {
        format!("{day} {month}")
    }
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as u32 + 1)
}

/// Everything compiled once: material and patterns.
struct Generator {
    entities: Vec<Entity>,
    people: Vec<usize>,
    places: Vec<usize>,
    orgs: Vec<usize>,
    /// Every surface form of the gazetteer, to recast seed sentences.
    surfaces: AhoCorasick,
    surface_owner: Vec<usize>,
    dates: Regex,
    seeds: Vec<Seed>,
    titles: Vec<String>,
    templates: Vec<String>,
    off_topic: OffTopic,
    french_cities: Vec<usize>,
}

/// The cast of one article: which entity plays each gazetteer entity.
struct Cast {
    map: Vec<usize>,
    published: NaiveDate,
}

impl Generator {
    fn new() -> Result<Generator, String> {
        let entities = gazetteer()?;
        let of = |k: Kind| -> Vec<usize> {
            (0..entities.len())
                .filter(|&i| entities[i].kind == k)
                .collect()
        };
        let (people, places, orgs) = (of(Kind::Person), of(Kind::Place), of(Kind::Org));
        if people.is_empty() || places.is_empty() {
            return Err("the gazetteer needs people and places".into());
        }
        let mut forms = Vec::new();
        let mut surface_owner = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            for f in &e.forms {
                forms.push(f.clone());
                surface_owner.push(i);
            }
        }
        let surfaces = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&forms)
            .map_err(|e| e.to_string())?;
        let months = MONTHS.join("|");
        let dates = Regex::new(&format!(
            r"(?i)\b(?:(\d{{1,2}})(?:er)? ({months})(?: (\d{{4}}))?|({months}) (\d{{4}})|(\d+))\b"
        ))
        .map_err(|e| e.to_string())?;
        let (titles, templates) = templates()?;
        let french_cities: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].french_city)
            .collect();
        if french_cities.len() < 2 {
            return Err("the gazetteer needs French cities for off-topic articles".into());
        }
        Ok(Generator {
            off_topic: off_topic_templates()?,
            french_cities,
            entities,
            people,
            places,
            orgs,
            surfaces,
            surface_owner,
            dates,
            seeds: seeds()?,
            titles,
            templates,
        })
    }

    fn cast(&self, rng: &mut Rng, published: NaiveDate) -> Cast {
        let mut map: Vec<usize> = (0..self.entities.len()).collect();
        for group in [&self.people, &self.places, &self.orgs] {
            // a shuffle within each kind
            let mut ids = group.clone();
            for i in (1..ids.len()).rev() {
                ids.swap(i, rng.below(i + 1));
            }
            for (from, to) in group.iter().zip(ids) {
                map[*from] = to;
            }
        }
        Cast { map, published }
    }

    fn form(&self, rng: &mut Rng, entity: usize) -> String {
        let forms = &self.entities[entity].forms;
        // mostly the display name, sometimes an alias
        if rng.below(4) == 0 {
            rng.pick(forms).clone()
        } else {
            forms[0].clone()
        }
    }

    /// A seed sentence recast for an article: entities swapped, dates
    /// shifted by the article's distance to the seed's date, numbers varied.
    fn recast(&self, rng: &mut Rng, cast: &Cast, seed: &Seed) -> String {
        let mut named = String::with_capacity(seed.text.len() + 16);
        let mut last = 0;
        for m in self.surfaces.find_iter(&seed.text) {
            named.push_str(&seed.text[last..m.start()]);
            let owner = self.surface_owner[m.pattern().as_usize()];
            let entity = cast.map[owner];
            named.push_str(&self.form(rng, entity));
            last = m.end();
        }
        named.push_str(&seed.text[last..]);
        let shift = cast.published - seed.published;
        let years = (shift.num_days() as f64 / 365.25).round() as i32;
        let months = (shift.num_days() as f64 / 30.44).round() as i32;
        self.dates
            .replace_all(&named, |c: &Captures| {
                if let (Some(d), Some(m)) = (c.get(1), c.get(2)) {
                    let year = c
                        .get(3)
                        .and_then(|y| y.as_str().parse().ok())
                        .unwrap_or(seed.published.year());
                    let date = month_number(m.as_str())
                        .and_then(|m| NaiveDate::from_ymd_opt(year, m, d.as_str().parse().ok()?));
                    return match date {
                        Some(date) => french_day(date + shift, c.get(3).is_some()),
                        None => c[0].to_string(),
                    };
                }
                if let (Some(m), Some(y)) = (c.get(4), c.get(5)) {
                    let (Some(month), Ok(year)) =
                        (month_number(m.as_str()), y.as_str().parse::<i32>())
                    else {
                        return c[0].to_string();
                    };
                    let total = year * 12 + month as i32 - 1 + months;
                    return format!("{} {}", MONTHS[total.rem_euclid(12) as usize], total / 12);
                }
                let n = &c[6];
                match n.parse::<i32>() {
                    Ok(y) if n.len() == 4 && (1900..=2099).contains(&y) => (y + years).to_string(),
                    _ => {
                        let digits = n.len().min(6) as u32;
                        let low = if digits == 1 {
                            1
                        } else {
                            10usize.pow(digits - 1)
                        };
                        (low + rng.below(10usize.pow(digits) - low)).to_string()
                    }
                }
            })
            .into_owned()
    }

    /// A template filled for an article.
    fn fill(&self, rng: &mut Rng, cast: &Cast, template: &str) -> String {
        let p1 = *rng.pick(&self.people);
        let mut p2 = *rng.pick(&self.people);
        if p2 == p1 && self.people.len() > 1 {
            p2 = self.people
                [(self.people.iter().position(|&p| p == p1).unwrap_or(0) + 1) % self.people.len()];
        }
        let l1 = *rng.pick(&self.places);
        let mut l2 = *rng.pick(&self.places);
        if l2 == l1 && self.places.len() > 1 {
            l2 = self.places
                [(self.places.iter().position(|&p| p == l1).unwrap_or(0) + 1) % self.places.len()];
        }
        let org = if self.orgs.is_empty() {
            l1
        } else {
            *rng.pick(&self.orgs)
        };
        let date = cast.published + Duration::days(rng.below(60) as i64 - 40);
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let slot = &rest[open + 1..open + close];
            let value = match slot {
                "P1" => self.form(rng, p1),
                "P2" => self.form(rng, p2),
                "L1" => self.form(rng, l1),
                "L2" => self.form(rng, l2),
                "O" => self.form(rng, org),
                "DATE" => french_day(date, true),
                "DAY" => french_day(date, false),
                "MONTH" => format!("{} {}", MONTHS[date.month0() as usize], date.year()),
                "YEAR" => (cast.published.year() - 1 - rng.below(12) as i32).to_string(),
                "REL" => rng.pick(&REL).to_string(),
                "N" => (2 + rng.below(900)).to_string(),
                other => format!("{{{other}}}"),
            };
            out.push_str(&value);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// One article: title, publication date, text of 2–6 KB.
    fn article(&self, rng: &mut Rng) -> (String, NaiveDate, String) {
        let base = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
        let published = base + Duration::days(rng.below(12 * 365) as i64);
        let cast = self.cast(rng, published);
        let title_template = rng_pick_owned(rng, &self.titles);
        let title = self.fill(rng, &cast, title_template);
        let target = 2000 + rng.below(3600);
        let mut text = format!("{title}\n\n");
        while text.len() < target {
            let sentences = 2 + rng.below(4);
            let mut paragraph = Vec::with_capacity(sentences);
            for _ in 0..sentences {
                let s = if self.seeds.is_empty() || rng.below(2) == 0 {
                    let t = rng_pick_owned(rng, &self.templates);
                    self.fill(rng, &cast, t)
                } else {
                    let seed = rng.pick(&self.seeds);
                    self.recast(rng, &cast, seed)
                };
                paragraph.push(s);
            }
            text.push_str(&paragraph.join(" "));
            text.push_str("\n\n");
        }
        (title, published, text)
    }
}

impl Generator {
    /// One off-topic article of a theme: title, publication date, text of
    /// 1.5–5 KB, from the off-topic templates.
    fn off_topic_article(&self, rng: &mut Rng) -> (String, NaiveDate, String) {
        let base = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
        let published = base + Duration::days(rng.below(12 * 365) as i64);
        let (titles, sentences) = rng.pick(&self.off_topic.themes);
        let person = |rng: &mut Rng| {
            format!(
                "{} {}",
                rng.pick(&self.off_topic.first_names),
                rng.pick(&self.off_topic.surnames)
            )
        };
        let (p1, p2) = (person(rng), person(rng));
        let c1 = *rng.pick(&self.french_cities);
        let mut c2 = *rng.pick(&self.french_cities);
        if c2 == c1 {
            c2 = self.french_cities[(rng.below(self.french_cities.len() - 1)
                + 1
                + self
                    .french_cities
                    .iter()
                    .position(|&c| c == c1)
                    .unwrap_or(0))
                % self.french_cities.len()];
        }
        let (city, city2) = (
            self.entities[c1].forms[0].clone(),
            self.entities[c2].forms[0].clone(),
        );
        let fill = |rng: &mut Rng, template: &str| {
            let date = published + Duration::days(rng.below(40) as i64 - 10);
            let mut out = String::with_capacity(template.len() + 32);
            let mut rest = template;
            while let Some(open) = rest.find('{') {
                out.push_str(&rest[..open]);
                let Some(close) = rest[open..].find('}') else {
                    break;
                };
                let value = match &rest[open + 1..open + close] {
                    "PERSON" => p1.clone(),
                    "PERSON2" => p2.clone(),
                    "CITY" => city.clone(),
                    "CITY2" => city2.clone(),
                    "DATE" => french_day(date, true),
                    "DAY" => french_day(date, false),
                    "MONTH" => format!("{} {}", MONTHS[date.month0() as usize], date.year()),
                    "YEAR" => (published.year() - 1 - rng.below(12) as i32).to_string(),
                    "REL" => rng.pick(&REL).to_string(),
                    "N" => (2 + rng.below(900)).to_string(),
                    "N2" => (2 + rng.below(40)).to_string(),
                    other => format!("{{{other}}}"),
                };
                out.push_str(&value);
                rest = &rest[open + close + 1..];
            }
            out.push_str(rest);
            out
        };
        let title_template = rng_pick_owned(rng, titles);
        let title = fill(rng, title_template);
        let target = 1500 + rng.below(3500);
        let mut text = format!("{title}\n\n");
        while text.len() < target {
            let count = 2 + rng.below(4);
            let paragraph: Vec<String> = (0..count)
                .map(|_| {
                    let t = rng_pick_owned(rng, sentences);
                    fill(rng, t)
                })
                .collect();
            text.push_str(&paragraph.join(" "));
            text.push_str("\n\n");
        }
        (title, published, text)
    }
}

/// A perturbed copy of an article, as another outlet runs a wire story:
/// a title of its own, one sentence fewer, its numbers varied, published
/// the same day or the next.
fn perturbed_copy(
    rng: &mut Rng,
    (title, published, text): &(String, NaiveDate, String),
) -> (String, NaiveDate, String) {
    const PREFIXES: [&str; 4] = ["Dépêche : ", "Mise à jour : ", "En bref : ", "Actualité : "];
    let title = format!("{}{title}", rng.pick(&PREFIXES));
    let published = *published + Duration::days(rng.below(2) as i64);
    let mut paragraphs: Vec<String> = text
        .split("\n\n")
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    paragraphs[0] = title.clone();
    // drop one sentence of a paragraph after the title
    if paragraphs.len() > 1 {
        let i = 1 + rng.below(paragraphs.len() - 1);
        let sentences = split_sentences(&paragraphs[i]);
        if sentences.len() > 1 {
            let drop = rng.below(sentences.len());
            let kept: Vec<&str> = sentences
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != drop)
                .map(|(_, s)| *s)
                .collect();
            paragraphs[i] = kept.join(" ");
        }
    }
    let mut body = paragraphs.join("\n\n");
    body.push_str("\n\n");
    // vary a few numbers that are not years
    let mut out = String::with_capacity(body.len());
    let mut changed = 0;
    let mut digits = String::new();
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            let year = digits.len() == 4;
            if !year && changed < 3 && rng.below(4) == 0 {
                let n: u64 = digits.parse().unwrap_or(0);
                out.push_str(&(n + 1 + rng.below(9) as u64).to_string());
                changed += 1;
            } else {
                out.push_str(&digits);
            }
            digits.clear();
        }
        out.push(c);
    }
    out.push_str(&digits);
    (title, published, out)
}

fn rng_pick_owned<'a>(rng: &mut Rng, items: &'a [String]) -> &'a str {
    if items.is_empty() {
        ""
    } else {
        rng.pick(items).as_str()
    }
}

fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim().to_ascii_uppercase();
    let (num, unit) = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .map_or((t.as_str(), ""), |i| t.split_at(i));
    let n: f64 = num.parse().ok()?;
    let mult = match unit.trim() {
        "" | "B" => 1.0,
        "K" | "KB" => 1e3,
        "M" | "MB" => 1e6,
        "G" | "GB" => 1e9,
        _ => return None,
    };
    Some((n * mult) as u64)
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

struct Args {
    size: u64,
    out: PathBuf,
    seed: u64,
    jsonl: bool,
    story_share: f64,
    copy_share: f64,
}

fn share(value: Option<String>, flag: &str) -> Result<f64, String> {
    value
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|f| (0.0..=1.0).contains(f))
        .ok_or_else(|| format!("{flag} needs a number from 0 to 1"))
}

fn args() -> Result<Args, String> {
    let mut size = None;
    let mut out = None;
    let mut seed = 42;
    let mut jsonl = false;
    let mut story_share = 0.05;
    let mut copy_share = 0.1;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--size" => size = it.next().and_then(|s| parse_size(&s)),
            "--out" => out = it.next().map(PathBuf::from),
            "--seed" => {
                seed = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seed needs a number")?
            }
            "--jsonl" => jsonl = true,
            "--story-share" => story_share = share(it.next(), "--story-share")?,
            "--copy-share" => copy_share = share(it.next(), "--copy-share")?,
            "-h" | "--help" => {
                return Err(
                    "usage: gen_corpus --size 200MB --out DIR [--seed N] [--jsonl] \
                     [--story-share F (0.05)] [--copy-share F (0.1)]"
                        .into(),
                );
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        size: size.ok_or("--size SIZE (e.g. 20MB, 1GB) is required")?,
        out: out.ok_or("--out DIR is required")?,
        seed,
        jsonl,
        story_share,
        copy_share,
    })
}

fn run() -> Result<(), String> {
    let args = args()?;
    let generator = Generator::new()?;
    let mut rng = Rng(args.seed);
    // the mix draws apart, so that the story articles are those of `--story-share 1`
    let mut mix = Rng(args.seed ^ 0x6D69_7821_6172_6368);
    let per_million = |f: f64| (f * 1e6).round() as usize;
    let (story_share, copy_share) = (per_million(args.story_share), per_million(args.copy_share));
    let mut recent: std::collections::VecDeque<(String, NaiveDate, String)> = Default::default();
    let (mut stories, mut copies) = (0usize, 0usize);
    let io = |e: std::io::Error| e.to_string();
    fs::create_dir_all(&args.out).map_err(io)?;
    let mut jsonl = if args.jsonl {
        Some(BufWriter::new(
            fs::File::create(args.out.join("corpus.jsonl")).map_err(io)?,
        ))
    } else {
        None
    };
    let mut written = 0u64;
    let mut count = 0usize;
    let mut meta: Option<BufWriter<fs::File>> = None;
    while written < args.size {
        let dir = args.out.join(format!("{:04}", count / FILES_PER_DIR));
        if count % FILES_PER_DIR == 0 {
            if let Some(mut m) = meta.take() {
                m.flush().map_err(io)?;
            }
            fs::create_dir_all(&dir).map_err(io)?;
            let mut m = BufWriter::new(fs::File::create(dir.join("metadata.csv")).map_err(io)?);
            writeln!(m, "file,published,title,source,url").map_err(io)?;
            meta = Some(m);
        }
        let draw = |mix: &mut Rng, share: usize| share > 0 && mix.below(1_000_000) < share;
        let article = if !recent.is_empty() && draw(&mut mix, copy_share) {
            copies += 1;
            let original = &recent[mix.below(recent.len())];
            perturbed_copy(&mut mix, original)
        } else if story_share >= 1_000_000 || draw(&mut mix, story_share) {
            stories += 1;
            generator.article(&mut rng)
        } else {
            generator.off_topic_article(&mut mix)
        };
        if copy_share > 0 {
            if recent.len() == 64 {
                recent.pop_front();
            }
            recent.push_back(article.clone());
        }
        let (title, published, text) = article;
        let id = format!("g{count:07}");
        let name = format!("{id}.txt");
        fs::write(dir.join(&name), &text).map_err(io)?;
        if let Some(m) = meta.as_mut() {
            writeln!(m, "{name},{published},{},gen_corpus,", csv_cell(&title)).map_err(io)?;
        }
        if let Some(j) = jsonl.as_mut() {
            let line = serde_json::json!({
                "id": id,
                "text": text,
                "published": published.to_string(),
                "title": title,
            });
            writeln!(j, "{line}").map_err(io)?;
        }
        written += text.len() as u64;
        count += 1;
    }
    if let Some(mut m) = meta {
        m.flush().map_err(io)?;
    }
    if let Some(mut j) = jsonl {
        j.flush().map_err(io)?;
    }
    eprintln!(
        "gen_corpus: {count} articles ({stories} story, {copies} perturbed copies), {written} bytes of text in {} (seed {})",
        args.out.display(),
        args.seed
    );
    Ok(())
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
