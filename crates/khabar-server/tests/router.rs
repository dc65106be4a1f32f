//! Router tests against an in-memory archive: status codes, JSON errors, headers, assets.
//! (End-to-end tests against a real ingested archive live in `crates/khabar/tests/server_*.rs`.)

use std::sync::{Arc, Mutex};

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use khabar_archive::{
    EntityCount, Error, FacetCount, Facets, Highlight, Hit, QuoteHit, SearchQuery, SearchResults,
    StoredArticle,
};
use khabar_article::{Article, Entity, EntityLabel, Quote, QuoteKind};
use khabar_server::{router, ArchiveApi, ServerOptions};
use serde_json::Value;
use tower::ServiceExt;

/// Arguments of a `top_entities` call: label, from, to, limit.
type EntityArgs = (Option<String>, Option<String>, Option<String>, usize);

/// A fake archive that records the last query it was given.
#[derive(Default)]
struct Fake {
    last: Mutex<Option<SearchQuery>>,
    last_entities: Mutex<Option<EntityArgs>>,
}

fn seedish() -> StoredArticle {
    let text = "قال وزير الخارجية سيرغي لافروف إنّ موسكو جاهزة.".to_string();
    StoredArticle {
        article: Article {
            id: "a1".into(),
            title: Some("عنوان".into()),
            text,
            ..Article::default()
        },
        entities: vec![Entity {
            text: "سيرغي لافروف".into(),
            label: EntityLabel::Pers,
            start: 18,
            end: 30,
            canonical: "سيرغي لافروف".into(),
        }],
        quotes: vec![Quote {
            speaker: Some("وزير الخارجية سيرغي لافروف".into()),
            speaker_entity: Some("سيرغي لافروف".into()),
            cue: Some("قال".into()),
            kind: QuoteKind::Indirect,
            text: "موسكو جاهزة".into(),
            start: 35,
            end: 46,
        }],
        cluster: None,
        duplicates: vec![],
    }
}

