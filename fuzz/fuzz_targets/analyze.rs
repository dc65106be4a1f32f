//! Fuzz target: the whole per-document analysis (`khabar analyze`: cleaning, tokens,
//! sentences, clitic segments, search forms, stems, entities, quotes) on arbitrary input,
//! checking that every offset slices the text and that the frequent-word memo gives the full
//! path's token analysis.
//!
//! Run: `cargo +nightly fuzz run analyze` from the repository root.

#![no_main]

use std::sync::LazyLock;

use khabar_article::Article;
use khabar_pipeline::{AnalyzeOptions, Pipeline};
use libfuzzer_sys::fuzz_target;

static FULL: LazyLock<Pipeline> = LazyLock::new(|| Pipeline::with_memo_words(0));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let bounds: Vec<usize> =
        text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let n = bounds.len() - 1;
    let slice = |s: usize, e: usize| {
        assert!(s <= e && e <= n, "span {s}..{e} of {n} characters");
        &text[bounds[s]..bounds[e]]
    };
    let article = Article { id: "fuzz".into(), text: text.clone(), ..Article::default() };
    let a = Pipeline::shared().analyze(&article, &AnalyzeOptions::default());
    assert_eq!(a.text, text);
    for t in &a.tokens {
        assert_eq!(slice(t.start, t.end), t.text.as_str());
        for s in t.segments.iter() {
            assert_eq!(slice(s.start, s.end), s.text.as_str());
        }
    }
    for s in &a.sentences {
        slice(s.start, s.end);
    }
    for e in &a.entities {
        slice(e.start, e.end);
    }
    for q in &a.quotes {
        slice(q.start, q.end);
    }
    let opts = AnalyzeOptions { clean: false, entities: false, quotes: false };
    assert_eq!(
        Pipeline::shared().analyze(&article, &opts).tokens,
        FULL.analyze(&article, &opts).tokens
    );
});
