//! `khabar search --data DIR QUERY`: ranked hits with highlighted snippets, or batch runs
//! (`--queries FILE.jsonl --format trec`) for evaluation.

use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use khabar_archive::{Archive, Hit, Ranking, SearchQuery, SearchResults};
use rayon::prelude::*;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable hits with marked snippets.
    Text,
    /// One JSON object per query (results with character offsets).
    Json,
    /// TREC run lines: `qid Q0 docid rank score khabar`.
    Trec,
}

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Archive directory (made by `khabar ingest`).
    #[arg(long)]
    data: PathBuf,
    /// The query: plain words; `"…"` for an exact phrase. Question words are ignored.
    query: Option<String>,
    /// Number of hits.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Skip this many hits (paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Only articles mentioning this entity (canonical name or surface form).
    #[arg(long)]
    entity: Option<String>,
    /// Only articles from this source.
    #[arg(long)]
    source: Option<String>,
    /// Only articles dated on/after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Only articles dated on/before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Fold each story's duplicates under one hit.
    #[arg(long)]
    collapse: bool,
    /// Batch mode: one `{"qid": …, "query": …}` per line.
    #[arg(long, value_name = "FILE.jsonl", conflicts_with = "query")]
    queries: Option<PathBuf>,
    /// Ranking overrides, `key=value,…` (body_exact, body_loose, title_exact, title_loose,
    /// proximity, slop): for relevance experiments.
    #[arg(long, hide = true)]
    ranking: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    if !args.data.join("store.sqlite").exists() {
        bail!(
            "{}: no archive here (run `khabar ingest … --data {}` first)",
            args.data.display(),
            args.data.display()
        );
    }
    let mut archive = Archive::open(&args.data)
        .with_context(|| format!("cannot open archive {}", args.data.display()))?;
    if let Some(spec) = &args.ranking {
        archive.set_ranking(Ranking::default().with_overrides(spec)?);
    }
    let stdout = std::io::stdout();
    let color = stdout.is_terminal();
    let mut out = BufWriter::new(stdout.lock());
    if let Some(path) = &args.queries {
        return batch(&archive, &args, path, &mut out);
    }
    let Some(query) = args.query.clone() else {
        bail!("give a QUERY or --queries FILE.jsonl");
    };
    let q = request(&args, query);
    match args.format {
        Format::Trec => {
            for (rank, (id, score)) in archive.search_ids(&q)?.iter().enumerate() {
                writeln!(out, "1 Q0 {id} {} {score:.4} khabar", rank + 1)?;
            }
        }
        Format::Json => {
            let res = archive.search(&q)?;
            serde_json::to_writer(&mut out, &res)?;
            writeln!(out)?;
        }
        Format::Text => {
            let res = archive.search(&q)?;
            print_text(&mut out, &res, q.offset.unwrap_or(0), color)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn request(args: &Args, query: String) -> SearchQuery {
    SearchQuery {
        query,
        limit: Some(args.limit),
        offset: Some(args.offset),
        entity: args.entity.clone(),
        source: args.source.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        collapse: args.collapse,
    }
}

/// Batch mode: queries are run in parallel, printed in input order. A bad line is reported
/// (with its line number) and skipped; the others still run.
fn batch(archive: &Archive, args: &Args, path: &PathBuf, out: &mut impl Write) -> Result<()> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut queries = Vec::new();
    let mut bad = 0usize;
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line =
            line.with_context(|| format!("{}: cannot read line {}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_query_line(&line) {
            Ok(q) => queries.push(q),
            Err(why) => {
                bad += 1;
                eprintln!(
                    "khabar search: {}:{}: skipped: {why}",
                    path.display(),
                    i + 1
                );
            }
        }
    }
    let results: Vec<Result<Vec<(String, f32)>, String>> = queries
        .par_iter()
        .map(|(_, query)| {
            if args.format == Format::Trec {
                archive
                    .search_ids(&request(args, query.clone()))
                    .map_err(|e| e.to_string())
            } else {
                Err(String::new())
            }
        })
        .collect();
    for ((qid, query), res) in queries.iter().zip(results) {
        match args.format {
            Format::Trec => match res {
                Ok(hits) => {
                    for (rank, (id, score)) in hits.iter().enumerate() {
                        writeln!(out, "{qid} Q0 {id} {} {score:.4} khabar", rank + 1)?;
                    }
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("khabar search: query {qid}: {e}");
                }
            },
            Format::Json | Format::Text => match archive.search(&request(args, query.clone())) {
                Ok(res) if args.format == Format::Json => {
                    serde_json::to_writer(
                        &mut *out,
                        &serde_json::json!({ "qid": qid, "query": query, "results": res }),
                    )?;
                    writeln!(out)?;
                }
                Ok(res) => {
                    writeln!(out, "## {qid}: {query}")?;
                    print_text(out, &res, args.offset, false)?;
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("khabar search: query {qid}: {e}");
                }
            },
        }
    }
    out.flush()?;
    if bad > 0 {
        eprintln!(
            "khabar search: {bad} query line(s) skipped, {} run",
            queries.len()
        );
    }
    Ok(())
}

fn parse_query_line(line: &str) -> std::result::Result<(String, String), String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let qid = match v.get("qid").or_else(|| v.get("id")) {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => return Err("missing \"qid\" (string or number)".into()),
    };
    if qid.contains(char::is_whitespace) {
        return Err(format!(
            "qid {qid:?} contains whitespace (TREC runs cannot hold it)"
        ));
    }
    let query = v
        .get("query")
        .or_else(|| v.get("question"))
        .and_then(|q| q.as_str())
        .ok_or("missing \"query\" (string)")?;
    Ok((qid, query.to_string()))
}

fn print_text(out: &mut impl Write, res: &SearchResults, offset: usize, color: bool) -> Result<()> {
    writeln!(out, "{} matching article(s)", res.total)?;
    for (i, h) in res.hits.iter().enumerate() {
        writeln!(out)?;
        let title = h.title.as_deref().unwrap_or("(no title)");
        writeln!(out, "{}. {title}", offset + i + 1)?;
        let meta: Vec<&str> = [h.source.as_deref(), h.date.as_deref(), Some(h.id.as_str())]
            .into_iter()
            .flatten()
            .collect();
        writeln!(out, "   {}  (score {:.2})", meta.join(" · "), h.score)?;
        writeln!(out, "   {}", marked(h, color).replace('\n', " "))?;
        if !h.duplicates.is_empty() {
            writeln!(
                out,
                "   + {} duplicate(s): {}",
                h.duplicates.len(),
                h.duplicates.join(", ")
            )?;
        }
    }
    Ok(())
}

/// The snippet with highlights marked: bold on a terminal, `[…]` otherwise.
fn marked(h: &Hit, color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut s = String::with_capacity(h.snippet.len() + 16);
    let mut cur = h.snippet_start;
    let chars: Vec<char> = h.snippet.chars().collect();
    let end = h.snippet_start + chars.len();
    for hl in &h.highlights {
        if hl.start < cur || hl.end > end {
            continue;
        }
        s.extend(&chars[cur - h.snippet_start..hl.start - h.snippet_start]);
        s.push_str(open);
        s.extend(&chars[hl.start - h.snippet_start..hl.end - h.snippet_start]);
        s.push_str(close);
        cur = hl.end;
    }
    s.extend(&chars[cur - h.snippet_start..]);
    s
}
