//! Golden segmentations, offsets and the stay-whole list.

use khabar_morph::{Segment, SegmentKind, Segmenter};
use proptest::prelude::*;

fn parts(word: &str) -> Vec<String> {
    Segmenter::embedded()
        .segment_word(word)
        .into_iter()
        .map(|s| s.text)
        .collect()
}

#[track_caller]
fn assert_split(word: &str, expected: &[&str]) {
    let got = parts(word);
    assert_eq!(got, expected, "help: segmentation of {word:?}");
}

#[test]
fn stays_whole() {
    for w in [
        "والي",
        "بلاد",
        "البانيا",
        "لبنان",
        "فلسطين",
        "كتاب",
        "بريطانيا",
        "كما",
        "لكن",
        "وزير",
        "بين",
        "في",
        "وزارة",
        "فرنسا",
        "كان",
        "سوريا",
        "سنة",
        "الذي",
        "التي",
        "هنا",
        "ذلك",
        "علي",
        "الله",
    ] {
        assert_split(w, &[w]);
    }
}

#[test]
fn proclitics_and_enclitics_split() {
    assert_split("وقال", &["و", "قال"]);
    assert_split("سيقول", &["س", "يقول"]);
    assert_split("فيها", &["في", "ها"]);
    assert_split("بينهم", &["بين", "هم"]);
    assert_split("ولها", &["و", "ل", "ها"]);
    assert_split("منها", &["من", "ها"]);
    assert_split("وموسكو", &["و", "موسكو"]);
    assert_split("حكومته", &["حكومت", "ه"]);
    assert_split("عليه", &["علي", "ه"]);
    assert_split("أنه", &["أن", "ه"]);
}

#[test]
fn article_split_and_lil() {
    let segs = Segmenter::embedded().segment_word("للسلطة");
    let expected = [
        Segment {
            text: "ل".into(),
            start: 0,
            end: 1,
            kind: SegmentKind::Proclitic,
        },
        Segment {
            text: "ل".into(),
            start: 1,
            end: 2,
            kind: SegmentKind::Article,
        },
        Segment {
            text: "سلطة".into(),
            start: 2,
            end: 6,
            kind: SegmentKind::Stem,
        },
    ];
    assert_eq!(segs, expected);
    let segs = Segmenter::embedded().segment_word("والحكومة");
    let kinds: Vec<_> = segs.iter().map(|s| (s.text.as_str(), s.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("و", SegmentKind::Proclitic),
            ("ال", SegmentKind::Article),
            ("حكومة", SegmentKind::Stem)
        ]
    );
}

#[test]
fn host_preposition_is_the_stem() {
    let segs = Segmenter::embedded().segment_word("لها");
    let kinds: Vec<_> = segs.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SegmentKind::Stem, SegmentKind::Enclitic]);
}

#[test]
fn diacritics_and_tatweel_stay_with_their_letter() {
    let segs = Segmenter::embedded().segment_word("وَقَـالَ");
    assert_eq!(segs.len(), 2);
    assert_eq!(
        (segs[0].text.as_str(), segs[0].start, segs[0].end),
        ("وَ", 0, 2)
    );
    assert_eq!(
        (segs[1].text.as_str(), segs[1].start, segs[1].end),
        ("قَـالَ", 2, 8)
    );
}

#[test]
fn stem_part_accessor() {
    let seg = Segmenter::embedded();
    assert_eq!(seg.stem_part("وموسكو"), "موسكو");
    assert_eq!(seg.stem_part("والحكومة"), "حكومة");
    assert_eq!(seg.stem_part("لبنان"), "لبنان");
    assert_eq!(seg.stem_part("2017"), "2017");
}

#[test]
fn token_offsets_are_absolute() {
    let text = "قال الوزير وقال";
    let toks = khabar_text::tokenize(text);
    let last = toks.iter().find(|t| t.text == "وقال").expect("token");
    let segs = Segmenter::embedded().segment(last);
    assert_eq!((segs[0].start, segs[0].end), (11, 12));
    assert_eq!((segs[1].start, segs[1].end), (12, 15));
}

#[test]
fn non_arabic_and_empty() {
    let seg = Segmenter::embedded();
    assert!(seg.segment_word("").is_empty());
    let s = seg.segment_word("Reuters");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].kind, SegmentKind::Stem);
}

fn arabic_word() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ('\u{0621}'..='\u{063A}')
        .chain('\u{0641}'..='\u{064A}')
        .chain(['\u{064E}', '\u{0651}', '\u{0640}', '\u{0670}'])
        .collect();
    proptest::collection::vec(proptest::sample::select(chars), 0..12)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn segments_cover_and_slice(word in arabic_word()) {
        let segs = Segmenter::embedded().segment_word(&word);
        let chars: Vec<char> = word.chars().collect();
        let mut at = 0;
        for s in &segs {
            prop_assert_eq!(s.start, at);
            prop_assert!(s.end > s.start);
            let slice: String = chars[s.start..s.end].iter().collect();
            prop_assert_eq!(&slice, &s.text);
            at = s.end;
        }
        prop_assert_eq!(at, if segs.is_empty() { 0 } else { chars.len() });
        prop_assert_eq!(segs.iter().filter(|s| s.kind == SegmentKind::Stem).count(), usize::from(!segs.is_empty()));
    }
}

#[test]
fn cache_is_a_pure_memo() {
    let cached = Segmenter::embedded();
    let uncached = cached.with_params(cached.params().clone());
    let text = include_str!("fixtures/news-sample.txt");
    let mut n = 0;
    for tok in khabar_text::tokenize(text) {
        assert_eq!(
            cached.segment(&tok),
            uncached.segment(&tok),
            "help: {:?}",
            tok.text
        );
        n += 1;
    }
    assert!(n > 1000);
}

#[test]
fn segment_spans_all_matches_one_by_one() {
    let seg = Segmenter::embedded();
    let text = include_str!("fixtures/news-sample.txt");
    let words: Vec<&str> = khabar_text::tokenize(text).iter().map(|t| t.text).collect();
    let all = seg.segment_spans_all(words.iter().copied());
    assert_eq!(all.len(), words.len());
    for (w, spans) in words.iter().zip(&all) {
        assert_eq!(*spans, seg.segment_spans(w), "{w:?}");
        let from_spans: Vec<(&str, usize, usize, SegmentKind)> = spans
            .iter()
            .map(|s| (&w[s.byte_start..s.byte_end], s.start, s.end, s.kind))
            .collect();
        let segments = seg.segment_word(w);
        let from_segments: Vec<(&str, usize, usize, SegmentKind)> = segments
            .iter()
            .map(|s| (s.text.as_str(), s.start, s.end, s.kind))
            .collect();
        assert_eq!(from_spans, from_segments, "{w:?}");
    }
}
