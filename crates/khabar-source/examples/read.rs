//! Reads sources and prints counts and throughput (the documented speed measurement).
//!
//! `cargo run --release -p khabar-source --example read -- PATH...`

use std::path::PathBuf;
use std::time::Instant;

use khabar_source::{SourceOptions, Sources};

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: read PATH...");
        std::process::exit(2);
    }
    let t0 = Instant::now();
    let mut sources = Sources::open(&paths, &SourceOptions::default());
    let mut errors = 0u64;
    for item in sources.by_ref() {
        if let Err(e) = item {
            errors += 1;
            if errors <= 5 {
                eprintln!("{e}");
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let s = sources.stats();
    println!(
        "{} records, {} errors, {:.1} MB of bodies in {:.3} s: {:.0} records/s, {:.1} MB/s",
        s.records,
        errors,
        s.bytes as f64 / 1e6,
        secs,
        s.records as f64 / secs,
        s.bytes as f64 / 1e6 / secs
    );
    println!("skipped: {:?}", s.skipped);
    println!("errors: {:?}", s.errors);
}
