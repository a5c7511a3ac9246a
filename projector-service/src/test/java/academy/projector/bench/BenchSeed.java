package academy.projector.bench;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;

/**
 * Learners' pasts written straight into {@code event_store} by PostgreSQL itself (no JVM in the
 * way), in the shapes of docs/events.md: 3 courses of 3 modules x 4 lessons, and per learner a
 * profile, an enrolment, three unlocked lessons, a started lesson, two completed lessons (a
 * sitting then the completion), a failed sitting and a streak day: 12 events, every projection's
 * kind. Ids are derived from md5 so the outline needs no state on the Java side.
 */
final class BenchSeed {

    static final int EVENTS_PER_LEARNER = 12;
    private static final int LEARNERS_PER_TRANSACTION = 10_000;

    private static final String OUTLINE = "INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)"
            + " SELECT 'bench-course-' || c, row_number() OVER (PARTITION BY c ORDER BY k, m, l), gen_random_uuid(), t, d,"
            + " '{\"schemaVersion\":1,\"userId\":1}'::jsonb FROM ("
            + "  SELECT c, 0 AS k, 0 AS m, 0 AS l, 'CourseCreated' AS t, jsonb_build_object('courseId', md5('course' || c)::uuid,"
            + "   'title', 'Bench course ' || c, 'createdAt', '2026-01-01T00:00:00Z') AS d FROM generate_series(0, 2) c"
            + "  UNION ALL SELECT c, 1, m, 0, 'ModuleAdded', jsonb_build_object('courseId', md5('course' || c)::uuid,"
            + "   'moduleId', md5('module' || c || '-' || m)::uuid, 'title', 'Module ' || m, 'position', m + 1)"
            + "   FROM generate_series(0, 2) c, generate_series(0, 2) m"
            + "  UNION ALL SELECT c, 2, m, l, 'LessonAdded', jsonb_build_object('courseId', md5('course' || c)::uuid,"
            + "   'moduleId', md5('module' || c || '-' || m)::uuid, 'lessonId', md5('lesson' || c || '-' || (m * 4 + l))::uuid,"
            + "   'title', 'Lesson ' || m || '.' || l, 'xp', 50, 'position', l + 1)"
            + "   FROM generate_series(0, 2) c, generate_series(0, 2) m, generate_series(0, 3) l) o";

