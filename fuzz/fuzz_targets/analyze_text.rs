//! Fuzz target: tokenize, normalize (every profile) and split sentences on arbitrary input,
//! checking the offset invariants the rest of Khabar relies on.
//!
//! Run: `cargo +nightly fuzz run analyze_text` from the repository root.

#![no_main]

use khabar_text::{normalize, search_key, split_sentences, tokenize, Profile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let bounds: Vec<usize> =
        text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let n = bounds.len() - 1;

    let mut last = 0;
    for t in tokenize(text) {
        assert!(t.start < t.end && t.end <= n && t.start >= last);
        assert_eq!(&text[t.byte_start..t.byte_end], t.text);
        assert_eq!(&text[bounds[t.start]..bounds[t.end]], t.text);
        last = t.end;
        let _ = search_key(t.text);
    }

    for p in [Profile::Display, Profile::Ner, Profile::Search] {
        let norm = normalize(text, p);
        assert_eq!(norm.map.len(), norm.text.chars().count());
        assert!(norm.map.windows(2).all(|w| w[0] <= w[1]));
        assert!(norm.map.iter().all(|&o| o < n));
        assert_eq!(normalize(&norm.text, p).text, norm.text);
    }

    let mut last = 0;
    for s in split_sentences(text) {
        assert!(s.start < s.end && s.end <= n && s.start >= last);
        last = s.end;
    }
});
