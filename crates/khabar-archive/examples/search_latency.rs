//! Single-query latency of an archive: runs each query of a `{qid, query}` JSONL file once
//! (after one warm-up pass) through [`Archive::search`] (ranking, snippets, facets) and
//! prints p50/p99/mean.
//!
//! `cargo run --release -p khabar-archive --example search_latency -- DIR QUERIES.jsonl [N]`

use std::io::BufRead;
use std::time::Instant;

use khabar_archive::{Archive, SearchQuery};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(file)) = (args.first(), args.get(1)) else {
        return Err("usage: search_latency DIR QUERIES.jsonl [N]".into());
    };
    let n: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(1000);
    let archive = Archive::open(std::path::Path::new(dir))?;
    let mut queries = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(file)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if let Some(q) = v.get("query").and_then(|q| q.as_str()) {
            queries.push(q.to_string());
        }
    }
    if queries.is_empty() {
        return Err("no queries".into());
    }
    let qs: Vec<&String> = queries.iter().cycle().take(n).collect();
    for q in qs.iter().take(100) {
        archive.search(&SearchQuery {
            query: q.to_string(),
            ..Default::default()
        })?;
    }
    let mut times = Vec::with_capacity(n);
    for q in &qs {
        let t = Instant::now();
        let r = archive.search(&SearchQuery {
            query: q.to_string(),
            ..Default::default()
        })?;
        std::hint::black_box(r);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    println!(
        "{} queries over {} articles: p50 {:.2} ms, p99 {:.2} ms, mean {:.2} ms",
        times.len(),
        archive.len()?,
        pct(0.50),
        pct(0.99),
        mean
    );
    Ok(())
}
