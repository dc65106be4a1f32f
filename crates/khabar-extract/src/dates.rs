//! Publication dates: ISO 8601 strings and Arabic date text → ISO 8601.
//!
//! Accepts `2017-02-18T23:44:00+01:00`, `2017-02-18 23:44`, `18/02/2017`, `2017/02/18`, and
//! Arabic dates with month names in all three traditions: Levantine/Iraqi (`كانون الثاني`,
//! `شباط`, `آذار`…), Egyptian/Gulf (`يناير`, `فبراير`, `مارس`…) and Maghrebi (`جانفي`,
//! `فيفري`, `أفريل`, `ماي`, `جوان`, `جويلية`, `أوت`…), with Western or Arabic-Indic digits and
//! an optional `HH:MM` time.

use crate::textutil::fold;

/// Month names (folded: no hamza on alef, ى → ي, ة → ه) with their number. Two-word names
/// come first so `كانون الثاني` is not read as `كانون`.
const MONTHS: &[(&str, u32)] = &[
    ("كانون الثاني", 1),
    ("كانون الاول", 12),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("يناير", 1),
    ("جانفي", 1),
    ("فبراير", 2),
    ("فيفري", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("اذار", 3),
    ("ابريل", 4),
    ("افريل", 4),
    ("نيسان", 4),
    ("مايو", 5),
    ("ماي", 5),
    ("ايار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("جوان", 6),
    ("حزيران", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("جويليه", 7),
    ("تموز", 7),
    ("اغسطس", 8),
    ("اوت", 8),
    ("اب", 8),
    ("سبتمبر", 9),
    ("شتنبر", 9),
    ("ايلول", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("نونبر", 11),
    ("ديسمبر", 12),
    ("دجنبر", 12),
];

/// Maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            c => c,
        })
        .collect()
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Normalizes a machine date (ISO 8601 or close to it) to ISO 8601: `YYYY-MM-DD`, or
/// `YYYY-MM-DDTHH:MM[:SS][zone]` when a time is given.
pub(crate) fn normalize_iso(s: &str) -> Option<String> {
    let s = ascii_digits(s.trim());
    let b = s.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) {
        return parse_text_date(&s);
    }
    let y: u32 = s[..4].parse().ok()?;
    let sep = b[4];
    if !matches!(sep, b'-' | b'/' | b'.') || b[7] != sep {
        return parse_text_date(&s);
    }
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    if !valid(y, m, d) {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    let rest = &s[10..];
    if let Some(t) = rest.strip_prefix(['T', ' ']) {
        let tb = t.as_bytes();
        if tb.len() >= 5 && tb[2] == b':' && tb[..2].iter().all(u8::is_ascii_digit) {
            let hh: u32 = t[..2].parse().ok()?;
            let mm: u32 = t[3..5].parse().ok()?;
            if hh < 24 && mm < 60 {
                out.push_str(&format!("T{hh:02}:{mm:02}"));
                let mut k = 5;
                if tb.len() >= 8 && tb[5] == b':' && tb[6..8].iter().all(u8::is_ascii_digit) {
                    out.push_str(&t[5..8]);
                    k = 8;
                    while k < tb.len() && (tb[k] == b'.' || tb[k].is_ascii_digit()) {
                        k += 1;
                    }
                }
                let zone = t[k..].trim();
                if zone == "Z" {
                    out.push('Z');
                } else if zone.len() >= 5
                    && (zone.starts_with('+') || zone.starts_with('-'))
                    && zone[1..3].bytes().all(|c| c.is_ascii_digit())
                {
                    let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
                    if digits.len() == 4 {
                        out.push_str(&format!("{}{}:{}", &zone[..1], &digits[..2], &digits[2..]));
                    }
                }
            }
        }
    }
    Some(out)
}

/// Finds a date written in text (`15 مارس 2017`, `الأربعاء 1 فيفري 2017 - 12:00`,
/// `16/03/2017 - 23:37`) and returns it as ISO 8601.
pub(crate) fn parse_text_date(text: &str) -> Option<String> {
    let t = ascii_digits(text);
    numeric_date(&t).or_else(|| named_month_date(&t))
}

fn time_after(s: &str) -> Option<(u32, u32)> {
    // A time within a few characters after the date: `- 12:00`, `، 23:37`, ` at 9:05`.
    let head: String = s.chars().take(12).collect();
    let bytes = head.as_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b':' && i >= 1 && i + 2 < bytes.len() {
            let h_start = if i >= 2 && bytes[i - 2].is_ascii_digit() {
                i - 2
            } else {
                i - 1
            };
            if !bytes[h_start].is_ascii_digit() {
                continue;
            }
            let hh: u32 = head.get(h_start..i)?.parse().ok()?;
            let mm: u32 = head.get(i + 1..i + 3)?.parse().ok()?;
            if hh < 24 && mm < 60 {
                return Some((hh, mm));
            }
        }
    }
    None
}

fn with_time(y: u32, m: u32, d: u32, rest: &str) -> String {
    match time_after(rest) {
        Some((hh, mm)) => format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}"),
        None => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// `dd/mm/yyyy`, `dd-mm-yyyy`, `yyyy/mm/dd`, `yyyy-mm-dd`.
fn numeric_date(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let nums = read_numbers(&t[i..]);
        if let Some((a, bb, c, len)) = nums {
            let (y, m, d) = if a >= 1000 { (a, bb, c) } else { (c, bb, a) };
            if valid(y, m, d) {
                return Some(with_time(y, m, d, &t[i + len..]));
            }
        }
        i += 1;
    }
    None
}

/// Reads `n1 sep n2 sep n3` with one separator from `/-.`; returns the numbers and length.
fn read_numbers(s: &str) -> Option<(u32, u32, u32, usize)> {
    let b = s.as_bytes();
    let mut vals = [0u32; 3];
    let mut k = 0;
    let mut sep = 0u8;
    for (n, val) in vals.iter_mut().enumerate() {
        let start = k;
        while k < b.len() && b[k].is_ascii_digit() && k - start < 4 {
            k += 1;
        }
        if k == start {
            return None;
        }
        *val = s[start..k].parse().ok()?;
        if n < 2 {
            let c = *b.get(k)?;
            if !matches!(c, b'/' | b'-' | b'.') || (sep != 0 && c != sep) {
                return None;
            }
            sep = c;
            k += 1;
        }
    }
    if b.get(k).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((vals[0], vals[1], vals[2], k))
}

/// `15 مارس 2017` (day, month name, year), with an optional time after.
fn named_month_date(t: &str) -> Option<String> {
    let f = fold(t);
    let words: Vec<&str> = f.split(' ').collect();
    for i in 0..words.len() {
        let Ok(d) = words[i].parse::<u32>() else {
            continue;
        };
        for &(name, m) in MONTHS {
            let n_words = name.split(' ').count();
            if i + 1 + n_words > words.len() {
                continue;
            }
            let candidate = words[i + 1..i + 1 + n_words].join(" ");
            if candidate != name {
                continue;
            }
            let Some(y) = words
                .get(i + 1 + n_words)
                .and_then(|w| w.parse::<u32>().ok())
            else {
                continue;
            };
            if valid(y, m, d) {
                // `fold` turned `12:00` into `12 00`; look for it in the original text instead.
                let time = original_time_after_year(t, y);
                return Some(match time {
                    Some((hh, mm)) => format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}"),
                    None => format!("{y:04}-{m:02}-{d:02}"),
                });
            }
        }
    }
    None
}

