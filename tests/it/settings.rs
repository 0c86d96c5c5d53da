//! Servers' settings and cooldowns, end to end. Over the fake Discord
//! gateway: `/settings` is refused to a member without Manage Server and
//! changes nothing; private replies, public channels and the cooldown's
//! private "slow down" with the time left. Over signed HTTP with two
//! replicas sharing one store: a setting made through one reaches the
//! other, and with PostgreSQL a cooldown counted by one replica holds in the
//! other (SQLite serves one process: each counts its own). And a gateway
//! process and an HTTP replica sharing one PostgreSQL store.

use super::support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use cio_cto_bot::discord::endpoint::{Replies, ReplyCache, router};
use cio_cto_bot::engine::Engine;
use cio_cto_bot::knowledge::Knowledge;
use cio_cto_bot::store::Store;
use serde_json::{Value, json};
use support::*;

/// The fake's default channel, and another one of the same server.
const QA: &str = "1200000000000000001";
const ELSEWHERE: &str = "1200000000000000002";
const MANAGER: &str = "80351110224678999";
const ADA: &str = "80351110224678912";
const GRACE: &str = "80351110224678913";

fn by_manager(interaction: Value) -> Value {
    from_member(interaction, MANAGER, MANAGE_GUILD)
}

fn by(user: &str, interaction: Value) -> Value {
    from_member(interaction, user, 0)
}

fn private(enabled: bool) -> Value {
    json!([{"name": "enabled", "type": 5, "value": enabled}])
}

fn public_channel(channel: &str, public: bool) -> Value {
    json!([{"name": "channel", "type": 7, "value": channel},
           {"name": "public", "type": 5, "value": public}])
}

fn cooldown(questions: i64, seconds: i64) -> Value {
    json!([{"name": "questions", "type": 4, "value": questions},
           {"name": "seconds", "type": 4, "value": seconds}])
}

fn title(body: &Value) -> &str {
    body["data"]["embeds"][0]["title"].as_str().unwrap_or_default()
}

fn text(body: &Value) -> String {
    body["data"]["embeds"][0]["description"].as_str().unwrap_or_default().to_owned()
}

fn is_private(body: &Value) -> bool {
    body["data"]["flags"] == 64
}

/// The seconds a "slow down" says to wait.
fn seconds_left(body: &Value) -> u64 {
    assert_eq!(title(body), "Slow down", "{body}");
    assert!(is_private(body), "a slow down is private");
    let text = text(body);
    let (_, rest) = text.split_once("again in ").expect("the time left");
    rest.trim_end_matches(" s.").parse().unwrap_or_else(|_| panic!("{text}"))
}

async fn connected() -> (FakeDiscord, tokio::process::Child) {
    connected_with(&[]).await
}

