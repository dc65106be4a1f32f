//! Throughput of the per-document pipeline on real Arabic news (fixtures/news-300k.txt, ANT v1.1).
//!
//! - `core`: clean → tokenize → sentences → clitic segments, search forms and stems;
//! - `text_core`: `core` without cleaning (an issue #3 stage): tokens, sentences, clitic
//!   segments, search forms and stems — the text core's "full analysis";
//! - `full`: `core` + named entities + quotations (what `khabar analyze` does).
//!
//! Run: `cargo bench -p khabar-pipeline --bench analyze` (`-- core` runs `core` and `text_core`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_article::Article;
use khabar_pipeline::{AnalyzeOptions, Pipeline};

mod common;

fn docs() -> Vec<Article> {
    common::news_docs(include_str!("../../../fixtures/news-300k.txt"))
}

fn bench(c: &mut Criterion) {
    let docs = docs();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pipeline = Pipeline::new();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let core = AnalyzeOptions {
        clean: true,
        entities: false,
        quotes: false,
    };
    g.bench_function("core", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline.analyze(d, &core).tokens.len())
                .sum::<usize>()
        })
    });
    let text_core = AnalyzeOptions {
        clean: false,
        ..core.clone()
    };
    g.bench_function("text_core", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline.analyze(d, &text_core).tokens.len())
                .sum::<usize>()
        })
    });
    let full = AnalyzeOptions::default();
    g.bench_function("full", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline.analyze(d, &full).quotes.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
