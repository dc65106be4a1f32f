//! `display` stage: Persian/Urdu variant letters to their Arabic counterparts.

use super::{Action, CharStage, Context};

/// Maps Persian and Urdu letter variants, typed on Persian keyboards or pasted from such
/// sources, to the Arabic letters they stand for:
///
/// | from | to |
/// |---|---|
/// | `ک` U+06A9 keheh, `ڪ` U+06AA swash kaf | `ك` |
/// | `ی` U+06CC Farsi yeh, `ې` U+06D0 | `ي` |
/// | `ۀ` U+06C0, `ہ` U+06C1, `ۂ` U+06C2, `ھ` U+06BE, `ە` U+06D5 | `ه` |
/// | `ۃ` U+06C3 teh marbuta goal | `ة` |
///
/// Known false positives: genuinely Persian or Urdu text is rewritten into Arabic letters, and a
/// word-final Farsi yeh that stands for Arabic alef maqsura (`علی` meaning `على`) becomes `ي`
/// (`علي`); the `search` profile folds `ى`→`ي` anyway, so only `display`/`ner` see the
/// difference.
#[derive(Debug, Clone, Copy)]
pub struct PersianLetters;

impl CharStage for PersianLetters {
    fn name(&self) -> &'static str {
        "persian-letters"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        match c {
            '\u{06A9}' | '\u{06AA}' => Action::Char('\u{0643}'),
            '\u{06CC}' | '\u{06D0}' => Action::Char('\u{064A}'),
            '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06BE}' | '\u{06D5}' => {
                Action::Char('\u{0647}')
            }
            '\u{06C3}' => Action::Char('\u{0629}'),
            _ => Action::Keep,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn maps_persian_keyboard_letters() {
        assert_eq!(normalize("کتاب", Profile::Display).text, "كتاب");
        assert_eq!(normalize("فی", Profile::Display).text, "في");
        assert_eq!(normalize("مدرسۀ", Profile::Display).text, "مدرسه");
        assert_eq!(normalize("ھذا", Profile::Display).text, "هذا");
    }
}
