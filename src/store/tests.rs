//! The store's unit tests, apart from the code so that mod.rs reads as the store
//! itself: the same checks run against SQLite and, when one is at hand, PostgreSQL.

use super::*;

fn question(n: i64, guild: Option<&str>) -> Question {
    Question {
        asked_at: 1_800_000_000 + n,
        guild_id: guild.map(str::to_owned),
        channel_id: Some("1200000000000000001".to_owned()),
        transport: "http",
        question: format!("question {n} with 'quotes' and @everyone 🙂"),
        outcome: if n % 2 == 0 { Outcome::Answered } else { Outcome::Declined },
        entry: (n % 2 == 0).then(|| "acronyms".to_owned()),
        confidence: 0.5,
        knowledge_version: "v1".to_owned(),
    }
}

/// The same checks against any backend: rows round-trip, purge and
/// forget remove what they should, and closing flushes the queue.
pub(crate) async fn exercise(url: &str) {
    let store = Store::open(url).await.expect("the store opens");
    let before = store.count().await.unwrap();
    assert_eq!(before, 0, "a fresh store");
    for n in 0..300 {
        store.record(question(n, Some(if n < 100 { "g1" } else { "g2" })));
    }
    store.close().await;
    let store = Store::open(url).await.expect("the store opens again");
    let stored = store.questions().await.unwrap();
    assert_eq!(stored.len(), 300, "closing flushed every queued row");
    assert_eq!(stored[7], question(7, Some("g1")));
    // Votes: one per voter per answer, whatever the replica or the order.
    let alice = store.voter("1100000000000000001").unwrap();
    let bob = store.voter("1100000000000000002").unwrap();
    let vote = |message: &str, voter: &str, up: bool, guild: &str| Vote {
        voted_at: 1_800_000_000 + 200,
        message_id: message.to_owned(),
        voter: voter.to_owned(),
        guild_id: Some(guild.to_owned()),
        entry: if message == "m1" { "acronyms" } else { "reporting-tension" }.to_owned(),
        up,
    };
    // Each vote is committed when `vote` returns: the first counts.
    assert!(store.vote(&vote("m1", &alice, true, "g2")).await.unwrap());
    assert!(!store.vote(&vote("m1", &alice, false, "g2")).await.unwrap(), "a second vote");
    assert!(store.vote(&vote("m1", &bob, true, "g2")).await.unwrap());
    assert!(store.vote(&vote("m2", &alice, false, "g1")).await.unwrap());
    store.close().await;
    let store = Store::open(url).await.expect("the store opens again");
    let again = store.voter("1100000000000000001").unwrap();
    assert_eq!(again, alice, "the install's key is kept");
    assert!(!store.vote(&vote("m1", &bob, false, "g2")).await.unwrap());
    store.close().await;
    let store = Store::open(url).await.expect("the store opens again");
    let counts = store.votes_since(0, None).await.unwrap();
    assert_eq!(
        counts,
        [
            VoteCount { entry: "reporting-tension".into(), up: 0, down: 1 },
            VoteCount { entry: "acronyms".into(), up: 2, down: 0 },
        ]
    );
    let week = store.stats_since(1_800_000_000 + 100, Some("g2")).await.unwrap();
    assert_eq!((week.questions, week.answered, week.up, week.down), (200, 100, 2, 0));
    assert_eq!(week.top, [("acronyms".to_owned(), 100)]);
    let all = store.stats_since(0, None).await.unwrap();
    assert_eq!((all.questions, all.answered, all.up, all.down), (300, 150, 2, 1));

    // Quiz scores: one answer a question counts; streaks and bests.
    let q = |n: &str, right: bool| {
        let store = &store;
        let alice = alice.clone();
        let n = n.to_owned();
        async move { store.quiz_answer(&alice, Some("g9"), &n, right, 1_800_000_300).await.unwrap() }
    };
    let scores = [
        q("a", true).await,
        q("b", true).await,
        q("b", false).await,
        q("c", false).await,
        q("d", true).await,
    ];
    let seen: Vec<(i64, i64, i64, i64, bool)> =
        scores.iter().map(|s| (s.answered, s.correct, s.streak, s.best, s.counted)).collect();
    assert_eq!(
        seen,
        [
            (1, 1, 1, 1, true),
            (2, 2, 2, 2, true),
            (2, 2, 2, 2, false),
            (3, 2, 0, 2, true),
            (4, 3, 1, 2, true)
        ]
    );
    let elsewhere = store.quiz_answer(&alice, None, "a", true, 1_800_000_300).await.unwrap();
    assert!(!elsewhere.counted, "a question counts once, wherever it is answered");

    // A removal forgets what was queued before it, not what comes after.
    store.record(question(5000, Some("g9")));
    store.forget_guild_later("g9").await;
    store.record(question(5001, Some("g9")));
    store.close().await;
    let store = Store::open(url).await.expect("the store opens again");
    let g9: Vec<i64> = (store.questions().await.unwrap().iter())
        .filter(|q| q.guild_id.as_deref() == Some("g9"))
        .map(|q| q.asked_at - 1_800_000_000)
        .collect();
    assert_eq!(g9, [5001]);
    assert_eq!(store.forget_guild("g9").await.unwrap().questions, 1);

    let removed = store.forget_guild("g1").await.unwrap();
    assert_eq!((removed.questions, removed.votes, removed.total()), (100, 1, 101));
    assert_eq!(
        removed.to_string(),
        "100 questions, 1 vote, 0 quiz answers, 0 quiz scores and 0 settings rows"
    );
    assert_eq!(store.votes_since(0, None).await.unwrap().len(), 1);
    let purged = store.purge(1_800_000_000 + 86_400 + 250, 1).await.unwrap();
    assert_eq!((purged.questions, purged.votes, purged.total()), (150, 2, 152));
    assert_eq!(store.count().await.unwrap(), 50);
    store.close().await;

    // 64 writers at once lose no row.
    let store = std::sync::Arc::new(Store::open(url).await.unwrap());
    let writers: Vec<_> = (0..64)
        .map(|w| {
            let store = std::sync::Arc::clone(&store);
            tokio::spawn(async move {
                for n in 0..50 {
                    store.record(question(1000 + w * 50 + n, Some("g3")));
                    tokio::task::yield_now().await;
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap();
    }
    store.close().await;
    let store = Store::open(url).await.unwrap();
    assert_eq!(store.count().await.unwrap(), 50 + 64 * 50);
    store.close().await;
}

/// Settings and cooldowns against any backend, as two replicas see
/// them: two stores open on the same database.
pub(crate) async fn exercise_settings(url: &str) {
    use crate::settings::{Admission, Cooldown, MAX_PUBLIC_CHANNELS, Settings};
    let (a, b) = (Store::open(url).await.unwrap(), Store::open(url).await.unwrap());
    assert_eq!(a.settings("g1").await.unwrap(), Settings::default());
    a.set_private_default("g1", true, 1).await.unwrap();
    a.set_cooldown("g1", Cooldown { questions: 2, seconds: 10 }, 2).await.unwrap();
    assert_eq!(a.set_public_channel("g1", "c1", true).await.unwrap(), ChannelChange::Added);
    assert_eq!(b.set_public_channel("g1", "c1", true).await.unwrap(), ChannelChange::Unchanged);
    assert_eq!(b.set_public_channel("g1", "c2", true).await.unwrap(), ChannelChange::Added);
    assert_eq!(a.set_public_channel("g1", "c2", false).await.unwrap(), ChannelChange::Removed);
    assert_eq!(a.set_public_channel("g1", "c9", false).await.unwrap(), ChannelChange::Unchanged);
    let seen = b.settings("g1").await.unwrap();
    assert!(seen.private_default);
    assert_eq!(seen.cooldown, Cooldown { questions: 2, seconds: 10 });
    assert_eq!(seen.public_channels.iter().collect::<Vec<_>>(), ["c1"]);
    assert_eq!(b.settings("g2").await.unwrap(), Settings::default(), "per server");
    for n in 1..MAX_PUBLIC_CHANNELS {
        let added = a.set_public_channel("g1", &format!("x{n}"), true).await.unwrap();
        assert_eq!(added, ChannelChange::Added);
    }
    assert_eq!(a.set_public_channel("g1", "y", true).await.unwrap(), ChannelChange::Full);
    assert_eq!(a.settings("g1").await.unwrap().public_channels.len(), MAX_PUBLIC_CHANNELS);

    // A cooldown counted on one replica holds on the other.
    let c = Cooldown { questions: 2, seconds: 10 };
    let t = 1_800_000_000_000;
    assert_eq!(a.admit(Some("g1"), "u1", c, t).await.unwrap(), Admission::Allowed);
    assert_eq!(b.admit(Some("g1"), "u1", c, t + 1000).await.unwrap(), Admission::Allowed);
    assert_eq!(
        a.admit(Some("g1"), "u1", c, t + 4000).await.unwrap(),
        Admission::Refused { wait_ms: 6000 }
    );
    assert_eq!(
        b.admit(Some("g1"), "u1", c, t + 9000).await.unwrap(),
        Admission::Refused { wait_ms: 1000 }
    );
    assert_eq!(b.admit(Some("g1"), "u2", c, t + 9000).await.unwrap(), Admission::Allowed);
    assert_eq!(b.admit(Some("g2"), "u1", c, t + 9000).await.unwrap(), Admission::Allowed);
    assert_eq!(a.admit(Some("g1"), "u1", c, t + 10_000).await.unwrap(), Admission::Allowed);
    assert_eq!(a.admit(None, "u1", Cooldown::OFF, t).await.unwrap(), Admission::Allowed);
    // Many at once, from both replicas: exactly `questions` of one
    // user's checks in a window are allowed.
    let c = Cooldown { questions: 7, seconds: 60 };
    let (a, b) = (std::sync::Arc::new(a), std::sync::Arc::new(b));
    let checks: Vec<_> = (0..40)
        .map(|i| {
            let store = std::sync::Arc::clone(if i % 2 == 0 { &a } else { &b });
            tokio::spawn(async move { store.admit(Some("g3"), "u3", c, t).await.unwrap() })
        })
        .collect();
    let mut allowed = 0;
    for check in checks {
        if check.await.unwrap() == Admission::Allowed {
            allowed += 1;
        }
    }
    assert_eq!(allowed, 7);

    // Reset and removal forget the server's settings.
    a.reset_settings("g1").await.unwrap();
    assert_eq!(b.settings("g1").await.unwrap(), Settings::default());
    b.set_private_default("g3", true, 3).await.unwrap();
    assert!(b.forget_guild("g3").await.unwrap().settings >= 2, "the settings and the cooldown");
    assert_eq!(a.settings("g3").await.unwrap(), Settings::default());
    a.close().await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_stores_purges_and_forgets() {
    let dir = scratch();
    let path = dir.path().join("test.db");
    exercise(&format!("sqlite://{}", path.display())).await;
    let settings = dir.path().join("settings.db");
    exercise_settings(&format!("sqlite://{}", settings.display())).await;
}

/// Against a real PostgreSQL server: `.ci/run` starts one and sets
/// `TEST_POSTGRES_URL` (see the README to run it locally). Without it the
/// test says so, and fails under CI.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_stores_purges_and_forgets() {
    let Ok(admin) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(std::env::var("CI").is_err(), "CI must set TEST_POSTGRES_URL");
        eprintln!("TEST_POSTGRES_URL is not set: the PostgreSQL store test did not run");
        return;
    };
    sqlx::any::install_default_drivers();
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&admin).await.unwrap();
    let name = format!("cio_cto_bot_test_{}", std::process::id());
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&pool).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
    let (base, _) = admin.rsplit_once('/').expect("a URL with a database name");
    exercise(&format!("{base}/{name}")).await;
    exercise_settings(&format!("{base}/{name}")).await;
    sqlx::query(&format!("DROP DATABASE {name}")).execute(&pool).await.unwrap();
}

/// A fresh folder, removed with what is in it when the test ends.
fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("cio-cto-bot-store-").tempdir().unwrap()
}

