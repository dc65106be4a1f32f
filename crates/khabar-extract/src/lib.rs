//! HTML to article: encoding detection, main-content extraction, metadata.
//!
//! # Brief overview
//! - [`extract`]: page bytes → [`Extracted`] (title, author, date, language, body paragraphs,
//!   encoding). Pure: no I/O, no global state; safe to call from many threads.
//! - [`decode_html`] / [`decode_html_with_hint`]: bytes → text with the encoding and how it
//!   was decided ([`EncodingSource`]); used by readers of WARC and JSONL records too.
//! - [`Extracted::into_article`]: the shared [`khabar_article::Article`] schema.
//! - [`eval`]: the token-level scoring used by `khabar eval extract`.
//!
//! The algorithm (furniture pruning by tag/role/class hints, text blocks, a maximum-weight
//! container, block filters for Arabic news furniture, JSON-LD `articleBody` as a cross-check)
//! is described in `docs/extraction.md`.
//!
//! ```
//! let html = "<html lang=ar><head><title>خبر | موقع</title></head><body>\
//!   <nav><a href=/>الرئيسية</a></nav><article><h1>خبر</h1>\
//!   <p>قال المتحدث باسم الوزارة إن الاجتماع تناول سبل التعاون، وإن نتائجه ستعلن قريبا.</p>\
//!   <p>شارك على فيسبوك</p></article></body></html>";
//! let page = khabar_extract::extract(html.as_bytes(), &Default::default()).unwrap();
//! assert_eq!(page.title.as_deref(), Some("خبر"));
//! assert_eq!(page.paragraphs.len(), 1);
//! assert_eq!(page.lang.as_deref(), Some("ar"));
//! ```

#![warn(missing_docs)]

mod boilerplate;
mod content;
mod dates;
mod dom;
mod encoding;
mod entities;
mod entities_table;
pub mod eval;
mod hints;
mod meta;
mod textutil;

use serde::Serialize;

pub use encoding::{decode_arabic_code_page, decode_html, decode_html_with_hint, EncodingSource};

/// A publication date as ISO 8601 (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][zone]` when a time
/// is given), from ISO 8601 or near it (`2017-02-18 23:44`, `2017/02/18`), the day-first
/// `DD/MM/YYYY` of many Arabic outlets, or Arabic date text (`15 مارس 2017`, `1 فيفري 2017`);
/// `None` when no valid date can be read.
///
/// ```
/// use khabar_extract::normalize_date;
/// assert_eq!(normalize_date("20/01/2017").as_deref(), Some("2017-01-20"));
/// assert_eq!(
///     normalize_date("2017-01-20T21:43:00+01:00").as_deref(),
///     Some("2017-01-20T21:43:00+01:00")
/// );
/// assert_eq!(normalize_date("الجمعة 20 جانفي 2017").as_deref(), Some("2017-01-20"));
/// assert_eq!(normalize_date("yesterday"), None);
/// ```
pub fn normalize_date(date: &str) -> Option<String> {
    dates::normalize_iso(date)
}

/// Default cap on input size: bytes beyond it are ignored (and [`Extracted::truncated`] set).
/// News articles are well under 1 MiB; pages of tens of MiB are feeds, dumps or attacks.
pub const DEFAULT_MAX_BYTES: usize = 8 * 1024 * 1024;

/// Options for [`extract`].
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// URL of the page, if known (copied to the result; used for nothing else yet).
    pub url: Option<String>,
    /// HTTP `Content-Type` header, if known (its `charset` outranks `<meta>`).
    pub content_type: Option<String>,
    /// Inputs longer than this are cut to this many bytes before decoding.
    pub max_bytes: usize,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            url: None,
            content_type: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Where the body text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodySource {
    /// The page's DOM (the main-content container).
    Dom,
    /// The JSON-LD `articleBody`, used when the DOM held little of it (app shells).
    JsonLd,
    /// Nothing was found.
    None,
}

