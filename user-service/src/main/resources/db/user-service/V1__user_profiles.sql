-- Personal data lives here and only here (never in events), so erasing a learner is one DELETE.
CREATE TABLE IF NOT EXISTS user_profiles (
    user_id        BIGINT PRIMARY KEY,
    first_name     TEXT        NOT NULL,
    last_name      TEXT,
    username       TEXT,
    photo_url      TEXT,
    -- Telegram's language_code from the latest login; a learner's own choice is in the user stream.
    language_code  TEXT,
    -- Set by the learner only; a login never overwrites it.
    display_name   TEXT,
    -- Copy of the latest ProfileUpdated timeZone, for operators; the stream is authoritative.
    time_zone      TEXT        NOT NULL DEFAULT 'UTC',
    created_at     TIMESTAMPTZ NOT NULL,
    last_login_at  TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
