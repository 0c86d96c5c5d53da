//! The gateway bot: a serenity client with no privileged intents that
//! registers the commands when ready, reads every interaction and sends
//! the reply of the shared request path ([`Service::answer`]), and forgets
//! a server that removes it. A thin shell: all it decides is how to reach
//! Discord.

use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serenity::all::{
    ClientBuilder, Command, Context, EventHandler, GatewayIntents, Guild, GuildId, HttpBuilder,
    Interaction, Ready, UnavailableGuild,
};
use serenity::async_trait;
use serenity::builder::CreateAttachment;
use serenity::http::Http;
use tracing::{debug, error, info, warn};

use serde_json::value::RawValue;

use super::commands::commands;
use super::serve::Service;
use super::{reply, request};
use crate::config::BotConfig;

/// The HTTP client for Discord's REST API. `api_base` (tests only) swaps
/// `https://discord.com` for a fake; serenity's rate limiter does not go
/// through that proxy, so it is turned off with it.
pub fn http(config: &BotConfig) -> Http {
    let builder = HttpBuilder::new(config.token.expose());
    match &config.api_base {
        Some(base) => builder.proxy(base.clone()).ratelimiter_disabled(true).build(),
        None => builder.build(),
    }
}

/// Replaces the registered commands with ours (one bulk overwrite), in the
/// guild when one is configured, else globally.
pub async fn register_commands(http: &Http, guild: Option<u64>) -> serenity::Result<usize> {
    let registered = match guild {
        Some(guild) => GuildId::new(guild).set_commands(http, commands()).await?,
        None => Command::set_global_commands(http, commands()).await?,
    };
    Ok(registered.len())
}

struct Handler {
    service: Service,
    guild: Option<u64>,
    /// Set once the commands are registered: a reconnect that identifies
    /// again need not register them again.
    registered: AtomicBool,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        info!(user = %ready.user.name, guilds = ready.guilds.len(), "connected to Discord");
        if self.registered.load(Ordering::Acquire) {
            return;
        }
        match register_commands(&ctx.http, self.guild).await {
            Ok(n) => {
                self.registered.store(true, Ordering::Release);
                let scope = self.guild.map_or("globally".to_owned(), |g| format!("in guild {g}"));
                info!(commands = n, "registered slash commands {scope}");
            }
            Err(err) => {
                warn!(%err, "could not register the slash commands; retrying on the next connection")
            }
        }
    }

    /// Discord sends this when the bot leaves a server, is removed from it,
    /// or the server is deleted (no `unavailable`), and also when a server
    /// becomes unavailable in an outage (`unavailable: true`): only the
    /// first forgets the server's rows.
    async fn guild_delete(&self, _: Context, guild: UnavailableGuild, _: Option<Guild>) {
        if guild.unavailable {
            debug!(guild = %guild.id, "a server is unavailable (an outage); keeping its rows");
            return;
        }
        info!(guild = %guild.id, "removed from a server; forgetting everything kept about it");
        let guild = guild.id.to_string();
        self.service.policy().reset(&guild);
        if let Some(store) = self.service.store() {
            store.forget_guild_later(&guild).await;
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let started = Instant::now();
        let (id, kind) = (interaction.id(), interaction.kind());
        let caller = request::caller(&interaction);
        let (json, files) = match self.service.answer(request::parse(&interaction), &caller).await {
            Ok(served) => (served.json, served.files),
            Err(err) => {
                warn!(%err, interaction = %id, ?kind, "could not work out a reply");
                match serde_json::to_vec(&reply::failed(caller.lang)) {
                    Ok(json) => (json.into(), Vec::new()),
                    Err(_) => return,
                }
            }
        };
        let files = files.into_iter().map(|f| CreateAttachment::bytes(f.bytes, f.name)).collect();
        // Sent as it was serialised (and as the HTTP endpoint sends it).
        let raw = match std::str::from_utf8(&json).map(|text| RawValue::from_string(text.into())) {
            Ok(Ok(raw)) => raw,
            _ => {
                warn!(interaction = %id, ?kind, "a reply was not JSON; not sent");
                return;
            }
        };
        let sent = ctx.http.create_interaction_response(id, interaction.token(), &raw, files);
        match sent.await {
            Ok(()) => debug!(interaction = %id, ?kind, elapsed = ?started.elapsed(), "replied"),
            Err(err) => warn!(%err, interaction = %id, ?kind, "could not send the reply"),
        }
    }
}

/// Which shards this process runs. Discord requires sharding beyond 2,500
/// servers a shard; each shard answers the servers whose
/// `(guild_id >> 22) % total` is its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shards {
    /// One shard (the default).
    One,
    /// Shards 0 to n-1, all in this process.
    Count(u32),
    /// As many as Discord recommends (`GET /gateway/bot`).
    Auto,
    /// Shards `start` to `end - 1` of `total`: the rest run in other
    /// processes.
    Range { start: u32, end: u32, total: u32 },
}

