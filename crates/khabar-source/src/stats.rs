//! Counters of what was read and what was skipped.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::ErrorKind;

/// What a [`crate::Sources`] iterator has read so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SourceStats {
    /// Input files opened (stdin counts as one).
    pub files: u64,
    /// Records yielded as `Ok`.
    pub records: u64,
    /// Bytes of record bodies yielded (decompressed).
    pub bytes: u64,
    /// Errors yielded as `Err`, by kind.
    pub errors: BTreeMap<ErrorKind, u64>,
    /// Things skipped on purpose without an error, by reason: WARC record types other than
    /// response/resource (`warc-type:request`, `warc-type:metadata`, …), non-HTML responses
    /// (`warc-non-html`), HTTP statuses other than 2xx (`http-status`), files with
    /// unsupported extensions met while walking directories (`unsupported-extension`), blank
    /// JSONL lines (`blank-line`) and empty documents (`empty`).
    pub skipped: BTreeMap<String, u64>,
}

impl SourceStats {
    /// Total number of errors.
    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }

    /// Total number of skipped items.
    pub fn skipped_count(&self) -> u64 {
        self.skipped.values().sum()
    }

    pub(crate) fn skip(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_string()).or_default() += 1;
    }

    pub(crate) fn error(&mut self, kind: ErrorKind) {
        *self.errors.entry(kind).or_default() += 1;
    }
}