impl ArchiveApi for Fake {
    fn search(&self, q: &SearchQuery) -> khabar_archive::Result<SearchResults> {
        *self.last.lock().unwrap() = Some(q.clone());
        if q.query == "bad(" {
            return Err(Error::BadQuery("unbalanced parenthesis".into()));
        }
        Ok(SearchResults {
            total: 1,
            hits: vec![Hit {
                id: "a1".into(),
                score: 1.0,
                title: Some("عنوان".into()),
                source: Some("Jawhara FM".into()),
                date: Some("2017-01-20".into()),
                snippet: "لافروف إنّ".into(),
                snippet_start: 24,
                highlights: vec![Highlight { start: 24, end: 30 }],
                cluster: None,
                duplicates: vec![],
            }],
            facets: Facets {
                entities: vec![FacetCount {
                    value: "سيرغي لافروف".into(),
                    count: 1,
                }],
                sources: vec![FacetCount {
                    value: "Jawhara FM".into(),
                    count: 1,
                }],
                dates: vec![FacetCount {
                    value: "2017-01".into(),
                    count: 1,
                }],
            },
            facets_sampled: false,
        })
    }
    fn article(&self, id: &str) -> khabar_archive::Result<Option<StoredArticle>> {
        Ok((id == "a1").then(seedish))
    }
    fn top_entities(
        &self,
        label: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> khabar_archive::Result<Vec<EntityCount>> {
        *self.last_entities.lock().unwrap() = Some((
            label.map(Into::into),
            from.map(Into::into),
            to.map(Into::into),
            limit,
        ));
        Ok(vec![EntityCount {
            name: "تونس".into(),
            label: "LOC".into(),
            articles: 7,
        }])
    }
    fn quotes(&self, speaker: Option<&str>, limit: usize) -> khabar_archive::Result<Vec<QuoteHit>> {
        let a = seedish();
        Ok(a.quotes
            .into_iter()
            .filter(|q| {
                speaker.is_none_or(|s| q.speaker_entity.as_deref().unwrap_or("").contains(s))
            })
            .take(limit)
            .map(|quote| QuoteHit {
                article_id: "a1".into(),
                title: a.article.title.clone(),
                date: None,
                quote,
            })
            .collect())
    }
    fn len(&self) -> khabar_archive::Result<u64> {
        Ok(1)
    }
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    fn error(&self) -> String {
        self.json()["error"]
            .as_str()
            .expect("error field")
            .to_string()
    }
}

async fn send(fake: Arc<Fake>, req: Request<Body>) -> Reply {
    let opts = ServerOptions {
        max_body_bytes: 64 * 1024,
        ..ServerOptions::default()
    };
    let res = router(fake, &opts).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(fake: Arc<Fake>, uri: &str) -> Reply {
    send(fake, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn post_json(uri: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap()
}

#[tokio::test]
async fn search_passes_validated_parameters_to_the_archive() {
    let fake = Arc::new(Fake::default());
    let r = get(
        fake.clone(),
        "/api/search?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81&limit=5&offset=10&entity=x&source=s&from=2017-01&to=2017&collapse=1",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let j = r.json();
    assert_eq!(j["total"], 1);
    assert_eq!(j["limit"], 5);
    assert_eq!(j["hits"][0]["highlights"][0]["start"], 24);
    assert_eq!(j["facets"]["dates"][0]["value"], "2017-01");
    let q = fake.last.lock().unwrap().clone().unwrap();
    assert_eq!(q.query, "لافروف");
    assert_eq!((q.limit, q.offset), (Some(5), Some(10)));
    assert_eq!(q.entity.as_deref(), Some("x"));
    assert_eq!(q.source.as_deref(), Some("s"));
    assert_eq!(q.from.as_deref(), Some("2017-01-01"));
    assert_eq!(q.to.as_deref(), Some("2017-12-31"));
    assert!(q.collapse);
}

#[tokio::test]
async fn bad_search_parameters_get_json_400s() {
    let fake = Arc::new(Fake::default());
    let cases = [
        ("/api/search", "missing parameter `q`"),
        ("/api/search?q=", "missing parameter `q`"),
        (
            "/api/search?q=a&limit=0",
            "`limit` must be between 1 and 100",
        ),
        (
            "/api/search?q=a&limit=101",
            "`limit` must be between 1 and 100",
        ),
        ("/api/search?q=a&limit=ten", "whole number"),
        ("/api/search?q=a&from=2017-13-01", "month 13"),
        ("/api/search?q=a&to=yesterday", "parameter `to`"),
        ("/api/search?q=a&from=2017-03&to=2017-02", "is after"),
        ("/api/search?q=a&collapse=maybe", "true or false"),
        ("/api/search?q=a&sort=date", "unknown parameter `sort`"),
        ("/api/search?q=a&q=b", "more than once"),
        ("/api/search?q=bad(", "unbalanced"),
    ];
    for (uri, want) in cases {
        let r = get(fake.clone(), uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(r.error().contains(want), "{uri}: {}", r.error());
        assert_eq!(r.headers[header::CONTENT_TYPE], "application/json", "{uri}");
    }
    let long_q = format!("/api/search?q={}", "ب".repeat(501));
    let r = get(fake.clone(), &long_q).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.error().contains("too long"));
    let huge = format!("/api/search?q={}", "a".repeat(5000));
    assert_eq!(get(fake, &huge).await.status, StatusCode::URI_TOO_LONG);
}

#[tokio::test]
async fn articles_entities_quotes_and_health() {
    let fake = Arc::new(Fake::default());
    let r = get(fake.clone(), "/api/articles/a1").await;
    assert_eq!(r.status, StatusCode::OK);
    let j = r.json();
    assert_eq!(j["article"]["id"], "a1");
    assert_eq!(j["entities"][0]["label"], "PERS");
    assert_eq!(j["quotes"][0]["speaker_entity"], "سيرغي لافروف");

    let r = get(fake.clone(), "/api/articles/nope").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.error().contains("nope"));

    let r = get(
        fake.clone(),
        "/api/entities?label=per&from=2016&to=2017-06&limit=3",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["entities"][0]["name"], "تونس");
    assert_eq!(
        fake.last_entities.lock().unwrap().clone().unwrap(),
        (
            Some("PERS".into()),
            Some("2016-01-01".into()),
            Some("2017-06-30".into()),
            3
        )
    );
    let r = get(fake.clone(), "/api/entities?label=PLACE").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.error().contains("PERS, LOC, ORG or MISC"));
    assert_eq!(
        get(fake.clone(), "/api/entities?limit=501").await.status,
        StatusCode::BAD_REQUEST
    );

    let r = get(
        fake.clone(),
        "/api/quotes?speaker=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let j = r.json();
    assert_eq!(j["speaker"], "لافروف");
    assert_eq!(j["quotes"][0]["article_id"], "a1");
    assert_eq!(j["quotes"][0]["quote"]["text"], "موسكو جاهزة");
    let r = get(fake.clone(), "/api/quotes?speaker=%D8%B2%D9%8A%D8%AF").await;
    assert_eq!(r.json()["quotes"].as_array().unwrap().len(), 0);

    let r = get(fake, "/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["articles"], 1);
}

#[tokio::test]
async fn analyze_checks_its_body() {
    let fake = Arc::new(Fake::default());
    let r = send(
        fake.clone(),
        post_json("/api/analyze", r#"{"text": "قال الرئيس إنّ الوضع مستقرّ."}"#),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let j = r.json();
    assert_eq!(j["text"], "قال الرئيس إنّ الوضع مستقرّ.");
    assert!(j["sentences"].as_array().is_some_and(|s| !s.is_empty()));

    let bad = [
        (r#"{"text": ""}"#, "empty"),
        (r#"{"text": "a", "html": "b"}"#, "exactly one"),
        (r#"{}"#, "exactly one"),
        (r#"{"txt": "a"}"#, "unknown field"),
        ("not json", "body must be JSON"),
    ];
    for (body, want) in bad {
        let r = send(fake.clone(), post_json("/api/analyze", body)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}");
        assert!(r.error().contains(want), "{body}: {}", r.error());
    }

    let big = format!(r#"{{"text": "{}"}}"#, "خ".repeat(64 * 1024));
    let r = send(fake.clone(), post_json("/api/analyze", big)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.error().contains("too large"));

    let r = send(
        fake.clone(),
        Request::post("/api/analyze")
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("x"))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let r = get(fake, "/api/analyze").await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.error().contains("method"));
}

#[tokio::test]
async fn page_assets_and_security_headers() {
    let fake = Arc::new(Fake::default());
    let r = get(fake.clone(), "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert!(String::from_utf8_lossy(&r.body).contains(r#"dir="rtl""#));
    let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.starts_with("default-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");

    for path in ["/assets/app.js", "/assets/style.css", "/favicon.svg"] {
        assert_eq!(
            get(fake.clone(), path).await.status,
            StatusCode::OK,
            "{path}"
        );
    }
    // Only the fixed asset table is served: no file system, no traversal.
    for path in [
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/assets/..%2fsrc%2flib.rs",
        "/etc/passwd",
        "/assets/",
        "/api/nothing",
    ] {
        let r = get(fake.clone(), path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(r.error().contains("no such"), "{path}");
        assert_eq!(
            r.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{path}"
        );
    }
}

#[tokio::test]
async fn repeated_searches_are_served_from_the_cache() {
    let fake = Arc::new(Fake::default());
    let app = router(fake.clone(), &ServerOptions::default());
    let call = |uri: &'static str| {
        let app = app.clone();
        async move {
            let res = app
                .oneshot(Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let cache = res.headers()["x-cache"].to_str().unwrap().to_string();
            let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
            (cache, body)
        }
    };
    let (c1, b1) = call("/api/search?q=a&limit=3").await;
    *fake.last.lock().unwrap() = None;
    // Same validated parameters, spelled differently: served from the cache.
    let (c2, b2) = call("/api/search?limit=3&q=%20a%20").await;
    assert_eq!((c1.as_str(), c2.as_str()), ("miss", "hit"));
    assert_eq!(b1, b2);
    assert!(
        fake.last.lock().unwrap().is_none(),
        "the archive was asked again"
    );
    let (c3, _) = call("/api/search?q=a&limit=4").await;
    assert_eq!(c3, "miss");

    let off = ServerOptions {
        cache_entries: 0,
        ..ServerOptions::default()
    };
    let app = router(fake, &off);
    for _ in 0..2 {
        let res = app
            .clone()
            .oneshot(Request::get("/api/search?q=a").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()["x-cache"], "miss");
    }
}

/// Resolves a local `$ref` of the OpenAPI document.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            &doc["components"]["schemas"][name]
        }
        None => schema,
    }
}

/// Checks `v` against an OpenAPI schema (types, required and unknown object keys, enums,
/// nullable), recursively; `at` names the place for messages.
fn check(doc: &Value, schema: &Value, v: &Value, at: &str) {
    let schema = resolve(doc, schema);
    if v.is_null() {
        assert!(
            schema["nullable"].as_bool().unwrap_or(false),
            "{at}: null but not nullable"
        );
        return;
    }
    if let Some(values) = schema["enum"].as_array() {
        assert!(values.contains(v), "{at}: {v} not in {values:?}");
    }
    match schema["type"].as_str() {
        Some("object") => {
            let obj = v
                .as_object()
                .unwrap_or_else(|| panic!("{at}: not an object: {v}"));
            let props = schema["properties"].as_object();
            for req in schema["required"].as_array().into_iter().flatten() {
                let k = req.as_str().unwrap();
                assert!(obj.contains_key(k), "{at}: missing required `{k}`");
            }
            if let Some(props) = props {
                for (k, x) in obj {
                    let p = props
                        .get(k)
                        .unwrap_or_else(|| panic!("{at}: `{k}` is not in the schema"));
                    check(doc, p, x, &format!("{at}.{k}"));
                }
            }
        }
        Some("array") => {
            let items = v.as_array().unwrap_or_else(|| panic!("{at}: not an array"));
            for (i, x) in items.iter().enumerate() {
                check(doc, &schema["items"], x, &format!("{at}[{i}]"));
            }
        }
        Some("string") => assert!(v.is_string(), "{at}: not a string: {v}"),
        Some("integer") => assert!(v.is_u64() || v.is_i64(), "{at}: not an integer: {v}"),
        Some("number") => assert!(v.is_number(), "{at}: not a number: {v}"),
        Some("boolean") => assert!(v.is_boolean(), "{at}: not a boolean: {v}"),
        _ => {}
    }
}

#[tokio::test]
async fn openapi_describes_every_route_and_the_real_json() {
    let fake = Arc::new(Fake::default());
    let r = get(fake.clone(), "/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/json");
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.0"));
    let paths = doc["paths"].as_object().expect("paths");

    // Every route of the router (read from its source) and every asset is described.
    let src = include_str!("../src/server.rs");
    let mut routes: Vec<String> = src
        .split(".route(\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect();
    assert!(
        routes.len() >= 7,
        "routes not found in server.rs: {routes:?}"
    );
    routes.extend(
        khabar_server::assets::ASSETS
            .iter()
            .map(|a| a.path.to_string()),
    );
    for route in &routes {
        assert!(
            paths.contains_key(route),
            "route {route} missing from docs/openapi.json"
        );
    }

    // Every described path and method exists (no 404/405), and each JSON answer matches the
    // schema of its 200 response.
    for (path, ops) in paths {
        assert!(routes.contains(path), "{path} is described but not routed");
        let uri = path.replace("{id}", "a1");
        for (method, op) in ops.as_object().unwrap() {
            let (uri, req) = match method.as_str() {
                "get" if uri == "/api/search" => {
                    let u = "/api/search?q=x".to_string();
                    (u.clone(), Request::get(u).body(Body::empty()).unwrap())
                }
                "get" => (uri.clone(), Request::get(&uri).body(Body::empty()).unwrap()),
                "post" => (
                    uri.clone(),
                    post_json(
                        &uri,
                        r#"{"text": "قال وزير الداخلية إن الوضع في تونس مستقر."}"#,
                    ),
                ),
                other => panic!("{path}: unexpected method {other}"),
            };
            let r = send(fake.clone(), req).await;
            assert_eq!(r.status, StatusCode::OK, "{method} {uri}");
            let ok = &op["responses"]["200"];
            assert!(ok.is_object(), "{method} {path}: no 200 response");
            if let Some(schema) = ok["content"]["application/json"]["schema"].as_object() {
                let schema = Value::Object(schema.clone());
                check(&doc, &schema, &r.json(), &format!("{method} {path}"));
            }
        }
    }
}
