//! Rough per-stage timing of the pipeline on fixtures/news-300k.txt (for profiling; the
//! authoritative figures come from `cargo bench -p khabar-pipeline`).
use std::time::Instant;

fn main() {
    let text = std::fs::read_to_string("fixtures/news-300k.txt").expect("run from the repo root");
    let mb = text.len() as f64 / 1e6;
    let reps = 5;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        n += khabar_text::tokenize(&text).len();
    }
    let secs = t.elapsed().as_secs_f64() / reps as f64;
    println!(
        "tokenize        {:7.1} MB/s ({} tokens)",
        mb / secs,
        n / reps
    );
    let toks = khabar_text::tokenize(&text);
    let t = Instant::now();
    for _ in 0..reps {
        n += khabar_text::split_sentences(&text).len();
    }
    println!(
        "sentences       {:7.1} MB/s",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let t = Instant::now();
    for _ in 0..reps {
        for tk in &toks {
            n += khabar_text::normalize_word(tk.text, khabar_text::Profile::Search).len();
        }
    }
    println!(
        "normalize_word  {:7.1} MB/s",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let t = Instant::now();
    for _ in 0..reps {
        for tk in &toks {
            n += khabar_text::search_key(tk.text).len();
        }
    }
    println!(
        "search_key      {:7.1} MB/s",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let mut buf = String::new();
    let t = Instant::now();
    for _ in 0..reps {
        for tk in &toks {
            n += khabar_text::search_forms_into(tk.text, &mut buf).len();
        }
    }
    println!(
        "search_forms    {:7.1} MB/s (norm + key in one pass, as the pipeline does)",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let t = Instant::now();
    for _ in 0..reps {
        n += khabar_text::split_sentences_tokens(&text, &toks).len();
    }
    println!(
        "sentences/toks  {:7.1} MB/s (from the tokens, as the pipeline does)",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let seg = khabar_morph::Segmenter::embedded();
    let t = Instant::now();
    for _ in 0..reps {
        n += seg.segment_spans_all(toks.iter().map(|t| t.text)).len();
    }
    println!(
        "segment_spans   {:7.1} MB/s (segment_spans_all, as the pipeline does)",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let t = Instant::now();
    for _ in 0..reps {
        for tk in &toks {
            n += seg.segment(tk).len();
        }
    }
    println!(
        "segment         {:7.1} MB/s (Segment strings)",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let t = Instant::now();
    for _ in 0..reps {
        n += khabar_clean::clean(&text, &khabar_clean::CleanContext::default()).len();
    }
    println!(
        "clean           {:7.1} MB/s",
        mb / (t.elapsed().as_secs_f64() / reps as f64)
    );
    let tagger = khabar_ner::Tagger::embedded();
    let t = Instant::now();
    n += tagger.recognize(&text, &toks).len();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ner             {:7.1} MB/s ({:.0} tokens/s)",
        mb / secs,
        toks.len() as f64 / secs
    );
    let q = khabar_quotes::QuoteExtractor::new();
    let sents = khabar_text::split_sentences(&text);
    let ents = tagger.recognize(&text, &toks);
    let t = Instant::now();
    n += q.extract(&text, &toks, &sents, &ents).len();
    println!(
        "quotes          {:7.1} MB/s",
        mb / t.elapsed().as_secs_f64()
    );
    println!("({n})");
}
