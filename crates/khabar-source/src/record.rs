//! The unit a source yields.

use khabar_article::Article;

use crate::id::stable_id;

/// Which reader produced a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// A plain-text file (or plain text on stdin).
    Text,
    /// An HTML file, or an HTML payload of a WARC record.
    Html,
    /// One line of a JSONL file.
    Json,
}

/// The content of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Already-flattened text (UTF-8).
    Text(String),
    /// Raw HTML bytes, still to be decoded and extracted.
    Html {
        /// The bytes as found (HTTP chunking and content-encoding already undone).
        bytes: Vec<u8>,
        /// Charset named by the transport (HTTP `Content-Type`), if any. Only a hint: the page's
        /// own declaration and the bytes may disagree, and the extractor decides.
        charset: Option<String>,
    },
}

impl Body {
    /// Size of the body in bytes.
    pub fn len(&self) -> usize {
        match self {
            Body::Text(t) => t.len(),
            Body::Html { bytes, .. } => bytes.len(),
        }
    }

    /// Whether the body is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One document read from a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The record's own id (JSONL id field), if any.
    pub id: Option<String>,
    /// Where it came from: `path`, `path#LINE` (JSONL, 1-based) or `path#warc-record-N`
    /// (1-based index of the record in the WARC file); `-` is stdin.
    pub origin: String,
    /// Which reader produced it.
    pub kind: RecordKind,
    /// URL (JSONL url field, WARC-Target-URI), if known.
    pub url: Option<String>,
    /// Title (JSONL title field), if known.
    pub title: Option<String>,
    /// Date as given (JSONL date field, WARC-Date), if known; [`Record::into_article_with`]
    /// turns it into ISO 8601.
    pub date: Option<String>,
    /// Source name: the JSONL source field, else the URL's host, if known.
    pub source: Option<String>,
    /// Text or raw HTML.
    pub body: Body,
}

/// What an HTML extractor gives back for [`Record::into_article_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Article text (paragraphs joined by `\n`).
    pub text: String,
    /// Title found in the page, if any.
    pub title: Option<String>,
    /// Date found in the page (ISO 8601), if any.
    pub date: Option<String>,
    /// Canonical URL found in the page, if any.
    pub url: Option<String>,
    /// Language declared or detected by the extractor, if any.
    pub lang: Option<String>,
}

impl Record {
    /// Turns the record into an [`Article`], extracting HTML bodies with [`khabar_extract`]
    /// (encoding detection with the transport's charset as a hint, main content, title, date).
    /// Errors name the record's origin and carry [`crate::ErrorKind::Extract`].
    pub fn into_article(self) -> Result<Article, crate::SourceError> {
        let origin = self.origin.clone();
        let url = self.url.clone();
        self.into_article_with(|bytes, charset| {
            let opts = khabar_extract::ExtractOptions {
                url,
                content_type: charset.map(|c| format!("text/html; charset={c}")),
                ..khabar_extract::ExtractOptions::default()
            };
            let ex = khabar_extract::extract(bytes, &opts).map_err(|e| {
                crate::SourceError::new(
                    origin,
                    crate::ErrorKind::Extract,
                    format!("extraction failed: {e}"),
                )
            })?;
            Ok(Extracted {
                text: ex.text,
                title: ex.title,
                date: ex.date,
                url: ex.url,
                lang: ex.lang,
            })
        })
    }

    /// The stable id for this record given its final text (see [`stable_id`]).
    pub fn article_id(&self, text: &str) -> String {
        stable_id(self.id.as_deref(), self.url.as_deref(), text)
    }

