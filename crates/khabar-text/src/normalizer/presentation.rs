//! `display` stage: NFKC folding of Arabic presentation forms.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use super::{Action, CharStage, Context};

/// Folds Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) to the ordinary letters with
/// NFKC, one character at a time, so nothing else in the text is touched.
///
/// Examples: `ﻻ` → `لا`, `ﺑ` → `ب`, `ﷲ` → `الله`, `ﷺ` → `صلى الله عليه وسلم`.
/// Every character of an expansion maps back to the one presentation-form character.
///
/// Rule detail: the isolated harakat forms (U+FE70…) decompose under NFKC to a space plus the
/// combining mark; the space is dropped so that a word is not split.
///
/// Known false positives: none in running text; text that deliberately uses presentation forms
/// for shaping (old PDFs) loses that shaping, which Unicode renderers redo anyway.
#[derive(Debug, Clone, Copy)]
pub struct PresentationForms;

struct FoldTable {
    buf: String,
    /// For each code point in `RANGES`, the byte range in `buf` (empty when unchanged).
    spans: Vec<(u32, u32)>,
}

const A_START: u32 = 0xFB50;
const A_END: u32 = 0xFDFF;
const B_START: u32 = 0xFE70;
const B_END: u32 = 0xFEFE;

fn slot(c: char) -> Option<usize> {
    let u = c as u32;
    if (A_START..=A_END).contains(&u) {
        Some((u - A_START) as usize)
    } else if (B_START..=B_END).contains(&u) {
        Some((A_END - A_START + 1 + u - B_START) as usize)
    } else {
        None
    }
}

static FOLD: LazyLock<FoldTable> = LazyLock::new(|| {
    let mut buf = String::new();
    let mut spans = Vec::new();
    for u in (A_START..=A_END).chain(B_START..=B_END) {
        let Some(c) = char::from_u32(u) else {
            spans.push((0, 0));
            continue;
        };
        let folded: String = std::iter::once(c).nfkc().collect();
        let folded = match folded.strip_prefix(' ') {
            Some(rest) if !rest.is_empty() => rest.to_string(),
            _ => folded,
        };
        if folded.chars().eq(std::iter::once(c)) || folded.is_empty() {
            spans.push((0, 0));
        } else {
            let start = buf.len() as u32;
            buf.push_str(&folded);
            spans.push((start, buf.len() as u32));
        }
    }
    FoldTable { buf, spans }
});

/// The NFKC folding of a presentation-form character, if it changes.
pub fn fold_presentation_form(c: char) -> Option<&'static str> {
    let i = slot(c)?;
    let table: &'static FoldTable = &FOLD;
    let (a, b) = table.spans[i];
    (a != b).then(|| &table.buf[a as usize..b as usize])
}

impl CharStage for PresentationForms {
    fn name(&self) -> &'static str {
        "presentation-forms"
    }
    fn apply(&self, c: char, _ctx: &Context) -> Action {
        if (c as u32) < A_START {
            return Action::Keep;
        }
        match fold_presentation_form(c) {
            Some(s) => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(one), None) => Action::Char(one),
                    _ => Action::Str(s),
                }
            }
            None => Action::Keep,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{normalize, Profile};

    #[test]
    fn folds_ligatures_and_contextual_forms() {
        assert_eq!(normalize("ﻻ", Profile::Display).text, "لا");
        assert_eq!(normalize("ﺑﻴﺖ", Profile::Display).text, "بيت");
        assert_eq!(normalize("ﷲ", Profile::Display).text, "الله");
        let n = normalize("قال ﷺ", Profile::Display);
        assert_eq!(n.text, "قال صلى الله عليه وسلم");
        assert!(n.map[4..].iter().all(|&o| o == 4));
    }

    #[test]
    fn isolated_harakat_lose_the_nfkc_space() {
        assert_eq!(normalize("ب\u{FE76}", Profile::Display).text, "ب\u{064E}");
    }

    #[test]
    fn leaves_other_compatibility_characters_alone() {
        // Only Arabic presentation forms are folded: ligature "ﬁ", full-width "Ａ" stay.
        assert_eq!(normalize("ﬁ Ａ ²", Profile::Display).text, "ﬁ Ａ ²");
    }
}
