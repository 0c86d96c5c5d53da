//! The command line's arguments, as clap reads them: the global flags and
//! every subcommand with its options and help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::engine::MAX_SUGGESTIONS;

/// A Discord bot that answers questions about the CIO and CTO roles from a
/// curated, sourced knowledge base.
#[derive(Debug, Parser)]
#[command(name = "cio-cto-bot", version, about)]
pub struct Cli {
    /// Load knowledge from this folder (every *.toml file in it), or from
    /// one .toml file, instead of the bundled knowledge
    #[arg(long, global = true, value_name = "DIR", env = "KNOWLEDGE_DIR", hide_env_values = true)]
    pub knowledge: Option<String>,

    /// Answer on the lexical path alone, without the sentence model: a
    /// faster start and about 100 MB less memory, fewer paraphrases
    /// understood
    #[arg(long, global = true)]
    pub no_model: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer a question (exit 0 when answered, 1 when declined).
    Ask {
        /// The question; quotes are optional (`ask what is a cio`). With
        /// --json and no question, questions are read from standard input,
        /// one a line.
        question: Vec<String>,
        /// Print one JSON object per question.
        #[arg(long)]
        json: bool,
        /// Show how the question was read and why the top entries ranked.
        #[arg(long, conflicts_with = "json")]
        explain: bool,
    },
    /// As-you-type suggestions for a partial question, best first.
    Suggest {
        /// What has been typed so far; quotes are optional.
        partial: Vec<String>,
        /// How many (at most 25, as Discord's autocomplete).
        #[arg(long, default_value_t = MAX_SUGGESTIONS)]
        limit: usize,
    },
    /// Validate the knowledge and print a summary (exit 2 when invalid).
    Check,
    /// Run an evaluation set and print its metrics.
    Eval {
        /// Lines of `<entry id or -><TAB><question>`.
        file: PathBuf,
        /// Also list every question the engine got wrong.
        #[arg(long)]
        verbose: bool,
    },
    /// Read questions from the terminal and answer them (the default when
    /// DISCORD_TOKEN is not set).
    Console,
    /// Connect to Discord over the gateway and answer slash commands (the
    /// default when DISCORD_TOKEN is set). Stops on Ctrl-C or SIGTERM.
    Run {
        /// How many replies to keep for repeated requests, 0 for none
        /// [default: 10000]
        #[arg(long, value_name = "N", env = "REPLY_CACHE", hide_env_values = true)]
        cache: Option<String>,
        /// How many shards this bot has: a number, or auto (Discord's
        /// recommendation). Default 1.
        #[arg(long, value_name = "N|auto")]
        shards: Option<String>,
        /// Run only shards A to B-1 of --shards N here; the other
        /// processes run the rest.
        #[arg(long, value_name = "A..B")]
        shard_range: Option<String>,
    },
    /// Serve Discord's HTTP interactions endpoint (POST /interactions,
    /// GET /healthz) instead of the gateway. Needs DISCORD_PUBLIC_KEY; with
    /// DISCORD_TOKEN it also registers the commands at start.
    Http {
        /// The address to listen on [default: 127.0.0.1:8080]
        #[arg(long, value_name = "ADDR", env = "LISTEN_ADDR", hide_env_values = true)]
        listen: Option<String>,
        /// For load tests only: verify signatures, then answer every request
        /// with one fixed reply, to measure what the server shape allows:
        /// `answer` (a typical answer, computed once) or `tiny`.
        #[arg(long, hide = true, value_name = "answer|tiny")]
        fixed_reply: Option<String>,
        /// How many replies to keep for repeated requests, 0 for none
        /// [default: 10000]
        #[arg(long, value_name = "N", env = "REPLY_CACHE", hide_env_values = true)]
        cache: Option<String>,
        /// For load tests only: answer a signed request seen before (wrk
        /// replays a fixed set of them) instead of refusing the replay.
        #[arg(long, hide = true)]
        allow_replays: bool,
    },
    /// The learning paths; with --markdown, one as an onboarding page for a
    /// team wiki, every step with its source.
    Learn {
        /// The path (default: the first).
        #[arg(long, value_name = "ID")]
        path: Option<String>,
        /// Print the path as Markdown.
        #[arg(long)]
        markdown: bool,
    },
    /// Writes the curated entries out, to standard output: as JSON, or as
    /// QnA Maker's TSV (a row a phrasing).
    Export {
        /// json or tsv.
        #[arg(long, default_value = "json")]
        format: String,
    },
    /// Turns QnA Maker's TSV export, or a JSON list of entries, into this
    /// project's TOML, printed to standard output (or a file a source in
    /// --out DIR). Nothing is invented: what the input lacks is left empty
    /// for `check` to flag.
    Import {
        /// QnA Maker's TSV export, or a JSON list of entries (a .json file,
        /// or one that starts with `[`).
        file: PathBuf,
        /// Write one TOML file a source into DIR instead of printing.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// The /quiz questions in the terminal: answer each by its number.
    Quiz {
        /// any, figures, people, roles or facts.
        #[arg(long, default_value = "any")]
        topic: String,
        /// Start from this seed (the same seed, the same questions).
        #[arg(long)]
        seed: Option<u64>,
    },
    /// For curators: the declined questions (near-duplicates grouped, with
    /// their count and nearest entries), the answers voted down and the
    /// entries never asked, from the store DATABASE_URL names (default:
    /// cio-cto-bot.db here).
    Gaps {
        /// Only the last DAYS days.
        #[arg(long, value_name = "DAYS")]
        since: Option<u32>,
        /// Print one JSON object.
        #[arg(long, conflicts_with = "propose")]
        json: bool,
        /// Write a draft knowledge file to FILE: the declined questions as
        /// phrasings of their nearest entries (commented out, to confirm)
        /// and as new entries to fill in. `check` fails until it is.
        #[arg(long, value_name = "FILE")]
        propose: Option<PathBuf>,
        /// Also write the chart `/kb stats` shows (the last 14 days'
        /// questions, answered and declined, and votes) to FILE, a PNG.
        #[arg(long, value_name = "FILE")]
        chart: Option<PathBuf>,
    },
    /// Remove everything the store keeps about a server (questions, votes,
    /// quiz scores, settings, cooldowns), from the store DATABASE_URL names
    /// (default: cio-cto-bot.db here).
    Forget {
        /// The server (guild) id.
        #[arg(long, value_name = "ID")]
        guild: String,
    },
    /// Print the JSON of the slash commands the bot registers.
    Commands,
    /// Print the URL that adds the bot to a server.
    Invite {
        /// The application id (developer portal → General Information)
        #[arg(long, value_name = "ID", env = "DISCORD_APPLICATION_ID", hide_env_values = true)]
        application_id: Option<String>,
    },
}

impl Command {
    /// Whether the command talks to Discord (and so logs at info).
    pub fn is_service(&self) -> bool {
        matches!(self, Command::Run { .. } | Command::Http { .. })
    }

    /// Whether the command needs what `.env` holds (the token, the keys,
    /// the store's URL), so that a malformed `.env` must stop it. The
    /// others answer from the knowledge and go on without it, with a
    /// warning.
    pub fn needs_env_file(&self) -> bool {
        match self {
            Command::Run { .. }
            | Command::Http { .. }
            | Command::Invite { .. }
            | Command::Gaps { .. }
            | Command::Forget { .. } => true,
            Command::Ask { .. }
            | Command::Suggest { .. }
            | Command::Check
            | Command::Eval { .. }
            | Command::Console
            | Command::Learn { .. }
            | Command::Export { .. }
            | Command::Import { .. }
            | Command::Quiz { .. }
            | Command::Commands => false,
        }
    }
}
