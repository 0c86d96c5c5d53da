//! The store: every question asked, kept for the curators, and what the bot
//! acknowledges to people (votes, quiz answers, settings). SQLite embedded
//! by default, PostgreSQL when replicas share one; chosen by the URL
//! (`sqlite://PATH`, `postgres://…`) through sqlx's `Any` driver, with the
//! schema in embedded migrations, one folder per database.
//!
//! A service's store connects in the background ([`Store::start`]) and is
//! retried while it cannot be reached (`link`); the bot answers meanwhile.
//! Questions are group-committed off the reply path (`writer`): a crash
//! loses at most the last [`GATHER`] of them. Votes, quiz answers and
//! settings are committed before the bot says they were kept.
//!
//! No user id or user name is stored: where a feature needs to tell users
//! apart (one vote per user per answer), it stores a keyed hash
//! ([`Store::voter`]) made with a secret generated once per install and
//! kept in the store itself.

mod cooldown;
mod link;
mod quiz;
mod read;
mod settings;
mod voter;
mod writer;

pub use link::Health;
pub use quiz::Score;
pub use read::{GapsInput, Stats, VoteCount};
pub use settings::ChannelChange;
pub use voter::VoterKey;
pub use writer::GATHER;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use sqlx::AnyPool;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tracing::warn;

use link::{Create, Link};
use writer::Row;

static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("src/store/migrations/sqlite");
static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("src/store/migrations/postgres");

/// The store could not be opened or used. Each message says its cause once
/// (the cause is in the message, not in `source()`, so that chains printed
/// with `{:#}` do not repeat it).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "DATABASE_URL must start with sqlite:// or postgres:// (got {0:?}); set STORE=off to keep nothing"
    )]
    UnknownScheme(String),
    #[error(
        "no store at {path} (DATABASE_URL): the bot makes it when it first keeps a question; check the path"
    )]
    Missing { path: String },
    #[error("cannot use the SQLite store {path}: {problem} (DATABASE_URL)")]
    Sqlite { path: String, problem: String },
    #[error("opening the store (DATABASE_URL): {0}")]
    Open(sqlx::Error),
    #[error("the store did not answer (DATABASE_URL): {0}")]
    Timeout(String),
    #[error("the store is unreachable")]
    Unreachable,
    #[error("updating the store's schema: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("the store: {0}")]
    Query(sqlx::Error),
    #[error("no randomness for the install's secret: {0}")]
    Random(String),
    #[error("the store holds a damaged value: {0}")]
    Corrupt(&'static str),
    #[error("the store's cooldown counter is {0}")]
    Busy(&'static str),
    #[error("counting a cooldown: {0}")]
    Cooldown(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        StoreError::Query(err)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(err: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migrate(err)
    }
}

/// Which database a store is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The database a URL names.
    pub fn of(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnknownScheme(url.chars().take(40).collect()))
        }
    }
}

/// Now, in Unix seconds: the store's unit of time.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Now, in Unix milliseconds: the unit of cooldowns.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Whether a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Answered,
    Declined,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Declined => "declined",
        }
    }
}

/// One question asked, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Unix seconds.
    pub asked_at: i64,
    pub guild_id: Option<String>,
    pub channel_id: Option<String>,
    /// `gateway`, `http`, `cli` or `console`.
    pub transport: &'static str,
    pub question: String,
    pub outcome: Outcome,
    pub entry: Option<String>,
    pub confidence: f32,
    pub knowledge_version: String,
}

/// A question asked and how it was answered: what the adapters hand to
/// [`Store::record`] with where it was asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub question: String,
    pub answered: Option<String>,
    pub confidence: f32,
}

impl Asked {
    pub fn of(answer: &crate::engine::Answer) -> Asked {
        Asked {
            question: answer.question.clone(),
            answered: answer.entry().map(|e| e.id.clone()),
            confidence: answer.confidence,
        }
    }
}

/// A 👍 or 👎 on one answer, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    /// Unix seconds.
    pub voted_at: i64,
    /// The message that holds the answer: one vote per voter counts.
    pub message_id: String,
    /// [`Store::voter`] of the user: never the user id itself.
    pub voter: String,
    pub guild_id: Option<String>,
    pub entry: String,
    pub up: bool,
}

/// What a removal (`forget`, the retention purge) deleted, table by table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    pub questions: u64,
    pub votes: u64,
    pub quiz_answers: u64,
    pub quiz_scores: u64,
    /// Settings, public channels and cooldown windows.
    pub settings: u64,
}

