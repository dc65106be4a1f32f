//! Tagging throughput (tokens per second) and model load time.
//!
//! `cargo bench -p khabar-ner --bench tag`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_ner::Tagger;

const SEED: &str = include_str!("../../../fixtures/seed.txt");

fn sentences() -> Vec<Vec<&'static str>> {
    // The seed article, cut into sentences at the tokenizer's sentence boundaries.
    let tokens = khabar_text::tokenize(SEED);
    let mut out = vec![Vec::new()];
    for t in tokens {
        if let Some(s) = out.last_mut() {
            s.push(t.text);
        }
        if matches!(t.text, "." | "؟" | "!" | "،") && out.last().is_some_and(|s| s.len() > 20) {
            out.push(Vec::new());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

fn bench(c: &mut Criterion) {
    let tagger = Tagger::embedded();
    let sents = sentences();
    let tokens: usize = sents.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("tag_seed_article_tokens", |b| {
        b.iter(|| {
            for s in &sents {
                black_box(tagger.tag(black_box(s)));
            }
        })
    });
    g.bench_function("recognize_seed_article_tokens", |b| {
        b.iter(|| black_box(tagger.recognize_text(black_box(SEED))))
    });
    g.finish();
    let mut g = c.benchmark_group("ner_load");
    g.sample_size(10);
    g.bench_function("load_embedded_model", |b| {
        b.iter(|| black_box(Tagger::embedded()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
