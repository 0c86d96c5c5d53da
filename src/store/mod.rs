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
pub use read::{Daily, GapsInput, Stats, VoteCount};
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
mod tests;
