//! Readers for text, HTML, WARC and JSONL sources, yielding [`Record`]s.
//!
//! # Brief overview
//! - [`Sources::open`] takes a list of paths (files, directories, or `-` for stdin) and a
//!   [`SourceOptions`], and is a streaming iterator of `Result<Record, SourceError>`.
//!   Directories are walked recursively in sorted (byte-wise) order, so the record order is
//!   deterministic. Memory use is bounded by one record (at most
//!   [`SourceOptions::max_record_bytes`]) plus small buffers, whatever the corpus size.
//! - A [`Record`] carries metadata (`id`, `url`, `title`, `date`, `source`), where it came from
//!   ([`Record::origin`]: `path`, `path#line`, or `path#warc-record-N`) and a [`Body`]: plain
//!   text, or raw HTML bytes with the charset hint of the transport (HTTP header).
//!   [`Record::into_article`] turns it into a [`khabar_article::Article`] (HTML through
//!   `khabar_extract`); [`Record::into_article_with`] takes any other extractor as a function.
//! - Every bad record (corrupt gzip, truncated WARC, invalid JSON line, binary file,
//!   undecodable bytes, over-size record) is an `Err(`[`SourceError`]`)` item naming the
//!   origin and reason; iteration goes on with the next record (for a broken compressed stream
//!   it goes on with the next file). [`Sources::stats`] counts records read and skipped by
//!   reason; [`ErrorLog`] writes the errors as JSON lines for `--errors FILE`.
//! - [`stable_id`]: the article id: the record's id, else FNV-1a 64 of the URL, else FNV-1a 64
//!   of the whitespace-normalized text.
//!
//! | input | how it is read |
//! |---|---|
//! | `*.txt` | one document per file (UTF-8, BOM stripped; UTF-16 with BOM decoded) |
//! | `*.html`, `*.htm`, `*.xhtml` | one HTML record per file (raw bytes) |
//! | `*.warc`, `*.warc.gz` | WARC/1.0 and 1.1; `response` (HTTP, HTML) and `resource` (HTML) records |
//! | `*.jsonl`, `*.ndjson`, plus `.gz` / `.zst` | one record per line, configurable fields |
//! | `*.json` (named explicitly; skipped in directories) | one object, each array element, or one per line |
//! | `-` (stdin), other named files | sniffed: gzip/zstd magic, `WARC/`, `{` (JSONL), `<` (HTML), else text |
//!
//! ```
//! use khabar_source::{Body, SourceOptions, Sources};
//! # let dir = std::env::temp_dir().join(format!("khabar-source-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! # std::fs::write(dir.join("a.jsonl"), "{\"id\":\"1\",\"text\":\"خبر\"}\nnot json\n").unwrap();
//! let mut sources = Sources::open(&[dir.clone()], &SourceOptions::default());
//! let items: Vec<_> = sources.by_ref().collect();
//! assert!(matches!(&items[0], Ok(r) if r.body == Body::Text("خبر".into())));
//! assert!(items[1].is_err()); // the bad line is reported, not fatal
//! assert_eq!(sources.stats().records, 1);
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

#![warn(missing_docs)]

mod error;
mod format;
mod http;
mod id;
mod jsonl;
mod line;
mod record;
mod sources;
mod stats;
mod textfile;
mod walk;
mod warc;
mod writer;

pub use error::{ErrorKind, ErrorLog, SourceError};
pub use format::Format;
pub use id::{fnv1a64, stable_id};
pub use record::{Body, Extracted, Record, RecordKind};
pub use sources::{FieldNames, SourceOptions, Sources};
pub use stats::SourceStats;
pub use writer::WarcWriter;
