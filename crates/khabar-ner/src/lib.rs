//! Arabic named-entity recognition: averaged-perceptron sequence tagger with an embedded model

#![warn(missing_docs)]
