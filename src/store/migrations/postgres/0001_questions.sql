-- Every question asked of the bot, without who asked it.
CREATE TABLE questions (
    id BIGSERIAL PRIMARY KEY,
    asked_at BIGINT NOT NULL,          -- Unix seconds
    guild_id TEXT,                     -- NULL outside a server
    channel_id TEXT,
    transport TEXT NOT NULL,           -- gateway, http, cli, console
    question TEXT NOT NULL,
    outcome TEXT NOT NULL,             -- answered, declined
    entry TEXT,                        -- the entry answered with
    confidence DOUBLE PRECISION NOT NULL,
    knowledge_version TEXT NOT NULL
);
CREATE INDEX questions_asked_at ON questions (asked_at);
CREATE INDEX questions_guild_id ON questions (guild_id);
