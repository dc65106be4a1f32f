//! Facet counting (entities, sources, months) over the matching documents, straight from the
//! index's fast-field columns.
//!
//! Every string fast field is dictionary-encoded per segment: a document holds term *ordinals*
//! into its segment's dictionary. Resolving ordinals to strings goes through a compressed
//! sstable, which is what made tantivy's generic terms aggregation cost milliseconds per
//! search. Here each segment's dictionary is read **once** (when a segment is first searched)
//! into a table mapping its ordinals to archive-wide integer ids; a search then counts with
//! integer ids in a `Vec<u32>` and only the few ids shown are turned back into strings.
//!
//! Very common queries match most of the archive. Sources and months are one value per
//! document and always counted exactly; entities (dozens per document) are counted over the
//! [`ENTITY_SAMPLE`] best-scoring hits when more match (the "sampler" approach of
//! Elasticsearch), and the result says so ([`crate::SearchResults::facets_sampled`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::schema::index_err;
use crate::{FacetCount, Facets, Result};

/// Entity facets are counted over at most this many hits (the best-scoring ones).
pub const ENTITY_SAMPLE: usize = 1000;

/// The faceted fields, in this order everywhere below.
const FIELDS: [&str; 3] = ["entity", "source", "month"];
const ENTITY: usize = 0;
const SOURCE: usize = 1;
const MONTH: usize = 2;

/// One segment's facet data. Entities: the ordinal column and the ordinal → archive-wide id
/// table. Sources and months (one value per document): a document → archive-wide id table
/// (`u32::MAX` = none), 4 bytes per document each, so counting them is one array read.
#[derive(Default)]
struct SegmentFacets {
    entity: Option<(Column<u64>, Vec<u32>)>,
    single: [Vec<u32>; 2],
}

/// Archive-wide ids of one field's values.
#[derive(Default)]
struct Dict {
    names: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Dict {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        id
    }
}

#[derive(Default)]
struct State {
    dicts: [Dict; 3],
    segments: HashMap<SegmentId, Arc<SegmentFacets>>,
}

/// The per-archive facet tables (built lazily per segment, kept while the segment lives).
#[derive(Default)]
pub(crate) struct FacetIndex {
    state: Mutex<State>,
}

/// What one search needs: the facet columns of each segment of its searcher.
pub(crate) struct FacetView {
    segments: Vec<Arc<SegmentFacets>>,
    sizes: [usize; 3],
}

impl FacetIndex {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Tables are inserted whole: a panic elsewhere cannot leave one half-built.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The facet columns of `searcher`'s segments, reading the dictionaries of segments not
    /// seen before (and forgetting segments merged away).
    pub(crate) fn view(&self, searcher: &Searcher) -> Result<FacetView> {
        let mut st = self.lock();
        let readers = searcher.segment_readers();
        let mut segments = Vec::with_capacity(readers.len());
        let mut added = false;
        for r in readers {
            let id = r.segment_id();
            if let Some(s) = st.segments.get(&id) {
                segments.push(s.clone());
                continue;
            }
            let s = Arc::new(load_segment(r, &mut st.dicts)?);
            st.segments.insert(id, s.clone());
            segments.push(s);
            added = true;
        }
        if added && st.segments.len() > readers.len() {
            let live: Vec<SegmentId> = readers.iter().map(|r| r.segment_id()).collect();
            st.segments.retain(|id, _| live.contains(id));
        }
        let sizes = [
            st.dicts[0].names.len(),
            st.dicts[1].names.len(),
            st.dicts[2].names.len(),
        ];
        Ok(FacetView { segments, sizes })
    }