fn original_time_after_year(t: &str, y: u32) -> Option<(u32, u32)> {
    let ys = y.to_string();
    let at = t.find(&ys)?;
    time_after(&t[at + ys.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(
            normalize_iso("2017-02-18T23:44:00").as_deref(),
            Some("2017-02-18T23:44:00")
        );
        assert_eq!(
            normalize_iso("2017-02-18T23:44:00+0100").as_deref(),
            Some("2017-02-18T23:44:00+01:00")
        );
        assert_eq!(
            normalize_iso("2017-02-18 23:44").as_deref(),
            Some("2017-02-18T23:44")
        );
        assert_eq!(normalize_iso("2017-02-18").as_deref(), Some("2017-02-18"));
        assert_eq!(normalize_iso("2017-13-18"), None);
    }

    #[test]
    fn arabic_text_dates() {
        assert_eq!(
            parse_text_date("15 مارس 2017").as_deref(),
            Some("2017-03-15")
        );
        assert_eq!(
            parse_text_date("الخميس 16 آذار 2017").as_deref(),
            Some("2017-03-16")
        );
        assert_eq!(
            parse_text_date("الأربعاء 1 فيفري 2017 - 12:00").as_deref(),
            Some("2017-02-01T12:00")
        );
        assert_eq!(
            parse_text_date("٣ كانون الثاني ٢٠١٨").as_deref(),
            Some("2018-01-03")
        );
        assert_eq!(
            parse_text_date("16/03/2017 - 23:37 | عدد القراءات").as_deref(),
            Some("2017-03-16T23:37")
        );
        assert_eq!(
            parse_text_date("22 جوان 2016").as_deref(),
            Some("2016-06-22")
        );
        assert_eq!(parse_text_date("لا تاريخ هنا 2017"), None);
    }
}
