//! Cleaning, signals and language identification on the seed article (about 2,700 characters).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_clean::{clean, identify, signals, CleanContext, LineStats};

const SEED: &str = include_str!("../../../fixtures/seed.txt");

fn bench(c: &mut Criterion) {
    // Warm the lazily compiled list and word sets.
    let ctx = CleanContext::default();
    let _ = clean(SEED, &ctx);
    let _ = identify(SEED);
    let mut stats = LineStats::default();
    for i in 0..100 {
        stats.add_document(&format!("{i}\n{SEED}"));
    }
    let with_stats = CleanContext {
        line_stats: Some(&stats),
        ..CleanContext::default()
    };
    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("clean", |b| b.iter(|| clean(SEED, &ctx)));
    g.bench_function("clean+line_stats", |b| b.iter(|| clean(SEED, &with_stats)));
    g.bench_function("signals", |b| b.iter(|| signals(SEED, &[])));
    g.bench_function("identify", |b| b.iter(|| identify(SEED)));
    g.bench_function("line_stats.add_document", |b| {
        let mut s = LineStats::default();
        b.iter(|| s.add_document(SEED))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