/// An extracted article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extracted {
    /// The page URL, when given in [`ExtractOptions::url`].
    pub url: Option<String>,
    /// Article title (site name removed).
    pub title: Option<String>,
    /// Author, when the page names one.
    pub author: Option<String>,
    /// Publication date, ISO 8601 (`2017-02-18` or `2017-02-18T23:44:00`).
    pub date: Option<String>,
    /// Declared language (primary subtag, lower case: `ar`).
    pub lang: Option<String>,
    /// Body paragraphs joined by `\n`.
    pub text: String,
    /// Body paragraphs.
    pub paragraphs: Vec<String>,
    /// Encoding used to decode the page (WHATWG name, e.g. `UTF-8`, `windows-1256`).
    pub encoding: &'static str,
    /// How the encoding was decided.
    pub encoding_source: EncodingSource,
    /// Where the body came from.
    pub body_source: BodySource,
    /// The input was longer than [`ExtractOptions::max_bytes`] and was cut.
    pub truncated: bool,
}

impl Extracted {
    /// Converts into the shared article schema. `id` and `source` come from the caller (the
    /// record id or file name); the URL is taken from `url` or else from the options.
    pub fn into_article(
        self,
        id: impl Into<String>,
        url: Option<String>,
        source: Option<String>,
    ) -> khabar_article::Article {
        khabar_article::Article {
            id: id.into(),
            source,
            url: url.or(self.url),
            title: self.title,
            date: self.date,
            lang: self.lang,
            text: self.text,
            ..Default::default()
        }
    }
}

/// Why a page could not be extracted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    /// The input is empty.
    #[error("empty input")]
    Empty,
    /// The input is not HTML (binary data, or text without any markup).
    #[error("not HTML: {reason}")]
    NotHtml {
        /// What gave it away.
        reason: String,
    },
}

/// File signatures of common binary formats that get mistaken for pages.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1F\x8B", "gzip data"),
    (b"\x28\xB5\x2F\xFD", "zstd data"),
    (b"BZh", "bzip2 data"),
    (b"RIFF", "RIFF media"),
    (b"\x7FELF", "ELF executable"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00", "binary data"),
];

fn check_binary(bytes: &[u8]) -> Result<(), ExtractError> {
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(ExtractError::NotHtml {
                reason: format!("looks like {what}"),
            });
        }
    }
    let utf16_bom = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !utf16_bom {
        let head = &bytes[..bytes.len().min(4096)];
        let nul = head.iter().filter(|&&b| b == 0).count();
        if nul > 0 {
            return Err(ExtractError::NotHtml {
                reason: format!(
                    "binary data ({nul} NUL bytes in the first {} bytes)",
                    head.len()
                ),
            });
        }
    }
    Ok(())
}

fn check_markup(text: &str) -> Result<(), ExtractError> {
    let head: String = text.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        .count();
    if controls * 20 > head.chars().count() {
        return Err(ExtractError::NotHtml {
            reason: format!("binary data ({controls} control characters in the first 4096)"),
        });
    }
    let window = &text.as_bytes()[..text.len().min(1 << 20)];
    let has_tag = memchr::memchr_iter(b'<', window).any(|i| {
        window
            .get(i + 1)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'!')
    });
    if !has_tag {
        return Err(ExtractError::NotHtml {
            reason: "no HTML markup found".to_string(),
        });
    }
    Ok(())
}

