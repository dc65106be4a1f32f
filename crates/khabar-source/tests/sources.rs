//! End-to-end reader tests on files built in temporary directories.

use std::io::Write;
use std::path::PathBuf;

use khabar_source::{
    Body, ErrorKind, FieldNames, RecordKind, SourceError, SourceOptions, Sources, WarcWriter,
};

/// A temporary directory removed on drop (no extra dependency).
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let p =
            std::env::temp_dir().join(format!("khabar-source-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

type Item = Result<khabar_source::Record, SourceError>;

fn read_all(paths: &[PathBuf], opts: &SourceOptions) -> (Vec<Item>, khabar_source::SourceStats) {
    let mut s = Sources::open(paths, opts);
    let items: Vec<_> = s.by_ref().collect();
    (items, s.stats().clone())
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

const PAGE1: &str = "<html><head><title>خبر</title></head><body><p>قال الوزير إن الاجتماع كان مثمراً.</p></body></html>";
const PAGE2: &str = "<html><body><p>أعلنت الحكومة عن خطة جديدة.</p></body></html>";

/// A WARC with warcinfo, request, response (HTML), response (image), response (HTML, chunked,
/// windows-1256 hint), metadata and a 404 response.
fn build_warc() -> Vec<u8> {
    let mut w = WarcWriter::new(Vec::new());
    w.record(
        "warcinfo",
        &[("Content-Type", "application/warc-fields")],
        b"software: test\r\n",
    )
    .unwrap();
    w.record(
        "request",
        &[
            ("WARC-Target-URI", "http://news.example/a"),
            ("Content-Type", "application/http; msgtype=request"),
        ],
        b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
    )
    .unwrap();
    w.response(
        "http://news.example/a",
        "2017-01-20T21:43:00Z",
        "text/html; charset=utf-8",
        PAGE1.as_bytes(),
    )
    .unwrap();
    w.response(
        "http://news.example/logo.png",
        "2017-01-20T21:43:01Z",
        "image/png",
        b"\x89PNG\r\n\x1a\n\0\0",
    )
    .unwrap();
    let chunked = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{}\r\n0\r\n\r\n",
        PAGE2.len(),
        PAGE2
    );
    w.record(
        "response",
        &[
            ("WARC-Target-URI", "<http://other.example/b>"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        chunked.as_bytes(),
    )
    .unwrap();
    w.record(
        "metadata",
        &[("Content-Type", "application/warc-fields")],
        b"outlinks: x\r\n",
    )
    .unwrap();
    let notfound = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>no</p>";
    w.record(
        "response",
        &[("Content-Type", "application/http; msgtype=response")],
        notfound,
    )
    .unwrap();
    w.into_inner().unwrap()
}

fn check_warc_items(items: &[Item], stats: &khabar_source::SourceStats, name: &str) {
    assert_eq!(items.len(), 2, "{items:?}");
    let a = items[0].as_ref().unwrap();
    assert_eq!(a.kind, RecordKind::Html);
    assert_eq!(a.url.as_deref(), Some("http://news.example/a"));
    assert_eq!(a.source.as_deref(), Some("news.example"));
    assert_eq!(a.date.as_deref(), Some("2017-01-20T21:43:00Z"));
    assert!(
        a.origin.ends_with(&format!("{name}#warc-record-3")),
        "{}",
        a.origin
    );
    assert_eq!(
        a.body,
        Body::Html {
            bytes: PAGE1.as_bytes().to_vec(),
            charset: Some("utf-8".into())
        }
    );
    let b = items[1].as_ref().unwrap();
    assert_eq!(b.url.as_deref(), Some("http://other.example/b"));
    assert!(b.origin.ends_with("#warc-record-5"));
    assert_eq!(
        b.body,
        Body::Html {
            bytes: PAGE2.as_bytes().to_vec(),
            charset: Some("windows-1256".into())
        }
    );
    assert_eq!(stats.skipped.get("warc-type:warcinfo"), Some(&1));
    assert_eq!(stats.skipped.get("warc-type:request"), Some(&1));
    assert_eq!(stats.skipped.get("warc-type:metadata"), Some(&1));
    assert_eq!(stats.skipped.get("warc-non-html"), Some(&1));
    assert_eq!(stats.skipped.get("http-status"), Some(&1));
    assert_eq!(stats.records, 2);
    assert_eq!(stats.error_count(), 0);
}

#[test]
fn warc_plain_and_gzip() {
    let dir = TempDir::new("warc");
    let warc = build_warc();
    std::fs::write(dir.path("crawl.warc"), &warc).unwrap();
    let (items, stats) = read_all(&[dir.path("crawl.warc")], &SourceOptions::default());
    check_warc_items(&items, &stats, "crawl.warc");

    // Whole-stream gzip.
    std::fs::write(dir.path("whole.warc.gz"), gzip(&warc)).unwrap();
    let (items, stats) = read_all(&[dir.path("whole.warc.gz")], &SourceOptions::default());
    check_warc_items(&items, &stats, "whole.warc.gz");

    // Per-record gzip members (the usual .warc.gz layout): split at each "WARC/1.1" line.
    let text = warc.clone();
    let starts: Vec<usize> = (0..text.len())
        .filter(|&i| text[i..].starts_with(b"WARC/1.1\r\n"))
        .collect();
    let mut members = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(text.len());
        members.extend(gzip(&text[s..e]));
    }
    std::fs::write(dir.path("members.warc.gz"), members).unwrap();
    let (items, stats) = read_all(&[dir.path("members.warc.gz")], &SourceOptions::default());
    check_warc_items(&items, &stats, "members.warc.gz");
}

#[test]
fn truncated_and_malformed_warc() {
    let dir = TempDir::new("warc-bad");
    let warc = build_warc();
    // Cut in the middle of the chunked response (record 5): records before it survive.
    let cut = warc
        .windows(7)
        .position(|w| w == b"<p>\xd8\xa3\xd8\xb9")
        .unwrap()
        + 5;
    std::fs::write(dir.path("cut.warc"), &warc[..cut]).unwrap();
    let (items, stats) = read_all(&[dir.path("cut.warc")], &SourceOptions::default());
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items[0].is_ok());
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.kind, ErrorKind::TruncatedWarc);
    assert!(
        err.origin.ends_with("cut.warc#warc-record-5"),
        "{}",
        err.origin
    );
    assert_eq!(stats.errors.get(&ErrorKind::TruncatedWarc), Some(&1));

    // Garbage before a good record: reported, then the reader resynchronises.
    let mut bad = b"this is not a warc header\r\nmore junk\r\n\r\n".to_vec();
    bad.extend_from_slice(&warc);
    std::fs::write(dir.path("junk.warc"), &bad).unwrap();
    let (items, _) = read_all(&[dir.path("junk.warc")], &SourceOptions::default());
    assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 2);
    assert_eq!(
        items[0].as_ref().unwrap_err().kind,
        ErrorKind::MalformedWarc
    );

    // Truncated gzip: an error for that file, and the next file is still read.
    let dir = TempDir::new("warc-cut-gz");
    let gz = gzip(&warc);
    std::fs::write(dir.path("a-cut.warc.gz"), &gz[..gz.len() / 2]).unwrap();
    std::fs::write(dir.path("b.txt"), "نص سليم").unwrap();
    let (items, stats) = read_all(std::slice::from_ref(&dir.0), &SourceOptions::default());
    let errs: Vec<_> = items.iter().filter_map(|i| i.as_ref().err()).collect();
    assert_eq!(errs.len(), 1, "{items:?}");
    assert_eq!(errs[0].kind, ErrorKind::Gzip);
    assert!(matches!(items.last(), Some(Ok(r)) if r.body == Body::Text("نص سليم".into())));
    assert_eq!(stats.errors.get(&ErrorKind::Gzip), Some(&1));
}

