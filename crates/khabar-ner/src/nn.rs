//! The neural half of the ensemble: a small neural sequence tagger over the perceptron's
//! sparse features (docs/ner.md § Method and § "Neural networks").
//!
//! Every feature row has a dense `H`-dimensional vector; a token's hidden layer is
//! `relu(b + Σ vectors of its features)`, its tag scores are `Σ_d W_d · hidden(i + d)` over the
//! hidden layers of its neighbours `d = −C..=C` ([`NnConfig::context`]), and a first-order
//! CRF over the BILOU states ([`State`]) sits on top, trained by AdaGrad on the
//! log-likelihood with word and hidden-unit dropout. The hidden layer learns conjunctions of
//! features, so the word bigrams the linear model needs are left out (`Spans::unigram_keys`
//! in `src/features.rs`); the cost per token stays a sum of ~40 short vectors.
//! [`train`](crate::train()) trains [`TrainConfig::networks`](crate::TrainConfig::networks)
//! of them after the perceptrons and ships them in the model (as one quantised network);
//! [`Tagger::tag_with`] adds networks trained apart, for experiments.
//!
//! [`Tagger::tag_with`]: crate::Tagger::tag_with

use crate::conll::Sentence;
use crate::features::{features, token_infos, FeatureSet};
use crate::lexicon::Lexicon;
use crate::model::{viterbi, KeyMap};
use crate::tags::{to_tags, State, Tag, NUM_STATES};
use crate::train::prepare;
use crate::NerError;

/// Settings of the neural tagger's training.
#[derive(Debug, Clone, PartialEq)]
pub struct NnConfig {
    /// Hidden units.
    pub hidden: usize,
    /// Passes over the training data.
    pub epochs: usize,
    /// AdaGrad learning rate.
    pub lr: f32,
    /// Seed of the initialisation, shuffling and dropout.
    pub seed: u64,
    /// Probability that a token's lexical features are dropped in one step.
    pub word_dropout: f32,
    /// Probability that a hidden unit is dropped in one step.
    pub hidden_dropout: f32,
    /// Features seen fewer times are dropped.
    pub min_count: u32,
    /// The tag scores of token `i` read the hidden layers of tokens `i - context ..= i +
    /// context` (each offset has its own output weights): a window over the features of its
    /// neighbours' neighbours. 2 (the default) gains +0.6 F1 point in ten-fold
    /// cross-validation over 0 (docs/ner.md § "Neural networks").
    pub context: usize,
}

impl Default for NnConfig {
    fn default() -> Self {
        NnConfig {
            hidden: 32,
            epochs: 6,
            lr: 0.05,
            seed: 1,
            word_dropout: 0.5,
            hidden_dropout: 0.2,
            min_count: 2,
            context: 2,
        }
    }
}

/// A trained neural tagger (see the module docs).
#[derive(Clone)]
pub struct NnTagger {
    pub(crate) lexicon: Lexicon,
    pub(crate) index: KeyMap<u32>,
    pub(crate) hidden: usize,
    /// Row r → `emb[r * hidden .. (r + 1) * hidden]`.
    pub(crate) emb: Vec<f32>,
    pub(crate) b1: Vec<f32>,
    /// Offset p (token `i + p - context`), tag k → `w2[(p * NUM_STATES + k) * hidden ..][..hidden]`.
    pub(crate) w2: Vec<f32>,
    pub(crate) context: usize,
    pub(crate) start: [f32; NUM_STATES],
    pub(crate) trans: [[f32; NUM_STATES]; NUM_STATES],
}

/// Adds the tag scores of a sentence's tokens to `emit`, given their hidden layers `hs` (token
/// i → `hs[i * h..(i + 1) * h]`, after ReLU): token i reads the hidden layers of tokens
/// `i - context ..= i + context` through `w2` (layout of [`NnTagger::w2`]).
fn add_outputs(hs: &[f32], h: usize, w2: &[f32], context: usize, emit: &mut [[f32; NUM_STATES]]) {
    let n = emit.len();
    for (i, e) in emit.iter_mut().enumerate() {
        for p in 0..2 * context + 1 {
            let Some(u) = (i + p).checked_sub(context) else {
                continue;
            };
            if u >= n {
                continue;
            }
            for (k, ek) in e.iter_mut().enumerate() {
                *ek += dot(
                    &hs[u * h..(u + 1) * h],
                    &w2[(p * NUM_STATES + k) * h..][..h],
                );
            }
        }
    }
}

