//! Fuzz the WARC reader (and the HTTP parsing inside it): any bytes, as a plain WARC and as
//! sniffed input (so gzip/zstd framing is exercised too), must never panic, hang or allocate
//! without bound, and every item must be a record or an error naming its origin.
//!
//! `cargo +nightly fuzz run warc` (from `fuzz/`).

#![no_main]

use khabar_source::{Format, SourceOptions, Sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = SourceOptions {
        max_record_bytes: 1 << 20,
        ..SourceOptions::default()
    };
    for format in [Some(Format::Warc), None] {
        let sources =
            Sources::from_reader("fuzz", std::io::Cursor::new(data.to_vec()), format, &opts);
        for item in sources.take(10_000) {
            match item {
                Ok(rec) => assert!(rec.origin.starts_with("fuzz")),
                Err(e) => assert!(e.origin.starts_with("fuzz") && !e.reason.is_empty()),
            }
        }
    }
});
