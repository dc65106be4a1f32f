//! `khabar ingest SOURCE… --data DIR`: read → extract → clean → analyse (in parallel, per
//! batch) → dedup (in order) → store + index (one crash-safe commit per batch).

use std::collections::{BTreeMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use khabar_archive::{Analyzer, ArchiveWriter, IngestDoc};
use khabar_article::Article;
use khabar_pipeline::AnalyzeOptions;
use khabar_source::{Body, ErrorLog, FieldNames, Record, SourceOptions, Sources};
use rayon::prelude::*;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Sources: files (.txt, .html, .warc[.gz], .jsonl[.gz|.zst]), directories, or `-` for stdin.
    #[arg(required = true)]
    sources: Vec<PathBuf>,
    /// Archive directory (created if needed).
    #[arg(long)]
    data: PathBuf,
    /// Keep only documents identified as this language (e.g. `ar`).
    #[arg(long)]
    lang: Option<String>,
    /// Write one JSON line per skipped record (origin, reason) to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Worker threads for extraction and analysis (default: all cores).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Documents per batch: one store transaction and one index commit each; bounds memory.
    #[arg(long, default_value_t = 1000)]
    batch: usize,
    /// JSONL field holding the document id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// JSONL field holding plain text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL field holding raw HTML (used when there is no text field).
    #[arg(long, default_value = "html")]
    html_field: String,
    /// JSONL field holding the title.
    #[arg(long, default_value = "title")]
    title_field: String,
    /// JSONL field holding the URL.
    #[arg(long, default_value = "url")]
    url_field: String,
    /// JSONL field holding the date.
    #[arg(long, default_value = "date")]
    date_field: String,
    /// JSONL field holding the source name.
    #[arg(long, default_value = "source")]
    source_field: String,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the record.
    #[arg(long)]
    lossy: bool,
    /// Do not detect duplicates (every article is its own cluster).
    #[arg(long)]
    no_dedup: bool,
    /// Skip named-entity recognition.
    #[arg(long)]
    no_entities: bool,
    /// Skip quotation extraction.
    #[arg(long)]
    no_quotes: bool,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
    /// Analyzer of a new archive: `arabic` (default), or the `plain` and `lucene` baselines used in evaluation.
    #[arg(long, hide = true)]
    analyzer: Option<String>,
}

/// Why a record was not ingested.
struct Skip {
    origin: String,
    reason: String,
}

/// Tally of one run.
#[derive(Default)]
struct Summary {
    read: u64,
    indexed: u64,
    existing: u64,
    duplicates: u64,
    skipped: BTreeMap<String, u64>,
}

