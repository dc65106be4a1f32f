//! [`ArchiveWriter`]: batched, crash-safe writes into the store and the index.
//!
//! Order of a batch: (1) the store transaction commits batch `n` (articles, entities, quotes,
//! clusters, and a `batches` row); (2) the index adds the same documents and commits with the
//! payload `batch=n`. The store is the source of truth. On open, the writer compares the
//! index's payload with the store's last batch and re-indexes every later batch from the store,
//! so a kill between (1) and (2), or during (2), is repaired by the next open.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rusqlite::Connection;
use tantivy::{Index, IndexWriter, Term};

use crate::analyzer::Analyzer;
use crate::schema::{self, index_err, Fields};
use crate::store::{self, IngestDoc};
use crate::{Error, Result};

/// Memory budget of the index writer (tantivy splits it across its threads).
const INDEX_MEMORY: usize = 96 * 1024 * 1024;
/// Index writer threads. Two were tried (the one indexing thread looked like the bottleneck)
/// but measured slower on the loaded 2-core machine: 31.9 s vs 24.7 s for ANT, 19.0 s vs
/// 14.7 s CPU (docs/BENCHMARKS.md).
const INDEX_THREADS: usize = 1;

/// Archives of up to this many documents are merged into one index segment when a writer
/// finishes (see [`ArchiveWriter::finish`]).
pub const MERGE_ALL_MAX_DOCS: u64 = 500_000;

/// Outcome of one [`ArchiveWriter::add_batch`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// The batch number committed.
    pub batch: u64,
    /// Documents written (store and index).
    pub written: usize,
    /// Documents skipped because their id was already in the archive.
    pub existing: usize,
}

/// What [`ArchiveWriter::open`] had to repair.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Repair {
    /// Articles re-indexed from the store because the index was behind.
    pub reindexed: u64,
}

/// Writes batches into an archive directory. One writer per archive at a time (the index
/// holds a lock file); readers ([`crate::Archive`]) may stay open meanwhile.
pub struct ArchiveWriter {
    dir: PathBuf,
    conn: Connection,
    index: Index,
    writer: IndexWriter,
    fields: Fields,
    analyzer: Analyzer,
    last_batch: u64,
    repair: Repair,
}

pub(crate) fn store_path(dir: &Path) -> PathBuf {
    dir.join("store.sqlite")
}

pub(crate) fn index_path(dir: &Path) -> PathBuf {
    dir.join("index")
}

