-- An overdue attempt the auto-submit job fails to settle again and again (a record it cannot
-- read) is parked: left out of later rounds so it never holds back other learners' attempts.
ALTER TABLE assessment_attempts ADD COLUMN IF NOT EXISTS auto_submit_failures integer NOT NULL DEFAULT 0;
ALTER TABLE assessment_attempts ADD COLUMN IF NOT EXISTS parked_at timestamptz;
