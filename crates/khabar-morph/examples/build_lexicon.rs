//! Builds the embedded word lexicon `data/ant-words.tsv` from the ANT news corpus.
//!
//! ```text
//! cargo run --release -p khabar-morph --example build_lexicon -- \
//!     ../shared/data/news/ant-v1.1.jsonl crates/khabar-morph/data/ant-words.tsv
//! ```
//!
//! Reads every JSON line's `title` and `text`, counts diacritic-free Arabic words and writes them
//! sorted by word (deterministic). Lines that are not valid JSON objects are skipped and counted.

use std::collections::BTreeMap;
use std::io::BufRead;

const HEADER: &str = "\
# khabar-morph word lexicon: WORD<TAB>COUNT, diacritics and tatweel removed.
# Derived from the ANT corpus v1.1 (title + text of every article): Apache-2.0.
# Cite: Chouigui, Ben Khiroun & Elayeb, \"ANT Corpus: An Arabic News Text Collection for
# Textual Classification\", AICCSA 2017.
# Rebuild: cargo run --release -p khabar-morph --example build_lexicon -- \\
#   ../shared/data/news/ant-v1.1.jsonl crates/khabar-morph/data/ant-words.tsv
";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: build_lexicon ANT.jsonl OUT.tsv");
        std::process::exit(2);
    }
    if let Err(e) = run(&args[1], &args[2]) {
        eprintln!("build_lexicon: {e}");
        std::process::exit(1);
    }
}

fn run(input: &str, output: &str) -> Result<(), String> {
    let file = std::fs::File::open(input).map_err(|e| format!("cannot open {input}: {e}"))?;
    let mut counts = BTreeMap::new();
    let (mut docs, mut bad) = (0usize, 0usize);
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{input}: line {}: {e}", i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let Ok(serde_json::Value::Object(obj)) = serde_json::from_str::<serde_json::Value>(&line)
        else {
            eprintln!("{input}: line {}: not a JSON object, skipped", i + 1);
            bad += 1;
            continue;
        };
        for field in ["title", "text"] {
            if let Some(serde_json::Value::String(s)) = obj.get(field) {
                khabar_morph::lexicon::count_words(s, &mut counts);
            }
        }
        docs += 1;
    }
    let body = khabar_morph::lexicon::to_tsv(&counts, 1);
    std::fs::write(output, format!("{HEADER}{body}"))
        .map_err(|e| format!("cannot write {output}: {e}"))?;
    let tokens: u64 = counts.values().sum();
    eprintln!(
        "{docs} documents ({bad} bad lines skipped), {tokens} words, {} types -> {output}",
        counts.len()
    );
    Ok(())
}
