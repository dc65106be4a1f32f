//! CLI tests for `khabar normalize`.

mod cli_common;

use cli_common::khabar;

#[test]
fn profiles_from_stdin() {
    let text = "\u{200F}أعلنَ الرئيـس ٢٠١٧ «UN»\n";
    let out = khabar(&["normalize", "--profile", "display"], text.as_bytes());
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "أعلنَ الرئيـس ٢٠١٧ «UN»\n"
    );
    let out = khabar(&["normalize", "--profile", "ner", "-"], text.as_bytes());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "أعلنَ الرئيس ٢٠١٧ «UN»\n"
    );
    let out = khabar(&["normalize", "--profile", "search"], text.as_bytes());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "اعلن الرئيس 2017 «un»\n"
    );
}

#[test]
fn reads_a_file() {
    let dir = std::env::temp_dir().join(format!("khabar-normalize-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("in.txt");
    std::fs::write(&path, "مدرسة إلى\n").unwrap();
    let out = khabar(&["normalize", path.to_str().unwrap()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "مدرسه الي\n");
    let missing = dir.join("missing.txt");
    let out = khabar(&["normalize", missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn empty_input_is_empty_output() {
    let out = khabar(&["normalize"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_error_and_lossy() {
    let input = b"abc \xFF def";
    let out = khabar(&["normalize"], input);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid UTF-8 at byte offset 4"), "{err}");
    let out = khabar(&["normalize", "--lossy"], input);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "abc \u{FFFD} def");
}

#[test]
fn long_single_line_streams() {
    // 4 MB on one line: exercises chunk boundaries (the 100 MB case is in docs/text-core.md).
    let line = "وقالت الوكالة إنّ ٣٠٫٥٪ من السكان ".repeat(60_000);
    let out = khabar(&["normalize", "--profile", "search"], line.as_bytes());
    assert!(out.status.success());
    let got = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        got,
        khabar_text::normalize(&line, khabar_text::Profile::Search).text
    );
}

#[test]
fn arabic_code_page_input_streams_as_utf8() {
    // The news fixture in windows-1256 (about 160 KiB: three 64 KiB chunks) normalizes like its
    // UTF-8 text.
    let news = include_str!("../../../fixtures/news-300k.txt");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(news);
    assert!(bytes.len() > 2 * 64 * 1024 && std::str::from_utf8(&bytes).is_err());
    let (utf8, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(&bytes);
    let from_code_page = khabar(&["normalize"], &bytes);
    assert!(from_code_page.status.success());
    assert!(String::from_utf8_lossy(&from_code_page.stderr).contains("decoded as windows-1256"));
    let from_utf8 = khabar(&["normalize"], utf8.as_bytes());
    assert!(from_code_page.stdout == from_utf8.stdout);
    // Latin-1 stays an error.
    let out = khabar(&["normalize"], b"caf\xe9 cr\xe8me, d\xe9j\xe0 vu");
    assert!(!out.status.success());
}
