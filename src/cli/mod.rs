//! The command line: argument parsing (clap) and dispatch to the front
//! ends, all thin adapters over the [`Engine`]: `ask`, `suggest`, `check`,
//! `eval` and the console locally; `run` (the gateway bot), `commands` and
//! `invite` for Discord. Exit codes follow ripgrep: 0 success, 1 "no"
//! (declined), 2 error; output goes through a buffered writer, and a
//! reader that closes the pipe early (`| head`) ends the program quietly.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use crate::config::{self, BotConfig, Env, ServiceConfig};
use crate::console;
use crate::discord;
use crate::engine::Engine;
use crate::knowledge::{Knowledge, LoadError};
use crate::live::Live;
use crate::semantic;
use crate::store::Store;

mod args;
mod local;

pub use args::{Cli, Command};
use local::LocalStore;

/// The command when none is given: the bot if a token is configured, the
/// console otherwise.
pub fn default_command(env: &Env) -> Command {
    if env.var("DISCORD_TOKEN").is_some() {
        Command::Run { cache: None, shards: None, shard_range: None }
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

/// Loads the knowledge the flags ask for: a folder, one file, or the
/// bundled knowledge.
pub fn load_knowledge(path: Option<&Path>) -> Result<Knowledge, LoadError> {
    match path {
        Some(path) => Knowledge::load_path(path),
        None => Knowledge::bundled(),
    }
}

/// Where the knowledge comes from, whether to use the sentence model, and
/// the environment as read at start.
#[derive(Debug, Clone, Copy)]
pub struct Setup<'a> {
    pub knowledge: Option<&'a Path>,
    pub model: bool,
    pub env: &'a Env,
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
    if !setup.model {
        return Ok(engine.lexical_only());
    }
    attach_model(&engine, setup);
    Ok(engine)
}

/// Loads the sentence model into `engine`, taking the phrasings' vectors
/// from the vector cache the services use and adding the new ones to it:
/// a one-shot `ask` then embeds only phrasings it has never seen. On
/// failure the engine keeps answering on the lexical path, and the
/// failure is logged.
fn attach_model(engine: &Engine, setup: Setup) {
    let started = std::time::Instant::now();
    let vectors = vector_cache(setup);
    let attached =
        semantic::Model::bundled().and_then(|m| engine.attach_model_with(Arc::new(m), &vectors));
    match attached {
        Ok(embedded) => {
            vectors.save();
            let ms = started.elapsed().as_millis() as u64;
            tracing::info!(ms, embedded, "sentence model ready");
        }
        Err(err) => tracing::error!("answering without the sentence model: {err}"),
    }
}

/// The phrasings' vectors: in the file `VECTOR_CACHE` names (or the
/// default one) when the model is used, else in memory.
fn vector_cache(setup: Setup) -> crate::vectors::VectorCache {
    let fingerprint = semantic::fingerprint();
    match crate::vectors::default_file(setup.env.vars(), fingerprint) {
        Some(file) if setup.model => crate::vectors::VectorCache::in_file(file, fingerprint),
        _ => crate::vectors::VectorCache::in_memory(fingerprint),
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
    let vectors = vector_cache(setup);
    let engine = lexical_engine(setup.knowledge)?;
    let engine = Arc::new(if setup.model { engine } else { engine.lexical_only() });
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

/// Runs a command with the environment read at start. `--knowledge` (or
/// `KNOWLEDGE_DIR`, which clap reads for it) names the knowledge; an empty
/// one counts as not given.
pub fn run(
    knowledge: Option<String>,
    model: bool,
    command: Command,
    env: &Env,
) -> anyhow::Result<ExitCode> {
    let knowledge = config::flag(knowledge).map(std::path::PathBuf::from);
    let knowledge = knowledge.as_deref();
    let setup = Setup { knowledge, model, env };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match command {
        Command::Ask { question, json, explain } if !question.is_empty() => {
            let question = question.join(" ");
            // One question: the model is loaded (under a second) only if
            // the lexical path declines it.
            let engine = lexical_engine(setup.knowledge)?;
            let engine = if setup.model { engine } else { engine.lexical_only() };
            if setup.model && Engine::needs_meaning(&engine.ask_lexical(&question)) {
                attach_model(&engine, setup);
            }
            let store = LocalStore::open("cli", env);
            let code = local::ask(&mut out, &engine, &question, json, explain, store.as_ref())?;
            if let Some(store) = store {
                store.close();
            }
            code
        }
        Command::Ask { json: true, .. } => {
            let store = LocalStore::open("cli", env);
            let code = local::ask_lines(&mut out, &engine(setup)?, store.as_ref())?;
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
        Command::Check => local::check(&mut out, knowledge)?,
        Command::Learn { path, markdown } => {
            local::learn(&mut out, knowledge, path.as_deref(), markdown)?
        }
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
        Command::Import { file, out: dir } => local::import(&mut out, &file, dir.as_deref())?,
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
        Command::Gaps { since, json, propose, chart } => {
            let files = local::GapsFiles { propose: propose.as_deref(), chart: chart.as_deref() };
            local::gaps(&mut out, setup, since, json, files)?
        }
        Command::Eval { file, verbose } => {
            local::evaluate(&mut out, &engine(setup)?, &file, verbose)?
        }
        Command::Console => {
            drop(out);
            let engine = engine(setup)?;
            let store = LocalStore::open("console", env);
            let record = |asked: &crate::store::Asked| {
                if let Some(store) = &store {
                    store.record(asked, engine.version());
                }
            };
            console::run(&engine, env.var("DISCORD_TOKEN").is_some(), &record)?;
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
        Command::Run { cache, shards, shard_range } => {
            let shards = discord::gateway::Shards::parse(shards.as_deref(), shard_range.as_deref())
                .map_err(anyhow::Error::msg)?;
            let config = BotConfig::from_vars(setup.env.vars())?;
            let ServiceConfig { store: store_url, retention_days: retention, reply_cache: cache } =
                ServiceConfig::read(setup.env, config::cache_flag(cache)?)?;
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
            let config = config::EndpointConfig::from_vars(setup.env.vars())?;
            let listen = config::listen_addr(config::flag(listen), setup.env.vars());
            let ServiceConfig { store: store_url, retention_days: retention, reply_cache: cache } =
                ServiceConfig::read(setup.env, config::cache_flag(cache)?)?;
            let (engine, prepare) = service_engine(setup)?;
            let fixed = match fixed_reply.as_deref() {
                None => None,
                Some(kind) => Some(discord::endpoint::fixed_reply(&engine.engine(), kind)?),
            };
            let replays = match allow_replays {
                true => discord::endpoint::ReplayCheck::Off,
                false => discord::endpoint::ReplayCheck::default(),
            };
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            let served = runtime.block_on(async {
                // The word matcher answers at once; the sentence model joins
                // when its vectors are ready (seconds, minutes for a large
                // knowledge base without its vector cache).
                tokio::task::spawn_blocking(prepare);
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
                    Some(bytes) => discord::endpoint::Replies::Fixed(bytes),
                };
                let served = discord::endpoint::run(&config, &listen, replies, replays).await;
                if let Some(store) = store {
                    store.close().await;
                }
                anyhow::Ok(served?)
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
            let Some(url) = config::store_url(setup.env.vars())? else {
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
            let id =
                config::application_id(config::flag(application_id).as_deref(), setup.env.vars())?;
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
