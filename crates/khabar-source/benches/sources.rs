//! Reader throughput on generated corpora (JSONL, JSONL.gz, JSONL.zst, WARC.gz) built from the
//! seed article in a temporary directory.

use std::io::Write;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_source::{SourceOptions, Sources, WarcWriter};

const SEED: &str = include_str!("../../../fixtures/seed.txt");
const DOCS: usize = 300;

fn corpus_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("khabar-source-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut jsonl = String::new();
    let mut warc = WarcWriter::new(Vec::new());
    for i in 0..DOCS {
        let text = format!("{i} {SEED}");
        let line = serde_json::json!({"id": i.to_string(), "url": format!("http://news.example/{i}"), "text": text});
        jsonl.push_str(&line.to_string());
        jsonl.push('\n');
        let html = format!(
            "<html><body><article><p>{}</p></article></body></html>",
            text.replace('\n', "</p><p>")
        );
        let uri = format!("http://news.example/{i}");
        warc.response(
            &uri,
            "2017-01-20T00:00:00Z",
            "text/html; charset=utf-8",
            html.as_bytes(),
        )
        .unwrap();
    }
    std::fs::write(dir.join("c.jsonl"), &jsonl).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl.as_bytes()).unwrap();
    std::fs::write(dir.join("c.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(
        dir.join("c.jsonl.zst"),
        zstd::encode_all(jsonl.as_bytes(), 3).unwrap(),
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&warc.into_inner().unwrap()).unwrap();
    std::fs::write(dir.join("c.warc.gz"), gz.finish().unwrap()).unwrap();
    dir
}

fn bench(c: &mut Criterion) {
    let dir = corpus_dir();
    let mut g = c.benchmark_group("sources");
    g.sample_size(10);
    for name in ["c.jsonl", "c.jsonl.gz", "c.jsonl.zst", "c.warc.gz"] {
        let path = dir.join(name);
        // Throughput in decompressed body bytes.
        let bytes: u64 = Sources::open(std::slice::from_ref(&path), &SourceOptions::default())
            .map(|r| r.unwrap().body.len() as u64)
            .sum();
        g.throughput(Throughput::Bytes(bytes));
        g.bench_function(name, |b| {
            b.iter(|| Sources::open(std::slice::from_ref(&path), &SourceOptions::default()).count())
        });
    }
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
