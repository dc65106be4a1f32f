//! `search` stages: digits to ASCII and Arabic number punctuation.

use super::{Action, CharStage, Context};
use crate::chars::is_arabic_or_ascii_digit;

/// Maps Arabic-Indic digits `٠`–`٩` (U+0660–U+0669) and Eastern Arabic-Indic (Persian/Urdu)
/// digits `۰`–`۹` (U+06F0–U+06F9) to ASCII `0`–`9`, so `٢٠١٧` and `2017` match.
///
/// Known false positives: none; the digit value is kept.
#[derive(Debug, Clone, Copy)]
pub struct DigitsToAscii;

impl CharStage for DigitsToAscii {
    fn name(&self) -> &'static str {
        "digits-to-ascii"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        match c {
            '\u{0660}'..='\u{0669}' => Action::Char(ascii_digit(c as u32 - 0x0660)),
            '\u{06F0}'..='\u{06F9}' => Action::Char(ascii_digit(c as u32 - 0x06F0)),
            _ => Action::Keep,
        }
    }
}

fn ascii_digit(v: u32) -> char {
    char::from(b'0' + v as u8)
}

/// Arabic number punctuation: the Arabic decimal separator `٫` (U+066B) becomes `.` and the
/// Arabic thousands separator `٬` (U+066C) becomes `,` when they stand between two digits
/// (`٣٠٫٥` → `30.5`); the Arabic percent sign `٪` (U+066A) becomes `%` everywhere.
///
/// The separators are context-dependent: the neighbours looked at are the original characters
/// on either side. Known false positives: none; outside numbers the marks are left as written.
#[derive(Debug, Clone, Copy)]
pub struct NumberPunctuation;

impl CharStage for NumberPunctuation {
    fn name(&self) -> &'static str {
        "number-punctuation"
    }
    fn apply(&self, c: char, ctx: &Context) -> Action {
        let between_digits = || {
            ctx.prev.is_some_and(is_arabic_or_ascii_digit)
                && ctx.next.is_some_and(is_arabic_or_ascii_digit)
        };
        match c {
            '\u{066B}' if between_digits() => Action::Char('.'),
            '\u{066C}' if between_digits() => Action::Char(','),
            '\u{066A}' => Action::Char('%'),
            _ => Action::Keep,
        }
    }
    fn context_free(&self, c: char) -> bool {
        !matches!(c, '\u{066B}' | '\u{066C}')
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn arabic_digits_become_ascii() {
        assert_eq!(
            normalize("عام ٢٠١٧ و۱۳۹۶", Profile::Search).text,
            "عام 2017 و1396"
        );
        assert_eq!(normalize("٢٠١٧", Profile::Ner).text, "٢٠١٧");
    }

    #[test]
    fn separators_only_inside_numbers() {
        assert_eq!(
            normalize("٣٠٫٥ و١٬٢٥٠ ٪", Profile::Search).text,
            "30.5 و1,250 %"
        );
        assert_eq!(normalize("٫ ٬", Profile::Search).text, "٫ ٬");
        assert_eq!(normalize("a٫٣", Profile::Search).text, "a٫3");
    }
}
