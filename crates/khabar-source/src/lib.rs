//! Readers for text, HTML, WARC and JSONL sources, yielding records

#![warn(missing_docs)]
