//! The slash commands the bot registers, and its invite URL. Descriptions
//! are written for the people who read them in Discord's command picker.

use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::model::application::{CommandOptionType, CommandType, InteractionContext};
use serenity::model::channel::ChannelType;
use serenity::model::permissions::Permissions;

pub const ASK: &str = "ask";
/// The message command, in a message's Apps menu: its name is what people
/// read there (a message command's name may hold capitals and spaces).
pub const ANSWER_MESSAGE: &str = "Answer from the article";
pub const QUOTE: &str = "quote";
pub const STATS: &str = "stats";
pub const COMPARE: &str = "compare";
pub const TOPICS: &str = "topics";
pub const SOURCES: &str = "sources";
pub const HELP: &str = "help";
pub const KB: &str = "kb";
pub const LEARN: &str = "learn";
pub const PATH: &str = "path";
pub const SHARE: &str = "share";
pub const QUIZ: &str = "quiz";
pub const TOPIC: &str = "topic";
pub const KB_GAPS: &str = "gaps";
pub const KB_STATS: &str = "stats";
pub const KB_RELOAD: &str = "reload";
pub const SETTINGS: &str = "settings";
pub const SETTINGS_SHOW: &str = "show";
pub const SETTINGS_PRIVATE: &str = "private";
pub const SETTINGS_CHANNEL: &str = "public-channel";
pub const SETTINGS_COOLDOWN: &str = "cooldown";
pub const SETTINGS_RESET: &str = "reset";
pub const ENABLED: &str = "enabled";
pub const CHANNEL: &str = "channel";
pub const PUBLIC: &str = "public";
pub const QUESTIONS: &str = "questions";
pub const SECONDS: &str = "seconds";

pub const QUESTION: &str = "question";
pub const PERSON: &str = "person";
pub const PRIVATE: &str = "private";

/// Longest question Discord will send us: a string option holds at most
/// 6000 characters; this keeps typed questions to a sensible length.
pub const MAX_QUESTION_LENGTH: u16 = 500;

fn private_option() -> CreateCommandOption {
    CreateCommandOption::new(
        CommandOptionType::Boolean,
        PRIVATE,
        "Show the reply only to you (by default the whole channel sees it)",
    )
}

fn command(name: &str, description: &str) -> CreateCommand {
    CreateCommand::new(name).description(description).add_option(private_option())
}

/// Every command, in the order `/help` lists them.
pub fn commands() -> Vec<CreateCommand> {
    let question = CreateCommandOption::new(
        CommandOptionType::String,
        QUESTION,
        "Your question, e.g. “Who owns digital transformation?” (suggestions appear as you type)",
    )
    .required(true)
    .set_autocomplete(true)
    .max_length(MAX_QUESTION_LENGTH);
    let person = CreateCommandOption::new(
        CommandOptionType::String,
        PERSON,
        "Whose views to show: start typing a name or an organisation",
    )
    .required(true)
    .set_autocomplete(true)
    .max_length(100);
    vec![
        CreateCommand::new(ASK)
            .description("Ask how the CIO and CTO roles differ, converge and collaborate")
            .add_option(question)
            .add_option(private_option()),
        CreateCommand::new(QUOTE)
            .description("What an expert in the sources says, attributed to them")
            .add_option(person)
            .add_option(private_option()),
        command(STATS, "The survey figures on CIOs and CTOs, with who ran the survey"),
        command(COMPARE, "The CIO and the CTO side by side, each point attributed"),
        command(TOPICS, "What you can ask about"),
        command(SOURCES, "Where the answers come from"),
        command(HELP, "How to use this bot"),
        learn(),
        quiz(),
        kb(),
        settings(),
        // No description and no options: Discord allows neither on a
        // message command.
        CreateCommand::new(ANSWER_MESSAGE).kind(CommandType::Message),
    ]
}

/// `/learn`: private by default, unlike the other commands, since it is a
/// walk one person takes; `share` shows the cards to the channel.
fn learn() -> CreateCommand {
    CreateCommand::new(LEARN)
        .description(
            "A guided path through the material for new engineering managers, one card a step",
        )
        .add_option(
            CreateCommandOption::new(
                CommandOptionType::String,
                PATH,
                "Which path (by default the first): start typing to see them",
            )
            .set_autocomplete(true)
            .max_length(100),
        )
        .add_option(CreateCommandOption::new(
            CommandOptionType::Boolean,
            SHARE,
            "Post the cards in the channel (by default only you see them)",
        ))
}

