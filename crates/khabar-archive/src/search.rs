//! Query building (lenient parsing, exact + loose fields, proximity), snippets and facets.

use std::collections::HashSet;
use std::ops::Bound;

use serde::{Deserialize, Serialize};
use tantivy::postings::Postings;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Term};

use crate::analyzer::{self, Analyzer, Mode};
use crate::schema::{entity_key, Fields};
use crate::{Error, Highlight, Result, SearchQuery};
use khabar_text::TokenKind;

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

/// Matched words of one document: (word position, matched query term), in position order.
pub(crate) type Positions = Vec<(u32, String)>;

/// Finds the query's words in article text and picks a highlighted snippet: one pass of
/// tokenization per text, each word normalized and segmented once for both fields.
pub(crate) struct SnippetMatcher {
    an: Analyzer,
    exact: HashSet<String>,
    loose: HashSet<String>,
}

impl SnippetMatcher {
    /// The matcher of an analysed query.
    pub fn new(terms: &QueryTerms, an: Analyzer) -> SnippetMatcher {
        SnippetMatcher {
            an,
            exact: terms.exact_set(),
            loose: terms.loose_set(),
        }
    }

    /// Matched words of `text` (with `removed` character ranges blanked) as (byte start, byte
    /// end, term), in text order.
    fn matches(&self, text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        if self.exact.is_empty() && self.loose.is_empty() {
            return out;
        }
        match self.an {
            Analyzer::Arabic => {
                for tok in khabar_text::Tokens::new(text) {
                    let Some((e, l)) = analyzer::word_terms(tok.text, tok.kind) else {
                        continue;
                    };
                    if self.exact.contains(&e) {
                        out.push((tok.byte_start, tok.byte_end, e));
                    } else if self.loose.contains(&l) {
                        out.push((tok.byte_start, tok.byte_end, l));
                    }
                }
            }
            Analyzer::Plain | Analyzer::Lucene => {
                let (em, lm) = modes(self.an);
                for t in analyzer::analyze(text, em) {
                    if self.exact.contains(&t.text) {
                        out.push((t.byte_start, t.byte_end, t.text));
                    }
                }
                if !self.loose.is_empty() {
                    for t in analyzer::analyze(text, lm) {
                        if self.loose.contains(&t.text) && !out.iter().any(|m| m.0 == t.byte_start)
                        {
                            out.push((t.byte_start, t.byte_end, t.text));
                        }
                    }
                    out.sort();
                }
            }
        }
        out
    }

    /// The query's words in indexed documents, read from the positions of the body fields'
    /// postings (no text analysis): for each address, (position, term) in position order, an
    /// exact match winning over a loose one. `None` when the analyzer's positions do not follow
    /// [`khabar_text::tokenize`] (the baselines): use [`SnippetMatcher::snippet`] then.
    pub fn body_positions(
        &self,
        searcher: &tantivy::Searcher,
        addrs: &[tantivy::DocAddress],
        f: &Fields,
    ) -> Result<Option<Vec<Positions>>> {
        if self.an != Analyzer::Arabic {
            return Ok(None);
        }
        let mut found: Vec<Vec<(u32, bool, String)>> = vec![Vec::new(); addrs.len()];
        // Documents in index order, so each term's postings are read once per segment and
        // only seek forward.
        let mut order: Vec<usize> = (0..addrs.len()).collect();
        order.sort_by_key(|&i| addrs[i]);
        let mut buf = Vec::new();
        for group in order.chunk_by(|&a, &b| addrs[a].segment_ord == addrs[b].segment_ord) {
            let seg = searcher.segment_reader(addrs[group[0]].segment_ord);
            for (field, set, loose) in [
                (f.body_exact, &self.exact, false),
                (f.body_loose, &self.loose, true),
            ] {
                if set.is_empty() {
                    continue;
                }
                let inv = seg
                    .inverted_index(field)
                    .map_err(crate::schema::index_err)?;
                for text in set {
                    let term = Term::from_field_text(field, text);
                    let Some(mut postings) = inv
                        .read_postings(&term, IndexRecordOption::WithFreqsAndPositions)
                        .map_err(|e| Error::Index(e.to_string()))?
                    else {
                        continue;
                    };
                    for &i in group {
                        let doc = addrs[i].doc_id;
                        if postings.doc() > doc || postings.seek(doc) != doc {
                            continue;
                        }
                        buf.clear();
                        postings.positions(&mut buf);
                        found[i].extend(buf.iter().map(|&p| (p, loose, text.clone())));
                    }
                }
            }
        }
        Ok(Some(
            found
                .into_iter()
                .map(|mut v| {
                    v.sort();
                    v.dedup_by_key(|m| m.0);
                    v.into_iter().map(|(p, _, t)| (p, t)).collect()
                })
                .collect(),
        ))
    }

