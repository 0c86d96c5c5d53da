//! What an interaction asks for, in plain Rust: a [`Request`] and its
//! [`Class`] (what the policy does with it), and the [`Caller`]. Two readers
//! make them, one for each way interactions arrive: serenity's model over
//! the gateway (`model`) and the JSON body of an HTTP request (`body`);
//! everything behind them takes a [`Request`]. The buttons' `custom_id`s
//! are made and read in `custom_id`, side by side.

mod body;
mod class;
mod custom_id;
mod model;
#[cfg(test)]
mod tests;

pub use body::Body;
pub use class::{By, Class};
#[cfg(test)]
pub(crate) use custom_id::parse_custom_id_for_tests;
pub use custom_id::{custom_id, feedback_id, learn_id, quiz_id, related_id};
pub use model::{caller, parse};

use crate::locale::Lang;

use super::commands::{
    ANSWER_MESSAGE, ASK, CHANNEL, COMPARE, ENABLED, HELP, KB, KB_GAPS, KB_RELOAD, KB_STATS, LEARN,
    PATH, PERSON, PUBLIC, QUESTION, QUESTIONS, QUIZ, QUOTE, SECONDS, SETTINGS, SETTINGS_CHANNEL,
    SETTINGS_COOLDOWN, SETTINGS_PRIVATE, SETTINGS_RESET, SETTINGS_SHOW, SOURCES, STATS, TOPIC,
    TOPICS,
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
    /// "Answer from the article" on a message (a message command): the
    /// message's text, who wrote it, and where it is. `own` when the bot
    /// wrote it; `private` only when the server's settings ask (a message
    /// command has no options).
    Message {
        text: &'a str,
        /// The author's display name, as Discord gives it (not a mention:
        /// a reply never holds a live one).
        author: &'a str,
        own: bool,
        jump: Jump,
        private: bool,
    },
    /// Anything else: an unknown command, button or modal.
    Unsupported,
}

/// Where a message is: what its jump link is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Jump {
    /// `None` in a direct message.
    pub guild: Option<u64>,
    pub channel: u64,
    pub message: u64,
}

impl Jump {
    /// The link that opens the message in Discord.
    pub fn link(self) -> String {
        let guild = self.guild.map_or("@me".to_owned(), |g| g.to_string());
        format!("https://discord.com/channels/{guild}/{}/{}", self.channel, self.message)
    }
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
    /// The language of the reply's words around the answer: part of a
    /// cached reply's key.
    pub lang: Lang,
}

/// The language to reply in: the member's (Discord's `locale`), else the
/// server's (`guild_locale`), else English; see [`Lang::from_discord`].
fn lang(locale: Option<&str>, guild_locale: Option<&str>) -> Lang {
    match locale.filter(|l| !l.is_empty()).or(guild_locale) {
        Some(code) => Lang::from_discord(code),
        None => Lang::ENGLISH,
    }
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

/// The message a message command points at, as both readers find it.
struct Target<'a> {
    text: &'a str,
    author_id: u64,
    /// The author's display name (else username).
    author: &'a str,
    jump: Jump,
}

/// A message command `name` on `target`; `application` is the bot's own
/// id.
fn message_command<'a>(
    name: &str,
    target: Option<Target<'a>>,
    application: Option<u64>,
) -> Request<'a> {
    match (name, target) {
        (ANSWER_MESSAGE, Some(Target { text, author_id, author, jump })) => Request::Message {
            text,
            author,
            own: Some(author_id) == application,
            jump,
            private: false,
        },
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
