//! Embedded article store (SQLite) and full-text index (tantivy) with an Arabic analyzer.
//!
//! # Brief overview
//! - [`Archive::open`] opens (or creates) an archive directory.
//! - [`Archive::search`] runs a [`SearchQuery`] and returns [`SearchResults`] with highlighted
//!   snippets (offsets into the original text) and facets.
//! - [`Archive::article`], [`Archive::top_entities`], [`Archive::quotes`] read the store.
//! - [`ArchiveWriter`] writes batches of [`IngestDoc`]s crash-safely (store first, then index;
//!   a re-open re-indexes whatever the index missed).
//! - [`analyzer`] is the Arabic analyzer registered in tantivy: an exact field
//!   (`search`-normalized surface) and a loose field (clitic-split light stem).
//!
//! A directory holds `store.sqlite` (the source of truth) and `index/` (tantivy); see
//! `docs/archive.md`.
//!
//! ```
//! use khabar_archive::{Archive, ArchiveWriter, IngestDoc, SearchQuery};
//! use khabar_article::Article;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut w = ArchiveWriter::open(dir.path()).unwrap();
//! let article = Article { id: "a1".into(), text: "أعلنت تونس خطة لمكافحة الإرهاب.".into(), ..Default::default() };
//! w.add_batch(&[IngestDoc { article, ..Default::default() }]).unwrap();
//! w.finish().unwrap();
//!
//! let archive = Archive::open(dir.path()).unwrap();
//! let res = archive.search(&SearchQuery { query: "الإرهاب".into(), ..Default::default() }).unwrap();
//! assert_eq!(res.hits[0].id, "a1");
//! ```

#![warn(missing_docs)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::schema::Value;
use tantivy::{DocAddress, IndexReader, ReloadPolicy, TantivyDocument};

pub mod analyzer;
mod facets;
mod offsets;
mod schema;
mod search;
mod store;
mod writer;

pub use analyzer::{Analyzer, ArabicTokenizer};
pub use facets::ENTITY_SAMPLE;
pub use search::Ranking;
pub use store::IngestDoc;
pub use writer::{ArchiveWriter, BatchOutcome, Repair, MERGE_ALL_MAX_DOCS};

use schema::{index_err, Fields};
use store::sql_err;

/// Archive errors.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// I/O error on a path.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A bad query or parameter (maps to HTTP 400).
    #[error("bad query: {0}")]
    BadQuery(String),
    /// Anything else from the store or index.
    #[error("{0}")]
    Other(String),
    /// The SQLite store failed.
    #[error("store: {0}")]
    Store(String),
    /// The tantivy index failed.
    #[error("index: {0}")]
    Index(String),
    /// Another process is writing this archive.
    #[error("{0}: archive is being written by another process (index writer lock held)")]
    Busy(String),
}

/// Result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// A search request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchQuery {
    /// Free-text query.
    pub query: String,
    /// Maximum hits (default 10).
    pub limit: Option<usize>,
    /// Offset for paging.
    pub offset: Option<usize>,
    /// Only articles mentioning this entity (canonical name or surface).
    pub entity: Option<String>,
    /// Only articles from this source.
    pub source: Option<String>,
    /// Only articles dated on/after this ISO date.
    pub from: Option<String>,
    /// Only articles dated on/before this ISO date.
    pub to: Option<String>,
    /// Fold a story's duplicates under one hit.
    pub collapse: bool,
}

/// A highlighted range inside a snippet.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Highlight {
    /// Character offset into the article text (inclusive).
    pub start: usize,
    /// Character offset into the article text (exclusive).
    pub end: usize,
}

/// One hit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hit {
    /// Article id.
    pub id: String,
    /// Score.
    pub score: f32,
    /// Title.
    pub title: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Snippet text (a slice of the article text).
    pub snippet: String,
    /// Character offset of the snippet in the article text.
    pub snippet_start: usize,
    /// Highlighted ranges (character offsets into the article text).
    pub highlights: Vec<Highlight>,
    /// Duplicate cluster id.
    pub cluster: Option<String>,
    /// Ids of duplicates folded under this hit (with `collapse`).
    pub duplicates: Vec<String>,
}

/// A facet value with its count.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FacetCount {
    /// Value.
    pub value: String,
    /// Count.
    pub count: u64,
}

