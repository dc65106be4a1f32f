//! Token-level scoring of extracted text against gold, as defined by the extraction dev set:
//! a bag of whitespace tokens after NFKC, with Arabic diacritics and tatweel removed.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// Furniture strings whose extra occurrences in an output (compared with the gold) count as a
/// boilerplate leak.
pub const LEAK_STRINGS: &[&str] = &[
    "اترك تعليقاً",
    "اترك تعليقا",
    "زر الذهاب إلى الأعلى",
    "اقرأ أيضاً",
    "اقرأ أيضا",
    "إقرأ أيضا",
    "جميع الحقوق محفوظة",
    "أضف تعليق",
    "تعليقات القراء",
    "شارك على فيسبوك",
    "الكلمات المفتاحية",
    "الوسوم",
    "ذات صلة",
    "الأكثر قراءة",
    "النشرة البريدية",
    "ملفات تعريف الارتباط",
    "المقال السابق",
    "المقال التالي",
];

/// Normalizes text for scoring: NFKC, then Arabic diacritics (U+064B–U+065F, U+0670) and
/// tatweel (U+0640) removed.
pub fn normalize(text: &str) -> String {
    text.nfkc()
        .filter(|&c| !matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}'))
        .collect()
}

/// The scoring tokens of `text`: whitespace-separated after [`normalize`].
pub fn tokens(text: &str) -> Vec<String> {
    normalize(text)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Size of the multiset intersection of two token bags.
pub fn overlap(a: &[String], b: &[String]) -> usize {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in b {
        *counts.entry(t).or_default() += 1;
    }
    let mut n = 0;
    for t in a {
        if let Some(c) = counts.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                n += 1;
            }
        }
    }
    n
}

/// Precision, recall and F1 of a predicted text against a gold text (bag of tokens). Two empty
/// texts score 1.
pub fn prf(predicted: &str, gold: &str) -> (f64, f64, f64) {
    let p = tokens(predicted);
    let g = tokens(gold);
    if p.is_empty() && g.is_empty() {
        return (1.0, 1.0, 1.0);
    }
    let common = overlap(&p, &g) as f64;
    let precision = if p.is_empty() {
        0.0
    } else {
        common / p.len() as f64
    };
    let recall = if g.is_empty() {
        0.0
    } else {
        common / g.len() as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// Leak strings (normalized) that occur more often in `predicted` than in `gold`.
pub fn leaks(predicted: &str, gold: &str) -> Vec<String> {
    let p = normalize(predicted);
    let g = normalize(gold);
    let mut out: Vec<String> = Vec::new();
    for s in LEAK_STRINGS {
        let s = normalize(s);
        if !out.contains(&s) && p.matches(&s).count() > g.matches(&s).count() {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoring() {
        assert_eq!(prf("a b c", "a b c"), (1.0, 1.0, 1.0));
        let (p, r, f) = prf("a b x", "a b c d");
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
        assert!(f > 0.57 && f < 0.58);
        assert_eq!(prf("مُحَمَّد", "محمد").2, 1.0);
        assert_eq!(prf("كـــتب", "كتب").2, 1.0);
        assert_eq!(leaks("نص اترك تعليقاً", "نص"), vec!["اترك تعليقا"]);
        assert!(leaks("نص", "نص").is_empty());
    }
}