    /// [`SnippetMatcher::snippet`] with the matched words given by their positions (see
    /// [`SnippetMatcher::body_positions`]): the text is only tokenized, up to the last match.
    pub fn snippet_at(
        &self,
        text: &str,
        removed: &[(usize, usize)],
        width: usize,
        positions: &[(u32, String)],
    ) -> (usize, usize, Vec<Highlight>) {
        let cm = self.char_matches_at(text, removed, positions);
        cut_text(text, removed, &cm, width)
    }

    /// The matched words at `positions` as (char start, char end, term), in text order, by
    /// tokenizing `text` (with `removed` blanked) up to the last match.
    pub fn char_matches_at(
        &self,
        text: &str,
        removed: &[(usize, usize)],
        positions: &[(u32, String)],
    ) -> Vec<(usize, usize, String)> {
        let mut matches = Vec::with_capacity(positions.len());
        if !positions.is_empty() {
            let blanked = analyzer::blank_ranges(text, removed);
            let mut position = 0u32;
            let mut k = 0usize;
            for tok in khabar_text::Tokens::new(&blanked) {
                if matches!(tok.kind, TokenKind::Punct | TokenKind::Symbol) {
                    continue;
                }
                while k < positions.len() && positions[k].0 < position {
                    k += 1;
                }
                if k >= positions.len() {
                    break;
                }
                if positions[k].0 == position {
                    matches.push((tok.byte_start, tok.byte_end, positions[k].1.clone()));
                }
                position += 1;
            }
        }
        to_chars(text, matches)
    }

    /// Chooses a snippet of about `width` characters around the densest cluster of matched
    /// words and returns (char start, char end, highlights).
    pub fn snippet(
        &self,
        text: &str,
        removed: &[(usize, usize)],
        width: usize,
    ) -> (usize, usize, Vec<Highlight>) {
        let blanked = analyzer::blank_ranges(text, removed);
        let cm = to_chars(text, self.matches(&blanked));
        cut_text(text, removed, &cm, width)
    }
}

/// Matched words at `positions` as (char start, char end, term), read from the stored word
/// offsets (see [`crate::offsets`]); positions the offsets do not cover are left out.
pub(crate) fn char_matches_from_offsets(
    offsets: &[u8],
    positions: &[(u32, String)],
) -> Vec<(usize, usize, String)> {
    let at: Vec<u32> = positions.iter().map(|p| p.0).collect();
    crate::offsets::spans(offsets, &at)
        .into_iter()
        .zip(positions)
        .filter_map(|(span, (_, term))| span.map(|(s, e)| (s, e, term.clone())))
        .collect()
}

/// Byte offsets of a text turned into character offsets, counting only the characters since
/// the previous offset (offsets asked in text order cost one pass over the text in all).
pub(crate) struct CharCounter<'a> {
    text: &'a str,
    at_byte: usize,
    at_char: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            at_byte: 0,
            at_char: 0,
        }
    }

    /// The character offset of byte offset `b` (an offset before the previous one recounts
    /// from the start).
    pub fn char_at(&mut self, b: usize) -> usize {
        if b >= self.at_byte {
            self.at_char += self
                .text
                .get(self.at_byte..b)
                .map_or(0, |s| s.chars().count());
        } else {
            self.at_char = self.text.get(..b).map_or(0, |s| s.chars().count());
        }
        self.at_byte = b;
        self.at_char
    }
}

/// Matches given in bytes (start, end, term), in text order, converted to characters.
fn to_chars(text: &str, matches: Vec<(usize, usize, String)>) -> Vec<(usize, usize, String)> {
    // Blanking keeps byte offsets: bytes of the blanked text are bytes of `text`.
    let mut counter = CharCounter::new(text);
    matches
        .into_iter()
        .map(|(s, e, k)| (counter.char_at(s), counter.char_at(e), k))
        .collect()
}

