//! Character classes shared by the normalizer, the tokenizer and the sentence splitter.
//!
//! Classification is a table lookup for the first 2,048 code points (ASCII, Latin, Arabic and
//! the Arabic Supplement all live there) and a short chain of range checks above that.

use std::sync::LazyLock;

/// What role a character plays when cutting text into tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharClass {
    /// Whitespace (`char::is_whitespace`), including `\n`.
    Space,
    /// Invisible format characters: bidi controls, zero-width space, BOM, soft hyphen.
    Invisible,
    /// Zero-width joiner and non-joiner (U+200D, U+200C).
    Joiner,
    /// A letter of the Arabic script (including presentation forms and Persian/Urdu letters).
    ArabicLetter,
    /// An Arabic combining mark: harakat, tanween, shadda, sukun, Quranic annotation marks.
    ArabicMark,
    /// Tatweel / kashida (U+0640), the elongation stroke.
    Tatweel,
    /// A combining mark of another script (attaches to the preceding word).
    Mark,
    /// A letter of any other script (Latin, Greek, Cyrillic, …).
    Letter,
    /// A numeric character: ASCII, Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, …
    Digit,
    /// Punctuation.
    Punct,
    /// Any other symbol.
    Symbol,
}

const TABLE_LEN: usize = 0x800;

static TABLE: LazyLock<[CharClass; TABLE_LEN]> = LazyLock::new(|| {
    let mut t = [CharClass::Symbol; TABLE_LEN];
    for (i, slot) in t.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(i as u32) {
            *slot = classify_slow(c);
        }
    }
    t
});

/// The lookup table for code points below U+0800 (borrow it once per call in hot loops).
#[inline]
pub(crate) fn table() -> &'static [CharClass; TABLE_LEN] {
    &TABLE
}

/// Classifies `c` using `table` (from [`table`]).
#[inline(always)]
pub(crate) fn class_with(table: &[CharClass; TABLE_LEN], c: char) -> CharClass {
    let u = c as usize;
    if u < TABLE_LEN {
        table[u]
    } else {
        classify_slow(c)
    }
}

/// Classifies one character.
pub fn char_class(c: char) -> CharClass {
    class_with(table(), c)
}

/// Whether `c` is an Arabic combining mark removed by the `search` profile.
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}'
        | '\u{FE70}'..='\u{FE74}'
        | '\u{FE76}'..='\u{FE7F}')
}

/// Whether `c` is an invisible format character removed by the `display` profile.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Whether `c` is a letter of the Arabic script.
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088E}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FD3D}'
        | '\u{FD50}'..='\u{FDC7}'
        | '\u{FDF0}'..='\u{FDFB}'
        | '\u{FDFD}'..='\u{FDFF}'
        | '\u{FE75}'
        | '\u{FE80}'..='\u{FEFC}')
}

/// Whether `c` is a decimal digit of the ASCII, Arabic-Indic or Eastern Arabic-Indic sets.
#[inline]
pub fn is_arabic_or_ascii_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn classify_slow(c: char) -> CharClass {
    use CharClass::*;
    if c.is_whitespace() {
        return Space;
    }
    match c {
        '\u{200C}' | '\u{200D}' => return Joiner,
        '\u{0640}' => return Tatweel,
        _ => {}
    }
    if is_invisible(c) {
        return Invisible;
    }
    if is_arabic_mark(c) {
        return ArabicMark;
    }
    if is_arabic_letter(c) {
        return ArabicLetter;
    }
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => Letter,
            '0'..='9' => Digit,
            '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '%' => Symbol,
            _ if c.is_ascii_punctuation() => Punct,
            _ => Symbol, // control characters
        };
    }
    if is_arabic_or_ascii_digit(c) {
        return Digit;
    }
    match c {
        '\u{060C}'
        | '\u{060D}'
        | '\u{061B}'
        | '\u{061D}'..='\u{061F}'
        | '\u{066B}'
        | '\u{066C}'
        | '\u{06D4}'
        | '\u{00A1}'
        | '\u{00A7}'
        | '\u{00AB}'
        | '\u{00B6}'
        | '\u{00B7}'
        | '\u{00BB}'
        | '\u{00BF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{2043}'
        | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}'
        | '\u{2E00}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}'
        | '\u{FD3E}'
        | '\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FE50}'..='\u{FE6B}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' => return Punct,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}' => return Mark,
        _ => {}
    }
    if c.is_alphabetic() {
        Letter
    } else if c.is_numeric() {
        Digit
    } else {
        Symbol
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_typical_news_characters() {
        assert_eq!(char_class('ب'), CharClass::ArabicLetter);
        assert_eq!(char_class('ء'), CharClass::ArabicLetter);
        assert_eq!(char_class('ک'), CharClass::ArabicLetter);
        assert_eq!(char_class('\u{064E}'), CharClass::ArabicMark);
        assert_eq!(char_class('ـ'), CharClass::Tatweel);
        assert_eq!(char_class('٣'), CharClass::Digit);
        assert_eq!(char_class('۳'), CharClass::Digit);
        assert_eq!(char_class('،'), CharClass::Punct);
        assert_eq!(char_class('؟'), CharClass::Punct);
        assert_eq!(char_class('«'), CharClass::Punct);
        assert_eq!(char_class('…'), CharClass::Punct);
        assert_eq!(char_class('–'), CharClass::Punct);
        assert_eq!(char_class('%'), CharClass::Symbol);
        assert_eq!(char_class('é'), CharClass::Letter);
        assert_eq!(char_class('\u{200F}'), CharClass::Invisible);
        assert_eq!(char_class('\u{200C}'), CharClass::Joiner);
        assert_eq!(char_class('\u{00A0}'), CharClass::Space);
        assert_eq!(char_class('ﻻ'), CharClass::ArabicLetter);
    }
}
