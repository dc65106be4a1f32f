//! Runs a `{qid, query}` JSONL file against an archive and prints a TREC run (the same ranking
//! as `khabar search --queries FILE --format trec`, without building the whole binary).
//!
//! `cargo run --release -p khabar-archive --example run_queries -- DIR QUERIES.jsonl [RANKING]`
//! where RANKING is `key=value,…` (see `Ranking::with_overrides`).

use std::io::BufRead;

use khabar_archive::{Archive, Ranking, SearchQuery};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(file)) = (args.first(), args.get(1)) else {
        return Err("usage: run_queries DIR QUERIES.jsonl [RANKING]".into());
    };
    let mut archive = Archive::open(std::path::Path::new(dir))?;
    if let Some(r) = args.get(2) {
        archive.set_ranking(Ranking::default().with_overrides(r)?);
    }
    for line in std::io::BufReader::new(std::fs::File::open(file)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let qid = match &v["qid"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let query = v["query"].as_str().unwrap_or_default().to_string();
        let q = SearchQuery {
            query,
            limit: Some(10),
            ..Default::default()
        };
        for (rank, (id, score)) in archive.search_ids(&q)?.iter().enumerate() {
            println!("{qid} Q0 {id} {} {score:.4} khabar", rank + 1);
        }
    }
    Ok(())
}
