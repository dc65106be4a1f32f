//! Language identification: script, distinctive letters and function words.
//!
//! 1. Letters are counted by script. The dominant script decides the family; its share of all
//!    letters caps the confidence (mixed-script text is less certain).
//! 2. Arabic script: Arabic (`ar`), Persian (`fa`) and Urdu (`ur`) are told apart by letters
//!    each writes and the others do not (Arabic `ي ك ة ى`; Persian `ی ک پ چ ژ گ`; Urdu
//!    `ٹ ڈ ڑ ں ے ھ ہ`) and by short lists of frequent function words.
//! 3. Latin script: English, French, Spanish, German, Italian, Portuguese and Turkish by
//!    stopword hits plus letters typical of each (`é ç`, `ñ`, `ä ß`, `ã õ`, `ş ğ ı`).
//! 4. Other scripts map to one language each (Cyrillic `ru`, Greek `el`, Hebrew `he`,
//!    Devanagari `hi`, Han `zh`, kana `ja`, Hangul `ko`, Thai `th`).
//!
//! Known limits: Pashto, Sindhi, Kurdish and Uyghur (Arabic script) are reported as the
//! nearest of ar/fa/ur; Cyrillic and Devanagari languages are not told apart; very short texts
//! (a few words) get low confidence.

use ahash::AHashSet;

/// How much of a document [`identify`] reads (bytes, cut at a character boundary).
const SAMPLE_BYTES: usize = 16 << 10;

fn prefix_at_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Fast `is_alphabetic` for the common scripts (Arabic block, ASCII), falling back to the
/// Unicode tables.
#[inline]
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{0621}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}' => true,
        '\u{064B}'..='\u{065F}' | '\u{0670}' => true, // marks are Alphabetic in Unicode
        '\u{0600}'..='\u{06FF}' => c.is_alphabetic(),
        c => c.is_alphabetic(),
    }
}

/// Undetermined language (no letters).
pub const UNDETERMINED: &str = "und";

const AR_WORDS: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "الى",
    "أن",
    "ان",
    "التي",
    "الذي",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "كان",
    "قد",
    "وقد",
    "لا",
    "كما",
    "بين",
    "بعد",
    "حيث",
    "عند",
    "أو",
    "ثم",
    "الذين",
    "لم",
    "لن",
    "إن",
    "قال",
    "وفي",
    "ومن",
    "وأن",
    "أنه",
    "هو",
    "هي",
    "كانت",
    "منذ",
    "خلال",
    "حتى",
    "ذلك",
    "تلك",
    "يكون",
    "لكن",
    "أي",
    "أيضا",
    "عليه",
    "فيها",
    "منها",
    "إلا",
    "وهو",
    "وهي",
    "التى",
    "علي",
    "الي",
    "اي",
    "وقال",
    "كل",
    "غير",
    "أكثر",
    "ضمن",
];
const FA_WORDS: &[&str] = &[
    "در",
    "به",
    "از",
    "که",
    "این",
    "را",
    "با",
    "است",
    "برای",
    "آن",
    "می",
    "یک",
    "شد",
    "های",
    "تا",
    "بر",
    "شده",
    "کرد",
    "نیز",
    "خود",
    "کند",
    "بود",
    "شود",
    "اما",
    "پس",
    "دارد",
    "کرده",
    "هر",
    "وی",
    "ایران",
    "گفت",
    "باید",
    "بین",
    "روی",
    "اند",
    "نمی",
    "چه",
    "همه",
    "هستند",
    "دیگر",
];
const UR_WORDS: &[&str] = &[
    "کے", "کی", "میں", "ہے", "اور", "کو", "سے", "نے", "کا", "پر", "یہ", "ہیں", "تھا", "تھی", "گیا",
    "کیا", "ہو", "جو", "بھی", "وہ", "ایک", "لیے", "کہ", "گے", "ہوں", "رہے", "کر", "نہیں", "ساتھ",
    "بعد", "تھے",
];

