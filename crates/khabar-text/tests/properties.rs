//! Property tests: nothing panics, offsets always slice the input, alignments stay in range.

use khabar_text::normalizer::is_transparent;
use khabar_text::{
    is_stopword, light_stem, normalize, normalize_word, search_forms, search_forms_into,
    search_key, snowball_stem, split_sentences, split_sentences_tokens, tokenize, Normalizer,
    Profile, Span, TokenKind,
};
use proptest::prelude::*;

const PROFILES: [Profile; 3] = [Profile::Display, Profile::Ner, Profile::Search];

/// Pieces that make up realistic and adversarial Arabic news text.
const PIECES: &[&str] = &[
    "ال",
    "و",
    "ب",
    "ل",
    "لل",
    "كتاب",
    "مدرسة",
    "إلى",
    "على",
    "أ",
    "إ",
    "آ",
    "ٱ",
    "ى",
    "ة",
    "ء",
    "ک",
    "ی",
    "ۀ",
    "\u{064B}",
    "\u{064E}",
    "\u{0651}",
    "\u{0670}",
    "\u{06D6}",
    "ـ",
    "٠",
    "٣",
    "٫",
    "٬",
    "٪",
    "۳",
    "1",
    "2017",
    ".",
    ",",
    "،",
    "؛",
    "؟",
    "!",
    "?",
    "…",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ")",
    "-",
    "–",
    ":",
    "%",
    "#",
    "@",
    "_",
    "/",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\u{00A0}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{202B}",
    "\u{FEFF}",
    "\u{00AD}",
    "ﻻ",
    "ﷲ",
    "ﷺ",
    "\u{FE76}",
    "ﺑ",
    "http://",
    "https://",
    "www.",
    "x.com",
    "a@b.tn",
    "info",
    "U",
    "S",
    "ABC",
    "É",
    "İ",
    "é",
    "\u{0301}",
    "د",
    "م",
    "ف",
    "😀",
    "\u{FFFD}",
    "\r\n",
    "\u{2029}",
];

fn arabicish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabicish(), any::<String>()]
}

/// Lines of about the same width (the hard-wrapped case of the sentence splitter), joined by
/// any kind of line break.
fn wrapped_text() -> impl Strategy<Value = String> {
    let line = prop::collection::vec(prop::sample::select(PIECES), 18..22).prop_map(|v| v.concat());
    let brk = prop::sample::select(&["\n", "\r\n", "\u{2028}", "\n\n", " \n ", "\r"][..]);
    prop::collection::vec((line, brk), 3..12).prop_map(|v| {
        v.into_iter()
            .map(|(l, b)| format!("{}{b}", l.replace(['\n', '\r'], " ")))
            .collect()
    })
}

/// Byte offset of every character boundary (char index → byte index).
fn boundaries(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.len()))
        .collect()
}

fn check_tokens(s: &str) {
    let idx = boundaries(s);
    let n = idx.len() - 1;
    let mut last_end = 0;
    let mut last_byte_end = 0;
    for t in tokenize(s) {
        assert!(t.start < t.end && t.end <= n, "{t:?} in {s:?}");
        assert!(
            t.start >= last_end && t.byte_start >= last_byte_end,
            "overlap {t:?} in {s:?}"
        );
        assert_eq!(&s[t.byte_start..t.byte_end], t.text);
        assert_eq!(&s[idx[t.start]..idx[t.end]], t.text);
        assert!(
            !t.text.chars().all(char::is_whitespace),
            "whitespace token {t:?}"
        );
        if t.kind == TokenKind::Arabic {
            assert!(t.text.chars().any(khabar_text::is_arabic_letter), "{t:?}");
        }
        last_end = t.end;
        last_byte_end = t.byte_end;
    }
}

fn check_normalized(s: &str) {
    let n = s.chars().count();
    for p in PROFILES {
        let norm = normalize(s, p);
        assert_eq!(norm.map.len(), norm.text.chars().count());
        assert!(
            norm.map.windows(2).all(|w| w[0] <= w[1]),
            "{p:?} map not sorted for {s:?}"
        );
        assert!(norm.map.iter().all(|&o| o < n));
        let nz = Normalizer::new(p);
        assert_eq!(nz.normalize_cow(s), norm.text.as_str());
        let mut buf = String::new();
        nz.normalize_into(s, &mut buf);
        assert_eq!(buf, norm.text);
        // Idempotent.
        assert_eq!(
            normalize(&norm.text, p).text,
            norm.text,
            "{p:?} not idempotent on {s:?}"
        );
        // Spans map back inside the original.
        let m = norm.text.chars().count();
        let sp = norm.original_span(Span { start: 0, end: m }, n);
        assert!(sp.start <= sp.end && sp.end <= n);
    }
}

