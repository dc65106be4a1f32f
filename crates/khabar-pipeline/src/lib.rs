//! The per-document analysis pipeline: a pure function from an [`Article`] to its [`Analysis`].
//!
//! No I/O and no global mutable state: the same function runs in the CLI, the server, ingest,
//! and (later) inside a distributed engine.
//!
//! NOTE (skeleton): types are the contract; `analyze` is wired up as the stage crates land.

#![warn(missing_docs)]

use khabar_article::{Article, Entity, Quote, Removed};
use serde::{Deserialize, Serialize};

/// A character span.
pub use khabar_text::Span;

/// Options for [`analyze`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    /// Run boilerplate-line cleaning (fills `removed`).
    pub clean: bool,
    /// Run named-entity recognition.
    pub entities: bool,
    /// Run quotation extraction.
    pub quotes: bool,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions { clean: true, entities: true, quotes: true }
    }
}

/// One clitic segment of a token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentOut {
    /// Surface text of the segment (for the `لل` spelling change, the article's `ل`).
    pub text: String,
    /// Character offset (inclusive).
    pub start: usize,
    /// Character offset (exclusive).
    pub end: usize,
    /// `proclitic`, `article`, `stem` or `enclitic`.
    pub kind: String,
}

/// An analysed token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzedToken {
    /// Surface text.
    pub text: String,
    /// Character offset (inclusive).
    pub start: usize,
    /// Character offset (exclusive).
    pub end: usize,
    /// `search`-normalized form.
    pub norm: String,
    /// Search stem.
    pub stem: String,
    /// Clitic segments.
    pub segments: Vec<SegmentOut>,
}

/// The analysis of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Document id.
    pub id: String,
    /// The document text exactly as given.
    pub text: String,
    /// Ranges dropped by cleaning.
    pub removed: Vec<Removed>,
    /// Sentences.
    pub sentences: Vec<Span>,
    /// Tokens.
    pub tokens: Vec<AnalyzedToken>,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Quotations.
    pub quotes: Vec<Quote>,
}

/// Analyses one article.
pub fn analyze(article: &Article, opts: &AnalyzeOptions) -> Analysis {
    let _ = opts;
    Analysis {
        id: article.id.clone(),
        text: article.text.clone(),
        removed: article.removed.clone(),
        sentences: khabar_text::split_sentences(&article.text),
        tokens: Vec::new(),
        entities: Vec::new(),
        quotes: Vec::new(),
    }
}
