//! What a server's settings decide, applied to each interaction before it
//! is answered: the per-user cooldown, and whether the reply is private.
//! Both transports go through [`Policy::gate`].
//!
//! Settings are read from the store and kept here for [`FRESH`] a server,
//! so a change made through another replica applies within that (a change
//! made here applies at once). While a server's settings cannot be read
//! (the store is unreachable), replies fail closed: they are private
//! ([`Settings::unknown`]), as the settings may ask.
//!
//! Cooldowns are counted where the processes answering a server meet: with
//! PostgreSQL, the store of every replica, on every question, so replicas
//! count a user alike; with SQLite, which serves one process, or no store,
//! this process's memory. Counting in SQLite cost a thread hop a question
//! and a third of the throughput under load (see `docs/measurements.md`),
//! for processes that SQLite does not serve. A store that is slow or down
//! is counted around in memory (with a warning), never at a reply's cost.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serenity::builder::CreateInteractionResponse;
use tracing::warn;

use super::message::notice;
use super::request::{Caller, Request};
use crate::locale::Lang;
use crate::settings::{Admission, Cooldown, Replies, Settings, Window};
use crate::store::{Backend, Health, Store};
use crate::tr;

/// How long settings read from the store are used before they are read
/// again.
pub const FRESH: Duration = Duration::from_secs(2);
/// How long a question waits for the store's cooldown count before it is
/// answered anyway.
const COUNT_PATIENCE: Duration = Duration::from_millis(500);
/// Servers whose settings are kept here at most.
const SERVERS_KEPT: usize = 10_000;
/// Users the in-memory cooldown tracks before it first drops the windows
/// that have closed.
const USERS_KEPT: usize = 10_000;

/// What to do with an interaction.
#[derive(Debug)]
pub enum Gate<'a> {
    /// Answer `request`, its visibility as the settings make it; `private`
    /// says whether they made it private (for a transport that reads the
    /// request again).
    Pass { request: Request<'a>, private: bool },
    /// The user is over the cooldown: this private reply says how long to
    /// wait.
    SlowDown(CreateInteractionResponse),
}

/// Settings kept here, with when they were read.
type Cached = (Instant, Arc<Settings>);

/// The settings in force and the cooldown counter, shared by everything
/// that answers interactions in a process.
pub struct Policy {
    store: Option<Arc<Store>>,
    cache: quick_cache::sync::Cache<String, Cached>,
    /// Without a shared store: each (server, user)'s window.
    memory: Mutex<Memory>,
}

/// Cooldown windows counted in memory, with when each closes.
#[derive(Default)]
struct Memory {
    windows: HashMap<(String, String), (Window, i64)>,
    /// The size at which closed windows are next dropped: twice what was
    /// left after the last sweep, so a sweep costs O(1) a question however
    /// many people ask.
    sweep_at: usize,
}

impl Memory {
    fn count(&mut self, key: (String, String), cooldown: Cooldown, now_ms: i64) -> Admission {
        if self.windows.len() >= self.sweep_at.max(USERS_KEPT) {
            self.windows.retain(|_, (_, closes)| now_ms < *closes);
            self.sweep_at = 2 * self.windows.len();
        }
        let window = cooldown.count(self.windows.get(&key).map(|(w, _)| *w), now_ms, 1);
        self.windows.insert(key, (window, window.started_ms + cooldown.window_ms()));
        cooldown.admits(window, window.used, now_ms)
    }
}

impl Policy {
    pub fn new(store: Option<Arc<Store>>) -> Policy {
        Policy {
            store,
            cache: quick_cache::sync::Cache::new(SERVERS_KEPT),
            memory: Mutex::new(Memory::default()),
        }
    }

    pub fn store(&self) -> Option<&Arc<Store>> {
        self.store.as_ref()
    }

    /// The settings of `guild`: the defaults outside a server or without a
    /// store, and [`Settings::unknown`] (private replies) while they
    /// cannot be read.
    pub async fn settings(&self, guild: Option<&str>) -> Arc<Settings> {
        let (Some(guild), Some(store)) = (guild, &self.store) else {
            return Arc::new(Settings::default());
        };
        match self.cache.get_value_or_guard_async(guild).await {
            Ok((read, settings)) if read.elapsed() < FRESH => settings,
            Ok((_, stale)) => {
                // Others keep the old settings while this request reads
                // the new ones.
                self.cache.insert(guild.to_owned(), (Instant::now(), stale));
                let fresh = Arc::new(read(store, guild).await.unwrap_or_else(Settings::unknown));
                self.cache.insert(guild.to_owned(), (Instant::now(), Arc::clone(&fresh)));
                fresh
            }
            Err(guard) => {
                let fresh = Arc::new(read(store, guild).await.unwrap_or_else(Settings::unknown));
                let _ = guard.insert((Instant::now(), Arc::clone(&fresh)));
                fresh
            }
        }
    }

