//! The tagger: weight table, Viterbi decoding over the BILOU states, and the binary model format.
//!
//! # Model format (versions 4 and 5, little-endian; 5 = feature set 2, see [`FORMAT_VERSION`])
//! ```text
//! magic        b"KNER"
//! version      u32   (FORMAT_VERSION)
//! lexicon      u64   fingerprint of the resources the model was trained with
//! num_tags     u32   (17 BILOU states: O, then B/I/L/U- of PERS, LOC, ORG, MISC; see
//!                    `tags::State`)
//! scale        f32   emission weight = i16 value × scale
//! start        num_tags × f32            score of each state at sentence start
//! transitions  num_tags × num_tags × f32 score of state j after state i (row i)
//! n            u32   number of feature rows
//! rows         n × { key delta: LEB128 varint (keys ascending),
//!                    mask: u32 (bit t set = state t has a weight),
//!                    popcount(mask) × i16 }
//! nn           u8    1 = a neural network follows, 0 = none            (version ≥ 2)
//!   hidden     u32   hidden units H
//!   context    u32   C: a token's scores read the hidden layers of tokens −C..=+C (version ≥ 3)
//!   scale      f32   network vector = i8 value × scale
//!   b1         H × f32
//!   w2         (2C+1) × num_tags × H × f32 (offset p, tag k → row p·num_tags + k; already ×
//!              the ensemble weight)
//!   start      num_tags × f32, transitions num_tags × num_tags × f32 (already weighted)
//!   m          u32   number of network rows
//!   rows       m × { key delta: LEB128 varint (keys ascending), H × i8 }
//! checksum     u64   FNV-1a of every preceding byte
//! ```
//!
//! Older files still load. Versions 1–3 score the 9 IOB2 tags (O, B/I- of each label) with a
//! `u16` mask; each state takes the scores of its IOB2 tag (`B-`, `U-` ← `B-`; `I-`, `L-` ←
//! `I-`), which gives every tag sequence the same score, so they tag as before. Version 1 has
//! no network flag; version 2 has no network context (it is 0).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use crate::features::{features, token_infos, FeatureSet};
use crate::lexicon::{fnv, Lexicon};
use crate::tags::{to_tags, State, Tag, LABELS, NUM_STATES, NUM_TAGS};
use crate::NerError;

/// Version of the model format and of the feature set; bumped when either changes. Version 5
/// has the layout of version 4 and names feature set 2: the gazetteer's derived entries (a
/// `ج` spelling of every name written with `غ`, surnames alone) and the sports-sentence
/// features. A model read from a file of version 1–4 keeps reading feature set 1, and is
/// written back as version 4.
pub const FORMAT_VERSION: u32 = 5;
const MAGIC: &[u8; 4] = b"KNER";

/// Feature keys are already mixed 64-bit hashes: use them as they are.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// A trained sequence tagger with its lexical resources.
#[derive(Clone)]
pub struct Tagger {
    pub(crate) lexicon: Lexicon,
    pub(crate) index: KeyMap<u32>,
    /// `index` row r → weights `[r * NUM_STATES .. (r + 1) * NUM_STATES]`.
    pub(crate) weights: Vec<f32>,
    pub(crate) start: [f32; NUM_STATES],
    pub(crate) trans: [[f32; NUM_STATES]; NUM_STATES],
    /// The neural half of the ensemble, when the model has one (its scores, already
    /// weighted, add to the perceptron's).
    pub(crate) nn: Option<crate::nn::Mlp>,
    /// Every key of either model → the perceptron's weights for it (quantised, × `pscale`)
    /// and its network row, so that tagging reads one hash entry per key (built by
    /// [`Tagger::with_network`]; empty while training, when `index` and `weights` serve).
    pub(crate) joint: KeyMap<Hit>,
    pub(crate) pscale: f32,
    /// The features the model reads (by its file's format version).
    pub(crate) feature_set: FeatureSet,
}

/// A key's perceptron weights and network row (`u32::MAX` = none).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    w: [i16; NUM_STATES],
    nn: u32,
    /// Whether the perceptron has the key.
    perc: bool,
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("features", &self.index.len())
            .field("nn_rows", &self.nn.as_ref().map_or(0, |n| n.index.len()))
            .field("nn_hidden", &self.nn.as_ref().map_or(0, |n| n.hidden))
            .field("nn_context", &self.nn.as_ref().map_or(0, |n| n.context))
            .field("lexicon_words", &self.lexicon.len())
            .finish()
    }
}

/// The shipped model (trained on ANERcorp, CC BY-SA 4.0; see `model/LICENSE.md`).
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../model/ner.bin");

impl Tagger {
    /// The shipped model with the embedded resources.
    ///
    /// The embedded model is a build artefact verified by this crate's tests, so failing to
    /// read it is a build bug, not an input error: this panics in that case.
    pub fn embedded() -> Tagger {
        #[allow(clippy::expect_used)]
        Tagger::from_bytes(EMBEDDED_MODEL).expect("the embedded NER model is valid")
    }

