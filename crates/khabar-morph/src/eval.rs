//! Evaluation against CoNLL-U treebanks (pure: parses text, no I/O).
//!
//! # Gold tokens
//! Each surface token of the treebank becomes a [`GoldToken`]: the surface with diacritics and
//! tatweel removed, the syntactic words it holds and their character spans in the surface.
//!
//! - **Files with multiword-token lines** (`3-4 ودمشق`, modern UD): the range line gives the
//!   surface and the word lines its parts.
//! - **Files without them** (the 2016 PADT snapshot has none, and no `SpaceAfter`): surface tokens
//!   are rebuilt from the syntactic words. A one-letter proclitic word (`و ف ب ل ك س` whose UPOS is
//!   not `X`/`PUNCT`/`SYM`/`NUM`) is joined to the next word; a personal pronoun in a non-nominative
//!   case whose form is an enclitic (`ه ها هم …`) is joined to the word before. Joining applies
//!   Arabic spelling: `ل` + `ال…` → `لل…` (and `ل` + `الل…` → `لل…`), a final `ة` before an enclitic
//!   becomes `ت`, a final `ى` becomes `ي` on prepositions (`عليه`) and `ا` elsewhere (`ألقاه`).
//!
//! # Spans
//! The parts of a token need not concatenate to its surface (`لل`, `ة`/`ت`, `ى`/`ي`). Their spans
//! are found by a minimum-edit alignment of the concatenated parts against the surface (letters
//! that only differ by these spelling changes or by hamza on alif cost nothing); each part boundary
//! maps to the surface position where the alignment path first reaches it.
//!
//! # Scores
//! CoNLL-2018 style word-level precision, recall and F1: a predicted word is correct when a gold
//! word of the same token has the same character span. Universal Dependencies keeps the article
//! attached, so predicted `article` segments are merged into the segment after them.

use std::collections::HashMap;

use crate::letters::{strip_marks, Skeleton};
use crate::segmenter::{SegmentKind, Segmenter, ENCLITICS};

/// One surface token of a gold treebank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldToken {
    /// The surface, diacritics and tatweel removed.
    pub surface: String,
    /// The syntactic words (diacritics removed), in order.
    pub words: Vec<String>,
    /// Character span of each word in `surface`.
    pub spans: Vec<(usize, usize)>,
    /// Index of the sentence the token belongs to (0-based, over the sentences read).
    pub sentence: usize,
}

/// A gold treebank read from CoNLL-U.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// Every surface token, in order.
    pub tokens: Vec<GoldToken>,
    /// Number of sentences read.
    pub sentences: usize,
    /// Whether surface tokens were rebuilt from syntactic words (no multiword-token lines).
    pub rebuilt: bool,
    /// One message per skipped sentence (`line N: reason`).
    pub skipped: Vec<String>,
}

struct Word {
    form: String,
    upos: String,
    xpos: String,
    feats: String,
    deprel: String,
}

enum Row {
    Range { last: usize, form: String },
    Word(Word),
}

/// Reads CoNLL-U text. A malformed sentence is skipped (and reported in [`Gold::skipped`]); the
/// others are kept.
pub fn read_conllu(text: &str) -> Gold {
    let has_ranges = text.lines().any(|l| {
        let id = l.split('\t').next().unwrap_or("");
        !l.starts_with('#') && id.contains('-') && l.split('\t').count() >= 2
    });
    let mut gold = Gold {
        rebuilt: !has_ranges,
        ..Gold::default()
    };
    let mut rows: Vec<(usize, Row)> = Vec::new();
    let mut error: Option<String> = None;
    let mut start_line = 1;
    for (i, line) in text.lines().chain(std::iter::once("")).enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            if let Some(e) = error.take() {
                gold.skipped.push(e);
            } else if !rows.is_empty() {
                let sentence = gold.sentences;
                match build_tokens(&rows, has_ranges, sentence) {
                    Ok(toks) => {
                        gold.tokens.extend(toks);
                        gold.sentences += 1;
                    }
                    Err(e) => gold
                        .skipped
                        .push(format!("sentence at line {start_line}: {e}")),
                }
            }
            rows.clear();
            start_line = line_no + 1;
            continue;
        }
        if line.starts_with('#') || error.is_some() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            error = Some(format!(
                "line {line_no}: expected 10 tab-separated columns, found {}",
                cols.len()
            ));
            continue;
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty nodes carry no surface
        }
        if let Some((a, b)) = id.split_once('-') {
            match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a <= b => rows.push((
                    line_no,
                    Row::Range {
                        last: b,
                        form: cols[1].to_string(),
                    },
                )),
                _ => error = Some(format!("line {line_no}: bad range id {id:?}")),
            }
            continue;
        }
        if id.parse::<usize>().is_err() {
            error = Some(format!("line {line_no}: bad word id {id:?}"));
            continue;
        }
        rows.push((
            line_no,
            Row::Word(Word {
                form: cols[1].to_string(),
                upos: cols[3].to_string(),
                xpos: cols[4].to_string(),
                feats: cols[5].to_string(),
                deprel: cols[7].to_string(),
            }),
        ));
    }
    gold
}

