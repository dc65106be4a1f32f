//! Development tool: single-thread timing of the fingerprint stages on a JSONL corpus.
//!
//! `cargo run --release -p khabar-dedup --example fp_speed -- CORPUS.jsonl`

use std::time::Instant;

use khabar_dedup::{band_keys_for, fold, Config, Fingerprint};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: fp_speed CORPUS.jsonl");
    let corpus = std::fs::read_to_string(path).expect("corpus");
    let texts: Vec<String> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some(v["text"].as_str()?.to_string()))
        .collect();
    let n = texts.len() as f64;
    let t = Instant::now();
    let mut words = 0usize;
    let mut buf = String::new();
    for text in &texts {
        let text = fold::nfkc(text);
        fold::for_each_word(&text, &mut buf, |_| words += 1);
    }
    let fold_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let fps: Vec<Fingerprint> = texts.iter().map(|t| Fingerprint::new(t)).collect();
    let fp_s = t.elapsed().as_secs_f64();
    let config = Config::default();
    let t = Instant::now();
    let keys: usize = fps.iter().map(|f| band_keys_for(&config, f).len()).sum();
    let keys_s = t.elapsed().as_secs_f64();
    println!(
        "{n} docs, {words} words: fold {:.0} docs/s, fingerprint {:.0} docs/s, band keys {:.0} docs/s ({keys} keys)",
        n / fold_s,
        n / fp_s,
        n / keys_s
    );
}
