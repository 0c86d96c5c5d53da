-- /quiz: each player's answers, one per question (a second click on the
-- same question counts nothing), and their running score in each server.
-- The player is a keyed hash of their user id, as for votes.
CREATE TABLE quiz_answers (
    player TEXT NOT NULL,
    question TEXT NOT NULL,            -- knowledge version, topic and seed
    guild_id TEXT,
    correct BIGINT NOT NULL,           -- 1 right, 0 wrong
    answered_at BIGINT NOT NULL,       -- Unix seconds
    PRIMARY KEY (player, question)
);
CREATE INDEX quiz_answers_answered_at ON quiz_answers (answered_at);

CREATE TABLE quiz_scores (
    player TEXT NOT NULL,
    guild_id TEXT NOT NULL,            -- '' outside a server
    answered BIGINT NOT NULL,
    correct BIGINT NOT NULL,
    streak BIGINT NOT NULL,            -- right answers in a row, now
    best BIGINT NOT NULL,              -- the longest streak
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (player, guild_id)
);
