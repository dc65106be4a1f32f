//! The per-document analysis pipeline: a pure function from an [`Article`] to its [`Analysis`].
//!
//! No I/O and no global mutable state: the same function runs in the CLI, the server, ingest,
//! and (later) inside a distributed engine.
//!
//! ```
//! use khabar_article::Article;
//! use khabar_pipeline::{analyze, AnalyzeOptions};
//! let article = Article { id: "a".into(), text: "قال الوزير إن الوضع مستقر.".into(), ..Default::default() };
//! let a = analyze(&article, &AnalyzeOptions::default());
//! assert_eq!(a.sentences.len(), 1);
//! ```

#![warn(missing_docs)]

mod conllu;
mod memo;
mod segments;
mod word;

pub use conllu::{syntactic_words, to_conllu};
use khabar_article::{Article, Entity, Quote, Removed};
use khabar_morph::letters::Packed;
use memo::WordMemo;
pub use memo::MEMO_WORDS;
pub use segments::Segments;
use serde::{Deserialize, Serialize};
pub use word::WordStr;

/// What a clitic segment is (serialized as `proclitic`, `article`, `stem` or `enclitic`).
pub use khabar_morph::SegmentKind;
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
        AnalyzeOptions {
            clean: true,
            entities: true,
            quotes: true,
        }
    }
}

/// One clitic segment of a token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentOut {
    /// Surface text of the segment (for the `لل` spelling change, the article's `ل`).
    pub text: WordStr,
    /// Character offset (inclusive).
    pub start: usize,
    /// Character offset (exclusive).
    pub end: usize,
    /// `proclitic`, `article`, `stem` or `enclitic`.
    pub kind: SegmentKind,
}

/// An analysed token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzedToken {
    /// Surface text.
    pub text: WordStr,
    /// Character offset (inclusive).
    pub start: usize,
    /// Character offset (exclusive).
    pub end: usize,
    /// `search`-normalized form.
    pub norm: WordStr,
    /// Search stem ([`khabar_text::search_key`]).
    pub stem: WordStr,
    /// Clitic segments (none for non-Arabic tokens).
    pub segments: Segments,
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
    /// Duplicate cluster (the representative's id), when analysed within a corpus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

/// The loaded resources of the pipeline (segmenter, NER model, cue lexicon). Build it once and
/// share it (`&Pipeline` is `Sync`); loading the NER model takes milliseconds, analysing a
/// document takes microseconds.
pub struct Pipeline {
    segmenter: &'static khabar_morph::Segmenter,
    memo: WordMemo,
    tagger: khabar_ner::Tagger,
    quotes: khabar_quotes::QuoteExtractor,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Pipeline {
    /// Loads the embedded models.
    pub fn new() -> Self {
        Self::with_memo_words(MEMO_WORDS)
    }

    /// [`Pipeline::new`] with a memo of the `words` most frequent words instead of
    /// [`MEMO_WORDS`] (0: no memo). The results are the same; only the speed changes (for
    /// tuning, see `examples/passes.rs`).
    pub fn with_memo_words(words: usize) -> Self {
        let segmenter = khabar_morph::Segmenter::embedded();
        Pipeline {
            segmenter,
            memo: WordMemo::build(segmenter, words),
            tagger: khabar_ner::Tagger::embedded(),
            quotes: khabar_quotes::QuoteExtractor::new(),
        }
    }

    /// The shared embedded pipeline (loaded on first use, immutable afterwards).
    pub fn shared() -> &'static Pipeline {
        static SHARED: std::sync::LazyLock<Pipeline> = std::sync::LazyLock::new(Pipeline::new);
        &SHARED
    }

    /// Analyses one article.
    ///
    /// Stages: clean (boilerplate ranges, when `opts.clean`) → tokenize → sentences → clitic
    /// segmentation, normalization and stems → entities → quotes. Tokens, sentences, entities
    /// and quotes inside removed ranges are skipped; every offset points into `article.text`.
    pub fn analyze(&self, article: &Article, opts: &AnalyzeOptions) -> Analysis {
        let text = article.text.as_str();
        let mut removed = article.removed.clone();
        if opts.clean && removed.is_empty() {
            removed = khabar_clean::clean(text, &khabar_clean::CleanContext::default());
        }
        let kept =
            |start: usize, end: usize| !removed.iter().any(|r| start < r.end && r.start < end);
        // Tokenize once: the sentence splitter works on the same tokens.
        let mut tokens: Vec<khabar_text::Token<'_>> = khabar_text::tokenize(text);
        let mut sentences: Vec<Span> = khabar_text::split_sentences_tokens(text, &tokens);
        if !removed.is_empty() {
            tokens.retain(|t| kept(t.start, t.end));
            sentences.retain(|s| kept(s.start, s.end));
        }
        let analyzed = self.analyze_tokens(&tokens);
        let entities = if opts.entities {
            self.tagger.recognize(text, &tokens)
        } else {
            Vec::new()
        };
        let quotes = if opts.quotes {
            self.quotes.extract(text, &tokens, &sentences, &entities)
        } else {
            Vec::new()
        };
        Analysis {
            id: article.id.clone(),
            text: article.text.clone(),
            removed,
            sentences,
            tokens: analyzed,
            entities,
            quotes,
            cluster: None,
        }
    }

