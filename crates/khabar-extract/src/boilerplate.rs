//! Arabic (and some English/French) phrases of page furniture that survive inside article
//! containers: read-also teasers, share bars, tag lines, copyright, comment prompts, cookie and
//! newsletter notices, follow-us lines, captions' photo credits.
//!
//! All phrases are stored folded (see `textutil::fold`: no hamza on alef, ى → ي, ة → ه,
//! diacritics removed), and matched against folded text.

use crate::textutil::fold;

/// Lead-ins of "read also" / related-article teasers; what follows them in the same box is a
/// list of links.
pub(crate) const READ_ALSO: &[&str] = &[
    "اقرا ايضا",
    "ايضا في هذا العدد",
    "اقرا كذلك",
    "اقرا المزيد",
    "اقرا اكثر",
    "شاهد ايضا",
    "شاهد كذلك",
    "طالع ايضا",
    "طالع كذلك",
    "انظر ايضا",
    "يهمك ايضا",
    "قد يهمك",
    "قد يعجبك",
    "ننصحك بقراءه",
    "مواضيع ذات صله",
    "مقالات ذات صله",
    "اخبار ذات صله",
    "مواد ذات صله",
    "اخبار متعلقه",
    "مقالات مشابهه",
    "read also",
    "read more",
    "see also",
    "lire aussi",
];

/// Weaker lead-ins that also begin ordinary sentences (`المزيد من الضحايا…`): they mark a
/// teaser only on a short or link-heavy line.
pub(crate) const READ_ALSO_WEAK: &[&str] = &["ذات صله", "المزيد من", "للمزيد", "related", "more"];

/// Phrases that mark a whole short line as furniture wherever they occur in it.
const FURNITURE: &[&str] = &[
    // comments
    "اترك تعليقا",
    "اترك تعليق",
    "اضف تعليق",
    "اضف تعليقا",
    "اضف تعليقك",
    "اكتب تعليقك",
    "تعليقات القراء",
    "لا توجد تعليقات",
    "التعليقات لا تعبر",
    "سجل الدخول للتعليق",
    "التعليقات ملك لاصحابها",
    // newsletter footers
    "لقد تلقيت هذه الرساله",
    "تلقي هذه الرسائل",
    "لانك اشتركت في",
    "الغاء الاشتراك",
    // opinion-page disclaimers (`المقالات المنشورة … تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع`)
    "تعبر عن راي كاتبها",
    "تعبر عن راي اصحابها",
    "تعبر عن راي صاحبها",
    "لا تعبر بالضروره عن",
    // back to top
    "زر الذهاب الي الاعلي",
    "العوده الي الاعلي",
    "العوده للاعلي",
    "الي الاعلي",
    // copyright
    "جميع الحقوق محفوظه",
    "كل الحقوق محفوظه",
    "حقوق النشر محفوظه",
    "all rights reserved",
    "tous droits reserves",
    // channel and app promotions
    "انضم الي قناتنا",
    "انضموا الي قناتنا",
    "لمتابعه اخر الاخبار",
    "حمل تطبيق",
    "حملوا تطبيق",
    "اشترك في قناتنا",
    // cookies
    "ملفات تعريف الارتباط",
    "سياسه ملفات الارتباط",
];

/// Weaker phrases: furniture only on short lines (at most 12 words).
const FURNITURE_SHORT: &[&str] = &[
    // tags
    "الكلمات المفتاحيه",
    "كلمات مفتاحيه",
    "الكلمات الدلاليه",
    "الوسوم",
    // share and follow
    "شارك هذا",
    "شارك الخبر",
    "شارك المقال",
    "شارك علي",
    "مشاركه عبر",
    "انشر علي",
    "تابعونا علي",
    "تابعنا علي",
    "تابعوا",
    "ارسال لصديق",
    "ارسل لصديق",
    "اضف الي المفضله",
    "نسخ الرابط",
    "share this",
    "share on",
    // newsletter
    "النشره البريديه",
    "اشترك في النشره",
    "اشترك في القائمه",
    "القائمه البريديه",
    "اشترك الان",
    "سجل بريدك",
    "newsletter",
    "subscribe",
    "الكوكيز",
    "cookies",
    // misc furniture
    "عنواننا البريدي",
    "عدد القراءات",
    "عدد المشاهدات",
    "تاريخ النشر",
    "اخر تحديث",
    "advertisement",
];

