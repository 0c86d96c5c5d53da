//! What an interaction asks for, in plain Rust. The only file that reads
//! interactions, whether as serenity's types (gateway) or as the JSON body
//! of an HTTP request: everything behind it takes a [`Request`].

use std::borrow::Cow;

use serde::Deserialize;
use serenity::model::application::{
    CommandDataOption, CommandDataOptionValue, ComponentInteractionDataKind, Interaction,
    ResolvedOption, ResolvedValue,
};

use super::commands::{
    ASK, CHANNEL, COMPARE, ENABLED, HELP, KB, KB_GAPS, KB_RELOAD, KB_STATS, LEARN, PATH, PERSON,
    PRIVATE, PUBLIC, QUESTION, QUESTIONS, QUIZ, QUOTE, SECONDS, SETTINGS, SETTINGS_CHANNEL,
    SETTINGS_COOLDOWN, SETTINGS_PRIVATE, SETTINGS_RESET, SETTINGS_SHOW, SHARE, SOURCES, STATS,
    TOPIC, TOPICS,
};

/// One thing a user asked of the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request<'a> {
    /// Discord checking the endpoint (HTTP mode).
    Ping,
    Ask {
        question: &'a str,
        private: bool,
    },
    Quote {
        person: &'a str,
        private: bool,
    },
    Stats {
        private: bool,
    },
    Compare {
        private: bool,
    },
    Topics {
        private: bool,
    },
    Sources {
        private: bool,
    },
    Help {
        private: bool,
    },
    /// Autocomplete of `/ask question:`.
    SuggestQuestions {
        partial: &'a str,
    },
    /// Autocomplete of `/quote person:`.
    SuggestPeople {
        partial: &'a str,
    },
    /// A click on a question button.
    Entry {
        id: &'a str,
        private: bool,
    },
    /// A 👍 (`up`) or 👎 on an answer that gave `entry`.
    Feedback {
        entry: &'a str,
        up: bool,
    },
    /// `/kb`, the curators' command.
    Kb(Kb),
    /// `/settings`, the server managers' command.
    Settings(Setting),
    /// `/learn`: the first card of a path (`""`: the first path).
    Learn {
        path: &'a str,
        share: bool,
    },
    /// Back or Next on a `/learn` card.
    LearnStep {
        path: &'a str,
        step: usize,
    },
    /// The "related questions" button of a `/learn` card.
    Related {
        entry: &'a str,
    },
    /// Autocomplete of `/learn path:`.
    SuggestPaths {
        partial: &'a str,
    },
    /// `/quiz`: a first question; `seed` comes from the interaction's id,
    /// so each `/quiz` asks something else and a reply stays a function of
    /// the interaction.
    Quiz {
        topic: &'a str,
        share: bool,
        seed: u64,
    },
    /// A quiz button: `choice` of the question `seed` made, or (`None`)
    /// "Next question", the question `seed` makes.
    QuizButton {
        version: &'a str,
        topic: &'a str,
        seed: u64,
        choice: Option<usize>,
    },
    /// Anything else: an unknown command, button or modal.
    Unsupported,
}

/// What `/kb` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kb {
    /// The questions declined, the answers voted down, the entries unasked.
    Gaps,
    /// This week's questions, share answered, top entries, votes.
    Stats,
    /// Read the knowledge folder again.
    Reload,
    /// A subcommand this version does not know (an old registration).
    Unknown,
}

/// What `/settings` asks for. Values are as the client sent them: the
/// reply checks them against the bounds Discord was told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Show,
    /// Private replies by default: on or off.
    Private(bool),
    /// Answer in public in `channel` (or stop).
    Channel {
        channel: u64,
        public: bool,
    },
    /// At most `questions` a user in `seconds`; 0 questions: no cooldown.
    Cooldown {
        questions: i64,
        seconds: i64,
    },
    Reset,
    /// A subcommand this version does not know, or one missing a value.
    Unknown,
}

/// Reads `/settings`'s subcommand, given how to read its options.
fn setting(
    subcommand: Option<&str>,
    flag: impl Fn(&str) -> Option<bool>,
    int: impl Fn(&str) -> Option<i64>,
    id: impl Fn(&str) -> Option<u64>,
) -> Setting {
    let read = || -> Option<Setting> {
        Some(match subcommand? {
            SETTINGS_SHOW => Setting::Show,
            SETTINGS_PRIVATE => Setting::Private(flag(ENABLED)?),
            SETTINGS_CHANNEL => Setting::Channel { channel: id(CHANNEL)?, public: flag(PUBLIC)? },
            SETTINGS_COOLDOWN => {
                Setting::Cooldown { questions: int(QUESTIONS)?, seconds: int(SECONDS)? }
            }
            SETTINGS_RESET => Setting::Reset,
            _ => return None,
        })
    };
    read().unwrap_or(Setting::Unknown)
}

