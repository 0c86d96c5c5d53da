//! The one request path of both transports. The gateway and the HTTP
//! endpoint read an interaction into a [`Request`] and its [`Caller`], hand
//! them to [`Service::answer`], and send the JSON it returns: the settings
//! and the cooldown ([`Policy`]), the handler the request's class names
//! (the store's replies in `curator` and `settings`, the knowledge's in
//! `reply`), the reply cache, the sentence model's queue and the record of
//! the question are applied here, once, whichever way the interaction came.
//! As in serenity's e14 and poise: the framework owns the plumbing, a
//! command owns only its behaviour.

use std::sync::Arc;

use axum::body::Bytes;

use super::meaning::Meaning;
use super::message::{File, Reply};
use super::policy::{Gate, Policy};
use super::reply::{self, Asked, Feedback};
use super::request::{By, Caller, Request};
use crate::engine::Engine;
use crate::live::Live;
use crate::locale::Lang;
use crate::store::Store;

/// Everything that answers interactions in a process: the serving engine,
/// the store, the servers' settings, the model's queue and the reply cache.
pub struct Service {
    live: Arc<Live>,
    store: Option<Arc<Store>>,
    policy: Policy,
    meaning: Meaning,
    cache: ReplyCache,
    /// How questions are recorded as having come: `gateway` or `http`.
    transport: &'static str,
}

impl Service {
    /// A service over `live`'s engine; the cache is cleared whenever a
    /// reload swaps the engine.
    pub fn new(
        live: Arc<Live>,
        store: Option<Arc<Store>>,
        cache: ReplyCache,
        transport: &'static str,
    ) -> Service {
        let clear = cache.clone();
        live.on_swap(move || clear.clear());
        let policy = Policy::new(store.clone());
        Service { live, store, policy, meaning: Meaning::new(), cache, transport }
    }

    pub fn live(&self) -> &Arc<Live> {
        &self.live
    }

    pub fn store(&self) -> Option<&Arc<Store>> {
        self.store.as_ref()
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The reply to `request` from `caller`, as the JSON body of Discord's
    /// interaction response and the files sent with it. A question answered
    /// is recorded (never who asked). Fails only when the reply cannot be
    /// serialised or its blocking work panicked.
    pub async fn answer(
        &self,
        request: Request<'_>,
        caller: &Caller,
    ) -> Result<Served, ReplyError> {
        // This request finishes on this engine, whatever a reload swaps in.
        let engine = self.live.engine();
        let class = request.class();
        let request = match self.policy.gate(request, caller).await {
            Gate::Pass { request, .. } => request,
            Gate::SlowDown(response) => return encode(response.into()),
        };
        let lang = caller.lang;
        let response = match (class.by, request) {
            (By::Knowledge, request) => {
                let feedback = Feedback(self.store.is_some());
                let (json, asked) =
                    self.cache.reply(&engine, &self.meaning, &request, (feedback, lang)).await?;
                if let Some(asked) = &asked {
                    let (guild, channel) = (caller.guild.as_deref(), caller.channel.as_deref());
                    let (store, version) = (self.store.as_deref(), engine.version());
                    super::record(store, asked, guild, channel, self.transport, version);
                }
                return Ok(Served { json, files: Vec::new() });
            }
            (By::Settings, Request::Settings(setting)) => {
                super::settings::respond(&self.policy, setting, caller).await.into()
            }
            (By::Settings | By::Curator, request) => {
                let store = self.store.as_ref();
                match super::curator::respond(&self.live, &engine, store, &request, caller).await {
                    Some(reply) => reply,
                    // A class and a handler out of step: answered as a bot
                    // without a store would.
                    None => reply::reply(&engine, &request, lang).into(),
                }
            }
        };
        encode(response)
    }
}

/// A reply could not be worked out. The cause is in the message, not in
/// `source()`, so that it is said once.
#[derive(Debug, thiserror::Error)]
pub enum ReplyError {
    #[error("serialising the reply: {0}")]
    Json(serde_json::Error),
    #[error("the blocking thread that worked out the reply: {0}")]
    Join(tokio::task::JoinError),
}

impl From<serde_json::Error> for ReplyError {
    fn from(err: serde_json::Error) -> Self {
        ReplyError::Json(err)
    }
}

impl From<tokio::task::JoinError> for ReplyError {
    fn from(err: tokio::task::JoinError) -> Self {
        ReplyError::Join(err)
    }
}

/// A reply ready to send: the interaction response as JSON, and the files
/// that go with it (none for most replies).
#[derive(Debug, Clone)]
pub struct Served {
    pub json: Bytes,
    pub files: Vec<File>,
}

fn encode(reply: Reply) -> Result<Served, ReplyError> {
    Ok(Served { json: Bytes::from(serde_json::to_vec(&reply.response)?), files: reply.files })
}

/// Replies already worked out, by request. A reply of the knowledge alone
/// is a pure function of the knowledge and the request, so a repeated
/// question (a popular one, or the same prefix typed into autocomplete by
/// many people) is answered from here. Bounded; `None` turns it off.
#[derive(Clone)]
pub struct ReplyCache(Option<Arc<quick_cache::sync::Cache<String, Computed>>>);

/// A reply as JSON, with what it answered.
type Computed = (Bytes, Option<Asked>);

impl ReplyCache {
    /// A cache of at most `capacity` replies (a few kilobytes each); 0 for
    /// none.
    pub fn new(capacity: usize) -> Self {
        ReplyCache((capacity > 0).then(|| Arc::new(quick_cache::sync::Cache::new(capacity))))
    }

