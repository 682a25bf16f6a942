//! Throughput of each stage (MB/s of article text), on generated-like input:
//! the seed articles of corpus/ concatenated as one document set.
//!
//! `cargo bench --bench stages` (short runs: the machine is shared).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsx::config::Config;
use newsx::corpus::{LoadOptions, load};
use newsx::model::{DateInterval, DocExtract};
use newsx::{entities, events, pipeline, temporal, text, timeline};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

fn config() -> Config {
    Config::new(&[] as &[PathBuf], LoadOptions::default()).expect("config")
}

/// The seed articles with their publication dates.
fn seeds(config: &Config) -> Vec<(String, Option<DateInterval>)> {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    load(&[corpus], &config.load)
        .into_iter()
        .filter_map(|l| match l {
            newsx::corpus::Loaded::Document(d) => {
                let p = d.meta.published.as_ref().map(|p| p.interval());
                Some((d.text, p))
            }
            newsx::corpus::Loaded::Skipped(_) => None,
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let config = config();
    let docs = seeds(&config);
    let bytes: u64 = docs.iter().map(|(t, _)| t.len() as u64).sum();
    let texts: Vec<text::Text> = docs.iter().map(|(t, _)| text::normalize(t)).collect();
    let mentions: Vec<_> = texts
        .iter()
        .map(|t| entities::extract(t, &config.entities))
        .collect();
    let timexes: Vec<_> = texts
        .iter()
        .zip(&docs)
        .map(|(t, (_, p))| temporal::extract(t, *p))
        .collect();

    let mut g = c.benchmark_group("stages");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .throughput(Throughput::Bytes(bytes));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            for (t, _) in &docs {
                black_box(text::normalize(t));
            }
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(entities::extract(t, &config.entities));
            }
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            for (t, (_, p)) in texts.iter().zip(&docs) {
                black_box(temporal::extract(t, *p));
            }
        })
    });
    g.bench_function("events", |b| {
        b.iter(|| {
            for (((t, m), x), (_, p)) in texts.iter().zip(&mentions).zip(&timexes).zip(&docs) {
                black_box(events::extract("d", t, m, x, *p, &config.events));
            }
        })
    });
    g.finish();

    // consolidation: the extracts of many copies of the seeds, dates shifted
    // per copy, so that clusters are many (throughput: text bytes behind them)
    let base: Vec<DocExtract> = newsx::corpus::load(
        &[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")],
        &config.load,
    )
    .iter()
    .filter_map(|l| match l {
        newsx::corpus::Loaded::Document(d) => Some(pipeline::analyze(d, &config).extract),
        newsx::corpus::Loaded::Skipped(_) => None,
    })
    .collect();
    let copies = 200;
    let mut extracts = Vec::new();
    for n in 0..copies {
        for x in &base {
            let mut x = x.clone();
            x.document.id = format!("{}-{n}", x.document.id);
            x.entities.clear();
            x.timexes.clear();
            for e in &mut x.events {
                e.document = x.document.id.as_str().into();
                if let Some(t) = e.time.as_mut() {
                    let shift = chrono::Duration::days((n % 97) as i64 * 3);
                    t.interval.start += shift;
                    t.interval.end += shift;
                }
            }
            extracts.push(x);
        }
    }
    let mut g = c.benchmark_group("consolidation");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1))
        .throughput(Throughput::Bytes(bytes * copies));
    g.bench_function("consolidate-1000-docs", |b| {
        b.iter(|| black_box(timeline::consolidate(extracts.clone(), "bench")))
    });
    g.finish();

    // a long line without punctuation through the whole per-document
    // pipeline: 1 MB by default, NEWSX_BENCH_LONG_MB=10 for the 10 MB case
    // (slow: minutes, see docs/performance.md)
    let mb: usize = std::env::var("NEWSX_BENCH_LONG_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let words =
        "Vladimir Poutine rencontre à Moscou le 12 septembre 2023 et Kim Jong-un arrivé hier ";
    let long = words.repeat(mb * 1_000_000 / words.len());
    let doc = newsx::corpus::Document {
        id: "long".into(),
        path: "long.txt".into(),
        text: long,
        encoding: "UTF-8".into(),
        meta: Default::default(),
    };
    let mut g = c.benchmark_group("long-line");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_millis(1))
        .throughput(Throughput::Bytes(doc.text.len() as u64));
    g.bench_function(format!("analyze-{mb}MB-line"), |b| {
        b.iter(|| black_box(pipeline::analyze(&doc, &config).extract.events.len()))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
