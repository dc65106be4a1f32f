//! Quotation and speaker attribution for Arabic news ("who said what").
//!
//! # Brief overview
//! [`QuoteExtractor::extract`] takes a document's text, its tokens and sentences (from
//! `khabar-text`) and its named entities (from `khabar-ner`) and returns
//! [`khabar_article::Quote`]s:
//!
//! - **direct** quotations in `« »`, `“ ”` or `" "`, including multi-sentence ones and quotes
//!   continued after an attribution in the middle (`«…» وأضاف «…»`);
//! - **indirect** (reported) speech introduced by a reporting cue from the lexicon in
//!   `data/cues.tsv` (`قال`, `أكد`, `وأضاف`, `مشيراً إلى`, …) and a complementizer
//!   (`أنّ`, `إنّ`, `أن`) or a content preposition (`إلى`, `على`, `عن`);
//! - **according to** attributions (`بحسب`, `وفق`, `نقلاً عن`).
//!
//! Speakers are the noun phrase after the cue (`وزير الخارجية الروسي سيرغي لافروف`), linked to
//! the document's entity canonical name; pro-drop continuations (`وأضاف …`, `مشيراً إلى …`)
//! resolve to the subject of the sentence or the current speaker. Unnamed sources
//! (`مصدر عسكري`) are kept as written with no entity.
//!
//! ```
//! use khabar_quotes::QuoteExtractor;
//! let text = "وقال الوزير: «نحن ندعم الحوار بين جميع الأطراف».";
//! let tokens = khabar_text::tokenize(text);
//! let sentences = khabar_text::split_sentences(text);
//! let quotes = QuoteExtractor::new().extract(text, &tokens, &sentences, &[]);
//! assert_eq!(quotes.len(), 1);
//! assert_eq!(quotes[0].text, "نحن ندعم الحوار بين جميع الأطراف");
//! assert_eq!(quotes[0].speaker.as_deref(), Some("الوزير"));
//! ```

#![warn(missing_docs)]

mod cues;
pub mod eval;
mod format;

use khabar_article::{Entity, EntityLabel, Quote, QuoteKind};
use khabar_text::{Span, Token, TokenKind};

pub use cues::{CueKind, CueLexicon};
pub use format::who_said_what;

/// Longest speaker noun phrase, in tokens.
const MAX_SPEAKER_TOKENS: usize = 22;
/// Minimum words in a quotation that has no reporting cue, for it to count as a quote.
const MIN_UNCUED_QUOTE_WORDS: usize = 6;
/// Minimum words in a quotation introduced by a cue.
const MIN_CUED_QUOTE_WORDS: usize = 2;

/// Extracts quotations with their speakers. Cheap to build; holds only the cue lexicon.
#[derive(Debug, Clone)]
pub struct QuoteExtractor {
    cues: CueLexicon,
}

impl Default for QuoteExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// A token with its folded form, as used internally.
#[derive(Debug)]
struct Word<'a> {
    tok: Token<'a>,
    /// `search`-normalized form without a leading conjunction و/ف when that leaves ≥ 3 letters.
    bare: String,
    /// `search`-normalized form.
    fold: String,
    sentence: usize,
}

/// A reporting cue found in the text.
#[derive(Debug, Clone, Copy)]
struct CueHit {
    /// Word index of the cue.
    at: usize,
    kind: CueKind,
}

/// A resolved speaker.
#[derive(Debug, Clone, Default)]
struct Speaker {
    text: Option<String>,
    entity: Option<String>,
}

impl QuoteExtractor {
    /// Builds an extractor with the embedded cue lexicon.
    pub fn new() -> Self {
        QuoteExtractor {
            cues: CueLexicon::embedded(),
        }
    }

    /// Extracts quotations from a document.
    ///
    /// `tokens` and `sentences` must come from `text` (character offsets); `entities` are the
    /// document's named entities (may be empty). Quotes are returned in text order.
    pub fn extract(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        sentences: &[Span],
        entities: &[Entity],
    ) -> Vec<Quote> {
        let words = self.words(tokens, sentences);
        if words.is_empty() {
            return Vec::new();
        }
        let mut doc = Doc::new(text, &words, entities);
        let mut out: Vec<Quote> = Vec::new();
        let mut consumed_until = 0usize; // word index up to which content has been claimed
        let mut i = 0usize;
        while i < words.len() {
            // A quotation that starts here without a preceding cue.
            if let Some((open, close)) = doc.closing_of(i).map(|c| (i, c)) {
                if open >= consumed_until {
                    if let Some((q, end)) = doc.uncued_quote(open, close, &self.cues) {
                        out.push(q);
                        consumed_until = end;
                        i = end;
                        continue;
                    }
                }
            }
            if i < consumed_until {
                i += 1;
                continue;
            }
            if let Some((kind, initial)) = self.cue_at(&words, i) {
                // A verb inside a clause reports speech only after its subject (SVO order:
                // `نزيهة العبيدي أكدت …`).
                let svo = !initial
                    && matches!(kind, CueKind::Verb | CueKind::VerbNeedsComplement)
                    && i > 0
                    && (doc.entity_ending_at(i - 1).is_some() || doc.sentence_subject(i).is_some());
                if !initial && !svo {
                    i += 1;
                    continue;
                }
                let hit = CueHit { at: i, kind };
                if let Some((q, end)) = doc.statement(hit, &self.cues) {
                    out.push(q);
                    consumed_until = end;
                    i = end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        out.sort_by_key(|q| (q.start, q.end));
        out.dedup_by(|a, b| a.start < b.end && b.start < a.end);
        out
    }

    fn words<'a>(&self, tokens: &[Token<'a>], sentences: &[Span]) -> Vec<Word<'a>> {
        let mut s = 0usize;
        tokens
            .iter()
            .map(|t| {
                while s + 1 < sentences.len() && sentences[s].end <= t.start {
                    s += 1;
                }
                let fold = khabar_text::normalize_word(t.text, khabar_text::Profile::Search)
                    .replace('ة', "ه");
                let bare = strip_conjunction(&fold).to_string();
                Word {
                    tok: *t,
                    bare,
                    fold,
                    sentence: s,
                }
            })
            .collect()
    }

