//! Builds `data/clusters.tsv`: corpus frequencies and two levels of word clusters (64 coarse,
//! 512 fine) learned from unlabelled Arabic news.
//!
//! ```text
//! cargo run --release -p khabar-ner --example build_clusters -- \
//!     /work/shared/data/news/ant-v1.1.jsonl crates/khabar-ner/data/clusters.tsv
//! ```
//!
//! Method (deterministic, no randomness beyond fixed hash seeds):
//! 1. Tokenize `title` and `text` of every JSONL record into letter/digit runs and fold them
//!    with [`khabar_ner::fold::fold`] (the same forms the tagger uses).
//! 2. Vocabulary: words seen at least `MIN_COUNT` times. Context words: the `CONTEXTS` most
//!    frequent words. Each vocabulary word gets a sparse co-occurrence vector of context
//!    words at positions −2, −1, +1, +2 (four separate blocks).
//! 3. Weighting: positive PMI with context-distribution smoothing (α = 0.75).
//! 4. A fixed pseudo-random ±1 projection to `DIMS` dimensions, then L2 normalisation.
//! 5. Spherical k-means (`FINE` clusters, k-means++ seeding with a fixed seed, `ITERS`
//!    iterations); then the fine centroids are clustered again into `COARSE` clusters.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};

use khabar_ner::fold::fold;

const MIN_COUNT: u32 = 3;
const CONTEXTS: usize = 1000;
const DIMS: usize = 128;
const FINE: usize = 512;
const COARSE: usize = 64;
const ITERS: usize = 12;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        return Err("usage: build_clusters CORPUS.jsonl OUT.tsv".into());
    };
    // 1. Tokenize.
    let mut docs: Vec<Vec<u32>> = Vec::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut words: Vec<String> = Vec::new();
    let reader = BufReader::new(std::fs::File::open(input)?);
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{input}:{}: skipped: {e}", n + 1);
                continue;
            }
        };
        for field in ["title", "text"] {
            let Some(t) = v.get(field).and_then(|x| x.as_str()) else {
                continue;
            };
            let mut doc = Vec::new();
            for w in t.split(|c: char| !(c.is_alphanumeric() || is_mark(c))) {
                let f = fold(w);
                if f.is_empty() {
                    continue;
                }
                let id = *ids.entry(f.clone()).or_insert_with(|| {
                    words.push(f);
                    (words.len() - 1) as u32
                });
                doc.push(id);
            }
            docs.push(doc);
        }
    }
    let mut counts = vec![0u32; words.len()];
    for d in &docs {
        for &w in d {
            counts[w as usize] += 1;
        }
    }
    let mut by_freq: Vec<u32> = (0..words.len() as u32).collect();
    by_freq.sort_by(|&a, &b| {
        counts[b as usize]
            .cmp(&counts[a as usize])
            .then(words[a as usize].cmp(&words[b as usize]))
    });
    let vocab: Vec<u32> = by_freq
        .iter()
        .copied()
        .filter(|&w| counts[w as usize] >= MIN_COUNT)
        .collect();
    let mut vrow = vec![u32::MAX; words.len()];
    for (r, &w) in vocab.iter().enumerate() {
        vrow[w as usize] = r as u32;
    }
    let mut ctx = vec![u32::MAX; words.len()];
    for (c, &w) in by_freq.iter().take(CONTEXTS).enumerate() {
        ctx[w as usize] = c as u32;
    }
    eprintln!(
        "{} tokens, {} types, {} in vocabulary",
        counts.iter().map(|&c| c as u64).sum::<u64>(),
        words.len(),
        vocab.len()
    );

    // 2. Co-occurrences.
    let mut co: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    for d in &docs {
        for (i, &w) in d.iter().enumerate() {
            let r = vrow[w as usize];
            if r == u32::MAX {
                continue;
            }
            for (block, off) in [-2isize, -1, 1, 2].iter().enumerate() {
                let j = i as isize + off;
                if j < 0 || j as usize >= d.len() {
                    continue;
                }
                let c = ctx[d[j as usize] as usize];
                if c != u32::MAX {
                    *co[r as usize]
                        .entry(block as u32 * CONTEXTS as u32 + c)
                        .or_default() += 1.0;
                }
            }
        }
    }
    // 3. PPMI with smoothed context distribution.
    let ndim = 4 * CONTEXTS;
    let mut col = vec![0f64; ndim];
    let mut total = 0f64;
    for row in &co {
        for (&d, &c) in row {
            col[d as usize] += f64::from(c);
            total += f64::from(c);
        }
    }
    let col_s: Vec<f64> = col.iter().map(|c| c.powf(0.75)).collect();
    let col_s_total: f64 = col_s.iter().sum();
    // 4. Projection.
    let proj: Vec<[f32; DIMS]> = (0..ndim)
        .map(|d| {
            let mut v = [0f32; DIMS];
            for (k, x) in v.iter_mut().enumerate() {
                *x = if mix((d * DIMS + k) as u64) & 1 == 0 {
                    1.0
                } else {
                    -1.0
                };
            }
            v
        })
        .collect();
    let mut vecs: Vec<[f32; DIMS]> = Vec::with_capacity(vocab.len());
    for row in &co {
        let row_total: f64 = row.values().map(|&c| f64::from(c)).sum();
        let mut v = [0f32; DIMS];
        let mut entries: Vec<(&u32, &f32)> = row.iter().collect();
        entries.sort_by_key(|e| *e.0);
        for (&d, &c) in entries {
            let pmi = ((f64::from(c) / total)
                / ((row_total / total) * (col_s[d as usize] / col_s_total)))
                .ln();
            if pmi > 0.0 {
                let p = &proj[d as usize];
                for k in 0..DIMS {
                    v[k] += pmi as f32 * p[k];
                }
            }
        }
        normalize(&mut v);
        vecs.push(v);
    }
    drop(co);
    // 5. Spherical k-means.
    let weights = vec![1f32; vecs.len()];
    let fine = kmeans(&vecs, &weights, FINE, 7);
    let mut cents = vec![[0f32; DIMS]; FINE];
    let mut sizes = vec![0f32; FINE];
    for (v, &c) in vecs.iter().zip(&fine) {
        for k in 0..DIMS {
            cents[c][k] += v[k];
        }
        sizes[c] += 1.0;
    }
    for c in &mut cents {
        normalize(c);
    }
    let coarse_of_fine = kmeans(&cents, &sizes, COARSE, 11);
    let mut out = std::io::BufWriter::new(std::fs::File::create(output)?);
    for (r, &w) in vocab.iter().enumerate() {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            words[w as usize], counts[w as usize], coarse_of_fine[fine[r]], fine[r]
        )?;
    }
    out.flush()?;
    eprintln!("wrote {} words to {output}", vocab.len());
    Ok(())
}

