//! The article store: one SQLite database (`store.sqlite`), the archive's source of truth.
//!
//! Every ingest batch is written in one transaction tagged with a batch number; the index
//! records the last batch it holds, so a crash between the two commits is repaired by
//! re-indexing the missing batches from here (see `docs/archive.md`).

use std::path::Path;

use khabar_article::{Article, Entity, EntityLabel, Quote, QuoteKind, Removed, Signals};
use rusqlite::{params, Connection, OptionalExtension};

use crate::{Error, Result};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY,
    batch INTEGER NOT NULL,
    source TEXT, url TEXT, title TEXT, date TEXT, lang TEXT,
    day INTEGER,
    text TEXT NOT NULL,
    removed TEXT NOT NULL,
    signals TEXT,
    cluster TEXT
);
CREATE INDEX IF NOT EXISTS articles_batch ON articles(batch);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles(cluster);
CREATE TABLE IF NOT EXISTS entities(
    article_id TEXT NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, canonical TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical);
CREATE TABLE IF NOT EXISTS quotes(
    article_id TEXT NOT NULL, speaker TEXT, speaker_entity TEXT, cue TEXT, kind TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity);
CREATE TABLE IF NOT EXISTS clusters(
    id TEXT PRIMARY KEY, representative TEXT NOT NULL, size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS word_offsets(
    article INTEGER PRIMARY KEY, id TEXT NOT NULL, chars INTEGER NOT NULL,
    offsets BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS batches(
    batch INTEGER PRIMARY KEY, articles INTEGER NOT NULL, committed_at INTEGER NOT NULL
);
"#;

/// One document to write: the article, its analysis, its duplicate cluster.
#[derive(Debug, Clone, Default)]
pub struct IngestDoc {
    /// The article (with `removed` and `signals` filled by cleaning).
    pub article: Article,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Duplicate cluster id (the representative's id); `None` stores the article as its own
    /// cluster.
    pub cluster: Option<String>,
    /// Ids of already-stored articles whose clusters this document joins: their clusters are
    /// relabelled to [`IngestDoc::cluster`] in the same transaction (a new, earlier-dated
    /// document can become the representative of an existing story).
    pub joins: Vec<String>,
}

pub(crate) fn sql_err(e: rusqlite::Error) -> Error {
    Error::Store(e.to_string())
}

pub(crate) fn open(path: &Path) -> Result<Connection> {
    let conn =
        Connection::open(path).map_err(|e| Error::Store(format!("{}: {e}", path.display())))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .map_err(sql_err)?;
    // WAL + NORMAL: a committed transaction survives a killed process (not a power cut, which
    // would need `synchronous=FULL`); readers never block the ingest writer.
    conn.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;
         PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32768;",
    )
    .map_err(sql_err)?;
    conn.execute_batch(SCHEMA).map_err(sql_err)?;
    Ok(conn)
}

pub(crate) fn get_meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()
        .map_err(sql_err)
}

pub(crate) fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
        params![key, value],
    )
    .map_err(sql_err)?;
    Ok(())
}

pub(crate) fn max_batch(conn: &Connection) -> Result<u64> {
    conn.query_row("SELECT COALESCE(MAX(batch), 0) FROM batches", [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|v| v as u64)
    .map_err(sql_err)
}

pub(crate) fn count(conn: &Connection) -> Result<u64> {
    conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get::<_, i64>(0))
        .map(|v| v as u64)
        .map_err(sql_err)
}

pub(crate) fn contains(conn: &Connection, id: &str) -> Result<bool> {
    conn.query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
        .optional()
        .map(|o| o.is_some())
        .map_err(sql_err)
}

