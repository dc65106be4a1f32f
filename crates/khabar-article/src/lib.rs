//! The versioned schema shared by every Khabar stage.
//!
//! # Brief overview
//! - [`Article`]: one document as it flows through the pipeline (`text` is never rewritten;
//!   cleaning lists dropped ranges in [`Article::removed`]).
//! - [`Entity`] and [`Quote`]: analysis results with character offsets into `Article::text`.
//!
//! All `start`/`end` offsets are Unicode-scalar (character) offsets, end-exclusive
//! (Python slicing convention): `text[start:end]` is the surface.

#![warn(missing_docs)]

use serde::{Deserialize, Serialize};

/// Version of the [`Article`] JSON schema. Bump on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// One article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: from the input record's id, else derived from URL, else from content.
    pub id: String,
    /// Source name (site, file, or feed), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// URL, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date (ISO 8601) if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Language code (`ar`, `fa`, `ur`, `en`, `fr`, …) if identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The article text exactly as extracted (paragraphs joined by `\n`).
    pub text: String,
    /// Ranges of `text` dropped by cleaning, with reasons.
    #[serde(default)]
    pub removed: Vec<Removed>,
    /// Per-document signals (language confidence, quality figures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signals: Option<Signals>,
}

/// A range of the article's text removed by cleaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Why it was removed (e.g. `boilerplate:comment-prompt`, `repeated-line`).
    pub reason: String,
}

/// Per-document language and quality signals.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Signals {
    /// Identified language code.
    pub lang: String,
    /// Confidence of the language identification, 0..1.
    pub lang_confidence: f32,
    /// Number of words.
    pub words: usize,
    /// Share of letters that are Arabic-script letters, 0..1.
    pub arabic_ratio: f32,
    /// Mean word length in characters.
    pub mean_word_len: f32,
    /// Share of non-empty lines ending in terminal punctuation, 0..1.
    pub punct_line_ratio: f32,
    /// Share of lines that duplicate another line of the document, 0..1.
    pub dup_line_fraction: f32,
}

/// Entity label (ANERcorp tag set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityLabel {
    /// Person.
    #[serde(rename = "PERS")]
    Pers,
    /// Location.
    #[serde(rename = "LOC")]
    Loc,
    /// Organisation.
    #[serde(rename = "ORG")]
    Org,
    /// Other names.
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    /// The tag-set name (`PERS`, `LOC`, `ORG`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Pers => "PERS",
            EntityLabel::Loc => "LOC",
            EntityLabel::Org => "ORG",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Surface text (without attached clitics).
    pub text: String,
    /// Label.
    pub label: EntityLabel,
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Canonical name linking mentions of one entity in a document (`لافروف` → `سيرغي لافروف`).
    pub canonical: String,
}

/// Kind of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Direct quotation in quote marks.
    Direct,
    /// Reported speech (`أكد أنّ …`).
    Indirect,
    /// "According to" attribution (`بحسب`, `وفق`).
    AccordingTo,
}

/// A quotation with its speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker as written, with description (`وزير الخارجية الروسي سيرغي لافروف`), if any.
    pub speaker: Option<String>,
    /// Canonical name of the speaker's entity, if linked.
    pub speaker_entity: Option<String>,
    /// The reporting cue (`قال`, `وأضاف`, `مشيراً إلى`, `بحسب`…), if any.
    pub cue: Option<String>,
    /// Kind.
    pub kind: QuoteKind,
    /// Quoted or reported content, without the quote marks.
    pub text: String,
    /// First character of the content (inclusive).
    pub start: usize,
    /// One past the last character of the content.
    pub end: usize,
}

/// Converts a character offset into a byte offset of `text` (clamped to `text.len()`).
pub fn char_to_byte(text: &str, char_offset: usize) -> usize {
    text.char_indices()
        .nth(char_offset)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

/// Slices `text` by character offsets (clamped).
pub fn slice_chars(text: &str, start: usize, end: usize) -> &str {
    let b0 = char_to_byte(text, start);
    let b1 = char_to_byte(text, end.max(start));
    &text[b0..b1]
}
