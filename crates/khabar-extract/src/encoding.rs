//! Character-encoding detection and decoding for HTML bytes.
//!
//! Order of evidence: byte-order mark; an HTTP `Content-Type` hint from the caller; `<meta
//! charset>`; `<meta http-equiv="Content-Type">`; then statistical detection. A declaration is
//! checked against the bytes, because Arabic sites often get it wrong: a page that declares a
//! single-byte code page but is valid multi-byte UTF-8 is UTF-8, and a page that declares UTF-8
//! but is not valid UTF-8 is detected afresh. Detection picks UTF-8 when the bytes are valid
//! UTF-8, else scores the Arabic code pages (windows-1256, ISO-8859-6) against windows-1252 by
//! how much of the decoded text is Arabic letters versus characters that are unlikely in news
//! (undefined code points, C1 controls, accented Latin letters next to Arabic ones).

use encoding_rs::Encoding;
use serde::Serialize;

/// How the encoding of a page was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// The caller's HTTP `Content-Type` header.
    HttpHeader,
    /// `<meta charset=…>`.
    Meta,
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`.
    HttpEquiv,
    /// Statistical detection (nothing declared, or the declaration contradicted the bytes).
    Detected,
    /// No evidence at all (empty or pure-ASCII input): UTF-8.
    Fallback,
}

impl EncodingSource {
    /// The lower-case name used in JSON (`bom`, `http-header`, `meta`, `http-equiv`,
    /// `detected`, `fallback`).
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingSource::Bom => "bom",
            EncodingSource::HttpHeader => "http-header",
            EncodingSource::Meta => "meta",
            EncodingSource::HttpEquiv => "http-equiv",
            EncodingSource::Detected => "detected",
            EncodingSource::Fallback => "fallback",
        }
    }
}

/// How many leading bytes are scanned for a `<meta>` declaration (the standard says 1024;
/// real pages put long scripts first, so a little more is read).
const PRESCAN_BYTES: usize = 8192;

/// Decodes HTML `bytes` to text: returns the text, the encoding's WHATWG name (e.g. `UTF-8`,
/// `windows-1256`, `ISO-8859-6`) and how it was decided. Never fails: undecodable bytes become
/// U+FFFD. A leading BOM is removed.
pub fn decode_html(bytes: &[u8]) -> (String, &'static str, EncodingSource) {
    decode_html_with_hint(bytes, None)
}

/// Like [`decode_html`], with the value of an HTTP `Content-Type` header (e.g. from a WARC
/// record) as a hint that ranks above `<meta>`.
pub fn decode_html_with_hint(
    bytes: &[u8],
    content_type: Option<&str>,
) -> (String, &'static str, EncodingSource) {
    let (enc, source) = sniff(bytes, content_type);
    let (text, _had_errors) = enc.decode_with_bom_removal(bytes);
    (text.into_owned(), enc.name(), source)
}

/// Decides the encoding of `bytes`.
pub(crate) fn sniff(
    bytes: &[u8],
    content_type: Option<&str>,
) -> (&'static Encoding, EncodingSource) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, EncodingSource::Bom);
    }
    let declared = content_type
        .and_then(charset_from_content_type)
        .map(|e| (e, EncodingSource::HttpHeader))
        .or_else(|| prescan_meta(&bytes[..bytes.len().min(PRESCAN_BYTES)]));
    let utf8_ok = valid_utf8_allowing_cut(bytes);
    let has_high = bytes.iter().any(|&b| b >= 0x80);
    if let Some((enc, source)) = declared {
        if enc == encoding_rs::UTF_8 {
            if utf8_ok {
                return (enc, source);
            }
            return (detect_single_byte(bytes), EncodingSource::Detected);
        }
        // A single-byte declaration over bytes that are valid UTF-8 with multi-byte sequences
        // is a mislabelled UTF-8 page (a CMS migration classic).
        if utf8_ok && has_high && enc.is_single_byte() {
            return (encoding_rs::UTF_8, EncodingSource::Detected);
        }
        if enc == encoding_rs::WINDOWS_1256 || enc == encoding_rs::ISO_8859_6 {
            // The two Arabic code pages are often swapped: keep the one that reads as Arabic.
            let best = detect_single_byte(bytes);
            if best != enc && (best == encoding_rs::WINDOWS_1256 || best == encoding_rs::ISO_8859_6)
            {
                return (best, EncodingSource::Detected);
            }
        }
        return (enc, source);
    }
    if !has_high {
        return (encoding_rs::UTF_8, EncodingSource::Fallback);
    }
    if utf8_ok {
        return (encoding_rs::UTF_8, EncodingSource::Detected);
    }
    (detect_single_byte(bytes), EncodingSource::Detected)
}

/// UTF-8 validity, tolerating a multi-byte sequence cut by truncation at the very end.
fn valid_utf8_allowing_cut(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && bytes.len() - e.valid_up_to() < 4,
    }
}

/// Scores the single-byte candidates on the high bytes and returns the best.
fn detect_single_byte(bytes: &[u8]) -> &'static Encoding {
    // On a tie (text where the candidates agree) the first wins: windows-1252 for Latin text.
    let candidates = [
        encoding_rs::WINDOWS_1252,
        encoding_rs::WINDOWS_1256,
        encoding_rs::ISO_8859_6,
    ];
    let mut best = (encoding_rs::WINDOWS_1252, i64::MIN);
    for enc in candidates {
        let s = score(enc, bytes);
        if s > best.1 {
            best = (enc, s);
        }
    }
    best.0
}

/// What a high byte decodes to, for scoring.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Class {
    ArabicLetter,
    /// Arabic diacritics, tatweel and punctuation.
    ArabicMark,
    /// Typographic punctuation and symbols common in news (no evidence either way).
    Neutral,
    /// Undefined in the code page, or a C1 control.
    Invalid,
    /// A non-ASCII Latin (or other) letter.
    Letter,
    /// Anything else.
    Other,
}

/// Classes of bytes 0x80..=0xFF in `enc` (single-byte encodings map bytes one to one).
fn classes(enc: &'static Encoding) -> [Class; 128] {
    let mut table = [Class::Other; 128];
    for (i, slot) in table.iter_mut().enumerate() {
        let byte = [0x80 + i as u8];
        let (text, _) = enc.decode_without_bom_handling(&byte);
        let c = text.chars().next().unwrap_or('\u{fffd}');
        *slot = match c {
            '\u{621}'..='\u{64a}' => Class::ArabicLetter,
            '\u{64b}'..='\u{652}' | '،' | '؛' | '؟' => Class::ArabicMark,
            '«' | '»' | '\u{a0}' | '–' | '—' | '’' | '‘' | '“' | '”' | '…' | '©' => {
                Class::Neutral
            }
            '\u{fffd}' | '\u{80}'..='\u{9f}' => Class::Invalid,
            c if c.is_alphabetic() => Class::Letter,
            _ => Class::Other,
        };
    }
    table
}

/// Plausibility of `bytes` decoded as `enc`: Arabic letters and marks count for, undefined or
/// control characters and Latin letters squeezed between Arabic letters count against; an
/// Arabic letter glued to an ASCII letter (`d\u{649}cid\u{649}`) is a Latin page read through
/// an Arabic code page. ASCII decodes the same in every candidate and only gives context.
fn score(enc: &'static Encoding, bytes: &[u8]) -> i64 {
    // The tables are immutable once built; build each once per process.
    static TABLES: std::sync::OnceLock<[[Class; 128]; 3]> = std::sync::OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        [
            classes(encoding_rs::WINDOWS_1252),
            classes(encoding_rs::WINDOWS_1256),
            classes(encoding_rs::ISO_8859_6),
        ]
    });
    let table = if enc == encoding_rs::WINDOWS_1256 {
        tables[1]
    } else if enc == encoding_rs::ISO_8859_6 {
        tables[2]
    } else {
        tables[0]
    };
    // At most 64 KiB: plenty of evidence, bounded work.
    let sample = &bytes[..bytes.len().min(65536)];
    let mut score: i64 = 0;
    let mut prev_arabic = false;
    let mut prev_ascii_letter = false;
    for &b in sample {
        if b < 0x80 {
            let letter = b.is_ascii_alphabetic();
            if letter && prev_arabic {
                score -= 8;
            }
            prev_arabic = false;
            prev_ascii_letter = letter;
            continue;
        }
        let class = table[(b - 0x80) as usize];
        match class {
            Class::ArabicLetter => score += if prev_ascii_letter { -8 } else { 2 },
            Class::ArabicMark => score += 1,
            Class::Neutral => {}
            Class::Invalid => score -= 10,
            Class::Letter => score -= if prev_arabic { 6 } else { 1 },
            Class::Other => score -= 2,
        }
        prev_arabic = class == Class::ArabicLetter;
        prev_ascii_letter = false;
    }
    score
}

/// Decodes plain text (no markup to declare a charset) that is not valid UTF-8 but reads as
/// Arabic in one of the Arabic code pages: returns the text and the encoding's WHATWG name
/// (`windows-1256` or `ISO-8859-6`). `None` when the bytes are valid UTF-8, when they read best
/// as windows-1252 (Latin text), when fewer than half of their high bytes are Arabic letters or
/// marks in the best Arabic reading, or when they are UTF-8 with damaged bytes (half or more
/// of the high bytes inside valid multi-byte sequences): callers keep reporting those as
/// encoding errors.
///
/// ```
/// let bytes = [0xE3, 0xE6, 0xD3, 0xDF, 0xE6]; // موسكو in windows-1256
/// let (text, name) = khabar_extract::decode_arabic_code_page(&bytes).unwrap();
/// assert_eq!((text.as_str(), name), ("موسكو", "windows-1256"));
/// assert!(khabar_extract::decode_arabic_code_page("موسكو".as_bytes()).is_none());
/// ```
pub fn decode_arabic_code_page(bytes: &[u8]) -> Option<(String, &'static str)> {
    let valid_up_to = match std::str::from_utf8(bytes) {
        Ok(_) => return None,
        Err(e) => e.valid_up_to(),
    };
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    // High bytes inside valid UTF-8 sequences, counted chunk by chunk past each bad byte.
    let mut in_utf8 = bytes[..valid_up_to].iter().filter(|&&b| b >= 0x80).count();
    let mut rest = &bytes[valid_up_to..];
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                in_utf8 += s.bytes().filter(|&b| b >= 0x80).count();
                break;
            }
            Err(e) => {
                let ok = e.valid_up_to();
                in_utf8 += rest[..ok].iter().filter(|&&b| b >= 0x80).count();
                rest = &rest[ok + e.error_len().unwrap_or(rest.len() - ok)..];
            }
        }
    }
    // In windows-1256 Arabic, a letter (0xC1-0xFE) is followed by a byte in 0x80-0xBF only
    // before `،`, `؛`, `؟`, `«`, `»` or a Persian letter: few high bytes pair up as UTF-8.
    if in_utf8 * 2 >= high {
        return None;
    }
    let enc = detect_single_byte(bytes);
    if enc != encoding_rs::WINDOWS_1256 && enc != encoding_rs::ISO_8859_6 {
        return None;
    }
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let arabic = text
        .chars()
        .filter(|c| ('\u{600}'..='\u{6ff}').contains(c))
        .count();
    if arabic * 2 < high {
        return None;
    }
    Some((text.into_owned(), enc.name()))
}

