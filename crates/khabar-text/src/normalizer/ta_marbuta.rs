//! `search` stage: teh marbuta to heh.

use super::{Action, CharStage, Context};

/// Folds teh marbuta `ة` U+0629 to heh `ه` U+0647: word-final `ة` is often written `ه`
/// (`مدرسه`). [`crate::search_key`] applies this *after* light stemming, because the stemmer
/// and Snowball need to see `ة` to remove it as a feminine suffix.
///
/// Known false positives: `ة`- and `ه`-final words merge (`قوة` power / `قوه` his strength).
#[derive(Debug, Clone, Copy)]
pub struct TaMarbutaFolding;

impl CharStage for TaMarbutaFolding {
    fn name(&self) -> &'static str {
        "ta-marbuta-folding"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if c == '\u{0629}' {
            Action::Char('\u{0647}')
        } else {
            Action::Keep
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn folds_ta_marbuta_in_search_only() {
        assert_eq!(normalize("مدرسة", Profile::Search).text, "مدرسه");
        assert_eq!(normalize("مدرسة", Profile::Ner).text, "مدرسة");
    }
}