/// Who sent an interaction and from where: what the store and the
/// permission check need, read apart from the [`Request`] so that replies
/// that do not need it stay cacheable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Caller {
    /// The user's id: hashed before anything is stored.
    pub user: Option<String>,
    /// The member's permissions in the channel (Discord computes them,
    /// overwrites included); `None` outside a server.
    pub permissions: Option<u64>,
    /// The message a button was clicked on.
    pub message: Option<String>,
    pub guild: Option<String>,
    pub channel: Option<String>,
}

/// Discord's permission bits `/kb` needs: Manage Server, or Administrator,
/// which implies every permission.
pub const MANAGE_GUILD: u64 = 1 << 5;
pub const ADMINISTRATOR: u64 = 1 << 3;

impl Caller {
    /// Whether the caller may use `/kb`: a member with Manage Server (or
    /// Administrator) in the server the command came from. Discord hides
    /// the command from others, but a client can still send it.
    pub fn may_curate(&self) -> bool {
        self.guild.is_some()
            && self.permissions.is_some_and(|p| p & (MANAGE_GUILD | ADMINISTRATOR) != 0)
    }
}

/// A feedback button's `custom_id`: `feedback:up:<entry id>` or
/// `feedback:down:<entry id>`, at most 14 + 71 characters.
pub fn feedback_id(entry: &str, up: bool) -> String {
    format!("feedback:{}:{entry}", if up { "up" } else { "down" })
}

/// Who sent a serenity interaction, and from where.
pub fn caller(interaction: &Interaction) -> Caller {
    let permissions = |member: Option<&serenity::model::guild::Member>| {
        member.and_then(|m| m.permissions).map(|p| p.bits())
    };
    match interaction {
        Interaction::Command(c) | Interaction::Autocomplete(c) => Caller {
            user: Some(c.user.id.to_string()),
            permissions: permissions(c.member.as_deref()),
            message: None,
            guild: c.guild_id.map(|g| g.to_string()),
            channel: Some(c.channel_id.to_string()),
        },
        Interaction::Component(c) => Caller {
            user: Some(c.user.id.to_string()),
            permissions: permissions(c.member.as_ref()),
            message: Some(c.message.id.to_string()),
            guild: c.guild_id.map(|g| g.to_string()),
            channel: Some(c.channel_id.to_string()),
        },
        _ => Caller::default(),
    }
}

/// A button's `custom_id`: `ask:<entry id>`, with `:private` when the
/// answer should be ephemeral. Entry ids are at most 71 characters
/// (`person/` + 64), so this stays within Discord's 100.
pub fn custom_id(entry: &str, private: bool) -> String {
    if private { format!("ask:{entry}:private") } else { format!("ask:{entry}") }
}

/// A quiz button's `custom_id`: `quiz:<version>:<topic>:<seed>:<choice>`,
/// the choice a digit or `next`; at most 5 + 8 + 1 + 7 + 1 + 16 + 1 + 4.
/// The version (the knowledge's, shortened) tells a button made before the
/// knowledge changed.
pub fn quiz_id(version: &str, topic: &str, seed: u64, choice: Option<usize>) -> String {
    let choice = choice.map_or("next".to_owned(), |c| c.to_string());
    format!("quiz:{version}:{topic}:{seed:016x}:{choice}")
}

fn parse_quiz_id(rest: &str) -> Request<'_> {
    let parts: Vec<&str> = rest.split(':').collect();
    let [version, topic, seed, choice] = parts[..] else { return Request::Unsupported };
    let Ok(seed) = u64::from_str_radix(seed, 16) else { return Request::Unsupported };
    let choice = match choice {
        "next" => None,
        digit => match digit.parse() {
            Ok(c) => Some(c),
            Err(_) => return Request::Unsupported,
        },
    };
    Request::QuizButton { version, topic, seed, choice }
}

/// [`parse_custom_id`], for the reply tests of other modules.
#[cfg(test)]
pub(crate) fn parse_custom_id_for_tests(id: &str) -> Request<'_> {
    parse_custom_id(id)
}

