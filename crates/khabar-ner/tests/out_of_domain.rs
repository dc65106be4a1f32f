//! Out-of-domain text: the embedded model on `fixtures/ner-wiki-style.txt`, 110 sentences of
//! encyclopedia-style Arabic (Wikipedia-like article leads and bodies, 398 hand-tagged names;
//! see `fixtures/ner-wiki-style.README.md`). The model is trained on news only; this checks
//! that it does not collapse on another register of text.

use khabar_ner::{evaluate_document, parse_conll, Tagger, DEFAULT_WINDOW};

const WIKI: &str = include_str!("../../../fixtures/ner-wiki-style.txt");

#[test]
fn encyclopedia_style_text_keeps_news_level_accuracy() {
    let gold = parse_conll(WIKI, true).expect("the fixture parses");
    assert_eq!(gold.len(), 110);
    let scores = evaluate_document(&Tagger::embedded(), &gold, DEFAULT_WINDOW);
    assert_eq!(scores.overall.gold, 398);
    // The shipped model scores 0.836 (docs/BENCHMARKS.md; models retrained with other seeds
    // have scored up to two points lower); 0.77 leaves room for that noise, while a collapse
    // (or a broken embedded model) fails.
    let f1 = scores.overall.f1();
    assert!(f1 >= 0.77, "entity F1 {f1:.4}\n{}", scores.report());
    // Every label is found, and found mostly right.
    for (label, counts) in &scores.per_label {
        assert!(
            counts.gold > 0 && counts.precision() >= 0.6 && counts.recall() >= 0.4,
            "{label:?}: {counts:?}\n{}",
            scores.report()
        );
    }
}
