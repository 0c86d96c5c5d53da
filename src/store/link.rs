//! The store's connection and its health. A service starts answering at
//! once and connects to its store in the background: a database that is
//! down, or a SQLite folder not made yet, is retried with a capped backoff
//! (logged once when it goes down and once when it comes back, never a
//! line a try), and the schema's migrations run when it comes. Until then,
//! and whenever the database stops answering later, the store reports
//! itself unreachable and every caller decides what that means for a
//! person (the question is answered; a vote is not acknowledged; replies
//! go private where the settings cannot be read).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use tokio::sync::watch;
use tracing::{debug, error, info};

use super::voter::VoterKey;
use super::{Backend, POSTGRES, SQLITE, StoreError};

/// How long one connection attempt may take.
const ATTEMPT: Duration = Duration::from_secs(5);
/// The first pause between attempts; it doubles up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
pub(super) const MAX_BACKOFF: Duration = Duration::from_secs(15);
/// How often a store that stopped answering after it connected is probed.
const PROBE_EVERY: Duration = Duration::from_secs(2);
/// How long a query waits for a connection from the pool: an outage makes
/// callers wait this long at most, and they have their own patience too.
const ACQUIRE: Duration = Duration::from_secs(3);

/// Whether the store can be used, as `/healthz` and `/kb` report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// Not connected yet: the first attempt is under way.
    Connecting,
    /// Connected, and the last use succeeded.
    Up,
    /// Not connected, or the database stopped answering: retried.
    Unreachable,
}

impl Health {
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Connecting => "connecting",
            Health::Up => "up",
            Health::Unreachable => "unreachable",
        }
    }
}

/// A connected store: the pool and the install's key for voters' hashes.
#[derive(Debug)]
pub(super) struct Connected {
    pub pool: AnyPool,
    pub voters: VoterKey,
}

/// The connection once made, the store's health, and whether the store is
/// closing (which ends the retries).
#[derive(Debug)]
pub(super) struct Link {
    connected: OnceLock<Connected>,
    health: watch::Sender<Health>,
    closing: watch::Sender<bool>,
}

impl Link {
    pub fn new(connected: Option<Connected>) -> Link {
        let health = if connected.is_some() { Health::Up } else { Health::Connecting };
        let link = Link {
            connected: OnceLock::new(),
            health: watch::Sender::new(health),
            closing: watch::Sender::new(false),
        };
        if let Some(connected) = connected {
            let _ = link.connected.set(connected);
        }
        link
    }

    /// The connection, or [`StoreError::Unreachable`] before it is made.
    pub fn get(&self) -> Result<&Connected, StoreError> {
        self.connected.get().ok_or(StoreError::Unreachable)
    }

    pub fn health(&self) -> Health {
        *self.health.borrow()
    }

    /// Records the outcome of using the store: a failure to reach it marks
    /// it unreachable (until a use or a probe succeeds), a success marks it
    /// up. Logged only when the state changes.
    pub fn observe<T>(&self, result: &Result<T, sqlx::Error>) {
        match result {
            Ok(_) => self.set(Health::Up, None),
            Err(err) if is_unreachable(err) => {
                self.set(Health::Unreachable, Some(&err.to_string()))
            }
            Err(_) => {}
        }
    }

    fn set(&self, health: Health, cause: Option<&str>) {
        let was = *self.health.borrow();
        let changed = self.health.send_if_modified(|now| {
            let changed = *now != health;
            *now = health;
            changed
        });
        if !changed {
            return;
        }
        match (was, health) {
            (_, Health::Unreachable) => error!(
                cause = cause.unwrap_or("unknown"),
                "the store is unreachable: answering without it, retrying every {}s at most (DATABASE_URL)",
                MAX_BACKOFF.as_secs()
            ),
            (Health::Unreachable, Health::Up) => info!("the store is reachable again"),
            _ => {}
        }
    }

    /// Waits until the store is connected; `None` once it is closing.
    pub async fn connected(&self) -> Option<&Connected> {
        let mut closing = self.closing.subscribe();
        let mut health = self.health.subscribe();
        loop {
            if let Some(connected) = self.connected.get() {
                return Some(connected);
            }
            if *closing.borrow_and_update() {
                return None;
            }
            tokio::select! {
                changed = health.changed() => if changed.is_err() { return None },
                changed = closing.changed() => if changed.is_err() { return None },
            }
        }
    }