/// Extracts the article from HTML page bytes.
///
/// Errors only for input that is not a page (empty, binary, no markup). A page without
/// recognisable body text gives `Ok` with empty `text` and [`BodySource::None`].
pub fn extract(bytes: &[u8], opts: &ExtractOptions) -> Result<Extracted, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    check_binary(bytes)?;
    let truncated = bytes.len() > opts.max_bytes;
    let bytes = &bytes[..bytes.len().min(opts.max_bytes)];
    let (html, encoding, encoding_source) =
        decode_html_with_hint(bytes, opts.content_type.as_deref());
    check_markup(&html)?;
    let dom = dom::parse(&html);
    drop(html);
    let page_meta = meta::collect(&dom);
    let title_like = title_like_texts(&dom);
    let mut title = meta::choose_title(&page_meta, &title_like, || {
        title_piece_in_body(&dom, page_meta.html_title.as_deref())
    });
    let title_folded = title.as_deref().map(textutil::fold);
    let ctx = content::FilterContext {
        title_folded: title_folded.as_deref(),
    };
    let mut paragraphs = content::extract_paragraphs(&dom, &ctx);
    let mut body_source = if paragraphs.is_empty() {
        BodySource::None
    } else {
        BodySource::Dom
    };
    if let Some(ld) = page_meta.ld_body.as_deref() {
        if let Some(ld_paragraphs) = prefer_json_ld(ld, &paragraphs) {
            paragraphs = ld_paragraphs;
            body_source = BodySource::JsonLd;
        }
    }
    // No title, or an editor's placeholder (`New Page 1`): a first line without a sentence end
    // above the body, of 8 to 25 words (shorter ones were trimmed as kickers), is the headline.
    if title.as_deref().is_none_or(is_placeholder_title)
        && body_source == BodySource::Dom
        && paragraphs.len() > 1
        && textutil::word_count(&paragraphs[0]) <= 25
        && !textutil::ends_like_sentence(&paragraphs[0])
    {
        title = Some(paragraphs.remove(0));
    }
    let date = page_meta
        .date
        .clone()
        .or_else(|| text_date(&dom, title_folded.as_deref()));
    Ok(Extracted {
        url: opts.url.clone(),
        title,
        author: page_meta.author.clone(),
        date,
        lang: page_meta.lang.clone(),
        text: paragraphs.join("\n"),
        paragraphs,
        encoding,
        encoding_source,
        body_source,
        truncated,
    })
}

/// Texts of elements whose class or id says "title" (legacy `div.title`, `span.headline`).
fn title_like_texts(d: &dom::Dom) -> Vec<String> {
    let mut out = Vec::new();
    for (id, tag) in d.elements() {
        if matches!(tag, "script" | "style" | "title" | "meta") {
            continue;
        }
        let is_title = ["class", "id", "itemprop"]
            .iter()
            .any(|a| d.attr(id, a).is_some_and(hints::is_title_hint));
        if is_title {
            let t = meta::element_text(d, id);
            if !t.is_empty() && t.len() < 400 {
                out.push(t);
            }
        }
        if out.len() >= 16 {
            break;
        }
    }
    out
}

/// Whether a `<title>` is an authoring tool's placeholder rather than a headline (`New Page 1`
/// from FrontPage, `Untitled Document` from Dreamweaver, `بدون عنوان`).
fn is_placeholder_title(title: &str) -> bool {
    let t = textutil::fold(title).to_lowercase();
    let t = t.trim();
    t.is_empty()
        || t.starts_with("new page")
        || t.starts_with("untitled")
        || matches!(
            t,
            "document" | "home" | "index" | "بدون عنوان" | "صفحه جديده"
        )
}

