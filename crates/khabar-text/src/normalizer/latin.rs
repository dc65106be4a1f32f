//! `search` stage: lowercasing of Latin (and other cased) letters.

use super::{Action, CharStage, Context};

/// Lowercases cased letters (Latin, Greek, Cyrillic …) with Unicode's full lowercase mapping;
/// Arabic has no case and is untouched. `UN` → `un`, `Élysée` → `élysée`.
///
/// Known false positives: acronyms merge with ordinary words (`US` / `us`); `İ` expands to two
/// characters (`i` + combining dot), both mapped back to the one original character.
#[derive(Debug, Clone, Copy)]
pub struct LatinLowercase;

impl CharStage for LatinLowercase {
    fn name(&self) -> &'static str {
        "lowercase"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if c.is_ascii() {
            if c.is_ascii_uppercase() {
                Action::Char(c.to_ascii_lowercase())
            } else {
                Action::Keep
            }
        } else if c.is_uppercase() {
            let mut it = c.to_lowercase();
            match (it.next(), it.next()) {
                (Some(one), None) => Action::Char(one),
                _ => Action::Lowercase,
            }
        } else {
            Action::Keep
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn lowercases_latin() {
        assert_eq!(
            normalize("UN Élysée بي بي سي BBC", Profile::Search).text,
            "un élysée بي بي سي bbc"
        );
        let n = normalize("İ", Profile::Search);
        assert_eq!(n.text, "i\u{0307}");
        assert_eq!(n.map, vec![0, 0]);
    }
}