impl std::fmt::Debug for NnTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NnTagger")
            .field("features", &self.index.len())
            .field("hidden", &self.hidden)
            .finish()
    }
}

impl NnTagger {
    /// Tag scores of every token of a sentence.
    pub fn emissions(&self, tokens: &[&str]) -> Vec<[f32; NUM_STATES]> {
        let infos = token_infos(&self.lexicon, tokens, FeatureSet::V2);
        let mut all = Vec::with_capacity(64);
        let mut keys = Vec::with_capacity(64);
        let h = self.hidden;
        let mut hs = Vec::with_capacity(tokens.len() * h);
        for i in 0..tokens.len() {
            all.clear();
            keys.clear();
            features(&infos, i, &mut all).unigram_keys(&all, &mut keys);
            let base = hs.len();
            let rows = keys.iter().filter_map(|k| self.index.get(k).copied());
            self.push_pre_activation(rows, &mut hs);
            for a in &mut hs[base..] {
                *a = a.max(0.0);
            }
        }
        let mut emit = vec![[0f32; NUM_STATES]; tokens.len()];
        add_outputs(&hs, h, &self.w2, self.context, &mut emit);
        emit
    }

    /// Appends one token's hidden layer before the ReLU, `b1 + Σ` the vectors of `rows`, to
    /// `out` (tagging and training alike).
    fn push_pre_activation(&self, rows: impl Iterator<Item = u32>, out: &mut Vec<f32>) {
        let h = self.hidden;
        let base = out.len();
        out.extend_from_slice(&self.b1);
        for r in rows {
            let row = &self.emb[r as usize * h..(r as usize + 1) * h];
            for (z, w) in out[base..].iter_mut().zip(row) {
                *z += w;
            }
        }
    }

    /// Feature rows.
    pub fn num_rows(&self) -> usize {
        self.index.len()
    }

    /// Start and transition scores of the CRF layer.
    pub fn transitions(&self) -> (&[f32; NUM_STATES], &[[f32; NUM_STATES]; NUM_STATES]) {
        (&self.start, &self.trans)
    }

    /// Tags one sentence.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        to_tags(&viterbi(&self.emissions(tokens), &self.start, &self.trans))
    }
}

/// The shipped form of one or more [`NnTagger`]s trained on the same feature rows: their
/// hidden layers concatenated, the vectors quantised to `i8` with one scale, and the
/// output layer and CRF scores already multiplied by the ensemble weight (λ / networks), so
/// that its scores add straight to the perceptron's.
#[derive(Clone)]
pub(crate) struct Mlp {
    pub(crate) index: KeyMap<u32>,
    pub(crate) hidden: usize,
    /// Row r → `emb[off + r * hidden .. off + (r + 1) * hidden]` × `scale`.
    pub(crate) emb: Vec<i8>,
    /// Padding before row 0 that puts the rows on 64-byte boundaries (see [`Mlp::align`]).
    pub(crate) off: usize,
    pub(crate) scale: f32,
    pub(crate) b1: Vec<f32>,
    /// As [`NnTagger::w2`].
    pub(crate) w2: Vec<f32>,
    /// As [`NnTagger::context`].
    pub(crate) context: usize,
    /// `w2` transposed for tagging (see [`Mlp::transpose_outputs`]): hidden unit j → the
    /// weights of every (offset, tag) pair, `w2t[j * stride..][..(2C + 1) * NUM_STATES]`.
    pub(crate) w2t: Vec<f32>,
    pub(crate) stride: usize,
    pub(crate) start: [f32; NUM_STATES],
    pub(crate) trans: [[f32; NUM_STATES]; NUM_STATES],
}

