//! Word forms used as features: orthographic folding and heuristic clitic stripping.
//!
//! These functions are part of the *model*: a shipped model was trained on exactly these forms,
//! so they are kept here, frozen and versioned with the model format
//! ([`crate::model::FORMAT_VERSION`]), instead of delegating to the text core's `search`
//! profile or the morphological segmenter, whose behaviour may change when those are retrained.
//! Changing anything here requires retraining the shipped model.

/// Folds a word for feature lookup: removes diacritics and tatweel, folds alef variants
/// (`أ إ آ ٱ` → `ا`), alef maqsura (`ى` → `ي`), teh marbuta (`ة` → `ه`), Arabic-Indic and
/// Persian digits to ASCII, and lowercases Latin letters.
///
/// Known false merges: `ى`/`ي` and `ة`/`ه` pairs (`علي`/`على`), harmless as features.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' | '\u{200C}'..='\u{200F}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            'ی' => out.push('ي'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            c if c.is_ascii_uppercase() => out.push(c.to_ascii_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// Proclitic analysis of a folded word: how many leading characters are conjunction /
/// preposition clitics (`و ف ب ل ك`), and whether the definite article follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Proclitics {
    /// Characters of conjunction/preposition clitics before the stem (or before the article).
    pub clitic_chars: usize,
    /// Whether the stem starts with the definite article `ال` (or `ل` for `لل` = `ل` + `ال`).
    pub article: bool,
    /// `لل`: the preposition ل absorbed the article's alef (`للأمم` = `ل` + `الأمم`).
    pub elided_alef: bool,
}

const MIN_STEM: usize = 2;

/// Heuristically analyses the proclitics of a *folded* word, greedily: an optional `و`/`ف`,
/// an optional `ب`/`ل`/`ك`, an optional article `ال` (`لل` counts as `ل` + article), keeping
/// at least two characters of stem (three when the only clitic is a single letter and no
/// article follows, which keeps `لبنان`, `بيروت`, `كندا` mostly intact only when the caller
/// consults a lexicon; see [`crate::lexicon::Lexicon::split`]).
///
/// This is the maximal analysis; it over-strips names that begin with those letters
/// (`وليد`, `بغداد`), which is why callers use it as a *feature*, or check it against word
/// frequencies before trusting it.
pub fn proclitics(folded: &str) -> Proclitics {
    let chars: Vec<char> = folded.chars().collect();
    let n = chars.len();
    let mut i = 0;
    if i < n && matches!(chars[i], 'و' | 'ف') && n - i > MIN_STEM + 1 {
        i += 1;
    }
    // `لل` + stem: preposition ل + article with elided alef.
    if n - i > MIN_STEM + 2 && chars[i] == 'ل' && chars[i + 1] == 'ل' {
        return Proclitics {
            clitic_chars: i + 1,
            article: true,
            elided_alef: true,
        };
    }
    let mut j = i;
    if j < n && matches!(chars[j], 'ب' | 'ل' | 'ك') && n - j > MIN_STEM + 1 {
        j += 1;
    }
    if n - j > MIN_STEM + 1 && chars[j] == 'ا' && chars[j + 1] == 'ل' {
        return Proclitics {
            clitic_chars: j,
            article: true,
            elided_alef: false,
        };
    }
    if j > i && n - j < 3 {
        j = i;
    }
    Proclitics {
        clitic_chars: j,
        article: false,
        elided_alef: false,
    }
}

/// The folded stem after the maximal proclitic analysis, without the article.
pub fn bare_stem(folded: &str) -> &str {
    let p = proclitics(folded);
    let mut skip = p.clitic_chars;
    if p.article {
        skip += if p.elided_alef { 1 } else { 2 };
    }
    let b = folded
        .char_indices()
        .nth(skip)
        .map(|(b, _)| b)
        .unwrap_or(folded.len());
    &folded[b..]
}