/// Parses the `batch=N` commit payload.
pub(crate) fn payload_batch(index: &Index) -> Result<u64> {
    let metas = index.load_metas().map_err(index_err)?;
    Ok(metas
        .payload
        .as_deref()
        .and_then(|p| p.strip_prefix("batch="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0))
}

/// Reads (or, for a new archive, records) the archive's analyzer.
pub(crate) fn archive_analyzer(conn: &Connection, requested: Option<Analyzer>) -> Result<Analyzer> {
    match store::get_meta(conn, "analyzer")? {
        Some(name) => {
            let stored = Analyzer::parse(&name).ok_or_else(|| {
                Error::Other(format!("unknown analyzer `{name}` in archive metadata"))
            })?;
            if let Some(r) = requested {
                if r != stored {
                    return Err(Error::Other(format!(
                        "archive was created with the `{}` analyzer, not `{}`",
                        stored.as_str(),
                        r.as_str()
                    )));
                }
            }
            Ok(stored)
        }
        None => {
            let a = requested.unwrap_or_default();
            store::set_meta(conn, "analyzer", a.as_str())?;
            store::set_meta(conn, "format", "1")?;
            Ok(a)
        }
    }
}

impl ArchiveWriter {
    /// Opens (creating if needed) the archive in `dir` for writing, with the default analyzer
    /// for a new archive, and repairs the index if it is behind the store.
    pub fn open(dir: &Path) -> Result<ArchiveWriter> {
        Self::open_with(dir, None)
    }

    /// Like [`ArchiveWriter::open`], choosing the analyzer of a new archive (an existing archive
    /// must have been created with the same one).
    pub fn open_with(dir: &Path, analyzer: Option<Analyzer>) -> Result<ArchiveWriter> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.display().to_string(),
            source: e,
        })?;
        let conn = store::open(&store_path(dir))?;
        let analyzer = archive_analyzer(&conn, analyzer)?;
        let index = schema::open_index(&index_path(dir), analyzer)?;
        let fields = schema::fields(&index.schema())?;
        let writer: IndexWriter = index
            .writer_with_num_threads(INDEX_THREADS, INDEX_MEMORY)
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => Error::Busy(dir.display().to_string()),
                e => index_err(e),
            })?;
        let mut w = ArchiveWriter {
            dir: dir.to_path_buf(),
            conn,
            index,
            writer,
            fields,
            analyzer,
            last_batch: 0,
            repair: Repair::default(),
        };
        w.last_batch = store::max_batch(&w.conn)?;
        w.repair()?;
        Ok(w)
    }

    /// The archive directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// What opening had to repair.
    pub fn repaired(&self) -> &Repair {
        &self.repair
    }

    fn repair(&mut self) -> Result<()> {
        let indexed = payload_batch(&self.index)?;
        if indexed == self.last_batch {
            return Ok(());
        }
        let from = if indexed > self.last_batch {
            // The index claims batches the store does not have (store replaced): rebuild it.
            self.writer.delete_all_documents().map_err(index_err)?;
            0
        } else {
            indexed
        };
        let fields = self.fields;
        let analyzer = self.analyzer;
        let writer = &self.writer;
        let conn = &self.conn;
        let mut n = 0u64;
        store::each_after(conn, from, &mut |row| {
            let entities = store::entities(conn, &row.article.id)?;
            writer.delete_term(Term::from_field_text(fields.id, &row.article.id));
            let doc = schema::document(&fields, analyzer, row.batch, &row.article, &entities);
            writer.add_document(doc).map_err(index_err)?;
            n += 1;
            Ok(())
        })?;
        self.commit_index(self.last_batch)?;
        self.repair.reindexed = n;
        Ok(())
    }

    fn commit_index(&mut self, batch: u64) -> Result<()> {
        let mut prepared = self.writer.prepare_commit().map_err(index_err)?;
        prepared.set_payload(&format!("batch={batch}"));
        prepared.commit().map_err(index_err)?;
        Ok(())
    }

    /// Whether an article with this id is already stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        store::contains(&self.conn, id)
    }

    /// Number of stored articles.
    pub fn len(&self) -> Result<u64> {
        store::count(&self.conn)
    }

    /// Whether the archive is empty.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Calls `f(id, title, text, date)` for every stored article (e.g. to rebuild an
    /// incremental deduplicator before adding new documents).
    pub fn for_each_article(
        &self,
        f: &mut dyn FnMut(&khabar_article::Article, &str),
    ) -> Result<()> {
        store::each_after(&self.conn, 0, &mut |row| {
            let cluster = row
                .cluster
                .clone()
                .unwrap_or_else(|| row.article.id.clone());
            f(&row.article, &cluster);
            Ok(())
        })
    }

    /// Writes one batch durably: store transaction first, then the index commit. Documents
    /// whose id is already stored are skipped and counted. When this returns `Ok`, the batch
    /// survives any crash.
    pub fn add_batch(&mut self, docs: &[IngestDoc]) -> Result<BatchOutcome> {
        let batch = self.last_batch + 1;
        let written = store::write_batch(&mut self.conn, batch, docs)?;
        self.last_batch = batch;
        // Analysis is the costly part of indexing: done in parallel here, so the index writer
        // thread only builds postings.
        let (fields, analyzer) = (self.fields, self.analyzer);
        let built: Vec<tantivy::TantivyDocument> = written
            .par_iter()
            .map(|&i| {
                schema::document(
                    &fields,
                    analyzer,
                    batch,
                    &docs[i].article,
                    &docs[i].entities,
                )
            })
            .collect();
        for doc in built {
            self.writer.add_document(doc).map_err(index_err)?;
        }
        self.commit_index(batch)?;
        Ok(BatchOutcome {
            batch,
            written: written.len(),
            existing: docs.len() - written.len(),
        })
    }

    /// Merges the index into one segment (archives of up to [`MERGE_ALL_MAX_DOCS`] documents),
    /// waits for background merges and closes the writer.
    ///
    /// Every search pays per segment (term lookups, scorers, facet tables), and each ingest
    /// run adds segments: one segment instead of four cuts the instructions of a search on the
    /// 10k-article corpus by 12% (docs/BENCHMARKS.md § Server). Past the limit, rewriting the
    /// whole index at every ingest would cost more than it saves, and tantivy's merge policy
    /// keeps the segment count logarithmic.
    pub fn finish(mut self) -> Result<()> {
        let ids = self.index.searchable_segment_ids().map_err(index_err)?;
        let docs: u64 = self
            .index
            .searchable_segment_metas()
            .map_err(index_err)?
            .iter()
            .map(|m| u64::from(m.num_docs()))
            .sum();
        if ids.len() > 1 && docs <= MERGE_ALL_MAX_DOCS {
            // A merge keeps the last commit's payload (the batch number).
            self.writer.merge(&ids).wait().map_err(index_err)?;
        }
        self.writer.wait_merging_threads().map_err(index_err)?;
        Ok(())
    }
}