/// Search results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResults {
    /// Total matching articles.
    pub total: u64,
    /// Hits.
    pub hits: Vec<Hit>,
    /// Facets: entities, sources, dates (by month).
    pub facets: Facets,
    /// Whether the entity facet was counted over the [`ENTITY_SAMPLE`] best-scoring hits
    /// only (more matched); source and date facets are always exact.
    #[serde(default)]
    pub facets_sampled: bool,
}

/// Facets of a result set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Facets {
    /// Top entities.
    pub entities: Vec<FacetCount>,
    /// Sources.
    pub sources: Vec<FacetCount>,
    /// Dates (YYYY-MM).
    pub dates: Vec<FacetCount>,
}

/// A stored article with its analysis.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredArticle {
    /// The article.
    pub article: khabar_article::Article,
    /// Entities.
    pub entities: Vec<khabar_article::Entity>,
    /// Quotes.
    pub quotes: Vec<khabar_article::Quote>,
    /// Duplicate cluster id.
    pub cluster: Option<String>,
    /// Other members of the duplicate cluster.
    pub duplicates: Vec<String>,
}

/// An entity with its mention count.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityCount {
    /// Canonical name.
    pub name: String,
    /// Label (`PERS`, `LOC`, `ORG`, `MISC`).
    pub label: String,
    /// Number of articles mentioning it.
    pub articles: u64,
}

/// A quote with the article it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuoteHit {
    /// Article id.
    pub article_id: String,
    /// Article title.
    pub title: Option<String>,
    /// Article date.
    pub date: Option<String>,
    /// The quote.
    pub quote: khabar_article::Quote,
}

/// An archive directory: store + index, opened for reading and searching. `Sync`: share one
/// behind an `Arc` across server threads.
pub struct Archive {
    dir: PathBuf,
    /// Store connections, one per core: concurrent searches read their rows in parallel (a
    /// WAL database has any number of readers) instead of queueing on one connection.
    conns: Vec<Mutex<Connection>>,
    reader: IndexReader,
    fields: Fields,
    analyzer: Analyzer,
    ranking: Ranking,
    facets: facets::FacetIndex,
    entity_sample: usize,
}

/// Characters in a snippet.
const SNIPPET_CHARS: usize = 220;

/// Entities, sources and months listed in facets.
const FACET_SIZE: usize = 20;

/// Store connections of an [`Archive`]: one per core, at most 8.
fn store_connections() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().min(8))
}

/// A hit's snippet planned from its match positions and stored word offsets.
struct Planned {
    /// Characters in the article's text.
    nchars: usize,
    /// Matches as (char start, char end, term).
    cm: Vec<(usize, usize, String)>,
    plan: search::SnippetPlan,
}

