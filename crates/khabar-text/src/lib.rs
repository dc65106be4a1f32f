//! Khabar's Arabic text core: no I/O, no global mutable state.
//!
//! # Brief overview
//! - [`normalize`] applies a named [`Profile`] (`display`, `ner`, `search`) and returns a
//!   [`Normalized`] string that keeps an alignment back to character offsets of the original.
//!   Each profile is a list of small documented stages ([`normalizer`]); a [`Normalizer`] can
//!   also append into a buffer, work chunk by chunk, or borrow unchanged text.
//! - [`tokenize`] cuts text into [`Token`]s (Arabic and Latin words, numbers, punctuation, URLs,
//!   emails, hashtags, mentions), each with character *and* byte offsets into the original;
//!   [`Tokens`] is the streaming form.
//! - [`split_sentences`] returns sentence [`Span`]s ([`split_sentences_tokens`] from tokens
//!   already cut).
//! - [`light_stem`] / [`Stemmer`] give search stems; [`search_key`] is normalization + light
//!   stem + `ة`→`ه`; [`search_forms`] gives the `search` form and the key with one
//!   normalization; [`is_stopword`] checks the stopword list.
//!
//! All offsets called `start`/`end` are Unicode-scalar (character) offsets, end-exclusive,
//! so `text.chars().skip(start).take(end - start)` is the surface. Byte offsets are
//! `byte_start`/`byte_end`.
//!
//! ```
//! use khabar_text::{normalize, search_key, split_sentences, tokenize, Profile};
//! let text = "قدّم د. بشار الجعفري ورقةً للأمم المتحدة.";
//! assert_eq!(split_sentences(text).len(), 1);
//! let words: Vec<_> = tokenize(text).iter().map(|t| t.text).collect();
//! assert_eq!(words[..3], ["قدّم", "د", "."]);
//! assert_eq!(normalize("ورقةً", Profile::Search).text, "ورقه");
//! assert_eq!(search_key("للأمم"), "امم");
//! ```

#![warn(missing_docs)]

mod chars;
pub mod normalizer;
mod sentence;
mod stem;
mod stopwords;
mod tokenizer;

use serde::{Deserialize, Serialize};

pub use chars::{char_class, is_arabic_letter, is_arabic_mark, CharClass};
pub use normalizer::{CharStage, Normalizer};
pub use sentence::{split_sentences, split_sentences_tokens};
pub use stem::{light_stem, light_stem_range, snowball_stem, Stemmer};
pub use stopwords::{is_stopword, stopwords, STOPWORDS_SOURCE};
pub use tokenizer::{tokenize, Tokens};

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

impl Profile {
    /// The profile's name as used on the command line (`display`, `ner`, `search`).
    pub fn name(self) -> &'static str {
        match self {
            Profile::Display => "display",
            Profile::Ner => "ner",
            Profile::Search => "search",
        }
    }
}

impl std::str::FromStr for Profile {
    type Err = UnknownProfile;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "display" => Ok(Profile::Display),
            "ner" => Ok(Profile::Ner),
            "search" => Ok(Profile::Search),
            _ => Err(UnknownProfile(s.to_string())),
        }
    }
}

/// Error for an unknown profile name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownProfile(pub String);

impl std::fmt::Display for UnknownProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown profile `{}` (expected display, ner or search)",
            self.0
        )
    }
}

impl std::error::Error for UnknownProfile {}

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
        Span {
            start,
            end: end.max(start),
        }
    }
}

/// Normalizes `text` with `profile`, keeping an alignment to the original.
pub fn normalize(text: &str, profile: Profile) -> Normalized {
    Normalizer::new(profile).normalize(text)
}

/// Normalizes one word with `profile` (fast path, no alignment).
pub fn normalize_word(word: &str, profile: Profile) -> String {
    Normalizer::new(profile).normalize_cow(word).into_owned()
}

/// The search key of a word: `search` normalization, light stem, then ة→ه.
///
/// ```
/// assert_eq!(khabar_text::search_key("والمدرسة"), "مدرس");
/// assert_eq!(khabar_text::search_key("الحكومة"), "حكوم");
/// assert_eq!(khabar_text::search_key("المكتبة"), "مكتب");
/// ```
pub fn search_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    search_key_into(word, &mut out);
    out
}

/// The `search` form of a word and its search key in one pass: exactly
/// `(normalize_word(word, Profile::Search), search_key(word))`, normalizing only once.
///
/// ```
/// let (norm, key) = khabar_text::search_forms("والمدرسةُ");
/// assert_eq!(norm, "والمدرسه");
/// assert_eq!(key, "مدرس");
/// ```
pub fn search_forms(word: &str) -> (String, String) {
    let mut norm = String::with_capacity(word.len());
    let r = search_forms_into(word, &mut norm);
    let key = norm[r].to_string();
    (norm, key)
}

/// Writes the `search` form of `word` into `out` (cleared first) and returns the byte range of
/// its search key inside it: `out == normalize_word(word, Profile::Search)` and
/// `out[range] == search_key(word)`. Reuse `out` across words to avoid allocating per token.
///
/// The word is normalized with [`Normalizer::search_keep_ta_marbuta`] (the stemmer must see
/// `ة`), the Light10 range is taken on that, then `ة`→`ه` (the last `search` stage,
/// context-free, and the same length in UTF-8) is folded in place.
///
/// ```
/// let mut out = String::new();
/// let key = khabar_text::search_forms_into("للأمم", &mut out);
/// assert_eq!((out.as_str(), &out[key]), ("للامم", "امم"));
/// ```
pub fn search_forms_into(word: &str, out: &mut String) -> std::ops::Range<usize> {
    out.clear();
    Normalizer::search_keep_ta_marbuta().normalize_into(word, out);
    let r = light_stem_range(out);
    // ة is U+0629, bytes D8 A9 (D8 is only ever a lead byte); ه is U+0647, also two bytes, so
    // offsets, and `r`, stay valid.
    let mut at = 0;
    while let Some(i) = out.as_bytes()[at..]
        .windows(2)
        .position(|w| w == [0xD8, 0xA9])
    {
        at += i;
        out.replace_range(at..at + 2, "ه");
        at += 2;
    }
    r
}

/// Writes the search key of `word` into `out` (cleared first); reuse `out` across words to
/// avoid allocating per token.
pub fn search_key_into(word: &str, out: &mut String) {
    out.clear();
    Normalizer::search_keep_ta_marbuta().normalize_into(word, out);
    let r = light_stem_range(out);
    out.truncate(r.end);
    out.drain(..r.start);
    if out.contains('ة') {
        // Only words of one or two letters keep ة after stemming: rare, so allocate here.
        *out = out.replace('ة', "ه");
    }
}
