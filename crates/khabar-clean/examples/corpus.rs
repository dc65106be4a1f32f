//! Cleans a corpus and reports what was removed (the documented quality measurement).
//!
//! `cargo run --release -p khabar-clean --example corpus -- PATH... [--show N]`
//!
//! Two passes over text records: the first learns per-source line statistics, the second
//! cleans each document with the curated list and those statistics, and counts removed lines
//! by reason, languages, and a sample of removed lines per reason.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::Instant;

use khabar_clean::{clean, signals, CleanContext, LineStats};
use khabar_source::{Body, SourceOptions, Sources};

fn texts(paths: &[PathBuf]) -> impl Iterator<Item = (String, String)> {
    Sources::open(paths, &SourceOptions::default()).filter_map(|r| {
        let r = r.ok()?;
        let source = r.source.clone().unwrap_or_else(|| "-".into());
        match r.body {
            Body::Text(t) => Some((source, t)),
            Body::Html { .. } => None,
        }
    })
}

fn main() {
    let mut show = 5usize;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--show" {
            show = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    let t0 = Instant::now();
    let mut stats: HashMap<String, LineStats> = HashMap::new();
    for (source, text) in texts(&paths) {
        stats.entry(source).or_default().add_document(&text);
    }
    let learn = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let (mut docs, mut lines, mut bytes) = (0u64, 0u64, 0u64);
    let mut by_reason: BTreeMap<String, u64> = BTreeMap::new();
    let mut docs_touched = 0u64;
    let mut langs: BTreeMap<String, u64> = BTreeMap::new();
    let mut samples: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (source, text) in texts(&paths) {
        docs += 1;
        bytes += text.len() as u64;
        lines += text.lines().filter(|l| !l.trim().is_empty()).count() as u64;
        let ctx = CleanContext {
            line_stats: stats.get(&source),
            ..CleanContext::default()
        };
        let removed = clean(&text, &ctx);
        docs_touched += u64::from(!removed.is_empty());
        for r in &removed {
            *by_reason.entry(r.reason.clone()).or_default() += 1;
            let line = khabar_article::slice_chars(&text, r.start, r.end).to_string();
            *samples
                .entry(r.reason.clone())
                .or_default()
                .entry(line)
                .or_default() += 1;
        }
        *langs.entry(signals(&text, &removed).lang).or_default() += 1;
    }
    let secs = t1.elapsed().as_secs_f64();
    println!(
        "{docs} documents, {lines} non-empty lines, {:.1} MB",
        bytes as f64 / 1e6
    );
    println!(
        "learn pass {learn:.2} s; clean+signals pass {secs:.2} s ({:.0} docs/s, {:.1} MB/s)",
        docs as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    let total: u64 = by_reason.values().sum();
    println!(
        "removed {total} lines ({:.2}% of lines) in {docs_touched} documents",
        100.0 * total as f64 / lines.max(1) as f64
    );
    for (reason, n) in &by_reason {
        println!("  {reason:<32} {n}");
        let mut top: Vec<_> = samples[reason].iter().collect();
        top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (line, n) in top.into_iter().take(show) {
            let short: String = line.chars().take(80).collect();
            println!("      {n:>6}  {short}");
        }
    }
    println!("languages: {langs:?}");
}
