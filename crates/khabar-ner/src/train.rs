//! Training: averaged structured perceptron over first-order Viterbi on the BILOU states
//! (gold IOB2 tags become states with [`to_states`]).

use crate::conll::{Scores, Sentence};
use crate::features::{features, mix64, token_infos, FeatureSet};
use crate::lexicon::Lexicon;
use crate::model::{viterbi, KeyMap, Tagger};
use crate::nn::{train_nn, Mlp, NnConfig, Rng};
use crate::tags::{to_states, State, NUM_STATES};
use crate::NerError;

/// Training settings.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the sentence shuffling (training is deterministic for a fixed seed).
    pub seed: u64,
    /// Features seen fewer times than this in the training data are dropped.
    pub min_count: u32,
    /// Perceptrons trained with the seeds `seed`, `seed + 1`, … and averaged into one model
    /// (1 = a single perceptron). Averaging several shuffling orders removes most of the
    /// perceptron's order dependence (about +1 F1 point on the dev split, docs/ner.md).
    pub runs: usize,
    /// Probability that a training token's lexical features (its word form, stems, and the
    /// bigrams and gazetteer matches naming it) are left out of one perceptron step, so that
    /// the rest (clusters, affixes, gazetteer, context) learn to carry names never seen in
    /// training ("feature bagging", Sutton et al. 2006). 0 disables it; deterministic for a
    /// fixed seed.
    pub word_dropout: f32,
    /// Neural networks trained after the perceptrons (seeds `seed`, `seed + 1`, …) and
    /// shipped with them as an ensemble (0 = the perceptron alone; see [`crate::nn`]).
    pub networks: usize,
    /// Settings of the networks (their `seed` is replaced as above).
    pub network: NnConfig,
    /// Weight of the networks' mean scores against the perceptron's.
    pub network_weight: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 1,
            min_count: 1,
            runs: 5,
            word_dropout: 0.5,
            networks: 2,
            network: NnConfig::default(),
            network_weight: 16.0,
        }
    }
}

/// Progress after one epoch.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// 1-based run number (see [`TrainConfig::runs`]).
    pub run: usize,
    /// 1-based epoch number.
    pub epoch: usize,
    /// Training tokens mistagged during the epoch (before averaging).
    pub train_errors: usize,
    /// Training tokens.
    pub train_tokens: usize,
    /// Scores of this run's averaged model on the dev data, when given.
    pub dev: Option<Scores>,
    /// Scores of the ensemble of the runs finished so far, after a run's last epoch, when dev
    /// data is given.
    pub ensemble_dev: Option<Scores>,
    /// Whether this epoch trained a neural network ([`TrainConfig::networks`]; `run` is then
    /// the network's number) rather than a perceptron.
    pub network: bool,
    /// For a network, its mean negative log-likelihood per training token in this epoch.
    pub loss: f32,
}

/// Training sentences as feature rows.
pub(crate) struct Prepared {
    /// Feature rows per token: `feats[offsets[t]..offsets[t + 1]]`.
    feats: Vec<u32>,
    offsets: Vec<usize>,
    /// Per token, the lexical rows: `feats[offsets[t] + a..offsets[t] + b]` for `(a, b)`.
    lexical: Vec<(u8, u8)>,
    /// First token index of each sentence, plus the total at the end.
    pub(crate) sent: Vec<usize>,
    pub(crate) gold: Vec<State>,
}

impl Prepared {
    /// The feature rows of token `t` in this step: all of them, or, when `dropped`, all but
    /// the lexical ones.
    pub(crate) fn rows(&self, t: usize, dropped: bool) -> impl Iterator<Item = u32> + '_ {
        rows(self, t, dropped)
    }
}

