//! The clustering engine: incremental [`Deduper`] and batch [`dedup_corpus`].

use std::collections::HashMap;

use rayon::prelude::*;

use crate::config::{Config, ShingleSet};
use crate::error::Error;
use crate::features::Fingerprint;
use crate::minhash::MinHasher;
use crate::verify::Similarity;

/// One input document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document<'a> {
    /// Unique id.
    pub id: &'a str,
    /// Article text (the title is not compared).
    pub text: &'a str,
    /// Publication date, ideally ISO 8601 (`2017-02-21` or `2017-02-21T10:00:00Z`): dates are
    /// compared as strings to pick the earliest member as representative.
    pub date: Option<&'a str>,
}

/// What [`Deduper::add`] found for a new document.
#[derive(Debug, Clone, PartialEq)]
pub struct AddResult {
    /// Id of the representative of the document's cluster after the addition.
    pub cluster: String,
    /// The most similar verified duplicate already added, if any.
    pub duplicate_of: Option<String>,
    /// Similarity score with `duplicate_of` (1.0 for an exact copy; 0 when there is none).
    pub similarity: f32,
}

/// The cluster of one document in [`dedup_corpus`] output.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    /// Document id.
    pub id: String,
    /// Cluster id: the id of the cluster's representative.
    pub cluster: String,
    /// Number of documents in the cluster.
    pub cluster_size: usize,
    /// Whether this document is its cluster's representative.
    pub representative: bool,
    /// Similarity score with the representative (1.0 for the representative itself).
    pub similarity: f32,
}

struct Entry {
    id: String,
    date: Option<String>,
    fp: Fingerprint,
}

/// Incremental near-duplicate detector: add documents one by one, query clusters at any time.
///
/// Every candidate from the LSH index is verified exactly ([`Similarity`]); verified pairs are
/// merged with union-find, and two clusters are merged only when their representatives are also
/// similar (relaxed check), so a chain A≈B≈C cannot glue two different stories together.
pub struct Deduper {
    config: Config,
    hashers: Vec<(ShingleSet, MinHasher)>,
    entries: Vec<Entry>,
    ids: HashMap<String, u32>,
    buckets: HashMap<u64, Vec<u32>>,
    exact: HashMap<u64, u32>,
    clusters: Clusters,
}

