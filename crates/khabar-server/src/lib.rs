//! JSON API and right-to-left Arabic web page over a Khabar archive.
//!
//! # Brief overview
//! - [`ArchiveApi`] is the seam between HTTP and storage: the read operations the server needs.
//!   It is implemented for [`khabar_archive::Archive`] and, in tests, for in-memory fakes.
//! - [`router`] builds the axum [`Router`](axum::Router): the JSON API under `/api/`, `/healthz`
//!   and the embedded web page (a fixed map of assets compiled into the binary, see [`assets`]).
//!   `GET /api/openapi.json` answers [`OPENAPI_JSON`], the OpenAPI 3.0 description of every
//!   route (`docs/openapi.json`).
//! - [`spawn`] binds an address and serves the router on a background runtime, returning a
//!   [`ServerHandle`] that knows its bound address and can be shut down or waited on.
//!
//! Handlers that touch the archive run at most one call per CPU at once (first come, first
//! served): list and article reads and deep or collapsed searches on tokio's blocking pool, so
//! slow disk reads never stall the reactor; first-page searches (well under a millisecond of
//! CPU) inline, which saves the thread hand-off. Bad parameters are answered with a 4xx status
//! and a JSON body `{"error": "..."}`; every response carries a strict Content-Security-Policy
//! and `X-Content-Type-Options: nosniff`.
//!
//! ```no_run
//! use std::sync::Arc;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let archive = khabar_archive::Archive::open(std::path::Path::new("data"))?;
//! let handle = khabar_server::spawn(
//!     Arc::new(archive),
//!     "127.0.0.1:8080".parse()?,
//!     &khabar_server::ServerOptions::default(),
//! )?;
//! println!("serving on {}", handle.url());
//! handle.wait()?;
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

use khabar_archive::{Archive, EntityCount, QuoteHit, SearchQuery, SearchResults, StoredArticle};

mod api;
pub mod assets;
mod cache;
mod extract;
mod params;
mod server;

pub use api::OPENAPI_JSON;
pub use server::{router, spawn, ServerHandle, ServerOptions};

/// Server errors (binding, runtime start, serving).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The listening address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: std::net::SocketAddr,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The async runtime could not be started.
    #[error("cannot start the server runtime: {0}")]
    Runtime(std::io::Error),
    /// Serving failed after start.
    #[error("server failed: {0}")]
    Serve(std::io::Error),
    /// The server thread panicked.
    #[error("server thread panicked")]
    Panicked,
}

/// The read operations the server needs from an archive.
///
/// Implementations must be shareable across threads: the server calls them concurrently from
/// tokio's blocking pool and its runtime threads.
pub trait ArchiveApi: Send + Sync + 'static {
    /// Runs a search.
    fn search(&self, q: &SearchQuery) -> khabar_archive::Result<SearchResults>;
    /// Fetches one article by id.
    fn article(&self, id: &str) -> khabar_archive::Result<Option<StoredArticle>>;
    /// Top entities, optionally filtered by label and an inclusive date range.
    fn top_entities(
        &self,
        label: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> khabar_archive::Result<Vec<EntityCount>>;
    /// Quotes, optionally by speaker.
    fn quotes(&self, speaker: Option<&str>, limit: usize) -> khabar_archive::Result<Vec<QuoteHit>>;
    /// Number of articles.
    fn len(&self) -> khabar_archive::Result<u64>;
    /// Whether the archive holds no article.
    fn is_empty(&self) -> khabar_archive::Result<bool> {
        Ok(self.len()? == 0)
    }
}

impl ArchiveApi for Archive {
    fn search(&self, q: &SearchQuery) -> khabar_archive::Result<SearchResults> {
        Archive::search(self, q)
    }
    fn article(&self, id: &str) -> khabar_archive::Result<Option<StoredArticle>> {
        Archive::article(self, id)
    }
    fn top_entities(
        &self,
        label: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> khabar_archive::Result<Vec<EntityCount>> {
        Archive::top_entities(self, label, from, to, limit)
    }
    fn quotes(&self, speaker: Option<&str>, limit: usize) -> khabar_archive::Result<Vec<QuoteHit>> {
        Archive::quotes(self, speaker, limit)
    }
    fn len(&self) -> khabar_archive::Result<u64> {
        Archive::len(self)
    }
}
