//! The JSON API against a running server over a real archive (ingested from
//! `tests/server_fixture.jsonl` by `khabar ingest`), spoken to over TCP.

mod server_common;

use std::net::SocketAddr;

use serde_json::Value;
use server_common::{enc, get, ingested_archive, post_json, request, serve};

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

fn search(addr: SocketAddr, params: &[(&str, &str)]) -> Value {
    let qs: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect();
    let r = get(addr, &format!("/api/search?{}", qs.join("&")));
    assert_eq!(r.status, 200, "{params:?}: {}", r.text());
    r.json()
}

fn hit_ids(v: &Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

fn article(addr: SocketAddr, id: &str) -> Value {
    let r = get(addr, &format!("/api/articles/{}", enc(id)));
    assert_eq!(r.status, 200, "{id}: {}", r.text());
    r.json()
}

#[test]
fn api_over_a_real_archive() {
    let dir = ingested_archive();
    let server = serve(dir.path());
    let addr = server.addr();

    // Health and size.
    let r = get(addr, "/healthz");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["articles"], 9, "{}", r.text());

    // Search: the seed article, with highlights that point into the original text.
    let res = search(addr, &[("q", "لافروف")]);
    assert_eq!(
        hit_ids(&res).first().map(String::as_str),
        Some("seed-000"),
        "{res}"
    );
    let hit = &res["hits"][0];
    let seed = article(addr, "seed-000");
    let text = seed["article"]["text"].as_str().unwrap();
    let snippet = hit["snippet"].as_str().unwrap();
    let s0 = hit["snippet_start"].as_u64().unwrap();
    assert_eq!(slice(text, s0, s0 + chars(snippet).len() as u64), snippet);
    let hls = hit["highlights"].as_array().unwrap();
    assert!(!hls.is_empty(), "no highlight: {hit}");
    for h in hls {
        let (a, b) = (h["start"].as_u64().unwrap(), h["end"].as_u64().unwrap());
        assert!(
            slice(text, a, b).contains("لافروف"),
            "highlight {a}..{b}: {:?}",
            slice(text, a, b)
        );
    }
    // Arabic matching: no hamza in the query, `الإرهاب` in the text.
    assert!(hit_ids(&search(addr, &[("q", "الارهاب")])).contains(&"seed-000".to_string()));

    // Facets and filters.
    let res = search(addr, &[("q", "تونس")]);
    let sources: Vec<&str> = res["facets"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"Jawhara FM"), "{sources:?}");
    for id in hit_ids(&search(addr, &[("q", "تونس"), ("source", "Jawhara FM")])) {
        assert!(id.starts_with("JA-"), "{id} is not from Jawhara FM");
    }
    assert_eq!(
        hit_ids(&search(
            addr,
            &[("q", "لافروف"), ("from", "2017-03"), ("to", "2017-03")]
        )),
        ["seed-000"]
    );
    assert!(hit_ids(&search(addr, &[("q", "لافروف"), ("to", "2016-12")])).is_empty());

    // Duplicates: the exact copy is stored, grouped, and folded with `collapse`.
    let copy = "JA-politic-1-20170121-copy";
    let plain = hit_ids(&search(addr, &[("q", "السبسي")]));
    assert!(
        plain.contains(&copy.to_string()) && plain.len() >= 2,
        "{plain:?}"
    );
    let folded = search(addr, &[("q", "السبسي"), ("collapse", "true")]);
    assert_eq!(hit_ids(&folded).len(), plain.len() - 1, "{folded}");
    let politic = article(addr, "JA-politic-1-20170121");
    assert_eq!(politic["duplicates"], serde_json::json!([copy]));

    // The seed article: entities and quotes whose offsets slice the text.
    let ents = seed["entities"].as_array().unwrap();
    assert!(
        ents.iter().any(|e| e["label"] == "PERS"),
        "no person in the seed: {ents:?}"
    );
    for e in ents {
        let (a, b) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
        // The surface is the slice, except that `لل` (ل + ال) is reported with its article
        // restored: the slice `لأمم المتحدة` is the entity `الأمم المتحدة`.
        let (surface, name) = (slice(text, a, b), e["text"].as_str().unwrap());
        let tail: String = surface.chars().skip(1).collect();
        assert!(
            surface == name || (!tail.is_empty() && name.ends_with(&tail)),
            "entity {name:?} at {a}..{b} slices {surface:?}"
        );
    }
    let quotes = seed["quotes"].as_array().unwrap();
    assert!(
        quotes.iter().any(|q| q["speaker"].is_string()),
        "no attributed quote: {quotes:?}"
    );

    // Who said what.
    let r = get(addr, &format!("/api/quotes?speaker={}", enc("لافروف")));
    assert_eq!(r.status, 200);
    let said = r.json();
    let said = said["quotes"].as_array().unwrap();
    assert!(
        !said.is_empty() && said.iter().all(|q| q["article_id"] == "seed-000"),
        "{said:?}"
    );

    // Top entities by label.
    let r = get(addr, "/api/entities?label=PERS&limit=5");
    let top = r.json();
    let top = top["entities"].as_array().unwrap();
    assert!(!top.is_empty() && top.len() <= 5);
    assert!(top.iter().all(|e| e["label"] == "PERS"), "{top:?}");

    // Missing article and bad parameters: JSON 4xx.
    let r = get(addr, "/api/articles/no-such-id");
    assert_eq!(r.status, 404);
    assert!(r.json()["error"].as_str().unwrap().contains("no-such-id"));
    for (target, status) in [
        ("/api/search", 400),
        ("/api/search?q=a&limit=1000", 400),
        ("/api/search?q=a&from=2017-02-30", 400),
        ("/api/entities?label=PEOPLE", 400),
        ("/api/quotes?who=x", 400),
    ] {
        let r = get(addr, target);
        assert_eq!(r.status, status, "{target}: {}", r.text());
        assert_eq!(
            r.header("content-type"),
            Some("application/json"),
            "{target}"
        );
        assert!(r.json()["error"].is_string(), "{target}");
    }

    // Analyse posted text and HTML; a body over 1 MiB is refused with a JSON 413.
    let r = post_json(
        addr,
        "/api/analyze",
        r#"{"text": "وقال وزير الخارجية الروسي سيرغي لافروف إنّ روسيا تدعم الحوار في جنيف."}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let a = r.json();
    assert!(a["tokens"].as_array().unwrap().len() > 5);
    assert!(!a["entities"].as_array().unwrap().is_empty(), "{a}");
    let html = serde_json::json!({
        "html": "<html lang=ar><head><title>خبر | موقع</title></head><body><nav>الرئيسية</nav>\
                 <article><h1>خبر</h1><p>قال المتحدث باسم الوزارة إن الاجتماع تناول سبل \
                 التعاون، وإن نتائجه ستعلن قريبا.</p></article></body></html>"
    });
    let r = post_json(addr, "/api/analyze", &html.to_string());
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["title"], "خبر");
    let big = format!(r#"{{"text": "{}"}}"#, "x".repeat(1024 * 1024));
    let r = post_json(addr, "/api/analyze", &big);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("too large"));

    // The page and its security headers; no path traversal.
    let r = get(addr, "/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(r
        .header("content-security-policy")
        .unwrap()
        .starts_with("default-src 'self'"));
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    for target in [
        "/assets/../../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/../etc/passwd",
    ] {
        let r = request(addr, "GET", target, None, b"");
        assert!(r.status == 404 || r.status == 400, "{target}: {}", r.status);
        assert!(
            !r.text().contains("[workspace]") && !r.text().contains("root:"),
            "{target}"
        );
    }

    server.shutdown().unwrap();
}
