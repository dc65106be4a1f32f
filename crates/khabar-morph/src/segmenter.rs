//! The segmenter: candidate segmentations scored by clitic priors and corpus stem frequencies.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock};

use serde::{Deserialize, Serialize};

use crate::letters::{pack, Packed, Skeleton};
use crate::lexicon::{Entry, Lexicon, LexiconError};

/// What a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// A proclitic: the conjunctions و ف, the prepositions ب ل ك, the future particle س.
    Proclitic,
    /// The definite article ال (written `ل` after the preposition ل: `للسلطة`).
    Article,
    /// The stem (the host word). In `له`/`بها` the preposition itself is the stem.
    Stem,
    /// An enclitic pronoun: ه ها هم هما هن ك كم كن نا ي ني.
    Enclitic,
}

/// One segment of a word, with character offsets (end-exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Segment {
    /// The surface text of the segment, a slice of the original (diacritics included).
    pub text: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// What the segment is.
    pub kind: SegmentKind,
}

/// One segment of a word as ranges into it, without copying its text: see
/// [`Segmenter::segment_spans`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SegmentSpan {
    /// Byte offset of the first byte in the word.
    pub byte_start: usize,
    /// Byte offset one past the last byte in the word.
    pub byte_end: usize,
    /// Character offset of the first character in the word.
    pub start: usize,
    /// Character offset one past the last character in the word.
    pub end: usize,
    /// What the segment is.
    pub kind: SegmentKind,
}

/// The segments of one word (at most five: conjunction, preposition, article, stem, enclitic),
/// stored inline as the boundaries between them (segments are contiguous); see
/// [`SegmentSpans::iter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentSpans {
    /// Segment `i` covers characters `chars[i]..chars[i + 1]`.
    chars: [usize; 6],
    /// Segment `i` covers bytes `bytes[i]..bytes[i + 1]`.
    bytes: [usize; 6],
    kinds: [SegmentKind; 5],
    len: u8,
}

impl Default for SegmentSpans {
    fn default() -> Self {
        SegmentSpans {
            chars: [0; 6],
            bytes: [0; 6],
            kinds: [SegmentKind::Stem; 5],
            len: 0,
        }
    }
}

impl SegmentSpans {
    /// Appends a segment that starts where the previous one ended.
    #[inline]
    fn push(&mut self, s: SegmentSpan) {
        let i = usize::from(self.len);
        // At most five pieces exist (see `pieces`), so this never overflows.
        if i < self.kinds.len() {
            self.chars[i] = s.start;
            self.chars[i + 1] = s.end;
            self.bytes[i] = s.byte_start;
            self.bytes[i + 1] = s.byte_end;
            self.kinds[i] = s.kind;
            self.len += 1;
        }
    }

    /// Number of segments (0 for an empty word).
    #[inline]
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Whether there are no segments (an empty word).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Segment `i`, if there is one.
    #[inline]
    pub fn get(&self, i: usize) -> Option<SegmentSpan> {
        (i < self.len()).then(|| self.at(i))
    }

    /// The segments in order.
    #[inline]
    pub fn iter(&self) -> impl ExactSizeIterator<Item = SegmentSpan> + '_ {
        (0..self.len()).map(|i| self.at(i))
    }

    /// Segment `i < len ≤ 5`.
    #[inline]
    fn at(&self, i: usize) -> SegmentSpan {
        SegmentSpan {
            byte_start: self.bytes[i],
            byte_end: self.bytes[i + 1],
            start: self.chars[i],
            end: self.chars[i + 1],
            kind: self.kinds[i],
        }
    }
}

/// The enclitic pronouns, longest first for each initial letter.
pub const ENCLITICS: [&str; 11] = [
    "هما", "هم", "هن", "ها", "ه", "كم", "كن", "ك", "نا", "ني", "ي",
];

