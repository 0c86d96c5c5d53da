//! What an interaction asks for, in plain Rust. The only file that reads
//! serenity's interaction and option types: everything behind it takes a
//! [`Request`].

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

/// Reads an interaction. Never fails: what it cannot read is
/// [`Request::Unsupported`], answered with an apology.
pub fn parse(interaction: &Interaction) -> Request<'_> {
    match interaction {
        Interaction::Ping(_) => Request::Ping,
        Interaction::Command(command) => {
            let options = command.data.options();
            let private = flag(&options, PRIVATE);
            match command.data.name.as_str() {
                ASK => Request::Ask { question: string(&options, QUESTION).unwrap_or(""), private },
                QUOTE => Request::Quote { person: string(&options, PERSON).unwrap_or(""), private },
                STATS => Request::Stats { private },
                COMPARE => Request::Compare { private },
                TOPICS => Request::Topics { private },
                SOURCES => Request::Sources { private },
                HELP => Request::Help { private },
                _ => Request::Unsupported,
            }
        }
        Interaction::Autocomplete(command) => {
            let focused = command.data.autocomplete();
            let partial = focused.as_ref().map_or("", |f| f.value);
            match (command.data.name.as_str(), focused.map(|f| f.name)) {
                (ASK, Some(QUESTION)) => Request::SuggestQuestions { partial },
                (QUOTE, Some(PERSON)) => Request::SuggestPeople { partial },
                _ => Request::Unsupported,
            }
        }
        Interaction::Component(component) => match component.data.kind {
            ComponentInteractionDataKind::Button => parse_custom_id(&component.data.custom_id),
            _ => Request::Unsupported,
        },
        _ => Request::Unsupported,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
