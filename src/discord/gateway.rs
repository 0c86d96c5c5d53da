//! The gateway bot: a serenity client with no privileged intents that
//! registers the commands when ready and sends [`respond`]'s reply to every
//! interaction. A thin shell: all it decides is how to reach Discord.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serenity::all::{
    ClientBuilder, Command, Context, EventHandler, GatewayIntents, GuildId, HttpBuilder,
    Interaction, Ready,
};
use serenity::async_trait;
use serenity::builder::Builder;
use serenity::http::Http;
use tracing::{debug, info, warn};

use super::commands::commands;
use super::respond;
use crate::config::BotConfig;
use crate::engine::Engine;

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
    engine: Arc<Engine>,
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

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let started = Instant::now();
        let (id, kind) = (interaction.id(), interaction.kind());
        let response = respond(&self.engine, &interaction);
        match response.execute(&ctx.http, (id, interaction.token())).await {
            Ok(()) => debug!(interaction = %id, ?kind, elapsed = ?started.elapsed(), "replied"),
            Err(err) => warn!(%err, interaction = %id, ?kind, "could not send the reply"),
        }
    }
}

/// Connects and answers until Ctrl-C or SIGTERM; serenity reconnects on
/// its own after a dropped connection.
pub async fn run(config: BotConfig, engine: Arc<Engine>) -> serenity::Result<()> {
    let handler = Handler { engine, guild: config.guild_id, registered: AtomicBool::new(false) };
    // Slash commands need no privileged (or any) intents.
    let mut client = ClientBuilder::new_with_http(http(&config), GatewayIntents::empty())
        .event_handler(handler)
        .await?;
    let shards = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        info!("shutting down");
        shards.shutdown_all().await;
    });
    client.start().await
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
