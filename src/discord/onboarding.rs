//! `/learn`: a learning path one card at a time, with Back, Next and the
//! step's related questions. Where the user is lives in the buttons'
//! custom_ids (`learn:<path>:<step>`), so the gateway and every HTTP
//! replica serve the same card for the same click, and Back and Next edit
//! the card in place.

use serenity::builder::{CreateButton, CreateInteractionResponse};
use serenity::model::application::ButtonStyle;

use super::limits;
use super::reply::{Delivery, Embed, INFO, buttons, card, message, notice, source_field};
use crate::engine::Engine;
use crate::learn::{self, Card};

/// A step's `custom_id`: at most 6 + 64 + 1 + 10 characters.
pub fn learn_id(path: &str, step: usize) -> String {
    format!("learn:{path}:{step}")
}

/// The "related questions" button's `custom_id`.
pub fn related_id(entry: &str) -> String {
    format!("related:{entry}")
}

/// `/learn`: the first card of `path` (the first path when empty), a new
/// message, private unless shared.
pub fn start(engine: &Engine, path: &str, share: bool) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let path = if path.trim().is_empty() {
        k.paths.first().map(|p| p.id.as_str())
    } else {
        find_path(engine, path)
    };
    let Some(path) = path else {
        let names: Vec<String> =
            k.paths.iter().map(|p| format!("• `{}`: {}", p.id, p.title)).collect();
        let text = if names.is_empty() {
            "My knowledge base has no learning paths.".to_owned()
        } else {
            format!("I know these paths:\n{}", names.join("\n"))
        };
        return notice("No such learning path", &text);
    };
    step(engine, path, 0, Delivery::New { private: !share })
}

/// The path a user typed: its id (what autocomplete sends) or its title.
fn find_path<'k>(engine: &'k Engine, typed: &str) -> Option<&'k str> {
    let typed = crate::text::fold(typed.trim());
    (engine.knowledge().paths.iter())
        .find(|p| crate::text::fold(&p.id) == typed || crate::text::fold(&p.title) == typed)
        .map(|p| p.id.as_str())
}

/// The card of step `index` of `path`, edited into the message clicked.
pub fn turn(engine: &Engine, path: &str, index: usize) -> CreateInteractionResponse {
    step(engine, path, index, Delivery::Update)
}

fn step(
    engine: &Engine,
    path: &str,
    index: usize,
    delivery: Delivery,
) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let Some(c) = learn::card(k, path, index) else {
        return notice(
            "That learning path is gone",
            "My knowledge base has changed since this card was made. Start again with `/learn`.",
        );
    };
    card(vec![embed(engine, &c)], vec![controls(&c)], delivery)
}

fn embed(engine: &Engine, c: &Card) -> Embed {
    let k = engine.knowledge();
    let progress = format!("Step {} of {} · {}", c.index + 1, c.len(), c.path.title);
    let mut note = String::new();
    if !c.skipped.is_empty() {
        let n = c.skipped.len();
        note = format!(
            "*{} of this path {} no longer in my knowledge base, so I moved on.*\n\n",
            if n == 1 { "A step".to_owned() } else { format!("{n} steps") },
            if n == 1 { "is" } else { "are" }
        );
    }
    match c.entry {
        Some(e) => Embed::new(e.questions[0].as_str(), format!("{note}{}", e.answer), INFO)
            .field("Who said it", k.credit(e.attribution))
            .field("Source", source_field(k, e.source))
            .footer(progress),
        None => Embed::new(
            "The end of this path",
            format!("{note}That was the last step. `/topics` lists everything else you can ask."),
            INFO,
        )
        .footer(progress),
    }
}

/// Back, Next and the related questions; Back on the first step and Next on
/// the last are shown disabled, so the row keeps its shape.
fn controls(c: &Card) -> Vec<CreateButton> {
    let path = c.path.id.as_str();
    // A disabled button still needs a custom_id of its own.
    let back = CreateButton::new(learn_id(path, c.back().unwrap_or(c.index)))
        .label("◀ Back")
        .style(ButtonStyle::Secondary)
        .disabled(c.back().is_none());
    let next = CreateButton::new(learn_id(path, c.next().unwrap_or(c.len())))
        .label("Next ▶")
        .style(ButtonStyle::Primary)
        .disabled(c.next().is_none());
    let mut row = vec![back, next];
    if let Some(e) = c.entry {
        let id = related_id(&e.id);
        if id.len() <= limits::CUSTOM_ID {
            row.push(
                CreateButton::new(id).label("Related questions").style(ButtonStyle::Secondary),
            );
        }
    }
    row
}

