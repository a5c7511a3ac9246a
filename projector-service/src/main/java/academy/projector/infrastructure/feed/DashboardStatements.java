package academy.projector.infrastructure.feed;

/** The dashboard projection's upserts, each writing absolute values (LEAST/GREATEST keep them order-free). */
final class DashboardStatements {

    final String timeZone;
    final String streak;
    final String streakCleared;
    final String freezes;
    final String course;
    final String module;
    final String lesson;
    final String enrolment;
    final String lessonOpened;
    final String lessonDone;
    final String courseActivity;
    final String courseDone;

    DashboardStatements(TableNames tables) {
        timeZone = tables.sql("INSERT INTO {learner_streaks} (user_id, time_zone) VALUES ($1, $2)"
                + " ON CONFLICT (user_id) DO UPDATE SET time_zone = EXCLUDED.time_zone");
        streak = tables.sql("INSERT INTO {learner_streaks} (user_id, current_streak, longest_streak, last_day,"
                + " last_day_zone) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) DO UPDATE"
                + " SET current_streak = EXCLUDED.current_streak, longest_streak = EXCLUDED.longest_streak,"
                + " last_day = EXCLUDED.last_day, last_day_zone = EXCLUDED.last_day_zone");
        streakCleared = tables.sql("INSERT INTO {learner_streaks} (user_id, current_streak) VALUES ($1, 0)"
                + " ON CONFLICT (user_id) DO UPDATE SET current_streak = 0");
        freezes = tables.sql("INSERT INTO {learner_streaks} (user_id, freezes_available) VALUES ($1, $2)"
                + " ON CONFLICT (user_id) DO UPDATE SET freezes_available = EXCLUDED.freezes_available");
        course = tables.sql("INSERT INTO {dashboard_courses} (course_id, title) VALUES ($1, $2)"
                + " ON CONFLICT (course_id) DO UPDATE SET title = EXCLUDED.title");
        module = tables.sql("INSERT INTO {dashboard_modules} (module_id, course_id, position, title) VALUES ($1, $2, $3, $4)"
                + " ON CONFLICT (module_id) DO UPDATE SET position = EXCLUDED.position, title = EXCLUDED.title");
        lesson = tables.sql("INSERT INTO {dashboard_lessons} (lesson_id, course_id, module_id, position, title)"
                + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (lesson_id) DO UPDATE SET module_id = EXCLUDED.module_id,"
                + " position = EXCLUDED.position, title = EXCLUDED.title");
        enrolment = tables.sql("INSERT INTO {dashboard_enrolments} AS e (user_id, course_id, enrolled_at, last_activity_at)"
                + " VALUES ($1, $2, $3, $3) ON CONFLICT (user_id, course_id) DO UPDATE"
                + " SET enrolled_at = LEAST(e.enrolled_at, EXCLUDED.enrolled_at),"
                + " last_activity_at = GREATEST(e.last_activity_at, EXCLUDED.last_activity_at)");
        lessonOpened = tables.sql("INSERT INTO {dashboard_lesson_states} AS s (user_id, lesson_id, course_id, unlocked_at)"
                + " VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, lesson_id)"
                + " DO UPDATE SET unlocked_at = LEAST(s.unlocked_at, EXCLUDED.unlocked_at)");
        lessonDone = tables.sql("INSERT INTO {dashboard_lesson_states} AS s (user_id, lesson_id, course_id, completed_at)"
                + " VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, lesson_id)"
                + " DO UPDATE SET completed_at = LEAST(s.completed_at, EXCLUDED.completed_at)");
        courseActivity = tables.sql("UPDATE {dashboard_enrolments} SET last_activity_at = GREATEST(last_activity_at, $3)"
                + " WHERE user_id = $1 AND course_id = $2");
        courseDone = tables.sql("UPDATE {dashboard_enrolments} SET completed_at = LEAST(completed_at, $3)"
                + " WHERE user_id = $1 AND course_id = $2");
    }
}
