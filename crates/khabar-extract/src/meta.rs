//! Page metadata: title, author, publication date, language, site name, and JSON-LD.

use serde_json::Value;

use crate::dates;
use crate::dom::{Dom, NodeData, NodeId};
use crate::textutil::{collapse_ws, fold, word_count};

/// Metadata gathered from `<head>`, microdata and JSON-LD.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    pub html_title: Option<String>,
    pub og_title: Option<String>,
    pub ld_headline: Option<String>,
    pub h1s: Vec<String>,
    pub site_name: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub description: Option<String>,
    /// JSON-LD `articleBody` of the page's article object, if any.
    pub ld_body: Option<String>,
}

/// Collects metadata from the whole document.
pub(crate) fn collect(dom: &Dom) -> PageMeta {
    let mut m = PageMeta::default();
    let mut meta_dates: Vec<String> = Vec::new();
    let mut item_dates: Vec<String> = Vec::new();
    let mut time_dates: Vec<String> = Vec::new();
    let mut authors: Vec<String> = Vec::new();
    for (id, tag) in dom.elements() {
        match tag {
            "html" if m.lang.is_none() => {
                m.lang = dom
                    .attr(id, "lang")
                    .or_else(|| dom.attr(id, "xml:lang"))
                    .and_then(norm_lang);
            }
            "title" if m.html_title.is_none() => {
                m.html_title = nonempty(collapse_ws(&dom.text_of(id)));
            }
            "meta" => {
                let key = dom
                    .attr(id, "property")
                    .or_else(|| dom.attr(id, "name"))
                    .or_else(|| dom.attr(id, "itemprop"))
                    .or_else(|| dom.attr(id, "http-equiv"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let Some(content) = dom.attr(id, "content").map(collapse_ws) else {
                    continue;
                };
                if content.is_empty() {
                    continue;
                }
                match key.as_str() {
                    "og:title" | "twitter:title" if m.og_title.is_none() => {
                        m.og_title = Some(content);
                    }
                    "og:site_name" | "application-name" => {
                        m.site_name.get_or_insert(content);
                    }
                    "og:description" | "description" | "twitter:description" => {
                        m.description.get_or_insert(content);
                    }
                    "og:locale" | "content-language" | "language" | "dc.language"
                        if m.lang.is_none() =>
                    {
                        m.lang = norm_lang(&content);
                    }
                    "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author"
                    | "parsely-author"
                        if !content.contains("://") =>
                    {
                        authors.push(content);
                    }
                    "article:published_time"
                    | "og:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dcterms.created"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published"
                    | "publication_date" => {
                        meta_dates.push(content);
                    }
                    _ => {}
                }
            }
            "script" => {
                let ty = dom.attr(id, "type").unwrap_or("").to_ascii_lowercase();
                if ty.contains("ld+json") {
                    json_ld(&dom.text_of(id), &mut m, &mut meta_dates, &mut authors);
                }
            }
            "h1" => {
                let t = collapse_ws(&dom.text_of(id));
                if !t.is_empty() && m.h1s.len() < 8 {
                    m.h1s.push(t);
                }
            }
            "time" => {
                if let Some(d) = dom.attr(id, "datetime") {
                    time_dates.push(d.to_string());
                }
            }
            _ => {}
        }
        // Microdata and RDFa on any element.
        let itemprop = dom.attr(id, "itemprop").unwrap_or("");
        let property = dom.attr(id, "property").unwrap_or("");
        if itemprop == "datePublished" || property.split(' ').any(|p| p == "dc:created") {
            if let Some(v) = dom.attr(id, "content").or_else(|| dom.attr(id, "datetime")) {
                item_dates.push(v.to_string());
            } else if tag != "meta" {
                item_dates.push(dom.text_of(id));
            }
        }
        if tag != "meta" && (itemprop == "author" || property.contains("foaf:name")) {
            let t = collapse_ws(&dom.text_of(id));
            if !t.is_empty() {
                authors.push(t);
            }
        }
    }
    m.date = meta_dates
        .iter()
        .chain(item_dates.iter())
        .chain(time_dates.iter())
        .find_map(|d| dates::normalize_iso(d));
    m.author = authors.into_iter().find_map(|a| clean_author(&a));
    m
}

fn nonempty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// `ar-EG`, `ar_AR`, `AR` → `ar`.
fn norm_lang(v: &str) -> Option<String> {
    let primary: String = v
        .trim()
        .split(['-', '_', ',', ';', ' '])
        .next()?
        .to_ascii_lowercase();
    (primary.len() >= 2 && primary.len() <= 3 && primary.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some(primary)
}

/// Strips byline words (`بواسطة`, `بقلم`, `كتب`, `by`) and rejects things that are not names.
pub(crate) fn clean_author(raw: &str) -> Option<String> {
    let mut t = collapse_ws(raw);
    for prefix in [
        "بواسطة",
        "بقلم",
        "كتبت",
        "كتب",
        "إعداد",
        "اعداد",
        "By",
        "by",
        "تحرير",
    ] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest
                .trim_start_matches([' ', ':', '-', '،'])
                .trim()
                .to_string();
        }
    }
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '،' | ':'));
    let words = word_count(t);
    ((1..=6).contains(&words) && !t.contains("://") && !t.contains('@')).then(|| t.to_string())
}

