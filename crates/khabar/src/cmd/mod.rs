//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod analyze;
pub mod normalize;
pub mod extract;
pub mod clean;
pub mod ner;
pub mod train_ner;
pub mod dedup;
pub mod ingest;
pub mod search;
pub mod serve;
pub mod demo;
pub mod eval_segment;
pub mod eval_extract;
pub mod eval_ner;
pub mod eval_dedup;
pub mod eval_quotes;
