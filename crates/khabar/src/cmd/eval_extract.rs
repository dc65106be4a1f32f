//! `khabar eval extract`: main-content extraction against a gold directory.
//!
//! For every `NAME.html` with a `NAME.json` (`{"title", "text", "template", "encoding", …}`):
//! token precision/recall/F1 (bag of whitespace tokens after NFKC, Arabic diacritics and
//! tatweel removed), pages with F1 ≥ 0.9, boilerplate leaks, title and encoding accuracy,
//! per-template breakdown, and extraction speed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use khabar_extract::{eval, extract, ExtractOptions};
use serde::Deserialize;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Directory with `NAME.html` + `NAME.json` gold pairs.
    #[arg(long)]
    pub gold: PathBuf,
    /// Print the N pages with the lowest F1, with what was missed and what was extra.
    #[arg(long, default_value_t = 0)]
    pub show_worst: usize,
}

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    title: Option<String>,
    text: String,
    #[serde(default)]
    template: Option<String>,
    #[serde(default)]
    encoding: Option<String>,
}

struct PageScore {
    name: String,
    template: String,
    p: f64,
    r: f64,
    f1: f64,
    leaks: Vec<String>,
    title_ok: bool,
    encoding_ok: Option<bool>,
    missed: Vec<String>,
    extra: Vec<String>,
}

#[derive(Default)]
struct Agg {
    n: usize,
    p: f64,
    r: f64,
    f1: f64,
    f1_09: usize,
    leak_pages: usize,
    title_ok: usize,
}

impl Agg {
    fn add(&mut self, s: &PageScore) {
        self.n += 1;
        self.p += s.p;
        self.r += s.r;
        self.f1 += s.f1;
        self.f1_09 += usize::from(s.f1 >= 0.9);
        self.leak_pages += usize::from(!s.leaks.is_empty());
        self.title_ok += usize::from(s.title_ok);
    }

    fn line(&self, label: &str) -> String {
        let n = self.n.max(1) as f64;
        format!(
            "{label:<24} {:>5} {:>7.4} {:>7.4} {:>7.4} {:>8.3} {:>6} {:>7.3}",
            self.n,
            self.p / n,
            self.r / n,
            self.f1 / n,
            self.f1_09 as f64 / n,
            self.leak_pages,
            self.title_ok as f64 / n
        )
    }
}

fn norm_title(t: &str) -> String {
    eval::tokens(t).join(" ")
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let mut pairs: Vec<(String, PathBuf, PathBuf)> = Vec::new();
    let entries = std::fs::read_dir(&args.gold)
        .with_context(|| format!("cannot read gold directory {}", args.gold.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "html") {
            let json = path.with_extension("json");
            if json.exists() {
                let name = path
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                pairs.push((name, path, json));
            }
        }
    }
    pairs.sort();
    if pairs.is_empty() {
        bail!("no NAME.html + NAME.json pairs in {}", args.gold.display());
    }
    let opts = ExtractOptions::default();
    let mut scores = Vec::new();
    let mut errors = 0usize;
    let mut elapsed = Duration::ZERO;
    let mut bytes_total = 0usize;
    for (name, html_path, json_path) in &pairs {
        match score_page(
            name,
            html_path,
            json_path,
            &opts,
            &mut elapsed,
            &mut bytes_total,
        ) {
            Ok(s) => scores.push(s),
            Err(e) => {
                errors += 1;
                eprintln!("khabar: eval extract: {name}: {e:#}");
            }
        }
    }
    let mut all = Agg::default();
    let mut by_template: BTreeMap<String, Agg> = BTreeMap::new();
    let (mut enc_ok, mut enc_n) = (0usize, 0usize);
    for s in &scores {
        all.add(s);
        by_template.entry(s.template.clone()).or_default().add(s);
        if let Some(ok) = s.encoding_ok {
            enc_n += 1;
            enc_ok += usize::from(ok);
        }
    }
    println!(
        "gold: {} ({} pages, {} failed)",
        args.gold.display(),
        scores.len(),
        errors
    );
    println!(
        "{:<24} {:>5} {:>7} {:>7} {:>7} {:>8} {:>6} {:>7}",
        "template", "pages", "P", "R", "F1", "F1>=0.9", "leaks", "title"
    );
    for (t, agg) in &by_template {
        println!("{}", agg.line(t));
    }
    println!("{}", all.line("ALL"));
    if enc_n > 0 {
        println!("encoding accuracy: {enc_ok}/{enc_n}");
    }
    let secs = elapsed.as_secs_f64().max(1e-9);
    println!(
        "speed (one thread, decode+parse+extract): {:.0} pages/s, {:.1} MB/s",
        scores.len() as f64 / secs,
        bytes_total as f64 / secs / 1e6
    );
    let leaking: Vec<&PageScore> = scores.iter().filter(|s| !s.leaks.is_empty()).collect();
    for s in &leaking {
        println!("leak: {} [{}]: {}", s.name, s.template, s.leaks.join(", "));
    }
    if args.show_worst > 0 {
        let mut worst: Vec<&PageScore> = scores.iter().collect();
        worst.sort_by(|a, b| a.f1.total_cmp(&b.f1));
        println!("\nworst {} pages:", args.show_worst.min(worst.len()));
        for s in worst.iter().take(args.show_worst) {
            println!(
                "{} [{}] F1 {:.4} (P {:.4} R {:.4}) title {}",
                s.name,
                s.template,
                s.f1,
                s.p,
                s.r,
                if s.title_ok { "ok" } else { "WRONG" }
            );
            println!("  missed: {}", preview(&s.missed));
            println!("  extra:  {}", preview(&s.extra));
        }
    }
    Ok(())
}

