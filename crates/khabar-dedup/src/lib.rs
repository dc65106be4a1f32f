//! Exact and near-duplicate detection for Arabic news

#![warn(missing_docs)]
