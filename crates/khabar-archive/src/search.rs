//! Query building (lenient parsing, exact + loose fields, proximity), snippets and facets.

use std::collections::HashSet;
use std::ops::Bound;

use serde::{Deserialize, Serialize};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::analyzer::{self, Analyzer, Mode};
use crate::schema::{entity_key, Fields};
use crate::{Error, Highlight, Result, SearchQuery};

/// Field boosts and proximity settings of the ranking (BM25 per field, summed).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ranking {
    /// Boost of exact-form matches in the body.
    pub body_exact: f32,
    /// Boost of loose (stem) matches in the body.
    pub body_loose: f32,
    /// Boost of exact-form matches in the title.
    pub title_exact: f32,
    /// Boost of loose matches in the title.
    pub title_loose: f32,
    /// Boost of adjacent query-word pairs found near each other in the body (0 = off).
    pub proximity: f32,
    /// Maximum number of positions between a pair's words for the proximity boost.
    pub slop: u32,
}

impl Default for Ranking {
    fn default() -> Self {
        Ranking {
            body_exact: 0.5,
            body_loose: 1.0,
            title_exact: 0.5,
            title_loose: 1.0,
            // Proximity pairs cost 0.01–0.02 MRR@10 on the headline→body dev set: off by default.
            proximity: 0.0,
            slop: 3,
        }
    }
}

impl Ranking {
    /// Applies `key=value,key=value` overrides (keys are the field names).
    pub fn with_overrides(mut self, spec: &str) -> Result<Ranking> {
        for kv in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (k, v) = kv.split_once('=').ok_or_else(|| {
                Error::BadQuery(format!("ranking override `{kv}` is not key=value"))
            })?;
            let num: f32 = v
                .trim()
                .parse()
                .map_err(|_| Error::BadQuery(format!("ranking override `{kv}`: not a number")))?;
            match k.trim() {
                "body_exact" => self.body_exact = num,
                "body_loose" => self.body_loose = num,
                "title_exact" => self.title_exact = num,
                "title_loose" => self.title_loose = num,
                "proximity" => self.proximity = num,
                "slop" => self.slop = num.max(0.0) as u32,
                other => return Err(Error::BadQuery(format!("unknown ranking key `{other}`"))),
            }
        }
        Ok(self)
    }
}

/// A parsed user query: plain words and quoted phrases.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct ParsedQuery {
    /// Text outside quotes.
    pub words: String,
    /// Quoted phrases.
    pub phrases: Vec<String>,
}

/// Lenient parse: `"…"` (or `«…»`, `“…”`) delimits a phrase; an unbalanced quote is ignored;
/// every other character is plain text (no operators, so no syntax errors).
pub(crate) fn parse_query(q: &str) -> ParsedQuery {
    let mut out = ParsedQuery::default();
    let mut cur = String::new();
    let mut in_phrase = false;
    for c in q.chars() {
        let open = matches!(c, '"' | '«' | '“' | '”' | '»');
        if open {
            if in_phrase {
                if !cur.trim().is_empty() {
                    out.phrases.push(cur.trim().to_string());
                }
            } else {
                out.words.push_str(&cur);
                out.words.push(' ');
            }
            cur.clear();
            in_phrase = !in_phrase;
        } else {
            cur.push(c);
        }
    }
    // An unclosed quote: its text counts as plain words.
    out.words.push_str(&cur);
    out
}

/// The analysed query: terms for building the query and for highlighting.
#[derive(Debug, Clone, Default)]
pub(crate) struct QueryTerms {
    pub exact: Vec<analyzer::Term>,
    pub loose: Vec<analyzer::Term>,
    pub phrases: Vec<Vec<analyzer::Term>>,
}

impl QueryTerms {
    pub fn exact_set(&self) -> HashSet<String> {
        self.exact
            .iter()
            .chain(self.phrases.iter().flatten())
            .map(|t| t.text.clone())
            .collect()
    }

