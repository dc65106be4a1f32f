//! Embedded lexical resources: word frequencies and clusters learned from unlabelled news,
//! and gazetteers of persons, places and organisations.
//!
//! Both are plain-text files under `crates/khabar-ner/data/`, built by documented commands
//! (see `docs/ner.md`) and embedded with `include_str!`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::fold::{fold, proclitics, skip_chars};

/// The embedded cluster file: `word<TAB>count<TAB>coarse<TAB>fine` per line (folded words).
pub const EMBEDDED_CLUSTERS: &str = include_str!("../data/clusters.tsv");
/// The embedded gazetteer: `LABEL<TAB>phrase` per line (`#` comments allowed).
pub const EMBEDDED_GAZETTEER: &str = include_str!("../data/gazetteer.tsv");

/// Gazetteer classes (bit positions in a gazetteer mask). `LAST` (a surname seen alone) is
/// derived from the `PERS` entries ([`Lexicon::parse`]), for models of feature set 2.
pub const GAZ_CLASSES: [&str; 6] = ["PERS", "FIRST", "LOC", "ORG", "MISC", "LAST"];
/// Index of `PERS` in [`GAZ_CLASSES`].
pub(crate) const GAZ_PERS: usize = 0;
/// Index of `LOC` in [`GAZ_CLASSES`].
pub(crate) const GAZ_LOC: usize = 2;
/// Index of `ORG` in [`GAZ_CLASSES`].
pub(crate) const GAZ_ORG: usize = 3;
/// Index of `MISC` in [`GAZ_CLASSES`].
pub(crate) const GAZ_MISC: usize = 4;
/// Index of `FIRST` in [`GAZ_CLASSES`].
const GAZ_FIRST: usize = 1;
/// Index of the derived class `LAST` in [`GAZ_CLASSES`].
pub(crate) const GAZ_LAST: usize = 5;
/// A person's last word is a `LAST` entry only when the news corpus has it fewer times than
/// this (common words such as `الثاني`, `محمد` end names too). Ten-fold cross-validation: 100,
/// 300 and 3,000 gave 79.19, 79.38 and 79.08 (seed 1; docs/BENCHMARKS.md § Named entities).
const SURNAME_MAX_COUNT: u32 = 300;

/// Frequencies and cluster ids of folded words from the news corpus.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: HashMap<String, Entry, FnvBuild>,
    /// Phrase → class masks, bit 7 marking a proper prefix of a longer phrase: the low byte
    /// from the gazetteer's own entries, the high byte from the derived ones that models of
    /// feature set 2 also read (spelling variants and surnames, see [`Lexicon::parse`]).
    gazetteer: HashMap<String, u16, FnvBuild>,
    max_phrase: usize,
    fingerprint: u64,
}

/// One word's statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Corpus frequency.
    pub count: u32,
    /// Coarse cluster id.
    pub coarse: u16,
    /// Fine cluster id.
    pub fine: u16,
}

/// How a word splits into proclitics and a stem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Characters of the *original* word that are conjunction/preposition clitics.
    pub clitic_chars: usize,
    /// Whether the preposition `ل` absorbed the article's alef (`للأمم`).
    pub elided_alef: bool,
}

impl Lexicon {
    /// The embedded lexicon.
    pub fn embedded() -> Lexicon {
        Lexicon::parse(EMBEDDED_CLUSTERS, EMBEDDED_GAZETTEER)
    }