#[test]
fn oversize_warc_record_is_skipped() {
    let dir = TempDir::new("warc-big");
    let mut w = WarcWriter::new(Vec::new());
    w.response(
        "http://x.example/big",
        "2020-01-01T00:00:00Z",
        "text/html",
        &vec![b'a'; 5000],
    )
    .unwrap();
    w.response(
        "http://x.example/small",
        "2020-01-01T00:00:00Z",
        "text/html",
        b"<p>ok</p>",
    )
    .unwrap();
    std::fs::write(dir.path("big.warc"), w.into_inner().unwrap()).unwrap();
    let opts = SourceOptions {
        max_record_bytes: 1000,
        ..SourceOptions::default()
    };
    let (items, _) = read_all(&[dir.path("big.warc")], &opts);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
    assert_eq!(
        items[1].as_ref().unwrap().url.as_deref(),
        Some("http://x.example/small")
    );
}

const JSONL: &str = concat!(
    "{\"id\": \"JA-1\", \"url\": \"http://www.jawharafm.net/ar/article/1\", \"title\": \"عنوان\", \"date\": \"2017-01-20\", \"text\": \"النص الأول\"}\n",
    "{not json}\n",
    "\n",
    "[1, 2]\n",
    "{\"id\": 7, \"html\": \"<p>صفحة</p>\", \"source\": \"Jawhara FM\"}\n",
    "{\"id\": \"x\", \"body\": \"no text field\"}\n",
    "{\"id\": \"empty\", \"text\": \"   \"}\n",
    "{\"text\": \"الأخير\"}"
);

