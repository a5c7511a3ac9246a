-- projection "daily": XP and first completions per learner and UTC day (the Mini App's chart).
CREATE TABLE IF NOT EXISTS learner_daily_activity (
    user_id             bigint       NOT NULL,
    day                 date         NOT NULL,
    xp                  bigint       NOT NULL,
    lessons_completed   integer      NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE IF NOT EXISTS daily_processed_events (
    event_id            uuid         PRIMARY KEY
);