    /// Waits (at most `within`, and never more than one attempt's time)
    /// until the first connection attempt has succeeded or failed.
    pub async fn settled(&self, within: Duration) {
        let mut health = self.health.subscribe();
        let within = within.min(ATTEMPT);
        let _ = tokio::time::timeout(within, health.wait_for(|h| *h != Health::Connecting)).await;
    }

    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    pub fn is_closing(&self) -> bool {
        *self.closing.borrow()
    }

    /// Sleeps `pause`, or less if the store starts closing.
    pub async fn pause(&self, pause: Duration) {
        let mut closing = self.closing.subscribe();
        if *closing.borrow_and_update() {
            return;
        }
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            _ = closing.changed() => {}
        }
    }

    /// Connects in the background until it succeeds or the store closes,
    /// then probes the store whenever it is marked unreachable.
    pub async fn keep_connected(&self, url: String, backend: Backend) {
        let mut pause = FIRST_BACKOFF;
        while self.connected.get().is_none() {
            let attempt = tokio::time::timeout(ATTEMPT, connect(&url, backend, Create::Yes)).await;
            let attempt = attempt.unwrap_or_else(|_| {
                Err(StoreError::Timeout(format!("no answer within {}s", ATTEMPT.as_secs())))
            });
            match attempt {
                Ok(connected) => {
                    let _ = self.connected.set(connected);
                    let was = self.health.send_replace(Health::Up);
                    if was == Health::Unreachable {
                        info!(
                            "the store is reachable again: its schema is up to date, questions are kept"
                        );
                    } else {
                        info!(?backend, "the store is connected");
                    }
                }
                Err(err) => {
                    debug!(%err, "the store is still unreachable");
                    self.set(Health::Unreachable, Some(&err.to_string()));
                    if self.is_closing() {
                        return;
                    }
                    self.pause(pause).await;
                    pause = (pause * 2).min(MAX_BACKOFF);
                }
            }
        }
        let Ok(connected) = self.get() else { return };
        while !self.is_closing() {
            self.pause(PROBE_EVERY).await;
            if self.health() == Health::Unreachable {
                let probe = sqlx::query("SELECT 1").execute(&connected.pool).await;
                self.observe(&probe);
            }
        }
    }
}

/// Whether an error means the database cannot be reached (rather than a
/// statement it refused).
pub(super) fn is_unreachable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL: connection exceptions (08…), and the server shutting
        // down or starting (57P01-57P03). SQLite: the file cannot be opened.
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P") || code == "14"),
        _ => false,
    }
}

/// Whether connecting may create a SQLite file that is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Create {
    Yes,
    /// Commands that read the store refuse a missing file rather than make
    /// an empty one.
    No,
}

/// The file a `sqlite:` URL names.
pub(super) fn sqlite_path(url: &str) -> PathBuf {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
    PathBuf::from(rest.split('?').next().unwrap_or(rest))
}