/// Whether `needle` is anywhere in the store's files (the database, its
/// WAL and shared memory), as `strings` would find it.
fn on_disk(path: &std::path::Path, needle: &str) -> bool {
    ["", "-wal", "-shm"].iter().any(|suffix| {
        let bytes = std::fs::read(format!("{}{suffix}", path.display())).unwrap_or_default();
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    })
}

/// What `forget` and the retention purge remove is gone from the
/// files, not only from the tables.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forgotten_and_purged_questions_leave_no_trace_on_disk() {
    let dir = scratch();
    let path = dir.path().join("store.db");
    let url = format!("sqlite://{}", path.display());
    let store = Store::open(&url).await.unwrap();
    let asked = |n: i64, guild: &str, text: &str| Question {
        question: format!("{text} number {n}"),
        ..question(n, Some(guild))
    };
    for n in 0..200 {
        store.record(asked(n, "g-gone", "zebracorn-forgotten"));
        store.record(asked(n, "g-kept", "okapi-kept"));
    }
    store.record(Question { asked_at: 1_000, ..asked(0, "g-old", "narwhal-purged") });
    store.close().await;
    let store = Store::open(&url).await.unwrap();
    assert!(on_disk(&path, "zebracorn-forgotten") && on_disk(&path, "narwhal-purged"));
    assert_eq!(store.forget_guild("g-gone").await.unwrap().questions, 200);
    assert_eq!(store.purge(1_800_000_000, 30).await.unwrap().questions, 1);
    assert!(!on_disk(&path, "zebracorn-forgotten"), "a forgotten server's questions");
    assert!(!on_disk(&path, "narwhal-purged"), "a purged question");
    assert!(on_disk(&path, "okapi-kept"), "the check can see what is kept");
    assert_eq!(store.count().await.unwrap(), 200);
    store.close().await;
}

