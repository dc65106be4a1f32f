//! `search` stage: removal of diacritics (harakat) and Quranic marks.

use super::{Action, CharStage, Context};
use crate::chars::is_arabic_mark;

/// Removes Arabic combining marks: tanween, fatha, damma, kasra, shadda, sukun (U+064B–U+0652),
/// the maddah/hamza combining marks and other extended harakat (U+0653–U+065F), superscript
/// alef (U+0670), honorific and Quranic annotation signs (U+0610–U+061A, U+06D6–U+06ED,
/// U+08CA–U+08FF) and the isolated harakat presentation forms (U+FE70…U+FE7F).
///
/// Known false positives: vocalisation that distinguishes words (`عَلِمَ` / `عُلِّمَ`) is lost —
/// intended for search. A hamza written as a combining mark (`ا` + U+0654) loses its hamza,
/// whereas the precomposed `أ` is folded by the alef stage, so both end up as `ا`; `و` + U+0654
/// becomes `و` while precomposed `ؤ` stays.
#[derive(Debug, Clone, Copy)]
pub struct Diacritics;

impl CharStage for Diacritics {
    fn name(&self) -> &'static str {
        "diacritics"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if is_arabic_mark(c) {
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
    fn strips_harakat_and_quranic_marks() {
        assert_eq!(normalize("مُحَمَّدٌ", Profile::Search).text, "محمد");
        assert_eq!(normalize("هٰذا", Profile::Search).text, "هذا");
        assert_eq!(normalize("قِيلَ\u{06D6}", Profile::Search).text, "قيل");
        // ner keeps the marks.
        assert_eq!(normalize("مُحَمَّدٌ", Profile::Ner).text, "مُحَمَّدٌ");
    }
}
