//! `khabar eval_ner` (not implemented yet).

use anyhow::{bail, Result};

/// Arguments.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_args: Args) -> Result<()> {
    bail!("not implemented yet")
}