impl Removed {
    pub fn total(&self) -> u64 {
        self.questions + self.votes + self.quiz_answers + self.quiz_scores + self.settings
    }
}

impl std::fmt::Display for Removed {
    /// "12 questions, 1 vote, 0 quiz answers, 0 quiz scores and 2 settings rows".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{}, {}, {}, {} and {}",
            n(self.questions, "question", "questions"),
            n(self.votes, "vote", "votes"),
            n(self.quiz_answers, "quiz answer", "quiz answers"),
            n(self.quiz_scores, "quiz score", "quiz scores"),
            n(self.settings, "settings row", "settings rows"),
        )
    }
}

/// A store and its writer. Shared by the adapters (`Arc<Store>`);
/// [`Store::close`] flushes it once they are done.
#[derive(Debug)]
pub struct Store {
    backend: Backend,
    link: Arc<Link>,
    /// `None` once closed: later rows are dropped.
    queue: RwLock<Option<mpsc::Sender<Row>>>,
    /// The cooldown counter's queue (see `cooldown`); `None` once closed.
    counter: RwLock<Option<mpsc::Sender<cooldown::Check>>>,
    /// Rows dropped because the queue was full; the writer reports them,
    /// once a batch, rather than one warning a row.
    dropped: Arc<AtomicU64>,
    /// The writer, the cooldown counter and the connection's keeper.
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl Store {
    /// Opens (creating a SQLite file if needed) and migrates the store now,
    /// and starts its writer: for commands that use the store at once.
    /// Call within a tokio runtime.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let backend = Backend::of(url)?;
        let connected = link::connect(url, backend, Create::Yes).await?;
        Ok(Store::with(url, backend, Link::new(Some(connected))))
    }

    /// Like [`Store::open`], but a SQLite file that is not there is an
    /// error ("no store at …") rather than made empty: for the commands
    /// that read what was kept.
    pub async fn open_existing(url: &str) -> Result<Store, StoreError> {
        let backend = Backend::of(url)?;
        let connected = link::connect(url, backend, Create::No).await?;
        Ok(Store::with(url, backend, Link::new(Some(connected))))
    }

    /// A service's store: returns at once and connects in the background,
    /// retrying with a capped backoff until it can (running the migrations
    /// then). Meanwhile [`Store::health`] says so, queued questions wait
    /// (up to the queue's bound), and what needs the store now fails with
    /// [`StoreError::Unreachable`]. Call within a tokio runtime.
    pub fn start(url: &str) -> Result<Store, StoreError> {
        let backend = Backend::of(url)?;
        Ok(Store::with(url, backend, Link::new(None)))
    }

