//! Stemmer quality against treebank lemmas: how well each stemmer conflates word forms that
//! share a lemma (recall) without conflating forms of different lemmas (precision).
//!
//! Word types (diacritics removed) of content words (NOUN, ADJ, VERB, PROPN) are grouped by
//! their key; every pair of types with the same key and the same lemma is a true conflation.
//! Development use only (UD Arabic-PADT is CC BY-NC-SA; nothing derived from it is shipped):
//!
//! ```sh
//! cargo run --release -p khabar-text --example eval_stem -- ../shared/data/morphology/padt-2016-dev.conllu
//! ```

use std::collections::HashMap;

use khabar_text::{normalize_word, search_key, snowball_stem, Normalizer, Profile};

fn pairs(n: usize) -> u64 {
    (n as u64) * (n.saturating_sub(1) as u64) / 2
}

fn score(name: &str, types: &[(String, String)], key: impl Fn(&str) -> String) {
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_lemma: HashMap<&str, usize> = HashMap::new();
    let mut by_both: HashMap<(String, &str), usize> = HashMap::new();
    for (form, lemma) in types {
        let k = key(form);
        *by_key.entry(k.clone()).or_default() += 1;
        *by_lemma.entry(lemma).or_default() += 1;
        *by_both.entry((k, lemma)).or_default() += 1;
    }
    let same_key: u64 = by_key.values().map(|&n| pairs(n)).sum();
    let same_lemma: u64 = by_lemma.values().map(|&n| pairs(n)).sum();
    let tp: u64 = by_both.values().map(|&n| pairs(n)).sum();
    let p = tp as f64 / same_key.max(1) as f64;
    let r = tp as f64 / same_lemma.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "{name:<28} keys {:>6}  precision {p:.3}  recall {r:.3}  F1 {f:.3}",
        by_key.len()
    );
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: eval_stem FILE.conllu");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("eval_stem: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    // Most frequent lemma per form.
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    let keep_ta = Normalizer::search_keep_ta_marbuta();
    for (lineno, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            eprintln!(
                "eval_stem: {path}:{}: skipped, fewer than 4 columns",
                lineno + 1
            );
            continue;
        }
        if !cols[0].bytes().all(|b| b.is_ascii_digit()) {
            continue; // multiword ranges and empty nodes
        }
        if !matches!(cols[3], "NOUN" | "ADJ" | "VERB" | "PROPN") {
            continue;
        }
        let form = keep_ta.normalize_cow(cols[1]).into_owned();
        let lemma = normalize_word(cols[2], Profile::Search);
        if form.is_empty() || lemma.is_empty() {
            continue;
        }
        *counts.entry((form, lemma)).or_default() += 1;
    }
    let mut best: HashMap<String, (String, usize)> = HashMap::new();
    for ((form, lemma), n) in counts {
        let e = best.entry(form).or_insert((String::new(), 0));
        if n > e.1 || (n == e.1 && lemma < e.0) {
            *e = (lemma, n);
        }
    }
    let mut types: Vec<(String, String)> = best.into_iter().map(|(f, (l, _))| (f, l)).collect();
    types.sort();
    println!("{path}: {} content-word types", types.len());
    score("no stemming (search norm.)", &types, |w| {
        normalize_word(w, Profile::Search)
    });
    score("light10 (search_key)", &types, search_key);
    score("snowball", &types, snowball_stem);
}