    pub fn loose_set(&self) -> HashSet<String> {
        self.loose.iter().map(|t| t.text.clone()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty() && self.loose.is_empty() && self.phrases.is_empty()
    }
}

/// The (exact, loose) analysis modes of an analyzer.
fn modes(an: Analyzer) -> (Mode, Mode) {
    match an {
        Analyzer::Arabic => (Mode::Exact, Mode::Loose),
        Analyzer::Plain => (Mode::Plain, Mode::Plain),
        Analyzer::Lucene => (Mode::Lucene, Mode::Lucene),
    }
}

pub(crate) fn query_terms(q: &str, an: Analyzer) -> QueryTerms {
    let parsed = parse_query(q);
    let (em, lm) = modes(an);
    let mut exact = analyzer::analyze(&parsed.words, em);
    let mut loose = if an == Analyzer::Arabic {
        analyzer::analyze(&parsed.words, lm)
    } else {
        Vec::new()
    };
    if an == Analyzer::Arabic {
        // Question words go, unless nothing else is left.
        let keep = |t: &analyzer::Term, exact: &[analyzer::Term]| {
            let e = exact
                .iter()
                .find(|e| e.byte_start == t.byte_start)
                .map(|e| e.text.as_str());
            !e.is_some_and(analyzer::is_query_stopword)
        };
        let ex2: Vec<_> = exact.iter().filter(|t| keep(t, &exact)).cloned().collect();
        let lo2: Vec<_> = loose.iter().filter(|t| keep(t, &exact)).cloned().collect();
        if !ex2.is_empty() {
            exact = ex2;
            loose = lo2;
        }
    }
    let phrases = parsed
        .phrases
        .iter()
        .map(|p| analyzer::analyze(p, em))
        .filter(|v| !v.is_empty())
        .collect();
    QueryTerms {
        exact,
        loose,
        phrases,
    }
}

fn term_q(field: tantivy::schema::Field, text: &str, boost: f32) -> Option<Box<dyn Query>> {
    if boost <= 0.0 {
        return None;
    }
    let tq = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    Some(if (boost - 1.0).abs() < f32::EPSILON {
        Box::new(tq)
    } else {
        Box::new(BoostQuery::new(Box::new(tq), boost))
    })
}

fn phrase_q(field: tantivy::schema::Field, terms: &[analyzer::Term], slop: u32) -> Box<dyn Query> {
    let base = terms.first().map(|t| t.position).unwrap_or(0);
    let with_pos = terms
        .iter()
        .map(|t| (t.position - base, Term::from_field_text(field, &t.text)))
        .collect();
    Box::new(PhraseQuery::new_with_offset_and_slop(with_pos, slop))
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a full ISO timestamp) into a day-number bound.
pub(crate) fn date_bound(s: &str, upper: bool) -> Result<u64> {
    let s = s.trim();
    let bad = || Error::BadQuery(format!("bad date `{s}`: use YYYY, YYYY-MM or YYYY-MM-DD"));
    let parts: Vec<&str> = s.get(..10.min(s.len())).unwrap_or(s).split('-').collect();
    let num = |p: &str, len: usize| -> Result<u64> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let y = num(parts.first().ok_or_else(bad)?, 4)?;
    let m = match parts.get(1) {
        Some(p) => num(p, 2)?,
        None => {
            if upper {
                12
            } else {
                1
            }
        }
    };
    let d = match parts.get(2) {
        Some(p) => num(p, 2)?,
        None => {
            if upper {
                31
            } else {
                1
            }
        }
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || parts.len() > 3 {
        return Err(bad());
    }
    Ok(y * 10_000 + m * 100 + d)
}

/// Builds the tantivy query for `q`.
pub(crate) fn build_query(
    q: &SearchQuery,
    terms: &QueryTerms,
    f: &Fields,
    an: Analyzer,
    r: &Ranking,
) -> Result<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut seen = HashSet::new();
    for t in &terms.exact {
        if !seen.insert(("e", t.text.clone())) {
            continue;
        }
        // Baselines: one unboosted BM25 field pair.
        let (be, te) = if an == Analyzer::Arabic {
            (r.body_exact, r.title_exact)
        } else {
            (1.0, 1.0)
        };
        should.extend(term_q(f.body_exact, &t.text, be).map(|q| (Occur::Should, q)));
        should.extend(term_q(f.title_exact, &t.text, te).map(|q| (Occur::Should, q)));
    }
    for t in &terms.loose {
        if !seen.insert(("l", t.text.clone())) {
            continue;
        }
        should.extend(term_q(f.body_loose, &t.text, r.body_loose).map(|q| (Occur::Should, q)));
        should.extend(term_q(f.title_loose, &t.text, r.title_loose).map(|q| (Occur::Should, q)));
    }
    if an == Analyzer::Arabic && r.proximity > 0.0 {
        for pair in terms.loose.windows(2) {
            if pair[0].text == pair[1].text {
                continue;
            }
            let pq = phrase_q(f.body_loose, pair, r.slop);
            should.push((Occur::Should, Box::new(BoostQuery::new(pq, r.proximity))));
        }
    }
    if !should.is_empty() {
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(should))));
    }
    for p in &terms.phrases {
        let q: Box<dyn Query> = if p.len() == 1 {
            Box::new(BooleanQuery::new(vec![
                (
                    Occur::Should,
                    term_q(f.body_exact, &p[0].text, 1.0).expect("boost 1"),
                ),
                (
                    Occur::Should,
                    term_q(f.title_exact, &p[0].text, 1.0).expect("boost 1"),
                ),
            ]))
        } else {
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, phrase_q(f.body_exact, p, 0)),
                (Occur::Should, phrase_q(f.title_exact, p, 0)),
            ]))
        };
        clauses.push((Occur::Must, q));
    }
    let filter = |q: Box<dyn Query>| -> (Occur, Box<dyn Query>) {
        (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)))
    };
    if let Some(e) = q.entity.as_deref().filter(|s| !s.trim().is_empty()) {
        let t = Term::from_field_text(f.entity, &entity_key(e));
        clauses.push(filter(Box::new(TermQuery::new(
            t,
            IndexRecordOption::Basic,
        ))));
    }
    if let Some(s) = q.source.as_deref().filter(|s| !s.trim().is_empty()) {
        let t = Term::from_field_text(f.source, s.trim());
        clauses.push(filter(Box::new(TermQuery::new(
            t,
            IndexRecordOption::Basic,
        ))));
    }
    let from = q
        .from
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| date_bound(s, false))
        .transpose()?;
    let to =
        q.to.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| date_bound(s, true))
            .transpose()?;
    if from.is_some() || to.is_some() {
        let lo = from.map_or(Bound::Unbounded, |v| {
            Bound::Included(Term::from_field_u64(f.date, v))
        });
        let hi = to.map_or(Bound::Unbounded, |v| {
            Bound::Included(Term::from_field_u64(f.date, v))
        });
        clauses.push(filter(Box::new(RangeQuery::new(lo, hi))));
    }
    if terms.is_empty() {
        if !q.query.trim().is_empty() {
            // Only stopwords or punctuation: nothing can match.
            return Ok(Box::new(EmptyQuery));
        }
        // No text at all: browse, restricted by the filters.
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// Chooses a snippet of about `width` characters around the densest cluster of matched words
/// and returns (char start, char end, highlights).
pub(crate) fn snippet(
    text: &str,
    removed: &[(usize, usize)],
    an: Analyzer,
    exact: &HashSet<String>,
    loose: &HashSet<String>,
    width: usize,
) -> (usize, usize, Vec<Highlight>) {
    // Byte → char offsets.
    let byte_to_char = |b: usize, idx: &[usize]| idx.partition_point(|&x| x < b);
    let idx: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let nchars = idx.len();
    let blanked = analyzer::blank_ranges(text, removed);
    let (em, lm) = modes(an);
    let mut matches: Vec<(usize, usize, String)> = Vec::new();
    for t in analyzer::analyze(&blanked, em) {
        if exact.contains(&t.text) {
            matches.push((t.byte_start, t.byte_end, t.text));
        }
    }
    if !loose.is_empty() {
        for t in analyzer::analyze(&blanked, lm) {
            if loose.contains(&t.text) && !matches.iter().any(|m| m.0 == t.byte_start) {
                matches.push((t.byte_start, t.byte_end, t.text));
            }
        }
    }
    matches.sort();
    let cm: Vec<(usize, usize, String)> = matches
        .into_iter()
        .map(|(s, e, k)| (byte_to_char(s, &idx), byte_to_char(e, &idx), k))
        .collect();
    // Best window: most distinct terms, then most matches.
    let mut best = (0usize, 0usize, 0usize); // (distinct, count, first index)
    for i in 0..cm.len() {
        let mut distinct = HashSet::new();
        let mut n = 0;
        for m in cm[i..].iter().take_while(|m| m.1 <= cm[i].0 + width) {
            distinct.insert(m.2.as_str());
            n += 1;
        }
        if (distinct.len(), n) > (best.0, best.1) {
            best = (distinct.len(), n, i);
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let first_kept = (0..nchars)
        .find(|&c| !removed.iter().any(|&(s, e)| c >= s && c < e))
        .unwrap_or(0);
    let mut start = if cm.is_empty() {
        first_kept
    } else {
        cm[best.2].0.saturating_sub(width / 5)
    };
    // Move forward to a word start.
    if start > 0 {
        let mut s = start;
        while s < nchars && s < start + 20 && !chars[s - 1].is_whitespace() {
            s += 1;
        }
        if s < nchars && (cm.is_empty() || s <= cm[best.2].0) {
            start = s;
        }
    }
    let mut end = (start + width).min(nchars);
    let mut e = end;
    while e < nchars && e > start + width / 2 && !chars[e].is_whitespace() {
        e -= 1;
    }
    if e < nchars && e > start + width / 2 {
        end = e;
    }
    let highlights = cm
        .iter()
        .filter(|m| m.0 >= start && m.1 <= end)
        .map(|m| Highlight {
            start: m.0,
            end: m.1,
        })
        .collect();
    (start, end, highlights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_parse() {
        let p = parse_query(r#"وزير "الشؤون الدينية" تونس"#);
        assert_eq!(p.phrases, vec!["الشؤون الدينية".to_string()]);
        assert!(p.words.contains("وزير") && p.words.contains("تونس"));
        let p = parse_query(r#"a "b c"#);
        assert!(p.phrases.is_empty());
        assert!(p.words.contains('b'));
        let p = parse_query("title:(foo AND [bar TO baz]");
        assert!(p.phrases.is_empty());
    }

    #[test]
    fn date_bounds() {
        assert_eq!(date_bound("2017", false).unwrap(), 20170101);
        assert_eq!(date_bound("2017-02", true).unwrap(), 20170231);
        assert_eq!(date_bound("2017-02-03", true).unwrap(), 20170203);
        assert!(date_bound("17-02", false).is_err());
        assert!(date_bound("2017-13", false).is_err());
        assert!(date_bound("soon", false).is_err());
    }

    #[test]
    fn ranking_overrides() {
        let r = Ranking::default()
            .with_overrides("proximity=0,title_loose=2")
            .unwrap();
        assert_eq!(r.proximity, 0.0);
        assert_eq!(r.title_loose, 2.0);
        assert!(Ranking::default().with_overrides("nope=1").is_err());
        assert!(Ranking::default().with_overrides("slop").is_err());
    }

    #[test]
    fn snippet_offsets_slice_the_original() {
        let text = "مقدمة طويلة لا علاقة لها بالموضوع. ثم قال الوزير إن الإرهاب خطر على تونس.";
        let exact: HashSet<String> = analyzer::analyze("الإرهاب", Mode::Exact)
            .into_iter()
            .map(|t| t.text)
            .collect();
        let (s, e, hl) = snippet(text, &[], Analyzer::Arabic, &exact, &HashSet::new(), 40);
        assert!(s < e && e <= text.chars().count());
        assert_eq!(hl.len(), 1);
        let h = &hl[0];
        assert_eq!(khabar_article::slice_chars(text, h.start, h.end), "الإرهاب");
    }
}
