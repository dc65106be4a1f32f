//! Stemmers for search: the Light10 light stemmer and Snowball Arabic.

mod light;
mod snowball;

use serde::{Deserialize, Serialize};

pub use light::{light_stem, light_stem_range};
pub use snowball::snowball_stem;

/// Which stemmer to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stemmer {
    /// Clitic-aware light stemmer (Light10 family), the default for search.
    #[default]
    Light,
    /// Snowball Arabic (via `rust-stemmers`).
    Snowball,
}

impl Stemmer {
    /// Stems one word (the word should be `ner`-normalized; ة must not yet be folded).
    ///
    /// [`Stemmer::Light`] expects `search`-normalized letters except `ة` (see
    /// [`crate::Normalizer::search_keep_ta_marbuta`]); [`crate::search_key`] does that for you.
    /// Snowball normalizes hamza, alef and diacritics itself.
    pub fn stem(self, word: &str) -> String {
        match self {
            Stemmer::Light => light_stem(word),
            Stemmer::Snowball => snowball_stem(word),
        }
    }
}
