//! WARC/1.0 and WARC/1.1 reader (ISO 28500), streaming one record at a time.
//!
//! A record is a version line (`WARC/1.1`), named header fields, an empty line, then exactly
//! `Content-Length` bytes of block, then `\r\n\r\n`. `response` records hold an HTTP response
//! (status line, headers, body); `resource` records hold the payload directly. Only those two
//! types with an HTML payload become [`Record`]s; `warcinfo`, `request`, `metadata`, `revisit`,
//! `conversion` and `continuation` records, non-HTML payloads and non-2xx responses are
//! skipped and counted in [`SourceStats::skipped`].

use std::io::{self, Read};

use crate::error::{ErrorKind, SourceError};
use crate::format::{Compression, DynRead};
use crate::http::{charset_of, is_html_type, parse_response};
use crate::line::{read_line_capped, Line};
use crate::record::{host_of, Body, Record, RecordKind};
use crate::sources::{FileReader, SourceOptions};
use crate::stats::SourceStats;
use crate::textfile::io_error;

/// Longest header line accepted.
const MAX_HEADER_LINE: usize = 64 << 10;
/// Most header lines accepted in one record.
const MAX_HEADER_LINES: usize = 1024;

pub(crate) struct WarcReader {
    reader: DynRead,
    path: String,
    comp: Compression,
    n: u64,
    max: usize,
    done: bool,
    /// After a malformed header: skip lines until the next `WARC/` version line.
    resync: bool,
    line: Vec<u8>,
}

struct Head {
    warc_type: String,
    content_type: Option<String>,
    target_uri: Option<String>,
    date: Option<String>,
    length: Option<u64>,
}

impl WarcReader {
    pub(crate) fn new(
        reader: DynRead,
        path: String,
        comp: Compression,
        opts: &SourceOptions,
    ) -> Self {
        WarcReader {
            reader,
            path,
            comp,
            n: 0,
            max: opts.max_record_bytes,
            done: false,
            resync: false,
            line: Vec::new(),
        }
    }

    fn origin(&self) -> String {
        format!("{}#warc-record-{}", self.path, self.n)
    }

    fn fail(
        &mut self,
        kind: ErrorKind,
        reason: impl Into<String>,
    ) -> Option<Result<Record, SourceError>> {
        Some(Err(SourceError::new(self.origin(), kind, reason)))
    }

    fn fatal_io(&mut self, e: &io::Error) -> Option<Result<Record, SourceError>> {
        self.done = true;
        if e.kind() == io::ErrorKind::UnexpectedEof && self.comp == Compression::None {
            return self.fail(ErrorKind::TruncatedWarc, "file ends inside a record");
        }
        Some(Err(io_error(self.origin(), self.comp, e)))
    }

    /// Reads the version line (skipping blank separator lines). `Ok(false)` at end of input.
    fn read_version_line(&mut self) -> io::Result<Result<bool, String>> {
        loop {
            match read_line_capped(&mut self.reader, &mut self.line, MAX_HEADER_LINE)? {
                Line::Eof => return Ok(Ok(false)),
                Line::TooLong(_) => {
                    if !self.resync {
                        self.resync = true;
                        return Ok(Err(
                            "over-long line where a WARC version line was expected".into()
                        ));
                    }
                }
                Line::Complete => {
                    let l = trim_cr(&self.line);
                    if l.is_empty() {
                        continue;
                    }
                    if l.starts_with(b"WARC/") {
                        self.resync = false;
                        return Ok(Ok(true));
                    }
                    if !self.resync {
                        self.resync = true;
                        let got = String::from_utf8_lossy(&l[..l.len().min(40)]).into_owned();
                        return Ok(Err(format!("expected a WARC version line, found {got:?}")));
                    }
                }
            }
        }
    }

    fn read_head(&mut self) -> io::Result<Result<Head, String>> {
        let mut head = Head {
            warc_type: String::new(),
            content_type: None,
            target_uri: None,
            date: None,
            length: None,
        };
        for _ in 0..MAX_HEADER_LINES {
            match read_line_capped(&mut self.reader, &mut self.line, MAX_HEADER_LINE)? {
                Line::Eof => return Err(io::ErrorKind::UnexpectedEof.into()),
                Line::TooLong(n) => return Ok(Err(format!("WARC header line of {n} bytes"))),
                Line::Complete => {}
            }
            let l = trim_cr(&self.line);
            if l.is_empty() {
                return Ok(Ok(head));
            }
            let l = String::from_utf8_lossy(l);
            let Some((name, value)) = l.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => head.warc_type = value.to_ascii_lowercase(),
                "content-type" => head.content_type = Some(value.to_string()),
                "warc-target-uri" => {
                    // WARC/1.0 examples wrap the URI in angle brackets.
                    let v = value.trim_start_matches('<').trim_end_matches('>');
                    head.target_uri = Some(v.to_string());
                }
                "warc-date" => head.date = Some(value.to_string()),
                "content-length" => head.length = value.parse().ok(),
                _ => {}
            }
        }
        Ok(Err(format!(
            "more than {MAX_HEADER_LINES} WARC header lines"
        )))
    }

    fn skip_block(&mut self, len: u64) -> io::Result<()> {
        let copied = io::copy(&mut (&mut self.reader).take(len), &mut io::sink())?;
        if copied < len {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        Ok(())
    }
}

