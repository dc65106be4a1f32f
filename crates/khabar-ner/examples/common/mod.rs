//! Helpers shared by the development examples `train_dev`, `nn_dev` and `cut_gazetteer` (a
//! module, not an example of its own). Each example uses a part of them.
#![allow(dead_code)]

/// The value of environment variable `var`, or `default` when unset or unparsable.
pub fn env<T: std::str::FromStr>(var: &str, default: T) -> T {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Moves the `k`-th tenth of the sentences (0..=9) to the end, where the examples split off
/// the last tenth as dev data: ten-fold cross-validation. `k = 9` (the default split, the
/// same as `khabar train ner --holdout 10`) leaves the order as it is.
pub fn fold_to_end<T>(sents: &mut Vec<T>, k: usize) {
    let n = sents.len() - sents.len() / 10;
    let start = k.min(9) * n / 9;
    let dev: Vec<T> = sents.drain(start..start + sents.len() / 10).collect();
    sents.extend(dev);
}
