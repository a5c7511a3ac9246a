package academy.projector.dashboard.infrastructure;

import academy.projector.projection.infrastructure.TableNames;

/**
 * The dashboard projection's statements, one per table and batch over {@code unnest} arrays of
 * folded rows; LEAST/GREATEST keep times independent of the order rows arrive in.
 */
final class DashboardStatements {

    final String streakRows;
    final String streakValues;
    final String courses;
    final String modules;
    final String lessons;
    final String enrolmentUpdates;
    final String enrolments;
    final String lessonStates;

    DashboardStatements(TableNames tables) {
        // A learner's row with its defaults first, then only the columns the batch set.
        streakRows = tables.sql("INSERT INTO {learner_streaks} (user_id) SELECT unnest($1::bigint[])"
                + " ON CONFLICT (user_id) DO NOTHING");
        streakValues = tables.sql("UPDATE {learner_streaks} s SET time_zone = COALESCE(x.zone, s.time_zone),"
                + " current_streak = COALESCE(x.current_streak, s.current_streak),"
                + " longest_streak = COALESCE(x.longest_streak, s.longest_streak),"
                + " last_day = CASE WHEN x.day_set THEN x.last_day ELSE s.last_day END,"
                + " last_day_zone = CASE WHEN x.day_set THEN x.last_day_zone ELSE s.last_day_zone END,"
                + " freezes_available = COALESCE(x.freezes, s.freezes_available)"
                + " FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::boolean[], $6::date[], $7::text[],"
                + " $8::int[]) AS x(user_id, zone, current_streak, longest_streak, day_set, last_day, last_day_zone, freezes)"
                + " WHERE s.user_id = x.user_id");
        courses = tables.sql("INSERT INTO {dashboard_courses} (course_id, title)"
                + " SELECT * FROM unnest($1::uuid[], $2::text[])"
                + " ON CONFLICT (course_id) DO UPDATE SET title = EXCLUDED.title");
        modules = tables.sql("INSERT INTO {dashboard_modules} (module_id, course_id, position, title)"
                + " SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[])"
                + " ON CONFLICT (module_id) DO UPDATE SET position = EXCLUDED.position, title = EXCLUDED.title");
        lessons = tables.sql("INSERT INTO {dashboard_lessons} (lesson_id, course_id, module_id, position, title)"
                + " SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[])"
                + " ON CONFLICT (lesson_id) DO UPDATE SET module_id = EXCLUDED.module_id,"
                + " position = EXCLUDED.position, title = EXCLUDED.title");
        enrolmentUpdates = tables.sql("UPDATE {dashboard_enrolments} e"
                + " SET last_activity_at = GREATEST(e.last_activity_at, x.last_activity_at),"
                + " completed_at = LEAST(e.completed_at, x.completed_at)"
                + " FROM unnest($1::bigint[], $2::uuid[], $3::timestamptz[], $4::timestamptz[])"
                + " AS x(user_id, course_id, completed_at, last_activity_at)"
                + " WHERE e.user_id = x.user_id AND e.course_id = x.course_id");
        enrolments = tables.sql("INSERT INTO {dashboard_enrolments} AS e"
                + " (user_id, course_id, enrolled_at, completed_at, last_activity_at)"
                + " SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[])"
                + " ON CONFLICT (user_id, course_id) DO UPDATE SET enrolled_at = LEAST(e.enrolled_at, EXCLUDED.enrolled_at),"
                + " completed_at = LEAST(e.completed_at, EXCLUDED.completed_at),"
                + " last_activity_at = GREATEST(e.last_activity_at, EXCLUDED.last_activity_at)");
        lessonStates = tables.sql("INSERT INTO {dashboard_lesson_states} AS s"
                + " (user_id, lesson_id, course_id, unlocked_at, completed_at)"
                + " SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[])"
                + " ON CONFLICT (user_id, lesson_id) DO UPDATE SET unlocked_at = LEAST(s.unlocked_at, EXCLUDED.unlocked_at),"
                + " completed_at = LEAST(s.completed_at, EXCLUDED.completed_at)");
    }
}
