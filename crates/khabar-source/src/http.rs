//! The HTTP response inside a WARC `response` record: status, headers, de-chunking and
//! content-decoding.

use std::io::Read;

/// A parsed HTTP response head and its decoded body.
pub(crate) struct HttpResponse {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) body: Vec<u8>,
}

/// Parses `block` (an `application/http; msgtype=response` WARC block). Bodies sent with
/// `Transfer-Encoding: chunked` are de-chunked (unless the archiver already did it), and
/// `Content-Encoding: gzip`/`deflate` bodies are decompressed (at most `max` bytes).
pub(crate) fn parse_response(block: &[u8], max: usize) -> Result<HttpResponse, String> {
    let (head_end, body_start) = find_head_end(block).ok_or("no end of HTTP headers")?;
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.split_whitespace();
    let proto = parts.next().unwrap_or("");
    if !proto.starts_with("HTTP/") {
        return Err(format!(
            "not an HTTP status line: {:?}",
            truncate(status_line, 60)
        ));
    }
    let status: u16 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad HTTP status line: {:?}", truncate(status_line, 60)))?;
    let mut content_type = None;
    let mut chunked = false;
    let mut encoding = None;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_string()),
            "transfer-encoding" => chunked |= value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encoding = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    let mut body = &block[body_start..];
    let dechunked;
    if chunked && looks_chunked(body) {
        dechunked = dechunk(body)?;
        body = &dechunked;
    }
    let body = match encoding.as_deref() {
        None | Some("identity") | Some("") => body.to_vec(),
        Some("gzip") | Some("x-gzip") => inflate(flate2::read::MultiGzDecoder::new(body), max)?,
        Some("deflate") => match inflate(flate2::read::ZlibDecoder::new(body), max) {
            Ok(b) => b,
            Err(_) => inflate(flate2::read::DeflateDecoder::new(body), max)?,
        },
        Some(other) => return Err(format!("unsupported Content-Encoding {other:?}")),
    };
    Ok(HttpResponse {
        status,
        content_type,
        body,
    })
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn find_head_end(b: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(b, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(b, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Whether the body starts like a chunked stream (`<hex>[;ext]\r\n`). Some archivers store the
/// de-chunked payload but keep the `Transfer-Encoding` header.
fn looks_chunked(body: &[u8]) -> bool {
    let Some(nl) = memchr::memchr(b'\n', &body[..body.len().min(64)]) else {
        return false;
    };
    let line = trim_cr(&body[..nl]);
    let size = line.split(|&c| c == b';').next().unwrap_or(b"");
    !size.is_empty() && size.iter().all(u8::is_ascii_hexdigit)
}

fn trim_cr(b: &[u8]) -> &[u8] {
    b.strip_suffix(b"\r").unwrap_or(b)
}

/// Undoes HTTP/1.1 chunked transfer-coding.
pub(crate) fn dechunk(mut b: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let nl = memchr::memchr(b'\n', b).ok_or("truncated chunked body (no chunk size line)")?;
        let line = trim_cr(&b[..nl]);
        let size_hex = line.split(|&c| c == b';').next().unwrap_or(b"");
        let size_str = std::str::from_utf8(size_hex).unwrap_or("").trim();
        let size = usize::from_str_radix(size_str, 16)
            .map_err(|_| format!("bad chunk size {:?}", String::from_utf8_lossy(line)))?;
        b = &b[nl + 1..];
        if size == 0 {
            return Ok(out); // trailers, if any, are ignored
        }
        if b.len() < size {
            return Err("truncated chunked body".to_string());
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

fn inflate(r: impl Read, max: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    r.take(max as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("bad compressed HTTP body: {e}"))?;
    if out.len() > max {
        return Err(format!(
            "decompressed HTTP body exceeds the {max} byte limit"
        ));
    }
    Ok(out)
}

/// The `charset=` parameter of a Content-Type value, lowercased and unquoted.
pub(crate) fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        if !k.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let v = v
            .trim()
            .trim_matches(['"', '\''])
            .trim()
            .to_ascii_lowercase();
        (!v.is_empty()).then_some(v)
    })
}

/// Whether a Content-Type names HTML (`text/html`, `application/xhtml+xml`).
pub(crate) fn is_html_type(content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "text/html" || mime == "application/xhtml+xml"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_and_headers() {
        let msg = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"Windows-1256\"\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\n6;x=1\r\ncd</p>\r\n0\r\n\r\n";
        let r = parse_response(msg, 1 << 20).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.body, b"<p>abcd</p>");
        let ct = r.content_type.unwrap();
        assert_eq!(charset_of(&ct).as_deref(), Some("windows-1256"));
        assert!(is_html_type(&ct));
    }

    #[test]
    fn already_dechunked_payload_is_kept() {
        let msg = b"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n<html>x</html>";
        assert_eq!(
            parse_response(msg, 1 << 20).unwrap().body,
            b"<html>x</html>"
        );
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert!(parse_response(b"garbage", 100).is_err());
        assert!(parse_response(b"FTP 200\r\n\r\n", 100).is_err());
        assert!(dechunk(b"ff\r\nshort").is_err());
        assert!(dechunk(b"zz\r\n").is_err());
        let gz = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip";
        assert!(parse_response(gz, 100).is_err());
    }

    #[test]
    fn gzip_content_encoding() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all("<p>مرحبا</p>".as_bytes()).unwrap();
        let mut msg = b"HTTP/1.0 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        msg.extend(enc.finish().unwrap());
        assert_eq!(
            parse_response(&msg, 1000).unwrap().body,
            "<p>مرحبا</p>".as_bytes()
        );
        assert!(parse_response(&msg, 5).is_err());
    }
}
