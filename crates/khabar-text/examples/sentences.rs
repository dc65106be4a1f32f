//! Prints the sentences of a UTF-8 text file, one per line, with their character spans.
//!
//! ```sh
//! cargo run -p khabar-text --example sentences -- fixtures/seed.txt
//! ```

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: sentences FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sentences: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    for s in khabar_text::split_sentences(&text) {
        println!(
            "{}\t{}\t{}",
            s.start,
            s.end,
            &text[bounds[s.start]..bounds[s.end]]
        );
    }
}
