//! [`WordMemo`]: the token analysis of the most frequent words, computed once when the
//! pipeline is built.
//!
//! A token's search form, stem and clitic segments depend on its text alone. The few thousand
//! most frequent words of Arabic news (`في`, `من`, `الرئيس`, `وقال`…) make up more than half
//! of its tokens, so the pipeline analyses each of them once, at load, and a token that is one
//! of them costs one hash lookup (by its [`pack`]ed letters) instead of a normalization, a
//! stemming and a segmentation. The memo is immutable and gives exactly the results of the
//! full path (a test compares every entry).

use std::collections::HashMap;

use khabar_morph::letters::pack;
use khabar_morph::{SegmentKind, Segmenter};

use crate::{AnalyzedToken, SegmentOut, Segments, WordStr};

/// How many words the memo holds: the most frequent words of the segmenter's lexicon that
/// [`pack`] accepts. 7,168 is 7/8 of 8,192, the load at which the hash table still has 8,192
/// buckets of 72 bytes (about 600 KB, the size of a core's L2 cache here). On the bench
/// fixture these words are 66 % of the Arabic tokens (3,584 words: 56 %; 14,336: 75 %, with
/// a table twice the size for 4 % fewer instructions).
pub const MEMO_WORDS: usize = 7_168;

/// Most segments a word has (conjunction, preposition, article, stem, enclitic).
const MAX_SEGMENTS: usize = 5;

/// The analysis of one memoized word, relative to the word. The word is plain letters (two
/// bytes each), so a letter index `i` is byte `2 * i`.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The search form (as [`khabar_text::search_forms_into`] writes it).
    norm: WordStr,
    /// The search stem (a slice of `norm`).
    stem: WordStr,
    /// Letter index where each segment ends; segments are contiguous from letter 0.
    ends: [u8; MAX_SEGMENTS],
    /// Each segment's kind.
    kinds: [SegmentKind; MAX_SEGMENTS],
    /// Number of segments.
    len: u8,
}

/// The memo: packed letters → analysis.
#[derive(Debug, Default)]
pub(crate) struct WordMemo {
    map: HashMap<u64, Entry, ahash::RandomState>,
}

impl WordMemo {
    /// The memo of the `n` most frequent plain words of `segmenter`'s lexicon (ties broken by
    /// the word, so the choice is deterministic).
    pub(crate) fn build(segmenter: &Segmenter, n: usize) -> WordMemo {
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
        let mut map = HashMap::with_capacity_and_hasher(words.len(), ahash::RandomState::new());
        let mut buf = String::new();
        for (_, word, key) in words {
            if let Some(entry) = Entry::of(segmenter, word, &mut buf) {
                map.insert(key, entry);
            }
        }
        WordMemo { map }
    }

    /// The entry of the word whose [`pack`]ed letters are `key`.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<&Entry> {
        self.map.get(&key)
    }

    /// Number of words held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

impl Entry {
    /// The analysis of the plain word `word`, or `None` if it does not fit an entry (it always
    /// does for a word that [`pack`] accepts).
    fn of(segmenter: &Segmenter, word: &str, buf: &mut String) -> Option<Entry> {
        let stem = khabar_text::search_forms_into(word, buf);
        let spans = segmenter.segment_spans(word);
        let mut ends = [0u8; MAX_SEGMENTS];
        let mut kinds = [SegmentKind::Stem; MAX_SEGMENTS];
        let mut at = 0;
        for (i, s) in spans.iter().enumerate() {
            // Contiguous from 0, two bytes a letter: what `AnalyzedToken::from_memo` assumes.
            if i >= MAX_SEGMENTS || s.start != at || s.byte_start != 2 * s.start {
                return None;
            }
            if s.byte_end != 2 * s.end {
                return None;
            }
            ends[i] = u8::try_from(s.end).ok()?;
            kinds[i] = s.kind;
            at = s.end;
        }
        if at != word.len() / 2 {
            return None;
        }
        Some(Entry {
            norm: WordStr::new(buf),
            stem: WordStr::new(&buf[stem]),
            ends,
            kinds,
            len: u8::try_from(spans.len()).ok()?,
        })
    }
}

impl AnalyzedToken {
    /// The analysis of token `t`, whose text is the word memoized as `e`.
    #[inline]
    pub(crate) fn from_memo(t: &khabar_text::Token<'_>, e: &Entry) -> AnalyzedToken {
        let mut segments = Segments::new();
        let mut a = 0usize;
        for i in 0..usize::from(e.len) {
            let b = usize::from(e.ends[i]);
            segments.push(SegmentOut {
                text: WordStr::new(&t.text[2 * a..2 * b]),
                start: t.start + a,
                end: t.start + b,
                kind: e.kinds[i],
            });
            a = b;
        }
        AnalyzedToken {
            text: WordStr::new(t.text),
            start: t.start,
            end: t.end,
            stem: e.stem.clone(),
            norm: e.norm.clone(),
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
            let Some(e) = pack(word).and_then(|k| memo.get(k)) else {
                continue;
            };
            // A token of the word somewhere in a text: offsets shift by its start.
            let text = format!("x {word}");
            let tokens = khabar_text::tokenize(&text);
            let t = &tokens[1];
            assert_eq!(t.text, word);
            assert_eq!(
                AnalyzedToken::from_memo(t, e),
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