fn preview(tokens: &[String]) -> String {
    let shown: Vec<&str> = tokens.iter().take(40).map(String::as_str).collect();
    let more = tokens.len().saturating_sub(40);
    if more > 0 {
        format!("{} … (+{more})", shown.join(" "))
    } else {
        shown.join(" ")
    }
}

fn score_page(
    name: &str,
    html_path: &Path,
    json_path: &Path,
    opts: &ExtractOptions,
    elapsed: &mut Duration,
    bytes_total: &mut usize,
) -> Result<PageScore> {
    let bytes =
        std::fs::read(html_path).with_context(|| format!("cannot read {}", html_path.display()))?;
    let gold_raw = std::fs::read_to_string(json_path)
        .with_context(|| format!("cannot read {}", json_path.display()))?;
    let gold: Gold = serde_json::from_str(&gold_raw)
        .with_context(|| format!("{}: invalid gold JSON", json_path.display()))?;
    let t0 = Instant::now();
    let page = extract(&bytes, opts)?;
    *elapsed += t0.elapsed();
    *bytes_total += bytes.len();
    let (p, r, f1) = eval::prf(&page.text, &gold.text);
    let leaks = eval::leaks(&page.text, &gold.text);
    let title_ok = match (&gold.title, &page.title) {
        (Some(g), Some(t)) => norm_title(g) == norm_title(t),
        (None, _) => true,
        _ => false,
    };
    let encoding_ok = gold
        .encoding
        .as_deref()
        .map(|e| e.eq_ignore_ascii_case(page.encoding));
    let pred_tokens = eval::tokens(&page.text);
    let gold_tokens = eval::tokens(&gold.text);
    let missed = difference(&gold_tokens, &pred_tokens);
    let extra = difference(&pred_tokens, &gold_tokens);
    Ok(PageScore {
        name: name.to_string(),
        template: gold.template.unwrap_or_else(|| "-".to_string()),
        p,
        r,
        f1,
        leaks,
        title_ok,
        encoding_ok,
        missed,
        extra,
    })
}

/// Tokens of `a` not matched in `b` (multiset difference, in `a`'s order).
fn difference(a: &[String], b: &[String]) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for t in b {
        *counts.entry(t).or_default() += 1;
    }
    a.iter()
        .filter(|t| match counts.get_mut(t.as_str()) {
            Some(c) if *c > 0 => {
                *c -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}
