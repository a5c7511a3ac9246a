package academy.projector.dashboard.infrastructure;

import static academy.projector.projection.infrastructure.SqlValues.time;

import academy.projector.dashboard.domain.DashboardBatch.EnrolmentRow;
import academy.projector.dashboard.domain.DashboardBatch.LessonStateRow;
import academy.projector.dashboard.domain.DashboardBatch.StreakRow;
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
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import academy.projector.dashboard.domain.DashboardBatch;
import academy.projector.dashboard.domain.DashboardChange;
import academy.projector.dashboard.domain.DashboardProjection;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.SqlSteps;
import academy.projector.projection.infrastructure.TableNames;

/**
 * The dashboard model. Every statement writes absolute values (or keeps the earliest/latest time),
 * so a redelivered batch changes nothing.
 */
public final class DashboardHandler extends ProjectionHandler {

    public static final String NAME = "dashboard";
    public static final List<String> TABLES = List.of("learner_streaks", "dashboard_courses", "dashboard_modules",
            "dashboard_lessons", "dashboard_enrolments", "dashboard_lesson_states");

    private final DashboardStatements sql;

    public DashboardHandler(TableNames tables, ProjectionMetrics metrics, ProgressBroadcast broadcast) {
        super(tables, metrics, broadcast);
        this.sql = new DashboardStatements(tables);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return withErasure(DashboardProjection.EVENT_TYPES);
    }

    @Override
    protected List<String> learnerTables() {
        return List.of("learner_streaks", "dashboard_enrolments", "dashboard_lesson_states");
    }

    /** The batch folded per row, then one statement per table (two for streaks): see {@link DashboardBatch}. */
    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        List<DashboardChange> changes = new ArrayList<>();
        events.forEach(read -> changes.addAll(DashboardProjection.changes(read.event())));
        DashboardBatch batch = DashboardBatch.fold(changes);
        SqlSteps steps = new SqlSteps();
        if (!batch.streaks().isEmpty()) {
            List<StreakRow> rows = batch.streaks();
            steps.add(sql.streakRows, Tuple.tuple().addArrayOfLong(longs(rows, StreakRow::userId)));
            steps.add(sql.streakValues, Tuple.tuple().addArrayOfLong(longs(rows, StreakRow::userId))
                    .addArrayOfString(rows.stream().map(StreakRow::timeZone).toArray(String[]::new))
                    .addArrayOfInteger(rows.stream().map(StreakRow::currentStreak).toArray(Integer[]::new))
                    .addArrayOfInteger(rows.stream().map(StreakRow::longestStreak).toArray(Integer[]::new))
                    .addArrayOfBoolean(rows.stream().map(StreakRow::daySet).toArray(Boolean[]::new))
                    .addArrayOfLocalDate(rows.stream().map(StreakRow::lastDay).toArray(LocalDate[]::new))
                    .addArrayOfString(rows.stream().map(StreakRow::lastDayZone).toArray(String[]::new))
                    .addArrayOfInteger(rows.stream().map(StreakRow::freezesAvailable).toArray(Integer[]::new)));
        }
        if (!batch.courses().isEmpty()) {
            steps.add(sql.courses, Tuple.tuple().addArrayOfUUID(uuids(batch.courses(), CourseNamed::courseId))
                    .addArrayOfString(batch.courses().stream().map(CourseNamed::title).toArray(String[]::new)));
        }
        if (!batch.modules().isEmpty()) {
            List<ModulePlaced> rows = batch.modules();
            steps.add(sql.modules, Tuple.tuple().addArrayOfUUID(uuids(rows, ModulePlaced::moduleId))
                    .addArrayOfUUID(uuids(rows, ModulePlaced::courseId))
                    .addArrayOfInteger(rows.stream().map(ModulePlaced::position).toArray(Integer[]::new))
                    .addArrayOfString(rows.stream().map(ModulePlaced::title).toArray(String[]::new)));
        }
        if (!batch.lessons().isEmpty()) {
            List<LessonPlaced> rows = batch.lessons();
            steps.add(sql.lessons, Tuple.tuple().addArrayOfUUID(uuids(rows, LessonPlaced::lessonId))
                    .addArrayOfUUID(uuids(rows, LessonPlaced::courseId)).addArrayOfUUID(uuids(rows, LessonPlaced::moduleId))
                    .addArrayOfInteger(rows.stream().map(LessonPlaced::position).toArray(Integer[]::new))
                    .addArrayOfString(rows.stream().map(LessonPlaced::title).toArray(String[]::new)));
        }
        if (!batch.enrolmentUpdates().isEmpty()) {
            List<EnrolmentRow> rows = batch.enrolmentUpdates();
            steps.add(sql.enrolmentUpdates, Tuple.tuple().addArrayOfLong(longs(rows, EnrolmentRow::userId))
                    .addArrayOfUUID(uuids(rows, EnrolmentRow::courseId)).addArrayOfOffsetDateTime(times(rows, EnrolmentRow::completedAt))
                    .addArrayOfOffsetDateTime(times(rows, EnrolmentRow::lastActivityAt)));
        }
        if (!batch.enrolments().isEmpty()) {
            List<EnrolmentRow> rows = batch.enrolments();
            steps.add(sql.enrolments, Tuple.tuple().addArrayOfLong(longs(rows, EnrolmentRow::userId))
                    .addArrayOfUUID(uuids(rows, EnrolmentRow::courseId)).addArrayOfOffsetDateTime(times(rows, EnrolmentRow::enrolledAt))
                    .addArrayOfOffsetDateTime(times(rows, EnrolmentRow::completedAt))
                    .addArrayOfOffsetDateTime(times(rows, EnrolmentRow::lastActivityAt)));
        }
        if (!batch.lessonStates().isEmpty()) {
            List<LessonStateRow> rows = batch.lessonStates();
            steps.add(sql.lessonStates, Tuple.tuple().addArrayOfLong(longs(rows, LessonStateRow::userId))
                    .addArrayOfUUID(uuids(rows, LessonStateRow::lessonId)).addArrayOfUUID(uuids(rows, LessonStateRow::courseId))
                    .addArrayOfOffsetDateTime(times(rows, LessonStateRow::unlockedAt))
                    .addArrayOfOffsetDateTime(times(rows, LessonStateRow::completedAt)));
        }
        return steps.run(transaction);
    }

    private static <T> Long[] longs(List<T> rows, Function<T, Long> column) {
        return rows.stream().map(column).toArray(Long[]::new);
    }

    private static <T> UUID[] uuids(List<T> rows, Function<T, UUID> column) {
        return rows.stream().map(column).toArray(UUID[]::new);
    }

    private static <T> OffsetDateTime[] times(List<T> rows, Function<T, Instant> column) {
        return rows.stream().map(row -> time(column.apply(row))).toArray(OffsetDateTime[]::new);
    }

    @Override
    protected Collection<Long> dashboardLearners(List<Read> events) {
        Set<Long> learners = new TreeSet<>();
        for (Read read : events) {
            for (DashboardChange change : DashboardProjection.changes(read.event())) {
                Long learner = learnerOf(change);
                if (learner != null) {
                    learners.add(learner);
                }
            }
        }
        return learners;
    }

    /** A course's title, modules or lessons changed: every enrolled learner's dashboard shows them. */
    @Override
    protected boolean changesEveryDashboard(List<Read> events) {
        for (Read read : events) {
            for (DashboardChange change : DashboardProjection.changes(read.event())) {
                if (change instanceof CourseNamed || change instanceof ModulePlaced || change instanceof LessonPlaced) {
                    return true;
                }
            }
        }
        return false;
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