/// The related questions of an entry, privately, each a button.
pub fn related(engine: &Engine, entry: &str) -> CreateInteractionResponse {
    let Some(e) = engine.knowledge().entry(entry) else {
        return notice(
            "That question is gone",
            "My knowledge base has changed since this card was made. Try `/topics`.",
        );
    };
    let related = engine.related(e);
    let text = if related.is_empty() {
        "Nothing else in my knowledge base is close to this step.".to_owned()
    } else {
        "Pick one to see its answer (only you will see it).".to_owned()
    };
    let embed = Embed::new(format!("Related to: {}", e.questions[0]), text, INFO);
    message(vec![embed], buttons(&related, true, ButtonStyle::Secondary), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discord::reply::reply;
    use crate::discord::request::Request;
    use crate::knowledge::Knowledge;
    use proptest::prelude::*;
    use serde_json::Value;

    fn engine() -> Engine {
        Engine::new(Knowledge::bundled().unwrap())
    }

    fn ids(v: &Value) -> Vec<(String, bool)> {
        let rows = v["data"]["components"].as_array().cloned().unwrap_or_default();
        rows.iter()
            .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
            .map(|b| (b["custom_id"].as_str().unwrap().to_owned(), b["disabled"] == true))
            .collect()
    }

    fn json(r: &CreateInteractionResponse) -> Value {
        serde_json::to_value(r).unwrap()
    }

    #[test]
    fn learn_starts_privately_unless_shared_and_steps_in_place() {
        let engine = engine();
        let first = json(&reply(&engine, &Request::Learn { path: "", share: false }));
        assert_eq!((first["type"].as_u64(), first["data"]["flags"].as_u64()), (Some(4), Some(64)));
        let footer = first["data"]["embeds"][0]["footer"]["text"].as_str().unwrap();
        assert!(footer.starts_with("Step 1 of 20 · CIO and CTO"), "{footer}");
        let path = "new-engineering-manager";
        assert_eq!(
            ids(&first),
            [
                (format!("learn:{path}:0"), true),
                (format!("learn:{path}:1"), false),
                ("related:acronyms".to_owned(), false)
            ]
        );
        let shared = json(&reply(&engine, &Request::Learn { path, share: true }));
        assert_eq!(shared["data"]["flags"], Value::Null, "shared in the channel");
        let next = json(&reply(&engine, &Request::LearnStep { path, step: 1 }));
        assert_eq!(next["type"], 7, "Back and Next edit the card");
        assert!(
            next["data"]["embeds"][0]["footer"]["text"]
                .as_str()
                .unwrap()
                .starts_with("Step 2 of 20")
        );
        let gone = json(&reply(&engine, &Request::LearnStep { path: "gone", step: 1 }));
        assert_eq!((gone["type"].as_u64(), gone["data"]["flags"].as_u64()), (Some(4), Some(64)));
        let unknown = json(&reply(&engine, &Request::Learn { path: "no such path", share: false }));
        assert!(unknown.to_string().contains("new-engineering-manager"), "{unknown}");
        let related = json(&reply(&engine, &Request::Related { entry: "acronyms" }));
        assert_eq!(related["data"]["flags"], 64);
        assert!(
            ids(&related).iter().all(|(id, _)| id.starts_with("ask:") && id.ends_with(":private"))
        );
    }

    proptest! {
        /// Next and Back never leave the path, every card keeps within
        /// Discord's limits, and every custom_id fits.
        #[test]
        fn next_and_back_never_leave_the_path(step in 0usize..40) {
            let engine = engine();
            for path in &engine.knowledge().paths {
                let card = json(&reply(&engine, &Request::LearnStep { path: &path.id, step }));
                let problems = crate::discord::limits::violations(&card);
                prop_assert!(problems.is_empty(), "{problems:?}");
                for (id, disabled) in ids(&card) {
                    prop_assert!(id.len() <= 100);
                    if disabled || !id.starts_with("learn:") {
                        continue;
                    }
                    let Some((p, n)) = id["learn:".len()..].rsplit_once(':') else {
                        return Err(TestCaseError::fail(id));
                    };
                    prop_assert_eq!(p, path.id.as_str());
                    prop_assert!(n.parse::<usize>().unwrap() < path.steps.len(), "{}", id);
                }
            }
        }
    }
}
