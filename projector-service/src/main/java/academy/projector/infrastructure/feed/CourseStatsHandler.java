package academy.projector.infrastructure.feed;

import academy.eventstore.RecordedEvent;
import academy.projector.domain.CourseStatsChange;
import academy.projector.domain.CourseStatsChange.CourseCompletionCounted;
import academy.projector.domain.CourseStatsChange.EnrolmentCounted;
import academy.projector.domain.CourseStatsChange.LessonCompletionCounted;
import academy.projector.domain.CourseStatsProjection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

/** {@code course_statistics} for operators: counts that add up, so events are de-duplicated by id first. */
public final class CourseStatsHandler extends ProjectionHandler {

    public static final String NAME = "course-stats";
    public static final List<String> TABLES = List.of("course_statistics", "course_stats_processed_events");

    private static final String ENROLMENT = "INSERT INTO {course_statistics} AS c (course_id, enrolments) VALUES ($1, 1)"
            + " ON CONFLICT (course_id) DO UPDATE SET enrolments = c.enrolments + 1";
    private static final String COMPLETION = "INSERT INTO {course_statistics} AS c (course_id, completions) VALUES ($1, 1)"
            + " ON CONFLICT (course_id) DO UPDATE SET completions = c.completions + 1";
    private static final String LESSON = "INSERT INTO {course_statistics} AS c (course_id, lesson_completions, score_sum)"
            + " VALUES ($1, 1, $2) ON CONFLICT (course_id) DO UPDATE"
            + " SET lesson_completions = c.lesson_completions + 1, score_sum = c.score_sum + EXCLUDED.score_sum";

    private final ProcessedEvents processed;
    private final String enrolment;
    private final String completion;
    private final String lesson;

    public CourseStatsHandler(TableNames tables, ProjectionMetrics metrics) {
        super(tables, metrics);
        this.processed = new ProcessedEvents(tables, "course_stats_processed_events");
        this.enrolment = tables.sql(ENROLMENT);
        this.completion = tables.sql(COMPLETION);
        this.lesson = tables.sql(LESSON);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return CourseStatsProjection.EVENT_TYPES;
    }

    @Override
    protected Uni<List<RecordedEvent>> fresh(SqlConnection transaction, List<RecordedEvent> batch) {
        return processed.claimFresh(transaction, batch);
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        SqlSteps steps = new SqlSteps();
        for (Read read : events) {
            for (CourseStatsChange change : CourseStatsProjection.changes(read.event())) {
                if (change instanceof EnrolmentCounted c) {
                    steps.add(enrolment, Tuple.of(c.courseId()));
                } else if (change instanceof CourseCompletionCounted c) {
                    steps.add(completion, Tuple.of(c.courseId()));
                } else if (change instanceof LessonCompletionCounted c) {
                    steps.add(lesson, Tuple.of(c.courseId(), c.score()));
                }
            }
        }
        return steps.run(transaction);
    }
}
