//! Arabic clitic segmenter learned from a lexicon and corpus frequencies.
//!
//! # Brief overview
//! - [`Segmenter`] splits a word into [`Segment`]s: proclitics (و ف ب ل ك س), the article ال,
//!   the stem and an enclitic pronoun (ه ها هم هما هن ك كم كن نا ي ني), each with a
//!   [`SegmentKind`] and character offsets. [`Segmenter::embedded`] carries a word lexicon
//!   counted on the ANT news corpus (Apache-2.0), embedded in the binary.
//! - Every segmentation allowed by the clitic grammar
//!   `[و|ف]? [ب|ل|ك|س]? [ال]? STEM [enclitic]?` is scored by the [`Params`] prior of each
//!   clitic plus the log corpus frequency of the stem; the whole word competes with its own
//!   frequency. So `وقال` → `و` + `قال` but `وزير`, `بلاد`, `لبنان`, `كتاب` stay whole.
//! - [`eval`] reads CoNLL-U gold and scores segmentations CoNLL-2018 style.
//!
//! ```
//! use khabar_morph::{Segmenter, SegmentKind};
//! let seg = Segmenter::embedded();
//! let parts = seg.segment_word("للسلطة");
//! let texts: Vec<&str> = parts.iter().map(|s| s.text.as_str()).collect();
//! assert_eq!(texts, ["ل", "ل", "سلطة"]);
//! assert_eq!(parts[1].kind, SegmentKind::Article);
//! assert_eq!(seg.stem_part("وموسكو"), "موسكو");
//! ```
//!
//! Offsets are Unicode-scalar (character) offsets, end-exclusive; segments of a word are
//! contiguous, cover it, and each slices the original to its `text` (diacritics and tatweel
//! stay with the letter before them). In `للسلطة` the article is the second `ل` (its alif is
//! not written).

#![warn(missing_docs)]

pub mod eval;
pub mod letters;
pub mod lexicon;
mod segmenter;

pub use lexicon::{Entry, Lexicon, LexiconError};
pub use segmenter::{
    Params, Segment, SegmentKind, SegmentSpan, SegmentSpans, Segmenter, ENCLITICS,
};