impl Archive {
    /// Opens (creating if needed) the archive in `dir`. If the index is behind the store (an
    /// interrupted ingest) and no writer holds the archive, the index is repaired first.
    pub fn open(dir: &Path) -> Result<Archive> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.display().to_string(),
            source: e,
        })?;
        let conn = store::open(&writer::store_path(dir))?;
        let analyzer = writer::archive_analyzer(&conn, None)?;
        let mut index = schema::open_index(&writer::index_path(dir), analyzer)?;
        if writer::payload_batch(&index)? != store::max_batch(&conn)? {
            match ArchiveWriter::open(dir) {
                Ok(w) => {
                    w.finish()?;
                    index = schema::open_index(&writer::index_path(dir), analyzer)?;
                }
                Err(Error::Busy(_)) => {} // an ingest is running: it repairs, we read what is there
                Err(e) => return Err(e),
            }
        }
        let fields = schema::fields(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .map_err(index_err)?;
        Ok(Archive {
            dir: dir.to_path_buf(),
            conns: std::iter::once(Ok(conn))
                .chain((1..store_connections()).map(|_| store::open(&writer::store_path(dir))))
                .map(|c| c.map(Mutex::new))
                .collect::<Result<_>>()?,
            reader,
            fields,
            analyzer,
            ranking: Ranking::default(),
            facets: facets::FacetIndex::default(),
            entity_sample: ENTITY_SAMPLE,
        })
    }

    /// The archive directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The analyzer this archive was built with.
    pub fn analyzer(&self) -> Analyzer {
        self.analyzer
    }

    /// The ranking used by [`Archive::search`].
    pub fn ranking(&self) -> Ranking {
        self.ranking
    }

    /// Replaces the ranking (field boosts, proximity).
    pub fn set_ranking(&mut self, ranking: Ranking) {
        self.ranking = ranking;
    }

    /// A free store connection, or (all busy) the first one when it frees.
    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave the connection inconsistent (every write
        // is a transaction), so a poisoned lock is still usable.
        for c in &self.conns {
            match c.try_lock() {
                Ok(g) => return g,
                Err(std::sync::TryLockError::Poisoned(p)) => return p.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
        }
        self.conns[0].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Number of documents in the index (equals [`Archive::len`] once any repair is done).
    pub fn indexed(&self) -> Result<u64> {
        self.reader.reload().map_err(index_err)?;
        Ok(self.reader.searcher().num_docs())
    }

    fn prepare(
        &self,
        q: &SearchQuery,
    ) -> Result<(search::QueryTerms, Box<dyn tantivy::query::Query>)> {
        if q.query.chars().count() > 10_000 {
            return Err(Error::BadQuery(
                "query longer than 10,000 characters".into(),
            ));
        }
        let terms = search::query_terms(&q.query, self.analyzer);
        let query = search::build_query(q, &terms, &self.fields, self.analyzer, &self.ranking)?;
        Ok((terms, query))
    }

    fn hit_ids(
        &self,
        searcher: &tantivy::Searcher,
        docs: &[(f32, DocAddress)],
    ) -> Result<Vec<(String, f32, DocAddress)>> {
        let mut out = Vec::with_capacity(docs.len());
        for &(score, addr) in docs {
            let doc: TantivyDocument = searcher.doc(addr).map_err(index_err)?;
            if let Some(id) = doc.get_first(self.fields.id).and_then(|v| v.as_str()) {
                out.push((id.to_string(), score, addr));
            }
        }
        Ok(out)
    }

    /// Ranked ids and scores only (no snippets, facets or collapsing): the fast path for batch
    /// evaluation.
    pub fn search_ids(&self, q: &SearchQuery) -> Result<Vec<(String, f32)>> {
        let (_, query) = self.prepare(q)?;
        let searcher = self.reader.searcher();
        let limit = q.limit.unwrap_or(10).max(1);
        let top = searcher
            .search(
                &query,
                &TopDocs::with_limit(limit).and_offset(q.offset.unwrap_or(0)),
            )
            .map_err(index_err)?;
        Ok(self
            .hit_ids(&searcher, &top)?
            .into_iter()
            .map(|(id, score, _)| (id, score))
            .collect())
    }

    /// Runs a search.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let (terms, query) = self.prepare(q)?;
        let searcher = self.reader.searcher();
        let limit = q.limit.unwrap_or(10).max(1);
        let offset = q.offset.unwrap_or(0);
        // Collapsing needs more candidates than it shows.
        let fetch = if q.collapse {
            (offset + limit) * 5 + 20
        } else {
            offset + limit
        };
        let view = self.facets.view(&searcher)?;
        // Every match with its score: the page and the entity-facet sample (the best hits) are
        // selected from it (linear time; a top-k heap of the sample size costs more).
        let (mut all, counted) = searcher
            .search(
                &query,
                &(facets::AllScored, facets::FacetCollector::new(&view)),
            )
            .map_err(index_err)?;
        let total = counted.total;
        let top = facets::best(&mut all, self.entity_sample.max(fetch), fetch);
        // A deep page keeps more than the sample: keep the sample's best only.
        facets::best(&mut all, self.entity_sample, 0);
        let (facets, facets_sampled) =
            self.facets
                .finish(&view, counted, &all, FACET_SIZE, self.entity_sample);
        drop(all);
        // Without collapsing, the page is a plain slice of the ranking: skipped hits need no id.
        let skip = if q.collapse { 0 } else { offset.min(top.len()) };
        let ranked = self.hit_ids(&searcher, &top[skip..])?;
        // The rows to show (and, when collapsing, the clusters of the others), read under the
        // store lock; snippets are computed after it is released.
        let mut page: Vec<(String, f32, DocAddress, store::HitRow)> = Vec::new();
        let mut dups: HashMap<String, Vec<String>> = HashMap::new();
        {
            let guard = self.conn();
            // One read transaction for all the rows (one lock instead of one per statement).
            let conn = guard.unchecked_transaction().map_err(store::sql_err)?;
            let mut cluster_pos: HashMap<String, usize> = HashMap::new();
            let mut seen_rows = 0usize;
            for (id, score, addr) in ranked {
                if !q.collapse {
                    if page.len() >= limit {
                        break;
                    }
                    if let Some(row) = store::hit_row(&conn, &id)? {
                        page.push((id, score, addr, row));
                    }
                    continue;
                }
                let Some(cluster) = store::cluster_of(&conn, &id)? else {
                    continue;
                };
                let cluster = cluster.unwrap_or_else(|| id.clone());
                if let Some(&p) = cluster_pos.get(&cluster) {
                    if p < page.len() {
                        let d = dups.entry(page[p].0.clone()).or_default();
                        if !d.contains(&id) {
                            d.push(id);
                        }
                    }
                    continue;
                }
                seen_rows += 1;
                if seen_rows <= offset {
                    cluster_pos.insert(cluster, usize::MAX);
                    continue;
                }
                if page.len() >= limit {
                    continue;
                }
                let Some(row) = store::hit_row(&conn, &id)? else {
                    continue;
                };
                let members: Vec<String> = store::cluster_members(&conn, &cluster)?
                    .into_iter()
                    .filter(|m| m != &id)
                    .collect();
                cluster_pos.insert(cluster, page.len());
                dups.insert(id.clone(), members);
                page.push((id, score, addr, row));
            }
        }
        let matcher = search::SnippetMatcher::new(&terms, self.analyzer);
        let addrs: Vec<DocAddress> = page.iter().map(|p| p.2).collect();
        let positions = matcher.body_positions(&searcher, &addrs, &self.fields)?;
        // With the index's match positions and the stored word offsets, each snippet is
        // planned before any text is read, and only its characters are read; otherwise (an
        // archive stored without offsets, or a baseline analyzer) the whole text is read and
        // matched.
        let planned: Vec<Option<Planned>> = page
            .iter()
            .enumerate()
            .map(|(i, (_, _, _, row))| {
                let pos = positions.as_ref()?.get(i)?;
                let (nchars, offsets) = row.offsets.as_ref()?;
                let cm = search::char_matches_from_offsets(offsets, pos);
                let plan = search::plan(&cm, *nchars, &row.removed, SNIPPET_CHARS);
                Some(Planned {
                    nchars: *nchars,
                    cm,
                    plan,
                })
            })
            .collect();
        let texts: Vec<Option<String>> = {
            let guard = self.conn();
            let conn = guard.unchecked_transaction().map_err(store::sql_err)?;
            page.iter()
                .zip(&planned)
                .map(|((.., row), p)| {
                    store::text_range(&conn, row.rowid, p.as_ref().map(|p| (p.plan.lo, p.plan.hi)))
                })
                .collect::<Result<_>>()?
        };
        let mut hits = Vec::with_capacity(page.len());
        for (i, ((id, score, _, row), (planned, text))) in page
            .into_iter()
            .zip(planned.into_iter().zip(texts))
            .enumerate()
        {
            let text = text.unwrap_or_default();
            let (snippet, s, highlights) = match planned {
                Some(p) => {
                    let chars: Vec<char> = text.chars().collect();
                    let (s, e, hl) = search::cut(&chars, p.plan, p.nchars, &p.cm, SNIPPET_CHARS);
                    (search::snippet_text(&text, p.plan.lo, s, e), s, hl)
                }
                None => {
                    let (s, e, hl) = match positions.as_ref().and_then(|p| p.get(i)) {
                        Some(pos) => matcher.snippet_at(&text, &row.removed, SNIPPET_CHARS, pos),
                        None => matcher.snippet(&text, &row.removed, SNIPPET_CHARS),
                    };
                    (khabar_article::slice_chars(&text, s, e).to_string(), s, hl)
                }
            };
            let cluster = row.cluster.unwrap_or_else(|| id.clone());
            hits.push(Hit {
                duplicates: dups.remove(&id).unwrap_or_default(),
                snippet,
                snippet_start: s,
                highlights,
                id,
                score,
                title: row.title,
                source: row.source,
                date: row.date,
                cluster: Some(cluster),
            });
        }
        Ok(SearchResults {
            total,
            hits,
            facets,
            facets_sampled,
        })
    }

    /// Fetches one article by id.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let conn = self.conn();
        let Some(row) = store::article(&conn, id)? else {
            return Ok(None);
        };
        let entities = store::entities(&conn, id)?;
        let quotes = store::quotes(&conn, id)?;
        let duplicates = match &row.cluster {
            Some(c) => store::cluster_members(&conn, c)?
                .into_iter()
                .filter(|m| m != id)
                .collect(),
            None => Vec::new(),
        };
        Ok(Some(StoredArticle {
            article: row.article,
            entities,
            quotes,
            cluster: row.cluster,
            duplicates,
        }))
    }

    /// Top entities, optionally filtered by label and date range.
    pub fn top_entities(
        &self,
        label: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EntityCount>> {
        let from = from
            .filter(|s| !s.trim().is_empty())
            .map(|s| search::date_bound(s, false))
            .transpose()?
            .map(|d| d as i64);
        let to = to
            .filter(|s| !s.trim().is_empty())
            .map(|s| search::date_bound(s, true))
            .transpose()?
            .map(|d| d as i64);
        let conn = self.conn();
        let mut st = conn
            .prepare_cached(
                "SELECT e.canonical, e.label, COUNT(DISTINCT e.article_id) AS n
                 FROM entities e JOIN articles a ON a.id = e.article_id
                 WHERE (?1 IS NULL OR e.label = ?1)
                   AND (?2 IS NULL OR a.day >= ?2)
                   AND (?3 IS NULL OR a.day <= ?3)
                 GROUP BY e.canonical, e.label ORDER BY n DESC, e.canonical LIMIT ?4",
            )
            .map_err(sql_err)?;
        let rows = st
            .query_map(params![label, from, to, limit as i64], |r| {
                Ok(EntityCount {
                    name: r.get(0)?,
                    label: r.get(1)?,
                    articles: r.get::<_, i64>(2)? as u64,
                })
            })
            .map_err(sql_err)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql_err)
    }

    /// Quotes, optionally by speaker (canonical name or substring of the speaker).
    pub fn quotes(&self, speaker: Option<&str>, limit: usize) -> Result<Vec<QuoteHit>> {
        let conn = self.conn();
        let mut st = conn
            .prepare_cached(
                r#"SELECT q.article_id, a.title, a.date,
                          q.speaker, q.speaker_entity, q.cue, q.kind, q.text, q.start, q."end"
                   FROM quotes q JOIN articles a ON a.id = q.article_id
                   WHERE (?1 IS NULL OR q.speaker_entity = ?1 OR instr(q.speaker, ?1) > 0)
                   ORDER BY a.date DESC, q.article_id, q.start LIMIT ?2"#,
            )
            .map_err(sql_err)?;
        let rows = st
            .query_map(params![speaker, limit as i64], |r| {
                Ok(QuoteHit {
                    article_id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    quote: store::quote_from_row(r, 3)?,
                })
            })
            .map_err(sql_err)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql_err)
    }

    /// Number of articles in the archive.
    pub fn len(&self) -> Result<u64> {
        store::count(&self.conn())
    }

    /// Whether the archive holds no article.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Whether an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        store::contains(&self.conn(), id)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use khabar_article::{Article, Entity, EntityLabel};

    use super::*;

    fn doc(i: usize) -> IngestDoc {
        // Every article says تونس (some twice, to vary scores); entities, sources and months vary.
        let people = [
            "علي العريض",
            "يوسف الشاهد",
            "راشد الغنوشي",
            "الباجي قائد السبسي",
        ];
        let who = people[i % people.len()];
        let extra = if i % 3 == 0 { " تونس تونس" } else { "" };
        let text = format!("قال {who} في تونس اليوم{extra}.");
        let start = 4;
        let end = start + who.chars().count();
        let mut entities = vec![Entity {
            text: who.into(),
            label: EntityLabel::Pers,
            start,
            end,
            canonical: who.into(),
        }];
        if i % 2 == 0 {
            entities.push(Entity {
                text: "تونس".into(),
                label: EntityLabel::Loc,
                start: end + 4,
                end: end + 8,
                canonical: "تونس".into(),
            });
        }
        IngestDoc {
            article: Article {
                id: format!("a{i:02}"),
                text,
                source: Some(["الصباح", "Jawhara FM", "الشروق"][i % 3].into()),
                date: Some(format!("2017-{:02}-10", 1 + i % 4)),
                ..Default::default()
            },
            entities,
            ..Default::default()
        }
    }

    /// Facet counts of the given documents, as the archive computes them without sampling.
    fn brute(docs: &[&IngestDoc]) -> (BTreeMap<String, u64>, BTreeMap<String, u64>) {
        let (mut ents, mut srcs) = (BTreeMap::new(), BTreeMap::new());
        for d in docs {
            let mut keys: Vec<String> = d
                .entities
                .iter()
                .flat_map(|e| {
                    [
                        schema::entity_key(&e.canonical),
                        schema::entity_key(&e.text),
                    ]
                })
                .collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                *ents.entry(k).or_insert(0) += 1;
            }
            *srcs
                .entry(d.article.source.clone().unwrap_or_default())
                .or_insert(0) += 1;
        }
        (ents, srcs)
    }

    fn as_map(v: &[FacetCount]) -> BTreeMap<String, u64> {
        v.iter().map(|f| (f.value.clone(), f.count)).collect()
    }

    #[test]
    fn facets_are_exact_then_sampled_over_the_best_hits() {
        let dir = tempfile::tempdir().unwrap();
        let docs: Vec<IngestDoc> = (0..30).map(doc).collect();
        let mut w = ArchiveWriter::open(dir.path()).unwrap();
        // Two batches: two segments, so ids are merged across segment dictionaries (the
        // writer is dropped, not finished: finishing would merge the segments).
        w.add_batch(&docs[..17]).unwrap();
        w.add_batch(&docs[17..]).unwrap();
        drop(w);
        let index = tantivy::Index::open_in_dir(writer::index_path(dir.path())).unwrap();
        assert_eq!(index.searchable_segment_ids().unwrap().len(), 2);
        let mut archive = Archive::open(dir.path()).unwrap();
        let q = SearchQuery {
            query: "تونس".into(),
            limit: Some(30),
            ..Default::default()
        };

        let all = archive.search(&q).unwrap();
        assert_eq!(all.total, 30);
        assert!(!all.facets_sampled);
        let every: Vec<&IngestDoc> = docs.iter().collect();
        let (ents, srcs) = brute(&every);
        assert_eq!(as_map(&all.facets.entities), ents);
        assert_eq!(as_map(&all.facets.sources), srcs);
        // Ordered by count, then name.
        let order: Vec<(u64, &str)> = all
            .facets
            .entities
            .iter()
            .map(|f| (u64::MAX - f.count, f.value.as_str()))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        let months: Vec<&str> = all.facets.dates.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(months, ["2017-01", "2017-02", "2017-03", "2017-04"]);
        assert_eq!(all.facets.dates.iter().map(|f| f.count).sum::<u64>(), 30);

        // Sampled: entities over the 7 best hits, everything else still exact.
        archive.entity_sample = 7;
        let sampled = archive.search(&q).unwrap();
        assert!(sampled.facets_sampled);
        assert_eq!(sampled.total, 30);
        assert_eq!(as_map(&sampled.facets.sources), srcs);
        assert_eq!(
            sampled.facets.dates.iter().map(|f| f.count).sum::<u64>(),
            30
        );
        let best: Vec<&IngestDoc> = all.hits[..7]
            .iter()
            .map(|h| docs.iter().find(|d| d.article.id == h.id).unwrap())
            .collect();
        assert_eq!(as_map(&sampled.facets.entities), brute(&best).0);

        // Few matches: never sampled.
        let few = archive
            .search(&SearchQuery {
                query: "الغنوشي".into(),
                ..Default::default()
            })
            .unwrap();
        assert!(few.total > 0 && few.total <= 7);
        assert!(!few.facets_sampled);
    }

    #[test]
    fn finishing_merges_the_index_into_one_segment_and_keeps_the_batch() {
        let dir = tempfile::tempdir().unwrap();
        let docs: Vec<IngestDoc> = (0..12).map(doc).collect();
        let mut w = ArchiveWriter::open(dir.path()).unwrap();
        for chunk in docs.chunks(4) {
            w.add_batch(chunk).unwrap();
        }
        w.finish().unwrap();
        let index = tantivy::Index::open_in_dir(writer::index_path(dir.path())).unwrap();
        assert_eq!(index.searchable_segment_ids().unwrap().len(), 1);
        assert_eq!(writer::payload_batch(&index).unwrap(), 3);
        let archive = Archive::open(dir.path()).unwrap();
        assert_eq!(archive.indexed().unwrap(), 12);
        let res = archive
            .search(&SearchQuery {
                query: "تونس".into(),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(res.total, 12);
    }

    #[test]
    fn snippets_from_index_positions_equal_the_analysis() {
        let dir = tempfile::tempdir().unwrap();
        let texts = [
            "مقدمة طويلة لا علاقة لها بالموضوع. ثم قال الوزير إن الإرهاب خطر على تونس.",
            "أعلنت وزارة الداخلية التونسية عن إيقاف عناصر إرهابية في سوسة، وقال وزير الداخلية إن \
             الحكومة ماضية في مكافحة الإرهاب. والإرهابيين في تونس 2017.\nاترك تعليقاً",
        ];
        let docs: Vec<IngestDoc> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| IngestDoc {
                article: Article {
                    id: format!("t{i}"),
                    text: t.to_string(),
                    removed: if i == 1 {
                        let n = t.chars().count();
                        vec![khabar_article::Removed {
                            start: n - 11,
                            end: n,
                            reason: "boilerplate".into(),
                        }]
                    } else {
                        // Removed before the matches: blanking keeps bytes, not characters.
                        vec![khabar_article::Removed {
                            start: 0,
                            end: 5,
                            reason: "boilerplate".into(),
                        }]
                    },
                    ..Default::default()
                },
                ..Default::default()
            })
            .collect();
        let mut w = ArchiveWriter::open(dir.path()).unwrap();
        w.add_batch(&docs).unwrap();
        w.finish().unwrap();
        let archive = Archive::open(dir.path()).unwrap();
        let queries = [
            "الإرهاب",
            "وزير الداخلية",
            "تونس \"الحكومة ماضية\"",
            "إرهاب تعليق",
        ];
        let hits = |archive: &Archive| -> Vec<Vec<Hit>> {
            queries
                .iter()
                .map(|q| {
                    archive
                        .search(&SearchQuery {
                            query: q.to_string(),
                            ..Default::default()
                        })
                        .unwrap()
                        .hits
                })
                .collect()
        };
        let with_offsets = hits(&archive);
        // An archive written before word offsets were stored reads and matches the whole text
        // instead: the same snippets.
        drop(archive);
        let conn = store::open(&writer::store_path(dir.path())).unwrap();
        conn.execute("DELETE FROM word_offsets", []).unwrap();
        drop(conn);
        let archive = Archive::open(dir.path()).unwrap();
        let without = hits(&archive);
        let key = |h: &Hit| {
            let hl: Vec<(usize, usize)> = h.highlights.iter().map(|x| (x.start, x.end)).collect();
            (h.id.clone(), h.snippet.clone(), h.snippet_start, hl)
        };
        for (a, b) in with_offsets.iter().zip(&without) {
            assert_eq!(
                a.iter().map(key).collect::<Vec<_>>(),
                b.iter().map(key).collect::<Vec<_>>()
            );
        }
        for query in queries {
            let res = archive
                .search(&SearchQuery {
                    query: query.into(),
                    ..Default::default()
                })
                .unwrap();
            assert!(!res.hits.is_empty(), "{query}");
            let terms = search::query_terms(query, Analyzer::Arabic);
            let m = search::SnippetMatcher::new(&terms, Analyzer::Arabic);
            for h in &res.hits {
                let d = docs.iter().find(|d| d.article.id == h.id).unwrap();
                let removed: Vec<(usize, usize)> =
                    d.article.removed.iter().map(|r| (r.start, r.end)).collect();
                let (s, e, hl) = m.snippet(&d.article.text, &removed, SNIPPET_CHARS);
                assert_eq!(h.snippet_start, s, "{query} {}", h.id);
                assert_eq!(
                    h.snippet,
                    khabar_article::slice_chars(&d.article.text, s, e)
                );
                let got: Vec<(usize, usize)> =
                    h.highlights.iter().map(|x| (x.start, x.end)).collect();
                let want: Vec<(usize, usize)> = hl.iter().map(|x| (x.start, x.end)).collect();
                assert_eq!(got, want, "{query} {}", h.id);
                assert!(!got.is_empty(), "{query} {}: no highlight", h.id);
            }
        }
    }
}