impl Mlp {
    /// Combines networks trained on the same rows, each weighted `weight / nets.len()`.
    /// `None` when `nets` is empty or their rows differ.
    pub(crate) fn combine(nets: &[NnTagger], weight: f32) -> Option<Mlp> {
        let first = nets.first()?;
        if nets
            .iter()
            .any(|n| n.index != first.index || n.context != first.context)
        {
            return None;
        }
        let npos = 2 * first.context + 1;
        let rows = first.index.len();
        let hidden: usize = nets.iter().map(|n| n.hidden).sum();
        let w = weight / nets.len() as f32;
        let mut emb = Vec::with_capacity(rows * hidden);
        // One scale for every row (so that a token's rows add up as integers), clipping the
        // largest 0.01 % of the values: on the dev split as accurate as one scale per row.
        let mut all: Vec<f32> = nets
            .iter()
            .flat_map(|n| n.emb.iter().map(|x| x.abs()))
            .collect();
        all.sort_unstable_by(|a, b| a.total_cmp(b));
        let clip = all
            .get(((all.len() as f64 * 0.9999) as usize).min(all.len().saturating_sub(1)))
            .copied()
            .unwrap_or(1.0);
        drop(all);
        let scale = clip.max(1e-12) / 127.0;
        for r in 0..rows {
            for n in nets {
                emb.extend(
                    n.emb[r * n.hidden..(r + 1) * n.hidden]
                        .iter()
                        .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8),
                );
            }
        }
        let mut w2 = vec![0f32; npos * NUM_STATES * hidden];
        let mut at = 0;
        for n in nets {
            for pk in 0..npos * NUM_STATES {
                for j in 0..n.hidden {
                    w2[pk * hidden + at + j] = w * n.w2[pk * n.hidden + j];
                }
            }
            at += n.hidden;
        }
        let mut start = [0f32; NUM_STATES];
        let mut trans = [[0f32; NUM_STATES]; NUM_STATES];
        for n in nets {
            add_crf_scores(&mut start, &mut trans, n.transitions(), w);
        }
        Some(Mlp {
            index: first.index.clone(),
            hidden,
            emb,
            off: 0,
            scale,
            b1: nets.iter().flat_map(|n| n.b1.iter().copied()).collect(),
            w2,
            context: first.context,
            w2t: Vec::new(),
            stride: 0,
            start,
            trans,
        })
    }

    /// The rows of row `r`.
    pub(crate) fn row(&self, r: usize) -> &[i8] {
        let at = self.off + r * self.hidden;
        &self.emb[at..at + self.hidden]
    }

    /// Moves the rows to a fresh buffer where they start on a 64-byte boundary, so that a
    /// 64-unit row is one cache line rather than two (tagging is bound by these reads).
    pub(crate) fn align(&mut self) {
        let n = self.emb.len() - self.off;
        let mut v = vec![0i8; n + 64];
        let off = (64 - v.as_ptr() as usize % 64) % 64;
        v[off..off + n].copy_from_slice(&self.emb[self.off..]);
        self.emb = v;
        self.off = off;
    }

    /// Adds the network's scores of a sentence's tokens to `emit`, given each token's rows
    /// (token i's at `rows[ends[i - 1]..ends[i]]`): the hidden layers ([`Mlp::push_hidden`]),
    /// then the output layer ([`Mlp::add_outputs`]).
    ///
    /// On x86-64 CPUs with AVX2 the same code runs compiled for AVX2 (eight lanes instead of
    /// four). Only the lane width changes, not the order of any sum (the hidden layers are
    /// integer sums), and there is no fused multiply-add, so both versions return the same
    /// scores bit for bit.
    pub(crate) fn add_scores(&self, rows: &[u32], ends: &[usize], emit: &mut [[f32; NUM_STATES]]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            unsafe { self.add_scores_avx2(rows, ends, emit) };
            return;
        }
        self.add_scores_portable(rows, ends, emit);
    }

    /// [`Mlp::add_scores`] compiled for AVX2.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn add_scores_avx2(&self, rows: &[u32], ends: &[usize], emit: &mut [[f32; NUM_STATES]]) {
        self.add_scores_portable(rows, ends, emit);
    }

    #[inline(always)]
    fn add_scores_portable(&self, rows: &[u32], ends: &[usize], emit: &mut [[f32; NUM_STATES]]) {
        let mut zi = Vec::with_capacity(self.hidden);
        let mut hs = Vec::with_capacity(ends.len() * self.hidden);
        let mut start = 0;
        for &end in ends {
            self.push_hidden(&rows[start..end], &mut zi, &mut hs);
            start = end;
        }
        self.add_outputs(&hs, emit);
    }

    /// Appends one token's hidden layer (after ReLU) to `hs`, given its rows; `zi` is scratch
    /// space. The rows add up as integers (at most 255 rows of ±127 fit an `i16`; a token has
    /// about 40), then one multiplication scales them.
    #[inline(always)]
    fn push_hidden(&self, rows: &[u32], zi: &mut Vec<i16>, hs: &mut Vec<f32>) {
        zi.clear();
        zi.resize(self.hidden, 0);
        for &r in rows.iter().take(255) {
            for (a, &q) in zi.iter_mut().zip(self.row(r as usize)) {
                *a += i16::from(q);
            }
        }
        let s = self.scale;
        hs.extend(
            zi.iter()
                .zip(&self.b1)
                .map(|(&a, &b)| (b + s * f32::from(a)).max(0.0)),
        );
    }

    /// Builds [`Mlp::w2t`]: with one row of output weights per hidden unit, a token's
    /// scores for every (offset, tag) pair are one pass over its non-zero hidden units (after
    /// the ReLU about half are zero), each adding a short contiguous row.
    pub(crate) fn transpose_outputs(&mut self) {
        let (h, outs) = (self.hidden, (2 * self.context + 1) * NUM_STATES);
        self.stride = outs.next_multiple_of(8);
        self.w2t = vec![0f32; h * self.stride];
        for pk in 0..outs {
            for j in 0..h {
                self.w2t[j * self.stride + pk] = self.w2[pk * h + j];
            }
        }
    }

    /// Adds the tag scores of a sentence's tokens, given their hidden layers, to `emit`
    /// (after [`Mlp::transpose_outputs`]).
    #[inline(always)]
    fn add_outputs(&self, hs: &[f32], emit: &mut [[f32; NUM_STATES]]) {
        let (h, c, st) = (self.hidden, self.context, self.stride);
        let n = emit.len();
        let mut y = vec![0f32; st];
        for u in 0..n {
            y.iter_mut().for_each(|v| *v = 0.0);
            for (j, &x) in hs[u * h..(u + 1) * h].iter().enumerate() {
                if x != 0.0 {
                    for (a, &w) in y.iter_mut().zip(&self.w2t[j * st..(j + 1) * st]) {
                        *a += x * w;
                    }
                }
            }
            // Token i reads token u = i + p − c through offset p.
            for p in 0..2 * c + 1 {
                let Some(i) = (u + c).checked_sub(p) else {
                    continue;
                };
                if let Some(e) = emit.get_mut(i) {
                    for (ek, &v) in e.iter_mut().zip(&y[p * NUM_STATES..(p + 1) * NUM_STATES]) {
                        *ek += v;
                    }
                }
            }
        }
    }
}

