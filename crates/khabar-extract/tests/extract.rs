//! End-to-end tests over committed fixture pages (see `tests/fixtures/README.md`), robustness
//! against hostile input, and a never-panics property.

use std::path::Path;

use khabar_extract::{eval, extract, BodySource, EncodingSource, ExtractError, ExtractOptions};
use proptest::prelude::*;

fn fixture_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

fn fixture(name: &str) -> (Vec<u8>, serde_json::Value) {
    let dir = fixture_dir();
    let html = std::fs::read(dir.join(format!("{name}.html"))).unwrap();
    let gold = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
    (html, serde_json::from_str(&gold).unwrap())
}

fn check(name: &str) -> khabar_extract::Extracted {
    let (html, gold) = fixture(name);
    let page = extract(&html, &ExtractOptions::default()).unwrap();
    let gold_text = gold["text"].as_str().unwrap();
    let (p, r, f1) = eval::prf(&page.text, gold_text);
    assert!(
        f1 >= 0.97,
        "{name}: F1 {f1:.3} (P {p:.3} R {r:.3})\n--- got:\n{}\n--- gold:\n{gold_text}",
        page.text
    );
    let leaks = eval::leaks(&page.text, gold_text);
    assert!(leaks.is_empty(), "{name}: boilerplate leaked: {leaks:?}");
    assert_eq!(
        eval::tokens(page.title.as_deref().unwrap_or("")),
        eval::tokens(gold["title"].as_str().unwrap()),
        "{name}: title"
    );
    assert!(
        page.encoding
            .eq_ignore_ascii_case(gold["encoding"].as_str().unwrap()),
        "{name}: encoding {}",
        page.encoding
    );
    page
}

/// Every page of `tests/families*/` (52 site families written blind: see their READMEs) keeps its
/// body, title and encoding. Known limits: the vBulletin thread (its replies come with the first
/// post, the article) and the photo story (its long captions come with the short intro), where
/// only recall is checked; the Telegram channel preview, the `<noscript>`-only and the
/// hydration-state bodies, the match centre and the bare Word export, where only the encoding
/// is checked. The fifth batch's other pages are held to F1 0.85 (see its README).
#[test]
fn blind_written_site_families() {
    let mut pages = Vec::new();
    for dir in [
        "families",
        "families2",
        "families3",
        "families4",
        "families5",
    ] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join(dir);
        pages.extend(
            std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "html")),
        );
    }
    pages.sort();
    assert_eq!(pages.len(), 52);
    let mut total = 0.0;
    for path in &pages {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let html = std::fs::read(path).unwrap();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let page = extract(&html, &ExtractOptions::default()).unwrap();
        let gold_text = gold["text"].as_str().unwrap();
        let (p, r, f1) = eval::prf(&page.text, gold_text);
        total += f1;
        assert!(
            page.encoding
                .eq_ignore_ascii_case(gold["encoding"].as_str().unwrap()),
            "{name}: encoding {}",
            page.encoding
        );
        if matches!(
            name.as_str(),
            "telegram_web_preview"
                | "noscript_lazy"
                | "ssr_partial_state"
                | "sport_match_report"
                | "word_html_export_1256"
        ) {
            continue;
        }
        assert_eq!(
            eval::tokens(page.title.as_deref().unwrap_or("")),
            eval::tokens(gold["title"].as_str().unwrap()),
            "{name}: title"
        );
        if name == "vbulletin_forum_news" || name == "gallery_story" {
            assert!(r >= 0.99, "{name}: R {r:.3}");
            continue;
        }
        let floor = if path.parent().is_some_and(|d| d.ends_with("families5")) {
            0.85
        } else {
            0.95
        };
        assert!(
            f1 >= floor,
            "{name}: F1 {f1:.3} (P {p:.3} R {r:.3})\n--- got:\n{}",
            page.text
        );
        assert!(eval::leaks(&page.text, gold_text).is_empty(), "{name}");
    }
    let mean = total / pages.len() as f64;
    assert!(mean >= 0.9, "mean F1 {mean:.4}");
}

#[test]
fn wordpress_tagdiv_page() {
    let page = check("dev_002");
    assert_eq!(page.date.as_deref(), Some("2017-02-18T23:44:00"));
    assert_eq!(page.lang.as_deref(), Some("ar"));
    assert_eq!(
        page.paragraphs.len(),
        2,
        "the embedded tweet is not body text"
    );
}

#[test]
fn drupal_page() {
    let page = check("dev_000");
    assert_eq!(page.date.as_deref(), Some("2017-02-01T12:00:00"));
    assert_eq!(page.author.as_deref(), Some("هيئة التحرير"));
}

#[test]
fn bootstrap_pages_with_read_also_box_and_lead_duplicate() {
    check("dev_004");
    check("dev_094");
    let page = check("dev_062");
    assert_eq!(page.encoding_source, EncodingSource::Meta);
}

