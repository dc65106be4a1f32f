//! The Arabic analyzer: text → index terms, registered in tantivy as two tokenizers.
//!
//! | tokenizer | field suffix | term of a word | matches |
//! |---|---|---|---|
//! | [`ArabicTokenizer::exact`] (`ar_exact`) | `*_exact` | the word without its clitics ([`khabar_morph::Segmenter::stem_part`]), `search`-normalized ([`khabar_text::normalize_word`]: diacritics, tatweel, alef/yeh folding, ة→ه, digits, lowercase) | `الإرهاب` = `الارهاب` = `والإرهاب` = `إرهاب` |
//! | [`ArabicTokenizer::loose`] (`ar_loose`) | `*_loose` | clitic-split light stem: [`khabar_morph::Segmenter::stem_part`] then [`khabar_text::search_key`] | `والإرهابيين` = `الإرهاب` = `إرهاب`, `مدرستهم` = `مدرسة` |
//!
//! Stopwords ([`khabar_text::is_stopword`] on the normalized form) are dropped but still count
//! as positions, so phrase and proximity queries keep honest distances. Punctuation is not a
//! position. Every term carries the *byte* offsets of its word in the original text, so a
//! highlight computed from analyzer output slices the original characters.
//!
//! [`Analyzer::Plain`] is the baseline: tantivy-style lowercase word split, no Arabic processing,
//! no stopwords; it exists to measure what the Arabic analyzer buys.

use khabar_text::{Profile, TokenKind};
use serde::{Deserialize, Serialize};
use tantivy::tokenizer::{Token as TToken, TokenStream, Tokenizer};

/// Longest term kept, in bytes (longer "words" are base64 blobs or URLs, not search terms).
const MAX_TERM_BYTES: usize = 120;

/// Interrogatives and question fillers dropped from *queries* (not from documents): a question
/// `ما هي عاصمة تونس؟` searches for `عاصمة تونس`. Listed in `search`-normalized form.
const QUERY_STOPWORDS: &[&str] = &[
    "ما",
    "ماذا",
    "ماهي",
    "ماهو",
    "من",
    "هو",
    "هي",
    "هم",
    "هما",
    "متي",
    "كيف",
    "اين",
    "لماذا",
    "لما",
    "هل",
    "كم",
    "اي",
    "ايه",
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "تم",
    "يتم",
    "كان",
    "كانت",
    "عن",
    "في",
    "علي",
    "الي",
    "الى",
    "على",
    "او",
    "ام",
    "ثم",
    "قد",
    "لقد",
    "وما",
    "فما",
    "بما",
    "مما",
    "عما",
    "اذا",
    "اذ",
    "ان",
    "انه",
    "انها",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هناك",
    "هنا",
    "كل",
    "بعض",
    "مع",
    "بين",
    "حتي",
    "منذ",
    "عند",
    "لدي",
    "به",
    "بها",
    "له",
    "لها",
    "لهم",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "اسم",
    "يسمي",
    "تسمي",
    "يطلق",
    "what",
    "who",
    "when",
    "where",
    "which",
    "how",
    "why",
    "is",
    "the",
    "of",
];

/// Which analysis an archive uses (stored in the archive, fixed at creation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Analyzer {
    /// Arabic analysis: exact (clitic-free normalized word) and loose (its light stem) fields.
    #[default]
    Arabic,
    /// Baseline: lowercase word split, no Arabic normalization, stemming or stopwords.
    Plain,
    /// Baseline: an emulation of Lucene's `ArabicAnalyzer` (normalization, light stemmer
    /// `ArabicStemmer`, stopwords), one field, no question handling: the reference the archive
    /// is measured against.
    Lucene,
}

impl Analyzer {
    /// The name stored in the archive metadata.
    pub fn as_str(self) -> &'static str {
        match self {
            Analyzer::Arabic => "arabic",
            Analyzer::Plain => "plain",
            Analyzer::Lucene => "lucene",
        }
    }

    /// Parses a stored or user-given name.
    pub fn parse(s: &str) -> Option<Analyzer> {
        match s {
            "arabic" => Some(Analyzer::Arabic),
            "plain" => Some(Analyzer::Plain),
            "lucene" => Some(Analyzer::Lucene),
            _ => None,
        }
    }
}

/// How a word becomes a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `search`-normalized surface form.
    Exact,
    /// Clitic-split light stem.
    Loose,
    /// Lowercased surface, no Arabic processing, stopwords kept (baseline).
    Plain,
    /// Lucene `ArabicAnalyzer` emulation (baseline).
    Lucene,
}

