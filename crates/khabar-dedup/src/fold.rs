//! Character folding and word splitting, exactly as the dedup gold defines normalized text.
//!
//! The rules, in order:
//! 1. NFKC (only run when the text is not already NFKC: Arabic presentation forms, ligatures,
//!    full-width Latin…);
//! 2. harakat, Quranic annotation marks, superscript alef and tatweel are removed;
//! 3. أ إ آ ٱ → ا, ى → ي, ة → ه (hamza on waw/yeh is kept: ؤ ئ carry meaning);
//! 4. Arabic-Indic and extended (Persian) digits → ASCII;
//! 5. lowercase; words are maximal runs of alphanumeric characters or `_` (Python's `\w+`).
//!
//! Known false positives of the folding: ة→ه merges the feminine ending with the pronoun suffix
//! (مدرسة / مدرسه), and ى→ي merges على with علي; both are harmless for duplicate detection,
//! where whole documents, not single words, are compared.

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Whether `c` is a mark removed by the fold (harakat, Quranic marks, superscript alef, tatweel).
#[inline]
pub fn is_removed_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{08D3}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}')
}

/// Folds one character (after NFKC and mark removal). Returns the folded character, lowercased.
#[inline]
pub fn fold_char(c: char) -> char {
    match c {
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}',
        '\u{0649}' => '\u{064A}',
        '\u{0629}' => '\u{0647}',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        'A'..='Z' => c.to_ascii_lowercase(),
        c if c.is_ascii() => c,
        '\u{0600}'..='\u{06FF}' => c,
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    }
}

/// Whether `c` belongs to a word (`\w`): alphanumeric or `_`.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => true,
        '\0'..='\x7F' => false,
        // Arabic letters and digits (the fast path for news text).
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{0660}'..='\u{0669}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06FC}'
        | '\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => c.is_alphanumeric(),
        _ => c.is_alphanumeric(),
    }
}

/// Whether NFKC cannot change the *words* around `c`: `c` is NFKC-stable, or NFKC maps it to
/// spaces or punctuation (no-break space, ellipsis, double prime…); a cheap filter before the
/// full quick check. Excludes the combining hamza/madda (which compose with a preceding letter)
/// and the Arabic letters with compatibility decompositions (U+0675–U+0678).
#[inline]
fn nfkc_safe(c: char) -> bool {
    match c {
        '\0'..='\x7F' => true,
        '\u{0653}'..='\u{0655}' | '\u{0675}'..='\u{0678}' => false,
        '\u{0600}'..='\u{06FF}' => true,
        // Latin-1 letters are NFKC-stable unless a combining mark follows (which is not safe).
        '\u{00AB}' | '\u{00BB}' | '\u{00B7}' | '\u{00D7}' | '\u{00F7}' | '\u{00A9}'
        | '\u{00B0}' => true,
        '\u{00C0}'..='\u{00FF}' => true,
        // NFKC turns these into spaces or punctuation runs: still not word characters.
        '\u{00A0}' | '\u{2000}'..='\u{205E}' => true,
        _ => false,
    }
}

/// Applies NFKC only when `text` is not already in NFKC (the common case costs one scan).
pub fn nfkc(text: &str) -> Cow<'_, str> {
    if text.chars().all(nfkc_safe) {
        return Cow::Borrowed(text);
    }
    match is_nfkc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfkc().collect()),
    }
}

/// Calls `f` with each folded word of `text` (which must already be NFKC), reusing one buffer.
///
/// Marks are dropped *inside* words, so `كتـــاب` and `كِتَاب` both give `كتاب`.
pub fn for_each_word(text: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    buf.clear();
    for c in text.chars() {
        if is_removed_mark(c) {
            continue;
        }
        let c = fold_char(c);
        if is_word_char(c) {
            buf.push(c);
        } else if !buf.is_empty() {
            f(buf);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(buf);
        buf.clear();
    }
}

/// The folded words of `text` (convenience for tests and tools; allocates per word).
pub fn words(text: &str) -> Vec<String> {
    let text = nfkc(text);
    let mut out = Vec::new();
    let mut buf = String::new();
    for_each_word(&text, &mut buf, |w| out.push(w.to_string()));
    out
}

/// A fast, deterministic 64-bit hash of bytes (stable across machines and releases, so band
/// hashes printed by `--emit-bands` can be grouped by another engine).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0xCBF2_9CE4_8422_2325 ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for ch in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(ch);
        h = (h ^ u64::from_le_bytes(a)).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(a)).wrapping_mul(K).rotate_left(29);
    }
    mix64(h)
}

/// SplitMix64 finalizer: a bijective avalanche mix.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_the_gold_definition() {
        assert_eq!(
            words("أكّد إبراهيم آمال ٱلله"),
            ["اكد", "ابراهيم", "امال", "الله"]
        );
        assert_eq!(words("على المدرسة"), ["علي", "المدرسه"]);
        assert_eq!(words("كتـــاب كِتَابٌ"), ["كتاب", "كتاب"]);
        assert_eq!(
            words("عام ٢٠١٧ و۲۰۱۷ Tunis"),
            ["عام", "2017", "و2017", "tunis"]
        );
    }

    #[test]
    fn nfkc_presentation_forms() {
        // U+FEFB is the lam-alef ligature; NFKC gives لا.
        assert_eq!(words("\u{FEFB} \u{FE8D}"), ["لا", "ا"]);
    }

    #[test]
    fn splits_on_punctuation() {
        assert_eq!(words("قال: «نعم»، ثم-ذهب."), ["قال", "نعم", "ثم", "ذهب"]);
        assert!(words("  ... ،، ").is_empty());
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(hash_bytes(b"abc"), hash_bytes(b"abc"));
        assert_ne!(hash_bytes(b"abc"), hash_bytes(b"abd"));
        assert_ne!(hash_bytes(b""), hash_bytes(b"\0"));
    }
}
