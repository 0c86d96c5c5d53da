//! The store: every question asked, kept for the curators. SQLite embedded
//! by default, PostgreSQL when replicas share one; chosen by the URL
//! (`sqlite://PATH`, `postgres://…`) through sqlx's `Any` driver, with the
//! schema in embedded migrations, one folder per database.
//!
//! Writes never sit on the reply path: [`Store::record`] hands a row to a
//! bounded queue and returns; one writer task inserts them in batches, one
//! transaction a batch. A store that is slow, full or down costs rows (with
//! a warning), never a reply. [`Store::close`] flushes what is queued.
//!
//! No user id or user name is stored: where a feature needs to tell users
//! apart (one vote per user per answer), it stores a keyed hash
//! ([`Store::voter`]) made with a secret generated once per install and
//! kept in the store itself.

mod cooldown;
mod quiz;
mod read;
mod settings;
mod voter;

pub use quiz::Score;
pub use read::{GapsInput, Stats, VoteCount};
pub use settings::ChannelChange;
pub use voter::VoterKey;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tracing::{debug, info, warn};

static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("src/store/migrations/sqlite");
static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("src/store/migrations/postgres");

/// Rows waiting for the writer at most; beyond, new rows are dropped.
const QUEUE: usize = 10_000;
/// Rows inserted in one transaction at most.
const BATCH: usize = 1024;
/// How long the writer gathers rows before it writes a batch.
const GATHER: Duration = Duration::from_millis(100);

