//! `khabar ner`: tags CoNLL input with named entities.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use khabar_ner::conll::DOCSTART;
use khabar_ner::{ConllParser, Sentence, Tagger};

use crate::io::decode_utf8;

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

/// Runs the command. The input is read and tagged as a stream: the document-consistency pass
/// works on fixed windows of `--window` sentences from each document's start
/// ([`Tagger::tag_document`]), so the sentences are tagged and written a window at a time and
/// memory does not grow with the input.
pub fn run(args: Args) -> Result<()> {
    let tagger = load_model(args.model.as_ref())?;
    let name = args
        .input
        .as_ref()
        .filter(|p| p.as_os_str() != "-")
        .map_or("<stdin>".to_string(), |p| p.display().to_string());
    let mut input = open_input(args.input.as_deref())?;
    let stdout = std::io::stdout();
    let mut out = Output {
        tagger: &tagger,
        window: args.window,
        block: if args.window == 0 { 256 } else { args.window },
        pending: Vec::new(),
        written: 0,
        out: std::io::BufWriter::new(stdout.lock()),
    };
    let mut parser = ConllParser::new(false);
    let mut hint = Hint::default();
    let mut feed = |number: usize, line: &str| -> Result<()> {
        hint.line(line, &name);
        if let Some(sentence) = parser.line(number, line).with_context(|| name.clone())? {
            out.push(sentence)?;
        }
        Ok(())
    };
    // UTF-8 input (the usual case) streams line by line. Input that is not UTF-8 from its first
    // block on is read whole and decoded as `read_text` does: a legacy Arabic code page
    // (windows-1256, ISO-8859-6) is recognised over the whole file.
    let first = input
        .fill_buf()
        .with_context(|| format!("cannot read {name}"))?;
    let streams = match std::str::from_utf8(first) {
        Ok(_) => true,
        // A character cut by the end of the block is still UTF-8.
        Err(e) => e.error_len().is_none(),
    };
    if streams {
        let mut bytes = Vec::new();
        let mut number = 0;
        loop {
            bytes.clear();
            let n = input
                .read_until(b'\n', &mut bytes)
                .with_context(|| format!("cannot read {name}"))?;
            if n == 0 {
                break;
            }
            number += 1;
            let line = match std::str::from_utf8(&bytes) {
                Ok(s) => std::borrow::Cow::Borrowed(s),
                Err(_) if args.lossy => String::from_utf8_lossy(&bytes),
                Err(e) => bail!(
                    "{name}: invalid UTF-8 on line {number}, at byte {} of the line (use --lossy to replace invalid bytes)",
                    e.valid_up_to() + 1
                ),
            };
            let line = line.strip_suffix('\n').unwrap_or(&line);
            let line = if number == 1 {
                line.strip_prefix('\u{FEFF}').unwrap_or(line)
            } else {
                line
            };
            feed(number, line)?;
        }
    } else {
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {name}"))?;
        let text = decode_utf8(&name, bytes, args.lossy)?;
        for (i, line) in text.lines().enumerate() {
            feed(i + 1, line)?;
        }
    }
    if let Some(s) = parser.finish() {
        out.push(s)?;
    }
    hint.finish(&name);
    out.flush()
}

/// Opens the input file, or standard input for `-` or none.
fn open_input(path: Option<&Path>) -> Result<Box<dyn BufRead>> {
    Ok(match path {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?,
        )),
        _ => Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin())),
    })
}

/// Tags sentences a block at a time and writes them as `token<TAB>TAG` lines.
struct Output<'a, W: Write> {
    tagger: &'a Tagger,
    window: usize,
    /// Sentences per block: the consistency window (or 256 without one). A block never spans
    /// two documents, so each is tagged exactly as [`Tagger::tag_sentences`] tags the whole input.
    block: usize,
    pending: Vec<Sentence>,
    written: usize,
    out: W,
}

impl<W: Write> Output<'_, W> {
    fn push(&mut self, sentence: Sentence) -> Result<()> {
        if sentence.doc_start {
            self.write_pending()?;
        }
        self.pending.push(sentence);
        if self.pending.len() >= self.block {
            self.write_pending()?;
        }
        Ok(())
    }

    fn write_pending(&mut self) -> Result<()> {
        let tags = self.tagger.tag_sentences(&self.pending, self.window);
        for (sentence, t) in self.pending.iter().zip(&tags) {
            if self.written > 0 {
                writeln!(self.out)?;
            }
            if sentence.doc_start {
                // Kept in the output, so that it lines up with the input for conlleval.
                writeln!(self.out, "{DOCSTART}\tO")?;
                writeln!(self.out)?;
            }
            for (tok, tag) in sentence.tokens.iter().zip(t) {
                writeln!(self.out, "{tok}\t{}", tag.as_str())?;
            }
            self.written += 1;
        }
        self.pending.clear();
        Ok(())
    }

    fn flush(mut self) -> Result<()> {
        self.write_pending()?;
        self.out.flush()?;
        Ok(())
    }
}

/// Lines read for the format hint ([`format_hint`]): the hint looks at the first
/// [`HINT_LINES`] lines and is given once.
const HINT_LINES: usize = 1000;

#[derive(Default)]
struct Hint {
    head: String,
    lines: usize,
    done: bool,
}

impl Hint {
    fn line(&mut self, line: &str, name: &str) {
        if self.done {
            return;
        }
        self.head.push_str(line);
        self.head.push('\n');
        self.lines += 1;
        if self.lines >= HINT_LINES {
            self.finish(name);
        }
    }

    fn finish(&mut self, name: &str) {
        if std::mem::replace(&mut self.done, true) {
            return;
        }
        if let Some(hint) = format_hint(&self.head) {
            eprintln!("khabar ner: warning: {name}: {hint}");
        }
        self.head = String::new();
    }
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
