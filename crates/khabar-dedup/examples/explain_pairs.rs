//! Development tool: prints the similarities of given document pairs as TSV.
//!
//! `cargo run --release -p khabar-dedup --example explain_pairs -- CORPUS.jsonl PAIRS.tsv`
//! where PAIRS.tsv has `id_a<TAB>id_b[<TAB>label]` per line.

use std::collections::HashMap;

use khabar_dedup::{Config, Fingerprint, Similarity};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: explain_pairs CORPUS.jsonl PAIRS.tsv");
        std::process::exit(2);
    }
    let corpus = std::fs::read_to_string(&args[1]).expect("corpus");
    let mut fps = HashMap::new();
    for line in corpus.lines() {
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        if let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) {
            fps.insert(id.to_string(), Fingerprint::new(text));
        }
    }
    let config = Config::default();
    println!("a\tb\tlabel\texact\tj5\tj2\tc2\twcont\tnum\tmin_num\tmin_words\tmax_words\tscore\taccept\tshort_cov\tlong_cov\tedit_rate\tmax_gap\tlead\ttail\tnumconf");
    let pairs = std::fs::read_to_string(&args[2]).expect("pairs");
    for line in pairs.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(a), Some(b)) = (fps.get(f[0]), fps.get(f[1])) else {
            continue;
        };
        let mut s = Similarity::between(a, b);
        s.align(a, b);
        let e = s.edits().unwrap_or_default();
        let accept = config.judge(a, b, false).is_some();
        println!(
            "{}\t{}\t{}\t{}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{:.3}\t{}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{}",
            f[0],
            f[1],
            f.get(2).unwrap_or(&""),
            s.exact,
            s.jaccard5,
            0.0,
            0.0,
            s.word_containment,
            s.numbers,
            s.min_numbers,
            s.min_words,
            s.max_words,
            s.score(),
            accept,
            e.short_covered,
            e.long_covered,
            e.edit_rate,
            e.max_gap,
            e.lead_gap,
            e.tail,
            e.number_conflicts
        );
    }
}
