//! Feature extraction: each token gets a list of 64-bit feature keys (template id + strings,
//! hashed), looked up in the model's weight table.

use crate::fold::{bare_stem, fold, shape, skip_chars};
use crate::lexicon::{Lexicon, WordSet, GAZ_CLASSES};

/// Incremental hash of one feature: template id, then its parts.
#[derive(Clone, Copy)]
struct Fx(u64);

impl Fx {
    fn new(template: u8) -> Fx {
        Fx(0xcbf2_9ce4_8422_2325 ^ u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }
    fn s(mut self, s: &str) -> Fx {
        for &b in s.as_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // Separator so that ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        self
    }
    fn n(mut self, n: u64) -> Fx {
        for b in n.to_le_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
    fn done(self) -> u64 {
        // Keys are used directly as hash-table hashes.
        mix64(self.0)
    }
}

/// The splitmix64 finalizer: a bijective mix of all 64 bits.
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Which features a model reads, fixed by its file's format version
/// ([`crate::model::FORMAT_VERSION`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FeatureSet {
    /// Format versions 1–4.
    V1,
    /// Format version 5: also the derived gazetteer entries (a `غ`/`ج` spelling variant of
    /// every name, surnames alone as `LAST`) and the sports-sentence features.
    V2,
}

impl FeatureSet {
    /// The feature set of a model file of format `version`.
    pub(crate) fn of_version(version: u32) -> FeatureSet {
        if version >= 5 {
            FeatureSet::V2
        } else {
            FeatureSet::V1
        }
    }

    /// The format version a model of this feature set is written as (files of versions 1–3
    /// are written back as 4, which has the same features).
    pub(crate) fn version(self) -> u32 {
        match self {
            FeatureSet::V1 => 4,
            FeatureSet::V2 => crate::model::FORMAT_VERSION,
        }
    }
}

/// The bare stems ([`bare_stem`] of [`fold`]) of a hand-written word list, as a set.
pub(crate) fn bare_stem_set<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
    words
        .into_iter()
        .map(|w| bare_stem(&fold(w)).to_string())
        .collect()
}

/// Words (bare stems, see [`bare_stem`]) that make a sentence read as sports news: there a
/// city's name is often its club (`فاز برشلونة`, tagged ORG in ANERcorp). Hand-written.
const SPORTS_WORDS: &str = "مباراة مباريات الدوري دوري هدف أهداف هدفا المنتخب منتخب نادي \
    المدرب مدرب البطولة بطولة لاعب لاعبي لاعبين اللاعب الملعب ملعب التعادل تعادل فوز فاز \
    الشوط ركلة الجولة المرمى حارس المهاجم الكرة كرة كأس الموسم تأهل هزيمة الدقيقة النهائي \
    الفريق فريق";

/// Per-token information computed once per sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct TokInfo {
    /// Folded word.
    pub f: String,
    /// Folded stem after the frequency-checked clitic split (article kept).
    pub stem: String,
    /// Folded stem after maximal clitic stripping, article removed.
    pub bare: String,
    /// Clitic characters stripped by the frequency-checked split.
    pub clitic: usize,
    /// Coarse / fine cluster ids (`u16::MAX` when unknown).
    pub coarse: u16,
    pub fine: u16,
    /// log2 bucket of the corpus frequency (0 = unknown).
    pub freq: u8,
    pub shape: &'static str,
    /// Gazetteer marks per class: 0 none, 1 begins a match, 2 inside a match.
    pub gaz: [u8; GAZ_CLASSES.len()],
    /// Whether the sentence has one of [`SPORTS_WORDS`] (feature set 2 only).
    pub sport: bool,
}

pub(crate) fn token_infos(lex: &Lexicon, tokens: &[&str], set: FeatureSet) -> Vec<TokInfo> {
    let mut infos: Vec<TokInfo> = tokens
        .iter()
        .map(|w| {
            let f = fold(w);
            let split = lex.split(w);
            let fsplit = fold(&w.chars().take(split.clitic_chars).collect::<String>())
                .chars()
                .count();
            let stem = if split.elided_alef {
                format!("ا{}", skip_chars(&f, fsplit))
            } else {
                skip_chars(&f, fsplit).to_string()
            };
            let bare = bare_stem(&f).to_string();
            let entry = lex
                .get(&f)
                .or_else(|| lex.get(&stem))
                .or_else(|| lex.get(&bare));
            let (coarse, fine, freq) = match entry {
                Some(e) => (e.coarse, e.fine, (32 - e.count.leading_zeros()) as u8),
                None => (u16::MAX, u16::MAX, 0),
            };
            TokInfo {
                shape: shape(w),
                clitic: split.clitic_chars,
                f,
                stem,
                bare,
                coarse,
                fine,
                freq,
                gaz: [0; GAZ_CLASSES.len()],
                sport: false,
            }
        })
        .collect();
    mark_gazetteer(lex, &mut infos, set == FeatureSet::V2);
    if set == FeatureSet::V2 {
        static SPORTS: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
        let sports = SPORTS.get_or_init(|| bare_stem_set(SPORTS_WORDS.split_whitespace()));
        if infos.iter().any(|t| sports.contains(t.bare.as_str())) {
            infos.iter_mut().for_each(|t| t.sport = true);
        }
    }
    infos
}

