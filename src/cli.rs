//! The command line: argument parsing (clap) and dispatch to the front
//! ends, all thin adapters over the [`Engine`]: `ask`, `suggest`, `check`,
//! `eval` and the console locally; `run` (the gateway bot), `commands` and
//! `invite` for Discord. Exit codes follow ripgrep: 0 success, 1 "no"
//! (declined), 2 error; output goes through a buffered writer, and a
//! reader that closes the pipe early (`| head`) ends the program quietly.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::{self, BotConfig};
use crate::console;
use crate::discord;
use crate::engine::{Engine, MAX_SUGGESTIONS};
use crate::eval;
use crate::knowledge::{Kind, Knowledge, LoadError};
use crate::live::Live;
use crate::render;
use crate::semantic;
use crate::store::Store;

/// A Discord bot that answers questions about the CIO and CTO roles from a
/// curated, sourced knowledge base.
#[derive(Debug, Parser)]
#[command(name = "cio-cto-bot", version, about)]
pub struct Cli {
    /// Load knowledge from this folder (every *.toml file in it), or from
    /// one .toml file, instead of the bundled knowledge [env: KNOWLEDGE_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub knowledge: Option<PathBuf>,

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
        /// The address to listen on [env: LISTEN_ADDR] [default: 127.0.0.1:8080]
        #[arg(long)]
        listen: Option<String>,
        /// For load tests only: verify signatures, then answer every request
        /// with one fixed reply, to measure what the server shape allows:
        /// `answer` (a typical answer, computed once) or `tiny`.
        #[arg(long, hide = true, value_name = "answer|tiny")]
        fixed_reply: Option<String>,
        /// How many replies to keep for repeated requests, 0 for none
        /// [env: REPLY_CACHE] [default: 10000]
        #[arg(long)]
        cache: Option<usize>,
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
        /// [env: DISCORD_APPLICATION_ID]
        #[arg(long)]
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

/// The command when none is given: the bot if a token is configured, the
/// console otherwise.
pub fn default_command() -> Command {
    if config::var("DISCORD_TOKEN").is_some() {
        Command::Run { shards: None, shard_range: None }
    } else {
        Command::Console
    }
}

/// Whether an error is a write to a pipe whose reader has gone, which
/// ends output quietly and successfully, as in ripgrep.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = match (cause.downcast_ref::<std::io::Error>(), cause.downcast_ref()) {
            (Some(io), _) => Some(io.kind()),
            (None, Some(json)) => serde_json::Error::io_error_kind(json),
            (None, None) => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// Loads the knowledge the flags ask for: a folder, one file, or the
/// bundled knowledge.
pub fn load_knowledge(path: Option<&Path>) -> Result<Knowledge, LoadError> {
    match path {
        Some(path) => Knowledge::load_path(path),
        None => Knowledge::bundled(),
    }
}

/// Where the knowledge comes from, and whether to use the sentence model.
#[derive(Debug, Clone, Copy)]
pub struct Setup<'a> {
    pub knowledge: Option<&'a Path>,
    pub model: bool,
}

fn lexical_engine(dir: Option<&Path>) -> anyhow::Result<Engine> {
    let what = dir.map_or("the bundled knowledge".to_owned(), |d| d.display().to_string());
    let knowledge = load_knowledge(dir).with_context(|| format!("loading {what}"))?;
    Ok(Engine::new(knowledge))
}

/// The engine for a local command: with the model attached before the
/// first question, unless `--no-model`.
fn engine(setup: Setup) -> anyhow::Result<Engine> {
    let engine = lexical_engine(setup.knowledge)?;
    if setup.model {
        attach_model(&engine);
    }
    Ok(engine)
}

/// Loads the sentence model into `engine`; on failure the engine keeps
/// answering on the lexical path, and the failure is logged.
pub fn attach_model(engine: &Engine) {
    let started = std::time::Instant::now();
    let attached = semantic::Model::bundled().and_then(|m| engine.attach_model(Arc::new(m)));
    match attached {
        Ok(()) => tracing::info!(ms = started.elapsed().as_millis() as u64, "sentence model ready"),
        Err(err) => tracing::error!("answering without the sentence model: {err}"),
    }
}