    /// Forgets every reply: after a reload they may be wrong.
    pub fn clear(&self) {
        if let Some(cache) = &self.0 {
            cache.clear();
        }
    }

    async fn reply(
        &self,
        engine: &Arc<Engine>,
        meaning: &Meaning,
        request: &Request<'_>,
        how: (Feedback, Lang),
    ) -> Result<Computed, ReplyError> {
        let Some(cache) = &self.0 else {
            return compute(engine, meaning, request, how).await;
        };
        // The request's debug form names every field that shapes the reply
        // (`feedback` is the same for every request of a server), its
        // language, and the knowledge version and whether the model had
        // joined the engine that worked it out: a reply worked out on the old
        // engine (or before the model) and stored after the cache was cleared
        // would otherwise be served until the next clearing.
        let (version, model, lang) = (engine.version(), u8::from(engine.has_model()), how.1);
        let key = format!("{version}{model}{lang:?}{request:?}");
        if let Some(hit) = cache.get(&key) {
            return Ok(hit);
        }
        let reply = compute(engine, meaning, request, how).await?;
        cache.insert(key, reply.clone());
        Ok(reply)
    }
}

/// The reply as JSON; one that needs the sentence model is worked out on
/// the model's thread with the others waiting ([`Meaning`]), so the
/// runtime keeps serving other requests meanwhile.
async fn compute(
    engine: &Arc<Engine>,
    meaning: &Meaning,
    request: &Request<'_>,
    (feedback, lang): (Feedback, Lang),
) -> Result<Computed, ReplyError> {
    let replied = match (reply::quick_reply(engine, request, feedback, lang), request) {
        (Some(replied), _) => replied,
        (None, &Request::Ask { question, private }) => {
            meaning.reply(engine, question, private, feedback, lang).await
        }
        (None, &Request::Message { text, private, .. }) => {
            let replied = meaning.reply(engine, text, private, feedback, lang).await;
            reply::framed(request, replied, lang)
        }
        (None, request) => reply::replied(engine, request, feedback, lang),
    };
    Ok((Bytes::from(serde_json::to_vec(&replied.response)?), replied.asked))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reply worked out on the engine a reload replaced, and stored after
    /// the reload cleared the cache, is never served by the new engine (the
    /// race behind a flaky reload test: the old answer stayed cached).
    #[tokio::test]
    async fn a_reply_of_the_replaced_engine_is_not_served_after_a_reload() {
        use crate::knowledge::Knowledge;
        let bundled = include_str!("../../knowledge/cio-vs-cto-21cto.toml");
        let synonyms = include_str!("../../knowledge/synonyms.toml");
        let load = |text: &str| {
            let files = [
                ("cio-vs-cto-21cto.toml".to_owned(), text.to_owned()),
                ("synonyms.toml".to_owned(), synonyms.to_owned()),
            ];
            Arc::new(Engine::new(Knowledge::from_files(files).unwrap()))
        };
        let old = load(bundled);
        let new = load(
            &bundled.replace("Many organizations report tension", "Many firms report tension"),
        );
        assert_ne!(old.version(), new.version());
        let cache = ReplyCache::new(10);
        let request = Request::Ask { question: "who reports to whom?", private: false };
        cache.clear(); // the reload's swap
        let meaning = Meaning::new();
        let how = (reply::Feedback(false), Lang::ENGLISH);
        let (stale, _) = cache.reply(&old, &meaning, &request, how).await.unwrap();
        let (fresh, _) = cache.reply(&new, &meaning, &request, how).await.unwrap();
        let text = |bytes: &Bytes| String::from_utf8_lossy(bytes).into_owned();
        assert!(text(&stale).contains("Many organizations"));
        assert!(text(&fresh).contains("Many firms"), "{}", text(&fresh));
    }
}