impl Deduper {
    /// Creates an empty detector.
    pub fn new(config: Config) -> Deduper {
        let hashers = make_hashers(&config);
        Deduper {
            config,
            hashers,
            entries: Vec::new(),
            ids: HashMap::new(),
            buckets: HashMap::new(),
            exact: HashMap::new(),
            clusters: Clusters::default(),
        }
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no document was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds a document and returns its cluster. Fails on an id that was already added.
    pub fn add(&mut self, doc: Document<'_>) -> Result<AddResult, Error> {
        if self.ids.contains_key(doc.id) {
            return Err(Error::DuplicateId(doc.id.to_string()));
        }
        let mut fp = Fingerprint::new(doc.text);
        let keys = band_keys(&self.hashers, &fp);
        fp.compact();
        let idx = self.entries.len() as u32;

        let mut cands: Vec<u32> = Vec::new();
        if let Some(&e) = self.exact.get(&fp.exact) {
            if !fp.is_empty() {
                cands.push(e);
            }
        }
        for k in &keys {
            if let Some(members) = self.buckets.get(k) {
                if members.len() <= self.config.max_bucket {
                    cands.extend_from_slice(members);
                }
            }
        }
        cands.sort_unstable();
        cands.dedup();
        let mut matches: Vec<(f32, u32)> = cands
            .into_iter()
            .filter_map(|c| {
                let s = self
                    .config
                    .judge(&fp, &self.entries[c as usize].fp, false)?;
                Some((s.score(), c))
            })
            .collect();
        matches.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

        self.entries.push(Entry {
            id: doc.id.to_string(),
            date: doc.date.map(str::to_string),
            fp,
        });
        self.ids.insert(doc.id.to_string(), idx);
        self.clusters.push();
        for k in keys {
            self.buckets.entry(k).or_default().push(idx);
        }
        let fp = &self.entries[idx as usize].fp;
        if !fp.is_empty() {
            self.exact.entry(fp.exact).or_insert(idx);
        }
        for &(_, other) in &matches {
            merge(&mut self.clusters, &self.entries, &self.config, idx, other);
        }
        let root = self.clusters.find(idx);
        let rep = self.clusters.rep[root as usize];
        Ok(AddResult {
            cluster: self.entries[rep as usize].id.clone(),
            duplicate_of: matches
                .first()
                .map(|&(_, o)| self.entries[o as usize].id.clone()),
            similarity: matches.first().map_or(0.0, |m| m.0),
        })
    }

    /// The cluster (representative id) of an added document.
    pub fn cluster_of(&mut self, id: &str) -> Option<String> {
        let &idx = self.ids.get(id)?;
        let root = self.clusters.find(idx);
        Some(
            self.entries[self.clusters.rep[root as usize] as usize]
                .id
                .clone(),
        )
    }

    /// The assignments of every added document, in the order they were added.
    pub fn assignments(&mut self) -> Vec<Assignment> {
        assignments(&mut self.clusters, &self.entries)
    }
}

fn make_hashers(config: &Config) -> Vec<(ShingleSet, MinHasher)> {
    config
        .schemes
        .iter()
        .map(|&(set, scheme)| (set, MinHasher::new(scheme)))
        .collect()
}

/// The LSH band keys of a fingerprint under `config` (what `--emit-bands` prints): documents
/// sharing a key are candidates.
pub fn band_keys_for(config: &Config, fp: &Fingerprint) -> Vec<u64> {
    band_keys(&make_hashers(config), fp)
}

fn band_keys(hashers: &[(ShingleSet, MinHasher)], fp: &Fingerprint) -> Vec<u64> {
    let mut keys = Vec::new();
    if fp.words == 0 {
        return keys;
    }
    for (set, h) in hashers {
        let shingles = match set {
            ShingleSet::Shingles => &fp.shingles,
            ShingleSet::Prefix => &fp.prefix,
            ShingleSet::Words => &fp.unigrams,
        };
        h.band_keys(shingles, &mut keys);
    }
    keys
}

/// Clusters a whole corpus: fingerprints and verification run in parallel (rayon).
///
/// Returns one [`Assignment`] per document, in input order. Duplicate ids are an error.
pub fn dedup_corpus(docs: &[Document<'_>], config: &Config) -> Result<Vec<Assignment>, Error> {
    let mut batch = Batch::new(config.clone());
    batch.add_chunk(docs)?;
    Ok(batch.finish())
}

/// Streaming batch clustering: feed documents in chunks (each fingerprinted in parallel, the
/// texts can be dropped right after), then [`Batch::finish`] finds, verifies and clusters the
/// candidate pairs. Memory holds only fingerprints and band keys, never the texts.
pub struct Batch {
    config: Config,
    hashers: Vec<(ShingleSet, MinHasher)>,
    entries: Vec<Entry>,
    postings: Vec<(u64, u32)>,
    ids: HashMap<String, u32>,
}

impl Batch {
    /// Creates an empty batch.
    pub fn new(config: Config) -> Batch {
        let hashers = make_hashers(&config);
        Batch {
            config,
            hashers,
            entries: Vec::new(),
            postings: Vec::new(),
            ids: HashMap::new(),
        }
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no document was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Approximate heap bytes held (fingerprints, postings, id index).
    pub fn heap_bytes(&self) -> usize {
        let entries: usize = self
            .entries
            .iter()
            .map(|e| std::mem::size_of::<Entry>() + e.fp.heap_bytes() + 2 * e.id.len())
            .sum();
        entries + self.postings.capacity() * 16 + self.ids.capacity() * 40
    }

    /// Adds a chunk of documents (fingerprinted in parallel). On a duplicate id nothing of the
    /// chunk is added.
    pub fn add_chunk(&mut self, docs: &[Document<'_>]) -> Result<(), Error> {
        let mut fresh: HashMap<&str, ()> = HashMap::with_capacity(docs.len());
        for d in docs {
            if self.ids.contains_key(d.id) || fresh.insert(d.id, ()).is_some() {
                return Err(Error::DuplicateId(d.id.to_string()));
            }
        }
        let hashers = &self.hashers;
        let prepared: Vec<(Entry, Vec<u64>)> = docs
            .par_iter()
            .map(|d| {
                let mut fp = Fingerprint::new(d.text);
                let keys = band_keys(hashers, &fp);
                fp.compact();
                (
                    Entry {
                        id: d.id.to_string(),
                        date: d.date.map(str::to_string),
                        fp,
                    },
                    keys,
                )
            })
            .collect();
        for (e, keys) in prepared {
            let i = self.entries.len() as u32;
            self.postings.extend(keys.iter().map(|&k| (k, i)));
            if !e.fp.is_empty() {
                // The exact key shares the posting list (tagged so it cannot meet a band key).
                self.postings.push((e.fp.exact ^ EXACT_TAG, i));
            }
            self.ids.insert(e.id.clone(), i);
            self.entries.push(e);
        }
        Ok(())
    }

    /// Finds candidate pairs, verifies them in parallel and returns one [`Assignment`] per
    /// document in the order added.
    pub fn finish(self) -> Vec<Assignment> {
        self.finish_with_stats().0
    }

    /// Like [`Batch::finish`], also counting candidate and verified pairs.
    pub fn finish_with_stats(self) -> (Vec<Assignment>, BatchStats) {
        let Batch {
            config,
            entries,
            mut postings,
            ids,
            ..
        } = self;
        drop(ids);
        postings.par_sort_unstable();
        let mut pairs: Vec<u64> = Vec::new();
        for group in postings.chunk_by(|a, b| a.0 == b.0) {
            if group.len() < 2 || group.len() > config.max_bucket {
                continue;
            }
            for (x, &(_, i)) in group.iter().enumerate() {
                for &(_, j) in &group[x + 1..] {
                    pairs.push((u64::from(i) << 32) | u64::from(j));
                }
            }
        }
        drop(postings);
        pairs.par_sort_unstable();
        pairs.dedup();
        let mut verified: Vec<(f32, u32, u32)> = pairs
            .par_iter()
            .filter_map(|&p| {
                let (i, j) = ((p >> 32) as u32, p as u32);
                let s = config.judge(&entries[i as usize].fp, &entries[j as usize].fp, false)?;
                Some((s.score(), i, j))
            })
            .collect();
        let stats = BatchStats {
            candidates: pairs.len(),
            verified: verified.len(),
        };
        drop(pairs);
        verified.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut clusters = Clusters::default();
        for _ in 0..entries.len() {
            clusters.push();
        }
        for &(_, i, j) in &verified {
            merge(&mut clusters, &entries, &config, i, j);
        }
        (assignments(&mut clusters, &entries), stats)
    }
}

/// Counts from [`Batch::finish_with_stats`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Distinct candidate pairs from the LSH buckets and exact keys.
    pub candidates: usize,
    /// Candidate pairs verified as duplicates.
    pub verified: usize,
}

const EXACT_TAG: u64 = 0xE7AC_7E7A_C7E7_AC7E;

/// Union-find over documents, tracking each root's representative and size.
#[derive(Default)]
struct Clusters {
    parent: Vec<u32>,
    rep: Vec<u32>,
    size: Vec<u32>,
}

impl Clusters {
    fn push(&mut self) {
        let i = self.parent.len() as u32;
        self.parent.push(i);
        self.rep.push(i);
        self.size.push(1);
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }
}

/// Whether `a` should represent a cluster rather than `b`: earliest date, then most core words, then
/// first added.
fn better_rep(entries: &[Entry], a: u32, b: u32) -> bool {
    let (ea, eb) = (&entries[a as usize], &entries[b as usize]);
    match (&ea.date, &eb.date) {
        (Some(da), Some(db)) if da != db => return da < db,
        (Some(_), None) => return true,
        (None, Some(_)) => return false,
        _ => {}
    }
    // Core words: a copy padded with page chrome is not "longer".
    if ea.fp.words != eb.fp.words {
        return ea.fp.words > eb.fp.words;
    }
    a < b
}

fn merge(clusters: &mut Clusters, entries: &[Entry], config: &Config, a: u32, b: u32) {
    let (ra, rb) = (clusters.find(a), clusters.find(b));
    if ra == rb {
        return;
    }
    let (pa, pb) = (clusters.rep[ra as usize], clusters.rep[rb as usize]);
    // A document joining a cluster is verified against the member it matched; two clusters of
    // several documents merge only when their representatives also look alike (relaxed check),
    // so a chain of templated stories cannot snowball into one cluster.
    let guarded = clusters.size[ra as usize] > 1 && clusters.size[rb as usize] > 1;
    if guarded
        && config
            .judge(&entries[pa as usize].fp, &entries[pb as usize].fp, true)
            .is_none()
    {
        return;
    }
    let (big, small) = if clusters.size[ra as usize] >= clusters.size[rb as usize] {
        (ra, rb)
    } else {
        (rb, ra)
    };
    clusters.parent[small as usize] = big;
    clusters.size[big as usize] += clusters.size[small as usize];
    let rep = if better_rep(entries, pa, pb) { pa } else { pb };
    clusters.rep[big as usize] = rep;
}

fn assignments(clusters: &mut Clusters, entries: &[Entry]) -> Vec<Assignment> {
    (0..entries.len() as u32)
        .map(|i| {
            let root = clusters.find(i);
            let rep = clusters.rep[root as usize];
            let similarity = if rep == i {
                1.0
            } else {
                let (a, b) = (&entries[i as usize].fp, &entries[rep as usize].fp);
                let mut s = Similarity::between(a, b);
                if !s.exact {
                    s.align(a, b);
                }
                s.score()
            };
            Assignment {
                id: entries[i as usize].id.clone(),
                cluster: entries[rep as usize].id.clone(),
                cluster_size: clusters.size[root as usize] as usize,
                representative: rep == i,
                similarity,
            }
        })
        .collect()
}
