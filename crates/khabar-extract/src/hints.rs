//! Class, id, role and tag hints that mark page furniture or article bodies, across CMSs.
//!
//! Class and id values are split into lower-case parts at `-`, `_`, spaces and camelCase
//! boundaries (`td-post-sharing` → `td post sharing`; `RelatedArticles_list__x7` → `related
//! articles list x7`), so one list covers WordPress themes, Drupal, Joomla, Bootstrap, AMP and
//! CSS-module class names of React/Next.js apps.

/// Tags that never hold article body text.
pub(crate) fn is_furniture_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "form"
            | "button"
            | "select"
            | "textarea"
            | "input"
            | "label"
            | "option"
            | "nav"
            | "aside"
            | "footer"
            | "header"
            | "marquee"
            | "figcaption"
            | "figure"
            | "picture"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "menu"
            | "head"
            | "title"
            | "meta"
            | "link"
    ) || (tag.starts_with("amp-")
        && !matches!(tag, "amp-fit-text" | "amp-accordion" | "amp-live-list"))
}

/// ARIA roles of page furniture.
pub(crate) fn is_furniture_role(role: &str) -> bool {
    role.split_ascii_whitespace().any(|r| {
        matches!(
            r.to_ascii_lowercase().as_str(),
            "navigation"
                | "banner"
                | "complementary"
                | "contentinfo"
                | "search"
                | "dialog"
                | "alertdialog"
                | "menu"
                | "menubar"
                | "toolbar"
                | "tablist"
        )
    })
}

/// Single class/id parts that mark furniture.
#[rustfmt::skip]
const NEGATIVE_PARTS: &[&str] = &[
    "ad", "addthis", "ads", "adv", "advert", "advertisement", "advertising", "adverts", "author",
    "authors", "badge", "banner", "banners", "breadcrumb", "breadcrumbs", "breaking", "byline",
    "caption", "captions", "comment", "commentlist", "comments", "consent", "cookie", "cookies",
    "copyright", "counter", "credit", "credits", "crumbs", "date", "dateline", "dek", "disqus",
    "dropdown", "email", "embed", "facebook", "fb", "footer", "gallery", "gdpr",
    "header", "hidden", "invisible", "jp", "keywords", "label", "latest", "login", "logo",
    "masthead", "menu", "menus", "meta", "modal", "morenews", "most", "mostread", "nav", "navbar",
    "navigation", "newsletter", "next", "offscreen", "outbrain", "overlay", "pager", "pagination",
    "poll", "popular", "popup", "prev", "previous", "print", "promo", "promoted", "pullquote",
    "rating", "readalso", "readmore", "rec", "recommend", "recommendations", "recommended",
    "related", "reply", "respond", "rights", "search", "seealso", "share", "sharer", "sharethis",
    "sharing", "sidebar", "signup", "sitemap", "skip", "social", "socials", "sponsor", "sponsored",
    "sronly", "standfirst", "subnav", "subscribe", "subscription", "summary", "taboola", "tag",
    "tagcloud", "tags", "teaser", "teasers", "thumb", "thumbnail", "ticker", "time", "toolbar",
    "tools", "topbar", "trending", "tweet", "twitter", "views", "whatsapp", "widget", "widgets",
    "yarpp",
];

/// Adjacent part pairs that mark furniture (`read-also`, `more-news`, …).
const NEGATIVE_PAIRS: &[(&str, &str)] = &[
    ("read", "also"),
    ("pull", "quote"),
    ("read", "more"),
    ("see", "also"),
    ("more", "news"),
    ("more", "articles"),
    ("more", "stories"),
    ("more", "from"),
    ("load", "more"),
    ("show", "more"),
    ("most", "read"),
    ("you", "may"),
    ("post", "navigation"),
    ("sr", "only"),
    ("screen", "reader"),
    ("visually", "hidden"),
    ("top", "bar"),
    ("element", "invisible"),
    ("element", "hidden"),
];

/// Single parts that mark an article body.
const POSITIVE_PARTS: &[&str] = &[
    "articlebody",
    "articlecontent",
    "articletext",
    "bodytext",
    "entrycontent",
    "newsbody",
    "newscontent",
    "newstext",
    "postbody",
    "postcontent",
    "storybody",
    "storycontent",
    "storytext",
];

/// Adjacent part pairs that mark an article body (`entry-content`, `article__body`, …).
const POSITIVE_PAIRS: &[(&str, &str)] = &[
    ("article", "body"),
    ("article", "content"),
    ("article", "text"),
    ("article", "details"),
    ("story", "body"),
    ("story", "content"),
    ("story", "text"),
    ("entry", "content"),
    ("entry", "body"),
    ("post", "content"),
    ("post", "body"),
    ("post", "text"),
    ("news", "body"),
    ("news", "content"),
    ("news", "text"),
    ("news", "details"),
    ("content", "body"),
    ("body", "text"),
    ("text", "body"),
    ("detail", "content"),
    ("details", "content"),
    ("field", "body"),
    ("name", "body"),
    ("main", "text"),
];