/// Where a snippet goes, decided from the matches alone: the best window's first match, the
/// snippet's start before [`cut`] moves it to a word boundary, and the character range
/// `lo..hi` of the text that [`cut`] needs to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SnippetPlan {
    /// Index in the matches of the best window's first match (`None`: no match).
    pub first: Option<usize>,
    /// About a fifth of the width before that match, or the first kept character when there
    /// is no match.
    pub start: usize,
    /// First character of the text needed.
    pub lo: usize,
    /// End (exclusive) of the characters needed.
    pub hi: usize,
}

/// Plans the snippet of `width` characters over matches `cm` (char start, char end, term) in a
/// text of `nchars` characters: the window with the most distinct terms, then the most matches.
pub(crate) fn plan(
    cm: &[(usize, usize, String)],
    nchars: usize,
    removed: &[(usize, usize)],
    width: usize,
) -> SnippetPlan {
    let mut best = (0usize, 0usize, 0usize); // (distinct, count, first index)
    let mut distinct: Vec<&str> = Vec::new();
    for i in 0..cm.len() {
        distinct.clear();
        let mut n = 0;
        for m in cm[i..].iter().take_while(|m| m.1 <= cm[i].0 + width) {
            if !distinct.contains(&m.2.as_str()) {
                distinct.push(m.2.as_str());
            }
            n += 1;
        }
        if (distinct.len(), n) > (best.0, best.1) {
            best = (distinct.len(), n, i);
        }
    }
    let first = (!cm.is_empty()).then_some(best.2);
    let start = window_start(cm, first, nchars, removed, width);
    // `cut` looks at one character before the start, up to 20 after it (moving to a word
    // start), and up to `width` + 1 after that (moving the end back to a space).
    SnippetPlan {
        first,
        start,
        lo: start.saturating_sub(1),
        hi: (start + 21 + width).min(nchars),
    }
}

/// The first character not inside a removed range (0 if there is none).
fn first_kept(nchars: usize, removed: &[(usize, usize)]) -> usize {
    let mut c = 0usize;
    while let Some(&(_, e)) = removed.iter().find(|&&(s, e)| c >= s && c < e) {
        c = e;
    }
    if c < nchars {
        c
    } else {
        0
    }
}

/// The snippet's start before moving to a word boundary.
fn window_start(
    cm: &[(usize, usize, String)],
    first: Option<usize>,
    nchars: usize,
    removed: &[(usize, usize)],
    width: usize,
) -> usize {
    let anchor = first.and_then(|i| cm.get(i)).map(|m| m.0);
    anchor.map_or_else(
        || first_kept(nchars, removed),
        |a| a.saturating_sub(width / 5),
    )
}

/// The snippet of `text` over char matches `cm`: (char start, char end, highlights).
fn cut_text(
    text: &str,
    removed: &[(usize, usize)],
    cm: &[(usize, usize, String)],
    width: usize,
) -> (usize, usize, Vec<Highlight>) {
    let nchars = text.chars().count();
    let p = plan(cm, nchars, removed, width);
    let chars: Vec<char> = text.chars().skip(p.lo).take(p.hi - p.lo).collect();
    cut(&chars, p, nchars, cm, width)
}

