//! Deterministic expansion of input paths into files.

use std::path::PathBuf;

use crate::error::{ErrorKind, SourceError};
use crate::stats::SourceStats;

/// One input to open.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file; `explicit` when named by the caller (then unknown extensions are sniffed),
    /// not found by walking a directory (then they are skipped).
    File { path: PathBuf, explicit: bool },
}

/// A lazy depth-first walk: the caller's paths in the caller's order, each directory's
/// entries sorted by file name (byte-wise), so the output is the same on every run and
/// platform. Hidden entries (`.name`) inside directories are skipped, and so are symbolic
/// links to directories (they could loop).
pub(crate) struct Walker {
    /// Pending entries, last = next.
    stack: Vec<(PathBuf, bool)>,
}

impl Walker {
    pub(crate) fn new(paths: &[PathBuf]) -> Self {
        Walker {
            stack: paths.iter().rev().map(|p| (p.clone(), true)).collect(),
        }
    }

    pub(crate) fn next(&mut self, stats: &mut SourceStats) -> Option<Result<Input, SourceError>> {
        while let Some((path, explicit)) = self.stack.pop() {
            if explicit && path.as_os_str() == "-" {
                return Some(Ok(Input::Stdin));
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    let reason = format!("cannot open: {e}");
                    return Some(Err(SourceError::new(
                        path.display().to_string(),
                        ErrorKind::Io,
                        reason,
                    )));
                }
            };
            if meta.is_dir() {
                if !explicit
                    && std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink())
                {
                    stats.skip("symlinked-directory");
                    continue;
                }
                let entries = match std::fs::read_dir(&path) {
                    Ok(rd) => rd.collect::<Result<Vec<_>, _>>(),
                    Err(e) => Err(e),
                };
                let mut names = match entries {
                    Ok(v) => v.into_iter().map(|e| e.file_name()).collect::<Vec<_>>(),
                    Err(e) => {
                        let reason = format!("cannot read directory: {e}");
                        return Some(Err(SourceError::new(
                            path.display().to_string(),
                            ErrorKind::Io,
                            reason,
                        )));
                    }
                };
                names.retain(|n| !n.as_encoded_bytes().starts_with(b"."));
                names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
                self.stack
                    .extend(names.into_iter().rev().map(|n| (path.join(n), false)));
                continue;
            }
            return Some(Ok(Input::File { path, explicit }));
        }
        None
    }
}
