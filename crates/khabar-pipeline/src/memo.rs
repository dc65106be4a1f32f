//! [`WordMemo`]: the token analysis of the most frequent words, computed once when the
//! pipeline is built.
//!
//! A token's search form, stem and clitic segments depend on its text alone. The most
//! frequent words of Arabic news (`في`, `من`, `الرئيس`, `وقال`…) make up most of its tokens, so
//! the pipeline analyses each of them once, at load, and a token that is one of them costs one
//! hash lookup (by its [`pack`]ed letters) instead of a normalization, a stemming and a
//! segmentation. An entry is 16 bytes, so the table stays in a core's L2 cache: on a shared
//! machine the text core's time is mostly waiting on memory. The memo is immutable and gives
//! exactly the results of the full path (a test compares every entry, another whole
//! documents).

use std::collections::HashMap;

use khabar_morph::letters::{pack, pair_code};
use khabar_morph::{SegmentKind, Segmenter};

use crate::{AnalyzedToken, SegmentOut, Segments, WordStr};

/// How many words the memo holds: the most frequent words of the segmenter's lexicon that
/// [`pack`] accepts (here every word seen at least three times in the ANT corpus). An entry is
/// 16 bytes (the key and the packed analysis), so the table (7/8 of 32,768 buckets) is about
/// 540 KB. These words are 84 % of the Arabic tokens of the bench fixture and 79 % of ANERcorp's
/// (older newswire, not the corpus the lexicon was counted on); 14,336 words: 75 % and 71 %.
/// Building it adds about 20 ms to loading the pipeline.
pub const MEMO_WORDS: usize = 28_672;

/// Most segments a word has (conjunction, preposition, article, stem, enclitic).
const MAX_SEGMENTS: usize = 5;

/// The analysis of one memoized word, relative to the word, packed into a `u64`. The word is
/// plain letters (two bytes each, at most ten), so positions are letter indexes:
/// - bits 0–2: the number of segments;
/// - bits 3 + 6i …: segment `i`'s end letter (4 bits) and kind (2 bits); segments are
///   contiguous from letter 0;
/// - bits 33–36 and 37–40: the stem's first letter and its end.
///
/// The search form is not stored: for a plain word it is the word with each letter replaced by
/// its own search form ([`WordMemo::letters`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Info(u64);

const KINDS: [SegmentKind; 4] = [
    SegmentKind::Proclitic,
    SegmentKind::Article,
    SegmentKind::Stem,
    SegmentKind::Enclitic,
];

impl Info {
    fn segments(self) -> usize {
        (self.0 & 7) as usize
    }

    /// Segment `i`'s end letter and kind.
    fn segment(self, i: usize) -> (usize, SegmentKind) {
        let bits = self.0 >> (3 + 6 * i);
        ((bits & 15) as usize, KINDS[(bits >> 4 & 3) as usize])
    }

    /// The stem's letter range.
    fn stem(self) -> (usize, usize) {
        ((self.0 >> 33 & 15) as usize, (self.0 >> 37 & 15) as usize)
    }
}

/// The memo: packed letters → [`Info`].
#[derive(Debug)]
pub(crate) struct WordMemo {
    map: HashMap<u64, Info, ahash::RandomState>,
    /// The search form of each plain letter, by its [`pack`] code (1–42), as UTF-8 bytes:
    /// every plain letter's search form is one plain letter (checked when building).
    letters: [[u8; 2]; 64],
}

impl Default for WordMemo {
    fn default() -> Self {
        WordMemo {
            map: HashMap::default(),
            letters: [[0; 2]; 64],
        }
    }
}

