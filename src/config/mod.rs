//! Configuration from the environment and `.env`, validated once at start.
//! Every error names the variable and says what to do; the token is kept
//! in a [`Secret`] that never shows in `Debug` or `Display` output.

use std::fmt;

mod dotenv;

pub use dotenv::{check_dotenv, load_dotenv, substitutions};

/// A value that must not appear in logs: `Debug` and `Display` print
/// `[redacted]`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// A configuration mistake, worded for the person starting the bot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    #[error(
        "DISCORD_TOKEN is not set: copy the bot token from the Discord developer portal (your application → Bot → Reset Token) into .env or the environment"
    )]
    MissingToken,
    #[error(
        "DISCORD_TOKEN is malformed: a bot token has three parts separated by dots; copy it again from the developer portal (Bot → Reset Token)"
    )]
    MalformedToken,
    #[error(
        "DISCORD_GUILD_ID must be a server id, a number such as 123456789012345678 (Discord: Developer Mode on, right-click the server → Copy Server ID), not {0:?}"
    )]
    BadGuildId(String),
    #[error(
        "DISCORD_APPLICATION_ID must be the application id, a number (developer portal → General Information → Application ID), not {0:?}"
    )]
    BadApplicationId(String),
    #[error(
        "DISCORD_APPLICATION_ID is not set: give --application-id or copy the Application ID from the developer portal (General Information)"
    )]
    MissingApplicationId,
    #[error(
        "DISCORD_PUBLIC_KEY is not set: copy the Public Key from the developer portal (General Information) into .env or the environment"
    )]
    MissingPublicKey,
    #[error(
        "DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters (developer portal → General Information → Public Key)"
    )]
    BadPublicKey,
    #[error(
        "DISCORD_PUBLIC_KEY is not a usable Ed25519 key ({0}): copy the Public Key again from the developer portal (General Information)"
    )]
    WeakPublicKey(&'static str),
    #[error(
        "--cache (REPLY_CACHE) must be how many replies to keep, a whole number such as 10000 (0 turns the cache off), not {0:?}"
    )]
    BadReplyCache(String),
    #[error(
        "DATABASE_URL must be sqlite://PATH or postgres://USER@HOST/DB (or set STORE=off to keep nothing), not {0:?}"
    )]
    BadDatabaseUrl(String),
    #[error("STORE must be \"off\" to keep nothing, or unset, not {0:?}")]
    BadStore(String),
    #[error(
        "RETENTION_DAYS must be how many days questions are kept, a whole number such as 90, not {0:?}"
    )]
    BadRetention(String),
    #[error(
        "RETENTION_DAYS=0 would delete every question as soon as it is kept: give a number of days (1 or more), or set STORE=off to keep nothing"
    )]
    ZeroRetention,
    #[error("DISCORD_API_BASE must be an http:// or https:// URL, not {0:?}")]
    BadApiBase(String),
    #[error(".env is malformed: {0}; fix it or remove the file")]
    DotEnv(String),
}

/// The environment as the commands read it: read once at start (after
/// `.env`), then handed down, so that no command reads the process's
/// environment on its own. Values are checked by the typed readers of this
/// module when a command needs them, so a bad value stops only the
/// commands that use it, naming the variable. Its `Debug` shows the names
/// only: the token and the database's password never reach a log.
#[derive(Clone, Default)]
pub struct Env(std::collections::HashMap<String, String>);

/// The variables the bot reads. Those that stand for a flag
/// (`KNOWLEDGE_DIR`, `LISTEN_ADDR`, `REPLY_CACHE`, `DISCORD_APPLICATION_ID`)
/// are also read by clap, which documents them in `--help`.
pub const VARIABLES: [&str; 15] = [
    "DISCORD_TOKEN",
    "DISCORD_GUILD_ID",
    "DISCORD_API_BASE",
    "DISCORD_PUBLIC_KEY",
    "DISCORD_APPLICATION_ID",
    "DATABASE_URL",
    "STORE",
    "RETENTION_DAYS",
    "REPLY_CACHE",
    "LISTEN_ADDR",
    "KNOWLEDGE_DIR",
    "VECTOR_CACHE",
    "XDG_CACHE_HOME",
    "HOME",
    "NO_COLOR",
];

