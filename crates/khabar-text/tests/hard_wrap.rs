//! Hard-wrapped text: news paragraphs wrapped at a fixed width split into the same sentences as
//! the unwrapped paragraphs, and news whose paragraphs are lines is not mistaken for wrapped text.

use khabar_text::split_sentences;

const NEWS: &str = include_str!("../../../fixtures/news-300k.txt");

/// The sentences of `text`, their inner whitespace collapsed to single spaces.
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    split_sentences(text)
        .into_iter()
        .map(|s| {
            let t: String = chars[s.start..s.end].iter().collect();
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Greedy word wrap of one paragraph at `width` characters (a longer word gets its own line).
fn wrap(paragraph: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in paragraph.split_whitespace() {
        let n = word.chars().count();
        if line > 0 && line + 1 + n > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += n;
    }
    out
}

fn paragraphs() -> impl Iterator<Item = &'static str> {
    NEWS.lines().map(str::trim).filter(|l| !l.is_empty())
}

#[test]
fn wrapped_paragraphs_split_like_unwrapped_ones() {
    // Articles of ten paragraphs, wrapped at widths from 40 to 120, blank line between paragraphs.
    let paras: Vec<&str> = paragraphs().collect();
    let mut checked = 0;
    let mut differ = Vec::new();
    for (k, chunk) in paras.chunks(10).enumerate() {
        let width = 40 + (k * 7) % 81;
        let plain = chunk.join("\n");
        let wrapped: Vec<String> = chunk.iter().map(|p| wrap(p, width)).collect();
        let wrapped = wrapped.join("\n\n");
        if wrapped.lines().count() < chunk.len() + 3 + (chunk.len() - 1) {
            continue; // fewer than three wrapped lines: too few to tell wrapping from headings
        }
        if sentences(&wrapped) != sentences(&plain) {
            differ.push(format!("paragraphs {}.. wrapped at {width}", k * 10));
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} articles checked");
    // One article may differ: its inline list items (`*الصنف الثاني: - …`) happen to open two
    // wrapped lines in a row, which reads as a list.
    assert!(
        differ.len() <= 1,
        "{} of {checked}: {differ:?}",
        differ.len()
    );
}

#[test]
fn unwrapped_news_keeps_its_line_breaks() {
    // Each line of the fixture is a paragraph: every line ends a sentence, as before.
    let paras: Vec<&str> = paragraphs().collect();
    for chunk in paras.chunks(10) {
        let plain = chunk.join("\n");
        let joined: Vec<String> = chunk.iter().flat_map(|p| sentences(p)).collect();
        assert_eq!(sentences(&plain), joined);
    }
}
