//! Word offsets of an article body, stored with the article: the character span of every
//! word position the Arabic analyzer indexes. A search reads its matches' positions from the
//! index postings; with these spans it places highlights and cuts the snippet without reading
//! or re-tokenizing the whole text (only the snippet's characters are read from the store).
//!
//! The positions are those of [`khabar_text::Tokens`] over the body with its removed
//! (boilerplate) ranges blanked, punctuation and symbols skipped: exactly the tokens
//! `schema::document` indexes. Encoding: per position, two LEB128 varints, the gap in characters
//! since the previous word's end and the word's length in characters (about two bytes a word).

use khabar_text::TokenKind;

use crate::analyzer;
use crate::search::CharCounter;

/// Encodes the character spans of the indexed words of `text` (with `removed` character ranges
/// blanked), in position order.
pub(crate) fn encode(text: &str, removed: &[(usize, usize)]) -> Vec<u8> {
    let blanked = analyzer::blank_ranges(text, removed);
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut prev_end = 0usize;
    // Blanking keeps byte offsets but not character offsets (a removed two-byte letter becomes
    // two spaces): characters are counted in the original text.
    let mut counter = CharCounter::new(text);
    for tok in khabar_text::Tokens::new(&blanked) {
        if matches!(tok.kind, TokenKind::Punct | TokenKind::Symbol) {
            continue;
        }
        let start = counter.char_at(tok.byte_start);
        let end = counter.char_at(tok.byte_end);
        push_varint(&mut out, start - prev_end);
        push_varint(&mut out, end - start);
        prev_end = end;
    }
    out
}

/// The character spans of the words at `positions` (sorted ascending), one per position:
/// `None` for a position past the end of `blob` or where `blob` is malformed.
pub(crate) fn spans(blob: &[u8], positions: &[u32]) -> Vec<Option<(usize, usize)>> {
    let mut out = Vec::with_capacity(positions.len());
    let mut at = 0usize;
    let mut position = 0u32;
    let mut prev_end = 0usize;
    let mut current: Option<(usize, usize)> = None;
    for &want in positions {
        while current.is_none() || position <= want {
            let (Some(gap), Some(len)) = (read_varint(blob, &mut at), read_varint(blob, &mut at))
            else {
                current = None;
                break;
            };
            let start = prev_end.saturating_add(gap);
            let end = start.saturating_add(len);
            prev_end = end;
            current = Some((start, end));
            position += 1;
            if position > want {
                break;
            }
        }
        // `position` counts the words decoded: `current` is word `position - 1`.
        out.push(current.filter(|_| position.checked_sub(1) == Some(want)));
    }
    out
}

fn push_varint(out: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(blob: &[u8], at: &mut usize) -> Option<usize> {
    let mut v = 0usize;
    for shift in (0..64).step_by(7) {
        let b = *blob.get(*at)?;
        *at += 1;
        v |= ((b & 0x7f) as usize) << shift;
        if b < 0x80 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans of every position, by tokenizing as the index does, in characters of the
    /// original text.
    fn reference(text: &str, removed: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let blanked = analyzer::blank_ranges(text, removed);
        let idx: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let to_char = |b: usize| idx.partition_point(|&x| x < b);
        khabar_text::Tokens::new(&blanked)
            .filter(|t| !matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
            .map(|t| (to_char(t.byte_start), to_char(t.byte_end)))
            .collect()
    }

    #[test]
    fn spans_equal_the_tokenization() {
        let texts = [
            "أعلنت وزارة الداخلية، اليوم، عن «إيقاف» 12 عنصراً في سوسة. http://x.tn والنفط!\nاترك تعليقاً",
            "",
            "...",
            "a b",
        ];
        for text in texts {
            let n = text.chars().count();
            for removed in [
                vec![],
                vec![(n.saturating_sub(12), n)],
                vec![(0, 3)],
                vec![(6, 12)],
            ] {
                let want = reference(text, &removed);
                // Every span slices the original text to a word the tokenizer gives there.
                for &(s, e) in &want {
                    let w = khabar_article::slice_chars(text, s, e);
                    assert!(!w.trim().is_empty(), "{text:?} {removed:?} ({s}, {e})");
                }
                let blob = encode(text, &removed);
                let all: Vec<u32> = (0..want.len() as u32 + 2).collect();
                let got = spans(&blob, &all);
                for (p, g) in got.iter().enumerate() {
                    assert_eq!(
                        *g,
                        want.get(p).copied(),
                        "{text:?} {removed:?} position {p}"
                    );
                }
                // A sparse, sorted subset with repeats.
                let some: Vec<u32> = [1u32, 1, 4, 9, 40].to_vec();
                let got = spans(&blob, &some);
                for (g, p) in got.iter().zip(&some) {
                    assert_eq!(*g, want.get(*p as usize).copied(), "{text:?} position {p}");
                }
            }
        }
    }

    #[test]
    fn offsets_after_a_removed_range_count_original_characters() {
        // «اترك تعليقاً» (12 characters, 23 bytes) removed before the word «تونس».
        let text = "اترك تعليقاً تونس";
        let blob = encode(text, &[(0, 12)]);
        assert_eq!(spans(&blob, &[0]), vec![Some((13, 17))]);
        assert_eq!(khabar_article::slice_chars(text, 13, 17), "تونس");
    }

    #[test]
    fn malformed_blobs_give_none_not_panics() {
        for blob in [&[][..], &[0x80][..], &[0xff; 12][..], &[3, 0x80][..]] {
            let got = spans(blob, &[0, 1, 2]);
            assert_eq!(got.len(), 3);
        }
        assert_eq!(spans(&[2, 3], &[0, 1]), vec![Some((2, 5)), None]);
    }

    #[test]
    fn varints_round_trip() {
        for v in [0usize, 1, 127, 128, 300, 1 << 20, usize::MAX >> 1] {
            let mut b = Vec::new();
            push_varint(&mut b, v);
            let mut at = 0;
            assert_eq!(read_varint(&b, &mut at), Some(v));
            assert_eq!(at, b.len());
        }
    }
}
