//! `khabar demo [--data DIR] [--addr …]`: ingests the bundled sample corpus (2,542 Arabic news
//! articles: a sample of the ANT corpus v1.1 plus the seed article) into DIR on first run, then
//! serves it like `khabar serve`.
//!
//! The sample is compiled into the binary, so the command works from any directory. Ingestion
//! goes through exactly the code of `khabar ingest`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Parser;

use super::{ingest, serve};

/// The bundled corpus (see fixtures/demo/README.md for its licence, citation and rebuild).
const SAMPLE: &[u8] = include_bytes!("../../../../fixtures/demo/ant-sample.jsonl.gz");
/// File name the sample is written to inside the data directory before ingesting it.
const SAMPLE_NAME: &str = "demo-sample.jsonl.gz";
/// Written once the sample is fully ingested; its absence means "ingest (again)".
const DONE_MARKER: &str = "demo-ingested";

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Data directory for the demo archive (created and filled on first run).
    #[arg(long, value_name = "DIR", default_value = "khabar-demo-data")]
    pub data: PathBuf,
    /// Address to listen on (loopback by default).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Only ingest the sample (if needed), then exit without serving.
    #[arg(long)]
    pub no_serve: bool,
}

/// `khabar ingest`'s arguments, parsed the same way the command line parses them.
#[derive(Parser)]
struct IngestCli {
    #[command(flatten)]
    args: ingest::Args,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    ensure_ingested(&args.data)?;
    if args.no_serve {
        return Ok(());
    }
    eprintln!("khabar demo: open the URL below in a browser (Ctrl-C stops)");
    serve::serve(
        &args.data,
        args.addr,
        &khabar_server::ServerOptions::default(),
    )
}

/// Ingests the bundled sample into `data` unless a previous run finished doing so. An
/// interrupted ingest is simply resumed: `khabar ingest` skips documents already stored.
fn ensure_ingested(data: &Path) -> Result<()> {
    let marker = data.join(DONE_MARKER);
    if marker.exists() {
        eprintln!("khabar demo: using the archive in {}", data.display());
        return Ok(());
    }
    std::fs::create_dir_all(data)
        .with_context(|| format!("cannot create data directory {}", data.display()))?;
    let sample = data.join(SAMPLE_NAME);
    std::fs::write(&sample, SAMPLE)
        .with_context(|| format!("cannot write {}", sample.display()))?;
    eprintln!(
        "khabar demo: ingesting the bundled sample (2,542 records) into {} …",
        data.display()
    );
    let cli = IngestCli::try_parse_from([
        "ingest".as_ref(),
        sample.as_os_str(),
        "--data".as_ref(),
        data.as_os_str(),
    ])
    .context("cannot build ingest arguments")?;
    ingest::run(cli.args).context("ingesting the demo sample failed")?;
    let stored = khabar_archive::Archive::open(data)
        .and_then(|a| a.len())
        .with_context(|| format!("cannot read the archive in {}", data.display()))?;
    if stored == 0 {
        bail!("ingesting the demo sample stored no article (see the reasons above)");
    }
    std::fs::remove_file(&sample).with_context(|| format!("cannot remove {}", sample.display()))?;
    std::fs::write(&marker, b"the bundled demo sample is fully ingested\n")
        .with_context(|| format!("cannot write {}", marker.display()))?;
    Ok(())
}
