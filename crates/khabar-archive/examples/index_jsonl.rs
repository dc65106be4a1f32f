//! Indexes a JSONL file of `{id, title?, text, date?, source?}` straight into an archive,
//! without the analysis pipeline (no cleaning, entities, quotes or dedup): a quick way to build
//! archives for relevance experiments with either analyzer.
//!
//! `cargo run --release -p khabar-archive --example index_jsonl -- FILE.jsonl DIR [arabic|plain]`

use std::io::BufRead;

use khabar_archive::{Analyzer, ArchiveWriter, IngestDoc};
use khabar_article::Article;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(file), Some(dir)) = (args.first(), args.get(1)) else {
        return Err("usage: index_jsonl FILE.jsonl DIR [arabic|plain]".into());
    };
    let analyzer = match args.get(2) {
        Some(a) => Analyzer::parse(a).ok_or("analyzer: arabic or plain")?,
        None => Analyzer::Arabic,
    };
    let mut w = ArchiveWriter::open_with(std::path::Path::new(dir), Some(analyzer))?;
    let t0 = std::time::Instant::now();
    let mut batch = Vec::new();
    let mut n = 0usize;
    for (i, line) in std::io::BufReader::new(std::fs::File::open(file)?)
        .lines()
        .enumerate()
    {
        let line = line?;
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{file}:{}: skipped: {e}", i + 1);
                continue;
            }
        };
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let article = Article {
            id: s("id").unwrap_or_else(|| format!("line-{}", i + 1)),
            title: s("title"),
            date: s("date"),
            source: s("source"),
            text: s("text").unwrap_or_default(),
            ..Default::default()
        };
        batch.push(IngestDoc {
            article,
            ..Default::default()
        });
        if batch.len() == 1000 {
            n += w.add_batch(&batch)?.written;
            batch.clear();
        }
    }
    n += w.add_batch(&batch)?.written;
    w.finish()?;
    eprintln!(
        "indexed {n} documents in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}
