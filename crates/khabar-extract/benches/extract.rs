//! Extraction speed over the committed fixture pages (dev-set pages of four site families plus
//! AMP, app-style and wire-agency pages): decode + parse + main content + metadata per page.
//!
//! Run: `cargo bench -p khabar-extract`. Pages per second = 1 / (time per page).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_extract::{extract, ExtractOptions};

fn pages() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "html").then(|| {
                let name = p.file_stem().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(&p).unwrap())
            })
        })
        .collect();
    out.sort();
    out
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let opts = ExtractOptions::default();
    let total: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function(
        format!("all {} fixture pages ({} KiB)", pages.len(), total / 1024),
        |b| {
            b.iter(|| {
                for (_, bytes) in &pages {
                    std::hint::black_box(extract(bytes, &opts).unwrap());
                }
            })
        },
    );
    group.finish();
    let mut group = c.benchmark_group("extract-page");
    for (name, bytes) in pages
        .iter()
        .filter(|(n, _)| n == "dev_002" || n == "dev_029")
    {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| std::hint::black_box(extract(bytes, &opts).unwrap()))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