/// The engine for a service, and the work that attaches the model to it:
/// the service runs it on a blocking thread while it already answers on
/// the word matcher, and a shutdown signal meanwhile still stops the
/// process at once. The phrasings' vectors are cached in a file (see
/// [`crate::vectors`]), so a restart embeds only new phrasings.
/// The engine is live: a reload (SIGHUP, `/kb reload`, a change in the
/// folder) swaps in a new one when the knowledge is a folder.
fn service_engine(setup: Setup) -> anyhow::Result<(Arc<Live>, impl FnOnce() + Send + 'static)> {
    let fingerprint = semantic::fingerprint();
    let vectors = match crate::vectors::default_file(env_var, fingerprint) {
        Some(file) if setup.model => crate::vectors::VectorCache::in_file(file, fingerprint),
        _ => crate::vectors::VectorCache::in_memory(fingerprint),
    };
    let engine = Arc::new(lexical_engine(setup.knowledge)?);
    let live = Arc::new(Live::with_vectors(engine, setup.knowledge, vectors));
    let prepared = Arc::clone(&live);
    let model = setup.model;
    Ok((live, move || {
        if model {
            prepared.attach_model();
        }
    }))
}

/// How long a service waits for its store's first connection attempt
/// before it starts answering without it.
const STORE_AT_START: std::time::Duration = std::time::Duration::from_secs(2);