impl Summary {
    fn skip(&mut self, kind: &str) {
        *self.skipped.entry(kind.to_string()).or_default() += 1;
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    if args.batch == 0 {
        bail!("--batch must be at least 1");
    }
    let analyzer = match args.analyzer.as_deref() {
        None => None,
        Some(a) => Some(
            Analyzer::parse(a)
                .with_context(|| format!("unknown analyzer `{a}` (arabic, plain, lucene)"))?,
        ),
    };
    let started = Instant::now();
    // A stage that panics on one record costs that record only (see `process`); report it in
    // one line instead of a backtrace per worker.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("khabar ingest: internal error: {info}")
    }));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .context("cannot start worker threads")?;
    let mut writer = ArchiveWriter::open_with(&args.data, analyzer)
        .with_context(|| format!("cannot open archive {}", args.data.display()))?;
    if writer.repaired().reindexed > 0 {
        eprintln!(
            "khabar ingest: repaired the index: re-indexed {} article(s) from an interrupted run",
            writer.repaired().reindexed
        );
    }
    let mut errlog = match &args.errors {
        Some(p) => ErrorLog::new(Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )) as Box<dyn Write>),
        None => ErrorLog::new(Box::new(std::io::sink()) as Box<dyn Write>),
    };

    let mut deduper =
        (!args.no_dedup).then(|| khabar_dedup::Deduper::new(khabar_dedup::Config::default()));
    if let Some(d) = deduper.as_mut() {
        // Earlier runs' articles take part in this run's duplicate detection.
        writer.for_each_article(&mut |a, _| {
            let _ = d.add(khabar_dedup::Document {
                id: &a.id,
                text: &a.text,
                date: a.date.as_deref(),
            });
        })?;
    }

    let opts = SourceOptions {
        fields: FieldNames {
            id: args.id_field.clone(),
            text: args.text_field.clone(),
            html: args.html_field.clone(),
            title: args.title_field.clone(),
            url: args.url_field.clone(),
            date: args.date_field.clone(),
            source: args.source_field.clone(),
        },
        lossy: args.lossy,
        ..SourceOptions::default()
    };
    let analyze_opts = AnalyzeOptions {
        clean: true,
        entities: !args.no_entities,
        quotes: !args.no_quotes,
    };
    let progress = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {elapsed_precise} {pos} read · {per_sec} · {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        pb
    });

    let mut sum = Summary::default();
    let mut sources = Sources::open(&args.sources, &opts);
    let mut seen: HashSet<String> = HashSet::new();
    loop {
        // Read one batch (errors are reported and counted as they come).
        let mut chunk: Vec<Record> = Vec::with_capacity(args.batch);
        for item in sources.by_ref() {
            match item {
                Ok(rec) => {
                    sum.read += 1;
                    chunk.push(rec);
                    if chunk.len() >= args.batch {
                        break;
                    }
                }
                Err(e) => {
                    sum.skip(e.kind.as_str());
                    errlog.write(&e).context("cannot write the error file")?;
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        // Idempotence before work: records whose id is known up front and already stored.
        let mut todo = Vec::with_capacity(chunk.len());
        for rec in chunk {
            match known_id(&rec) {
                Some(id) if seen.contains(&id) || writer.contains(&id)? => sum.existing += 1,
                _ => todo.push(rec),
            }
        }
        let want_lang = args.lang.as_deref();
        let processed: Vec<std::result::Result<IngestDoc, Skip>> = pool.install(|| {
            todo.into_par_iter()
                .map(|rec| process(rec, want_lang, &analyze_opts))
                .collect()
        });
        let mut docs = Vec::with_capacity(processed.len());
        for p in processed {
            match p {
                Err(s) => {
                    sum.skip(s.reason.split(':').next().unwrap_or("skipped"));
                    errlog
                        .write_reason(&s.origin, &s.reason)
                        .context("cannot write the error file")?;
                }
                Ok(mut doc) => {
                    if !seen.insert(doc.article.id.clone()) || writer.contains(&doc.article.id)? {
                        sum.existing += 1;
                        continue;
                    }
                    if let Some(d) = deduper.as_mut() {
                        let a = &doc.article;
                        if let Ok(r) = d.add(khabar_dedup::Document {
                            id: &a.id,
                            text: &a.text,
                            date: a.date.as_deref(),
                        }) {
                            if r.duplicate_of.is_some() {
                                sum.duplicates += 1;
                            }
                            doc.joins = r.duplicate_of.into_iter().collect();
                            if r.cluster != a.id && !doc.joins.contains(&r.cluster) {
                                doc.joins.push(r.cluster.clone());
                            }
                            doc.cluster = Some(r.cluster);
                        }
                    }
                    docs.push(doc);
                }
            }
        }
        let out = writer.add_batch(&docs).context("cannot write a batch")?;
        sum.indexed += out.written as u64;
        sum.existing += out.existing as u64;
        if let Some(pb) = &progress {
            pb.set_position(sum.read);
            pb.set_message(format!(
                "{} indexed, batch {} committed",
                sum.indexed, out.batch
            ));
        }
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    let stats = sources.stats().clone();
    for (reason, n) in &stats.skipped {
        *sum.skipped.entry(format!("source:{reason}")).or_default() += n;
    }
    let total = writer.len()?;
    writer.finish()?;
    errlog.into_inner().context("cannot write the error file")?;
    report(
        &sum,
        stats.files,
        total,
        started.elapsed().as_secs_f64(),
        args.errors.as_ref(),
    );
    Ok(())
}

/// The article id of a record when it does not depend on extraction.
fn known_id(rec: &Record) -> Option<String> {
    let has = |s: &Option<String>| s.as_deref().is_some_and(|v| !v.trim().is_empty());
    if has(&rec.id) || has(&rec.url) {
        return Some(rec.article_id(""));
    }
    match &rec.body {
        Body::Text(t) => Some(rec.article_id(t)),
        Body::Html { .. } => None,
    }
}

/// The per-document work: extract, clean, analyse. Pure apart from CPU; a panic inside a stage
/// costs only this record.
fn process(
    rec: Record,
    want_lang: Option<&str>,
    opts: &AnalyzeOptions,
) -> std::result::Result<IngestDoc, Skip> {
    let origin = rec.origin.clone();
    let skip = |reason: String| Skip {
        origin: origin.clone(),
        reason,
    };
    let work = std::panic::AssertUnwindSafe(|| -> std::result::Result<IngestDoc, String> {
        // Extraction (HTML bodies: encoding, main content, metadata) inside the source crate.
        let mut article: Article = rec
            .into_article()
            .map_err(|e| format!("extract: {}", e.reason))?;
        if article.text.trim().is_empty() {
            return Err("empty: no text".into());
        }
        // Boilerplate ranges, language and quality signals.
        khabar_clean::clean_article(&mut article, &khabar_clean::CleanContext::default());
        if let Some(want) = want_lang {
            let got = article.lang.as_deref().unwrap_or("unknown");
            if got != want {
                return Err(format!("lang: identified as `{got}`, not `{want}`"));
            }
        }
        let analysis = khabar_pipeline::analyze(&article, opts);
        if article.removed.is_empty() {
            article.removed = analysis.removed;
        }
        Ok(IngestDoc {
            article,
            entities: analysis.entities,
            quotes: analysis.quotes,
            cluster: None,
            joins: Vec::new(),
        })
    });
    match std::panic::catch_unwind(work) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(reason)) => Err(skip(reason)),
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(skip(format!(
                "internal: a pipeline stage panicked on this record: {msg}"
            )))
        }
    }
}

fn report(sum: &Summary, files: u64, total: u64, secs: f64, errors: Option<&PathBuf>) {
    let rate = if secs > 0.0 {
        sum.read as f64 / secs
    } else {
        0.0
    };
    let skipped: u64 = sum.skipped.values().sum();
    eprintln!(
        "khabar ingest: {} record(s) read from {} file(s) in {:.1} s ({:.0} records/s)",
        sum.read, files, secs, rate
    );
    eprintln!("  indexed           {}", sum.indexed);
    eprintln!("  already present   {}", sum.existing);
    eprintln!(
        "  near/exact dups   {} (stored, grouped into clusters)",
        sum.duplicates
    );
    eprintln!("  skipped           {skipped}");
    for (k, v) in &sum.skipped {
        eprintln!("    {k:<22}{v}");
    }
    if let Some(p) = errors {
        eprintln!("  reasons written to {}", p.display());
    }
    eprintln!("  archive now holds {total} article(s)");
}
