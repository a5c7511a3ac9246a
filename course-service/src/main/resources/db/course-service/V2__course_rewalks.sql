-- Courses whose enrolled learners must be re-walked (content added, a module's assessment
-- replaced), one page of learners per transaction: never the whole course in one feed batch.
CREATE TABLE IF NOT EXISTS course_rewalks (
    source_event_id  uuid PRIMARY KEY,
    course_id        uuid        NOT NULL,
    source_type      text        NOT NULL,
    source_metadata  jsonb       NOT NULL,
    at               timestamptz NOT NULL,
    after_user_id    bigint,
    queued_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS course_rewalks_queued ON course_rewalks (queued_at, source_event_id);