/// Starts a service's store: it connects in the background (retrying
/// while the database cannot be reached) and the bot answers meanwhile.
/// Once connected, questions older than `retention` days are purged, then
/// once a day. The URL is never logged (it may hold a password). The
/// service waits up to [`STORE_AT_START`] for the first attempt, so that a
/// store at hand (a local file, a database that answers) is used from the
/// first request instead of replies failing closed while it opens.
async fn start_store(url: Option<String>, retention: u32) -> anyhow::Result<Option<Arc<Store>>> {
    let Some(url) = url else { return Ok(None) };
    let store = Arc::new(Store::start(&url)?);
    tracing::info!(backend = ?store.backend(), retention_days = retention, "keeping questions");
    store.settled(STORE_AT_START).await;
    let purging = Arc::clone(&store);
    tokio::spawn(async move {
        if !purging.connected().await {
            return;
        }
        loop {
            match purging.purge(crate::store::now(), retention).await {
                Ok(removed) if removed.total() == 0 => {}
                Ok(removed) => tracing::info!(
                    rows = removed.total(),
                    "purged what was kept more than {retention} days ago: {removed}"
                ),
                Err(err) => tracing::warn!("could not purge old questions: {err}"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(86_400)).await;
        }
    });
    Ok(Some(store))
}

/// The store one-off commands (`ask`, `console`) keep questions in: only
/// when `DATABASE_URL` is set, so that trying the bot never leaves a
/// database file behind. It connects in the background: an answer never
/// waits for it, and one that cannot be reached costs the record (with a
/// warning), never the answer.
struct LocalStore {
    runtime: tokio::runtime::Runtime,
    store: Store,
    transport: &'static str,
}

impl LocalStore {
    fn open(transport: &'static str) -> Option<LocalStore> {
        config::var("DATABASE_URL")?;
        let url = match config::store_url(env_var) {
            Ok(Some(url)) => url,
            Ok(None) => return None,
            Err(err) => {
                tracing::warn!("not keeping questions: {err}");
                return None;
            }
        };
        let runtime = tokio::runtime::Runtime::new().ok()?;
        let started = {
            let _entered = runtime.enter();
            Store::start(&url)
        };
        match started {
            Ok(store) => Some(LocalStore { runtime, store, transport }),
            Err(err) => {
                tracing::warn!("not keeping questions: {err}");
                None
            }
        }
    }

    fn record(&self, asked: &crate::store::Asked, version: &str) {
        let _entered = self.runtime.enter();
        discord::record(Some(&self.store), asked, None, None, self.transport, version);
    }

    /// Writes what is queued (waiting for a first connection attempt in
    /// progress, at most a few seconds).
    fn close(self) {
        self.runtime.block_on(self.store.close());
    }
}

/// Runs a command. `--knowledge` wins over `KNOWLEDGE_DIR`, and an empty
/// variable counts as unset.
pub fn run(knowledge: Option<&Path>, model: bool, command: Command) -> anyhow::Result<ExitCode> {
    let from_env = config::var("KNOWLEDGE_DIR").map(PathBuf::from);
    let knowledge = knowledge.or(from_env.as_deref());
    let setup = Setup { knowledge, model };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match command {
        Command::Ask { question, json, explain } if !question.is_empty() => {
            let question = question.join(" ");
            // One question: the model is loaded (under a second) only if
            // the lexical path declines it.
            let engine = lexical_engine(setup.knowledge)?;
            if setup.model && Engine::needs_meaning(&engine.ask_lexical(&question)) {
                attach_model(&engine);
            }
            let store = LocalStore::open("cli");
            let code = ask(&mut out, &engine, &question, json, explain, store.as_ref())?;
            if let Some(store) = store {
                store.close();
            }
            code
        }
        Command::Ask { json: true, .. } => {
            let store = LocalStore::open("cli");
            let code = ask_lines(&mut out, &engine(setup)?, store.as_ref())?;
            if let Some(store) = store {
                store.close();
            }
            code
        }
        Command::Ask { .. } => {
            anyhow::bail!(
                "give a question (`ask what is a CTO?`), or use `ask --json` to read questions from standard input"
            )
        }
        Command::Suggest { partial, limit } => {
            // Suggestions are lexical and fuzzy: no model needed.
            let engine = lexical_engine(knowledge)?;
            for s in engine.suggest(&partial.join(" "), limit) {
                writeln!(out, "{}", s.question)?;
            }
            ExitCode::SUCCESS
        }
        Command::Check => check(&mut out, knowledge)?,
        Command::Learn { path, markdown } => learn(&mut out, knowledge, path.as_deref(), markdown)?,
        Command::Export { format } => {
            let k = load_knowledge(knowledge).context("loading the knowledge")?;
            let items = crate::transfer::items(&k);
            match format.as_str() {
                "json" => writeln!(out, "{}", serde_json::to_string_pretty(&items)?)?,
                "tsv" => write!(out, "{}", crate::transfer::to_tsv(&items))?,
                other => anyhow::bail!("--format must be json or tsv, not {other:?}"),
            }
            ExitCode::SUCCESS
        }
        Command::Import { file, out: dir } => import(&mut out, &file, dir.as_deref())?,
        Command::Quiz { topic, seed } => {
            let Some(topic) = crate::quiz::Topic::from_name(&topic) else {
                let names: Vec<&str> = crate::quiz::Topic::ALL.iter().map(|t| t.name()).collect();
                anyhow::bail!("--topic must be one of {}, not {topic:?}", names.join(", "));
            };
            let seed = seed.unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos() as u64)
            });
            let engine = lexical_engine(knowledge)?;
            console::quiz(&engine, topic, seed, std::io::stdin().lock(), &mut out)?;
            ExitCode::SUCCESS
        }
        Command::Gaps { since, json, propose } => {
            gaps(&mut out, setup, since, json, propose.as_deref())?
        }
        Command::Eval { file, verbose } => evaluate(&mut out, &engine(setup)?, &file, verbose)?,
        Command::Console => {
            drop(out);
            let engine = engine(setup)?;
            let store = LocalStore::open("console");
            let record = |asked: &crate::store::Asked| {
                if let Some(store) = &store {
                    store.record(asked, engine.version());
                }
            };
            console::run(&engine, config::var("DISCORD_TOKEN").is_some(), &record)?;
            if let Some(store) = store {
                store.close();
            }
            return Ok(ExitCode::SUCCESS);
        }
        command => {
            drop(out);
            return service(setup, command);
        }
    };
    out.flush()?;
    Ok(code)
}

