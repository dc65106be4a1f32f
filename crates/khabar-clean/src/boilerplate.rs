//! The curated list of boilerplate lines (`data/boilerplate-ar.tsv`) and its matcher.

use ahash::AHashMap;

use crate::fold::{key_words, line_key};

/// How an entry matches a line key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MatchKind {
    Exact,
    Prefix,
    Contains,
    Word,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    category: u16,
    max_words: usize,
}

/// An error in a boilerplate list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("boilerplate list line {line}: {reason}")]
pub struct BoilerplateError {
    /// 1-based line number in the list.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// A compiled boilerplate list. [`Boilerplate::builtin`] is the embedded Arabic list; callers
/// may compile their own with [`Boilerplate::parse`] (same TSV format).
///
/// A line is boilerplate when its key (see [`crate::line_key`]):
/// - equals an `exact` pattern;
/// - starts with a `prefix` pattern (whole words) and has at most that entry's `max_words` words;
/// - contains a `contains` pattern (whole words) and has at most `max_words` words;
/// - consists only of `word` vocabulary (numbers allowed, at least one vocabulary word) and has
///   at most `max_words` words, like a share bar `شارك فيسبوك تويتر واتساب`.
///
/// Word limits are what keeps a long paragraph that happens to contain `شارك` from matching.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    categories: Vec<String>,
    exact: AHashMap<String, Entry>,
    prefix: AHashMap<String, Entry>,
    contains: AHashMap<String, Entry>,
    words: AHashMap<String, Entry>,
    /// Longest pattern of each kind, in words.
    max_prefix_words: usize,
    max_contains_words: usize,
    max_vocab_words: usize,
    /// No line longer than this can match anything.
    max_line_words: usize,
}

/// The embedded Arabic list (see its header for sources and format).
pub const BUILTIN_LIST: &str = include_str!("../data/boilerplate-ar.tsv");

static BUILTIN: std::sync::LazyLock<Boilerplate> = std::sync::LazyLock::new(|| {
    Boilerplate::parse(BUILTIN_LIST).expect("embedded boilerplate list is valid")
});

