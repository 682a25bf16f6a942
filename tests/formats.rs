//! Every output format of `newsx timeline` on corpus/, checked by parsing it
//! back; the filters; `schema`, `completions` and `man`; the jq recipes of
//! docs/json.md (when jq is installed).

mod common;

use common::{newsx, run};
use newsx::model::Report;
use serde_json::Value;
use std::collections::BTreeMap;

fn timeline(format: &str, extra: &[&str]) -> String {
    let mut args = vec!["timeline", "corpus/", "--format", format];
    args.extend_from_slice(extra);
    run(&args)
}

fn report(extra: &[&str]) -> Report {
    serde_json::from_str(&timeline("json", extra)).unwrap()
}

fn ids(r: &Report) -> Vec<String> {
    r.events.iter().map(|e| e.id.clone()).collect()
}

// ---------------------------------------------------------------- formats

#[test]
fn csv_has_a_header_and_one_row_per_event() {
    let full = report(&[]);
    let text = timeline("csv", &[]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, newsx::render::EVENT_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), full.events.len());
    for (row, e) in rows.iter().zip(&full.events) {
        assert_eq!(&row[0], e.id);
        assert_eq!(&row[6], e.title);
        assert_eq!(row[9].parse::<usize>().unwrap(), e.sources.len());
        assert_eq!(&row[13], e.sources[0].quote, "quotes survive the quoting");
        match e.date {
            Some(d) => assert_eq!(&row[1], d.start.to_string()),
            None => assert_eq!(&row[1], ""),
        }
    }
}

#[test]
fn entities_csv_has_one_row_per_entity() {
    let json: Vec<Value> =
        serde_json::from_str(&run(&["entities", "corpus/", "--format", "json"])).unwrap();
    let text = run(&["entities", "corpus/", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.records().count(), json.len());
}

#[test]
fn markdown_has_one_footnote_per_source() {
    let full = report(&[]);
    let md = timeline("markdown", &[]);
    let sources: usize = full.events.iter().map(|e| e.sources.len()).sum();
    let definitions = md.lines().filter(|l| l.starts_with("[^")).count();
    assert_eq!(definitions, sources);
    for n in 1..=sources {
        let label = format!("[^{n}]");
        assert!(md.contains(&format!("{label}:")), "definition {label}");
        assert_eq!(md.matches(&label).count(), 2, "{label} referenced once");
    }
    assert!(md.starts_with("# Chronologie"));
    assert!(md.contains("## 2023") && md.contains("## Sans date") && md.contains("## Articles"));
}

/// Counts of opening and closing tags, void elements aside.
fn tag_balance(html: &str) -> BTreeMap<String, i64> {
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    // the script has `<` in its code: leave it out
    let body = match html.split_once("<script>") {
        Some((before, after)) => format!("{before}{}", after.split_once("</script>").unwrap().1),
        None => html.to_string(),
    };
    let mut rest = body.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("every tag closes");
        let tag = &rest[..end];
        rest = &rest[end..];
        if tag.starts_with('!') {
            continue;
        }
        let (closing, name) = match tag.strip_prefix('/') {
            Some(n) => (true, n),
            None => (false, tag),
        };
        let name: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        if ["meta", "br", "input", "link", "img", "hr"].contains(&name.as_str()) {
            continue;
        }
        *counts.entry(name).or_default() += if closing { -1 } else { 1 };
    }
    counts
}

