//! `khabar ingest` / `khabar search` end to end through the binary, on the committed fixture
//! corpus `fixtures/corpus-small.jsonl` (30 ANT articles, Apache-2.0).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_khabar");

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/corpus-small.jsonl")
}

/// A fresh scratch directory, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "khabar-archive-test-{}-{tag}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn khabar(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run khabar")
}

fn ok(args: &[&str]) -> (String, String) {
    let out = khabar(args);
    let (so, se) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "khabar {args:?} failed:\n{se}");
    (so, se)
}

fn ingest(data: &Path, sources: &[&Path], extra: &[&str]) -> String {
    let mut args = vec!["ingest".to_string()];
    args.extend(sources.iter().map(|p| p.display().to_string()));
    args.extend([
        "--data".to_string(),
        data.display().to_string(),
        "--quiet".to_string(),
    ]);
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&refs).1
}

/// The number after `label` in the ingest summary.
fn summary_number(summary: &str, label: &str) -> u64 {
    let line = summary
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no `{label}` in:\n{summary}"));
    line.split_whitespace()
        .find_map(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("no number in `{line}`"))
}

fn search_json(data: &Path, query: &str, extra: &[&str]) -> serde_json::Value {
    let d = data.display().to_string();
    let mut args = vec![
        "search", "--data", &d, query, "--format", "json", "--limit", "50",
    ];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(&args).0).expect("search prints JSON")
}

