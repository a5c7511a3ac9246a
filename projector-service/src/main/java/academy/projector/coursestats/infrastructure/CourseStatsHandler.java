package academy.projector.coursestats.infrastructure;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import academy.projector.coursestats.domain.CourseStatsChange;
import academy.projector.coursestats.domain.CourseStatsDelta;
import academy.projector.coursestats.domain.CourseStatsProjection;
import academy.projector.projection.infrastructure.ProcessedEvents;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.TableNames;

/** {@code course_statistics} for operators: counts that add up, so events are de-duplicated by id first. */
public final class CourseStatsHandler extends ProjectionHandler {

    public static final String NAME = "course-stats";
    public static final List<String> TABLES = List.of("course_statistics", "course_stats_processed_events");

    // One upsert per batch: the batch's counts are summed per course first.
    private static final String UPSERT = "INSERT INTO {course_statistics} AS c"
            + " (course_id, enrolments, completions, lesson_completions, score_sum)"
            + " SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::numeric[])"
            + " ON CONFLICT (course_id) DO UPDATE SET enrolments = c.enrolments + EXCLUDED.enrolments,"
            + " completions = c.completions + EXCLUDED.completions,"
            + " lesson_completions = c.lesson_completions + EXCLUDED.lesson_completions,"
            + " score_sum = c.score_sum + EXCLUDED.score_sum";

    private final ProcessedEvents processed;
    private final String upsert;

    public CourseStatsHandler(TableNames tables, ProjectionMetrics metrics, ProgressBroadcast broadcast) {
        super(tables, metrics, broadcast);
        this.processed = new ProcessedEvents(tables, "course_stats_processed_events");
        this.upsert = tables.sql(UPSERT);
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
        List<CourseStatsChange> changes = new ArrayList<>();
        events.forEach(read -> changes.addAll(CourseStatsProjection.changes(read.event())));
        List<CourseStatsDelta> deltas = CourseStatsDelta.fold(changes);
        if (deltas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple rows = Tuple.tuple()
                .addArrayOfUUID(deltas.stream().map(CourseStatsDelta::courseId).toArray(UUID[]::new))
                .addArrayOfInteger(deltas.stream().map(CourseStatsDelta::enrolments).toArray(Integer[]::new))
                .addArrayOfInteger(deltas.stream().map(CourseStatsDelta::completions).toArray(Integer[]::new))
                .addArrayOfInteger(deltas.stream().map(CourseStatsDelta::lessonCompletions).toArray(Integer[]::new))
                .addArrayOfBigDecimal(deltas.stream().map(CourseStatsDelta::scoreSum).toArray(BigDecimal[]::new));
        return transaction.preparedQuery(upsert).execute(rows).replaceWithVoid();
    }
}
