-- Each learner's total XP, summed from LessonCompleted.xpEarned (subscription learning-xp).
-- learning_xp_applied de-duplicates redelivered events by event id. Rebuildable from the store.
CREATE TABLE IF NOT EXISTS learning_learner_xp (
    user_id      bigint      PRIMARY KEY,
    total_xp     bigint      NOT NULL CHECK (total_xp >= 0),
    completions  int         NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS learning_xp_applied (
    event_id     uuid        PRIMARY KEY
);
