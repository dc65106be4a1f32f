//! `khabar serve --data DIR [--addr 127.0.0.1:8080]`: the JSON API and the Arabic web page over
//! an archive made by `khabar ingest`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use khabar_archive::Archive;
use khabar_server::ServerOptions;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Archive directory (made by `khabar ingest SOURCE… --data DIR`).
    #[arg(long, value_name = "DIR")]
    pub data: PathBuf,
    /// Address to listen on. Loopback by default; `0.0.0.0:8080` exposes the archive to the
    /// network (there is no authentication).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Largest accepted request body for `POST /api/analyze`, in bytes.
    #[arg(long, default_value_t = 1024 * 1024, value_name = "BYTES")]
    pub max_body: usize,
    /// Search answers kept in the result cache (each reused for 30 s); 0 disables the cache.
    #[arg(long, default_value_t = 4096, value_name = "N")]
    pub cache: usize,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    if !args.data.is_dir() {
        bail!(
            "no archive at {}: create one with `khabar ingest SOURCE… --data {}`",
            args.data.display(),
            args.data.display()
        );
    }
    let opts = ServerOptions {
        max_body_bytes: args.max_body,
        cache_entries: args.cache,
        ..ServerOptions::default()
    };
    serve(&args.data, args.addr, &opts)
}

/// Opens the archive in `data`, serves it on `addr` and blocks until the process is stopped.
pub fn serve(data: &Path, addr: SocketAddr, opts: &ServerOptions) -> Result<()> {
    let archive =
        Archive::open(data).with_context(|| format!("cannot open archive {}", data.display()))?;
    let n = archive
        .len()
        .with_context(|| format!("cannot read archive {}", data.display()))?;
    let handle = khabar_server::spawn(Arc::new(archive), addr, opts)?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "khabar serve: warning: listening on {addr}, reachable from other machines; the API \
             has no authentication"
        );
    }
    eprintln!("khabar serve: {n} article(s) from {}", data.display());
    // The URL goes to stdout (alone on its line) so scripts can read it; Ctrl-C stops.
    println!("{}", handle.url());
    handle.wait()?;
    Ok(())
}
