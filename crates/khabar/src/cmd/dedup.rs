//! `khabar dedup`: exact and near-duplicate clusters of a JSONL corpus.
//!
//! Input: one JSON object per line with an id and a text (field names configurable), optional
//! title, source and date. Output (`--format jsonl`, the default): one line per document, in
//! input order, `{"id","cluster","cluster_size","representative","similarity"}`. The input is
//! read as a stream and fingerprinted in parallel chunks; texts are not kept.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use khabar_dedup::{band_keys_for, Batch, Config, Document, Fingerprint};
use serde_json::Value;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON line per document.
    Jsonl,
    /// Cluster-size statistics and the largest clusters with their titles.
    Summary,
}

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// JSONL corpus (`-` or nothing for standard input).
    pub input: Option<PathBuf>,
    /// Minimum similarity score of a near-duplicate (0–1); lower finds more, less precisely.
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Instead of clustering, print each document's LSH band keys and exact-content key
    /// (`{"id","exact","bands":[hex…]}`) so another engine can group documents sharing a key.
    #[arg(long)]
    pub emit_bands: bool,
    /// Field holding the document id.
    #[arg(long, default_value = "id")]
    pub id_field: String,
    /// Field holding the article text.
    #[arg(long, default_value = "text")]
    pub text_field: String,
    /// Field holding the title (used by `--format summary`).
    #[arg(long, default_value = "title")]
    pub title_field: String,
    /// Field holding the source (used by `--format summary`).
    #[arg(long, default_value = "source")]
    pub source_field: String,
    /// Field holding the publication date (ISO 8601; the earliest copy represents a cluster).
    #[arg(long, default_value = "date")]
    pub date_field: String,
    /// Documents fingerprinted per parallel chunk.
    #[arg(long, default_value_t = 8192, hide = true)]
    pub chunk: usize,
}