/// A service's store whose folder does not exist yet: the bot goes on,
/// the store says it is unreachable, and once the folder is made the
/// store connects, migrates and writes what was queued meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_that_comes_late_is_connected_and_migrated_then() {
    let scratch = scratch();
    let dir = scratch.path().join("late");
    let path = dir.join("store.db");
    let store = Store::start(&format!("sqlite://{}", path.display())).unwrap();
    for n in 0..20 {
        store.record(question(n, Some("g1")));
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while store.health() != Health::Unreachable {
        assert!(std::time::Instant::now() < deadline, "never reported unreachable");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(matches!(store.voter("1"), Err(StoreError::Unreachable)));
    assert!(matches!(store.count().await, Err(StoreError::Unreachable)));
    std::fs::create_dir_all(&dir).unwrap();
    let connected = tokio::time::timeout(std::time::Duration::from_secs(30), store.connected());
    assert!(connected.await.unwrap(), "connected once the folder exists");
    assert_eq!(store.health(), Health::Up);
    assert!(store.voter("1").is_ok());
    store.close().await;
    let store = Store::open_existing(&format!("sqlite://{}", path.display())).await.unwrap();
    assert_eq!(store.count().await.unwrap(), 20, "what was queued meanwhile is kept");
    store.close().await;
}

/// Commands that read the store name it when it is not there, and make
/// nothing.
#[tokio::test]
async fn reading_a_store_that_is_not_there_names_it_and_makes_nothing() {
    let dir = scratch();
    let path = dir.path().join("cio-cto-bot.db");
    let err = Store::open_existing(&format!("sqlite://{}", path.display())).await.unwrap_err();
    assert_eq!(err.to_string().lines().count(), 1);
    assert!(err.to_string().contains(&format!("no store at {}", path.display())), "{err}");
    assert!(!path.exists());
}

/// A file of random bytes is named with its cause, in one line.
#[tokio::test]
async fn a_corrupt_store_is_named_with_its_cause() {
    let dir = scratch();
    let path = dir.path().join("store.db");
    let junk: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&path, junk).unwrap();
    let err = Store::open(&format!("sqlite://{}", path.display())).await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string()) && text.contains("not a database"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1);
    assert_eq!(text.matches("not a database").count(), 1, "{text}");
    let chain = format!("{:#}", anyhow::Error::new(err));
    assert_eq!(chain.matches("not a database").count(), 1, "{chain}");
}

/// Each error says its cause once, also as an `anyhow` chain (`{:#}`),
/// which prints every `source()` after the message.
#[test]
fn a_store_error_says_its_cause_once() {
    let refused = || {
        sqlx::Error::Io(std::io::Error::new(
            std::io::ErrorKind::ConnectionRefused,
            "refused by peer",
        ))
    };
    for err in [StoreError::Open(refused()), StoreError::Query(refused())] {
        let chain = format!("{:#}", anyhow::Error::new(err).context("starting"));
        assert_eq!(chain.matches("refused by peer").count(), 1, "{chain}");
    }
}

#[test]
fn the_url_names_the_backend() {
    assert_eq!(Backend::of("sqlite://x.db").unwrap(), Backend::Sqlite);
    assert_eq!(Backend::of("postgres://u@h/db").unwrap(), Backend::Postgres);
    assert!(Backend::of("mysql://h/db").unwrap_err().to_string().contains("STORE=off"));
}
