//! The CoNLL-U reader, span alignment and scoring of `khabar_morph::eval` on hand-written fixtures.

use khabar_morph::eval::{align, evaluate, read_conllu};
use khabar_morph::Segmenter;

#[test]
fn old_style_tokens_are_rebuilt() {
    let gold = read_conllu(include_str!("fixtures/old-style.conllu"));
    assert!(gold.rebuilt);
    assert_eq!(gold.sentences, 2);
    let surf: Vec<&str> = gold.tokens.iter().map(|t| t.surface.as_str()).collect();
    assert_eq!(
        surf,
        [
            "وقال",
            "للسلطة",
            "إن",
            "حكومته",
            "عليها",
            ".",
            "هم",
            "في",
            "لبنان",
            "(",
            "ب",
            ")"
        ]
    );
    let t = &gold.tokens[1];
    assert_eq!(t.words, ["ل", "السلطة"]);
    assert_eq!(t.spans, [(0, 1), (1, 6)]);
    assert_eq!(gold.tokens[3].spans, [(0, 5), (5, 6)]);
    assert_eq!(gold.tokens[4].spans, [(0, 3), (3, 5)]);
}

#[test]
fn modern_ranges_and_bad_sentences() {
    let gold = read_conllu(include_str!("fixtures/modern.conllu"));
    assert!(!gold.rebuilt);
    assert_eq!(gold.sentences, 2);
    assert_eq!(gold.skipped.len(), 1, "{:?}", gold.skipped);
    assert!(gold.skipped[0].contains("line 13"), "{:?}", gold.skipped);
    assert_eq!(gold.tokens[0].spans, [(0, 1), (1, 2), (2, 7)]);
    assert_eq!(gold.tokens[1].spans, [(0, 4), (4, 5)]);
    assert_eq!(gold.tokens[2].spans, [(0, 3), (3, 5)]);
}

#[test]
fn alignment_handles_spelling_changes() {
    let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(align("للجنة", &p(&["ل", "اللجنة"])), [(0, 1), (1, 5)]);
    assert_eq!(align("ألقاه", &p(&["ألقى", "ه"])), [(0, 4), (4, 5)]);
    assert_eq!(align("وبه", &p(&["و", "ب", "ه"])), [(0, 1), (1, 2), (2, 3)]);
}

#[test]
fn scores_count_span_matches() {
    let gold = read_conllu(include_str!("fixtures/modern.conllu"));
    let r = evaluate(Segmenter::embedded(), &gold.tokens);
    assert_eq!(r.tokens, 3);
    assert_eq!(r.gold_words, 7);
    // The segmenter gets these three right; the article is merged back before scoring.
    assert_eq!((r.correct, r.pred_words), (7, 7));
    assert!((r.f1() - 1.0).abs() < 1e-9);
    assert_eq!(r.split_tokens, 3);
    assert!(r.errors.is_empty());
}
