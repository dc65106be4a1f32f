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
//! document (a document → id table each) and always counted exactly, while the query runs
//! ([`FacetCollector`]); entities (dozens per document) are counted over the [`ENTITY_SAMPLE`]
//! best-scoring hits, selected in linear time from the scored matches, when more match (the
//! "sampler" approach of Elasticsearch), and the result says so
//! ([`crate::SearchResults::facets_sampled`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

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

    /// Finishes the facets: sources and months as counted by [`FacetCollector`] over every
    /// match, entities over `best` (the best-scoring matches, in any order: at most `sample`
    /// of them, or every match when fewer matched). Returns the `size` most frequent entities
    /// and sources and every month, plus whether entities were counted over a sample.
    pub(crate) fn finish(
        &self,
        view: &FacetView,
        counted: FacetCounts,
        best: &[(Score, DocAddress)],
        size: usize,
        sample: usize,
    ) -> (Facets, bool) {
        let sampled = counted.total > sample as u64;
        let [_, src, month] = counted.counts;
        let mut counts: [Vec<u32>; 3] = [vec![0; view.sizes[ENTITY]], src, month];
        // Entity ids seen (the table is large; only these are ranked).
        let mut touched: Vec<u32> = Vec::new();
        let c = &mut counts[ENTITY];
        for &(_, addr) in best.iter().take(sample) {
            let Some(Some((col, ids))) = view
                .segments
                .get(addr.segment_ord as usize)
                .map(|s| &s.entity)
            else {
                continue;
            };
            for ord in col.values_for_doc(addr.doc_id) {
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

/// Source and month counts (archive-wide ids) and the number of matches.
pub(crate) struct FacetCounts {
    /// Counts by id: unused (entities), sources, months.
    counts: [Vec<u32>; 3],
    /// Matching documents.
    pub total: u64,
}

/// Counts the single-valued facets (sources, months) and the matches of every matching
/// document, without storing them.
pub(crate) struct FacetCollector<'a> {
    view: &'a FacetView,
}

impl<'a> FacetCollector<'a> {
    /// A collector over the segments of `view` (made from the searcher that runs it).
    pub(crate) fn new(view: &'a FacetView) -> FacetCollector<'a> {
        FacetCollector { view }
    }
}

/// [`FacetCollector`] for one segment.
pub(crate) struct SegmentFacetCollector {
    seg: Arc<SegmentFacets>,
    counts: [Vec<u32>; 2],
    total: u64,
}

impl Collector for FacetCollector<'_> {
    type Fruit = FacetCounts;
    type Child = SegmentFacetCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCollector> {
        let seg = self
            .view
            .segments
            .get(segment_local_id as usize)
            .cloned()
            .unwrap_or_default();
        Ok(SegmentFacetCollector {
            seg,
            counts: [
                vec![0; self.view.sizes[SOURCE]],
                vec![0; self.view.sizes[MONTH]],
            ],
            total: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<([Vec<u32>; 2], u64)>) -> tantivy::Result<FacetCounts> {
        let mut out = FacetCounts {
            counts: [
                Vec::new(),
                vec![0; self.view.sizes[SOURCE]],
                vec![0; self.view.sizes[MONTH]],
            ],
            total: 0,
        };
        for (counts, total) in fruits {
            out.total += total;
            for (f, c) in counts.iter().enumerate() {
                for (o, n) in out.counts[f + 1].iter_mut().zip(c) {
                    *o += n;
                }
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacetCollector {
    type Fruit = ([Vec<u32>; 2], u64);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.total += 1;
        for (table, c) in self.seg.single.iter().zip(self.counts.iter_mut()) {
            if let Some(n) = table
                .get(doc as usize)
                .and_then(|&id| c.get_mut(id as usize))
            {
                *n += 1;
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        (self.counts, self.total)
    }
}

/// Every match with its score, for ranking without a heap: the caller selects the best ones.
pub(crate) struct AllScored;

/// [`AllScored`] for one segment.
pub(crate) struct SegmentAllScored {
    segment: SegmentOrdinal,
    docs: Vec<(Score, DocAddress)>,
}

impl Collector for AllScored {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = SegmentAllScored;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentAllScored> {
        Ok(SegmentAllScored {
            segment: segment_local_id,
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(Score, DocAddress)>>,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        let mut all = Vec::with_capacity(fruits.iter().map(Vec::len).sum());
        for f in fruits {
            all.extend(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentAllScored {
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.docs.push((score, DocAddress::new(self.segment, doc)));
    }

    fn harvest(self) -> Self::Fruit {
        self.docs
    }
}

/// Tantivy's ranking order (`TopDocs`): score descending, then document address ascending.
pub(crate) fn rank_cmp(a: &(Score, DocAddress), b: &(Score, DocAddress)) -> std::cmp::Ordering {
    b.0.partial_cmp(&a.0)
        .unwrap_or(std::cmp::Ordering::Equal)
        .then(a.1.cmp(&b.1))
}

/// Keeps the `k` best of `all` (unordered) and returns the `n` best of those, ordered.
pub(crate) fn best(
    all: &mut Vec<(Score, DocAddress)>,
    k: usize,
    n: usize,
) -> Vec<(Score, DocAddress)> {
    if k < all.len() {
        all.select_nth_unstable_by(k, rank_cmp);
        all.truncate(k);
    }
    let n = n.min(all.len());
    if n < all.len() {
        all.select_nth_unstable_by(n, rank_cmp);
    }
    let mut page = all[..n].to_vec();
    page.sort_unstable_by(rank_cmp);
    page
}
