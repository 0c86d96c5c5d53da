//! Discord: the slash commands (`commands`), what an interaction asks for
//! and its class (`request`), the one request path both transports share
//! (`serve`: settings and cooldown in `policy`, then the handler the class
//! names), the handlers (`reply` and `onboarding` answer from the
//! knowledge alone, `curator` and `settings` from the store), the parts
//! every reply is built of (`message`, within `limits`), and the two
//! transports: the gateway client (`gateway`) and the HTTP interactions
//! endpoint (`endpoint`).

pub mod commands;
pub mod curator;
pub mod endpoint;
pub mod gateway;
pub mod limits;
pub mod meaning;
pub mod message;
pub mod onboarding;
pub mod policy;
pub mod replays;
pub mod reply;
pub mod request;
pub mod serve;
pub mod settings;

pub use reply::respond;

use crate::store::{Outcome, Question, Store};

/// Records a question the bot was asked, if there is a store: where (never
/// who), how it was answered, and by which knowledge. Never waits.
pub fn record(
    store: Option<&Store>,
    asked: &reply::Asked,
    guild: Option<&str>,
    channel: Option<&str>,
    transport: &'static str,
    version: &str,
) {
    let Some(store) = store else { return };
    store.record(Question {
        asked_at: crate::store::now(),
        guild_id: guild.map(str::to_owned),
        channel_id: channel.map(str::to_owned),
        transport,
        question: asked.question.clone(),
        outcome: if asked.answered.is_some() { Outcome::Answered } else { Outcome::Declined },
        entry: asked.answered.clone(),
        confidence: asked.confidence,
        knowledge_version: version.to_owned(),
    });
}
