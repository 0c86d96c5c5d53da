//! Cooldowns counted in the store, so that every replica sharing it counts
//! a user alike. A question waits for its count (the verdict decides the
//! reply), so counts are not queued like questions. Instead the checks
//! that arrive while one batch is being written go together in the next
//! (group commit): one statement for all of them, which keeps a busy bot
//! at a few hundred statements a second rather than one a question.
//!
//! The statement applies [`Cooldown::count`]'s rule in SQL, atomically per
//! user, so two replicas counting the same user at once both count. It runs
//! on both databases; the bot counts here with PostgreSQL, where replicas
//! meet, and in memory with SQLite (see `discord::policy`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use std::sync::Arc;

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};
use tracing::{debug, warn};

use super::link::Link;
use super::{Backend, Store, StoreError, insert_sql};
use crate::settings::{Admission, Cooldown, Window};

/// Checks waiting at most; beyond, a question is let through (the store is
/// far behind, and a cooldown is not worth a reply).
pub(super) const QUEUE: usize = 10_000;
/// Checks counted in one batch at most.
const BATCH: usize = 512;
/// Users a single statement counts: 5 parameters each.
const USERS_A_STATEMENT: usize = 100;
/// How often windows long past are deleted.
const SWEEP_EVERY: Duration = Duration::from_secs(600);

/// One question to count.
#[derive(Debug)]
pub(super) struct Check {
    guild: String,
    user: String,
    cooldown: Cooldown,
    now_ms: i64,
    verdict: oneshot::Sender<Result<Admission, String>>,
}

impl Store {
    /// Counts a question by `user_key` (a [`Store::voter`] hash) in `guild`
    /// at `now_ms` and says whether it may be answered. Every replica
    /// sharing the store counts into the same window.
    pub async fn admit(
        &self,
        guild: Option<&str>,
        user_key: &str,
        cooldown: Cooldown,
        now_ms: i64,
    ) -> Result<Admission, StoreError> {
        if cooldown.is_off() {
            return Ok(Admission::Allowed);
        }
        let (verdict, answer) = oneshot::channel();
        let check = Check {
            guild: guild.unwrap_or("").to_owned(),
            user: user_key.to_owned(),
            cooldown,
            now_ms,
            verdict,
        };
        let counter = self.counter.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        let Some(counter) = counter else { return Err(StoreError::Busy("closed")) };
        counter.try_send(check).map_err(|_| StoreError::Busy("behind"))?;
        match answer.await {
            Ok(Ok(admission)) => Ok(admission),
            Ok(Err(err)) => Err(StoreError::Cooldown(err)),
            Err(_) => Err(StoreError::Busy("closed")),
        }
    }
}

/// The counter: takes every check waiting (up to [`BATCH`]), counts them in
/// one go and answers each. Ends when the store closes. While the store
/// cannot be reached each check fails at once: the caller counts in
/// memory instead.
pub(super) async fn count(link: Arc<Link>, backend: Backend, mut checks: mpsc::Receiver<Check>) {
    let mut batch = Vec::with_capacity(BATCH);
    let mut swept = Instant::now();
    while let Some(first) = checks.recv().await {
        batch.push(first);
        while batch.len() < BATCH {
            match checks.try_recv() {
                Ok(check) => batch.push(check),
                Err(_) => break,
            }
        }
        let Ok(connected) = link.get() else {
            for check in batch.drain(..) {
                let _ = check.verdict.send(Err(StoreError::Unreachable.to_string()));
            }
            continue;
        };
        let pool = &connected.pool;
        let counted = count_batch(pool, backend, &batch).await;
        link.observe(&counted);
        match counted {
            Ok(verdicts) => {
                for (check, verdict) in batch.drain(..).zip(verdicts) {
                    let _ = check.verdict.send(Ok(verdict));
                }
            }
            Err(err) => {
                let err = err.to_string();
                for check in batch.drain(..) {
                    let _ = check.verdict.send(Err(err.clone()));
                }
            }
        }
        if swept.elapsed() >= SWEEP_EVERY {
            swept = Instant::now();
            let now_ms = super::now_ms();
            match sqlx::query("DELETE FROM cooldowns WHERE started_ms + window_ms < $1")
                .bind(now_ms)
                .execute(pool)
                .await
            {
                Ok(done) => debug!(rows = done.rows_affected(), "swept cooldowns long past"),
                Err(err) => warn!(%err, "could not sweep old cooldowns"),
            }
        }
    }
}

/// Each check's verdict, in order. The checks of one user are counted
/// together (`k` at once), then given positions `used - k + 1 ..= used`
/// in the window, as if counted one by one.
async fn count_batch(
    pool: &AnyPool,
    backend: Backend,
    batch: &[Check],
) -> Result<Vec<Admission>, sqlx::Error> {
    // (guild, user) -> (the checks' indices, the cooldown and time of the last)
    let mut users: HashMap<(&str, &str), (Vec<usize>, Cooldown, i64)> = HashMap::new();
    let mut order = Vec::new();
    for (i, c) in batch.iter().enumerate() {
        let key = (c.guild.as_str(), c.user.as_str());
        let entry = users.entry(key).or_insert_with(|| {
            order.push(key);
            (Vec::new(), c.cooldown, c.now_ms)
        });
        entry.0.push(i);
        (entry.1, entry.2) = (c.cooldown, entry.2.max(c.now_ms));
    }
    let mut verdicts = vec![Admission::Allowed; batch.len()];
    for chunk in order.chunks(USERS_A_STATEMENT) {
        let sql = insert_sql(
            backend,
            "cooldowns (guild_id, user_key, started_ms, used, window_ms)",
            5,
            chunk.len(),
        ) + " ON CONFLICT (guild_id, user_key) DO UPDATE SET \
               started_ms = CASE WHEN cooldowns.started_ms + excluded.window_ms <= excluded.started_ms \
                 THEN excluded.started_ms ELSE cooldowns.started_ms END, \
               used = CASE WHEN cooldowns.started_ms + excluded.window_ms <= excluded.started_ms \
                 THEN excluded.used ELSE cooldowns.used + excluded.used END, \
               window_ms = excluded.window_ms \
             RETURNING guild_id, user_key, started_ms, used";
        let mut query = sqlx::query_as::<_, (String, String, i64, i64)>(&sql);
        for key in chunk {
            let (indices, cooldown, now_ms) = &users[key];
            query = query
                .bind(key.0)
                .bind(key.1)
                .bind(*now_ms)
                .bind(indices.len() as i64)
                .bind(cooldown.window_ms());
        }
        for (guild, user, started_ms, used) in query.fetch_all(pool).await? {
            let Some((indices, cooldown, now_ms)) = users.get(&(guild.as_str(), user.as_str()))
            else {
                continue;
            };
            let window = Window { started_ms, used };
            let k = indices.len() as i64;
            for (n, &i) in indices.iter().enumerate() {
                verdicts[i] = cooldown.admits(window, used - k + 1 + n as i64, *now_ms);
            }
        }
    }
    Ok(verdicts)
}