fn check_jsonl(items: &[Item], stats: &khabar_source::SourceStats, name: &str) {
    assert_eq!(items.len(), 6, "{items:?}");
    let r = items[0].as_ref().unwrap();
    assert_eq!(r.id.as_deref(), Some("JA-1"));
    assert_eq!(r.kind, RecordKind::Json);
    assert_eq!(r.title.as_deref(), Some("عنوان"));
    assert_eq!(r.source.as_deref(), Some("www.jawharafm.net"));
    assert_eq!(r.body, Body::Text("النص الأول".into()));
    assert!(r.origin.ends_with(&format!("{name}#1")));
    let e = items[1].as_ref().unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidJson);
    assert!(e.origin.ends_with(&format!("{name}#2")), "{}", e.origin);
    assert_eq!(items[2].as_ref().unwrap_err().kind, ErrorKind::InvalidJson);
    let h = items[3].as_ref().unwrap();
    assert_eq!(h.id.as_deref(), Some("7"));
    assert_eq!(h.source.as_deref(), Some("Jawhara FM"));
    assert!(matches!(&h.body, Body::Html { bytes, .. } if bytes == "<p>صفحة</p>".as_bytes()));
    let m = items[4].as_ref().unwrap_err();
    assert_eq!(m.kind, ErrorKind::MissingField);
    assert!(m.origin.ends_with("#6"));
    let last = items[5].as_ref().unwrap();
    assert!(last.origin.ends_with("#8"));
    assert!(last.article_id("الأخير").starts_with('c'));
    assert_eq!(stats.records, 3);
    assert_eq!(stats.error_count(), 3);
    assert_eq!(stats.skipped.get("blank-line"), Some(&1));
    assert_eq!(stats.skipped.get("empty"), Some(&1));
}

#[test]
fn jsonl_plain_gz_zst() {
    let dir = TempDir::new("jsonl");
    std::fs::write(dir.path("a.jsonl"), JSONL).unwrap();
    std::fs::write(dir.path("b.jsonl.gz"), gzip(JSONL.as_bytes())).unwrap();
    std::fs::write(
        dir.path("c.jsonl.zst"),
        zstd::encode_all(JSONL.as_bytes(), 3).unwrap(),
    )
    .unwrap();
    for name in ["a.jsonl", "b.jsonl.gz", "c.jsonl.zst"] {
        let (items, stats) = read_all(&[dir.path(name)], &SourceOptions::default());
        check_jsonl(&items, &stats, name);
    }
}

