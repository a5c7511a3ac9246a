package academy.projector.progress.infrastructure;

import static academy.projector.projection.infrastructure.SqlValues.time;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import academy.projector.projection.infrastructure.ProcessedEvents;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.progress.domain.ProgressChange;
import academy.projector.progress.domain.ProgressDelta;
import academy.projector.progress.domain.ProgressProjection;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.TableNames;

/**
 * {@code learning_progress} from lesson events, then {@code user_progress_summary} recomputed
 * from those rows for the learners the batch touched (absolute values, a plain table).
 */
public final class ProgressHandler extends ProjectionHandler {

    public static final String NAME = "progress";
    public static final List<String> TABLES = List.of("learning_progress", "user_progress_summary",
            "progress_processed_events");

    // One upsert per batch: the batch's changes are folded per (learner, lesson) first.
    private static final String UPSERT = "INSERT INTO {learning_progress} AS p (user_id, lesson_id, course_id,"
            + " completed, score, time_spent_seconds, completed_at, updated_at)"
            + " SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::boolean[], $5::numeric[], $6::bigint[],"
            + " $7::timestamptz[], $8::timestamptz[])"
            + " ON CONFLICT (user_id, lesson_id) DO UPDATE SET completed = p.completed OR EXCLUDED.completed,"
            + " score = GREATEST(p.score, EXCLUDED.score),"
            + " time_spent_seconds = p.time_spent_seconds + EXCLUDED.time_spent_seconds,"
            + " completed_at = LEAST(p.completed_at, EXCLUDED.completed_at),"
            + " updated_at = GREATEST(p.updated_at, EXCLUDED.updated_at)";
    private static final String SUMMARY = "INSERT INTO {user_progress_summary} AS s"
            + " (user_id, total_lessons, completed_lessons, average_score, total_time_spent, last_activity)"
            + " SELECT user_id, count(*), count(*) FILTER (WHERE completed), round(avg(score), 4),"
            + " sum(time_spent_seconds), max(updated_at) FROM {learning_progress} WHERE user_id = ANY($1::bigint[])"
            + " GROUP BY user_id ON CONFLICT (user_id) DO UPDATE SET total_lessons = EXCLUDED.total_lessons,"
            + " completed_lessons = EXCLUDED.completed_lessons, average_score = EXCLUDED.average_score,"
            + " total_time_spent = EXCLUDED.total_time_spent, last_activity = EXCLUDED.last_activity";

    private final ProcessedEvents processed;
    private final String upsert;
    private final String summary;

    public ProgressHandler(TableNames tables, ProjectionMetrics metrics, ProgressBroadcast broadcast) {
        super(tables, metrics, broadcast);
        this.processed = new ProcessedEvents(tables, "progress_processed_events");
        this.upsert = tables.sql(UPSERT);
        this.summary = tables.sql(SUMMARY);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return withErasure(ProgressProjection.EVENT_TYPES);
    }

    @Override
    protected List<String> learnerTables() {
        return List.of("learning_progress", "user_progress_summary");
    }

    @Override
    protected Uni<List<RecordedEvent>> fresh(SqlConnection transaction,
                                                               List<RecordedEvent> batch) {
        return processed.claimFresh(transaction, batch);
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        List<ProgressChange> changes = new ArrayList<>();
        events.forEach(read -> changes.addAll(ProgressProjection.changes(read.event())));
        List<ProgressDelta> deltas = ProgressDelta.fold(changes);
        if (deltas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple rows = Tuple.tuple()
                .addArrayOfLong(deltas.stream().map(ProgressDelta::userId).toArray(Long[]::new))
                .addArrayOfUUID(deltas.stream().map(ProgressDelta::lessonId).toArray(UUID[]::new))
                .addArrayOfUUID(deltas.stream().map(ProgressDelta::courseId).toArray(UUID[]::new))
                .addArrayOfBoolean(deltas.stream().map(ProgressDelta::completed).toArray(Boolean[]::new))
                .addArrayOfBigDecimal(deltas.stream().map(ProgressDelta::bestScore).toArray(BigDecimal[]::new))
                .addArrayOfLong(deltas.stream().map(ProgressDelta::seconds).toArray(Long[]::new))
                .addArrayOfOffsetDateTime(deltas.stream().map(d -> time(d.completedAt())).toArray(OffsetDateTime[]::new))
                .addArrayOfOffsetDateTime(deltas.stream().map(d -> time(d.updatedAt())).toArray(OffsetDateTime[]::new));
        Tuple learners = Tuple.tuple().addArrayOfLong(deltas.stream().map(ProgressDelta::userId).distinct()
                .toArray(Long[]::new));
        return transaction.preparedQuery(upsert).execute(rows)
                .chain(() -> transaction.preparedQuery(summary).execute(learners)).replaceWithVoid();
    }
}
