//! The buttons' `custom_id`s: each is made and read here, side by side, so
//! one round-trip test covers every kind. Discord sends a `custom_id` back
//! as it was made, but a client can send any string: reading one never
//! fails, what it cannot read is [`Request::Unsupported`].

use super::Request;

/// A feedback button's `custom_id`: `feedback:up:<entry id>` or
/// `feedback:down:<entry id>`, at most 14 + 71 characters.
pub fn feedback_id(entry: &str, up: bool) -> String {
    format!("feedback:{}:{entry}", if up { "up" } else { "down" })
}

/// A button's `custom_id`: `ask:<entry id>`, with `:private` when the
/// answer should be ephemeral. Entry ids are at most 71 characters
/// (`person/` + 64), so this stays within Discord's 100.
pub fn custom_id(entry: &str, private: bool) -> String {
    if private { format!("ask:{entry}:private") } else { format!("ask:{entry}") }
}

/// A `/learn` step's `custom_id`: at most 6 + 64 + 1 + 10 characters.
pub fn learn_id(path: &str, step: usize) -> String {
    format!("learn:{path}:{step}")
}

/// The "related questions" button's `custom_id` (on a `/learn` card).
pub fn related_id(entry: &str) -> String {
    format!("related:{entry}")
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

pub(super) fn parse_custom_id(id: &str) -> Request<'_> {
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
        assert_eq!(
            parse_custom_id(&learn_id("a-path", 3)),
            Request::LearnStep { path: "a-path", step: 3 }
        );
        assert_eq!(parse_custom_id(&related_id(&long)), Request::Related { entry: &long });
        assert!(learn_id(&"p".repeat(64), usize::MAX).len() <= 100);
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