    /// Parses a cluster file and a gazetteer (malformed lines are skipped: these are
    /// build artefacts checked by the tests).
    pub fn parse(clusters: &str, gazetteer: &str) -> Lexicon {
        let mut words = HashMap::default();
        for line in clusters.lines() {
            let mut it = line.split('\t');
            let (Some(w), Some(c), Some(a), Some(b)) = (it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let (Ok(count), Ok(coarse), Ok(fine)) = (c.parse(), a.parse(), b.parse()) else {
                continue;
            };
            words.insert(
                w.to_string(),
                Entry {
                    count,
                    coarse,
                    fine,
                },
            );
        }
        let mut gaz: HashMap<String, u16, FnvBuild> = HashMap::default();
        let mut max_phrase = 0;
        let mut surnames = Vec::new();
        for line in gazetteer.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((class, phrase)) = line.split_once('\t') else {
                continue;
            };
            let Some(bit) = GAZ_CLASSES.iter().position(|c| *c == class) else {
                continue;
            };
            let key: Vec<String> = phrase.split_whitespace().map(fold).collect();
            if key.is_empty() {
                continue;
            }
            max_phrase = max_phrase.max(key.len());
            add_phrase(&mut gaz, &key, bit, 0);
            // Derived entries (feature set 2). The Arabic press writes a foreign g as `غ` or
            // as `ج` (`هونغ كونغ`, `هونج كونج`): every name with `غ` also matches with `ج`.
            // Given names are left out (`غسان` is not `جسان`).
            if bit != GAZ_FIRST {
                if let Some(variant) = jim_spelling(&key) {
                    add_phrase(&mut gaz, &variant, bit, 8);
                }
            }
            if bit == GAZ_PERS && key.len() >= 2 {
                surnames.push(key[key.len() - 1].clone());
            }
        }
        // A person's last word alone, when it is not a given name and is rare in the news
        // corpus, is a `LAST` entry: a surname seen alone (`بوغدانوف` for `ميخائيل
        // بوغدانوف`).
        for last in surnames {
            let given = gaz.get(&last).is_some_and(|m| m & (1 << GAZ_FIRST) != 0);
            let count = words.get(&last).map_or(0, |e: &Entry| e.count);
            if surname_rule(&last, count, given) {
                *gaz.entry(last).or_default() |= 1 << (GAZ_LAST + 8);
            }
        }
        let fingerprint = fnv(clusters.as_bytes()) ^ fnv(gazetteer.as_bytes()).rotate_left(17);
        Lexicon {
            words,
            gazetteer: gaz,
            max_phrase,
            fingerprint,
        }
    }

    /// Whether a person listed with `last` (folded) as the last of two words or more would add
    /// a `LAST` mark to this lexicon: the word is not marked `LAST` yet and passes the rule of
    /// [`Lexicon::parse`] (four letters or more, not a given name, rare in the news corpus).
    pub fn adds_surname(&self, last: &str) -> bool {
        let (mask, _) = self.gazetteer_step(last, true);
        mask & (1 << GAZ_LAST) == 0
            && surname_rule(last, self.count(last), mask & (1 << GAZ_FIRST) != 0)
    }

    /// A fingerprint of the resources, stored in models to detect mismatches.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Statistics of a folded word.
    pub fn get(&self, folded: &str) -> Option<Entry> {
        self.words.get(folded).copied()
    }

    fn count(&self, folded: &str) -> u32 {
        self.words.get(folded).map_or(0, |e| e.count)
    }

    /// Number of words with clusters.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Longest gazetteer phrase, in tokens.
    pub fn max_phrase(&self) -> usize {
        self.max_phrase
    }

    /// The gazetteer mask of a folded phrase (words joined by one space), derived entries
    /// included.
    pub fn gazetteer(&self, folded_phrase: &str) -> u8 {
        self.gazetteer_step(folded_phrase, true).0
    }

    /// The gazetteer mask of a folded phrase, and whether a longer phrase starts with it;
    /// `derived`: with the derived entries (spelling variants, surnames).
    pub fn gazetteer_step(&self, folded_phrase: &str, derived: bool) -> (u8, bool) {
        let m = self.gazetteer.get(folded_phrase).copied().unwrap_or(0);
        let m = if derived { (m | m >> 8) as u8 } else { m as u8 };
        (m & !PREFIX, m & PREFIX != 0)
    }