/// The encoding named by a `Content-Type` value's `charset=` parameter.
pub(crate) fn charset_from_content_type(ct: &str) -> Option<&'static Encoding> {
    let lower = ct.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + 7..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == '"' || c == '\'' || c == ';' || c.is_whitespace())
        .unwrap_or(rest.len());
    label_to_encoding(&rest[..end])
}

fn label_to_encoding(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    // As browsers do: a UTF-16 declaration inside the bytes themselves means UTF-8, and
    // `x-user-defined` is treated as windows-1252.
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    if enc == encoding_rs::X_USER_DEFINED {
        return Some(encoding_rs::WINDOWS_1252);
    }
    Some(enc)
}

/// Looks for `<meta charset>` or `<meta http-equiv=Content-Type content=…charset=…>` (and an
/// XML declaration's `encoding=`) in the first bytes, skipping comments.
fn prescan_meta(head: &[u8]) -> Option<(&'static Encoding, EncodingSource)> {
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("<?xml") {
        if let Some(at) = rest.find("encoding=") {
            let v = rest[at + 9..].trim_start_matches(['"', '\'']);
            let end = v.find(['"', '\'', '?', ' ']).unwrap_or(v.len());
            if let Some(enc) = label_to_encoding(&v[..end]) {
                return Some((enc, EncodingSource::Meta));
            }
        }
    }
    let mut i = 0;
    while let Some(k) = lower[i..].find('<') {
        let at = i + k;
        let rest = &lower[at..];
        if rest.starts_with("<!--") {
            i = match rest.find("-->") {
                Some(e) => at + e + 3,
                None => return None,
            };
            continue;
        }
        if !rest.starts_with("<meta") {
            i = at + 1;
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        i = at + end.max(1);
        if let Some(v) = attr_value(tag, "charset") {
            if let Some(enc) = label_to_encoding(v) {
                return Some((enc, EncodingSource::Meta));
            }
        }
        let is_ct = attr_value(tag, "http-equiv").is_some_and(|v| v.trim() == "content-type");
        if is_ct {
            if let Some(enc) = attr_value(tag, "content").and_then(charset_from_content_type) {
                return Some((enc, EncodingSource::HttpEquiv));
            }
        }
    }
    None
}

/// Value of attribute `name` inside a lower-cased tag text.
fn attr_value<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(k) = tag[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before_ok = at > 0
            && matches!(
                tag.as_bytes()[at - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'/'
            );
        let rest = tag[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let (q, body) = match rest.as_bytes().first() {
            Some(b'"') => (Some('"'), &rest[1..]),
            Some(b'\'') => (Some('\''), &rest[1..]),
            _ => (None, rest),
        };
        let end = match q {
            Some(q) => body.find(q).unwrap_or(body.len()),
            None => body
                .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
                .unwrap_or(body.len()),
        };
        return Some(&body[..end]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str = "أفاد بلاغ صادر عن وزارة الداخلية أن وحدات الحرس الوطني تمكنت من حجز كمية من المخدرات، وما تزال الأبحاث متواصلة.";

    fn page(meta: &str) -> String {
        format!("<html><head>{meta}<title>t</title></head><body><p>{ARABIC}</p></body></html>")
    }

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        enc.encode(s).0.into_owned()
    }

    #[test]
    fn plain_text_in_arabic_code_pages() {
        for enc in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
            let (text, name) = decode_arabic_code_page(&encode(enc, ARABIC)).unwrap();
            assert_eq!((text.as_str(), name), (ARABIC, enc.name()));
        }
        // UTF-8 is not this function's business; Latin-1 text and UTF-8 with one damaged byte
        // stay errors for the caller.
        assert!(decode_arabic_code_page(ARABIC.as_bytes()).is_none());
        let latin = encode(
            encoding_rs::WINDOWS_1252,
            "Café crème, déjà vu à Zürich. Ça va.",
        );
        assert!(decode_arabic_code_page(&latin).is_none());
        let mut damaged = ARABIC.as_bytes().to_vec();
        damaged[10] = 0xFF;
        assert!(decode_arabic_code_page(&damaged).is_none());
    }

    #[test]
    fn declared_meta_charset() {
        let b = encode(
            encoding_rs::WINDOWS_1256,
            &page("<meta charset=\"windows-1256\">"),
        );
        let (text, name, src) = decode_html(&b);
        assert_eq!((name, src), ("windows-1256", EncodingSource::Meta));
        assert!(text.contains(ARABIC));
    }

    #[test]
    fn declared_http_equiv() {
        let meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">";
        let (_, name, src) = decode_html(page(meta).as_bytes());
        assert_eq!((name, src), ("UTF-8", EncodingSource::HttpEquiv));
    }

    #[test]
    fn undeclared_windows_1256_and_iso_8859_6() {
        let b = encode(encoding_rs::WINDOWS_1256, &page(""));
        let (text, name, src) = decode_html(&b);
        assert_eq!((name, src), ("windows-1256", EncodingSource::Detected));
        assert!(text.contains(ARABIC));
        let b = encode(encoding_rs::ISO_8859_6, &page(""));
        let (text, name, _) = decode_html(&b);
        assert_eq!(name, "ISO-8859-6");
        assert!(text.contains(ARABIC));
    }

    #[test]
    fn undeclared_utf8() {
        let (_, name, src) = decode_html(page("").as_bytes());
        assert_eq!((name, src), ("UTF-8", EncodingSource::Detected));
        let (_, name, src) = decode_html(b"<p>plain ascii</p>");
        assert_eq!((name, src), ("UTF-8", EncodingSource::Fallback));
    }

    #[test]
    fn wrong_declarations_are_caught() {
        // Declares utf-8, is windows-1256.
        let b = encode(encoding_rs::WINDOWS_1256, &page("<meta charset=\"utf-8\">"));
        let (text, name, src) = decode_html(&b);
        assert_eq!((name, src), ("windows-1256", EncodingSource::Detected));
        assert!(text.contains(ARABIC));
        // Declares windows-1256, is UTF-8.
        let p =
            page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
        let (text, name, src) = decode_html(p.as_bytes());
        assert_eq!((name, src), ("UTF-8", EncodingSource::Detected));
        assert!(text.contains(ARABIC));
        // Declares ISO-8859-6, is windows-1256.
        let b = encode(
            encoding_rs::WINDOWS_1256,
            &page("<meta charset=\"iso-8859-6\">"),
        );
        let (_, name, _) = decode_html(&b);
        assert_eq!(name, "windows-1256");
    }

    #[test]
    fn bom_and_header_hint() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(page("").as_bytes());
        let (text, name, src) = decode_html(&b);
        assert_eq!((name, src), ("UTF-8", EncodingSource::Bom));
        assert!(text.starts_with("<html>"));
        let b = encode(encoding_rs::WINDOWS_1256, &page("<meta charset=\"utf-8\">"));
        let (_, name, src) = decode_html_with_hint(&b, Some("text/html; charset=windows-1256"));
        assert_eq!((name, src), ("windows-1256", EncodingSource::HttpHeader));
    }

    #[test]
    fn latin_page_is_windows_1252() {
        let b = encode(
            encoding_rs::WINDOWS_1252,
            "<p>Le gouvernement a décidé à l'unanimité: très élevé, où, déjà.</p>",
        );
        let (_, name, _) = decode_html(&b);
        assert_eq!(name, "windows-1252");
    }
}