/// Connects once: checks a SQLite file's folder and header first (so the
/// error names the file and what is wrong), then opens the pool, runs the
/// migrations and reads the install's key.
pub(super) async fn connect(
    url: &str,
    backend: Backend,
    create: Create,
) -> Result<Connected, StoreError> {
    sqlx::any::install_default_drivers();
    let url = match backend {
        Backend::Sqlite => {
            let path = sqlite_path(url);
            check_sqlite_file(&path, create)?;
            match (url.contains('?'), create) {
                (true, _) => url.to_owned(),
                (false, Create::Yes) => format!("{url}?mode=rwc"),
                (false, Create::No) => format!("{url}?mode=rw"),
            }
        }
        Backend::Postgres => url.to_owned(),
    };
    if backend == Backend::Postgres {
        // One connection first: the pool would retry a refused connection
        // until it times out and report only that it timed out.
        use sqlx::Connection as _;
        let probe = sqlx::AnyConnection::connect(&url).await.map_err(StoreError::Open)?;
        let _ = probe.close().await;
    }
    let pool = AnyPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(ACQUIRE)
        .after_connect(move |connection, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // In WAL mode NORMAL syncs at checkpoints, not at every
                    // commit: a power cut may lose the last commits, never
                    // the database. FULL made every cooldown count wait for
                    // the disk.
                    sqlx::query("PRAGMA synchronous = NORMAL").execute(&mut *connection).await?;
                    // Deleted rows are overwritten, so that what `forget`
                    // and the retention purge remove is gone from the file.
                    sqlx::query("PRAGMA secure_delete = ON").execute(&mut *connection).await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(|err| open_error(backend, &url, err))?;
    match backend {
        Backend::Sqlite => {
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await
                .map_err(|err| open_error(backend, &url, err))?;
            SQLITE.run(&pool).await?;
        }
        Backend::Postgres => POSTGRES.run(&pool).await?,
    }
    let voters = VoterKey::of_install(&pool).await?;
    Ok(Connected { pool, voters })
}

/// The SQLite header's first bytes: an empty file is fine (SQLite makes
/// it a database), anything else is not a database.
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

/// What can be said of a SQLite file before SQLite is asked: its folder is
/// missing, it is missing (for commands that only read), or it is not a
/// database. The pool would otherwise retry such a file until it times
/// out, logging each try.
fn check_sqlite_file(path: &Path, create: Create) -> Result<(), StoreError> {
    let shown = path.display().to_string();
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(StoreError::Sqlite {
            path: shown,
            problem: format!("its folder {} does not exist", folder.display()),
        });
    }
    match std::fs::File::open(path) {
        Ok(mut file) => {
            use std::io::Read;
            let mut head = [0u8; 16];
            let mut read = 0;
            while read < head.len() {
                match file.read(&mut head[read..]) {
                    Ok(0) => break,
                    Ok(n) => read += n,
                    Err(err) => {
                        return Err(StoreError::Sqlite {
                            path: shown,
                            problem: format!("it cannot be read ({err})"),
                        });
                    }
                }
            }
            // An empty file is fine: SQLite makes it a database.
            if read > 0 && (read < SQLITE_MAGIC.len() || head[..] != *SQLITE_MAGIC) {
                return Err(StoreError::Sqlite {
                    path: shown,
                    problem: "it is not a SQLite database (file is not a database)".to_owned(),
                });
            }
            Ok(())
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => match create {
            Create::No => Err(StoreError::Missing { path: shown }),
            Create::Yes => Ok(()),
        },
        Err(err) => {
            Err(StoreError::Sqlite { path: shown, problem: format!("it cannot be read ({err})") })
        }
    }
}

/// An error opening the store, worded for the operator: for SQLite, the
/// file and what is wrong with it.
fn open_error(backend: Backend, url: &str, err: sqlx::Error) -> StoreError {
    if backend == Backend::Postgres {
        return StoreError::Open(err);
    }
    let path = sqlite_path(url).display().to_string();
    let code = match &err {
        sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
        _ => None,
    };
    let problem = match code.as_deref() {
        Some("26") => "it is not a SQLite database (file is not a database)".to_owned(),
        Some("8") => "it or its folder is read-only".to_owned(),
        Some("14") => "it cannot be opened: is its folder writable?".to_owned(),
        Some("11") => "the database is damaged (database disk image is malformed)".to_owned(),
        _ => return StoreError::Open(err),
    };
    StoreError::Sqlite { path, problem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sqlite_url_names_its_file() {
        assert_eq!(sqlite_path("sqlite://a/b.db"), Path::new("a/b.db"));
        assert_eq!(sqlite_path("sqlite:x.db?mode=rwc"), Path::new("x.db"));
        assert_eq!(sqlite_path("sqlite:///tmp/s.db"), Path::new("/tmp/s.db"));
    }

    #[test]
    fn a_missing_folder_a_missing_file_and_junk_are_named() {
        let scratch = tempfile::Builder::new().prefix("cio-cto-bot-link-").tempdir().unwrap();
        let dir = scratch.path();
        let missing = check_sqlite_file(&dir.join("nope/store.db"), Create::Yes).unwrap_err();
        assert!(missing.to_string().contains("nope does not exist"), "{missing}");
        assert!(missing.to_string().contains("DATABASE_URL"), "{missing}");
        let absent = check_sqlite_file(&dir.join("absent.db"), Create::No).unwrap_err();
        assert!(absent.to_string().starts_with("no store at "), "{absent}");
        assert!(check_sqlite_file(&dir.join("absent.db"), Create::Yes).is_ok());
        let junk = dir.join("junk.db");
        std::fs::write(&junk, [0x17u8; 4096]).unwrap();
        let err = check_sqlite_file(&junk, Create::Yes).unwrap_err().to_string();
        assert!(err.contains("junk.db") && err.contains("not a database"), "{err}");
        let short = dir.join("short.db");
        std::fs::write(&short, b"SQLite").unwrap();
        assert!(check_sqlite_file(&short, Create::Yes).is_err(), "a truncated header");
        let empty = dir.join("empty.db");
        std::fs::write(&empty, b"").unwrap();
        assert!(
            check_sqlite_file(&empty, Create::Yes).is_ok(),
            "SQLite makes an empty file a database"
        );
    }
}