impl WordMemo {
    /// The memo of the `n` most frequent plain words of `segmenter`'s lexicon (ties broken by
    /// the word, so the choice is deterministic).
    pub(crate) fn build(segmenter: &Segmenter, n: usize) -> WordMemo {
        let mut memo = WordMemo::default();
        let mut buf = String::new();
        // The search form of each plain letter alone.
        for (code, slot) in memo.letters.iter_mut().enumerate() {
            let Some(c) = char::from_u32(0x620 + code as u32) else {
                continue;
            };
            let s = c.to_string();
            if pack(&s) != Some(code as u64) {
                continue; // not a plain letter
            }
            khabar_text::search_forms_into(&s, &mut buf);
            match buf.as_bytes() {
                &[a, b] if pack(&buf).is_some() => *slot = [a, b],
                // Never for the `search` profile; a word with such a letter is not memoized.
                _ => *slot = [0, 0],
            }
        }
        let mut words: Vec<(u32, &str, u64)> = segmenter
            .lexicon()
            .iter()
            .filter_map(|(w, e)| pack(w).map(|k| (e.count, w, k)))
            .collect();
        let by_frequency =
            |a: &(u32, &str, u64), b: &(u32, &str, u64)| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1));
        if words.len() > n {
            if n > 0 {
                words.select_nth_unstable_by(n - 1, by_frequency);
            }
            words.truncate(n);
        }
        memo.map.reserve(words.len());
        for (_, word, key) in words {
            if let Some(info) = memo.info_of(segmenter, word, &mut buf) {
                memo.map.insert(key, info);
            }
        }
        memo
    }

    /// The entry of the word whose [`pack`]ed letters are `key`.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<Info> {
        self.map.get(&key).copied()
    }

    /// Number of words held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    /// The search form of the plain letters `word` (its letters' search forms).
    #[inline]
    fn search_form(&self, word: &str) -> WordStr {
        // A plain letter's code is below 64 (the mask only keeps the index in bounds).
        WordStr::from_pairs(word, |a, b| self.letters[(pair_code(a, b) & 63) as usize])
    }

    /// The packed analysis of the plain word `word`, or `None` if it cannot be packed (it
    /// always can for a word that [`pack`] accepts and the `search` profile).
    fn info_of(&self, segmenter: &Segmenter, word: &str, buf: &mut String) -> Option<Info> {
        let stem = khabar_text::search_forms_into(word, buf);
        if self.search_form(word) != buf.as_str() {
            return None;
        }
        let spans = segmenter.segment_spans(word);
        if spans.len() > MAX_SEGMENTS {
            return None;
        }
        let mut info = spans.len() as u64;
        let mut at = 0;
        for (i, s) in spans.iter().enumerate() {
            // Contiguous from 0, two bytes a letter: what `AnalyzedToken::from_memo` assumes.
            if s.start != at || s.byte_start != 2 * s.start || s.byte_end != 2 * s.end {
                return None;
            }
            let kind = KINDS.iter().position(|&k| k == s.kind)? as u64;
            info |= (s.end as u64 | kind << 4) << (3 + 6 * i);
            at = s.end;
        }
        if at != word.len() / 2 || at > 15 || stem.start % 2 != 0 || stem.end % 2 != 0 {
            return None;
        }
        info |= ((stem.start / 2) as u64) << 33 | ((stem.end / 2) as u64) << 37;
        Some(Info(info))
    }
}

impl AnalyzedToken {
    /// The analysis of token `t`, whose text is a plain word memoized with `info`.
    #[inline]
    pub(crate) fn from_memo(t: &khabar_text::Token<'_>, info: Info, memo: &WordMemo) -> Self {
        let mut segments = Segments::new();
        let mut a = 0usize;
        for i in 0..info.segments() {
            let (b, kind) = info.segment(i);
            segments.push(SegmentOut {
                text: WordStr::new(&t.text[2 * a..2 * b]),
                start: t.start + a,
                end: t.start + b,
                kind,
            });
            a = b;
        }
        let (s, e) = info.stem();
        AnalyzedToken {
            text: WordStr::new(t.text),
            start: t.start,
            end: t.end,
            norm: memo.search_form(t.text),
            stem: memo.search_form(&t.text[2 * s..2 * e]),
            segments,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_equals_the_full_analysis() {
        let seg = Segmenter::embedded();
        let memo = WordMemo::build(seg, MEMO_WORDS);
        assert_eq!(memo.len(), MEMO_WORDS);
        let mut checked = 0;
        for (word, _) in seg.lexicon().iter() {
            let Some(info) = pack(word).and_then(|k| memo.get(k)) else {
                continue;
            };
            // A token of the word somewhere in a text: offsets shift by its start.
            let text = format!("x {word}");
            let tokens = khabar_text::tokenize(&text);
            let t = &tokens[1];
            assert_eq!(t.text, word);
            assert_eq!(
                AnalyzedToken::from_memo(t, info, &memo),
                crate::analyze_token(seg, t),
                "{word}"
            );
            checked += 1;
        }
        assert_eq!(checked, MEMO_WORDS);
    }

    #[test]
    fn the_most_frequent_words_are_held() {
        let memo = WordMemo::build(Segmenter::embedded(), MEMO_WORDS);
        for w in ["في", "من", "على", "الى", "أن", "التي", "وقال"] {
            assert!(pack(w).and_then(|k| memo.get(k)).is_some(), "{w}");
        }
        assert_eq!(WordMemo::build(Segmenter::embedded(), 0).len(), 0);
    }
}
