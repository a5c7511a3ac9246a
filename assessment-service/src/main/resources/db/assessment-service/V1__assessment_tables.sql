-- Which module each assessment gates, from AssessmentAttached (subscription assessment-gates).
CREATE TABLE IF NOT EXISTS assessment_gates (
    course_id     uuid NOT NULL,
    module_id     uuid NOT NULL,
    assessment_id uuid NOT NULL,
    PRIMARY KEY (course_id, module_id)
);
CREATE INDEX IF NOT EXISTS assessment_gates_by_assessment ON assessment_gates (assessment_id);

-- Every attempt: whose it is, and when it is overdue (the auto-submit job's work list).
CREATE TABLE IF NOT EXISTS assessment_attempts (
    attempt_id    uuid        PRIMARY KEY,
    user_id       bigint      NOT NULL,
    assessment_id uuid        NOT NULL,
    accept_until  timestamptz NOT NULL,
    finished      boolean     NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS assessment_attempts_overdue ON assessment_attempts (accept_until) WHERE NOT finished;
