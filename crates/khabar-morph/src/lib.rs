//! Arabic clitic segmenter learned from a lexicon and corpus frequencies

#![warn(missing_docs)]
