//! Pairwise scoring of predicted clusters against the dedup gold (format of
//! `dedup-dev/README.md`): labelled pairs only, ambiguous and empty–empty pairs ignored.
//!
//! Rows: `all`; `natural` (both documents real); `synthetic` (at least one variant); one row per
//! variant kind — the edit type of a single-edit variant, or `multi` for a variant with 2–3
//! composed edits — counting pairs that touch a variant of that kind, except variant–variant
//! pairs of one family; `sibling` (variant–variant pairs of one family, recall only).

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::error::Error;

#[derive(Deserialize)]
struct RawLine {
    #[serde(rename = "type")]
    kind: String,
    id: Option<String>,
    origin: Option<String>,
    variant_of: Option<String>,
    signature: Option<String>,
    #[serde(default)]
    empty: bool,
    a: Option<String>,
    b: Option<String>,
    label: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct GoldDoc {
    /// The family's original (its own id for an original).
    family: u32,
    variant: bool,
    /// Variant kind (`multi` or the single edit type).
    kind: Option<String>,
    empty: bool,
}

/// The gold: documents with their provenance and the labelled pairs.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    index: HashMap<String, u32>,
    docs: Vec<GoldDoc>,
    /// Labelled pairs `(min, max)` → `true` for dup, `false` for ambiguous.
    pairs: HashMap<(u32, u32), bool>,
}

impl Gold {
    /// Parses gold JSONL; `name` names the file in errors.
    pub fn parse(name: &str, text: &str) -> Result<Gold, Error> {
        let mut gold = Gold::default();
        let mut families: Vec<(u32, String)> = Vec::new();
        let mut pairs: Vec<(String, String, bool, usize)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |reason: String| Error::BadRecord {
                what: format!("{name}:{}", n + 1),
                reason,
            };
            let raw: RawLine = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
            match raw.kind.as_str() {
                "doc" => {
                    let id = raw.id.ok_or_else(|| bad("doc without id".into()))?;
                    let idx = gold.docs.len() as u32;
                    if gold.index.insert(id.clone(), idx).is_some() {
                        return Err(bad(format!("doc {id:?} listed twice")));
                    }
                    let variant = raw.origin.as_deref() == Some("variant");
                    let kind = raw.signature.map(|s| {
                        if s.contains('+') {
                            "multi".to_string()
                        } else {
                            s
                        }
                    });
                    if let (true, Some(of)) = (variant, raw.variant_of) {
                        families.push((idx, of));
                    }
                    gold.docs.push(GoldDoc {
                        family: idx,
                        variant,
                        kind,
                        empty: raw.empty,
                    });
                }
                "pair" => {
                    let (a, b) = raw
                        .a
                        .zip(raw.b)
                        .ok_or_else(|| bad("pair without a/b".into()))?;
                    let dup = match raw.label.as_deref() {
                        Some("dup") => true,
                        Some("ambiguous") => false,
                        other => return Err(bad(format!("unknown pair label {other:?}"))),
                    };
                    pairs.push((a, b, dup, n + 1));
                }
                _ => {}
            }
        }
        for (idx, of) in families {
            let Some(&orig) = gold.index.get(&of) else {
                return Err(Error::BadRecord {
                    what: name.to_string(),
                    reason: format!("variant_of {of:?} is not a doc"),
                });
            };
            gold.docs[idx as usize].family = orig;
        }
        for (a, b, dup, line) in pairs {
            let look = |id: &str| {
                gold.index.get(id).copied().ok_or_else(|| Error::BadRecord {
                    what: format!("{name}:{line}"),
                    reason: format!("pair names unknown doc {id:?}"),
                })
            };
            let (x, y) = (look(&a)?, look(&b)?);
            gold.pairs.insert((x.min(y), x.max(y)), dup);
        }
        Ok(gold)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether the gold has no documents.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Rows a pair belongs to.
    fn rows(&self, x: u32, y: u32, out: &mut Vec<String>) {
        out.clear();
        let (a, b) = (&self.docs[x as usize], &self.docs[y as usize]);
        out.push("all".into());
        if !a.variant && !b.variant {
            out.push("natural".into());
            return;
        }
        out.push("synthetic".into());
        if a.variant && b.variant && a.family == b.family {
            out.push("sibling".into());
            return;
        }
        for d in [a, b] {
            if let Some(k) = &d.kind {
                if !out.contains(k) {
                    out.push(k.clone());
                }
            }
        }
    }
}

/// True positives, false positives and false negatives of one row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted dup pairs.
    pub tp: u64,
    /// Predicted non-dup pairs.
    pub fp: u64,
    /// Dup pairs not predicted.
    pub fn_: u64,
}

impl Counts {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    /// Recall (1 when there is nothing to find).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }

    /// F1 of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores of every row, plus bookkeeping on the predictions.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Counts per row name.
    pub rows: BTreeMap<String, Counts>,
    /// Prediction lines whose id is not in the gold (ignored).
    pub unknown_ids: usize,
    /// Gold documents without a prediction (treated as singletons).
    pub missing_ids: usize,
}

impl Report {
    /// Row names in display order: all, natural, synthetic, the kinds, sibling.
    pub fn row_order(&self) -> Vec<&str> {
        let mut names: Vec<&str> = vec!["all", "natural", "synthetic"];
        names.extend(
            self.rows
                .keys()
                .map(String::as_str)
                .filter(|k| !matches!(*k, "all" | "natural" | "synthetic" | "sibling" | "multi")),
        );
        names.extend(["multi", "sibling"]);
        names.retain(|n| self.rows.contains_key(*n));
        names
    }
}

