//! Line-level boilerplate filter: the page chrome a re-crawl wraps around the same story.
//!
//! Two rules, both conservative because dropping real text could merge different stories:
//! - a line whose folded words start with a known chrome phrase ("اقرأ أيضاً", "الوسوم",
//!   "جميع الحقوق محفوظة", share buttons…) is chrome wherever it appears;
//! - a *short* line (at most [`SHORT_LINE_WORDS`] words, no sentence-final punctuation) is chrome
//!   only at the edges of the text (the first [`TOP_EDGE`] or last [`BOTTOM_EDGE`] lines): datelines,
//!   section names, bylines and dates live there. A short line with numbers counts only when one
//!   looks like a year (a date line). Short lines in the middle (results tables, lists)
//!   are kept, since they are what tells two templated bulletins apart.
//!
//! If every line would be dropped, the filter keeps them all: a text is never reduced to nothing.
//! This is the seam where the `khabar-clean` line classifier can replace the built-in rules:
//! [`chrome_lines`] takes any text and returns the indices of the lines to ignore.

use crate::fold::{for_each_word, nfkc};

/// Lines with at most this many words may be chrome when at an edge of the text.
pub const SHORT_LINE_WORDS: usize = 4;
/// How many lines from the top are examined for short chrome lines.
pub const TOP_EDGE: usize = 4;
/// How many lines from the bottom are examined for short chrome lines.
pub const BOTTOM_EDGE: usize = 4;

/// Folded word prefixes of chrome lines (folded as in [`crate::fold`]: no hamza on alef, ى→ي, ة→ه).
const CHROME_PREFIXES: &[&[&str]] = &[
    &["اقرا", "ايضا"],
    &["اقرا", "المزيد"],
    &["الوسوم"],
    &["وسوم"],
    &["الكلمات", "الدلاليه"],
    &["كلمات", "مفتاحيه"],
    &["الكلمات", "المفتاحيه"],
    &["رابط", "مختصر"],
    &["الرابط", "المختصر"],
    &["جميع", "الحقوق"],
    &["كل", "الحقوق"],
    &["حقوق", "النشر"],
    &["نشر", "في"],
    &["تاريخ", "النشر"],
    &["اخر", "تحديث"],
    &["المصدر"],
    &["بواسطه"],
    &["شارك"],
    &["شاركها"],
    &["تابعونا"],
    &["تابعنا"],
    &["اترك", "تعليقا"],
    &["اضف", "تعليقا"],
    &["اضف", "تعليق"],
    &["التعليقات"],
    &["لا", "توجد", "تعليقات"],
    &["سجل", "دخولك"],
    &["ارسال", "لصديق"],
    &["طباعه"],
    &["حجم", "الخط"],
    &["تكبير", "الخط"],
    &["زر", "الذهاب"],
    &["العوده", "الي", "الاعلي"],
    &["اخبار", "ذات", "صله"],
    &["مقالات", "ذات", "صله"],
    &["مواضيع", "ذات", "صله"],
    &["الاكثر", "قراءه"],
    &["الاكثر", "مشاهده"],
    &["اخبار", "عاجله"],
    &["الرئيسيه"],
    &["facebook"],
    &["twitter"],
    &["فيسبوك"],
    &["فايسبوك"],
    &["تويتر"],
    &["whatsapp"],
    &["copyright"],
];

/// What the filter needs to know about one line.
#[derive(Debug, Clone, Default)]
pub struct LineInfo {
    /// The first three folded words.
    pub head: Vec<String>,
    /// Number of words on the line.
    pub words: usize,
    /// Whether some word is all digits.
    pub has_number: bool,
    /// Whether some word looks like a year (1900–2099).
    pub has_year: bool,
    /// Whether the line ends with sentence-final punctuation.
    pub sentence_end: bool,
    /// Whether the line holds a copyright sign.
    pub copyright: bool,
}

