//! `khabar eval segment`: clitic segmentation against a CoNLL-U treebank.
//!
//! Word-level precision/recall/F1, CoNLL-2018 style (syntactic words aligned by character span
//! inside each surface token; `article` segments merged back, as UD keeps ال attached). See
//! `khabar_morph::eval` for how surface tokens and spans are derived from the treebank.

use std::path::PathBuf;

use anyhow::Result;
use khabar_morph::eval::{evaluate, read_conllu, Report};
use khabar_morph::Segmenter;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Gold CoNLL-U file (diacritised forms are stripped before segmenting).
    #[arg(long)]
    pub gold: PathBuf,
    /// List the N most frequent error types with examples.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Replace invalid UTF-8 instead of failing.
    #[arg(long)]
    pub lossy: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let text = crate::io::read_text(Some(&args.gold), args.lossy)?;
    let gold = read_conllu(&text);
    for msg in &gold.skipped {
        eprintln!("khabar: warning: {}: skipped {msg}", args.gold.display());
    }
    if gold.tokens.is_empty() {
        anyhow::bail!("{}: no tokens read", args.gold.display());
    }
    let seg = Segmenter::embedded();
    let half = gold.sentences / 2;
    let all = evaluate(seg, &gold.tokens);
    let first = evaluate(seg, gold.tokens.iter().filter(|t| t.sentence < half));
    let second = evaluate(seg, gold.tokens.iter().filter(|t| t.sentence >= half));
    if args.json {
        let obj = serde_json::json!({
            "gold": args.gold.display().to_string(),
            "sentences": gold.sentences,
            "skipped_sentences": gold.skipped.len(),
            "surface_rebuilt": gold.rebuilt,
            "all": figures(&all),
            "first_half": figures(&first),
            "second_half": figures(&second),
            "errors": all.errors.iter().take(args.errors).map(|e| serde_json::json!({
                "type": e.key, "count": e.count, "examples": e.examples,
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&obj)?);
        return Ok(());
    }
    println!("gold: {}", args.gold.display());
    println!(
        "sentences: {} (skipped {}), surface tokens {}{}",
        gold.sentences,
        gold.skipped.len(),
        all.tokens,
        if gold.rebuilt {
            " (rebuilt from syntactic words: no multiword-token lines)"
        } else {
            ""
        }
    );
    println!(
        "{:<14} {:>7} {:>7} {:>7} {:>7} {:>9} {:>9}",
        "", "words", "P", "R", "F1", "unsplit", "split"
    );
    for (name, r) in [
        ("all", &all),
        ("first half", &first),
        ("second half", &second),
    ] {
        print_row(name, r);
    }
    if args.errors > 0 {
        println!("\ntop error types (gold → predicted; · is the stem):");
        for e in all.errors.iter().take(args.errors) {
            println!(
                "{:>6}  {}    e.g. {}",
                e.count,
                e.key,
                e.examples.join(", ")
            );
        }
    }
    Ok(())
}

fn print_row(name: &str, r: &Report) {
    println!(
        "{:<14} {:>7} {:>7.4} {:>7.4} {:>7.4} {:>9} {:>9}",
        name,
        r.gold_words,
        r.precision(),
        r.recall(),
        r.f1(),
        format!("{:.4}", acc(r.unsplit_correct, r.unsplit_tokens)),
        format!("{:.4}", acc(r.split_correct, r.split_tokens)),
    );
}

fn acc(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn figures(r: &Report) -> serde_json::Value {
    serde_json::json!({
        "tokens": r.tokens,
        "gold_words": r.gold_words,
        "pred_words": r.pred_words,
        "correct": r.correct,
        "precision": r.precision(),
        "recall": r.recall(),
        "f1": r.f1(),
        "unsplit_tokens": r.unsplit_tokens,
        "unsplit_accuracy": acc(r.unsplit_correct, r.unsplit_tokens),
        "split_tokens": r.split_tokens,
        "split_accuracy": acc(r.split_correct, r.split_tokens),
    })
}
