//! Per-record errors and the `--errors FILE` JSONL writer.

use std::io::{self, Write};

use serde::Serialize;

/// Category of a [`SourceError`], stable for counting and for machine-readable reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file or directory could not be opened or read.
    Io,
    /// A gzip stream is corrupt or truncated (the rest of that file is lost).
    Gzip,
    /// A zstd stream is corrupt or truncated (the rest of that file is lost).
    Zstd,
    /// A JSONL line is not a JSON object.
    InvalidJson,
    /// A JSONL object has neither the text nor the html field.
    MissingField,
    /// The file looks binary (NUL bytes).
    Binary,
    /// Bytes are not valid in the expected encoding (UTF-8 for text and JSONL).
    Encoding,
    /// A record is larger than [`crate::SourceOptions::max_record_bytes`].
    TooLarge,
    /// A WARC file ends in the middle of a record.
    TruncatedWarc,
    /// A WARC record header is malformed (no version line, no `Content-Length`).
    MalformedWarc,
    /// The HTTP message inside a WARC response record is malformed (bad chunking, encoding).
    MalformedHttp,
    /// HTML extraction failed (empty input, not HTML) in [`crate::Record::into_article`].
    Extract,
}

impl ErrorKind {
    /// The kebab-case name used in reports (`invalid-json`, `truncated-warc`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Gzip => "gzip",
            ErrorKind::Zstd => "zstd",
            ErrorKind::InvalidJson => "invalid-json",
            ErrorKind::MissingField => "missing-field",
            ErrorKind::Binary => "binary",
            ErrorKind::Encoding => "encoding",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::TruncatedWarc => "truncated-warc",
            ErrorKind::MalformedWarc => "malformed-warc",
            ErrorKind::MalformedHttp => "malformed-http",
            ErrorKind::Extract => "extract",
        }
    }
}

/// A record (or a whole file) that could not be read, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("{origin}: {reason}")]
pub struct SourceError {
    /// Where: `path`, `path#line`, or `path#warc-record-N`.
    pub origin: String,
    /// Category, for counting.
    pub kind: ErrorKind,
    /// Human-readable reason.
    pub reason: String,
}

impl SourceError {
    pub(crate) fn new(
        origin: impl Into<String>,
        kind: ErrorKind,
        reason: impl Into<String>,
    ) -> Self {
        SourceError {
            origin: origin.into(),
            kind,
            reason: reason.into(),
        }
    }
}

/// Writes [`SourceError`]s as JSON lines `{"origin":…,"kind":…,"reason":…}` (for `--errors FILE`).
pub struct ErrorLog<W: Write> {
    out: W,
    written: u64,
}

impl<W: Write> ErrorLog<W> {
    /// Wraps a writer (a file, or `io::sink()` when no error file was asked for).
    pub fn new(out: W) -> Self {
        ErrorLog { out, written: 0 }
    }

    /// Writes one error as a JSON line.
    pub fn write(&mut self, err: &SourceError) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, err).map_err(io::Error::other)?;
        self.out.write_all(b"\n")?;
        self.written += 1;
        Ok(())
    }

    /// Writes any error with an origin and a reason (e.g. an extraction failure downstream).
    pub fn write_reason(&mut self, origin: &str, reason: &str) -> io::Result<()> {
        #[derive(Serialize)]
        struct Line<'a> {
            origin: &'a str,
            reason: &'a str,
        }
        serde_json::to_writer(&mut self.out, &Line { origin, reason }).map_err(io::Error::other)?;
        self.out.write_all(b"\n")?;
        self.written += 1;
        Ok(())
    }

    /// Number of lines written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Flushes and returns the writer.
    pub fn into_inner(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}
