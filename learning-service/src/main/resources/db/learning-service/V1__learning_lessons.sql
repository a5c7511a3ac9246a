-- What learning-service knows of each lesson, from course-service's LessonAdded/LessonUpdated
-- (subscription learning-lessons). Rebuildable from the store at any time.
CREATE TABLE IF NOT EXISTS learning_lessons (
    lesson_id   uuid         PRIMARY KEY,
    course_id   uuid         NOT NULL,
    module_id   uuid         NOT NULL,
    pass_score  numeric(5,4) NOT NULL CHECK (pass_score BETWEEN 0 AND 1),
    xp          int          NOT NULL CHECK (xp >= 0),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
