//! Light10 light stemmer (Larkey, Ballesteros & Connell, "Light Stemming for Arabic
//! Information Retrieval", 2007), as used by Lucene's ArabicStemmer.

use std::ops::Range;

/// Definite-article prefixes, longest first (at most one is removed), with their lengths in
/// characters. All are Arabic letters, two UTF-8 bytes each.
const ARTICLES: [(&[u8], usize); 6] = [
    ("وال".as_bytes(), 3),
    ("بال".as_bytes(), 3),
    ("كال".as_bytes(), 3),
    ("فال".as_bytes(), 3),
    ("ال".as_bytes(), 2),
    ("لل".as_bytes(), 2),
];
/// Suffixes, tried once each in this order, with their lengths in characters.
const SUFFIXES: [(&[u8], usize); 10] = [
    ("ها".as_bytes(), 2),
    ("ان".as_bytes(), 2),
    ("ات".as_bytes(), 2),
    ("ون".as_bytes(), 2),
    ("ين".as_bytes(), 2),
    ("يه".as_bytes(), 2),
    ("ية".as_bytes(), 2),
    ("ه".as_bytes(), 1),
    ("ة".as_bytes(), 1),
    ("ي".as_bytes(), 1),
];
const WAW: &[u8] = "و".as_bytes();

/// The byte range of `word` that Light10 keeps as the stem (no allocation).
///
/// Rules, applied once each in order (lengths in characters):
/// 1. remove a leading `و` (and) if at least 3 characters remain;
/// 2. remove one definite article `ال` `وال` `بال` `كال` `فال` `لل` if at least 2 remain;
/// 3. for each suffix `ها ان ات ون ين يه ية ه ة ي` in turn, remove it if it ends the word and at
///    least 2 characters remain.
///
/// The input should be `search`-normalized except `ة` (alef/yeh variants folded).
pub fn light_stem_range(word: &str) -> Range<usize> {
    let b = word.as_bytes();
    // Every affix starts with a lead byte of the Arabic block; skip other words at once.
    if b.len() < 4 || !matches!(b[0], 0xD8..=0xDB) && !matches!(b[b.len() - 2], 0xD8..=0xDB) {
        return 0..b.len();
    }
    // Characters = bytes that are not UTF-8 continuation bytes.
    let mut n = b.iter().filter(|&&x| (x as i8) >= -0x40).count();
    let (mut s, mut e) = (0, b.len());
    if b.starts_with(WAW) && n >= 4 {
        s += WAW.len();
        n -= 1;
    }
    for (a, an) in ARTICLES {
        if n >= an + 2 && b[s..e].starts_with(a) {
            s += a.len();
            n -= an;
            break;
        }
    }
    for (suf, sn) in SUFFIXES {
        if n >= sn + 2 && b[s..e].ends_with(suf) {
            e -= suf.len();
            n -= sn;
        }
    }
    s..e
}

/// Light10 stem of `word` (see [`light_stem_range`]).
///
/// ```
/// assert_eq!(khabar_text::light_stem("والمدرسة"), "مدرس");
/// ```
pub fn light_stem(word: &str) -> String {
    word[light_stem_range(word)].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light10_examples() {
        assert_eq!(light_stem("والكتاب"), "كتاب");
        assert_eq!(light_stem("بالمدرسة"), "مدرس");
        assert_eq!(light_stem("للرئيس"), "رئيس");
        assert_eq!(light_stem("المعلمون"), "معلم");
        assert_eq!(light_stem("مكتباتها"), "مكتب");
        assert_eq!(light_stem("العربية"), "عرب");
        assert_eq!(light_stem("وبالتالي"), "تال");
    }

    #[test]
    fn length_conditions_protect_short_words() {
        assert_eq!(light_stem("وقف"), "وقف"); // و kept: only 2 letters would remain
        assert_eq!(light_stem("الم"), "الم"); // article kept: 1 letter would remain
        assert_eq!(light_stem("له"), "له");
        assert_eq!(light_stem("بيه"), "بي");
        assert_eq!(light_stem(""), "");
        assert_eq!(light_stem("news"), "news");
    }
}
