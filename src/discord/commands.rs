//! The slash commands the bot registers, and its invite URL. Names and
//! descriptions are written for the people who read them in Discord's
//! command picker, in their language (`data/locales/`); Discord sends the
//! English names back whatever the member's language, so only those are
//! read.

use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::model::application::{CommandOptionType, CommandType, InteractionContext};
use serenity::model::channel::ChannelType;
use serenity::model::permissions::Permissions;

use crate::locale::Lang;
use crate::tr;

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

/// The languages besides English: Discord's `name_localizations` and
/// `description_localizations` carry them.
fn translations() -> impl Iterator<Item = Lang> {
    Lang::all().filter(|lang| !lang.is_english())
}

/// An option named `name` (the name Discord sends back in every
/// language), with its name and description in every language from keys
/// `{prefix}-{name}` and `{prefix}-{name}-desc`.
fn option(kind: CommandOptionType, prefix: &str, name: &str) -> CreateCommandOption {
    let key = format!("{prefix}-{name}");
    option_described(kind, name, &key, &format!("{key}-desc"))
}

/// [`option`], with the name and description at the keys given.
fn option_described(
    kind: CommandOptionType,
    name: &str,
    name_key: &str,
    description_key: &str,
) -> CreateCommandOption {
    let mut option = CreateCommandOption::new(kind, name, tr!(Lang::ENGLISH, description_key));
    for lang in translations() {
        option = option
            .name_localized(lang.code(), tr!(lang, name_key))
            .description_localized(lang.code(), tr!(lang, description_key));
    }
    option
}

/// A subcommand `name` of `command`: keys `sub-{command}-{name}`.
fn subcommand(command: &str, name: &str) -> CreateCommandOption {
    option(CommandOptionType::SubCommand, &format!("sub-{command}"), name)
}

/// A chat command `name`, its name and description in every language from
/// keys `cmd-{name}` and `cmd-{name}-desc`.
fn chat(name: &str) -> CreateCommand {
    let key = format!("cmd-{name}");
    let description = format!("{key}-desc");
    let mut command = CreateCommand::new(name).description(tr!(Lang::ENGLISH, &description));
    for lang in translations() {
        command = command
            .name_localized(lang.code(), tr!(lang, &key))
            .description_localized(lang.code(), tr!(lang, &description));
    }
    command
}

fn private_option() -> CreateCommandOption {
    option(CommandOptionType::Boolean, "opt", PRIVATE)
}

fn command(name: &str) -> CreateCommand {
    chat(name).add_option(private_option())
}

/// The message command, in a message's Apps menu. A message command has
/// a name in every language but no description and no options: Discord
/// allows neither.
fn answer_message() -> CreateCommand {
    let mut command = CreateCommand::new(ANSWER_MESSAGE).kind(CommandType::Message);
    for lang in translations() {
        command = command.name_localized(lang.code(), tr!(lang, "cmd-answer-message"));
    }
    command
}

/// Every command, in the order `/help` lists them.
pub fn commands() -> Vec<CreateCommand> {
    let question = option(CommandOptionType::String, "opt", QUESTION)
        .required(true)
        .set_autocomplete(true)
        .max_length(MAX_QUESTION_LENGTH);
    let person = option(CommandOptionType::String, "opt", PERSON)
        .required(true)
        .set_autocomplete(true)
        .max_length(100);
    vec![
        chat(ASK).add_option(question).add_option(private_option()),
        chat(QUOTE).add_option(person).add_option(private_option()),
        command(STATS),
        command(COMPARE),
        command(TOPICS),
        command(SOURCES),
        command(HELP),
        learn(),
        quiz(),
        kb(),
        settings(),
        answer_message(),
    ]
}

/// `/learn`: private by default, unlike the other commands, since it is a
/// walk one person takes; `share` shows the cards to the channel.
fn learn() -> CreateCommand {
    let share = "opt-share-learn-desc";
    chat(LEARN)
        .add_option(
            option(CommandOptionType::String, "opt", PATH).set_autocomplete(true).max_length(100),
        )
        .add_option(option_described(CommandOptionType::Boolean, SHARE, "opt-share", share))
}

/// `/quiz`: private unless shared, like `/learn`.
fn quiz() -> CreateCommand {
    let mut topic = option(CommandOptionType::String, "opt", TOPIC);
    for t in crate::quiz::Topic::ALL {
        let key = topic_key(t);
        let names = translations().map(|lang| (lang.code(), tr!(lang, key)));
        topic = topic.add_string_choice_localized(tr!(Lang::ENGLISH, key), t.name(), names);
    }
    let share = "opt-share-quiz-desc";
    chat(QUIZ).add_option(topic).add_option(option_described(
        CommandOptionType::Boolean,
        SHARE,
        "opt-share",
        share,
    ))
}

/// The key of a quiz topic's name.
pub(super) fn topic_key(topic: crate::quiz::Topic) -> &'static str {
    use crate::quiz::Topic;
    match topic {
        Topic::Any => "quiz-topic-any",
        Topic::Figures => "quiz-topic-figures",
        Topic::People => "quiz-topic-people",
        Topic::Roles => "quiz-topic-roles",
        Topic::Facts => "quiz-topic-facts",
    }
}

/// `/kb`, for the people who curate the knowledge: shown only to members
/// with Manage Server, and only in servers. The reply checks the
/// permission again: a client can send a command it is not shown.
fn kb() -> CreateCommand {
    chat(KB)
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .contexts(vec![InteractionContext::Guild])
        .add_option(subcommand(KB, KB_GAPS))
        .add_option(subcommand(KB, KB_STATS))
        .add_option(subcommand(KB, KB_RELOAD))
}