    /// A process-wide shared instance of [`Tagger::embedded`], loaded on first use and
    /// immutable afterwards.
    pub fn shared() -> &'static Tagger {
        static SHARED: std::sync::OnceLock<Tagger> = std::sync::OnceLock::new();
        SHARED.get_or_init(Tagger::embedded)
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<Tagger, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        Tagger::from_bytes(&bytes)
    }

    /// Parses a model from bytes, with the embedded resources.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, NerError> {
        Tagger::from_bytes_with(bytes, Lexicon::embedded())
    }

    /// Parses a model from bytes with the given resources (their fingerprint must match).
    pub fn from_bytes_with(bytes: &[u8], lexicon: Lexicon) -> Result<Tagger, NerError> {
        let bad = |reason: &str| NerError::Model(reason.to_string());
        if bytes.len() < 16 || &bytes[..4] != MAGIC {
            return Err(bad("not a Khabar NER model (bad magic)"));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        if fnv(body).to_le_bytes() != sum {
            return Err(bad("checksum mismatch (truncated or corrupt file)"));
        }
        let mut r = Reader { b: body, at: 4 };
        let version = r.u32()?;
        if !(1..=FORMAT_VERSION).contains(&version) {
            return Err(NerError::Model(format!(
                "model format version {version}, this build reads {FORMAT_VERSION}"
            )));
        }
        let fp = r.u64()?;
        if fp != lexicon.fingerprint() {
            return Err(bad(
                "the model was trained with different lexical resources (clusters/gazetteer)",
            ));
        }
        let (tags, map) = file_tags(version);
        if r.u32()? as usize != tags {
            return Err(bad("unexpected tag count"));
        }
        let scale = r.f32()?;
        let mut st = vec![0f32; tags * (tags + 1)];
        for x in &mut st {
            *x = r.f32()?;
        }
        let (start, trans) = state_crf_scores(&st, tags, &map);
        let n = r.u32()? as usize;
        if n > body.len() {
            return Err(bad("feature count larger than the file"));
        }
        let mut index = KeyMap::with_capacity_and_hasher(n, Default::default());
        let mut weights = vec![0f32; n * NUM_STATES];
        let mut key = 0u64;
        let mut w = [0f32; NUM_STATES];
        for row in 0..n {
            key = key.wrapping_add(r.varint()?);
            let mask = if version >= 4 {
                r.u32()?
            } else {
                u32::from(r.u16()?)
            };
            for (t, x) in w.iter_mut().enumerate().take(tags) {
                *x = if mask & (1 << t) != 0 {
                    f32::from(r.i16()?) * scale
                } else {
                    0.0
                };
            }
            for t in 0..NUM_STATES {
                weights[row * NUM_STATES + t] = w[map[t]];
            }
            index.insert(key, row as u32);
        }
        let nn = if version >= 2 && r.take::<1>()?[0] == 1 {
            Some(read_mlp(&mut r, body.len(), version)?)
        } else {
            None
        };
        if r.at != body.len() {
            return Err(bad("trailing bytes after the feature table"));
        }
        Ok(Tagger {
            lexicon,
            index,
            weights,
            start,
            trans,
            nn: None,
            joint: KeyMap::default(),
            pscale: 1.0,
            feature_set: FeatureSet::of_version(version),
        }
        .with_network(nn))
    }

    /// Attaches (or removes) the neural half of the ensemble and builds the joint key map.
    pub(crate) fn with_network(mut self, mut nn: Option<crate::nn::Mlp>) -> Tagger {
        // The same quantisation as the model file's.
        self.pscale = self.weight_scale();
        let mut joint = KeyMap::with_capacity_and_hasher(
            self.index.len() + nn.as_ref().map_or(0, |n| n.index.len()) / 4,
            Default::default(),
        );
        for (&k, &r) in &self.index {
            let row = &self.weights[r as usize * NUM_STATES..(r as usize + 1) * NUM_STATES];
            // Half away from zero, as `f32::round` (a library call on baseline x86-64, most of
            // the cost of this loop); the values read from a model file are whole numbers
            // times the scale already.
            let w = std::array::from_fn(|t| {
                let x = row[t] / self.pscale;
                (x + 0.5f32.copysign(x)) as i16
            });
            joint.insert(
                k,
                Hit {
                    w,
                    nn: u32::MAX,
                    perc: true,
                },
            );
        }
        if let Some(nn) = &mut nn {
            nn.align();
            nn.transpose_outputs();
            for (&k, &r) in &nn.index {
                joint
                    .entry(k)
                    .or_insert(Hit {
                        w: [0; NUM_STATES],
                        nn: u32::MAX,
                        perc: false,
                    })
                    .nn = r;
            }
        }
        self.joint = joint;
        self.nn = nn;
        self
    }

    /// The perceptron weights' quantisation step: the largest weight maps to `i16::MAX`.
    fn weight_scale(&self) -> f32 {
        let max = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-6);
        max / 32767.0
    }

    /// Serializes the model (see the module docs for the format).
    pub fn to_bytes(&self) -> Vec<u8> {
        let scale = self.weight_scale();
        let mut rows: Vec<(u64, [i16; NUM_STATES])> = self
            .index
            .iter()
            .filter_map(|(&k, &r)| {
                let mut q = [0i16; NUM_STATES];
                for (t, x) in q.iter_mut().enumerate() {
                    *x = (self.weights[r as usize * NUM_STATES + t] / scale).round() as i16;
                }
                q.iter().any(|&x| x != 0).then_some((k, q))
            })
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        let mut out = Vec::with_capacity(rows.len() * 10 + 512);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.feature_set.version().to_le_bytes());
        out.extend_from_slice(&self.lexicon.fingerprint().to_le_bytes());
        out.extend_from_slice(&(NUM_STATES as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for s in self.start {
            out.extend_from_slice(&s.to_le_bytes());
        }
        for row in self.trans {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0u64;
        for (k, q) in rows {
            put_varint(&mut out, k.wrapping_sub(prev));
            prev = k;
            let mask: u32 = (0..NUM_STATES)
                .filter(|&t| q[t] != 0)
                .fold(0, |m, t| m | (1 << t));
            out.extend_from_slice(&mask.to_le_bytes());
            for x in q.iter().filter(|&&x| x != 0) {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        match &self.nn {
            None => out.push(0),
            Some(nn) => {
                out.push(1);
                write_mlp(nn, &mut out);
            }
        }
        let sum = fnv(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Number of feature rows in the model.
    pub fn num_features(&self) -> usize {
        self.index.len()
    }

    /// The lexical resources.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Tags one sentence of tokens with IOB2 tags (the best BILOU state sequence, as IOB2).
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_with(tokens, None)
    }

    /// Tags one sentence, adding `weight ×` the mean scores of extra neural taggers (trained
    /// apart with [`crate::nn::train_nn`]) to this model's: for experiments with ensembles.
    pub fn tag_with(&self, tokens: &[&str], nn: Option<(&[crate::nn::NnTagger], f32)>) -> Vec<Tag> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let infos = token_infos(&self.lexicon, tokens, self.feature_set);
        let mut keys = Vec::with_capacity(64);
        // The network rows of every token, token i's at `rows[ends[i - 1]..ends[i]]`.
        let mut rows: Vec<u32> = Vec::with_capacity(64 * tokens.len());
        let mut ends: Vec<usize> = Vec::with_capacity(tokens.len());
        let mut emit = vec![[0f32; NUM_STATES]; tokens.len()];
        // Whether the training data never had the word (no weight for its form or stems).
        let mut unseen = vec![false; tokens.len()];
        for (i, e) in emit.iter_mut().enumerate() {
            keys.clear();
            features(&infos, i, &mut keys);
            // `features` puts the bias first, then the word form and its two stems.
            if self.joint.is_empty() {
                // While training: the plain perceptron tables.
                unseen[i] = keys[1..4].iter().all(|k| !self.index.contains_key(k));
                for k in &keys {
                    if let Some(&r) = self.index.get(k) {
                        let w =
                            &self.weights[r as usize * NUM_STATES..(r as usize + 1) * NUM_STATES];
                        for t in 0..NUM_STATES {
                            e[t] += w[t];
                        }
                    }
                }
                continue;
            }
            let mut acc = [0i32; NUM_STATES];
            let mut seen = false;
            for (j, k) in keys.iter().enumerate() {
                if let Some(h) = self.joint.get(k) {
                    for (a, &w) in acc.iter_mut().zip(&h.w) {
                        *a += i32::from(w);
                    }
                    seen |= h.perc && (1..4).contains(&j);
                    if h.nn != u32::MAX {
                        rows.push(h.nn);
                    }
                }
            }
            unseen[i] = !seen;
            for t in 0..NUM_STATES {
                e[t] = acc[t] as f32 * self.pscale;
            }
            ends.push(rows.len());
        }
        if let Some(nn) = &self.nn {
            if !self.joint.is_empty() {
                nn.add_scores(&rows, &ends, &mut emit);
            }
        }
        let mut start = self.start;
        let mut trans = self.trans;
        if let Some(nn) = &self.nn {
            crate::nn::add_crf_scores(&mut start, &mut trans, (&nn.start, &nn.trans), 1.0);
        }
        if let Some((nns, lambda)) = nn {
            let lambda = lambda / nns.len().max(1) as f32;
            for nn in nns {
                let ne = nn.emissions(tokens);
                for (e, n) in emit.iter_mut().zip(&ne) {
                    for t in 0..NUM_STATES {
                        e[t] += lambda * n[t];
                    }
                }
                crate::nn::add_crf_scores(&mut start, &mut trans, nn.transitions(), lambda);
            }
        }
        let mut tags = to_tags(&viterbi(&emit, &start, &trans));
        gazetteer_backoff(&infos, &unseen, &mut tags);
        extend_persons(
            &self.lexicon,
            &infos,
            self.feature_set == FeatureSet::V2,
            &mut tags,
        );
        // Models of formats 1–4 tag as they did (tests/train.rs).
        if self.feature_set == FeatureSet::V2 {
            merge_listed(&self.lexicon, &infos, &mut tags);
        }
        strip_generic_heads(&infos, &mut tags);
        if self.feature_set == FeatureSet::V2 {
            relabel_listed(&self.lexicon, &infos, &unseen, &mut tags);
            split_coordinated(&self.lexicon, &infos, &mut tags);
            tag_currencies(&infos, &mut tags);
        }
        tag_quoted_titles(&infos, tokens, &mut tags);
        tags
    }
}

/// Adjacent mentions of one label that together make up a name the gazetteer lists with that
/// label become one mention (`[سان] [بطرسبرغ]` → `سان بطرسبرغ`, `[غازي] [عنتاب]` → `غازي
/// عنتاب`). When a listed name ends in another listed name, the gazetteer marks that last part
/// as the start of a name too, and the model can split the longer one there. Places and
/// organisations only: persons are joined by [`extend_persons`], and other names often start
/// with a word that ANERcorp leaves outside (`جائزة [نوبل]`).
fn merge_listed(
    lex: &crate::lexicon::Lexicon,
    infos: &[crate::features::TokInfo],
    tags: &mut [Tag],
) {
    use crate::lexicon::{GAZ_LOC, GAZ_ORG};
    use khabar_article::EntityLabel;
    const CLASSES: [(usize, EntityLabel); 2] =
        [(GAZ_LOC, EntityLabel::Loc), (GAZ_ORG, EntityLabel::Org)];
    let n = tags.len();
    let mut phrase = String::new();
    let mut s = 0;
    while s < n {
        let Some(&(class, label)) = CLASSES.iter().find(|(_, l)| tags[s] == Tag::begin(*l)) else {
            s += 1;
            continue;
        };
        // The ends of this mention and of up to three same-label mentions right after it (a
        // fixed array: this runs for every place and organisation the tagger finds).
        let mut ends = [0; 4];
        let mut len = 0;
        let mut e = s + 1;
        loop {
            while e < n && tags[e] == Tag::inside(label) {
                e += 1;
            }
            ends[len] = e;
            len += 1;
            if e < n && tags[e] == Tag::begin(label) && len < ends.len() {
                e += 1;
            } else {
                break;
            }
        }
        // The longest run of two mentions or more that is a listed name.
        let merged = ends[1..len].iter().rev().copied().find(|&b| {
            b - s <= lex.max_phrase() && listed(lex, &infos[s..b], true, class, &mut phrase)
        });
        match merged {
            Some(b) => {
                crate::tags::mark(tags, s..b, label);
                s = b;
            }
            None => s = ends[0],
        }
    }
}

/// Gazetteer back-off: a gazetteer name that the model left untagged, and at least one of whose
/// words the training data never had (ANERcorp predates `داعش`, `ترامب`, `فيسبوك`, the `النصرة`
/// of `جبهة النصرة`), is tagged with the gazetteer's class (`كداعش` → `داعش` ORG): for such
/// words the model has only indirect evidence, the hand-checked list has direct evidence.
/// Single-word places are left out: many are also common words (`دوما` "always", `بنين`
/// "sons", `قبلي` "tribal").
fn gazetteer_backoff(infos: &[crate::features::TokInfo], unseen: &[bool], tags: &mut [Tag]) {
    use crate::lexicon::{GAZ_LOC, GAZ_MISC, GAZ_ORG, GAZ_PERS};
    use khabar_article::EntityLabel;
    // Gazetteer classes that are entity labels, in priority order.
    const CLASSES: [(usize, EntityLabel); 4] = [
        (GAZ_ORG, EntityLabel::Org),
        (GAZ_LOC, EntityLabel::Loc),
        (GAZ_PERS, EntityLabel::Pers),
        (GAZ_MISC, EntityLabel::Misc),
    ];
    let mut i = 0;
    while i < infos.len() {
        let mut next = i + 1;
        for (c, label) in CLASSES {
            if infos[i].gaz[c] != 1 {
                continue;
            }
            let mut end = i + 1;
            while end < infos.len() && infos[end].gaz[c] == 2 {
                end += 1;
            }
            if label == EntityLabel::Loc && end == i + 1 {
                continue;
            }
            if tags[i..end].iter().all(|t| *t == Tag::O) && unseen[i..end].iter().any(|&u| u) {
                crate::tags::mark(tags, i..end, label);
                next = end;
                break;
            }
        }
        i = next;
    }
}

/// A mention whose exact words the gazetteer lists with one class only, another than the
/// model's label, and one of whose words the training data never had, takes the gazetteer's
/// class (`هونج كونج` tagged `PERS` → `LOC`, `بنفيكا` tagged `LOC` → `ORG`): as for the
/// back-off ([`gazetteer_backoff`]), the model's evidence for such a word is indirect, the
/// list's direct. A name listed with two classes (`برشلونة`, the city and the club) is left to
/// the model, and so is every mention whose words were all seen in training: relabelling those
/// too costs 0.4 point in ten-fold cross-validation (docs/ner.md).
fn relabel_listed(
    lex: &crate::lexicon::Lexicon,
    infos: &[crate::features::TokInfo],
    unseen: &[bool],
    tags: &mut [Tag],
) {
    let mut phrase = String::new();
    for sp in crate::tags::spans(tags) {
        let (s, e) = (sp.start, sp.end);
        if !unseen[s..e].iter().any(|&u| u) {
            continue;
        }
        let mut classes = LABELS
            .iter()
            .filter(|l| listed(lex, &infos[s..e], true, gaz_class(**l), &mut phrase));
        if let (Some(&listed_as), None) = (classes.next(), classes.next()) {
            if listed_as != sp.label {
                crate::tags::mark(tags, s..e, listed_as);
            }
        }
    }
}

/// A mention that runs over the conjunction `و` into a name the gazetteer lists with the
/// mention's label is two mentions (`[بوش وشارون]` → `[بوش] [وشارون]`, `[إنجلترا والبرتغال]`
/// → `[إنجلترا] [والبرتغال]`), unless the whole mention is a listed name (`البوسنة والهرسك`).
/// Splits run from the right, so a list of three names becomes three mentions. The model
/// reads a coordinated pair of unseen names as one name; ANERcorp tags each on its own.
fn split_coordinated(
    lex: &crate::lexicon::Lexicon,
    infos: &[crate::features::TokInfo],
    tags: &mut [Tag],
) {
    let mut phrase = String::new();
    let conjunction = |m: usize| infos[m].clitic > 0 && infos[m].f.starts_with('و');
    for sp in crate::tags::spans(tags) {
        let (s, e, class) = (sp.start, sp.end, gaz_class(sp.label));
        if (s + 1..e).any(conjunction) && !listed(lex, &infos[s..e], true, class, &mut phrase) {
            let mut end = e;
            for m in (s + 1..e).rev() {
                if conjunction(m) && listed(lex, &infos[m..end], true, class, &mut phrase) {
                    tags[m] = Tag::begin(sp.label);
                    end = m;
                }
            }
        }
    }
}

/// The gazetteer class ([`crate::lexicon::GAZ_CLASSES`]) of an entity label.
fn gaz_class(label: khabar_article::EntityLabel) -> usize {
    use crate::lexicon::{GAZ_LOC, GAZ_MISC, GAZ_ORG, GAZ_PERS};
    use khabar_article::EntityLabel;
    match label {
        EntityLabel::Pers => GAZ_PERS,
        EntityLabel::Loc => GAZ_LOC,
        EntityLabel::Org => GAZ_ORG,
        EntityLabel::Misc => GAZ_MISC,
    }
}

/// Whether the words of `toks` are a name the gazetteer lists with class `class`, the first
/// word tried as written, as its clitic stem and as its bare stem (`derived`: with the derived
/// entries). `phrase` is scratch space.
fn listed(
    lex: &crate::lexicon::Lexicon,
    toks: &[crate::features::TokInfo],
    derived: bool,
    class: usize,
    phrase: &mut String,
) -> bool {
    let Some((head, rest)) = toks.split_first() else {
        return false;
    };
    [&head.f, &head.stem, &head.bare].iter().any(|first| {
        phrase.clear();
        phrase.push_str(first);
        for t in rest {
            phrase.push(' ');
            phrase.push_str(&t.f);
        }
        lex.gazetteer_step(phrase, derived).0 & (1 << class) != 0
    })
}

/// How many words a person mention may take in on each side in [`extend_persons`].
const EXTEND_MAX: usize = 3;

/// A person mention that lies inside a longer gazetteer person, the name's other words
/// untagged or person mentions of their own, takes in the whole name (`[بوش]` in `جورج بوش` →
/// `جورج بوش`, `[الحسن] الثاني` → `الحسن الثاني`, `[الباجي] [قائد السبسي]` → `الباجي قائد
/// السبسي`): the model often misses or splits off a first name or a last word it never saw
/// in training, and the list has the full name. Persons only: ANERcorp often tags a place or an
/// organisation inside a longer listed name on its own (ten-fold cross-validation, seed 1:
/// 80.53 pooled F1 for persons only, 78.79 for every class, against 80.43 without the rule;
/// docs/ner.md).
fn extend_persons(
    lex: &crate::lexicon::Lexicon,
    infos: &[crate::features::TokInfo],
    derived: bool,
    tags: &mut [Tag],
) {
    use crate::lexicon::GAZ_PERS;
    use khabar_article::EntityLabel;
    let pers = EntityLabel::Pers;
    let n = tags.len();
    let free = |t: usize, tags: &[Tag]| {
        (tags[t] == Tag::O || tags[t].label() == Some(pers))
            && infos[t].shape != "P"
            && infos[t].shape != "D"
    };
    let mut phrase = String::new();
    let mut s = 0;
    while s < n {
        if tags[s] != Tag::begin(pers) {
            s += 1;
            continue;
        }
        let mut e = s + 1;
        while e < n && tags[e] == Tag::inside(pers) {
            e += 1;
        }
        // The longest listed person [a, b) ⊋ [s, e) whose added words are untagged or whole
        // person mentions.
        let mut best: Option<(usize, usize)> = None;
        let lo = (0..s)
            .rev()
            .take(EXTEND_MAX)
            .take_while(|&t| free(t, tags))
            .last()
            .unwrap_or(s);
        let hi = (e..n)
            .take(EXTEND_MAX)
            .take_while(|&t| free(t, tags))
            .last()
            .map_or(e, |t| t + 1);
        for a in lo..=s {
            for b in e..=hi {
                if (a, b) == (s, e) || best.is_some_and(|(x, y)| y - x >= b - a) {
                    continue;
                }
                // Whole mentions only.
                if tags[a] == Tag::inside(pers) || (b < n && tags[b] == Tag::inside(pers)) {
                    continue;
                }
                if listed(lex, &infos[a..b], derived, GAZ_PERS, &mut phrase) {
                    best = Some((a, b));
                }
            }
        }
        let (a, b) = best.unwrap_or((s, e));
        crate::tags::mark(tags, a..b, pers);
        s = b;
    }
}

/// Currency names, folded (`crate::fold::fold`), as they follow an amount: ANERcorp tags the
/// currency after an amount `MISC` (training data: `دولار` 87 of 87, `جنيه` 25 of 26, `درهم` 17
/// of 21, `يورو` 15 of 15), but has few of the others (`دينار` once, `ريال` as a currency twice
/// against 13 times Real Madrid as `ORG`), which the model then tags `ORG`, `LOC` or not at all.
const CURRENCIES: [&str; 36] = [
    "دولار",
    "دولارا",
    "دولارات",
    "يورو",
    "اورو",
    "جنيه",
    "جنيها",
    "جنيهات",
    "درهم",
    "درهما",
    "دراهم",
    "ريال",
    "ريالا",
    "ريالات",
    "دينار",
    "دينارا",
    "دنانير",
    "ليره",
    "ليرات",
    "شيكل",
    "شيكلا",
    "شيكلات",
    "فرنك",
    "فرنكا",
    "فرنكات",
    "روبيه",
    "روبيات",
    "روبل",
    "روبلا",
    "روبلات",
    "يوان",
    "ين",
    "بيزو",
    "كرونه",
    "كرونات",
    "تومان",
];

/// Number words that an amount of money ends in (folded): `مليون`, `مليار`, `ألف`…
const AMOUNT_WORDS: [&str; 7] = ["مليون", "مليار", "الف", "الاف", "ملايين", "مليارات", "ترليون"];

/// A currency name ([`CURRENCIES`]) right after an amount (digits, or a word such as `مليون`)
/// is a `MISC` name, unless the model made it part of a longer name; `إسترليني` after it is
/// taken in (`مليون جنيه إسترليني`).
fn tag_currencies(infos: &[crate::features::TokInfo], tags: &mut [Tag]) {
    use khabar_article::EntityLabel;
    let misc = EntityLabel::Misc;
    let amount = |f: &str| {
        (f.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && f.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/')))
            || AMOUNT_WORDS.contains(&f)
    };
    let n = tags.len();
    for i in 1..n {
        if !amount(&infos[i - 1].f)
            || !CURRENCIES.contains(&infos[i].f.as_str())
            || tags[i].is_inside()
            || (i + 1 < n && tags[i + 1].is_inside())
        {
            continue;
        }
        tags[i] = Tag::begin(misc);
        if i + 1 < n
            && tags[i + 1] == Tag::O
            && matches!(infos[i + 1].f.as_str(), "استرليني" | "الاسترليني")
        {
            tags[i + 1] = Tag::inside(misc);
        }
    }
}

/// Words that name a kind of organisation and that ANERcorp leaves outside the name that
/// follows them (`وكالة سانا` → `سانا`; counts in the training data, head tagged O before a
/// `B-ORG` against head inside the name: صحيفة 19/0, فريق 32/0, شركة 21/1, جريدة 6/0, مجلة 7/0,
/// قناة 5/0, وكالة 9/3). Heads that ANERcorp keeps inside the name (حزب, منظمة, جامعة) are
/// not listed.
const GENERIC_HEADS: [&str; 7] = ["صحيفة", "فريق", "شركة", "جريدة", "مجلة", "قناة", "وكالة"];

/// An ORG mention of two or more words that begins with one of [`GENERIC_HEADS`] loses that
/// word, following the training data's convention.
fn strip_generic_heads(infos: &[crate::features::TokInfo], tags: &mut [Tag]) {
    use khabar_article::EntityLabel;
    static HEADS: std::sync::OnceLock<crate::lexicon::WordSet> = std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| crate::features::bare_stem_set(GENERIC_HEADS));
    for i in 0..tags.len().saturating_sub(1) {
        if tags[i] == Tag::begin(EntityLabel::Org)
            && tags[i + 1] == Tag::inside(EntityLabel::Org)
            && heads.contains(infos[i].bare.as_str())
        {
            tags[i] = Tag::O;
            tags[i + 1] = Tag::begin(EntityLabel::Org);
        }
    }
}

/// Words that announce a quoted title (`برنامج « حوار من القلب »`, `بعنوان « تعظيم سلام »`,
/// `صحيفة « الحياة »`, `شركة « غوغل »`) and the label ANERcorp gives the title: a programme,
/// film, book, song, model or other work is `MISC`, a newspaper, channel, website, company or
/// association `ORG`. Clitics and the article may come before them ([`title_word`]); the
/// possessive forms are listed. Counts in the training data, quoted span tagged as the label /
/// otherwise: برنامج 7/0, بعنوان 9/2, رواية 6/0, فيلم 5/1, صحيفة 19/0, شركة 8/0, مجلة 4/0,
/// مؤسسة 4/0. `مسلسل` (series) is left out: ANERcorp tags its titles `O` four times in six;
/// so are `جماعة` and `حركة` (one quotation in three is a name).
const TITLE_WORDS: [(&str, khabar_article::EntityLabel); 37] = {
    use khabar_article::EntityLabel::{Misc, Org};
    [
        ("برنامج", Misc),
        ("برنامجه", Misc),
        ("برنامجها", Misc),
        ("عنوان", Misc),
        ("فيلم", Misc),
        ("فيلمه", Misc),
        ("فيلمها", Misc),
        ("رواية", Misc),
        ("روايته", Misc),
        ("روايتها", Misc),
        ("كتاب", Misc),
        ("كتابه", Misc),
        ("كتابها", Misc),
        ("مسرحية", Misc),
        ("مسرحيته", Misc),
        ("ألبوم", Misc),
        ("ألبومه", Misc),
        ("ألبومها", Misc),
        ("أغنية", Misc),
        ("أغنيته", Misc),
        ("أغنيتها", Misc),
        ("ديوان", Misc),
        ("طراز", Misc),
        ("موديل", Misc),
        ("صحيفة", Org),
        ("مجلة", Org),
        ("جريدة", Org),
        ("قناة", Org),
        ("شبكة", Org),
        ("إذاعة", Org),
        ("وكالة", Org),
        ("موقع", Org),
        ("شركة", Org),
        ("مؤسسة", Org),
        ("جمعية", Org),
        ("مصرف", Org),
        ("بنك", Org),
    ]
};

/// The label of a title word in [`TITLE_WORDS`], given its folded form with up to one `و`/`ف`,
/// one `ب`/`ل`/`ك` and the article before it (`وفيلم`, `بالبرنامج`, `للمجلة`).
fn title_word(folded: &str) -> Option<khabar_article::EntityLabel> {
    static WORDS: std::sync::OnceLock<HashMap<String, khabar_article::EntityLabel>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        TITLE_WORDS
            .iter()
            .map(|&(w, label)| (crate::fold::fold(w), label))
            .collect()
    });
    let look = |f: &str| words.get(f).copied();
    let after_preposition = |f: &str| {
        let rest = f.strip_prefix(['ب', 'ل', 'ك'])?;
        // `لل` = `ل` + the article with its alef elided.
        let bare = rest.strip_prefix('ل');
        look(rest)
            .or_else(|| look(rest.strip_prefix("ال")?))
            .or_else(|| look(bare?))
    };
    let with_article = |f: &str| {
        look(f)
            .or_else(|| look(f.strip_prefix("ال")?))
            .or_else(|| after_preposition(f))
    };
    with_article(folded).or_else(|| with_article(folded.strip_prefix(['و', 'ف'])?))
}

/// The most words a quoted title may have in [`tag_quoted_titles`]; longer quotations are
/// mostly subjects or speech (`بعنوان « مفهوم الجمال في الفلسفة الإسلامية »`, five words,
/// is tagged `O` in ANERcorp, but the titles of five words or fewer are mostly names).
const TITLE_MAX: usize = 5;

/// A quotation of one to [`TITLE_MAX`] words right after one of [`TITLE_WORDS`] is a title:
/// it becomes one mention with the title word's label, over what the model tagged inside the
/// quotes (a name that crosses a quotation mark is left alone). A quotation that the model
/// left untagged and that follows such a title or another quoted `MISC`/`ORG` mention, alone
/// or after `،`/`و`, continues the list and gets the same label. The model misses most such
/// titles, because their words are common words (`الناس وأنا`, `حوار من القلب`). Ten-fold
/// cross-validation, seeds 1 / 11 / 21: folds 0–8 +0.28 / +0.30 / +0.33 F1, the dev split
/// +0.87 / +0.98 / +0.98 (docs/BENCHMARKS.md; the rule was found among the dev split's
/// errors).
fn tag_quoted_titles(infos: &[crate::features::TokInfo], tokens: &[&str], tags: &mut [Tag]) {
    use khabar_article::EntityLabel;
    let n = tokens.len();
    // The closing mark and label of the last quotation that held exactly one title or
    // organisation: a quotation joined to it by `،` or `و` continues the list
    // (`فيلم « عقاب » و « الدنيا لحظة »`).
    let mut list: Option<(usize, EntityLabel)> = None;
    let mut i = 1;
    while i + 2 < n {
        let close = match tokens[i] {
            "«" => "»",
            "\"" => "\"",
            "“" => "”",
            "''" => "''",
            "'" => "'",
            _ => {
                i += 1;
                continue;
            }
        };
        // ANERcorp also writes a mark as two `'` tokens (`' ' يونيفل ' '`).
        let width = if close == "'" && tokens[i + 1] == "'" {
            2
        } else {
            1
        };
        let first = i + width;
        let closes = |j: usize| j + width <= n && tokens[j..j + width].iter().all(|&t| t == close);
        let Some(end) = (first..n.min(first + TITLE_MAX + 1)).find(|&j| closes(j)) else {
            i += 1;
            continue;
        };
        // Punctuation next to the marks stays outside (`صحيفة "موندو ديبورتيفو :"`,
        // `لشركة '"كروز تور"'`).
        let (mut a, mut b) = (first, end);
        while a < b && infos[a].shape == "P" {
            a += 1;
        }
        while b > a && infos[b - 1].shape == "P" {
            b -= 1;
        }
        let crosses = b == a || tags[first].is_inside() || tags[end].is_inside();
        let listed = list.and_then(|(prev, label)| {
            let joined =
                i == prev + 1 || (i == prev + 2 && matches!(tokens[prev + 1], "،" | "," | "و"));
            joined.then_some(label)
        });
        if !crosses {
            if let Some(label) = title_word(&infos[i - 1].f) {
                // Over what the model tagged inside.
                tags[first..a].fill(Tag::O);
                crate::tags::mark(tags, a..b, label);
                tags[b..end].fill(Tag::O);
            } else if let Some(label) = listed {
                // In a list, only where the model found nothing.
                if tags[first..end].iter().all(|&t| t == Tag::O) {
                    crate::tags::mark(tags, a..b, label);
                }
            }
        }
        let whole = !crosses
            && tags[first..a].iter().all(|&t| t == Tag::O)
            && tags[a].is_begin()
            && tags[a + 1..b]
                .iter()
                .all(|t| t.is_inside() && t.label() == tags[a].label())
            && tags[b..end].iter().all(|&t| t == Tag::O);
        let last = end + width - 1;
        list = match tags[a].label() {
            Some(label @ (EntityLabel::Misc | EntityLabel::Org)) if whole => Some((last, label)),
            _ => None,
        };
        i = last + 1;
    }
}

/// The states after which no name is open (`O`, `L-`, `U-`), ascending: the only states that
/// [`FREE_STATES`] may follow ([`State::may_follow`]).
const CLOSED_STATES: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// The states that start something (`O`, `B-`, `U-`), ascending. The other states (`I-X`,
/// `L-X`) follow only `B-X` and `I-X`.
const FREE_STATES: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];

