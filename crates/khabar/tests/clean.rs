//! CLI tests for `khabar clean`.

mod cli_common;

use cli_common::khabar;

const SEED: &str = include_str!("../../../fixtures/seed.txt");

fn seed_path() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/seed.txt").to_string()
}

#[test]
fn seed_text_mode_drops_last_two_lines() {
    let out = khabar(&["clean", &seed_path()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.trim_end().ends_with("دعمهم للمعارضة المسلّحة»."));
    assert!(!stdout.contains("اترك تعليقاً") && !stdout.contains("زر الذهاب"));
    assert!(stdout.starts_with("لافروف: لتشكيل جبهة موحّدة"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "removed\tboilerplate:comment-prompt\tاترك تعليقاً",
            "removed\tboilerplate:back-to-top\tزر الذهاب إلى الأعلى"
        ]
    );
    let quiet = khabar(&["clean", "-q", "-"], SEED.as_bytes());
    assert!(quiet.stderr.is_empty());
    assert_eq!(String::from_utf8(quiet.stdout).unwrap(), stdout);
}

#[test]
fn seed_json_mode_offsets_slice_the_input() {
    let out = khabar(&["clean", "--format", "json"], SEED.as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"].as_str().unwrap(), SEED);
    let removed = v["removed"].as_array().unwrap();
    assert_eq!(removed.len(), 2);
    let chars: Vec<char> = SEED.chars().collect();
    for r in removed {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        let surface: String = chars[s..e].iter().collect();
        assert_eq!(surface, r["line"].as_str().unwrap());
    }
    assert_eq!(removed[0]["reason"], "boilerplate:comment-prompt");
    assert_eq!(removed[1]["reason"], "boilerplate:back-to-top");
    assert_eq!(v["signals"]["lang"], "ar");
    assert!(v["signals"]["lang_confidence"].as_f64().unwrap() > 0.9);
    assert!(v["signals"]["words"].as_u64().unwrap() > 400);
    assert!(!v["cleaned"].as_str().unwrap().contains("اترك"));
}

#[test]
fn lang_filter_and_bad_input() {
    let fa = "به گزارش خبرگزاری، رئیس جمهور در این نشست گفت که دولت برای حل مشکلات اقتصادی برنامه دارد.\n";
    let out = khabar(&["clean", "--lang", "ar"], fa.as_bytes());
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("language is fa"));
    let out = khabar(&["clean", "--lang", "ar"], SEED.as_bytes());
    assert!(!out.stdout.is_empty());

    let out = khabar(&["clean"], b"caf\xe9\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid UTF-8"));
    let out = khabar(&["clean", "--lossy"], b"caf\xe9\n");
    assert!(out.status.success());
    let out = khabar(&["clean", "/nonexistent/file.txt"], b"");
    assert!(!out.status.success());
}

#[test]
fn learned_repeated_lines() {
    let dir = std::env::temp_dir().join(format!("khabar-clean-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut corpus = String::new();
    for i in 0..10 {
        corpus.push_str(&format!("{{\"id\": \"{i}\", \"text\": \"خبر رقم {i} عن الطقس.\\nإذاعة الجوهرة أف أم - سوسة\"}}\n"));
    }
    let path = dir.join("site.jsonl");
    std::fs::write(&path, corpus).unwrap();
    let doc = "أمطار غزيرة في الشمال.\nإذاعة الجوهرة أف أم - سوسة\n";
    let out = khabar(
        &[
            "clean",
            "--learn-lines",
            path.to_str().unwrap(),
            "--format",
            "json",
        ],
        doc.as_bytes(),
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["removed"][0]["reason"], "repeated-line");
    assert_eq!(v["removed"][0]["line"], "إذاعة الجوهرة أف أم - سوسة");
    assert_eq!(v["cleaned"], "أمطار غزيرة في الشمال.\n");
}
