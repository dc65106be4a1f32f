//! Boilerplate-line removal, language identification and quality signals. No I/O.
//!
//! # Brief overview
//! - [`clean`] lists the lines of a flattened article that are site furniture, as
//!   [`Removed`] ranges (character offsets into the text; the text itself is never rewritten):
//!   lines of the curated list [`Boilerplate`] (`boilerplate:<category>`, from
//!   `data/boilerplate-ar.tsv`) and, when the caller supplies per-source [`LineStats`], lines
//!   that repeat across many documents of the same source (`repeated-line`).
//! - [`identify`] tells the language (Arabic vs Persian, Urdu, English, French, …) with a
//!   confidence; [`signals`] fills [`khabar_article::Signals`] (words, Arabic-letter ratio, mean
//!   word length, lines ending in punctuation, duplicated lines, language).
//! - [`clean_article`] does both on an [`Article`]; [`cleaned_text`] renders the text without
//!   the removed lines.
//!
//! Lines are matched on a folded key ([`line_key`]: `search` normalization, punctuation to
//! spaces), so `اترك تعليقاً`, `اترك تعليقا` and `اترك تعليقاً:` are the same line.
//!
//! ```
//! use khabar_clean::{clean, cleaned_text, CleanContext};
//! let text = "قال الوزير إن الاجتماع كان مثمراً.\n\nاترك تعليقاً\n\nزر الذهاب إلى الأعلى";
//! let removed = clean(text, &CleanContext::default());
//! let reasons: Vec<&str> = removed.iter().map(|r| r.reason.as_str()).collect();
//! assert_eq!(reasons, ["boilerplate:comment-prompt", "boilerplate:back-to-top"]);
//! assert_eq!(cleaned_text(text, &removed), "قال الوزير إن الاجتماع كان مثمراً.");
//! ```

#![warn(missing_docs)]

mod boilerplate;
mod fold;
mod lang;
mod repeated;
mod signals;

use khabar_article::{Article, Removed};

pub use boilerplate::{Boilerplate, BoilerplateError, BUILTIN_LIST};
pub use fold::line_key;
pub use lang::{identify, UNDETERMINED};
pub use repeated::{LineStats, LineStatsConfig};
pub use signals::signals;

/// Reason prefix of curated-list removals (`boilerplate:share`, …).
pub const BOILERPLATE_PREFIX: &str = "boilerplate:";
/// Reason of corpus-level repeated-line removals.
pub const REPEATED_LINE: &str = "repeated-line";

/// What [`clean`] uses.
#[derive(Debug, Clone, Copy)]
pub struct CleanContext<'a> {
    /// The curated list; `None` disables it. Default: [`Boilerplate::builtin`].
    pub boilerplate: Option<&'a Boilerplate>,
    /// Line statistics of this document's source; `None` (default) disables `repeated-line`.
    pub line_stats: Option<&'a LineStats>,
}

impl Default for CleanContext<'_> {
    fn default() -> Self {
        CleanContext {
            boilerplate: Some(Boilerplate::builtin()),
            line_stats: None,
        }
    }
}

/// The boilerplate lines of `text`, in order, as character ranges (the line without its line
/// break; a trailing `\r` is excluded) with reasons `boilerplate:<category>` or
/// `repeated-line`. Blank lines are never listed.
pub fn clean(text: &str, ctx: &CleanContext) -> Vec<Removed> {
    let mut out = Vec::new();
    // Lines far longer than anything that can match are skipped before folding (article
    // paragraphs are most of the text). Folding drops punctuation-only "words", so a line with
    // more than twice the limit in raw words could only match if most of it were punctuation.
    let limit = ctx
        .boilerplate
        .map_or(0, Boilerplate::max_line_words)
        .max(ctx.line_stats.map_or(0, |s| s.config().max_words));
    for l in fold::lines(text) {
        if l.text.trim().is_empty() || l.text.split_whitespace().nth(2 * limit).is_some() {
            continue;
        }
        let key = line_key(l.text);
        let reason = if let Some(cat) = ctx.boilerplate.and_then(|b| b.match_key(&key)) {
            format!("{BOILERPLATE_PREFIX}{cat}")
        } else if ctx.line_stats.is_some_and(|s| s.is_repeated_key(&key)) {
            REPEATED_LINE.to_string()
        } else {
            continue;
        };
        out.push(Removed {
            start: l.start,
            end: l.end,
            reason,
        });
    }
    out
}

