package academy.projector.dashboard.domain;

import academy.projector.dashboard.domain.DashboardChange.CourseDone;
import academy.projector.dashboard.domain.DashboardChange.CourseNamed;
import academy.projector.dashboard.domain.DashboardChange.EnrolmentStarted;
import academy.projector.dashboard.domain.DashboardChange.FreezesSet;
import academy.projector.dashboard.domain.DashboardChange.LessonDone;
import academy.projector.dashboard.domain.DashboardChange.LessonOpened;
import academy.projector.dashboard.domain.DashboardChange.LessonPlaced;
import academy.projector.dashboard.domain.DashboardChange.ModulePlaced;
import academy.projector.dashboard.domain.DashboardChange.StreakCleared;
import academy.projector.dashboard.domain.DashboardChange.StreakSet;
import academy.projector.dashboard.domain.DashboardChange.TimeZoneSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A batch of dashboard changes folded into one row per key and table, so each table takes one
 * multi-row statement. Applying the fold gives exactly what applying the changes one by one in
 * order gives: the last value set wins per column, and earliest/latest times are kept with the
 * same LEAST/GREATEST the statements use.
 *
 * <p>An enrolment's activity and completion only touch an existing enrolment: those that come
 * before the batch's first enrolment of that (learner, course) are kept apart
 * ({@code enrolmentUpdates}, applied first, to rows that already exist), those after it go into
 * the enrolment's upsert.
 */