    /// Counts facets over `matches` (per segment ordinal: document and score) and returns the
    /// `size` most frequent entities and sources and every month, plus whether entities were
    /// counted over a sample (the `sample` best-scoring matches, when more matched).
    pub(crate) fn count(
        &self,
        view: &FacetView,
        matches: &[Vec<(DocId, Score)>],
        size: usize,
        sample: usize,
    ) -> (Facets, bool) {
        let total: usize = matches.iter().map(Vec::len).sum();
        let mut counts: [Vec<u32>; 3] = [
            vec![0; view.sizes[0]],
            vec![0; view.sizes[1]],
            vec![0; view.sizes[2]],
        ];
        // Sources and months: every match.
        for (seg, docs) in view.segments.iter().zip(matches.iter()) {
            for (f, table) in [(SOURCE, &seg.single[0]), (MONTH, &seg.single[1])] {
                let c = &mut counts[f];
                for &(doc, _) in docs {
                    if let Some(&id) = table.get(doc as usize) {
                        if let Some(n) = c.get_mut(id as usize) {
                            *n += 1;
                        }
                    }
                }
            }
        }
        // Entities: every match, or the best-scoring ENTITY_SAMPLE.
        let sampled = total > sample;
        let cutoff = if sampled {
            sample_cutoff(matches, sample)
        } else {
            None
        };
        // Entity ids seen (the table is large; only these are ranked).
        let mut touched: Vec<u32> = Vec::new();
        for (si, (seg, docs)) in view.segments.iter().zip(matches.iter()).enumerate() {
            let Some((col, ids)) = &seg.entity else {
                continue;
            };
            let c = &mut counts[ENTITY];
            for &(doc, score) in docs {
                if let Some(cut) = cutoff {
                    if !in_sample(cut, score, si as u32, doc) {
                        continue;
                    }
                }
                for ord in col.values_for_doc(doc) {
                    if let Some(&id) = ids.get(ord as usize) {
                        if let Some(n) = c.get_mut(id as usize) {
                            if *n == 0 {
                                touched.push(id);
                            }
                            *n += 1;
                        }
                    }
                }
            }
        }
        let st = self.lock();
        let names = |f: usize, ids: Vec<(u32, u32)>| -> Vec<FacetCount> {
            ids.into_iter()
                .filter_map(|(id, n)| {
                    Some(FacetCount {
                        value: st.dicts[f].names.get(id as usize)?.clone(),
                        count: n as u64,
                    })
                })
                .collect()
        };
        let top = |f: usize, mut nz: Vec<(u32, u32)>| -> Vec<FacetCount> {
            let by_name = |a: &(u32, u32), b: &(u32, u32)| {
                let name = |id: u32| st.dicts[f].names.get(id as usize).map(String::as_str);
                b.1.cmp(&a.1).then_with(|| name(a.0).cmp(&name(b.0)))
            };
            if nz.len() > size && size > 0 {
                // Keep everything tied with the size-th count, then order by (count, name).
                nz.select_nth_unstable_by(size - 1, |a, b| b.1.cmp(&a.1));
                let kth = nz[size - 1].1;
                nz.retain(|&(_, n)| n >= kth);
            }
            nz.sort_unstable_by(by_name);
            nz.truncate(size);
            names(f, nz)
        };
        let nonzero = |counts: &[u32]| -> Vec<(u32, u32)> {
            counts
                .iter()
                .enumerate()
                .filter(|(_, &n)| n > 0)
                .map(|(id, &n)| (id as u32, n))
                .collect()
        };
        let entities = top(
            ENTITY,
            touched
                .iter()
                .map(|&id| (id, counts[ENTITY][id as usize]))
                .collect(),
        );
        let sources = top(SOURCE, nonzero(&counts[SOURCE]));
        let mut dates = nonzero(&counts[MONTH]);
        dates.sort_unstable_by(|a, b| {
            st.dicts[MONTH]
                .names
                .get(a.0 as usize)
                .cmp(&st.dicts[MONTH].names.get(b.0 as usize))
        });
        let dates = names(MONTH, dates);
        (
            Facets {
                entities,
                sources,
                dates,
            },
            sampled,
        )
    }
}

/// The sample's rank boundary: the `n`-th best (score, segment, doc) among `matches`, in
/// tantivy's ranking order (score descending, then document address ascending).
fn sample_cutoff(matches: &[Vec<(DocId, Score)>], n: usize) -> Option<(Score, u32, DocId)> {
    let mut all: Vec<(Score, u32, DocId)> = matches
        .iter()
        .enumerate()
        .flat_map(|(s, docs)| docs.iter().map(move |&(d, sc)| (sc, s as u32, d)))
        .collect();
    if all.len() <= n || n == 0 {
        return None;
    }
    let (_, kth, _) = all.select_nth_unstable_by(n - 1, rank_cmp);
    Some(*kth)
}

fn rank_cmp(a: &(Score, u32, DocId), b: &(Score, u32, DocId)) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
}

fn in_sample(cut: (Score, u32, DocId), score: Score, seg: u32, doc: DocId) -> bool {
    rank_cmp(&(score, seg, doc), &cut) != std::cmp::Ordering::Greater
}

fn load_segment(r: &SegmentReader, dicts: &mut [Dict; 3]) -> Result<SegmentFacets> {
    let mut out = SegmentFacets::default();
    for (f, name) in FIELDS.iter().enumerate() {
        let Some(col) = r.fast_fields().str(name).map_err(index_err)? else {
            continue;
        };
        let mut ids = Vec::with_capacity(col.num_terms());
        let mut stream = col
            .dictionary()
            .stream()
            .map_err(|e| crate::Error::Index(format!("facet dictionary of `{name}`: {e}")))?;
        while stream.advance() {
            // Ordinals are dense and in stream order.
            let key = String::from_utf8_lossy(stream.key());
            ids.push(dicts[f].id(&key));
        }
        let ords = col.ords().clone();
        if f == ENTITY {
            out.entity = Some((ords, ids));
        } else {
            out.single[f - 1] = (0..r.max_doc())
                .map(|doc| {
                    ords.first(doc)
                        .and_then(|o| ids.get(o as usize).copied())
                        .unwrap_or(u32::MAX)
                })
                .collect();
        }
    }
    Ok(out)
}

/// Collects every matching document with its score, per segment.
pub(crate) struct Matches;

/// [`Matches`] for one segment.
pub(crate) struct SegmentMatches(Vec<(DocId, Score)>);

impl Collector for Matches {
    type Fruit = Vec<Vec<(DocId, Score)>>;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches(Vec::new()))
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        segment_fruits: Vec<Vec<(DocId, Score)>>,
    ) -> tantivy::Result<Self::Fruit> {
        Ok(segment_fruits)
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(DocId, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.0.push((doc, score));
    }

    fn harvest(self) -> Self::Fruit {
        self.0
    }
}