/// First-order Viterbi over the BILOU states ([`State::may_follow`], and a sentence ends in
/// `O`, `L-` or `U-`).
pub(crate) fn viterbi(
    emit: &[[f32; NUM_STATES]],
    start: &[f32; NUM_STATES],
    trans: &[[f32; NUM_STATES]; NUM_STATES],
) -> Vec<State> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let ninf = f32::NEG_INFINITY;
    let mut score: [f32; NUM_STATES] = std::array::from_fn(|t| {
        if State::may_follow_index(None, t) {
            start[t] + emit[0][t]
        } else {
            ninf
        }
    });
    let mut back = vec![[0u8; NUM_STATES]; n];
    for i in 1..n {
        let mut next = [ninf; NUM_STATES];
        let mut arg = [0u8; NUM_STATES];
        // Only the allowed transitions (97 of 289), with fixed indices so that the loops
        // unroll; for each state the first best previous state wins, as when every state was
        // scanned (the test `viterbi_matches_a_scan_of_every_transition`).
        for t in FREE_STATES {
            let mut best = ninf;
            for p in CLOSED_STATES {
                let s = score[p] + trans[p][t];
                if s > best {
                    best = s;
                    arg[t] = p as u8;
                }
            }
            next[t] = best;
        }
        for k in 0..LABELS.len() {
            let (b, inside) = (1 + 4 * k, 2 + 4 * k);
            for t in [inside, inside + 1] {
                let mut best = ninf;
                for p in [b, inside] {
                    let s = score[p] + trans[p][t];
                    if s > best {
                        best = s;
                        arg[t] = p as u8;
                    }
                }
                next[t] = best;
            }
        }
        for t in 0..NUM_STATES {
            score[t] = next[t] + emit[i][t];
        }
        back[i] = arg;
    }
    let mut last = 0usize;
    for t in 1..NUM_STATES {
        if State(t as u8).may_end() && score[t] > score[last] {
            last = t;
        }
    }
    let mut out = vec![State::O; n];
    let mut t = last as u8;
    for i in (0..n).rev() {
        out[i] = State(t);
        t = back[i][t as usize];
    }
    out
}