    /// Splits the proclitics off a word, checking the heuristic analysis against corpus
    /// frequencies: the clitics are stripped when the remaining stem is at least as frequent
    /// as the whole word. Unknown words lose a conjunction `و`/`ف` or a clitic before the
    /// article (`وال…`, `بال…`, `لل…`), but not a lone `ب`/`ل`/`ك` (`بوغدانوف` stays whole).
    pub fn split(&self, word: &str) -> Split {
        let folded = fold(word);
        let p = proclitics(&folded);
        if p.clitic_chars == 0 {
            return Split {
                clitic_chars: 0,
                elided_alef: false,
            };
        }
        let full = self.count(&folded);
        let standalone = |k: usize, elided: bool| -> String {
            if elided {
                format!("ا{}", skip_chars(&folded, k))
            } else {
                skip_chars(&folded, k).to_string()
            }
        };
        let first_is_conj = folded.starts_with('و') || folded.starts_with('ف');
        // Candidate depths: conjunction only, or the full analysis.
        let mut best = (0usize, false, full);
        let mut cands = vec![(p.clitic_chars, p.elided_alef)];
        if first_is_conj && p.clitic_chars > 1 {
            cands.push((1, false));
        }
        for (k, elided) in cands {
            let c = self.count(&standalone(k, elided));
            if c > best.2 || (c > 0 && c == best.2) {
                best = (k, elided, c);
            }
        }
        if best.2 == 0 {
            // Neither the word nor a stem is known.
            if p.article || p.elided_alef {
                best = (p.clitic_chars, p.elided_alef, 0);
            } else if first_is_conj {
                best = (1, false, 0);
            }
        }
        // Map folded characters back to original characters (folding only drops marks).
        let clitic_chars = original_prefix_len(word, best.0);
        Split {
            clitic_chars,
            elided_alef: best.1,
        }
    }
}

/// Number of original characters that fold to the first `folded_chars` folded characters.
fn original_prefix_len(word: &str, folded_chars: usize) -> usize {
    if folded_chars == 0 {
        return 0;
    }
    let mut seen = 0;
    let mut len = 0;
    for c in word.chars() {
        let kept = !fold(c.encode_utf8(&mut [0; 4])).is_empty();
        if kept {
            if seen == folded_chars {
                break;
            }
            seen += 1;
        }
        // Marks (diacritics, tatweel) after the last clitic letter belong to the clitic.
        len += 1;
    }
    len
}

const PREFIX: u8 = 0x80;

/// Whether a person's last word becomes a derived surname (`LAST`), given its news-corpus
/// count and whether it is a given name.
fn surname_rule(last: &str, count: u32, given: bool) -> bool {
    last.chars().count() >= 4 && !given && count < SURNAME_MAX_COUNT
}

/// The forms in which a gazetteer phrase of folded words (not empty) is matched: as listed,
/// and without the article on its first word (`الأمم المتحدة` → `أمم المتحدة` after `للأمم`).
pub fn phrase_forms(key: &[String]) -> Vec<Vec<String>> {
    let mut forms = vec![key.to_vec()];
    if let Some(rest) = key[0].strip_prefix("ال") {
        if rest.chars().count() >= 2 {
            let mut k = key.to_vec();
            k[0] = rest.to_string();
            forms.push(k);
        }
    }
    forms
}

/// The `ج` spelling of a phrase of folded words with `غ` (`هونغ كونغ` → `هونج كونج`), which
/// feature set 2 also matches (a derived entry; given names excepted), or `None`.
pub fn jim_spelling(key: &[String]) -> Option<Vec<String>> {
    key.iter()
        .any(|w| w.contains('غ'))
        .then(|| key.iter().map(|w| w.replace('غ', "ج")).collect())
}

/// Adds a phrase of folded words with class `bit` to the masks' byte at `shift` (0: the
/// gazetteer's own entries, 8: derived ones), in each of its [`phrase_forms`], with their
/// proper prefixes marked.
fn add_phrase(gaz: &mut HashMap<String, u16, FnvBuild>, key: &[String], bit: usize, shift: u32) {
    for k in phrase_forms(key) {
        for n in 1..k.len() {
            *gaz.entry(k[..n].join(" ")).or_default() |= u16::from(PREFIX) << shift;
        }
        *gaz.entry(k.join(" ")).or_default() |= 1 << (bit + shift as usize);
    }
}

/// FNV-1a as a `HashMap` hasher: fast on the short keys used here.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// A set of folded words (hand-written word lists, folded once).
pub(crate) type WordSet = std::collections::HashSet<String, FnvBuild>;

