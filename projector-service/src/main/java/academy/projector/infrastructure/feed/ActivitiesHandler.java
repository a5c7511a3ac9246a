package academy.projector.infrastructure.feed;

import static academy.projector.infrastructure.feed.SqlValues.time;

import academy.projector.domain.Activity;
import academy.projector.domain.ActivityProjection;
import academy.projector.infrastructure.redis.DashboardCache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code user_activities}: one row per event, keyed by the event id, so a redelivery adds nothing. */
public final class ActivitiesHandler extends ProjectionHandler {

    public static final String NAME = "activities";
    public static final List<String> TABLES = List.of("user_activities");

    private static final String INSERT = "INSERT INTO {user_activities}"
            + " (event_id, user_id, occurred_at, kind, course_id, lesson_id, details)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING";

    private final String insert;
    private final DashboardCache cache;

    public ActivitiesHandler(TableNames tables, ProjectionMetrics metrics, DashboardCache cache) {
        super(tables, metrics);
        this.insert = tables.sql(INSERT);
        this.cache = cache;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return ActivityProjection.EVENT_TYPES;
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        SqlSteps steps = new SqlSteps();
        for (Read read : events) {
            Optional<Activity> activity = ActivityProjection.activity(read.event(), read.stored().recordedAt());
            activity.ifPresent(a -> steps.add(insert, Tuple.tuple().addUUID(read.stored().eventId())
                    .addLong(a.userId()).addOffsetDateTime(time(a.occurredAt())).addString(a.kind())
                    .addUUID(a.courseId()).addUUID(a.lessonId()).addJsonObject(details(a))));
        }
        return steps.run(transaction);
    }

    private static JsonObject details(Activity activity) {
        JsonObject json = new JsonObject();
        activity.details().forEach((key, value) -> json.put(key, value instanceof BigDecimal d ? d.doubleValue() : value));
        return json;
    }

    @Override
    protected Uni<Void> publish(List<Read> events) {
        Set<Long> learners = new TreeSet<>();
        for (Read read : events) {
            ActivityProjection.activity(read.event(), read.stored().recordedAt()).ifPresent(a -> learners.add(a.userId()));
        }
        return cache.invalidate(learners);
    }
}
