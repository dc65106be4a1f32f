//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod analyze;
pub mod clean;
pub mod dedup;
pub mod demo;
pub mod eval_dedup;
pub mod eval_extract;
pub mod eval_ner;
pub mod eval_quotes;
pub mod eval_segment;
pub mod extract;
pub mod ingest;
pub mod ner;
pub mod normalize;
pub mod search;
pub mod serve;
pub mod train_ner;