impl Env {
    /// The process's environment.
    pub fn read() -> Env {
        Env::from_vars(|name| std::env::var(name).ok())
    }

    /// The [`VARIABLES`] as `vars` gives them.
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Env {
        let read = VARIABLES.iter().filter_map(|&name| Some((name.to_owned(), vars(name)?)));
        Env(read.collect())
    }

    /// A variable, trimmed; an empty value counts as unset, as
    /// uncommenting a line of `.env.example` gives one.
    pub fn var(&self, name: &str) -> Option<String> {
        get(&|name: &str| self.0.get(name).cloned(), name)
    }

    /// A variable as it was set, empty or not (`NO_COLOR` counts when set
    /// to anything).
    pub fn os(&self, name: &str) -> Option<std::ffi::OsString> {
        self.0.get(name).map(Into::into)
    }

    /// The variables as the typed readers take them.
    pub fn vars(&self) -> impl Fn(&str) -> Option<String> + '_ {
        |name| self.0.get(name).cloned()
    }
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<&str> = self.0.keys().map(String::as_str).collect();
        names.sort_unstable();
        f.debug_struct("Env").field("set", &names).finish_non_exhaustive()
    }
}

/// A flag's value as clap gives it, which may come from its variable: an
/// empty one (an empty variable) counts as not given.
pub fn flag(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// `--cache` (or `REPLY_CACHE`, which clap reads for it) as a number.
pub fn cache_flag(value: Option<String>) -> Result<Option<usize>, ConfigError> {
    match flag(value) {
        Some(text) => text.parse().map(Some).map_err(|_| ConfigError::BadReplyCache(text)),
        None => Ok(None),
    }
}

/// Whether logs are coloured: only on a terminal, and never with `NO_COLOR`
/// set to anything but the empty string (no-color.org).
pub fn log_colour(stderr_is_terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    stderr_is_terminal && no_color.is_none_or(|value| value.is_empty())
}

/// Reads a variable; an empty value counts as unset.
fn get(vars: &impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    vars(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The settings of the gateway bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotConfig {
    pub token: Secret,
    /// Register commands in this guild only (at once), instead of globally.
    pub guild_id: Option<u64>,
    /// Only for tests: the base URL of a fake Discord REST API.
    pub api_base: Option<String>,
}

impl BotConfig {
    /// Reads `DISCORD_TOKEN`, `DISCORD_GUILD_ID` and `DISCORD_API_BASE`
    /// through `vars` (the environment, in the binary).
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        Ok(BotConfig {
            token: token(&vars)?,
            guild_id: match get(&vars, "DISCORD_GUILD_ID") {
                None => None,
                Some(id) => Some(snowflake(&id).ok_or(ConfigError::BadGuildId(id))?),
            },
            api_base: api_base(&vars)?,
        })
    }
}

fn token(vars: &impl Fn(&str) -> Option<String>) -> Result<Secret, ConfigError> {
    let token = get(vars, "DISCORD_TOKEN").ok_or(ConfigError::MissingToken)?;
    let bare = token.strip_prefix("Bot ").unwrap_or(&token);
    if serenity::utils::token::validate(bare).is_err() || bare.chars().any(char::is_whitespace) {
        return Err(ConfigError::MalformedToken);
    }
    Ok(Secret::new(bare))
}

fn api_base(vars: &impl Fn(&str) -> Option<String>) -> Result<Option<String>, ConfigError> {
    match get(vars, "DISCORD_API_BASE") {
        None => Ok(None),
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            Ok(Some(url.trim_end_matches('/').to_owned()))
        }
        Some(url) => Err(ConfigError::BadApiBase(url)),
    }
}

/// A Discord id: a positive integer.
fn snowflake(text: &str) -> Option<u64> {
    text.parse::<u64>().ok().filter(|&id| id > 0)
}

/// The application id, from a flag or `DISCORD_APPLICATION_ID`.
pub fn application_id(
    flag: Option<&str>,
    vars: impl Fn(&str) -> Option<String>,
) -> Result<u64, ConfigError> {
    let text = match flag {
        Some(flag) => flag.trim().to_owned(),
        None => get(&vars, "DISCORD_APPLICATION_ID").ok_or(ConfigError::MissingApplicationId)?,
    };
    snowflake(&text).ok_or(ConfigError::BadApplicationId(text))
}

/// Where `http` listens: the flag, else `LISTEN_ADDR`, else loopback.
pub fn listen_addr(flag: Option<String>, vars: impl Fn(&str) -> Option<String>) -> String {
    flag.or_else(|| get(&vars, "LISTEN_ADDR")).unwrap_or_else(|| DEFAULT_LISTEN.to_owned())
}

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_REPLY_CACHE: usize = 10_000;

/// How many replies `http` keeps: the flag, else `REPLY_CACHE`, else
/// [`DEFAULT_REPLY_CACHE`].
pub fn reply_cache(
    flag: Option<usize>,
    vars: impl Fn(&str) -> Option<String>,
) -> Result<usize, ConfigError> {
    match (flag, get(&vars, "REPLY_CACHE")) {
        (Some(n), _) => Ok(n),
        (None, Some(text)) => text.parse().map_err(|_| ConfigError::BadReplyCache(text)),
        (None, None) => Ok(DEFAULT_REPLY_CACHE),
    }
}

/// The store the services keep questions in when `DATABASE_URL` is unset.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://cio-cto-bot.db";
/// How long questions are kept when `RETENTION_DAYS` is unset.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

/// Where a service keeps the questions it is asked: `None` with
/// `STORE=off`, else `DATABASE_URL`, else [`DEFAULT_DATABASE_URL`]. Only the
/// URL's scheme is checked here (and only that is ever shown: the rest may
/// hold a password).
pub fn store_url(vars: impl Fn(&str) -> Option<String>) -> Result<Option<String>, ConfigError> {
    match get(&vars, "STORE").as_deref() {
        Some("off") => return Ok(None),
        Some(other) => return Err(ConfigError::BadStore(other.to_owned())),
        None => {}
    }
    let url = get(&vars, "DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
    match crate::store::Backend::of(&url) {
        Ok(_) => Ok(Some(url)),
        Err(_) => {
            let scheme = url.split("://").next().unwrap_or("").chars().take(20).collect();
            Err(ConfigError::BadDatabaseUrl(scheme))
        }
    }
}

/// How many days questions are kept: `RETENTION_DAYS` (1 or more: 0 would
/// purge each row as it lands), else [`DEFAULT_RETENTION_DAYS`].
pub fn retention_days(vars: impl Fn(&str) -> Option<String>) -> Result<u32, ConfigError> {
    match get(&vars, "RETENTION_DAYS") {
        Some(text) => match text.parse() {
            Ok(0) => Err(ConfigError::ZeroRetention),
            Ok(days) => Ok(days),
            Err(_) => Err(ConfigError::BadRetention(text)),
        },
        None => Ok(DEFAULT_RETENTION_DAYS),
    }
}

/// What both services (`run`, `http`) keep and how: read once at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceConfig {
    /// Where questions are kept ([`store_url`]); `None` with `STORE=off`.
    pub store: Option<String>,
    /// How many days they are kept ([`retention_days`]).
    pub retention_days: u32,
    /// How many replies are kept for repeated requests ([`reply_cache`]).
    pub reply_cache: usize,
}

impl ServiceConfig {
    /// Reads `STORE`, `DATABASE_URL` and `RETENTION_DAYS` from `env`, and
    /// the reply cache from `--cache` (or `REPLY_CACHE`, read by clap).
    pub fn read(env: &Env, cache_flag: Option<usize>) -> Result<Self, ConfigError> {
        Ok(ServiceConfig {
            store: store_url(env.vars())?,
            retention_days: retention_days(env.vars())?,
            reply_cache: reply_cache(cache_flag, env.vars())?,
        })
    }
}

/// The settings of the HTTP interactions endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointConfig {
    /// The application's Ed25519 public key, as 32 bytes.
    pub public_key: [u8; 32],
    /// For registering commands at start, when given.
    pub bot: Option<BotConfig>,
}

