//! `display` stage: removal of bidi controls and zero-width characters.

use super::{Action, CharStage, Context};
use crate::chars::is_invisible;

/// Removes invisible format characters that news sites and word processors leave in text:
/// zero-width space/joiner/non-joiner (U+200B–U+200D), LRM/RLM (U+200E, U+200F), the Arabic
/// letter mark (U+061C), bidi embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069), word joiner and invisible operators (U+2060–U+2064), the byte-order mark /
/// zero-width no-break space (U+FEFF), the Mongolian vowel separator (U+180E) and soft hyphens
/// (U+00AD).
///
/// Known false positives: in Persian, ZWNJ separates parts of one word (`می‌خواهم`); removing it
/// joins them visually. Khabar targets Arabic, where ZWNJ/ZWJ carry no meaning.
#[derive(Debug, Clone, Copy)]
pub struct InvisibleChars;

impl CharStage for InvisibleChars {
    fn name(&self) -> &'static str {
        "invisible-chars"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if is_invisible(c) {
            Action::Drop
        } else {
            Action::Keep
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn removes_bidi_and_zero_width() {
        let n = normalize(
            "\u{200F}غزة\u{200C}\u{200D} \u{202B}x\u{202C}\u{FEFF}",
            Profile::Display,
        );
        assert_eq!(n.text, "غزة x");
        assert_eq!(n.map, vec![1, 2, 3, 6, 8]);
    }
}
