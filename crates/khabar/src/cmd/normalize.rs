//! `khabar normalize`: normalize text with a profile, streaming.
//!
//! The input is read and normalized in chunks of 64 KiB cut at character boundaries, so memory
//! stays bounded however long a line is. The normalizer is told the original characters on either
//! side of each chunk, so the output is byte-for-byte what normalizing the whole text would give.
//! Input that is not UTF-8 but reads as Arabic in windows-1256 or ISO-8859-6 (judged on its first
//! 64 KiB, as the other single-document commands judge the whole file) is decoded from that code
//! page as it streams, with a note on stderr.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use khabar_text::normalizer::is_transparent;
use khabar_text::{Normalizer, Profile};

/// Chunk size for streaming.
const CHUNK: usize = 64 * 1024;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Normalization profile: `display` (presentation forms, invisible characters, Persian
    /// letters), `ner` (display + tatweel) or `search` (ner + diacritics, alef/yeh/teh-marbuta
    /// folding, ASCII digits, lowercase).
    #[arg(long, default_value = "search", value_parser = ["display", "ner", "search"])]
    pub profile: String,
    /// Input file; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let profile: Profile = args.profile.parse()?;
    let (name, mut reader): (String, Box<dyn Read>) = match &args.input {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            (p.display().to_string(), Box::new(f))
        }
        _ => ("<stdin>".to_string(), Box::new(io::stdin().lock())),
    };
    let mut head = Vec::with_capacity(CHUNK);
    (&mut reader)
        .take(CHUNK as u64)
        .read_to_end(&mut head)
        .with_context(|| format!("cannot read {name}"))?;
    let code_page = match std::str::from_utf8(&head) {
        Err(e) if e.error_len().is_some() => khabar_extract::decode_arabic_code_page(&head)
            .and_then(|(_, label)| encoding_rs::Encoding::for_label(label.as_bytes())),
        _ => None,
    };
    let reader: Box<dyn Read> = match code_page {
        Some(enc) => {
            crate::io::note_code_page(&name, enc.name());
            Box::new(Transcode::new(io::Cursor::new(head).chain(reader), enc))
        }
        None => Box::new(io::Cursor::new(head).chain(reader)),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(CHUNK, stdout.lock());
    normalize_stream(
        reader,
        &name,
        Normalizer::new(profile),
        args.lossy,
        &mut out,
    )?;
    out.flush()?;
    Ok(())
}

/// A reader of UTF-8 bytes decoded from a single-byte code page as they are read.
struct Transcode<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    raw: Vec<u8>,
    utf8: Vec<u8>,
    pos: usize,
    done: bool,
}

impl<R: Read> Transcode<R> {
    fn new(inner: R, enc: &'static encoding_rs::Encoding) -> Self {
        Transcode {
            inner,
            decoder: enc.new_decoder_without_bom_handling(),
            raw: vec![0; 16 * 1024],
            utf8: Vec::with_capacity(48 * 1024),
            pos: 0,
            done: false,
        }
    }
}

impl<R: Read> Read for Transcode<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.utf8.len() && !self.done {
            let n = self.inner.read(&mut self.raw)?;
            let last = n == 0;
            self.utf8.clear();
            self.pos = 0;
            // A single-byte code page takes at most 3 UTF-8 bytes per input byte.
            self.utf8.resize(3 * n + 16, 0);
            let (_, _, written, _) =
                self.decoder
                    .decode_to_utf8(&self.raw[..n], &mut self.utf8, last);
            self.utf8.truncate(written);
            self.done = last;
        }
        let k = out.len().min(self.utf8.len() - self.pos);
        out[..k].copy_from_slice(&self.utf8[self.pos..self.pos + k]);
        self.pos += k;
        Ok(k)
    }
}