struct Owned {
    id: String,
    text: String,
    date: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    if !(0.0..=1.0).contains(&args.threshold) {
        bail!(
            "--threshold must be between 0 and 1, got {}",
            args.threshold
        );
    }
    let config = Config::with_threshold(args.threshold);
    let (name, reader): (String, Box<dyn BufRead>) = match args.input.as_deref() {
        None => ("<stdin>".into(), Box::new(BufReader::new(std::io::stdin()))),
        Some(p) if p.as_os_str() == "-" => {
            ("<stdin>".into(), Box::new(BufReader::new(std::io::stdin())))
        }
        Some(p) => {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            (
                p.display().to_string(),
                Box::new(BufReader::with_capacity(1 << 20, f)),
            )
        }
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut batch = Batch::new(config.clone());
    let mut chunk: Vec<Owned> = Vec::with_capacity(args.chunk);
    let mut seen: HashSet<String> = HashSet::new();
    let mut meta: Vec<(Option<String>, Option<String>)> = Vec::new();
    let want_meta = args.format == Format::Summary;
    let mut skipped = 0usize;

    let flush = |chunk: &mut Vec<Owned>, batch: &mut Batch, out: &mut dyn Write| -> Result<()> {
        if args.emit_bands {
            let lines: Vec<String> = {
                use rayon::prelude::*;
                chunk
                    .par_iter()
                    .map(|d| {
                        let fp = Fingerprint::new(&d.text);
                        let bands: Vec<String> = band_keys_for(&config, &fp)
                            .iter()
                            .map(|k| format!("{k:016x}"))
                            .collect();
                        let exact = (!fp.is_empty()).then(|| format!("{:016x}", fp.exact));
                        serde_json::json!({"id": d.id, "exact": exact, "bands": bands}).to_string()
                    })
                    .collect()
            };
            for l in lines {
                writeln!(out, "{l}")?;
            }
        } else {
            let docs: Vec<Document> = chunk
                .iter()
                .map(|d| Document {
                    id: &d.id,
                    text: &d.text,
                    date: d.date.as_deref(),
                })
                .collect();
            batch.add_chunk(&docs)?;
        }
        chunk.clear();
        Ok(())
    };

    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.with_context(|| format!("{name}: read error at line {}", n + 1))?;
        let where_ = || format!("{name}:{}", n + 1);
        let line = match String::from_utf8(line) {
            Ok(s) => s,
            Err(e) => {
                eprintln!(
                    "khabar dedup: {}: skipped: invalid UTF-8 at byte {}",
                    where_(),
                    e.utf8_error().valid_up_to()
                );
                skipped += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let rec = match parse_record(&line, &args) {
            Ok(r) => r,
            Err(reason) => {
                eprintln!("khabar dedup: {}: skipped: {reason}", where_());
                skipped += 1;
                continue;
            }
        };
        if !seen.insert(rec.0.id.clone()) {
            eprintln!(
                "khabar dedup: {}: skipped: duplicate id {:?}",
                where_(),
                rec.0.id
            );
            skipped += 1;
            continue;
        }
        if want_meta {
            meta.push((rec.1, rec.2));
        }
        chunk.push(rec.0);
        if chunk.len() >= args.chunk.max(1) {
            flush(&mut chunk, &mut batch, &mut out)?;
        }
    }
    flush(&mut chunk, &mut batch, &mut out)?;
    drop(seen);
    if skipped > 0 {
        eprintln!("khabar dedup: {skipped} bad record(s) skipped");
    }
    if args.emit_bands {
        out.flush()?;
        return Ok(());
    }
    let assignments = batch.finish();
    match args.format {
        Format::Jsonl => {
            for a in &assignments {
                let v = serde_json::json!({
                    "id": a.id,
                    "cluster": a.cluster,
                    "cluster_size": a.cluster_size,
                    "representative": a.representative,
                    "similarity": (f64::from(a.similarity) * 1e4).round() / 1e4,
                });
                writeln!(out, "{v}")?;
            }
        }
        Format::Summary => summary(&assignments, &meta, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

type Record = (Owned, Option<String>, Option<String>);

fn parse_record(line: &str, args: &Args) -> std::result::Result<Record, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let obj = v.as_object().ok_or("not a JSON object")?;
    let id = match obj.get(&args.id_field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(format!(
                "field {:?} is not a string or number",
                args.id_field
            ))
        }
        None => return Err(format!("no {:?} field", args.id_field)),
    };
    let text = match obj.get(&args.text_field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) => String::new(),
        Some(_) => return Err(format!("field {:?} is not a string", args.text_field)),
        None => return Err(format!("no {:?} field", args.text_field)),
    };
    let get = |f: &str| obj.get(f).and_then(Value::as_str).map(str::to_string);
    let date = get(&args.date_field);
    Ok((
        Owned { id, text, date },
        get(&args.title_field),
        get(&args.source_field),
    ))
}

fn summary(
    assignments: &[khabar_dedup::Assignment],
    meta: &[(Option<String>, Option<String>)],
    out: &mut dyn Write,
) -> Result<()> {
    let mut clusters: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in assignments.iter().enumerate() {
        clusters.entry(a.cluster.as_str()).or_default().push(i);
    }
    let n = assignments.len();
    let mut sizes: Vec<usize> = clusters.values().map(Vec::len).collect();
    sizes.sort_unstable();
    let dup_clusters = sizes.iter().filter(|&&s| s > 1).count();
    let in_dups: usize = sizes.iter().filter(|&&s| s > 1).sum();
    writeln!(out, "documents:            {n}")?;
    writeln!(out, "clusters:             {}", clusters.len())?;
    writeln!(out, "duplicate clusters:   {dup_clusters} (size ≥ 2)")?;
    writeln!(out, "documents in them:    {in_dups}")?;
    writeln!(
        out,
        "redundant documents:  {} (could be dropped)",
        in_dups - dup_clusters
    )?;
    let mut hist: Vec<(usize, usize)> = Vec::new();
    for &s in &sizes {
        match hist.last_mut() {
            Some((size, count)) if *size == s => *count += 1,
            _ => hist.push((s, 1)),
        }
    }
    writeln!(out, "cluster sizes:")?;
    for (size, count) in &hist {
        writeln!(out, "  {size:>5} × {count}")?;
    }
    let mut largest: Vec<(&str, &Vec<usize>)> = clusters
        .iter()
        .filter(|(_, m)| m.len() > 1)
        .map(|(k, v)| (*k, v))
        .collect();
    largest.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    writeln!(out, "largest clusters:")?;
    for (cluster, members) in largest.iter().take(10) {
        writeln!(
            out,
            "  {} documents, representative {cluster}",
            members.len()
        )?;
        for &i in members.iter().take(5) {
            let a = &assignments[i];
            let (title, source) = meta.get(i).cloned().unwrap_or_default();
            writeln!(
                out,
                "    {} {:.3} [{}] {}",
                a.id,
                a.similarity,
                source.unwrap_or_default(),
                title.unwrap_or_default()
            )?;
        }
        if members.len() > 5 {
            writeln!(out, "    … {} more", members.len() - 5)?;
        }
    }
    Ok(())
}