impl EndpointConfig {
    /// Reads `DISCORD_PUBLIC_KEY`, and the bot settings if `DISCORD_TOKEN`
    /// is set.
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let key = get(&vars, "DISCORD_PUBLIC_KEY").ok_or(ConfigError::MissingPublicKey)?;
        let public_key = parse_hex_key(&key).ok_or(ConfigError::BadPublicKey)?;
        check_public_key(&public_key).map_err(ConfigError::WeakPublicKey)?;
        let bot = match get(&vars, "DISCORD_TOKEN") {
            Some(_) => Some(BotConfig::from_vars(&vars)?),
            None => None,
        };
        Ok(EndpointConfig { public_key, bot })
    }
}

/// Rejects keys any signature could be forged for: not a curve point, of
/// small order (the all-zero key among them), or not in canonical form
/// (an encoding of a point that has another, canonical one).
fn check_public_key(bytes: &[u8; 32]) -> Result<(), &'static str> {
    let key = ed25519_dalek::VerifyingKey::from_bytes(bytes).map_err(|_| "not a curve point")?;
    if key.is_weak() {
        return Err("a weak key of small order");
    }
    if key.to_edwards().compress().to_bytes() != *bytes {
        return Err("not in canonical form");
    }
    Ok(())
}

fn parse_hex_key(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(key)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(super) const TOKEN: &str =
        "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn the_store_is_sqlite_by_default_postgres_when_named_and_off_when_told() {
        assert_eq!(store_url(vars(&[])).unwrap().as_deref(), Some(DEFAULT_DATABASE_URL));
        let pg = "postgres://bot:secret@db/bot";
        assert_eq!(store_url(vars(&[("DATABASE_URL", pg)])).unwrap().as_deref(), Some(pg));
        assert_eq!(store_url(vars(&[("STORE", "off"), ("DATABASE_URL", pg)])).unwrap(), None);
        let err = store_url(vars(&[("DATABASE_URL", "mysql://u:hunter2@h/db")])).unwrap_err();
        assert!(err.to_string().contains("DATABASE_URL") && !err.to_string().contains("hunter2"));
        assert!(store_url(vars(&[("STORE", "no")])).unwrap_err().to_string().contains("STORE"));
        assert_eq!(retention_days(vars(&[])).unwrap(), 90);
        assert_eq!(retention_days(vars(&[("RETENTION_DAYS", "7")])).unwrap(), 7);
        assert!(retention_days(vars(&[("RETENTION_DAYS", "a week")])).is_err());
        let zero = retention_days(vars(&[("RETENTION_DAYS", "0")])).unwrap_err();
        assert_eq!(zero, ConfigError::ZeroRetention);
        assert!(zero.to_string().contains("STORE=off"), "{zero}");
    }

    #[test]
    fn a_valid_token_and_guild_load() {
        let c = BotConfig::from_vars(vars(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_GUILD_ID", "42")]))
            .unwrap();
        assert_eq!(c.token.expose(), TOKEN);
        assert_eq!(c.guild_id, Some(42));
        assert_eq!(c.api_base, None);
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let c = BotConfig::from_vars(vars(&[("DISCORD_TOKEN", TOKEN)])).unwrap();
        let debug = format!("{c:?} {}", c.token);
        assert!(!debug.contains("GaBcDe"), "{debug}");
        assert!(debug.contains("[redacted]"));
    }

    #[test]
    fn errors_name_the_variable() {
        let cases = [
            (vec![], ConfigError::MissingToken),
            (vec![("DISCORD_TOKEN", "  ")], ConfigError::MissingToken),
            (vec![("DISCORD_TOKEN", "not-a-token")], ConfigError::MalformedToken),
            (
                vec![("DISCORD_TOKEN", TOKEN), ("DISCORD_GUILD_ID", "my-server")],
                ConfigError::BadGuildId("my-server".into()),
            ),
            (
                vec![("DISCORD_TOKEN", TOKEN), ("DISCORD_API_BASE", "localhost:1")],
                ConfigError::BadApiBase("localhost:1".into()),
            ),
        ];
        for (pairs, expected) in cases {
            let err = BotConfig::from_vars(vars(&pairs)).unwrap_err();
            assert_eq!(err, expected);
            let message = err.to_string();
            assert!(message.contains("DISCORD_"), "{message}");
            assert!(!message.contains(TOKEN));
        }
    }

    #[test]
    fn a_bot_prefix_is_accepted() {
        let token = format!("Bot {TOKEN}");
        let c = BotConfig::from_vars(vars(&[("DISCORD_TOKEN", &token)])).unwrap();
        assert_eq!(c.token.expose(), TOKEN);
    }

    #[test]
    fn the_public_key_is_64_hex_characters() {
        let key = "67c6bd767ca099e79efac9fcce4d2022a63bf7dea780e7f3d813f694c1597089";
        let c = EndpointConfig::from_vars(vars(&[("DISCORD_PUBLIC_KEY", key)])).unwrap();
        assert_eq!(c.public_key[0], 0x67);
        assert!(c.bot.is_none());
        let short = EndpointConfig::from_vars(vars(&[("DISCORD_PUBLIC_KEY", "abc")]));
        assert_eq!(short.unwrap_err(), ConfigError::BadPublicKey);
        let missing = EndpointConfig::from_vars(vars(&[]));
        assert_eq!(missing.unwrap_err(), ConfigError::MissingPublicKey);
    }

    #[test]
    fn application_ids_come_from_the_flag_or_the_environment() {
        assert_eq!(application_id(Some("123"), vars(&[])), Ok(123));
        assert_eq!(application_id(None, vars(&[("DISCORD_APPLICATION_ID", "7")])), Ok(7));
        assert_eq!(application_id(None, vars(&[])), Err(ConfigError::MissingApplicationId));
        assert_eq!(
            application_id(Some("abc"), vars(&[])),
            Err(ConfigError::BadApplicationId("abc".into()))
        );
    }

    /// Every part of the value at least four characters long.
    #[test]
    fn weak_and_non_canonical_public_keys_are_refused() {
        let zero = "0".repeat(64);
        let err = EndpointConfig::from_vars(vars(&[("DISCORD_PUBLIC_KEY", &zero)])).unwrap_err();
        assert!(matches!(err, ConfigError::WeakPublicKey(_)), "{err}");
        assert!(err.to_string().contains("DISCORD_PUBLIC_KEY"));
        // The identity point (y = 1), of order 1.
        let identity = format!("01{}", "0".repeat(62));
        let err = EndpointConfig::from_vars(vars(&[("DISCORD_PUBLIC_KEY", &identity)]));
        assert!(matches!(err, Err(ConfigError::WeakPublicKey(_))), "{err:?}");
        // y = p + k (k < 19) encodes the same point as y = k, which is the
        // canonical encoding; p = 2^255 - 19. Some of these are points of
        // large order, refused only for their form.
        let mut refused_for_form = 0;
        for k in 0u8..19 {
            let mut bytes = [0xffu8; 32];
            bytes[0] = 0xed + k;
            bytes[31] = 0x7f;
            if ed25519_dalek::VerifyingKey::from_bytes(&bytes).is_ok_and(|key| !key.is_weak()) {
                assert_eq!(check_public_key(&bytes), Err("not in canonical form"), "y = p + {k}");
                refused_for_form += 1;
            }
        }
        assert!(refused_for_form > 0, "no non-canonical point of large order among p..p+18");
    }

    #[test]
    fn empty_settings_count_as_unset() {
        let empty =
            vars(&[("LISTEN_ADDR", ""), ("REPLY_CACHE", " "), ("DISCORD_APPLICATION_ID", "")]);
        assert_eq!(listen_addr(None, &empty), DEFAULT_LISTEN);
        assert_eq!(reply_cache(None, &empty), Ok(DEFAULT_REPLY_CACHE));
        assert_eq!(application_id(None, &empty), Err(ConfigError::MissingApplicationId));
        let set = vars(&[("LISTEN_ADDR", "0.0.0.0:9"), ("REPLY_CACHE", "0")]);
        assert_eq!(listen_addr(None, &set), "0.0.0.0:9");
        assert_eq!(listen_addr(Some("[::1]:1".into()), &set), "[::1]:1");
        assert_eq!(reply_cache(None, &set), Ok(0));
        assert_eq!(reply_cache(Some(5), &set), Ok(5));
        let bad = reply_cache(None, vars(&[("REPLY_CACHE", "lots")])).unwrap_err();
        assert!(bad.to_string().contains("REPLY_CACHE"), "{bad}");
    }

    #[test]
    fn logs_are_coloured_only_on_a_terminal_without_no_color() {
        assert!(log_colour(true, None));
        assert!(log_colour(true, Some("".into())));
        assert!(!log_colour(true, Some("1".into())));
        assert!(!log_colour(false, None));
    }
}
