//! Shared input helpers for the binary: reading a file or stdin as UTF-8 with a clear error.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// Reads `path` (or stdin when `None` or `-`) as bytes.
pub fn read_input(path: Option<&Path>) -> Result<(String, Vec<u8>)> {
    match path {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((p.display().to_string(), bytes))
        }
    }
}

fn read_stdin() -> Result<(String, Vec<u8>)> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context("cannot read standard input")?;
    Ok(("<stdin>".to_string(), bytes))
}

/// Decodes `bytes` as UTF-8 (a BOM dropped). Bytes that are not UTF-8 but read as Arabic in
/// windows-1256 or ISO-8859-6 (legacy files, the original ANERcorp among them) are decoded from
/// that code page, with a note on stderr. Other invalid UTF-8 is an error naming the byte
/// offset, unless `lossy`, in which case invalid sequences become U+FFFD.
pub fn decode_utf8(name: &str, bytes: Vec<u8>, lossy: bool) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(s)),
        Err(e) => {
            if let Some((text, encoding)) = khabar_extract::decode_arabic_code_page(e.as_bytes()) {
                note_code_page(name, encoding);
                Ok(text)
            } else if lossy {
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            } else {
                let at = e.utf8_error().valid_up_to();
                bail!("{name}: invalid UTF-8 at byte offset {at} (use --lossy to replace invalid bytes)")
            }
        }
    }
}

/// Tells the user that input `name` was read from a legacy Arabic code page.
pub fn note_code_page(name: &str, encoding: &str) {
    eprintln!("khabar: note: {name} is not UTF-8; decoded as {encoding}");
}

/// Reads `path` (or stdin) and decodes it as UTF-8.
pub fn read_text(path: Option<&Path>, lossy: bool) -> Result<String> {
    let (name, bytes) = read_input(path)?;
    decode_utf8(&name, bytes, lossy)
}
