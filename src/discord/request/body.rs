//! Reading an interaction from the JSON body Discord POSTs to the HTTP
//! endpoint, only as far as a [`Request`] and its [`Caller`] need: the
//! same reading as `model` gives of serenity's model of it.

use std::borrow::Cow;

use serde::Deserialize;

use super::custom_id::parse_custom_id;
use super::{
    Caller, Jump, Request, Target, autocomplete, lang, message_command, setting, slash_command,
};
use crate::discord::commands::{PRIVATE, SHARE};

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
    /// The bot's own id: a message command on one of its messages is
    /// refused.
    #[serde(default, borrow)]
    application_id: Option<Cow<'a, str>>,
    /// The member's language (every interaction but a ping), and the
    /// server's.
    #[serde(default, borrow)]
    locale: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    guild_locale: Option<Cow<'a, str>>,
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
    /// The command's type: 1 a slash command, 3 a message command.
    #[serde(default, rename = "type")]
    command_type: Option<u8>,
    /// A message command's message, by its id in `resolved`.
    #[serde(default, borrow)]
    target_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    resolved: Resolved<'a>,
}

/// What Discord resolved for a command: for a message command, the
/// message (its text and author).
#[derive(Debug, Default, Deserialize)]
struct Resolved<'a> {
    #[serde(default, borrow)]
    messages: std::collections::HashMap<Cow<'a, str>, ResolvedMessage<'a>>,
}

#[derive(Debug, Deserialize)]
struct ResolvedMessage<'a> {
    /// Empty for a message of images or embeds only.
    #[serde(default, borrow)]
    content: Cow<'a, str>,
    #[serde(borrow)]
    author: Author<'a>,
}

#[derive(Debug, Deserialize)]
struct Author<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(default, borrow)]
    username: Cow<'a, str>,
    #[serde(default, borrow)]
    global_name: Option<Cow<'a, str>>,
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

#[derive(Debug)]
enum OptionValue<'a> {
    Bool(bool),
    Int(i64),
    /// Strings, and ids (channels, users), which Discord sends as strings.
    Text(Cow<'a, str>),
    /// Fractional numbers: no command of this bot takes them.
    Other,
}

/// Read by the JSON value's own type. serde's `untagged` would buffer the
/// value, copy a question, and build an error for each variant it tries
/// before the text: on every request.
impl<'de: 'a, 'a> Deserialize<'de> for OptionValue<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = OptionValue<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an option value: a boolean, a number or a string")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
                Ok(OptionValue::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
                Ok(OptionValue::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
                Ok(i64::try_from(v).map_or(OptionValue::Other, OptionValue::Int))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(OptionValue::Other)
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(OptionValue::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(OptionValue::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(OptionValue::Text(Cow::Owned(v)))
            }
            // Discord sends none, but an odd value is ignored, not refused.
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(OptionValue::Other)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
                Ok(OptionValue::Other)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Interaction types, as Discord numbers them.
const PING: u8 = 1;
const COMMAND: u8 = 2;
const COMPONENT: u8 = 3;
const AUTOCOMPLETE: u8 = 4;
const MODAL: u8 = 5;
const BUTTON: u8 = 2;
/// Application command types, as Discord numbers them.
const MESSAGE_COMMAND: u8 = 3;

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

    /// Who sent it and from where: the same reading as [`super::caller`] gives of
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
            lang: lang(self.locale.as_deref(), self.guild_locale.as_deref()),
        }
    }

    /// What it asks for: the same reading as [`super::parse`] gives of serenity's
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
            COMMAND if data.command_type == Some(MESSAGE_COMMAND) => {
                let snowflake = |id: Option<&Cow<str>>| id.and_then(|id| id.parse::<u64>().ok());
                let target = data.target_id.as_ref().and_then(|id| {
                    let message = data.resolved.messages.get(id)?;
                    let jump = Jump {
                        guild: snowflake(self.guild_id.as_ref()),
                        channel: snowflake(self.channel_id.as_ref())?,
                        message: id.parse().ok()?,
                    };
                    let author = &message.author;
                    Some(Target {
                        text: message.content.as_ref(),
                        author_id: author.id.parse().ok()?,
                        author: author.global_name.as_deref().unwrap_or(author.username.as_ref()),
                        jump,
                    })
                });
                message_command(name, target, snowflake(self.application_id.as_ref()))
            }
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
