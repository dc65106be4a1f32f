//! The word-frequency lexicon the segmenter scores stems with.
//!
//! File format (UTF-8 text, embedded with `include_str!`): lines starting with `#` are comments
//! (source, licence, build command); every other line is `WORD<TAB>COUNT`, where `WORD` is a
//! diacritic-free Arabic word and `COUNT` how often it occurs as a whole word in the corpus.

use std::collections::BTreeMap;
use std::collections::HashMap;

use crate::letters::{is_arabic_letter, is_ignorable, pack};

/// An error in a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    /// A line is not `WORD<TAB>COUNT`.
    #[error("lexicon line {line}: expected WORD<TAB>COUNT, got {text:?}")]
    Malformed {
        /// 1-based line number.
        line: usize,
        /// The offending line (truncated to 80 characters).
        text: String,
    },
    /// A count is not a non-negative integer.
    #[error("lexicon line {line}: bad count {count:?}")]
    BadCount {
        /// 1-based line number.
        line: usize,
        /// The offending count field.
        count: String,
    },
    /// The same word is listed twice.
    #[error("lexicon line {line}: duplicate word {word:?}")]
    Duplicate {
        /// 1-based line number.
        line: usize,
        /// The repeated word.
        word: String,
    },
}

/// What the lexicon knows about a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// How often the word occurs as a whole word.
    pub count: u32,
}

/// Word frequencies, borrowing the words from the lexicon text.
#[derive(Debug, Clone, Default)]
pub struct Lexicon<'a> {
    /// Every word.
    counts: HashMap<&'a str, Entry, ahash::RandomState>,
    /// The same entries for the words [`pack`] encodes (almost all), keyed inline: lookups
    /// go here first and never touch the lexicon text.
    packed: HashMap<u64, Entry, ahash::RandomState>,
    total: u64,
}

impl<'a> Lexicon<'a> {
    /// Parses a lexicon file (see the module docs for the format).
    pub fn parse(text: &'a str) -> Result<Lexicon<'a>, LexiconError> {
        let lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count();
        let mut counts = HashMap::with_capacity_and_hasher(lines, ahash::RandomState::new());
        let mut packed = HashMap::with_capacity_and_hasher(lines, ahash::RandomState::new());
        let mut total = 0u64;
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((word, count)) = line.split_once('\t') else {
                return Err(LexiconError::Malformed {
                    line: i + 1,
                    text: line.chars().take(80).collect(),
                });
            };
            if word.is_empty() {
                return Err(LexiconError::Malformed {
                    line: i + 1,
                    text: line.chars().take(80).collect(),
                });
            }
            let n: u32 = count
                .trim_end()
                .parse()
                .map_err(|_| LexiconError::BadCount {
                    line: i + 1,
                    count: count.to_string(),
                })?;
            if counts.insert(word, Entry { count: n }).is_some() {
                return Err(LexiconError::Duplicate {
                    line: i + 1,
                    word: word.to_string(),
                });
            }
            if let Some(key) = pack(word) {
                packed.insert(key, Entry { count: n });
            }
            total += u64::from(n);
        }
        Ok(Lexicon {
            counts,
            packed,
            total,
        })
    }

    /// How often `word` occurs as a whole word (0 when unknown).
    #[inline]
    pub fn count(&self, word: &str) -> u32 {
        self.get(word).count
    }

    /// Everything known about `word` (zeros when unknown).
    #[inline]
    pub fn get(&self, word: &str) -> Entry {
        match pack(word) {
            Some(key) => self.packed.get(&key),
            None => self.counts.get(word),
        }
        .copied()
        .unwrap_or_default()
    }

    /// Every word with its entry, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, Entry)> + '_ {
        self.counts.iter().map(|(&w, &e)| (w, e))
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Sum of all counts (corpus size in words).
    pub fn total(&self) -> u64 {
        self.total
    }
}

/// Counts the Arabic words of `text` into `counts`, the first step of building a lexicon.
///
/// A word is a maximal run of Arabic letters and ignorable marks; marks (diacritics, tatweel) are
/// removed before counting. Runs are cut at any other character, so `2017م` counts `م`.
pub fn count_words(text: &str, counts: &mut BTreeMap<String, u64>) {
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if is_arabic_letter(c) {
            word.push(crate::letters::fold(c));
        } else if is_ignorable(c) {
            continue;
        } else if !word.is_empty() {
            *counts.entry(std::mem::take(&mut word)).or_insert(0) += 1;
        }
    }
}

/// Writes counts as a lexicon file body (`WORD<TAB>COUNT` lines, sorted by word so the output
/// is deterministic), keeping words seen at least `min_count` times.
pub fn to_tsv(counts: &BTreeMap<String, u64>, min_count: u64) -> String {
    let mut out = String::new();
    for (w, &n) in counts {
        if n >= min_count {
            out.push_str(w);
            out.push('\t');
            out.push_str(&n.min(u64::from(u32::MAX)).to_string());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_counts() {
        let lex = Lexicon::parse("# comment\nقال\t3\nوقال\t2\n").unwrap();
        assert_eq!(lex.count("قال"), 3);
        assert_eq!(lex.count("وقال"), 2);
        assert_eq!(lex.count("قيل"), 0);
        assert_eq!(lex.total(), 5);
        assert_eq!(lex.len(), 2);
    }

    #[test]
    fn reports_bad_lines() {
        assert!(matches!(
            Lexicon::parse("قال 3\n"),
            Err(LexiconError::Malformed { line: 1, .. })
        ));
        assert!(matches!(
            Lexicon::parse("قال\tx\n"),
            Err(LexiconError::BadCount { line: 1, .. })
        ));
        assert!(matches!(
            Lexicon::parse("قال\t1\nقال\t2\n"),
            Err(LexiconError::Duplicate { line: 2, .. })
        ));
    }

    #[test]
    fn counts_words_without_marks() {
        let mut c = BTreeMap::new();
        count_words("قالَ الوزيرُ: قـال 2017م", &mut c);
        assert_eq!(c.get("قال"), Some(&2));
        assert_eq!(c.get("الوزير"), Some(&1));
        assert_eq!(c.get("م"), Some(&1));
        assert_eq!(to_tsv(&c, 2), "قال\t2\n");
    }
}
