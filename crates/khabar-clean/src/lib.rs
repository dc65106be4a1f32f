//! Boilerplate-line removal, language identification and quality signals

#![warn(missing_docs)]
