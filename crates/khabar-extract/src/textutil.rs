//! Small text helpers: whitespace collapsing, Arabic folding for phrase matching, counts.

/// Collapses runs of whitespace (including NBSP and zero-width marks) into one space and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
        } else if matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}') {
            // zero-width space, BOM, soft hyphen: invisible, dropped
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Whitespace as rendered (HTML collapses all of these).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Folds Arabic text for matching boilerplate phrases: drops diacritics and tatweel, unifies
/// alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي), ta marbuta (ة → ه), lower-cases Latin,
/// and maps punctuation to spaces, collapsing whitespace.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let emit = |out: &mut String, c: char, space: &mut bool| {
        if *space {
            out.push(' ');
            *space = false;
        }
        out.push(c);
    };
    for c in s.chars() {
        let m = match c {
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            '\u{621}'..='\u{64a}' | '\u{660}'..='\u{669}' | '\u{671}'..='\u{6d3}' => c,
            c if c.is_ascii() || ('\u{600}'..='\u{6ff}').contains(&c) => ' ',
            c if c.is_alphanumeric() => {
                for l in c.to_lowercase() {
                    emit(&mut out, l, &mut space);
                }
                continue;
            }
            _ => ' ',
        };
        if m == ' ' {
            space = !out.is_empty();
            continue;
        }
        emit(&mut out, m, &mut space);
    }
    out
}

/// Number of whitespace-separated words.
pub(crate) fn word_count(s: &str) -> usize {
    s.split(is_space).filter(|w| !w.is_empty()).count()
}

/// Whether `s` has sentence punctuation (Arabic or Latin) anywhere.
pub(crate) fn has_sentence_punct(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(
            c,
            '.' | '،' | '؛' | '؟' | '!' | '?' | ',' | ';' | ':' | '"' | '«' | '»'
        )
    })
}

/// Whether `s` ends like a sentence.
pub(crate) fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| is_space(c) || matches!(c, '"' | '»' | ')' | '”' | '\''));
    t.ends_with(['.', '!', '?', '؟', '…', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_and_fold() {
        assert_eq!(collapse_ws("  a \n\t b\u{a0}c  "), "a b c");
        assert_eq!(fold("اقرأ أيضاً:"), "اقرا ايضا");
        assert_eq!(fold("إقرأ ايضـــا"), "اقرا ايضا");
        assert_eq!(fold("Read  MORE"), "read more");
        assert_eq!(word_count(" a b\u{a0}c "), 3);
        assert!(ends_like_sentence("نص."));
        assert!(!ends_like_sentence("نص"));
    }
}
