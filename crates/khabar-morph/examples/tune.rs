//! Development tool: scores the segmenter on a CoNLL-U file split in two halves by sentence and,
//! with `--tune`, tunes [`Params`] by coordinate descent on the FIRST half only.
//!
//! ```text
//! cargo run --release -p khabar-morph --example tune -- ../shared/data/morphology/padt-2016-dev.conllu [--tune]
//! ```
//!
//! The treebank is only read here; nothing derived from it is written except the printed
//! parameter values, which are copied by hand into `Params::default()`.

use khabar_morph::eval::{evaluate, read_conllu};
use khabar_morph::{Params, Segmenter};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: tune GOLD.conllu [--tune]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let gold = read_conllu(&text);
    let half = gold.sentences / 2;
    let a: Vec<_> = gold
        .tokens
        .iter()
        .filter(|t| t.sentence < half)
        .cloned()
        .collect();
    let b: Vec<_> = gold
        .tokens
        .iter()
        .filter(|t| t.sentence >= half)
        .cloned()
        .collect();
    let base = Segmenter::embedded();
    let show = |seg: &Segmenter| {
        let (ra, rb, rall) = (
            evaluate(seg, &a),
            evaluate(seg, &b),
            evaluate(seg, &gold.tokens),
        );
        println!(
            "F1 A {:.4}  B {:.4}  all {:.4}",
            ra.f1(),
            rb.f1(),
            rall.f1()
        );
    };
    show(base);
    if let Some(n) = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
    {
        for e in evaluate(base, &gold.tokens).errors.iter().take(n) {
            println!("{:>5} {}   {}", e.count, e.key, e.examples.join(", "));
        }
    }
    if args.iter().any(|a| a == "--tune") {
        let mut p = base.params().clone();
        let mut best = evaluate(&base.with_params(p.clone()), &a).f1();
        for round in 0..3 {
            for k in 0..22 {
                for step in [-1.0f32, -0.5, -0.25, 0.25, 0.5, 1.0] {
                    let mut q = p.clone();
                    let v = field(&mut q, k);
                    *v += step;
                    if q.smoothing <= 0.05 || q.definite < 0.0 {
                        continue;
                    }
                    let f = evaluate(&base.with_params(q.clone()), &a).f1();
                    if f > best + 1e-6 {
                        best = f;
                        p = q;
                    }
                }
            }
            println!("round {round}: A {best:.4}\n{p:?}");
            show(&base.with_params(p.clone()));
        }
    }
}

fn field(p: &mut Params, k: usize) -> &mut f32 {
    match k {
        0 => &mut p.wa,
        1 => &mut p.fa,
        2 => &mut p.bi,
        3 => &mut p.li,
        4 => &mut p.ka,
        5 => &mut p.sa,
        6 => &mut p.article,
        7 => &mut p.host,
        8 => &mut p.smoothing,
        9 => &mut p.oov,
        10 => &mut p.definite,
        k => &mut p.enclitic[k - 11],
    }
}