fn build_tokens(
    rows: &[(usize, Row)],
    has_ranges: bool,
    sentence: usize,
) -> Result<Vec<GoldToken>, String> {
    let mut out = Vec::new();
    if has_ranges {
        let mut i = 0;
        let mut word_id = 0usize;
        while i < rows.len() {
            match &rows[i].1 {
                Row::Range { last, form } => {
                    let mut parts = Vec::new();
                    let mut j = i + 1;
                    while j < rows.len() && word_id < *last {
                        match &rows[j].1 {
                            Row::Word(w) => {
                                parts.push(strip_marks(&w.form));
                                word_id += 1;
                            }
                            Row::Range { .. } => {
                                return Err(format!("line {}: nested range", rows[j].0))
                            }
                        }
                        j += 1;
                    }
                    if parts.is_empty() {
                        return Err(format!("line {}: range without words", rows[i].0));
                    }
                    if let Some(t) = token(strip_marks(form), parts, sentence) {
                        out.push(t);
                    }
                    i = j;
                }
                Row::Word(w) => {
                    word_id += 1;
                    let f = strip_marks(&w.form);
                    if let Some(t) = token(f.clone(), vec![f], sentence) {
                        out.push(t);
                    }
                    i += 1;
                }
            }
        }
        return Ok(out);
    }
    let words: Vec<&Word> = rows
        .iter()
        .filter_map(|(_, r)| match r {
            Row::Word(w) => Some(w),
            Row::Range { .. } => None,
        })
        .collect();
    let forms: Vec<String> = words.iter().map(|w| strip_marks(&w.form)).collect();
    let arabic = |k: usize| Skeleton::of(&forms[k]).is_some();
    let mut i = 0;
    while i < words.len() {
        // An unanalysed token (XPOS `U---------`) is repeated once per syntactic word.
        let mut k = i + 1;
        while words[i].xpos == UNANALYSED
            && k < words.len()
            && words[k].xpos == UNANALYSED
            && forms[k] == forms[i]
        {
            k += 1;
        }
        if k - i >= 2 && arabic(i) {
            let roles: Vec<&str> = words[i..k].iter().map(|w| w.deprel.as_str()).collect();
            let spans = unanalysed_spans(&forms[i], &roles);
            let surface = forms[i].clone();
            let chars: Vec<char> = surface.chars().collect();
            let parts = spans
                .iter()
                .map(|&(a, b)| chars[a..b].iter().collect())
                .collect();
            out.push(GoldToken {
                surface,
                words: parts,
                spans,
                sentence,
            });
            i = k;
            continue;
        }
        let mut group = vec![i];
        let mut last = i;
        while is_proclitic(words[last], &forms[last]) && last + 1 < words.len() && arabic(last + 1)
        {
            last += 1;
            group.push(last);
        }
        let host = last;
        if host + 1 < words.len() && arabic(host) && is_enclitic(words[host + 1], &forms[host + 1])
        {
            group.push(host + 1);
        }
        let mut surface = String::new();
        for (gi, &k) in group.iter().enumerate() {
            let f = forms[k].as_str();
            if gi > 0 && forms[group[gi - 1]] == "ل" && f.starts_with("ال") && f.chars().count() > 2
            {
                // لِ + الحظر → للحظر; لِ + اللجنة → للجنة.
                surface.push_str(if f.starts_with("الل") {
                    &f[4..]
                } else {
                    &f[2..]
                });
            } else if k > host {
                // Enclitic: spelling change at the end of the host.
                if surface.ends_with('ة') {
                    surface.pop();
                    surface.push('ت');
                } else if surface.ends_with('ى') {
                    surface.pop();
                    surface.push(if words[host].upos == "ADP" {
                        'ي'
                    } else {
                        'ا'
                    });
                }
                surface.push_str(f);
            } else {
                surface.push_str(f);
            }
        }
        let parts: Vec<String> = group.iter().map(|&k| forms[k].clone()).collect();
        if let Some(t) = token(surface, parts, sentence) {
            out.push(t);
        }
        i = group.last().map_or(i + 1, |&k| k + 1);
    }
    Ok(out)
}