/// Writes `docs` as batch `batch` in one transaction. Ids already present are skipped;
/// returns the ids written.
pub(crate) fn write_batch(
    conn: &mut Connection,
    batch: u64,
    docs: &[IngestDoc],
) -> Result<Vec<usize>> {
    let tx = conn.transaction().map_err(sql_err)?;
    let mut written = Vec::with_capacity(docs.len());
    let mut touched = std::collections::BTreeSet::new();
    {
        let mut ins = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO articles(id, batch, source, url, title, date, lang, text, removed, signals, cluster, day)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )
            .map_err(sql_err)?;
        let mut ent = tx
            .prepare_cached(
                r#"INSERT INTO entities(article_id, text, label, start, "end", canonical) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
            )
            .map_err(sql_err)?;
        let mut quo = tx
            .prepare_cached(
                r#"INSERT INTO quotes(article_id, speaker, speaker_entity, cue, kind, text, start, "end") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"#,
            )
            .map_err(sql_err)?;
        let mut relabel = tx
            .prepare_cached(
                "UPDATE articles SET cluster = ?1
                 WHERE cluster = (SELECT cluster FROM articles WHERE id = ?2) AND cluster <> ?1",
            )
            .map_err(sql_err)?;
        let mut old_cluster = tx
            .prepare_cached("SELECT cluster FROM articles WHERE id = ?1")
            .map_err(sql_err)?;
        let mut offs = tx
            .prepare_cached(
                "INSERT OR REPLACE INTO word_offsets(article, id, chars, offsets)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(sql_err)?;
        for (i, d) in docs.iter().enumerate() {
            let a = &d.article;
            let removed = serde_json::to_string(&a.removed).unwrap_or_else(|_| "[]".into());
            let signals = a
                .signals
                .as_ref()
                .and_then(|s| serde_json::to_string(s).ok());
            let cluster = d.cluster.clone().unwrap_or_else(|| a.id.clone());
            let n = ins
                .execute(params![
                    a.id,
                    batch as i64,
                    a.source,
                    a.url,
                    a.title,
                    a.date,
                    a.lang,
                    a.text,
                    removed,
                    signals,
                    cluster,
                    a.date
                        .as_deref()
                        .and_then(crate::schema::day_number)
                        .map(|d| d as i64)
                ])
                .map_err(sql_err)?;
            if n == 0 {
                continue;
            }
            written.push(i);
            let ranges: Vec<(usize, usize)> = a.removed.iter().map(|r| (r.start, r.end)).collect();
            // Keyed by the article's row id (an integer key: a cheaper lookup than the id); the
            // id is kept to check it (a VACUUM may renumber row ids).
            offs.execute(params![
                tx.last_insert_rowid(),
                a.id,
                a.text.chars().count() as i64,
                crate::offsets::encode(&a.text, &ranges)
            ])
            .map_err(sql_err)?;
            for e in &d.entities {
                ent.execute(params![
                    a.id,
                    e.text,
                    e.label.as_str(),
                    e.start as i64,
                    e.end as i64,
                    e.canonical
                ])
                .map_err(sql_err)?;
            }
            for q in &d.quotes {
                quo.execute(params![
                    a.id,
                    q.speaker,
                    q.speaker_entity,
                    q.cue,
                    quote_kind_str(q.kind),
                    q.text,
                    q.start as i64,
                    q.end as i64
                ])
                .map_err(sql_err)?;
            }
            touched.insert(cluster.clone());
            for j in &d.joins {
                if let Some(Some(old)) = old_cluster
                    .query_row([j], |r| r.get::<_, Option<String>>(0))
                    .optional()
                    .map_err(sql_err)?
                {
                    touched.insert(old);
                }
                relabel.execute(params![cluster, j]).map_err(sql_err)?;
            }
        }
        let mut size = tx
            .prepare_cached(
                "INSERT INTO clusters(id, representative, size)
                 SELECT ?1, ?1, COUNT(*) FROM articles WHERE cluster = ?1
                 ON CONFLICT(id) DO UPDATE SET size = excluded.size",
            )
            .map_err(sql_err)?;
        for c in &touched {
            size.execute([c]).map_err(sql_err)?;
        }
        tx.execute("DELETE FROM clusters WHERE size = 0", [])
            .map_err(sql_err)?;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    tx.execute(
        "INSERT INTO batches(batch, articles, committed_at) VALUES (?1, ?2, ?3)",
        params![batch as i64, written.len() as i64, now],
    )
    .map_err(sql_err)?;
    tx.commit().map_err(sql_err)?;
    Ok(written)
}

pub(crate) fn quote_kind_str(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::AccordingTo => "according_to",
    }
}

