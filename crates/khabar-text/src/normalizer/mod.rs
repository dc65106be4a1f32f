//! Normalization profiles: named lists of small character stages with offset alignment.
//!
//! Each stage is a [`CharStage`]: it looks at one character (and, when it must, at the original
//! characters on either side) and keeps, drops or replaces it. A profile is a static list of
//! stages applied in order; every output character remembers which original character it came
//! from, so spans found in normalized text map back to the original ([`Normalized::map`]).
//!
//! | profile | stages |
//! |---|---|
//! | `display` | [`PresentationForms`], [`InvisibleChars`], [`PersianLetters`] |
//! | `ner` | `display` + [`Tatweel`] |
//! | `search` | `ner` + [`Diacritics`], [`AlefFolding`], [`AlefMaqsuraFolding`], [`DigitsToAscii`], [`NumberPunctuation`], [`LatinLowercase`], [`TaMarbutaFolding`] |
//!
//! Speed: for each profile the composition of its stages is precomputed into a table for the
//! first 2,048 code points, so ASCII and Arabic text costs one table lookup per character and
//! unchanged runs are copied in bulk. [`Normalizer::normalize_cow`] borrows when nothing changes.

mod alef;
mod diacritics;
mod digits;
mod invisible;
mod latin;
mod persian;
mod presentation;
mod ta_marbuta;
mod tatweel;

use std::borrow::Cow;
use std::sync::LazyLock;

pub use alef::{AlefFolding, AlefMaqsuraFolding};
pub use diacritics::Diacritics;
pub use digits::{DigitsToAscii, NumberPunctuation};
pub use invisible::InvisibleChars;
pub use latin::LatinLowercase;
pub use persian::PersianLetters;
pub use presentation::{fold_presentation_form, PresentationForms};
pub use ta_marbuta::TaMarbutaFolding;
pub use tatweel::Tatweel;

use crate::chars::{is_arabic_mark, is_invisible};
use crate::{Normalized, Profile};

/// What a stage does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Keep the character unchanged.
    Keep,
    /// Remove the character.
    Drop,
    /// Replace it with another character.
    Char(char),
    /// Replace it with several characters (all aligned to the original character).
    Str(&'static str),
    /// Replace it with its full Unicode lowercase mapping (may be several characters).
    Lowercase,
}

/// The original characters around the one being normalized.
///
/// Transparent characters ([`is_transparent`]: diacritics, tatweel, invisible characters) are
/// skipped, so a context rule sees the same neighbours whether or not an earlier stage removed
/// them; this keeps every profile idempotent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// The nearest non-transparent original character before, if any.
    pub prev: Option<char>,
    /// The nearest non-transparent original character after, if any.
    pub next: Option<char>,
}

/// Whether `c` is skipped when looking for context neighbours: Arabic diacritics and Quranic
/// marks, tatweel, and invisible format characters (including ZWJ/ZWNJ).
#[inline]
pub fn is_transparent(c: char) -> bool {
    c == '\u{0640}' || c == '\u{200C}' || c == '\u{200D}' || is_arabic_mark(c) || is_invisible(c)
}

/// One normalization stage: a documented Arabic (or Unicode) rule applied per character.
pub trait CharStage: Sync + Send {
    /// A short stable name, e.g. `"alef-folding"`.
    fn name(&self) -> &'static str;
    /// What to do with `c`.
    fn apply(&self, c: char, ctx: &Context) -> Action;
    /// Whether the action for `c` ignores the context (lets the profile table precompute it).
    /// Only characters below U+0800 may depend on context.
    fn context_free(&self, _c: char) -> bool {
        true
    }
}

/// Stages of the `display` profile, in order.
pub static DISPLAY_STAGES: &[&dyn CharStage] =
    &[&PresentationForms, &InvisibleChars, &PersianLetters];

/// Stages of the `ner` profile, in order.
pub static NER_STAGES: &[&dyn CharStage] = &[
    &PresentationForms,
    &InvisibleChars,
    &PersianLetters,
    &Tatweel,
];

/// Stages of the `search` profile, in order.
pub static SEARCH_STAGES: &[&dyn CharStage] = &[
    &PresentationForms,
    &InvisibleChars,
    &PersianLetters,
    &Tatweel,
    &Diacritics,
    &AlefFolding,
    &AlefMaqsuraFolding,
    &DigitsToAscii,
    &NumberPunctuation,
    &LatinLowercase,
    &TaMarbutaFolding,
];

/// The `search` stages without the final `ة`→`ه` folding: the input the stemmers expect.
pub static SEARCH_KEEP_TA_STAGES: &[&dyn CharStage] = &[
    &PresentationForms,
    &InvisibleChars,
    &PersianLetters,
    &Tatweel,
    &Diacritics,
    &AlefFolding,
    &AlefMaqsuraFolding,
    &DigitsToAscii,
    &NumberPunctuation,
    &LatinLowercase,
];