/// `/settings`, for server managers, like `/kb`: where replies go and
/// the per-user cooldown.
fn settings() -> CreateCommand {
    let required = |kind, name| option(kind, "opt", name).required(true);
    // Channels a slash command can be used in: text, voice and stage chats,
    // announcements, threads.
    let channel = required(CommandOptionType::Channel, CHANNEL).channel_types(vec![
        ChannelType::Text,
        ChannelType::Voice,
        ChannelType::News,
        ChannelType::NewsThread,
        ChannelType::PublicThread,
        ChannelType::PrivateThread,
        ChannelType::Stage,
    ]);
    chat(SETTINGS)
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .contexts(vec![InteractionContext::Guild])
        .add_option(subcommand(SETTINGS, SETTINGS_SHOW))
        .add_option(
            subcommand(SETTINGS, SETTINGS_PRIVATE)
                .add_sub_option(required(CommandOptionType::Boolean, ENABLED)),
        )
        .add_option(
            subcommand(SETTINGS, SETTINGS_CHANNEL)
                .add_sub_option(channel)
                .add_sub_option(required(CommandOptionType::Boolean, PUBLIC)),
        )
        .add_option(
            subcommand(SETTINGS, SETTINGS_COOLDOWN)
                .add_sub_option(
                    required(CommandOptionType::Integer, QUESTIONS)
                        .min_int_value(0)
                        .max_int_value(u64::from(crate::settings::MAX_COOLDOWN_QUESTIONS)),
                )
                .add_sub_option(
                    required(CommandOptionType::Integer, SECONDS)
                        .min_int_value(1)
                        .max_int_value(u64::from(crate::settings::MAX_COOLDOWN_SECONDS)),
                ),
        )
        .add_option(subcommand(SETTINGS, SETTINGS_RESET))
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
    use crate::locale::LOCALES;

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

    /// Discord's rule for a chat command's or option's name in any
    /// language: 1-32 characters of `^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]`,
    /// lowercase where the script has case.
    fn name_is_valid(name: &str) -> bool {
        let allowed = |c: char| c == '-' || c == '_' || c.is_alphanumeric();
        (1..=32).contains(&name.chars().count())
            && name.chars().all(allowed)
            && name.chars().all(|c| !c.is_uppercase())
    }

    /// Checks `option`'s localised names and descriptions, then its
    /// sub-options'; `siblings` collects the names at its level, by
    /// language, which Discord wants distinct.
    fn check_localisations(
        item: &serde_json::Value,
        siblings: &mut std::collections::BTreeMap<String, Vec<String>>,
    ) {
        let names = item["name_localizations"].as_object().expect("every name is localised");
        let descriptions = item["description_localizations"].as_object().unwrap();
        assert_eq!(names.len(), LOCALES.len() - 1, "{item}");
        for (code, name) in names {
            assert!(Lang::from_discord(code).code() == code, "a locale the bot speaks: {code}");
            let name = name.as_str().unwrap();
            assert!(name_is_valid(name), "{code}: {name:?} breaks Discord's name rules");
            siblings.entry(code.clone()).or_default().push(name.to_owned());
        }
        for (code, description) in descriptions {
            let n = description.as_str().unwrap().chars().count();
            assert!((1..=100).contains(&n), "{code}: {description} is {n} characters");
        }
        for choice in item["choices"].as_array().into_iter().flatten() {
            for (code, name) in choice["name_localizations"].as_object().unwrap() {
                let n = name.as_str().unwrap().chars().count();
                assert!((1..=100).contains(&n), "{code}: choice {name}");
            }
        }
        let mut level = std::collections::BTreeMap::new();
        for option in item["options"].as_array().into_iter().flatten() {
            check_localisations(option, &mut level);
        }
        for (code, names) in level {
            let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
            assert_eq!(distinct.len(), names.len(), "{code}: two options named alike: {names:?}");
        }
    }

    /// Every command, option and choice is named and described in every
    /// language the bot speaks, within Discord's rules; the English names
    /// in the translations file are the ones Discord sends back.
    #[test]
    fn every_language_names_every_command_within_discords_rules() {
        let json = serde_json::to_value(commands()).unwrap();
        let mut top = std::collections::BTreeMap::new();
        for command in json.as_array().unwrap() {
            let name = command["name"].as_str().unwrap();
            if command["type"] == 3 {
                let names = command["name_localizations"].as_object().unwrap();
                assert_eq!(names.len(), LOCALES.len() - 1);
                for (code, name) in names {
                    let n = name.as_str().unwrap().chars().count();
                    assert!((1..=32).contains(&n), "{code}: {name}");
                }
                assert_eq!(name, tr!(Lang::ENGLISH, "cmd-answer-message"));
                continue;
            }
            assert_eq!(name, tr!(Lang::ENGLISH, &format!("cmd-{name}")), "English is the default");
            check_localisations(command, &mut top);
        }
        for (code, names) in top {
            let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
            assert_eq!(distinct.len(), names.len(), "{code}: two commands named alike: {names:?}");
        }
        assert!(!name_is_valid("Frage") && !name_is_valid("zwei worte") && name_is_valid("質問"));
    }

    #[test]
    fn the_invite_url_asks_for_both_scopes() {
        assert_eq!(
            invite_url(123),
            "https://discord.com/oauth2/authorize?client_id=123&scope=bot%20applications.commands"
        );
    }
}