impl Shards {
    /// Reads `--shards N|auto` and `--shard-range A..B` (B exclusive, as a
    /// Rust range; a range needs the total, `--shards N`).
    pub fn parse(shards: Option<&str>, range: Option<&str>) -> Result<Shards, String> {
        let count = match shards {
            None => None,
            Some("auto") => Some(None),
            Some(n) => match n.parse::<u32>() {
                Ok(n) if n >= 1 => Some(Some(n)),
                _ => {
                    return Err(format!(
                        "--shards must be a number of shards (1 or more) or auto, not {n:?}"
                    ));
                }
            },
        };
        let Some(range) = range else {
            return Ok(match count {
                None | Some(Some(1)) => Shards::One,
                Some(Some(n)) => Shards::Count(n),
                Some(None) => Shards::Auto,
            });
        };
        let Some(Some(total)) = count else {
            return Err("--shard-range needs the total number of shards: --shards N".to_owned());
        };
        let parsed = range.split_once("..").and_then(|(a, b)| {
            Some((a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?))
        });
        match parsed {
            Some((start, end)) if start < end && end <= total => {
                Ok(Shards::Range { start, end, total })
            }
            _ => Err(format!(
                "--shard-range must be A..B with A < B <= {total} (shards A to B-1), not {range:?}"
            )),
        }
    }
}

/// How long a shutdown waits for the shards to close their connections
/// before the process exits anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// Connects and answers until Ctrl-C or SIGTERM; serenity reconnects on
/// its own after a dropped connection. The signal is honoured in every
/// state: while connecting, while retrying an unreachable Discord, and
/// while connected.
///
/// `prepare` (loading the sentence model) runs on a blocking thread while
/// the bot already answers on the word matcher.
pub async fn run(
    config: BotConfig,
    service: Service,
    shards: Shards,
    prepare: impl FnOnce() + Send + 'static,
) -> serenity::Result<()> {
    let mut signal = pin!(shutdown_signal());
    let http = http(&config);
    // The word matcher answers at once; the model joins when it is ready.
    tokio::task::spawn_blocking(prepare);
    tokio::select! {
        () = &mut signal => {
            info!("shutting down before connecting");
            return Ok(());
        }
        () = check_gateway(&http) => {}
    }
    tokio::spawn(crate::live::watch(Arc::clone(service.live())));
    let handler = Handler { service, guild: config.guild_id, registered: AtomicBool::new(false) };
    // Slash commands need no intents; GUILDS (not privileged) brings the
    // removal from a server, so that its rows are forgotten.
    let builder = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS).event_handler(handler);
    let mut client = tokio::select! {
        () = &mut signal => {
            info!("shutting down before connecting");
            return Ok(());
        }
        client = builder => client?,
    };
    let manager = client.shard_manager.clone();
    info!(?shards, "connecting");
    let mut serving = pin!(async {
        match shards {
            Shards::One => client.start().await,
            Shards::Count(n) => client.start_shards(n).await,
            Shards::Auto => client.start_autosharded().await,
            // serenity's range is inclusive of its end.
            Shards::Range { start, end, total } => {
                client.start_shard_range(start..end - 1, total).await
            }
        }
    });
    tokio::select! {
        result = &mut serving => return result,
        () = &mut signal => {}
    }
    info!("shutting down");
    let closing = async {
        manager.shutdown_all().await;
        let _ = serving.await;
    };
    if tokio::time::timeout(SHUTDOWN_GRACE, closing).await.is_err() {
        warn!("the gateway did not close within {SHUTDOWN_GRACE:?}; exiting anyway");
    }
    Ok(())
}

/// The error a gateway run ended with, worded for the operator: Discord's
/// close code 4004 (authentication failed) names `DISCORD_TOKEN` and what
/// to do, as the start-up checks do for a malformed token.
pub fn explain(err: serenity::Error) -> anyhow::Error {
    match err {
        serenity::Error::Gateway(serenity::gateway::GatewayError::InvalidAuthentication) => {
            anyhow::anyhow!(
                "Discord refused DISCORD_TOKEN (gateway close code 4004, authentication failed): the token was reset or belongs to another application. Reset it in the Discord developer portal (your application → Bot → Reset Token) and put the new one in .env or the environment"
            )
        }
        other => anyhow::Error::new(other),
    }
}

/// Says once, loudly, when Discord's API cannot be reached: serenity then
/// falls back to its default gateway URL and retries quietly for ever.
async fn check_gateway(http: &Http) {
    if let Err(err) = http.get_gateway().await {
        error!(
            %err,
            "cannot reach Discord's API (GET /gateway); falling back to the default gateway URL and retrying every few seconds. Check the network, a proxy, or DISCORD_API_BASE"
        );
    }
}

/// Resolves on Ctrl-C or, on Unix, SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            warn!(%err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                warn!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::Shards;

    #[test]
    fn shard_options_read_as_documented() {
        assert_eq!(Shards::parse(None, None), Ok(Shards::One));
        assert_eq!(Shards::parse(Some("1"), None), Ok(Shards::One));
        assert_eq!(Shards::parse(Some("4"), None), Ok(Shards::Count(4)));
        assert_eq!(Shards::parse(Some("auto"), None), Ok(Shards::Auto));
        assert_eq!(
            Shards::parse(Some("4"), Some("1..3")),
            Ok(Shards::Range { start: 1, end: 3, total: 4 })
        );
        for (shards, range) in [
            (Some("0"), None),
            (Some("many"), None),
            (None, Some("0..1")),
            (Some("auto"), Some("0..1")),
            (Some("2"), Some("1..1")),
            (Some("2"), Some("0..3")),
            (Some("2"), Some("0-1")),
        ] {
            assert!(Shards::parse(shards, range).is_err(), "{shards:?} {range:?}");
        }
    }
}
