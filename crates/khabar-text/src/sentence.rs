//! The sentence splitter.
//!
//! A sentence ends:
//! - after a run of terminal punctuation `.` `!` `?` `؟` `…` (`!؟`, `?!`, `...`), together with
//!   the closing quotes and brackets glued to it (`الشرعية.»` ends after `»`; `الشرعية».` after
//!   the `.`);
//! - at a line break (`\n`, `\r`, U+2028, U+2029): a heading line without punctuation is its own
//!   sentence. Hard-wrapped text is the exception: when no line is wider than 130 characters
//!   and at least half (and three or more) of the lines that another line follows are within a
//!   word's length of the widest, the text was wrapped at that width, and a break after a line
//!   that the next word would not have fitted on continues the sentence. A blank line, a line
//!   the next word would have fitted on (a paragraph's or a heading's end), and two lines that
//!   open with the same bullet (`*`, `-`, `•`) still end it.
//!
//! A single `.` does **not** end a sentence when it follows
//! - a one-letter word, Arabic or Latin: initials and abbreviations `د. بشار`, `أ.ف.ب`,
//!   `أ. ف. ب`, `U.S.`, `م.` (the Gregorian-year sign after a date), `ص.ب`;
//! - a Latin title abbreviation (`Mr.`, `Dr.`, `Prof.`, `St.`, `No.`, month names, …);
//! - a number that opens the sentence (a list enumerator `1. `);
//!
//! nor when it is glued to a following Latin lowercase word or digit (`example.com`, `v2.x`),
//! or followed by a lowercase Latin word. Decimal points never reach the splitter: `3.5` is one
//! number token.
//!
//! Spans are character offsets, trimmed: they start at the first token of the sentence and end
//! after its last token.

use crate::{Span, Token, TokenKind, Tokens};

const LATIN_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "No", "Nos", "Inc", "Ltd", "Co",
    "Corp", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev", "Mt", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "cf", "fig",
    "p", "pp", "vol",
];

fn is_terminal(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct
        && matches!(t.text, "." | "!" | "?" | "؟" | "…" | "۔" | "‼" | "⁉" | "⁈")
}

fn is_closing(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct
        && matches!(t.text, "»" | "”" | "\"" | "'" | "’" | ")" | "]" | "›" | "}")
}

/// The number of letters in `word`, counting no further than `cap + 1` (enough to compare with
/// `cap`): sentence ends follow long words, so most calls stop after two letters.
fn letter_count(word: &str, cap: usize) -> usize {
    word.chars()
        .filter(|c| c.is_alphabetic())
        .take(cap + 1)
        .count()
}

fn has_line_break(gap: &str) -> bool {
    gap.bytes().any(|b| b == b'\n' || b == b'\r')
        || gap.contains(['\u{2028}', '\u{2029}', '\u{85}'])
}

/// The width, in characters, at which a text was hard-wrapped.
#[derive(Clone, Copy, Debug)]
struct Wrap {
    width: usize,
}

/// How much shorter than the wrap width a full line may be: about the longest word.
const WRAP_SLACK: usize = 16;