#[test]
fn jsonl_custom_fields_and_limits() {
    let dir = TempDir::new("jsonl-fields");
    let long = "ب".repeat(600);
    let data = format!("{{\"doc\": \"d1\", \"body\": \"نص\", \"link\": \"http://a.example/x\"}}\n{{\"doc\": \"d2\", \"body\": \"{long}\"}}\n{{\"doc\": \"d3\", \"body\": \"بعد\"}}\n");
    std::fs::write(dir.path("x.ndjson"), data).unwrap();
    let opts = SourceOptions {
        fields: FieldNames {
            id: "doc".into(),
            text: "body".into(),
            url: "link".into(),
            ..FieldNames::default()
        },
        max_record_bytes: 1000,
        ..SourceOptions::default()
    };
    let (items, _) = read_all(&[dir.path("x.ndjson")], &opts);
    assert_eq!(items.len(), 3);
    let r = items[0].as_ref().unwrap();
    assert_eq!(
        (r.id.as_deref(), r.url.as_deref()),
        (Some("d1"), Some("http://a.example/x"))
    );
    assert_eq!(items[1].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
    assert_eq!(items[2].as_ref().unwrap().id.as_deref(), Some("d3"));
}

#[test]
fn truncated_gzip_jsonl_keeps_earlier_lines() {
    let dir = TempDir::new("jsonl-cut");
    let mut data = String::new();
    for i in 0..2000 {
        data.push_str(&format!(
            "{{\"id\": \"{i}\", \"text\": \"سطر رقم {i} من ملف طويل بما يكفي\"}}\n"
        ));
    }
    let gz = gzip(data.as_bytes());
    std::fs::write(dir.path("cut.jsonl.gz"), &gz[..gz.len() * 3 / 4]).unwrap();
    let (items, stats) = read_all(&[dir.path("cut.jsonl.gz")], &SourceOptions::default());
    let ok = items.iter().filter(|i| i.is_ok()).count();
    assert!(ok > 100 && ok < 2000, "{ok}");
    let last = items.last().unwrap().as_ref().unwrap_err();
    assert_eq!(last.kind, ErrorKind::Gzip);
    assert_eq!(stats.error_count(), 1);
}

#[test]
fn text_html_binary_encoding_and_walk_order() {
    let dir = TempDir::new("files");
    std::fs::create_dir_all(dir.path("sub/deeper")).unwrap();
    std::fs::write(dir.path("b.txt"), "\u{FEFF}خبر ثان").unwrap();
    std::fs::write(dir.path("a.txt"), "خبر أول").unwrap();
    std::fs::write(dir.path("sub/deeper/p.HTML"), PAGE1).unwrap();
    std::fs::write(dir.path("sub/c.txt"), b"\x00\x01\x02binary\x00").unwrap();
    std::fs::write(dir.path("sub/d.txt"), b"caf\xe9 latin-1").unwrap();
    std::fs::write(dir.path("sub/empty.txt"), "  \n").unwrap();
    std::fs::write(dir.path("sub/image.png"), b"\x89PNG").unwrap();
    std::fs::write(dir.path(".hidden.txt"), "secret").unwrap();
    let mut u16 = vec![0xFF, 0xFE];
    for c in "نص".encode_utf16() {
        u16.extend(c.to_le_bytes());
    }
    std::fs::write(dir.path("sub/u16.txt"), u16).unwrap();
    let (items, stats) = read_all(std::slice::from_ref(&dir.0), &SourceOptions::default());
    let origins: Vec<String> = items
        .iter()
        .map(|i| match i {
            Ok(r) => r.origin.clone(),
            Err(e) => e.origin.clone(),
        })
        .map(|o| o.strip_prefix(dir.0.to_str().unwrap()).unwrap().to_string())
        .collect();
    assert_eq!(
        origins,
        [
            "/a.txt",
            "/b.txt",
            "/sub/c.txt",
            "/sub/d.txt",
            "/sub/deeper/p.HTML",
            "/sub/u16.txt"
        ]
    );
    assert_eq!(
        items[1].as_ref().unwrap().body,
        Body::Text("خبر ثان".into())
    );
    assert_eq!(items[2].as_ref().unwrap_err().kind, ErrorKind::Binary);
    let enc = items[3].as_ref().unwrap_err();
    assert_eq!(enc.kind, ErrorKind::Encoding);
    assert!(enc.reason.contains("byte offset 3"), "{}", enc.reason);
    assert_eq!(items[4].as_ref().unwrap().kind, RecordKind::Html);
    assert_eq!(items[5].as_ref().unwrap().body, Body::Text("نص".into()));
    assert_eq!(stats.skipped.get("unsupported-extension"), Some(&1));
    assert_eq!(stats.skipped.get("empty"), Some(&1));
    assert_eq!(stats.files, 7);

    // Lossy decoding turns the bad byte into U+FFFD.
    let opts = SourceOptions {
        lossy: true,
        ..SourceOptions::default()
    };
    let (items, _) = read_all(&[dir.path("sub/d.txt")], &opts);
    assert_eq!(
        items[0].as_ref().unwrap().body,
        Body::Text("caf\u{FFFD} latin-1".into())
    );

    // A missing path is an error item, and the other paths are still read.
    let (items, _) = read_all(
        &[dir.path("nope.txt"), dir.path("a.txt")],
        &SourceOptions::default(),
    );
    assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::Io);
    assert!(items[1].is_ok());

    // A legacy Arabic text file (windows-1256 bytes, no way to declare it) is read as Arabic.
    let news = "أعلنت وزارة الداخلية اليوم عن حجز كمية من المخدرات على الحدود.";
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(news);
    assert!(std::str::from_utf8(&cp1256).is_err());
    std::fs::write(dir.path("legacy.txt"), &cp1256).unwrap();
    let (items, _) = read_all(&[dir.path("legacy.txt")], &SourceOptions::default());
    assert_eq!(items[0].as_ref().unwrap().body, Body::Text(news.into()));
}

