//! Configuration from the environment and `.env`, validated once at start.
//! Every error names the variable and says what to do; the token is kept
//! in a [`Secret`] that never shows in `Debug` or `Display` output.

use std::fmt;

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
    #[error("DISCORD_API_BASE must be an http:// or https:// URL, not {0:?}")]
    BadApiBase(String),
    #[error(".env is malformed ({0}); fix that line or remove the file")]
    DotEnv(String),
}

/// Loads `.env` from the working directory if there is one. A missing file
/// is fine; a malformed one is an error. Variables already set in the
/// environment win.
pub fn load_dotenv() -> Result<(), ConfigError> {
    match dotenvy::dotenv() {
        Ok(_) => Ok(()),
        Err(err) if err.not_found() => Ok(()),
        Err(dotenvy::Error::LineParse(line, at)) => {
            // The line may hold the token: name its variable, not its value.
            let key = line.split('=').next().unwrap_or("").trim();
            let key: String = key.chars().take(40).collect();
            Err(ConfigError::DotEnv(format!("cannot parse the line for `{key}` at character {at}")))
        }
        Err(err) => Err(ConfigError::DotEnv(err.to_string())),
    }
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
        let bot = match get(&vars, "DISCORD_TOKEN") {
            Some(_) => Some(BotConfig::from_vars(&vars)?),
            None => None,
        };
        Ok(EndpointConfig { public_key, bot })
    }
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
mod tests {
    use super::*;

    const TOKEN: &str = "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
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
}
