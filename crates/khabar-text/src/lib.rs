//! Khabar's Arabic text core: no I/O, no global mutable state.
//!
//! # Brief overview
//! - [`normalize`] applies a named [`Profile`] (`display`, `ner`, `search`) and returns a
//!   [`Normalized`] string that keeps an alignment back to character offsets of the original.
//! - [`tokenize`] cuts text into [`Token`]s (Arabic and Latin words, numbers, punctuation, URLs,
//!   emails, hashtags, mentions), each with character *and* byte offsets into the original.
//! - [`split_sentences`] returns sentence [`Span`]s.
//! - [`light_stem`] / [`Stemmer`] give search stems; [`is_stopword`] the stopword list.
//!
//! All offsets called `start`/`end` are Unicode-scalar (character) offsets, end-exclusive,
//! so `text.chars().skip(start).take(end - start)` is the surface. Byte offsets are
//! `byte_start`/`byte_end`.
//!
//! NOTE (skeleton): the bodies below are placeholders to be replaced by the text-core work;
//! the *signatures* are the contract other crates build on.

#![warn(missing_docs)]

use serde::{Deserialize, Serialize};

/// A character-offset span, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A word in Arabic script.
    Arabic,
    /// A word in Latin script (or other alphabetic scripts).
    Latin,
    /// A number, e.g. `٣٠٫٥`, `2017`, `1,250`.
    Number,
    /// Punctuation, e.g. `، ؛ ؟ « » … –`.
    Punct,
    /// A URL.
    Url,
    /// An email address.
    Email,
    /// A `#hashtag`.
    Hashtag,
    /// An `@mention`.
    Mention,
    /// Any other symbol.
    Symbol,
}

/// A token with offsets into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The surface text, a slice of the original.
    pub text: &'a str,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// Byte offset of the first byte.
    pub byte_start: usize,
    /// Byte offset one past the last byte.
    pub byte_end: usize,
    /// What kind of token this is.
    pub kind: TokenKind,
}

/// A normalization profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// Lossless-for-reading: NFKC of presentation forms, bidi/zero-width removal, Persian/Urdu letters.
    Display,
    /// `display` + tatweel removal.
    Ner,
    /// `ner` + diacritics removed, alef/yeh folding, digits to ASCII, Latin lowercased, ة→ه.
    Search,
}

/// Normalized text with an alignment back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// For each character of `text`, the character offset in the original it came from.
    /// `map.len() == text.chars().count()`.
    pub map: Vec<usize>,
}

impl Normalized {
    /// Maps a character span of the normalized text back to a span of the original text.
    pub fn original_span(&self, span: Span, original_len: usize) -> Span {
        let start = self.map.get(span.start).copied().unwrap_or(original_len);
        let end = if span.end == 0 {
            start
        } else {
            self.map
                .get(span.end - 1)
                .map(|&o| o + 1)
                .unwrap_or(original_len)
        };
        Span { start, end: end.max(start) }
    }
}

/// Normalizes `text` with `profile`, keeping an alignment to the original.
pub fn normalize(text: &str, profile: Profile) -> Normalized {
    let _ = profile;
    let map = (0..text.chars().count()).collect();
    Normalized { text: text.to_string(), map }
}

/// Normalizes one word with `profile` (fast path, no alignment).
pub fn normalize_word(word: &str, profile: Profile) -> String {
    normalize(word, profile).text
}

/// Splits `text` into tokens with character and byte offsets.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = 0usize;
    let mut cur: Option<(usize, usize)> = None; // (byte_start, char_start)
    for (b, c) in text.char_indices() {
        let word = c.is_alphanumeric() || ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}';
        match (word, cur) {
            (true, None) => cur = Some((b, chars)),
            (false, Some((bs, cs))) => {
                out.push(mk(text, bs, b, cs, chars));
                cur = None;
            }
            _ => {}
        }
        if !word && !c.is_whitespace() {
            out.push(Token {
                text: &text[b..b + c.len_utf8()],
                start: chars,
                end: chars + 1,
                byte_start: b,
                byte_end: b + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
        chars += 1;
    }
    if let Some((bs, cs)) = cur {
        out.push(mk(text, bs, text.len(), cs, chars));
    }
    out
}

fn mk(text: &str, bs: usize, be: usize, cs: usize, ce: usize) -> Token<'_> {
    let t = &text[bs..be];
    let kind = if t.chars().all(|c| c.is_numeric()) {
        TokenKind::Number
    } else if t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        TokenKind::Arabic
    } else {
        TokenKind::Latin
    };
    Token { text: t, start: cs, end: ce, byte_start: bs, byte_end: be, kind }
}

/// Splits `text` into sentences (character spans, trimmed of surrounding whitespace).
pub fn split_sentences(text: &str) -> Vec<Span> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for t in &toks {
        if start.is_none() {
            start = Some(t.start);
        }
        if matches!(t.text, "." | "؟" | "?" | "!") {
            out.push(Span { start: start.take().unwrap_or(t.start), end: t.end });
        }
    }
    if let (Some(s), Some(last)) = (start, toks.last()) {
        out.push(Span { start: s, end: last.end });
    }
    out
}

/// Which stemmer to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stemmer {
    /// Clitic-aware light stemmer (Light10 family), the default for search.
    #[default]
    Light,
    /// Snowball Arabic (via `rust-stemmers`).
    Snowball,
}

impl Stemmer {
    /// Stems one word (the word should be `ner`-normalized; ة must not yet be folded).
    pub fn stem(self, word: &str) -> String {
        match self {
            Stemmer::Light => light_stem(word),
            Stemmer::Snowball => word.to_string(),
        }
    }
}

/// Light10-style stemmer.
pub fn light_stem(word: &str) -> String {
    word.to_string()
}

/// The search key of a word: `search` normalization, light stem, then ة→ه.
pub fn search_key(word: &str) -> String {
    light_stem(&normalize_word(word, Profile::Search))
}

/// Whether `word` (search-normalized) is an Arabic stopword.
pub fn is_stopword(word: &str) -> bool {
    matches!(word, "في" | "من" | "علي" | "الي" | "ان" | "و")
}
