//! Reading lines with a size cap, without holding an over-long line in memory.

use std::io::{self, BufRead};

/// Outcome of [`read_line_capped`].
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// A line (without its `\n`) is in the buffer.
    Complete,
    /// The line was longer than the cap; it was consumed and discarded. Holds its length.
    TooLong(u64),
    /// End of input (nothing read).
    Eof,
}

/// Reads one `\n`-terminated line into `buf` (cleared first), keeping at most `cap` bytes.
/// A longer line is read to its end and discarded, so memory stays bounded by `cap`.
pub(crate) fn read_line_capped<R: BufRead + ?Sized>(
    r: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut overflow = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            if total == 0 {
                return Ok(Line::Eof);
            }
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if !overflow {
            if buf.len() + take > cap {
                overflow = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        total += take as u64;
        r.consume(if done { take + 1 } else { take });
        if done {
            break;
        }
    }
    if overflow {
        Ok(Line::TooLong(total))
    } else {
        Ok(Line::Complete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_long_lines() {
        let data = b"short\nthis line is too long\nok\nlast";
        let mut r = io::BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"short");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::TooLong(21)
        );
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"ok");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"last");
        assert_eq!(read_line_capped(&mut r, &mut buf, 8).unwrap(), Line::Eof);
    }
}
