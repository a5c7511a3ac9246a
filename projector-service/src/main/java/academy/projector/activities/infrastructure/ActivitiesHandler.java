package academy.projector.activities.infrastructure;

import static academy.projector.projection.infrastructure.SqlValues.time;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.TreeSet;
import academy.projector.activities.domain.Activity;
import academy.projector.activities.domain.ActivityProjection;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.TableNames;

/** {@code user_activities}: one row per event, keyed by the event id, so a redelivery adds nothing. */
public final class ActivitiesHandler extends ProjectionHandler {

    public static final String NAME = "activities";
    public static final List<String> TABLES = List.of("user_activities");

    // One insert per batch; rows keep the batch's order (the surrogate id breaks ties in the feed).
    private static final String INSERT = "INSERT INTO {user_activities}"
            + " (event_id, user_id, occurred_at, kind, course_id, lesson_id, details)"
            + " SELECT e, u, t, k, c, l, d::jsonb FROM unnest($1::uuid[], $2::bigint[], $3::timestamptz[], $4::text[],"
            + " $5::uuid[], $6::uuid[], $7::text[]) WITH ORDINALITY AS x(e, u, t, k, c, l, d, n) ORDER BY n"
            + " ON CONFLICT (event_id) DO NOTHING";

    private final String insert;
    public ActivitiesHandler(TableNames tables, ProjectionMetrics metrics, ProgressBroadcast broadcast) {
        super(tables, metrics, broadcast);
        this.insert = tables.sql(INSERT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return withErasure(ActivityProjection.EVENT_TYPES);
    }

    @Override
    protected List<String> learnerTables() {
        return List.of("user_activities");
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        List<UUID> ids = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (Read read : events) {
            ActivityProjection.activity(read.event(), read.stored().recordedAt()).ifPresent(activity -> {
                ids.add(read.stored().eventId());
                activities.add(activity);
            });
        }
        if (activities.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple rows = Tuple.tuple().addArrayOfUUID(ids.toArray(UUID[]::new))
                .addArrayOfLong(activities.stream().map(Activity::userId).toArray(Long[]::new))
                .addArrayOfOffsetDateTime(activities.stream().map(a -> time(a.occurredAt())).toArray(OffsetDateTime[]::new))
                .addArrayOfString(activities.stream().map(Activity::kind).toArray(String[]::new))
                .addArrayOfUUID(activities.stream().map(Activity::courseId).toArray(UUID[]::new))
                .addArrayOfUUID(activities.stream().map(Activity::lessonId).toArray(UUID[]::new))
                .addArrayOfString(activities.stream().map(a -> details(a).encode()).toArray(String[]::new));
        return transaction.preparedQuery(insert).execute(rows).replaceWithVoid();
    }

    private static JsonObject details(Activity activity) {
        JsonObject json = new JsonObject();
        activity.details().forEach((key, value) -> json.put(key, value instanceof BigDecimal d ? d.doubleValue() : value));
        return json;
    }

    @Override
    protected Collection<Long> dashboardLearners(List<Read> events) {
        Set<Long> learners = new TreeSet<>();
        for (Read read : events) {
            ActivityProjection.activity(read.event(), read.stored().recordedAt()).ifPresent(a -> learners.add(a.userId()));
        }
        return learners;
    }
}