fn parse_custom_id(id: &str) -> Request<'_> {
    if let Some(rest) = id.strip_prefix("quiz:") {
        return parse_quiz_id(rest);
    }
    if let Some(rest) = id.strip_prefix("learn:") {
        // `learn:<path>:<step>`; path ids hold no `:`.
        return match rest.rsplit_once(':').map(|(path, step)| (path, step.parse())) {
            Some((path, Ok(step))) => Request::LearnStep { path, step },
            _ => Request::Unsupported,
        };
    }
    if let Some(entry) = id.strip_prefix("related:") {
        return Request::Related { entry };
    }
    if let Some(entry) = id.strip_prefix("feedback:up:") {
        return Request::Feedback { entry, up: true };
    }
    if let Some(entry) = id.strip_prefix("feedback:down:") {
        return Request::Feedback { entry, up: false };
    }
    let Some(rest) = id.strip_prefix("ask:") else { return Request::Unsupported };
    match rest.strip_suffix(":private") {
        Some(entry) => Request::Entry { id: entry, private: true },
        None => Request::Entry { id: rest, private: false },
    }
}

fn string<'a>(options: &[ResolvedOption<'a>], name: &str) -> Option<&'a str> {
    options.iter().find(|o| o.name == name).and_then(|o| match o.value {
        ResolvedValue::String(s) => Some(s),
        _ => None,
    })
}

fn flag(options: &[ResolvedOption<'_>], name: &str) -> bool {
    options.iter().any(|o| o.name == name && matches!(o.value, ResolvedValue::Boolean(true)))
}

/// A slash command, given how to read its string options and the name
/// of its subcommand, if any.
fn slash_command<'a>(
    name: &str,
    text: impl Fn(&str) -> Option<&'a str>,
    (private, share): (bool, bool),
    subcommand: Option<&str>,
    seed: u64,
    settings: impl FnOnce() -> Setting,
) -> Request<'a> {
    match name {
        SETTINGS => Request::Settings(settings()),
        KB => Request::Kb(match subcommand {
            Some(KB_GAPS) => Kb::Gaps,
            Some(KB_STATS) => Kb::Stats,
            Some(KB_RELOAD) => Kb::Reload,
            _ => Kb::Unknown,
        }),
        ASK => Request::Ask { question: text(QUESTION).unwrap_or(""), private },
        QUOTE => Request::Quote { person: text(PERSON).unwrap_or(""), private },
        STATS => Request::Stats { private },
        COMPARE => Request::Compare { private },
        TOPICS => Request::Topics { private },
        SOURCES => Request::Sources { private },
        HELP => Request::Help { private },
        LEARN => Request::Learn { path: text(PATH).unwrap_or(""), share },
        QUIZ => Request::Quiz { topic: text(TOPIC).unwrap_or(""), share, seed },
        _ => Request::Unsupported,
    }
}

/// An autocomplete request for the `focused` option of command `name`.
fn autocomplete<'a>(name: &str, focused: Option<&str>, partial: &'a str) -> Request<'a> {
    match (name, focused) {
        (ASK, Some(QUESTION)) => Request::SuggestQuestions { partial },
        (QUOTE, Some(PERSON)) => Request::SuggestPeople { partial },
        (LEARN, Some(PATH)) => Request::SuggestPaths { partial },
        _ => Request::Unsupported,
    }
}

/// Reads an interaction. Never fails: what it cannot read is
/// [`Request::Unsupported`], answered with an apology.
pub fn parse(interaction: &Interaction) -> Request<'_> {
    match interaction {
        Interaction::Ping(_) => Request::Ping,
        Interaction::Command(command) => {
            let options = command.data.options();
            let flags = (flag(&options, PRIVATE), flag(&options, SHARE));
            let subcommand = options
                .iter()
                .find(|o| matches!(o.value, ResolvedValue::SubCommand(_)))
                .map(|o| o.name);
            let seed = command.id.get();
            let settings = || {
                let sub = command.data.options.iter().find_map(|o| match &o.value {
                    CommandDataOptionValue::SubCommand(options) => Some(options.as_slice()),
                    _ => None,
                });
                let value = |name: &str| -> Option<&CommandDataOptionValue> {
                    sub?.iter().find(|o: &&CommandDataOption| o.name == name).map(|o| &o.value)
                };
                setting(
                    subcommand,
                    |name| value(name)?.as_bool(),
                    |name| value(name)?.as_i64(),
                    |name| value(name)?.as_channel_id().map(|c| c.get()),
                )
            };
            slash_command(
                &command.data.name,
                |name| string(&options, name),
                flags,
                subcommand,
                seed,
                settings,
            )
        }
        Interaction::Autocomplete(command) => {
            let focused = command.data.autocomplete();
            let partial = focused.as_ref().map_or("", |f| f.value);
            autocomplete(&command.data.name, focused.map(|f| f.name), partial)
        }
        Interaction::Component(component) => match component.data.kind {
            ComponentInteractionDataKind::Button => parse_custom_id(&component.data.custom_id),
            _ => Request::Unsupported,
        },
        _ => Request::Unsupported,
    }
}

