//! How much memory an event mention holds between analysis and
//! consolidation (issue 18 item 4), measured with a counting allocator.
//!
//! ```text
//! cargo run --release --example mention_heap -- /tmp/newsx-gen-20MB [MAX_DOCS]
//! ```
//!
//! Analyses the documents (as `newsx timeline` does, with the built-in
//! story), keeps only their event mentions, folded the way the merger holds
//! them until consolidation, and prints the inline size of the mention
//! types and the heap the mentions hold beyond their inline size, per
//! mention. The heap figure is the allocator's live bytes with the mentions
//! held minus without them, so strings shared between mentions count once.

mod common;

use newsx::config::Config;
use newsx::corpus::LoadOptions;
use newsx::model::{EntityRef, EventMention, EventTime};
use rayon::prelude::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    let (dir, max, _) = common::args();
    println!(
        "size_of: EventMention {} B, EntityRef {} B, EventTime {} B",
        std::mem::size_of::<EventMention>(),
        std::mem::size_of::<EntityRef>(),
        std::mem::size_of::<EventTime>(),
    );
    let config = Config::new(&[] as &[PathBuf], LoadOptions::default()).expect("config");
    let docs = common::documents(dir, &config, max);
    let events: Vec<Vec<EventMention>> = docs
        .par_iter()
        .map(|d| newsx::pipeline::analyze_for_timeline(d, &config).events)
        .collect();
    let n_docs = docs.len();
    drop(docs);
    let mut held = newsx::model::Interner::new();
    let before = LIVE.load(Ordering::Relaxed);
    let mut mentions: Vec<EventMention> = Vec::new();
    for doc_events in events {
        mentions.extend(doc_events.into_iter().map(|mut m| {
            held.mention(&mut m);
            m
        }));
    }
    mentions.shrink_to_fit();
    let with = LIVE.load(Ordering::Relaxed);
    let n = mentions.len();
    let refs: usize = mentions
        .iter()
        .map(|m| {
            m.participants.len()
                + m.places.len()
                + m.attached_places.len()
                + m.located_places.len()
                + m.party_places.len()
                + m.acting_places.len()
                + m.speakers.len()
        })
        .sum();
    let dated = mentions.iter().filter(|m| m.time.is_some()).count();
    drop(mentions);
    drop(held);
    let after = LIVE.load(Ordering::Relaxed);
    let total = with.saturating_sub(after.min(before));
    let inline = n * std::mem::size_of::<EventMention>();
    println!(
        "{n_docs} documents, {n} mentions ({:.1} per document), {:.2} entity refs per mention, {:.0} % dated",
        n as f64 / n_docs.max(1) as f64,
        refs as f64 / n.max(1) as f64,
        100.0 * dated as f64 / n.max(1) as f64,
    );
    println!(
        "per mention: {} B inline + {} B heap = {} B ({:.1} MB for all)",
        inline / n.max(1),
        (total - inline) / n.max(1),
        total / n.max(1),
        total as f64 / 1e6,
    );
}
