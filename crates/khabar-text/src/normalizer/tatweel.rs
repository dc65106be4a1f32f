//! `ner` stage: tatweel removal.

use super::{Action, CharStage, Context};

/// Removes tatweel / kashida (U+0640), the stroke that stretches a word for layout
/// (`الرئيـــس` → `الرئيس`).
///
/// Known false positives: the Hijri-year abbreviation `هـ` becomes `ه`, and rows of tatweel
/// used as a separator line vanish.
#[derive(Debug, Clone, Copy)]
pub struct Tatweel;

impl CharStage for Tatweel {
    fn name(&self) -> &'static str {
        "tatweel"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if c == '\u{0640}' {
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
    fn removes_tatweel_in_ner_but_not_display() {
        assert_eq!(normalize("الرئيـــس", Profile::Ner).text, "الرئيس");
        assert_eq!(normalize("الرئيـــس", Profile::Display).text, "الرئيـــس");
        assert_eq!(
            normalize("الرئيـــس", Profile::Ner).map,
            vec![0, 1, 2, 3, 4, 8]
        );
    }
}
