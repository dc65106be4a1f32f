//! Every pass timed: the `text_core` workload of `benches/analyze.rs` (fixtures/news-300k.txt
//! as 94 four-paragraph documents; tokens, sentences, clitic segments, search forms, stems),
//! run N times in one process, reporting the best, median and mean pass in MB/s.
//!
//! On a shared machine the speed of the same code drifts from minute to minute; alternating
//! two builds of this example (`passes 60`, old and new in turn) compares them under the same
//! load, and the best pass approaches a quiet core.
//!
//! Run from the repository root: `cargo run --release -p khabar-pipeline --example passes -- 60`.
use khabar_article::Article;
use khabar_pipeline::{AnalyzeOptions, Pipeline};
fn main() {
    let text =
        std::fs::read_to_string("fixtures/news-300k.txt").expect("run from the repository root");
    let lines: Vec<&str> = text.lines().collect();
    let docs: Vec<Article> = lines
        .chunks(4)
        .enumerate()
        .map(|(i, d)| Article {
            id: i.to_string(),
            text: d.join("\n"),
            ..Article::default()
        })
        .collect();
    let p = Pipeline::new();
    let o = AnalyzeOptions {
        clean: false,
        entities: false,
        quotes: false,
    };
    let reps: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("a number of passes"))
        .unwrap_or(40)
        .max(1);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut n = 0;
    let mut times = vec![];
    for _ in 0..reps {
        let t = std::time::Instant::now();
        n += docs
            .iter()
            .map(|d| p.analyze(d, &o).tokens.len())
            .sum::<usize>();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let mb = |t: f64| bytes as f64 / t / 1e6;
    println!(
        "{} tokens a pass; best {:.1} median {:.1} mean {:.1} MB/s",
        n / reps,
        mb(times[0]),
        mb(times[times.len() / 2]),
        mb(mean)
    );
}
