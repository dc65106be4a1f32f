//! `khabar eval quotes --gold FILE.jsonl`: quotation span P/R/F1, speaker accuracy and
//! quote+speaker F1 against hand-annotated JSONL `{text, quotes:[{speaker,text,start,end}]}`.

use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use khabar_article::Article;
use khabar_pipeline::{AnalyzeOptions, Pipeline};
use khabar_quotes::eval::{score, GoldQuote, QuoteCounts};
use serde::Deserialize;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Gold JSONL: one `{id?, text, quotes:[{speaker, start, end, kind?, text?}]}` per line.
    #[arg(long)]
    pub gold: PathBuf,
    /// Print missed, spurious and wrong-speaker quotes.
    #[arg(long)]
    pub errors: bool,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Deserialize)]
struct GoldDoc {
    #[serde(default)]
    id: Option<String>,
    text: String,
    quotes: Vec<GoldQuote>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let f = std::fs::File::open(&args.gold)
        .with_context(|| format!("cannot open {}", args.gold.display()))?;
    let pipeline = Pipeline::new();
    let opts = AnalyzeOptions {
        clean: false,
        ..AnalyzeOptions::default()
    };
    let mut total = QuoteCounts::default();
    let mut docs = 0usize;
    let mut chars = 0usize;
    let started = std::time::Instant::now();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line =
            line.with_context(|| format!("{}: cannot read line {}", args.gold.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: bad gold record", args.gold.display(), n + 1))?;
        let id = doc.id.clone().unwrap_or_else(|| format!("line{}", n + 1));
        let article = Article {
            id: id.clone(),
            text: doc.text.clone(),
            ..Article::default()
        };
        let analysis = pipeline.analyze(&article, &opts);
        let (counts, align) = score(&doc.quotes, &analysis.quotes);
        total.add(&counts);
        docs += 1;
        chars += doc.text.len();
        if args.errors {
            for a in align {
                let g = a.gold.map(|i| &doc.quotes[i]);
                let p = a.pred.map(|i| &analysis.quotes[i]);
                let short = |s: &str| s.chars().take(70).collect::<String>();
                match (g, p) {
                    (Some(g), None) => println!(
                        "{id}\tMISSED\t{}\t{}",
                        g.speaker,
                        short(&slice(&doc.text, g.start, g.end))
                    ),
                    (None, Some(p)) => println!(
                        "{id}\tSPURIOUS\t{}\t{}",
                        p.speaker.as_deref().unwrap_or("-"),
                        short(&p.text)
                    ),
                    (Some(g), Some(p)) if !a.speaker_ok => println!(
                        "{id}\tSPEAKER\tgold={} pred={} ({})\t{}",
                        g.speaker,
                        p.speaker.as_deref().unwrap_or("-"),
                        p.speaker_entity.as_deref().unwrap_or("-"),
                        short(&p.text)
                    ),
                    _ => {}
                }
            }
        }
    }
    if docs == 0 {
        bail!("{}: no gold documents", args.gold.display());
    }
    let secs = started.elapsed().as_secs_f64();
    let (sp, sr, sf) = total.prf(total.matched);
    let (qp, qr, qf) = total.prf(total.speaker_ok);
    let (ep, er, ef) = total.prf(total.exact);
    if args.json {
        let v = serde_json::json!({
            "docs": docs, "gold": total.gold, "pred": total.pred,
            "span": {"p": sp, "r": sr, "f1": sf},
            "exact_span": {"p": ep, "r": er, "f1": ef},
            "quote_speaker": {"p": qp, "r": qr, "f1": qf},
            "speaker_accuracy": total.speaker_accuracy(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "documents {docs}, gold quotes {}, predicted {}",
            total.gold, total.pred
        );
        println!("span (Jaccard ≥ 0.5)   P {sp:.3}  R {sr:.3}  F1 {sf:.3}");
        println!("exact span             P {ep:.3}  R {er:.3}  F1 {ef:.3}");
        println!("quote+speaker          P {qp:.3}  R {qr:.3}  F1 {qf:.3}");
        println!(
            "speaker accuracy       {:.3} (over span matches)",
            total.speaker_accuracy()
        );
        println!(
            "analysis speed         {:.0} docs/s, {:.2} MB/s (whole pipeline, 1 thread)",
            docs as f64 / secs,
            chars as f64 / secs / 1e6
        );
    }
    Ok(())
}

fn slice(text: &str, start: usize, end: usize) -> String {
    khabar_article::slice_chars(text, start, end).to_string()
}
