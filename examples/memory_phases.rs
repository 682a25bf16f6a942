//! Where the memory of `newsx timeline` goes, phase by phase (issue 18
//! item 5, bounded memory), measured with a counting allocator.
//!
//! ```text
//! cargo run --release --example memory_phases -- /tmp/newsx-gen-20MB
//! ```
//!
//! Runs the timeline job as `pipeline::timeline_stream` does (inputs read a
//! chunk at a time, analysed in parallel, folded into a streaming
//! [`Merger`]; the copies' sources, a few strings, are left out), then
//! consolidation and the JSON output, and prints for each phase the
//! allocator's live bytes at its end and its peak, and the process's
//! `VmRSS` / `VmHWM`. What the merger keeps of each document is split into
//! its parts by folding the same extract, cloned, into two more mergers:
//! the record alone, the record and the entities (a part's bytes are the
//! live bytes each fold adds; a clone's vectors have no spare capacity, so
//! these are a little under the real ones), everything (plus the quotes,
//! shared strings that a clone does not copy). What else the live bytes
//! grew by is not the merger's: the per-thread caches of the
//! configuration's regular expressions and other lazily built tables. Live bytes are
//! what the program asked for; the binary's mimalloc adds its own
//! overhead and keeps freed pages for a while (compare `VmHWM`).

use newsx::config::Config;
use newsx::corpus::{LoadOptions, Loaded};
use newsx::extract::reduce::{self, Merger};
use newsx::model::DocExtract;
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(n: usize) {
    let now = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grow(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        grow(new_size);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn live() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// The peak since the last call; the next phase starts from the live bytes.
fn take_peak() -> usize {
    PEAK.swap(live(), Ordering::Relaxed)
}

/// `VmRSS` and `VmHWM` of this process, in MB.
fn rss() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    format!(
        "VmRSS {:.0} MB, VmHWM {:.0} MB",
        field("VmRSS:"),
        field("VmHWM:")
    )
}

fn mb(b: usize) -> f64 {
    b as f64 / 1e6
}

fn phase(name: &str, peak: usize) {
    println!(
        "{name:<34} live {:>8.1} MB  peak {:>8.1} MB  {}",
        mb(live()),
        mb(peak),
        rss()
    );
}

/// The live bytes `fold` adds.
fn added(fold: impl FnOnce()) -> usize {
    let before = live();
    fold();
    live().saturating_sub(before)
}

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "corpus".into()));
    let config = Config::new(&[] as &[PathBuf], LoadOptions::default()).expect("config");
    let start = live();
    phase("configuration", take_peak());

    let mut merger = Merger::streaming();
    let (mut only_records, mut with_entities, mut everything) =
        (Merger::new(), Merger::streaming(), Merger::streaming());
    let (mut records, mut entities, mut all) = (0usize, 0usize, 0usize);
    let (mut input_bytes, mut docs, mut mentions, mut quotes) = (0usize, 0usize, 0usize, 0usize);
    let mut chunk_extracts = 0usize;
    let inputs = newsx::corpus::inputs(std::slice::from_ref(&dir), &config.load);
    let analyse = |input: newsx::corpus::Input| {
        let bytes = input.held_bytes();
        let x = match input.load(&config.load) {
            Loaded::Document(doc) => newsx::pipeline::analyze_for_timeline(&doc, &config),
            Loaded::Skipped(record) => reduce::skipped_extract(record),
        };
        (bytes, x)
    };
    let take = |results: Vec<(usize, DocExtract)>| {
        // what a chunk's extracts hold before they are folded (the
        // analyses are done; their working memory is gone)
        let before = live();
        let copy = results.clone();
        chunk_extracts = chunk_extracts.max(live().saturating_sub(before));
        drop(copy);
        for (bytes, x) in results {
            input_bytes += bytes;
            docs += 1;
            mentions += x.events.len();
            quotes += x.events.iter().map(|e| e.quote.len() + 16).sum::<usize>();
            records += added(|| {
                only_records.add_extract(DocExtract {
                    document: x.document.clone(),
                    entities: Vec::new(),
                    timexes: Vec::new(),
                    events: Vec::new(),
                })
            });
            entities += added(|| {
                with_entities.add_extract(DocExtract {
                    document: x.document.clone(),
                    entities: x.entities.clone(),
                    timexes: Vec::new(),
                    events: Vec::new(),
                })
            });
            all += added(|| everything.add_extract(x.clone()));
            merger.add_extract(x);
        }
        Ok::<(), std::convert::Infallible>(())
    };
    fn extract_of(u: &mut (usize, DocExtract)) -> &mut DocExtract {
        &mut u.1
    }
    let _ = newsx::pipeline::stream(
        inputs,
        &config,
        newsx::pipeline::CHUNK,
        newsx::corpus::Input::held_bytes,
        analyse,
        extract_of,
        take,
    );
    drop((only_records, with_entities, everything));
    let retained = live().saturating_sub(start);
    phase("analysis + merger (stream)", take_peak());
    let per_mb = |b: usize| b as f64 / (input_bytes as f64 / 1e6);
    println!(
        "input {:.1} MB, {docs} documents, {mentions} event mentions",
        mb(input_bytes)
    );
    println!(
        "merger retained {:.1} MB = {:.0} KB per input MB",
        mb(retained),
        per_mb(retained) / 1e3
    );
    let summaries = entities.saturating_sub(records);
    // a quote is a shared string (`Arc<str>`: its bytes and two counts)
    // that the clone does not copy
    let event_part = (all + quotes).saturating_sub(entities);
    let other = retained.saturating_sub(all + quotes);
    for (name, b) in [
        ("document records", records),
        ("entity totals (folded)", summaries),
        ("event mentions", event_part),
        ("  of which quote strings", quotes),
        ("other growth (caches)", other),
    ] {
        println!(
            "  {name:<26} {:>7.1} MB  {:>6.0} KB/input MB  {:>6.0} B/document",
            mb(b),
            per_mb(b) / 1e3,
            b as f64 / docs.max(1) as f64
        );
    }
    println!(
        "  event mentions: {:.0} B each, quotes {:.0} B each",
        event_part as f64 / mentions.max(1) as f64,
        quotes as f64 / mentions.max(1) as f64
    );
    println!(
        "a chunk's extracts before folding, at most {:.1} MB above the configuration",
        mb(chunk_extracts)
    );

    let report = merger.finish(
        &newsx::pipeline::generator(),
        &config.chronology,
        &config.geography,
    );
    phase("consolidation (Merger::finish)", take_peak());
    // written as it is rendered, to a sink that counts the bytes
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, Count(0));
    newsx::render::write_json(&mut out, &report.0).expect("json");
    let written = out.into_inner().map_or(0, |c| c.0);
    phase("JSON output (written as rendered)", take_peak());
    println!("JSON {:.1} MB", mb(written));
}
