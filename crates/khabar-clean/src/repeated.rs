//! Corpus-level repeated lines, learned per source (FineWeb-style line deduplication).

use ahash::{AHashMap, AHashSet};

use crate::fold::{fnv1a64, key_words, line_key, lines};

/// Thresholds and bounds of [`LineStats`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineStatsConfig {
    /// A line is repeated when it occurs in at least this many documents… (default 5)
    pub min_docs: u32,
    /// …and in at least this share of the source's documents (default 0.01 = 1%).
    pub min_share: f32,
    /// Only lines of at most this many words are counted and removed (default 40): long lines
    /// shared by documents are quotations or wire copy, which dedup handles, not boilerplate.
    pub max_words: usize,
    /// Most distinct lines remembered (default 2,000,000, about 40 MB). When full, lines seen
    /// in only one document are forgotten (lossy counting), so memory stays bounded.
    pub max_lines: usize,
}

impl Default for LineStatsConfig {
    fn default() -> Self {
        LineStatsConfig {
            min_docs: 5,
            min_share: 0.01,
            max_words: 40,
            max_lines: 2_000_000,
        }
    }
}

/// Document frequency of lines for one source: feed it the documents of a site (or feed), then
/// pass it in [`crate::CleanContext::line_stats`] to remove lines that repeat across many of
/// them (`repeated-line`): site menus, sign-offs, disclaimers that the curated list lacks.
///
/// Pure data: the caller does the I/O and keeps one `LineStats` per source. Memory is about
/// 20 bytes per distinct line, capped by [`LineStatsConfig::max_lines`].
///
/// ```
/// use khabar_clean::LineStats;
/// let mut s = LineStats::default();
/// for i in 0..10 {
///     s.add_document(&format!("خبر رقم {i} عن الاقتصاد.\nموقع الجوهرة أف أم"));
/// }
/// assert!(s.is_repeated("موقع الجوهرة أف أم"));
/// assert!(!s.is_repeated("خبر رقم 3 عن الاقتصاد."));
/// ```
#[derive(Debug, Clone)]
pub struct LineStats {
    config: LineStatsConfig,
    counts: AHashMap<u64, u32>,
    docs: u32,
    pruned: bool,
}

impl Default for LineStats {
    fn default() -> Self {
        LineStats::new(LineStatsConfig::default())
    }
}

impl LineStats {
    /// Empty statistics with `config`.
    pub fn new(config: LineStatsConfig) -> Self {
        LineStats {
            config,
            counts: AHashMap::new(),
            docs: 0,
            pruned: false,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &LineStatsConfig {
        &self.config
    }

    /// Counts the distinct lines of one document (each line once per document).
    pub fn add_document(&mut self, text: &str) {
        self.docs += 1;
        let mut seen = AHashSet::new();
        for l in lines(text) {
            if let Some(h) = self.hash_line(l.text) {
                if seen.insert(h) {
                    *self.counts.entry(h).or_insert(0) += 1;
                }
            }
        }
        if self.counts.len() > self.config.max_lines {
            self.counts.retain(|_, c| *c > 1);
            self.pruned = true;
        }
    }

    /// Merges statistics gathered in parallel over other documents of the same source.
    pub fn merge(&mut self, other: &LineStats) {
        self.docs += other.docs;
        self.pruned |= other.pruned;
        for (h, c) in &other.counts {
            *self.counts.entry(*h).or_insert(0) += c;
        }
        if self.counts.len() > self.config.max_lines {
            self.counts.retain(|_, c| *c > 1);
            self.pruned = true;
        }
    }

    /// Documents added.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// Distinct lines remembered.
    pub fn distinct_lines(&self) -> usize {
        self.counts.len()
    }

    /// Whether rare lines were ever forgotten to stay within [`LineStatsConfig::max_lines`].
    pub fn was_pruned(&self) -> bool {
        self.pruned
    }

    /// In how many documents the line occurs (0 if not counted: too long, no letters).
    pub fn doc_count(&self, line: &str) -> u32 {
        self.hash_line(line)
            .and_then(|h| self.counts.get(&h).copied())
            .unwrap_or(0)
    }

    /// Whether the line occurs in at least `min_docs` documents and `min_share` of them.
    pub fn is_repeated(&self, line: &str) -> bool {
        self.hash_line(line)
            .is_some_and(|h| self.is_repeated_hash(h))
    }

    pub(crate) fn is_repeated_key(&self, key: &str) -> bool {
        self.hash_key(key).is_some_and(|h| self.is_repeated_hash(h))
    }

    fn is_repeated_hash(&self, h: u64) -> bool {
        let c = self.counts.get(&h).copied().unwrap_or(0);
        c >= self.config.min_docs && (c as f32) >= self.config.min_share * self.docs as f32
    }

    fn hash_line(&self, line: &str) -> Option<u64> {
        // Cheap pre-filters before folding: blank, or far over the word limit.
        if line.trim().is_empty()
            || line
                .split_whitespace()
                .nth(2 * self.config.max_words)
                .is_some()
        {
            return None;
        }
        self.hash_key(&line_key(line))
    }

    fn hash_key(&self, key: &str) -> Option<u64> {
        let n = key_words(key);
        // Lines without any letter (page numbers, dates only) are not counted.
        if n == 0 || n > self.config.max_words || !key.chars().any(char::is_alphabetic) {
            return None;
        }
        Some(fnv1a64(key.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds() {
        let cfg = LineStatsConfig {
            min_docs: 3,
            min_share: 0.5,
            ..LineStatsConfig::default()
        };
        let mut s = LineStats::new(cfg);
        s.add_document("سطر مشترك\nسطر مشترك\nأ");
        s.add_document("سطر مشترك\nب");
        assert_eq!(s.doc_count("سطر مشترك"), 2); // once per document
        assert!(!s.is_repeated("سطر مشترك")); // 2 < min_docs
        s.add_document("سطرٌ مشترك!\nج");
        assert!(s.is_repeated("سطر مشترك"));
        for _ in 0..4 {
            s.add_document("د");
        }
        assert!(!s.is_repeated("سطر مشترك")); // 3 of 7 docs < 50%
        assert!(s.is_repeated("د"));
        assert_eq!(s.doc_count("2017"), 0);
    }

    #[test]
    fn bounded_memory_and_merge() {
        let cfg = LineStatsConfig {
            max_lines: 100,
            min_docs: 2,
            min_share: 0.0,
            ..LineStatsConfig::default()
        };
        let mut a = LineStats::new(cfg);
        for i in 0..500 {
            a.add_document(&format!("فريد {i}\nتذييل الموقع"));
        }
        assert!(a.distinct_lines() <= 101);
        assert!(a.was_pruned());
        assert!(a.is_repeated("تذييل الموقع"));
        let mut b = LineStats::new(cfg);
        b.add_document("تذييل آخر");
        let mut c = LineStats::new(cfg);
        c.add_document("تذييل آخر");
        b.merge(&c);
        assert_eq!(b.docs(), 2);
        assert!(b.is_repeated("تذييل آخر"));
    }
}