/// `/quiz`: private unless shared, like `/learn`.
fn quiz() -> CreateCommand {
    let mut topic = CreateCommandOption::new(
        CommandOptionType::String,
        TOPIC,
        "What to be asked about (by default a mix)",
    );
    for t in crate::quiz::Topic::ALL {
        topic = topic.add_string_choice(t.label(), t.name());
    }
    CreateCommand::new(QUIZ)
        .description("Check what you have learnt: one question at a time, with the sourced answer")
        .add_option(topic)
        .add_option(CreateCommandOption::new(
            CommandOptionType::Boolean,
            SHARE,
            "Post the questions in the channel (by default only you see them)",
        ))
}

/// `/kb`, for the people who curate the knowledge: shown only to members
/// with Manage Server, and only in servers. The reply checks the
/// permission again: a client can send a command it is not shown.
fn kb() -> CreateCommand {
    let sub = |name, description| {
        CreateCommandOption::new(CommandOptionType::SubCommand, name, description)
    };
    CreateCommand::new(KB)
        .description("For curators: what people asked that I could not answer, and how I am doing")
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .contexts(vec![InteractionContext::Guild])
        .add_option(sub(
            KB_GAPS,
            "Questions I declined, answers voted down, and entries nobody asked",
        ))
        .add_option(sub(
            KB_STATS,
            "This week's questions, the share answered, top answers and votes",
        ))
        .add_option(sub(
            KB_RELOAD,
            "Read the knowledge folder again; if it fails, the last good one keeps serving",
        ))
}

/// `/settings`, for server managers, like `/kb`: where replies go and
/// the per-user cooldown.
fn settings() -> CreateCommand {
    let sub = |name, description| {
        CreateCommandOption::new(CommandOptionType::SubCommand, name, description)
    };
    let required =
        |kind, name, description| CreateCommandOption::new(kind, name, description).required(true);
    // Channels a slash command can be used in: text, voice and stage chats,
    // announcements, threads.
    let channel = required(CommandOptionType::Channel, CHANNEL, "The channel").channel_types(vec![
        ChannelType::Text,
        ChannelType::Voice,
        ChannelType::News,
        ChannelType::NewsThread,
        ChannelType::PublicThread,
        ChannelType::PrivateThread,
        ChannelType::Stage,
    ]);
    CreateCommand::new(SETTINGS)
        .description(
            "For server managers: where I answer in public, and how often one person may ask",
        )
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .contexts(vec![InteractionContext::Guild])
        .add_option(sub(SETTINGS_SHOW, "See this server's settings"))
        .add_option(
            sub(SETTINGS_PRIVATE, "Answer privately by default, except in public channels")
                .add_sub_option(required(
                    CommandOptionType::Boolean,
                    ENABLED,
                    "True: only the asker sees replies; False: the channel does",
                )),
        )
        .add_option(
            sub(
                SETTINGS_CHANNEL,
                "Answer in public in a channel; once one is listed, elsewhere privately",
            )
            .add_sub_option(channel)
            .add_sub_option(required(
                CommandOptionType::Boolean,
                PUBLIC,
                "True: answer in public there; False: take it off the list",
            )),
        )
        .add_option(
            sub(
                SETTINGS_COOLDOWN,
                "How many questions one person may ask in a while (0: no limit)",
            )
            .add_sub_option(
                required(
                    CommandOptionType::Integer,
                    QUESTIONS,
                    "Questions a person may ask in the window (0 turns the cooldown off)",
                )
                .min_int_value(0)
                .max_int_value(u64::from(crate::settings::MAX_COOLDOWN_QUESTIONS)),
            )
            .add_sub_option(
                required(CommandOptionType::Integer, SECONDS, "The window, in seconds")
                    .min_int_value(1)
                    .max_int_value(u64::from(crate::settings::MAX_COOLDOWN_SECONDS)),
            ),
        )
        .add_option(sub(SETTINGS_RESET, "Put this server's settings back to the defaults"))
}