fn check_chunks(s: &str, cut: usize) {
    let whole = normalize(s, Profile::Search).text;
    let b = s.char_indices().nth(cut).map(|(b, _)| b).unwrap_or(s.len());
    let (l, r) = s.split_at(b);
    let nz = Normalizer::new(Profile::Search);
    let mut out = String::new();
    nz.normalize_chunk_into(l, None, r.chars().find(|&c| !is_transparent(c)), &mut out);
    nz.normalize_chunk_into(
        r,
        l.chars().rev().find(|&c| !is_transparent(c)),
        None,
        &mut out,
    );
    assert_eq!(out, whole);
}

fn check_sentences(s: &str) {
    let idx = boundaries(s);
    let n = idx.len() - 1;
    let mut last = 0;
    for sp in split_sentences(s) {
        assert!(
            sp.start < sp.end && sp.end <= n && sp.start >= last,
            "{sp:?} in {s:?}"
        );
        let surface = &s[idx[sp.start]..idx[sp.end]];
        assert_eq!(surface.trim(), surface, "untrimmed sentence in {s:?}");
        last = sp.end;
    }
}

fn check_words(s: &str) {
    for t in tokenize(s) {
        let key = search_key(t.text);
        assert!(
            !key.contains(char::is_whitespace)
                || t.text.contains(['ﷺ', 'ﷻ', '﷽', 'ﷲ'])
                || key.contains(' ')
        );
        let _ = light_stem(t.text);
        let _ = snowball_stem(t.text);
        let _ = is_stopword(t.text);
    }
}

/// The one-pass forms and the token-based splitter give exactly the separate functions' results.
fn check_fast_paths(s: &str) {
    let toks = tokenize(s);
    assert_eq!(split_sentences_tokens(s, &toks), split_sentences(s));
    let mut buf = String::from("left over");
    for w in toks.iter().map(|t| t.text).chain([s]) {
        let (norm, key) = search_forms(w);
        assert_eq!(norm, normalize_word(w, Profile::Search), "norm of {w:?}");
        assert_eq!(key, search_key(w), "key of {w:?}");
        let r = search_forms_into(w, &mut buf);
        assert_eq!((buf.as_str(), &buf[r]), (norm.as_str(), key.as_str()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn fast_paths_match(s in any_text()) { check_fast_paths(&s); }

    #[test]
    fn tokens_slice_the_input(s in any_text()) { check_tokens(&s); }

    #[test]
    fn normalization_is_aligned_and_idempotent(s in any_text()) { check_normalized(&s); }

    #[test]
    fn chunked_normalization_matches_whole(s in arabicish(), cut in 0usize..80) {
        let cut = cut.min(s.chars().count());
        check_chunks(&s, cut);
    }

    #[test]
    fn sentences_are_ordered_and_trimmed(s in any_text()) { check_sentences(&s); }

    #[test]
    fn wrapped_sentences_are_ordered_and_trimmed(s in wrapped_text()) {
        check_sentences(&s);
        assert_eq!(split_sentences_tokens(&s, &tokenize(&s)), split_sentences(&s));
    }

    #[test]
    fn stemmers_never_panic(s in any_text()) { check_words(&s); }
}

#[test]
fn real_news_fixture_holds_every_property() {
    let text = include_str!("../../../fixtures/news-300k.txt");
    check_tokens(text);
    check_normalized(text);
    check_sentences(text);
    for line in text.lines().take(50) {
        check_words(line);
    }
}

#[test]
fn real_news_fixture_fast_paths_match() {
    let text = include_str!("../../../fixtures/news-300k.txt");
    let toks = tokenize(text);
    assert_eq!(split_sentences_tokens(text, &toks), split_sentences(text));
    for line in text.lines() {
        check_fast_paths(line);
    }
}
