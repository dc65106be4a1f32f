//! Cleaning quality on flattened news pages with gold bodies (the documented measurement).
//!
//! `cargo run --release -p khabar-clean --example pages -- ../shared/data/extraction-dev`
//!
//! Each `NAME.html` is flattened naively (every visible text block on its own line, as a crude
//! extractor or a copy-paste would leave it), then cleaned. A line is *body* when it occurs in
//! the gold text `NAME.json:text`; every other line is *furniture* (menus, sidebars, comments,
//! share bars, footers). Reports, per template and overall: body lines wrongly removed (false
//! positives), furniture lines removed, and lines of the known leak strings left. Run once with
//! the curated list alone and once adding per-template repeated lines (`LineStats` learned over
//! the pages of the same template, as `ingest` learns them per source).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use khabar_clean::{clean, line_key, CleanContext, LineStats};

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "blockquote",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "main",
    "marquee",
    "button",
    "option",
    "label",
    "hr",
    "time",
    "address",
    "center",
    "font",
    "a",
];

/// Every visible text block on its own line.
fn flatten(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let body_start = lower.find("<body").unwrap_or(0);
    let (html, lower) = (&html[body_start..], &lower[body_start..]);
    let mut out = String::new();
    let mut i = 0;
    while i < html.len() {
        if html[i..].starts_with("<!--") {
            i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if html.as_bytes()[i] == b'<' {
            let end = html[i..].find('>').map_or(html.len(), |e| i + e + 1);
            let tag = &lower[i + 1..end.saturating_sub(1).max(i + 1)];
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if !tag.starts_with('/') && (name == "script" || name == "style") {
                let close = format!("</{name}");
                i = lower[end..].find(&close).map_or(html.len(), |e| end + e);
                continue;
            }
            if BLOCK.contains(&name.as_str()) {
                out.push('\n');
            }
            i = end;
            continue;
        }
        let next = html[i..].find('<').map_or(html.len(), |e| i + e);
        out.push_str(&decode_entities(&html[i..next]));
        i = next;
    }
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let Some(semi) = rest.find(';').filter(|&s| s <= 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..semi];
        let c = match ent {
            "nbsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            "copy" => Some('©'),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

struct Page {
    template: String,
    text: String,
    gold_key: String,
}

#[derive(Default)]
struct Tally {
    pages: u64,
    body: u64,
    body_removed: u64,
    furniture: u64,
    furniture_removed: u64,
    leaks_before: u64,
    leaks_after: u64,
}

const LEAKS: &[&str] = &[
    "اترك تعليقاً",
    "زر الذهاب إلى الأعلى",
    "اقرأ أيضاً",
    "جميع الحقوق محفوظة",
];

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/data/extraction-dev".into()),
    );
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    names.sort();
    let pages: Vec<Page> = names.iter().map(|p| load(p)).collect();
    let mut stats: HashMap<String, LineStats> = HashMap::new();
    for p in &pages {
        stats
            .entry(p.template.clone())
            .or_default()
            .add_document(&p.text);
    }
    for (label, use_stats) in [
        ("curated list", false),
        ("curated list + per-template repeated lines", true),
    ] {
        let mut by_t: BTreeMap<String, Tally> = BTreeMap::new();
        let mut reasons: BTreeMap<String, u64> = BTreeMap::new();
        let mut fps: Vec<String> = Vec::new();
        for p in &pages {
            let ctx = CleanContext {
                line_stats: if use_stats {
                    stats.get(&p.template)
                } else {
                    None
                },
                ..CleanContext::default()
            };
            let removed = clean(&p.text, &ctx);
            let t = by_t.entry(p.template.clone()).or_default();
            t.pages += 1;
            let mut pos = 0usize;
            for line in p.text.split('\n') {
                let n = line.chars().count();
                let r = removed.iter().find(|r| r.start == pos);
                let key = line_key(line);
                let is_body =
                    !key.is_empty() && p.gold_key.contains(&key) && key.split(' ').count() >= 3;
                let leak = LEAKS.iter().any(|l| line.contains(l));
                if is_body {
                    t.body += 1;
                } else {
                    t.furniture += 1;
                }
                t.leaks_before += u64::from(leak);
                match r {
                    Some(r) => {
                        *reasons.entry(r.reason.clone()).or_default() += 1;
                        if is_body {
                            t.body_removed += 1;
                            fps.push(format!("{} {}", r.reason, line));
                        } else {
                            t.furniture_removed += 1;
                        }
                    }
                    None => t.leaks_after += u64::from(leak),
                }
                pos += n + 1;
            }
        }
        println!("== {label}");
        println!(
            "{:<22} {:>5} {:>10} {:>12} {:>16} {:>14}",
            "template", "pages", "body lines", "body removed", "furniture rm/all", "leak lines b/a"
        );
        let mut all = Tally::default();
        for (name, t) in &by_t {
            row(name, t);
            all.pages += t.pages;
            all.body += t.body;
            all.body_removed += t.body_removed;
            all.furniture += t.furniture;
            all.furniture_removed += t.furniture_removed;
            all.leaks_before += t.leaks_before;
            all.leaks_after += t.leaks_after;
        }
        row("all", &all);
        println!("removed by reason: {reasons:?}");
        for fp in fps.iter().take(10) {
            let short: String = fp.chars().take(100).collect();
            println!("  false positive: {short}");
        }
    }
}

fn row(name: &str, t: &Tally) {
    println!(
        "{:<22} {:>5} {:>10} {:>12} {:>9}/{:<6} {:>7}/{:<6}",
        name,
        t.pages,
        t.body,
        t.body_removed,
        t.furniture_removed,
        t.furniture,
        t.leaks_before,
        t.leaks_after
    );
}

fn load(html_path: &Path) -> Page {
    let bytes = std::fs::read(html_path).expect("read page");
    // The dev pages are UTF-8 or windows-1256 (the extractor's job is to tell; here a simple
    // fallback is enough).
    let html = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => encoding_rs::WINDOWS_1256
            .decode(e.as_bytes())
            .0
            .into_owned(),
    };
    let gold: serde_json::Value = serde_json::from_slice(
        &std::fs::read(html_path.with_extension("json")).expect("read gold"),
    )
    .expect("gold json");
    Page {
        template: gold["template"].as_str().unwrap_or("?").to_string(),
        text: flatten(&html),
        gold_key: line_key(gold["text"].as_str().unwrap_or("")),
    }
}
