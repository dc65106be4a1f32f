//! Helpers shared by the integration tests that run the embedded tagger on written text.

use khabar_article::{slice_chars, EntityLabel};
use khabar_ner::Tagger;

/// The embedded tagger's entities of `text` as `(text, label)`, each checked to be the slice
/// of `text` at its offsets.
pub fn recognized(text: &str) -> Vec<(String, EntityLabel)> {
    Tagger::embedded()
        .recognize_text(text)
        .into_iter()
        .map(|e| {
            assert_eq!(
                slice_chars(text, e.start, e.end),
                e.text,
                "offsets slice the text"
            );
            (e.text, e.label)
        })
        .collect()
}

/// Asserts that each of `expected` is among `found`, with its label.
pub fn assert_found(found: &[(String, EntityLabel)], expected: &[(&str, EntityLabel)]) {
    for &(text, label) in expected {
        assert!(
            found.iter().any(|(t, l)| t == text && *l == label),
            "{text} ({label:?}) not in {found:?}"
        );
    }
}
