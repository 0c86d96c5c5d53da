//! The gateway bot: a serenity client with no privileged intents that
//! registers the commands when ready and sends [`respond`]'s reply to every
//! interaction, and forgets a server that removes it. A thin shell: all it
//! decides is how to reach Discord.

use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serenity::all::{
    ClientBuilder, Command, Context, EventHandler, GatewayIntents, Guild, GuildId, HttpBuilder,
    Interaction, Ready, UnavailableGuild,
};
use serenity::async_trait;
use serenity::builder::Builder;
use serenity::http::Http;
use tracing::{debug, error, info, warn};

use super::commands::commands;
use super::{reply, request};
use crate::config::BotConfig;
use crate::live::Live;
use crate::store::Store;

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
    live: Arc<Live>,
    store: Option<Arc<Store>>,
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
        info!(guild = %guild.id, "removed from a server; forgetting its questions and votes");
        if let Some(store) = &self.store {
            store.forget_guild_later(&guild.id.to_string()).await;
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let started = Instant::now();
        let (id, kind) = (interaction.id(), interaction.kind());
        let request = request::parse(&interaction);
        let caller = request::caller(&interaction);
        let feedback = reply::Feedback(self.store.is_some());
        // This interaction finishes on this engine, whatever a reload swaps in.
        let engine = self.live.engine();
        let curated =
            super::curator::respond(&self.live, &engine, self.store.as_ref(), &request, &caller)
                .await;
        let replied = match (curated, reply::quick_reply(&engine, &request, feedback)) {
            (Some(response), _) => reply::Replied { response, asked: None },
            (None, Some(replied)) => replied,
            (None, None) => {
                let (engine, interaction) = (Arc::clone(&engine), interaction.clone());
                let slow = tokio::task::spawn_blocking(move || {
                    reply::replied(&engine, &request::parse(&interaction), feedback)
                });
                slow.await.unwrap_or_else(|err| {
                    warn!(%err, interaction = %id, "working out a reply failed");
                    reply::Replied { response: reply::failed(), asked: None }
                })
            }
        };
        if let Some(asked) = &replied.asked {
            let (guild, channel) = (caller.guild.as_deref(), caller.channel.as_deref());
            let version = engine.version();
            let store = self.store.as_deref();
            super::record(store, asked, guild, channel, "gateway", version);
        }
        let response = replied.response;
        match response.execute(&ctx.http, (id, interaction.token())).await {
            Ok(()) => debug!(interaction = %id, ?kind, elapsed = ?started.elapsed(), "replied"),
            Err(err) => warn!(%err, interaction = %id, ?kind, "could not send the reply"),
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
/// the gateway is checked, and finishes before the bot connects.
pub async fn run(
    config: BotConfig,
    live: Arc<Live>,
    store: Option<Arc<Store>>,
    prepare: impl FnOnce() + Send + 'static,
) -> serenity::Result<()> {
    let mut signal = pin!(shutdown_signal());
    let http = http(&config);
    let preparing = async {
        if let Err(err) = tokio::task::spawn_blocking(prepare).await {
            warn!(%err, "preparing the engine failed; answering on the lexical path");
        }
    };
    tokio::select! {
        () = &mut signal => {
            info!("shutting down before connecting");
            return Ok(());
        }
        _ = async { tokio::join!(preparing, check_gateway(&http)) } => {}
    }
    tokio::spawn(crate::live::watch(Arc::clone(&live)));
    let handler =
        Handler { live, store, guild: config.guild_id, registered: AtomicBool::new(false) };
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
    let shards = client.shard_manager.clone();
    let mut serving = pin!(client.start());
    tokio::select! {
        result = &mut serving => return result,
        () = &mut signal => {}
    }
    info!("shutting down");
    let closing = async {
        shards.shutdown_all().await;
        let _ = serving.await;
    };
    if tokio::time::timeout(SHUTDOWN_GRACE, closing).await.is_err() {
        warn!("the gateway did not close within {SHUTDOWN_GRACE:?}; exiting anyway");
    }
    Ok(())
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
