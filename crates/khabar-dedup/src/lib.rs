//! Exact and near-duplicate detection for Arabic news.
//!
//! # Brief overview
//! - [`Fingerprint`] folds a text exactly like the dedup gold (NFKC, harakat/tatweel removed,
//!   alef/yeh/ta-marbuta folding, ASCII digits, lowercase, `\w+` words), drops page chrome lines
//!   ([`boilerplate`]) and keeps the word and word-bigram sets of the remaining *core* text, its
//!   numbers, and hashes of the whole and core word sequences (exact duplicates, free).
//! - [`minhash`] turns shingle sets into LSH band keys; documents sharing a key are candidates.
//! - [`Similarity`] verifies each candidate exactly: word-5-gram Jaccard (the gold's measure),
//!   number agreement, and an edit-aware word [`align`]ment that recognises copies that were cut,
//!   word-edited or given a dateline; [`Config::judge`] decides.
//! - [`Deduper`] clusters incrementally (add a document, get its cluster); [`dedup_corpus`] does
//!   a whole corpus in parallel. Clusters are union-find over verified pairs, guarded against
//!   chaining; the representative is the earliest (by date) or else the longest member.
//! - [`eval`] scores predicted clusters against pairwise gold.
//!
//! ```
//! use khabar_dedup::{Config, Deduper, Document};
//!
//! let story = "أعلنت وزارة الصحة اليوم الاثنين عن تسجيل حالات جديدة في ولاية صفاقس، \
//!              وأكدت أن الوضع الوبائي تحت السيطرة وأن الفرق الطبية تتابع المصابين.";
//! let reprint = "أعلنت وزارة الصّحّة اليوم الإثنين عن تسجيل حالات جديدة في ولاية صفاقس، \
//!                وأكدت أن الوضع الوبائي تحت السيطرة وأن الفرق الطبية تتابع المصابين.\nطباعة";
//! let mut dd = Deduper::new(Config::default());
//! dd.add(Document { id: "a", text: story, date: Some("2017-02-21") }).unwrap();
//! let r = dd.add(Document { id: "b", text: reprint, date: Some("2017-02-22") }).unwrap();
//! assert_eq!(r.duplicate_of.as_deref(), Some("a"));
//! assert_eq!(r.cluster, "a"); // the earliest copy represents the cluster
//! ```

#![warn(missing_docs)]

pub mod align;
pub mod boilerplate;
mod config;
mod engine;
mod error;
pub mod eval;
mod features;
pub mod fold;
pub mod minhash;
mod verify;

pub use config::{Config, EditLimits, ShingleSet};
pub use engine::{
    band_keys_for, dedup_corpus, AddResult, Assignment, Batch, BatchStats, Deduper, Document,
};
pub use error::Error;
pub use features::{Fingerprint, EMPTY_HASH, PREFIX_WORDS};
pub use verify::{EditProfile, Similarity};
