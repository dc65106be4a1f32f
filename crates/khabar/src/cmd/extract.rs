//! `khabar extract`: HTML pages → articles (JSON Lines, or the body text).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use khabar_extract::{extract, ExtractOptions, Extracted, DEFAULT_MAX_BYTES};
use rayon::prelude::*;
use serde::Serialize;

use crate::io::read_input;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per input (JSON Lines).
    Json,
    /// The body text of each input (paragraphs on their own lines).
    Text,
}

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// HTML files (`-` for standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// URL of the page (copied into the output; for a single input).
    #[arg(long)]
    pub url: Option<String>,
    /// HTTP Content-Type header of the page(s), whose charset outranks `<meta>`.
    #[arg(long)]
    pub content_type: Option<String>,
    /// Pages longer than this many bytes are cut (the output says `"truncated": true`).
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
}

#[derive(Serialize)]
struct Output<'a> {
    path: &'a str,
    #[serde(flatten)]
    page: &'a Extracted,
}

/// Inputs processed in parallel per batch; output keeps input order.
const BATCH: usize = 256;

/// Runs the command. A file that cannot be read or is not HTML is reported on stderr with its
/// reason and skipped; the exit status is an error only when every input failed.
pub fn run(args: Args) -> Result<()> {
    if args.url.is_some() && args.files.len() > 1 {
        bail!(
            "--url applies to a single input, got {} files",
            args.files.len()
        );
    }
    let opts = ExtractOptions {
        url: args.url.clone(),
        content_type: args.content_type.clone(),
        max_bytes: args.max_bytes,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut ok, mut failed) = (0usize, 0usize);
    for chunk in args.files.chunks(BATCH) {
        let results: Vec<(String, Result<Extracted>)> =
            chunk.par_iter().map(|path| process(path, &opts)).collect();
        for (name, result) in results {
            match result {
                Ok(page) => {
                    ok += 1;
                    if page.text.is_empty() {
                        eprintln!("khabar: extract: {name}: warning: no article text found");
                    }
                    match args.format {
                        Format::Json => {
                            serde_json::to_writer(
                                &mut out,
                                &Output {
                                    path: &name,
                                    page: &page,
                                },
                            )?;
                            writeln!(out)?;
                        }
                        Format::Text => {
                            if args.files.len() > 1 {
                                writeln!(out, "==> {name} <==")?;
                            }
                            writeln!(out, "{}", page.text)?;
                        }
                    }
                }
                Err(err) => {
                    failed += 1;
                    out.flush()?;
                    eprintln!("khabar: extract: {name}: {err:#}");
                }
            }
        }
    }
    out.flush()?;
    if ok == 0 && failed > 0 {
        bail!("all {failed} input(s) failed");
    }
    if failed > 0 {
        eprintln!("khabar: extract: {ok} extracted, {failed} failed");
    }
    Ok(())
}

fn process(path: &Path, opts: &ExtractOptions) -> (String, Result<Extracted>) {
    let name = path.display().to_string();
    let result = read_input(Some(path)).and_then(|(_, bytes)| Ok(extract(&bytes, opts)?));
    (name, result)
}