/// Single words of share bars; a short line made only of these (and punctuation) is furniture.
const SHARE_WORDS: &[&str] = &[
    "شارك",
    "مشاركه",
    "فيسبوك",
    "فيس",
    "بوك",
    "تويتر",
    "غرد",
    "واتساب",
    "واتس",
    "اب",
    "تلغرام",
    "تيليغرام",
    "انستغرام",
    "انستقرام",
    "يوتيوب",
    "لينكدان",
    "طباعه",
    "البريد",
    "ايميل",
    "نسخ",
    "الرابط",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "email",
    "print",
    "share",
    "x",
    "اعلان",
    "عاجل",
    "التالي",
    "السابق",
    "المقال",
    "الرئيسيه",
];

/// Whether folded `f` starts with a read-also lead-in; `strong_only` skips the weak ones.
pub(crate) fn starts_read_also(f: &str, strong_only: bool) -> bool {
    let starts =
        |p: &&str| f.starts_with(*p) && (f.len() == p.len() || f.as_bytes()[p.len()] == b' ');
    READ_ALSO.iter().any(starts) || (!strong_only && READ_ALSO_WEAK.iter().any(starts))
}

/// Whether a short line is furniture by its wording (comment prompt, copyright, tags, share
/// bar, newsletter, cookie notice, view counter, …).
pub(crate) fn is_furniture_line(text: &str, words: usize) -> bool {
    let f = fold(text);
    if words <= 30 && FURNITURE.iter().any(|p| contains_phrase(&f, p)) {
        return true;
    }
    if words <= 12 && FURNITURE_SHORT.iter().any(|p| contains_phrase(&f, p)) {
        return true;
    }
    if words <= 12
        && f.split(' ')
            .all(|w| SHARE_WORDS.contains(&w) || w.chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    text.trim_start().starts_with('©') && words <= 20
}

/// `needle` occurs in `hay` at word boundaries (both folded).
pub(crate) fn contains_phrase(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(k) = hay[from..].find(needle) {
        let at = from + k;
        let end = at + needle.len();
        let left_ok = at == 0 || hay.as_bytes()[at - 1] == b' ';
        let right_ok = end == hay.len() || hay.as_bytes()[end] == b' ';
        if left_ok && right_ok {
            return true;
        }
        from = at + needle.len().max(1);
        while from < hay.len() && !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// A photo credit or caption line: `(رويترز)`, `(أ.ب)`, `أ ف ب`, `صورة أرشيفية`, `Photo: AFP`.
pub(crate) fn is_credit_line(text: &str, words: usize) -> bool {
    let t = text.trim();
    if words <= 4 && t.starts_with('(') && t.ends_with(')') {
        return true;
    }
    let f = fold(t);
    words <= 12
        && [
            "صوره ارشيفيه",
            "صوره من الارشيف",
            "الصوره ",
            "مصدر الصوره",
            "photo ",
            "credit ",
        ]
        .iter()
        .any(|p| f.starts_with(p.trim_end()) && (p.ends_with(' ') || f.len() == p.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_also_and_furniture() {
        assert!(starts_read_also(&fold("اقرأ أيضاً: عنوان"), true));
        assert!(starts_read_also(&fold("إقرأ ايضا"), true));
        assert!(!starts_read_also(&fold("اقرأوا"), false));
        assert!(!starts_read_also(&fold("المزيد من الضحايا"), true));
        assert!(starts_read_also(&fold("المزيد من الضحايا"), false));
        assert!(is_furniture_line("اترك تعليقاً", 2));
        assert!(is_furniture_line("© جميع الحقوق محفوظة 2017", 5));
        assert!(is_furniture_line("شارك على فيسبوك", 3));
        assert!(is_furniture_line("فيسبوك تويتر واتساب", 3));
        assert!(!is_furniture_line(
            "قال الوزير إن الحكومة ستشارك في المؤتمر.",
            7
        ));
        assert!(is_credit_line("(رويترز)", 1));
        assert!(!is_credit_line("(رويترز) - قال مسؤول إن", 5));
    }
}