/// Scoring parameters. A candidate's score is the sum of the log-prior bonus of each clitic it
/// splits off plus `ln(stem evidence + smoothing)`; the whole word scores `ln(count + smoothing)`.
/// The defaults were tuned on one half of the UD PADT dev set (only these numbers; no treebank
/// data is shipped).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Params {
    /// Bonus for splitting the conjunction و.
    pub wa: f32,
    /// Bonus for splitting the conjunction ف.
    pub fa: f32,
    /// Bonus for splitting the preposition ب.
    pub bi: f32,
    /// Bonus for splitting the preposition ل.
    pub li: f32,
    /// Bonus for splitting the preposition ك.
    pub ka: f32,
    /// Bonus for splitting the future particle س.
    pub sa: f32,
    /// Bonus for splitting the article ال.
    pub article: f32,
    /// Bonus for splitting each enclitic, in the order of [`ENCLITICS`].
    pub enclitic: [f32; 11],
    /// Bonus for a preposition ب/ل hosting an enclitic (`له`, `بها`).
    pub host: f32,
    /// Added to every count before taking the logarithm.
    pub smoothing: f32,
    /// Weight of the count of a word's other definiteness in its evidence (see `lexeme`).
    pub definite: f32,
    /// Penalty for a split whose stem the corpus never shows as a free word.
    pub oov: f32,
    /// Minimum stem length in letters after a proclitic.
    pub min_stem: usize,
}

impl Default for Params {
    fn default() -> Self {
        // Tuned with `examples/tune.rs --tune` on the first half of PADT dev (see docs/segmenter.md).
        Params {
            wa: 2.75,
            fa: -1.0,
            bi: 1.75,
            li: 0.75,
            ka: -3.75,
            sa: 1.5,
            article: 4.25,
            enclitic: [
                2.0, 2.0, 0.0, 3.0, 0.0, -1.0, -4.0, -5.0, -0.75, -3.75, -6.75,
            ],
            host: 1.0,
            smoothing: 0.5,
            definite: 1.5,
            oov: 1.75,
            min_stem: 2,
        }
    }
}

/// The embedded lexicon: word counts from the ANT news corpus v1.1 (Apache-2.0).
static LEXICON_TEXT: &str = include_str!("../data/ant-words.tsv");

/// The embedded keep-whole list (hand-written, see the file's header).
static WHOLE_TEXT: &str = include_str!("../data/whole.txt");

static EMBEDDED: LazyLock<Segmenter> = LazyLock::new(|| {
    // The embedded file is checked by the crate's tests, so this cannot fail at run time.
    Segmenter::from_lexicon_text(LEXICON_TEXT, Params::default())
        .expect("embedded lexicon is valid (checked by tests)")
        .with_whole_words(WHOLE_TEXT)
        .with_cache()
});

/// Splits Arabic words into proclitics, article, stem and enclitic.
///
/// Cheap to clone (the lexicon is shared).
#[derive(Debug, Clone)]
pub struct Segmenter {
    lexicon: Arc<Lexicon<'static>>,
    whole: Arc<HashSet<&'static str, ahash::RandomState>>,
    /// Splits of the lexicon's words, computed once by [`Segmenter::with_cache`].
    cache: Arc<SplitCache>,
    params: Params,
}

/// Memoized splits of known words, by [`pack`]ed letters.
///
/// A split is stored as a 7-bit code (see [`Split::code`]). Words of up to nine letters (54
/// bits) share one `u64` with their code, so each entry is 8 bytes and the whole table stays
/// small enough for the CPU caches: on news text the lookup's memory access is most of the
/// cost of segmenting a known word.
#[derive(Debug, Default)]
struct SplitCache {
    short: HashSet<CacheEntry, ahash::RandomState>,
    /// Ten-letter words: key → code.
    long: HashMap<u64, u8, ahash::RandomState>,
}

/// Bits of a [`CacheEntry`] that hold the split code.
const CODE_BITS: u32 = 7;
/// Keys below this fit in a [`CacheEntry`] (nine letters of six bits).
const SHORT_KEY_LIMIT: u64 = 1 << 54;

/// `key << CODE_BITS | code`; hashed and compared by the key alone.
#[derive(Debug, Clone, Copy)]
struct CacheEntry(u64);

impl PartialEq for CacheEntry {
    fn eq(&self, other: &Self) -> bool {
        self.0 >> CODE_BITS == other.0 >> CODE_BITS
    }
}

impl Eq for CacheEntry {}

impl std::hash::Hash for CacheEntry {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.0 >> CODE_BITS).hash(state)
    }
}

impl SplitCache {
    #[inline]
    fn get(&self, key: u64) -> Option<u8> {
        if key < SHORT_KEY_LIMIT {
            self.short
                .get(&CacheEntry(key << CODE_BITS))
                .map(|e| (e.0 & ((1 << CODE_BITS) - 1)) as u8)
        } else {
            self.long.get(&key).copied()
        }
    }

