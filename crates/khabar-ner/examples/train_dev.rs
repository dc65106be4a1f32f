//! Development helper: trains on the first 90% of a CoNLL file and scores the last 10%
//! (the same split as `khabar train ner --holdout 10`), without building the whole binary.
//!
//! ```text
//! cargo run --release -p khabar-ner --example train_dev -- \
//!     /work/shared/data/ner/anercorp-train.txt [EPOCHS] [MIN_COUNT] [OUT]
//! ```
//!
//! `NER_RUNS=N`, `NER_SEED=S` and `NER_DROPOUT=P` override the number of averaged runs, the
//! seed and the word dropout; `NER_NETWORKS=N` and `NER_NETWORK_WEIGHT=W` the neural half of
//! the ensemble (0 networks = the perceptron alone), `NER_NETWORK_HIDDEN=H` their size,
//! `NER_NETWORK_CONTEXT=C` their context, `NER_NETWORK_EPOCHS`, `NER_NETWORK_HDROP` and
//! `NER_NETWORK_WDROP` their epochs, hidden-unit and word dropout, `NER_NETWORK_MIN` the
//! count below which a feature is left out of their input.
//! `NER_FOLD=K` (0–9) holds out the K-th tenth instead of the last (ten-fold
//! cross-validation); `NER_GAZETTEER=FILE` and `NER_CLUSTERS=FILE` train with other
//! resource files instead of the embedded ones. `NER_LOAD=FILE` scores a model saved by an
//! earlier run (`OUT`) instead of training.

mod common;

use common::{env, fold_to_end};
use khabar_ner::{evaluate, parse_conll, train, Lexicon, Tagger, TrainConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: train_dev FILE [EPOCHS] [MIN_COUNT] [OUT]")?;
    let epochs = args.get(2).map_or(Ok(12), |s| s.parse())?;
    let min_count = args.get(3).map_or(Ok(1), |s| s.parse())?;
    let mut sents = parse_conll(&std::fs::read_to_string(path)?, true)?;
    // NER_FOLD=K (0..=9): the K-th tenth of the sentences is the dev split instead of the
    // last (K = 9 is the default split), for ten-fold cross-validation.
    fold_to_end(&mut sents, env("NER_FOLD", 9));
    // NER_FULL=1: train on everything (the shipped model), still reporting the dev scores.
    let dev = if std::env::var("NER_FULL").is_ok() {
        sents[sents.len() - sents.len() / 10..].to_vec()
    } else {
        sents.split_off(sents.len() - sents.len() / 10)
    };
    let runs = env("NER_RUNS", TrainConfig::default().runs);
    let net = TrainConfig::default().network;
    let config = TrainConfig {
        epochs,
        min_count,
        runs,
        seed: env("NER_SEED", TrainConfig::default().seed),
        word_dropout: env("NER_DROPOUT", TrainConfig::default().word_dropout),
        networks: env("NER_NETWORKS", TrainConfig::default().networks),
        network_weight: env("NER_NETWORK_WEIGHT", TrainConfig::default().network_weight),
        network: khabar_ner::nn::NnConfig {
            hidden: env("NER_NETWORK_HIDDEN", net.hidden),
            context: env("NER_NETWORK_CONTEXT", net.context),
            epochs: env("NER_NETWORK_EPOCHS", net.epochs),
            hidden_dropout: env("NER_NETWORK_HDROP", net.hidden_dropout),
            word_dropout: env("NER_NETWORK_WDROP", net.word_dropout),
            min_count: env("NER_NETWORK_MIN", net.min_count),
            ..net.clone()
        },
    };
    // NER_CLUSTERS=FILE / NER_GAZETTEER=FILE: other resources instead of the embedded ones.
    let read = |var: &str, embedded: &str| -> std::io::Result<String> {
        match std::env::var(var) {
            Ok(file) => std::fs::read_to_string(file),
            Err(_) => Ok(embedded.to_string()),
        }
    };
    let lexicon = Lexicon::parse(
        &read("NER_CLUSTERS", khabar_ner::lexicon::EMBEDDED_CLUSTERS)?,
        &read("NER_GAZETTEER", khabar_ner::lexicon::EMBEDDED_GAZETTEER)?,
    );
    // NER_LOAD=FILE: score a model saved by an earlier run (OUT) instead of training one, to
    // measure decoding changes in seconds.
    let bytes = match std::env::var("NER_LOAD") {
        Ok(file) => std::fs::read(file)?,
        Err(_) => train_model(&sents, &dev, lexicon.clone(), &config)?.to_bytes(),
    };
    let tagger = Tagger::from_bytes_with(&bytes, lexicon)?;
    eprintln!(
        "{} features, {:.2} MB",
        tagger.num_features(),
        bytes.len() as f64 / 1e6
    );
    print!("{}", evaluate(&tagger, &dev).report());
    for window in [0usize, khabar_ner::DEFAULT_WINDOW] {
        let sc = khabar_ner::evaluate_document(&tagger, &dev, window);
        println!(
            "window {window}: {}",
            sc.report().lines().nth(1).unwrap_or("")
        );
        if window > 0 {
            // Per type, with the consistency pass.
            for line in sc.report().lines().skip(2) {
                println!("window {window} {}", line.trim_start());
            }
        }
    }
    if let Ok(path) = std::env::var("NER_DUMP") {
        let mut dump = String::new();
        let tagged = tagger.tag_sentences(&dev, khabar_ner::DEFAULT_WINDOW);
        for (s, tags) in dev.iter().zip(&tagged) {
            for ((t, g), p) in s.tokens.iter().zip(&s.tags).zip(tags) {
                dump += &format!("{t} {} {}\n", g.as_str(), p.as_str());
            }
            dump.push('\n');
        }
        std::fs::write(path, dump)?;
    }
    if let Some(out) = args.get(4) {
        std::fs::write(out, &bytes)?;
    }
    Ok(())
}

/// Trains with `config`, reporting progress on stderr.
fn train_model(
    sents: &[khabar_ner::Sentence],
    dev: &[khabar_ner::Sentence],
    lexicon: Lexicon,
    config: &TrainConfig,
) -> Result<Tagger, khabar_ner::NerError> {
    let t0 = std::time::Instant::now();
    train(sents, Some(dev), lexicon, config, |r| {
        if r.network {
            eprintln!(
                "network {} epoch {:>2} loss {:.4}{} ({:.1}s)",
                r.run,
                r.epoch,
                r.loss,
                r.ensemble_dev
                    .as_ref()
                    .map(|e| format!(" ensemble dev F1 {:.4}", e.overall.f1()))
                    .unwrap_or_default(),
                t0.elapsed().as_secs_f64()
            );
            return;
        }
        let s = r.dev.as_ref().map_or(0.0, |s| s.overall.f1());
        if let Some(e) = &r.ensemble_dev {
            eprintln!("run {} ensemble dev F1 {:.4}", r.run, e.overall.f1());
        }
        eprintln!(
            "run {} epoch {:>2} errors {:>6} dev F1 {:.4} ({:.1}s)",
            r.run,
            r.epoch,
            r.train_errors,
            s,
            t0.elapsed().as_secs_f64()
        );
    })
}
