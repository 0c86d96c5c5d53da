//! Quiz scores: a player's answers, one counted per question, and their
//! score and streak in each server, under the keyed hash that stands for
//! them ([`Store::voter`]). Written at once, not batched: the reply shows
//! the score.

use super::{Store, StoreError};

/// A player's standing after an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub answered: i64,
    pub correct: i64,
    /// Right answers in a row, now.
    pub streak: i64,
    pub best: i64,
    /// Whether this answer counted: a question answered before does not.
    pub counted: bool,
}

impl Store {
    /// Counts `player`'s answer to `question` (once: a later answer to the
    /// same question changes nothing) and returns their score in `guild`.
    pub async fn quiz_answer(
        &self,
        player: &str,
        guild: Option<&str>,
        question: &str,
        correct: bool,
        now: i64,
    ) -> Result<Score, StoreError> {
        let guild = guild.unwrap_or("");
        let right = i64::from(correct);
        let mut tx = self.pool()?.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO quiz_answers (player, question, guild_id, correct, answered_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (player, question) DO NOTHING",
        )
        .bind(player)
        .bind(question)
        .bind(guild)
        .bind(right)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let counted = inserted == 1;
        if counted {
            sqlx::query(
                "INSERT INTO quiz_scores (player, guild_id, answered, correct, streak, best, updated_at) \
                 VALUES ($1, $2, 1, $3, $3, $3, $4) \
                 ON CONFLICT (player, guild_id) DO UPDATE SET \
                   answered = quiz_scores.answered + 1, \
                   correct = quiz_scores.correct + excluded.correct, \
                   streak = CASE WHEN excluded.correct = 1 THEN quiz_scores.streak + 1 ELSE 0 END, \
                   best = CASE WHEN excluded.correct = 1 AND quiz_scores.streak + 1 > quiz_scores.best \
                          THEN quiz_scores.streak + 1 ELSE quiz_scores.best END, \
                   updated_at = excluded.updated_at",
            )
            .bind(player)
            .bind(guild)
            .bind(right)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT answered, correct, streak, best FROM quiz_scores WHERE player = $1 AND guild_id = $2",
        )
        .bind(player)
        .bind(guild)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        let (answered, correct, streak, best) = row.unwrap_or_default();
        Ok(Score { answered, correct, streak, best, counted })
    }
}