    /// Turns the record into an [`Article`] (with no `removed` ranges or signals yet).
    ///
    /// Text bodies are used as they are; HTML bodies go through `extract(bytes, charset_hint)`,
    /// whose result fills the text and any metadata the record itself lacks (the record's own
    /// fields win: a JSONL title is more trustworthy than a page's `<title>`). The date becomes
    /// ISO 8601 ([`khabar_extract::normalize_date`]: `20/01/2017` → `2017-01-20`), so that
    /// dates from every source sort and compare as strings; one that cannot be read is kept as
    /// given.
    pub fn into_article_with<E>(
        self,
        extract: impl FnOnce(&[u8], Option<&str>) -> Result<Extracted, E>,
    ) -> Result<Article, E> {
        let Record {
            id,
            url,
            title,
            date,
            source,
            body,
            ..
        } = self;
        let (text, title, date, url, lang) = match body {
            Body::Text(text) => (text, title, date, url, None),
            Body::Html { bytes, charset } => {
                let ex = extract(&bytes, charset.as_deref())?;
                (
                    ex.text,
                    title.or(ex.title),
                    date.or(ex.date),
                    url.or(ex.url),
                    ex.lang,
                )
            }
        };
        let date = date.map(|d| khabar_extract::normalize_date(&d).unwrap_or(d));
        let id = stable_id(id.as_deref(), url.as_deref(), &text);
        let source = source.or_else(|| url.as_deref().and_then(host_of).map(str::to_string));
        Ok(Article {
            id,
            source,
            url,
            title,
            date,
            lang,
            text,
            ..Article::default()
        })
    }
}

/// The host of an absolute URL (`http://www.example.com:80/a` → `www.example.com`).
pub(crate) fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let auth = &rest[..end];
    let auth = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    let host = if auth.starts_with('[') {
        auth.split_once(']').map_or(auth, |(h, _)| &h[1..])
    } else {
        auth.split_once(':').map_or(auth, |(h, _)| h)
    };
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("http://www.jawharafm.net/ar/article/x"),
            Some("www.jawharafm.net")
        );
        assert_eq!(host_of("https://u:p@a.b:8080?x"), Some("a.b"));
        assert_eq!(host_of("https://[::1]:80/"), Some("::1"));
        assert_eq!(host_of("no-scheme"), None);
        assert_eq!(host_of("http:///path"), None);
    }

    #[test]
    fn article_from_html_record_prefers_record_metadata() {
        let rec = Record {
            id: None,
            origin: "x.warc#warc-record-2".into(),
            kind: RecordKind::Html,
            url: Some("http://news.example/a".into()),
            title: Some("عنوان السجل".into()),
            date: None,
            source: None,
            body: Body::Html {
                bytes: b"<p>x</p>".to_vec(),
                charset: Some("utf-8".into()),
            },
        };
        let art = rec
            .into_article_with(|bytes, cs| {
                assert_eq!(bytes, b"<p>x</p>");
                assert_eq!(cs, Some("utf-8"));
                Ok::<_, ()>(Extracted {
                    text: "نص".into(),
                    title: Some("عنوان الصفحة".into()),
                    date: Some("2017-01-20".into()),
                    ..Extracted::default()
                })
            })
            .unwrap();
        assert_eq!(art.title.as_deref(), Some("عنوان السجل"));
        assert_eq!(art.date.as_deref(), Some("2017-01-20"));
        assert_eq!(art.source.as_deref(), Some("news.example"));
        assert_eq!(art.text, "نص");
        assert!(art.id.starts_with('u'));
    }

    #[test]
    fn record_dates_become_iso_8601() {
        let article = |date: &str| {
            Record {
                id: Some("a".into()),
                origin: "x.jsonl:1".into(),
                kind: RecordKind::Json,
                url: None,
                title: None,
                date: Some(date.into()),
                source: None,
                body: Body::Text("نص".into()),
            }
            .into_article_with(|_, _| Err::<Extracted, ()>(()))
            .unwrap()
            .date
        };
        // ANT v1.1 writes half its dates day first, half ISO 8601 with a zone.
        assert_eq!(article("20/01/2017").as_deref(), Some("2017-01-20"));
        assert_eq!(
            article("2017-01-20T21:43:00+01:00").as_deref(),
            Some("2017-01-20T21:43:00+01:00")
        );
        assert_eq!(
            article("2017-01-20 21:43").as_deref(),
            Some("2017-01-20T21:43")
        );
        // What cannot be read stays as it was rather than being lost.
        assert_eq!(article("Q1 2017").as_deref(), Some("Q1 2017"));
    }
}
