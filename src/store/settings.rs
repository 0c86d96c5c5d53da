//! Servers' settings (`/settings`): one row a server that changed
//! something, and its public channels, one row each so that two managers
//! adding channels at once on two replicas both land.

use std::collections::BTreeSet;

use super::{Store, StoreError};
use crate::settings::{Cooldown, MAX_PUBLIC_CHANNELS, Settings};

/// What adding or removing a public channel did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelChange {
    Added,
    Removed,
    /// Already as asked.
    Unchanged,
    /// The server already has [`MAX_PUBLIC_CHANNELS`].
    Full,
}

/// The row of a server that has none yet, before one setting changes.
const INSERT_DEFAULTS: &str = "INSERT INTO guild_settings \
    (guild_id, private_default, cooldown_questions, cooldown_seconds, updated_at) \
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id) DO UPDATE SET ";

impl Store {
    /// A server's settings; the defaults for a server that changed nothing.
    pub async fn settings(&self, guild: &str) -> Result<Settings, StoreError> {
        let row: Result<Option<(i64, i64, i64)>, _> = sqlx::query_as(
            "SELECT private_default, cooldown_questions, cooldown_seconds \
             FROM guild_settings WHERE guild_id = $1",
        )
        .bind(guild)
        .fetch_optional(self.pool()?)
        .await;
        // Every reply reads settings: the first to see the store gone (or
        // back) says so.
        self.link.observe(&row);
        let row = row?;
        let channels: Vec<(String,)> =
            sqlx::query_as("SELECT channel_id FROM public_channels WHERE guild_id = $1")
                .bind(guild)
                .fetch_all(self.pool()?)
                .await?;
        let mut settings = Settings {
            public_channels: channels.into_iter().map(|(c,)| c).collect::<BTreeSet<_>>(),
            ..Settings::default()
        };
        if let Some((private_default, questions, seconds)) = row {
            let count = |n: i64| u32::try_from(n).map_err(|_| StoreError::Corrupt("a cooldown"));
            settings.private_default = private_default != 0;
            settings.cooldown = Cooldown { questions: count(questions)?, seconds: count(seconds)? };
        }
        Ok(settings)
    }

    /// Sets whether the server's replies are private by default.
    pub async fn set_private_default(
        &self,
        guild: &str,
        private: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        let d = Cooldown::DEFAULT;
        sqlx::query(&format!(
            "{INSERT_DEFAULTS} private_default = excluded.private_default, updated_at = excluded.updated_at"
        ))
        .bind(guild)
        .bind(i64::from(private))
        .bind(i64::from(d.questions))
        .bind(i64::from(d.seconds))
        .bind(now)
        .execute(self.pool()?)
        .await?;
        Ok(())
    }

    /// Sets the server's per-user cooldown.
    pub async fn set_cooldown(
        &self,
        guild: &str,
        cooldown: Cooldown,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(&format!(
            "{INSERT_DEFAULTS} cooldown_questions = excluded.cooldown_questions, \
             cooldown_seconds = excluded.cooldown_seconds, updated_at = excluded.updated_at"
        ))
        .bind(guild)
        .bind(0_i64)
        .bind(i64::from(cooldown.questions))
        .bind(i64::from(cooldown.seconds))
        .bind(now)
        .execute(self.pool()?)
        .await?;
        Ok(())
    }

    /// Adds (`public`) or removes a channel where the bot answers in public.
    pub async fn set_public_channel(
        &self,
        guild: &str,
        channel: &str,
        public: bool,
    ) -> Result<ChannelChange, StoreError> {
        let mut tx = self.pool()?.begin().await?;
        let change = if public {
            let (listed,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM public_channels WHERE guild_id = $1")
                    .bind(guild)
                    .fetch_one(&mut *tx)
                    .await?;
            let added = sqlx::query(
                "INSERT INTO public_channels (guild_id, channel_id) VALUES ($1, $2) \
                 ON CONFLICT (guild_id, channel_id) DO NOTHING",
            )
            .bind(guild)
            .bind(channel)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            match added {
                0 => ChannelChange::Unchanged,
                _ if listed >= MAX_PUBLIC_CHANNELS as i64 => {
                    // Dropping the transaction takes the insert back.
                    return Ok(ChannelChange::Full);
                }
                _ => ChannelChange::Added,
            }
        } else {
            let removed =
                sqlx::query("DELETE FROM public_channels WHERE guild_id = $1 AND channel_id = $2")
                    .bind(guild)
                    .bind(channel)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            if removed == 0 { ChannelChange::Unchanged } else { ChannelChange::Removed }
        };
        tx.commit().await?;
        Ok(change)
    }

    /// Puts a server back on the defaults.
    pub async fn reset_settings(&self, guild: &str) -> Result<(), StoreError> {
        let mut tx = self.pool()?.begin().await?;
        for table in ["guild_settings", "public_channels", "cooldowns"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE guild_id = $1"))
                .bind(guild)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
