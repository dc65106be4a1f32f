//! Throughput of fingerprinting and of whole-corpus clustering on news-length articles.
//!
//! The corpus is built from `fixtures/news-300k.txt` (real ANT news paragraphs): every window of
//! 1–4 consecutive paragraphs is an article (about 2,000 of them, overlapping, so there are many
//! near-duplicates and shared paragraphs), plus an edited copy of every fifth article (a word
//! dropped every 12, page chrome around it). Run with `cargo bench -p khabar-dedup`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_dedup::{dedup_corpus, Config, Document, Fingerprint};

const NEWS: &str = include_str!("../../../fixtures/news-300k.txt");

fn corpus() -> Vec<(String, String)> {
    let paras: Vec<&str> = NEWS.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut docs = Vec::new();
    for width in 1..=4 {
        for start in 0..paras.len().saturating_sub(width) {
            docs.push(paras[start..start + width].join("\n"));
        }
    }
    let mut out: Vec<(String, String)> = docs
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("d{i}"), t.clone()))
        .collect();
    for (i, t) in docs.iter().enumerate().step_by(5) {
        let edited: Vec<&str> = t
            .split(' ')
            .enumerate()
            .filter(|(k, _)| k % 12 != 5)
            .map(|(_, w)| w)
            .collect();
        let text = format!("الرئيسية / أخبار\n{}\nاترك تعليقاً\nطباعة", edited.join(" "));
        out.push((format!("e{i}"), text));
    }
    out
}

fn bench(c: &mut Criterion) {
    let owned = corpus();
    let docs: Vec<Document> = owned
        .iter()
        .map(|(id, text)| Document {
            id,
            text,
            date: None,
        })
        .collect();
    let words: usize = owned
        .iter()
        .map(|(_, t)| t.split_whitespace().count())
        .sum();
    eprintln!(
        "bench corpus: {} documents, {} words on average",
        docs.len(),
        words / docs.len()
    );
    let config = Config::default();

    let mut g = c.benchmark_group("dedup");
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.sample_size(10);
    g.bench_function("fingerprint_1_thread", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Fingerprint::new(black_box(d.text)));
            }
        })
    });
    g.bench_function("dedup_corpus", |b| {
        b.iter(|| black_box(dedup_corpus(black_box(&docs), &config).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
