//! [`Segments`]: a token's clitic segments, the first two stored inline.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{SegmentKind, SegmentOut, WordStr};

/// How many segments are stored without a heap allocation.
const INLINE: usize = 2;

/// The clitic segments of a token, in order: up to two (almost every token: a bare word,
/// `ال` + stem, `و` + stem, stem + pronoun) stored inline, more on the heap.
///
/// It dereferences to `[SegmentOut]` and (de)serializes as a JSON array, like a `Vec`.
///
/// ```
/// use khabar_pipeline::{SegmentKind, SegmentOut, Segments};
/// let mut s = Segments::new();
/// for (i, t) in ["و", "ال", "حكومة"].into_iter().enumerate() {
///     s.push(SegmentOut { text: t.into(), start: i, end: i + 1, kind: SegmentKind::Stem });
/// }
/// assert_eq!(s.len(), 3);
/// assert_eq!(s[2].text, "حكومة");
/// ```
#[derive(Clone)]
pub struct Segments(Repr);

#[derive(Clone)]
enum Repr {
    Inline {
        len: u8,
        items: [SegmentOut; INLINE],
    },
    Heap(Vec<SegmentOut>),
}

/// Filler for unused inline slots (never visible).
#[inline]
fn vacant() -> SegmentOut {
    SegmentOut {
        text: WordStr::default(),
        start: 0,
        end: 0,
        kind: SegmentKind::Stem,
    }
}

impl Segments {
    /// No segments.
    #[inline]
    pub fn new() -> Segments {
        Segments(Repr::Inline {
            len: 0,
            items: [vacant(), vacant()],
        })
    }

    /// Appends a segment.
    #[inline]
    pub fn push(&mut self, seg: SegmentOut) {
        match &mut self.0 {
            Repr::Inline { len, items } => {
                let n = usize::from(*len);
                if n < INLINE {
                    items[n] = seg;
                    *len += 1;
                } else {
                    let mut v = Vec::with_capacity(INLINE + 3);
                    v.extend(items.iter_mut().map(|s| std::mem::replace(s, vacant())));
                    v.push(seg);
                    self.0 = Repr::Heap(v);
                }
            }
            Repr::Heap(v) => v.push(seg),
        }
    }

    /// The segments.
    pub fn as_slice(&self) -> &[SegmentOut] {
        match &self.0 {
            Repr::Inline { len, items } => &items[..usize::from(*len)],
            Repr::Heap(v) => v,
        }
    }

    /// The segments as a `Vec`.
    pub fn into_vec(self) -> Vec<SegmentOut> {
        match self.0 {
            Repr::Inline { len, items } => items.into_iter().take(usize::from(len)).collect(),
            Repr::Heap(v) => v,
        }
    }
}

impl Default for Segments {
    fn default() -> Self {
        Segments::new()
    }
}

impl Deref for Segments {
    type Target = [SegmentOut];
    fn deref(&self) -> &[SegmentOut] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a Segments {
    type Item = &'a SegmentOut;
    type IntoIter = std::slice::Iter<'a, SegmentOut>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl FromIterator<SegmentOut> for Segments {
    #[inline]
    fn from_iter<I: IntoIterator<Item = SegmentOut>>(iter: I) -> Self {
        let mut s = Segments::new();
        for seg in iter {
            s.push(seg);
        }
        s
    }
}

impl From<Vec<SegmentOut>> for Segments {
    fn from(v: Vec<SegmentOut>) -> Self {
        if v.len() <= INLINE {
            v.into_iter().collect()
        } else {
            Segments(Repr::Heap(v))
        }
    }
}

impl PartialEq for Segments {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl fmt::Debug for Segments {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Serialize for Segments {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Segments {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<SegmentOut>::deserialize(deserializer).map(Segments::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(i: usize) -> SegmentOut {
        SegmentOut {
            text: WordStr::from(i.to_string()),
            start: i,
            end: i + 1,
            kind: SegmentKind::Proclitic,
        }
    }

    #[test]
    fn behaves_like_a_vec() {
        for n in 0..6 {
            let v: Vec<SegmentOut> = (0..n).map(seg).collect();
            let s: Segments = v.iter().cloned().collect();
            assert_eq!(s.as_slice(), v.as_slice());
            assert_eq!(Segments::from(v.clone()), s);
            assert_eq!(s.clone().into_vec(), v);
            assert_eq!(format!("{s:?}"), format!("{v:?}"));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, serde_json::to_string(&v).unwrap());
            let back: Segments = serde_json::from_str(&json).unwrap();
            assert_eq!(back, s);
            assert_eq!((&s).into_iter().count(), n);
        }
    }
}
