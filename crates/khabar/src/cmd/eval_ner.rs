//! `khabar eval ner`: entity-level precision, recall and F1 against CoNLL gold, like conlleval.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use khabar_ner::{evaluate_document, parse_conll};

use crate::io::read_text;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Gold CoNLL data: `token … TAG` per line (IOB2), blank line between sentences.
    #[arg(long)]
    gold: PathBuf,
    /// A model file from `khabar train ner` (default: the embedded model).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Score only the last N% of the gold sentences (e.g. the dev split of a training file).
    #[arg(long, value_name = "PERCENT")]
    tail: Option<u32>,
    /// Document-level consistency window in sentences (`0` = each sentence alone).
    #[arg(long, default_value_t = khabar_ner::DEFAULT_WINDOW)]
    window: usize,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let tagger = super::ner::load_model(args.model.as_ref())?;
    let text = read_text(Some(&args.gold), false)?;
    let mut gold = parse_conll(&text, true).with_context(|| format!("{}", args.gold.display()))?;
    if let Some(pct) = args.tail {
        if pct == 0 || pct > 100 {
            bail!("--tail must be between 1 and 100");
        }
        let keep = gold.len() - gold.len() * pct as usize / 100;
        gold.drain(..keep);
    }
    let started = std::time::Instant::now();
    let scores = evaluate_document(&tagger, &gold, args.window);
    let secs = started.elapsed().as_secs_f64();
    if args.json {
        let per: serde_json::Map<String, serde_json::Value> = scores
            .per_label
            .iter()
            .filter_map(|(l, c)| {
                let l = (*l)?;
                Some((
                    l.as_str().to_string(),
                    serde_json::json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                        "gold": c.gold, "predicted": c.predicted, "correct": c.correct}),
                ))
            })
            .collect();
        let o = &scores.overall;
        let v = serde_json::json!({
            "sentences": gold.len(), "tokens": scores.tokens,
            "precision": o.precision(), "recall": o.recall(), "f1": o.f1(),
            "gold": o.gold, "predicted": o.predicted, "correct": o.correct,
            "per_label": per, "seconds": secs,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        print!("{}", scores.report());
        eprintln!(
            "{} sentences tagged in {:.2}s ({:.0} tokens/s)",
            gold.len(),
            secs,
            scores.tokens as f64 / secs.max(1e-9)
        );
    }
    Ok(())
}
