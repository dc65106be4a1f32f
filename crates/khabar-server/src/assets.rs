//! The web page's assets, compiled into the binary.
//!
//! Static files are served from this fixed table only: a request path either equals one of
//! these entries or gets a 404, so there is no file system access and no path traversal.

/// One embedded asset.
#[derive(Debug, Clone, Copy)]
pub struct Asset {
    /// URL path (absolute, e.g. `/assets/app.js`).
    pub path: &'static str,
    /// `Content-Type` header value.
    pub content_type: &'static str,
    /// The file's contents.
    pub body: &'static str,
}

/// Every asset the page uses.
pub const ASSETS: &[Asset] = &[
    Asset {
        path: "/",
        content_type: "text/html; charset=utf-8",
        body: include_str!("../web/index.html"),
    },
    Asset {
        path: "/assets/app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/app.js"),
    },
    Asset {
        path: "/assets/style.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../web/style.css"),
    },
    Asset {
        path: "/favicon.svg",
        content_type: "image/svg+xml",
        body: include_str!("../web/favicon.svg"),
    },
];

/// The asset served at `path`, if any.
pub fn get(path: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_is_rtl_arabic_and_loads_only_local_assets() {
        let html = get("/").unwrap().body;
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(html.contains(r#"src="/assets/app.js""#));
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "external URL in page"
        );
        assert!(
            !html.contains("<script>"),
            "inline script would be blocked by the CSP"
        );
    }

    #[test]
    fn script_never_writes_html() {
        let js = get("/assets/app.js").unwrap().body;
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
        ] {
            assert!(!js.contains(sink), "app.js uses {sink}");
        }
    }
}