    fn insert(&mut self, key: u64, code: u8) {
        if key < SHORT_KEY_LIMIT {
            self.short
                .insert(CacheEntry(key << CODE_BITS | u64::from(code)));
        } else {
            self.long.insert(key, code);
        }
    }
}

/// A chosen segmentation, as letter boundaries.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Split {
    /// Letter index where each piece ends, in order: conj, prep, article, stem, enclitic.
    /// Equal consecutive values mean the piece is absent.
    conj: usize,
    prep: usize,
    art: usize,
    stem: usize,
    /// The preposition is the stem (`له`): the prep piece is reported as the stem.
    host: bool,
    score: f32,
}

impl Split {
    /// The split of an `n`-letter word as seven bits: conjunction length (bit 0), preposition
    /// length (bit 1), article length (bits 2–3), enclitic length (bits 4–5), host (bit 6).
    /// `None` if a piece is longer than that allows (the grammar never makes one).
    fn code(&self, n: usize) -> Option<u8> {
        let conj = self.conj;
        let prep = self.prep.checked_sub(self.conj)?;
        let art = self.art.checked_sub(self.prep)?;
        self.stem.checked_sub(self.art)?;
        let encl = n.checked_sub(self.stem)?;
        if conj > 1 || prep > 1 || art > 2 || encl > 3 {
            return None;
        }
        Some((conj | prep << 1 | art << 2 | encl << 4) as u8 | u8::from(self.host) << 6)
    }

    /// The split of an `n`-letter word from its [`Split::code`] (score 0).
    #[inline]
    fn decode(code: u8, n: usize) -> Split {
        let conj = usize::from(code & 1);
        let prep = conj + usize::from(code >> 1 & 1);
        let art = prep + usize::from(code >> 2 & 3);
        Split {
            conj,
            prep,
            art,
            stem: n.saturating_sub(usize::from(code >> 4 & 3)),
            host: code & 0x40 != 0,
            score: 0.0,
        }
    }

    /// Whether both splits cut the word at the same places.
    fn same_bounds(&self, other: &Split) -> bool {
        (self.conj, self.prep, self.art, self.stem, self.host)
            == (other.conj, other.prep, other.art, other.stem, other.host)
    }
}