/// The longest piece of `<title>` split at a title separator (` - `, ` | `…) that is also the
/// whole text of an element in the page body (`<b>`, `<font>`, a heading, a cell…), if any:
/// `اخبار الخضراء - اعترافات تونسي…` with `<b>اعترافات تونسي…</b>` above the article gives the
/// headline, whichever side the site name is on. Element text lengths are summed bottom-up,
/// and only elements whose text is about as long as a piece (at most 400 bytes) are read.
fn title_piece_in_body(d: &dom::Dom, html_title: Option<&str>) -> Option<String> {
    let title = textutil::collapse_ws(html_title?);
    let mut pieces: Vec<(String, &str)> = Vec::new();
    for sep in meta::TITLE_SEPARATORS {
        for piece in title.split(sep) {
            let piece = piece.trim();
            if piece.len() >= 6 && piece.len() < title.len() {
                pieces.push((textutil::fold(piece), piece));
            }
        }
    }
    if pieces.is_empty() {
        return None;
    }
    // An element's raw text can match a piece only if its length is near the piece's (folding
    // drops diacritics, collapsing drops whitespace): a cheap filter before reading the text.
    let shortest = pieces.iter().map(|(_, p)| p.len()).min().unwrap_or(0);
    let longest = pieces.iter().map(|(_, p)| p.len()).max().unwrap_or(0);
    let range = (shortest / 2).max(6)..=(longest * 2).min(400);
    let n = d.nodes.len();
    let mut len = vec![0usize; n];
    for i in (1..n).rev() {
        if let dom::NodeData::Text(t) = &d.nodes[i].data {
            len[i] += t.len();
        }
        let p = d.nodes[i].parent as usize;
        if p != i {
            len[p] += len[i];
        }
    }
    let mut best: Option<&str> = None;
    for (id, tag) in d.elements() {
        let l = len[id as usize];
        if !range.contains(&l)
            || !matches!(
                tag,
                "b" | "strong"
                    | "font"
                    | "span"
                    | "em"
                    | "a"
                    | "td"
                    | "div"
                    | "p"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
            )
        {
            continue;
        }
        let text = textutil::fold(&textutil::collapse_ws(&d.text_of(id)));
        for (folded, piece) in &pieces {
            if *folded == text
                && best.is_none_or(|b| textutil::word_count(piece) > textutil::word_count(b))
            {
                best = Some(piece);
            }
        }
    }
    best.map(str::to_string)
}

/// A date written in the page text, near the title (first short text with a date after it).
fn text_date(d: &dom::Dom, title_folded: Option<&str>) -> Option<String> {
    let mut after_title = title_folded.is_none();
    let mut seen = 0;
    let mut first_any: Option<String> = None;
    for node in &d.nodes {
        let dom::NodeData::Text(t) = &node.data else {
            continue;
        };
        if matches!(d.tag(node.parent), "script" | "style" | "title") {
            continue;
        }
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        if !after_title && title_folded.is_some_and(|tf| textutil::fold(t) == tf) {
            after_title = true;
            continue;
        }
        if textutil::word_count(t) <= 12 {
            if let Some(date) = dates::parse_text_date(t) {
                if after_title {
                    return Some(date);
                }
                first_any.get_or_insert(date);
            }
        }
        if after_title {
            seen += 1;
            if seen > 60 {
                break;
            }
        }
    }
    first_any
}

