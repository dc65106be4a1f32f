//! CoNLL-U rendering of an [`Analysis`]: one block per sentence, a multiword-token range line for
//! each clitic-split token, `SpaceAfter=No` where the next token follows without a space.

use std::fmt::Write;

use crate::{Analysis, AnalyzedToken, SegmentKind};

/// The syntactic words of a token in Universal Dependencies style: the article stays attached to
/// its stem (`ال` + `دمشق` → `الدمشق`; the `لل` spelling gives `ل` + `السلطة`).
pub fn syntactic_words(token: &AnalyzedToken) -> Vec<String> {
    if token.segments.len() <= 1 {
        return vec![token.text.to_string()];
    }
    let mut words = Vec::new();
    let mut pending_article: Option<&str> = None;
    for seg in &token.segments {
        match seg.kind {
            SegmentKind::Article => pending_article = Some(seg.text.as_str()),
            _ => {
                let mut w = String::new();
                if let Some(art) = pending_article.take() {
                    // After the preposition ل the article is written with one lam (للسلطة).
                    w.push_str(if art == "ل" { "ال" } else { art });
                }
                w.push_str(&seg.text);
                words.push(w);
            }
        }
    }
    if let Some(art) = pending_article {
        words.push(art.to_string());
    }
    words
}

/// Renders the analysis as CoNLL-U.
pub fn to_conllu(analysis: &Analysis) -> String {
    let mut out = String::new();
    let chars: Vec<char> = analysis.text.chars().collect();
    let mut ti = 0usize;
    for (si, sent) in analysis.sentences.iter().enumerate() {
        // Tokens of this sentence.
        while ti < analysis.tokens.len() && analysis.tokens[ti].end <= sent.start {
            ti += 1;
        }
        let first = ti;
        while ti < analysis.tokens.len() && analysis.tokens[ti].start < sent.end {
            ti += 1;
        }
        let toks = &analysis.tokens[first..ti];
        if toks.is_empty() {
            continue;
        }
        let sent_text: String = chars[sent.start.min(chars.len())..sent.end.min(chars.len())]
            .iter()
            .map(|&c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let _ = writeln!(out, "# sent_id = {}-{}", analysis.id, si + 1);
        let _ = writeln!(out, "# text = {sent_text}");
        let mut id = 1usize;
        for (k, tok) in toks.iter().enumerate() {
            let space_after = match toks.get(k + 1) {
                Some(next) => next.start > tok.end,
                None => true,
            };
            let misc = if space_after { "_" } else { "SpaceAfter=No" };
            let words = syntactic_words(tok);
            let form = clean_field(&tok.text);
            if words.len() > 1 {
                let last = id + words.len() - 1;
                let _ = writeln!(out, "{id}-{last}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}");
                for w in &words {
                    let _ = writeln!(out, "{id}\t{}\t_\t_\t_\t_\t_\t_\t_\t_", clean_field(w));
                    id += 1;
                }
            } else {
                let _ = writeln!(out, "{id}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}");
                id += 1;
            }
        }
        out.push('\n');
    }
    out
}

/// CoNLL-U fields may not contain tabs or newlines.
fn clean_field(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}
