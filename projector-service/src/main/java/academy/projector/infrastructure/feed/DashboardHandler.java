package academy.projector.infrastructure.feed;

import static academy.projector.infrastructure.feed.SqlValues.time;

import academy.projector.domain.DashboardChange;
import academy.projector.domain.DashboardChange.CourseDone;
import academy.projector.domain.DashboardChange.CourseNamed;
import academy.projector.domain.DashboardChange.EnrolmentStarted;
import academy.projector.domain.DashboardChange.FreezesSet;
import academy.projector.domain.DashboardChange.LessonDone;
import academy.projector.domain.DashboardChange.LessonOpened;
import academy.projector.domain.DashboardChange.LessonPlaced;
import academy.projector.domain.DashboardChange.ModulePlaced;
import academy.projector.domain.DashboardChange.StreakCleared;
import academy.projector.domain.DashboardChange.StreakSet;
import academy.projector.domain.DashboardChange.TimeZoneSet;
import academy.projector.domain.DashboardProjection;
import academy.projector.infrastructure.redis.DashboardCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The dashboard model. Every statement writes absolute values, so a redelivered batch changes nothing. */
public final class DashboardHandler extends ProjectionHandler {

    public static final String NAME = "dashboard";
    public static final List<String> TABLES = List.of("learner_streaks", "dashboard_courses", "dashboard_modules",
            "dashboard_lessons", "dashboard_enrolments", "dashboard_lesson_states");

    private final DashboardStatements sql;
    private final DashboardCache cache;

    public DashboardHandler(TableNames tables, ProjectionMetrics metrics, DashboardCache cache) {
        super(tables, metrics);
        this.sql = new DashboardStatements(tables);
        this.cache = cache;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return DashboardProjection.EVENT_TYPES;
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        SqlSteps steps = new SqlSteps();
        for (Read read : events) {
            DashboardProjection.changes(read.event()).forEach(change -> add(steps, change));
        }
        return steps.run(transaction);
    }

    @Override
    protected Uni<Void> publish(List<Read> events) {
        Set<Long> learners = new TreeSet<>();
        for (Read read : events) {
            for (DashboardChange change : DashboardProjection.changes(read.event())) {
                Long learner = learnerOf(change);
                if (learner != null) {
                    learners.add(learner);
                }
            }
        }
        // Course outline changes touch every enrolled learner: let their cached dashboards expire.
        return cache.invalidate(learners);
    }

    private void add(SqlSteps steps, DashboardChange change) {
        if (change instanceof TimeZoneSet c) {
            steps.add(sql.timeZone, Tuple.of(c.userId(), c.timeZone()));
        } else if (change instanceof StreakSet c) {
            steps.add(sql.streak, Tuple.of(c.userId(), c.currentStreak(), c.longestStreak(), c.lastDay(), c.lastDayZone()));
        } else if (change instanceof StreakCleared c) {
            steps.add(sql.streakCleared, Tuple.of(c.userId()));
        } else if (change instanceof FreezesSet c) {
            steps.add(sql.freezes, Tuple.of(c.userId(), c.freezesAvailable()));
        } else if (change instanceof CourseNamed c) {
            steps.add(sql.course, Tuple.of(c.courseId(), c.title()));
        } else if (change instanceof ModulePlaced c) {
            steps.add(sql.module, Tuple.of(c.moduleId(), c.courseId(), c.position(), c.title()));
        } else if (change instanceof LessonPlaced c) {
            steps.add(sql.lesson, Tuple.of(c.lessonId(), c.courseId(), c.moduleId(), c.position(), c.title()));
        } else if (change instanceof EnrolmentStarted c) {
            steps.add(sql.enrolment, Tuple.of(c.userId(), c.courseId(), time(c.at())));
        } else if (change instanceof LessonOpened c) {
            steps.add(sql.lessonOpened, Tuple.of(c.userId(), c.lessonId(), c.courseId(), time(c.at())));
        } else if (change instanceof LessonDone c) {
            steps.add(sql.lessonDone, Tuple.of(c.userId(), c.lessonId(), c.courseId(), time(c.at())));
            steps.add(sql.courseActivity, Tuple.of(c.userId(), c.courseId(), time(c.at())));
        } else if (change instanceof CourseDone c) {
            steps.add(sql.courseDone, Tuple.of(c.userId(), c.courseId(), time(c.at())));
        }
    }

    private static Long learnerOf(DashboardChange change) {
        if (change instanceof TimeZoneSet c) {
            return c.userId();
        } else if (change instanceof StreakSet c) {
            return c.userId();
        } else if (change instanceof StreakCleared c) {
            return c.userId();
        } else if (change instanceof FreezesSet c) {
            return c.userId();
        } else if (change instanceof EnrolmentStarted c) {
            return c.userId();
        } else if (change instanceof LessonOpened c) {
            return c.userId();
        } else if (change instanceof LessonDone c) {
            return c.userId();
        } else if (change instanceof CourseDone c) {
            return c.userId();
        }
        return null;
    }
}
