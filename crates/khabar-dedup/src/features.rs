//! Per-document fingerprint: the exact-duplicate key and the word sets used to verify candidates.

use crate::boilerplate::{chrome_flags, LineInfo};
use crate::fold::{for_each_word, hash_bytes, mix64, nfkc};

/// Hash of the word sequence of an empty text.
pub const EMPTY_HASH: u64 = 0;

/// Function words whose pairs make poor shingles: a bigram of two of them ("في حين", "من ان")
/// occurs in most documents and would only crowd the LSH buckets. Folded forms.
const STOPWORDS: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "ان",
    "او",
    "و",
    "ما",
    "لا",
    "لم",
    "لن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "قد",
    "كان",
    "كانت",
    "مع",
    "بين",
    "عند",
    "كما",
    "ثم",
    "حيث",
    "هو",
    "هي",
    "بعد",
    "قبل",
    "كل",
    "اي",
    "وقد",
    "وفي",
    "ومن",
    "به",
    "بها",
    "له",
    "لها",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "انه",
    "انها",
    "الا",
    "اذا",
    "يوم",
    "حتي",
    "خلال",
];

fn is_stopword(w: &str) -> bool {
    // Every entry is at most 5 Arabic letters (10 bytes): skip the scan for longer words.
    w.len() <= 10 && STOPWORDS.contains(&w)
}

/// The fingerprint of one document.
///
/// Sets are sorted, deduplicated 32-bit hashes; 32 bits are plenty to compare two documents
/// (a false match needs a collision *between these two* sets) and halve the memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fingerprint {
    /// Words of the whole text, chrome included.
    pub all_words: u32,
    /// Words after chrome lines are dropped (the "core" compared with other documents).
    pub words: u32,
    /// Hash of the whole folded word sequence: equal hashes are exact duplicates
    /// ([`EMPTY_HASH`] for a text without words).
    pub exact: u64,
    /// Hash of the core word sequence (equal for copies that differ only by chrome).
    pub core: u64,
    /// Distinct core words.
    pub unigrams: Vec<u32>,
    /// Distinct core bigrams that are not two function words (all bigrams when every one is;
    /// the word itself for a 1-word text): the MinHash input. Emptied by
    /// [`Fingerprint::compact`].
    pub shingles: Vec<u32>,
    /// Distinct numbers of the core text.
    pub numbers: Vec<u32>,
    /// Distinct core word 5-grams (the gold's shingles; a text of 1–4 words is one shingle).
    pub grams5: Vec<u32>,
    /// The core words in order (32-bit word hashes), for alignment.
    pub seq: Vec<u32>,
    /// Start of each core paragraph (line with words) in [`Fingerprint::seq`].
    pub paras: Vec<u32>,
    /// Distinct bigrams of the first [`PREFIX_WORDS`] core words (truncated and trimmed copies
    /// keep their beginning). Emptied by [`Fingerprint::compact`].
    pub prefix: Vec<u32>,
}

/// How many leading core words make the prefix shingle set.
pub const PREFIX_WORDS: usize = 40;

struct Word {
    hash: u64,
    stop: bool,
    number: bool,
}