/// 64-bit FNV-1a.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::parse(
            "دمشق\t50\t1\t2\nلبنان\t40\t1\t3\nبنان\t1\t1\t4\nالامم\t30\t2\t5\n",
            "LOC\tدمشق\nORG\tالأمم المتحدة\n",
        )
    }

    #[test]
    fn splits_with_frequencies() {
        let l = lex();
        assert_eq!(l.split("ودمشق").clitic_chars, 1);
        assert_eq!(l.split("لبنان").clitic_chars, 0);
        assert_eq!(l.split("بوغدانوف").clitic_chars, 0);
        assert_eq!(l.split("وبوغدانوف").clitic_chars, 1);
        assert_eq!(
            l.split("للأمم"),
            Split {
                clitic_chars: 1,
                elided_alef: true
            }
        );
        assert_eq!(l.split("وَدمشق").clitic_chars, 2);
    }

    #[test]
    fn gazetteer_with_and_without_article() {
        let l = lex();
        assert_ne!(l.gazetteer("الامم المتحده"), 0);
        assert_ne!(l.gazetteer("امم المتحده"), 0);
        assert_eq!(l.max_phrase(), 2);
    }

    #[test]
    fn gazetteer_class_indices_name_their_classes() {
        assert_eq!(GAZ_CLASSES[GAZ_PERS], "PERS");
        assert_eq!(GAZ_CLASSES[GAZ_LOC], "LOC");
        assert_eq!(GAZ_CLASSES[GAZ_ORG], "ORG");
        assert_eq!(GAZ_CLASSES[GAZ_MISC], "MISC");
        assert_eq!(GAZ_CLASSES[GAZ_FIRST], "FIRST");
        assert_eq!(GAZ_CLASSES[GAZ_LAST], "LAST");
    }

    #[test]
    fn derived_entries_only_for_feature_set_2() {
        let l = Lexicon::parse(
            "الثاني\t5000\t1\t1\nكيسنجر\t12\t2\t2\n",
            "PERS\tهنري كيسنجر\nPERS\tعبد الله الثاني\nLOC\tهونغ كونغ\nFIRST\tغسان\nPERS\tمعن بشور\nFIRST\tبشور\n",
        );
        let (pers, last, loc, first) = (1 << GAZ_PERS, 1 << GAZ_LAST, 1 << GAZ_LOC, 1 << GAZ_FIRST);
        // A surname alone: rare in the corpus, not a given name, at least four letters.
        assert_eq!(l.gazetteer_step("كيسنجر", true), (last, false));
        assert_eq!(l.gazetteer_step("كيسنجر", false), (0, false));
        assert_eq!(l.gazetteer("الثاني"), 0, "too common in the news corpus");
        assert_eq!(l.gazetteer("بشور"), first, "a given name");
        assert_eq!(l.gazetteer("هنري كيسنجر"), pers);
        // The `ج` spelling of a `غ` name, with its prefix and without its article.
        assert_eq!(l.gazetteer_step("هونج", true), (0, true));
        assert_eq!(l.gazetteer_step("هونج", false), (0, false));
        assert_eq!(l.gazetteer_step("هونج كونج", true), (loc, false));
        assert_eq!(l.gazetteer_step("هونج كونج", false), (0, false));
        assert_eq!(l.gazetteer("جسان"), 0, "given names have no variant");
        assert_eq!(l.gazetteer("هونغ كونغ"), loc);
        // What another person would add: a new surname, not one derived already, too common,
        // a given name or too short.
        assert!(l.adds_surname("بوغدانوف"));
        assert!(!l.adds_surname("كيسنجر"));
        assert!(!l.adds_surname("الثاني"));
        assert!(!l.adds_surname("بشور"));
        assert!(!l.adds_surname("شكر"));
    }

    #[test]
    fn embedded_resources_parse() {
        let l = Lexicon::embedded();
        assert!(l.len() > 1000, "clusters: {}", l.len());
        assert_ne!(l.gazetteer("دمشق"), 0);
        // A club named after its city is listed as both: the model tells them apart by context.
        let (loc, org) = (1 << GAZ_LOC, 1 << GAZ_ORG);
        assert_eq!(l.gazetteer("برشلونه") & (loc | org), loc | org);
        assert_eq!(l.gazetteer("حسنيه اكادير") & (loc | org), org);
    }
}
