//! What the curators read from the store: declined questions, the entries
//! asked, votes, and the week's figures for `/kb stats`.

use super::{Store, StoreError};

/// 👍 and 👎 counted for one entry.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VoteCount {
    pub entry: String,
    pub up: i64,
    pub down: i64,
}

/// The rows the gaps report is made from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GapsInput {
    pub declined: Vec<String>,
    pub answered: Vec<String>,
    pub votes: Vec<VoteCount>,
}

/// The figures `/kb stats` shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub questions: i64,
    pub answered: i64,
    /// The entries that answered most, with how often; at most five.
    pub top: Vec<(String, i64)>,
    pub up: i64,
    pub down: i64,
}

/// One day's questions and votes, for the curators' chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Daily {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    pub questions: i64,
    pub answered: i64,
    pub up: i64,
    pub down: i64,
}

impl Store {
    /// Questions and votes by day (UTC) at or after `since`, days without
    /// either left out, in no order; in one guild when `guild` is given.
    pub async fn daily_since(
        &self,
        since: i64,
        guild: Option<&str>,
    ) -> Result<Vec<Daily>, StoreError> {
        let asked: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT asked_at / 86400 AS day, COUNT(*), \
                    COALESCE(SUM(CASE WHEN outcome = 'answered' THEN 1 ELSE 0 END), 0) \
             FROM questions WHERE asked_at >= $1 AND ($2 IS NULL OR guild_id = $2) GROUP BY day",
        )
        .bind(since)
        .bind(guild)
        .fetch_all(self.pool()?)
        .await?;
        let voted: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT voted_at / 86400 AS day, \
                    COALESCE(SUM(CASE WHEN vote = 'up' THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN vote = 'down' THEN 1 ELSE 0 END), 0) \
             FROM votes WHERE voted_at >= $1 AND ($2 IS NULL OR guild_id = $2) GROUP BY day",
        )
        .bind(since)
        .bind(guild)
        .fetch_all(self.pool()?)
        .await?;
        let asked = asked.into_iter().map(|(day, questions, answered)| Daily {
            day,
            questions,
            answered,
            ..Daily::default()
        });
        let voted =
            voted.into_iter().map(|(day, up, down)| Daily { day, up, down, ..Daily::default() });
        Ok(asked.chain(voted).collect())
    }

    /// The questions declined at or after `since` (Unix seconds), oldest
    /// first; in one guild when `guild` is given, else everywhere.
    pub async fn declined_since(
        &self,
        since: i64,
        guild: Option<&str>,
    ) -> Result<Vec<String>, StoreError> {
        // One query shape for both cases: a NULL guild matches every row.
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT question FROM questions WHERE outcome = 'declined' AND asked_at >= $1 \
             AND ($2 IS NULL OR guild_id = $2) ORDER BY id",
        )
        .bind(since)
        .bind(guild)
        .fetch_all(self.pool()?)
        .await?;
        Ok(rows.into_iter().map(|(q,)| q).collect())
    }

    /// The entries that answered a question at or after `since`.
    pub async fn answered_entries_since(
        &self,
        since: i64,
        guild: Option<&str>,
    ) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT entry FROM questions WHERE entry IS NOT NULL AND asked_at >= $1 \
             AND ($2 IS NULL OR guild_id = $2)",
        )
        .bind(since)
        .bind(guild)
        .fetch_all(self.pool()?)
        .await?;
        Ok(rows.into_iter().map(|(e,)| e).collect())
    }

    /// Votes cast at or after `since`, counted by entry: the most 👎 first,
    /// then the fewest 👍, then by id.
    pub async fn votes_since(
        &self,
        since: i64,
        guild: Option<&str>,
    ) -> Result<Vec<VoteCount>, StoreError> {
        let rows: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT entry, \
                    SUM(CASE WHEN vote = 'up' THEN 1 ELSE 0 END), \
                    SUM(CASE WHEN vote = 'down' THEN 1 ELSE 0 END) \
             FROM votes WHERE voted_at >= $1 AND ($2 IS NULL OR guild_id = $2) GROUP BY entry",
        )
        .bind(since)
        .bind(guild)
        .fetch_all(self.pool()?)
        .await?;
        let mut counts: Vec<VoteCount> =
            rows.into_iter().map(|(entry, up, down)| VoteCount { entry, up, down }).collect();
        counts
            .sort_by(|a, b| b.down.cmp(&a.down).then(a.up.cmp(&b.up)).then(a.entry.cmp(&b.entry)));
        Ok(counts)
    }

    /// The figures of the questions asked and votes cast at or after
    /// `since`, in one guild when `guild` is given.
    pub async fn stats_since(&self, since: i64, guild: Option<&str>) -> Result<Stats, StoreError> {
        // One query shape for both cases: a NULL guild matches every row.
        let (questions, answered): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN outcome = 'answered' THEN 1 ELSE 0 END), 0) \
             FROM questions WHERE asked_at >= $1 AND ($2 IS NULL OR guild_id = $2)",
        )
        .bind(since)
        .bind(guild)
        .fetch_one(self.pool()?)
        .await?;
        let top: Vec<(String, i64)> = sqlx::query_as(
            "SELECT entry, COUNT(*) AS n FROM questions \
             WHERE entry IS NOT NULL AND asked_at >= $1 AND ($2 IS NULL OR guild_id = $2) \
             GROUP BY entry ORDER BY n DESC, entry LIMIT 5",
        )
        .bind(since)
        .bind(guild)
        .fetch_all(self.pool()?)
        .await?;
        let (up, down): (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(CASE WHEN vote = 'up' THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN vote = 'down' THEN 1 ELSE 0 END), 0) \
             FROM votes WHERE voted_at >= $1 AND ($2 IS NULL OR guild_id = $2)",
        )
        .bind(since)
        .bind(guild)
        .fetch_one(self.pool()?)
        .await?;
        Ok(Stats { questions, answered, top, up, down })
    }

    /// What the gaps report reads: the declined questions, the entries
    /// that answered, and the votes, since `since`.
    pub async fn gaps_since(
        &self,
        since: i64,
        guild: Option<&str>,
    ) -> Result<GapsInput, StoreError> {
        Ok(GapsInput {
            declined: self.declined_since(since, guild).await?,
            answered: self.answered_entries_since(since, guild).await?,
            votes: self.votes_since(since, guild).await?,
        })
    }
}
