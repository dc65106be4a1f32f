//! Prints the entities of a text file as JSON lines, for inspection:
//! `cargo run --release -p khabar-ner --example recognize -- fixtures/seed.txt`.

use khabar_ner::Tagger;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: recognize FILE")?;
    let text = std::fs::read_to_string(path)?;
    let tagger = Tagger::embedded();
    for e in tagger.recognize_text(&text) {
        println!("{}", serde_json::to_string(&e)?);
    }
    Ok(())
}
