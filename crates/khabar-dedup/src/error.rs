//! Errors of the dedup library.

/// A dedup error.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// Two documents carry the same id.
    #[error("duplicate document id {0:?}")]
    DuplicateId(String),
    /// A gold or prediction record is malformed.
    #[error("{what}: {reason}")]
    BadRecord {
        /// Which record (file and line).
        what: String,
        /// Why it was rejected.
        reason: String,
    },
}
