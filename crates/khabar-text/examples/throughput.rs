//! Throughput of the search path on a text file, measured in CPU time of this process so that
//! other load on the machine does not skew it (Linux: reads `/proc/self/stat`; elsewhere wall
//! time is used).
//!
//! ```sh
//! cargo run --release -p khabar-text --example throughput -- fixtures/news-300k.txt 200
//! ```

use std::time::Instant;

use khabar_text::{light_stem_range, search_key_into, Normalizer, TokenKind, Tokens};

fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0) // USER_HZ is 100 on Linux
}

fn measure(name: &str, bytes: usize, reps: usize, mut f: impl FnMut() -> usize) {
    let mut sink = f(); // warm up
    let (w0, c0) = (Instant::now(), cpu_seconds());
    for _ in 0..reps {
        sink = sink.wrapping_add(f());
    }
    let wall = w0.elapsed().as_secs_f64();
    let cpu = match (c0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    let mb = (bytes * reps) as f64 / 1e6;
    println!(
        "{name:<40} {:>8.1} MB/s per core (CPU time)  {:>8.1} MB/s (wall)  [{sink}]",
        mb / cpu,
        mb / wall
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "fixtures/news-300k.txt".to_string());
    let reps: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(100);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("throughput: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let n = text.len();
    println!("{path}: {n} bytes x {reps} repetitions");

    let keep_ta = Normalizer::search_keep_ta_marbuta();
    let mut norm = String::with_capacity(n);
    measure("search normalize+tokenize+light_stem", n, reps, || {
        norm.clear();
        keep_ta.normalize_into(&text, &mut norm);
        Tokens::new(&norm)
            .filter(|t| t.kind == TokenKind::Arabic)
            .map(|t| light_stem_range(t.text).len())
            .sum()
    });
    let mut key = String::new();
    measure("tokenize+search_key_into (indexing)", n, reps, || {
        let mut total = 0;
        for t in Tokens::new(&text) {
            if matches!(t.kind, TokenKind::Arabic | TokenKind::Latin) {
                search_key_into(t.text, &mut key);
                total += key.len();
            }
        }
        total
    });
    let search = Normalizer::new(khabar_text::Profile::Search);
    measure("search normalize_into", n, reps, || {
        norm.clear();
        search.normalize_into(&text, &mut norm);
        norm.len()
    });
    measure("tokenize", n, reps, || Tokens::new(&text).count());
    measure("split_sentences", n, reps, || {
        khabar_text::split_sentences(&text).len()
    });
}