/// Normalizes `reader` to `out` chunk by chunk. Invalid UTF-8 is an error naming the absolute
/// byte offset, unless `lossy` (then each invalid sequence becomes U+FFFD, like
/// `String::from_utf8_lossy`). A leading byte-order mark is dropped.
fn normalize_stream(
    mut reader: impl Read,
    name: &str,
    normalizer: Normalizer,
    lossy: bool,
    out: &mut impl Write,
) -> Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + 8);
    let mut offset: u64 = 0; // absolute byte offset of buf[0]
    let mut prev: Option<char> = None;
    let mut text = String::with_capacity(CHUNK + CHUNK / 2);
    let mut eof = false;
    let mut first = true;
    loop {
        // Fill the buffer up to CHUNK bytes (or end of input).
        while !eof && buf.len() < CHUNK {
            let old = buf.len();
            buf.resize(CHUNK, 0);
            match reader.read(&mut buf[old..]) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                }
                Ok(n) => buf.truncate(old + n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => buf.truncate(old),
                Err(e) => {
                    buf.truncate(old);
                    return Err(e).with_context(|| format!("cannot read {name}"));
                }
            }
        }
        if first && (buf.len() >= 3 || eof) {
            first = false;
            if buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
                offset += 3;
            }
        }
        if buf.is_empty() && eof {
            return Ok(());
        }
        let (valid, bad_len) = match std::str::from_utf8(&buf) {
            Ok(_) => (buf.len(), None),
            Err(e) => match e.error_len() {
                Some(n) => (e.valid_up_to(), Some(n)),
                // An incomplete sequence at the end: wait for more input, or it is truncated.
                None if eof => (e.valid_up_to(), Some(buf.len() - e.valid_up_to())),
                None => (e.valid_up_to(), None),
            },
        };
        let s = std::str::from_utf8(&buf[..valid]).expect("validated prefix");
        let more_follows = bad_len.is_some() || !eof || valid < buf.len();
        // Hold back the last character when more input follows, so the chunk knows its right
        // neighbour; process everything when this is the end.
        let (upto, after) = if bad_len.is_some() {
            (s.len(), Some('\u{FFFD}'))
        } else if more_follows {
            // Cut before the last non-transparent character (see `is_transparent`), which is
            // exactly the right-hand context the whole-text run would see.
            match s.char_indices().rev().find(|&(_, c)| !is_transparent(c)) {
                Some((i, c)) => (i, Some(c)),
                None => match s.char_indices().next_back() {
                    Some((i, c)) => (i, Some(c)),
                    None => (0, None),
                },
            }
        } else {
            (s.len(), None)
        };
        if bad_len.is_some() && !lossy {
            bail!(
                "{name}: invalid UTF-8 at byte offset {} (use --lossy to replace invalid bytes)",
                offset + valid as u64
            );
        }
        text.clear();
        let chunk = &s[..upto];
        normalizer.normalize_chunk_into(chunk, prev, after, &mut text);
        if let Some(c) = chunk.chars().rev().find(|&c| !is_transparent(c)) {
            prev = Some(c);
        }
        let mut consumed = upto;
        if let Some(n) = bad_len {
            // Lossy: the invalid sequence becomes one U+FFFD.
            normalizer.normalize_chunk_into("\u{FFFD}", prev, None, &mut text);
            prev = Some('\u{FFFD}');
            consumed = valid + n;
        }
        out.write_all(text.as_bytes())?;
        if consumed == 0 && !more_follows {
            return Ok(());
        }
        buf.drain(..consumed);
        offset += consumed as u64;
        if eof && buf.is_empty() {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &[u8], profile: Profile, lossy: bool) -> Result<String> {
        let mut out = Vec::new();
        normalize_stream(input, "<test>", Normalizer::new(profile), lossy, &mut out)?;
        Ok(String::from_utf8(out).expect("utf-8 output"))
    }

    #[test]
    fn streams_like_whole_text() {
        let line = "أعلنت الحكومة ٣٠٫ًـ٥٪ من الميزانيّة… ".repeat(5000);
        let got = run_on(line.as_bytes(), Profile::Search, false).unwrap();
        assert_eq!(got, khabar_text::normalize(&line, Profile::Search).text);
    }

    #[test]
    fn invalid_utf8_names_offset_or_is_replaced() {
        let mut bytes = "نص ".repeat(40000).into_bytes();
        let at = bytes.len();
        bytes.extend_from_slice(b"\xFF\xFEabc");
        let err = run_on(&bytes, Profile::Ner, false).unwrap_err().to_string();
        assert!(err.contains(&format!("byte offset {at}")), "{err}");
        let got = run_on(&bytes, Profile::Ner, true).unwrap();
        assert!(
            got.ends_with("نص \u{FFFD}\u{FFFD}abc"),
            "{}",
            &got[got.len() - 20..]
        );
        let truncated = &"ب".as_bytes()[..1];
        assert!(run_on(truncated, Profile::Ner, false).is_err());
        assert_eq!(run_on(truncated, Profile::Ner, true).unwrap(), "\u{FFFD}");
    }

    #[test]
    fn empty_and_bom() {
        assert_eq!(run_on(b"", Profile::Search, false).unwrap(), "");
        assert_eq!(
            run_on("\u{FEFF}A".as_bytes(), Profile::Search, false).unwrap(),
            "a"
        );
    }
}
