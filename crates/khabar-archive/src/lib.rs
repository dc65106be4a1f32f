//! Embedded article store (SQLite) and full-text index (tantivy) with an Arabic analyzer.
//!
//! # Brief overview
//! - [`Archive::open`] opens (or creates) an archive directory.
//! - [`Archive::search`] runs a [`SearchQuery`] and returns [`SearchResults`] with highlighted
//!   snippets (offsets into the original text) and facets.
//! - [`Archive::article`], [`Archive::top_entities`], [`Archive::quotes`] read the store.
//!
//! NOTE (skeleton): the types and method signatures below are the contract the server and CLI
//! build on; the bodies are to be written by the archive work.

#![warn(missing_docs)]

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Archive errors.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// I/O error on a path.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A bad query or parameter (maps to HTTP 400).
    #[error("bad query: {0}")]
    BadQuery(String),
    /// Anything else from the store or index.
    #[error("{0}")]
    Other(String),
}

/// Result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// A search request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchQuery {
    /// Free-text query.
    pub query: String,
    /// Maximum hits (default 10).
    pub limit: Option<usize>,
    /// Offset for paging.
    pub offset: Option<usize>,
    /// Only articles mentioning this entity (canonical name or surface).
    pub entity: Option<String>,
    /// Only articles from this source.
    pub source: Option<String>,
    /// Only articles dated on/after this ISO date.
    pub from: Option<String>,
    /// Only articles dated on/before this ISO date.
    pub to: Option<String>,
    /// Fold a story's duplicates under one hit.
    pub collapse: bool,
}

/// A highlighted range inside a snippet.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Highlight {
    /// Character offset into the article text (inclusive).
    pub start: usize,
    /// Character offset into the article text (exclusive).
    pub end: usize,
}

/// One hit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hit {
    /// Article id.
    pub id: String,
    /// Score.
    pub score: f32,
    /// Title.
    pub title: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Snippet text (a slice of the article text).
    pub snippet: String,
    /// Character offset of the snippet in the article text.
    pub snippet_start: usize,
    /// Highlighted ranges (character offsets into the article text).
    pub highlights: Vec<Highlight>,
    /// Duplicate cluster id.
    pub cluster: Option<String>,
    /// Ids of duplicates folded under this hit (with `collapse`).
    pub duplicates: Vec<String>,
}

/// A facet value with its count.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FacetCount {
    /// Value.
    pub value: String,
    /// Count.
    pub count: u64,
}

/// Search results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResults {
    /// Total matching articles.
    pub total: u64,
    /// Hits.
    pub hits: Vec<Hit>,
    /// Facets: entities, sources, dates (by month).
    pub facets: Facets,
}

/// Facets of a result set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Facets {
    /// Top entities.
    pub entities: Vec<FacetCount>,
    /// Sources.
    pub sources: Vec<FacetCount>,
    /// Dates (YYYY-MM).
    pub dates: Vec<FacetCount>,
}

/// A stored article with its analysis.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredArticle {
    /// The article.
    pub article: khabar_article::Article,
    /// Entities.
    pub entities: Vec<khabar_article::Entity>,
    /// Quotes.
    pub quotes: Vec<khabar_article::Quote>,
    /// Duplicate cluster id.
    pub cluster: Option<String>,
    /// Other members of the duplicate cluster.
    pub duplicates: Vec<String>,
}

/// An entity with its mention count.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityCount {
    /// Canonical name.
    pub name: String,
    /// Label (`PERS`, `LOC`, `ORG`, `MISC`).
    pub label: String,
    /// Number of articles mentioning it.
    pub articles: u64,
}

/// A quote with the article it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuoteHit {
    /// Article id.
    pub article_id: String,
    /// Article title.
    pub title: Option<String>,
    /// Article date.
    pub date: Option<String>,
    /// The quote.
    pub quote: khabar_article::Quote,
}

/// An archive directory: store + index.
pub struct Archive {
    _private: (),
}

impl Archive {
    /// Opens (creating if needed) the archive in `dir`.
    pub fn open(dir: &Path) -> Result<Archive> {
        let _ = dir;
        Err(Error::Other("archive not implemented yet".into()))
    }

    /// Runs a search.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let _ = q;
        Err(Error::Other("not implemented".into()))
    }

    /// Fetches one article by id.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let _ = id;
        Err(Error::Other("not implemented".into()))
    }

    /// Top entities, optionally filtered by label and date range.
    pub fn top_entities(
        &self,
        label: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EntityCount>> {
        let _ = (label, from, to, limit);
        Err(Error::Other("not implemented".into()))
    }

    /// Quotes, optionally by speaker (canonical name or substring of the speaker).
    pub fn quotes(&self, speaker: Option<&str>, limit: usize) -> Result<Vec<QuoteHit>> {
        let _ = (speaker, limit);
        Err(Error::Other("not implemented".into()))
    }

    /// Number of articles in the archive.
    pub fn len(&self) -> Result<u64> {
        Err(Error::Other("not implemented".into()))
    }

    /// Whether the archive holds no article.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }
}
