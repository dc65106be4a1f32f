//! Property tests of the per-document analysis: for any text, the token analysis with the
//! frequent-word memo equals the full path's, and every token and segment offset slices the
//! original text to its surface.

use std::sync::LazyLock;

use khabar_article::Article;
use khabar_pipeline::{Analysis, AnalyzeOptions, Pipeline};
use proptest::prelude::*;

static MEMOIZED: LazyLock<Pipeline> = LazyLock::new(Pipeline::new);
static FULL: LazyLock<Pipeline> = LazyLock::new(|| Pipeline::with_memo_words(0));

/// Frequent words (memo hits), rare and unknown ones, clitic-laden forms, marks, tatweel,
/// Persian letters, digits, Latin and punctuation: pieces that glue into words and break them.
const PIECES: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "أن",
    "التي",
    "وقال",
    "الرئيس",
    "الحكومة",
    "للسلطة",
    "والحكومة",
    "بلاده",
    "وزارة",
    "الخارجية",
    "لبنان",
    "فلسطين",
    "كتاب",
    "والاستثمارات",
    "ى",
    "ة",
    "أ",
    "آ",
    "ء",
    "ؤ",
    "ئ",
    "و",
    "ف",
    "ب",
    "ل",
    "ال",
    "ها",
    "هم",
    "\u{064E}",
    "\u{0651}",
    "\u{0640}",
    "ک",
    "ی",
    "ﻷ",
    "\u{200C}",
    "\u{200F}",
    "2017",
    "٣٠",
    "abc",
    " ",
    " ",
    " ",
    "\n",
    ".",
    "،",
    "«",
    "»",
    "؟",
    "-",
    "😀",
];

fn arabicish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

fn analyze(p: &Pipeline, text: &str) -> Analysis {
    let article = Article {
        id: "p".into(),
        text: text.to_string(),
        ..Article::default()
    };
    let opts = AnalyzeOptions {
        clean: false,
        entities: false,
        quotes: false,
    };
    p.analyze(&article, &opts)
}

fn check(text: &str) {
    let a = analyze(&MEMOIZED, text);
    assert_eq!(a, analyze(&FULL, text), "{text:?}");
    let chars: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let slice = |s: usize, e: usize| &text[chars[s]..chars[e]];
    for t in &a.tokens {
        assert_eq!(slice(t.start, t.end), t.text.as_str(), "{text:?}");
        let mut at = t.start;
        for s in t.segments.iter() {
            assert_eq!(s.start, at, "segments are contiguous: {text:?}");
            assert_eq!(slice(s.start, s.end), s.text.as_str(), "{text:?}");
            at = s.end;
        }
        assert!(t.segments.is_empty() || at == t.end, "{text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn memo_is_exact_and_offsets_slice(s in arabicish()) { check(&s); }

    #[test]
    fn any_string(s in any::<String>()) { check(&s); }
}