/// An interaction as Discord POSTs it, read only as far as a [`Request`]
/// needs: the HTTP endpoint's parse, without building serenity's whole
/// model of the interaction (user, member, channel, permissions) first.
#[derive(Debug, Deserialize)]
pub struct Body<'a> {
    #[serde(rename = "type")]
    kind: u8,
    /// The interaction's id: the seed of a `/quiz`.
    #[serde(default, borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    data: Data<'a>,
    /// Where it was asked: kept with the question, never who asked.
    #[serde(default, borrow)]
    guild_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    channel_id: Option<Cow<'a, str>>,
    /// In a server: the member, with their user and permissions.
    #[serde(default, borrow)]
    member: Option<Member<'a>>,
    /// Outside a server: the user.
    #[serde(default, borrow)]
    user: Option<User<'a>>,
    /// For a button: the message it is on.
    #[serde(default, borrow)]
    message: Option<Message<'a>>,
}

#[derive(Debug, Deserialize)]
struct Member<'a> {
    #[serde(default, borrow)]
    user: Option<User<'a>>,
    /// A bit set, as a decimal string.
    #[serde(default, borrow)]
    permissions: Option<Cow<'a, str>>,
}

#[derive(Debug, Deserialize)]
struct User<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
}

#[derive(Debug, Deserialize)]
struct Message<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
}

#[derive(Debug, Default, Deserialize)]
struct Data<'a> {
    #[serde(default, borrow)]
    name: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    custom_id: Option<Cow<'a, str>>,
    #[serde(default)]
    component_type: Option<u8>,
    #[serde(default, borrow)]
    options: Vec<DataOption<'a>>,
}

