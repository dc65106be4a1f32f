//! Tuning knobs of the engine and the duplicate decision, with the defaults measured on the dev
//! set (docs/dedup.md).

use crate::features::Fingerprint;
use crate::minhash::Scheme;
use crate::verify::Similarity;

/// Which shingle set of a [`crate::Fingerprint`] a LSH scheme hashes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShingleSet {
    /// Core word bigrams, minus bigrams of two function words.
    Shingles,
    /// Bigrams of the first [`crate::features::PREFIX_WORDS`] core words.
    Prefix,
    /// Distinct core words.
    Words,
}

/// Limits of the edit-aware rule: how far a copy may be edited and still be the same story.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EditLimits {
    /// Minimum share of the shorter text matched word for word.
    pub min_short_covered: f32,
    /// Minimum share of the longer text matched (a copy cut to less than this is not a copy).
    pub min_long_covered: f32,
    /// Maximum edited words per word of the aligned span.
    pub max_edit_rate: f32,
    /// Largest single edit (words), the lead-in excluded.
    pub max_gap: u32,
    /// Largest lead-in (dateline) difference in words.
    pub max_lead_gap: u32,
    /// Largest unmatched tail of the text that is not the cut one.
    pub max_tail: u32,
}

/// Engine configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Minimum word-5-gram Jaccard (on the core texts) for a duplicate that is not recognised as
    /// an edited copy. Default 0.5.
    pub threshold: f32,
    /// Limits of the edited-copy rule.
    pub edits: EditLimits,
    /// Looser limits used to check two cluster representatives before merging clusters.
    pub relaxed_edits: EditLimits,
    /// LSH schemes generating candidates (each candidate is verified exactly).
    pub schemes: Vec<(ShingleSet, Scheme)>,
    /// Buckets with more members than this are ignored (a shingle common to thousands of
    /// documents, like a standard sign-off, says nothing about duplication).
    pub max_bucket: usize,
    /// Documents with fewer core words than this are only matched exactly (after folding).
    pub min_words: u32,
    /// Shorter texts with fewer core words than this are not matched by the edited-copy rule.
    pub min_edit_words: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            threshold: 0.5,
            edits: EditLimits {
                min_short_covered: 0.8,
                min_long_covered: 0.55,
                max_edit_rate: 0.22,
                max_gap: 8,
                max_lead_gap: 8,
                max_tail: 3,
            },
            relaxed_edits: EditLimits {
                min_short_covered: 0.7,
                min_long_covered: 0.45,
                max_edit_rate: 0.3,
                max_gap: 10,
                max_lead_gap: 10,
                max_tail: 5,
            },
            schemes: vec![
                (
                    ShingleSet::Shingles,
                    Scheme {
                        bands: 32,
                        rows: 2,
                        seed: 0x5eed_0001,
                    },
                ),
                (
                    ShingleSet::Prefix,
                    Scheme {
                        bands: 8,
                        rows: 2,
                        seed: 0x5eed_0002,
                    },
                ),
            ],
            max_bucket: 500,
            min_words: 5,
            min_edit_words: 15,
        }
    }
}

impl Config {
    /// A config with another 5-gram Jaccard threshold.
    pub fn with_threshold(threshold: f32) -> Config {
        Config {
            threshold,
            ..Config::default()
        }
    }

    /// Decides whether `a` and `b` are duplicates; returns their similarities when they are.
    /// `relaxed` is used to check the representatives of two clusters before merging them
    /// (guards against chaining).
    ///
    /// The rules, in order:
    /// 1. exact copies (same folded words, whole or core text) are duplicates;
    /// 2. texts shorter than [`Config::min_words`] match only exactly;
    /// 3. a core 5-gram Jaccard ≥ [`Config::threshold`] is a duplicate, unless the two texts
    ///    share less than half of their numbers (templated bulletins with new figures);
    /// 4. an *edited copy* is a duplicate: aligned word for word, the shorter text is covered
    ///    almost entirely, edits are small, scattered and rare, at most the end of one text is cut,
    ///    and no number was changed ([`EditLimits`]).
    pub fn judge(&self, a: &Fingerprint, b: &Fingerprint, relaxed: bool) -> Option<Similarity> {
        let mut s = Similarity::between(a, b);
        if s.exact {
            return Some(s);
        }
        if s.min_words < self.min_words {
            return None;
        }
        let t = if relaxed {
            self.threshold * 0.8
        } else {
            self.threshold
        };
        let numbers_agree = s.min_numbers < 2 || s.numbers >= 0.5;
        if s.jaccard5 >= t && numbers_agree {
            return Some(s);
        }
        let lim = if relaxed {
            &self.relaxed_edits
        } else {
            &self.edits
        };
        // Cheap necessary conditions before aligning.
        if s.min_words < self.min_edit_words
            || s.word_containment < lim.min_short_covered - 0.1
            || (s.min_words as f32) < lim.min_long_covered * s.max_words as f32
        {
            return None;
        }
        s.align(a, b);
        let e = s.edits()?;
        let ok = e.number_conflicts == 0
            && e.short_covered >= lim.min_short_covered
            && e.long_covered >= lim.min_long_covered
            && e.edit_rate <= lim.max_edit_rate
            && e.max_gap <= lim.max_gap
            && e.lead_gap <= lim.max_lead_gap
            && e.tail <= lim.max_tail;
        ok.then_some(s)
    }
}
