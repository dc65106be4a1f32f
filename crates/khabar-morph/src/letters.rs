//! The letter skeleton of a word: diacritics and tatweel removed, with a map back to the
//! character offsets of the original word.

/// Whether `c` is a mark that segmentation ignores: Arabic diacritics (harakat, tanwin, shadda,
/// sukun and the rarer marks U+0653–U+065F), the superscript alef U+0670, tatweel U+0640 and the
/// Quranic annotation signs U+06D6–U+06ED.
#[inline]
pub fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// Whether `c` is an Arabic base letter the segmenter understands (hamza to yeh, plus the
/// Persian/Urdu variants of kaf and yeh that are folded to their Arabic forms).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{06A9}' | '\u{06CC}')
}

/// Folds the Persian/Urdu variants used in Arabic text to their Arabic letters (ک → ك, ی → ي).
#[inline]
pub(crate) fn fold(c: char) -> char {
    match c {
        '\u{06A9}' => 'ك',
        '\u{06CC}' => 'ي',
        c => c,
    }
}

/// The letter skeleton of a word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Skeleton {
    /// The letters, diacritics and tatweel removed.
    pub letters: String,
    /// For each letter, its character offset in the original word.
    pub map: Vec<usize>,
    /// Number of characters in the original word.
    pub len: usize,
}

impl Skeleton {
    /// Builds the skeleton of `word`. Returns `None` when the word contains anything other than
    /// Arabic letters and ignorable marks (digits, Latin, punctuation): such tokens are not
    /// segmented.
    pub fn of(word: &str) -> Option<Skeleton> {
        let mut sk = Skeleton::default();
        sk.letters.reserve(word.len());
        for (i, c) in word.chars().enumerate() {
            sk.len = i + 1;
            if is_ignorable(c) {
                continue;
            }
            if !is_arabic_letter(c) {
                return None;
            }
            sk.letters.push(fold(c));
            sk.map.push(i);
        }
        if sk.map.is_empty() {
            return None;
        }
        Some(sk)
    }
}

/// Removes diacritics and tatweel from `s` (any other character is kept).
pub fn strip_marks(s: &str) -> String {
    s.chars().filter(|&c| !is_ignorable(c)).map(fold).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeleton_maps_back_through_marks() {
        let sk = Skeleton::of("وَالحُكُومَةُ").unwrap();
        assert_eq!(sk.letters, "والحكومة");
        assert_eq!(sk.map, vec![0, 2, 3, 4, 6, 8, 9, 11]);
        assert_eq!(sk.len, 13);
    }

    #[test]
    fn non_arabic_has_no_skeleton() {
        assert!(Skeleton::of("2017").is_none());
        assert!(Skeleton::of("وabc").is_none());
        assert!(Skeleton::of("\u{0640}").is_none());
    }

    #[test]
    fn strip_removes_tatweel_and_harakat() {
        assert_eq!(strip_marks("قـــالَ"), "قال");
    }
}
