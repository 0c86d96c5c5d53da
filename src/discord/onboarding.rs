//! `/learn` and `/quiz`, for onboarding. `/learn` walks a learning path one
//! card at a time, with Back, Next and the step's related questions;
//! `/quiz` asks one question at a time and answers with the sourced
//! answer. Where the user is lives in the buttons' custom_ids
//! (`learn:<path>:<step>`, `quiz:<version>:<topic>:<seed>:<choice>`), so the
//! gateway and every HTTP replica serve the same card for the same click,
//! and each click edits the card in place.

use serenity::builder::{CreateButton, CreateInteractionResponse};
use serenity::model::application::ButtonStyle;

use super::commands::topic_key;
use super::limits;
use super::message::{
    DECLINED, Delivery, Embed, INFO, buttons, card, message, notice, published_footer,
    source_field, truncate,
};
use super::request::{learn_id, quiz_id, related_id};
use crate::engine::Engine;
use crate::learn::{self, Card};
use crate::locale::Lang;
use crate::quiz::{self, Topic};
use crate::store::Score;
use crate::tr;

/// `/learn`: the first card of `path` (the first path when empty), a new
/// message, private unless shared.
pub fn start(engine: &Engine, path: &str, share: bool, lang: Lang) -> CreateInteractionResponse {
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
            tr!(lang, "learn-no-paths")
        } else {
            tr!(lang, "learn-paths", paths = names.join("\n"))
        };
        return notice(&tr!(lang, "learn-unknown-title"), &text);
    };
    step(engine, path, 0, Delivery::New { private: !share }, lang)
}

/// The path a user typed: its id (what autocomplete sends) or its title.
fn find_path<'k>(engine: &'k Engine, typed: &str) -> Option<&'k str> {
    let typed = crate::text::fold(typed.trim());
    (engine.knowledge().paths.iter())
        .find(|p| crate::text::fold(&p.id) == typed || crate::text::fold(&p.title) == typed)
        .map(|p| p.id.as_str())
}

/// The card of step `index` of `path`, edited into the message clicked.
pub fn turn(engine: &Engine, path: &str, index: usize, lang: Lang) -> CreateInteractionResponse {
    step(engine, path, index, Delivery::Update, lang)
}

fn step(
    engine: &Engine,
    path: &str,
    index: usize,
    delivery: Delivery,
    lang: Lang,
) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let Some(c) = learn::card(k, path, index) else {
        return notice(&tr!(lang, "learn-gone-title"), &tr!(lang, "learn-gone"));
    };
    card(vec![embed(engine, &c, lang)], vec![controls(&c, lang)], delivery)
}

fn embed(engine: &Engine, c: &Card, lang: Lang) -> Embed {
    let k = engine.knowledge();
    let progress = tr!(
        lang,
        "learn-progress",
        step = c.index + 1,
        steps = c.len(),
        path = c.path.title.as_str()
    );
    let progress = published_footer(lang, progress);
    let mut note = String::new();
    if !c.skipped.is_empty() {
        note = format!("*{}*\n\n", tr!(lang, "learn-skipped", steps = c.skipped.len()));
    }
    match c.entry {
        Some(e) => Embed::new(e.questions[0].as_str(), format!("{note}{}", e.answer), INFO)
            .field(tr!(lang, "field-who"), k.credit_in(e.attribution, lang))
            .field(tr!(lang, "field-source"), source_field(k, e.source, lang))
            .footer(progress),
        None => {
            let text = format!("{note}{}", tr!(lang, "learn-end"));
            Embed::new(tr!(lang, "learn-end-title"), text, INFO).footer(progress)
        }
    }
}

