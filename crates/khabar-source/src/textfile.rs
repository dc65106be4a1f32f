//! One-document readers: `.txt` and `.html` files (and sniffed stdin).

use std::io::{self, Read};

use crate::error::{ErrorKind, SourceError};
use crate::format::{Compression, DynRead, Format};
use crate::record::{Body, Record, RecordKind};
use crate::sources::{FileReader, SourceOptions};
use crate::stats::SourceStats;

/// How many leading bytes are checked for NUL bytes to call a file binary.
const BINARY_PROBE: usize = 8 << 10;

pub(crate) struct DocReader {
    reader: Option<DynRead>,
    origin: String,
    format: Format,
    comp: Compression,
    max: usize,
    lossy: bool,
}

impl DocReader {
    pub(crate) fn new(
        reader: DynRead,
        origin: String,
        format: Format,
        comp: Compression,
        opts: &SourceOptions,
    ) -> Self {
        DocReader {
            reader: Some(reader),
            origin,
            format,
            comp,
            max: opts.max_record_bytes,
            lossy: opts.lossy,
        }
    }
}

impl FileReader for DocReader {
    fn next_record(&mut self, stats: &mut SourceStats) -> Option<Result<Record, SourceError>> {
        let reader = self.reader.take()?;
        let origin = std::mem::take(&mut self.origin);
        let bytes = match read_capped(reader, self.max) {
            Ok(Some(b)) => b,
            Ok(None) => {
                let reason = format!("document larger than the {} byte limit", self.max);
                return Some(Err(SourceError::new(origin, ErrorKind::TooLarge, reason)));
            }
            Err(e) => return Some(Err(io_error(origin, self.comp, &e))),
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            stats.skip("empty");
            return None;
        }
        let rec = |kind, body| Record {
            id: None,
            origin: origin.clone(),
            kind,
            url: None,
            title: None,
            date: None,
            source: None,
            body,
        };
        Some(match self.format {
            Format::Html => {
                if utf16_bom(&bytes).is_none() && has_nul(&bytes) {
                    Err(binary(&origin))
                } else {
                    Ok(rec(
                        RecordKind::Html,
                        Body::Html {
                            bytes,
                            charset: None,
                        },
                    ))
                }
            }
            _ => decode_text(&origin, bytes, self.lossy)
                .map(|t| rec(RecordKind::Text, Body::Text(t))),
        })
    }
}

/// Reads everything, or `None` when there are more than `max` bytes (reading stops there).
fn read_capped(reader: DynRead, max: usize) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    reader.take(max as u64 + 1).read_to_end(&mut buf)?;
    Ok((buf.len() <= max).then_some(buf))
}

/// Maps an I/O error to the right kind for the file's compression.
pub(crate) fn io_error(origin: String, comp: Compression, e: &io::Error) -> SourceError {
    match comp {
        Compression::Gzip => SourceError::new(
            origin,
            ErrorKind::Gzip,
            format!("corrupt or truncated gzip stream: {e}"),
        ),
        Compression::Zstd => SourceError::new(
            origin,
            ErrorKind::Zstd,
            format!("corrupt or truncated zstd stream: {e}"),
        ),
        Compression::None => SourceError::new(origin, ErrorKind::Io, format!("read error: {e}")),
    }
}

fn binary(origin: &str) -> SourceError {
    SourceError::new(
        origin,
        ErrorKind::Binary,
        "binary file (NUL bytes), not text",
    )
}

fn has_nul(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some()
}

fn utf16_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.starts_with(b"\xFF\xFE") {
        Some(encoding_rs::UTF_16LE)
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Decodes a text document: UTF-8 (BOM stripped), UTF-16 with a BOM, or, when the bytes are not
/// UTF-8 but read as Arabic in windows-1256 or ISO-8859-6 (legacy archives saved on Arabic
/// Windows), that code page ([`khabar_extract::decode_arabic_code_page`]). NUL bytes in the
/// first 8 KiB make it binary; other invalid UTF-8 is an error naming the byte offset unless
/// `lossy` (then invalid sequences become U+FFFD).
pub(crate) fn decode_text(
    origin: &str,
    bytes: Vec<u8>,
    lossy: bool,
) -> Result<String, SourceError> {
    if let Some(enc) = utf16_bom(&bytes) {
        let (text, had_errors) = enc.decode_with_bom_removal(&bytes);
        if had_errors && !lossy {
            return Err(SourceError::new(
                origin,
                ErrorKind::Encoding,
                "invalid UTF-16",
            ));
        }
        return Ok(text.into_owned());
    }
    if has_nul(&bytes) {
        return Err(binary(origin));
    }
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => match khabar_extract::decode_arabic_code_page(e.as_bytes()) {
            Some((text, _)) => text,
            None if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            None => {
                let at = e.utf8_error().valid_up_to();
                let reason = format!("invalid UTF-8 at byte offset {at} (not UTF-8 text; use lossy decoding to replace bad bytes)");
                return Err(SourceError::new(origin, ErrorKind::Encoding, reason));
            }
        },
    };
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(s) => s.to_string(),
        None => text,
    })
}
