//! Scoring quotations against hand-annotated gold (`khabar eval quotes`).
//!
//! A predicted quote *matches* a gold quote when their character spans overlap with a Jaccard
//! ratio (intersection over union) of at least [`MIN_SPAN_JACCARD`]; matching is one-to-one,
//! best overlaps first. Span precision/recall/F1 count matches; quote+speaker counts matches whose
//! speaker is right: the gold speaker (search-normalized) is contained in the predicted speaker
//! phrase or entity, or the gold name's last word is one of their words.

use khabar_article::Quote;
use serde::{Deserialize, Serialize};

/// Minimum span Jaccard for a match.
pub const MIN_SPAN_JACCARD: f64 = 0.5;

/// A gold quotation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldQuote {
    /// Who said it (the name, or the description for unnamed sources).
    pub speaker: String,
    /// Content start (character offset).
    pub start: usize,
    /// Content end (character offset, exclusive).
    pub end: usize,
    /// `direct`, `indirect` or `according_to` (optional).
    #[serde(default)]
    pub kind: Option<String>,
    /// The content (optional, informative).
    #[serde(default)]
    pub text: Option<String>,
}

/// Counts for one document or a whole set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct QuoteCounts {
    /// Gold quotes.
    pub gold: usize,
    /// Predicted quotes.
    pub pred: usize,
    /// Span matches.
    pub matched: usize,
    /// Span matches with the right speaker.
    pub speaker_ok: usize,
    /// Exact span matches.
    pub exact: usize,
}

impl QuoteCounts {
    /// Adds another count.
    pub fn add(&mut self, o: &QuoteCounts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.speaker_ok += o.speaker_ok;
        self.exact += o.exact;
    }

    /// Precision, recall, F1 of `tp`.
    pub fn prf(&self, tp: usize) -> (f64, f64, f64) {
        let p = if self.pred == 0 {
            0.0
        } else {
            tp as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            tp as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    /// Speaker accuracy over span matches.
    pub fn speaker_accuracy(&self) -> f64 {
        if self.matched == 0 {
            0.0
        } else {
            self.speaker_ok as f64 / self.matched as f64
        }
    }
}

/// One gold/predicted pairing, for error listings.
#[derive(Debug, Clone)]
pub struct Alignment {
    /// Index into gold, if matched or missed.
    pub gold: Option<usize>,
    /// Index into predictions, if matched or spurious.
    pub pred: Option<usize>,
    /// Whether the speaker is right (for matches).
    pub speaker_ok: bool,
}

fn jaccard(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

fn fold(s: &str) -> String {
    let n = khabar_text::normalize(s, khabar_text::Profile::Search)
        .text
        .replace('ة', "ه");
    n.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a predicted speaker (phrase, entity) names the gold speaker.
pub fn speaker_matches(gold: &str, speaker: Option<&str>, entity: Option<&str>) -> bool {
    let g = fold(gold);
    if g.is_empty() {
        return speaker.is_none() && entity.is_none();
    }
    let last = g.split(' ').next_back().unwrap_or("");
    [speaker, entity].into_iter().flatten().any(|p| {
        let p = fold(p);
        p.contains(&g) || p.split(' ').any(|w| w == last)
    })
}

/// Scores one document.
pub fn score(gold: &[GoldQuote], pred: &[Quote]) -> (QuoteCounts, Vec<Alignment>) {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let j = jaccard((g.start, g.end), (p.start, p.end));
            if j >= MIN_SPAN_JACCARD {
                pairs.push((j, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut g_used = vec![false; gold.len()];
    let mut p_used = vec![false; pred.len()];
    let mut counts = QuoteCounts {
        gold: gold.len(),
        pred: pred.len(),
        ..Default::default()
    };
    let mut align = Vec::new();
    for (_, gi, pi) in pairs {
        if g_used[gi] || p_used[pi] {
            continue;
        }
        g_used[gi] = true;
        p_used[pi] = true;
        counts.matched += 1;
        let (g, p) = (&gold[gi], &pred[pi]);
        if g.start == p.start && g.end == p.end {
            counts.exact += 1;
        }
        let ok = speaker_matches(
            &g.speaker,
            p.speaker.as_deref(),
            p.speaker_entity.as_deref(),
        );
        if ok {
            counts.speaker_ok += 1;
        }
        align.push(Alignment {
            gold: Some(gi),
            pred: Some(pi),
            speaker_ok: ok,
        });
    }
    for (gi, used) in g_used.iter().enumerate() {
        if !used {
            align.push(Alignment {
                gold: Some(gi),
                pred: None,
                speaker_ok: false,
            });
        }
    }
    for (pi, used) in p_used.iter().enumerate() {
        if !used {
            align.push(Alignment {
                gold: None,
                pred: Some(pi),
                speaker_ok: false,
            });
        }
    }
    (counts, align)
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_article::QuoteKind;

    fn q(s: usize, e: usize, sp: &str) -> Quote {
        Quote {
            speaker: Some(sp.into()),
            speaker_entity: None,
            cue: None,
            kind: QuoteKind::Indirect,
            text: String::new(),
            start: s,
            end: e,
        }
    }

    #[test]
    fn matching_and_speakers() {
        let gold = vec![
            GoldQuote {
                speaker: "سيرغي لافروف".into(),
                start: 0,
                end: 100,
                kind: None,
                text: None,
            },
            GoldQuote {
                speaker: "مصدر أمني".into(),
                start: 200,
                end: 260,
                kind: None,
                text: None,
            },
        ];
        let pred = vec![
            q(5, 100, "وزير الخارجية لافروف"),
            q(300, 320, "x"),
            q(200, 230, "مصدر عسكري"),
        ];
        let (c, _) = score(&gold, &pred);
        assert_eq!(
            (c.gold, c.pred, c.matched, c.speaker_ok, c.exact),
            (2, 3, 2, 1, 0)
        );
        let (p, r, _) = c.prf(c.matched);
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
    }

    #[test]
    fn gold_scores_itself_perfectly() {
        let gold = vec![GoldQuote {
            speaker: "الوزارة".into(),
            start: 3,
            end: 9,
            kind: None,
            text: None,
        }];
        let (c, _) = score(&gold, &[q(3, 9, "الوزارة")]);
        assert_eq!(c.prf(c.speaker_ok).2, 1.0);
    }
}
