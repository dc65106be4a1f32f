//! A minimal WARC/1.1 writer, for building test fixtures and small archives.

use std::io::{self, Write};

/// Writes WARC/1.1 records to a writer (wrap it in a gzip encoder per record for `.warc.gz`,
/// or around the whole stream: [`crate::Sources`] reads multi-member and single-member gzip).
pub struct WarcWriter<W: Write> {
    out: W,
    n: u64,
}

impl<W: Write> WarcWriter<W> {
    /// Starts writing to `out`.
    pub fn new(out: W) -> Self {
        WarcWriter { out, n: 0 }
    }

    /// Writes one record of `warc_type` with extra header fields and a block.
    pub fn record(
        &mut self,
        warc_type: &str,
        headers: &[(&str, &str)],
        block: &[u8],
    ) -> io::Result<()> {
        self.n += 1;
        write!(self.out, "WARC/1.1\r\nWARC-Type: {warc_type}\r\n")?;
        write!(
            self.out,
            "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{:012x}>\r\n",
            self.n
        )?;
        for (k, v) in headers {
            write!(self.out, "{k}: {v}\r\n")?;
        }
        write!(self.out, "Content-Length: {}\r\n\r\n", block.len())?;
        self.out.write_all(block)?;
        self.out.write_all(b"\r\n\r\n")
    }

    /// Writes a `response` record for `uri` holding an HTTP 200 response with `content_type`
    /// and `body`.
    pub fn response(
        &mut self,
        uri: &str,
        date: &str,
        content_type: &str,
        body: &[u8],
    ) -> io::Result<()> {
        let mut block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        block.extend_from_slice(body);
        self.record(
            "response",
            &[
                ("WARC-Target-URI", uri),
                ("WARC-Date", date),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            &block,
        )
    }

    /// Flushes and returns the writer.
    pub fn into_inner(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}
