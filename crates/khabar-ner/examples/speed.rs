//! Tagging speed of the embedded model on a text file, sentence by sentence.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let tagger = match std::env::args().nth(2) {
        Some(m) => khabar_ner::Tagger::load(std::path::Path::new(&m)).unwrap(),
        None => khabar_ner::Tagger::embedded(),
    };
    let tokens = khabar_text::tokenize(&text);
    let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    let sents: Vec<&[&str]> = words.chunks(30).collect();
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..20 {
        for s in &sents {
            n += tagger.tag(s).len();
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    println!("{n} tokens in {dt:.3}s: {:.0} tok/s", n as f64 / dt);
}