/// Back, Next and the related questions; Back on the first step and Next on
/// the last are shown disabled, so the row keeps its shape.
fn controls(c: &Card, lang: Lang) -> Vec<CreateButton> {
    let path = c.path.id.as_str();
    // A disabled button still needs a custom_id of its own.
    let back = CreateButton::new(learn_id(path, c.back().unwrap_or(c.index)))
        .label(truncate(&tr!(lang, "learn-back"), limits::BUTTON_LABEL))
        .style(ButtonStyle::Secondary)
        .disabled(c.back().is_none());
    let next = CreateButton::new(learn_id(path, c.next().unwrap_or(c.len())))
        .label(truncate(&tr!(lang, "learn-next"), limits::BUTTON_LABEL))
        .style(ButtonStyle::Primary)
        .disabled(c.next().is_none());
    let mut row = vec![back, next];
    if let Some(e) = c.entry {
        let id = related_id(&e.id);
        if id.len() <= limits::CUSTOM_ID {
            let label = truncate(&tr!(lang, "learn-related"), limits::BUTTON_LABEL);
            row.push(CreateButton::new(id).label(label).style(ButtonStyle::Secondary));
        }
    }
    row
}

/// The related questions of an entry, privately, each a button.
pub fn related(engine: &Engine, entry: &str, lang: Lang) -> CreateInteractionResponse {
    let Some(e) = engine.knowledge().entry(entry) else {
        return notice(&tr!(lang, "entry-gone-title"), &tr!(lang, "related-gone"));
    };
    let related = engine.related(e);
    let text =
        if related.is_empty() { tr!(lang, "related-none") } else { tr!(lang, "related-pick") };
    let title = tr!(lang, "related-title", question = e.questions[0].as_str());
    let embed = Embed::new(title, text, INFO);
    message(vec![embed], buttons(&related, true, ButtonStyle::Secondary), true)
}

// ---------------------------------------------------------------------------
// /quiz

/// The knowledge version a quiz button carries: enough to tell a button
/// made before the knowledge changed.
pub fn quiz_version(engine: &Engine) -> &str {
    let version = engine.version();
    version.get(..8).unwrap_or(version)
}

/// What a quiz answer is kept under: one answer counts per question.
pub fn quiz_key(version: &str, topic: Topic, seed: u64) -> String {
    format!("{version}:{}:{seed:016x}", topic.name())
}

const QUIZ_COLOUR: u32 = 0xF1C40F;
const RIGHT: u32 = 0x2ECC71;

/// `/quiz`: the first question, a new message, private unless shared.
pub fn quiz_start(
    engine: &Engine,
    topic: &str,
    share: bool,
    seed: u64,
    lang: Lang,
) -> CreateInteractionResponse {
    let topic = Topic::from_name(topic).unwrap_or(Topic::Any);
    quiz_card(engine, (topic, seed), None, Delivery::New { private: !share }, lang)
}

/// What a quiz answer's card says of the player's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizScore {
    /// The answer was committed: the score after it.
    Kept(Score),
    /// No score is kept (no store, or the question has changed).
    None,
    /// The store could not keep the answer: the card says the score did
    /// not change.
    Failed,
}

/// A quiz button (`version`, `topic`, `seed`, `choice`): "Next question"
/// (`choice` `None`) shows the question `seed` makes; a choice shows
/// whether it was right, with the sourced answer and, with a store, the
/// player's score.
pub fn quiz_button(
    engine: &Engine,
    (version, topic, seed, choice): (&str, &str, u64, Option<usize>),
    score: QuizScore,
    lang: Lang,
) -> CreateInteractionResponse {
    let topic = Topic::from_name(topic).unwrap_or(Topic::Any);
    if version != quiz_version(engine) {
        let note = tr!(lang, "quiz-changed");
        return quiz_card(engine, (topic, seed), Some(&note), Delivery::Update, lang);
    }
    let Some(choice) = choice else {
        return quiz_card(engine, (topic, seed), None, Delivery::Update, lang);
    };
    let Some(q) = quiz::question(engine.knowledge(), topic, seed) else {
        return no_questions(topic, lang);
    };
    let k = engine.knowledge();
    let right = choice == q.right;
    let (title, colour) = match right {
        true => (tr!(lang, "quiz-right"), RIGHT),
        false => (tr!(lang, "quiz-wrong"), DECLINED),
    };
    let answer = tr!(lang, "quiz-answer", answer = q.choices[q.right].as_str());
    let text = format!("**{}**\n\n{answer}\n\n{}", q.prompt.text(lang), q.explanation);
    let mut embed = Embed::new(title, text, colour)
        .field(tr!(lang, "field-who"), k.credit_in(q.attribution, lang))
        .field(tr!(lang, "field-source"), source_field(k, q.source, lang));
    let mut footer = Vec::new();
    if !lang.is_english() {
        footer.push(tr!(lang, "as-published"));
    }
    if score == QuizScore::Failed {
        footer.push(tr!(lang, "quiz-not-kept"));
    }
    if let QuizScore::Kept(s) = score {
        footer.push(tr!(
            lang,
            "quiz-score",
            correct = s.correct,
            answered = s.answered,
            streak = s.streak,
            best = s.best
        ));
        if !s.counted {
            footer.push(tr!(lang, "quiz-again"));
        }
    }
    embed = embed.footer(footer.join(" · "));
    let next = CreateButton::new(quiz_id(
        quiz_version(engine),
        topic.name(),
        quiz::next_seed(engine.knowledge(), topic, seed),
        None,
    ))
    .label(truncate(&tr!(lang, "quiz-next"), limits::BUTTON_LABEL))
    .style(ButtonStyle::Primary);
    card(vec![embed], vec![vec![next]], Delivery::Update)
}

