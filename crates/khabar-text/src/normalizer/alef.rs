//! `search` stages: hamzated alef and alef maqsura folding.

use super::{Action, CharStage, Context};

/// Folds alef variants to bare alef: `أ` U+0623, `إ` U+0625, `آ` U+0622, `ٱ` U+0671 (wasla),
/// `ٲ` U+0672, `ٳ` U+0673, `ٵ` U+0675 → `ا`. Writers drop or misplace hamza on alef constantly
/// (`اعلن`/`أعلن`), so search must treat them alike.
///
/// Known false positives: distinct words merge, e.g. `أن`/`إن`/`ان` and `أمر`/`إمر`.
#[derive(Debug, Clone, Copy)]
pub struct AlefFolding;

impl CharStage for AlefFolding {
    fn name(&self) -> &'static str {
        "alef-folding"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        match c {
            '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}'
            | '\u{0675}' => Action::Char('\u{0627}'),
            _ => Action::Keep,
        }
    }
}

/// Folds alef maqsura `ى` U+0649 to yeh `ي` U+064A; Egyptian and many web writers use them
/// interchangeably at word end (`على`/`علي`, `مصطفى`/`مصطفي`).
///
/// Known false positives: `على` (on) and `علي` (Ali), `إلى` (to) and `إلي` (to me) merge.
#[derive(Debug, Clone, Copy)]
pub struct AlefMaqsuraFolding;

impl CharStage for AlefMaqsuraFolding {
    fn name(&self) -> &'static str {
        "alef-maqsura-folding"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if c == '\u{0649}' {
            Action::Char('\u{064A}')
        } else {
            Action::Keep
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn folds_alef_variants() {
        assert_eq!(
            normalize("أعلن إسرائيل آخر ٱلله", Profile::Search).text,
            "اعلن اسرائيل اخر الله"
        );
        assert_eq!(normalize("أعلن", Profile::Ner).text, "أعلن");
    }

    #[test]
    fn folds_alef_maqsura() {
        assert_eq!(normalize("على مستشفى", Profile::Search).text, "علي مستشفي");
        assert_eq!(normalize("على", Profile::Display).text, "على");
    }
}