#[test]
fn oversize_text_file() {
    let dir = TempDir::new("big");
    std::fs::write(dir.path("big.txt"), "أ".repeat(1000)).unwrap();
    let opts = SourceOptions {
        max_record_bytes: 100,
        ..SourceOptions::default()
    };
    let (items, _) = read_all(&[dir.path("big.txt")], &opts);
    assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
}

#[test]
fn unknown_extension_named_explicitly_is_sniffed() {
    let dir = TempDir::new("sniff");
    let check = |name: &str, bytes: &[u8], kinds: &[RecordKind]| {
        let p = dir.path(name);
        std::fs::write(&p, bytes).unwrap();
        let (items, _) = read_all(&[p], &SourceOptions::default());
        let got: Vec<RecordKind> = items.iter().map(|i| i.as_ref().unwrap().kind).collect();
        assert_eq!(got, kinds, "{name}");
    };
    check(
        "data",
        JSONL.lines().next().unwrap().as_bytes(),
        &[RecordKind::Json],
    );
    check("page", PAGE1.as_bytes(), &[RecordKind::Html]);
    check("notes", "نص عادي".as_bytes(), &[RecordKind::Text]);
    check(
        "crawl",
        &build_warc(),
        &[RecordKind::Html, RecordKind::Html],
    );
    check(
        "crawl-gz",
        &gzip(&build_warc()),
        &[RecordKind::Html, RecordKind::Html],
    );
    check(
        "data-zst",
        &zstd::encode_all(PAGE2.as_bytes(), 3).unwrap(),
        &[RecordKind::Html],
    );
}

#[test]
fn error_log_writes_json_lines() {
    let err = SourceError {
        origin: "a.jsonl#2".into(),
        kind: ErrorKind::InvalidJson,
        reason: "invalid JSON: x".into(),
    };
    let mut log = khabar_source::ErrorLog::new(Vec::new());
    log.write(&err).unwrap();
    log.write_reason("p.html", "extraction failed").unwrap();
    assert_eq!(log.written(), 2);
    let out = String::from_utf8(log.into_inner().unwrap()).unwrap();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["origin"], "a.jsonl#2");
    assert_eq!(lines[0]["kind"], "invalid-json");
    assert_eq!(lines[1]["reason"], "extraction failed");
}

