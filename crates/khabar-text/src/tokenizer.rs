//! The tokenizer: Arabic and Latin words, numbers, punctuation, URLs, emails, hashtags and
//! mentions, each with character and byte offsets into the original text.
//!
//! Rules, in the order they are tried at each position:
//! 1. Whitespace and invisible format characters (bidi marks, zero-width characters) separate
//!    tokens and are never tokens themselves.
//! 2. **URL**: `http://`, `https://`, `ftp://` or `www.` (any case) at a word boundary, up to
//!    whitespace or a quote/angle bracket/Arabic comma; trailing sentence punctuation and an
//!    unbalanced `)` are left out.
//! 3. **Email**: `local@domain.tld` in ASCII (`[A-Za-z0-9._%+-]+@label(.label)+`, the last label
//!    two or more letters).
//! 4. **Hashtag** `#word` and **mention** `@word`: the sign followed by letters (Arabic or
//!    Latin), digits, marks and `_` (`#تونس_اليوم`); a hashtag needs at least one letter.
//! 5. **Arabic word**: Arabic letters with their diacritics and tatweel inside; ZWJ/ZWNJ or a
//!    bidi mark between two letters of the word stays inside it.
//! 6. **Latin word**: letters of other scripts with combining marks; an apostrophe between
//!    letters stays inside (`don't`, `l'Etat`).
//! 7. **Number**: ASCII, Arabic-Indic or Eastern digits, with `.` `,` `٫` `٬` kept only between
//!    two digits (`٣٠٫٥`, `1,250`, `3.5`; the final `.` of `2017.` is punctuation).
//! 8. Every other character is a one-character **punctuation** or **symbol** token (`%` is a
//!    symbol).
//!
//! Scripts never share a token: `ABC123` is `ABC` + `123`, `2017م` is `2017` + `م`, `عربيEnglish`
//! is two words.

use crate::chars::{class_with, table, CharClass};
use crate::normalizer::decode_at;
use crate::{Token, TokenKind};

/// A streaming tokenizer: an iterator of [`Token`]s (no allocation per token).
///
/// ```
/// use khabar_text::{Tokens, TokenKind};
/// let kinds: Vec<_> = Tokens::new("زار 3 مدن، www.x.tn").map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Arabic, TokenKind::Number, TokenKind::Arabic, TokenKind::Punct, TokenKind::Url]);
/// ```
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    table: &'static [CharClass; 0x800],
    pos: usize,
    cpos: usize,
    /// Whether the character before `pos` is a word character (for URL/email/tag boundaries).
    prev_wordish: bool,
    /// Starting an email match before this byte offset is known to fail.
    email_fail_until: usize,
}

#[inline]
fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

impl<'a> Tokens<'a> {
    /// Tokenizes `text`.
    pub fn new(text: &'a str) -> Self {
        Tokens {
            text,
            table: table(),
            pos: 0,
            cpos: 0,
            prev_wordish: false,
            email_fail_until: 0,
        }
    }

    #[inline]
    fn class(&self, c: char) -> CharClass {
        class_with(self.table, c)
    }

    #[inline]
    fn peek(&self, i: usize) -> Option<(char, usize)> {
        (i < self.text.len()).then(|| decode_at(self.text, i))
    }

