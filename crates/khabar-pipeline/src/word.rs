//! [`WordStr`]: the string type of token and segment fields, stored inline when short.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Longest string kept inline, in bytes (eleven Arabic letters).
const INLINE: usize = 22;

/// An immutable string for word-sized text: up to 22 bytes (eleven Arabic letters) are stored
/// inline, longer text on the heap.
///
/// A document's analysis holds several strings per token (surface, search form, stem, clitic
/// segments); as `String`s they cost one heap allocation each, about a third of the analysis
/// time. Almost every word fits inline, so a `WordStr` usually allocates nothing. It
/// dereferences to `str`, compares with `str`/`String`, and (de)serializes as a plain JSON
/// string.
///
/// ```
/// use khabar_pipeline::WordStr;
/// let w = WordStr::from("والحكومة");
/// assert_eq!(w, "والحكومة");
/// assert_eq!(w.chars().count(), 8);
/// assert_eq!(serde_json::to_string(&w).unwrap(), "\"والحكومة\"");
/// ```
#[derive(Clone)]
pub struct WordStr(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl WordStr {
    /// A copy of `s` (inline when it fits).
    #[inline]
    pub fn new(s: &str) -> WordStr {
        let b = s.as_bytes();
        if b.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            copy_short(&mut buf, b);
            WordStr(Repr::Inline {
                len: b.len() as u8,
                buf,
            })
        } else {
            WordStr(Repr::Heap(s.into()))
        }
    }

    /// `word`, two-byte characters only (the caller checked), with each character's two UTF-8
    /// bytes replaced by `map`'s: the search form of a plain Arabic word, built without
    /// decoding. `map` must return the bytes of a two-byte character (otherwise the result reads
    /// as empty, see [`WordStr::as_str`]).
    #[inline]
    pub(crate) fn from_pairs(word: &str, map: impl Fn(u8, u8) -> [u8; 2]) -> WordStr {
        let b = word.as_bytes();
        if b.len() > INLINE || b.len() % 2 != 0 {
            // Longer than the pack limit allows (20 bytes): never for a memoized word.
            return WordStr::new(word);
        }
        let mut buf = [0u8; INLINE];
        for (out, pair) in buf.chunks_exact_mut(2).zip(b.chunks_exact(2)) {
            out.copy_from_slice(&map(pair[0], pair[1]));
        }
        WordStr(Repr::Inline {
            len: b.len() as u8,
            buf,
        })
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // The bytes were copied whole from a `&str` (see `new`), so they are valid UTF-8
            // and the check cannot fail; it costs a few nanoseconds on a short word.
            Repr::Inline { len, buf } => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }
}

/// Copies `b` (at most [`INLINE`] bytes) to the start of `dst` with fixed-size moves (two or
/// three overlapping ones), which compile to plain loads and stores; a variable-length
/// `copy_from_slice` is a call to `memcpy`, several times slower for a word.
#[inline(always)]
fn copy_short(dst: &mut [u8; INLINE], b: &[u8]) {
    let n = b.len();
    debug_assert!(n <= INLINE);
    if n >= 8 {
        dst[..8].copy_from_slice(&b[..8]);
        if n > 16 {
            dst[8..16].copy_from_slice(&b[8..16]);
        }
        dst[n - 8..n].copy_from_slice(&b[n - 8..]);
    } else if n >= 4 {
        dst[..4].copy_from_slice(&b[..4]);
        dst[n - 4..n].copy_from_slice(&b[n - 4..]);
    } else if n >= 2 {
        dst[..2].copy_from_slice(&b[..2]);
        dst[n - 2..n].copy_from_slice(&b[n - 2..]);
    } else if n == 1 {
        dst[0] = b[0];
    }
}

impl Default for WordStr {
    fn default() -> Self {
        WordStr::new("")
    }
}

impl Deref for WordStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for WordStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for WordStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for WordStr {
    fn from(s: &str) -> Self {
        WordStr::new(s)
    }
}

impl From<String> for WordStr {
    fn from(s: String) -> Self {
        if s.len() <= INLINE {
            WordStr::new(&s)
        } else {
            WordStr(Repr::Heap(s.into_boxed_str()))
        }
    }
}

impl From<WordStr> for String {
    fn from(w: WordStr) -> Self {
        match w.0 {
            Repr::Heap(s) => s.into_string(),
            Repr::Inline { .. } => w.as_str().to_string(),
        }
    }
}

impl PartialEq for WordStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for WordStr {}

impl PartialEq<str> for WordStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for WordStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for WordStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<WordStr> for str {
    fn eq(&self, other: &WordStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<WordStr> for &str {
    fn eq(&self, other: &WordStr) -> bool {
        *self == other.as_str()
    }
}

impl Hash for WordStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for WordStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for WordStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WordStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WordStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = WordStr;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<WordStr, E> {
                Ok(WordStr::new(v))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<WordStr, E> {
                Ok(WordStr::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_round_trip() {
        for s in [
            "",
            "a",
            "قال",
            "والاستثمارات",            // 12 letters: 24 bytes, on the heap
            "1234567890123456789012", // exactly 22 bytes, inline
            "12345678901234567890123",
            "وَالحُكُومَةُ",
        ] {
            let w = WordStr::from(s);
            assert_eq!(w, s);
            assert_eq!(WordStr::from(s.to_string()), w);
            assert_eq!(String::from(w.clone()), s);
            let json = serde_json::to_string(&w).unwrap();
            assert_eq!(json, serde_json::to_string(s).unwrap());
            let back: WordStr = serde_json::from_str(&json).unwrap();
            assert_eq!(back, w);
            assert_eq!(format!("{w:?}"), format!("{s:?}"));
            assert_eq!(w.to_string(), s);
        }
        assert!(matches!(WordStr::from("والحكومة").0, Repr::Inline { .. }));
        assert!(matches!(WordStr::from("والاستثمارات").0, Repr::Heap(_)));
        assert_eq!(std::mem::size_of::<WordStr>(), 24);
        // Every length, for the overlapping fixed-size copies.
        let long = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآ";
        for n in 0..=30 {
            let s = &long[..2 * n];
            assert_eq!(WordStr::from(s), s);
            let ascii = &"abcdefghijklmnopqrstuvwxyz0123"[..n];
            assert_eq!(WordStr::from(ascii), ascii);
        }
    }
}