const TABLE_LEN: usize = 0x800;
const KEEP: u32 = u32::MAX;
const DROP: u32 = u32::MAX - 1;
const SLOW: u32 = u32::MAX - 2;
/// Like `SLOW`, and a stage looks at the context (only characters below U+0800 may need it).
const SLOW_CTX: u32 = u32::MAX - 3;

type Table = [u32; TABLE_LEN];

struct Tables {
    display: Box<Table>,
    ner: Box<Table>,
    search: Box<Table>,
    search_keep_ta: Box<Table>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    display: build_table(DISPLAY_STAGES),
    ner: build_table(NER_STAGES),
    search: build_table(SEARCH_STAGES),
    search_keep_ta: build_table(SEARCH_KEEP_TA_STAGES),
});

fn build_table(stages: &[&dyn CharStage]) -> Box<Table> {
    let mut t = Box::new([KEEP; TABLE_LEN]);
    let ctx = Context::default();
    for (u, slot) in t.iter_mut().enumerate() {
        let Some(c) = char::from_u32(u as u32) else {
            continue;
        };
        if !chain_context_free(stages, c) {
            *slot = SLOW_CTX;
            continue;
        }
        let mut out = Vec::new();
        apply_chain(stages, c, &ctx, &mut |x| out.push(x));
        *slot = match out.as_slice() {
            [] => DROP,
            [x] if *x == c => KEEP,
            [x] => *x as u32,
            _ => SLOW,
        };
    }
    t
}

fn chain_context_free(stages: &[&dyn CharStage], c: char) -> bool {
    let Some((stage, rest)) = stages.split_first() else {
        return true;
    };
    if !stage.context_free(c) {
        return false;
    }
    let mut ok = true;
    apply_one(*stage, c, &Context::default(), &mut |x| {
        ok &= chain_context_free(rest, x);
    });
    ok
}

fn apply_one(stage: &dyn CharStage, c: char, ctx: &Context, emit: &mut dyn FnMut(char)) {
    match stage.apply(c, ctx) {
        Action::Keep => emit(c),
        Action::Drop => {}
        Action::Char(x) => emit(x),
        Action::Str(s) => s.chars().for_each(emit),
        Action::Lowercase => c.to_lowercase().for_each(emit),
    }
}

/// Runs `c` through `stages` in order, emitting the resulting characters.
pub fn apply_chain(stages: &[&dyn CharStage], c: char, ctx: &Context, emit: &mut dyn FnMut(char)) {
    match stages.split_first() {
        None => emit(c),
        Some((stage, rest)) => {
            apply_one(*stage, c, ctx, &mut |x| apply_chain(rest, x, ctx, emit));
        }
    }
}

/// Whether a character at or above U+0800 might be changed by any stage (cheap pre-check).
#[inline]
fn big_may_change(c: char) -> bool {
    matches!(c, '\u{08CA}'..='\u{08FF}' | '\u{180E}' | '\u{2000}'..='\u{206F}' | '\u{FB50}'..='\u{FEFF}')
        || c.is_uppercase()
}

/// Decodes the character starting at byte `i` of `s` (which must be a char boundary).
#[inline(always)]
pub(crate) fn decode_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        return (b0 as char, 1);
    }
    if b0 < 0xE0 {
        let u = ((b0 as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F);
        return (char::from_u32(u).unwrap_or('\u{FFFD}'), 2);
    }
    match s[i..].chars().next() {
        Some(c) => (c, c.len_utf8()),
        None => ('\u{FFFD}', 1),
    }
}

/// Receives normalized output.
trait Sink {
    /// An unchanged run of `n` original characters starting at original char index `first`.
    fn run(&mut self, s: &str, first: usize, n: usize);
    /// One output character aligned to original char index `orig`.
    fn push(&mut self, c: char, orig: usize);
}

struct TextSink<'a>(&'a mut String);

impl Sink for TextSink<'_> {
    #[inline]
    fn run(&mut self, s: &str, _first: usize, _n: usize) {
        self.0.push_str(s);
    }
    #[inline]
    fn push(&mut self, c: char, _orig: usize) {
        self.0.push(c);
    }
}

struct MapSink<'a> {
    text: &'a mut String,
    map: &'a mut Vec<usize>,
    base: usize,
}

impl Sink for MapSink<'_> {
    #[inline]
    fn run(&mut self, s: &str, first: usize, n: usize) {
        self.text.push_str(s);
        self.map.extend(self.base + first..self.base + first + n);
    }
    #[inline]
    fn push(&mut self, c: char, orig: usize) {
        self.text.push(c);
        self.map.push(self.base + orig);
    }
}