async fn connected_with(env: &[(&str, &str)]) -> (FakeDiscord, tokio::process::Child) {
    let fake = FakeDiscord::start().await;
    let bot = start_bot_with(&fake.api_base, Some(GUILD_ID), "warn", env);
    fake.wait_for_session(1).await;
    let path = format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands");
    fake.wait_for_call("PUT", &path).await;
    (fake, bot)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_managers_change_settings_and_they_decide_where_replies_go() {
    let (fake, _bot) = connected().await;
    let question = "who reports to whom?";
    // Each question from another member: the cooldown is tested below, and
    // its "slow down" is private too.
    let answer_in = |channel: &str| {
        let asked = from_someone_new(in_channel(ask(fake.next_id(), question), channel));
        async {
            let body = fake.interact(asked).await;
            assert_eq!(title(&body), "Who reports to whom, the CIO or the CTO?");
            body
        }
    };

    // A member without Manage Server who sends /settings anyway.
    let refused = fake.interact(from_member(
        settings(fake.next_id(), "private", private(true)),
        "7",
        1 << 11,
    ));
    let refused = refused.await;
    assert_valid_callback(&refused);
    assert_eq!(title(&refused), "Only for server managers");
    assert!(is_private(&refused));
    assert!(!is_private(&answer_in(QA).await), "nothing changed");

    let set = fake.interact(by_manager(settings(fake.next_id(), "private", private(true)))).await;
    assert_valid_callback(&set);
    assert!(is_private(&set));
    assert!(text(&set).contains("Replies are now private by default."), "{set}");
    assert!(is_private(&answer_in(QA).await));
    let help = fake.interact(command(fake.next_id(), "help", json!([]))).await;
    assert!(is_private(&help), "every posted reply");
    let shared = json!([{"name": "share", "type": 5, "value": true}]);
    let learn = fake.interact(command(fake.next_id(), "learn", shared)).await;
    assert!(is_private(&learn), "share is ignored where replies are private");

    let listed = settings(fake.next_id(), "public-channel", public_channel(QA, true));
    let listed = fake.interact(by_manager(listed)).await;
    assert_valid_callback(&listed);
    assert!(text(&listed).contains(&format!("I now answer in public in <#{QA}>.")), "{listed}");
    assert!(!is_private(&answer_in(QA).await), "public in a public channel");
    assert!(is_private(&answer_in(ELSEWHERE).await), "private elsewhere");
    let own_choice = json!([{"name": "question", "type": 3, "value": question},
                            {"name": "private", "type": 5, "value": true}]);
    let chose = command(fake.next_id(), "ask", own_choice);
    let chose = fake.interact(from_someone_new(chose)).await;
    assert_ne!(title(&chose), "Slow down");
    assert!(is_private(&chose), "the asker's private: True stands");

    // Private by default off: the listed channel still makes the others private.
    fake.interact(by_manager(settings(fake.next_id(), "private", private(false)))).await;
    let shown = fake.interact(by_manager(settings(fake.next_id(), "show", json!([])))).await;
    let card = shown["data"]["embeds"][0].to_string();
    assert!(card.contains("In public in the channels below; private everywhere else"), "{card}");
    assert!(card.contains(&format!("<#{QA}>")), "{card}");
    assert!(is_private(&answer_in(ELSEWHERE).await));

    let reset = fake.interact(by_manager(settings(fake.next_id(), "reset", json!([])))).await;
    assert!(text(&reset).contains("back to the defaults"), "{reset}");
    assert!(!is_private(&answer_in(ELSEWHERE).await));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cooldown_tells_a_user_how_long_to_wait() {
    let (fake, _bot) = connected().await;
    let out_of_range = settings(fake.next_id(), "cooldown", cooldown(1000, 60));
    let out_of_range = fake.interact(by_manager(out_of_range)).await;
    assert_eq!(title(&out_of_range), "That setting is out of range");

    let set =
        fake.interact(by_manager(settings(fake.next_id(), "cooldown", cooldown(2, 60)))).await;
    assert!(text(&set).contains("The cooldown is now 2 questions every 60 s a person."), "{set}");
    for _ in 0..2 {
        let answered = fake.interact(by(ADA, ask(fake.next_id(), "who reports to whom?"))).await;
        assert_ne!(title(&answered), "Slow down");
    }
    // A question button counts like a typed question.
    let clicked = fake.interact(by(ADA, click(fake.next_id(), "ask:reporting-tension"))).await;
    assert_valid_callback(&clicked);
    let left = seconds_left(&clicked);
    assert!((55..=60).contains(&left), "{left} s left of a 60 s window");
    assert!(text(&clicked).contains("This server allows 2 questions every 60 s a person."));
    let other = fake.interact(by(GRACE, ask(fake.next_id(), "who reports to whom?"))).await;
    assert_ne!(title(&other), "Slow down", "another member is not held up");
    let help = fake.interact(by(ADA, command(fake.next_id(), "help", json!([])))).await;
    assert_eq!(title(&help), "How to use this bot", "only questions count");

    // The default, once reset: 5 questions in 30 s.
    fake.interact(by_manager(settings(fake.next_id(), "reset", json!([])))).await;
    for n in 0..5 {
        let answered = fake.interact(by(ADA, ask(fake.next_id(), "who reports to whom?"))).await;
        assert_ne!(title(&answered), "Slow down", "question {n}");
    }
    let sixth = fake.interact(by(ADA, ask(fake.next_id(), "who reports to whom?"))).await;
    let left = seconds_left(&sixth);
    assert!((25..=30).contains(&left), "{left} s left of a 30 s window");

    let off = fake.interact(by_manager(settings(fake.next_id(), "cooldown", cooldown(0, 1)))).await;
    assert!(text(&off).contains("off: anyone may ask"), "{off}");
    let answered = fake.interact(by(ADA, ask(fake.next_id(), "who reports to whom?"))).await;
    assert_ne!(title(&answered), "Slow down");
}

// ---------------------------------------------------------------------------
// Replicas sharing a store.

fn engine() -> Arc<Engine> {
    Arc::new(Engine::new(Knowledge::bundled().unwrap()))
}

fn replica(signer: &Signer, store: Arc<Store>) -> Router {
    let live = Arc::new(cio_cto_bot::live::Live::serving(engine(), None));
    router(signer.public_key(), Replies::Engine(live, ReplyCache::new(100), Some(store))).unwrap()
}

/// Asks (as a new member each time, so no cooldown applies) until
/// `replica` answers privately; how long that took.
async fn until_private(app: &Router, signer: &Signer, ids: &mut u64) -> Duration {
    let started = Instant::now();
    loop {
        *ids += 1;
        let asked = from_someone_new(ask(ids.to_string(), "who reports to whom?"));
        if is_private(&reply(app, signer, &asked).await) {
            return started.elapsed();
        }
        assert!(started.elapsed() < PATIENCE, "the setting never reached the replica");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// `shared`: whether the replicas count cooldowns together (PostgreSQL).
async fn settings_across_replicas(url: &str, shared: bool) {
    let signer = Signer::new();
    let (store_a, store_b) =
        (Arc::new(Store::open(url).await.unwrap()), Arc::new(Store::open(url).await.unwrap()));
    let (a, b) = (replica(&signer, Arc::clone(&store_a)), replica(&signer, Arc::clone(&store_b)));
    let mut ids = 1_100_000_000_000_000_000_u64;
    let mut next = || {
        ids += 1;
        ids.to_string()
    };

    let set = reply(&a, &signer, &by_manager(settings(next(), "cooldown", cooldown(2, 60)))).await;
    assert!(text(&set).contains("2 questions every 60 s"), "{set}");
    let refused =
        reply(&b, &signer, &by(GRACE, settings(next(), "cooldown", cooldown(100, 1)))).await;
    assert_eq!(title(&refused), "Only for server managers");
    for replica in [&b, &a] {
        let answered = reply(replica, &signer, &by(ADA, ask(next(), "who reports to whom?"))).await;
        assert_ne!(title(&answered), "Slow down");
    }
    let third = reply(&b, &signer, &by(ADA, ask(next(), "who reports to whom?"))).await;
    if shared {
        let left = seconds_left(&third);
        assert!((55..=60).contains(&left), "{left} s left");
        assert!(text(&third).contains("2 questions every 60 s"), "the manager's, not the refused");
    } else {
        assert_ne!(title(&third), "Slow down", "B counted one question");
        let fourth = reply(&b, &signer, &by(ADA, ask(next(), "who reports to whom?"))).await;
        assert!(text(&fourth).contains("2 questions every 60 s"), "{fourth}");
        assert!((55..=60).contains(&seconds_left(&fourth)));
    }

    // A setting made through one replica reaches the other.
    reply(&a, &signer, &by_manager(settings(next(), "private", private(true)))).await;
    let mut probe = 1_200_000_000_000_000_000_u64;
    let took = until_private(&b, &signer, &mut probe).await;
    eprintln!("a setting made on one replica applied on the other after {took:?}");
    store_a.close().await;
    store_b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_hold_across_replicas_on_sqlite() {
    let (_, url) = fresh_sqlite("settings-replicas");
    settings_across_replicas(&url, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_and_cooldowns_hold_across_replicas_on_postgres() {
    let Some(url) = fresh_postgres_database("settings_replicas").await else { return };
    settings_across_replicas(&url, true).await;
}

/// A gateway process and an HTTP replica on one PostgreSQL store: a
/// cooldown counted over HTTP holds on the gateway, and a setting made
/// over the gateway reaches the HTTP replica.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_process_and_an_http_replica_share_settings_on_postgres() {
    let Some(url) = fresh_postgres_database("settings_gateway").await else { return };
    let (fake, _bot) = connected_with(&[("DATABASE_URL", &url)]).await;
    let signer = Signer::new();
    let store = Arc::new(Store::open(&url).await.unwrap());
    let http = replica(&signer, Arc::clone(&store));

    let set = by_manager(settings(fake.next_id(), "cooldown", cooldown(1, 60)));
    reply(&http, &signer, &set).await;
    let answered =
        reply(&http, &signer, &by(ADA, ask(fake.next_id(), "who reports to whom?"))).await;
    assert_ne!(title(&answered), "Slow down");
    let held = fake.interact(by(ADA, ask(fake.next_id(), "who reports to whom?"))).await;
    assert_valid_callback(&held);
    let left = seconds_left(&held);
    assert!((50..=60).contains(&left), "{left} s left");

    let set = fake.interact(by_manager(settings(fake.next_id(), "private", private(true)))).await;
    assert!(text(&set).contains("private by default"), "{set}");
    let mut probe = 1_300_000_000_000_000_000_u64;
    until_private(&http, &signer, &mut probe).await;
    store.close().await;
}