/// Checks the training sentences, extracts their features, keeps those seen `min_count`
/// times or more, and returns the sentences as feature rows with the key → row index.
/// `unigrams_only` keeps the unigram keys only (the neural tagger's input, see
/// [`crate::features::Spans`]).
pub(crate) fn prepare(
    train: &[Sentence],
    lexicon: &Lexicon,
    min_count: u32,
    unigrams_only: bool,
) -> Result<(Prepared, KeyMap<u32>), NerError> {
    if train.iter().all(|s| s.tokens.is_empty()) {
        return Err(NerError::Train("no training sentences".into()));
    }
    for (i, s) in train.iter().enumerate() {
        if s.tags.len() != s.tokens.len() {
            return Err(NerError::Train(format!(
                "sentence {} has no gold tags",
                i + 1
            )));
        }
    }
    // Pass 1: feature keys and their counts.
    let mut counts: KeyMap<u32> = KeyMap::default();
    let mut all_keys: Vec<(Vec<u64>, usize)> = Vec::new();
    for s in train {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let infos = token_infos(lexicon, &toks, FeatureSet::V2);
        for i in 0..toks.len() {
            let mut k = Vec::with_capacity(64);
            let spans = features(&infos, i, &mut k);
            let lexical = if unigrams_only {
                let mut u = Vec::with_capacity(k.len());
                let n = spans.unigram_keys(&k, &mut u);
                k = u;
                n
            } else {
                spans.lexical
            };
            for &key in &k {
                *counts.entry(key).or_default() += 1;
            }
            all_keys.push((k, lexical));
        }
    }
    let mut kept: Vec<u64> = counts
        .iter()
        .filter(|(_, &c)| c >= min_count)
        .map(|(&k, _)| k)
        .collect();
    kept.sort_unstable();
    let index: KeyMap<u32> = kept
        .iter()
        .enumerate()
        .map(|(r, &k)| (k, r as u32))
        .collect();
    drop(counts);
    let mut p = Prepared {
        feats: Vec::new(),
        offsets: vec![0],
        lexical: Vec::new(),
        sent: vec![0],
        gold: Vec::new(),
    };
    for (k, lexical) in &all_keys {
        // `features` puts the bias first and the lexical keys right after it.
        let kept = |keys: &[u64]| keys.iter().filter(|k| index.contains_key(k)).count();
        let a = kept(&k[..1]);
        let b = a + kept(&k[1..1 + lexical]);
        p.lexical.push((a.min(255) as u8, b.min(255) as u8));
        p.feats
            .extend(k.iter().filter_map(|key| index.get(key).copied()));
        p.offsets.push(p.feats.len());
    }
    drop(all_keys);
    for s in train {
        p.gold.extend(to_states(&s.tags));
        p.sent.push(p.gold.len());
    }
    Ok((p, index))
}

/// Trains a tagger on labelled sentences. `on_epoch` is called after every epoch (with dev
/// scores when `dev` is given).
pub fn train(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    lexicon: Lexicon,
    config: &TrainConfig,
    mut on_epoch: impl FnMut(&EpochReport),
) -> Result<Tagger, NerError> {
    let (p, index) = prepare(train, &lexicon, config.min_count, false)?;

    let n = index.len();
    let mut tagger = Tagger {
        lexicon,
        index,
        weights: Vec::new(),
        start: [0.0; NUM_STATES],
        trans: [[0.0; NUM_STATES]; NUM_STATES],
        nn: None,
        joint: KeyMap::default(),
        pscale: 1.0,
        feature_set: FeatureSet::V2,
    };
    let runs = config.runs.max(1);
    // Running sum of the finished runs' averaged models.
    let mut sum = Sum::new(n);
    let mut emit: Vec<[f32; NUM_STATES]> = Vec::new();
    for run in 1..=runs {
        let mut w = Weights::new(n);
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut rng = Rng(config.seed.wrapping_add(run as u64 - 1) ^ 0x9e37_79b9_7f4a_7c15);
        for epoch in 1..=config.epochs {
            rng.shuffle(&mut order);
            let dropout = Dropout {
                p: config.word_dropout,
                salt: rng.0,
            };
            let errors = perceptron_epoch(&p, &order, &mut w, &mut emit, dropout);
            let last = epoch == config.epochs;
            if dev.is_some() || last {
                w.averaged_into(&mut tagger);
            }
            let dev_scores = dev.map(|d| evaluate(&tagger, d));
            let mut ensemble_dev = None;
            if last {
                sum.add(&tagger);
                if let Some(d) = dev {
                    // `tagger` becomes the ensemble of the runs so far; the next run's first
                    // epoch overwrites it again.
                    sum.mean_into(&mut tagger);
                    ensemble_dev = Some(evaluate(&tagger, d));
                }
            }
            on_epoch(&EpochReport {
                run,
                epoch,
                train_errors: errors,
                train_tokens: p.gold.len(),
                dev: dev_scores,
                ensemble_dev,
                network: false,
                loss: 0.0,
            });
        }
        if config.epochs == 0 {
            w.averaged_into(&mut tagger);
            sum.add(&tagger);
        }
    }
    sum.mean_into(&mut tagger);
    let mut tagger = tagger.with_network(None);
    let mut nets = Vec::new();
    for net in 1..=config.networks {
        let nn_config = NnConfig {
            seed: config.seed.wrapping_add(net as u64 - 1),
            ..config.network.clone()
        };
        let last = net == config.networks;
        let m = train_nn(
            train,
            tagger.lexicon.clone(),
            &nn_config,
            |epoch, loss, _| {
                on_epoch(&EpochReport {
                    run: net,
                    epoch,
                    train_errors: 0,
                    train_tokens: p.gold.len(),
                    dev: None,
                    ensemble_dev: None,
                    network: true,
                    loss,
                });
            },
        )?;
        nets.push(m);
        if last {
            tagger = tagger.with_network(Mlp::combine(&nets, config.network_weight));
        }
    }
    // The model as its file will hold it (quantised, rows without weight dropped), so that
    // the tagger returned here and the one loaded from its bytes tag alike.
    let lexicon = tagger.lexicon.clone();
    let tagger = Tagger::from_bytes_with(&tagger.to_bytes(), lexicon)?;
    if let (Some(d), true) = (dev, config.networks > 0) {
        on_epoch(&EpochReport {
            run: config.networks,
            epoch: config.network.epochs,
            train_errors: 0,
            train_tokens: p.gold.len(),
            dev: None,
            ensemble_dev: Some(evaluate(&tagger, d)),
            network: true,
            loss: 0.0,
        });
    }
    Ok(tagger)
}