impl FileReader for WarcReader {
    fn next_record(&mut self, stats: &mut SourceStats) -> Option<Result<Record, SourceError>> {
        loop {
            if self.done {
                return None;
            }
            match self.read_version_line() {
                Err(e) => return self.fatal_io(&e),
                Ok(Ok(false)) => {
                    self.done = true;
                    return None;
                }
                Ok(Ok(true)) => self.n += 1,
                Ok(Err(reason)) => {
                    self.n += 1;
                    return self.fail(ErrorKind::MalformedWarc, reason);
                }
            }
            let head = match self.read_head() {
                Err(e) => return self.fatal_io(&e),
                Ok(Err(reason)) => {
                    self.resync = true;
                    return self.fail(ErrorKind::MalformedWarc, reason);
                }
                Ok(Ok(h)) => h,
            };
            let Some(len) = head.length else {
                self.resync = true;
                return self.fail(
                    ErrorKind::MalformedWarc,
                    "missing or invalid Content-Length",
                );
            };
            let wanted = matches!(head.warc_type.as_str(), "response" | "resource");
            if !wanted {
                if let Err(e) = self.skip_block(len) {
                    return self.fatal_io(&e);
                }
                let t = if head.warc_type.is_empty() {
                    "unknown"
                } else {
                    &head.warc_type
                };
                stats.skip(&format!("warc-type:{t}"));
                continue;
            }
            if len > self.max as u64 {
                if let Err(e) = self.skip_block(len) {
                    return self.fatal_io(&e);
                }
                let reason = format!("record of {len} bytes exceeds the {} byte limit", self.max);
                return self.fail(ErrorKind::TooLarge, reason);
            }
            let mut block = Vec::with_capacity((len as usize).min(1 << 20));
            match (&mut self.reader).take(len).read_to_end(&mut block) {
                Err(e) => return self.fatal_io(&e),
                Ok(n) if (n as u64) < len => {
                    self.done = true;
                    let reason = format!("file ends inside the record ({n} of {len} block bytes)");
                    return self.fail(ErrorKind::TruncatedWarc, reason);
                }
                Ok(_) => {}
            }
            match self.payload(&head, block, stats) {
                Some(r) => return Some(r),
                None => continue,
            }
        }
    }
}

impl WarcReader {
    /// The HTML payload of a response/resource block, `None` when skipped on purpose.
    fn payload(
        &mut self,
        head: &Head,
        block: Vec<u8>,
        stats: &mut SourceStats,
    ) -> Option<Result<Record, SourceError>> {
        let block_type = head
            .content_type
            .as_deref()
            .unwrap_or("")
            .to_ascii_lowercase();
        let (bytes, content_type) =
            if head.warc_type == "response" && block_type.starts_with("application/http") {
                let resp = match parse_response(&block, self.max) {
                    Ok(r) => r,
                    Err(reason) => return self.fail(ErrorKind::MalformedHttp, reason),
                };
                if !(200..300).contains(&resp.status) {
                    stats.skip("http-status");
                    return None;
                }
                (resp.body, resp.content_type)
            } else if head.warc_type == "response"
                && !block_type.is_empty()
                && !block_type.starts_with("text/")
            {
                // A response that is not HTTP (e.g. dns:) and not a text payload.
                stats.skip("warc-non-html");
                return None;
            } else {
                (block, head.content_type.clone())
            };
        let html = match content_type.as_deref() {
            Some(ct) => is_html_type(ct),
            None => sniff_html(&bytes),
        };
        if !html {
            stats.skip("warc-non-html");
            return None;
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            stats.skip("empty");
            return None;
        }
        let url = head.target_uri.clone().filter(|u| !u.is_empty());
        let source = url.as_deref().and_then(host_of).map(str::to_string);
        Some(Ok(Record {
            id: None,
            origin: self.origin(),
            kind: RecordKind::Html,
            url,
            title: None,
            date: head.date.clone(),
            source,
            body: Body::Html {
                bytes,
                charset: content_type.as_deref().and_then(charset_of),
            },
        }))
    }
}

fn trim_cr(b: &[u8]) -> &[u8] {
    b.strip_suffix(b"\r").unwrap_or(b)
}

/// Whether a payload without a Content-Type looks like HTML (starts with `<`, ignoring a BOM
/// and whitespace).
fn sniff_html(bytes: &[u8]) -> bool {
    crate::format::sniff_format(&bytes[..bytes.len().min(1024)]) == crate::format::Format::Html
}
