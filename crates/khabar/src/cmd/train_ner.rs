//! `khabar train ner`: trains the named-entity model from CoNLL data.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use khabar_ner::{parse_conll, train, Lexicon, Sentence, TrainConfig};

use crate::io::read_text;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Training data: CoNLL, `token TAG` per line (IOB2: PERS LOC ORG MISC), blank line
    /// between sentences.
    #[arg(long)]
    train: PathBuf,
    /// Development data in the same format: scored after every epoch.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Hold out the last N% of the training sentences as development data (ignored with
    /// `--dev`).
    #[arg(long, value_name = "PERCENT")]
    holdout: Option<u32>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    epochs: usize,
    /// Shuffling seed (training is deterministic for a fixed seed).
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Perceptrons trained with seeds `seed`, `seed + 1`, … and averaged into the model.
    #[arg(long, default_value_t = TrainConfig::default().runs)]
    runs: usize,
    /// Probability that a training token's word-identity features are left out of a step,
    /// so that clusters, affixes, gazetteer and context learn to tag unseen names (0 = off).
    #[arg(long, value_name = "P", default_value_t = TrainConfig::default().word_dropout)]
    word_dropout: f32,
    /// Drop features seen fewer times than this.
    #[arg(long, default_value_t = TrainConfig::default().min_count)]
    min_count: u32,
    /// Neural networks trained after the perceptrons and shipped with them as an ensemble
    /// (0 = the perceptron alone).
    #[arg(long, default_value_t = TrainConfig::default().networks)]
    networks: usize,
    /// Hidden units of each network.
    #[arg(long, default_value_t = TrainConfig::default().network.hidden)]
    network_hidden: usize,
    /// Passes of each network over the training data.
    #[arg(long, default_value_t = TrainConfig::default().network.epochs)]
    network_epochs: usize,
    /// Each token's network scores read the hidden layers of the tokens up to this many
    /// places before and after it (0 = its own only).
    #[arg(long, default_value_t = TrainConfig::default().network.context)]
    network_context: usize,
    /// Weight of the networks' scores against the perceptron's.
    #[arg(long, default_value_t = TrainConfig::default().network_weight)]
    network_weight: f32,
}

fn read_conll(path: &Path) -> Result<Vec<Sentence>> {
    let text = read_text(Some(path), false)?;
    parse_conll(&text, true).with_context(|| format!("{}", path.display()))
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    if !(0.0..1.0).contains(&args.word_dropout) {
        bail!("--word-dropout must be at least 0 and below 1");
    }
    if args.networks > 0 && (args.network_hidden == 0 || args.network_hidden > 1024) {
        bail!("--network-hidden must be between 1 and 1024");
    }
    if args.network_context > 8 {
        bail!("--network-context must be between 0 and 8");
    }
    if !args.network_weight.is_finite() || args.network_weight < 0.0 {
        bail!("--network-weight must be a number at least 0");
    }
    let mut train_set = read_conll(&args.train)?;
    let dev_set = match (&args.dev, args.holdout) {
        (Some(p), _) => Some(read_conll(p)?),
        (None, Some(pct)) => {
            if pct == 0 || pct >= 100 {
                bail!("--holdout must be between 1 and 99");
            }
            let keep = train_set.len() - train_set.len() * pct as usize / 100;
            Some(train_set.split_off(keep))
        }
        (None, None) => None,
    };
    if train_set.is_empty() {
        bail!("{}: no sentences", args.train.display());
    }
    eprintln!(
        "training on {} sentences{}",
        train_set.len(),
        dev_set
            .as_ref()
            .map(|d| format!(", scoring on {} dev sentences", d.len()))
            .unwrap_or_default()
    );
    let config = TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        min_count: args.min_count,
        runs: args.runs,
        word_dropout: args.word_dropout,
        networks: args.networks,
        network: khabar_ner::nn::NnConfig {
            hidden: args.network_hidden,
            epochs: args.network_epochs,
            context: args.network_context,
            ..TrainConfig::default().network
        },
        network_weight: args.network_weight,
    };
    let started = std::time::Instant::now();
    let tagger = train(
        &train_set,
        dev_set.as_deref(),
        Lexicon::embedded(),
        &config,
        |r| {
            if r.network {
                match &r.ensemble_dev {
                    Some(s) => eprintln!(
                        "perceptrons + {} networks: dev P {:.2} R {:.2} F1 {:.2}",
                        r.run,
                        100.0 * s.overall.precision(),
                        100.0 * s.overall.recall(),
                        100.0 * s.overall.f1()
                    ),
                    None => eprintln!(
                        "network {} epoch {:>2}: loss {:.4}  ({:.1}s)",
                        r.run,
                        r.epoch,
                        r.loss,
                        started.elapsed().as_secs_f64()
                    ),
                }
                return;
            }
            let dev = r
                .dev
                .as_ref()
                .map(|s| {
                    format!(
                        "  dev P {:.2} R {:.2} F1 {:.2}",
                        100.0 * s.overall.precision(),
                        100.0 * s.overall.recall(),
                        100.0 * s.overall.f1()
                    )
                })
                .unwrap_or_default();
            eprintln!(
                "run {} epoch {:>2}: {} / {} training tokens mistagged{dev}  ({:.1}s)",
                r.run,
                r.epoch,
                r.train_errors,
                r.train_tokens,
                started.elapsed().as_secs_f64()
            );
            if let Some(s) = &r.ensemble_dev {
                eprintln!(
                    "run {}: average of {} runs: dev P {:.2} R {:.2} F1 {:.2}",
                    r.run,
                    r.run,
                    100.0 * s.overall.precision(),
                    100.0 * s.overall.recall(),
                    100.0 * s.overall.f1()
                );
            }
        },
    )?;
    let bytes = tagger.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} feature keys, {:.1} MB)",
        args.out.display(),
        tagger.num_features(),
        bytes.len() as f64 / 1e6
    );
    if let Some(dev) = &dev_set {
        let reloaded = khabar_ner::Tagger::from_bytes(&bytes)?;
        eprint!("{}", khabar_ner::evaluate(&reloaded, dev).report());
    }
    Ok(())
}
