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
