//! The timeline score of `../shared/eval/score.py`, computed again so the
//! probe tests (tests/story2.rs, tests/story3.rs) need no Python: an event
//! matches a gold event when they share a source article and an actor
//! (participants, else places) and their dates overlap; full credit inside
//! the gold date, half when only overlapping; the best pairs first, each
//! event used once.

use chrono::NaiveDate;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// score.py's `key`: accents, case and punctuation do not count.
fn key(name: &str) -> String {
    newsx::entities::fold::fold_str(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

struct Names(BTreeMap<String, String>);

impl Names {
    fn new(gold: &Value) -> Names {
        let mut canon = BTreeMap::new();
        for (name, variants) in gold["aliases"].as_object().unwrap() {
            canon.insert(key(name), key(name));
            for v in variants.as_array().unwrap() {
                canon.insert(key(v.as_str().unwrap()), key(name));
            }
        }
        Names(canon)
    }

    fn of(&self, raw: &str) -> String {
        let k = key(raw);
        self.0.get(&k).cloned().unwrap_or(k)
    }

    /// Every canonical key of a gold list (strings) or a system list
    /// (objects with `name` and `id`).
    fn of_all(&self, values: &Value) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for v in values.as_array().into_iter().flatten() {
            match v {
                Value::String(s) => {
                    out.insert(self.of(s));
                }
                Value::Object(o) => {
                    for field in ["name", "id"] {
                        if let Some(s) = o.get(field).and_then(Value::as_str) {
                            out.insert(self.of(s));
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }
}

/// First or last day of an ISO date of any precision (`2019`, `2019-04`,
/// `2019-04-25`).
fn point(text: &str, end: bool) -> NaiveDate {
    let parts: Vec<u32> = text.split('-').map(|p| p.parse().unwrap()).collect();
    let year = parts[0] as i32;
    match parts[..] {
        [_] if end => NaiveDate::from_ymd_opt(year, 12, 31).unwrap(),
        [_] => NaiveDate::from_ymd_opt(year, 1, 1).unwrap(),
        [_, m] if end => NaiveDate::from_ymd_opt(year + i32::from(m == 12), m % 12 + 1, 1)
            .unwrap()
            .pred_opt()
            .unwrap(),
        [_, m] => NaiveDate::from_ymd_opt(year, m, 1).unwrap(),
        [_, m, d] => NaiveDate::from_ymd_opt(year, m, d).unwrap(),
        _ => panic!("bad date {text}"),
    }
}

fn gold_range(text: &str) -> (NaiveDate, NaiveDate) {
    let (a, b) = text.split_once('/').unwrap_or((text, text));
    (point(a, false), point(b, true))
}

fn system_range(event: &Value) -> Option<(NaiveDate, NaiveDate)> {
    let date = event.get("date").filter(|d| !d.is_null())?;
    let day = |f: &str| NaiveDate::parse_from_str(date[f].as_str().unwrap(), "%Y-%m-%d").unwrap();
    Some((day("start"), day("end")))
}

fn sources(event: &Value) -> BTreeSet<String> {
    event["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| match s {
            Value::String(d) => d.clone(),
            _ => s["document"].as_str().unwrap().to_string(),
        })
        .collect()
}

/// (F1, precision, recall) of a timeline report against the gold.
pub fn score(gold: &Value, report: &Value) -> (f64, f64, f64) {
    let names = Names::new(gold);
    let gold_events = gold["events"].as_array().unwrap();
    let dated: Vec<(usize, &Value, (NaiveDate, NaiveDate))> = report["events"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e, system_range(e)?)))
        .collect();
    let overlap = |g: &Value, s: &Value| {
        let gp = names.of_all(&g["participants"]);
        if !gp.is_empty() {
            return !gp.is_disjoint(&names.of_all(&s["participants"]));
        }
        let gl = names.of_all(&g["places"]);
        gl.is_empty() || !gl.is_disjoint(&names.of_all(&s["places"]))
    };
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold_events.iter().enumerate() {
        let (glo, ghi) = gold_range(g["date"].as_str().unwrap());
        let g_src = sources(g);
        for (si, s, (slo, shi)) in &dated {
            if g_src.is_disjoint(&sources(s)) || !overlap(g, s) {
                continue;
            }
            let credit = if *shi < glo || *slo > ghi {
                continue;
            } else if glo <= *slo && *shi <= ghi {
                1.0
            } else {
                0.5
            };
            let bonus = if s["type"] == g["type"] { 0.25 } else { 0.0 };
            candidates.push((credit + bonus, gi, *si));
        }
    }
    // stable: ties keep the gold's order, as Python's sort does
    candidates.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let (mut gold_hit, mut sys_hit) = (BTreeSet::new(), BTreeSet::new());
    for (_, gi, si) in candidates {
        if !gold_hit.contains(&gi) && !sys_hit.contains(&si) {
            gold_hit.insert(gi);
            sys_hit.insert(si);
        }
    }
    let required: Vec<usize> = (0..gold_events.len())
        .filter(|&i| gold_events[i]["required"].as_bool().unwrap_or(true))
        .collect();
    let hit = required.iter().filter(|i| gold_hit.contains(i)).count();
    let r = hit as f64 / required.len() as f64;
    let p = sys_hit.len() as f64 / dated.len().max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (f, p, r)
}

/// Run `newsx timeline DIR --format json -q` with `extra` flags and fail
/// unless its timeline F1 against `DIR/gold.json` reaches `floor`: the
/// check of every probe set (tests/story2.rs, tests/story3.rs).
pub fn check_timeline_f1(dir: &str, extra: &[&str], floor: f64) {
    let gold_path = super::root().join(dir).join("gold.json");
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
    let mut args = vec!["timeline", dir, "--format", "json", "-q"];
    args.extend_from_slice(extra);
    let report: Value = serde_json::from_str(&super::run(&args)).unwrap();
    let (f, p, r) = score(&gold, &report);
    assert!(
        f >= floor,
        "{dir} {extra:?}: timeline F1 {f:.3} (P {p:.3} R {r:.3}) under the floor {floor}"
    );
}