#[test]
fn warc_records_become_articles() {
    let dir = TempDir::new("warc-articles");
    let page = "<html><head><title>عنوان الخبر</title></head><body><nav>الرئيسية</nav><article><h1>عنوان الخبر</h1><p>قال وزير الخارجية إن المحادثات في جنيف كانت إيجابية ومثمرة، وإن الجولة المقبلة ستعقد الشهر القادم بحضور جميع الأطراف المعنية بالأزمة.</p><p>وأضاف أن الحكومة مستعدة لمناقشة كل الملفات المطروحة على الطاولة دون شروط مسبقة.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>";
    let mut w = WarcWriter::new(Vec::new());
    w.response(
        "http://news.example/a",
        "2017-01-20T21:43:00Z",
        "text/html; charset=utf-8",
        page.as_bytes(),
    )
    .unwrap();
    w.response(
        "http://news.example/empty",
        "2017-01-20T21:43:00Z",
        "text/html",
        b"\x89PNG\r\n\x1a\n",
    )
    .unwrap();
    std::fs::write(dir.path("a.warc"), w.into_inner().unwrap()).unwrap();
    let (items, _) = read_all(&[dir.path("a.warc")], &SourceOptions::default());
    let mut arts = items.into_iter().map(|i| i.unwrap().into_article());
    let a = arts.next().unwrap().unwrap();
    assert!(a.text.contains("قال وزير الخارجية"), "{}", a.text);
    assert!(!a.text.contains("جميع الحقوق محفوظة"));
    assert_eq!(a.source.as_deref(), Some("news.example"));
    assert!(a.id.starts_with('u'));
    let e = arts.next().unwrap().unwrap_err();
    assert_eq!(e.kind, ErrorKind::Extract);
    assert!(e.origin.ends_with("a.warc#warc-record-2"));
}

#[test]
fn json_files_object_array_or_lines() {
    let dir = TempDir::new("json");
    std::fs::write(
        dir.path("one.json"),
        "{\n  \"title\": \"عنوان\",\n  \"text\": \"نص\"\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path("many.json"),
        "[{\"id\": \"a\", \"text\": \"أ\"}, 5, {\"id\": \"b\", \"text\": \"ب\"}]",
    )
    .unwrap();
    std::fs::write(
        dir.path("lines.json"),
        "{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n",
    )
    .unwrap();
    let names = |items: &[Item]| -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Ok(r) => r.origin.rsplit('/').next().unwrap().to_string(),
                Err(e) => format!("ERR {}", e.origin.rsplit('/').next().unwrap()),
            })
            .collect()
    };
    let paths = [
        dir.path("one.json"),
        dir.path("many.json"),
        dir.path("lines.json"),
    ];
    let (items, _) = read_all(&paths, &SourceOptions::default());
    assert_eq!(
        names(&items),
        [
            "one.json",
            "many.json#1",
            "ERR many.json#2",
            "many.json#3",
            "lines.json#1",
            "lines.json#2"
        ]
    );
    assert_eq!(items[0].as_ref().unwrap().title.as_deref(), Some("عنوان"));
    // Walking a directory skips .json (gold/metadata files next to pages).
    let (items, stats) = read_all(std::slice::from_ref(&dir.0), &SourceOptions::default());
    assert!(items.is_empty());
    assert_eq!(stats.skipped.get("json-in-directory"), Some(&3));
}

#[test]
fn from_reader_in_memory() {
    let warc = build_warc();
    let items: Vec<Item> = Sources::from_reader(
        "mem",
        std::io::Cursor::new(gzip(&warc)),
        None,
        &SourceOptions::default(),
    )
    .collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().origin, "mem#warc-record-3");
    let items: Vec<Item> = Sources::from_reader(
        "j",
        std::io::Cursor::new(JSONL.as_bytes().to_vec()),
        Some(khabar_source::Format::Jsonl),
        &SourceOptions::default(),
    )
    .collect();
    assert_eq!(items.len(), 6);
    // Arbitrary bytes never panic.
    for seed in 0..200u32 {
        let mut bytes = warc.clone();
        let n = bytes.len();
        for k in 0..8 {
            let i = (seed.wrapping_mul(2654435761).wrapping_add(k * 40503) as usize) % n;
            bytes[i] = (seed as u8).wrapping_add(k as u8);
        }
        let _ = Sources::from_reader(
            "f",
            std::io::Cursor::new(bytes),
            Some(khabar_source::Format::Warc),
            &SourceOptions::default(),
        )
        .count();
    }
}