/// Marks the longest gazetteer match of each class starting at each token. The first token
/// of a match may carry clitics (`ودمشق`, `للأمم`): it is tried whole, as its split stem and
/// as its bare stem. `derived`: with the lexicon's derived entries.
fn mark_gazetteer(lex: &Lexicon, infos: &mut [TokInfo], derived: bool) {
    let max = lex.max_phrase().max(1);
    let n = infos.len();
    let mut phrase = String::new();
    let mut i = 0;
    while i < n {
        let mut best: [usize; GAZ_CLASSES.len()] = [0; GAZ_CLASSES.len()];
        if infos[i].shape == "P" || infos[i].shape == "D" {
            i += 1;
            continue;
        }
        for first in [&infos[i].f, &infos[i].stem, &infos[i].bare] {
            phrase.clear();
            phrase.push_str(first);
            for len in 1..=max.min(n - i) {
                if len > 1 {
                    phrase.push(' ');
                    phrase.push_str(&infos[i + len - 1].f);
                }
                let (mask, more) = lex.gazetteer_step(&phrase, derived);
                for (c, b) in best.iter_mut().enumerate() {
                    if mask & (1 << c) != 0 && len > *b {
                        *b = len;
                    }
                }
                if !more {
                    break;
                }
            }
        }
        for (c, &len) in best.iter().enumerate() {
            for k in 0..len {
                let g = &mut infos[i + k].gaz[c];
                let mark = if k == 0 { 1 } else { 2 };
                if *g == 0 || (*g == 2 && mark == 1) {
                    *g = mark;
                }
            }
        }
        i += 1;
    }
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    let (b, _) = s.char_indices().nth(n)?;
    Some(&s[..b])
}

fn suffix(s: &str, n: usize) -> Option<&str> {
    let len = s.chars().count();
    if len <= n {
        return None;
    }
    Some(skip_chars(s, len - n))
}

/// Appends the feature keys of token `i` to `out` and returns how many of them, right after
/// the first (the bias), are *lexical*: the ones that name the word itself (its form, stems,
/// and the bigrams and gazetteer matches that include it). Training drops those at random
/// ([`crate::TrainConfig::word_dropout`]) so that the other features (clusters, affixes,
/// gazetteer, context) learn to recognise names never seen in training.
/// Where the groups of one token's keys lie in the output of [`features`]: the bias at 0, the
/// lexical keys at `1..1 + lexical` (the word form and its two stems at 1..4, then the three
/// word bigrams, then the gazetteer × stem keys), then the other keys. Two of those are word
/// conjunctions too: the one at `word_cluster` and the last three. The order is frozen with
/// the model format.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Spans {
    pub lexical: usize,
    pub word_cluster: usize,
}

impl Spans {
    /// The keys of `keys` (the output of [`features`]) without the high-cardinality word
    /// conjunctions (the neural tagger's input: its hidden layer forms conjunctions itself),
    /// with the lexical ones right after the bias. Returns how many lexical keys there are.
    pub(crate) fn unigram_keys(&self, keys: &[u64], out: &mut Vec<u64>) -> usize {
        let end = keys.len().saturating_sub(3);
        out.extend_from_slice(&keys[..4]);
        out.extend_from_slice(&keys[7..self.word_cluster]);
        out.extend_from_slice(&keys[self.word_cluster + 1..end]);
        self.lexical - 3
    }
}

