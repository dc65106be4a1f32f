//! Development helper: keeps the gazetteer entries of a list that never occur in the training
//! text, so that adding them leaves every training feature, and so the trained model, as it
//! was (docs/ner.md § Gazetteer, the fifth, sixth and seventh batches).
//!
//! ```text
//! cargo run --release -p khabar-ner --example cut_gazetteer -- \
//!     ../shared/data/ner/anercorp-train.txt all|K LIST.tsv [BASE.tsv] > KEPT.tsv
//! ```
//!
//! `all` cuts against the whole file (the shipped batch); `K` (0–9) against the nine training
//! folds of fold K of ten-fold cross-validation, the split of `train_dev`'s `NER_FOLD=K`, so that
//! the kept entries mark exactly the names that occur in the held-out tenth alone.
//!
//! An entry occurs when one of the forms the lexicon matches it in (as written; without the
//! article; with `ج` for `غ`: `lexicon::phrase_forms`, `lexicon::jim_spelling`) is a run of
//! training tokens whose first token may carry the clitics `و`/`ف` and `ب`/`ل`/`ك`, the article
//! (added to a name listed without it), or `لل` for `ل` + the article. Words are
//! compared folded (`khabar_ner::fold::fold`). The tokens are one stream, across sentence
//! breaks, which only cuts more.
//!
//! A person listed with two words or more also derives its last word alone as a surname
//! (`LAST`, [`khabar_ner::lexicon::Lexicon::parse`]) when that word has four letters or more,
//! is not a given name and is rare in the news corpus. Such an entry is cut too when that
//! word occurs in the training text (in the same clitic forms) and the base gazetteer `BASE`
//! (default: the embedded one) does not already derive it.

mod common;

use common::fold_to_end;
use khabar_ner::fold::fold;
use khabar_ner::lexicon::{jim_spelling, phrase_forms, Lexicon, EMBEDDED_CLUSTERS};
use khabar_ner::parse_conll;
use std::collections::HashSet;

/// The longest entry, in words, that can be found in the text.
const MAX_WORDS: usize = 8;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (conll, split, list, base) = match &args[..] {
        [_, conll, split, list] => (conll, split, list, None),
        [_, conll, split, list, base] => (conll, split, list, Some(base)),
        _ => return Err("usage: cut_gazetteer CONLL all|K LIST [BASE]".into()),
    };
    let base = match base {
        Some(path) => Lexicon::parse(EMBEDDED_CLUSTERS, &std::fs::read_to_string(path)?),
        None => Lexicon::embedded(),
    };
    let mut sents = parse_conll(&std::fs::read_to_string(conll)?, true)?;
    if split != "all" {
        let k: usize = split.parse().map_err(|_| format!("bad fold `{split}`"))?;
        fold_to_end(&mut sents, k);
        sents.truncate(sents.len() - sents.len() / 10);
    }
    let tokens: Vec<String> = sents
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| fold(t)))
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    for i in 0..tokens.len() {
        for first in first_forms(&tokens[i]) {
            let mut phrase = first;
            seen.insert(phrase.clone());
            for next in tokens.iter().skip(i + 1).take(MAX_WORDS - 1) {
                phrase.push(' ');
                phrase.push_str(next);
                seen.insert(phrase.clone());
            }
        }
    }
    let (mut kept, mut cut) = (0, 0);
    for line in std::fs::read_to_string(list)?.lines() {
        let Some((class, phrase)) = line.split_once('\t') else {
            continue;
        };
        let key: Vec<String> = phrase.split_whitespace().map(fold).collect();
        if key.is_empty() {
            continue;
        }
        // Every form the lexicon may match the entry in; the `ج` spelling is tried for every
        // class, given names too, which can only cut more.
        let mut forms = std::iter::once(key.clone())
            .chain(jim_spelling(&key))
            .flat_map(|k| phrase_forms(&k));
        // The surname it derives, when that word is new to the gazetteer's `LAST` marks.
        let surname = (class == "PERS" && key.len() >= 2)
            .then(|| &key[key.len() - 1])
            .filter(|w| base.adds_surname(w));
        if forms.any(|f| seen.contains(&f.join(" "))) || surname.is_some_and(|w| seen.contains(w)) {
            cut += 1;
        } else {
            kept += 1;
            println!("{line}");
        }
    }
    eprintln!("{split}: kept {kept}, cut {cut}");
    Ok(())
}

/// The forms a listed first word may take inside a token: the token itself, without `و`/`ف`,
/// then without `ب`/`ل`/`ك`, with `لل` read as `ل` + the article, and without the article.
fn first_forms(token: &str) -> HashSet<String> {
    let mut forms = vec![token.to_string()];
    if let Some(rest) = token.strip_prefix(['و', 'ف']) {
        forms.push(rest.to_string());
    }
    let mut out: HashSet<String> = forms.iter().cloned().collect();
    for f in &forms {
        if let Some(rest) = f.strip_prefix(['ب', 'ل', 'ك']) {
            out.insert(rest.to_string());
        }
    }
    for f in out.clone() {
        if let Some(rest) = f.strip_prefix("لل") {
            out.insert(format!("ال{rest}"));
            out.insert(rest.to_string());
        }
    }
    for f in out.clone() {
        if let Some(rest) = f.strip_prefix("ال") {
            out.insert(rest.to_string());
        }
    }
    out
}
