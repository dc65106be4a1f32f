//! Character-reference decoding (`&amp;`, `&#1575;`, `&#x627;`) for text and attribute values.

use crate::entities_table::ENTITIES;

/// Legacy references that browsers accept without the trailing `;` (the common ones).
const LEGACY_NO_SEMICOLON: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("nbsp", '\u{a0}'),
    ("copy", '©'),
    ("reg", '®'),
    ("laquo", '«'),
    ("raquo", '»'),
];

/// Windows-1252 meanings of the C1 range, which the HTML standard applies to `&#128;`–`&#159;`.
const C1_REMAP: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decodes character references in `s`, appending to `out`. Unknown references stay as written.
pub(crate) fn decode_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'&', &bytes[i..]) {
        let amp = i + off;
        out.push_str(&s[last..amp]);
        match decode_one(&s[amp + 1..]) {
            Some((consumed, decoded)) => {
                match decoded {
                    Decoded::Char(c) => out.push(c),
                    Decoded::Str(t) => out.push_str(t),
                }
                i = amp + 1 + consumed;
            }
            None => {
                out.push('&');
                i = amp + 1;
            }
        }
        last = i;
    }
    out.push_str(&s[last..]);
}

/// Decodes character references in `s` into a new string (borrow-free fast path when none).
pub(crate) fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        out.push_str(s);
    } else {
        decode_into(s, &mut out);
    }
    out
}

enum Decoded {
    Char(char),
    Str(&'static str),
}

/// Decodes one reference starting just after `&`; returns bytes consumed and the value.
fn decode_one(rest: &str) -> Option<(usize, Decoded)> {
    let b = rest.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, start) = match b.get(1) {
            Some(b'x') | Some(b'X') => (true, 2),
            _ => (false, 1),
        };
        let mut j = start;
        let mut value: u32 = 0;
        while j < b.len() {
            let d = match (hex, b[j]) {
                (_, c @ b'0'..=b'9') => u32::from(c - b'0'),
                (true, c @ b'a'..=b'f') => u32::from(c - b'a' + 10),
                (true, c @ b'A'..=b'F') => u32::from(c - b'A' + 10),
                _ => break,
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            j += 1;
        }
        if j == start {
            return None;
        }
        if b.get(j) == Some(&b';') {
            j += 1;
        }
        let c = match value {
            0x80..=0x9f => C1_REMAP[(value - 0x80) as usize],
            0 => '\u{fffd}',
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return Some((j, Decoded::Char(c)));
    }
    let mut j = 0;
    while j < b.len() && j < 32 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == 0 {
        return None;
    }
    let name = &rest[..j];
    if b.get(j) == Some(&b';') {
        if let Ok(k) = ENTITIES.binary_search_by(|(n, _)| n.cmp(&name)) {
            return Some((j + 1, Decoded::Str(ENTITIES[k].1)));
        }
        return None;
    }
    LEGACY_NO_SEMICOLON
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(n, c)| (n.len(), Decoded::Char(c)))
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn named_numeric_and_unknown() {
        assert_eq!(decode("a &amp; b"), "a & b");
        assert_eq!(decode("&#1575;&#x644;"), "ال");
        assert_eq!(decode("&quot;x&quot;&nbsp;"), "\"x\"\u{a0}");
        assert_eq!(decode("&mdash;&hellip;&laquo;"), "—…«");
        assert_eq!(decode("&nosuch; & &"), "&nosuch; & &");
        assert_eq!(decode("&#150;"), "–");
        assert_eq!(decode("&#0;&#99999999999;"), "\u{fffd}\u{fffd}");
        assert_eq!(decode("&amp"), "&");
        assert_eq!(decode("&#"), "&#");
    }

    #[test]
    fn table_is_sorted() {
        let t = crate::entities_table::ENTITIES;
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