/// Whether `choice` is the right one for the question `seed` made.
pub fn quiz_is_right(engine: &Engine, topic: &str, seed: u64, choice: usize) -> bool {
    let topic = Topic::from_name(topic).unwrap_or(Topic::Any);
    quiz::question(engine.knowledge(), topic, seed).is_some_and(|q| q.right == choice)
}

fn no_questions(topic: Topic, lang: Lang) -> CreateInteractionResponse {
    let topic = tr!(lang, topic_key(topic));
    notice(&tr!(lang, "quiz-none-title"), &tr!(lang, "quiz-none", topic = topic))
}

fn quiz_card(
    engine: &Engine,
    (topic, seed): (Topic, u64),
    note: Option<&str>,
    delivery: Delivery,
    lang: Lang,
) -> CreateInteractionResponse {
    let Some(q) = quiz::question(engine.knowledge(), topic, seed) else {
        return no_questions(topic, lang);
    };
    let version = quiz_version(engine);
    let text = match note {
        Some(note) => format!("*{note}*\n\n{}", q.prompt.text(lang)),
        None => q.prompt.text(lang),
    };
    let title = tr!(lang, "quiz-title", topic = tr!(lang, topic_key(topic)));
    let embed = Embed::new(title, text, QUIZ_COLOUR).footer(tr!(lang, "quiz-footer"));
    let choices: Vec<CreateButton> = (q.choices.iter().enumerate())
        .map(|(i, choice)| {
            CreateButton::new(quiz_id(version, topic.name(), seed, Some(i)))
                .label(truncate(choice, limits::BUTTON_LABEL))
                .style(ButtonStyle::Secondary)
        })
        .collect();
    card(vec![embed], vec![choices], delivery)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discord::reply::reply;

    fn reply_en(engine: &Engine, request: &Request) -> CreateInteractionResponse {
        reply(engine, request, Lang::ENGLISH)
    }
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
        let first = json(&reply_en(&engine, &Request::Learn { path: "", share: false }));
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
        let shared = json(&reply_en(&engine, &Request::Learn { path, share: true }));
        assert_eq!(shared["data"]["flags"], Value::Null, "shared in the channel");
        let next = json(&reply_en(&engine, &Request::LearnStep { path, step: 1 }));
        assert_eq!(next["type"], 7, "Back and Next edit the card");
        assert!(
            next["data"]["embeds"][0]["footer"]["text"]
                .as_str()
                .unwrap()
                .starts_with("Step 2 of 20")
        );
        let gone = json(&reply_en(&engine, &Request::LearnStep { path: "gone", step: 1 }));
        assert_eq!((gone["type"].as_u64(), gone["data"]["flags"].as_u64()), (Some(4), Some(64)));
        let unknown =
            json(&reply_en(&engine, &Request::Learn { path: "no such path", share: false }));
        assert!(unknown.to_string().contains("new-engineering-manager"), "{unknown}");
        let related = json(&reply_en(&engine, &Request::Related { entry: "acronyms" }));
        assert_eq!(related["data"]["flags"], 64);
        assert!(
            ids(&related).iter().all(|(id, _)| id.starts_with("ask:") && id.ends_with(":private"))
        );
    }

    fn quiz_ids(v: &Value) -> Vec<String> {
        ids(v).into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn a_quiz_question_is_answered_in_place_with_its_source() {
        let engine = engine();
        let start =
            json(&reply_en(&engine, &Request::Quiz { topic: "roles", share: false, seed: 5 }));
        assert_eq!((start["type"].as_u64(), start["data"]["flags"].as_u64()), (Some(4), Some(64)));
        let choices = quiz_ids(&start);
        assert_eq!(choices.len(), 2, "CIO or CTO");
        let q = quiz::question(engine.knowledge(), Topic::Roles, 5).unwrap();
        let version = quiz_version(&engine);
        for (i, id) in choices.iter().enumerate() {
            assert_eq!(*id, quiz_id(version, "roles", 5, Some(i)));
            let answered = json(&reply_en(
                &engine,
                &Request::QuizButton { version, topic: "roles", seed: 5, choice: Some(i) },
            ));
            assert_eq!(answered["type"], 7);
            let e = &answered["data"]["embeds"][0];
            assert_eq!(e["title"], if i == q.right { "Correct" } else { "Not quite" });
            assert!(e["description"].as_str().unwrap().contains(&q.choices[q.right]));
            assert_eq!(e["fields"][1]["name"], "Source");
            assert_eq!(
                quiz_ids(&answered),
                [quiz_id(
                    version,
                    "roles",
                    quiz::next_seed(engine.knowledge(), Topic::Roles, 5),
                    None
                )]
            );
        }
        let next = json(&reply_en(
            &engine,
            &Request::QuizButton { version, topic: "roles", seed: 9, choice: None },
        ));
        assert_eq!(next["type"], 7);
        assert_eq!(quiz_ids(&next)[0], quiz_id(version, "roles", 9, Some(0)));
        let old = json(&reply_en(
            &engine,
            &Request::QuizButton { version: "00000000", topic: "roles", seed: 9, choice: Some(0) },
        ));
        assert!(old.to_string().contains("has changed since"), "{old}");
        let shared = json(&reply_en(&engine, &Request::Quiz { topic: "", share: true, seed: 1 }));
        assert_eq!(shared["data"]["flags"], Value::Null);
    }

    proptest! {
        /// Every quiz card, question or answer, keeps within Discord's
        /// limits, with custom_ids that fit and read back.
        #[test]
        fn quiz_cards_keep_within_limits(seed in any::<u64>(), choice in 0usize..4) {
            let engine = engine();
            let version = quiz_version(&engine).to_owned();
            for topic in Topic::ALL {
                let requests = [
                    Request::Quiz { topic: topic.name(), share: false, seed },
                    Request::QuizButton { version: &version, topic: topic.name(), seed, choice: None },
                    Request::QuizButton { version: &version, topic: topic.name(), seed, choice: Some(choice) },
                ];
                for (request, lang) in requests.iter().flat_map(|r| Lang::all().map(move |l| (r, l))) {
                    let card = json(&reply(&engine, request, lang));
                    let problems = crate::discord::limits::violations(&card);
                    prop_assert!(problems.is_empty(), "{:?}", problems);
                    for id in quiz_ids(&card) {
                        prop_assert!(id.len() <= 100);
                        let parsed = crate::discord::request::parse_custom_id_for_tests(&id);
                        let is_quiz = matches!(parsed, Request::QuizButton { .. });
                        prop_assert!(is_quiz, "{}", id);
                    }
                }
            }
        }
    }

    proptest! {
        /// Next and Back never leave the path, every card keeps within
        /// Discord's limits, and every custom_id fits.
        #[test]
        fn next_and_back_never_leave_the_path(step in 0usize..40) {
            let engine = engine();
            for (path, lang) in engine.knowledge().paths.iter().flat_map(|p| Lang::all().map(move |l| (p, l))) {
                let card = json(&reply(&engine, &Request::LearnStep { path: &path.id, step }, lang));
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