/// Adds `weight ×` another model's start and transition scores to `start` and `trans`.
pub(crate) fn add_crf_scores(
    start: &mut [f32; NUM_STATES],
    trans: &mut [[f32; NUM_STATES]; NUM_STATES],
    (from_start, from_trans): (&[f32; NUM_STATES], &[[f32; NUM_STATES]; NUM_STATES]),
    weight: f32,
) {
    for a in 0..NUM_STATES {
        start[a] += weight * from_start[a];
        for (x, y) in trans[a].iter_mut().zip(&from_trans[a]) {
            *x += weight * y;
        }
    }
}

/// Dot product with eight independent partial sums (a plain `sum` of floats is one serial
/// chain of additions, which the compiler may not reorder into vector lanes).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for j in 0..8 {
            acc[j] += x[j] * y[j];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// Deterministic xorshift64* generator (the state is public: the perceptron's word dropout
/// takes it as its salt).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    /// Shuffles `order` in place (Fisher–Yates, one draw per position from the end).
    pub(crate) fn shuffle(&mut self, order: &mut [usize]) {
        for i in (1..order.len()).rev() {
            order.swap(i, (self.next() % (i as u64 + 1)) as usize);
        }
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// AdaGrad step on one parameter slice.
fn adagrad(w: &mut [f32], g2: &mut [f32], grad: &[f32], lr: f32) {
    for ((w, s), &g) in w.iter_mut().zip(g2.iter_mut()).zip(grad) {
        if g != 0.0 {
            *s += g * g;
            *w -= lr * g / (s.sqrt() + 1e-6);
        }
    }
}

/// Log-sum-exp of a slice.
fn lse(xs: &[f32]) -> f32 {
    let m = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if m == f32::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|&x| (x - m).exp()).sum::<f32>().ln()
}