/// The commands that talk to Discord, or print what they would send.
fn service(setup: Setup, command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Run { shards, shard_range } => {
            let shards = discord::gateway::Shards::parse(shards.as_deref(), shard_range.as_deref())
                .map_err(anyhow::Error::msg)?;
            let config = BotConfig::from_vars(env_var)?;
            let (store_url, retention) =
                (config::store_url(env_var)?, config::retention_days(env_var)?);
            let cache = config::reply_cache(None, env_var)?;
            let (engine, prepare) = service_engine(setup)?;
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            let result = runtime.block_on(async {
                let store = start_store(store_url, retention).await?;
                let cache = discord::serve::ReplyCache::new(cache);
                let service = discord::serve::Service::new(engine, store.clone(), cache, "gateway");
                let result = discord::gateway::run(config, service, shards, prepare).await;
                if let Some(store) = store {
                    store.close().await;
                }
                result.map_err(discord::gateway::explain)
            });
            // Tasks still retrying a connection must not hold the exit up.
            runtime.shutdown_timeout(std::time::Duration::from_secs(1));
            result.context("running the Discord bot")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Http { listen, fixed_reply, cache, allow_replays } => {
            let config = config::EndpointConfig::from_vars(env_var)?;
            let listen = config::listen_addr(listen, env_var);
            let cache = config::reply_cache(cache, env_var)?;
            let (store_url, retention) =
                (config::store_url(env_var)?, config::retention_days(env_var)?);
            let (engine, prepare) = service_engine(setup)?;
            let fixed: Option<Vec<u8>> = match fixed_reply.as_deref() {
                None => None,
                Some("tiny") => {
                    let tiny = serde_json::json!({"type": 4, "data": {"content": "ok",
                        "allowed_mentions": {"parse": []}}});
                    Some(tiny.to_string().into_bytes())
                }
                Some(_) => {
                    let request = discord::request::Request::Ask {
                        question: "Who reports to whom, the CIO or the CTO?",
                        private: false,
                    };
                    let answer = discord::reply::reply(&engine.engine(), &request);
                    Some(serde_json::to_vec(&answer)?)
                }
            };
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            let served = runtime.block_on(async {
                // The word matcher answers at once; the sentence model joins
                // when its vectors are ready (seconds, minutes for a large
                // knowledge base without its vector cache).
                tokio::task::spawn_blocking(prepare);
                if let Some(bot) = &config.bot {
                    let http = discord::gateway::http(bot);
                    let app = http.get_current_application_info().await.context(
                        "reading the application id with DISCORD_TOKEN (is the token right?)",
                    )?;
                    http.set_application_id(app.id);
                    let n = discord::gateway::register_commands(&http, bot.guild_id)
                        .await
                        .context("registering the slash commands")?;
                    tracing::info!(commands = n, "registered slash commands");
                }
                // The load test's bound keeps nothing.
                let store = match fixed {
                    None => start_store(store_url, retention).await?,
                    Some(_) => None,
                };
                tokio::spawn(crate::live::watch(Arc::clone(&engine)));
                let replies = match fixed {
                    None => discord::endpoint::Replies::Engine(
                        engine,
                        discord::endpoint::ReplyCache::new(cache),
                        store.clone(),
                    ),
                    Some(bytes) => discord::endpoint::Replies::Fixed(bytes.into()),
                };
                let replays = if allow_replays {
                    tracing::warn!(
                        "answering replayed requests (--allow-replays): for load tests only"
                    );
                    discord::endpoint::ReplayCheck::Off
                } else {
                    discord::endpoint::ReplayCheck::default()
                };
                let router = discord::endpoint::router_with(config.public_key, replies, replays)?;
                let listener = tokio::net::TcpListener::bind(&listen)
                    .await
                    .with_context(|| format!("listening on {listen} (LISTEN_ADDR)"))?;
                let served =
                    discord::endpoint::serve(listener, router).await.context("serving HTTP");
                if let Some(store) = store {
                    store.close().await;
                }
                served
            });
            // A model still loading must not hold the exit up.
            runtime.shutdown_timeout(std::time::Duration::from_secs(1));
            served?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Forget { guild } => {
            if guild.is_empty() || !guild.bytes().all(|b| b.is_ascii_digit()) {
                anyhow::bail!("--guild must be a server id, a number such as 123456789012345678");
            }
            let Some(url) = config::store_url(env_var)? else {
                anyhow::bail!("STORE=off: there is no store to forget anything from");
            };
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            let removed = runtime.block_on(async {
                let store = Store::open_existing(&url).await?;
                let removed = store.forget_guild(&guild).await;
                store.close().await;
                removed
            });
            let removed = removed.context("removing what is kept about the server")?;
            writeln!(std::io::stdout().lock(), "removed {removed} of server {guild}")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Commands => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", serde_json::to_string_pretty(&discord::commands::commands())?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Invite { application_id } => {
            let id = config::application_id(application_id.as_deref(), env_var)?;
            writeln!(std::io::stdout().lock(), "{}", discord::commands::invite_url(id))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ask { .. }
        | Command::Suggest { .. }
        | Command::Check
        | Command::Eval { .. }
        | Command::Console
        | Command::Learn { .. }
        | Command::Quiz { .. }
        | Command::Export { .. }
        | Command::Import { .. }
        | Command::Gaps { .. } => unreachable!("local commands are run by `run`"),
    }
}

fn gaps(
    out: &mut impl Write,
    setup: Setup,
    since: Option<u32>,
    json: bool,
    propose: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let Some(url) = config::store_url(env_var)? else {
        anyhow::bail!("STORE=off: there is no store to read questions from");
    };
    let from = since.map_or(0, |days| crate::store::now() - i64::from(days) * 86_400);
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let read = runtime.block_on(async {
        let store = Store::open_existing(&url).await?;
        let read = store.gaps_since(from, None).await;
        store.close().await;
        read
    });
    let input = read.context("reading the questions")?;
    let engine = engine(setup)?;
    let report = crate::gaps::report(&engine, &input, None);
    if let Some(path) = propose {
        let draft = crate::gaps::propose(&engine, &report);
        std::fs::write(path, draft)
            .with_context(|| format!("writing the draft to {}", path.display()))?;
        let n = report.declined.len();
        writeln!(
            out,
            "Wrote {} with {n} declined question{}: fill it in, move it into the knowledge folder, then run `cio-cto-bot check`.",
            path.display(),
            if n == 1 { "" } else { "s" }
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    if json {
        serde_json::to_writer(&mut *out, &report)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "Declined questions ({} in all), most asked first:", input.declined.len())?;
    for d in &report.declined {
        writeln!(out, "  {:>4}×  {}", d.count, d.question)?;
        writeln!(out, "         nearest: {}", d.nearest.join(", "))?;
    }
    writeln!(out, "Answers voted down ({}), most 👎 first:", report.downvoted.len())?;
    for v in &report.downvoted {
        writeln!(out, "  👎 {:>4}  👍 {:>4}  {}", v.down, v.up, v.entry)?;
    }
    writeln!(out, "Entries never asked ({}):", report.unasked.len())?;
    for id in &report.unasked {
        writeln!(out, "  {id}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn ask(
    out: &mut impl Write,
    engine: &Engine,
    question: &str,
    json: bool,
    explain: bool,
    store: Option<&LocalStore>,
) -> anyhow::Result<ExitCode> {
    let answer = engine.ask(question);
    if json {
        serde_json::to_writer(&mut *out, &render::json(engine, &answer))?;
        writeln!(out)?;
    } else {
        write!(out, "{}", render::text(engine, &answer))?;
        if explain {
            write!(out, "{}", explanation(engine, question))?;
        }
    }
    // The answer first: keeping the question may wait for the store.
    out.flush()?;
    if let Some(store) = store {
        store.record(&crate::store::Asked::of(&answer), engine.version());
    }
    Ok(if answer.entry().is_some() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn explanation(engine: &Engine, question: &str) -> String {
    let (ranking, readings) = engine.explain(question, 5);
    let mut out = String::from("\nHow the question was read:\n");
    for r in &readings {
        let means: Vec<String> = r.means.iter().map(|(t, q)| format!("{t} ({q:.2})")).collect();
        let means = if means.is_empty() { "unknown".to_owned() } else { means.join(", ") };
        out += &format!("  {:<16} weight {:.2}  → {means}\n", r.word, r.weight);
    }
    if let Some(entry) = engine.ask(question).entry()
        && let Some(doc) = engine.knowledge().entries.iter().position(|e| e.id == entry.id)
    {
        let asking = crate::ask::focus(question).unwrap_or(question);
        let uncovered = engine.index().uncovered(asking, doc);
        out += &format!("Not in `{}`: {}\n", entry.id, uncovered.join(", "));
    }
    out += &format!("Top entries (answer threshold {:.2}):\n", engine.index().tuning().threshold);
    for hit in &ranking.hits {
        let entry = &engine.knowledge().entries[hit.doc];
        out += &format!(
            "  {:.3} = fit {:.3} / coverage {:.3}  {}  via {:?}\n",
            hit.score, hit.fit, hit.coverage, entry.id, entry.questions[hit.phrasing]
        );
    }
    out
}

/// `ask --json` over standard input: one JSON object a line, in order.
/// Blank lines are skipped; a line that is not UTF-8 gets an error object
/// and the batch goes on.
fn ask_lines(
    out: &mut impl Write,
    engine: &Engine,
    store: Option<&LocalStore>,
) -> anyhow::Result<ExitCode> {
    let mut input = std::io::stdin().lock();
    let mut bytes = Vec::new();
    for number in 1.. {
        bytes.clear();
        let read =
            input.read_until(b'\n', &mut bytes).context("reading questions from standard input")?;
        if read == 0 {
            break;
        }
        let line = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        match std::str::from_utf8(line) {
            Ok(question) if question.trim().is_empty() => continue,
            Ok(question) => {
                let answer = engine.ask(question);
                if let Some(store) = store {
                    store.record(&crate::store::Asked::of(&answer), engine.version());
                }
                serde_json::to_writer(&mut *out, &render::json(engine, &answer))?;
            }
            Err(err) => {
                let error = render::JsonError::not_utf8(number, err.valid_up_to());
                serde_json::to_writer(&mut *out, &error)?;
            }
        }
        writeln!(out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn learn(
    out: &mut impl Write,
    dir: Option<&Path>,
    path: Option<&str>,
    markdown: bool,
) -> anyhow::Result<ExitCode> {
    let k = load_knowledge(dir)?;
    let chosen = match path {
        Some(id) => k.path(id),
        None => k.paths.first(),
    };
    let Some(chosen) = chosen else {
        let known: Vec<&str> = k.paths.iter().map(|p| p.id.as_str()).collect();
        anyhow::bail!(
            "no learning path {}; the knowledge has: {}",
            path.map_or("at all".to_owned(), |p| format!("`{p}`")),
            if known.is_empty() { "none".to_owned() } else { known.join(", ") }
        );
    };
    if markdown {
        write!(out, "{}", crate::learn::markdown(&k, chosen))?;
        return Ok(ExitCode::SUCCESS);
    }
    for p in &k.paths {
        writeln!(out, "{}  {} ({} steps)", p.id, p.title, p.steps.len())?;
    }
    writeln!(
        out,
        "`cio-cto-bot learn --path ID --markdown` prints one as a page; `/learn` walks it in Discord."
    )?;
    Ok(ExitCode::SUCCESS)
}

fn import(out: &mut impl Write, file: &Path, dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    use crate::transfer;
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("reading {} (as UTF-8 text)", file.display()))?;
    let json = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
        || text.trim_start().starts_with('[');
    let items = if json { transfer::from_json(&text) } else { transfer::from_tsv(&text) }
        .with_context(|| format!("importing {}", file.display()))?;
    let sources = transfer::sources(&items);
    match dir {
        None if sources.len() > 1 => {
            return Err(transfer::ImportError::ManySources(sources.len()))
                .with_context(|| format!("importing {}", file.display()));
        }
        None => {
            let source = sources.first().map_or("", String::as_str);
            write!(out, "{}", transfer::to_toml(source, &items))?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            for (i, source) in sources.iter().enumerate() {
                let path = dir.join(format!("imported-{}.toml", i + 1));
                std::fs::write(&path, transfer::to_toml(source, &items))
                    .with_context(|| format!("writing {}", path.display()))?;
                writeln!(out, "wrote {} ({source})", path.display())?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(out: &mut impl Write, dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let what = dir.map_or("bundled knowledge".to_owned(), |d| d.display().to_string());
    match load_knowledge(dir) {
        Ok(k) => {
            writeln!(out, "{what}: valid")?;
            writeln!(
                out,
                "  entries: {} ({} facts, {} survey figures, {} attributed views, {} person profiles)",
                k.entries.len(),
                k.count(Kind::Fact),
                k.count(Kind::SurveyFigure),
                k.count(Kind::View),
                k.count(Kind::Profile)
            )?;
            let phrasings: usize = k.entries.iter().map(|e| e.questions.len()).sum();
            writeln!(out, "  question phrasings: {phrasings}")?;
            writeln!(
                out,
                "  people: {}",
                k.people.iter().map(|p| p.credit()).collect::<Vec<_>>().join("; ")
            )?;
            for s in &k.surveys {
                writeln!(out, "  survey: {}", s.credit())?;
            }
            writeln!(out, "  comparison rows: {}", k.comparison.len())?;
            writeln!(out, "  synonym groups: {}", k.synonyms.len())?;
            for s in &k.sources {
                writeln!(
                    out,
                    "  source: “{}”, published by {} ({})",
                    s.title, s.publisher, s.file
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(err @ LoadError::Invalid(_)) => {
            out.flush()?;
            eprintln!("{what}: {err}");
            Ok(ExitCode::from(2))
        }
        Err(err) => {
            out.flush()?;
            eprintln!("error: {err}");
            Ok(ExitCode::from(2))
        }
    }
}

fn evaluate(
    out: &mut impl Write,
    engine: &Engine,
    file: &Path,
    verbose: bool,
) -> anyhow::Result<ExitCode> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let cases = eval::parse(&text).with_context(|| format!("parsing {}", file.display()))?;
    let unknown: Vec<&str> = cases
        .iter()
        .flat_map(|c| &c.expected)
        .filter(|id| engine.knowledge().entry(id).is_none())
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        anyhow::bail!(
            "{} names entries the knowledge does not have: {}",
            file.display(),
            unknown.join(", ")
        );
    }
    let outcomes = eval::run(engine, &cases);
    let metrics = eval::Metrics::from_outcomes(&outcomes, engine.index().tuning().threshold);
    let (_, baseline) = eval::run_baseline(engine, &cases);
    writeln!(
        out,
        "{}: {} in-domain, {} out-of-scope questions",
        file.display(),
        metrics.in_domain,
        metrics.out_of_scope
    )?;
    writeln!(
        out,
        "{:<36} {:>14} {:>14} {:>10}",
        "matcher", "right first", "OOS declined", "threshold"
    )?;
    for (name, m) in
        [("cio-cto-bot", &metrics), ("baseline: SkimMatcherV2 best phrasing", &baseline)]
    {
        writeln!(
            out,
            "{name:<36} {:>13.1}% {:>13.1}% {:>10}",
            m.accuracy() * 100.0,
            m.decline_rate() * 100.0,
            m.threshold
        )?;
    }
    writeln!(
        out,
        "cio-cto-bot: {} right, {} wrong entry, {} declined of {} in-domain; {} of {} out-of-scope answered",
        metrics.right_first,
        metrics.wrong,
        metrics.in_domain - metrics.right_first - metrics.wrong,
        metrics.in_domain,
        metrics.out_of_scope - metrics.declined_out_of_scope,
        metrics.out_of_scope
    )?;
    if engine.has_model() {
        let consulted = outcomes.iter().filter(|o| o.by_meaning).count();
        writeln!(
            out,
            "sentence model consulted for {consulted} of {} questions ({:.1}%)",
            outcomes.len(),
            100.0 * consulted as f64 / outcomes.len().max(1) as f64
        )?;
    }
    let styles = eval::by_style(&outcomes);
    if !styles.is_empty() {
        writeln!(out, "by style (right first, or declined where it must decline):")?;
        for (style, right, of) in styles {
            let share = 100.0 * right as f64 / of.max(1) as f64;
            writeln!(out, "  {style:<14} {share:>5.1}%  ({right} of {of})")?;
        }
    }
    if verbose {
        for o in outcomes.iter().filter(|o| !o.correct()) {
            let expected = if o.case.in_domain() { o.case.expected.join("|") } else { "-".into() };
            let got = o.answered.as_deref().unwrap_or("-");
            writeln!(
                out,
                "  line {:>3}: expected {expected}, got {got} ({:.3}): {}",
                o.case.line, o.confidence, o.case.question
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