/// How a file of format `version` scores: the number of tags it stores, and for each state
/// the tag whose scores it takes. Formats 1–3 score the 9 IOB2 tags; each state takes its
/// IOB2 tag's scores ([`State::tag`]), which gives every tag sequence the score it had, so
/// the equivalent model over states tags as before.
fn file_tags(version: u32) -> (usize, [usize; NUM_STATES]) {
    if version >= 4 {
        (NUM_STATES, std::array::from_fn(|t| t))
    } else {
        (
            NUM_TAGS,
            std::array::from_fn(|t| State(t as u8).tag().index()),
        )
    }
}

/// The states' start and transition scores from a file's `tags × (tags + 1)` floats (the
/// start row, then one transition row per tag), through `map` ([`file_tags`]).
#[allow(clippy::type_complexity)]
fn state_crf_scores(
    st: &[f32],
    tags: usize,
    map: &[usize; NUM_STATES],
) -> ([f32; NUM_STATES], [[f32; NUM_STATES]; NUM_STATES]) {
    let start = std::array::from_fn(|t| st[map[t]]);
    let trans = std::array::from_fn(|p| std::array::from_fn(|t| st[tags * (1 + map[p]) + map[t]]));
    (start, trans)
}

/// Appends `d` as an LEB128 varint.
fn put_varint(out: &mut Vec<u8>, mut d: u64) {
    loop {
        let byte = (d & 0x7f) as u8;
        d >>= 7;
        if d == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
}

fn write_mlp(nn: &crate::nn::Mlp, out: &mut Vec<u8>) {
    out.extend_from_slice(&(nn.hidden as u32).to_le_bytes());
    out.extend_from_slice(&(nn.context as u32).to_le_bytes());
    out.extend_from_slice(&nn.scale.to_le_bytes());
    for x in nn
        .b1
        .iter()
        .chain(&nn.w2)
        .chain(&nn.start)
        .chain(nn.trans.iter().flatten())
    {
        out.extend_from_slice(&x.to_le_bytes());
    }
    let mut rows: Vec<(u64, u32)> = nn.index.iter().map(|(&k, &r)| (k, r)).collect();
    rows.sort_unstable();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut prev = 0u64;
    for (k, r) in rows {
        put_varint(out, k.wrapping_sub(prev));
        prev = k;
        out.extend(nn.row(r as usize).iter().map(|&q| q as u8));
    }
}

fn read_mlp(r: &mut Reader<'_>, len: usize, version: u32) -> Result<crate::nn::Mlp, NerError> {
    let bad = |reason: &str| NerError::Model(reason.to_string());
    let h = r.u32()? as usize;
    if h == 0 || h > 4096 {
        return Err(bad("implausible hidden layer size"));
    }
    let context = if version >= 3 { r.u32()? as usize } else { 0 };
    if context > 8 {
        return Err(bad("implausible network context"));
    }
    let scale = r.f32()?;
    let mut floats = |n: usize| -> Result<Vec<f32>, NerError> {
        if n > len {
            return Err(bad("network larger than the file"));
        }
        (0..n).map(|_| r.f32()).collect()
    };
    let b1 = floats(h)?;
    let (tags, map) = file_tags(version);
    let npos = 2 * context + 1;
    let w2_read = floats(npos * tags * h)?;
    let mut w2 = Vec::with_capacity(npos * NUM_STATES * h);
    for p in 0..npos {
        for k in 0..NUM_STATES {
            w2.extend_from_slice(&w2_read[(p * tags + map[k]) * h..][..h]);
        }
    }
    let st = floats(tags * (tags + 1))?;
    let (start, trans) = state_crf_scores(&st, tags, &map);
    let m = r.u32()? as usize;
    if m.saturating_mul(h) > len {
        return Err(bad("network row count larger than the file"));
    }
    let mut index = KeyMap::with_capacity_and_hasher(m, Default::default());
    let mut emb = Vec::with_capacity(m * h);
    let mut key = 0u64;
    for row in 0..m {
        key = key.wrapping_add(r.varint()?);
        if r.at + h > r.b.len() {
            return Err(bad("truncated network row"));
        }
        emb.extend(r.b[r.at..r.at + h].iter().map(|&b| b as i8));
        r.at += h;
        index.insert(key, row as u32);
    }
    Ok(crate::nn::Mlp {
        index,
        hidden: h,
        emb,
        off: 0,
        scale,
        b1,
        w2,
        context,
        w2t: Vec::new(),
        stride: 0,
        start,
        trans,
    })
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        let s = self
            .b
            .get(self.at..self.at + N)
            .ok_or_else(|| NerError::Model("unexpected end of model file".into()))?;
        self.at += N;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16, NerError> {
        self.take().map(u16::from_le_bytes)
    }
    fn i16(&mut self) -> Result<i16, NerError> {
        self.take().map(i16::from_le_bytes)
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        self.take().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Result<u64, NerError> {
        self.take().map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        self.take().map(f32::from_le_bytes)
    }
    fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let [b] = self.take::<1>()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(NerError::Model("malformed varint".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::TokInfo;
    use crate::lexicon::{GAZ_LOC, GAZ_ORG};

    /// Tokens with gazetteer marks of one class over `span` (1 = begins, 2 = inside).
    fn marked(n: usize, class: usize, span: std::ops::Range<usize>) -> Vec<TokInfo> {
        let mut infos = vec![TokInfo::default(); n];
        for i in span.clone() {
            infos[i].gaz[class] = if i == span.start { 1 } else { 2 };
        }
        infos
    }

    #[test]
    fn backoff_tags_an_untagged_name_with_an_unseen_word() {
        // `وجبهة النصرة`: `جبهة` is known from training, `النصرة` is not.
        let infos = marked(4, GAZ_ORG, 1..3);
        let mut tags = vec![Tag::O; 4];
        gazetteer_backoff(&infos, &[false, false, true, false], &mut tags);
        let org = khabar_article::EntityLabel::Org;
        assert_eq!(tags, [Tag::O, Tag::begin(org), Tag::inside(org), Tag::O]);
    }

    #[test]
    fn backoff_leaves_seen_names_tagged_names_and_single_places_alone() {
        // Every word seen in training: the model's `O` stands.
        let infos = marked(3, GAZ_ORG, 0..2);
        let mut tags = vec![Tag::O; 3];
        gazetteer_backoff(&infos, &[false, false, false], &mut tags);
        assert_eq!(tags, [Tag::O; 3]);
        // The model tagged part of the name: its decision stands.
        let pers = Tag::begin(khabar_article::EntityLabel::Pers);
        let mut tags = vec![pers, Tag::O, Tag::O];
        gazetteer_backoff(&infos, &[true, true, false], &mut tags);
        assert_eq!(tags, [pers, Tag::O, Tag::O]);
        // A one-word place, even unseen, is left to the model (`دوما` is also "always").
        let infos = marked(2, GAZ_LOC, 0..1);
        let mut tags = vec![Tag::O; 2];
        gazetteer_backoff(&infos, &[true, true], &mut tags);
        assert_eq!(tags, [Tag::O; 2]);
    }

    #[test]
    fn mentions_of_listed_names_with_an_unseen_word_take_the_listed_class() {
        use khabar_article::EntityLabel::{Loc, Org, Pers};
        let lex = crate::lexicon::Lexicon::embedded();
        // `هونغ كونغ` is listed as a place (and so `هونج كونج`, the `ج` spelling).
        let words = ["في", "هونج", "كونج", "أمس"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let person = [Tag::O, Tag::begin(Pers), Tag::inside(Pers), Tag::O];
        let mut tags = person;
        relabel_listed(&lex, &infos, &[false, true, true, false], &mut tags);
        assert_eq!(tags, [Tag::O, Tag::begin(Loc), Tag::inside(Loc), Tag::O]);
        // Every word seen in training: the model's label stands.
        let mut tags = person;
        relabel_listed(&lex, &infos, &[false; 4], &mut tags);
        assert_eq!(tags, person);
        // Not the exact listed words: the label stands.
        let mut tags = [Tag::O, Tag::begin(Pers), Tag::O, Tag::O];
        relabel_listed(&lex, &infos, &[true; 4], &mut tags);
        assert_eq!(tags, [Tag::O, Tag::begin(Pers), Tag::O, Tag::O]);
        // `برشلونة` is listed as a place and as a club: left to the model.
        let infos = crate::features::token_infos(&lex, &["فاز", "برشلونة"], FeatureSet::V2);
        let mut tags = [Tag::O, Tag::begin(Pers)];
        relabel_listed(&lex, &infos, &[true; 2], &mut tags);
        assert_eq!(tags, [Tag::O, Tag::begin(Pers)]);
        // `بنفيكا` is listed as a club only.
        let infos = crate::features::token_infos(&lex, &["فاز", "بنفيكا"], FeatureSet::V2);
        let mut tags = [Tag::O, Tag::begin(Loc)];
        relabel_listed(&lex, &infos, &[false, true], &mut tags);
        assert_eq!(tags, [Tag::O, Tag::begin(Org)]);
    }

    #[test]
    fn a_mention_over_a_conjunction_into_a_listed_name_is_two() {
        use khabar_article::EntityLabel::{Loc, Pers};
        let lex = crate::lexicon::Lexicon::embedded();
        let (b, i) = (Tag::begin(Pers), Tag::inside(Pers));
        // `بوش` and `شارون` are listed persons.
        let words = ["التقى", "بوش", "وشارون", "أمس"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = [Tag::O, b, i, Tag::O];
        split_coordinated(&lex, &infos, &mut tags);
        assert_eq!(tags, [Tag::O, b, b, Tag::O]);
        // A listed name with `و` inside stays whole.
        let words = ["في", "البوسنة", "والهرسك"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let whole = [Tag::O, Tag::begin(Loc), Tag::inside(Loc)];
        let mut tags = whole;
        split_coordinated(&lex, &infos, &mut tags);
        assert_eq!(tags, whole);
        // The word after `و` is not a listed name of the mention's label: no split.
        let words = ["التقى", "بوش", "والبرتغال"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = [Tag::O, b, i];
        split_coordinated(&lex, &infos, &mut tags);
        assert_eq!(tags, [Tag::O, b, i]);
    }

    #[test]
    fn a_currency_after_an_amount_is_misc() {
        use khabar_article::EntityLabel::{Loc, Misc, Org};
        for w in CURRENCIES.iter().chain(&AMOUNT_WORDS) {
            assert_eq!(crate::fold::fold(w), *w, "{w} is not folded");
        }
        let lex = crate::lexicon::Lexicon::embedded();
        let words = [
            "بلغت",
            "5",
            "ملايين",
            "ريال",
            "و",
            "3",
            "مليون",
            "جنيه",
            "إسترليني",
        ];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = [Tag::O; 9];
        tags[3] = Tag::begin(Org);
        tag_currencies(&infos, &mut tags);
        let mut want = [Tag::O; 9];
        want[3] = Tag::begin(Misc);
        want[7] = Tag::begin(Misc);
        want[8] = Tag::inside(Misc);
        assert_eq!(tags, want);
        // Without an amount before it, or inside a longer name, the model's tag stands.
        let words = ["فاز", "ريال", "مدريد", "على", "درهم"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = [
            Tag::O,
            Tag::begin(Org),
            Tag::inside(Org),
            Tag::O,
            Tag::begin(Loc),
        ];
        let before = tags;
        tag_currencies(&infos, &mut tags);
        assert_eq!(tags, before);
    }

    #[test]
    fn person_mentions_take_in_the_rest_of_a_listed_name() {
        let lex = crate::lexicon::Lexicon::embedded();
        let pers = khabar_article::EntityLabel::Pers;
        let (b, i) = (Tag::begin(pers), Tag::inside(pers));
        // `الحسن الثاني` is listed; the model found `الحسن` alone.
        let words = ["قال", "الملك", "الحسن", "الثاني", "إن"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = vec![Tag::O, Tag::O, b, Tag::O, Tag::O];
        extend_persons(&lex, &infos, true, &mut tags);
        assert_eq!(tags, [Tag::O, Tag::O, b, i, Tag::O]);
        // Two person mentions that make up a listed name become one.
        let mut tags = vec![Tag::O, Tag::O, b, b, Tag::O];
        extend_persons(&lex, &infos, true, &mut tags);
        assert_eq!(tags, [Tag::O, Tag::O, b, i, Tag::O]);
        // A neighbour tagged otherwise is not taken in, and an unlisted name stays as it was.
        let loc = Tag::begin(khabar_article::EntityLabel::Loc);
        let mut tags = vec![Tag::O, Tag::O, b, loc, Tag::O];
        extend_persons(&lex, &infos, true, &mut tags);
        assert_eq!(tags, [Tag::O, Tag::O, b, loc, Tag::O]);
        let words = ["قال", "زيد", "عمرو", "إن"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = vec![Tag::O, b, Tag::O, Tag::O];
        extend_persons(&lex, &infos, true, &mut tags);
        assert_eq!(tags, [Tag::O, b, Tag::O, Tag::O]);
    }

    #[test]
    fn adjacent_mentions_that_make_up_a_listed_place_become_one() {
        let lex = crate::lexicon::Lexicon::embedded();
        let loc = khabar_article::EntityLabel::Loc;
        let (b, i) = (Tag::begin(loc), Tag::inside(loc));
        // `سان بطرسبرغ` and `بطرسبرغ` are both listed; the model split the longer name.
        let words = ["في", "سان", "بطرسبرغ", "أمس"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = vec![Tag::O, b, b, Tag::O];
        merge_listed(&lex, &infos, &mut tags);
        assert_eq!(tags, [Tag::O, b, i, Tag::O]);
        // Two places that are not one listed name stay apart, and so do different labels.
        let words = ["في", "باريس", "روما", "أمس"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let mut tags = vec![Tag::O, b, b, Tag::O];
        merge_listed(&lex, &infos, &mut tags);
        assert_eq!(tags, [Tag::O, b, b, Tag::O]);
        let words = ["في", "سان", "بطرسبرغ", "أمس"];
        let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
        let org = Tag::begin(khabar_article::EntityLabel::Org);
        let mut tags = vec![Tag::O, org, b, Tag::O];
        merge_listed(&lex, &infos, &mut tags);
        assert_eq!(tags, [Tag::O, org, b, Tag::O]);
    }

    #[test]
    fn generic_heads_leave_organisation_names() {
        let lex = crate::lexicon::Lexicon::embedded();
        let org = khabar_article::EntityLabel::Org;
        let (b, i) = (Tag::begin(org), Tag::inside(org));
        // `ذكرت وكالة سانا`: the agency's name is `سانا` (ANERcorp: وكالة O).
        let infos = crate::features::token_infos(&lex, &["ذكرت", "وكالة", "سانا"], FeatureSet::V2);
        let mut tags = vec![Tag::O, b, i];
        strip_generic_heads(&infos, &mut tags);
        assert_eq!(tags, [Tag::O, Tag::O, b]);
        // With a clitic too; a head alone stays; `حزب` belongs to the name.
        let infos = crate::features::token_infos(
            &lex,
            &["وصحيفة", "الأهرام", "وكالة", "حزب", "البعث"],
            FeatureSet::V2,
        );
        let mut tags = vec![b, i, b, b, i];
        strip_generic_heads(&infos, &mut tags);
        assert_eq!(tags, [Tag::O, b, b, b, i]);
    }

    #[test]
    fn quoted_titles_after_a_title_word_are_names() {
        let lex = crate::lexicon::Lexicon::embedded();
        let (misc, org) = (
            khabar_article::EntityLabel::Misc,
            khabar_article::EntityLabel::Org,
        );
        let o = Tag::O;
        // The rule on `words` with the model's `tags`.
        let titled = |words: &[&str], mut tags: Vec<Tag>| {
            let infos = crate::features::token_infos(&lex, words, FeatureSet::V2);
            tag_quoted_titles(&infos, words, &mut tags);
            tags
        };
        for w in ["وبرنامج", "وفيلم", "بالبرنامج", "بعنوان", "فيلمها", "وكتاب"]
        {
            assert_eq!(title_word(&crate::fold::fold(w)), Some(misc), "{w}");
        }
        assert_eq!(title_word(&crate::fold::fold("للمجلة")), Some(org));
        assert_eq!(title_word(&crate::fold::fold("وقال")), None);
        let words = [
            "وبرنامج",
            "«",
            "حوار",
            "من",
            "القلب",
            "»",
            "في",
            "صحيفة",
            "\"",
            "الحياة",
            "\"",
        ];
        // The model tagged `القلب` alone as a place: the title takes it in.
        let loc = Tag::begin(khabar_article::EntityLabel::Loc);
        let tags = titled(&words, vec![o, o, o, o, loc, o, o, o, o, o, o]);
        let (bm, im, bo) = (Tag::begin(misc), Tag::inside(misc), Tag::begin(org));
        assert_eq!(tags, [o, o, bm, im, im, o, o, o, o, bo, o]);
        // Marks inside marks stay outside: `لشركة '"كروز تور"'`.
        let words = ["لشركة", "'", "\"", "كروز", "تور", "\"", "'"];
        let tags = titled(&words, vec![o; words.len()]);
        assert_eq!(tags, [o, o, o, bo, Tag::inside(org), o, o]);
        // A mark written as two `'`.
        let words = ["لصحيفة", "'", "'", "نيوز", "أوف", "ذا", "وورلد", "'", "'"];
        let tags = titled(&words, vec![o; words.len()]);
        let io = Tag::inside(org);
        assert_eq!(tags, [o, o, o, bo, io, io, io, o, o]);
        // A list of titles: `فيلم « عقاب » و « الدنيا لحظة » ، « غريب »`.
        let words = [
            "فيلم",
            "«",
            "عقاب",
            "»",
            "و",
            "«",
            "الدنيا",
            "لحظة",
            "»",
            "،",
            "«",
            "غريب",
            "»",
        ];
        let tags = titled(&words, vec![o; words.len()]);
        let want = [o, o, bm, o, o, o, bm, im, o, o, o, bm, o];
        assert_eq!(tags, want);
        // The list may start at a title the model found; a quotation it tagged stays its own.
        let mut tags = vec![o; words.len()];
        tags[2] = bm;
        tags[11] = Tag::begin(khabar_article::EntityLabel::Pers);
        let mut want = want;
        want[11] = tags[11];
        let mut words = words;
        words[0] = "قال";
        assert_eq!(titled(&words, tags), want);
        // Too long a quotation, no title word, an unclosed quote: left alone.
        let words = [
            "بعنوان",
            "«",
            "مفهوم",
            "الجمال",
            "في",
            "الفلسفة",
            "الإسلامية",
            "المعاصرة",
            "»",
        ];
        let tags = titled(&words, vec![o; words.len()]);
        assert_eq!(tags, vec![o; words.len()]);
        let words = ["وقال", "«", "نعم", "»", "برنامج", "«", "نعم"];
        let tags = titled(&words, vec![o; words.len()]);
        assert_eq!(tags, vec![o; words.len()]);
        // A name that runs past the closing mark is the model's decision.
        let words = ["فيلم", "\"", "عمر", "\"", "المختار"];
        let pers = khabar_article::EntityLabel::Pers;
        let tags = vec![o, o, Tag::begin(pers), Tag::inside(pers), Tag::inside(pers)];
        assert_eq!(titled(&words, tags.clone()), tags);
    }

    /// The next value of a xorshift64 generator: deterministic pseudo-random test input.
    fn xorshift(x: &mut u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    /// The constrained Viterbi against a scan of every transition with −∞ for the forbidden
    /// ones (the decoder before it visited only the allowed ones): same path, ties included.
    #[test]
    fn viterbi_matches_a_scan_of_every_transition() {
        fn reference(
            emit: &[[f32; NUM_STATES]],
            start: &[f32; NUM_STATES],
            trans: &[[f32; NUM_STATES]; NUM_STATES],
        ) -> Vec<State> {
            let ninf = f32::NEG_INFINITY;
            let ok = State::may_follow_index;
            let mut score: [f32; NUM_STATES] = std::array::from_fn(|t| {
                if ok(None, t) {
                    start[t] + emit[0][t]
                } else {
                    ninf
                }
            });
            let mut back = vec![[0u8; NUM_STATES]; emit.len()];
            for i in 1..emit.len() {
                let mut next = [ninf; NUM_STATES];
                for t in 0..NUM_STATES {
                    let (mut best, mut arg) = (ninf, 0u8);
                    for p in 0..NUM_STATES {
                        let s = score[p] + if ok(Some(p), t) { trans[p][t] } else { ninf };
                        if s > best {
                            (best, arg) = (s, p as u8);
                        }
                    }
                    next[t] = best + emit[i][t];
                    back[i][t] = arg;
                }
                score = next;
            }
            let mut last = 0usize;
            for t in 1..NUM_STATES {
                if State(t as u8).may_end() && score[t] > score[last] {
                    last = t;
                }
            }
            let mut out = vec![State::O; emit.len()];
            let mut t = last as u8;
            for i in (0..emit.len()).rev() {
                out[i] = State(t);
                t = back[i][t as usize];
            }
            out
        }
        for p in 0..NUM_STATES {
            for t in 0..NUM_STATES {
                let fast = if FREE_STATES.contains(&t) {
                    CLOSED_STATES.contains(&p)
                } else {
                    p == 1 + 4 * ((t - 1) / 4) || p == 2 + 4 * ((t - 1) / 4)
                };
                assert_eq!(fast, State::may_follow_index(Some(p), t), "{p} → {t}");
            }
        }
        // Pseudo-random scores, some of them coarse so that ties occur.
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut rnd = |coarse: bool| {
            let v = (xorshift(&mut x) >> 40) as f32 / (1u64 << 24) as f32 * 8.0 - 4.0;
            if coarse {
                v.round()
            } else {
                v
            }
        };
        for case in 0..300 {
            let coarse = case % 3 == 0;
            let n = 1 + case % 23;
            let emit: Vec<[f32; NUM_STATES]> = (0..n)
                .map(|_| std::array::from_fn(|_| rnd(coarse)))
                .collect();
            let start = std::array::from_fn(|_| rnd(coarse));
            let trans = std::array::from_fn(|_| std::array::from_fn(|_| rnd(coarse)));
            assert_eq!(
                viterbi(&emit, &start, &trans),
                reference(&emit, &start, &trans)
            );
        }
    }

    /// Random sentences of quotation marks, title words and other words, with random valid
    /// tags: the title rule never panics and leaves valid IOB2 (an `I-X` only after `B-X` or
    /// `I-X`).
    #[test]
    fn quoted_titles_keep_tags_valid_on_random_input() {
        let lex = crate::lexicon::Lexicon::embedded();
        let vocab = [
            "«",
            "»",
            "\"",
            "'",
            "''",
            "“",
            "”",
            "برنامج",
            "صحيفة",
            "و",
            "،",
            "كلمة",
            ":",
            "اسم",
        ];
        let labels = [
            khabar_article::EntityLabel::Pers,
            khabar_article::EntityLabel::Misc,
        ];
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let mut rnd = |m: usize| (xorshift(&mut x) % m as u64) as usize;
        for _ in 0..2000 {
            let n = rnd(14);
            let words: Vec<&str> = (0..n).map(|_| vocab[rnd(vocab.len())]).collect();
            let infos = crate::features::token_infos(&lex, &words, FeatureSet::V2);
            let mut tags = Vec::with_capacity(n);
            for i in 0..n {
                let prev: Option<Tag> = (i > 0).then(|| tags[i - 1]);
                let t = match rnd(4) {
                    0 => Tag::begin(labels[rnd(2)]),
                    1 if prev.is_some_and(|p: Tag| p != Tag::O) => {
                        Tag::inside(prev.and_then(Tag::label).unwrap_or(labels[0]))
                    }
                    _ => Tag::O,
                };
                tags.push(t);
            }
            tag_quoted_titles(&infos, &words, &mut tags);
            for i in 0..n {
                if tags[i].is_inside() {
                    assert!(
                        i > 0 && tags[i - 1].label() == tags[i].label(),
                        "{words:?} {tags:?}"
                    );
                }
            }
        }
    }
}