/// CRF gradient for one sentence: fills `d_emit` with marginals − gold and accumulates the
/// start/transition gradients; returns the negative log-likelihood.
fn crf_grad(
    emit: &[[f32; NUM_STATES]],
    gold: &[State],
    start: &[f32; NUM_STATES],
    trans: &[[f32; NUM_STATES]; NUM_STATES],
    d_emit: &mut Vec<[f32; NUM_STATES]>,
    d_start: &mut [f32; NUM_STATES],
    d_trans: &mut [[f32; NUM_STATES]; NUM_STATES],
) -> f32 {
    let n = emit.len();
    let ok = State::may_follow_index;
    let end = |t: usize| {
        if State(t as u8).may_end() {
            0.0
        } else {
            f32::NEG_INFINITY
        }
    };
    let ninf = f32::NEG_INFINITY;
    let mut alpha = vec![[ninf; NUM_STATES]; n];
    for t in 0..NUM_STATES {
        if ok(None, t) {
            alpha[0][t] = start[t] + emit[0][t];
        }
    }
    let mut buf = [0f32; NUM_STATES];
    for i in 1..n {
        for t in 0..NUM_STATES {
            for p in 0..NUM_STATES {
                buf[p] = if ok(Some(p), t) {
                    alpha[i - 1][p] + trans[p][t]
                } else {
                    ninf
                };
            }
            alpha[i][t] = lse(&buf) + emit[i][t];
        }
    }
    let mut beta = vec![[0f32; NUM_STATES]; n];
    beta[n - 1] = std::array::from_fn(end);
    for i in (0..n - 1).rev() {
        for p in 0..NUM_STATES {
            for t in 0..NUM_STATES {
                buf[t] = if ok(Some(p), t) {
                    trans[p][t] + emit[i + 1][t] + beta[i + 1][t]
                } else {
                    ninf
                };
            }
            beta[i][p] = lse(&buf);
        }
    }
    let last: [f32; NUM_STATES] = std::array::from_fn(|t| alpha[n - 1][t] + end(t));
    let log_z = lse(&last);
    d_emit.clear();
    for i in 0..n {
        let mut d = [0f32; NUM_STATES];
        for t in 0..NUM_STATES {
            let a = alpha[i][t] + beta[i][t] - log_z;
            d[t] = if a == ninf { 0.0 } else { a.exp() };
        }
        d[gold[i].index()] -= 1.0;
        d_emit.push(d);
    }
    for t in 0..NUM_STATES {
        d_start[t] += d_emit[0][t];
    }
    for i in 1..n {
        for p in 0..NUM_STATES {
            if alpha[i - 1][p] == ninf {
                continue;
            }
            for t in 0..NUM_STATES {
                if !ok(Some(p), t) {
                    continue;
                }
                let m = (alpha[i - 1][p] + trans[p][t] + emit[i][t] + beta[i][t] - log_z).exp();
                d_trans[p][t] += m;
            }
        }
        d_trans[gold[i - 1].index()][gold[i].index()] -= 1.0;
    }
    let mut gold_score = start[gold[0].index()] + emit[0][gold[0].index()];
    for i in 1..n {
        gold_score += trans[gold[i - 1].index()][gold[i].index()] + emit[i][gold[i].index()];
    }
    log_z - gold_score
}

