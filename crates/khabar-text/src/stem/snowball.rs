//! Snowball Arabic through `rust-stemmers`.

use rust_stemmers::{Algorithm, Stemmer};

/// Snowball Arabic stem of `word`. Feed it text with `ة` intact (it removes `ة` as a suffix);
/// it normalizes hamza forms, alef maqsura and diacritics itself.
///
/// ```
/// assert_eq!(khabar_text::snowball_stem("المكتبات"), "مكتب");
/// ```
pub fn snowball_stem(word: &str) -> String {
    Stemmer::create(Algorithm::Arabic).stem(word).into_owned()
}
