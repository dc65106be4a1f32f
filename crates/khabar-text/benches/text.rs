//! Text-core throughput on real Arabic news (`fixtures/news-300k.txt`, ANT corpus sample).
//!
//! Run: `cargo bench -p khabar-text --bench text`. Figures are in docs/BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_text::{
    light_stem_range, search_key_into, snowball_stem, split_sentences, Normalizer, Profile,
    TokenKind, Tokens,
};

const NEWS: &str = include_str!("../../../fixtures/news-300k.txt");

fn bench(c: &mut Criterion) {
    // Warm the lazy tables first so they are not measured.
    let _ = khabar_text::search_key("والمدرسة");
    let _ = khabar_text::is_stopword("في");

    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(NEWS.len() as u64));
    g.sample_size(20);

    for p in [Profile::Display, Profile::Ner, Profile::Search] {
        let n = Normalizer::new(p);
        let mut out = String::with_capacity(NEWS.len());
        g.bench_function(format!("normalize_into/{}", p.name()), |b| {
            b.iter(|| {
                out.clear();
                n.normalize_into(black_box(NEWS), &mut out);
                out.len()
            })
        });
    }
    g.bench_function("normalize_with_map/search", |b| {
        b.iter(|| {
            khabar_text::normalize(black_box(NEWS), Profile::Search)
                .map
                .len()
        })
    });
    g.bench_function("tokenize", |b| {
        b.iter(|| Tokens::new(black_box(NEWS)).count())
    });

    // The search path, normalize first: search-normalize (keeping ة) the whole text, tokenize the
    // normalized text, light-stem every Arabic word.
    let keep_ta = Normalizer::search_keep_ta_marbuta();
    let mut norm = String::with_capacity(NEWS.len());
    g.bench_function("search_normalize+tokenize+light_stem", |b| {
        b.iter(|| {
            norm.clear();
            keep_ta.normalize_into(black_box(NEWS), &mut norm);
            let mut total = 0usize;
            for t in Tokens::new(&norm) {
                if t.kind == TokenKind::Arabic {
                    total += light_stem_range(t.text).len();
                }
            }
            total
        })
    });

    // The indexing path, tokenize first: tokens keep offsets into the original, and each word
    // gets its search key (normalize + light stem + ة→ه) in a reused buffer.
    let mut key = String::new();
    g.bench_function("tokenize+search_key_into", |b| {
        b.iter(|| {
            let mut total = 0usize;
            for t in Tokens::new(black_box(NEWS)) {
                if matches!(t.kind, TokenKind::Arabic | TokenKind::Latin) {
                    search_key_into(t.text, &mut key);
                    total += key.len();
                }
            }
            total
        })
    });

    g.bench_function("split_sentences", |b| {
        b.iter(|| split_sentences(black_box(NEWS)).len())
    });
    g.finish();

    // Snowball for comparison, on the first 30 KB.
    let small = &NEWS[..NEWS
        .char_indices()
        .nth(16_000)
        .map(|(b, _)| b)
        .unwrap_or(NEWS.len())];
    let mut g = c.benchmark_group("stemmers");
    g.throughput(Throughput::Bytes(small.len() as u64));
    g.sample_size(10);
    g.bench_function("snowball_per_word", |b| {
        b.iter(|| {
            Tokens::new(black_box(small))
                .filter(|t| t.kind == TokenKind::Arabic)
                .map(|t| snowball_stem(t.text).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