/// A normalizer for one profile (cheap to create and copy).
///
/// ```
/// use khabar_text::{Normalizer, Profile};
/// let n = Normalizer::new(Profile::Search);
/// assert_eq!(n.normalize_cow("أَعلنَ"), "اعلن");
/// assert!(matches!(n.normalize_cow("plain"), std::borrow::Cow::Borrowed(_)));
/// ```
#[derive(Clone, Copy)]
pub struct Normalizer {
    stages: &'static [&'static dyn CharStage],
    table: &'static Table,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.stages.iter().map(|s| s.name()))
            .finish()
    }
}

impl Normalizer {
    /// The normalizer of `profile`.
    pub fn new(profile: Profile) -> Self {
        let t: &'static Tables = &TABLES;
        match profile {
            Profile::Display => Normalizer {
                stages: DISPLAY_STAGES,
                table: &t.display,
            },
            Profile::Ner => Normalizer {
                stages: NER_STAGES,
                table: &t.ner,
            },
            Profile::Search => Normalizer {
                stages: SEARCH_STAGES,
                table: &t.search,
            },
        }
    }

    /// `search` without the `ة`→`ه` folding: what [`crate::light_stem`] and Snowball expect.
    pub fn search_keep_ta_marbuta() -> Self {
        let t: &'static Tables = &TABLES;
        Normalizer {
            stages: SEARCH_KEEP_TA_STAGES,
            table: &t.search_keep_ta,
        }
    }

    /// The stages of this normalizer, in order.
    pub fn stages(&self) -> &'static [&'static dyn CharStage] {
        self.stages
    }

    /// Normalizes `text`, keeping the alignment to original character offsets.
    pub fn normalize(&self, text: &str) -> Normalized {
        let n = text.chars().count();
        let mut out = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(n);
        self.run(
            text,
            None,
            None,
            &mut MapSink {
                text: &mut out,
                map: &mut map,
                base: 0,
            },
        );
        Normalized { text: out, map }
    }

    /// Appends the normalization of `text` to `out` (no alignment).
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        self.run(text, None, None, &mut TextSink(out));
    }

    /// Appends the normalization of `chunk` to `out`, where `chunk` is a piece of a longer text
    /// and `before`/`after` are the nearest non-[transparent](is_transparent) original
    /// characters around it (for context-dependent stages). Normalizing a text chunk by chunk
    /// gives exactly the whole-text result.
    pub fn normalize_chunk_into(
        &self,
        chunk: &str,
        before: Option<char>,
        after: Option<char>,
        out: &mut String,
    ) {
        self.run(chunk, before, after, &mut TextSink(out));
    }

    /// Like [`Normalizer::normalize`] for a chunk: appends to `out` and to `map`, with map
    /// entries offset by `base` (the chunk's first character index in the whole text).
    pub fn normalize_chunk_with_map(
        &self,
        chunk: &str,
        before: Option<char>,
        after: Option<char>,
        base: usize,
        out: &mut String,
        map: &mut Vec<usize>,
    ) {
        self.run(
            chunk,
            before,
            after,
            &mut MapSink {
                text: out,
                map,
                base,
            },
        );
    }

    /// Normalizes `text`, borrowing it when nothing changes (no allocation).
    pub fn normalize_cow<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let table = self.table;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let (u, len) = code_point_at(text, i);
            let unchanged = if u < TABLE_LEN as u32 {
                table[u as usize] == KEEP
            } else {
                !big_may_change(char::from_u32(u).unwrap_or('\u{FFFD}'))
            };
            if !unchanged {
                let mut out = String::with_capacity(text.len() + 8);
                out.push_str(&text[..i]);
                let before = prev_context(&text[..i], None);
                self.run(&text[i..], before, None, &mut TextSink(&mut out));
                if out == text {
                    return Cow::Borrowed(text);
                }
                return Cow::Owned(out);
            }
            i += len;
        }
        Cow::Borrowed(text)
    }

    fn run<S: Sink>(&self, text: &str, before: Option<char>, after: Option<char>, sink: &mut S) {
        let table = self.table;
        let bytes = text.as_bytes();
        let mut i = 0usize;
        let mut ci = 0usize;
        let mut run_start = 0usize;
        let mut run_cstart = 0usize;
        while i < bytes.len() {
            let (u, len) = code_point_at(text, i);
            let code = if u < TABLE_LEN as u32 {
                table[u as usize]
            } else if big_may_change(char::from_u32(u).unwrap_or('\u{FFFD}')) {
                SLOW
            } else {
                KEEP
            };
            if code == KEEP {
                i += len;
                ci += 1;
                continue;
            }
            if run_start < i {
                sink.run(&text[run_start..i], run_cstart, ci - run_cstart);
            }
            let c = char::from_u32(u).unwrap_or('\u{FFFD}');
            match code {
                DROP => {}
                SLOW => {
                    let at = ci;
                    apply_chain(self.stages, c, &Context::default(), &mut |x| {
                        sink.push(x, at)
                    });
                }
                SLOW_CTX => {
                    // Context is looked up only for the rare context-dependent characters; the
                    // scans stop at the nearest non-transparent character, so they stay linear.
                    let prev = prev_context(&text[..i], before);
                    let next = text[i + len..]
                        .chars()
                        .find(|&c| !is_transparent(c))
                        .or(after);
                    let ctx = Context { prev, next };
                    let at = ci;
                    apply_chain(self.stages, c, &ctx, &mut |x| sink.push(x, at));
                }
                x => sink.push(char::from_u32(x).unwrap_or(c), ci),
            }
            i += len;
            ci += 1;
            run_start = i;
            run_cstart = ci;
        }
        if run_start < text.len() {
            sink.run(&text[run_start..], run_cstart, ci - run_cstart);
        }
    }
}