fn json_ld(raw: &str, m: &mut PageMeta, dates_out: &mut Vec<String>, authors: &mut Vec<String>) {
    // Raw control characters inside strings are a common JSON-LD defect; outside strings they
    // are whitespace anyway, so mapping them to spaces is safe.
    let cleaned: String = raw
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let Ok(v) = serde_json::from_str::<Value>(&cleaned) else {
        return;
    };
    // Breadth-first over arrays and `@graph`, bounded.
    let mut queue: Vec<&Value> = vec![&v];
    let mut seen = 0;
    while let Some(node) = queue.pop() {
        seen += 1;
        if seen > 200 {
            break;
        }
        match node {
            Value::Array(items) => queue.extend(items.iter()),
            Value::Object(obj) => {
                if let Some(g) = obj.get("@graph") {
                    queue.push(g);
                }
                if !is_article_type(obj.get("@type")) {
                    continue;
                }
                if let Some(h) = obj.get("headline").and_then(Value::as_str) {
                    m.ld_headline.get_or_insert(collapse_ws(h));
                }
                if let Some(b) = obj.get("articleBody").and_then(Value::as_str) {
                    if m.ld_body.is_none() && !b.trim().is_empty() {
                        m.ld_body = Some(b.to_string());
                    }
                }
                if let Some(d) = obj.get("datePublished").and_then(Value::as_str) {
                    dates_out.insert(0, d.to_string());
                }
                if let Some(l) = obj.get("inLanguage").and_then(Value::as_str) {
                    if m.lang.is_none() {
                        m.lang = norm_lang(l);
                    }
                }
                if let Some(a) = obj.get("author") {
                    let first = match a {
                        Value::Array(xs) => xs.first(),
                        x => Some(x),
                    };
                    let name = match first {
                        Some(Value::String(s)) => Some(s.as_str()),
                        Some(Value::Object(o)) => o.get("name").and_then(Value::as_str),
                        _ => None,
                    };
                    if let Some(n) = name {
                        authors.insert(0, n.to_string());
                    }
                }
            }
            _ => {}
        }
    }
}

fn is_article_type(t: Option<&Value>) -> bool {
    let ok = |s: &str| {
        s.ends_with("Article") || matches!(s, "BlogPosting" | "Report" | "LiveBlogPosting")
    };
    match t {
        Some(Value::String(s)) => ok(s),
        Some(Value::Array(xs)) => xs.iter().filter_map(Value::as_str).any(ok),
        _ => false,
    }
}

/// Separators between an article title and the site name in `<title>`.
pub(crate) const TITLE_SEPARATORS: &[&str] =
    &[" | ", " :: ", " || ", " - ", " – ", " — ", " « ", " » "];

