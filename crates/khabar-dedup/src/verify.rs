//! Exact verification of a candidate pair: set similarities, the edit-aware alignment, and the
//! scores the duplicate decision ([`crate::Config::judge`]) is made from.

use crate::align::{align, Alignment};
use crate::features::{intersection, Fingerprint};

/// Similarities of two fingerprints.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Similarity {
    /// Same folded word sequence (whole text, or core text after chrome lines).
    pub exact: bool,
    /// Jaccard of the core word-5-gram sets (the gold's J, on the core text).
    pub jaccard5: f32,
    /// Containment of the smaller word set in the larger.
    pub word_containment: f32,
    /// Share of the numbers of the document with fewer numbers found in the other (1 when it has
    /// none).
    pub numbers: f32,
    /// Distinct numbers of the document with fewer numbers.
    pub min_numbers: u32,
    /// Core words of the shorter document.
    pub min_words: u32,
    /// Core words of the longer document.
    pub max_words: u32,
    /// Alignment of the longer core text (`a`) against the shorter (`b`), when computed.
    pub alignment: Option<Alignment>,
}

/// The longer text's words with its paragraphs put in the order of the shorter's: each paragraph
/// of `short` takes the unused paragraph of `long` sharing most word bigrams with it; paragraphs of
/// `long` matched by none go last (where a cut copy leaves them). None when nothing moves.
fn follow_paragraph_order(long: &Fingerprint, short: &Fingerprint) -> Option<Vec<u32>> {
    if long.paras.len() < 2 || short.paras.len() < 2 {
        return None;
    }
    let bigrams = |seq: &[u32]| -> Vec<u64> {
        let mut v: Vec<u64> = seq
            .windows(2)
            .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let long_paras: Vec<std::ops::Range<usize>> = long.paragraphs().collect();
    let long_sets: Vec<Vec<u64>> = long_paras
        .iter()
        .map(|r| bigrams(&long.seq[r.clone()]))
        .collect();
    let mut used = vec![false; long_paras.len()];
    let mut order = Vec::with_capacity(long_paras.len());
    for r in short.paragraphs() {
        let set = bigrams(&short.seq[r]);
        let best = long_sets
            .iter()
            .enumerate()
            .filter(|(k, _)| !used[*k])
            .map(|(k, ls)| (count_common(ls, &set), k))
            .max_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
        if let Some((common, k)) = best {
            if common > 0 {
                used[k] = true;
                order.push(k);
            }
        }
    }
    order.extend((0..long_paras.len()).filter(|&k| !used[k]));
    if order.iter().enumerate().all(|(x, &k)| x == k) {
        return None;
    }
    Some(
        order
            .into_iter()
            .flat_map(|k| long.seq[long_paras[k].clone()].iter().copied())
            .collect(),
    )
}

fn count_common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn ratio(n: usize, d: usize) -> f32 {
    if d == 0 {
        0.0
    } else {
        n as f32 / d as f32
    }
}

/// Summary of an alignment, relative to the two lengths.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EditProfile {
    /// Matched words over the shorter text's words.
    pub short_covered: f32,
    /// Matched words over the longer text's words.
    pub long_covered: f32,
    /// Edited words (sum of the larger side of each gap) over the aligned span of the longer text.
    pub edit_rate: f32,
    /// Largest gap (larger side), the leading gap excluded.
    pub max_gap: u32,
    /// Larger side of a gap at the very start (dateline, lead-in), 0 if none.
    pub lead_gap: u32,
    /// The smaller of the two unmatched tails: one text must end where the other is cut.
    pub tail: u32,
    /// Gaps where both texts hold different numbers.
    pub number_conflicts: u32,
}

impl Similarity {
    /// Computes the set similarities of `a` and `b` (cheap: merges of sorted sets).
    pub fn between(a: &Fingerprint, b: &Fingerprint) -> Similarity {
        let exact = (a.exact == b.exact && !a.is_empty())
            || (a.core == b.core && a.words > 0 && a.words == b.words);
        let iu = intersection(&a.unigrams, &b.unigrams);
        let i5 = intersection(&a.grams5, &b.grams5);
        let (na, nb) = (a.numbers.len(), b.numbers.len());
        let inum = intersection(&a.numbers, &b.numbers);
        Similarity {
            exact,
            jaccard5: ratio(i5, a.grams5.len() + b.grams5.len() - i5),
            word_containment: ratio(iu, a.unigrams.len().min(b.unigrams.len())),
            numbers: if na.min(nb) == 0 {
                1.0
            } else {
                ratio(inum, na.min(nb))
            },
            min_numbers: na.min(nb) as u32,
            min_words: a.words.min(b.words),
            max_words: a.words.max(b.words),
            alignment: None,
        }
    }

    /// Adds the alignment of the longer core text against the shorter. When both have several
    /// paragraphs, the longer text's paragraphs are also tried in the order of the shorter's
    /// (moved paragraphs), and the better alignment is kept.
    pub fn align(&mut self, a: &Fingerprint, b: &Fingerprint) {
        let (long, short) = if a.seq.len() >= b.seq.len() {
            (a, b)
        } else {
            (b, a)
        };
        let new_in_long = |w: u32| long.is_number(w) && !short.is_number(w);
        let new_in_short = |w: u32| short.is_number(w) && !long.is_number(w);
        let mut best = align(&long.seq, &short.seq, new_in_long, new_in_short);
        if let Some(reordered) = follow_paragraph_order(long, short) {
            let other = align(&reordered, &short.seq, new_in_long, new_in_short);
            if other.matched > best.matched {
                best = other;
            }
        }
        self.alignment = Some(best);
    }

    /// The edit profile of the alignment (None before [`Similarity::align`]).
    pub fn edits(&self) -> Option<EditProfile> {
        let al = self.alignment.as_ref()?;
        let (long, short) = (self.max_words as usize, self.min_words as usize);
        let mut gaps = al.gaps.iter();
        let mut lead_gap = 0;
        let mut edited: u32 = 0;
        if let Some(&(ga, gb)) = al.gaps.first() {
            // A gap before the first match is a lead-in (dateline), not an edit inside the text.
            let at_start = al.matched > 0 && al.lead;
            if at_start {
                lead_gap = ga.max(gb);
                edited += lead_gap.min(3);
                gaps.next();
            }
        }
        let mut max_gap = 0;
        for &(ga, gb) in gaps {
            max_gap = max_gap.max(ga.max(gb));
            edited += ga.max(gb);
        }
        let span = long.saturating_sub(al.tail.0 as usize).max(1);
        Some(EditProfile {
            short_covered: ratio(al.matched as usize, short),
            long_covered: ratio(al.matched as usize, long),
            edit_rate: ratio(edited as usize, span),
            max_gap,
            lead_gap,
            tail: al.tail.0.min(al.tail.1),
            number_conflicts: al.number_conflicts,
        })
    }

    /// One similarity figure in `[0, 1]`: 1 for exact duplicates, else the larger of the 5-gram
    /// Jaccard and the share of the longer text matched word for word by the alignment.
    pub fn score(&self) -> f32 {
        if self.exact {
            return 1.0;
        }
        let covered = self.edits().map_or(0.0, |e| e.long_covered);
        self.jaccard5.max(covered)
    }
}
