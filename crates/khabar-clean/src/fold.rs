//! Line keys: the folded form lines are matched and counted on.

use khabar_text::{normalize_word, Profile};

/// The matching key of a line: `search` normalization (diacritics, tatweel, alef/yeh/ta-marbuta
/// folding, digits to ASCII, Latin lowercased), a few extra foldings so the key does not depend
/// on the text core's exact choices (hamza seats `ؤ`→`و`, `ئ`→`ي`, any leftover marks dropped),
/// then every character that is not a letter or digit becomes a space and spaces collapse.
///
/// `"اقرأ أيضاً: …"` and `"إقرا ايضا"` share the key prefix `"اقرا ايضا"`.
pub fn line_key(line: &str) -> String {
    let norm = normalize_word(line, Profile::Search);
    let mut out = String::with_capacity(norm.len());
    let mut space = false;
    for c in norm.chars() {
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' | 'ی' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            'ک' => 'ك',
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => continue,
            c if is_word_char(c) => c,
            _ => ' ',
        };
        if c == ' ' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Letter or digit, with fast paths for ASCII and the Arabic block (the common cases; the
/// general Unicode tables are a binary search per character).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7F}' => false,
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{066F}' => true,
        '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        c => c.is_alphanumeric(),
    }
}

/// Number of words of a key (keys are single-space separated).
pub(crate) fn key_words(key: &str) -> usize {
    if key.is_empty() {
        0
    } else {
        key.bytes().filter(|&b| b == b' ').count() + 1
    }
}

/// FNV-1a 64 (fixed by specification, stable across builds and platforms).
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A line with its character range in the document (without the `\n` / `\r\n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineRef<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Splits `text` on `\n` (a trailing `\r` is not part of the line), with character offsets.
pub(crate) fn lines(text: &str) -> Vec<LineRef<'_>> {
    let mut out = Vec::new();
    let mut pos = 0usize; // char offset of the current line start
    for raw in text.split('\n') {
        let n = raw.chars().count();
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let len = if line.len() == raw.len() { n } else { n - 1 };
        out.push(LineRef {
            text: line,
            start: pos,
            end: pos + len,
        });
        pos += n + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_variants() {
        assert_eq!(line_key("اقرأ أيضاً: عنوان"), line_key("إقرا ايضا — عنوان"));
        assert_eq!(line_key("  اترك تعليقاً  "), "اترك تعليقا");
        assert_eq!(line_key("Share on Facebook!"), "share on facebook");
        assert_eq!(line_key("...|..."), "");
        assert_eq!(key_words("a b c"), 3);
        assert_eq!(key_words(""), 0);
    }

    #[test]
    fn line_offsets() {
        let t = "أ\r\nبب\n\nج";
        let ls = lines(t);
        assert_eq!(ls.len(), 4);
        assert_eq!((ls[1].start, ls[1].end, ls[1].text), (3, 5, "بب"));
        assert_eq!((ls[3].start, ls[3].end), (7, 8));
        assert_eq!(lines("").len(), 1);
    }
}