/// One index term with its position and byte offsets into the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term.
    pub text: String,
    /// Word position (stopwords count, punctuation does not).
    pub position: usize,
    /// Byte offset of the word's first byte.
    pub byte_start: usize,
    /// Byte offset one past the word's last byte.
    pub byte_end: usize,
}

/// The term of one word in `mode`, or `None` when the word is not indexed (stopword,
/// punctuation, overlong).
pub fn word_term(word: &str, kind: TokenKind, mode: Mode) -> Option<String> {
    if matches!(kind, TokenKind::Punct | TokenKind::Symbol) || word.len() > MAX_TERM_BYTES {
        return None;
    }
    match mode {
        Mode::Plain => Some(word.to_lowercase()),
        Mode::Lucene => {
            let norm = lucene_normalize(word);
            if norm.is_empty() || khabar_text::is_stopword(&norm) {
                return None;
            }
            Some(lucene_stem(&norm))
        }
        Mode::Exact | Mode::Loose => {
            let norm = khabar_text::normalize_word(word, Profile::Search);
            if norm.is_empty() || khabar_text::is_stopword(&norm) {
                return None;
            }
            if kind != TokenKind::Arabic {
                return Some(norm);
            }
            // Clitics first: the lexicon-driven segmenter knows `وزير` is not `و`+`زير`.
            let bare = khabar_morph::Segmenter::embedded().stem_part(word);
            if mode == Mode::Exact {
                // The word without clitics, normalized: `والإرهاب` = `الارهاب` = `إرهاب`, but
                // `الإرهابيين` ≠ `إرهاب`. Measured on the headline→body dev set: MRR@10 0.783
                // vs 0.763 for the full surface (docs/BENCHMARKS.md).
                return Some(khabar_text::normalize_word(bare, Profile::Search))
                    .filter(|t| !t.is_empty())
                    .or(Some(norm));
            }
            // Then the light stemmer on what is left (MRR@10 0.755 vs 0.734 for the light
            // stemmer on the whole word).
            let stem = khabar_text::search_key(bare);
            if stem.is_empty() {
                Some(norm)
            } else {
                Some(stem)
            }
        }
    }
}

/// The (exact, loose) terms of one word for the Arabic analyzer, equal to
/// `(word_term(word, kind, Mode::Exact), word_term(word, kind, Mode::Loose))` but normalizing
/// and segmenting the word once.
pub fn word_terms(word: &str, kind: TokenKind) -> Option<(String, String)> {
    if matches!(kind, TokenKind::Punct | TokenKind::Symbol) || word.len() > MAX_TERM_BYTES {
        return None;
    }
    let norm = khabar_text::normalize_word(word, Profile::Search);
    if norm.is_empty() || khabar_text::is_stopword(&norm) {
        return None;
    }
    if kind != TokenKind::Arabic {
        return Some((norm.clone(), norm));
    }
    let bare = khabar_morph::Segmenter::embedded().stem_part(word);
    let exact = khabar_text::normalize_word(bare, Profile::Search);
    let loose = khabar_text::search_key(bare);
    let exact = if exact.is_empty() {
        norm.clone()
    } else {
        exact
    };
    let loose = if loose.is_empty() { norm } else { loose };
    Some((exact, loose))
}

/// Analyses `text` into terms in `mode`.
pub fn analyze(text: &str, mode: Mode) -> Vec<Term> {
    let mut out = Vec::new();
    analyze_into(text, mode, &mut |t| out.push(t));
    out
}

fn analyze_into(text: &str, mode: Mode, sink: &mut dyn FnMut(Term)) {
    if mode == Mode::Plain {
        return plain_words(text, sink);
    }
    let mut position = 0usize;
    for tok in khabar_text::tokenize(text) {
        if matches!(tok.kind, TokenKind::Punct | TokenKind::Symbol) {
            continue;
        }
        if let Some(term) = word_term(tok.text, tok.kind, mode) {
            sink(Term {
                text: term,
                position,
                byte_start: tok.byte_start,
                byte_end: tok.byte_end,
            });
        }
        position += 1;
    }
}

