//! Greedy token alignment of two texts, describing *how* one could be an edited copy of the
//! other: matched words, small scattered gaps (word swaps, deletions, fillers), a cut tail.
//!
//! The aligner walks both sequences; on a mismatch it looks for the nearest resynchronisation
//! point where two consecutive words match again (within [`WINDOW`] words on each side), and
//! failing that jumps to the next shared word trigram. Each mismatch becomes a gap `(in a, in b)`.
//! This is linear in practice for copies (edits are sparse) and never worse than
//! `O((n + m) · WINDOW²)` plus the trigram index.

/// How far ahead (in words, on each side) a small edit may reach.
pub const WINDOW: usize = 8;

/// The alignment of `a` against `b`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    /// Words matched in order.
    pub matched: u32,
    /// Gaps before the tail, `(words of a, words of b)` each; the first may be at the start.
    pub gaps: Vec<(u32, u32)>,
    /// Unmatched words at the end, `(in a, in b)`.
    pub tail: (u32, u32),
    /// Gaps where both sides hold a (different) number: changed figures, dates, scores.
    pub number_conflicts: u32,
    /// Whether the first gap is at the very start of both texts (a dateline or lead-in).
    pub lead: bool,
}

/// Aligns two word sequences. `new_in_a` tells whether a word of `a` is a number that `b` lacks
/// (and `new_in_b` the converse): a gap holding such numbers on both sides is a changed figure.
pub fn align(
    a: &[u32],
    b: &[u32],
    new_in_a: impl Fn(u32) -> bool,
    new_in_b: impl Fn(u32) -> bool,
) -> Alignment {
    let mut out = Alignment::default();
    let (mut i, mut j) = (0usize, 0usize);
    // Trigram index of `b`, built on the first long jump: (trigram hash, position), sorted.
    let mut trigrams: Option<Vec<(u64, u32)>> = None;
    let tri = |s: &[u32], p: usize| -> u64 {
        crate::fold::mix64(
            (u64::from(s[p]) << 32 | u64::from(s[p + 1])) ^ u64::from(s[p + 2]).rotate_left(17),
        )
    };
    let anchor = |i: usize, j: usize| -> bool {
        a[i] == b[j]
            && match (a.get(i + 1), b.get(j + 1)) {
                (Some(x), Some(y)) => x == y,
                (None, None) => true,
                _ => false,
            }
    };
    loop {
        if i >= a.len() || j >= b.len() {
            out.tail = (
                (a.len() - i.min(a.len())) as u32,
                (b.len() - j.min(b.len())) as u32,
            );
            break;
        }
        if a[i] == b[j] {
            out.matched += 1;
            i += 1;
            j += 1;
            continue;
        }
        // Nearest resync by total skipped words.
        let mut found = None;
        'search: for total in 1..=2 * WINDOW {
            for di in 0..=total.min(WINDOW) {
                let dj = total - di;
                if dj > WINDOW || i + di >= a.len() || j + dj >= b.len() {
                    continue;
                }
                if anchor(i + di, j + dj) {
                    found = Some((di, dj));
                    break 'search;
                }
            }
        }
        let (di, dj) = match found {
            Some(d) => d,
            None => {
                let index = trigrams.get_or_insert_with(|| {
                    let mut v: Vec<(u64, u32)> = (0..b.len().saturating_sub(2))
                        .map(|q| (tri(b, q), q as u32))
                        .collect();
                    v.sort_unstable();
                    v
                });
                let mut jump = None;
                for p in i..a.len().saturating_sub(2) {
                    let key = tri(a, p);
                    // First entry (key, q) with q >= j.
                    let at = index.partition_point(|&(k, q)| (k, q) < (key, j as u32));
                    if let Some(&(k, q)) = index.get(at) {
                        if k == key {
                            jump = Some((p - i, q as usize - j));
                            break;
                        }
                    }
                }
                match jump {
                    Some(d) => d,
                    None => {
                        out.tail = ((a.len() - i) as u32, (b.len() - j) as u32);
                        break;
                    }
                }
            }
        };
        let num_a = a[i..i + di].iter().any(|&w| new_in_a(w));
        let num_b = b[j..j + dj].iter().any(|&w| new_in_b(w));
        if num_a && num_b {
            out.number_conflicts += 1;
        }
        if i == 0 && j == 0 {
            out.lead = true;
        }
        out.gaps.push((di as u32, dj as u32));
        i += di;
        j += dj;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(s: &str) -> Vec<u32> {
        s.split(' ')
            .map(|w| {
                w.bytes()
                    .fold(7u32, |h, b| h.wrapping_mul(31) ^ u32::from(b))
            })
            .collect()
    }

    fn num(s: &str) -> impl Fn(u32) -> bool {
        let nums: Vec<u32> = seq(s);
        move |w| nums.contains(&w)
    }

    #[test]
    fn identical() {
        let a = seq("a b c d e");
        let al = align(&a, &a, |_| false, |_| false);
        assert_eq!(al.matched, 5);
        assert!(al.gaps.is_empty());
        assert_eq!(al.tail, (0, 0));
    }

    #[test]
    fn word_swap_deletion_and_cut_tail() {
        let a = seq("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12");
        let b = seq("w1 X w3 w4 w6 w7 w8 w9");
        let al = align(&a, &b, |_| false, |_| false);
        assert_eq!(al.gaps, vec![(1, 1), (1, 0)]);
        assert_eq!(al.tail, (3, 0));
        assert_eq!(al.matched, 7);
    }

    #[test]
    fn changed_numbers_are_conflicts() {
        let a = seq("الحرارة في تونس 25 درجة وفي صفاقس 27 درجة");
        let b = seq("الحرارة في تونس 21 درجة وفي صفاقس 24 درجة");
        let al = align(&a, &b, num("25 27"), num("21 24"));
        assert_eq!(al.number_conflicts, 2);
        assert_eq!(al.matched, 7);
    }

    #[test]
    fn long_insertion_jumps_by_trigram() {
        let a = seq("a b c d e f g h i j");
        let b = seq("a b c x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 x11 x12 x13 x14 x15 d e f g h i j");
        let al = align(&a, &b, |_| false, |_| false);
        assert_eq!(al.gaps, vec![(0, 15)]);
        assert_eq!(al.matched, 10);
    }
}
