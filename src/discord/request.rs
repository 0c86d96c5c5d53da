//! What an interaction asks for, in plain Rust. The only file that reads
//! interactions, whether as serenity's types (gateway) or as the JSON body
//! of an HTTP request: everything behind it takes a [`Request`].

use std::borrow::Cow;

use serde::Deserialize;
use serenity::model::application::{
    ComponentInteractionDataKind, Interaction, ResolvedOption, ResolvedValue,
};

use super::commands::{
    ASK, COMPARE, HELP, PERSON, PRIVATE, QUESTION, QUOTE, SOURCES, STATS, TOPICS,
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
    /// Anything else: an unknown command, button or modal.
    Unsupported,
}

/// A button's `custom_id`: `ask:<entry id>`, with `:private` when the
/// answer should be ephemeral. Entry ids are at most 71 characters
/// (`person/` + 64), so this stays within Discord's 100.
pub fn custom_id(entry: &str, private: bool) -> String {
    if private { format!("ask:{entry}:private") } else { format!("ask:{entry}") }
}

fn parse_custom_id(id: &str) -> Request<'_> {
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

/// A slash command, given how to read its string options.
fn slash_command<'a>(
    name: &str,
    text: impl Fn(&str) -> Option<&'a str>,
    private: bool,
) -> Request<'a> {
    match name {
        ASK => Request::Ask { question: text(QUESTION).unwrap_or(""), private },
        QUOTE => Request::Quote { person: text(PERSON).unwrap_or(""), private },
        STATS => Request::Stats { private },
        COMPARE => Request::Compare { private },
        TOPICS => Request::Topics { private },
        SOURCES => Request::Sources { private },
        HELP => Request::Help { private },
        _ => Request::Unsupported,
    }
}

/// An autocomplete request for the `focused` option of command `name`.
fn autocomplete<'a>(name: &str, focused: Option<&str>, partial: &'a str) -> Request<'a> {
    match (name, focused) {
        (ASK, Some(QUESTION)) => Request::SuggestQuestions { partial },
        (QUOTE, Some(PERSON)) => Request::SuggestPeople { partial },
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
            let private = flag(&options, PRIVATE);
            slash_command(&command.data.name, |name| string(&options, name), private)
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
    #[serde(default, borrow)]
    data: Data<'a>,
    /// Where it was asked: kept with the question, never who asked.
    #[serde(default, borrow)]
    guild_id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    channel_id: Option<Cow<'a, str>>,
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
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OptionValue<'a> {
    Bool(bool),
    #[serde(borrow)]
    Text(Cow<'a, str>),
    /// Numbers, ids: no command of this bot takes them.
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

    /// What it asks for: the same reading as [`parse`] gives of serenity's
    /// model of the same interaction.
    /// The server it came from, if any.
    pub fn guild_id(&self) -> Option<&str> {
        self.guild_id.as_deref()
    }

    /// The channel it came from, if any.
    pub fn channel_id(&self) -> Option<&str> {
        self.channel_id.as_deref()
    }

    pub fn request(&self) -> Request<'_> {
        let data = &self.data;
        let text = |name: &str| {
            data.options.iter().find(|o| o.name == name).and_then(|o| match &o.value {
                Some(OptionValue::Text(text)) => Some(text.as_ref()),
                _ => None,
            })
        };
        let private = data
            .options
            .iter()
            .any(|o| o.name == PRIVATE && matches!(o.value, Some(OptionValue::Bool(true))));
        let name = data.name.as_deref().unwrap_or("");
        match self.kind {
            PING => Request::Ping,
            COMMAND => slash_command(name, text, private),
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
        ];
        for case in cases {
            let bytes = case.to_string().into_bytes();
            let body = Body::parse(&bytes).unwrap();
            let interaction: Interaction = serde_json::from_value(case.clone()).unwrap();
            assert_eq!(body.request(), parse(&interaction), "{case}");
        }
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
    }
}