/// Splits class/id values into lower-case parts.
#[cfg(test)]
pub(crate) fn parts(value: &str) -> Vec<String> {
    split_lower(value)
        .split(' ')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lower-cases `value` and puts a space at every part boundary (non-alphanumerics and
/// camelCase humps), in one allocation.
fn split_lower(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_ascii_alphanumeric() {
            out.push(' ');
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Hint of a class/id value: negative (furniture), positive (article body), or neutral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Page furniture.
    Negative,
    /// Article body.
    Positive,
    /// No opinion.
    Neutral,
}

fn pair_in(list: &[(&str, &str)], a: &str, b: &str) -> bool {
    list.iter().any(|(x, y)| *x == a && *y == b)
}

/// Classifies one class or id attribute value. Positive wins over negative when both occur
/// in the same value (`post-content share-enabled`).
pub(crate) fn classify(value: &str) -> Hint {
    let mut norm = split_lower(value);
    // Drupal marks every field with how its label shows (`field--label-hidden`,
    // `field--label-inline`, `field--label-above`): that says nothing about the field.
    for drupal in ["label hidden", "label inline", "label above"] {
        if norm.contains(drupal) {
            norm = norm.replace(drupal, " ");
        }
    }
    let mut negative = false;
    let mut prev = "";
    for part in norm.split(' ').filter(|p| !p.is_empty()) {
        if POSITIVE_PARTS.binary_search(&part).is_ok() || pair_in(POSITIVE_PAIRS, prev, part) {
            return Hint::Positive;
        }
        negative = negative
            || NEGATIVE_PARTS.binary_search(&part).is_ok()
            || pair_in(NEGATIVE_PAIRS, prev, part);
        prev = part;
    }
    if negative {
        Hint::Negative
    } else {
        Hint::Neutral
    }
}

/// Whether a class/id value names other articles (`related`, `teaser`, `read-also`,
/// `more-news`…): such an element's article-body descendants are the other articles' excerpts
/// (Drupal's `node--view-mode-teaser` with a `field--name-body`), so they do not protect it.
pub(crate) fn is_other_articles_hint(value: &str) -> bool {
    let norm = split_lower(value);
    let mut prev = "";
    for part in norm.split(' ').filter(|p| !p.is_empty()) {
        if matches!(
            part,
            "related" | "teaser" | "teasers" | "readalso" | "seealso" | "morenews" | "recommended"
        ) || matches!(
            (prev, part),
            ("read", "also") | ("see", "also") | ("more", "news")
        ) {
            return true;
        }
        prev = part;
    }
    false
}

/// Whether an `id` value names a comment section (`comments`, `comment-list`, `disqus_thread`,
/// `respond`): WordPress and most CMSs anchor their comments so.
pub(crate) fn is_comment_section_id(value: &str) -> bool {
    let norm = split_lower(value);
    let mut prev = "";
    for part in norm.split(' ').filter(|p| !p.is_empty()) {
        if matches!(part, "comments" | "commentlist" | "disqus" | "respond")
            || (prev == "comment" && matches!(part, "list" | "section" | "area" | "thread"))
        {
            return true;
        }
        prev = part;
    }
    false
}

/// Whether a class/id value names a title (`title`, `headline`, `heading` parts).
pub(crate) fn is_title_hint(value: &str) -> bool {
    // Cheap pre-check: almost no class names mention a title.
    let b = value.as_bytes();
    let mentions = |w: &[u8]| b.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if !mentions(b"title") && !mentions(b"head") {
        return false;
    }
    split_lower(value)
        .split(' ')
        .any(|p| matches!(p, "title" | "headline" | "heading"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_split_camel_and_separators() {
        assert_eq!(
            parts("td-post-sharing td_x"),
            ["td", "post", "sharing", "td", "x"]
        );
        assert_eq!(
            parts("RelatedArticles_list__x7"),
            ["related", "articles", "list", "x7"]
        );
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(NEGATIVE_PARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(POSITIVE_PARTS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn classify_common_cms_classes() {
        assert_eq!(classify("td-post-content tagdiv-type"), Hint::Positive);
        assert_eq!(classify("field field-name-body"), Hint::Positive);
        assert_eq!(classify("ArticleBody_root__3x"), Hint::Positive);
        assert_eq!(
            classify("td-post-sharing td-post-sharing-top"),
            Hint::Negative
        );
        assert_eq!(classify("comment-respond"), Hint::Negative);
        assert_eq!(classify("read-also"), Hint::Negative);
        assert_eq!(classify("jp-relatedposts"), Hint::Negative);
        assert_eq!(classify("td-a-rec td-a-rec-id-sidebar"), Hint::Negative);
        assert_eq!(classify("container"), Hint::Neutral);
        assert_eq!(classify("tagdiv-type"), Hint::Neutral);
        assert_eq!(classify("headline"), Hint::Neutral);
        assert_eq!(
            classify("text-formatted field field--name-field-text field--label-hidden"),
            Hint::Neutral
        );
        assert_eq!(classify("label"), Hint::Negative);
        assert!(is_other_articles_hint(
            "paragraph paragraph--type--related-content"
        ));
        assert!(is_other_articles_hint("node node--view-mode-teaser"));
        assert!(!is_other_articles_hint(
            "node node--type-article node--view-mode-full"
        ));
    }
}