    /// Search forms, stems and clitic segments of a document's tokens.
    ///
    /// Frequent words come from the memo. The memo lookups of all the tokens are made first,
    /// in a tight loop, and so are the segmenter's split-cache lookups of the other Arabic
    /// tokens ([`khabar_morph::Segmenter::segment_spans_all_packed`]): their memory accesses overlap
    /// instead of being waited for one at a time between the rest of the work.
    fn analyze_tokens(&self, tokens: &[khabar_text::Token<'_>]) -> Vec<AnalyzedToken> {
        let is_arabic = |t: &khabar_text::Token<'_>| t.kind == khabar_text::TokenKind::Arabic;
        let memo = &self.memo;
        let mut missed: Vec<Packed<'_>> = Vec::new();
        let hits: Vec<Option<memo::Info>> = tokens
            .iter()
            .map(|t| {
                let p = Packed::new(if is_arabic(t) { t.text } else { "" });
                let hit = p.key().and_then(|k| memo.get(k));
                if hit.is_none() {
                    missed.push(p);
                }
                hit
            })
            .collect();
        let mut spans = self.segmenter.segment_spans_all_packed(&missed).into_iter();
        let mut buf = String::new();
        tokens
            .iter()
            .zip(&hits)
            .map(|(t, hit)| match hit {
                Some(info) => AnalyzedToken::from_memo(t, *info, memo),
                None => {
                    let s = spans.next().unwrap_or_default();
                    analyze_token_with(t, &s, &mut buf)
                }
            })
            .collect()
    }
}

/// Analyses one article with the shared embedded [`Pipeline`].
pub fn analyze(article: &Article, opts: &AnalyzeOptions) -> Analysis {
    Pipeline::shared().analyze(article, opts)
}

/// Analyses one token: its search form, stem and clitic segments.
pub fn analyze_token(
    segmenter: &khabar_morph::Segmenter,
    t: &khabar_text::Token<'_>,
) -> AnalyzedToken {
    let spans = if t.kind == khabar_text::TokenKind::Arabic {
        segmenter.segment_spans(t.text)
    } else {
        khabar_morph::SegmentSpans::default()
    };
    analyze_token_with(t, &spans, &mut String::new())
}

/// [`analyze_token`] given the token's clitic segments (empty for a non-Arabic token) and a
/// scratch buffer reused across the tokens of a document.
fn analyze_token_with(
    t: &khabar_text::Token<'_>,
    spans: &khabar_morph::SegmentSpans,
    buf: &mut String,
) -> AnalyzedToken {
    // One normalization gives both the search form and the stem.
    let key = khabar_text::search_forms_into(t.text, buf);
    let segments = if t.kind == khabar_text::TokenKind::Arabic {
        spans
            .iter()
            .map(|s| SegmentOut {
                text: WordStr::new(&t.text[s.byte_start..s.byte_end]),
                start: t.start + s.start,
                end: t.start + s.end,
                kind: s.kind,
            })
            .collect()
    } else {
        Segments::new()
    };
    AnalyzedToken {
        text: WordStr::new(t.text),
        start: t.start,
        end: t.end,
        norm: WordStr::new(buf),
        stem: WordStr::new(&buf[key]),
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo is a cache: every token of real news text gets exactly the analysis of the full
    /// path (search form, stem, clitic segments, offsets).
    #[test]
    fn memo_gives_the_full_analysis() {
        let text = include_str!("../../../fixtures/news-300k.txt");
        let full = Pipeline::with_memo_words(0);
        let memoized = Pipeline::new();
        let opts = AnalyzeOptions {
            clean: false,
            entities: false,
            quotes: false,
        };
        let mut tokens = 0;
        for (i, chunk) in text.lines().take(400).enumerate() {
            let article = Article {
                id: i.to_string(),
                text: chunk.to_string(),
                ..Article::default()
            };
            let a = memoized.analyze(&article, &opts);
            assert_eq!(a, full.analyze(&article, &opts), "line {i}");
            tokens += a.tokens.len();
        }
        assert!(tokens > 10_000, "{tokens}");
    }
}
