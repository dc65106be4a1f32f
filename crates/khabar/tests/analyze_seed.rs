//! Golden and structural tests of `khabar analyze` on the seed article (fixtures/seed.txt).
//!
//! The golden file `fixtures/seed.analysis.json` is the exact JSON output; after an intended
//! change to a model or rule, regenerate it with `KHABAR_BLESS=1 cargo test -p khabar --test
//! analyze_seed` and review the diff.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn analyze(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("analyze")
        .args(args)
        .current_dir(root())
        .output()
        .expect("run khabar");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn chars(s: &str, start: u64, end: u64) -> String {
    s.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn seed_golden() {
    let json = analyze(&["fixtures/seed.txt", "--format", "json", "--pretty"]);
    let golden = root().join("fixtures/seed.analysis.json");
    if std::env::var_os("KHABAR_BLESS").is_some() {
        std::fs::write(&golden, &json).expect("write golden");
    }
    let expected =
        std::fs::read_to_string(&golden).expect("golden file (bless with KHABAR_BLESS=1)");
    assert!(
        json == expected,
        "analyze output differs from fixtures/seed.analysis.json; if intended, re-bless with KHABAR_BLESS=1"
    );
}

#[test]
fn seed_structure() {
    let json = analyze(&["fixtures/seed.txt"]);
    let v: Value = serde_json::from_str(json.trim()).expect("one JSON object");
    let text = v["text"].as_str().unwrap();
    assert_eq!(
        text,
        std::fs::read_to_string(root().join("fixtures/seed.txt")).unwrap()
    );

    // Boilerplate: the last two lines are removed, the text is untouched.
    let removed = v["removed"].as_array().unwrap();
    let removed_text: Vec<String> = removed
        .iter()
        .map(|r| {
            chars(
                text,
                r["start"].as_u64().unwrap(),
                r["end"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(removed_text, ["اترك تعليقاً", "زر الذهاب إلى الأعلى"]);

    // Every token and segment slices the text to its surface.
    let tokens = v["tokens"].as_array().unwrap();
    for t in tokens {
        let (s, e) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
        assert_eq!(chars(text, s, e), t["text"].as_str().unwrap());
        for seg in t["segments"].as_array().unwrap() {
            let (s, e) = (seg["start"].as_u64().unwrap(), seg["end"].as_u64().unwrap());
            assert_eq!(chars(text, s, e), seg["text"].as_str().unwrap());
        }
    }
    // `ودمشق` → و + دمشق.
    let wd = tokens
        .iter()
        .find(|t| t["text"] == "ودمشق")
        .expect("token ودمشق");
    let segs: Vec<(&str, &str)> = wd["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["text"].as_str().unwrap(), s["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(segs, [("و", "proclitic"), ("دمشق", "stem")]);

    // `د. بشار` does not end a sentence.
    for s in v["sentences"].as_array().unwrap() {
        let sent = chars(
            text,
            s["start"].as_u64().unwrap(),
            s["end"].as_u64().unwrap(),
        );
        assert!(
            !sent.ends_with("د."),
            "sentence split after an abbreviation: {sent}"
        );
    }

    // Entities with offsets; Lavrov's mentions link to his full name.
    let ents = v["entities"].as_array().unwrap();
    for e in ents {
        let (s, en) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
        let surface = chars(text, s, en);
        let name = e["text"].as_str().unwrap();
        // After the preposition ل the article is written with one lam (`للأمم المتحدة`): the
        // span covers `لأمم المتحدة` and the name restores `الأمم المتحدة`.
        let restored = surface.strip_prefix('ل').map(|rest| format!("ال{rest}"));
        assert!(
            surface == name || restored.as_deref() == Some(name),
            "{surface} vs {name}"
        );
    }
    let has = |name: &str, label: &str| {
        ents.iter()
            .any(|e| e["text"] == name && e["label"] == label)
    };
    assert!(has("لافروف", "PERS") && has("موسكو", "LOC") && has("مجلس الأمن", "ORG"));
    assert!(ents
        .iter()
        .any(|e| e["text"] == "لافروف" && e["canonical"] == "سيرغي لافروف"));

    // Who said what: Lavrov's and Gatilov's direct quotes, SANA's report.
    let quotes = v["quotes"].as_array().unwrap();
    let said = |who: &str, kind: &str, start: &str| {
        quotes.iter().any(|q| {
            q["speaker_entity"]
                .as_str()
                .is_some_and(|s| s.contains(who))
                && q["kind"] == kind
                && q["text"].as_str().is_some_and(|t| t.starts_with(start))
        })
    };
    assert!(said("لافروف", "direct", "إننا ندعو أولئك"));
    assert!(said("غاتيلوف", "direct", "نحن ومن دون دعوة"));
    assert!(said("سانا", "indirect", "جلسة الأمس"));
    for q in quotes {
        let (s, e) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
        assert_eq!(chars(text, s, e), q["text"].as_str().unwrap());
    }
}

/// Greedy word wrap of each paragraph of `text` at `width` characters, a blank line between
/// paragraphs: the seed as a mail or a wire feed would carry it.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for para in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut lines = vec![String::new()];
        for word in para.split_whitespace() {
            let line = lines.last_mut().unwrap();
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(word.to_string());
            } else {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
        }
        out.push(lines.join("\n"));
    }
    out.join("\n\n")
}

/// What the analysis says, whatever the line breaks: sentences with their whitespace collapsed,
/// entities as (label, canonical, text collapsed), quotes as (speaker entity, quote collapsed).
fn findings(v: &Value) -> (Vec<String>, Vec<String>, Vec<String>) {
    let text = v["text"].as_str().unwrap();
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let span = |x: &Value| {
        collapse(&chars(
            text,
            x["start"].as_u64().unwrap(),
            x["end"].as_u64().unwrap(),
        ))
    };
    let sentences = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(span)
        .collect();
    let entities = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {} {}", e["label"], e["canonical"], span(e)))
        .collect();
    let quotes = v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            format!(
                "{} {}",
                q["speaker_entity"],
                collapse(q["text"].as_str().unwrap())
            )
        })
        .collect();
    (sentences, entities, quotes)
}

#[test]
fn hard_wrapped_seed_reads_like_the_seed() {
    let seed = std::fs::read_to_string(root().join("fixtures/seed.txt")).unwrap();
    let plain: Value = serde_json::from_str(analyze(&["fixtures/seed.txt"]).trim()).unwrap();
    for width in [60, 72, 80] {
        let path = std::env::temp_dir().join(format!(
            "khabar-seed-wrapped-{width}-{}.txt",
            std::process::id()
        ));
        std::fs::write(&path, hard_wrap(&seed, width)).unwrap();
        let wrapped: Value =
            serde_json::from_str(analyze(&[path.to_str().unwrap()]).trim()).unwrap();
        std::fs::remove_file(&path).ok();
        let (ps, pe, pq) = findings(&plain);
        let (ws, we, wq) = findings(&wrapped);
        assert_eq!(ws, ps, "sentences, wrapped at {width}");
        assert_eq!(we, pe, "entities, wrapped at {width}");
        assert_eq!(wq, pq, "quotes, wrapped at {width}");
        assert!(pe.len() >= 30 && pq.len() >= 5);
    }
}

#[test]
fn legacy_code_pages_read_as_arabic() {
    // The seed saved as windows-1256 or ISO-8859-6 (legacy archives; the original ANERcorp is
    // windows-1256) analyses like the UTF-8 seed, with a note naming the code page.
    let seed = std::fs::read_to_string(root().join("fixtures/seed.txt")).unwrap();
    let plain: Value = serde_json::from_str(analyze(&["fixtures/seed.txt"]).trim()).unwrap();
    for enc in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
        let (bytes, _, unmappable) = enc.encode(&seed);
        let path = std::env::temp_dir().join(format!(
            "khabar-seed-{}-{}.txt",
            enc.name(),
            std::process::id()
        ));
        std::fs::write(&path, &bytes).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
            .arg("analyze")
            .arg(&path)
            .output()
            .unwrap();
        std::fs::remove_file(&path).ok();
        assert!(out.status.success());
        let note = String::from_utf8_lossy(&out.stderr);
        assert!(
            note.contains(&format!("decoded as {}", enc.name())),
            "{note}"
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        if !unmappable {
            assert_eq!(v["text"], plain["text"]);
        }
        let names = |v: &Value| -> Vec<String> {
            v["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| format!("{} {}", e["label"], e["text"]))
                .collect()
        };
        assert_eq!(names(&v), names(&plain), "{}", enc.name());
    }
}

#[test]
fn seed_conllu_has_multiword_tokens() {
    let conllu = analyze(&["fixtures/seed.txt", "--format", "conllu"]);
    assert!(conllu.contains("# text = "));
    let lines: Vec<&str> = conllu.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.split('\t').nth(1) == Some("ودمشق"))
        .expect("ودمشق line");
    assert!(
        lines[i].split('\t').next().unwrap().contains('-'),
        "range line: {}",
        lines[i]
    );
    assert_eq!(lines[i + 1].split('\t').nth(1), Some("و"));
    assert_eq!(lines[i + 2].split('\t').nth(1), Some("دمشق"));
}

#[test]
fn empty_input_is_empty_output() {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["analyze", "-"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let dir = std::env::temp_dir().join(format!("khabar-analyze-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("bad.txt");
    std::fs::write(&f, b"\xd9\x82\xd8\xa7\xd9\x84 \xff ok").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("analyze")
        .arg(&f)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("byte offset 7"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("analyze")
        .arg(&f)
        .arg("--lossy")
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn jsonl_input_records_duplicate_clusters() {
    let seed = std::fs::read_to_string(root().join("fixtures/seed.txt")).unwrap();
    let body: String = seed.lines().skip(2).take(8).collect::<Vec<_>>().join("\n");
    let cut: String = body.chars().take(body.chars().count() * 4 / 5).collect();
    let other = "قال وزير التربية إن الامتحانات الوطنية ستنطلق في موعدها المحدد يوم الاثنين القادم بكافة الولايات.";
    let lines = [
        serde_json::json!({"id": "a", "text": body}),
        serde_json::json!({"id": "b", "text": other}),
        serde_json::json!({"id": "c", "text": cut}),
    ];
    let dir = std::env::temp_dir().join(format!("khabar-analyze-dup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("docs.jsonl");
    let jsonl: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    std::fs::write(&f, jsonl.join("\n")).unwrap();
    let out = analyze(&[f.to_str().unwrap()]);
    let clusters: Vec<(String, String)> = out
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["id"].as_str().unwrap().into(),
                v["cluster"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        clusters,
        [
            ("a".into(), "a".into()),
            ("b".into(), "b".into()),
            ("c".into(), "a".into())
        ]
    );
}