/// Analyses `text` once for both fields of `analyzer`: (exact terms, loose terms), as tantivy
/// tokens with byte offsets. Used at index time (in parallel, before the index writer) so the
/// text is tokenized once instead of once per field.
pub fn analyze_fields(text: &str, analyzer: Analyzer) -> (Vec<TToken>, Vec<TToken>) {
    let tt = |t: Term| TToken {
        offset_from: t.byte_start,
        offset_to: t.byte_end,
        position: t.position,
        text: t.text,
        position_length: 1,
    };
    match analyzer {
        Analyzer::Plain | Analyzer::Lucene => {
            let mode = if analyzer == Analyzer::Plain {
                Mode::Plain
            } else {
                Mode::Lucene
            };
            let v: Vec<TToken> = analyze(text, mode).into_iter().map(tt).collect();
            (v.clone(), v)
        }
        Analyzer::Arabic => {
            let (mut ex, mut lo) = (Vec::new(), Vec::new());
            let mut position = 0usize;
            for tok in khabar_text::tokenize(text) {
                if matches!(tok.kind, TokenKind::Punct | TokenKind::Symbol) {
                    continue;
                }
                let mk = |term: String| Term {
                    text: term,
                    position,
                    byte_start: tok.byte_start,
                    byte_end: tok.byte_end,
                };
                if let Some((e, l)) = word_terms(tok.text, tok.kind) {
                    ex.push(tt(mk(e)));
                    lo.push(tt(mk(l)));
                }
                position += 1;
            }
            (ex, lo)
        }
    }
}

/// Baseline split: maximal runs of alphanumeric characters, lowercased (tantivy's
/// `SimpleTokenizer` + `LowerCaser`).
fn plain_words(text: &str, sink: &mut dyn FnMut(Term)) {
    let mut position = 0usize;
    let mut start: Option<usize> = None;
    let mut emit = |s: usize, e: usize, position: &mut usize| {
        let w = &text[s..e];
        if w.len() <= MAX_TERM_BYTES {
            sink(Term {
                text: w.to_lowercase(),
                position: *position,
                byte_start: s,
                byte_end: e,
            });
        }
        *position += 1;
    };
    for (b, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(b);
        } else if let Some(s) = start.take() {
            emit(s, b, &mut position);
        }
    }
    if let Some(s) = start {
        emit(s, text.len(), &mut position);
    }
}

/// Lucene's `ArabicNormalizer` (plus `LowerCaseFilter` and `DecimalDigitFilter`): drops tatweel
/// and harakat, folds alef forms to bare alef, ى→ي, ة→ه.
fn lucene_normalize(word: &str) -> String {
    word.chars()
        .filter(|&c| c != '\u{0640}' && !('\u{064B}'..='\u{0652}').contains(&c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if c.is_numeric() => c
                .to_digit(10)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or(c),
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Lucene's `ArabicStemmer` (Larkey et al.'s light stemmer as Lucene implements it): strip one
/// prefix (ال وال بال كال فال لل, or و on words of 4+ letters) leaving at least 2 letters, then
/// every matching suffix in list order (ها ان ات ون ين يه ية ه ة ي) leaving at least 2.
fn lucene_stem(word: &str) -> String {
    const PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
    const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];
    let mut w: Vec<char> = word.chars().collect();
    for p in PREFIXES {
        let pc: Vec<char> = p.chars().collect();
        let ok = if pc.len() == 1 {
            w.len() >= 4
        } else {
            w.len() >= pc.len() + 2
        };
        if ok && w.starts_with(&pc) {
            w.drain(..pc.len());
            break;
        }
    }
    for sfx in SUFFIXES {
        let sc: Vec<char> = sfx.chars().collect();
        if w.len() >= sc.len() + 2 && w.ends_with(&sc) {
            w.truncate(w.len() - sc.len());
        }
    }
    w.into_iter().collect()
}

/// Whether a normalized query word is a question word or filler dropped from queries.
pub fn is_query_stopword(term: &str) -> bool {
    QUERY_STOPWORDS.contains(&term)
}

/// A tantivy [`Tokenizer`] running [`analyze`] in one [`Mode`].
#[derive(Debug, Clone)]
pub struct ArabicTokenizer {
    mode: Mode,
    tokens: Vec<TToken>,
}

impl ArabicTokenizer {
    /// The `ar_exact` tokenizer.
    pub fn exact() -> Self {
        ArabicTokenizer {
            mode: Mode::Exact,
            tokens: Vec::new(),
        }
    }

    /// The `ar_loose` tokenizer.
    pub fn loose() -> Self {
        ArabicTokenizer {
            mode: Mode::Loose,
            tokens: Vec::new(),
        }
    }

    /// The baseline tokenizer.
    pub fn plain() -> Self {
        ArabicTokenizer {
            mode: Mode::Plain,
            tokens: Vec::new(),
        }
    }

    /// The Lucene-emulation baseline tokenizer.
    pub fn lucene() -> Self {
        ArabicTokenizer {
            mode: Mode::Lucene,
            tokens: Vec::new(),
        }
    }
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        self.tokens.clear();
        let tokens = &mut self.tokens;
        analyze_into(text, self.mode, &mut |t| {
            tokens.push(TToken {
                offset_from: t.byte_start,
                offset_to: t.byte_end,
                position: t.position,
                text: t.text,
                position_length: 1,
            })
        });
        ArabicTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

/// The token stream of [`ArabicTokenizer`].
#[derive(Debug)]
pub struct ArabicTokenStream<'a> {
    tokens: &'a mut Vec<TToken>,
    next: usize,
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &TToken {
        &self.tokens[self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1))]
    }

    fn token_mut(&mut self) -> &mut TToken {
        let i = self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1));
        &mut self.tokens[i]
    }
}