const LATIN: &[(&str, &[&str], &str)] = &[
    (
        "en",
        &[
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on",
            "be", "by", "are", "this", "from", "at", "have", "has", "not", "but", "an", "or",
            "which", "were", "they", "their", "he", "she", "his", "been", "will", "would", "said",
            "its", "who", "after",
        ],
        "",
    ),
    (
        "fr",
        &[
            "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "en", "que", "qui",
            "dans", "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette", "sont",
            "ont", "par", "plus", "ne", "se", "son", "sa", "ses", "été", "nous", "vous", "mais",
            "leur", "selon", "lors", "sont", "aussi", "très",
        ],
        "éèêàçùâîôœëï",
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "de", "del", "y", "en", "que", "es", "un", "una", "por",
            "con", "para", "no", "se", "al", "lo", "como", "más", "su", "sus", "pero", "fue", "ha",
            "son", "está", "este", "esta", "muy", "también", "según", "entre",
        ],
        "ñáíóú¿¡",
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "des",
            "von", "mit", "sich", "auf", "für", "im", "dass", "es", "auch", "wird", "werden",
            "als", "wie", "bei", "nach", "oder", "aus", "hat", "sie", "er", "sind", "über",
        ],
        "äöüß",
    ),
    (
        "it",
        &[
            "il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "è", "un", "una",
            "per", "non", "con", "sono", "si", "ma", "come", "anche", "più", "nel", "nella", "dei",
            "delle", "ha", "alla",
        ],
        "àèìòù",
    ),
    (
        "pt",
        &[
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "é", "um", "uma",
            "em", "no", "na", "para", "com", "não", "por", "se", "mais", "foi", "são", "ao", "seu",
            "sua", "pelo", "pela",
        ],
        "ãõçáâêôà",
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "çok", "daha", "gibi",
            "ama", "ne", "mi", "olduğu", "sonra", "kadar", "değil", "ise",
        ],
        "şğıİöüç",
    ),
];

