//! The `cio-cto-bot` binary: sets up the process (`.env`, logging, exit
//! codes) and hands over to the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use cio_cto_bot::cli::{self, Cli};
use cio_cto_bot::{config, log};
use clap::Parser;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // Before parsing: `.env` may set KNOWLEDGE_DIR and the token, which
    // choose the knowledge and the default command. A malformed file stops
    // only the commands that need its values (after `--help`, which needs
    // none).
    let dotenv = config::load_dotenv();
    let cli = Cli::parse();
    // The environment, read once: everything below takes it from here.
    let env = config::Env::read();
    let needs_env_file = cli.command.as_ref().is_none_or(cli::Command::needs_env_file);
    let command = cli.command.unwrap_or_else(|| cli::default_command(&env));
    // The bot logs its life at info; local commands only warnings, so
    // their output stays the answer.
    let default = if command.is_service() { "info,serenity=warn" } else { "warn" };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let colour = config::log_colour(std::io::stderr().is_terminal(), env.os("NO_COLOR"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(colour)
        .with_writer(log::LossyStderr)
        .log_internal_errors(false)
        .init();
    match dotenv {
        Ok(warnings) => warnings.iter().for_each(|w| tracing::warn!("{w}")),
        Err(err) if needs_env_file => {
            log::last_words(&format!("error: {err}"));
            return ExitCode::from(2);
        }
        Err(err) => tracing::warn!("going on without .env: {err}"),
    }

    match cli::run(cli.knowledge, !cli.no_model, command, &env) {
        Ok(code) => code,
        // `cio-cto-bot suggest x | head -1`: the reader has all it wants.
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            log::last_words(&format!("error: {err:#}"));
            ExitCode::from(2)
        }
    }
}
