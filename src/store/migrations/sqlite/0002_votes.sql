-- 👍/👎 on answers: one vote per person per answer. The voter is a keyed
-- hash of their user id (HMAC-SHA256 with the install's secret), never the id.
CREATE TABLE votes (
    message_id TEXT NOT NULL,          -- the answer voted on
    voter TEXT NOT NULL,               -- keyed hash of the user id
    voted_at BIGINT NOT NULL,          -- Unix seconds
    guild_id TEXT,                     -- NULL outside a server
    entry TEXT NOT NULL,               -- the entry the answer gave
    vote TEXT NOT NULL,                -- up, down
    PRIMARY KEY (message_id, voter)
);
CREATE INDEX votes_voted_at ON votes (voted_at);
CREATE INDEX votes_guild_id ON votes (guild_id);

-- Values made once per install and shared by every replica: the key of the
-- voters' hashes.
CREATE TABLE install (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
