-- Lookup tables and read tables of course-service, all kept from the feed (rebuildable from event_store).

-- Assessments defined in assessment-service: an admin may attach only one of these (else 422).
CREATE TABLE IF NOT EXISTS course_known_assessments (
    assessment_id uuid PRIMARY KEY,
    defined_at    timestamptz
);

-- The catalogue behind GET /courses: one row per course, absolute values re-folded from its stream.
CREATE TABLE IF NOT EXISTS course_catalogue (
    course_id    uuid PRIMARY KEY,
    title        text NOT NULL,
    description  text NOT NULL,
    published    boolean NOT NULL,
    module_count int NOT NULL,
    lesson_count int NOT NULL,
    created_at   timestamptz NOT NULL,
    last_position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS course_catalogue_published ON course_catalogue (published, created_at);

-- What each learner has completed and passed (authoritative facts from learning and assessment).
CREATE TABLE IF NOT EXISTS course_lesson_completions (
    user_id      bigint NOT NULL,
    lesson_id    uuid NOT NULL,
    course_id    uuid NOT NULL,
    completed_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);
CREATE INDEX IF NOT EXISTS course_lesson_completions_course ON course_lesson_completions (user_id, course_id);

CREATE TABLE IF NOT EXISTS course_assessment_passes (
    user_id       bigint NOT NULL,
    assessment_id uuid NOT NULL,
    passed_at     timestamptz NOT NULL,
    PRIMARY KEY (user_id, assessment_id)
);

-- Which course modules an assessment gates, so an AssessmentPassed finds the courses to re-walk.
CREATE TABLE IF NOT EXISTS course_assessment_gates (
    course_id     uuid NOT NULL,
    module_id     uuid NOT NULL,
    assessment_id uuid NOT NULL,
    PRIMARY KEY (course_id, module_id)
);
CREATE INDEX IF NOT EXISTS course_assessment_gates_assessment ON course_assessment_gates (assessment_id);

-- Who is enrolled where, so content added to a course re-walks its learners.
CREATE TABLE IF NOT EXISTS course_enrollments (
    course_id   uuid NOT NULL,
    user_id     bigint NOT NULL,
    enrolled_at timestamptz NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