impl Segmenter {
    /// The segmenter with the embedded lexicon and tuned parameters (built once, on first use).
    pub fn embedded() -> &'static Segmenter {
        &EMBEDDED
    }

    /// A segmenter over a lexicon file's text (see [`crate::lexicon`] for the format).
    pub fn from_lexicon_text(
        text: &'static str,
        params: Params,
    ) -> Result<Segmenter, LexiconError> {
        Ok(Segmenter {
            lexicon: Arc::new(Lexicon::parse(text)?),
            whole: Arc::default(),
            cache: Arc::default(),
            params,
        })
    }

    /// The same lexicon with other parameters (cheap: the lexicon is shared).
    pub fn with_params(&self, params: Params) -> Segmenter {
        Segmenter {
            lexicon: Arc::clone(&self.lexicon),
            whole: Arc::clone(&self.whole),
            cache: Arc::default(),
            params,
        }
    }

    /// Adds a keep-whole list: one diacritic-free word per line, `#` comments. These words are
    /// never segmented.
    pub fn with_whole_words(mut self, text: &'static str) -> Segmenter {
        let mut set = (*self.whole).clone();
        set.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#')),
        );
        self.whole = Arc::new(set);
        // Cached splits may cut a word that is now kept whole.
        self.cache = Arc::default();
        self
    }

    /// Precomputes the split of every lexicon word seen at least twice (of up to ten letters),
    /// so that segmenting a known word is one hash lookup. The cache is a memo of the scoring (same results) and is
    /// dropped by [`Segmenter::with_params`] and [`Segmenter::with_whole_words`].
    pub fn with_cache(mut self) -> Segmenter {
        let mut cache = SplitCache::default();
        for (word, entry) in self.lexicon.iter() {
            let Some(key) = pack(word).filter(|_| entry.count >= 2) else {
                continue;
            };
            let n = word.len() / 2;
            let s = self.best(word);
            // Every split the grammar allows has a code; check anyway that it decodes back.
            if let Some(code) = s.code(n).filter(|&c| Split::decode(c, n).same_bounds(&s)) {
                cache.insert(key, code);
            }
        }
        self.cache = Arc::new(cache);
        self
    }

    /// The scoring parameters.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon<'static> {
        &self.lexicon
    }

    /// Segments a token; offsets are absolute (into the text the token came from).
    pub fn segment(&self, token: &khabar_text::Token<'_>) -> Vec<Segment> {
        let mut segs = self.segment_word(token.text);
        for s in &mut segs {
            s.start += token.start;
            s.end += token.start;
        }
        segs
    }

    /// Segments one word; offsets are relative to the word. A word that is not purely Arabic
    /// letters (and diacritics/tatweel) comes back as one `stem` segment; an empty word as none.
    pub fn segment_word(&self, word: &str) -> Vec<Segment> {
        self.segment_spans(word)
            .iter()
            .map(|s| Segment {
                text: word[s.byte_start..s.byte_end].to_string(),
                start: s.start,
                end: s.end,
                kind: s.kind,
            })
            .collect()
    }

    /// Like [`Segmenter::segment_word`], as byte and character ranges into `word` (no
    /// allocation for words without diacritics or tatweel): the hot-path form, for callers that
    /// slice the word themselves.
    ///
    /// ```
    /// use khabar_morph::{Segmenter, SegmentKind};
    /// let word = "وَالحُكُومَةُ";
    /// let spans = Segmenter::embedded().segment_spans(word);
    /// let texts: Vec<&str> = spans.iter().map(|s| &word[s.byte_start..s.byte_end]).collect();
    /// assert_eq!(texts, ["وَ", "ال", "حُكُومَةُ"]);
    /// let stem = spans.get(2).unwrap();
    /// assert_eq!((stem.start, stem.end, stem.kind), (4, 13, SegmentKind::Stem));
    /// ```
    pub fn segment_spans(&self, word: &str) -> SegmentSpans {
        let mut out = SegmentSpans::default();
        if is_plain(word) {
            // Fast path: no marks, every letter two bytes, letters are the word itself.
            return plain_spans(&self.best(word), word.len() / 2);
        }
        if word.is_empty() {
            return out;
        }
        let Some(sk) = Skeleton::of(word) else {
            out.push(SegmentSpan {
                byte_start: 0,
                byte_end: word.len(),
                start: 0,
                end: word.chars().count(),
                kind: SegmentKind::Stem,
            });
            return out;
        };
        let split = self.best(&sk.letters);
        let n = sk.map.len();
        let bounds: Vec<usize> = char_byte_offsets(word);
        let n_chars = bounds.len() - 1;
        let orig = |letter: usize| -> usize {
            if letter == 0 {
                0
            } else if letter >= n {
                n_chars
            } else {
                sk.map[letter]
            }
        };
        for (a, b, kind) in pieces(&split, n) {
            if a < b {
                let (s, e) = (orig(a), orig(b));
                out.push(SegmentSpan {
                    byte_start: bounds[s],
                    byte_end: bounds[e],
                    start: s,
                    end: e,
                    kind,
                });
            }
        }
        out
    }

    /// [`Segmenter::segment_spans`] of each word, in order (the same results), faster for a
    /// document's worth of words: the split-cache lookups of all the words are made first in
    /// a tight loop, so that their memory accesses overlap instead of being waited for one at
    /// a time between the rest of the work.
    ///
    /// ```
    /// use khabar_morph::Segmenter;
    /// let seg = Segmenter::embedded();
    /// let words = ["وقال", "الوزير", "", "2017"];
    /// let all = seg.segment_spans_all(words);
    /// assert_eq!(all.len(), 4);
    /// for (w, spans) in words.iter().zip(&all) {
    ///     assert_eq!(*spans, seg.segment_spans(w));
    /// }
    /// ```
    pub fn segment_spans_all<'w, I>(&self, words: I) -> Vec<SegmentSpans>
    where
        I: IntoIterator<Item = &'w str>,
    {
        let packed: Vec<Packed<'w>> = words.into_iter().map(Packed::new).collect();
        self.segment_spans_all_packed(&packed)
    }

    /// [`Segmenter::segment_spans_all`] for words whose [`pack`](crate::letters::pack) keys
    /// the caller already computed (the same results; `segment_spans_all` packs its words and
    /// calls this): a plain word's key is not computed again, and a plain word missing from the
    /// split cache is scored without a second lookup.
    ///
    /// ```
    /// use khabar_morph::{letters::Packed, Segmenter};
    /// let seg = Segmenter::embedded();
    /// let words = ["وقال", "الوزير", "", "2017", "وَقالَ", "والاستثمارات"];
    /// let packed: Vec<Packed> = words.iter().map(|w| Packed::new(w)).collect();
    /// let all = seg.segment_spans_all_packed(&packed);
    /// for (w, spans) in words.iter().zip(&all) {
    ///     assert_eq!(*spans, seg.segment_spans(w));
    /// }
    /// ```
    pub fn segment_spans_all_packed(&self, words: &[Packed<'_>]) -> Vec<SegmentSpans> {
        const NO_CODE: u8 = u8::MAX; // codes use seven bits
        const NOT_PLAIN: u8 = u8::MAX - 1;
        let codes: Vec<u8> = words
            .iter()
            .map(|p| match p.key() {
                Some(k) => self.cache.get(k).unwrap_or(NO_CODE),
                None => NOT_PLAIN,
            })
            .collect();
        words
            .iter()
            .zip(codes)
            .map(|(p, code)| {
                let w = p.word();
                // A key means plain letters, two bytes each.
                let n = w.len() / 2;
                match code {
                    NOT_PLAIN => self.segment_spans(w),
                    NO_CODE => plain_spans(&self.score_best(w), n),
                    code => plain_spans(&Split::decode(code, n), n),
                }
            })
            .collect()
    }

    /// The stem of `word` as a slice of it: `وموسكو` → `موسكو`, `والحكومة` → `حكومة`,
    /// `بلاده` → `بلاد`. Diacritics inside the stem are kept; the whole word when it has no
    /// clitics or is not Arabic.
    pub fn stem_part<'w>(&self, word: &'w str) -> &'w str {
        match self
            .segment_spans(word)
            .iter()
            .find(|s| s.kind == SegmentKind::Stem)
        {
            Some(s) => &word[s.byte_start..s.byte_end],
            None => word,
        }
    }

    /// The best split of a letter skeleton.
    fn best(&self, letters: &str) -> Split {
        if let Some(code) = pack(letters).and_then(|k| self.cache.get(k)) {
            return Split::decode(code, letters.len() / 2);
        }
        self.score_best(letters)
    }

    /// The best split of a letter skeleton, scored (no cache lookup).
    fn score_best(&self, letters: &str) -> Split {
        // All skeleton letters are in U+0621..U+064A: two bytes each in UTF-8.
        let n = letters.len() / 2;
        let p = &self.params;
        let at = |i: usize| &letters[2 * i..2 * i + 2];
        let slice = |a: usize, b: usize| &letters[2 * a..2 * b];
        let mut buf = String::new();
        let whole = if is_prep_pronoun(letters) {
            f32::NEG_INFINITY
        } else {
            self.stem_score(self.lexeme(letters, &mut buf), false)
        };
        let mut best = Split {
            conj: 0,
            prep: 0,
            art: 0,
            stem: n,
            host: false,
            score: whole,
        };
        if n < 2 || self.whole.contains(letters) {
            return self.with_article(letters, best);
        }
        let conjs = [(0, 0.0, ""), (1, p.wa, "و"), (1, p.fa, "ف")];
        for (cl, cb, conj) in conjs {
            if cl == 1 && at(0) != conj {
                continue;
            }
            let c_end = cl;
            for (pl, pb, prep) in [
                (0, 0.0, ""),
                (1, p.bi, "ب"),
                (1, p.li, "ل"),
                (1, p.ka, "ك"),
                (1, p.sa, "س"),
            ] {
                if pl == 1 && (c_end >= n || at(c_end) != prep) {
                    continue;
                }
                let p_end = c_end + pl;
                // Host preposition with an enclitic: `له`, `وبها`.
                if (prep == "ب" || prep == "ل") && p_end < n {
                    if let Some(ei) = ENCLITICS.iter().position(|e| slice(p_end, n) == *e) {
                        let s = cb
                            + p.host
                            + p.enclitic[ei]
                            + self.stem_score(self.lexicon.get(slice(c_end, n)), true);
                        let cand = Split {
                            conj: c_end,
                            prep: p_end,
                            art: p_end,
                            stem: p_end,
                            host: true,
                            score: s,
                        };
                        consider(&mut best, cand);
                    }
                }
                for ei in 0..=ENCLITICS.len() {
                    let (el, eb) = match ENCLITICS.get(ei) {
                        Some(e) if e.len() / 2 < n && letters.ends_with(e) => {
                            (e.len() / 2, p.enclitic[ei])
                        }
                        Some(_) => continue,
                        None => (0, 0.0),
                    };
                    if p_end == 0 && el == 0 {
                        continue; // the whole word, already scored
                    }
                    let s_end = n - el;
                    if s_end < p_end + p.min_stem.max(2) {
                        continue;
                    }
                    let stem = slice(p_end, s_end);
                    if prep == "س"
                        && (el > 0
                            || s_end < p_end + 3
                            || !matches!(at(p_end), "ي" | "ت" | "ن" | "أ"))
                    {
                        continue;
                    }
                    if (is_prep_pronoun(stem) && !self.whole.contains(stem))
                        || self.cuts_whole_word(letters, [c_end, p_end, p_end], s_end)
                    {
                        continue;
                    }
                    let base = cb + pb + eb;
                    let ev = self.evidence(stem, el > 0, &mut buf);
                    let cand = Split {
                        conj: c_end,
                        prep: p_end,
                        art: p_end,
                        stem: s_end,
                        host: false,
                        score: base + self.stem_score(ev, true),
                    };
                    consider(&mut best, cand);
                    // After the preposition ل the article is written with its lam only:
                    // `للسلطة` = ل + (ا)ل + سلطة, and `للجنة` = ل + (ال)لجنة.
                    if prep == "ل" && el == 0 && at(p_end) == "ل" {
                        for (skip, art) in [(1, p_end + 1), (0, p_end)] {
                            if s_end < p_end + skip + 2 {
                                continue;
                            }
                            buf.clear();
                            buf.push_str("ال");
                            buf.push_str(slice(p_end + skip, n));
                            let ev = self.lexicon.get(&buf);
                            if ev.count == 0 {
                                continue;
                            }
                            let s = base + self.stem_score(ev, true);
                            let cand = Split {
                                conj: c_end,
                                prep: p_end,
                                art,
                                stem: n,
                                host: false,
                                score: s,
                            };
                            consider(&mut best, cand);
                        }
                    }
                }
            }
        }
        self.with_article(letters, best)
    }

    /// Splits the article ال off the stem of `split` when the corpus knows the bare stem well
    /// enough: `ln(count(stem) + smoothing) + article ≥ ln(count(ال + stem) + smoothing)`. So
    /// `الحكومة` → ال + حكومة while `البانيا`, `الذي`, `الجزائر` stay whole.
    fn with_article(&self, letters: &str, mut split: Split) -> Split {
        let n = letters.len() / 2;
        let (a, s) = (split.prep, split.stem);
        if split.host || split.art != a || s != n || s < a + 4 || &letters[2 * a..2 * a + 4] != "ال"
        {
            return split;
        }
        let definite = &letters[2 * a..];
        let bare = &letters[2 * a + 4..];
        if is_prep_pronoun(bare) || self.whole.contains(definite) {
            return split;
        }
        let fb = self.lexicon.count(bare);
        if fb > 0
            && self.ln(fb as f32) + self.params.article
                >= self.ln(self.lexicon.count(definite) as f32)
        {
            split.art = a + 2;
        }
        split
    }

    /// Whether a candidate puts a clitic boundary inside a keep-whole word that starts at the
    /// word's start or after the conjunction and ends at the stem's end (`ل|كن` in `ولكنه`).
    fn cuts_whole_word(&self, letters: &str, bounds: [usize; 3], s_end: usize) -> bool {
        if self.whole.is_empty() {
            return false;
        }
        [0, bounds[0]].iter().any(|&x| {
            bounds.iter().any(|&b| b > x && b < s_end)
                && self.whole.contains(&letters[2 * x..2 * s_end])
        })
    }

    /// Log evidence of a stem: `ln(count + smoothing)`; a split-off stem
    /// the corpus never shows as a free word pays the `oov` penalty.
    #[inline]
    fn stem_score(&self, e: Entry, split: bool) -> f32 {
        let p = &self.params;
        let oov = if split && e.count == 0 { p.oov } else { 0.0 };
        self.ln(e.count as f32) - oov
    }

    #[inline]
    fn ln(&self, count: f32) -> f32 {
        (count + self.params.smoothing).ln()
    }

    /// The count of `word` plus `definite` times the count of its other definiteness: `ال` +
    /// word, or the word without its leading `ال`. A lexeme's evidence should not depend on
    /// whether the corpus mostly uses it with the article (`بلاده`: بلاد is rare, البلاد is not).
    fn lexeme(&self, word: &str, buf: &mut String) -> Entry {
        let mut e = self.lexicon.get(word);
        let d = self.params.definite;
        if d > 0.0 {
            let other = if let Some(bare) = word.strip_prefix("ال").filter(|b| b.len() >= 4) {
                self.lexicon.count(bare)
            } else {
                buf.clear();
                buf.push_str("ال");
                buf.push_str(word);
                self.lexicon.count(buf)
            };
            e.count = e.count.saturating_add((d * other as f32) as u32);
        }
        e
    }

    /// How much the corpus supports `stem` as a stem: its entry as a free word or, before an
    /// enclitic, the entry of its citation spelling if better supported: ت → ة (`حكومته`),
    /// ي/ا → ى (`عليه`, `ألقاه`), ئ/ؤ → ء (`أبنائه`).
    fn evidence(&self, stem: &str, before_enclitic: bool, buf: &mut String) -> Entry {
        let mut e = self.lexeme(stem, buf);
        if before_enclitic {
            let last = &stem[stem.len() - 2..];
            let restored = match last {
                "ت" => Some('ة'),
                "ي" | "ا" => Some('ى'),
                "ئ" | "ؤ" => Some('ء'),
                _ => None,
            };
            if let Some(r) = restored {
                buf.clear();
                buf.push_str(&stem[..stem.len() - 2]);
                buf.push(r);
                let r = self.lexicon.get(buf);
                if r.count > e.count {
                    e = r;
                }
            }
        }
        e
    }
}