/// The URL that adds the bot to a server, with the two scopes it needs:
/// `bot` and `applications.commands`. Replies to interactions need no
/// channel permissions, so none are asked for.
pub fn invite_url(application_id: u64) -> String {
    format!(
        "https://discord.com/oauth2/authorize?client_id={application_id}&scope=bot%20applications.commands"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Discord's rules for chat-input commands: names 1-32 lowercase
    /// characters, descriptions 1-100, at most 25 options.
    #[test]
    fn commands_follow_discords_naming_and_length_rules() {
        let json = serde_json::to_value(commands()).unwrap();
        let (chat, message): (Vec<&serde_json::Value>, Vec<&serde_json::Value>) =
            json.as_array().unwrap().iter().partition(|c| c.get("type").is_none());
        assert_eq!(chat.len(), 11);
        // The message command: a name people read in the Apps menu (1-32
        // characters, any case), no description, no options.
        assert_eq!(message.len(), 1);
        assert_eq!(message[0]["type"], 3);
        assert!((1..=32).contains(&message[0]["name"].as_str().unwrap().chars().count()));
        assert!(message[0].get("description").is_none());
        assert!(message[0]["options"].as_array().is_none_or(|o| o.is_empty()));
        for command in chat {
            let name = command["name"].as_str().unwrap();
            assert!((1..=32).contains(&name.len()));
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_'), "{name}");
            let description = command["description"].as_str().unwrap();
            assert!((1..=100).contains(&description.chars().count()), "{description}");
            let options = command["options"].as_array().unwrap();
            assert!(options.len() <= 25);
            // Every command offers `private` but /kb (always private) and
            // /learn (private unless `share`).
            let private = options.iter().any(|o| o["name"] == PRIVATE && o["type"] == 5);
            assert_eq!(private, ![KB, LEARN, QUIZ, SETTINGS].contains(&name), "{name}");
            for option in options {
                let description = option["description"].as_str().unwrap();
                assert!((1..=100).contains(&description.chars().count()), "{description}");
            }
        }
    }

    /// Discord hides `/kb` from members without Manage Server (bit 5, sent
    /// as a string) and offers it only in servers (context 0).
    #[test]
    fn kb_is_for_server_managers_in_servers() {
        let json = serde_json::to_value(commands()).unwrap();
        let kb = json.as_array().unwrap().iter().find(|c| c["name"] == KB).unwrap();
        assert_eq!(kb["default_member_permissions"], "32");
        assert_eq!(kb["contexts"], serde_json::json!([0]));
        let subcommands: Vec<&str> =
            kb["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
        assert_eq!(subcommands, [KB_GAPS, KB_STATS, KB_RELOAD]);
        assert!(kb["options"].as_array().unwrap().iter().all(|o| o["type"] == 1));
    }

    /// `/settings` is hidden like `/kb`, and its option bounds are the ones
    /// the reply checks.
    #[test]
    fn settings_is_for_server_managers_in_servers() {
        let json = serde_json::to_value(commands()).unwrap();
        let s = json.as_array().unwrap().iter().find(|c| c["name"] == SETTINGS).unwrap();
        assert_eq!(s["default_member_permissions"], "32");
        assert_eq!(s["contexts"], serde_json::json!([0]));
        let subcommands: Vec<&str> =
            s["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
        assert_eq!(
            subcommands,
            [SETTINGS_SHOW, SETTINGS_PRIVATE, SETTINGS_CHANNEL, SETTINGS_COOLDOWN, SETTINGS_RESET]
        );
        let cooldown = &s["options"][3]["options"];
        assert_eq!(
            (cooldown[0]["min_value"].as_i64(), cooldown[0]["max_value"].as_i64()),
            (Some(0), Some(100))
        );
        assert_eq!(
            (cooldown[1]["min_value"].as_i64(), cooldown[1]["max_value"].as_i64()),
            (Some(1), Some(3600))
        );
        for sub in s["options"].as_array().unwrap() {
            for option in sub["options"].as_array().into_iter().flatten() {
                let description = option["description"].as_str().unwrap();
                assert!((1..=100).contains(&description.chars().count()), "{description}");
            }
        }
    }

    #[test]
    fn ask_and_quote_autocomplete_their_first_option() {
        let json = serde_json::to_value(commands()).unwrap();
        for (i, option) in [(0, QUESTION), (1, PERSON)] {
            let first = &json[i]["options"][0];
            assert_eq!(first["name"], option);
            assert_eq!(first["autocomplete"], true);
            assert_eq!(first["required"], true);
        }
    }

    #[test]
    fn the_invite_url_asks_for_both_scopes() {
        assert_eq!(
            invite_url(123),
            "https://discord.com/oauth2/authorize?client_id=123&scope=bot%20applications.commands"
        );
    }
}
