-- Read models of projector-service. Each projection owns its tables (see ProjectionCatalogue);
-- a rebuild creates "<table>__rebuild" copies (LIKE ... INCLUDING ALL) and swaps them in.

-- projection "progress"
CREATE TABLE IF NOT EXISTS learning_progress (
    user_id             bigint       NOT NULL,
    lesson_id           uuid         NOT NULL,
    course_id           uuid         NOT NULL,
    completed           boolean      NOT NULL DEFAULT false,
    score               numeric(5,4),
    time_spent_seconds  bigint       NOT NULL DEFAULT 0,
    time_spent_minutes  bigint       GENERATED ALWAYS AS (time_spent_seconds / 60) STORED,
    completed_at        timestamptz,
    updated_at          timestamptz  NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);

CREATE TABLE IF NOT EXISTS user_progress_summary (
    user_id             bigint       PRIMARY KEY,
    total_lessons       int          NOT NULL,
    completed_lessons   int          NOT NULL,
    average_score       numeric(5,4),
    total_time_spent    bigint       NOT NULL,
    last_activity       timestamptz
);

CREATE TABLE IF NOT EXISTS progress_processed_events (
    event_id            uuid         PRIMARY KEY
);

-- projection "activities"
CREATE TABLE IF NOT EXISTS user_activities (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id            uuid         NOT NULL UNIQUE,
    user_id             bigint       NOT NULL,
    occurred_at         timestamptz  NOT NULL,
    kind                text         NOT NULL,
    course_id           uuid,
    lesson_id           uuid,
    details             jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS user_activities_recent ON user_activities (user_id, occurred_at DESC, id DESC);

-- projection "dashboard"
CREATE TABLE IF NOT EXISTS learner_streaks (
    user_id             bigint       PRIMARY KEY,
    time_zone           text         NOT NULL DEFAULT 'UTC',
    current_streak      int          NOT NULL DEFAULT 0,
    longest_streak      int          NOT NULL DEFAULT 0,
    last_day            date,
    last_day_zone       text,
    freezes_available   int          NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS dashboard_courses (
    course_id           uuid         PRIMARY KEY,
    title               text         NOT NULL
);

CREATE TABLE IF NOT EXISTS dashboard_modules (
    module_id           uuid         PRIMARY KEY,
    course_id           uuid         NOT NULL,
    position            int          NOT NULL,
    title               text         NOT NULL
);

CREATE TABLE IF NOT EXISTS dashboard_lessons (
    lesson_id           uuid         PRIMARY KEY,
    course_id           uuid         NOT NULL,
    module_id           uuid         NOT NULL,
    position            int          NOT NULL,
    title               text         NOT NULL
);
CREATE INDEX IF NOT EXISTS dashboard_lessons_course ON dashboard_lessons (course_id);

CREATE TABLE IF NOT EXISTS dashboard_enrolments (
    user_id             bigint       NOT NULL,
    course_id           uuid         NOT NULL,
    enrolled_at         timestamptz,
    completed_at        timestamptz,
    last_activity_at    timestamptz  NOT NULL,
    PRIMARY KEY (user_id, course_id)
);

CREATE TABLE IF NOT EXISTS dashboard_lesson_states (
    user_id             bigint       NOT NULL,
    lesson_id           uuid         NOT NULL,
    course_id           uuid         NOT NULL,
    unlocked_at         timestamptz,
    completed_at        timestamptz,
    PRIMARY KEY (user_id, lesson_id)
);

-- projection "leaderboard"
CREATE TABLE IF NOT EXISTS xp_totals (
    user_id             bigint       PRIMARY KEY,
    total_xp            bigint       NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX IF NOT EXISTS xp_totals_ranking ON xp_totals (total_xp DESC, user_id);

CREATE TABLE IF NOT EXISTS xp_weekly (
    week_start          date         NOT NULL,
    user_id             bigint       NOT NULL,
    xp                  bigint       NOT NULL,
    PRIMARY KEY (week_start, user_id)
);
CREATE INDEX IF NOT EXISTS xp_weekly_ranking ON xp_weekly (week_start, xp DESC, user_id);

CREATE TABLE IF NOT EXISTS xp_processed_events (
    event_id            uuid         PRIMARY KEY
);

-- projection "course-stats"
CREATE TABLE IF NOT EXISTS course_statistics (
    course_id           uuid         PRIMARY KEY,
    enrolments          int          NOT NULL DEFAULT 0,
    completions         int          NOT NULL DEFAULT 0,
    lesson_completions  int          NOT NULL DEFAULT 0,
    score_sum           numeric      NOT NULL DEFAULT 0,
    average_score       numeric(5,4) GENERATED ALWAYS AS
                            (CASE WHEN lesson_completions = 0 THEN NULL
                                  ELSE round(score_sum / lesson_completions, 4) END) STORED
);

CREATE TABLE IF NOT EXISTS course_stats_processed_events (
    event_id            uuid         PRIMARY KEY
);
