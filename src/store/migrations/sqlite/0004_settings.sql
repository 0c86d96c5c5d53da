-- /settings: what a server's managers chose. A server without a row has
-- the defaults (public replies, no public channels, 5 questions in 30 s).
CREATE TABLE guild_settings (
    guild_id TEXT PRIMARY KEY,
    private_default BIGINT NOT NULL,   -- 1: answer privately by default
    cooldown_questions BIGINT NOT NULL, -- 0: no cooldown
    cooldown_seconds BIGINT NOT NULL,
    updated_at BIGINT NOT NULL         -- Unix seconds
);

-- The channels where the bot answers in public; elsewhere, privately.
CREATE TABLE public_channels (
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);

-- Each user's current cooldown window in a server: when it started and how
-- many questions it has counted. The user is a keyed hash of their id, as
-- for votes. Rows whose window has passed mean nothing and are swept.
CREATE TABLE cooldowns (
    guild_id TEXT NOT NULL,            -- '' outside a server
    user_key TEXT NOT NULL,
    started_ms BIGINT NOT NULL,        -- Unix milliseconds
    used BIGINT NOT NULL,
    window_ms BIGINT NOT NULL,         -- the window in force when counted
    PRIMARY KEY (guild_id, user_key)
);