/// XPOS of tokens the 2016 PADT snapshot leaves unanalysed.
const UNANALYSED: &str = "U---------";

/// Spans of the syntactic words of an unanalysed token whose word forms are not given, from
/// their dependency roles: leading `cc` (و ف), `case` (ب ل ك), `aux` (س) and `mark` (ل) words
/// whose letter matches are proclitics; of the rest, one word is the host and a second one an
/// enclitic pronoun matched at the end of the surface.
fn unanalysed_spans(surface: &str, roles: &[&str]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = surface.chars().collect();
    let n = chars.len();
    let mut p = 0;
    while p + 1 < roles.len() && p + 1 < n {
        let ok = match roles[p] {
            "cc" => matches!(chars[p], 'و' | 'ف'),
            "case" => matches!(chars[p], 'ب' | 'ل' | 'ك'),
            "aux" => chars[p] == 'س',
            "mark" => chars[p] == 'ل',
            _ => false,
        };
        if !ok {
            break;
        }
        p += 1;
    }
    let mut spans: Vec<(usize, usize)> = (0..p).map(|i| (i, i + 1)).collect();
    match roles.len() - p {
        1 => spans.push((p, n)),
        _ => {
            let tail: String = chars[p..].iter().collect();
            let el = ENCLITICS
                .iter()
                .find(|e| tail.ends_with(*e) && tail.chars().count() > e.chars().count())
                .map_or(1, |e| e.chars().count())
                .min(n - p - 1);
            spans.push((p, n - el));
            spans.push((n - el, n));
        }
    }
    spans
}

fn is_proclitic(w: &Word, form: &str) -> bool {
    matches!(form, "و" | "ف" | "ب" | "ل" | "ك" | "س")
        && !matches!(w.upos.as_str(), "X" | "PUNCT" | "SYM" | "NUM")
}

fn is_enclitic(w: &Word, form: &str) -> bool {
    w.upos == "PRON"
        && ENCLITICS.contains(&form)
        && !w.feats.contains("Case=Nom")
        && !w.feats.contains("PronType=Dem")
}

fn token(surface: String, words: Vec<String>, sentence: usize) -> Option<GoldToken> {
    if surface.is_empty() {
        return None;
    }
    let spans = align(&surface, &words);
    Some(GoldToken {
        surface,
        words,
        spans,
        sentence,
    })
}

/// Letters that spelling changes at clitic boundaries may swap.
fn equivalent(a: char, b: char) -> bool {
    let class = |c: char| match c {
        'ة' | 'ت' => 1,
        'ى' | 'ي' | 'ا' | 'أ' | 'إ' | 'آ' => 2,
        'ء' | 'ئ' | 'ؤ' => 3,
        _ => 0,
    };
    a == b || (class(a) != 0 && class(a) == class(b))
}

