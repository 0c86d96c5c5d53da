//! The question log's writer: questions are group-committed off the reply
//! path. The writer gathers the rows that arrive within [`GATHER`] and
//! inserts them in one transaction, so a crash (kill -9, a power cut) loses
//! at most the questions answered in the last [`GATHER`] plus one batch's
//! write; a clean stop writes them all. A store that is down keeps the
//! batch and retries it (the queue keeps filling meanwhile, up to
//! [`QUEUE`]); a statement the database refuses loses its batch, with a
//! warning. What a person is told was kept (a vote, a quiz answer, a
//! setting) is never queued here: it is committed before the reply.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sqlx::AnyPool;
use tokio::sync::mpsc;
use tracing::{debug, info, warn};

use super::link::{Link, MAX_BACKOFF, is_unreachable};
use super::{Backend, Question, forget, insert_sql};

/// Rows waiting for the writer at most; beyond, new rows are dropped.
pub(super) const QUEUE: usize = 10_000;
/// Rows inserted in one transaction at most.
const BATCH: usize = 1024;
/// How long the writer gathers rows before it writes a batch: the bound on
/// what a crash loses, with one batch's write. A shorter pause woke the
/// writer for every few rows, which under load cost more than writing them.
pub const GATHER: Duration = Duration::from_millis(100);

/// What the writer does, in the order it was asked.
#[derive(Debug)]
pub(super) enum Row {
    Question(Question),
    /// Forget a guild, after writing every row queued before.
    Forget(String),
}

/// The writer: gathers rows for [`GATHER`], then inserts them in
/// transactions of up to [`BATCH`] rows. Ends when every sender is gone and
/// the queue is drained.
pub(super) async fn write(
    link: Arc<Link>,
    backend: Backend,
    mut rows: mpsc::Receiver<Row>,
    dropped: Arc<AtomicU64>,
) {
    let mut queued = Vec::with_capacity(BATCH);
    let mut batch = Vec::with_capacity(BATCH);
    // One wake-up for the first row, then a pause while more gather.
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
                        write_batch(&link, backend, &mut batch, &dropped).await;
                        forget_later(&link, backend, &guild).await;
                    }
                    Row::Question(question) => batch.push(question),
                }
            }
            write_batch(&link, backend, &mut batch, &dropped).await;
            // After a full batch more may be waiting: no pause before it.
            if !full {
                break;
            }
        }
    }
}

async fn forget_later(link: &Link, backend: Backend, guild: &str) {
    let Some(connected) = link.connected().await else {
        warn!(
            "the store closed before it could be reached: a removed guild's rows were not forgotten"
        );
        return;
    };
    match forget(&connected.pool, backend, guild).await {
        Ok(removed) => info!(rows = removed.total(), "forgot a guild that removed the bot"),
        Err(err) => warn!(%err, "could not forget a guild that removed the bot"),
    }
}

/// Writes a batch, waiting for the store and retrying while it cannot be
/// reached; gives up only when the store closes or refuses the rows.
async fn write_batch(
    link: &Link,
    backend: Backend,
    batch: &mut Vec<Question>,
    dropped: &AtomicU64,
) {
    let mut pause = Duration::from_millis(250);
    while !batch.is_empty() {
        let Some(connected) = link.connected().await else {
            warn!(
                rows = batch.len(),
                "the store closed before it could be reached; questions were not recorded"
            );
            break;
        };
        let result = insert(&connected.pool, backend, batch).await;
        link.observe(&result);
        match result {
            Ok(()) => {
                debug!(rows = batch.len(), "stored questions");
                break;
            }
            Err(err) if is_unreachable(&err) && !link.is_closing() => {
                link.pause(pause).await;
                pause = (pause * 2).min(MAX_BACKOFF);
            }
            Err(err) => {
                warn!(%err, rows = batch.len(), "could not store questions; they are lost");
                break;
            }
        }
    }
    batch.clear();
    let lost = dropped.swap(0, Ordering::Relaxed);
    if lost > 0 {
        warn!(rows = lost, "the store fell behind; questions were not recorded");
    }
}

/// Rows a single INSERT statement carries: 9 parameters a row, well within
/// SQLite's and PostgreSQL's limits.
const ROWS_A_STATEMENT: usize = 100;

async fn insert(pool: &AnyPool, backend: Backend, batch: &[Question]) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    for chunk in batch.chunks(ROWS_A_STATEMENT) {
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