fn quote_kind(s: &str) -> QuoteKind {
    match s {
        "indirect" => QuoteKind::Indirect,
        "according_to" => QuoteKind::AccordingTo,
        _ => QuoteKind::Direct,
    }
}

pub(crate) fn label(s: &str) -> EntityLabel {
    match s {
        "PERS" => EntityLabel::Pers,
        "LOC" => EntityLabel::Loc,
        "ORG" => EntityLabel::Org,
        _ => EntityLabel::Misc,
    }
}

/// An article row with its cluster.
pub(crate) struct Row {
    pub article: Article,
    pub cluster: Option<String>,
    pub batch: u64,
}

const ROW_COLS: &str = "id, source, url, title, date, lang, text, removed, signals, cluster, batch";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let removed: String = r.get(7)?;
    let signals: Option<String> = r.get(8)?;
    Ok(Row {
        article: Article {
            id: r.get(0)?,
            source: r.get(1)?,
            url: r.get(2)?,
            title: r.get(3)?,
            date: r.get(4)?,
            lang: r.get(5)?,
            text: r.get(6)?,
            removed: serde_json::from_str::<Vec<Removed>>(&removed).unwrap_or_default(),
            signals: signals.and_then(|s| serde_json::from_str::<Signals>(&s).ok()),
        },
        cluster: r.get(9)?,
        batch: r.get::<_, i64>(10)? as u64,
    })
}

pub(crate) fn article(conn: &Connection, id: &str) -> Result<Option<Row>> {
    let mut st = conn
        .prepare_cached(&format!("SELECT {ROW_COLS} FROM articles WHERE id = ?1"))
        .map_err(sql_err)?;
    st.query_row([id], row).optional().map_err(sql_err)
}

/// What a search hit shows of an article (its text is read separately, see [`text_range`]).
pub(crate) struct HitRow {
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    /// Removed character ranges (boilerplate), as (start, end).
    pub removed: Vec<(usize, usize)>,
    pub cluster: Option<String>,
    /// Characters in the text and the stored word offsets (see `crate::offsets`); `None` for
    /// an article stored by a version without them.
    pub offsets: Option<(usize, Vec<u8>)>,
    /// The article's row id (to read its text with one lookup).
    pub rowid: i64,
}

pub(crate) fn hit_row(conn: &Connection, id: &str) -> Result<Option<HitRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT a.title, a.source, a.date, a.removed, a.cluster, o.chars, o.offsets, a.rowid
             FROM articles a LEFT JOIN word_offsets o ON o.article = a.rowid AND o.id = a.id
             WHERE a.id = ?1",
        )
        .map_err(sql_err)?;
    st.query_row([id], |r| {
        let removed: String = r.get(3)?;
        let chars: Option<i64> = r.get(5)?;
        let offsets: Option<Vec<u8>> = r.get(6)?;
        Ok(HitRow {
            title: r.get(0)?,
            source: r.get(1)?,
            date: r.get(2)?,
            removed: serde_json::from_str::<Vec<Removed>>(&removed)
                .unwrap_or_default()
                .into_iter()
                .map(|x| (x.start, x.end))
                .collect(),
            cluster: r.get(4)?,
            offsets: chars.zip(offsets).map(|(c, o)| (c.max(0) as usize, o)),
            rowid: r.get(7)?,
        })
    })
    .optional()
    .map_err(sql_err)
}

