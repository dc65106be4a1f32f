//! Development tool: clusters a corpus and scores it against gold without the `khabar` binary.
//!
//! `cargo run --release -p khabar-dedup --example dev_eval -- CORPUS.jsonl GOLD.jsonl [PRED_OUT]`

use std::io::Write;
use std::time::Instant;

use khabar_dedup::eval::{score, Gold};
use khabar_dedup::{Batch, Config, Document};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: dev_eval CORPUS.jsonl GOLD.jsonl [PRED_OUT]");
        std::process::exit(2);
    }
    let corpus = std::fs::read_to_string(&args[1]).expect("corpus");
    let owned: Vec<(String, String)> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            Some((
                v["id"].as_str()?.to_string(),
                v["text"].as_str()?.to_string(),
            ))
        })
        .collect();
    let docs: Vec<Document> = owned
        .iter()
        .map(|(id, text)| Document {
            id,
            text,
            date: None,
        })
        .collect();
    let t = Instant::now();
    let mut batch = Batch::new(Config::default());
    batch.add_chunk(&docs).expect("dedup");
    eprintln!(
        "fingerprints: {:.3} s, {} MB held",
        t.elapsed().as_secs_f64(),
        batch.heap_bytes() >> 20
    );
    let (out, stats) = batch.finish_with_stats();
    eprintln!("{stats:?}");
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{} docs in {:.3} s ({:.0} docs/s)",
        docs.len(),
        secs,
        docs.len() as f64 / secs
    );
    if let Some(p) = args.get(3) {
        let mut f = std::io::BufWriter::new(std::fs::File::create(p).expect("pred out"));
        for a in &out {
            writeln!(
                f,
                "{}",
                serde_json::json!({"id": a.id, "cluster": a.cluster})
            )
            .unwrap();
        }
    }
    let gold = Gold::parse(&args[2], &std::fs::read_to_string(&args[2]).expect("gold")).unwrap();
    let r = score(
        &gold,
        out.iter().map(|a| (a.id.as_str(), a.cluster.as_str())),
    );
    for name in r.row_order() {
        let c = r.rows[name];
        println!(
            "{name:<12} P {:.3} R {:.3} F1 {:.3}  tp {} fp {} fn {}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
}
