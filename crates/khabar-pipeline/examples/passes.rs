//! Every pass timed: the `text_core` workload of `benches/analyze.rs` (fixtures/news-300k.txt
//! as 94 four-paragraph documents; tokens, sentences, clitic segments, search forms, stems),
//! run N times in one process, reporting the best, median and mean pass in MB/s.
//!
//! On a shared machine the speed of the same code drifts from minute to minute; alternating
//! two builds of this example (`passes 60`, old and new in turn) compares them under the same
//! load, and the best pass approaches a quiet core.
//!
//! Run from the repository root: `cargo run --release -p khabar-pipeline --example passes -- 60`
//! (`-- --text FILE 60 0 28672`: another text, memo sizes 0 and 28,672 pass by pass).
#[path = "../benches/common/mod.rs"]
mod common;

use khabar_pipeline::{AnalyzeOptions, Pipeline};
fn main() {
    // `--text FILE` (first): another text, one paragraph per line, instead of the fixture.
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let path = if args.first().map(String::as_str) == Some("--text") && args.len() > 1 {
        args.remove(0);
        args.remove(0)
    } else {
        "fixtures/news-300k.txt".to_string()
    };
    let text = std::fs::read_to_string(&path).expect("run from the repository root");
    let docs = common::news_docs(&text);
    let o = AnalyzeOptions {
        clean: false,
        entities: false,
        quotes: false,
    };
    let mut args = args.into_iter();
    let reps: usize = args
        .next()
        .map(|s| s.parse().expect("a number of passes"))
        .unwrap_or(40)
        .max(1);
    // Further arguments: memo sizes to compare, one pass of each in turn (so that all see the
    // same load); none = the default pipeline.
    let sizes: Vec<usize> = args
        .map(|s| s.replace('_', "").parse().expect("a memo size"))
        .collect();
    let pipelines: Vec<(String, Pipeline)> = if sizes.is_empty() {
        vec![("default".to_string(), Pipeline::new())]
    } else {
        sizes
            .iter()
            .map(|&n| (format!("memo {n}"), Pipeline::with_memo_words(n)))
            .collect()
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut times = vec![Vec::new(); pipelines.len()];
    let mut n = 0;
    for _ in 0..reps {
        for ((_, p), times) in pipelines.iter().zip(&mut times) {
            let t = std::time::Instant::now();
            n += docs
                .iter()
                .map(|d| p.analyze(d, &o).tokens.len())
                .sum::<usize>();
            times.push(t.elapsed().as_secs_f64());
        }
    }
    let mb = |t: f64| bytes as f64 / t / 1e6;
    println!("{} tokens a pass", n / reps / pipelines.len());
    for ((name, _), times) in pipelines.iter().zip(&mut times) {
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        println!(
            "{name}: best {:.1} median {:.1} mean {:.1} MB/s",
            mb(times[0]),
            mb(times[times.len() / 2]),
            mb(mean)
        );
    }
}