fn is_mark(c: char) -> bool {
    ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}' || c == '\u{0670}'
}

fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn normalize(v: &mut [f32; DIMS]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        for x in v.iter_mut() {
            *x /= n;
        }
    }
}

fn dot(a: &[f32; DIMS], b: &[f32; DIMS]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Weighted spherical k-means with k-means++ seeding; returns the cluster of each vector.
fn kmeans(vecs: &[[f32; DIMS]], weights: &[f32], k: usize, seed: u64) -> Vec<usize> {
    let n = vecs.len();
    let mut rng = seed;
    let mut next = || {
        rng = mix(rng);
        (rng >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut cents: Vec<[f32; DIMS]> = vec![vecs[(next() * n as f64) as usize % n]];
    let mut dist: Vec<f32> = vecs.iter().map(|v| 1.0 - dot(v, &cents[0])).collect();
    while cents.len() < k.min(n) {
        let total: f64 = dist
            .iter()
            .zip(weights)
            .map(|(&d, &w)| f64::from(d.max(0.0) * w))
            .sum();
        let mut target = next() * total;
        let mut pick = n - 1;
        for (i, (&d, &w)) in dist.iter().zip(weights).enumerate() {
            target -= f64::from(d.max(0.0) * w);
            if target <= 0.0 {
                pick = i;
                break;
            }
        }
        let c = vecs[pick];
        for (i, v) in vecs.iter().enumerate() {
            dist[i] = dist[i].min(1.0 - dot(v, &c));
        }
        cents.push(c);
    }
    let mut assign = vec![0usize; n];
    for it in 0..ITERS {
        let mut changed = 0;
        for (i, v) in vecs.iter().enumerate() {
            let mut best = (f32::NEG_INFINITY, 0);
            for (c, cent) in cents.iter().enumerate() {
                let s = dot(v, cent);
                if s > best.0 {
                    best = (s, c);
                }
            }
            if assign[i] != best.1 {
                changed += 1;
            }
            assign[i] = best.1;
        }
        let mut sums = vec![[0f32; DIMS]; cents.len()];
        for (i, v) in vecs.iter().enumerate() {
            for d in 0..DIMS {
                sums[assign[i]][d] += v[d] * weights[i];
            }
        }
        for (c, s) in cents.iter_mut().zip(sums.iter_mut()) {
            if s.iter().any(|&x| x != 0.0) {
                normalize(s);
                *c = *s;
            }
        }
        eprintln!("k-means k={k} iteration {}: {changed} changed", it + 1);
    }
    assign
}