    fn emit(&mut self, end: usize, cend: usize, kind: TokenKind) -> Token<'a> {
        let tok = Token {
            text: &self.text[self.pos..end],
            start: self.cpos,
            end: cend,
            byte_start: self.pos,
            byte_end: end,
            kind,
        };
        self.prev_wordish =
            !matches!(kind, TokenKind::Punct | TokenKind::Symbol) || tok.text == "_";
        self.pos = end;
        self.cpos = cend;
        tok
    }

    /// The class and UTF-8 length of the character at byte `i` (a char boundary).
    #[inline(always)]
    fn class_at(&self, i: usize) -> Option<(CharClass, usize)> {
        let b = self.text.as_bytes();
        let b0 = *b.get(i)?;
        if b0 < 0x80 {
            Some((self.table[b0 as usize], 1))
        } else if b0 < 0xE0 {
            let u = ((b0 as usize & 0x1F) << 6) | (b[i + 1] as usize & 0x3F);
            Some((self.table[u], 2))
        } else {
            let (c, l) = decode_at(self.text, i);
            Some((self.class(c), l))
        }
    }

    /// Scans a run of characters accepted by `accept`; invisible characters and joiners are
    /// kept inside when the character after them is accepted as well. Returns the end byte,
    /// end char and whether a letter (per `letter`) was seen.
    #[inline(always)]
    fn scan_run(
        &self,
        mut i: usize,
        mut ci: usize,
        accept: impl Fn(CharClass) -> bool,
        letter: impl Fn(CharClass) -> bool,
    ) -> (usize, usize, bool) {
        let mut has_letter = false;
        while let Some((cls, l)) = self.class_at(i) {
            if accept(cls) {
                has_letter |= letter(cls);
                i += l;
                ci += 1;
                continue;
            }
            if matches!(cls, CharClass::Joiner | CharClass::Invisible) && i > self.pos {
                // Keep a run of invisibles inside the word if the word continues after it.
                let (mut j, mut cj) = (i + l, ci + 1);
                while let Some((cls2, l2)) = self.class_at(j) {
                    if matches!(cls2, CharClass::Joiner | CharClass::Invisible) {
                        j += l2;
                        cj += 1;
                    } else {
                        break;
                    }
                }
                if let Some((cls2, _)) = self.class_at(j) {
                    if accept(cls2) && !matches!(cls2, CharClass::ArabicMark | CharClass::Mark) {
                        i = j;
                        ci = cj;
                        continue;
                    }
                }
            }
            break;
        }
        (i, ci, has_letter)
    }

    fn scan_arabic(&self) -> (usize, usize, bool) {
        use CharClass::*;
        // Fast path: the Arabic block is all two-byte UTF-8; walk it without decoding to `char`.
        let b = self.text.as_bytes();
        let (mut i, mut ci) = (self.pos, self.cpos);
        let mut has_letter = false;
        while i + 1 < b.len() && (b[i] & 0xE0) == 0xC0 {
            let u = ((b[i] as usize & 0x1F) << 6) | (b[i + 1] as usize & 0x3F);
            match self.table[u] {
                ArabicLetter => has_letter = true,
                ArabicMark | Tatweel | Mark => {}
                _ => return (i, ci, has_letter),
            }
            i += 2;
            ci += 1;
        }
        // The word usually ends at a space or ASCII punctuation: no ASCII character continues
        // an Arabic word (joiners and invisibles are not ASCII), so the general scan is skipped.
        if b.get(i).is_none_or(|&x| x < 0x80) {
            return (i, ci, has_letter);
        }
        // Anything else (joiners, presentation forms): the general scan.
        let (e, ce, more) = self.scan_run(
            i,
            ci,
            |c| matches!(c, ArabicLetter | ArabicMark | Tatweel | Mark),
            |c| c == ArabicLetter,
        );
        (e, ce, has_letter || more)
    }

    fn scan_latin(&self) -> (usize, usize) {
        use CharClass::*;
        let b = self.text.as_bytes();
        let (mut i, mut ci) = (self.pos, self.cpos);
        loop {
            let (e, ce, _) = self.scan_run(i, ci, |c| matches!(c, Letter | Mark), |_| true);
            i = e;
            ci = ce;
            // An apostrophe between two letters stays inside: don't, l'Etat, Qur’an.
            let apos_len = if b.get(i) == Some(&b'\'') {
                1
            } else if self.text[i..].starts_with('’') {
                3
            } else {
                0
            };
            if apos_len > 0 && i > self.pos {
                if let Some((c2, _)) = self.peek(i + apos_len) {
                    if self.class(c2) == Letter {
                        i += apos_len;
                        ci += 1;
                        continue;
                    }
                }
            }
            return (i, ci);
        }
    }

    fn scan_number(&self) -> (usize, usize) {
        let (mut i, mut ci) = (self.pos, self.cpos);
        while let Some((c, l)) = self.peek(i) {
            if self.class(c) == CharClass::Digit {
                i += l;
                ci += 1;
            } else if matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}') {
                match self.peek(i + l) {
                    Some((c2, _)) if self.class(c2) == CharClass::Digit => {
                        i += l;
                        ci += 1;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        (i, ci)
    }

    fn at_boundary(&self) -> bool {
        !self.prev_wordish
    }

    fn match_url(&self) -> Option<(usize, usize)> {
        let rest = &self.text.as_bytes()[self.pos..];
        let prefix_len = [&b"https://"[..], b"http://", b"ftp://", b"www."]
            .iter()
            .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p))?
            .len();
        if !rest[prefix_len].is_ascii_alphanumeric() && rest[prefix_len] < 0x80 {
            return None;
        }
        let mut i = self.pos + prefix_len;
        let mut ci = self.cpos + prefix_len;
        let mut open = 0i32;
        // (byte end, char end) after each char, to trim trailing punctuation.
        let mut ends: Vec<(usize, usize, char)> = Vec::new();
        while let Some((c, l)) = self.peek(i) {
            let cls = self.class(c);
            if matches!(cls, CharClass::Space | CharClass::Invisible)
                || matches!(
                    c,
                    '"' | '<'
                        | '>'
                        | '«'
                        | '»'
                        | '“'
                        | '”'
                        | '،'
                        | '؛'
                        | '`'
                        | '{'
                        | '}'
                        | '|'
                        | '\\'
                        | '^'
                )
            {
                break;
            }
            i += l;
            ci += 1;
            ends.push((i, ci, c));
        }
        // Trim trailing punctuation; keep a `)` only if it closes a `(` inside the URL.
        open += self.text[self.pos..i].matches('(').count() as i32;
        let mut closes = self.text[self.pos..i].matches(')').count() as i32;
        while let Some(&(_, _, c)) = ends.last() {
            let trim = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '؟' | '\'' | ']' | '…' | '*' => true,
                ')' => closes > open,
                _ => false,
            };
            if !trim {
                break;
            }
            if c == ')' {
                closes -= 1;
            }
            ends.pop();
        }
        let &(end, cend, _) = ends.last()?;
        Some((end, cend))
    }

    fn match_email(&mut self) -> Option<usize> {
        let b = self.text.as_bytes();
        let mut i = self.pos;
        while i < b.len() && is_email_local(b[i]) {
            i += 1;
        }
        if i >= b.len() || b[i] != b'@' || i == self.pos {
            self.email_fail_until = i;
            return None;
        }
        let at = i;
        i += 1;
        let mut labels = 0;
        let mut last_label_alpha = false;
        let mut end = None;
        loop {
            let ls = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                i += 1;
            }
            if i == ls {
                break;
            }
            labels += 1;
            last_label_alpha = i - ls >= 2 && b[ls..i].iter().all(u8::is_ascii_alphabetic);
            if labels >= 2 && last_label_alpha {
                end = Some(i);
            }
            if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        }
        let _ = last_label_alpha;
        if end.is_none() {
            self.email_fail_until = at;
        }
        end
    }

    fn scan_tag_body(&self, from: usize, cfrom: usize) -> (usize, usize, bool) {
        use CharClass::*;
        let (mut i, mut ci) = (from, cfrom);
        let mut has_letter = false;
        while let Some((c, l)) = self.peek(i) {
            let cls = self.class(c);
            if matches!(cls, ArabicLetter | Letter) {
                has_letter = true;
            } else if !(matches!(cls, ArabicMark | Tatweel | Mark | Digit) || c == '_') {
                break;
            }
            i += l;
            ci += 1;
        }
        (i, ci, has_letter)
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        use CharClass::*;
        loop {
            let (cls, l) = self.class_at(self.pos)?;
            match cls {
                Space | Invisible | Joiner => {
                    self.pos += l;
                    self.cpos += 1;
                    self.prev_wordish = false;
                    continue;
                }
                ArabicLetter | ArabicMark | Tatweel => {
                    let (e, ce, has_letter) = self.scan_arabic();
                    let kind = if has_letter {
                        TokenKind::Arabic
                    } else {
                        TokenKind::Symbol
                    };
                    return Some(self.emit(e, ce, kind));
                }
                _ => {}
            }
            let b0 = self.text.as_bytes()[self.pos];
            if b0.is_ascii_alphanumeric() && self.at_boundary() {
                if matches!(b0, b'h' | b'H' | b'w' | b'W' | b'f' | b'F') {
                    if let Some((e, ce)) = self.match_url() {
                        return Some(self.emit(e, ce, TokenKind::Url));
                    }
                }
                if self.pos >= self.email_fail_until {
                    if let Some(e) = self.match_email() {
                        let ce = self.cpos + (e - self.pos);
                        return Some(self.emit(e, ce, TokenKind::Email));
                    }
                }
            }
            return Some(match cls {
                Letter => {
                    let (e, ce) = self.scan_latin();
                    self.emit(e, ce, TokenKind::Latin)
                }
                Digit => {
                    let (e, ce) = self.scan_number();
                    self.emit(e, ce, TokenKind::Number)
                }
                Mark => {
                    let (e, ce, _) = self.scan_run(self.pos, self.cpos, |c| c == Mark, |_| false);
                    self.emit(e, ce, TokenKind::Symbol)
                }
                _ if (b0 == b'#' || b0 == b'@') && self.at_boundary() => {
                    let (e, ce, has_letter) = self.scan_tag_body(self.pos + 1, self.cpos + 1);
                    let (kind, ok) = if b0 == b'#' {
                        (TokenKind::Hashtag, has_letter)
                    } else {
                        (TokenKind::Mention, e > self.pos + 1)
                    };
                    if ok {
                        self.emit(e, ce, kind)
                    } else {
                        self.emit(self.pos + l, self.cpos + 1, TokenKind::Punct)
                    }
                }
                Punct => self.emit(self.pos + l, self.cpos + 1, TokenKind::Punct),
                _ => self.emit(self.pos + l, self.cpos + 1, TokenKind::Symbol),
            });
        }
    }
}