#[test]
fn legacy_table_pages() {
    let page = check("dev_023");
    assert_eq!(page.encoding_source, EncodingSource::HttpEquiv);
    // Undeclared windows-1256, `<br>` paragraphs and an image caption inside the body.
    let page = check("dev_029");
    assert_eq!(page.encoding_source, EncodingSource::Detected);
    assert_eq!(page.date.as_deref(), Some("2017-02-01T12:00"));
}

#[test]
fn amp_page() {
    let page = check("amp_article");
    assert_eq!(page.author.as_deref(), Some("ليلى بن علي"));
    assert_eq!(page.date.as_deref(), Some("2017-04-11T08:58:00+01:00"));
}

#[test]
fn app_style_page() {
    let page = check("app_nextjs");
    assert_eq!(page.body_source, BodySource::Dom);
    assert_eq!(page.paragraphs.len(), 6);
}

#[test]
fn app_shell_uses_json_ld_article_body() {
    let page = check("app_shell");
    assert_eq!(page.body_source, BodySource::JsonLd);
}

#[test]
fn wire_agency_page() {
    let page = check("wire_agency");
    assert!(page.text.starts_with("تونس 15 جوان (وات) - "));
    assert!(!page.text.contains("انتهى"));
}

#[test]
fn cards_and_unhinted_comments_in_the_main_column() {
    let page = check("portal_cards");
    assert_eq!(page.paragraphs.len(), 3);
    assert_eq!(page.date.as_deref(), Some("2020-03-15T10:30"));
}

#[test]
fn into_article_carries_metadata() {
    let (html, _) = fixture("dev_002");
    let opts = ExtractOptions {
        url: Some("https://example.com/a".into()),
        ..Default::default()
    };
    let page = extract(&html, &opts).unwrap();
    let text = page.text.clone();
    let a = page.into_article("x1", None, Some("site".into()));
    assert_eq!(a.id, "x1");
    assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
    assert_eq!(a.text, text);
    assert_eq!(a.lang.as_deref(), Some("ar"));
}

#[test]
fn deeply_nested_page_does_not_overflow() {
    let depth = 100_000;
    let para = "<p>قال الوزير إن الحكومة ستواصل الإصلاحات الاقتصادية، وإن النتائج ستظهر خلال العام المقبل.</p>";
    let html = format!(
        "<html><body>{}{para}{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let page = extract(html.as_bytes(), &ExtractOptions::default()).unwrap();
    assert_eq!(page.paragraphs.len(), 1);
    // Unclosed, too.
    let html = format!("<html><body>{}{para}", "<span><div><b>".repeat(depth));
    extract(html.as_bytes(), &ExtractOptions::default()).unwrap();
}

#[test]
fn fifty_megabyte_page_is_cut_not_refused() {
    let mut html = String::from("<html><body><article>");
    let mut k = 0;
    while html.len() < 50 * 1024 * 1024 {
        k += 1;
        html.push_str(&format!(
            "<p>قال الوزير إن الحكومة ستواصل الإصلاحات الاقتصادية رقم {k}، وإن النتائج ستظهر خلال العام المقبل.</p>\n"
        ));
    }
    let page = extract(html.as_bytes(), &ExtractOptions::default()).unwrap();
    assert!(page.truncated);
    assert!(page.paragraphs.len() > 1000);
}

#[test]
fn binary_input_is_rejected_with_a_reason() {
    let err = extract(b"%PDF-1.4\n...", &ExtractOptions::default()).unwrap_err();
    assert_eq!(err.to_string(), "not HTML: looks like PDF document");
    let err = extract(&[0u8, 1, 2, 3, 4, 5, 6, 7], &ExtractOptions::default()).unwrap_err();
    assert!(matches!(err, ExtractError::NotHtml { .. }));
}

fn tag_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("</td></tr>".to_string()),
        Just("<a href='x'>".to_string()),
        Just("</a>".to_string()),
        Just("<br>".to_string()),
        Just("<script>var a='<p>';".to_string()),
        Just("</script>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<li>".to_string()),
        Just("<h1 class=\"title\">".to_string()),
        Just("<meta charset=\"windows-1256\">".to_string()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                .to_string()
        ),
        Just("&amp;&#1575;&#x;&".to_string()),
        Just("<".to_string()),
        Just("\"".to_string()),
        Just("اقرأ أيضاً".to_string()),
        "[ء-ي ،.]{0,40}".prop_map(|s| s),
        "[a-z<>/=\" ]{0,12}".prop_map(|s| s),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_on_tag_soup(html in tag_soup()) {
        if let Ok(page) = extract(html.as_bytes(), &ExtractOptions::default()) {
            prop_assert_eq!(page.text, page.paragraphs.join("\n"));
        }
    }

    #[test]
    fn never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = extract(&bytes, &ExtractOptions::default());
        let _ = khabar_extract::decode_html(&bytes);
    }
}
