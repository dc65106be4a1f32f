//! Training, the model format and scoring, on a tiny hand-written fixture.

use khabar_ner::{evaluate, parse_conll, train, Lexicon, NerError, Tag, Tagger, TrainConfig};

const TINY: &str = include_str!("fixtures/tiny.conll");

fn trained(seed: u64) -> Tagger {
    trained_with(seed, TrainConfig::default().word_dropout)
}

fn trained_with(seed: u64, word_dropout: f32) -> Tagger {
    let sents = parse_conll(TINY, true).unwrap();
    let config = TrainConfig {
        epochs: 5,
        seed,
        min_count: 1,
        runs: 2,
        word_dropout,
        ..TrainConfig::default()
    };
    train(&sents, None, Lexicon::embedded(), &config, |_| {}).unwrap()
}

#[test]
fn word_dropout_changes_the_model_deterministically() {
    let plain = trained_with(7, 0.0).to_bytes();
    let dropped = trained_with(7, 0.5).to_bytes();
    assert_ne!(plain, dropped, "dropout takes effect");
    assert_eq!(
        dropped,
        trained_with(7, 0.5).to_bytes(),
        "and is deterministic"
    );
}

#[test]
fn training_is_deterministic_and_fits_its_data() {
    let a = trained(7).to_bytes();
    let b = trained(7).to_bytes();
    assert_eq!(a, b, "same seed, same model");
    let tagger = Tagger::from_bytes(&a).unwrap();
    let sents = parse_conll(TINY, true).unwrap();
    let scores = evaluate(&tagger, &sents);
    assert_eq!(scores.overall.gold, 10);
    assert!(scores.overall.f1() > 0.9, "{}", scores.report());
}

#[test]
fn model_round_trips() {
    let t = trained(1);
    let bytes = t.to_bytes();
    assert_eq!(
        u32::from_le_bytes(bytes[4..8].try_into().unwrap()),
        khabar_ner::FORMAT_VERSION,
        "a trained model reads feature set 2: format 5"
    );
    let back = Tagger::from_bytes(&bytes).unwrap();
    let words = ["والتقى", "لافروف", "في", "دمشق", "."];
    assert_eq!(t.tag(&words), back.tag(&words));
    assert_eq!(back.to_bytes(), t.to_bytes());
}

#[test]
fn bad_models_are_errors() {
    let bytes = trained(1).to_bytes();
    for bad in [
        &bytes[..0],
        &bytes[..10],
        &bytes[..bytes.len() - 1],
        b"not a model at all".as_slice(),
    ] {
        assert!(matches!(Tagger::from_bytes(bad), Err(NerError::Model(_))));
    }
    let mut flipped = bytes.clone();
    flipped[40] ^= 0x55;
    let err = Tagger::from_bytes(&flipped).unwrap_err();
    assert!(err.to_string().contains("checksum"), "{err}");
    let missing = Tagger::load(std::path::Path::new("/nonexistent/ner.bin")).unwrap_err();
    assert!(
        missing.to_string().contains("/nonexistent/ner.bin"),
        "{missing}"
    );
}

#[test]
fn embedded_model_tags_a_sentence() {
    let t = Tagger::embedded();
    let tags = t.tag(&[
        "وصل",
        "وزير",
        "الخارجية",
        "الروسي",
        "سيرغي",
        "لافروف",
        "إلى",
        "دمشق",
        ".",
    ]);
    assert_eq!(tags[5], Tag::parse("I-PERS").unwrap());
    assert_eq!(tags[7], Tag::parse("B-LOC").unwrap());
    assert!(t.tag(&[]).is_empty());
}

#[test]
fn tag_document_keeps_sentence_lengths() {
    let t = Tagger::embedded();
    let sents = vec![
        vec!["قال", "سيرغي", "لافروف", "."],
        vec![],
        vec!["وأضاف", "لافروف", "أن", "موسكو", "مستعدة"],
    ];
    let tags = t.tag_document(&sents, 50);
    assert_eq!(tags.iter().map(Vec::len).collect::<Vec<_>>(), [4, 0, 5]);
    assert_eq!(tags[2][1], Tag::parse("B-PERS").unwrap());
}

#[test]
fn neural_tagger_is_deterministic_fits_its_data_and_joins_the_perceptron() {
    use khabar_ner::nn::{train_nn, NnConfig};
    let sents = parse_conll(TINY, true).unwrap();
    // Without and with the neighbours' hidden layers.
    for context in [0, 2] {
        let config = NnConfig {
            epochs: 15,
            hidden: 16,
            word_dropout: 0.0,
            hidden_dropout: 0.0,
            context,
            ..NnConfig::default()
        };
        let nn = train_nn(&sents, Lexicon::embedded(), &config, |_, _, _| {}).unwrap();
        let again = train_nn(&sents, Lexicon::embedded(), &config, |_, _, _| {}).unwrap();
        let (mut right, mut total) = (0, 0);
        for s in &sents {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let tags = nn.tag(&toks);
            assert_eq!(tags, again.tag(&toks), "same seed, same model");
            right += tags.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
            total += toks.len();
        }
        assert!(
            right * 100 >= total * 95,
            "context {context} fits its data: {right}/{total}"
        );
        // The ensemble with the perceptron fits the data too.
        let perceptron = trained(7);
        let mut right = 0;
        for s in &sents {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let both = perceptron.tag_with(&toks, Some((std::slice::from_ref(&nn), 8.0)));
            right += both.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        }
        assert!(
            right * 100 >= total * 95,
            "context {context}: ensemble fits its data: {right}/{total}"
        );
        assert!(train_nn(&[], Lexicon::embedded(), &config, |_, _, _| {}).is_err());
    }
}