    private static final String LEARNERS = "INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)"
            + " SELECT x.stream, x.version, gen_random_uuid(), x.type, x.data,"
            + " jsonb_build_object('schemaVersion', 1, 'userId', u.id)"
            + " FROM (SELECT g, $3::bigint + g AS id, md5('course' || (g % 3))::uuid AS course,"
            + "   md5('module' || (g % 3) || '-0')::uuid AS module,"
            + "   md5('lesson' || (g % 3) || '-0')::uuid AS l0, md5('lesson' || (g % 3) || '-1')::uuid AS l1,"
            + "   md5('lesson' || (g % 3) || '-2')::uuid AS l2,"
            + "   timestamptz '2026-11-20T00:00:00Z' - (g % 28) * interval '1 day' - (g % 80000) * interval '1 second' AS t0,"
            + "   CASE WHEN g % 2 = 0 THEN 'Europe/Berlin' ELSE 'UTC' END AS zone"
            + "   FROM generate_series($1::bigint, $2::bigint) g) u"
            + " CROSS JOIN LATERAL (SELECT to_char(u.t0 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at0,"
            + "   to_char((u.t0 + interval '10 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at1,"
            + "   to_char((u.t0 + interval '30 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at2,"
            + "   to_char((u.t0 + interval '50 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at3,"
            + "   to_char(u.t0 AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day) t"
            + " CROSS JOIN LATERAL (VALUES"
            + "  (1, 'bench-user-' || u.id, 1, 'ProfileUpdated', jsonb_build_object('userId', u.id, 'timeZone', u.zone, 'updatedAt', t.at0)),"
            + "  (2, 'bench-enrollment-' || u.id, 1, 'Enrolled', jsonb_build_object('userId', u.id, 'courseId', u.course, 'enrolledAt', t.at0)),"
            + "  (3, 'bench-enrollment-' || u.id, 2, 'LessonUnlocked', jsonb_build_object('userId', u.id, 'courseId', u.course,"
            + "    'moduleId', u.module, 'lessonId', u.l0, 'reason', 'enrolment', 'unlockedAt', t.at0)),"
            + "  (4, 'bench-enrollment-' || u.id, 3, 'LessonUnlocked', jsonb_build_object('userId', u.id, 'courseId', u.course,"
            + "    'moduleId', u.module, 'lessonId', u.l1, 'reason', 'previous-lesson-completed', 'unlockedAt', t.at1)),"
            + "  (5, 'bench-enrollment-' || u.id, 4, 'LessonUnlocked', jsonb_build_object('userId', u.id, 'courseId', u.course,"
            + "    'moduleId', u.module, 'lessonId', u.l2, 'reason', 'previous-lesson-completed', 'unlockedAt', t.at2)),"
            + "  (6, 'bench-lesson-' || u.id || '-0', 1, 'LessonStarted', jsonb_build_object('userId', u.id, 'lessonId', u.l0,"
            + "    'courseId', u.course, 'startedAt', t.at0)),"
            + "  (7, 'bench-lesson-' || u.id || '-0', 2, 'LessonProgressRecorded', jsonb_build_object('userId', u.id, 'lessonId', u.l0,"
            + "    'courseId', u.course, 'score', 0.8, 'bestScore', 0.8, 'timeSpentSeconds', 300 + u.g % 300, 'recordedAt', t.at1)),"
            + "  (8, 'bench-lesson-' || u.id || '-0', 3, 'LessonCompleted', jsonb_build_object('userId', u.id, 'lessonId', u.l0,"
            + "    'courseId', u.course, 'score', 0.8, 'passScore', 0.7, 'timeSpentSeconds', 300 + u.g % 300, 'xpEarned', 50,"
            + "    'firstCompletion', true, 'completedAt', t.at1)),"
            + "  (9, 'bench-lesson-' || u.id || '-1', 1, 'LessonProgressRecorded', jsonb_build_object('userId', u.id, 'lessonId', u.l1,"
            + "    'courseId', u.course, 'score', 0.9, 'bestScore', 0.9, 'timeSpentSeconds', 200, 'recordedAt', t.at2)),"
            + "  (10, 'bench-lesson-' || u.id || '-1', 2, 'LessonCompleted', jsonb_build_object('userId', u.id, 'lessonId', u.l1,"
            + "    'courseId', u.course, 'score', 0.9, 'passScore', 0.7, 'timeSpentSeconds', 200, 'xpEarned', 50 + u.g % 7,"
            + "    'firstCompletion', true, 'completedAt', t.at2)),"
            + "  (11, 'bench-lesson-' || u.id || '-2', 1, 'LessonProgressRecorded', jsonb_build_object('userId', u.id, 'lessonId', u.l2,"
            + "    'courseId', u.course, 'score', 0.4, 'bestScore', 0.4, 'timeSpentSeconds', 120, 'recordedAt', t.at3)),"
            + "  (12, 'bench-streak-' || u.id, 1, 'StreakExtended', jsonb_build_object('userId', u.id, 'day', t.day, 'timeZone', u.zone,"
            + "    'currentStreak', 1, 'longestStreak', 1))"
            + " ) AS x(n, stream, version, type, data)"
            + " ORDER BY u.g, x.n";

    private BenchSeed() {
    }

    /** Writes the outline once, then {@code learners} learners in transactions of 10,000; returns the events written. */
    static long write(Pool pool, long firstLearnerId, int learners) {
        pool.query(OUTLINE).execute().await().atMost(Duration.ofMinutes(1));
        long written = 3 + 9 + 36;
        for (long from = 0; from < learners; from += LEARNERS_PER_TRANSACTION) {
            long to = Math.min(learners, from + LEARNERS_PER_TRANSACTION) - 1;
            written += pool.preparedQuery(LEARNERS).execute(Tuple.of(from, to, firstLearnerId))
                    .await().atMost(Duration.ofMinutes(5)).rowCount();
        }
        return written;
    }
}