/// Which tokens lose their lexical features in one epoch (see [`TrainConfig::word_dropout`]).
#[derive(Clone, Copy)]
struct Dropout {
    p: f32,
    salt: u64,
}

impl Dropout {
    /// Whether token `t` loses its lexical features this epoch (a hash of `t` and the salt).
    fn drops(&self, t: usize) -> bool {
        if self.p <= 0.0 {
            return false;
        }
        let z = mix64((t as u64 ^ self.salt).wrapping_add(0x9e37_79b9_7f4a_7c15));
        ((z >> 40) as f32) < self.p * (1u64 << 24) as f32
    }
}

/// The feature rows of token `t` in this step: all of them, or, when `dropped`, all but the
/// lexical ones.
fn rows(p: &Prepared, t: usize, dropped: bool) -> impl Iterator<Item = u32> + '_ {
    let all = &p.feats[p.offsets[t]..p.offsets[t + 1]];
    let (a, b) = if dropped {
        let (a, b) = p.lexical[t];
        (usize::from(a), usize::from(b))
    } else {
        (all.len(), all.len())
    };
    all[..a].iter().chain(&all[b..]).copied()
}

/// One pass of the structured perceptron over the sentences in `order`; returns the number
/// of mistagged tokens.
fn perceptron_epoch(
    p: &Prepared,
    order: &[usize],
    w: &mut Weights,
    emit: &mut Vec<[f32; NUM_STATES]>,
    dropout: Dropout,
) -> usize {
    let mut errors = 0;
    for &s in order {
        let (a, b) = (p.sent[s], p.sent[s + 1]);
        if a == b {
            continue;
        }
        emit.clear();
        for t in a..b {
            let mut e = [0f32; NUM_STATES];
            for r in rows(p, t, dropout.drops(t)) {
                let row = &w.w[r as usize * NUM_STATES..(r as usize + 1) * NUM_STATES];
                for k in 0..NUM_STATES {
                    e[k] += row[k];
                }
            }
            emit.push(e);
        }
        let pred = viterbi(emit, &w.start, &w.trans);
        let gold = &p.gold[a..b];
        w.c += 1.0;
        if pred.as_slice() != gold {
            for (i, (&g, &q)) in gold.iter().zip(&pred).enumerate() {
                if g != q {
                    errors += 1;
                    for r in rows(p, a + i, dropout.drops(a + i)) {
                        w.update(r as usize * NUM_STATES + g.index(), 1.0);
                        w.update(r as usize * NUM_STATES + q.index(), -1.0);
                    }
                }
                let (gp, qp) = if i == 0 {
                    (None, None)
                } else {
                    (Some(gold[i - 1]), Some(pred[i - 1]))
                };
                if (gp, g) != (qp, q) {
                    w.update_trans(gp, g, 1.0);
                    w.update_trans(qp, q, -1.0);
                }
            }
        }
    }
    errors
}

