//! `khabar eval dedup`: pairwise precision/recall/F1 of duplicate clusters against gold.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use khabar_dedup::eval::{score, Gold};
use serde_json::Value;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Gold JSONL (doc and pair lines, as in dedup-dev/README.md).
    #[arg(long)]
    pub gold: PathBuf,
    /// Predictions JSONL (`{"id","cluster"}` per line), e.g. the output of `khabar dedup`.
    #[arg(long, conflicts_with = "corpus")]
    pub pred: Option<PathBuf>,
    /// Corpus JSONL to cluster with the default engine and score (instead of --pred).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Similarity threshold when clustering --corpus.
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f32,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let gold_text = crate::io::read_text(Some(&args.gold), false)?;
    let gold = Gold::parse(&args.gold.display().to_string(), &gold_text)?;
    let preds: Vec<(String, String)> = match (&args.pred, &args.corpus) {
        (Some(p), None) => read_predictions(p)?,
        (None, Some(c)) => cluster_corpus(c, args.threshold)?,
        _ => bail!("give --pred FILE or --corpus FILE"),
    };
    let report = score(&gold, preds.iter().map(|(a, b)| (a.as_str(), b.as_str())));
    if args.json {
        let rows: serde_json::Map<String, Value> = report
            .row_order()
            .into_iter()
            .map(|name| {
                let c = report.rows[name];
                let v = serde_json::json!({
                    "tp": c.tp, "fp": c.fp, "fn": c.fn_,
                    "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                });
                (name.to_string(), v)
            })
            .collect();
        println!("{}", Value::Object(rows));
    } else {
        println!(
            "{:<14} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
            "row", "P", "R", "F1", "TP", "FP", "FN"
        );
        for name in report.row_order() {
            let c = report.rows[name];
            let p = if name == "sibling" {
                "-".to_string()
            } else {
                format!("{:.3}", c.precision())
            };
            let f = if name == "sibling" {
                "-".to_string()
            } else {
                format!("{:.3}", c.f1())
            };
            println!(
                "{name:<14} {p:>7} {:>7.3} {f:>7} {:>6} {:>6} {:>6}",
                c.recall(),
                c.tp,
                c.fp,
                c.fn_
            );
        }
    }
    if report.unknown_ids > 0 {
        eprintln!(
            "khabar eval dedup: {} predicted id(s) not in the gold (ignored)",
            report.unknown_ids
        );
    }
    if report.missing_ids > 0 {
        eprintln!(
            "khabar eval dedup: {} gold doc(s) without a prediction (singletons)",
            report.missing_ids
        );
    }
    Ok(())
}

fn read_predictions(path: &Path) -> Result<Vec<(String, String)>> {
    let text = crate::io::read_text(Some(path), false)?;
    let mut out = Vec::new();
    let mut bad = 0usize;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Result<(String, String), String> = serde_json::from_str::<Value>(line)
            .map_err(|e| format!("invalid JSON: {e}"))
            .and_then(|v| {
                // A gold file is a valid prediction file: its doc lines count, the rest is skipped.
                if v.get("type").is_some_and(|t| t != "doc") {
                    return Ok((String::new(), String::new()));
                }
                let field = |f: &str| match v.get(f) {
                    Some(Value::String(s)) => Ok(s.clone()),
                    Some(Value::Number(x)) => Ok(x.to_string()),
                    _ => Err(format!("no string/number {f:?} field")),
                };
                Ok((field("id")?, field("cluster")?))
            });
        match parsed {
            Ok(p) if p.0.is_empty() && p.1.is_empty() => {}
            Ok(p) => out.push(p),
            Err(reason) => {
                eprintln!(
                    "khabar eval dedup: {}:{}: skipped: {reason}",
                    path.display(),
                    n + 1
                );
                bad += 1;
            }
        }
    }
    if bad > 0 {
        eprintln!("khabar eval dedup: {bad} bad prediction line(s) skipped");
    }
    Ok(out)
}

fn cluster_corpus(path: &Path, threshold: f32) -> Result<Vec<(String, String)>> {
    let text = crate::io::read_text(Some(path), false)?;
    let mut owned: Vec<(String, String, Option<String>)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!(
                    "khabar eval dedup: {}:{}: skipped: invalid JSON: {e}",
                    path.display(),
                    n + 1
                );
                continue;
            }
        };
        let (Some(id), Some(t)) = (
            v.get("id").and_then(Value::as_str),
            v.get("text").and_then(Value::as_str),
        ) else {
            eprintln!(
                "khabar eval dedup: {}:{}: skipped: no string id/text",
                path.display(),
                n + 1
            );
            continue;
        };
        let date = v.get("date").and_then(Value::as_str).map(str::to_string);
        owned.push((id.to_string(), t.to_string(), date));
    }
    let docs: Vec<khabar_dedup::Document> = owned
        .iter()
        .map(|(id, text, date)| khabar_dedup::Document {
            id,
            text,
            date: date.as_deref(),
        })
        .collect();
    let assignments =
        khabar_dedup::dedup_corpus(&docs, &khabar_dedup::Config::with_threshold(threshold))
            .context("clustering the corpus")?;
    Ok(assignments.into_iter().map(|a| (a.id, a.cluster)).collect())
}