pub(crate) fn features(infos: &[TokInfo], i: usize, out: &mut Vec<u64>) -> Spans {
    const BOS: &str = "<s>";
    const EOS: &str = "</s>";
    let t = &infos[i];
    let at = |k: isize| -> Option<&TokInfo> {
        let j = i as isize + k;
        if j < 0 {
            None
        } else {
            infos.get(j as usize)
        }
    };
    let word = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |x| x.f.as_str());
    let bare = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |x| x.bare.as_str());
    let coarse = |k: isize| at(k).map_or(u64::from(u16::MAX) + 1, |x| u64::from(x.coarse));
    let fine = |k: isize| at(k).map_or(u64::from(u16::MAX) + 1, |x| u64::from(x.fine));
    let shp = |k: isize| at(k).map_or("_", |x| x.shape);

    out.push(Fx::new(0).done());
    let lexical_start = out.len();
    out.push(Fx::new(1).s(&t.f).done());
    out.push(Fx::new(2).s(&t.stem).done());
    out.push(Fx::new(3).s(&t.bare).done());
    out.push(Fx::new(13).s(word(-1)).s(&t.f).done());
    out.push(Fx::new(14).s(&t.f).s(word(1)).done());
    out.push(Fx::new(15).s(bare(-1)).s(&t.bare).done());
    for (c, &g) in t.gaz.iter().enumerate() {
        if g != 0 {
            out.push(Fx::new(27).n(c as u64).n(u64::from(g)).s(&t.stem).done());
        }
    }
    let lexical = out.len() - lexical_start;
    for n in 1..=3 {
        if let Some(p) = prefix(&t.f, n) {
            out.push(Fx::new(4).n(n as u64).s(p).done());
        }
    }
    for n in 1..=4 {
        if let Some(s) = suffix(&t.f, n) {
            out.push(Fx::new(5).n(n as u64).s(s).done());
        }
    }
    for n in 1..=3 {
        if let Some(s) = suffix(&t.bare, n) {
            out.push(Fx::new(6).n(n as u64).s(s).done());
        }
        if let Some(p) = prefix(&t.bare, n) {
            out.push(Fx::new(7).n(n as u64).s(p).done());
        }
    }
    out.push(
        Fx::new(8)
            .s(t.shape)
            .n(t.f.chars().count().min(12) as u64)
            .done(),
    );
    let article = t.stem.starts_with("ال");
    out.push(Fx::new(9).n(t.clitic as u64).n(u64::from(article)).done());
    out.push(Fx::new(10).n(u64::from(t.freq)).done());
    for k in [-2isize, -1, 1, 2] {
        out.push(Fx::new(11).n(k as u64).s(word(k)).done());
    }
    for k in [-1isize, 1] {
        out.push(Fx::new(12).n(k as u64).s(bare(k)).done());
    }
    out.push(Fx::new(16).n(fine(0)).done());
    out.push(Fx::new(17).n(coarse(0)).done());
    out.push(Fx::new(18).n(fine(-1)).done());
    out.push(Fx::new(19).n(fine(1)).done());
    out.push(Fx::new(20).n(coarse(-2)).done());
    out.push(Fx::new(21).n(coarse(2)).done());
    out.push(Fx::new(22).n(coarse(-1)).n(coarse(0)).done());
    out.push(Fx::new(23).n(coarse(0)).n(coarse(1)).done());
    let word_cluster = out.len();
    out.push(Fx::new(24).s(word(-1)).n(fine(0)).done());
    out.push(Fx::new(25).s(shp(-1)).s(t.shape).s(shp(1)).done());
    for (c, &g) in t.gaz.iter().enumerate() {
        if g != 0 {
            out.push(Fx::new(26).n(c as u64).n(u64::from(g)).done());
        }
        for k in [-1isize, 1] {
            if let Some(x) = at(k) {
                if x.gaz[c] != 0 {
                    out.push(
                        Fx::new(28)
                            .n(k as u64)
                            .n(c as u64)
                            .n(u64::from(x.gaz[c]))
                            .done(),
                    );
                }
            }
        }
    }
    if t.sport {
        out.push(Fx::new(35).n(coarse(0)).done());
        for (c, &g) in t.gaz.iter().enumerate() {
            if g != 0 {
                out.push(Fx::new(36).n(c as u64).n(u64::from(g)).done());
            }
        }
    }
    if i == 0 {
        out.push(Fx::new(29).done());
    }
    out.push(Fx::new(30).n(fine(-1)).n(fine(0)).done());
    out.push(Fx::new(31).n(fine(0)).n(fine(1)).done());
    out.push(Fx::new(32).n(fine(0)).s(word(1)).done());
    out.push(Fx::new(33).s(word(-2)).s(word(-1)).done());
    out.push(Fx::new(34).s(word(1)).s(word(2)).done());
    Spans {
        lexical,
        word_cluster,
    }
}