/// Characters `lo..hi` of the text of the article with row id `rowid` (all of it when
/// `range` is `None`).
pub(crate) fn text_range(
    conn: &Connection,
    rowid: i64,
    range: Option<(usize, usize)>,
) -> Result<Option<String>> {
    match range {
        Some((lo, hi)) => {
            let mut st = conn
                .prepare_cached("SELECT substr(text, ?2, ?3) FROM articles WHERE rowid = ?1")
                .map_err(sql_err)?;
            // SQLite counts a text's characters from 1.
            st.query_row(
                params![rowid, lo as i64 + 1, hi.saturating_sub(lo) as i64],
                |r| r.get(0),
            )
        }
        None => {
            let mut st = conn
                .prepare_cached("SELECT text FROM articles WHERE rowid = ?1")
                .map_err(sql_err)?;
            st.query_row([rowid], |r| r.get(0))
        }
    }
    .optional()
    .map_err(sql_err)
}

/// The cluster of an article: `None` if there is no such article, `Some(None)` if it has none.
pub(crate) fn cluster_of(conn: &Connection, id: &str) -> Result<Option<Option<String>>> {
    let mut st = conn
        .prepare_cached("SELECT cluster FROM articles WHERE id = ?1")
        .map_err(sql_err)?;
    st.query_row([id], |r| r.get::<_, Option<String>>(0))
        .optional()
        .map_err(sql_err)
}

/// Calls `f` on every article of batches after `after_batch`, in batch order.
pub(crate) fn each_after(
    conn: &Connection,
    after_batch: u64,
    f: &mut dyn FnMut(Row) -> Result<()>,
) -> Result<()> {
    let mut st = conn
        .prepare(&format!(
            "SELECT {ROW_COLS} FROM articles WHERE batch > ?1 ORDER BY batch, rowid"
        ))
        .map_err(sql_err)?;
    let rows = st.query_map([after_batch as i64], row).map_err(sql_err)?;
    for r in rows {
        f(r.map_err(sql_err)?)?;
    }
    Ok(())
}

pub(crate) fn entities(conn: &Connection, id: &str) -> Result<Vec<Entity>> {
    let mut st = conn
        .prepare_cached(r#"SELECT text, label, start, "end", canonical FROM entities WHERE article_id = ?1 ORDER BY start"#)
        .map_err(sql_err)?;
    let rows = st
        .query_map([id], |r| {
            Ok(Entity {
                text: r.get(0)?,
                label: label(&r.get::<_, String>(1)?),
                start: r.get::<_, i64>(2)? as usize,
                end: r.get::<_, i64>(3)? as usize,
                canonical: r.get(4)?,
            })
        })
        .map_err(sql_err)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql_err)
}

pub(crate) fn quote_from_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Quote> {
    Ok(Quote {
        speaker: r.get(at)?,
        speaker_entity: r.get(at + 1)?,
        cue: r.get(at + 2)?,
        kind: quote_kind(&r.get::<_, String>(at + 3)?),
        text: r.get(at + 4)?,
        start: r.get::<_, i64>(at + 5)? as usize,
        end: r.get::<_, i64>(at + 6)? as usize,
    })
}

pub(crate) fn quotes(conn: &Connection, id: &str) -> Result<Vec<Quote>> {
    let mut st = conn
        .prepare_cached(
            r#"SELECT speaker, speaker_entity, cue, kind, text, start, "end" FROM quotes WHERE article_id = ?1 ORDER BY start"#,
        )
        .map_err(sql_err)?;
    let rows = st
        .query_map([id], |r| quote_from_row(r, 0))
        .map_err(sql_err)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql_err)
}

pub(crate) fn cluster_members(conn: &Connection, cluster: &str) -> Result<Vec<String>> {
    let mut st = conn
        .prepare_cached("SELECT id FROM articles WHERE cluster = ?1 ORDER BY rowid")
        .map_err(sql_err)?;
    let rows = st
        .query_map([cluster], |r| r.get::<_, String>(0))
        .map_err(sql_err)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql_err)
}
