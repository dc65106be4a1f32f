//! `khabar ner`: tags CoNLL input with named entities.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use khabar_ner::conll::DOCSTART;
use khabar_ner::{parse_conll, Tagger};

use crate::io::read_text;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// CoNLL input (one token per line, first column; blank line between sentences;
    /// `-DOCSTART-` lines between documents), or `-` for standard input.
    input: Option<PathBuf>,
    /// A model file from `khabar train ner` (default: the embedded model).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Document-level consistency window in sentences: a name tagged in one sentence is also
    /// tagged where it recurs within the window (`0` = each sentence alone).
    #[arg(long, default_value_t = khabar_ner::DEFAULT_WINDOW)]
    window: usize,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

/// Loads `--model` or the embedded model.
pub fn load_model(model: Option<&PathBuf>) -> Result<Tagger> {
    match model {
        Some(p) => Tagger::load(p).with_context(|| format!("cannot load model {}", p.display())),
        None => Ok(Tagger::embedded()),
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let tagger = load_model(args.model.as_ref())?;
    let text = read_text(args.input.as_deref(), args.lossy)?;
    let name = args
        .input
        .as_ref()
        .filter(|p| p.as_os_str() != "-")
        .map_or("<stdin>".to_string(), |p| p.display().to_string());
    let sentences = parse_conll(&text, false).with_context(|| name.clone())?;
    if let Some(hint) = format_hint(&text) {
        eprintln!("khabar ner: warning: {name}: {hint}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // The consistency pass runs within each document (`-DOCSTART-` lines separate them).
    let tags = tagger.tag_sentences(&sentences, args.window);
    for (i, (sentence, t)) in sentences.iter().zip(&tags).enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        if sentence.doc_start {
            // Kept in the output, so that it lines up with the input for conlleval.
            writeln!(out, "{DOCSTART}\tO")?;
            writeln!(out)?;
        }
        for (tok, tag) in sentence.tokens.iter().zip(t) {
            writeln!(out, "{tok}\t{}", tag.as_str())?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A hint when the input does not look like CoNLL with the token first: most lines have six
/// columns or more (running text, or CoNLL-U, whose first column is the word's number).
/// `khabar ner` still tags the first column, as the format says; the hint says why the
/// output may not be what the user meant.
fn format_hint(text: &str) -> Option<String> {
    let (mut lines, mut wide, mut numbered) = (0usize, 0usize, 0usize);
    for line in text.lines() {
        let mut cols = line.split_whitespace();
        let Some(first) = cols.next() else { continue };
        if first.starts_with(DOCSTART) {
            continue;
        }
        lines += 1;
        if cols.count() >= 5 {
            wide += 1;
            if first
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
            {
                numbered += 1;
            }
        }
    }
    if lines < 3 || wide * 2 <= lines {
        return None;
    }
    Some(if numbered * 2 > lines {
        format!(
            "{wide} of {lines} lines have six columns or more and most begin with a number: this looks like CoNLL-U, \
             but `khabar ner` tags the first column; cut the word forms out first (`cut -f2`)"
        )
    } else {
        format!(
            "{wide} of {lines} lines have six columns or more: `khabar ner` reads CoNLL (one token per line) and tags \
             only the first word of each; for running text use `khabar analyze`"
        )
    })
}