/// The nearest non-transparent character at the end of `head`, else `before`.
fn prev_context(head: &str, before: Option<char>) -> Option<char> {
    head.chars().rev().find(|&c| !is_transparent(c)).or(before)
}

/// The code point starting at byte `i` of `s` and its UTF-8 length.
#[inline(always)]
fn code_point_at(s: &str, i: usize) -> (u32, usize) {
    let b = s.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        (b0 as u32, 1)
    } else if b0 < 0xE0 {
        (((b0 as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else {
        let (c, l) = decode_at(s, i);
        (c as u32, l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize;

    #[test]
    fn profiles_compose() {
        let s = "\u{200F}ﻷحمـد إلى ٣٠٫٥٪ «UN»";
        assert_eq!(normalize(s, Profile::Display).text, "لأحمـد إلى ٣٠٫٥٪ «UN»");
        assert_eq!(normalize(s, Profile::Ner).text, "لأحمد إلى ٣٠٫٥٪ «UN»");
        assert_eq!(normalize(s, Profile::Search).text, "لاحمد الي 30.5% «un»");
    }

    #[test]
    fn map_points_into_original() {
        let s = "ﻷحمـد";
        let n = normalize(s, Profile::Search);
        assert_eq!(n.text, "لاحمد");
        assert_eq!(n.map, vec![0, 0, 1, 2, 4]);
    }

    #[test]
    fn chunked_equals_whole() {
        let s = "٣٠٫٥ و ١٬ّ٢ ٣ـ٫٤";
        let whole = normalize(s, Profile::Search).text;
        assert_eq!(whole, "30.5 و 1,2 3.4");
        let n = Normalizer::new(Profile::Search);
        for cut in 0..=s.chars().count() {
            let b = s.char_indices().nth(cut).map(|(b, _)| b).unwrap_or(s.len());
            let (l, r) = s.split_at(b);
            let mut out = String::new();
            let after = r.chars().find(|&c| !is_transparent(c));
            let before = l.chars().rev().find(|&c| !is_transparent(c));
            n.normalize_chunk_into(l, None, after, &mut out);
            n.normalize_chunk_into(r, before, None, &mut out);
            assert_eq!(out, whole, "cut at {cut}");
        }
    }

    #[test]
    fn only_small_characters_depend_on_context() {
        for stages in [
            DISPLAY_STAGES,
            NER_STAGES,
            SEARCH_STAGES,
            SEARCH_KEEP_TA_STAGES,
        ] {
            for u in TABLE_LEN as u32..0x11000 {
                if let Some(c) = char::from_u32(u) {
                    assert!(chain_context_free(stages, c), "U+{u:04X}");
                }
            }
        }
    }

    #[test]
    fn long_runs_of_invisible_characters_stay_linear() {
        let s = "\u{064E}".repeat(50_000) + &"\u{200B}".repeat(50_000) + "٣٫٤";
        assert_eq!(normalize(&s, Profile::Search).text, "3.4");
    }

    #[test]
    fn cow_borrows_unchanged_text() {
        let n = Normalizer::new(Profile::Search);
        assert!(matches!(
            n.normalize_cow("hello world 123"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(n.normalize_cow("الحكومه تعلن"), Cow::Borrowed(_)));
        assert!(matches!(n.normalize_cow("“quoted”"), Cow::Borrowed(_)));
        assert_eq!(n.normalize_cow("Hello"), "hello");
    }

    #[test]
    fn stage_names_are_listed() {
        let names: Vec<_> = Normalizer::new(Profile::Ner)
            .stages()
            .iter()
            .map(|s| s.name())
            .collect();
        assert_eq!(
            names,
            [
                "presentation-forms",
                "invisible-chars",
                "persian-letters",
                "tatweel"
            ]
        );
    }
}