    /// Forgets the settings kept for `guild`: they were just changed.
    pub fn changed(&self, guild: &str) {
        self.cache.remove(guild);
    }

    /// Forgets `guild`'s settings and the cooldown windows counted here:
    /// it is back on the defaults, with every window closed (the store's
    /// are deleted with its settings).
    pub fn reset(&self, guild: &str) {
        self.changed(guild);
        let mut memory = self.memory.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        memory.windows.retain(|(g, _), _| g != guild);
    }

    /// Applies the settings to a request: a question over the cooldown
    /// gets a "slow down"; anything else is answered, privately where the
    /// settings say so.
    pub async fn gate<'a>(&self, request: Request<'a>, caller: &Caller) -> Gate<'a> {
        let class = request.class();
        let counted = class.cooldown;
        if !class.posted {
            return Gate::Pass { request, private: false };
        }
        let guild = caller.guild.as_deref();
        let settings = self.settings(guild).await;
        if counted && let Some(user) = &caller.user {
            let cooldown = settings.cooldown;
            if let Admission::Refused { wait_ms } = self.admit(guild, user, cooldown).await {
                return Gate::SlowDown(slow_down(wait_ms, cooldown, caller.lang));
            }
        }
        let private =
            guild.is_some() && settings.replies_in(caller.channel.as_deref()) == Replies::Private;
        Gate::Pass { request: visible(request, private), private }
    }

    async fn admit(&self, guild: Option<&str>, user: &str, cooldown: Cooldown) -> Admission {
        if cooldown.is_off() {
            return Admission::Allowed;
        }
        let now_ms = crate::store::now_ms();
        let shared = self.store.as_ref().filter(|s| s.backend() == Backend::Postgres);
        let counted = match shared {
            Some(store) if store.health() == Health::Up => {
                let counted = async {
                    let user_key = store.voter(user)?;
                    store.admit(guild, &user_key, cooldown, now_ms).await
                };
                match tokio::time::timeout(COUNT_PATIENCE, counted).await {
                    Ok(Ok(admission)) => Some(admission),
                    Ok(Err(err)) => {
                        warn!(%err, "could not count a cooldown in the store; counting it here");
                        None
                    }
                    Err(_) => {
                        warn!("the store did not count a cooldown within 500 ms; counting it here");
                        None
                    }
                }
            }
            _ => None,
        };
        counted.unwrap_or_else(|| {
            let key = (guild.unwrap_or("").to_owned(), user.to_owned());
            let mut memory = self.memory.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            memory.count(key, cooldown, now_ms)
        })
    }
}

/// A server's settings from the store; `None` when they cannot be read
/// now (at once while the store is not up).
async fn read(store: &Store, guild: &str) -> Option<Settings> {
    if store.health() != Health::Up {
        return None;
    }
    match tokio::time::timeout(COUNT_PATIENCE, store.settings(guild)).await {
        Ok(Ok(settings)) => Some(settings),
        Ok(Err(err)) => {
            warn!(%err, "could not read a server's settings; replying privately meanwhile");
            None
        }
        Err(_) => {
            warn!(
                "the store did not give a server's settings within 500 ms; replying privately meanwhile"
            );
            None
        }
    }
}

/// The private reply to a question over the cooldown, with the time left
/// (rounded up to the second).
pub fn slow_down(wait_ms: i64, cooldown: Cooldown, lang: Lang) -> CreateInteractionResponse {
    let seconds = (wait_ms.max(1) + 999) / 1000;
    let text = tr!(lang, "slow-down", cooldown = cooldown.describe(lang), seconds = seconds);
    notice(&tr!(lang, "slow-down-title"), &text)
}

/// Whether the cooldown counts a request ([`Request::class`]).
pub fn counts(request: &Request) -> bool {
    request.class().cooldown
}