/// Drops the first `n` characters of `s`.
pub fn skip_chars(s: &str, n: usize) -> &str {
    let b = s.char_indices().nth(n).map(|(b, _)| b).unwrap_or(s.len());
    &s[b..]
}

/// A coarse word shape: script class and digits/punctuation.
pub fn shape(word: &str) -> &'static str {
    let mut ar = false;
    let mut lat = false;
    let mut dig = false;
    let mut other = false;
    // `char::is_alphabetic` outside ASCII is a binary search (most of the cost of tagging a
    // word's shape): the Arabic block's answers are read from a table built once, the same
    // answers.
    static ARABIC_ALPHA: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    let arabic = ARABIC_ALPHA.get_or_init(|| {
        std::array::from_fn(|i| char::from_u32(0x0600 + i as u32).is_some_and(char::is_alphabetic))
    });
    for c in word.chars() {
        let block = (c as u32).wrapping_sub(0x0600);
        if block < 256 {
            if arabic[block as usize] {
                ar = true;
            } else if c.is_numeric() {
                dig = true;
            } else {
                other = true;
            }
        } else if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                lat = true;
            } else if c.is_ascii_digit() {
                dig = true;
            } else {
                other = true;
            }
        } else if c.is_alphabetic() {
            lat = true;
        } else if c.is_numeric() {
            dig = true;
        } else {
            other = true;
        }
    }
    shape_name(word, (ar, lat, dig, other))
}

/// The shape of `word` given which character classes it has: Arabic letters, other letters,
/// digits, anything else.
fn shape_name(word: &str, (ar, lat, dig, other): (bool, bool, bool, bool)) -> &'static str {
    match (ar, lat, dig, other) {
        (true, false, false, false) => "A",
        (false, true, false, false) => {
            if word.chars().next().is_some_and(char::is_uppercase) {
                "Lc"
            } else {
                "L"
            }
        }
        (false, false, true, false) => "D",
        (false, false, false, true) => "P",
        (false, false, true, true) => "DP",
        _ => "M",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_alef_and_diacritics() {
        assert_eq!(fold("أَحْمَد"), "احمد");
        assert_eq!(fold("مدرسة"), "مدرسه");
        assert_eq!(fold("٢٠١٧"), "2017");
        assert_eq!(fold("مـوسكو"), "موسكو");
    }

    #[test]
    fn strips_proclitics() {
        assert_eq!(bare_stem("ودمشق"), "دمشق");
        assert_eq!(bare_stem("للامم"), "امم");
        assert_eq!(bare_stem("والقاهره"), "قاهره");
        assert_eq!(bare_stem("بالعراق"), "عراق");
        assert_eq!(
            proclitics("للامم"),
            Proclitics {
                clitic_chars: 1,
                article: true,
                elided_alef: true
            }
        );
        assert_eq!(bare_stem("من"), "من");
    }

    #[test]
    fn shape_matches_the_plain_unicode_definition() {
        // The character classes as `shape` read them before its Arabic-block table (model
        // format 3).
        fn reference(word: &str) -> &'static str {
            let (mut ar, mut lat, mut dig, mut other) = (false, false, false, false);
            for c in word.chars() {
                if ('\u{0600}'..='\u{06FF}').contains(&c) && c.is_alphabetic() {
                    ar = true;
                } else if c.is_alphabetic() {
                    lat = true;
                } else if c.is_numeric() {
                    dig = true;
                } else {
                    other = true;
                }
            }
            shape_name(word, (ar, lat, dig, other))
        }
        let chars = (0..0x0800u32).chain(0x0860..0x0900).chain(0xFB50..0xFF00);
        for c in chars.filter_map(char::from_u32) {
            for w in [
                c.to_string(),
                format!("ب{c}"),
                format!("{c}1"),
                format!("A{c}"),
            ] {
                assert_eq!(shape(&w), reference(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("دمشق"), "A");
        assert_eq!(shape("2017"), "D");
        assert_eq!(shape("NATO"), "Lc");
        assert_eq!(shape("،"), "P");
    }
}