/// Trains the neural tagger, deterministically for a fixed seed. `on_epoch(epoch, mean
/// negative log-likelihood per token, tagger)` is called after every epoch.
pub fn train_nn(
    train: &[Sentence],
    lexicon: Lexicon,
    config: &NnConfig,
    mut on_epoch: impl FnMut(usize, f32, &NnTagger),
) -> Result<NnTagger, NerError> {
    let (p, index) = prepare(train, &lexicon, config.min_count, true)?;
    let n = index.len();
    let h = config.hidden;
    let mut rng = Rng(crate::features::mix64(config.seed ^ 0x5851_f42d_4c95_7f2d) | 1);
    let a1 = 0.05f32;
    let emb: Vec<f32> = (0..n * h).map(|_| (rng.unit() * 2.0 - 1.0) * a1).collect();
    let a2 = (6.0 / (h + NUM_STATES) as f32).sqrt();
    let c = config.context;
    let npos = 2 * c + 1;
    let w2: Vec<f32> = (0..npos * NUM_STATES * h)
        .map(|_| (rng.unit() * 2.0 - 1.0) * a2)
        .collect();
    let mut m = NnTagger {
        lexicon,
        index,
        hidden: h,
        emb,
        b1: vec![0.0; h],
        w2,
        context: c,
        start: [0.0; NUM_STATES],
        trans: [[0.0; NUM_STATES]; NUM_STATES],
    };
    let mut g_emb = vec![0f32; n * h];
    let mut g_b1 = vec![0f32; h];
    let mut g_w2 = vec![0f32; npos * NUM_STATES * h];
    let mut g_start = [0f32; NUM_STATES];
    let mut g_trans = [[0f32; NUM_STATES]; NUM_STATES];

    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut emit: Vec<[f32; NUM_STATES]> = Vec::new();
    let mut d_emit: Vec<[f32; NUM_STATES]> = Vec::new();
    let mut zs: Vec<f32> = Vec::new();
    let mut masks: Vec<f32> = Vec::new();
    let mut dropped: Vec<bool> = Vec::new();
    let mut grad_h = vec![0f32; h];
    let mut grad_w2 = vec![0f32; npos * NUM_STATES * h];
    let mut hs: Vec<f32> = Vec::new();
    let mut grad_b1 = vec![0f32; h];
    let keep = 1.0 - config.hidden_dropout;
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        let mut loss = 0f64;
        for &s in &order {
            let (a, b) = (p.sent[s], p.sent[s + 1]);
            if a == b {
                continue;
            }
            let len = b - a;
            // Forward.
            emit.clear();
            zs.clear();
            masks.clear();
            dropped.clear();
            for t in a..b {
                let drop = rng.unit() < config.word_dropout;
                dropped.push(drop);
                m.push_pre_activation(p.rows(t, drop), &mut zs);
                for _ in 0..h {
                    masks.push(if rng.unit() < keep { 1.0 / keep } else { 0.0 });
                }
            }
            hs.clear();
            hs.extend(zs.iter().zip(&masks).map(|(&z, &mk)| z.max(0.0) * mk));
            emit.clear();
            emit.resize(len, [0f32; NUM_STATES]);
            add_outputs(&hs, h, &m.w2, c, &mut emit);
            let mut d_start = [0f32; NUM_STATES];
            let mut d_trans = [[0f32; NUM_STATES]; NUM_STATES];
            loss += f64::from(crf_grad(
                &emit,
                &p.gold[a..b],
                &m.start,
                &m.trans,
                &mut d_emit,
                &mut d_start,
                &mut d_trans,
            ));
            // Backward.
            grad_w2.iter_mut().for_each(|x| *x = 0.0);
            grad_b1.iter_mut().for_each(|x| *x = 0.0);
            for (i, &drop) in dropped.iter().enumerate() {
                let base = i * h;
                let z = &zs[base..base + h];
                let mk = &masks[base..base + h];
                grad_h.iter_mut().for_each(|x| *x = 0.0);
                // Token i's hidden layer feeds the outputs of tokens i - q + c.
                for q in 0..npos {
                    let Some(o) = (i + c).checked_sub(q) else {
                        continue;
                    };
                    if o >= len {
                        continue;
                    }
                    for (k, &d) in d_emit[o].iter().enumerate() {
                        if d == 0.0 {
                            continue;
                        }
                        let at = (q * NUM_STATES + k) * h;
                        let w = &m.w2[at..at + h];
                        let gw = &mut grad_w2[at..at + h];
                        for j in 0..h {
                            gw[j] += d * hs[base + j];
                            grad_h[j] += d * w[j];
                        }
                    }
                }
                for j in 0..h {
                    grad_h[j] = if z[j] > 0.0 { grad_h[j] * mk[j] } else { 0.0 };
                    grad_b1[j] += grad_h[j];
                }
                for r in p.rows(a + i, drop) {
                    let r = r as usize;
                    adagrad(
                        &mut m.emb[r * h..(r + 1) * h],
                        &mut g_emb[r * h..(r + 1) * h],
                        &grad_h,
                        config.lr,
                    );
                }
            }
            adagrad(&mut m.w2, &mut g_w2, &grad_w2, config.lr);
            adagrad(&mut m.b1, &mut g_b1, &grad_b1, config.lr);
            adagrad(&mut m.start, &mut g_start, &d_start, config.lr);
            for k in 0..NUM_STATES {
                adagrad(&mut m.trans[k], &mut g_trans[k], &d_trans[k], config.lr);
            }
        }
        on_epoch(epoch, (loss / p.gold.len() as f64) as f32, &m);
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Sample = (
        Vec<[f32; NUM_STATES]>,
        Vec<State>,
        [f32; NUM_STATES],
        [[f32; NUM_STATES]; NUM_STATES],
    );

    fn sample() -> Sample {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let mut r = || rng.unit() * 2.0 - 1.0;
        let emit: Vec<[f32; NUM_STATES]> = (0..4).map(|_| std::array::from_fn(|_| r())).collect();
        let start = std::array::from_fn(|_| r());
        let trans = std::array::from_fn(|_| std::array::from_fn(|_| r()));
        // O B-PERS L-PERS O
        let gold = vec![State(0), State(1), State(3), State(0)];
        (emit, gold, start, trans)
    }

    fn loss(
        emit: &[[f32; NUM_STATES]],
        gold: &[State],
        start: &[f32; NUM_STATES],
        trans: &[[f32; NUM_STATES]; NUM_STATES],
    ) -> f32 {
        let (mut d, mut ds, mut dt) = (
            Vec::new(),
            [0.0; NUM_STATES],
            [[0.0; NUM_STATES]; NUM_STATES],
        );
        crf_grad(emit, gold, start, trans, &mut d, &mut ds, &mut dt)
    }

    #[test]
    fn crf_gradient_matches_finite_differences() {
        let (emit, gold, start, trans) = sample();
        let (mut d, mut ds, mut dt) = (
            Vec::new(),
            [0.0; NUM_STATES],
            [[0.0; NUM_STATES]; NUM_STATES],
        );
        let l = crf_grad(&emit, &gold, &start, &trans, &mut d, &mut ds, &mut dt);
        assert!(l > 0.0, "a negative log-likelihood is positive");
        // Central difference of the loss when one input moves by ±eps, against its gradient.
        let eps = 1e-2;
        let check = |what: String, analytic: f32, moved: &dyn Fn(f32) -> f32| {
            let num = (moved(eps) - moved(-eps)) / (2.0 * eps);
            assert!((num - analytic).abs() < 2e-3, "{what}: {num} vs {analytic}");
        };
        for i in 0..emit.len() {
            for t in 0..NUM_STATES {
                check(format!("emit[{i}][{t}]"), d[i][t], &|x| {
                    let mut e = emit.clone();
                    e[i][t] += x;
                    loss(&e, &gold, &start, &trans)
                });
            }
        }
        for p in 0..NUM_STATES {
            for t in 0..NUM_STATES {
                check(format!("trans[{p}][{t}]"), dt[p][t], &|x| {
                    let mut tr = trans;
                    tr[p][t] += x;
                    loss(&emit, &gold, &start, &tr)
                });
            }
        }
    }
}