/// Scores predictions `(id, cluster)` against `gold`.
pub fn score<'a>(gold: &Gold, predictions: impl IntoIterator<Item = (&'a str, &'a str)>) -> Report {
    let mut report = Report::default();
    let mut by_cluster: HashMap<&str, Vec<u32>> = HashMap::new();
    let mut seen = vec![false; gold.docs.len()];
    for (id, cluster) in predictions {
        match gold.index.get(id) {
            Some(&i) => {
                if !seen[i as usize] {
                    seen[i as usize] = true;
                    by_cluster.entry(cluster).or_default().push(i);
                }
            }
            None => report.unknown_ids += 1,
        }
    }
    report.missing_ids = seen.iter().filter(|s| !**s).count();
    let mut rows = Vec::new();
    for name in ["all", "natural", "synthetic"] {
        report.rows.entry(name.to_string()).or_default();
    }
    // Every gold dup pair starts as a false negative; predicted ones move to TP.
    for (&(x, y), &dup) in &gold.pairs {
        if dup {
            gold.rows(x, y, &mut rows);
            for r in &rows {
                report.rows.entry(r.clone()).or_default().fn_ += 1;
            }
        }
    }
    for members in by_cluster.values() {
        for (n, &x) in members.iter().enumerate() {
            for &y in &members[n + 1..] {
                let key = (x.min(y), x.max(y));
                let label = gold.pairs.get(&key).copied();
                if label == Some(false) {
                    continue;
                }
                if label.is_none() && gold.docs[x as usize].empty && gold.docs[y as usize].empty {
                    continue;
                }
                gold.rows(key.0, key.1, &mut rows);
                for r in &rows {
                    let c = report.rows.entry(r.clone()).or_default();
                    if label == Some(true) {
                        c.tp += 1;
                        c.fn_ -= 1;
                    } else {
                        c.fp += 1;
                    }
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = r#"{"type": "meta"}
{"type": "doc", "id": "o1", "cluster": "g1", "origin": "original", "empty": false}
{"type": "doc", "id": "v1", "cluster": "g1", "origin": "variant", "variant_of": "o1", "signature": "truncate70", "empty": false}
{"type": "doc", "id": "v2", "cluster": "g1", "origin": "variant", "variant_of": "o1", "signature": "word_edits+boilerplate", "empty": false}
{"type": "doc", "id": "o2", "cluster": "g2", "origin": "original", "empty": false}
{"type": "doc", "id": "o3", "cluster": "g2", "origin": "original", "empty": false}
{"type": "doc", "id": "o4", "cluster": "g4", "origin": "original", "empty": false}
{"type": "doc", "id": "e1", "cluster": "g5", "origin": "original", "empty": true}
{"type": "doc", "id": "e2", "cluster": "g6", "origin": "original", "empty": true}
{"type": "pair", "a": "o1", "b": "v1", "label": "dup", "kind": "family"}
{"type": "pair", "a": "o1", "b": "v2", "label": "dup", "kind": "family"}
{"type": "pair", "a": "v1", "b": "v2", "label": "dup", "kind": "family"}
{"type": "pair", "a": "o2", "b": "o3", "label": "dup", "kind": "natural"}
{"type": "pair", "a": "o3", "b": "o4", "label": "ambiguous", "kind": "band"}
"#;

    fn gold_clusters() -> Vec<(&'static str, &'static str)> {
        vec![
            ("o1", "g1"),
            ("v1", "g1"),
            ("v2", "g1"),
            ("o2", "g2"),
            ("o3", "g2"),
            ("o4", "g4"),
            ("e1", "g5"),
            ("e2", "g6"),
        ]
    }

    #[test]
    fn gold_clusters_score_one_everywhere() {
        let gold = Gold::parse("gold", GOLD).unwrap();
        let r = score(&gold, gold_clusters());
        for (name, c) in &r.rows {
            assert_eq!((c.precision(), c.recall()), (1.0, 1.0), "row {name}: {c:?}");
        }
        assert_eq!(r.rows["all"].tp, 4);
        assert_eq!(r.rows["sibling"].tp, 1);
        assert_eq!(r.rows["multi"].tp, 1);
        assert_eq!(r.rows["truncate70"].tp, 1);
        assert_eq!(r.rows["natural"].tp, 1);
    }

    #[test]
    fn errors_are_counted_in_their_rows() {
        let gold = Gold::parse("gold", GOLD).unwrap();
        // v1 split off; o4 merged with o2/o3 (o3–o4 is ambiguous, o2–o4 a false positive);
        // e1+e2 merged (ignored).
        let pred = vec![
            ("o1", "a"),
            ("v2", "a"),
            ("v1", "b"),
            ("o2", "c"),
            ("o3", "c"),
            ("o4", "c"),
            ("e1", "d"),
            ("e2", "d"),
        ];
        let r = score(&gold, pred);
        assert_eq!(
            r.rows["all"],
            Counts {
                tp: 2,
                fp: 1,
                fn_: 2
            }
        );
        assert_eq!(
            r.rows["natural"],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            r.rows["truncate70"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            r.rows["sibling"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            r.rows["multi"],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
    }

    #[test]
    fn missing_and_unknown_ids() {
        let gold = Gold::parse("gold", GOLD).unwrap();
        let r = score(&gold, vec![("o1", "x"), ("zz", "x")]);
        assert_eq!(r.unknown_ids, 1);
        assert_eq!(r.missing_ids, 7);
        assert_eq!(r.rows["all"].fn_, 4);
    }

    #[test]
    fn bad_gold_names_the_line() {
        let err = Gold::parse("g.jsonl", "{\"type\":\"doc\"}\n").unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl:1"), "{err}");
    }
}