impl Fingerprint {
    /// Computes the fingerprint of `text` (any Unicode; NFKC is applied when needed).
    pub fn new(text: &str) -> Fingerprint {
        let text = nfkc(text);
        let mut buf = String::new();
        let mut lines: Vec<(LineInfo, Vec<Word>)> = Vec::new();
        for raw in text.split('\n') {
            let mut info = LineInfo::default();
            let mut words = Vec::new();
            for_each_word(raw, &mut buf, |w| {
                info.push_word(w);
                words.push(Word {
                    hash: hash_bytes(w.as_bytes()),
                    stop: is_stopword(w),
                    number: w.bytes().all(|b| b.is_ascii_digit()),
                });
            });
            info.set_raw(raw);
            lines.push((info, words));
        }
        let infos: Vec<LineInfo> = lines.iter().map(|(i, _)| i.clone()).collect();
        let chrome = chrome_flags(&infos);

        let mut fp = Fingerprint::default();
        let mut exact = 0x51_7C_C1_B7_27_22_0A_95u64;
        let mut core = exact;
        let mut all_words = 0u32;
        let mut core_words: Vec<&Word> = Vec::new();
        for ((_, words), &is_chrome) in lines.iter().zip(&chrome) {
            if !is_chrome && !words.is_empty() {
                fp.paras.push(core_words.len() as u32);
            }
            for w in words {
                exact = mix64(exact ^ w.hash);
                all_words += 1;
                if !is_chrome {
                    core = mix64(core ^ w.hash);
                    core_words.push(w);
                }
            }
        }
        fp.all_words = all_words;
        fp.words = core_words.len() as u32;
        fp.exact = if all_words == 0 {
            EMPTY_HASH
        } else {
            exact | 1
        };
        fp.core = if core_words.is_empty() {
            EMPTY_HASH
        } else {
            core | 1
        };

        fp.seq = core_words.iter().map(|w| (w.hash >> 32) as u32).collect();
        fp.unigrams = fp.seq.clone();
        fp.grams5 = if core_words.is_empty() {
            Vec::new()
        } else if core_words.len() < 5 {
            vec![core_words.iter().fold(0u64, |h, w| mix64(h ^ w.hash)) as u32]
        } else {
            core_words
                .windows(5)
                .map(|g| (g.iter().fold(0u64, |h, w| mix64(h ^ w.hash)) >> 32) as u32)
                .collect()
        };
        fp.numbers = core_words
            .iter()
            .filter(|w| w.number)
            .map(|w| (w.hash >> 32) as u32)
            .collect();
        if core_words.len() == 1 {
            fp.shingles = fp.unigrams.clone();
        } else {
            fp.shingles = core_words
                .windows(2)
                .filter(|p| !(p[0].stop && p[1].stop))
                .map(|p| bigram(p[0].hash, p[1].hash))
                .collect();
            if fp.shingles.is_empty() {
                fp.shingles = core_words
                    .windows(2)
                    .map(|p| bigram(p[0].hash, p[1].hash))
                    .collect();
            }
        }
        let n_prefix = core_words.len().min(PREFIX_WORDS);
        fp.prefix = core_words[..n_prefix]
            .windows(2)
            .filter(|p| !(p[0].stop && p[1].stop))
            .map(|p| bigram(p[0].hash, p[1].hash))
            .collect();
        for v in [
            &mut fp.unigrams,
            &mut fp.numbers,
            &mut fp.shingles,
            &mut fp.prefix,
            &mut fp.grams5,
        ] {
            v.sort_unstable();
            v.dedup();
            v.shrink_to_fit();
        }
        fp.seq.shrink_to_fit();
        fp.paras.shrink_to_fit();
        fp
    }

    /// Drops the sets only needed to compute LSH band keys ([`Fingerprint::shingles`],
    /// [`Fingerprint::prefix`]), keeping what verification needs.
    pub fn compact(&mut self) {
        self.shingles = Vec::new();
        self.prefix = Vec::new();
    }

    /// Whether word hash `w` (from [`Fingerprint::seq`]) is one of this text's numbers.
    pub fn is_number(&self, w: u32) -> bool {
        self.numbers.binary_search(&w).is_ok()
    }

    /// The core paragraphs as ranges of [`Fingerprint::seq`].
    pub fn paragraphs(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let n = self.seq.len();
        self.paras.iter().enumerate().map(move |(k, &s)| {
            let end = self.paras.get(k + 1).map_or(n, |&e| e as usize);
            s as usize..end
        })
    }

    /// Whether the text has no words at all.
    pub fn is_empty(&self) -> bool {
        self.all_words == 0
    }

    /// Approximate heap bytes held by this fingerprint.
    pub fn heap_bytes(&self) -> usize {
        4 * (self.unigrams.capacity()
            + self.shingles.capacity()
            + self.numbers.capacity()
            + self.prefix.capacity()
            + self.grams5.capacity()
            + self.seq.capacity()
            + self.paras.capacity())
    }
}

#[inline]
fn bigram(a: u64, b: u64) -> u32 {
    (mix64(a.rotate_left(17) ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15)) >> 32) as u32
}

/// Size of the intersection of two sorted, deduplicated slices.
pub fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orthographic_variants_share_the_exact_key() {
        let a = Fingerprint::new("أكد الرئيس على أهمية المدرسة عام 2017.");
        let b = Fingerprint::new("اكَّد الرئيـــس علي اهمية المدرسه عام ٢٠١٧ .");
        assert_eq!(a.exact, b.exact);
        assert_eq!(a.grams5, b.grams5);
        assert_eq!(a.seq, b.seq);
    }

    #[test]
    fn chrome_changes_exact_key_but_not_core() {
        let body = "فاز الترجي على النجم بهدفين في مباراة قوية أمس.\nوسجل اللاعب الهدف الأول مبكرا.";
        let a = Fingerprint::new(body);
        let b = Fingerprint::new(&format!("الرئيسية / رياضة\n{body}\nاترك تعليقاً\nطباعة"));
        assert_ne!(a.exact, b.exact);
        assert_eq!(a.core, b.core);
        assert_eq!(a.words, b.words);
    }

    #[test]
    fn empty_and_tiny_texts() {
        let e = Fingerprint::new("  ... \n");
        assert!(e.is_empty());
        assert_eq!(e.exact, EMPTY_HASH);
        let one = Fingerprint::new("تونس");
        assert_eq!(one.grams5.len(), 1);
        assert_eq!(one.shingles.len(), 1);
    }

    #[test]
    fn intersection_counts() {
        assert_eq!(intersection(&[1, 3, 5, 7], &[2, 3, 4, 7, 9]), 2);
        assert_eq!(intersection(&[], &[1]), 0);
    }
}
