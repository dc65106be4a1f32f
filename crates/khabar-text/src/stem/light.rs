//! Light10 light stemmer (Larkey, Ballesteros & Connell, "Light Stemming for Arabic
//! Information Retrieval", 2007), as used by Lucene's ArabicStemmer.

use std::ops::Range;

/// Definite-article prefixes, longest first (at most one is removed).
const ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "ال", "لل"];
/// Suffixes, tried once each in this order.
const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

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
    let mut n = word.chars().count();
    let (mut s, mut e) = (0, word.len());
    if word.starts_with('و') && n >= 4 {
        s += 'و'.len_utf8();
        n -= 1;
    }
    for a in ARTICLES {
        let an = a.chars().count();
        if word[s..e].starts_with(a) && n >= an + 2 {
            s += a.len();
            n -= an;
            break;
        }
    }
    for suf in SUFFIXES {
        let sn = suf.chars().count();
        if word[s..e].ends_with(suf) && n >= sn + 2 {
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
