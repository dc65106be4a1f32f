//! Segmentation throughput on real Arabic news text.
//!
//! Uses `fixtures/news-300k.txt` (workspace root) when present, else the crate's own committed
//! fixture `tests/fixtures/news-sample.txt` (ANT v1.1 articles, Apache-2.0).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_morph::Segmenter;

fn text() -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/news-300k.txt");
    std::fs::read_to_string(root)
        .unwrap_or_else(|_| include_str!("../tests/fixtures/news-sample.txt").to_string())
}

fn bench(c: &mut Criterion) {
    let text = text();
    let seg = Segmenter::embedded();
    let tokens = khabar_text::tokenize(&text);
    // Warm the lazily built lexicon before measuring.
    let _ = seg.segment_word("وقال");
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("segment_tokens", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in &tokens {
                n += seg.segment(t).len();
            }
            n
        })
    });
    g.bench_function("stem_part", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in &tokens {
                n += seg.stem_part(t.text).len();
            }
            n
        })
    });
    g.bench_function("segment_spans", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in &tokens {
                n += seg.segment_spans(t.text).len();
            }
            n
        })
    });
    g.bench_function("segment_spans_all", |b| {
        b.iter(|| {
            seg.segment_spans_all(tokens.iter().map(|t| t.text))
                .iter()
                .map(|s| s.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