#[test]
fn html_is_one_balanced_self_contained_page_with_every_event() {
    let full = report(&[]);
    let page = timeline("html", &[]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    for (tag, n) in tag_balance(&page) {
        assert_eq!(n, 0, "<{tag}> opened and closed {n} more times");
    }
    for key in [
        "<html",
        "<head>",
        "<body>",
        "<main>",
        "<details>",
        "<summary>",
    ] {
        assert!(page.contains(key), "{key}");
    }
    assert_eq!(page.matches("<script>").count(), 1, "one inline script");
    for external in ["http://", "https://", "src=", "<link", "@import", "url("] {
        assert!(!page.contains(external), "external reference: {external}");
    }
    assert_eq!(page.matches("<li class=\"ev ").count(), full.events.len());
    for e in &full.events {
        let escaped = newsx::render::html_escape(&e.title);
        assert!(page.contains(&escaped), "title of {}", e.id);
        for s in &e.sources {
            assert!(page.contains(&newsx::render::html_escape(s.quote.trim())));
        }
    }
    assert!(
        page.contains("class=\"brk\""),
        "2000 → 2019 is a compressed gap"
    );
    assert!(
        page.contains("bar approx"),
        "month and year precision are hatched bars"
    );
    assert!(page.contains("@media print") && page.contains("@media (max-width"));
}

#[test]
fn html_escapes_article_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.txt"),
        "Visite <script>alert(1)</script>\n\n\
         Vladimir Poutine est arrivé mardi à Pyongyang <img src=x onerror=alert(2)> pour une visite.\n\n\
         Kim Jong-un a rencontré Vladimir Poutine mardi \"><script>alert(3)</script>.\n",
    )
    .unwrap();
    let out = newsx()
        .args([
            "timeline",
            dir.path().to_str().unwrap(),
            "--published",
            "2024-03-05",
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(!page.contains("<img"));
    assert_eq!(page.matches("<script>").count(), 1);
}

#[test]
fn timelinejs_has_one_slide_per_dated_event() {
    let full = report(&[]);
    let tl: Value = serde_json::from_str(&timeline("timelinejs", &[])).unwrap();
    assert!(tl["title"]["text"]["headline"].is_string());
    let events = tl["events"].as_array().unwrap();
    let dated: Vec<_> = full.events.iter().filter(|e| e.date.is_some()).collect();
    assert_eq!(events.len(), dated.len());
    for (slide, e) in events.iter().zip(dated) {
        let d = e.date.unwrap();
        assert_eq!(slide["unique_id"], e.id.as_str());
        assert_eq!(slide["text"]["headline"], e.title.as_str());
        assert_eq!(slide["group"], e.event_type.as_str());
        let start = &slide["start_date"];
        assert_eq!(
            start["year"].as_i64().unwrap(),
            i64::from(chrono::Datelike::year(&d.start))
        );
        let coarse = matches!(
            d.precision,
            newsx::model::Precision::Year | newsx::model::Precision::Decade
        );
        assert_eq!(start.get("month").is_none(), coarse, "{}", e.id);
        if d.precision != newsx::model::Precision::Day
            && d.precision != newsx::model::Precision::Week
        {
            assert!(start.get("day").is_none(), "{}", e.id);
        }
    }
}

#[test]
fn text_fits_in_80_columns() {
    let text = timeline("text", &[]);
    for line in text.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    let entities = run(&["entities", "corpus/"]);
    for line in entities.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
}

#[test]
fn formats_other_commands_cannot_write_are_refused_with_a_hint() {
    newsx()
        .args([
            "dates",
            "corpus/002_8cfff8f7d035ac9e.txt",
            "--format",
            "html",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--format html is not available for `newsx dates`",
        ));
    newsx()
        .args(["entities", "corpus/", "--format", "markdown"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("csv"));
}

#[test]
fn output_file_errors_name_the_file() {
    newsx()
        .args([
            "timeline",
            "corpus/",
            "--format",
            "csv",
            "-o",
            "/nonexistent-dir/x.csv",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("/nonexistent-dir/x.csv"))
        .stderr(predicates::str::contains("exists"));
}

// ---------------------------------------------------------------- filters

#[test]
fn type_filter_keeps_only_those_types() {
    let r = report(&["--type", "visit"]);
    assert!(!r.events.is_empty());
    assert!(r.events.iter().all(|e| e.event_type.as_str() == "visit"));
    let full = report(&[]);
    let expected = full
        .events
        .iter()
        .filter(|e| e.event_type.as_str() == "visit")
        .count();
    assert_eq!(r.events.len(), expected);
    let two = report(&["--type", "visit,meeting"]);
    assert!(two.events.len() > r.events.len());
    newsx()
        .args(["timeline", "corpus/", "--type", "party"])
        .assert()
        .code(2);
}

#[test]
fn entity_filter_is_alias_aware() {
    let r = report(&["--entity", "Putin"]);
    assert!(!r.events.is_empty());
    for e in &r.events {
        assert!(
            e.participants
                .iter()
                .chain(&e.places)
                .any(|p| p.id == "vladimir-poutine"),
            "{} without Poutine",
            e.id
        );
    }
    let full = report(&[]);
    let expected: Vec<String> = full
        .events
        .iter()
        .filter(|e| e.participants.iter().any(|p| p.id == "vladimir-poutine"))
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(ids(&r), expected);
    assert_eq!(ids(&report(&["--entity", "vladimir POUTINE"])), expected);
    // a place, accents ignored
    let r = report(&["--entity", "coree du nord"]);
    assert!(!r.events.is_empty());
    assert!(
        r.events
            .iter()
            .all(|e| e.places.iter().any(|p| p.id == "coree-du-nord"))
    );
    // an unknown name: a warning, no events
    let out = newsx()
        .args([
            "timeline", "corpus/", "--entity", "Zorglub", "--format", "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--entity 'Zorglub' matches no known"));
    let r: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert!(r.events.is_empty());
}

#[test]
fn date_filters_overlap_and_drop_undated_events() {
    let from = "2024-01-01".parse::<chrono::NaiveDate>().unwrap();
    let r = report(&["--from", "2024-01-01"]);
    assert!(!r.events.is_empty());
    assert!(
        r.events
            .iter()
            .all(|e| e.date.is_some_and(|d| d.end >= from))
    );
    let to = "2019-12-31".parse::<chrono::NaiveDate>().unwrap();
    let r = report(&["--to", "2019"]);
    assert!(!r.events.is_empty());
    assert!(
        r.events
            .iter()
            .all(|e| e.date.is_some_and(|d| d.start <= to))
    );
    // overlap: an event of the month 2023-09 is inside --from 2023-09-15
    let r = report(&["--from", "2023-09-15", "--to", "2023-09-20"]);
    let full = report(&[]);
    let expected: Vec<String> = full
        .events
        .iter()
        .filter(|e| {
            e.date.is_some_and(|d| {
                d.end >= "2023-09-15".parse().unwrap() && d.start <= "2023-09-20".parse().unwrap()
            })
        })
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(ids(&r), expected);
    newsx()
        .args(["timeline", "corpus/", "--from", "hier"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("YYYY-MM-DD"));
}

#[test]
fn status_and_min_sources_filters() {
    let full = report(&[]);
    let r = report(&["--min-sources", "2"]);
    let expected = full
        .events
        .iter()
        .filter(|e| e.independent_sources >= 2)
        .count();
    assert_eq!(r.events.len(), expected);
    assert!(r.events.len() < full.events.len());
    let r = report(&["--status", "occurred"]);
    assert!(r.events.iter().all(|e| e.status.as_str() == "occurred"));
    // filters apply to every format
    let csv_rows = csv::Reader::from_reader(timeline("csv", &["--min-sources", "2"]).as_bytes())
        .records()
        .count();
    assert_eq!(csv_rows, expected);
}

#[test]
fn entities_follow_the_filters() {
    let all: Vec<Value> =
        serde_json::from_str(&run(&["entities", "corpus/", "--format", "json"])).unwrap();
    let one: Vec<Value> = serde_json::from_str(&run(&[
        "entities", "corpus/", "--entity", "Putin", "--format", "json",
    ]))
    .unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["id"], "vladimir-poutine");
    let visits: Vec<Value> = serde_json::from_str(&run(&[
        "entities", "corpus/", "--type", "visit", "--format", "json",
    ]))
    .unwrap();
    assert!(!visits.is_empty() && visits.len() <= all.len());
}

// ---------------------------------------------------------------- schema, completions, man

/// A small structural validator: `$ref`, `type`, `required`, `properties`,
/// `items`, `enum`, `anyOf`/`oneOf` — enough to catch a contract drift.
fn validate(value: &Value, schema: &Value, root: &Value, path: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return validate(value, &root["$defs"][name], root, path);
    }
    if let Some(options) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        if options
            .iter()
            .any(|o| validate(value, o, root, path).is_ok())
        {
            return Ok(());
        }
        return Err(format!("{path}: matches none of anyOf/oneOf"));
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(value)
    {
        return Err(format!("{path}: {value} not in {values:?}"));
    }
    if let Some(c) = schema.get("const")
        && c != value
    {
        return Err(format!("{path}: {value} is not {c}"));
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ => true,
        });
        if !ok {
            return Err(format!("{path}: {value} is not {types:?}"));
        }
    }
    if let Some(obj) = value.as_object() {
        for req in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let req = req.as_str().unwrap();
            if !obj.contains_key(req) {
                return Err(format!("{path}: missing required {req}"));
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in obj {
                match props.get(k) {
                    Some(s) => validate(v, s, root, &format!("{path}.{k}"))?,
                    None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                        return Err(format!("{path}: unexpected {k}"));
                    }
                    None => {}
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            validate(v, items, root, &format!("{path}[{i}]"))?;
        }
    }
    Ok(())
}

#[test]
fn schema_is_json_and_the_corpus_output_validates_against_it() {
    let schema: Value = serde_json::from_str(&run(&["schema"])).unwrap();
    assert_eq!(schema["title"], "Report");
    for key in [
        "Event",
        "DateInterval",
        "Precision",
        "EntitySummary",
        "DocumentRecord",
        "Source",
    ] {
        assert!(schema["$defs"].get(key).is_some(), "$defs.{key}");
    }
    let output: Value = serde_json::from_str(&timeline("json", &[])).unwrap();
    validate(&output, &schema, &schema, "$").unwrap();
    // and a broken document does not
    let mut broken = output.clone();
    broken["events"][0]["date"]["precision"] = Value::from("fortnight");
    assert!(validate(&broken, &schema, &schema, "$").is_err());
    let mut broken = output;
    broken["events"][0]
        .as_object_mut()
        .unwrap()
        .remove("sources");
    assert!(validate(&broken, &schema, &schema, "$").is_err());

    let schema: Value = serde_json::from_str(&run(&["schema", "entities"])).unwrap();
    let entities: Value =
        serde_json::from_str(&run(&["entities", "corpus/", "--format", "json"])).unwrap();
    validate(&entities, &schema, &schema, "$").unwrap();
}

#[test]
fn completions_and_man_page() {
    let bash = run(&["completions", "bash"]);
    assert!(bash.contains("timeline") && bash.contains("--format"));
    for shell in ["zsh", "fish"] {
        assert!(run(&["completions", shell]).contains("timeline"), "{shell}");
    }
    let man = run(&["man"]);
    assert!(man.contains(".TH") && man.contains("newsx") && man.contains("timeline"));
}

#[test]
fn help_has_examples_on_the_new_subcommands() {
    for sub in ["schema", "completions", "man"] {
        newsx()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicates::str::contains("Example"));
    }
    newsx()
        .args(["timeline", "--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains("--entity"))
        .stdout(predicates::str::contains("timelinejs"));
}

// ---------------------------------------------------------------- docs

/// The jq recipes of docs/json.md: every line starting `newsx ` in a
/// ```sh block runs, succeeds and prints something.
#[test]
fn jq_recipes_in_docs_run() {
    if std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: jq is not installed");
        return;
    }
    let doc = std::fs::read_to_string("docs/json.md").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("newsx");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut in_sh = false;
    let mut ran = 0;
    for line in doc.lines() {
        if line.starts_with("```") {
            in_sh = line.trim() == "```sh";
            continue;
        }
        if !in_sh || !line.starts_with("newsx ") {
            continue;
        }
        let out = std::process::Command::new("bash")
            .args(["-c", &format!("set -o pipefail; {line}")])
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{line}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "no output: {line}");
        ran += 1;
    }
    assert!(ran >= 5, "only {ran} recipes found");
}
