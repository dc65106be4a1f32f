//! The Arabic stopword list (`data/stopwords-ar.txt`, Jacques Savoy's list as shipped with
//! Lucene's ArabicAnalyzer, BSD licence), matched on `search`-normalized forms.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::{normalize_word, Normalizer, Profile};

/// The stopword data file, embedded: one word per line, `#` comments.
pub const STOPWORDS_SOURCE: &str = include_str!("../data/stopwords-ar.txt");

static STOPWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    STOPWORDS_SOURCE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|w| normalize_word(w, Profile::Search))
        .collect()
});

/// Whether `word` is an Arabic stopword. The word is compared after `search` normalization
/// (no allocation when it is already normalized), so `إلى`, `الى` and `الي` all match.
///
/// ```
/// assert!(khabar_text::is_stopword("إلى"));
/// assert!(!khabar_text::is_stopword("تونس"));
/// ```
pub fn is_stopword(word: &str) -> bool {
    let key = Normalizer::new(Profile::Search).normalize_cow(word);
    STOPWORDS.contains(key.as_ref())
}

/// The stopwords, `search`-normalized, in no particular order.
pub fn stopwords() -> impl Iterator<Item = &'static str> {
    let set: &'static HashSet<String> = &STOPWORDS;
    set.iter().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_normalized_variants() {
        for w in [
            "في", "من", "على", "علي", "إلى", "الى", "أن", "ان", "هذه", "الذي", "الآن", "الان",
        ] {
            assert!(is_stopword(w), "{w}");
        }
        for w in ["تونس", "الحكومة", "قال", ""] {
            assert!(!is_stopword(w), "{w}");
        }
        assert!(stopwords().count() > 80);
    }
}
