//! The benchmark workload, shared by `benches/analyze.rs` and `examples/passes.rs`.

use khabar_article::Article;

/// `text` (one paragraph per line, like fixtures/news-300k.txt) as documents of four
/// paragraphs: news-length articles.
pub fn news_docs(text: &str) -> Vec<Article> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .chunks(4)
        .enumerate()
        .map(|(i, d)| Article {
            id: i.to_string(),
            text: d.join("\n"),
            ..Article::default()
        })
        .collect()
}