impl LineInfo {
    /// Records one folded word of the line.
    pub fn push_word(&mut self, w: &str) {
        if self.head.len() < 3 {
            self.head.push(w.to_string());
        }
        self.words += 1;
        if w.bytes().all(|b| b.is_ascii_digit()) {
            self.has_number = true;
            if w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) {
                self.has_year = true;
            }
        }
    }

    /// Records the raw line text (punctuation and symbols).
    pub fn set_raw(&mut self, raw: &str) {
        let t = raw.trim_end();
        self.sentence_end = t.ends_with(['.', '؟', '?', '!', '…', ':', '»', '"']);
        self.copyright = raw.contains('©');
    }
}

/// The chrome verdict for one line at index `idx` of `n_lines`.
fn is_chrome(line: &LineInfo, idx: usize, n_lines: usize) -> bool {
    let head = &line.head;
    if CHROME_PREFIXES
        .iter()
        .any(|p| p.len() <= head.len() && p.iter().zip(head).all(|(a, b)| a == b))
    {
        return true;
    }
    let at_edge = idx < TOP_EDGE || idx + BOTTOM_EDGE >= n_lines;
    // A short line holding numbers is chrome only when one looks like a year (a date line):
    // "تونس 25" in a weather bulletin is content, "الأحد 25 أكتوبر 2017" is not.
    let numbers_ok = !line.has_number || line.has_year;
    line.copyright
        || (at_edge && line.words <= SHORT_LINE_WORDS && !line.sentence_end && numbers_ok)
}

/// For each line, whether it is chrome. Lines without words are reported as chrome (they hold
/// nothing to compare). When no line with words would remain, nothing is chrome.
pub fn chrome_flags(lines: &[LineInfo]) -> Vec<bool> {
    let n = lines.len();
    let mut flags: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| l.words == 0 || (n > 1 && is_chrome(l, i, n)))
        .collect();
    if flags.iter().all(|&f| f) {
        flags
            .iter_mut()
            .zip(lines)
            .for_each(|(f, l)| *f = l.words == 0);
    }
    flags
}

/// Indices of the lines (split on `\n`) of `text` that hold words and are chrome.
pub fn chrome_lines(text: &str) -> Vec<usize> {
    let text = nfkc(text);
    let mut buf = String::new();
    let lines: Vec<LineInfo> = text
        .split('\n')
        .map(|raw| {
            let mut info = LineInfo::default();
            for_each_word(raw, &mut buf, |w| info.push_word(w));
            info.set_raw(raw);
            info
        })
        .collect();
    chrome_flags(&lines)
        .into_iter()
        .enumerate()
        .filter(|&(i, f)| f && lines[i].words > 0)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_edge_chrome_keeps_body() {
        let text = "الرئيسية / رياضة\nصفاقس - وات\nفاز الترجي على النجم بهدفين في مباراة قوية.\n\
                    وسجل اللاعب الهدف الأول في الدقيقة العاشرة.\nاترك تعليقاً إلغاء الرد\nطباعة";
        assert_eq!(chrome_lines(text), vec![0, 1, 4, 5]);
    }

    #[test]
    fn keeps_short_lines_in_the_middle() {
        let mut lines = vec!["هذه مقدمة النشرة الجوية ليوم الاثنين كما يلي."];
        lines.extend([
            "تونس 25",
            "صفاقس 27",
            "قابس 28",
            "بنزرت 22",
            "سوسة 26",
            "نابل 24",
        ]);
        lines.extend(["الفجر 4", "الظهر 12", "العصر 16"]);
        lines.push("وتبقى الحرارة مرتفعة نسبيا في أغلب الجهات خلال الأيام القادمة.");
        let text = lines.join("\n");
        let dropped = chrome_lines(&text);
        assert!(
            dropped.iter().all(|&i| !(1..=9).contains(&i)),
            "{dropped:?}"
        );
        assert_eq!(
            chrome_lines("4 فيفري 2016\nنص الخبر الكامل هنا كما ورد في المصدر.\nتونس"),
            [0, 2]
        );
    }

    #[test]
    fn never_drops_everything() {
        assert!(chrome_lines("طباعة\nتونس").is_empty());
        assert!(chrome_lines("خبر قصير").is_empty());
    }
}