/// Uses JSON-LD `articleBody` instead of the DOM result when the DOM result misses most of it
/// (client-rendered pages whose HTML has no article text). Returns its paragraphs then.
fn prefer_json_ld(ld: &str, dom_paragraphs: &[String]) -> Option<Vec<String>> {
    let ld_text = if ld.contains('<') {
        let d = dom::parse(ld);
        let mut s = String::new();
        for node in &d.nodes {
            if let dom::NodeData::Text(t) = &node.data {
                s.push_str(t);
                s.push('\n');
            }
        }
        s
    } else {
        entities::decode(ld)
    };
    let ld_paragraphs: Vec<String> = ld_text
        .split(['\n', '\r'])
        .map(textutil::collapse_ws)
        .filter(|p| !p.is_empty())
        .filter(|p| !boilerplate::is_furniture_line(p, textutil::word_count(p)))
        .collect();
    let ld_tokens: Vec<String> = ld_paragraphs.iter().flat_map(|p| eval::tokens(p)).collect();
    if ld_tokens.len() < 15 {
        return None;
    }
    let dom_tokens: Vec<String> = dom_paragraphs
        .iter()
        .flat_map(|p| eval::tokens(p))
        .collect();
    let covered = eval::overlap(&ld_tokens, &dom_tokens) as f64 / ld_tokens.len() as f64;
    (covered < 0.5 && ld_tokens.len() > dom_tokens.len()).then_some(ld_paragraphs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_title_gives_way_to_the_first_line() {
        let html = "<html><head><title>New Page 1</title></head><body><font><b>بلدية حمام سوسة : الغرفة الجهوية لدائرة المحاسبات تكشف عن إخلالات بالجملة</b><br><br>قال وزير الخارجية اليوم إن المحادثات مع الجانب الآخر كانت مثمرة، وإن الطرفين اتفقا على مواصلة العمل.<br><br>وأضاف أن اللجنة المشتركة ستجتمع الشهر المقبل لبحث تفاصيل الاتفاق، مشيرا إلى أهمية التعاون.</font></body></html>";
        let page = extract(html.as_bytes(), &Default::default()).unwrap();
        assert_eq!(
            page.title.as_deref(),
            Some("بلدية حمام سوسة : الغرفة الجهوية لدائرة المحاسبات تكشف عن إخلالات بالجملة")
        );
        assert_eq!(page.paragraphs.len(), 2);
        assert!(is_placeholder_title("Untitled Document") && !is_placeholder_title("Home Office"));
    }

    #[test]
    fn title_piece_printed_in_the_page() {
        let body = "<p>قال وزير الخارجية اليوم إن المحادثات مع الجانب الآخر كانت مثمرة، وإن الطرفين اتفقا على مواصلة العمل.</p>";
        let page = |title: &str, bold: &str| {
            let html = format!(
                "<html><head><title>{title}</title></head><body><table><tr><td><b>{bold}</b><br>{body}</td></tr></table></body></html>"
            );
            extract(html.as_bytes(), &Default::default()).unwrap().title
        };
        // A leading site name behind ` - `, the headline printed in bold above the article.
        assert_eq!(
            page(
                "اخبار الخضراء - اعترافات تونسي في العراق",
                "اعترافات تونسي في العراق"
            )
            .as_deref(),
            Some("اعترافات تونسي في العراق")
        );
        // ` - ` inside a real headline stays when no piece is printed alone.
        assert_eq!(
            page("تونس - الجزائر: مباراة حاسمة الليلة", "الرياضة").as_deref(),
            Some("تونس - الجزائر: مباراة حاسمة الليلة")
        );
    }

    #[test]
    fn rejects_binary_and_empty() {
        assert_eq!(extract(b"", &Default::default()), Err(ExtractError::Empty));
        assert!(matches!(
            extract(b"\x89PNG\r\n\x1a\n....", &Default::default()),
            Err(ExtractError::NotHtml { .. })
        ));
        assert!(matches!(
            extract(b"abc\x00def<p>", &Default::default()),
            Err(ExtractError::NotHtml { .. })
        ));
        assert!(matches!(
            extract("نص عادي بلا وسوم".as_bytes(), &Default::default()),
            Err(ExtractError::NotHtml { .. })
        ));
    }

    #[test]
    fn truncates_large_input() {
        let body =
            "<p>قال الوزير إن الحكومة ستواصل العمل على الإصلاحات، وإن النتائج ستظهر قريبا.</p>";
        let html = format!(
            "<html><body><article>{}</article></body></html>",
            body.repeat(2000)
        );
        let opts = ExtractOptions {
            max_bytes: 10_000,
            ..Default::default()
        };
        let e = extract(html.as_bytes(), &opts).unwrap();
        assert!(e.truncated);
        assert!(!e.paragraphs.is_empty());
    }

    #[test]
    fn json_ld_body_for_app_shell() {
        let html = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"عنوان الخبر","datePublished":"2023-05-01T10:00:00Z","author":{"@type":"Person","name":"سارة علي"},"articleBody":"قال مسؤول في الوزارة إن الخطة الجديدة ستطبق في جميع المحافظات خلال العام المقبل.\nوأضاف أن التمويل متوفر وأن العمل سيبدأ بعد موافقة البرلمان على الميزانية."}</script></head><body><div id="__next"><div class="loading">جار التحميل</div></div></body></html>"#;
        let e = extract(html.as_bytes(), &Default::default()).unwrap();
        assert_eq!(e.body_source, BodySource::JsonLd);
        assert_eq!(e.paragraphs.len(), 2);
        assert_eq!(e.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(e.author.as_deref(), Some("سارة علي"));
        assert_eq!(e.date.as_deref(), Some("2023-05-01T10:00:00Z"));
    }
}
