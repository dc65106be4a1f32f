//! `khabar`: the thin command-line binary. Each subcommand lives in its own file under `cmd/`
//! and only wires library crates together.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;
mod io;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Khabar: Arabic news in; clean, analysed, deduplicated and searchable knowledge out.
#[derive(Parser)]
#[command(name = "khabar", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse documents: sentences, tokens, clitics, stems, entities, quotes.
    Analyze(cmd::analyze::Args),
    /// Normalize text with a profile (display, ner, search).
    Normalize(cmd::normalize::Args),
    /// Extract articles (main content and metadata) from HTML pages.
    Extract(cmd::extract::Args),
    /// Drop boilerplate lines from flattened text, reporting each with its reason.
    Clean(cmd::clean::Args),
    /// Tag CoNLL input with named entities.
    Ner(cmd::ner::Args),
    /// Train models.
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
    /// Find exact and near-duplicate clusters in a JSONL corpus.
    Dedup(cmd::dedup::Args),
    /// Ingest sources into an archive (store + full-text index).
    Ingest(cmd::ingest::Args),
    /// Search an archive.
    Search(cmd::search::Args),
    /// Serve an archive: JSON API and Arabic web page.
    Serve(cmd::serve::Args),
    /// Ingest the bundled sample corpus if needed, then serve it.
    Demo(cmd::demo::Args),
    /// Evaluate a component against gold data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the named-entity model.
    Ner(cmd::train_ner::Args),
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Clitic segmentation against a CoNLL-U treebank.
    Segment(cmd::eval_segment::Args),
    /// Main-content extraction against a gold directory.
    Extract(cmd::eval_extract::Args),
    /// Named entities against CoNLL gold.
    Ner(cmd::eval_ner::Args),
    /// Near-duplicate clusters against gold pairs.
    Dedup(cmd::eval_dedup::Args),
    /// Quotations against JSONL gold.
    Quotes(cmd::eval_quotes::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Normalize(a) => cmd::normalize::run(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Clean(a) => cmd::clean::run(a),
        Command::Ner(a) => cmd::ner::run(a),
        Command::Train { what } => match what {
            TrainCommand::Ner(a) => cmd::train_ner::run(a),
        },
        Command::Dedup(a) => cmd::dedup::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Eval { what } => match what {
            EvalCommand::Segment(a) => cmd::eval_segment::run(a),
            EvalCommand::Extract(a) => cmd::eval_extract::run(a),
            EvalCommand::Ner(a) => cmd::eval_ner::run(a),
            EvalCommand::Dedup(a) => cmd::eval_dedup::run(a),
            EvalCommand::Quotes(a) => cmd::eval_quotes::run(a),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A closed pipe (`khabar … | head`) is not an error.
            if let Some(ioe) = err.downcast_ref::<std::io::Error>() {
                if ioe.kind() == std::io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!("khabar: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