/// Character spans of `parts` in `surface`, by minimum-edit alignment (see the module docs).
pub fn align(surface: &str, parts: &[String]) -> Vec<(usize, usize)> {
    let s: Vec<char> = surface.chars().collect();
    let c: Vec<char> = parts.iter().flat_map(|p| p.chars()).collect();
    if parts.len() == 1 {
        return vec![(0, s.len())];
    }
    let (m, n) = (c.len(), s.len());
    let mut d = vec![vec![0u32; n + 1]; m + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i as u32;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j as u32;
    }
    for i in 1..=m {
        for j in 1..=n {
            let sub = d[i - 1][j - 1] + u32::from(!equivalent(c[i - 1], s[j - 1]));
            d[i][j] = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    // Backtrace, recording for each concat position the smallest surface position on the path.
    let mut first = vec![usize::MAX; m + 1];
    let (mut i, mut j) = (m, n);
    first[m] = n;
    while i > 0 || j > 0 {
        // Prefer dropping a letter of the parts (the alif of ال after ل) over a match, so the
        // dropped letter is the later one and earlier parts keep their letters.
        if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            i -= 1;
        } else if i > 0
            && j > 0
            && d[i][j] == d[i - 1][j - 1] + u32::from(!equivalent(c[i - 1], s[j - 1]))
        {
            i -= 1;
            j -= 1;
        } else {
            j -= 1;
        }
        first[i] = first[i].min(j);
    }
    let mut spans = Vec::with_capacity(parts.len());
    let mut at = 0usize;
    let mut prev = 0usize;
    for (k, p) in parts.iter().enumerate() {
        at += p.chars().count();
        let end = if k + 1 == parts.len() {
            n
        } else {
            first[at].max(prev)
        };
        spans.push((prev, end));
        prev = end;
    }
    spans
}

/// Predicted word spans for `surface`: the segmenter's segments with `article` merged into the
/// next segment (UD keeps ال attached).
pub fn predicted_spans(seg: &Segmenter, surface: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut pending: Option<usize> = None;
    for s in seg.segment_word(surface) {
        if s.kind == SegmentKind::Article {
            pending.get_or_insert(s.start);
            continue;
        }
        out.push((pending.take().unwrap_or(s.start), s.end));
    }
    if let Some(p) = pending {
        out.push((p, surface.chars().count()));
    }
    out
}

/// One kind of error with its count and a few examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorType {
    /// `gold pattern → predicted pattern`, clitics spelled out and the stem shown as `·`.
    pub key: String,
    /// How many tokens.
    pub count: usize,
    /// Up to five example tokens, `gold | predicted`.
    pub examples: Vec<String>,
}

/// Evaluation figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Surface tokens evaluated.
    pub tokens: usize,
    /// Gold syntactic words.
    pub gold_words: usize,
    /// Predicted words (articles merged).
    pub pred_words: usize,
    /// Predicted words whose span matches a gold word.
    pub correct: usize,
    /// Tokens the gold leaves whole.
    pub unsplit_tokens: usize,
    /// Of those, tokens predicted exactly.
    pub unsplit_correct: usize,
    /// Tokens the gold splits.
    pub split_tokens: usize,
    /// Of those, tokens predicted exactly.
    pub split_correct: usize,
    /// Error types, most frequent first.
    pub errors: Vec<ErrorType>,
}

impl Report {
    /// Word precision.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.pred_words)
    }
    /// Word recall.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold_words)
    }
    /// Word F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn pattern(surface: &[char], spans: &[(usize, usize)]) -> String {
    let longest = spans
        .iter()
        .enumerate()
        .max_by_key(|(_, (a, b))| b - a)
        .map_or(0, |(i, _)| i);
    spans
        .iter()
        .enumerate()
        .map(|(i, &(a, b))| {
            if i == longest {
                "·".to_string()
            } else {
                surface[a..b].iter().collect()
            }
        })
        .collect::<Vec<_>>()
        .join("+")
}

fn show(surface: &[char], spans: &[(usize, usize)]) -> String {
    spans
        .iter()
        .map(|&(a, b)| surface[a..b].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("+")
}

/// Scores `seg` on `tokens`.
pub fn evaluate<'a>(seg: &Segmenter, tokens: impl IntoIterator<Item = &'a GoldToken>) -> Report {
    let mut r = Report::default();
    let mut errors: HashMap<String, ErrorType> = HashMap::new();
    for t in tokens {
        let pred = predicted_spans(seg, &t.surface);
        r.tokens += 1;
        r.gold_words += t.spans.len();
        r.pred_words += pred.len();
        let hits = pred.iter().filter(|p| t.spans.contains(p)).count();
        r.correct += hits;
        let exact = pred == t.spans;
        if t.spans.len() == 1 {
            r.unsplit_tokens += 1;
            r.unsplit_correct += usize::from(exact);
        } else {
            r.split_tokens += 1;
            r.split_correct += usize::from(exact);
        }
        if !exact {
            let chars: Vec<char> = t.surface.chars().collect();
            let key = format!("{} → {}", pattern(&chars, &t.spans), pattern(&chars, &pred));
            let e = errors.entry(key.clone()).or_insert(ErrorType {
                key,
                count: 0,
                examples: Vec::new(),
            });
            e.count += 1;
            let ex = format!("{} | {}", show(&chars, &t.spans), show(&chars, &pred));
            if e.examples.len() < 5 && !e.examples.contains(&ex) {
                e.examples.push(ex);
            }
        }
    }
    let mut errors: Vec<ErrorType> = errors.into_values().collect();
    errors.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    r.errors = errors;
    r
}
