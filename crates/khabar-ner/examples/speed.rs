//! Tagging throughput on a plain-text file (e.g. news text), as a complement to the criterion
//! benchmark on the seed article: the text is tokenized, cut into 30-token sentences and
//! tagged 20 times.
//!
//! ```text
//! cargo run --release -p khabar-ner --example speed -- FILE [MODEL]
//! ```
//!
//! Without `MODEL` the embedded model is used.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: speed FILE [MODEL]")?;
    let text = std::fs::read_to_string(path)?;
    let tagger = match args.next() {
        Some(m) => khabar_ner::Tagger::load(std::path::Path::new(&m))?,
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
    println!("{n} tokens in {dt:.3}s: {:.0} tokens/s", n as f64 / dt);
    Ok(())
}
