//! End-to-end clustering of hand-built variants (tests/fixtures/README.md).

use std::collections::HashMap;

use khabar_dedup::{dedup_corpus, Config, Deduper, Document};

struct Case {
    id: String,
    group: String,
    text: String,
}

fn cases() -> Vec<Case> {
    include_str!("fixtures/cases.jsonl")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("fixture line");
            Case {
                id: v["id"].as_str().unwrap().to_string(),
                group: v["group"].as_str().unwrap().to_string(),
                text: v["text"].as_str().unwrap().to_string(),
            }
        })
        .collect()
}

/// Checks that `cluster_of` partitions the cases exactly like their groups, with a helpful
/// message naming the offending pair.
fn assert_partition(cases: &[Case], cluster_of: &HashMap<String, String>) {
    for a in cases {
        for b in cases {
            if a.id >= b.id {
                continue;
            }
            let same_group = a.group == b.group && !a.group.starts_with('E');
            let same_cluster = cluster_of[&a.id] == cluster_of[&b.id];
            assert_eq!(
                same_group,
                same_cluster,
                "{} ({}) and {} ({}): expected {}",
                a.id,
                a.group,
                b.id,
                b.group,
                if same_group {
                    "one cluster"
                } else {
                    "different clusters"
                }
            );
        }
    }
}

#[test]
fn batch_clusters_match_the_groups() {
    let cases = cases();
    let docs: Vec<Document> = cases
        .iter()
        .map(|c| Document {
            id: &c.id,
            text: &c.text,
            date: None,
        })
        .collect();
    let out = dedup_corpus(&docs, &Config::default()).unwrap();
    assert_eq!(out.len(), cases.len());
    let cluster_of: HashMap<String, String> = out
        .iter()
        .map(|a| (a.id.clone(), a.cluster.clone()))
        .collect();
    assert_partition(&cases, &cluster_of);
    // The representative of A is its longest core text (no dates given): the original or its
    // exact copy, never the chrome-padded copy.
    let a = out.iter().find(|a| a.id == "a-chrome").unwrap();
    assert!(a.cluster == "a-orig" || a.cluster == "a-copy", "{a:?}");
    assert_eq!(a.cluster_size, 8);
    assert!(a.similarity > 0.9, "{a:?}");
    let rep = out.iter().find(|x| x.id == a.cluster).unwrap();
    assert!(rep.representative && rep.similarity == 1.0);
    let trunc = out.iter().find(|a| a.id == "a-trunc70").unwrap();
    assert!((0.6..0.8).contains(&trunc.similarity), "{trunc:?}");
}

#[test]
fn incremental_clusters_match_the_groups_in_any_order() {
    let cases = cases();
    for order in [false, true] {
        let mut dd = Deduper::new(Config::default());
        let mut ordered: Vec<&Case> = cases.iter().collect();
        if order {
            ordered.reverse();
        }
        for c in &ordered {
            dd.add(Document {
                id: &c.id,
                text: &c.text,
                date: None,
            })
            .unwrap();
        }
        let cluster_of: HashMap<String, String> = cases
            .iter()
            .map(|c| (c.id.clone(), dd.cluster_of(&c.id).unwrap()))
            .collect();
        assert_partition(&cases, &cluster_of);
    }
}

#[test]
fn earliest_date_represents_the_cluster() {
    let cases = cases();
    let text = |id: &str| cases.iter().find(|c| c.id == id).unwrap().text.as_str();
    let mut dd = Deduper::new(Config::default());
    let first = dd
        .add(Document {
            id: "late",
            text: text("a-orig"),
            date: Some("2017-03-10"),
        })
        .unwrap();
    assert_eq!(first.duplicate_of, None);
    assert_eq!(first.similarity, 0.0);
    let r = dd
        .add(Document {
            id: "early",
            text: text("a-trunc70"),
            date: Some("2017-03-09"),
        })
        .unwrap();
    assert_eq!(r.duplicate_of.as_deref(), Some("late"));
    assert_eq!(r.cluster, "early");
    assert_eq!(dd.cluster_of("late").as_deref(), Some("early"));
    assert!(dd.cluster_of("nope").is_none());
    let err = dd
        .add(Document {
            id: "late",
            text: "x",
            date: None,
        })
        .unwrap_err();
    assert!(err.to_string().contains("late"), "{err}");
}

#[test]
fn duplicate_ids_are_rejected_in_batch() {
    let docs = [
        Document {
            id: "x",
            text: "نص أول",
            date: None,
        },
        Document {
            id: "x",
            text: "نص ثان",
            date: None,
        },
    ];
    assert!(dedup_corpus(&docs, &Config::default()).is_err());
}

#[test]
fn strange_input_never_panics() {
    let texts = [
        "",
        "\n\n\n",
        "ـــــ ً ٌ ٍ",
        "a",
        "١٢٣ 123 ۱۲۳",
        "\u{FEFB}\u{FEF7} ﻻ",
        "word\u{0654}\u{0655}\u{0300}",
        "x\r\ny\r\nz",
        "🙂🙂🙂 ☃",
        "\u{200F}\u{200E}\u{202B}نص\u{202C}",
    ];
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("t{i}")).collect();
    let docs: Vec<Document> = texts
        .iter()
        .zip(&ids)
        .map(|(t, id)| Document {
            id,
            text: t,
            date: None,
        })
        .collect();
    let out = dedup_corpus(&docs, &Config::default()).unwrap();
    assert_eq!(out.len(), texts.len());
    // The two empty texts are not clustered together.
    assert_ne!(out[0].cluster, out[1].cluster);
}