    fn with(url: &str, backend: Backend, link: Link) -> Store {
        let link = Arc::new(link);
        let (queue, rows) = mpsc::channel(writer::QUEUE);
        let dropped = Arc::new(AtomicU64::new(0));
        let (counter, checks) = mpsc::channel(cooldown::QUEUE);
        let url = url.to_owned();
        let keeper = Arc::clone(&link);
        let tasks = vec![
            tokio::spawn(writer::write(Arc::clone(&link), backend, rows, Arc::clone(&dropped))),
            tokio::spawn(cooldown::count(Arc::clone(&link), backend, checks)),
            tokio::spawn(async move { keeper.keep_connected(url, backend).await }),
        ];
        Store {
            backend,
            link,
            queue: RwLock::new(Some(queue)),
            counter: RwLock::new(Some(counter)),
            dropped,
            tasks: Mutex::new(tasks),
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the store can be used now.
    pub fn health(&self) -> Health {
        self.link.health()
    }

    /// Waits until the store is connected; `false` if it closed first.
    /// Waits, at most `within`, for the first connection attempt to end,
    /// so that a service whose store is at hand knows every server's
    /// settings from its first request (not failing closed while a local
    /// file opens); a store that is down or slow is not waited for longer.
    pub async fn settled(&self, within: Duration) {
        self.link.settled(within).await;
    }

    pub async fn connected(&self) -> bool {
        self.link.connected().await.is_some()
    }

    fn pool(&self) -> Result<&AnyPool, StoreError> {
        Ok(&self.link.get()?.pool)
    }

    /// Queues a question for the writer; never waits. A full queue (a store
    /// far behind, or down) drops the row with a warning.
    pub fn record(&self, question: Question) {
        let queue = self.queue.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(queue) = queue.as_ref() else { return };
        if queue.try_send(Row::Question(question)).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Commits a vote before the voter is told it counted; `Ok(false)` when
    /// this voter had already voted on this answer (the first vote stands,
    /// whichever replica it reached).
    pub async fn vote(&self, vote: &Vote) -> Result<bool, StoreError> {
        let sql = insert_sql(
            self.backend,
            "votes (voted_at, message_id, voter, guild_id, entry, vote)",
            6,
            1,
        ) + " ON CONFLICT (message_id, voter) DO NOTHING";
        let result = sqlx::query(&sql)
            .bind(vote.voted_at)
            .bind(vote.message_id.as_str())
            .bind(vote.voter.as_str())
            .bind(vote.guild_id.as_deref())
            .bind(vote.entry.as_str())
            .bind(if vote.up { "up" } else { "down" })
            .execute(self.pool()?)
            .await;
        self.link.observe(&result);
        Ok(result?.rows_affected() == 1)
    }

    /// The keyed hash that stands for a user: the same for the same user
    /// across replicas sharing this store, and not reversible without the
    /// install's secret (which lives in the store: unreachable before it
    /// connects).
    pub fn voter(&self, user_id: &str) -> Result<String, StoreError> {
        Ok(self.link.get()?.voters.hash(user_id))
    }

    /// Writes what is queued and stops the writer; later rows are dropped.
    /// A first connection attempt under way is given its time; a store
    /// that could not be reached loses what was queued, with a warning.
    pub async fn close(&self) {
        self.queue.write().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        self.counter.write().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        self.link.settled(Duration::MAX).await;
        self.link.close();
        let tasks = std::mem::take(&mut *self.tasks.lock().unwrap_or_else(|p| p.into_inner()));
        for task in tasks {
            if let Err(err) = task.await {
                warn!(%err, "the store's writer stopped abnormally");
            }
        }
        if let Ok(connected) = self.link.get() {
            connected.pool.close().await;
        }
    }

    /// Whether the database reports itself intact (SQLite's integrity
    /// check; PostgreSQL keeps its own).
    pub async fn intact(&self) -> Result<bool, StoreError> {
        match self.backend {
            Backend::Sqlite => {
                let (verdict,): (String,) =
                    sqlx::query_as("PRAGMA integrity_check").fetch_one(self.pool()?).await?;
                Ok(verdict == "ok")
            }
            Backend::Postgres => Ok(true),
        }
    }

    /// How many questions are stored.
    pub async fn count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM questions").fetch_one(self.pool()?).await?;
        Ok(n)
    }

    /// The questions stored, oldest first.
    pub async fn questions(&self) -> Result<Vec<Question>, StoreError> {
        type Row = (
            i64,
            Option<String>,
            Option<String>,
            String,
            String,
            String,
            Option<String>,
            f64,
            String,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT asked_at, guild_id, channel_id, transport, question, outcome, entry, confidence, knowledge_version \
             FROM questions ORDER BY id",
        )
        .fetch_all(self.pool()?)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Question {
                asked_at: r.0,
                guild_id: r.1,
                channel_id: r.2,
                transport: match r.3.as_str() {
                    "gateway" => "gateway",
                    "http" => "http",
                    "cli" => "cli",
                    _ => "console",
                },
                question: r.4,
                outcome: if r.5 == "answered" { Outcome::Answered } else { Outcome::Declined },
                entry: r.6,
                confidence: r.7 as f32,
                knowledge_version: r.8,
            })
            .collect())
    }

    /// Removes the questions, votes and quiz rows older than `days` days
    /// before `now`.
    pub async fn purge(&self, now: i64, days: u32) -> Result<Removed, StoreError> {
        let pool = self.pool()?;
        let before = now - i64::from(days) * 86_400;
        let delete = |sql: &'static str| async move {
            let done = sqlx::query(sql).bind(before).execute(pool).await?;
            Ok::<_, StoreError>(done.rows_affected())
        };
        let removed = Removed {
            questions: delete("DELETE FROM questions WHERE asked_at < $1").await?,
            votes: delete("DELETE FROM votes WHERE voted_at < $1").await?,
            quiz_answers: delete("DELETE FROM quiz_answers WHERE answered_at < $1").await?,
            quiz_scores: delete("DELETE FROM quiz_scores WHERE updated_at < $1").await?,
            settings: 0,
        };
        if removed.total() > 0 {
            scrub(pool, self.backend).await;
        }
        Ok(removed)
    }

    /// Removes everything stored about a guild, once the rows queued
    /// before are written (so none of them outlives the removal). For the
    /// bot's removal from a guild: waits for room in the queue rather than
    /// drop the request.
    pub async fn forget_guild_later(&self, guild_id: &str) {
        let queue = self.queue.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        let Some(queue) = queue else { return };
        if queue.send(Row::Forget(guild_id.to_owned())).await.is_err() {
            warn!("the store is closed: a removed guild's rows were not forgotten");
        }
    }

    /// Removes everything stored about a guild.
    pub async fn forget_guild(&self, guild_id: &str) -> Result<Removed, StoreError> {
        forget(self.pool()?, self.backend, guild_id).await
    }
}