/// Fills `article.removed` (replacing it), `article.signals` and `article.lang`.
pub fn clean_article(article: &mut Article, ctx: &CleanContext) {
    article.removed = clean(&article.text, ctx);
    let s = signals(&article.text, &article.removed);
    article.lang = Some(s.lang.clone());
    article.signals = Some(s);
}

/// `text` without the lines covered by `removed`. Blank lines around a removed line are
/// squeezed so no gap of more than one blank line (and no leading or trailing blank lines)
/// is left where lines were dropped; everything else is kept byte for byte, including a final
/// line break.
pub fn cleaned_text(text: &str, removed: &[Removed]) -> String {
    let all = fold::lines(text);
    let is_removed = |l: &fold::LineRef| {
        removed
            .iter()
            .any(|r| r.start <= l.start && r.end >= l.end && r.end > r.start)
    };
    let blank = |l: &fold::LineRef| l.text.trim().is_empty();
    let mut out: Vec<&str> = Vec::with_capacity(all.len());
    let mut i = 0;
    while i < all.len() {
        let l = &all[i];
        if !blank(l) && !is_removed(l) {
            out.push(l.text);
            i += 1;
            continue;
        }
        // A run of blank and/or removed lines.
        let mut j = i;
        let (mut any_removed, mut blanks) = (false, 0usize);
        while j < all.len() && (blank(&all[j]) || is_removed(&all[j])) {
            if is_removed(&all[j]) {
                any_removed = true;
            } else {
                blanks += 1;
            }
            j += 1;
        }
        if !any_removed {
            out.extend(all[i..j].iter().map(|l| l.text));
        } else if blanks > 0 && i > 0 && j < all.len() {
            out.push("");
        }
        i = j;
    }
    let mut s = out.join("\n");
    let ends_nl = text.ends_with('\n');
    if ends_nl && !s.is_empty() && !s.ends_with('\n') {
        // The original's final line break is kept (the last split piece is an empty line).
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_article::slice_chars;

    const SEED: &str = include_str!("../../../fixtures/seed.txt");

    #[test]
    fn seed_last_two_lines() {
        let removed = clean(SEED, &CleanContext::default());
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert_eq!(
            slice_chars(SEED, removed[0].start, removed[0].end),
            "اترك تعليقاً"
        );
        assert_eq!(
            slice_chars(SEED, removed[1].start, removed[1].end),
            "زر الذهاب إلى الأعلى"
        );
        let kept = cleaned_text(SEED, &removed);
        assert!(
            kept.trim_end().ends_with("دعمهم للمعارضة المسلّحة»."),
            "{}",
            &kept[kept.len() - 80..]
        );
        assert!(!kept.contains("اترك"));
    }

    #[test]
    fn repeated_lines_need_stats() {
        let mut stats = LineStats::default();
        for i in 0..20 {
            stats.add_document(&format!("خبر {i}\nإذاعة الجوهرة - سوسة"));
        }
        let text = "نص الخبر.\nإذاعة الجوهرة - سوسة";
        assert!(clean(text, &CleanContext::default()).is_empty());
        let ctx = CleanContext {
            line_stats: Some(&stats),
            ..CleanContext::default()
        };
        let r = clean(text, &ctx);
        assert_eq!(
            r,
            vec![Removed {
                start: 10,
                end: 30,
                reason: REPEATED_LINE.into()
            }]
        );
        let none = CleanContext {
            boilerplate: None,
            line_stats: None,
        };
        assert!(clean("اترك تعليقاً", &none).is_empty());
    }

    #[test]
    fn cleaned_text_squeezes_gaps() {
        let t = "أ\nشارك\nب\n\nطباعة\n\nج\n\n\nد\n";
        let r = clean(t, &CleanContext::default());
        assert_eq!(r.len(), 2);
        assert_eq!(cleaned_text(t, &r), "أ\nب\n\nج\n\n\nد\n");
        assert_eq!(
            cleaned_text("شارك\n\nأ", &clean("شارك\n\nأ", &CleanContext::default())),
            "أ"
        );
        assert_eq!(cleaned_text("", &[]), "");
    }

    #[test]
    fn article_gets_signals() {
        let mut a = Article {
            text: SEED.to_string(),
            ..Article::default()
        };
        clean_article(&mut a, &CleanContext::default());
        assert_eq!(a.removed.len(), 2);
        let s = a.signals.unwrap();
        assert_eq!(a.lang.as_deref(), Some("ar"));
        assert!(s.lang_confidence > 0.9, "{}", s.lang_confidence);
        assert!(s.words > 400 && s.arabic_ratio > 0.99, "{s:?}");
        assert!(s.punct_line_ratio > 0.9, "{}", s.punct_line_ratio);
    }
}
