//! Per-document quality signals.

use ahash::AHashSet;
use khabar_article::{Removed, Signals};
use khabar_text::{tokenize, TokenKind};

use crate::fold::lines;
use crate::lang::identify;

/// Characters that end a line as a finished sentence (after closing quotes and brackets).
fn ends_in_terminal_punct(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '»' | '"' | '”' | '\'' | '’' | ')' | ']' | '›')
    });
    t.ends_with(['.', '!', '?', '؟', '…', '۔', '。'])
}

/// Computes [`Signals`] over the lines of `text` that are not in `removed` (so the figures
/// describe the cleaned article):
/// - `words`: Arabic and Latin word tokens ([`khabar_text::tokenize`]);
/// - `arabic_ratio`: Arabic-script letters over all letters;
/// - `mean_word_len`: mean length of those words in characters;
/// - `punct_line_ratio`: non-empty lines ending in `. ! ? ؟ …` (closing quotes skipped);
/// - `dup_line_fraction`: non-empty lines that repeat an earlier line exactly (trimmed);
/// - `lang`, `lang_confidence`: [`identify`] on the kept text.
pub fn signals(text: &str, removed: &[Removed]) -> Signals {
    let mut kept = String::with_capacity(text.len());
    let (mut nonempty, mut punct, mut dup) = (0usize, 0usize, 0usize);
    let mut seen = AHashSet::new();
    for l in lines(text) {
        let is_removed = removed
            .iter()
            .any(|x| x.start <= l.start && x.end >= l.end && x.end > x.start);
        if is_removed || l.text.trim().is_empty() {
            continue;
        }
        nonempty += 1;
        punct += usize::from(ends_in_terminal_punct(l.text));
        // Exact duplicates (trimmed); hashing the text keeps this cheap on long paragraphs.
        if !seen.insert(crate::fold::fnv1a64(l.text.trim().as_bytes())) {
            dup += 1;
        }
        kept.push_str(l.text);
        kept.push('\n');
    }
    let (mut words, mut word_chars) = (0usize, 0usize);
    for t in tokenize(&kept) {
        if matches!(t.kind, TokenKind::Arabic | TokenKind::Latin) {
            words += 1;
            word_chars += t.end - t.start;
        }
    }
    let (mut arabic, mut letters) = (0usize, 0usize);
    // Arabic vowel marks count as alphabetic in Unicode but are not letters here.
    for c in kept
        .chars()
        .filter(|&c| c.is_alphabetic() && !khabar_text::is_arabic_mark(c))
    {
        letters += 1;
        arabic += usize::from(khabar_text::is_arabic_letter(c));
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f32 / b as f32 };
    let (lang, lang_confidence) = identify(&kept);
    Signals {
        lang: lang.to_string(),
        lang_confidence,
        words,
        arabic_ratio: ratio(arabic, letters),
        mean_word_len: ratio(word_chars, words),
        punct_line_ratio: ratio(punct, nonempty),
        dup_line_fraction: ratio(dup, nonempty),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures() {
        let text = "قال الوزير: «نعم».\nسطر بلا نقطة\nقال الوزير: «نعم».\n\nEnglish words here.";
        let s = signals(text, &[]);
        assert_eq!(s.words, 12);
        assert!(
            (s.punct_line_ratio - 0.75).abs() < 1e-6,
            "{}",
            s.punct_line_ratio
        );
        assert!((s.dup_line_fraction - 0.25).abs() < 1e-6);
        assert!(s.arabic_ratio > 0.5 && s.arabic_ratio < 1.0);
        assert_eq!(s.lang, "ar");
        // Removing the English line changes the figures.
        let start = text.chars().count() - "English words here.".chars().count();
        let end = text.chars().count();
        let s2 = signals(
            text,
            &[Removed {
                start,
                end,
                reason: "x".into(),
            }],
        );
        assert_eq!(s2.words, 9);
        assert!((s2.arabic_ratio - 1.0).abs() < 1e-6);
        let empty = signals("", &[]);
        assert_eq!((empty.words, empty.lang.as_str()), (0, "und"));
    }
}