    /// Whether word `i` is a reporting cue, and whether it stands where a clause begins.
    fn cue_at(&self, words: &[Word<'_>], i: usize) -> Option<(CueKind, bool)> {
        let w = &words[i];
        if w.tok.kind != TokenKind::Arabic {
            return None;
        }
        let kind = self
            .cues
            .lookup(&w.fold)
            .or_else(|| self.cues.lookup(&w.bare))?;
        let prev = i.checked_sub(1).map(|p| &words[p]);
        let sentence_start = prev.is_none_or(|p| p.sentence != w.sentence);
        let after_punct = prev.is_some_and(|p| p.tok.kind == TokenKind::Punct);
        let after_particle = prev.is_some_and(|p| {
            matches!(
                p.fold.as_str(),
                "و" | "ف"
                    | "كما"
                    | "حيث"
                    | "ثم"
                    | "وقد"
                    | "قد"
                    | "فقد"
                    | "بل"
                    | "وكان"
                    | "كان"
                    | "فيما"
                    | "بينما"
                    | "جهته"
                    | "جهتها"
                    | "جانبه"
                    | "جانبها"
                    | "جهتهم"
                    | "جانبهم"
            )
        });
        match kind {
            CueKind::Verb | CueKind::VerbNeedsComplement => {
                // A finite verb opens a clause: at a sentence start, after punctuation, after a
                // particle, or carrying the conjunction itself (وقال).
                let has_conj = w.bare != w.fold;
                Some((
                    kind,
                    sentence_start || after_punct || after_particle || has_conj,
                ))
            }
            CueKind::Participle => {
                let has_conj = w.bare != w.fold;
                (after_punct || has_conj || sentence_start).then_some((kind, true))
            }
            CueKind::According => {
                // `بحسب تعبيره` / `حسب قوله` close a reported clause; they are not sources.
                let next = words.get(i + 1).map(|n| n.fold.as_str()).unwrap_or("");
                if is_self_reference(next) {
                    return None;
                }
                if w.bare == "نقلا" && next != "عن" {
                    return None;
                }
                Some((kind, true))
            }
        }
    }
}

/// Pronoun-suffixed nouns that make `بحسب X` refer back to the current speaker.
fn is_self_reference(word: &str) -> bool {
    matches!(
        word,
        "تعبيره"
            | "تاكيده"
            | "رايه"
            | "رايها"
            | "حديثه"
            | "حديثها"
            | "كلامه"
            | "تصريحاته"
            | "تاكيدها"
            | "تعبيرها"
            | "تعبيرهم"
            | "قوله"
            | "قولها"
            | "قولهم"
            | "تصريحه"
            | "تصريحها"
            | "وصفه"
            | "وصفها"
    )
}

/// Strips a leading conjunction و/ف when at least three letters remain.
fn strip_conjunction(fold: &str) -> &str {
    for c in ['و', 'ف'] {
        if let Some(rest) = fold.strip_prefix(c) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    fold
}

fn is_open_mark(s: &str) -> bool {
    matches!(s, "«" | "“" | "\"" | "„")
}

fn closing_for(open: &str) -> &'static [&'static str] {
    match open {
        "«" => &["»"],
        "“" | "„" => &["”", "“"],
        _ => &["\""],
    }
}

/// Pairs quotation marks: `«…»` (nesting-aware), `“…”`, and straight `"…"`. A straight pair
/// never spans a paragraph break. Returns `(open, close)` word indices in text order.
fn pair_quote_marks(words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let t = words[i].tok.text;
        if words[i].tok.kind == TokenKind::Punct && is_open_mark(t) {
            let closes = closing_for(t);
            let mut depth = 0usize;
            let mut found = None;
            for (j, w) in words.iter().enumerate().skip(i + 1) {
                if j - i > 2000 {
                    break;
                }
                let wt = w.tok.text;
                if t == "«" && wt == "«" {
                    depth += 1;
                } else if closes.contains(&wt) {
                    if depth == 0 {
                        found = Some(j);
                        break;
                    }
                    depth -= 1;
                }
                // Straight quotes do not cross paragraphs.
                if t == "\"" && j > i + 1 && crosses_paragraph(&words[j - 1], w) {
                    break;
                }
            }
            if let Some(j) = found {
                out.push((i, j));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn crosses_paragraph(a: &Word<'_>, b: &Word<'_>) -> bool {
    a.sentence != b.sentence && b.tok.start > a.tok.end
}

struct Doc<'d, 'a> {
    text: &'d str,
    words: &'d [Word<'a>],
    /// Entities sorted by start offset.
    entities: Vec<&'d Entity>,
    /// For each word, the index of its matching closing quote mark if it opens a quotation.
    close: Vec<Option<usize>>,
    /// For each sentence index, its word range.
    sent_range: Vec<(usize, usize)>,
    /// Byte offset of each character of `text`.
    char_byte: Vec<usize>,
    /// Named speakers so far, in order (for linking later descriptions).
    history: Vec<Speaker>,
    current: Speaker,
}

impl<'d, 'a> Doc<'d, 'a> {
    /// The text between two char offsets.
    fn slice(&self, start: usize, end: usize) -> String {
        self.str_at(start, end).to_string()
    }

    /// The text between two char offsets, in O(1) through the char→byte table.
    fn str_at(&self, start: usize, end: usize) -> &'d str {
        let b = |c: usize| self.char_byte.get(c).copied().unwrap_or(self.text.len());
        &self.text[b(start)..b(end.max(start))]
    }

    /// `(start, end)` trimmed of surrounding whitespace.
    fn trim(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.str_at(start, end);
        let lead = s.chars().take_while(|c| c.is_whitespace()).count();
        let trail = s.chars().rev().take_while(|c| c.is_whitespace()).count();
        let len = end.saturating_sub(start);
        if lead >= len {
            return (start, start);
        }
        (start + lead, end - trail)
    }

    fn new(text: &'d str, words: &'d [Word<'a>], entities: &'d [Entity]) -> Self {
        let mut close = vec![None; words.len()];
        for (open, c) in pair_quote_marks(words) {
            close[open] = Some(c);
        }
        let n_sent = words.last().map_or(0, |w| w.sentence + 1);
        let mut sent_range = vec![(0usize, 0usize); n_sent];
        for (i, w) in words.iter().enumerate().rev() {
            sent_range[w.sentence].0 = i;
        }
        for (i, w) in words.iter().enumerate() {
            sent_range[w.sentence].1 = i + 1;
        }
        let mut entities: Vec<&Entity> = entities.iter().collect();
        entities.sort_by_key(|e| (e.start, e.end));
        let char_byte = text.char_indices().map(|(b, _)| b).collect();
        Doc {
            text,
            words,
            entities,
            close,
            sent_range,
            char_byte,
            history: Vec::new(),
            current: Speaker::default(),
        }
    }

    fn closing_of(&self, open: usize) -> Option<usize> {
        self.close.get(open).copied().flatten()
    }

    /// First word of the sentence of word `k`.
    fn sent_start(&self, k: usize) -> usize {
        self.sent_range[self.words[k].sentence].0
    }

    /// One past the last word of the sentence of word `k`.
    fn sent_end(&self, k: usize) -> usize {
        self.sent_range[self.words[k].sentence].1
    }

    /// Entities lying inside the character range `[s, e)`.
    fn ents_in(&self, s: usize, e: usize) -> impl Iterator<Item = &'d Entity> + '_ {
        let first = self.entities.partition_point(|en| en.start < s);
        self.entities[first..]
            .iter()
            .copied()
            .take_while(move |en| en.start < e)
            .filter(move |en| en.end <= e)
    }

    fn word_count(&self, from: usize, to: usize) -> usize {
        self.words[from..to]
            .iter()
            .filter(|w| w.tok.kind != TokenKind::Punct)
            .count()
    }

    /// End (exclusive) of a speaker noun phrase starting at `from`: the first boundary word,
    /// but a short quoted name inside the phrase (`قناة "218" الليبية`) belongs to it.
    fn np_end(&self, from: usize, sent_end: usize, cues: &CueLexicon) -> usize {
        let words = self.words;
        let mut j = from;
        while j < sent_end && j - from < MAX_SPEAKER_TOKENS {
            let w = &words[j];
            if is_open_mark(w.tok.text) {
                if let Some(c) = self.closing_of(j) {
                    if c < sent_end && self.word_count(j + 1, c) <= 3 && j > from {
                        j = c + 1;
                        continue;
                    }
                }
            }
            if is_np_boundary(w, cues) {
                break;
            }
            j += 1;
        }
        j
    }

    /// `نزيهة العبيدي أكدت …`: one to three plain words opening the sentence right before the
    /// verb at `at` are its subject. Returns the subject's first word.
    fn sentence_subject(&self, at: usize) -> Option<usize> {
        let words = self.words;
        let start = self.sent_start(at);
        let n = at.checked_sub(start)?;
        let plain = words[start..at].iter().all(|w| {
            w.tok.kind == TokenKind::Arabic
                && !is_adjunct_word(&w.fold)
                && !matches!(
                    w.fold.as_str(),
                    "و" | "ف" | "كما" | "ثم" | "قد" | "وقد" | "لقد"
                )
        });
        ((1..=3).contains(&n) && plain).then_some(start)
    }

    /// Whether a PERS/ORG entity ends exactly at the end of word `k`; returns its start word.
    fn entity_ending_at(&self, k: usize) -> Option<usize> {
        let w = &self.words[k];
        let en = self
            .ents_in(w.tok.end.saturating_sub(200), w.tok.end)
            .find(|e| {
                matches!(e.label, EntityLabel::Pers | EntityLabel::Org) && e.end == w.tok.end
            })?;
        (0..=k).rev().find(|&i| self.words[i].tok.start <= en.start)
    }

    /// A statement introduced by the cue at `hit`. Returns the quote and the word index after it.
    fn statement(&mut self, hit: CueHit, cues: &CueLexicon) -> Option<(Quote, usize)> {
        let words = self.words;
        let sent = words[hit.at].sentence;
        let sent_end = self.sent_end(hit.at);
        if hit.kind == CueKind::According {
            return self.according(hit, sent_end, cues);
        }
        // 1. The speaker noun phrase right after a finite verb (participles have none).
        let np_start = hit.at + 1;
        let mut np_end = if hit.kind == CueKind::Participle {
            np_start
        } else {
            self.np_end(np_start, sent_end, cues)
        };
        if np_end > np_start && (np_end >= sent_end || !is_np_boundary(&words[np_end], cues)) {
            // A long boundary-less run (أكد … بوغدانوف ضرورة …): the phrase ends after the last
            // person/organisation entity, and the object that follows is the content.
            np_end = self.last_entity_end(np_start, np_end)?;
        } else if np_end > np_start {
            // `أكد … بوغدانوف ضرورة دعم … إلى`: words after the last name that do not open an
            // apposition (`كمال عيسى كاتب عام …`) are the object, not the speaker.
            if let Some(e) = self.last_entity_end(np_start, np_end) {
                if e + 3 <= np_end && !is_title_word(&words[e].fold) {
                    np_end = e;
                }
            }
        }
        // 2. Find where the content starts, skipping adjuncts (`، خلال مؤتمر صحافي …،`,
        //    `في تصريح لـ"…"`, `اليوم`) and short quoted names.
        let mut k = np_end;
        let mut opener = Opener::None;
        let mut content_start = None;
        let mut saw_adjunct = false;
        let scan_limit = (np_end + 30).min(sent_end);
        while k < scan_limit {
            let w = &words[k];
            if is_complementizer(&w.fold) {
                opener = Opener::Complementizer;
                content_start = Some(k + 1);
                break;
            }
            if w.tok.text == ":" {
                opener = Opener::Colon;
                content_start = Some(k + 1);
                break;
            }
            if is_open_mark(w.tok.text) {
                if let Some(c) = self.closing_of(k) {
                    let at_end = words.get(c + 1).is_none_or(|n| {
                        n.sentence != sent || (is_terminal(n.tok.text) && n.tok.text != ":")
                    });
                    if self.word_count(k + 1, c) >= 4 || at_end {
                        content_start = Some(k);
                        break;
                    }
                    k = c + 1;
                    continue;
                }
            }
            if matches!(w.fold.as_str(), "الي" | "علي" | "عن")
                && (k == np_end || k == hit.at + 1 || prev_is_comma(words, k))
            {
                // A content preposition right after the cue or the speaker: دعا إلى، أشار إلى أنّ.
                if words.get(k + 1).is_some_and(|n| is_complementizer(&n.fold)) {
                    opener = Opener::Complementizer;
                    content_start = Some(k + 2);
                } else if words.get(k + 2).is_some_and(|n| is_complementizer(&n.fold))
                    && words
                        .get(k + 1)
                        .is_some_and(|n| n.fold.ends_with('ه') || n.fold.ends_with("ها"))
                {
                    // `معرباً عن أمله أن …`: the noun belongs to the cue.
                    opener = Opener::Complementizer;
                    content_start = Some(k + 3);
                } else {
                    opener = Opener::Preposition;
                    content_start = Some(k + 1);
                }
                break;
            }
            if w.tok.kind == TokenKind::Arabic && !is_adjunct_word(&w.fold) {
                if k == np_end && np_end > np_start {
                    // The object right after the speaker (أكد … شكري ضرورة …).
                    content_start = Some(k);
                    break;
                }
                if saw_adjunct
                    && prev_is_comma(words, k)
                    && hit.kind == CueKind::Verb
                    && cues.lookup(&w.fold).is_none()
                {
                    // `أكّد X في تصريح لمراسلنا، رفضهم …`: the object follows the adjunct.
                    content_start = Some(k);
                    break;
                }
            }
            if is_adjunct_word(&w.fold) {
                saw_adjunct = true;
            }
            k += 1;
        }
        let mut content_start = content_start?;
        if hit.kind == CueKind::VerbNeedsComplement && opener == Opener::None {
            let opens_quote = words
                .get(content_start)
                .is_some_and(|w| is_open_mark(w.tok.text));
            if !opens_quote && opener != Opener::Colon {
                return None;
            }
        }
        if hit.kind == CueKind::VerbNeedsComplement && opener == Opener::Preposition {
            return None;
        }
        while content_start < sent_end
            && words[content_start].tok.kind == TokenKind::Punct
            && !is_open_mark(words[content_start].tok.text)
        {
            content_start += 1;
        }
        if content_start >= sent_end {
            return None;
        }
        // 3. Direct quotation right at the content start, else a reported clause.
        let first = &words[content_start];
        let (kind, text_start, text_end, after) = if is_open_mark(first.tok.text) {
            let close = self.closing_of(content_start)?;
            let after_close = words.get(close + 1);
            let closes_clause = after_close.is_none_or(|n| {
                n.sentence != sent
                    || n.tok.kind == TokenKind::Punct
                    || is_self_reference_cue(words, close + 1)
            });
            if self.word_count(content_start + 1, close) < MIN_CUED_QUOTE_WORDS {
                return None;
            }
            if closes_clause {
                (
                    QuoteKind::Direct,
                    words[content_start].tok.end,
                    words[close].tok.start,
                    close + 1,
                )
            } else {
                // «…» continues with more reported words: one indirect clause.
                let end = self.clause_end(content_start, sent_end, cues);
                (
                    QuoteKind::Indirect,
                    first.tok.start,
                    words[end - 1].tok.end,
                    end,
                )
            }
        } else {
            let end = self.clause_end(content_start, sent_end, cues);
            if end <= content_start || self.word_count(content_start, end) < 2 {
                return None;
            }
            (
                QuoteKind::Indirect,
                first.tok.start,
                words[end - 1].tok.end,
                end,
            )
        };
        // 4. The speaker.
        let speaker = if np_end > np_start {
            // `القيادي السابق في حركة نداء تونس، لزهر العكرمي إنه …`: a name after a comma right
            // before the content belongs to the speaker phrase.
            let mut sp_end = np_end;
            let before_content =
                content_start.saturating_sub(if opener == Opener::None { 0 } else { 1 });
            if before_content > np_end {
                let named = before_content
                    .checked_sub(1)
                    .and_then(|e| self.entity_ending_at(e))
                    .is_some_and(|es| es > np_end && prev_is_comma(words, es));
                // Without a recognised name: one to four plain words between a comma and the
                // complementizer or colon.
                let plain_name = opener != Opener::None
                    && opener != Opener::Preposition
                    && (1..=4).any(|n| {
                        before_content > n
                            && before_content - n > np_end
                            && prev_is_comma(words, before_content - n)
                            && words[before_content - n..before_content].iter().all(|w| {
                                w.tok.kind == TokenKind::Arabic
                                    && !is_adjunct_word(&w.fold)
                                    && !matches!(w.fold.as_str(), "الي" | "علي" | "عن")
                            })
                    })
                    && self.last_entity_end(np_start, np_end).is_none()
                    && is_title_word(&words[np_start].fold);
                if named || plain_name {
                    sp_end = before_content;
                }
            }
            let s = self.speaker_from(np_start, sp_end);
            self.set_current(&s);
            s
        } else if let Some(es) = hit
            .at
            .checked_sub(1)
            .and_then(|e| self.entity_ending_at(e))
            .or_else(|| self.sentence_subject(hit.at))
        {
            // Subject before the verb: `نزيهة العبيدي أكدت …`.
            let s = self.speaker_from(es, hit.at);
            self.set_current(&s);
            s
        } else {
            self.pro_drop(hit.at)
        };
        let cue_end = if hit.kind == CueKind::Participle
            && opener != Opener::None
            && content_start > np_start
        {
            content_start - 1
        } else {
            hit.at
        };
        let cue = self.slice(words[hit.at].tok.start, words[cue_end.max(hit.at)].tok.end);
        let (ts, te) = self.trim(text_start, text_end);
        if te <= ts {
            return None;
        }
        Some((
            Quote {
                speaker: speaker.text,
                speaker_entity: speaker.entity,
                cue: Some(cue),
                kind,
                text: self.slice(ts, te),
                start: ts,
                end: te,
            },
            after,
        ))
    }

    /// `X، بحسب Y` / `وبحسب Y فإن X`: the content is the sentence's claim, the source follows
    /// the cue.
    fn according(
        &mut self,
        hit: CueHit,
        sent_end: usize,
        cues: &CueLexicon,
    ) -> Option<(Quote, usize)> {
        let words = self.words;
        let sent_start = self.sent_start(hit.at);
        let mut src_start = hit.at + 1;
        if words[hit.at].bare == "نقلا" || words.get(src_start).is_some_and(|w| w.fold == "ل")
        {
            src_start += 1;
        }
        // `وفق ما أكده X`, `بحسب ما صرح به X`.
        let reported_by_verb = words.get(src_start).is_some_and(|w| w.fold == "ما");
        if reported_by_verb {
            src_start += 2;
            while words
                .get(src_start)
                .is_some_and(|w| matches!(w.fold.as_str(), "به" | "بها" | "له"))
            {
                src_start += 1;
            }
        }
        if src_start >= sent_end {
            return None;
        }
        // A source phrase may hold prepositions (`العضو في المركز الإعلامي`): only punctuation,
        // a complementizer or another cue ends it.
        let mut j = src_start;
        while j < sent_end && j - src_start < MAX_SPEAKER_TOKENS {
            let w = &words[j];
            if is_open_mark(w.tok.text) {
                if let Some(c) = self.closing_of(j) {
                    if c < sent_end && self.word_count(j + 1, c) <= 3 {
                        j = c + 1;
                        continue;
                    }
                }
            }
            if w.tok.kind == TokenKind::Punct
                || is_complementizer(&w.fold)
                || matches!(w.fold.as_str(), "فان" | "فانه" | "فانها")
                || cues.lookup(&w.fold).is_some()
            {
                break;
            }
            j += 1;
        }
        if j == src_start {
            return None;
        }
        // `الناطق الرسمي لنقابة …، منتصر بربيرو`: a name after a comma belongs to the source.
        if j + 1 < sent_end && prev_is_comma(words, j + 1) {
            if let Some(en) = self
                .ents_in(words[j + 1].tok.start, words[j + 1].tok.start + 200)
                .find(|en| en.label == EntityLabel::Pers && en.start == words[j + 1].tok.start)
            {
                let end = en.end;
                j += 1;
                while j < sent_end && words[j].tok.start < end {
                    j += 1;
                }
            }
        }
        // The source must be one: a named entity, a reporting verb phrase (`ما أكده …`), or a
        // source noun (`مصدر`, `وكالة`, `بيان`, a title) — not `وفق البرنامج التالي`.
        let src_ok = reported_by_verb
            || self.last_entity_end(src_start, j).is_some()
            || words[src_start..j]
                .iter()
                .any(|w| is_source_noun(&w.fold) || is_title_word(&w.fold));
        if !src_ok {
            return None;
        }
        let mut cs = sent_start;
        while cs < hit.at && words[cs].tok.kind == TokenKind::Punct {
            cs += 1;
        }
        let before = self.word_count(cs, hit.at);
        let (cs, ce) = if before >= 3 {
            // The claim precedes the attribution.
            (cs, hit.at)
        } else if before >= 1 {
            // `واستطاع العلماء حسب دراسة …، تطوير …`: the attribution interrupts the claim.
            (cs, sent_end)
        } else {
            // `وبحسب قناة "218" فإن …`: the claim follows the source.
            let mut c = j;
            while c < sent_end
                && (words[c].tok.kind == TokenKind::Punct
                    || matches!(words[c].fold.as_str(), "فان" | "ان" | "فانه" | "فانها"))
            {
                c += 1;
            }
            (c, sent_end)
        };
        let mut ce = ce;
        while ce > cs
            && words[ce - 1].tok.kind == TokenKind::Punct
            && is_terminal(words[ce - 1].tok.text)
        {
            ce -= 1;
        }
        if ce <= cs || self.word_count(cs, ce) < 3 {
            return None;
        }
        let speaker = self.speaker_from(src_start, j);
        self.set_current(&speaker);
        let (ts, te) = self.trim(words[cs].tok.start, words[ce - 1].tok.end);
        Some((
            Quote {
                speaker: speaker.text,
                speaker_entity: speaker.entity,
                cue: Some(self.slice(words[hit.at].tok.start, words[hit.at].tok.end)),
                kind: QuoteKind::AccordingTo,
                text: self.slice(ts, te),
                start: ts,
                end: te,
            },
            sent_end.max(j),
        ))
    }

    /// Where a reported clause starting at `from` ends: the sentence end, or before a new cue
    /// (`، مشيراً`), an attribution closer (`بحسب تعبيره`), or a quotation that continues it.
    fn clause_end(&self, from: usize, sent_end: usize, cues: &CueLexicon) -> usize {
        let words = self.words;
        let mut end = sent_end;
        let mut k = from;
        while k < sent_end {
            let w = &words[k];
            if is_open_mark(w.tok.text) {
                if let Some(c) = self.closing_of(k) {
                    k = c + 1;
                    continue;
                }
            }
            if k > from && w.tok.kind == TokenKind::Arabic {
                let prev_comma = prev_is_comma(words, k);
                let is_participle = cues.lookup(&w.fold) == Some(CueKind::Participle)
                    || cues.lookup(&w.bare) == Some(CueKind::Participle);
                let self_ref = is_self_reference_cue(words, k);
                if (prev_comma && is_participle) || self_ref {
                    end = k;
                    break;
                }
                // `…، كما أكد X أنه …` / `…، فيما أفادت …`: a new statement begins.
                let finite = |w: &Word<'_>| {
                    matches!(
                        cues.lookup(&w.fold).or_else(|| cues.lookup(&w.bare)),
                        Some(CueKind::Verb) | Some(CueKind::VerbNeedsComplement)
                    )
                };
                if prev_comma
                    && matches!(w.fold.as_str(), "كما" | "فيما" | "بينما" | "حيث")
                    && words.get(k + 1).is_some_and(finite)
                {
                    end = k;
                    break;
                }
                if prev_comma && finite(w) && w.bare != w.fold {
                    end = k;
                    break;
                }
            }
            k += 1;
        }
        while end > from
            && words[end - 1].tok.kind == TokenKind::Punct
            && is_terminal(words[end - 1].tok.text)
        {
            end -= 1;
        }
        end
    }

    /// End (word index, exclusive) of the last PERS/ORG entity that lies inside `[from, to)`.
    fn last_entity_end(&self, from: usize, to: usize) -> Option<usize> {
        let (s, e) = (self.words[from].tok.start, self.words[to - 1].tok.end);
        let ent = self
            .ents_in(s, e)
            .filter(|en| matches!(en.label, EntityLabel::Pers | EntityLabel::Org))
            .max_by_key(|en| en.end)?;
        self.words[from..to]
            .iter()
            .position(|w| w.tok.start >= ent.end)
            .map(|p| from + p)
            .or(Some(to))
    }

    /// The speaker phrase `[from, to)` with its linked entity.
    fn speaker_from(&self, from: usize, to: usize) -> Speaker {
        let mut to = to;
        while to > from && self.words[to - 1].tok.kind == TokenKind::Punct {
            to -= 1;
        }
        if to == from {
            return Speaker::default();
        }
        let (s, e) = (self.words[from].tok.start, self.words[to - 1].tok.end);
        let entity = self
            .ents_in(s, e)
            .filter(|en| matches!(en.label, EntityLabel::Pers | EntityLabel::Org))
            .max_by_key(|en| (en.label == EntityLabel::Pers, en.end))
            .map(|en| en.canonical.clone())
            .or_else(|| self.resolve_description(from, to));
        Speaker {
            text: Some(self.slice(s, e)),
            entity,
        }
    }

    /// Makes `sp` the current speaker and remembers it.
    fn set_current(&mut self, sp: &Speaker) {
        self.current = sp.clone();
        if sp.text.is_some() {
            self.history.push(sp.clone());
        }
    }

    /// Links an unnamed description to an earlier named speaker: anaphoric phrases
    /// (`المصدر نفسه`, `ذات المصدر`, `المسؤول ذاته`) to the current speaker, and a title
    /// (`الوزير`, `وزير التربية`) to the latest named speaker whose phrase holds that title.
    fn resolve_description(&self, from: usize, to: usize) -> Option<String> {
        let words = &self.words[from..to];
        let anaphoric = words
            .iter()
            .any(|w| matches!(w.fold.as_str(), "نفسه" | "ذاته" | "نفسها" | "ذاتها" | "ذات"));
        if anaphoric {
            return self
                .current
                .entity
                .clone()
                .or_else(|| self.current.text.clone());
        }
        let head = words.first()?.fold.as_str();
        if !is_title_word(head) {
            return None;
        }
        let head = head.strip_prefix("ال").unwrap_or(head);
        // Without a recognised entity, the earlier, longer phrase (`وزير التربية ناجي جلول`) is
        // the best name there is.
        self.history.iter().rev().find_map(|sp| {
            let text = sp.text.as_deref()?;
            let phrase = khabar_text::normalize_word(text, khabar_text::Profile::Search);
            let holds_title = phrase
                .split_whitespace()
                .any(|w| w.strip_prefix("ال").unwrap_or(w) == head);
            let longer = phrase.split_whitespace().count() > to - from;
            (holds_title && (sp.entity.is_some() || longer))
                .then(|| sp.entity.clone().unwrap_or_else(|| text.to_string()))
        })
    }

    /// A dropped subject: the last person named earlier in the same sentence, else the current
    /// speaker.
    fn pro_drop(&self, at: usize) -> Speaker {
        let sent_start = self.sent_start(at);
        let (s, e) = (self.words[sent_start].tok.start, self.words[at].tok.start);
        if let Some(en) = self
            .ents_in(s, e)
            .filter(|en| en.label == EntityLabel::Pers)
            .max_by_key(|en| en.end)
        {
            // Prefer the current speaker's phrase when it is the same person.
            if self.current.entity.as_deref() == Some(en.canonical.as_str()) {
                return self.current.clone();
            }
            return Speaker {
                text: Some(en.text.clone()),
                entity: Some(en.canonical.clone()),
            };
        }
        self.current.clone()
    }

    /// A quotation with no cue before it: attributed by a cue right after it (`«…»، قال X`),
    /// or to the current speaker when it continues their statement, or kept unattributed when
    /// long enough to be speech.
    fn uncued_quote(
        &mut self,
        open: usize,
        close: usize,
        cues: &CueLexicon,
    ) -> Option<(Quote, usize)> {
        let words = self.words;
        let n_words = self.word_count(open + 1, close);
        if n_words < MIN_CUED_QUOTE_WORDS {
            return None;
        }
        let (ts, te) = self.trim(words[open].tok.end, words[close].tok.start);
        // Cue after the quote: «…»، قال لافروف / «…» بحسب X.
        let mut k = close + 1;
        while k < words.len()
            && words[k].tok.kind == TokenKind::Punct
            && !is_open_mark(words[k].tok.text)
        {
            k += 1;
        }
        if k < words.len() && words[k].sentence == words[close].sentence
            || k < words.len() && k == close + 1
        {
            let kind = cues
                .lookup(&words[k].fold)
                .or_else(|| cues.lookup(&words[k].bare));
            if matches!(
                kind,
                Some(CueKind::Verb) | Some(CueKind::VerbNeedsComplement) | Some(CueKind::According)
            ) {
                let sent_end = self.sent_end(k);
                let mut j = k + 1;
                while j < sent_end
                    && j - (k + 1) < MAX_SPEAKER_TOKENS
                    && !is_np_boundary(&words[j], cues)
                {
                    j += 1;
                }
                let speaker = if j > k + 1 {
                    self.speaker_from(k + 1, j)
                } else {
                    self.current.clone()
                };
                if speaker.text.is_some() {
                    self.set_current(&speaker);
                }
                let kind = if kind == Some(CueKind::According) {
                    QuoteKind::AccordingTo
                } else {
                    QuoteKind::Direct
                };
                let cue = Some(words[k].tok.text.to_string());
                return Some((self.quote(speaker, cue, kind, ts, te), j));
            }
        }
        if n_words < MIN_UNCUED_QUOTE_WORDS {
            return None;
        }
        // A headline-style `X: «…»`.
        if open >= 2 && words[open - 1].tok.text == ":" {
            let sent = words[open].sentence;
            let mut s = open - 1;
            while s > 0
                && words[s - 1].sentence == sent
                && words[s - 1].tok.kind != TokenKind::Punct
            {
                s -= 1;
            }
            if s < open - 1 && open - 1 - s <= 6 {
                let sp = self.speaker_from(s, open - 1);
                if sp.entity.is_some() {
                    self.set_current(&sp);
                    return Some((self.quote(sp, None, QuoteKind::Direct, ts, te), close + 1));
                }
            }
        }
        // Continuation of the current speaker: the quote opens its sentence.
        let opens_sentence = open == 0 || words[open - 1].sentence != words[open].sentence;
        let speaker = if opens_sentence {
            self.current.clone()
        } else {
            Speaker::default()
        };
        Some((
            self.quote(speaker, None, QuoteKind::Direct, ts, te),
            close + 1,
        ))
    }

    fn quote(
        &self,
        speaker: Speaker,
        cue: Option<String>,
        kind: QuoteKind,
        start: usize,
        end: usize,
    ) -> Quote {
        Quote {
            speaker: speaker.text,
            speaker_entity: speaker.entity,
            cue,
            kind,
            text: self.slice(start, end),
            start,
            end,
        }
    }
}

fn prev_is_comma(words: &[Word<'_>], k: usize) -> bool {
    k > 0 && matches!(words[k - 1].tok.text, "،" | ",")
}

/// Punctuation that may end a clause and is not part of the content.
fn is_terminal(s: &str) -> bool {
    matches!(
        s,
        "." | "،" | "," | "؛" | ";" | ":" | "!" | "?" | "؟" | "…" | ".."
    )
}

/// How the content of a statement was introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// Directly (object after the speaker, or a quote).
    None,
    /// A complementizer: أنّ، إنّ، بأن.
    Complementizer,
    /// A colon.
    Colon,
    /// A content preposition: إلى، على، عن.
    Preposition,
}

/// Whether words at `k` are an attribution closer (`بحسب تعبيره`, `على حد تعبيره`).
fn is_self_reference_cue(words: &[Word<'_>], k: usize) -> bool {
    let Some(w) = words.get(k) else {
        return false;
    };
    matches!(w.bare.as_str(), "بحسب" | "حسب" | "وفق" | "علي")
        && words
            .get(k + 1)
            .is_some_and(|n| is_self_reference(&n.fold) || n.fold == "حد")
}

/// Complementizers that open a reported clause.
fn is_complementizer(fold: &str) -> bool {
    matches!(
        fold,
        "ان" | "بان" | "انه" | "انها" | "انهم" | "بانه" | "بانها"
    )
}

/// Words that end a speaker noun phrase.
fn is_np_boundary(w: &Word<'_>, cues: &CueLexicon) -> bool {
    if w.tok.kind == TokenKind::Punct {
        return true;
    }
    if is_complementizer(&w.fold) {
        return true;
    }
    if is_adjunct_word(&w.fold) {
        return true;
    }
    if matches!(w.fold.as_str(), "الي" | "علي" | "عن") {
        return true;
    }
    cues.lookup(&w.fold).is_some() && w.fold != "بين"
}

/// Nouns naming a source of information (`مصدر`, `وكالة`, `بيان`, `دراسة`).
fn is_source_noun(fold: &str) -> bool {
    let w = fold.strip_prefix("ال").unwrap_or(fold);
    let w = w
        .strip_prefix('ل')
        .filter(|r| r.starts_with("ال"))
        .map_or(w, |r| &r[4..]);
    matches!(
        w,
        "مصدر"
            | "مصادر"
            | "وكاله"
            | "وكالات"
            | "بيان"
            | "بلاغ"
            | "تقرير"
            | "تقارير"
            | "دراسه"
            | "صحيفه"
            | "قناه"
            | "موقع"
            | "وسائل"
            | "اذاعه"
            | "مراسل"
            | "مراسله"
            | "شهود"
            | "معطيات"
            | "احصائيات"
            | "ارقام"
            | "وزاره"
            | "مصالح"
            | "اداره"
            | "مكتب"
            | "منظمه"
            | "هيئه"
            | "نقابه"
            | "جمعيه"
            | "مسؤول"
            | "مسؤولين"
            | "مسوول"
            | "الوزاره"
    )
}

/// Nouns that open an apposition describing a person (`كمال عيسى كاتب عام النقابة`).
fn is_title_word(fold: &str) -> bool {
    let w = fold.strip_prefix("ال").unwrap_or(fold);
    matches!(
        w,
        "كاتب"
            | "رئيس"
            | "رئيسه"
            | "وزير"
            | "وزيره"
            | "مدير"
            | "مديره"
            | "خبير"
            | "خبيره"
            | "عضو"
            | "مدرب"
            | "متحدث"
            | "ناطق"
            | "نائب"
            | "نائبه"
            | "ممثل"
            | "ممثله"
            | "مستشار"
            | "مستشاره"
            | "ضيف"
            | "ضيفه"
            | "امين"
            | "امينه"
            | "مندوب"
            | "مندوبه"
            | "قائد"
            | "سفير"
            | "سفيره"
            | "استاذ"
            | "استاذه"
            | "مسؤول"
            | "مسوول"
            | "مسؤوله"
            | "قيادي"
            | "قياديه"
            | "والي"
            | "معتمد"
            | "محافظ"
            | "نقيب"
            | "منسق"
            | "منسقه"
            | "مبعوث"
            | "مؤسس"
            | "موسس"
            | "مساعد"
            | "كاتبه"
            | "لاعب"
            | "مدافع"
            | "حارس"
            | "مهاجم"
            | "اعلامي"
            | "اعلاميه"
            | "محامي"
            | "محاميه"
            | "طبيب"
            | "طبيبه"
            | "باحث"
            | "باحثه"
            | "مختص"
            | "مختصه"
            | "وكيل"
            | "عميد"
            | "مراسل"
            | "مراسله"
            | "صحفي"
            | "صحفيه"
    )
}

/// Adjunct openers that cannot belong to a speaker phrase (time, circumstance).
fn is_adjunct_word(fold: &str) -> bool {
    matches!(
        fold,
        "في" | "خلال"
            | "لدي"
            | "اثناء"
            | "امس"
            | "اليوم"
            | "مساء"
            | "صباح"
            | "يوم"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "الاحد"
            | "لوكاله"
            | "لمراسل"
            | "لصحيفه"
            | "لقناه"
            | "لاذاعه"
            | "عقب"
            | "بعد"
            | "قبل"
            | "ضمن"
            | "مع"
            | "امام"
            | "لـ"
            | "ل"
            | "عبر"
            | "خلالها"
            | "بمناسبه"
            | "هامش"
    )
}

#[cfg(test)]
mod tests;