/// Every table that keeps something about a guild, and where its rows are
/// counted in [`Removed`].
const GUILD_TABLES: [&str; 7] = [
    "questions",
    "votes",
    "quiz_answers",
    "quiz_scores",
    "guild_settings",
    "public_channels",
    "cooldowns",
];

async fn forget(pool: &AnyPool, backend: Backend, guild_id: &str) -> Result<Removed, StoreError> {
    let mut tx = pool.begin().await?;
    let mut removed = Removed::default();
    for table in GUILD_TABLES {
        let rows = sqlx::query(&format!("DELETE FROM {table} WHERE guild_id = $1"))
            .bind(guild_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        match table {
            "questions" => removed.questions = rows,
            "votes" => removed.votes = rows,
            "quiz_answers" => removed.quiz_answers = rows,
            "quiz_scores" => removed.quiz_scores = rows,
            _ => removed.settings += rows,
        }
    }
    tx.commit().await?;
    if removed.total() > 0 {
        scrub(pool, backend).await;
    }
    Ok(removed)
}

/// After a removal, takes what was deleted off the disk as far as the
/// database allows. SQLite overwrites deleted content (`secure_delete`,
/// set on every connection), and a checkpoint that truncates the WAL
/// drops the log's older copies of the pages. PostgreSQL keeps dead rows
/// until VACUUM reuses their space (see the README).
async fn scrub(pool: &AnyPool, backend: Backend) {
    if backend == Backend::Sqlite
        && let Err(err) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await
    {
        warn!(%err, "could not checkpoint the store after a removal: deleted rows may remain in its WAL file until the next checkpoint");
    }
}

/// `INSERT INTO table (columns) VALUES (…), (…)` for `rows` rows.
/// PostgreSQL takes `$n` placeholders. SQLite takes anonymous `?` ones:
/// sqlx looks each named parameter up by a linear scan (quadratic in a
/// statement's parameters), which made `$n` cost two-thirds of the
/// writer's CPU at 900 parameters a statement.
fn insert_sql(backend: Backend, table_and_columns: &str, columns: usize, rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table_and_columns} VALUES ");
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        let params: Vec<String> = (1..=columns)
            .map(|i| match backend {
                Backend::Sqlite => "?".to_owned(),
                Backend::Postgres => format!("${}", row * columns + i),
            })
            .collect();
        sql.push_str(&params.join(", "));
        sql.push(')');
    }
    sql
}

#[cfg(test)]
mod tests {
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
        assert_eq!(
            a.set_public_channel("g1", "c9", false).await.unwrap(),
            ChannelChange::Unchanged
        );
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
        let dir = std::env::temp_dir().join(format!("cio-cto-bot-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("test.db");
        let _ = std::fs::remove_file(&path);
        exercise(&format!("sqlite://{}", path.display())).await;
        let settings = dir.join("settings.db");
        let _ = std::fs::remove_file(&settings);
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
        let pool =
            sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&admin).await.unwrap();
        let name = format!("cio_cto_bot_test_{}", std::process::id());
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&pool).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
        let (base, _) = admin.rsplit_once('/').expect("a URL with a database name");
        exercise(&format!("{base}/{name}")).await;
        exercise_settings(&format!("{base}/{name}")).await;
        sqlx::query(&format!("DROP DATABASE {name}")).execute(&pool).await.unwrap();
    }

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("cio-cto-bot-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
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
        let dir = scratch("scrub");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("store.db");
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
        let dir = scratch("late");
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
        let dir = scratch("absent");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("cio-cto-bot.db");
        let err = Store::open_existing(&format!("sqlite://{}", path.display())).await.unwrap_err();
        assert_eq!(err.to_string().lines().count(), 1);
        assert!(err.to_string().contains(&format!("no store at {}", path.display())), "{err}");
        assert!(!path.exists());
    }

    /// A file of random bytes is named with its cause, in one line.
    #[tokio::test]
    async fn a_corrupt_store_is_named_with_its_cause() {
        let dir = scratch("corrupt");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("store.db");
        let junk: Vec<u8> =
            (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
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
}
