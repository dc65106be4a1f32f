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

/// Longest word [`pack`] encodes, in letters.
pub const PACK_MAX_LETTERS: usize = 10;

/// A plain word (only the letters U+0621–U+063A and U+0641–U+064A, no marks) of one to
/// [`PACK_MAX_LETTERS`] letters, packed six bits a letter into a `u64`: an exact key (distinct
/// words get distinct keys) that a hash table holds inline, so a lookup never follows a pointer
/// to compare strings. `None` for any other string.
#[inline]
pub fn pack(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 2 * PACK_MAX_LETTERS || b.len() % 2 != 0 {
        return None;
    }
    // Bit `c` is set for the letter codes: U+0621–U+063A → 1..=26, U+0641–U+064A → 33..=42
    // (never 0, so the length is implied).
    const LETTERS: u64 = (((1u64 << 26) - 1) << 1) | (((1u64 << 10) - 1) << 33);
    let mut key = 0u64;
    for pair in b.chunks_exact(2) {
        // A lead byte D8/D9 at an even offset starts a two-byte character, so every pair is
        // one character as long as each lead byte is D8 or D9 (U+0600–U+067F).
        if pair[0] & 0xFE != 0xD8 {
            return None;
        }
        // Below U+0620 (`،` is D8 8C) the code wraps to a huge value.
        let code = pair_code(pair[0], pair[1]);
        if code >= 64 || (LETTERS >> code) & 1 == 0 {
            return None;
        }
        key = (key << 6) | code;
    }
    Some(key)
}

/// The letter code [`pack`] uses for the two-byte character `lead second` whose lead byte is
/// D8 or D9 (U+0600–U+067F): its code point minus U+0620, made of the lead byte's low bit and
/// the second byte's six payload bits (wrapping below U+0620). For the plain letters it is
/// 1–26 and 33–42.
#[inline]
pub fn pair_code(lead: u8, second: u8) -> u64 {
    ((u64::from(lead & 1) << 6) | (u64::from(second) & 0x3F)).wrapping_sub(0x20)
}

/// A word with its [`pack`] key, computed once and shared by the lookups that need it (a
/// caller's own table and [`crate::Segmenter::segment_spans_all_packed`]).
///
/// ```
/// use khabar_morph::letters::{pack, Packed};
/// let p = Packed::new("وقال");
/// assert_eq!((p.word(), p.key()), ("وقال", pack("وقال")));
/// assert_eq!(Packed::new("2017").key(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packed<'a> {
    word: &'a str,
    key: Option<u64>,
}

impl<'a> Packed<'a> {
    /// `word` and its key.
    #[inline]
    pub fn new(word: &'a str) -> Packed<'a> {
        Packed {
            word,
            key: pack(word),
        }
    }

    /// The word.
    #[inline]
    pub fn word(&self) -> &'a str {
        self.word
    }

    /// Its [`pack`] key (`None` unless it is a plain word of up to [`PACK_MAX_LETTERS`]
    /// letters).
    #[inline]
    pub fn key(&self) -> Option<u64> {
        self.key
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
    fn pack_is_exact_for_plain_words() {
        assert_eq!(pack(""), None);
        assert_eq!(pack("قال"), pack("قال"));
        assert_ne!(pack("قال"), pack("لقا"));
        assert_ne!(pack("ال"), pack("الا"));
        assert!(pack("ءيءيءيءيءي").is_some());
        assert_eq!(pack("ءيءيءيءيءيء"), None); // eleven letters
        assert_eq!(pack("قالَ"), None); // a mark
        assert_eq!(pack("قـال"), None); // tatweel
        assert_eq!(pack("ab"), None);
        assert_eq!(pack("،"), None); // U+060C, below the letters
        assert_eq!(pack("قال،"), None);
        assert_eq!(pack("\u{0620}"), None);
        assert_eq!(pack("\u{064B}"), None); // a mark, above the letters
        assert_eq!(pack("کی"), None); // Persian letters are not plain
                                      // Every two-byte character alone and after a letter: a key exactly for the letters.
        for c in ('\u{0080}'..='\u{07FF}').chain(['a', '\u{FEFB}']) {
            let plain = matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
            let want = plain.then(|| u64::from(c) - 0x620);
            assert_eq!(pack(&c.to_string()), want, "{c:?}");
            let want2 = want.map(|k| (u64::from('ب') - 0x620) << 6 | k);
            assert_eq!(pack(&format!("ب{c}")), want2, "{c:?}");
        }
        // Distinct keys for all words of up to two letters.
        let letters: Vec<char> = ('\u{0621}'..='\u{063A}')
            .chain('\u{0641}'..='\u{064A}')
            .collect();
        let mut seen = std::collections::HashSet::new();
        for &a in &letters {
            assert!(seen.insert(pack(&a.to_string()).unwrap()));
            for &b in &letters {
                assert!(seen.insert(pack(&format!("{a}{b}")).unwrap()));
            }
        }
    }

    #[test]
    fn strip_removes_tatweel_and_harakat() {
        assert_eq!(strip_marks("قـــالَ"), "قال");
    }
}
