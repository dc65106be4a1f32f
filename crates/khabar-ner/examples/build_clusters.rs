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
//! 2. Vocabulary: words seen at least `MIN_COUNT` times.
//! 3. Word embeddings: skip-gram with negative sampling (Mikolov et al. 2013), `DIMS`
//!    dimensions, window `WINDOW`, `NEGATIVE` negatives from the unigram^0.75 distribution,
//!    sub-sampling of frequent words, `EPOCHS` epochs, linearly decaying learning rate; one
//!    thread and a fixed-seed generator, so the output is deterministic.
//! 4. L2 normalisation.
//! 5. Spherical k-means (`FINE` clusters, k-means++ seeding with a fixed seed, `ITERS`
//!    iterations); then the fine centroids are clustered again into `COARSE` clusters.
//!    Output: `word<TAB>count<TAB>coarse<TAB>fine`, most frequent first.

#![allow(clippy::needless_range_loop)] // index loops read best in numeric code

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};

use khabar_ner::fold::fold;

const MIN_COUNT: u32 = 3;
const DIMS: usize = 100;
const WINDOW: usize = 5;
const NEGATIVE: usize = 5;
const EPOCHS: usize = 5;
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
    eprintln!(
        "{} tokens, {} types, {} in vocabulary",
        counts.iter().map(|&c| c as u64).sum::<u64>(),
        words.len(),
        vocab.len()
    );

    // 2. Skip-gram with negative sampling (word2vec), single-threaded and deterministic.
    let vecs = skipgram(&docs, &vrow, &vocab, &counts);
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

fn skipgram(docs: &[Vec<u32>], vrow: &[u32], vocab: &[u32], counts: &[u32]) -> Vec<[f32; DIMS]> {
    let n = vocab.len();
    let total: f64 = vocab.iter().map(|&w| f64::from(counts[w as usize])).sum();
    // Sub-sampling keep probabilities (t = 1e-4).
    let keep: Vec<f64> = vocab
        .iter()
        .map(|&w| {
            let f = f64::from(counts[w as usize]) / total;
            ((1e-4 / f).sqrt() + 1e-4 / f).min(1.0)
        })
        .collect();
    // Negative-sampling table.
    let table_size = 10_000_000usize;
    let pow: Vec<f64> = vocab
        .iter()
        .map(|&w| f64::from(counts[w as usize]).powf(0.75))
        .collect();
    let pow_total: f64 = pow.iter().sum();
    let mut table = Vec::with_capacity(table_size);
    let mut acc = 0.0;
    for (r, p) in pow.iter().enumerate() {
        acc += p / pow_total;
        while (table.len() as f64) < acc * table_size as f64 && table.len() < table_size {
            table.push(r as u32);
        }
    }
    while table.len() < table_size {
        table.push((n - 1) as u32);
    }
    let mut rng: u64 = 42;
    let mut next = move || {
        rng = rng
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        rng >> 16
    };
    let mut emb: Vec<f32> = (0..n * DIMS)
        .map(|_| ((next() % 10_000) as f32 / 10_000.0 - 0.5) / DIMS as f32)
        .collect();
    let mut ctx = vec![0f32; n * DIMS];
    let words: Vec<Vec<u32>> = docs
        .iter()
        .map(|d| {
            d.iter()
                .map(|&w| vrow[w as usize])
                .filter(|&r| r != u32::MAX)
                .collect()
        })
        .collect();
    let train_words: f64 = words.iter().map(|d| d.len() as f64).sum::<f64>() * EPOCHS as f64;
    let mut seen = 0f64;
    let start_lr = 0.025f32;
    let mut grad = [0f32; DIMS];
    for epoch in 0..EPOCHS {
        for doc in &words {
            let sent: Vec<u32> = doc
                .iter()
                .copied()
                .filter(|&r| (next() % 1_000_000) as f64 / 1e6 < keep[r as usize])
                .collect();
            seen += doc.len() as f64;
            let lr = (start_lr * (1.0 - (seen / train_words) as f32)).max(start_lr * 1e-4);
            for (i, &w) in sent.iter().enumerate() {
                let b = (next() % WINDOW as u64) as usize;
                let lo = i.saturating_sub(WINDOW - b);
                let hi = (i + WINDOW - b + 1).min(sent.len());
                for j in lo..hi {
                    if j == i {
                        continue;
                    }
                    let c = sent[j] as usize;
                    grad.iter_mut().for_each(|g| *g = 0.0);
                    for k in 0..=NEGATIVE {
                        let (target, label) = if k == 0 {
                            (w as usize, 1.0f32)
                        } else {
                            let t = table[(next() % table_size as u64) as usize] as usize;
                            if t == w as usize {
                                continue;
                            }
                            (t, 0.0)
                        };
                        let e = &emb[c * DIMS..(c + 1) * DIMS];
                        let o = &mut ctx[target * DIMS..(target + 1) * DIMS];
                        let f: f32 = e.iter().zip(o.iter()).map(|(a, b)| a * b).sum();
                        let sig = 1.0 / (1.0 + (-f.clamp(-6.0, 6.0)).exp());
                        let g = (label - sig) * lr;
                        for d in 0..DIMS {
                            grad[d] += g * o[d];
                            o[d] += g * e[d];
                        }
                    }
                    let e = &mut emb[c * DIMS..(c + 1) * DIMS];
                    for d in 0..DIMS {
                        e[d] += grad[d];
                    }
                }
            }
        }
        eprintln!("skip-gram epoch {} done", epoch + 1);
    }
    (0..n)
        .map(|r| {
            let mut v = [0f32; DIMS];
            v.copy_from_slice(&emb[r * DIMS..(r + 1) * DIMS]);
            normalize(&mut v);
            v
        })
        .collect()
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
