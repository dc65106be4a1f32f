//! Development helper for the neural tagger: trains it (and the perceptron) on nine tenths
//! of a CoNLL file and scores the held-out tenth (`NER_FOLD=K`, default 9).

mod common;

use common::{env, fold_to_end};
use khabar_ner::nn::{train_nn, NnConfig};
use khabar_ner::{parse_conll, train, Lexicon, Scores, TrainConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: nn_dev FILE")?;
    let mut sents = parse_conll(&std::fs::read_to_string(path)?, true)?;
    fold_to_end(&mut sents, env("NER_FOLD", 9));
    let dev = sents.split_off(sents.len() - sents.len() / 10);
    let lexicon = Lexicon::embedded();
    let cfg = NnConfig {
        hidden: env("NN_H", 48),
        epochs: env("NN_EPOCHS", 10),
        lr: env("NN_LR", 0.05),
        seed: env("NER_SEED", 1),
        word_dropout: env("NN_WDROP", 0.5),
        hidden_dropout: env("NN_HDROP", 0.2),
        min_count: env("NN_MIN", 1),
        context: env("NN_CTX", NnConfig::default().context),
    };
    eprintln!("{cfg:?}");
    let t0 = std::time::Instant::now();
    let score = |f: &dyn Fn(&[&str]) -> Vec<khabar_ner::Tag>| {
        let mut sc = Scores::default();
        for s in &dev {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            sc.add(&s.tags, &f(&toks));
        }
        sc
    };
    let mut nns = Vec::new();
    for run in 0..env("NN_SEEDS", 1u64) {
        let cfg = NnConfig {
            seed: cfg.seed + run,
            ..cfg.clone()
        };
        let nn = train_nn(&sents, lexicon.clone(), &cfg, |e, loss, m| {
            let sc = score(&|t| m.tag(t));
            eprintln!(
                "epoch {e:>2} loss {loss:.4} dev F1 {:.4} ({:.1}s)",
                sc.overall.f1(),
                t0.elapsed().as_secs_f64()
            );
        })?;
        println!(
            "nn {run}: {} ({} rows)",
            score(&|t| nn.tag(t)).report().lines().nth(1).unwrap_or(""),
            nn.num_rows()
        );
        nns.push(nn);
    }
    if std::env::var("NN_ENSEMBLE").is_ok() {
        let p = train(
            &sents,
            None,
            lexicon,
            &TrainConfig {
                seed: cfg.seed,
                networks: 0,
                ..TrainConfig::default()
            },
            |_| {},
        )?;
        for lambda in [0.0f32, 8.0, 16.0, 32.0, 64.0, 128.0, 1e4] {
            let sc = score(&|t| p.tag_with(t, Some((&nns, lambda))));
            println!(
                "lambda {lambda}: {}",
                sc.report().lines().nth(1).unwrap_or("")
            );
        }
        print!(
            "{}",
            score(&|t| p.tag_with(t, Some((&nns, env("NN_LAMBDA", 32.0))))).report()
        );
    }
    Ok(())
}
