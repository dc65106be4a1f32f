//! `khabar analyze`: sentences, tokens with clitics, normalized forms and stems, entities and
//! quotes, as JSON, CoNLL-U or a readable text view.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use khabar_article::Article;
use khabar_pipeline::{Analysis, AnalyzeOptions, Pipeline};

/// Output format.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per document (JSON Lines).
    Json,
    /// CoNLL-U, one block per sentence.
    Conllu,
    /// A readable view: sentences with clitic splits, entities, and who said what.
    Text,
}

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Input file (plain text: one document; `.jsonl`: one article per line); `-` or none for stdin.
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// Keep boilerplate lines (no cleaning).
    #[arg(long)]
    pub no_clean: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Treat the input as JSON Lines of articles (`id`, `text`, …) even without a `.jsonl` name.
    #[arg(long)]
    pub jsonl: bool,
    /// Pretty-print JSON.
    #[arg(long)]
    pub pretty: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let opts = AnalyzeOptions {
        clean: !args.no_clean,
        ..AnalyzeOptions::default()
    };
    let pipeline = Pipeline::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let is_jsonl = args.jsonl
        || args
            .file
            .as_ref()
            .and_then(|p| p.extension())
            .is_some_and(|e| e == "jsonl");
    if is_jsonl {
        let (name, reader) = open(args.file.as_ref())?;
        let mut bad = 0usize;
        // Within a corpus, each article's near-duplicate cluster is recorded as it streams by.
        let mut deduper = khabar_dedup::Deduper::new(khabar_dedup::Config::default());
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{name}: cannot read line {}", n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Article>(&line) {
                Ok(article) => {
                    let mut analysis = pipeline.analyze(&article, &opts);
                    let doc = khabar_dedup::Document {
                        id: &article.id,
                        text: &article.text,
                        date: article.date.as_deref(),
                    };
                    match deduper.add(doc) {
                        Ok(found) => analysis.cluster = Some(found.cluster),
                        Err(e) => eprintln!("khabar: {name}:{}: not deduplicated: {e}", n + 1),
                    }
                    emit(&mut out, &analysis, &args)?
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("khabar: {name}:{}: skipped: {e}", n + 1);
                }
            }
        }
        if bad > 0 {
            eprintln!("khabar: {bad} bad record(s) skipped");
        }
    } else {
        let text = crate::io::read_text(args.file.as_deref(), args.lossy)?;
        if text.is_empty() {
            return Ok(());
        }
        let id = args
            .file
            .as_ref()
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "stdin".to_string());
        let article = Article {
            id,
            text,
            ..Article::default()
        };
        emit(&mut out, &pipeline.analyze(&article, &opts), &args)?;
    }
    out.flush()?;
    Ok(())
}

fn open(path: Option<&PathBuf>) -> Result<(String, Box<dyn BufRead>)> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
            Ok((p.display().to_string(), Box::new(BufReader::new(f))))
        }
        _ => Ok(("<stdin>".into(), Box::new(BufReader::new(std::io::stdin())))),
    }
}

fn emit(out: &mut impl Write, a: &Analysis, args: &Args) -> Result<()> {
    match args.format {
        Format::Json => {
            if args.pretty {
                serde_json::to_writer_pretty(&mut *out, a)?;
            } else {
                serde_json::to_writer(&mut *out, a)?;
            }
            writeln!(out)?;
        }
        Format::Conllu => out.write_all(khabar_pipeline::to_conllu(a).as_bytes())?,
        Format::Text => out.write_all(text_view(a).as_bytes())?,
    }
    Ok(())
}

/// A readable view of an analysis.
fn text_view(a: &Analysis) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "# {}", a.id);
    if let Some(c) = a.cluster.as_deref().filter(|c| *c != a.id) {
        let _ = writeln!(s, "duplicate of: {c}");
    }
    let _ = writeln!(s, "## sentences ({})", a.sentences.len());
    let mut ti = 0;
    for (i, sent) in a.sentences.iter().enumerate() {
        let mut parts = Vec::new();
        while ti < a.tokens.len() && a.tokens[ti].start < sent.end {
            let t = &a.tokens[ti];
            if t.start >= sent.start {
                let words = khabar_pipeline::syntactic_words(t);
                parts.push(words.join("+"));
            }
            ti += 1;
        }
        let _ = writeln!(
            s,
            "{:>3}. [{}–{}] {}",
            i + 1,
            sent.start,
            sent.end,
            parts.join(" ")
        );
    }
    if !a.removed.is_empty() {
        let _ = writeln!(s, "## removed");
        for r in &a.removed {
            let _ = writeln!(
                s,
                "[{}–{}] {}: {}",
                r.start,
                r.end,
                r.reason,
                khabar_article::slice_chars(&a.text, r.start, r.end)
            );
        }
    }
    let _ = writeln!(s, "## entities ({})", a.entities.len());
    for e in &a.entities {
        let _ = writeln!(
            s,
            "{:<5} [{}–{}] {}  → {}",
            e.label.as_str(),
            e.start,
            e.end,
            e.text,
            e.canonical
        );
    }
    let _ = writeln!(s, "## who said what ({})", a.quotes.len());
    s.push_str(&khabar_quotes::who_said_what(&a.quotes));
    s
}
