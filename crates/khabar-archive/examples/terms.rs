//! Prints the index terms of a text under each analyzer mode (exact, loose, plain): a quick
//! look at what the Arabic analyzer does.
//!
//! `cargo run -p khabar-archive --example terms -- "والإرهابيين في تونس"`

use khabar_archive::analyzer::{analyze, Mode};

fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    for (name, mode) in [
        ("exact", Mode::Exact),
        ("loose", Mode::Loose),
        ("plain", Mode::Plain),
    ] {
        let terms: Vec<String> = analyze(&text, mode)
            .into_iter()
            .map(|t| {
                format!(
                    "{}@{}[{}..{}]",
                    t.text, t.position, t.byte_start, t.byte_end
                )
            })
            .collect();
        println!("{name:>5}: {}", terms.join(" "));
    }
}