/// Picks the article title: the `og:title`/JSON-LD headline or an `h1`, checked against
/// `<title>`, with the site name stripped.
///
/// `body_piece` finds a piece of `<title>` (split at a separator) that is also the whole text
/// of an element of the page (`title_piece_in_body` in lib.rs): the headline printed in bold
/// above an old portal's article, where `<title>` reads `Site - Headline`. It walks the page,
/// so it is called only when no explicit title or heading decided.
pub(crate) fn choose_title(
    m: &PageMeta,
    heading_texts: &[String],
    body_piece: impl FnOnce() -> Option<String>,
) -> Option<String> {
    let site = m.site_name.as_deref().map(fold);
    let strip = |t: &str| strip_site(t, site.as_deref());
    // 1. An explicit article title.
    for t in [m.og_title.as_deref(), m.ld_headline.as_deref()]
        .into_iter()
        .flatten()
    {
        let s = strip(t);
        // Some sites put the site name (or nothing useful) in og:title on every page.
        if !s.is_empty() && site.as_deref() != Some(fold(&s).as_str()) {
            return Some(s);
        }
    }
    // 2. An h1 (or other title-like heading) that `<title>` contains, or any h1 without one.
    let html_title = m.html_title.as_deref().map(fold).unwrap_or_default();
    for h in m.h1s.iter().chain(heading_texts.iter()) {
        let fh = fold(h);
        if fh.len() >= 6 && !html_title.is_empty() && html_title.contains(&fh) {
            return Some(h.clone());
        }
    }
    // 3. The piece of `<title>` that the page prints as an element of its own.
    if let Some(piece) = body_piece() {
        return Some(piece);
    }
    // 4. `<title>` with the site name removed.
    if let Some(t) = m.html_title.as_deref() {
        let s = strip(t);
        if !s.is_empty() {
            return Some(s);
        }
    }
    m.h1s.first().cloned()
}

/// Removes a site name from the start or end of a title (` | Site`, `Site :: `).
fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse_ws(title);
    for sep in TITLE_SEPARATORS {
        let pieces: Vec<&str> = title.split(sep).collect();
        if pieces.len() < 2 {
            continue;
        }
        let first = pieces[0];
        let last = pieces[pieces.len() - 1];
        let is_site = |p: &str| match site {
            Some(s) => fold(p) == s,
            None => false,
        };
        if is_site(last) {
            return title[..title.len() - last.len() - sep.len()]
                .trim()
                .to_string();
        }
        if is_site(first) {
            return title[first.len() + sep.len()..].trim().to_string();
        }
        // Without a known site name: a short trailing or leading segment is the site.
        let head = &title[..title.len() - last.len() - sep.len()];
        if word_count(last) <= 4 && word_count(head) >= word_count(last) {
            return head.trim().to_string();
        }
        // A leading site name only behind an unambiguous separator (` - ` often joins two
        // parts of a real headline: `تونس - الجزائر: …`).
        let tail = &title[first.len() + sep.len()..];
        let strong = matches!(*sep, " | " | " :: " | " || " | " « " | " » ");
        if strong && word_count(first) <= 3 && word_count(tail) > word_count(first) {
            return tail.trim().to_string();
        }
    }
    title
}

/// Text of element `id` if it is a title-like heading (used by the caller for `div.title`).
pub(crate) fn element_text(dom: &Dom, id: NodeId) -> String {
    match &dom.nodes[id as usize].data {
        NodeData::Element { .. } => collapse_ws(&dom.text_of(id)),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_are_stripped() {
        assert_eq!(
            strip_site("حريق في أبوظبي | تونس الآن", None),
            "حريق في أبوظبي"
        );
        assert_eq!(
            strip_site("شمس نيوز :: السفير الفرنسي بتونس : نحو بعث مركز", None),
            "السفير الفرنسي بتونس : نحو بعث مركز"
        );
        assert_eq!(
            strip_site("عنوان طويل للخبر - الموقع", Some("الموقع")),
            "عنوان طويل للخبر"
        );
        assert_eq!(strip_site("عنوان بلا موقع", None), "عنوان بلا موقع");
    }

    #[test]
    fn authors() {
        assert_eq!(
            clean_author("بواسطة منى السالم").as_deref(),
            Some("منى السالم")
        );
        assert_eq!(clean_author("كتب: أحمد"), Some("أحمد".to_string()));
        assert_eq!(clean_author("https://facebook.com/x"), None);
    }
}
