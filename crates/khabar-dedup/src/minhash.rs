//! MinHash signatures and LSH band keys.
//!
//! Each hash function is a multiply-add over a mixed 64-bit value (`(a·x + b) >> 32`, a
//! 2-universal family), so a signature of `k` values costs `k` multiplications per shingle.
//! A band key hashes the band index with its `rows` values; two documents that share a band key
//! are candidates. Keys are deterministic across machines and releases of the same major version,
//! so `--emit-bands` output can be grouped by an external engine.

use crate::fold::mix64;

/// One LSH scheme: `bands × rows` MinHash values over one shingle set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// Number of bands.
    pub bands: usize,
    /// Rows (hash values) per band.
    pub rows: usize,
    /// Seed distinguishing this scheme's hash functions and keys from the others'.
    pub seed: u64,
}

impl Scheme {
    /// Probability that two sets of Jaccard `j` share at least one band.
    pub fn candidate_probability(&self, j: f64) -> f64 {
        1.0 - (1.0 - j.powi(self.rows as i32)).powi(self.bands as i32)
    }
}

/// Hash functions of one scheme.
#[derive(Debug, Clone)]
pub struct MinHasher {
    scheme: Scheme,
    a: Vec<u64>,
    b: Vec<u64>,
}

impl MinHasher {
    /// Creates the hash functions for `scheme`.
    pub fn new(scheme: Scheme) -> MinHasher {
        let k = scheme.bands * scheme.rows;
        let mut state = scheme.seed ^ 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            mix64(state)
        };
        let a = (0..k).map(|_| next() | 1).collect();
        let b = (0..k).map(|_| next()).collect();
        MinHasher { scheme, a, b }
    }

    /// The scheme.
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// Band keys of a shingle set (sorted or not); empty when the set is empty.
    pub fn band_keys(&self, shingles: &[u32], out: &mut Vec<u64>) {
        if shingles.is_empty() {
            return;
        }
        let k = self.a.len();
        let mut sig = vec![u32::MAX; k];
        for &s in shingles {
            let x = mix64(u64::from(s) ^ self.scheme.seed);
            for ((m, &a), &b) in sig.iter_mut().zip(&self.a).zip(&self.b) {
                let h = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                if h < *m {
                    *m = h;
                }
            }
        }
        for (band, rows) in sig.chunks_exact(self.scheme.rows).enumerate() {
            let mut key =
                mix64(self.scheme.seed ^ (band as u64).wrapping_mul(0xA24B_AED4_963E_E407));
            for &r in rows {
                key = mix64(key ^ u64::from(r));
            }
            out.push(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sets_share_every_band_and_disjoint_sets_none() {
        let m = MinHasher::new(Scheme {
            bands: 16,
            rows: 2,
            seed: 1,
        });
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        m.band_keys(&[1, 2, 3, 4, 5], &mut a);
        m.band_keys(&[5, 4, 3, 2, 1], &mut b);
        m.band_keys(&[10, 20, 30, 40, 50], &mut c);
        assert_eq!(a, b);
        assert_eq!(a.len(), 16);
        assert!(a.iter().all(|k| !c.contains(k)));
    }

    #[test]
    fn similar_sets_collide_as_often_as_expected() {
        let scheme = Scheme {
            bands: 32,
            rows: 2,
            seed: 7,
        };
        let m = MinHasher::new(scheme);
        // Jaccard 0.6: 75 shared of 125.
        let a: Vec<u32> = (0..100).collect();
        let b: Vec<u32> = (25..125).collect();
        let (mut ka, mut kb) = (Vec::new(), Vec::new());
        m.band_keys(&a, &mut ka);
        m.band_keys(&b, &mut kb);
        let shared = ka.iter().zip(&kb).filter(|(x, y)| x == y).count();
        // Expected 32 × 0.36 ≈ 11.5 shared bands.
        assert!((4..=20).contains(&shared), "{shared}");
        assert!(scheme.candidate_probability(0.6) > 0.99);
    }
}
