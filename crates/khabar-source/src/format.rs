//! Input formats: by file name, or sniffed from the first bytes.

use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;

/// The container format of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, one document per file.
    Text,
    /// An HTML page, one document per file.
    Html,
    /// A WARC file (WARC/1.0 or 1.1).
    Warc,
    /// JSON Lines, one document per line.
    Jsonl,
    /// A `.json` file: one JSON object, or an array of objects (falls back to JSON Lines when
    /// the file is not one JSON value).
    Json,
}

/// Compression wrapped around a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Format {
    /// The format and compression implied by a file name (case-insensitive), if known:
    /// `.txt`, `.html`/`.htm`/`.xhtml`, `.warc`, `.jsonl`/`.ndjson`, `.json`, each optionally
    /// followed by `.gz` or `.zst`.
    pub fn from_path(path: &Path) -> Option<Format> {
        detect_by_name(path).map(|(f, _)| f)
    }
}

pub(crate) fn detect_by_name(path: &Path) -> Option<(Format, Compression)> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let (stem, comp) = if let Some(s) = name.strip_suffix(".gz") {
        (s, Compression::Gzip)
    } else if let Some(s) = name
        .strip_suffix(".zst")
        .or_else(|| name.strip_suffix(".zstd"))
    {
        (s, Compression::Zstd)
    } else {
        (name.as_str(), Compression::None)
    };
    let ext = stem.rsplit_once('.')?.1;
    let format = match ext {
        "txt" | "text" => Format::Text,
        "html" | "htm" | "xhtml" => Format::Html,
        "warc" => Format::Warc,
        "jsonl" | "ndjson" => Format::Jsonl,
        "json" => Format::Json,
        _ => return None,
    };
    Some((format, comp))
}

pub(crate) type DynRead = Box<dyn BufRead + Send>;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// Reads up to `n` bytes (fewer only at end of input).
fn peek_prefix(r: &mut dyn Read, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(n);
    r.take(n as u64).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Sniffs compression and format from the first bytes; returns a reader positioned at the
/// start of the (decompressed) content.
pub(crate) fn sniff(mut raw: Box<dyn Read + Send>) -> io::Result<(Format, Compression, DynRead)> {
    let head = peek_prefix(&mut raw, 4)?;
    let joined: Box<dyn Read + Send> = Box::new(Cursor::new(head.clone()).chain(raw));
    let (comp, mut inner): (Compression, Box<dyn Read + Send>) = if head.starts_with(GZIP_MAGIC) {
        (
            Compression::Gzip,
            Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(joined))),
        )
    } else if head.starts_with(ZSTD_MAGIC) {
        (
            Compression::Zstd,
            Box::new(zstd::stream::read::Decoder::new(joined)?),
        )
    } else {
        (Compression::None, joined)
    };
    let prefix = peek_prefix(&mut inner, 1024)?;
    let format = sniff_format(&prefix);
    let reader = BufReader::with_capacity(1 << 16, Cursor::new(prefix).chain(inner));
    Ok((format, comp, Box::new(reader)))
}

/// Format of decompressed content from its first bytes: `WARC/` → WARC; `{` → JSONL;
/// `<` → HTML; anything else → text. Leading BOM and whitespace are ignored.
pub(crate) fn sniff_format(prefix: &[u8]) -> Format {
    let p = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    let start = p
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(p.len());
    let p = &p[start..];
    if p.starts_with(b"WARC/") {
        Format::Warc
    } else if p.starts_with(b"{") {
        Format::Jsonl
    } else if p.starts_with(b"<") {
        Format::Html
    } else {
        Format::Text
    }
}

/// Wraps a raw file reader with the decompressor for `comp`.
pub(crate) fn decompress(raw: Box<dyn Read + Send>, comp: Compression) -> io::Result<DynRead> {
    Ok(match comp {
        Compression::None => Box::new(BufReader::with_capacity(1 << 16, raw)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, raw)),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            1 << 16,
            zstd::stream::read::Decoder::new(raw)?,
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let d = |s: &str| detect_by_name(Path::new(s));
        assert_eq!(d("a/b.TXT"), Some((Format::Text, Compression::None)));
        assert_eq!(d("x.warc.gz"), Some((Format::Warc, Compression::Gzip)));
        assert_eq!(d("x.jsonl.zst"), Some((Format::Jsonl, Compression::Zstd)));
        assert_eq!(d("x.json"), Some((Format::Json, Compression::None)));
        assert_eq!(d("x.htm"), Some((Format::Html, Compression::None)));
        assert_eq!(d("x.png"), None);
        assert_eq!(d("README"), None);
        assert_eq!(d("x.gz"), None);
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff_format(b"\xEF\xBB\xBF  {\"a\":1}"), Format::Jsonl);
        assert_eq!(sniff_format(b"\r\nWARC/1.1\r\n"), Format::Warc);
        assert_eq!(sniff_format(b"<!doctype html>"), Format::Html);
        assert_eq!(sniff_format("خبر".as_bytes()), Format::Text);
        assert_eq!(sniff_format(b""), Format::Text);
    }
}
