//! The `cio-cto-bot` binary: sets up the process (logging, `.env`, exit
//! codes) and hands over to the library.

use std::process::ExitCode;

use cio_cto_bot::cli::{self, Cli, Command};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let command = cli.command.unwrap_or(Command::Console);
    cli::run(cli.knowledge.as_deref(), command)
}