/// Splits `text` into tokens (see [`Tokens`] for the rules).
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    // Arabic news averages about ten bytes per token: reserve once instead of doubling.
    let mut v = Vec::with_capacity(text.len() / 8 + 8);
    v.extend(Tokens::new(text));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).into_iter().map(|t| (t.text, t.kind)).collect()
    }

    #[test]
    fn arabic_words_keep_diacritics_and_tatweel() {
        assert_eq!(
            toks("قدّم الرئيـس مُحَمَّدٌ"),
            [("قدّم", Arabic), ("الرئيـس", Arabic), ("مُحَمَّدٌ", Arabic)]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("٣٠٫٥ 2017 1,250 3.5%"),
            [
                ("٣٠٫٥", Number),
                ("2017", Number),
                ("1,250", Number),
                ("3.5", Number),
                ("%", Symbol)
            ]
        );
        assert_eq!(
            toks("عام 2017."),
            [("عام", Arabic), ("2017", Number), (".", Punct)]
        );
        assert_eq!(
            toks("١٬٢٥٠ ,5"),
            [("١٬٢٥٠", Number), (",", Punct), ("5", Number)]
        );
    }

    #[test]
    fn punctuation_is_separate() {
        assert_eq!(
            toks("«نعم»، لا؛ لماذا؟ …"),
            [
                ("«", Punct),
                ("نعم", Arabic),
                ("»", Punct),
                ("،", Punct),
                ("لا", Arabic),
                ("؛", Punct),
                ("لماذا", Arabic),
                ("؟", Punct),
                ("…", Punct)
            ]
        );
        assert_eq!(
            toks("(أ) – “x”"),
            [
                ("(", Punct),
                ("أ", Arabic),
                (")", Punct),
                ("–", Punct),
                ("“", Punct),
                ("x", Latin),
                ("”", Punct)
            ]
        );
    }

    #[test]
    fn urls_emails_tags_mentions() {
        assert_eq!(
            toks("انظر https://example.com/a_b?x=1. و www.jawharafm.net/ar،"),
            [
                ("انظر", Arabic),
                ("https://example.com/a_b?x=1", Url),
                (".", Punct),
                ("و", Arabic),
                ("www.jawharafm.net/ar", Url),
                ("،", Punct)
            ]
        );
        assert_eq!(
            toks("(http://en.wikipedia.org/wiki/Tunis_(city))"),
            [
                ("(", Punct),
                ("http://en.wikipedia.org/wiki/Tunis_(city)", Url),
                (")", Punct)
            ]
        );
        assert_eq!(
            toks("راسلونا info@jawhara.tn."),
            [
                ("راسلونا", Arabic),
                ("info@jawhara.tn", Email),
                (".", Punct)
            ]
        );
        assert_eq!(
            toks("#تونس_اليوم @UN_News #1"),
            [
                ("#تونس_اليوم", Hashtag),
                ("@UN_News", Mention),
                ("#", Punct),
                ("1", Number)
            ]
        );
        assert_eq!(toks("a@b"), [("a", Latin), ("@", Punct), ("b", Latin)]);
    }

    #[test]
    fn scripts_split() {
        assert_eq!(
            toks("ABC123 2017م عربيEnglish"),
            [
                ("ABC", Latin),
                ("123", Number),
                ("2017", Number),
                ("م", Arabic),
                ("عربي", Arabic),
                ("English", Latin)
            ]
        );
        assert_eq!(toks("don't l'Etat"), [("don't", Latin), ("l'Etat", Latin)]);
    }

    #[test]
    fn invisible_characters_are_not_tokens() {
        assert_eq!(toks("\u{200F}غزة\u{200F} \u{FEFF}"), [("غزة", Arabic)]);
        assert_eq!(toks("می\u{200C}خواهم"), [("می\u{200C}خواهم", Arabic)]);
        assert_eq!(toks("  \n\t "), []);
    }

    #[test]
    fn offsets_are_chars_and_bytes() {
        let s = "قال: «نعم»";
        for t in tokenize(s) {
            assert_eq!(&s[t.byte_start..t.byte_end], t.text);
            let via_chars: String = s.chars().skip(t.start).take(t.end - t.start).collect();
            assert_eq!(via_chars, t.text);
        }
        let t = tokenize(s);
        assert_eq!(
            (t[0].start, t[0].end, t[0].byte_start, t[0].byte_end),
            (0, 3, 0, 6)
        );
        assert_eq!((t[2].start, t[2].end), (5, 6));
    }
}
