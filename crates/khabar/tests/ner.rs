//! CLI tests for `khabar train ner`, `khabar ner` and `khabar eval ner` on the NER crate's tiny
//! hand-written fixture.

mod cli_common;

use std::path::PathBuf;

use cli_common::khabar;

const TINY: &str = include_str!("../../khabar-ner/tests/fixtures/tiny.conll");

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("khabar-ner-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn train_tag_and_score_round_trip() {
    let dir = temp_dir("round-trip");
    let gold = dir.join("tiny.conll");
    std::fs::write(&gold, TINY).expect("write fixture");
    let model = dir.join("model.bin");
    let (gold_s, model_s) = (
        gold.to_str().expect("utf-8"),
        model.to_str().expect("utf-8"),
    );
    let out = khabar(
        &[
            "train",
            "ner",
            "--train",
            gold_s,
            "--out",
            model_s,
            "--epochs",
            "5",
            "--runs",
            "2",
            "--networks",
            "1",
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("network 1 epoch"), "{err}");
    // Tagging keeps every token and sentence break.
    let out = khabar(&["ner", "--model", model_s, "-"], TINY.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tagged = String::from_utf8_lossy(&out.stdout);
    assert_eq!(tagged.lines().count(), TINY.trim_end().lines().count());
    assert!(tagged.contains("لافروف\tI-PERS"), "{tagged}");
    // The model fits its own training data.
    let out = khabar(
        &[
            "eval", "ner", "--gold", gold_s, "--model", model_s, "--json",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON scores");
    let f1 = scores["f1"].as_f64().expect("overall F1");
    assert!(f1 > 0.9, "{scores}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_models_and_options_are_clear_errors() {
    let out = khabar(&["ner", "--model", "/nonexistent/ner.bin", "-"], b"x\n");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/ner.bin"), "{err}");
    let dir = temp_dir("bad");
    let junk = dir.join("junk.bin");
    std::fs::write(&junk, b"not a model").expect("write junk");
    let out = khabar(
        &["ner", "--model", junk.to_str().expect("utf-8"), "-"],
        b"x\n",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("junk.bin") && err.contains("magic"), "{err}");
    let gold = dir.join("tiny.conll");
    std::fs::write(&gold, TINY).expect("write fixture");
    let out = khabar(
        &[
            "train",
            "ner",
            "--train",
            gold.to_str().expect("utf-8"),
            "--out",
            dir.join("m.bin").to_str().expect("utf-8"),
            "--network-weight=-1",
        ],
        b"",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--network-weight"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn docstart_lines_keep_documents_apart() {
    // `سيرغي لافروف` is found in the first sentence; the consistency pass then tags the lone
    // `لافروف` of the second, but only when both are in one document.
    let one = "وصل\nسيرغي\nلافروف\nإلى\nدمشق\n\nوقال\nلافروف\nإن\nالحل\nسياسي\n";
    let two = "-DOCSTART- O\n\nوصل\nسيرغي\nلافروف\nإلى\nدمشق\n\n-DOCSTART- O\n\nوقال\nلافروف\nإن\nالحل\nسياسي\n";
    let tag = |input: &str| {
        let out = khabar(&["ner", "-"], input.as_bytes());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !err.contains("warning"), "{err}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let tagged = tag(one);
    assert!(tagged.contains("وقال\tO\nلافروف\tB-PERS"), "{tagged}");
    let tagged = tag(two);
    assert!(tagged.contains("سيرغي\tB-PERS\nلافروف\tI-PERS"), "{tagged}");
    assert!(tagged.contains("وقال\tO\nلافروف\tO"), "{tagged}");
    // The markers stay in the output, line for line with the input.
    assert_eq!(tagged.lines().count(), two.trim_end().lines().count());
    for (i, o) in two.lines().zip(tagged.lines()) {
        assert_eq!(i.split(' ').next(), o.split('\t').next(), "{tagged}");
    }
}

#[test]
fn running_text_and_conllu_input_get_a_hint() {
    // Running text: each line is a sentence, and only its first word would be tagged.
    let text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق اليوم\n\
                وقال لافروف إن الحل في سوريا سياسي ولا بديل عنه\n\
                وأضاف أن موسكو ستواصل دعم الحكومة السورية في حربها\n";
    let out = khabar(&["ner", "-"], text.as_bytes());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("warning: <stdin>: 3 of 3 lines") && err.contains("khabar analyze"),
        "{err}"
    );
    // CoNLL-U: the first column is the word's number.
    let conllu = "1\tوصل\tوصل\tVERB\t_\t_\t0\troot\t_\t_\n\
                  2\tلافروف\tلافروف\tPROPN\t_\t_\t1\tnsubj\t_\t_\n\
                  3\tإلى\tإلى\tADP\t_\t_\t4\tcase\t_\t_\n\
                  4\tدمشق\tدمشق\tPROPN\t_\t_\t1\tobl\t_\t_\n";
    let out = khabar(&["ner", "-"], conllu.as_bytes());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("CoNLL-U") && err.contains("cut -f2"), "{err}");
}

const WIKI: &str = include_str!("../../../fixtures/ner-wiki-style.txt");

/// The library's tags for CoNLL `input`, written as `khabar ner` writes them.
fn library_output(input: &str, window: usize) -> String {
    let sentences = khabar_ner::parse_conll(input, false).expect("parses");
    let tags = khabar_ner::Tagger::embedded().tag_sentences(&sentences, window);
    let mut out = String::new();
    for (i, (s, t)) in sentences.iter().zip(&tags).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if s.doc_start {
            out.push_str("-DOCSTART-\tO\n\n");
        }
        for (tok, tag) in s.tokens.iter().zip(t) {
            out.push_str(&format!("{tok}\t{}\n", tag.as_str()));
        }
    }
    out
}

#[test]
fn streamed_tagging_matches_tagging_the_whole_input() {
    // `khabar ner` tags a window of sentences at a time; the library tags the whole input.
    // Three documents of different lengths (so that windows end at different places), more
    // than 64 KiB in all (so that the input is read in several blocks).
    let sentences: Vec<&str> = WIKI
        .split("\n\n")
        .filter(|s| !s.trim().is_empty())
        .collect();
    let mut input = String::new();
    for (d, len) in [137, 210, 153].into_iter().enumerate() {
        if d > 0 {
            input.push_str("-DOCSTART- -X- O\n\n");
        }
        for s in sentences.iter().cycle().take(len) {
            input.push_str(s.trim_matches('\n'));
            input.push_str("\n\n");
        }
    }
    assert!(input.len() > 1 << 16);
    for window in [3, 0, 50] {
        let out = khabar(
            &["ner", "-", "--window", &window.to_string()],
            input.as_bytes(),
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        let got = String::from_utf8(out.stdout).expect("utf-8");
        assert!(got == library_output(&input, window), "window {window}");
    }
}

#[test]
fn invalid_utf8_in_a_stream_names_the_line() {
    // Past the first block (64 KiB), the input streams line by line.
    let mut input = Vec::new();
    while input.len() <= 1 << 16 {
        input.extend_from_slice(WIKI.as_bytes());
        input.push(b'\n');
    }
    let line = input.iter().filter(|&&b| b == b'\n').count() + 1;
    input.extend_from_slice(b"xx\xffyy O\n");
    let out = khabar(&["ner", "-"], &input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains(&format!("<stdin>: invalid UTF-8 on line {line}")) && err.contains("--lossy"),
        "{err}"
    );
    let out = khabar(&["ner", "-", "--lossy"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tagged = String::from_utf8(out.stdout).expect("utf-8");
    let tail: String = tagged
        .chars()
        .rev()
        .take(100)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(tagged.ends_with("xx\u{FFFD}yy\tO\n"), "{tail}");
}

#[test]
fn consistency_windows_start_at_each_document_start() {
    // With `--window 2` the windows are sentences 1–2 and 3–4: the full name in sentence 3
    // makes the lone surname of sentence 4 a name (which it is not on its own, see
    // `docstart_lines_keep_documents_apart`). A stream cut into blocks that straddle the
    // windows would tag sentence 4 apart from sentence 3.
    let filler = "وقال\nالمتحدث\nإن\nالوضع\nهادئ\n\n";
    let input =
        format!("{filler}{filler}وصل\nسيرغي\nلافروف\nإلى\nدمشق\n\nوقال\nلافروف\nإن\nالحل\nسياسي\n");
    let out = khabar(&["ner", "-", "--window", "2"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tagged = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        tagged.ends_with("وقال\tO\nلافروف\tB-PERS\nإن\tO\nالحل\tO\nسياسي\tO\n"),
        "{tagged}"
    );
    assert_eq!(tagged, library_output(&input, 2));
}
