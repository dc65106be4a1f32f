//! CoNLL reading and entity-level scoring (exact span and type, like conlleval).

use khabar_article::EntityLabel;

use crate::tags::{spans, Tag, LABELS};
use crate::NerError;

/// One sentence of CoNLL input: tokens, and gold tags when the input has them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// Tokens (first column).
    pub tokens: Vec<String>,
    /// Tags (last column), present when read with [`parse_conll`]`(…, true)`.
    pub tags: Vec<Tag>,
}

/// Parses CoNLL text: one token per line, blank lines between sentences. The token is the
/// first whitespace-separated column. With `labelled`, the last column must be an IOB2 tag
/// (`O`, `B-PERS`, …); a line without one is an error naming the line.
///
/// Lines starting with `-DOCSTART-` are treated as sentence breaks.
pub fn parse_conll(text: &str, labelled: bool) -> Result<Vec<Sentence>, NerError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let mut cols = line.split_whitespace();
        let Some(first) = cols.next() else {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        };
        if first.starts_with("-DOCSTART-") {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if labelled {
            let last = cols.last().ok_or_else(|| NerError::Conll {
                line: i + 1,
                reason: "expected `token TAG`, found a single column".into(),
            })?;
            let tag = Tag::parse(last).ok_or_else(|| NerError::Conll {
                line: i + 1,
                reason: format!(
                    "unknown tag `{last}` (expected O, or B-/I- with PERS LOC ORG MISC)"
                ),
            })?;
            cur.tags.push(tag);
        }
        cur.tokens.push(first.to_string());
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Precision / recall / F1 counts for one label or overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Entities in the gold data.
    pub gold: usize,
    /// Entities predicted.
    pub predicted: usize,
    /// Predicted entities with exactly the gold span and label.
    pub correct: usize,
}

impl Counts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    /// Recall (0 when there is no gold entity).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// F1, the harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity-level scores: overall and per label.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scores {
    /// All labels together.
    pub overall: Counts,
    /// Per label, in [`LABELS`] order.
    pub per_label: [(Option<EntityLabel>, Counts); 4],
    /// Tokens scored.
    pub tokens: usize,
    /// Tokens whose tag was predicted exactly.
    pub tokens_correct: usize,
}

impl Scores {
    /// Adds one sentence's gold and predicted tags (same length).
    pub fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        for (k, l) in LABELS.iter().enumerate() {
            self.per_label[k].0 = Some(*l);
        }
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(predicted).filter(|(g, p)| g == p).count();
        let g = spans(gold);
        let p = spans(predicted);
        let idx = |l: EntityLabel| LABELS.iter().position(|x| *x == l).unwrap_or(0);
        for s in &g {
            self.overall.gold += 1;
            self.per_label[idx(s.label)].1.gold += 1;
        }
        for s in &p {
            self.overall.predicted += 1;
            self.per_label[idx(s.label)].1.predicted += 1;
            if g.contains(s) {
                self.overall.correct += 1;
                self.per_label[idx(s.label)].1.correct += 1;
            }
        }
    }

    /// A conlleval-like report.
    pub fn report(&self) -> String {
        let mut s = format!(
            "processed {} tokens with {} gold entities; found: {}; correct: {}.\n",
            self.tokens, self.overall.gold, self.overall.predicted, self.overall.correct
        );
        s += &format!(
            "accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}\n",
            100.0 * ratio(self.tokens_correct, self.tokens),
            100.0 * self.overall.precision(),
            100.0 * self.overall.recall(),
            100.0 * self.overall.f1()
        );
        for (l, c) in &self.per_label {
            let name = l.map(|l| l.as_str()).unwrap_or("?");
            s += &format!(
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {} (gold {})\n",
                name,
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.predicted,
                c.gold
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_scores() {
        let text = "لافروف B-PERS\nفي O\nموسكو B-LOC\n\nالأمم B-ORG\nالمتحدة I-ORG\n";
        let s = parse_conll(text, true).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].tokens, ["الأمم", "المتحدة"]);
        let mut sc = Scores::default();
        sc.add(&s[0].tags, &s[0].tags);
        let wrong = [Tag::parse("B-ORG").unwrap(), Tag::O];
        sc.add(&s[1].tags, &wrong);
        assert_eq!(
            sc.overall,
            Counts {
                gold: 3,
                predicted: 3,
                correct: 2
            }
        );
        assert!((sc.overall.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert!(sc.report().contains("FB1"));
    }

    #[test]
    fn bad_tag_names_line() {
        let err = parse_conll("a O\nb B-XYZ\n", true).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = parse_conll("a O\nb\n", true).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