struct Lists {
    ar: AHashSet<&'static str>,
    fa: AHashSet<&'static str>,
    ur: AHashSet<&'static str>,
    latin: Vec<(&'static str, AHashSet<&'static str>, &'static str)>,
}

static LISTS: std::sync::LazyLock<Lists> = std::sync::LazyLock::new(|| Lists {
    ar: AR_WORDS.iter().copied().collect(),
    fa: FA_WORDS.iter().copied().collect(),
    ur: UR_WORDS.iter().copied().collect(),
    latin: LATIN
        .iter()
        .map(|(l, w, c)| (*l, w.iter().copied().collect(), *c))
        .collect(),
});

#[derive(Default)]
struct ScriptCounts {
    arabic: usize,
    latin: usize,
    other: [(usize, &'static str); 8],
    total: usize,
}

fn script_counts(text: &str) -> ScriptCounts {
    let mut s = ScriptCounts {
        other: [
            (0, "ru"),
            (0, "el"),
            (0, "he"),
            (0, "hi"),
            (0, "zh"),
            (0, "ja"),
            (0, "ko"),
            (0, "th"),
        ],
        ..ScriptCounts::default()
    };
    for c in text.chars() {
        if !is_letter(c) {
            continue;
        }
        s.total += 1;
        let cp = c as u32;
        let slot = match cp {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => {
                s.arabic += 1;
                continue;
            }
            0x0041..=0x024F | 0x1E00..=0x1EFF => {
                s.latin += 1;
                continue;
            }
            0x0400..=0x052F => 0,
            0x0370..=0x03FF => 1,
            0x0590..=0x05FF => 2,
            0x0900..=0x097F => 3,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => 4,
            0x3040..=0x30FF => 5,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => 6,
            0x0E00..=0x0E7F => 7,
            _ => continue,
        };
        s.other[slot].0 += 1;
    }
    s
}

/// Identifies the language of `text`: an ISO 639-1 code (`ar`, `fa`, `ur`, `en`, `fr`, `es`,
/// `de`, `it`, `pt`, `tr`, `ru`, …, or [`UNDETERMINED`]) and a confidence in 0..1.
///
/// ```
/// use khabar_clean::identify;
/// assert_eq!(identify("قال وزير الخارجية إن المحادثات في جنيف كانت إيجابية.").0, "ar");
/// assert_eq!(identify("وزیر امور خارجه ایران گفت که این مذاکرات برای منطقه مهم است.").0, "fa");
/// assert_eq!(identify("The minister said that the talks in Geneva were positive.").0, "en");
/// ```
pub fn identify(text: &str) -> (&'static str, f32) {
    // The first few kilobytes say as much as the whole document, at bounded cost.
    let text = prefix_at_char_boundary(text, SAMPLE_BYTES);
    let s = script_counts(text);
    if s.total == 0 {
        return (UNDETERMINED, 0.0);
    }
    let (best_other, other_n) = s
        .other
        .iter()
        .max_by_key(|(n, _)| *n)
        .map(|(n, l)| (*l, *n))
        .unwrap_or(("und", 0));
    let total = s.total as f32;
    if s.arabic >= s.latin && s.arabic >= other_n {
        let (lang, p, words) = arabic_script(text);
        (lang, confidence(s.arabic as f32 / total, p, words))
    } else if s.latin >= other_n {
        let (lang, p, words) = latin_script(text);
        (lang, confidence(s.latin as f32 / total, p, words))
    } else {
        // One language per script: certainty is the script share, discounted for short text.
        (
            best_other,
            confidence(other_n as f32 / total, 0.9, other_n / 4),
        )
    }
}

/// Confidence from the script share, the within-script preference `p` (best score over the
/// sum of the best two, 0.5..1), and the amount of evidence (words).
fn confidence(share: f32, p: f32, words: usize) -> f32 {
    let margin = ((p - 0.5) * 2.0).clamp(0.0, 1.0);
    let evidence = 1.0 - (-(words as f32) / 6.0).exp();
    let c = share * (0.3 + 0.7 * margin.sqrt()) * (0.4 + 0.6 * evidence);
    (c * 1000.0).round() / 1000.0
}

fn strip_marks(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect()
}

/// Returns (lang, p, words) for Arabic-script text.
fn arabic_script(text: &str) -> (&'static str, f32, usize) {
    let lists = &*LISTS;
    let (mut l_ar, mut l_fa, mut l_ur, mut letters) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match c {
            'ي' | 'ك' | 'ة' | 'ى' => l_ar += 1,
            'ی' | 'ک' | 'پ' | 'چ' | 'ژ' | 'گ' => l_fa += 1,
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' | 'ہ' => l_ur += 1,
            _ => {}
        }
        if ('\u{0621}'..='\u{06FF}').contains(&c) && is_letter(c) {
            letters += 1;
        }
    }
    let (mut f_ar, mut f_fa, mut f_ur, mut words) = (0usize, 0usize, 0usize, 0usize);
    for w in text.split(|c: char| !is_letter(c) && c != '\u{0640}') {
        if w.is_empty() || !w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            continue;
        }
        words += 1;
        // Function words are short: longer words cannot match, skip the lookups.
        if w.len() > 16 {
            continue;
        }
        let stripped;
        let w = if w
            .chars()
            .any(|c| matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}'))
        {
            stripped = strip_marks(w);
            stripped.as_str()
        } else {
            w
        };
        f_ar += usize::from(lists.ar.contains(w));
        f_fa += usize::from(lists.fa.contains(w));
        f_ur += usize::from(lists.ur.contains(w));
    }
    let nw = words.max(1) as f32;
    let nl = letters.max(1) as f32;
    let s_ar = f_ar as f32 / nw + 3.0 * l_ar as f32 / nl;
    // Persian never writes the Urdu-only letters: they cancel Persian letter evidence.
    let s_fa = f_fa as f32 / nw + 3.0 * l_fa.saturating_sub(2 * l_ur) as f32 / nl;
    let s_ur = f_ur as f32 / nw + 3.0 * l_ur as f32 / nl + l_fa as f32 / nl;
    let mut scores = [("ar", s_ar), ("fa", s_fa), ("ur", s_ur)];
    scores.sort_by(|a, b| b.1.total_cmp(&a.1));
    if scores[0].1 <= 0.0 {
        // No distinctive evidence at all (e.g. a bare name): Arabic, the common case, weakly.
        return ("ar", 0.6, words.min(2));
    }
    let p = scores[0].1 / (scores[0].1 + scores[1].1);
    (scores[0].0, p, words)
}

/// Returns (lang, p, words) for Latin-script text.
fn latin_script(text: &str) -> (&'static str, f32, usize) {
    let lists = &*LISTS;
    // A word or letter shared by k languages is worth 1/k to each: shared words ("la", "de")
    // say little about which of them it is.
    let mut hits = vec![0f32; lists.latin.len()];
    let mut words = 0usize;
    for w in text.split(|c: char| !c.is_alphabetic() && c != '\'') {
        if w.is_empty()
            || !w
                .chars()
                .all(|c| c.is_alphabetic() && (c as u32) < 0x0250 || c == '\'')
        {
            continue;
        }
        words += 1;
        let lw = w.to_lowercase();
        let k = lists
            .latin
            .iter()
            .filter(|(_, set, _)| set.contains(lw.as_str()))
            .count();
        for (i, (_, set, _)) in lists.latin.iter().enumerate() {
            if set.contains(lw.as_str()) {
                hits[i] += 1.0 / k as f32;
            }
        }
    }
    let mut chars = vec![0f32; lists.latin.len()];
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            continue;
        }
        let k = lists
            .latin
            .iter()
            .filter(|(_, _, special)| special.contains(c))
            .count();
        for (i, (_, _, special)) in lists.latin.iter().enumerate() {
            if special.contains(c) {
                chars[i] += 1.0 / k as f32;
            }
        }
    }
    let nw = words.max(1) as f32;
    let mut scores: Vec<(&'static str, f32)> = lists
        .latin
        .iter()
        .enumerate()
        .map(|(i, (l, _, _))| (*l, hits[i] / nw + 0.5 * chars[i] / nw))
        .collect();
    scores.sort_by(|a, b| b.1.total_cmp(&a.1));
    if scores[0].1 <= 0.0 {
        return ("en", 0.5, words.min(2));
    }
    let p = scores[0].1 / (scores[0].1 + scores[1].1);
    (scores[0].0, p, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        let cases = [
            ("ar", "وذكرت وكالة سانا أنّ جلسة الأمس بين الوفد الحكومي ورمزي تطرّقت إلى سلة الدستور حيث قام الوفد بتقديم ورقة مبادئ أساسية."),
            ("fa", "به گزارش خبرگزاری، رئیس جمهور در این نشست گفت که دولت برای حل مشکلات اقتصادی برنامه دارد."),
            ("ur", "وزیر اعظم نے کہا کہ حکومت ملک کی ترقی کے لیے اقدامات کر رہی ہے اور یہ سلسلہ جاری رہے گا۔"),
            ("en", "The Syrian delegation presented a paper of basic principles during the talks in Geneva on Thursday."),
            ("fr", "La délégation syrienne a présenté un document de principes lors des pourparlers de Genève."),
            ("es", "La delegación siria presentó un documento de principios básicos durante las conversaciones en Ginebra."),
            ("de", "Die syrische Delegation hat bei den Gesprächen in Genf ein Papier mit Grundsätzen vorgelegt."),
            ("ru", "Сирийская делегация представила документ с основными принципами на переговорах в Женеве."),
        ];
        for (want, text) in cases {
            let (got, conf) = identify(text);
            assert_eq!(got, want, "{text}");
            assert!(conf > 0.6, "{want}: {conf}");
        }
    }

    #[test]
    fn confidence_reflects_evidence_and_mixing() {
        assert_eq!(identify(""), (UNDETERMINED, 0.0));
        assert_eq!(identify("123 ... !!!"), (UNDETERMINED, 0.0));
        let short = identify("لافروف").1;
        let long = identify("قال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعو إلى تشكيل جبهة موحدة لمحاربة الإرهاب في سورية.").1;
        assert!(short < long, "{short} {long}");
        let mixed = identify("قال الوزير في مؤتمر صحافي the minister said that the talks were positive and productive").1;
        assert!(mixed < long);
    }
}
