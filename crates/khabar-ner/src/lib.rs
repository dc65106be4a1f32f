//! Arabic named-entity recognition: a sequence tagger (averaged perceptrons and small neural
//! networks over the same sparse features, an ensemble) with an embedded model, trained on
//! ANERcorp (IOB2 tags `PERS`, `LOC`, `ORG`, `MISC`).
//!
//! # Brief overview
//! - [`Tagger`] holds a trained model and its lexical resources ([`Lexicon`]: word clusters
//!   and frequencies learned from unlabelled news, and gazetteers). [`Tagger::embedded`] is
//!   the shipped model; [`Tagger::load`] reads a model file.
//! - [`Tagger::tag`] tags one tokenized sentence with IOB2 [`Tag`]s (the models score BILOU
//!   [`tags::State`]s, decoded by a first-order Viterbi with BILOU constraints);
//!   [`Tagger::recognize`] tags a whole document and returns
//!   [`khabar_article::Entity`] values with clitic-free character offsets and canonical names.
//! - [`train()`] learns a model from CoNLL sentences ([`parse_conll`]); [`Scores`] computes
//!   conlleval-style entity-level precision, recall and F1.
//! - Word forms used as features ([`fold`](mod@fold)) are frozen with the model format.
//! - [`nn`] is the neural half of the ensemble ([`TrainConfig::networks`]);
//!   [`Tagger::tag_with`] adds networks trained apart, for experiments.
//!
//! ```
//! use khabar_ner::Tagger;
//!
//! let tagger = Tagger::embedded();
//! let text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق.";
//! let entities = tagger.recognize_text(text);
//! assert!(entities.iter().any(|e| e.text == "دمشق"));
//! ```

#![warn(missing_docs)]

pub mod conll;
mod features;
pub mod fold;
pub mod lexicon;
pub mod model;
pub mod nn;
mod recognize;
pub mod tags;
pub mod train;

pub use conll::{documents, parse_conll, ConllParser, Counts, Scores, Sentence};
pub use lexicon::Lexicon;
pub use model::{Tagger, FORMAT_VERSION};
pub use tags::{Tag, TokenSpan};
pub use train::{evaluate, evaluate_document, train, EpochReport, TrainConfig};

/// Default document-level consistency window (sentences) for running CoNLL text; tuned on the
/// ANERcorp dev split (see docs/BENCHMARKS.md).
pub const DEFAULT_WINDOW: usize = 50;

/// Errors of the NER crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NerError {
    /// A model file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A model is malformed or incompatible.
    #[error("invalid NER model: {0}")]
    Model(String),
    /// A CoNLL line is malformed.
    #[error("line {line}: {reason}")]
    Conll {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// Training cannot proceed.
    #[error("cannot train: {0}")]
    Train(String),
}