/// Replaces each character inside `ranges` (character offsets) with spaces of the same byte
/// length, so the result has the same byte offsets as `text` but indexes nothing there.
pub fn blank_ranges(text: &str, ranges: &[(usize, usize)]) -> String {
    if ranges.iter().all(|&(s, e)| s >= e) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0usize; // bytes of `text` already handled
    let mut blanking = false;
    for (ci, (b, _)) in text.char_indices().enumerate() {
        let inside = ranges.iter().any(|&(s, e)| ci >= s && ci < e);
        if inside != blanking {
            if blanking {
                out.extend(std::iter::repeat_n(' ', b - copied));
            } else {
                out.push_str(&text[copied..b]);
            }
            copied = b;
            blanking = inside;
        }
    }
    if blanking {
        out.extend(std::iter::repeat_n(' ', text.len() - copied));
    } else {
        out.push_str(&text[copied..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_bytes_into_the_original() {
        let text = "قال الوزيرُ: «الإرهاب» خطر.";
        for mode in [Mode::Exact, Mode::Loose, Mode::Plain, Mode::Lucene] {
            for t in analyze(text, mode) {
                assert!(text.is_char_boundary(t.byte_start) && text.is_char_boundary(t.byte_end));
                assert!(t.byte_start < t.byte_end);
            }
        }
    }

    #[test]
    fn tokenizer_stream_matches_analyze() {
        let text = "والإرهابيين في تونس 2017";
        let mut tok = ArabicTokenizer::loose();
        let mut stream = tok.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            got.push(stream.token().text.clone());
        }
        let want: Vec<String> = analyze(text, Mode::Loose)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(got, want);
        assert!(!got.is_empty());
    }

    #[test]
    fn analyze_fields_equals_the_tokenizers() {
        let text = "والإرهابيين في تونس، مدرستهم 2017 ما هي";
        for an in [Analyzer::Arabic, Analyzer::Plain, Analyzer::Lucene] {
            let (ex, lo) = analyze_fields(text, an);
            let (em, lm) = match an {
                Analyzer::Arabic => (Mode::Exact, Mode::Loose),
                Analyzer::Plain => (Mode::Plain, Mode::Plain),
                Analyzer::Lucene => (Mode::Lucene, Mode::Lucene),
            };
            let key = |v: Vec<Term>| {
                v.into_iter()
                    .map(|t| (t.text, t.position, t.byte_start))
                    .collect::<Vec<_>>()
            };
            let key2 = |v: Vec<TToken>| {
                v.into_iter()
                    .map(|t| (t.text, t.position, t.offset_from))
                    .collect::<Vec<_>>()
            };
            assert_eq!(key2(ex), key(analyze(text, em)));
            assert_eq!(key2(lo), key(analyze(text, lm)));
        }
    }

    #[test]
    fn blanking_keeps_byte_offsets() {
        let text = "خبر\nاترك تعليقاً";
        let b = blank_ranges(text, &[(4, 15)]);
        assert_eq!(b.len(), text.len());
        assert!(b.starts_with("خبر\n"));
        assert!(analyze(&b, Mode::Exact).len() == 1);
    }

    #[test]
    fn lucene_light_stemmer() {
        assert_eq!(lucene_stem(&lucene_normalize("والإرهابيين")), "ارهاب");
        assert_eq!(lucene_stem(&lucene_normalize("المدرسة")), "مدرس");
        assert_eq!(lucene_stem("وزير"), "زير");
        assert_eq!(lucene_stem("ول"), "ول");
    }

    #[test]
    fn empty_stream_is_safe() {
        let mut tok = ArabicTokenizer::exact();
        let mut s = tok.token_stream("");
        assert!(!s.advance());
    }
}