#[derive(Debug, Deserialize)]
struct DataOption<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(default, borrow)]
    value: Option<OptionValue<'a>>,
    #[serde(default)]
    focused: bool,
    /// A subcommand's options.
    #[serde(default, borrow)]
    options: Vec<DataOption<'a>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OptionValue<'a> {
    Bool(bool),
    Int(i64),
    /// Strings, and ids (channels, users), which Discord sends as strings.
    #[serde(borrow)]
    Text(Cow<'a, str>),
    /// Fractional numbers: no command of this bot takes them.
    Other(serde::de::IgnoredAny),
}

/// Interaction types, as Discord numbers them.
const PING: u8 = 1;
const COMMAND: u8 = 2;
const COMPONENT: u8 = 3;
const AUTOCOMPLETE: u8 = 4;
const MODAL: u8 = 5;
const BUTTON: u8 = 2;

impl<'a> Body<'a> {
    /// Reads the JSON body of an interaction. Fails on malformed JSON and
    /// on interaction types Discord has not documented.
    pub fn parse(json: &'a [u8]) -> Result<Self, serde_json::Error> {
        let body: Body = serde_json::from_slice(json)?;
        if !matches!(body.kind, PING | COMMAND | COMPONENT | AUTOCOMPLETE | MODAL) {
            return Err(serde::de::Error::custom(format!(
                "unknown interaction type {}",
                body.kind
            )));
        }
        Ok(body)
    }

    /// The interaction's id, a snowflake: unique to each interaction.
    pub fn id(&self) -> Option<u64> {
        self.id.as_deref().and_then(|id| id.parse().ok())
    }

    /// Who sent it and from where: the same reading as [`caller`] gives of
    /// serenity's model.
    pub fn caller(&self) -> Caller {
        let user = self.member.as_ref().and_then(|m| m.user.as_ref()).or(self.user.as_ref());
        Caller {
            user: user.map(|u| u.id.clone().into_owned()),
            permissions: (self.member.as_ref())
                .and_then(|m| m.permissions.as_deref())
                .and_then(|p| p.parse().ok()),
            message: self.message.as_ref().map(|m| m.id.clone().into_owned()),
            guild: self.guild_id.as_deref().map(str::to_owned),
            channel: self.channel_id.as_deref().map(str::to_owned),
        }
    }

    /// What it asks for: the same reading as [`parse`] gives of serenity's
    /// model of the same interaction.
    pub fn request(&self) -> Request<'_> {
        let data = &self.data;
        let text = |name: &str| {
            data.options.iter().find(|o| o.name == name).and_then(|o| match &o.value {
                Some(OptionValue::Text(text)) => Some(text.as_ref()),
                _ => None,
            })
        };
        let flag = |name: &str| {
            (data.options.iter())
                .any(|o| o.name == name && matches!(o.value, Some(OptionValue::Bool(true))))
        };
        let flags = (flag(PRIVATE), flag(SHARE));
        let name = data.name.as_deref().unwrap_or("");
        match self.kind {
            PING => Request::Ping,
            COMMAND => {
                // A subcommand is an option with options of its own and no value.
                let sub = data.options.iter().find(|o| o.value.is_none());
                let subcommand = sub.map(|o| o.name.as_ref());
                let seed = self.id.as_deref().and_then(|id| id.parse().ok()).unwrap_or(0);
                let settings = || {
                    let value =
                        |name: &str| sub?.options.iter().find(|o| o.name == name)?.value.as_ref();
                    setting(
                        subcommand,
                        |name| match value(name)? {
                            OptionValue::Bool(b) => Some(*b),
                            _ => None,
                        },
                        |name| match value(name)? {
                            OptionValue::Int(n) => Some(*n),
                            _ => None,
                        },
                        |name| match value(name)? {
                            OptionValue::Text(id) => id.parse().ok(),
                            _ => None,
                        },
                    )
                };
                slash_command(name, text, flags, subcommand, seed, settings)
            }
            AUTOCOMPLETE => {
                let focused = data.options.iter().find(|o| o.focused);
                let partial = focused.and_then(|o| match &o.value {
                    Some(OptionValue::Text(text)) => Some(text.as_ref()),
                    _ => None,
                });
                autocomplete(name, focused.map(|o| o.name.as_ref()), partial.unwrap_or(""))
            }
            COMPONENT if data.component_type == Some(BUTTON) => {
                parse_custom_id(data.custom_id.as_deref().unwrap_or(""))
            }
            _ => Request::Unsupported,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_http_reading_matches_serenitys() {
        let user = serde_json::json!({"id": "1", "username": "a", "discriminator": "0",
                                       "global_name": null, "avatar": null});
        let base = |kind: u8, data: serde_json::Value| {
            serde_json::json!({"id": "11", "application_id": "12", "type": kind, "token": "t",
                "version": 1, "data": data, "channel_id": "13", "user": user, "locale": "en-US",
                "entitlements": [], "attachment_size_limit": 1})
        };
        let cases = [
            base(
                2,
                serde_json::json!({"id": "2", "name": "ask", "type": 1, "options": [
                {"name": "question", "type": 3, "value": "who \"reports\" to whom?"},
                {"name": "private", "type": 5, "value": true}]}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "quote", "type": 1, "options": [
                {"name": "person", "type": 3, "value": "wendy-pfeiffer"}]}),
            ),
            base(2, serde_json::json!({"id": "2", "name": "stats", "type": 1})),
            base(
                2,
                serde_json::json!({"id": "2", "name": "learn", "type": 1, "options": [
                {"name": "path", "type": 3, "value": "new-engineering-manager"},
                {"name": "share", "type": 5, "value": true}]}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "quiz", "type": 1, "options": [
                {"name": "topic", "type": 3, "value": "roles"}]}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "kb", "type": 1, "options": [
                {"name": "stats", "type": 1, "options": []}]}),
            ),
            base(
                4,
                serde_json::json!({"id": "2", "name": "learn", "type": 1, "options": [
                {"name": "path", "type": 3, "value": "new", "focused": true}]}),
            ),
            base(2, serde_json::json!({"id": "2", "name": "nope", "type": 1})),
            base(
                4,
                serde_json::json!({"id": "2", "name": "ask", "type": 1, "options": [
                {"name": "question", "type": 3, "value": "cio", "focused": true}]}),
            ),
            base(
                4,
                serde_json::json!({"id": "2", "name": "quote", "type": 1, "options": [
                {"name": "person", "type": 3, "value": "", "focused": true}]}),
            ),
            serde_json::json!({"id": "11", "application_id": "12", "type": 1, "token": "t", "version": 1}),
            base(
                2,
                serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
                {"name": "cooldown", "type": 1, "options": [
                    {"name": "questions", "type": 4, "value": 3},
                    {"name": "seconds", "type": 4, "value": 60}]}]}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
                {"name": "public-channel", "type": 1, "options": [
                    {"name": "channel", "type": 7, "value": "1200000000000000009"},
                    {"name": "public", "type": 5, "value": true}]}],
                "resolved": {"channels": {"1200000000000000009": {"id": "1200000000000000009",
                    "name": "qa", "type": 0, "permissions": "0"}}}}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
                {"name": "private", "type": 1, "options": [
                    {"name": "enabled", "type": 5, "value": false}]}]}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
                {"name": "private", "type": 1, "options": []}]}),
            ),
            base(
                2,
                serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
                {"name": "reset", "type": 1, "options": []}]}),
            ),
        ];
        let interactions: Vec<Interaction> = cases[cases.len() - 5..]
            .iter()
            .map(|c| serde_json::from_value(c.clone()).unwrap())
            .collect();
        let read: Vec<Request> = interactions.iter().map(parse).collect();
        assert_eq!(
            read,
            [
                Request::Settings(Setting::Cooldown { questions: 3, seconds: 60 }),
                Request::Settings(Setting::Channel { channel: 1200000000000000009, public: true }),
                Request::Settings(Setting::Private(false)),
                Request::Settings(Setting::Unknown),
                Request::Settings(Setting::Reset),
            ]
        );
        for case in cases {
            let bytes = case.to_string().into_bytes();
            let body = Body::parse(&bytes).unwrap();
            let interaction: Interaction = serde_json::from_value(case.clone()).unwrap();
            assert_eq!(body.request(), parse(&interaction), "{case}");
            assert_eq!(body.caller(), caller(&interaction), "{case}");
        }
        // In a server: the member's id and permissions, and the message of
        // a button.
        let mut click = base(3, serde_json::json!({"custom_id": "learn:p:2", "component_type": 2}));
        click["guild_id"] = "14".into();
        click["member"] = serde_json::json!({"user": user, "roles": [], "joined_at":
            "2026-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0,
            "permissions": "40"});
        click["message"] = serde_json::json!({"id": "15", "channel_id": "13", "author": user,
            "content": "", "timestamp": "2026-11-28T12:00:00.000000+00:00",
            "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 20,
            "flags": 0, "components": []});
        let bytes = click.to_string().into_bytes();
        let body = Body::parse(&bytes).unwrap();
        let interaction: Interaction = serde_json::from_value(click).unwrap();
        let expected = Caller {
            user: Some("1".into()),
            permissions: Some(40),
            message: Some("15".into()),
            guild: Some("14".into()),
            channel: Some("13".into()),
        };
        assert_eq!((body.caller(), caller(&interaction)), (expected.clone(), expected));
        assert_eq!(body.request(), Request::LearnStep { path: "p", step: 2 });
        assert!(Body::parse(b"{\"type\": 99}").is_err());
        assert!(Body::parse(b"not json").is_err());
    }

    #[test]
    fn custom_ids_round_trip_and_fit_discords_limit() {
        let long = format!("person/{}", "a".repeat(64));
        for private in [false, true] {
            let id = custom_id(&long, private);
            assert!(id.len() <= 100, "{id}");
            assert_eq!(parse_custom_id(&id), Request::Entry { id: &long, private });
        }
        assert_eq!(parse_custom_id("something-else"), Request::Unsupported);
        for up in [false, true] {
            let id = feedback_id(&long, up);
            assert!(id.len() <= 100, "{id}");
            assert_eq!(parse_custom_id(&id), Request::Feedback { entry: &long, up });
        }
        assert_eq!(
            parse_custom_id("learn:a-path:12"),
            Request::LearnStep { path: "a-path", step: 12 }
        );
        assert_eq!(parse_custom_id("learn:a-path:-1"), Request::Unsupported);
        assert_eq!(parse_custom_id("learn:nope"), Request::Unsupported);
        assert_eq!(parse_custom_id("related:acronyms"), Request::Related { entry: "acronyms" });
        for choice in [None, Some(0), Some(3)] {
            let id = quiz_id("0123abcd", "figures", u64::MAX, choice);
            assert!(id.len() <= 100, "{id}");
            let expected = Request::QuizButton {
                version: "0123abcd",
                topic: "figures",
                seed: u64::MAX,
                choice,
            };
            assert_eq!(parse_custom_id(&id), expected);
        }
        assert_eq!(parse_custom_id("quiz:v:t:zz:1"), Request::Unsupported);
        assert_eq!(parse_custom_id("quiz:v:t:10:x"), Request::Unsupported);
    }
}