fn hit_ids(res: &serde_json::Value) -> Vec<String> {
    res["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// The four articles of the fixture that spell "terrorism" differently.
const TERROR_DOCS: [&str; 4] = [
    "JA-localNews-2676-20170312",        // والإرهابيين
    "JA-economy-281-20160405",           // الارهاب (no hamza)
    "JA-internationalNews-886-20170506", // إرهاب (no article)
    "JA-internationalNews-101-20170129", // الإرهاب
];

#[test]
fn ingest_then_search_matches_arabic_variants_and_is_idempotent() {
    let dir = Scratch::new("roundtrip");
    let data = dir.0.join("kh");
    let summary = ingest(&data, &[&corpus()], &[]);
    assert_eq!(summary_number(&summary, "indexed"), 30, "{summary}");
    assert_eq!(summary_number(&summary, "archive now holds"), 30);

    for q in ["الإرهاب", "الارهاب", "والإرهابيين", "إرهاب"] {
        let res = search_json(&data, q, &[]);
        let ids = hit_ids(&res);
        for want in TERROR_DOCS {
            assert!(
                ids.contains(&want.to_string()),
                "query {q}: {want} missing from {ids:?}"
            );
        }
        // Snippet highlights are character offsets into the article text: they slice words
        // that contain the stem.
        for h in res["hits"].as_array().unwrap() {
            let snippet: Vec<char> = h["snippet"].as_str().unwrap().chars().collect();
            let s0 = h["snippet_start"].as_u64().unwrap() as usize;
            for hl in h["highlights"].as_array().unwrap() {
                let (s, e) = (
                    hl["start"].as_u64().unwrap() as usize,
                    hl["end"].as_u64().unwrap() as usize,
                );
                let word: String = snippet[s - s0..e - s0].iter().collect();
                assert!(word.contains("رهاب"), "query {q}: highlight `{word}`");
            }
        }
    }

    // Re-ingesting adds nothing.
    let again = ingest(&data, &[&corpus()], &[]);
    assert_eq!(summary_number(&again, "indexed"), 0, "{again}");
    assert_eq!(summary_number(&again, "already present"), 30);
    assert_eq!(summary_number(&again, "archive now holds"), 30);
    assert_eq!(search_json(&data, "", &[])["total"], 30);
}

#[test]
fn exact_duplicates_are_stored_and_collapse_under_one_hit() {
    let dir = Scratch::new("collapse");
    let data = dir.0.join("kh");
    ingest(&data, &[&corpus()], &[]);
    // JA-culture-110-20170518 and JA-culture-120-20170518 have the same text.
    let title = "JA-culture-110-20170518";
    let all = search_json(&data, "", &[]);
    assert_eq!(all["total"], 30, "duplicates are kept");
    let pair = ["JA-culture-110-20170518", "JA-culture-120-20170518"];
    let some_words = {
        let hits = all["hits"].as_array().unwrap();
        let h = hits
            .iter()
            .find(|h| h["id"] == title)
            .expect("article present");
        h["title"].as_str().unwrap().to_string()
    };
    let plain = hit_ids(&search_json(&data, &some_words, &[]));
    assert!(
        pair.iter().all(|p| plain.contains(&p.to_string())),
        "{plain:?}"
    );
    let folded = search_json(&data, &some_words, &["--collapse"]);
    let hits = folded["hits"].as_array().unwrap();
    let first = hits
        .iter()
        .position(|h| pair.contains(&h["id"].as_str().unwrap()))
        .unwrap();
    let dups: Vec<&str> = hits[first]["duplicates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    assert_eq!(dups.len(), 1, "{dups:?}");
    assert!(pair.contains(&dups[0]));
    assert_eq!(
        hits.iter()
            .filter(|h| pair.contains(&h["id"].as_str().unwrap()))
            .count(),
        1
    );
}

#[test]
fn batch_queries_print_trec_lines_and_filters_work() {
    let dir = Scratch::new("trec");
    let data = dir.0.join("kh");
    ingest(&data, &[&corpus()], &[]);
    let qfile = dir.0.join("q.jsonl");
    std::fs::write(
        &qfile,
        "{\"qid\": \"q1\", \"query\": \"ما هو الإرهاب؟\"}\nnot json\n{\"qid\": 2, \"query\": \"تونس\"}\n",
    )
    .unwrap();
    let d = data.display().to_string();
    let q = qfile.display().to_string();
    let out = khabar(&["search", "--data", &d, "--queries", &q, "--format", "trec"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":2: skipped"),
        "bad line reported with its number: {stderr}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines.iter().any(|l| l.starts_with("q1 Q0 "))
            && lines.iter().any(|l| l.starts_with("2 Q0 "))
    );
    for l in &lines {
        let f: Vec<&str> = l.split(' ').collect();
        assert_eq!(f.len(), 6, "{l}");
        assert_eq!((f[1], f[5]), ("Q0", "khabar"));
        assert!(f[3].parse::<usize>().unwrap() >= 1 && f[4].parse::<f32>().is_ok());
    }

    // Date filter: the fixture's articles are dated 2015–2017.
    let in_2016 = search_json(&data, "", &["--from", "2016-01", "--to", "2016-12"]);
    for h in in_2016["hits"].as_array().unwrap() {
        // ANT dates are ISO or day-first `DD/MM/YYYY`.
        assert!(h["date"].as_str().unwrap().contains("2016"), "{h}");
    }
    let all = search_json(&data, "", &[])["total"].as_u64().unwrap();
    assert!(in_2016["total"].as_u64().unwrap() < all);
    // A bad date is a clear error, not a crash.
    let out = khabar(&["search", "--data", &d, "تونس", "--from", "last week"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad date"));
    // Query syntax never errors.
    ok(&[
        "search",
        "--data",
        &d,
        "title:(تونس AND [a TO b] \"غير مغلق",
    ]);
}

#[test]
fn bad_sources_are_skipped_and_reported() {
    let dir = Scratch::new("bad");
    let data = dir.0.join("kh");
    let bad = dir.0.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"ok1\", \"text\": \"خبر سليم عن الانتخابات البلدية في تونس.\"}\n{broken json\n{\"id\": \"nofield\"}\n",
    )
    .unwrap();
    let missing = dir.0.join("does-not-exist.jsonl");
    let errors = dir.0.join("errors.jsonl");
    let summary = ingest(
        &data,
        &[&bad, &missing, &corpus()],
        &["--errors", errors.to_str().unwrap()],
    );
    assert_eq!(summary_number(&summary, "indexed"), 31, "{summary}");
    assert!(summary_number(&summary, "skipped") >= 3, "{summary}");
    let log = std::fs::read_to_string(&errors).unwrap();
    assert!(log.lines().count() >= 3, "{log}");
    assert!(
        log.contains("bad.jsonl#2") && log.contains("does-not-exist.jsonl"),
        "{log}"
    );
}

#[test]
fn sigkill_mid_ingest_then_rerun_leaves_a_complete_consistent_archive() {
    let dir = Scratch::new("crash");
    let data = dir.0.join("kh");
    // 1,500 distinct documents: the fixture's articles with unique ids and a varying line.
    let big = dir.0.join("big.jsonl");
    let base: Vec<serde_json::Value> = std::fs::read_to_string(corpus())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let n = 1500;
    let mut s = String::new();
    for i in 0..n {
        let mut d = base[i % base.len()].clone();
        d["id"] = format!("gen-{i}").into();
        d["url"] = serde_json::Value::Null;
        d["text"] = format!("{}\nرقم الوثيقة {i}", d["text"].as_str().unwrap()).into();
        s.push_str(&serde_json::to_string(&d).unwrap());
        s.push('\n');
    }
    std::fs::write(&big, s).unwrap();

    let mut child = Command::new(BIN)
        .args([
            "ingest",
            big.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
            "--batch",
            "25",
            "--quiet",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once some batches are committed (the store's WAL grows), or after 3 s at most.
    let wal = data.join("store.sqlite-wal");
    let t0 = std::time::Instant::now();
    while t0.elapsed() < std::time::Duration::from_secs(3) {
        if std::fs::metadata(&wal)
            .map(|m| m.len() > 200_000)
            .unwrap_or(false)
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let summary = ingest(&data, &[&big], &["--batch", "25"]);
    assert_eq!(
        summary_number(&summary, "archive now holds"),
        n as u64,
        "{summary}"
    );
    let indexed = summary_number(&summary, "indexed");
    let present = summary_number(&summary, "already present");
    assert_eq!(indexed + present, n as u64, "{summary}");
    // The index agrees with the store.
    assert_eq!(search_json(&data, "", &[])["total"], n as u64);
    assert_eq!(
        search_json(&data, "\"الوثيقة 1499\"", &[])["hits"][0]["id"],
        "gen-1499"
    );
}