/// Cuts the planned snippet: `chars` are the text's characters from `p.lo` (at least up to
/// `p.hi`) in a text of `nchars` characters. The snippet starts at `p.start` moved to word
/// boundaries; returns (char start, char end, highlights inside it).
pub(crate) fn cut(
    chars: &[char],
    p: SnippetPlan,
    nchars: usize,
    cm: &[(usize, usize, String)],
    width: usize,
) -> (usize, usize, Vec<Highlight>) {
    // Characters outside `chars` count as non-space (only reachable with a short `chars`).
    let is_space = |c: usize| {
        c.checked_sub(p.lo)
            .and_then(|i| chars.get(i))
            .is_some_and(|ch| ch.is_whitespace())
    };
    let anchor = p.first.and_then(|i| cm.get(i)).map(|m| m.0);
    let mut start = p.start;
    // Move forward to a word start.
    if start > 0 {
        let mut s = start;
        while s < nchars && s < start + 20 && !is_space(s - 1) {
            s += 1;
        }
        if s < nchars && anchor.is_none_or(|a| s <= a) {
            start = s;
        }
    }
    let mut end = (start + width).min(nchars);
    let mut e = end;
    while e < nchars && e > start + width / 2 && !is_space(e) {
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

/// The snippet's text: characters `start..end` of the text, cut from `window`, the text's
/// characters from `lo` on.
pub(crate) fn snippet_text(window: &str, lo: usize, start: usize, end: usize) -> String {
    let byte = |c: usize| {
        window
            .char_indices()
            .nth(c.saturating_sub(lo))
            .map_or(window.len(), |(b, _)| b)
    };
    let (a, b) = (byte(start), byte(end.max(start)));
    window[a..b].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The original two-pass snippet (analyse the whole text in both modes), kept to check
    /// that [`SnippetMatcher`] picks the same window and highlights.
    fn reference_snippet(
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
        // The original cut: the whole text as characters.
        let chars: Vec<char> = text.chars().collect();
        let nchars = chars.len();
        let first = (!cm.is_empty()).then_some(best.2);
        let p = SnippetPlan {
            first,
            start: window_start(&cm, first, nchars, removed, width),
            lo: 0,
            hi: nchars,
        };
        cut(&chars, p, nchars, &cm, width)
    }

    #[test]
    fn first_kept_skips_removed_ranges() {
        let brute = |n: usize, removed: &[(usize, usize)]| {
            (0..n)
                .find(|&c| !removed.iter().any(|&(s, e)| c >= s && c < e))
                .unwrap_or(0)
        };
        for removed in [
            vec![],
            vec![(0, 5)],
            vec![(3, 8), (0, 3)],
            vec![(0, 4), (2, 9), (9, 10)],
            vec![(0, 20)],
            vec![(5, 2), (0, 1)],
        ] {
            for n in [0, 1, 9, 10, 12] {
                assert_eq!(
                    first_kept(n, &removed),
                    brute(n, &removed),
                    "{n} {removed:?}"
                );
            }
        }
    }

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
        let terms = QueryTerms {
            exact: analyzer::analyze("الإرهاب", Mode::Exact),
            ..Default::default()
        };
        let m = SnippetMatcher::new(&terms, Analyzer::Arabic);
        let (s, e, hl) = m.snippet(text, &[], 40);
        assert!(s < e && e <= text.chars().count());
        assert_eq!(hl.len(), 1);
        let h = &hl[0];
        assert_eq!(khabar_article::slice_chars(text, h.start, h.end), "الإرهاب");
    }

    #[test]
    fn one_pass_snippets_equal_the_two_pass_reference() {
        let texts = [
            "مقدمة طويلة لا علاقة لها بالموضوع. ثم قال الوزير إن الإرهاب خطر على تونس.",
            "أعلنت وزارة الداخلية التونسية اليوم عن إيقاف عناصر إرهابية في ولاية سوسة، وقال وزير \
             الداخلية إن الحكومة ماضية في مكافحة الإرهاب. والإرهابيين في تونس 2017 مدرستهم.\n\
             اترك تعليقاً — شارك المقال على فيسبوك",
            "Tunisia's «النفط» prices: 2017-01-20, وزير الطاقة قال ما هي الأسعار؟ والنفط والغاز",
            "",
        ];
        let queries = [
            "الإرهاب",
            "وزير الداخلية",
            "تونس \"الحكومة ماضية\"",
            "النفط الأسعار",
            "مدرسة",
            "ما هي",
        ];
        for an in [Analyzer::Arabic, Analyzer::Plain, Analyzer::Lucene] {
            for q in queries {
                let terms = query_terms(q, an);
                let m = SnippetMatcher::new(&terms, an);
                for text in texts {
                    let n = text.chars().count();
                    for removed in [vec![], vec![(n.saturating_sub(30), n)], vec![(0, 5)]] {
                        for width in [40, 220] {
                            let got = m.snippet(text, &removed, width);
                            let want = reference_snippet(
                                text,
                                &removed,
                                an,
                                &terms.exact_set(),
                                &terms.loose_set(),
                                width,
                            );
                            let key = |r: &(usize, usize, Vec<Highlight>)| {
                                (
                                    r.0,
                                    r.1,
                                    r.2.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>(),
                                )
                            };
                            assert_eq!(key(&got), key(&want), "{an:?} {q:?} {text:?} {removed:?}");
                        }
                    }
                }
            }
        }
    }
}
