//! `khabar clean`: drop boilerplate lines from flattened text, reporting each with its reason.
//!
//! Text mode prints the cleaned text on stdout and each removed line as
//! `removed\t<reason>\t<line>` on stderr (`--quiet` silences it). JSON mode prints one object
//! `{text, cleaned, removed: [{start, end, reason, line}], signals}` where `text` is the input
//! unchanged and offsets are character offsets into it.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;
use khabar_clean::{clean, cleaned_text, signals, CleanContext, LineStats, LineStatsConfig};
use khabar_source::{Body, SourceOptions, Sources};
use serde::Serialize;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The cleaned text.
    Text,
    /// One JSON object with the original text, removed ranges and signals.
    Json,
}

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Input text file (`-` or nothing: standard input).
    pub input: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Do not list removed lines on stderr (text mode).
    #[arg(long, short)]
    pub quiet: bool,
    /// Keep the text only if its language is this code (e.g. `ar`); otherwise print nothing and
    /// say why on stderr.
    #[arg(long)]
    pub lang: Option<String>,
    /// Learn repeated lines from other documents of the same source (files, directories, JSONL;
    /// text records) and also drop lines that repeat across them (`repeated-line`).
    #[arg(long = "learn-lines", value_name = "PATH")]
    pub learn_lines: Vec<PathBuf>,
    /// With --learn-lines: a repeated line occurs in at least this many documents.
    #[arg(long, default_value_t = LineStatsConfig::default().min_docs)]
    pub min_docs: u32,
    /// With --learn-lines: …and in at least this share of them (0..1).
    #[arg(long, default_value_t = LineStatsConfig::default().min_share)]
    pub min_share: f32,
    /// Do not use the curated boilerplate list (only --learn-lines).
    #[arg(long)]
    pub no_list: bool,
}

#[derive(Serialize)]
struct RemovedLine<'a> {
    start: usize,
    end: usize,
    reason: &'a str,
    line: &'a str,
}

#[derive(Serialize)]
struct Output<'a> {
    text: &'a str,
    cleaned: &'a str,
    removed: Vec<RemovedLine<'a>>,
    signals: &'a khabar_article::Signals,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let text = crate::io::read_text(args.input.as_deref(), args.lossy)?;
    let stats = if args.learn_lines.is_empty() {
        None
    } else {
        let config = LineStatsConfig {
            min_docs: args.min_docs,
            min_share: args.min_share,
            ..LineStatsConfig::default()
        };
        Some(learn(&args.learn_lines, config, args.lossy)?)
    };
    let ctx = CleanContext {
        boilerplate: if args.no_list {
            None
        } else {
            CleanContext::default().boilerplate
        },
        line_stats: stats.as_ref(),
    };
    let removed = clean(&text, &ctx);
    let sig = signals(&text, &removed);
    if let Some(want) = &args.lang {
        if &sig.lang != want {
            eprintln!(
                "khabar clean: skipped: language is {} (confidence {:.2}), not {want}",
                sig.lang, sig.lang_confidence
            );
            return Ok(());
        }
    }
    let cleaned = cleaned_text(&text, &removed);
    let lines: Vec<&str> = removed
        .iter()
        .map(|r| khabar_article::slice_chars(&text, r.start, r.end))
        .collect();
    let mut out = std::io::stdout().lock();
    use std::io::Write;
    match args.format {
        Format::Text => {
            out.write_all(cleaned.as_bytes())?;
            if !cleaned.is_empty() && !cleaned.ends_with('\n') {
                out.write_all(b"\n")?;
            }
            if !args.quiet {
                for (r, line) in removed.iter().zip(&lines) {
                    eprintln!("removed\t{}\t{}", r.reason, line);
                }
            }
        }
        Format::Json => {
            let removed = removed
                .iter()
                .zip(&lines)
                .map(|(r, line)| RemovedLine {
                    start: r.start,
                    end: r.end,
                    reason: &r.reason,
                    line,
                })
                .collect();
            serde_json::to_writer(
                &mut out,
                &Output {
                    text: &text,
                    cleaned: &cleaned,
                    removed,
                    signals: &sig,
                },
            )?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Builds line statistics from the text records of `paths`; bad records are reported on stderr
/// and skipped.
fn learn(paths: &[PathBuf], config: LineStatsConfig, lossy: bool) -> Result<LineStats> {
    let opts = SourceOptions {
        lossy,
        ..SourceOptions::default()
    };
    let mut sources = Sources::open(paths, &opts);
    let mut stats = LineStats::new(config);
    let mut html = 0u64;
    for item in sources.by_ref() {
        match item {
            Ok(rec) => match rec.body {
                Body::Text(t) => stats.add_document(&t),
                Body::Html { .. } => html += 1,
            },
            Err(e) => eprintln!("khabar clean: skipped {e}"),
        }
    }
    let s = sources.stats();
    if html > 0 {
        eprintln!("khabar clean: --learn-lines: {html} HTML records ignored (use flattened text or JSONL text)");
    }
    if stats.docs() == 0 {
        return Err(anyhow::anyhow!(
            "--learn-lines: no text documents read ({} errors)",
            s.error_count()
        ))
        .context("cannot learn repeated lines");
    }
    eprintln!(
        "khabar clean: learned {} distinct lines from {} documents ({} errors)",
        stats.distinct_lines(),
        stats.docs(),
        s.error_count()
    );
    Ok(stats)
}
