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
    /// Whether a `-DOCSTART-` line comes before this sentence (and after the previous one):
    /// the sentence begins a new document (CoNLL-2003 style).
    pub doc_start: bool,
}

/// The first column of a CoNLL-2003 document break line (`-DOCSTART- -X- O`).
pub const DOCSTART: &str = "-DOCSTART-";

/// The documents of consecutive sentences: ranges of sentence indices, a new one at each
/// sentence that follows a `-DOCSTART-` line ([`Sentence::doc_start`]). The
/// document-consistency pass ([`crate::Tagger::tag_document`]) runs within each, so a name
/// never spreads from one document into another.
pub fn documents(sentences: &[Sentence]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, s) in sentences.iter().enumerate() {
        if s.doc_start && i > start {
            out.push(start..i);
            start = i;
        }
    }
    if start < sentences.len() {
        out.push(start..sentences.len());
    }
    out
}

/// Parses CoNLL text: one token per line, blank lines between sentences. The token is the
/// first whitespace-separated column. With `labelled`, the last column must be an IOB2 tag
/// (`O`, `B-PERS`, …); a line without one is an error naming the line.
///
/// Lines starting with `-DOCSTART-` are document breaks: the next sentence has
/// [`Sentence::doc_start`] set. [`ConllParser`] reads the same format a line at a time.
pub fn parse_conll(text: &str, labelled: bool) -> Result<Vec<Sentence>, NerError> {
    let mut parser = ConllParser::new(labelled);
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        out.extend(parser.line(i + 1, line)?);
    }
    out.extend(parser.finish());
    Ok(out)
}

/// CoNLL parsing a line at a time, for input read as a stream (`khabar ner`); [`parse_conll`]
/// is this over a whole text. Each line ends at most one sentence, which [`ConllParser::line`]
/// returns.
#[derive(Debug, Clone, Default)]
pub struct ConllParser {
    labelled: bool,
    cur: Sentence,
    // A `-DOCSTART-` line was seen since the last sentence ended.
    doc_start: bool,
}

impl ConllParser {
    /// A parser; with `labelled`, each token line must end in an IOB2 tag ([`parse_conll`]).
    pub fn new(labelled: bool) -> ConllParser {
        ConllParser {
            labelled,
            ..ConllParser::default()
        }
    }

    /// Reads line `number` (1-based, for errors; a trailing `\r` is ignored) and returns the
    /// sentence it ends: a blank line or a `-DOCSTART-` line after tokens ends one.
    pub fn line(&mut self, number: usize, line: &str) -> Result<Option<Sentence>, NerError> {
        let line = line.trim_end_matches('\r');
        let mut cols = line.split_whitespace();
        let Some(first) = cols.next() else {
            return Ok(self.take());
        };
        if first.starts_with(DOCSTART) {
            let ended = self.take();
            self.doc_start = true;
            return Ok(ended);
        }
        if self.cur.tokens.is_empty() {
            self.cur.doc_start = std::mem::take(&mut self.doc_start);
        }
        if self.labelled {
            let last = cols.last().ok_or_else(|| NerError::Conll {
                line: number,
                reason: "expected `token TAG`, found a single column".into(),
            })?;
            let tag = Tag::parse(last).ok_or_else(|| NerError::Conll {
                line: number,
                reason: format!(
                    "unknown tag `{last}` (expected O, or B-/I- with PERS LOC ORG MISC)"
                ),
            })?;
            self.cur.tags.push(tag);
        }
        self.cur.tokens.push(first.to_string());
        Ok(None)
    }

    /// Ends the input: the last sentence, when the input does not end in a blank line.
    pub fn finish(mut self) -> Option<Sentence> {
        self.take()
    }

    fn take(&mut self) -> Option<Sentence> {
        (!self.cur.tokens.is_empty()).then(|| std::mem::take(&mut self.cur))
    }
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
    fn docstart_lines_separate_documents() {
        let text = "-DOCSTART- -X- O\n\na O\n\nb O\n-DOCSTART- -X- O\nc O\n\n-DOCSTART- O\n";
        let s = parse_conll(text, true).unwrap();
        let starts: Vec<bool> = s.iter().map(|x| x.doc_start).collect();
        assert_eq!(starts, [true, false, true]);
        assert_eq!(documents(&s), [0..2, 2..3]);
        // Without markers the whole input is one document.
        let s = parse_conll("a\n\nb\n", false).unwrap();
        assert!(s.iter().all(|x| !x.doc_start));
        let docs = documents(&s);
        assert_eq!((docs.len(), docs[0].clone()), (1, 0..2));
        assert!(documents(&[]).is_empty());
    }

    #[test]
    fn bad_tag_names_line() {
        let err = parse_conll("a O\nb B-XYZ\n", true).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = parse_conll("a O\nb\n", true).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
