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
        out.push(Entity { kind, forms });
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
        Ok(Generator {
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
}

fn args() -> Result<Args, String> {
    let mut size = None;
    let mut out = None;
    let mut seed = 42;
    let mut jsonl = false;
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
            "-h" | "--help" => {
                return Err("usage: gen_corpus --size 200MB --out DIR [--seed N] [--jsonl]".into());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        size: size.ok_or("--size SIZE (e.g. 20MB, 1GB) is required")?,
        out: out.ok_or("--out DIR is required")?,
        seed,
        jsonl,
    })
}

fn run() -> Result<(), String> {
    let args = args()?;
    let generator = Generator::new()?;
    let mut rng = Rng(args.seed);
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
        let (title, published, text) = generator.article(&mut rng);
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
        "gen_corpus: {count} articles, {written} bytes of text in {} (seed {})",
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
