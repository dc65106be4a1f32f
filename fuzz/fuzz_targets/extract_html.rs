//! Fuzzes the HTML extractor: any bytes must give `Ok` or a typed error, never a panic, and a
//! successful result must be self-consistent (text = paragraphs joined by `\n`, no empty or
//! untrimmed paragraph).
//!
//! Run: `cargo +nightly fuzz run extract_html` from the repository root.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = khabar_extract::ExtractOptions::default();
    if let Ok(page) = khabar_extract::extract(data, &opts) {
        assert_eq!(page.text, page.paragraphs.join("\n"));
        assert!(page.paragraphs.iter().all(|p| !p.is_empty() && p.trim() == p));
    }
    let _ = khabar_extract::decode_html(data);
});