#[test]
fn networks_are_part_of_the_model() {
    let sents = parse_conll(TINY, true).unwrap();
    let config = |networks, context| TrainConfig {
        epochs: 5,
        seed: 3,
        runs: 1,
        networks,
        network: khabar_ner::nn::NnConfig {
            context,
            ..TrainConfig::default().network
        },
        ..TrainConfig::default()
    };
    let with = train(&sents, None, Lexicon::embedded(), &config(2, 0), |_| {}).unwrap();
    let without = train(&sents, None, Lexicon::embedded(), &config(0, 0), |_| {}).unwrap();
    let wide = train(&sents, None, Lexicon::embedded(), &config(2, 2), |_| {}).unwrap();
    let (a, b) = (with.to_bytes(), without.to_bytes());
    assert!(a.len() > b.len(), "the networks are stored");
    assert!(format!("{with:?}").contains("nn_hidden: 64"), "{with:?}");
    let words = ["والتقى", "لافروف", "في", "دمشق", "."];
    for model in [&with, &wide] {
        let back = Tagger::from_bytes(&model.to_bytes()).unwrap();
        assert!(evaluate(&back, &sents).overall.f1() > 0.9);
        assert_eq!(back.tag(&words), model.tag(&words));
        assert_eq!(back.to_bytes(), model.to_bytes());
    }
    assert_ne!(wide.to_bytes(), a, "the context is stored");
    let resum = |mut v: Vec<u8>, version: u32| {
        v[4..8].copy_from_slice(&version.to_le_bytes());
        let sum = khabar_ner::lexicon::fnv(&v);
        v.extend_from_slice(&sum.to_le_bytes());
        v
    };
    // A future version is refused with a clear message.
    let err = Tagger::from_bytes(&resum(b[..b.len() - 8].to_vec(), 9)).unwrap_err();
    assert!(err.to_string().contains("version 9"), "{err}");
}

/// Models of formats 1–3 score the nine IOB2 tags; they load as the equivalent model over the
/// BILOU states and tag as they did. The fixtures were written by the format-3 code (commit
/// 892a580) from `tiny.conll` (seed 3, one perceptron, five epochs): `tiny-v3.bin` with two
/// networks of context 2, `tiny-v2.bin` with context 0 (format 2 has no context field),
/// `tiny-v1.bin` without networks. `tiny-old-tags.tsv` holds the tags that code gave them:
/// word, then the tags of the v2, v3 and v1 models. They were trained with the embedded
/// clusters and the gazetteer of that day, kept as `gazetteer-2026-11-29.tsv`; files of
/// versions 1–4 read feature set 1, without the derived gazetteer entries and sports features
/// that version 5 added.
#[test]
fn format_1_to_3_models_tag_as_they_did() {
    let lexicon = khabar_ner::Lexicon::parse(
        khabar_ner::lexicon::EMBEDDED_CLUSTERS,
        include_str!("fixtures/gazetteer-2026-11-29.tsv"),
    );
    let models = [
        include_bytes!("fixtures/tiny-v2.bin").as_slice(),
        include_bytes!("fixtures/tiny-v3.bin").as_slice(),
        include_bytes!("fixtures/tiny-v1.bin").as_slice(),
    ]
    .map(|b| Tagger::from_bytes_with(b, lexicon.clone()).unwrap());
    let table = include_str!("fixtures/tiny-old-tags.tsv");
    let mut differ = 0;
    for block in table.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let rows: Vec<Vec<&str>> = block.lines().map(|l| l.split('\t').collect()).collect();
        let words: Vec<&str> = rows.iter().map(|r| r[0]).collect();
        for (m, model) in models.iter().enumerate() {
            let want: Vec<&str> = rows.iter().map(|r| r[m + 1]).collect();
            let got: Vec<&str> = model.tag(&words).iter().map(|t| t.as_str()).collect();
            assert_eq!(got, want, "model {m} on {words:?}");
        }
        differ += rows.iter().filter(|r| r[1] != r[3]).count();
    }
    assert!(
        differ > 0,
        "the fixtures' models disagree somewhere, so the check has teeth"
    );
    // The expanded model is written as format 4 and reads back the same.
    let v4 = models[1].to_bytes();
    assert_eq!(u32::from_le_bytes(v4[4..8].try_into().unwrap()), 4);
    let back = Tagger::from_bytes_with(&v4, lexicon.clone()).unwrap();
    let words = ["واستقبل", "الرئيس", "بشار", "الأسد", "في", "دمشق"];
    assert_eq!(back.tag(&words), models[1].tag(&words));
}