impl Wrap {
    /// Whether a line of `line` characters was broken by the wrapping before a word of `word`
    /// characters: the word would not have fitted on it. (A short line before a long word, a
    /// link say, is wrapped too; a paragraph's short last line is followed by a word that fits.)
    fn wrapped(self, line: usize, word: usize) -> bool {
        line <= self.width && line + 1 + word > self.width
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Whether `text` is hard-wrapped, and at what width: no line is wider than 130 characters,
/// and of the lines that another line follows directly (not after a blank line), at least
/// three and at least half are full, i.e. within a word's length of the widest line. News
/// whose paragraphs are lines has lines of very different lengths, most of them longer.
fn hard_wrap(text: &str) -> Option<Wrap> {
    let mut widths = Vec::new();
    let mut widest = 0;
    let mut prev: Option<usize> = None;
    for line in text.split(is_line_break) {
        let line = line.trim();
        if line.is_empty() {
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            widths.push(p);
        }
        let width = line.chars().count();
        if width > 130 {
            return None;
        }
        widest = widest.max(width);
        prev = Some(width);
    }
    if widest < 30 {
        return None;
    }
    let full = widths.iter().filter(|&&w| w + WRAP_SLACK >= widest).count();
    (full >= 3 && full * 2 >= widths.len()).then_some(Wrap { width: widest })
}

/// Whether the line break between `toks[i - 1]` and `toks[i]` only wraps a line of hard-wrapped
/// text: one break (no blank line), after a line that the next word would not have fitted on,
/// and not between two lines that open with the same bullet (a list). A line that opens with a
/// bullet after one that does not may be wrapped: in news, `*` and `-` open inline items too
/// (`التالي : *العرض`).
fn is_soft_break(text: &str, toks: &[Token<'_>], i: usize, wrap: Wrap) -> bool {
    let (prev, next) = (&toks[i - 1], &toks[i]);
    let gap = &text[prev.byte_end..next.byte_start];
    let breaks = gap
        .chars()
        .filter(|&c| is_line_break(c) || c == '\r')
        .count();
    if breaks - gap.matches("\r\n").count() != 1 {
        return false;
    }
    let line_start = text[..prev.byte_end]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_line_break(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let line_text = text[line_start..prev.byte_end].trim();
    let line = line_text.chars().count();
    let rest = &text[next.byte_start..];
    let word = rest
        .split(|c: char| c.is_whitespace())
        .next()
        .map_or(0, |w| w.chars().count());
    // Lines that open with the same bullet are a list, whatever their widths. (Not lines that
    // open with the same word: in wrapped prose, two lines in a row often start with `في` or `و`.)
    let bullet = |s: &str| {
        s.chars()
            .next()
            .filter(|c| matches!(c, '*' | '-' | '•' | '–' | '—' | '·'))
    };
    if bullet(line_text).is_some() && bullet(line_text) == bullet(rest) {
        return false;
    }
    wrap.wrapped(line, word)
}

fn starts_lowercase(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Latin && t.text.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the terminal run `toks[i..=j]` ends the sentence that started at token `start`.
fn ends_sentence(toks: &[Token<'_>], start: usize, i: usize, j: usize) -> bool {
    if toks[i..=j]
        .iter()
        .filter(|t| is_terminal(t))
        .any(|t| t.text != ".")
        || toks[i..=j].iter().filter(|t| t.text == ".").count() > 1
    {
        return true;
    }
    if toks[i].text != "." {
        return true;
    }
    if let Some(next) = toks.get(j + 1) {
        let glued = next.byte_start == toks[j].byte_end;
        if glued && (starts_lowercase(next) || next.kind == TokenKind::Number) {
            return false;
        }
        if starts_lowercase(next) {
            return false;
        }
    }
    if i > start {
        let prev = &toks[i - 1];
        // Dotted letter abbreviations written without spaces: `دي.ان.ايه` (DNA), `ص.ب`.
        let glued_next = toks
            .get(j + 1)
            .is_some_and(|n| n.byte_start == toks[j].byte_end && n.kind == prev.kind);
        if prev.byte_end == toks[i].byte_start
            && glued_next
            && i == j
            && matches!(prev.kind, TokenKind::Arabic | TokenKind::Latin)
            && letter_count(prev.text, 3) <= 3
        {
            return false;
        }
        if prev.byte_end == toks[i].byte_start {
            match prev.kind {
                TokenKind::Arabic | TokenKind::Latin if letter_count(prev.text, 1) == 1 => {
                    return false
                }
                TokenKind::Latin if LATIN_ABBREVIATIONS.contains(&prev.text) => return false,
                TokenKind::Number if i - 1 == start => return false,
                _ => {}
            }
        }
    }
    true
}

/// Splits `text` into sentences: character spans, trimmed of surrounding whitespace.
///
/// ```
/// use khabar_text::split_sentences;
/// let s = "قدّم د. بشار الجعفري ورقة. وقال: «نعم».";
/// let spans = split_sentences(s);
/// assert_eq!(spans.len(), 2);
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let toks: Vec<Token<'_>> = Tokens::new(text).collect();
    split_sentences_tokens(text, &toks)
}

/// Like [`split_sentences`], from the tokens of `text` already cut by [`crate::tokenize`] (all of
/// them, in order): callers that need both tokens and sentences tokenize once.
///
/// ```
/// use khabar_text::{split_sentences, split_sentences_tokens, tokenize};
/// let s = "قدّم د. بشار الجعفري ورقة. وقال: «نعم».";
/// assert_eq!(split_sentences_tokens(s, &tokenize(s)), split_sentences(s));
/// ```
pub fn split_sentences_tokens(text: &str, toks: &[Token<'_>]) -> Vec<Span> {
    let mut out = Vec::new();
    let wrap = hard_wrap(text);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        if let Some(s) = start {
            if i > s
                && has_line_break(&text[toks[i - 1].byte_end..toks[i].byte_start])
                && !wrap.is_some_and(|w| is_soft_break(text, toks, i, w))
            {
                out.push(Span {
                    start: toks[s].start,
                    end: toks[i - 1].end,
                });
                start = None;
            }
        }
        let s = *start.get_or_insert(i);
        if is_terminal(&toks[i]) {
            let mut j = i;
            while let Some(next) = toks.get(j + 1) {
                if next.byte_start == toks[j].byte_end && (is_terminal(next) || is_closing(next)) {
                    j += 1;
                } else {
                    break;
                }
            }
            if ends_sentence(toks, s, i, j) {
                out.push(Span {
                    start: toks[s].start,
                    end: toks[j].end,
                });
                start = None;
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    if let (Some(s), Some(last)) = (start, toks.last()) {
        out.push(Span {
            start: toks[s].start,
            end: last.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<String> {
        split_sentences(s)
            .into_iter()
            .map(|sp| s.chars().skip(sp.start).take(sp.end - sp.start).collect())
            .collect()
    }

    #[test]
    fn splits_on_arabic_and_latin_terminals() {
        assert_eq!(
            sents("هل قال ذلك؟ نعم! قالها. Yes."),
            ["هل قال ذلك؟", "نعم!", "قالها.", "Yes."]
        );
        assert_eq!(sents("ماذا!؟ لا أدري..."), ["ماذا!؟", "لا أدري..."]);
        assert_eq!(sents("انتظر… ثم"), ["انتظر…", "ثم"]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents("برئاسة د. بشار الجعفري."),
            ["برئاسة د. بشار الجعفري."]
        );
        assert_eq!(sents("نقلت أ.ف.ب الخبر. ثم"), ["نقلت أ.ف.ب الخبر.", "ثم"]);
        assert_eq!(sents("نقلت أ. ف. ب الخبر."), ["نقلت أ. ف. ب الخبر."]);
        assert_eq!(sents("ارتفع 3.5 بالمئة."), ["ارتفع 3.5 بالمئة."]);
        assert_eq!(
            sents("The U.S. and Mr. Smith left. Then"),
            ["The U.S. and Mr. Smith left.", "Then"]
        );
        assert_eq!(sents("سنة 1956 م. في تونس"), ["سنة 1956 م. في تونس"]);
        assert_eq!(
            sents("الحمض النووي (دي.ان.ايه) مهم."),
            ["الحمض النووي (دي.ان.ايه) مهم."]
        );
        // A missing space after a real sentence end still splits.
        assert_eq!(
            sents("انتهت الجلسة.وقال الرئيس"),
            ["انتهت الجلسة.", "وقال الرئيس"]
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        assert_eq!(
            sents("قال «هذه هي الشرعية». ثم غادر"),
            ["قال «هذه هي الشرعية».", "ثم غادر"]
        );
        assert_eq!(
            sents("قال «هذه هي الشرعية.» ثم غادر"),
            ["قال «هذه هي الشرعية.»", "ثم غادر"]
        );
        assert_eq!(sents("قال “نعم!” ثم"), ["قال “نعم!”", "ثم"]);
    }

    #[test]
    fn line_breaks_and_headings() {
        assert_eq!(
            sents("لافروف: جبهة موحدة\n\nقدم الوفد ورقة .\nيشار إلى ذلك"),
            ["لافروف: جبهة موحدة", "قدم الوفد ورقة .", "يشار إلى ذلك"]
        );
        assert_eq!(sents("  \n "), Vec::<String>::new());
        assert_eq!(
            sents("1. البند الأول\n2. البند الثاني"),
            ["1. البند الأول", "2. البند الثاني"]
        );
    }

    #[test]
    fn hard_wrapped_lines_continue_the_sentence() {
        let wrapped = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم\n\
                       جهود الأمم المتحدة لإيجاد حل سياسي للأزمة في سوريا.\n\
                       وأضاف أن الحكومة السورية أبدت استعدادها لمواصلة الحوار\n\
                       مع المعارضة في جنيف خلال الأسابيع المقبلة دون شروط.\n\
                       وكان المبعوث الأممي قد أعلن عن جولة جديدة من المحادثات\n\
                       بين الطرفين تبدأ مطلع الشهر المقبل في جنيف.\n\
                       \n\
                       عنوان قصير\n\
                       وقال المتحدث باسم الوفد إن الجولة ستتناول عدة ملفات\n\
                       منها وقف إطلاق النار.\n\
                       - المساعدات الإنسانية\n\
                       - الأسرى";
        let got = sents(wrapped);
        assert_eq!(got.len(), 7, "{got:#?}");
        assert!(got[0].starts_with("قال وزير") && got[0].ends_with("في سوريا."));
        assert_eq!(got[3], "عنوان قصير");
        assert!(got[4].ends_with("منها وقف إطلاق النار."));
        assert_eq!(got[5], "- المساعدات الإنسانية");
        // Lines of a few words, or news paragraphs of different lengths, are not wrapped.
        assert_eq!(sents("عنوان\nعنوان ثان\nعنوان ثالث\nرابع").len(), 4);
    }

    #[test]
    fn spans_are_trimmed_char_offsets() {
        let s = "  أ. نعم.  لا؟ ";
        let sp = split_sentences(s);
        assert_eq!(sp, [Span { start: 2, end: 9 }, Span { start: 11, end: 14 }]);
    }
}