public record DashboardBatch(List<StreakRow> streaks, List<CourseNamed> courses, List<ModulePlaced> modules,
                             List<LessonPlaced> lessons, List<EnrolmentRow> enrolmentUpdates,
                             List<EnrolmentRow> enrolments, List<LessonStateRow> lessonStates) {

    /** A learner's streak columns; null (and {@code daySet} false) leaves a column as it is. */
    public record StreakRow(long userId, String timeZone, Integer currentStreak, Integer longestStreak, boolean daySet,
                            LocalDate lastDay, String lastDayZone, Integer freezesAvailable) {
    }

    public record EnrolmentRow(long userId, UUID courseId, Instant enrolledAt, Instant completedAt,
                               Instant lastActivityAt) {
    }

    public record LessonStateRow(long userId, UUID lessonId, UUID courseId, Instant unlockedAt, Instant completedAt) {
    }

    private record LearnerCourse(long userId, UUID courseId) {
    }

    private record LearnerLesson(long userId, UUID lessonId) {
    }

    public static DashboardBatch fold(List<DashboardChange> changes) {
        Map<Long, StreakRow> streaks = new LinkedHashMap<>();
        Map<UUID, CourseNamed> courses = new LinkedHashMap<>();
        Map<UUID, ModulePlaced> modules = new LinkedHashMap<>();
        Map<UUID, LessonPlaced> lessons = new LinkedHashMap<>();
        Map<LearnerCourse, EnrolmentFold> enrolments = new LinkedHashMap<>();
        Map<LearnerLesson, LessonStateRow> states = new LinkedHashMap<>();
        for (DashboardChange change : changes) {
            if (change instanceof TimeZoneSet c) {
                streaks.compute(c.userId(), (id, row) -> with(row, id).timeZone(c.timeZone()));
            } else if (change instanceof StreakSet c) {
                streaks.compute(c.userId(), (id, row) -> with(row, id).streak(c));
            } else if (change instanceof StreakCleared c) {
                streaks.compute(c.userId(), (id, row) -> with(row, id).cleared());
            } else if (change instanceof FreezesSet c) {
                streaks.compute(c.userId(), (id, row) -> with(row, id).freezes(c.freezesAvailable()));
            } else if (change instanceof CourseNamed c) {
                courses.put(c.courseId(), c);
            } else if (change instanceof ModulePlaced c) {
                // The course is written when the row is created only: the first one in the batch.
                modules.merge(c.moduleId(), c, (first, later) -> new ModulePlaced(first.courseId(), later.moduleId(),
                        later.position(), later.title()));
            } else if (change instanceof LessonPlaced c) {
                lessons.merge(c.lessonId(), c, (first, later) -> new LessonPlaced(first.courseId(), later.moduleId(),
                        later.lessonId(), later.position(), later.title()));
            } else if (change instanceof EnrolmentStarted c) {
                enrolments.computeIfAbsent(new LearnerCourse(c.userId(), c.courseId()), k -> new EnrolmentFold())
                        .enrolled(c.at());
            } else if (change instanceof LessonOpened c) {
                states.merge(new LearnerLesson(c.userId(), c.lessonId()),
                        new LessonStateRow(c.userId(), c.lessonId(), c.courseId(), c.at(), null), DashboardBatch::merge);
            } else if (change instanceof LessonDone c) {
                states.merge(new LearnerLesson(c.userId(), c.lessonId()),
                        new LessonStateRow(c.userId(), c.lessonId(), c.courseId(), null, c.at()), DashboardBatch::merge);
                enrolments.computeIfAbsent(new LearnerCourse(c.userId(), c.courseId()), k -> new EnrolmentFold())
                        .active(c.at());
            } else if (change instanceof CourseDone c) {
                enrolments.computeIfAbsent(new LearnerCourse(c.userId(), c.courseId()), k -> new EnrolmentFold())
                        .completed(c.at());
            }
        }
        List<EnrolmentRow> updates = new ArrayList<>();
        List<EnrolmentRow> upserts = new ArrayList<>();
        enrolments.forEach((key, fold) -> {
            if (fold.earlierActivity != null || fold.earlierCompletion != null) {
                updates.add(new EnrolmentRow(key.userId(), key.courseId(), null, fold.earlierCompletion,
                        fold.earlierActivity));
            }
            if (fold.enrolled) {
                upserts.add(new EnrolmentRow(key.userId(), key.courseId(), fold.enrolledAt, fold.completedAt,
                        fold.lastActivityAt));
            }
        });
        return new DashboardBatch(List.copyOf(streaks.values()), List.copyOf(courses.values()),
                List.copyOf(modules.values()), List.copyOf(lessons.values()), updates, upserts,
                List.copyOf(states.values()));
    }

    private static StreakFold with(StreakRow row, long userId) {
        return new StreakFold(row == null ? new StreakRow(userId, null, null, null, false, null, null, null) : row);
    }

    private static LessonStateRow merge(LessonStateRow first, LessonStateRow later) {
        return new LessonStateRow(first.userId(), first.lessonId(), first.courseId(),
                earliest(first.unlockedAt(), later.unlockedAt()), earliest(first.completedAt(), later.completedAt()));
    }

    /** One learner's streak columns, each replaced by a later change. */
    private record StreakFold(StreakRow row) {

        StreakRow timeZone(String zone) {
            return new StreakRow(row.userId(), zone, row.currentStreak(), row.longestStreak(), row.daySet(),
                    row.lastDay(), row.lastDayZone(), row.freezesAvailable());
        }

        StreakRow streak(StreakSet set) {
            return new StreakRow(row.userId(), row.timeZone(), set.currentStreak(), set.longestStreak(), true,
                    set.lastDay(), set.lastDayZone(),
                    set.freezesAvailable() == null ? row.freezesAvailable() : set.freezesAvailable());
        }

        StreakRow cleared() {
            return new StreakRow(row.userId(), row.timeZone(), 0, row.longestStreak(), row.daySet(), row.lastDay(),
                    row.lastDayZone(), row.freezesAvailable());
        }

        StreakRow freezes(int available) {
            return new StreakRow(row.userId(), row.timeZone(), row.currentStreak(), row.longestStreak(), row.daySet(),
                    row.lastDay(), row.lastDayZone(), available);
        }
    }

    /** One (learner, course): what happens before and after the batch's first enrolment. */
    private static final class EnrolmentFold {
        boolean enrolled;
        Instant earlierActivity;
        Instant earlierCompletion;
        Instant enrolledAt;
        Instant completedAt;
        Instant lastActivityAt;

        void enrolled(Instant at) {
            if (!enrolled) {
                enrolled = true;
                enrolledAt = at;
                lastActivityAt = at;
            } else {
                enrolledAt = earliest(enrolledAt, at);
                lastActivityAt = latest(lastActivityAt, at);
            }
        }

        void active(Instant at) {
            if (enrolled) {
                lastActivityAt = latest(lastActivityAt, at);
            } else {
                earlierActivity = latest(earlierActivity, at);
            }
        }

        void completed(Instant at) {
            if (enrolled) {
                completedAt = earliest(completedAt, at);
            } else {
                earlierCompletion = earliest(earlierCompletion, at);
            }
        }
    }

    /** LEAST in SQL: nulls ignored. */
    static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** GREATEST in SQL: nulls ignored. */
    static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