/// The segments of a plain word of `n` letters (two bytes each) cut by `split`.
#[inline]
fn plain_spans(split: &Split, n: usize) -> SegmentSpans {
    let mut out = SegmentSpans::default();
    for (a, b, kind) in pieces(split, n) {
        if a < b {
            out.push(SegmentSpan {
                byte_start: 2 * a,
                byte_end: 2 * b,
                start: a,
                end: b,
                kind,
            });
        }
    }
    out
}

/// Whether `word` is non-empty and only plain Arabic letters (no marks, no Persian variants).
#[inline]
fn is_plain(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}'))
}

#[inline]
fn consider(best: &mut Split, cand: Split) {
    if cand.score > best.score {
        *best = cand;
    }
}

/// Whether `s` is a preposition ب/ل followed by an enclitic pronoun (`له`, `بها`): never a stem.
fn is_prep_pronoun(s: &str) -> bool {
    (s.starts_with('ل') || s.starts_with('ب')) && ENCLITICS.contains(&&s[2..])
}

/// The pieces of a split as `(start_letter, end_letter, kind)`, in order.
fn pieces(s: &Split, n: usize) -> [(usize, usize, SegmentKind); 5] {
    use SegmentKind::*;
    let prep_kind = if s.host { Stem } else { Proclitic };
    [
        (0, s.conj, Proclitic),
        (s.conj, s.prep, prep_kind),
        (s.prep, s.art, Article),
        (s.art, s.stem, Stem),
        (s.stem, n, Enclitic),
    ]
}

/// Byte offset of every character of `word`, plus `word.len()` at the end.
fn char_byte_offsets(word: &str) -> Vec<usize> {
    word.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(word.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_holds_every_known_word_with_its_split() {
        let cached = Segmenter::embedded();
        let uncached = cached.with_params(cached.params().clone());
        let mut n = 0;
        for (word, entry) in cached.lexicon().iter() {
            let Some(key) = pack(word).filter(|_| entry.count >= 2) else {
                continue;
            };
            let code = cached.cache.get(key).expect("every known word is cached");
            let want = uncached.best(word);
            assert!(
                Split::decode(code, word.len() / 2).same_bounds(&want),
                "{word}"
            );
            n += 1;
        }
        assert!(n > 40_000);
    }

    #[test]
    fn split_codes_round_trip() {
        for n in 1..12 {
            for code in 0..128u8 {
                let s = Split::decode(code, n);
                if code >> 2 & 3 <= 2 && s.art + usize::from(code >> 4 & 3) <= n {
                    assert_eq!(s.code(n), Some(code), "n={n} code={code}");
                }
            }
        }
    }
}