/// The store could not be opened or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "DATABASE_URL must start with sqlite:// or postgres:// (got {0:?}); set STORE=off to keep nothing"
    )]
    UnknownScheme(String),
    #[error("opening the store: {0}")]
    Open(#[source] sqlx::Error),
    #[error("updating the store's schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("the store: {0}")]
    Query(#[from] sqlx::Error),
    #[error("no randomness for the install's secret: {0}")]
    Random(String),
    #[error("the store holds a damaged value: {0}")]
    Corrupt(&'static str),
    #[error("the store's cooldown counter is {0}")]
    Busy(&'static str),
    #[error("counting a cooldown: {0}")]
    Cooldown(String),
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

/// What the writer does, in the order it was asked.
#[derive(Debug)]
enum Row {
    Question(Question),
    Vote(Vote),
    /// Forget a guild, after writing every row queued before.
    Forget(String),
}

/// An open store and its writer. Shared by the adapters (`Arc<Store>`);
/// [`Store::close`] flushes it once they are done.
#[derive(Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// `None` once closed: later rows are dropped.
    queue: RwLock<Option<mpsc::Sender<Row>>>,
    voters: VoterKey,
    /// The cooldown counter's queue (see `cooldown`); `None` once closed.
    counter: RwLock<Option<mpsc::Sender<cooldown::Check>>>,
    /// Rows dropped because the queue was full; the writer reports them,
    /// once a batch, rather than one warning a row.
    dropped: Arc<AtomicU64>,
    writer: Mutex<Option<JoinHandle<()>>>,
    counting: Mutex<Option<JoinHandle<()>>>,
}

impl Store {
    /// Opens (creating a SQLite file if needed) and migrates the store,
    /// and starts its writer. Call within a tokio runtime.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let backend = Backend::of(url)?;
        sqlx::any::install_default_drivers();
        let url = match backend {
            // Create the file if missing; WAL keeps committed rows through a
            // crash and lets readers (`gaps`) work beside the writer.
            Backend::Sqlite if !url.contains('?') => format!("{url}?mode=rwc"),
            _ => url.to_owned(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(4)
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    // In WAL mode NORMAL syncs at checkpoints, not at every
                    // commit: a power cut may lose the last commits, never
                    // the database. FULL made every cooldown count wait for
                    // the disk.
                    if backend == Backend::Sqlite {
                        sqlx::query("PRAGMA synchronous = NORMAL").execute(connection).await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .map_err(StoreError::Open)?;
        match backend {
            Backend::Sqlite => {
                sqlx::query("PRAGMA journal_mode = WAL").execute(&pool).await?;
                SQLITE.run(&pool).await?;
            }
            Backend::Postgres => POSTGRES.run(&pool).await?,
        }
        let voters = VoterKey::of_install(&pool).await?;
        let (queue, rows) = mpsc::channel(QUEUE);
        let dropped = Arc::new(AtomicU64::new(0));
        let writer = tokio::spawn(write(pool.clone(), backend, rows, Arc::clone(&dropped)));
        let (counter, checks) = mpsc::channel(cooldown::QUEUE);
        let counting = tokio::spawn(cooldown::count(pool.clone(), backend, checks));
        Ok(Store {
            pool,
            backend,
            queue: RwLock::new(Some(queue)),
            voters,
            counter: RwLock::new(Some(counter)),
            dropped,
            writer: Mutex::new(Some(writer)),
            counting: Mutex::new(Some(counting)),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Queues a question for the writer; never waits. A full queue (a store
    /// far behind) drops the row with a warning.
    pub fn record(&self, question: Question) {
        self.queue(Row::Question(question));
    }

    /// Queues a vote, like [`Store::record`]. A second vote by the same
    /// voter on the same answer changes nothing.
    pub fn vote(&self, vote: Vote) {
        self.queue(Row::Vote(vote));
    }

    /// The keyed hash that stands for a user: the same for the same user
    /// across replicas sharing this store, and not reversible without the
    /// install's secret.
    pub fn voter(&self, user_id: &str) -> String {
        self.voters.hash(user_id)
    }

    fn queue(&self, row: Row) {
        let queue = self.queue.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(queue) = queue.as_ref() else { return };
        if queue.try_send(row).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Writes what is queued and stops the writer; later rows are dropped.
    pub async fn close(&self) {
        self.queue.write().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        self.counter.write().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        for task in [&self.writer, &self.counting] {
            let task = task.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
            if let Some(task) = task
                && let Err(err) = task.await
            {
                warn!(%err, "the store's writer stopped abnormally");
            }
        }
        self.pool.close().await;
    }

    /// Whether the database reports itself intact (SQLite's integrity
    /// check; PostgreSQL keeps its own).
    pub async fn intact(&self) -> Result<bool, StoreError> {
        match self.backend {
            Backend::Sqlite => {
                let (verdict,): (String,) =
                    sqlx::query_as("PRAGMA integrity_check").fetch_one(&self.pool).await?;
                Ok(verdict == "ok")
            }
            Backend::Postgres => Ok(true),
        }
    }

    /// How many questions are stored.
    pub async fn count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM questions").fetch_one(&self.pool).await?;
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
        .fetch_all(&self.pool)
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

    /// Removes the questions and votes older than `days` days before
    /// `now`; returns how many rows.
    pub async fn purge(&self, now: i64, days: u32) -> Result<u64, StoreError> {
        let before = now - i64::from(days) * 86_400;
        let questions = sqlx::query("DELETE FROM questions WHERE asked_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        let votes = sqlx::query("DELETE FROM votes WHERE voted_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        let answers = sqlx::query("DELETE FROM quiz_answers WHERE answered_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        let scores = sqlx::query("DELETE FROM quiz_scores WHERE updated_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(questions.rows_affected()
            + votes.rows_affected()
            + answers.rows_affected()
            + scores.rows_affected())
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

    /// Removes everything stored about a guild; returns how many rows.
    pub async fn forget_guild(&self, guild_id: &str) -> Result<u64, StoreError> {
        forget(&self.pool, guild_id).await
    }
}

/// Every table that keeps something about a guild.
const GUILD_TABLES: [&str; 7] = [
    "questions",
    "votes",
    "quiz_answers",
    "quiz_scores",
    "guild_settings",
    "public_channels",
    "cooldowns",
];

async fn forget(pool: &AnyPool, guild_id: &str) -> Result<u64, StoreError> {
    let mut tx = pool.begin().await?;
    let mut rows = 0;
    for table in GUILD_TABLES {
        rows += sqlx::query(&format!("DELETE FROM {table} WHERE guild_id = $1"))
            .bind(guild_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    }
    tx.commit().await?;
    Ok(rows)
}

/// The writer: gathers rows for [`GATHER`], then inserts them in
/// transactions of up to [`BATCH`] rows. Ends when every sender is gone and the
/// queue is drained.
async fn write(
    pool: AnyPool,
    backend: Backend,
    mut rows: mpsc::Receiver<Row>,
    dropped: Arc<AtomicU64>,
) {
    let mut queued = Vec::with_capacity(BATCH);
    let mut batch = Vec::with_capacity(BATCH);
    // One wake-up for the first row, then a pause while more gather: the
    // writer is not woken for every row, which under load cost more than
    // writing them.
    while let Some(first) = rows.recv().await {
        queued.push(first);
        tokio::time::sleep(GATHER).await;
        loop {
            while queued.len() < BATCH {
                match rows.try_recv() {
                    Ok(row) => queued.push(row),
                    Err(_) => break,
                }
            }
            let full = queued.len() == BATCH;
            // A guild to forget is forgotten after the rows queued before
            // it are written.
            for row in queued.drain(..) {
                match row {
                    Row::Forget(guild) => {
                        write_batch(&pool, backend, &mut batch, &dropped).await;
                        match forget(&pool, &guild).await {
                            Ok(rows) => info!(rows, "forgot a guild that removed the bot"),
                            Err(err) => {
                                warn!(%err, "could not forget a guild that removed the bot")
                            }
                        }
                    }
                    row => batch.push(row),
                }
            }
            write_batch(&pool, backend, &mut batch, &dropped).await;
            // After a full batch more may be waiting: no pause before it.
            if !full {
                break;
            }
        }
    }
}

async fn write_batch(pool: &AnyPool, backend: Backend, batch: &mut Vec<Row>, dropped: &AtomicU64) {
    if !batch.is_empty() {
        match insert(pool, backend, batch).await {
            Ok(()) => debug!(rows = batch.len(), "stored questions and votes"),
            Err(err) => {
                warn!(%err, rows = batch.len(), "could not store questions and votes; they are lost")
            }
        }
        batch.clear();
    }
    let lost = dropped.swap(0, Ordering::Relaxed);
    if lost > 0 {
        warn!(rows = lost, "the store fell behind; questions were not recorded");
    }
}

/// Rows a single INSERT statement carries: 9 parameters a row, well within
/// SQLite's and PostgreSQL's limits.
const ROWS_A_STATEMENT: usize = 100;

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

async fn insert(pool: &AnyPool, backend: Backend, batch: &[Row]) -> Result<(), sqlx::Error> {
    let questions: Vec<&Question> = batch
        .iter()
        .filter_map(|r| if let Row::Question(q) = r { Some(q) } else { None })
        .collect();
    let votes: Vec<&Vote> =
        batch.iter().filter_map(|r| if let Row::Vote(v) = r { Some(v) } else { None }).collect();
    // (The writer never puts a `Row::Forget` in a batch.)
    let mut tx = pool.begin().await?;
    for chunk in votes.chunks(ROWS_A_STATEMENT) {
        // The first vote of a voter on an answer stands; later ones are
        // ignored, whichever replica they reach.
        let sql = insert_sql(
            backend,
            "votes (voted_at, message_id, voter, guild_id, entry, vote)",
            6,
            chunk.len(),
        ) + " ON CONFLICT (message_id, voter) DO NOTHING";
        let mut query = sqlx::query(&sql);
        for v in chunk {
            query = query
                .bind(v.voted_at)
                .bind(v.message_id.as_str())
                .bind(v.voter.as_str())
                .bind(v.guild_id.as_deref())
                .bind(v.entry.as_str())
                .bind(if v.up { "up" } else { "down" });
        }
        query.execute(&mut *tx).await?;
    }
    for chunk in questions.chunks(ROWS_A_STATEMENT) {
        let sql = insert_sql(
            backend,
            "questions (asked_at, guild_id, channel_id, transport, question, outcome, entry, confidence, knowledge_version)",
            9,
            chunk.len(),
        );
        let mut query = sqlx::query(&sql);
        for q in chunk {
            query = query
                .bind(q.asked_at)
                .bind(q.guild_id.as_deref())
                .bind(q.channel_id.as_deref())
                .bind(q.transport)
                .bind(q.question.as_str())
                .bind(q.outcome.as_str())
                .bind(q.entry.as_deref())
                .bind(f64::from(q.confidence))
                .bind(q.knowledge_version.as_str());
        }
        query.execute(&mut *tx).await?;
    }
    tx.commit().await
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
        let alice = store.voter("1100000000000000001");
        let bob = store.voter("1100000000000000002");
        let vote = |message: &str, voter: &str, up: bool, guild: &str| Vote {
            voted_at: 1_800_000_000 + 200,
            message_id: message.to_owned(),
            voter: voter.to_owned(),
            guild_id: Some(guild.to_owned()),
            entry: if message == "m1" { "acronyms" } else { "reporting-tension" }.to_owned(),
            up,
        };
        store.vote(vote("m1", &alice, true, "g2"));
        store.vote(vote("m1", &alice, false, "g2"));
        store.vote(vote("m1", &bob, true, "g2"));
        store.vote(vote("m2", &alice, false, "g1"));
        store.close().await;
        let store = Store::open(url).await.expect("the store opens again");
        assert_eq!(store.voter("1100000000000000001"), alice, "the install's key is kept");
        store.vote(vote("m1", &bob, false, "g2"));
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
        assert_eq!(store.forget_guild("g9").await.unwrap(), 1);

        assert_eq!(store.forget_guild("g1").await.unwrap(), 101, "100 questions and a vote");
        assert_eq!(store.votes_since(0, None).await.unwrap().len(), 1);
        assert_eq!(store.purge(1_800_000_000 + 86_400 + 250, 1).await.unwrap(), 152);
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
        assert!(b.forget_guild("g3").await.unwrap() >= 2, "the settings and the cooldown");
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
        let pool = AnyPoolOptions::new().max_connections(1).connect(&admin).await.unwrap();
        let name = format!("cio_cto_bot_test_{}", std::process::id());
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&pool).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
        let (base, _) = admin.rsplit_once('/').expect("a URL with a database name");
        exercise(&format!("{base}/{name}")).await;
        exercise_settings(&format!("{base}/{name}")).await;
        sqlx::query(&format!("DROP DATABASE {name}")).execute(&pool).await.unwrap();
    }

    #[test]
    fn the_url_names_the_backend() {
        assert_eq!(Backend::of("sqlite://x.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::of("postgres://u@h/db").unwrap(), Backend::Postgres);
        assert!(Backend::of("mysql://h/db").unwrap_err().to_string().contains("STORE=off"));
    }
}