/// The request with its reply made private when `private`
/// ([`Request::made_private`]).
pub fn visible(request: Request<'_>, private: bool) -> Request<'_> {
    if private { request.made_private() } else { request }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a request's reply is posted where the settings decide, not
    /// counted by the cooldown ([`Request::class`]).
    fn shown(request: &Request) -> bool {
        let class = request.class();
        class.posted && !class.cooldown
    }

    fn caller(channel: &str) -> Caller {
        Caller {
            user: Some("7".into()),
            guild: Some("1".into()),
            channel: Some(channel.into()),
            ..Caller::default()
        }
    }

    #[test]
    fn private_settings_make_every_posted_reply_private() {
        let asked = [
            Request::Ask { question: "q", private: false },
            Request::Quote { person: "p", private: false },
            Request::Entry { id: "e", private: false },
            Request::Stats { private: false },
            Request::Compare { private: false },
            Request::Topics { private: false },
            Request::Sources { private: false },
            Request::Help { private: false },
        ];
        for request in asked {
            assert_eq!(visible(request.clone(), false), request, "public stays public");
            let private = format!("{:?}", visible(request.clone(), true));
            assert!(private.contains("private: true"), "{private}");
            assert!(counts(&request) || shown(&request), "{request:?}");
        }
        assert_eq!(
            visible(Request::Learn { path: "p", share: true }, true),
            Request::Learn { path: "p", share: false }
        );
        assert_eq!(
            visible(Request::Quiz { topic: "t", share: true, seed: 3 }, true),
            Request::Quiz { topic: "t", share: false, seed: 3 }
        );
        let kb = Request::Kb(super::super::request::Kb::Stats);
        assert_eq!(visible(kb.clone(), true), kb);
        assert!(!counts(&Request::SuggestQuestions { partial: "" }));
    }

    fn slow_down_text(response: &CreateInteractionResponse) -> String {
        let json = serde_json::to_value(response).unwrap();
        assert_eq!(json["data"]["flags"], 64, "private");
        assert_eq!(json["data"]["allowed_mentions"]["parse"], serde_json::json!([]));
        json["data"]["embeds"][0].to_string()
    }

    #[test]
    fn slow_down_rounds_the_time_left_up() {
        let c = Cooldown { questions: 1, seconds: 60 };
        let text = slow_down_text(&slow_down(12_001, c, Lang::ENGLISH));
        assert!(text.contains("again in 13 s") && text.contains("1 question every 60 s"), "{text}");
        assert!(slow_down_text(&slow_down(0, c, Lang::ENGLISH)).contains("again in 1 s"));
    }

    /// Many people asking: closed windows are dropped, open ones kept.
    #[test]
    fn the_memory_drops_closed_windows_and_keeps_open_ones() {
        let mut memory = Memory::default();
        let c = Cooldown { questions: 1, seconds: 1 };
        let key = |n: usize| (String::new(), n.to_string());
        for n in 0..USERS_KEPT {
            assert_eq!(memory.count(key(n), c, 0), Admission::Allowed);
        }
        // A sweep with every window open drops none, and waits for twice as many.
        assert_eq!(memory.count(key(0), c, 500), Admission::Refused { wait_ms: 500 });
        assert_eq!(memory.windows.len(), USERS_KEPT);
        // At 1 s the first windows have closed: the sweep at twice as many
        // drops them and keeps the new ones.
        for n in USERS_KEPT..=2 * USERS_KEPT {
            assert_eq!(memory.count(key(n), c, 1000), Admission::Allowed);
        }
        assert_eq!(memory.windows.len(), USERS_KEPT + 1);
        assert!(!memory.windows.contains_key(&key(5)));
        assert_eq!(memory.count(key(USERS_KEPT), c, 1500), Admission::Refused { wait_ms: 500 });
    }

    /// Without a store the defaults hold, counted in memory (as with
    /// SQLite): the sixth
    /// question in 30 s is refused, privately, with the time left; another
    /// user, or the same user in another server, is not.
    #[tokio::test]
    async fn without_a_store_the_default_cooldown_is_counted_in_memory() {
        let policy = Policy::new(None);
        let ask = || Request::Ask { question: "q", private: false };
        for _ in 0..5 {
            assert!(matches!(policy.gate(ask(), &caller("2")).await, Gate::Pass { .. }));
        }
        let Gate::SlowDown(reply) = policy.gate(ask(), &caller("2")).await else {
            panic!("the sixth question passed");
        };
        let reply = serde_json::to_value(&reply).unwrap();
        assert_eq!(reply["data"]["flags"], 64);
        let text = reply["data"]["embeds"][0]["description"].as_str().unwrap();
        assert!(text.contains("again in 30 s") || text.contains("again in 29 s"), "{text}");
        let other = Caller { user: Some("8".into()), ..caller("2") };
        assert!(matches!(policy.gate(ask(), &other).await, Gate::Pass { .. }));
        let elsewhere = Caller { guild: Some("9".into()), ..caller("2") };
        assert!(matches!(policy.gate(ask(), &elsewhere).await, Gate::Pass { .. }));
        // Help is not a question: it is never refused.
        let help = Request::Help { private: false };
        assert!(matches!(policy.gate(help, &caller("2")).await, Gate::Pass { private: false, .. }));
    }
}
