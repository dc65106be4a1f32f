//! Development helper: assembles a new gazetteer batch from written lists, before
//! `cut_gazetteer` cuts it against the training text (docs/ner.md § Gazetteer, the seventh
//! batch; `crates/khabar-ner/data/README.md`).
//!
//! ```text
//! cargo run --release -p khabar-ner --example check_batch -- BASE.tsv|embedded LIST.tsv... \
//!     > BATCH.tsv 2> dropped.txt
//! ```
//!
//! `BASE` is the gazetteer the batch is added to (`embedded`: the embedded one). Entries are
//! `CLASS<TAB>phrase` lines; other lines and unknown classes are dropped. Every entry the
//! lists hold is kept, in order and with its spaces normalised, except, each reported on
//! standard error as `REASON<TAB>CLASS<TAB>phrase`:
//!
//! - `listed`: the base lists the same class and phrase (compared folded,
//!   `khabar_ner::fold::fold`), or an earlier line of the lists did (`duplicate`);
//! - `surname-is-name`: a person of two words or more whose last word alone is a listed
//!   one-word place, organisation or other name, with or without the article: `روزا
//!   لوكسمبورغ` would make `لوكسمبورغ` a surname (`LAST`, [`khabar_ner::lexicon::Lexicon::parse`]);
//! - `article`: a person whose last word would be a new surname mark, or a person listed as
//!   one word, when the news corpus has that word with the article at least three times and
//!   at least as often as without it. The gazetteer matches a word without its article too,
//!   so `مانيه` (Mané) would mark `ألمانية` "German". The counts are the embedded cluster file's
//!   (every word seen three times or more in the ANT news corpus).
//!
//! Entries that turn out wrong only on reading their effect (a surname that is also an
//! acronym, a word a clitic makes common) are left to the person assembling the batch. To help,
//! a kept person whose last word begins with `أل`, `إل` or `آل` is reported as
//! `note:hamza-article<TAB>CLASS<TAB>phrase`: folded, that hamza is the article, so the name also
//! matches the article and a word (`ألفر` matches `الفر` of `الكر والفر`, `ألستون` `الستون`
//! "the sixty"), which the news corpus may be too small to show.

use khabar_ner::fold::fold;
use khabar_ner::lexicon::{Lexicon, EMBEDDED_CLUSTERS, EMBEDDED_GAZETTEER, GAZ_CLASSES};
use std::collections::HashSet;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, base, lists @ ..] = &args[..] else {
        return Err("usage: check_batch BASE.tsv|embedded LIST.tsv...".into());
    };
    if lists.is_empty() {
        return Err("usage: check_batch BASE.tsv|embedded LIST.tsv...".into());
    }
    let base_text = match base.as_str() {
        "embedded" => EMBEDDED_GAZETTEER.to_string(),
        path => std::fs::read_to_string(path)?,
    };
    let lexicon = Lexicon::parse(EMBEDDED_CLUSTERS, &base_text);
    let mut listed: HashSet<(String, String)> = HashSet::new();
    for line in base_text.lines().filter(|l| !l.starts_with('#')) {
        if let Some((class, phrase)) = line.split_once('\t') {
            listed.insert((class.to_string(), folded(phrase)));
        }
    }
    let count = |w: &str| lexicon.get(w).map_or(0, |e| e.count);
    // The mask bits of places, organisations and other names.
    let names: u8 = GAZ_CLASSES
        .iter()
        .enumerate()
        .filter(|(_, c)| ["LOC", "ORG", "MISC"].contains(c))
        .map(|(i, _)| 1 << i)
        .sum();
    let one_word_name = |w: &str| {
        [w.to_string(), format!("ال{w}")]
            .iter()
            .any(|f| lexicon.gazetteer_step(f, false).0 & names != 0)
    };
    let (mut kept, mut dropped) = (0usize, 0usize);
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for list in lists {
        for line in std::fs::read_to_string(list)?.lines() {
            let Some((class, phrase)) = line.split_once('\t') else {
                continue;
            };
            let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            if phrase.is_empty() || !GAZ_CLASSES[..5].contains(&class) {
                continue;
            }
            let key = folded(&phrase);
            let words: Vec<&str> = key.split(' ').collect();
            let last = words[words.len() - 1];
            let entry = (class.to_string(), key.clone());
            let reason = if listed.contains(&entry) {
                Some("listed")
            } else if !seen.insert(entry) {
                Some("duplicate")
            } else if class == "PERS" && words.len() >= 2 && one_word_name(last) {
                Some("surname-is-name")
            } else if class == "PERS"
                && (words.len() == 1 || lexicon.adds_surname(last))
                && !last.starts_with("ال")
                && count(&format!("ال{last}")) >= 3
                && count(&format!("ال{last}")) >= count(last)
            {
                Some("article")
            } else {
                None
            };
            match reason {
                Some(reason) => {
                    dropped += 1;
                    eprintln!("{reason}\t{class}\t{phrase}");
                }
                None => {
                    kept += 1;
                    println!("{class}\t{phrase}");
                    let last_word = phrase.split(' ').next_back().unwrap_or_default();
                    if class == "PERS"
                        && ["أل", "إل", "آل"].iter().any(|p| last_word.starts_with(p))
                    {
                        eprintln!("note:hamza-article\t{class}\t{phrase}");
                    }
                }
            }
        }
    }
    eprintln!("kept {kept}, dropped {dropped}");
    Ok(())
}

/// A phrase's words folded and joined by one space.
fn folded(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}
