//! Reading an interaction as serenity's model gives it (the gateway):
//! the only place that touches serenity's option types.

use serenity::model::application::{
    CommandDataOption, CommandDataOptionValue, CommandType, ComponentInteractionDataKind,
    Interaction, ResolvedOption, ResolvedValue,
};

use super::custom_id::parse_custom_id;
use super::{
    Caller, Jump, Request, Target, autocomplete, lang, message_command, setting, slash_command,
};
use crate::discord::commands::{PRIVATE, SHARE};

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
            lang: lang(Some(&c.locale), c.guild_locale.as_deref()),
        },
        Interaction::Component(c) => Caller {
            user: Some(c.user.id.to_string()),
            permissions: permissions(c.member.as_ref()),
            message: Some(c.message.id.to_string()),
            guild: c.guild_id.map(|g| g.to_string()),
            channel: Some(c.channel_id.to_string()),
            lang: lang(Some(&c.locale), c.guild_locale.as_deref()),
        },
        _ => Caller::default(),
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

/// Reads an interaction. Never fails: what it cannot read is
/// [`Request::Unsupported`], answered with an apology.
pub fn parse(interaction: &Interaction) -> Request<'_> {
    match interaction {
        Interaction::Ping(_) => Request::Ping,
        Interaction::Command(command) if command.data.kind == CommandType::Message => {
            let target = command.data.target_id.map(|t| t.to_message_id()).and_then(|id| {
                let message = command.data.resolved.messages.get(&id)?;
                let jump = Jump {
                    guild: command.guild_id.map(|g| g.get()),
                    channel: command.channel_id.get(),
                    message: id.get(),
                };
                let author = &message.author;
                Some(Target {
                    text: message.content.as_str(),
                    author_id: author.id.get(),
                    author: author.global_name.as_deref().unwrap_or(author.name.as_str()),
                    jump,
                })
            });
            message_command(&command.data.name, target, Some(command.application_id.get()))
        }
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