impl Boilerplate {
    /// The embedded list `data/boilerplate-ar.tsv` (compiled once).
    pub fn builtin() -> &'static Boilerplate {
        &BUILTIN
    }

    /// Compiles a list: tab-separated `pattern, category, match, max_words, source` lines;
    /// `#` comments and blank lines are ignored.
    pub fn parse(tsv: &str) -> Result<Boilerplate, BoilerplateError> {
        let mut b = Boilerplate {
            categories: Vec::new(),
            exact: AHashMap::new(),
            prefix: AHashMap::new(),
            contains: AHashMap::new(),
            words: AHashMap::new(),
            max_prefix_words: 0,
            max_contains_words: 0,
            max_vocab_words: 0,
            max_line_words: 0,
        };
        for (i, raw) in tsv.lines().enumerate() {
            let err = |reason: String| BoilerplateError {
                line: i + 1,
                reason,
            };
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = raw.split('\t').collect();
            if cols.len() < 4 {
                return Err(err(format!(
                    "expected 5 tab-separated columns, found {}",
                    cols.len()
                )));
            }
            let key = line_key(cols[0]);
            if key.is_empty() {
                return Err(err(format!("pattern {:?} has no letters", cols[0])));
            }
            let category = cols[1].trim();
            if category.is_empty() || !category.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            {
                return Err(err(format!(
                    "bad category {category:?} (lowercase ASCII and '-')"
                )));
            }
            let kind = match cols[2].trim() {
                "exact" => MatchKind::Exact,
                "prefix" => MatchKind::Prefix,
                "contains" => MatchKind::Contains,
                "word" => MatchKind::Word,
                other => return Err(err(format!("unknown match kind {other:?}"))),
            };
            let max_words: usize = cols[3]
                .trim()
                .parse()
                .map_err(|_| err(format!("bad max_words {:?}", cols[3])))?;
            let n = key_words(&key);
            if max_words < n {
                return Err(err(format!(
                    "max_words {max_words} is less than the pattern's {n} words"
                )));
            }
            let cat = match b.categories.iter().position(|c| c == category) {
                Some(p) => p,
                None => {
                    b.categories.push(category.to_string());
                    b.categories.len() - 1
                }
            };
            let entry = Entry {
                category: cat as u16,
                max_words,
            };
            b.max_line_words = b.max_line_words.max(max_words);
            match kind {
                MatchKind::Exact => {
                    b.exact.insert(key, entry);
                }
                MatchKind::Prefix => {
                    b.max_prefix_words = b.max_prefix_words.max(n);
                    b.prefix.insert(key, entry);
                }
                MatchKind::Contains => {
                    b.max_contains_words = b.max_contains_words.max(n);
                    b.contains.insert(key, entry);
                }
                MatchKind::Word => {
                    b.max_vocab_words = b.max_vocab_words.max(n);
                    b.words.insert(key, entry);
                }
            }
        }
        Ok(b)
    }

    /// The most words a line can have and still match an entry.
    pub fn max_line_words(&self) -> usize {
        self.max_line_words
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.exact.len() + self.prefix.len() + self.contains.len() + self.words.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The category (`comment-prompt`, `share`, …) if the line is boilerplate.
    pub fn match_line(&self, line: &str) -> Option<&str> {
        self.match_key(&line_key(line))
    }

    /// Like [`Boilerplate::match_line`] on an already computed [`crate::line_key`].
    pub fn match_key(&self, key: &str) -> Option<&str> {
        if key.is_empty() {
            return None;
        }
        let n = key_words(key);
        if n > self.max_line_words {
            return None;
        }
        let cat = |e: &Entry| self.categories[e.category as usize].as_str();
        if let Some(e) = self.exact.get(key) {
            return Some(cat(e));
        }
        let words: Vec<&str> = key.split(' ').collect();
        // Word-boundary byte offsets: ends[i] = byte end of words[..=i] in `key`.
        let mut ends = Vec::with_capacity(words.len());
        let mut acc = 0usize;
        for (i, w) in words.iter().enumerate() {
            acc += w.len() + usize::from(i > 0);
            ends.push(acc);
        }
        let mut starts = Vec::with_capacity(words.len());
        let mut s = 0usize;
        for w in &words {
            starts.push(s);
            s += w.len() + 1;
        }
        for k in (1..=self.max_prefix_words.min(n)).rev() {
            if let Some(e) = self.prefix.get(&key[..ends[k - 1]]) {
                if n <= e.max_words {
                    return Some(cat(e));
                }
            }
        }
        for i in 0..n {
            for k in 1..=self.max_contains_words.min(n - i) {
                if let Some(e) = self.contains.get(&key[starts[i]..ends[i + k - 1]]) {
                    if n <= e.max_words {
                        return Some(cat(e));
                    }
                }
            }
        }
        self.match_vocabulary(key, &words, &starts, &ends).map(cat)
    }

    fn match_vocabulary(
        &self,
        key: &str,
        words: &[&str],
        starts: &[usize],
        ends: &[usize],
    ) -> Option<&Entry> {
        if self.words.is_empty() {
            return None;
        }
        let n = words.len();
        let mut first: Option<&Entry> = None;
        let mut i = 0;
        while i < n {
            let mut step = 0;
            for k in (1..=self.max_vocab_words.min(n - i)).rev() {
                if let Some(e) = self.words.get(&key[starts[i]..ends[i + k - 1]]) {
                    if n > e.max_words {
                        return None;
                    }
                    first.get_or_insert(e);
                    step = k;
                    break;
                }
            }
            if step == 0 {
                if words[i].chars().all(|c| c.is_ascii_digit()) {
                    step = 1;
                } else {
                    return None;
                }
            }
            i += step;
        }
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_list_compiles() {
        let b = Boilerplate::builtin();
        assert!(b.len() > 150, "{}", b.len());
    }

    #[test]
    fn matches_and_non_matches() {
        let b = Boilerplate::builtin();
        let m = |s: &str| b.match_line(s);
        assert_eq!(m("اترك تعليقاً"), Some("comment-prompt"));
        assert_eq!(m("اترك تعليقا"), Some("comment-prompt"));
        assert_eq!(m("زر الذهاب إلى الأعلى"), Some("back-to-top"));
        assert_eq!(m("شارك"), Some("share"));
        assert_eq!(m("شارك على فيسبوك"), Some("share"));
        assert_eq!(m("شارك: فيسبوك | تويتر | واتساب"), Some("share"));
        assert_eq!(m("Facebook Twitter WhatsApp"), Some("share"));
        assert_eq!(
            m("اقرأ أيضاً: الحكومة تعلن عن خطة جديدة للنقل"),
            Some("read-also")
        );
        assert_eq!(m("إقرأ أيضا"), Some("read-also"));
        assert_eq!(
            m("© 2017 جميع الحقوق محفوظة لموقع الجوهرة"),
            Some("copyright")
        );
        assert_eq!(m("اشترك في النشرة البريدية"), Some("newsletter"));
        assert_eq!(
            m("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا."),
            Some("cookie")
        );
        assert_eq!(m("حجم الخط"), Some("font-size"));
        assert_eq!(m("نشر في: 20 يناير 2017"), Some("meta"));
        assert_eq!(m("أضف تعليق"), Some("comment-prompt"));
        assert_eq!(m("تابعونا على فيسبوك وتويتر"), Some("follow"));
        assert_eq!(m("طباعة"), Some("print"));
        assert_eq!(m("إرسال"), Some("send"));
        assert_eq!(m("5 دقائق قراءة"), Some("meta"));
        // Not boilerplate: real sentences, long lines, empty lines.
        assert_eq!(
            m("شارك الوزير في الاجتماع الذي عقد أمس في العاصمة وناقش فيه الملفات العالقة"),
            None
        );
        assert_eq!(m("قال الوزير إن جميع الحقوق محفوظة للمواطنين في الدستور الجديد الذي صادق عليه البرلمان بعد نقاش طويل امتد لأسابيع بين الكتل"), None);
        assert_eq!(m("فيسبوك تعلن عن ميزة جديدة"), None);
        assert_eq!(m(""), None);
        assert_eq!(m("2017"), None);
        let long = format!("اقرأ أيضا {}", "كلمة ".repeat(40));
        assert_eq!(m(&long), None);
    }

    #[test]
    fn parse_errors_name_the_line() {
        let e = Boilerplate::parse("# c\nشارك\tshare\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(Boilerplate::parse("شارك\tShare!\texact\t1\tx").is_err());
        assert!(Boilerplate::parse("شارك\tshare\tfuzzy\t1\tx").is_err());
        assert!(Boilerplate::parse("شارك الخبر\tshare\texact\t1\tx").is_err());
        assert!(Boilerplate::parse("...\tshare\texact\t1\tx").is_err());
        let b = Boilerplate::parse("مرحبا\tgreeting\texact\t1\ttest").unwrap();
        assert_eq!(b.match_line("مرحباً!"), Some("greeting"));
    }
}