/// Sum of several runs' averaged models (same feature table), for the ensemble mean.
struct Sum {
    weights: Vec<f64>,
    start: [f64; NUM_STATES],
    trans: [[f64; NUM_STATES]; NUM_STATES],
    n: usize,
}

impl Sum {
    fn new(rows: usize) -> Sum {
        Sum {
            weights: vec![0.0; rows * NUM_STATES],
            start: [0.0; NUM_STATES],
            trans: [[0.0; NUM_STATES]; NUM_STATES],
            n: 0,
        }
    }

    fn add(&mut self, t: &Tagger) {
        for (a, &b) in self.weights.iter_mut().zip(&t.weights) {
            *a += f64::from(b);
        }
        for k in 0..NUM_STATES {
            self.start[k] += f64::from(t.start[k]);
            for j in 0..NUM_STATES {
                self.trans[k][j] += f64::from(t.trans[k][j]);
            }
        }
        self.n += 1;
    }

    fn mean_into(&self, t: &mut Tagger) {
        if self.n == 0 {
            return;
        }
        let n = self.n as f64;
        t.weights = self.weights.iter().map(|&x| (x / n) as f32).collect();
        for k in 0..NUM_STATES {
            t.start[k] = (self.start[k] / n) as f32;
            for j in 0..NUM_STATES {
                t.trans[k][j] = (self.trans[k][j] / n) as f32;
            }
        }
    }
}

/// Scores a tagger on labelled sentences.
pub fn evaluate(tagger: &Tagger, gold: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for s in gold {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let pred = tagger.tag(&toks);
        scores.add(&s.tags, &pred);
    }
    scores
}

/// Scores a tagger on consecutive labelled sentences of running text, with the
/// document-level consistency pass over windows of `window` sentences within each document
/// (see [`Tagger::tag_sentences`]).
pub fn evaluate_document(tagger: &Tagger, gold: &[Sentence], window: usize) -> Scores {
    let tags = tagger.tag_sentences(gold, window);
    let mut scores = Scores::default();
    for (s, t) in gold.iter().zip(&tags) {
        scores.add(&s.tags, t);
    }
    scores
}

/// Perceptron weights with the lazy-averaging trick: the average is `w - u / c`.
struct Weights {
    w: Vec<f32>,
    u: Vec<f64>,
    start: [f32; NUM_STATES],
    start_u: [f64; NUM_STATES],
    trans: [[f32; NUM_STATES]; NUM_STATES],
    trans_u: [[f64; NUM_STATES]; NUM_STATES],
    c: f64,
}

impl Weights {
    fn new(rows: usize) -> Weights {
        Weights {
            w: vec![0.0; rows * NUM_STATES],
            u: vec![0.0; rows * NUM_STATES],
            start: [0.0; NUM_STATES],
            start_u: [0.0; NUM_STATES],
            trans: [[0.0; NUM_STATES]; NUM_STATES],
            trans_u: [[0.0; NUM_STATES]; NUM_STATES],
            c: 1.0,
        }
    }

    fn update(&mut self, at: usize, d: f32) {
        self.w[at] += d;
        self.u[at] += self.c * f64::from(d);
    }

    fn update_trans(&mut self, prev: Option<State>, cur: State, d: f32) {
        match prev {
            None => {
                self.start[cur.index()] += d;
                self.start_u[cur.index()] += self.c * f64::from(d);
            }
            Some(p) => {
                self.trans[p.index()][cur.index()] += d;
                self.trans_u[p.index()][cur.index()] += self.c * f64::from(d);
            }
        }
    }

    fn averaged_into(&self, t: &mut Tagger) {
        let avg = |w: f32, u: f64| (f64::from(w) - u / self.c) as f32;
        t.weights = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| avg(w, u))
            .collect();
        for k in 0..NUM_STATES {
            t.start[k] = avg(self.start[k], self.start_u[k]);
            for j in 0..NUM_STATES {
                t.trans[k][j] = avg(self.trans[k][j], self.trans_u[k][j]);
            }
        }
    }
}
