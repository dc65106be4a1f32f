//! The web page end to end in a real headless browser (Debian's chromium + chromedriver, driven
//! over the W3C WebDriver protocol): search, open an article, see entities and quotes, who said
//! what, analyse a text — and hostile article text shown as text, never run.
//!
//! Skips (with a message) when chromium or chromedriver is missing, except under `CI=true`,
//! where `.ci/run` installs them and a missing browser is a failure.

mod server_common;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use server_common::{ingested_archive, request, serve, TempDir};

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        for dir in std::env::split_paths(&path).chain([PathBuf::from("/usr/bin")]) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A chromedriver process with one browser session; both end on drop.
struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
    _profile: TempDir,
}

impl Browser {
    fn start() -> Option<Browser> {
        let chromium = find(&["chromium", "chromium-browser", "google-chrome"]);
        let driver = find(&["chromedriver"]);
        let (Some(chromium), Some(driver)) = (chromium, driver) else {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!(
                    "CI=true but chromium/chromedriver are not installed (.ci/run installs them)"
                );
            }
            eprintln!(
                "SKIPPED: browser test needs chromium and chromedriver \
                 (apt-get install chromium chromium-driver)"
            );
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let mut b = Browser {
            driver: child,
            addr,
            session: String::new(),
            _profile: TempDir::new("chromium"),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1200,900",
                    format!("--user-data-dir={}", b._profile.path().display()),
                ]
            }
        }}});
        let v = b.call("POST", "/session", Some(caps));
        b.session = v["sessionId"].as_str().expect("session id").to_string();
        Some(b)
    }

    /// One WebDriver command; panics on a WebDriver error.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (v, status) = self.try_call(method, path, body);
        assert!(status == 200, "WebDriver {method} {path}: {status} {v}");
        v
    }

    fn try_call(&self, method: &str, path: &str, body: Option<Value>) -> (Value, u16) {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let ct = (method == "POST").then_some("application/json");
        let body = if method == "POST" && body.is_empty() {
            "{}".to_string()
        } else {
            body
        };
        let r = request(self.addr, method, path, ct, body.as_bytes());
        (r.json()["value"].clone(), r.status)
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    fn goto(&self, url: &str) {
        self.call("POST", &self.s("/url"), Some(json!({"url": url})));
    }

    fn js(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Waits until `script` returns something truthy; returns it.
    fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.js(script, json!([]));
            let truthy = !(v.is_null() || v == json!(false) || v == json!(0) || v == json!(""));
            if truthy {
                return v;
            }
            if Instant::now() > deadline {
                let page = self.js("return document.body.innerText", json!([]));
                panic!("timed out waiting for {what}; page text: {page}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn element(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(|x| x.as_str())
            .unwrap()
            .to_string()
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.call("POST", &self.s(&format!("/element/{id}/clear")), None);
        self.call(
            "POST",
            &self.s(&format!("/element/{id}/value")),
            Some(json!({"text": text})),
        );
    }

    fn click(&self, css: &str) {
        let id = self.element(css);
        self.call("POST", &self.s(&format!("/element/{id}/click")), None);
    }

    fn count(&self, css: &str) -> u64 {
        self.js(
            "return document.querySelectorAll(arguments[0]).length",
            json!([css]),
        )
        .as_u64()
        .unwrap()
    }

    /// Fails if a JavaScript dialog (e.g. from an injected `alert(1)`) is open.
    fn assert_no_alert(&self) {
        let (v, status) = self.try_call("GET", &self.s("/alert/text"), None);
        assert_ne!(status, 200, "an alert is open: {v} (injected script ran)");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.try_call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
fn page_in_a_real_browser() {
    let Some(b) = Browser::start() else { return };
    let dir = ingested_archive();
    let server = serve(dir.path());
    let base = server.url();

    // Home page: right-to-left Arabic, the archive size in the header.
    b.goto(&base);
    let dir_attr = b.js(
        "return document.documentElement.dir + '/' + document.documentElement.lang",
        json!([]),
    );
    assert_eq!(dir_attr, "rtl/ar");
    b.wait_for(
        "the article count",
        "return document.getElementById('status').textContent.includes('9')",
    );

    // Search by typing and submitting; highlighted snippets and facets appear.
    b.type_into("#q", "لافروف");
    b.click("#search-form button");
    b.wait_for(
        "search results",
        "return document.querySelectorAll('#hits .hit').length",
    );
    assert!(b.count("#hits mark.hl") > 0, "no highlighted snippet");
    assert!(b.count("#facets a") > 0, "no facets");
    let first = b.js(
        "return document.querySelector('#hits .hit-title').textContent",
        json!([]),
    );
    assert!(first.as_str().unwrap().contains("لافروف"), "{first}");

    // Open the article: entities marked by type with a legend, quotes with their speakers.
    b.click("#hits .hit-title");
    b.wait_for(
        "the article",
        "return document.querySelectorAll('.article-text p').length",
    );
    assert!(
        b.count(".article-text mark.ent-PERS") > 0,
        "no person marked"
    );
    assert!(
        b.count(".article-text mark.ent") >= 3,
        "few entities marked"
    );
    assert_eq!(b.count("#legend .chip"), 5, "legend");
    assert!(b.count("#quotes li.quote") > 0, "no quotes listed");
    assert!(
        b.count("#quotes li.quote a.speaker") > 0,
        "no speaker shown"
    );
    assert!(
        b.count(".article-text .q-span") > 0,
        "quotes not marked in the text"
    );

    // Who said what: follow a speaker link.
    b.click("#quotes li.quote a.speaker");
    b.wait_for(
        "the speaker's quotes",
        "return document.querySelectorAll('#speaker-quotes li.quote').length",
    );
    assert!(
        b.count("#speaker-quotes a.quote-article") > 0,
        "no link back to the article"
    );

    // Analyse your text.
    b.goto(&format!("{base}#/analyze"));
    b.wait_for(
        "the analyse form",
        "return document.getElementById('analyze-text')",
    );
    b.type_into(
        "#analyze-text",
        "وقال وزير الخارجية الروسي سيرغي لافروف إنّ روسيا تدعم الحوار في جنيف.",
    );
    b.click("#analyze-form button");
    b.wait_for(
        "the analysis",
        "return document.querySelectorAll('#analysis .article-text').length",
    );
    assert!(
        b.count("#analysis mark.ent") > 0,
        "analysis shows no entity"
    );

    // Hostile text: an article whose title and text hold <script> and "><img onerror=…>.
    b.goto(&format!("{base}#/article/xss-1"));
    b.wait_for(
        "the hostile article",
        "return document.getElementById('article-title')",
    );
    let title = b.js(
        "return document.getElementById('article-title').textContent",
        json!([]),
    );
    assert!(
        title
            .as_str()
            .unwrap()
            .contains("<script>alert(1)</script>"),
        "{title}"
    );
    let body = b.js(
        "return document.querySelector('.article-text').textContent",
        json!([]),
    );
    assert!(
        body.as_str()
            .unwrap()
            .contains(r#""><img src=x onerror=alert(1)>"#),
        "{body}"
    );
    assert_eq!(
        b.count("img"),
        0,
        "an <img> element was created from article text"
    );
    assert_eq!(
        b.count("main script"),
        0,
        "a <script> element was created from article text"
    );
    b.assert_no_alert();
    // …and the same text in search results and snippets.
    b.goto(&format!("{base}#/search?q=%D9%85%D8%B1%D9%8A%D8%A8"));
    b.wait_for(
        "the hostile hit",
        "return document.querySelectorAll('#hits .hit').length",
    );
    let hit = b.js(
        "return document.querySelector('#hits .hit').textContent",
        json!([]),
    );
    assert!(hit.as_str().unwrap().contains("<script>"), "{hit}");
    assert_eq!(b.count("img"), 0);
    b.assert_no_alert();

    drop(b);
    server.shutdown().unwrap();
}
