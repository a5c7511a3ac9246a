package academy.projector.activities.infrastructure;

import academy.projector.projection.application.Views.ActivityItem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import academy.projector.dashboard.infrastructure.DashboardRows;

/** A learner's latest activities, newest first. */
@ApplicationScoped
public class ActivityRows {

    private static final String RECENT = "SELECT occurred_at, kind, course_id, lesson_id, details FROM user_activities"
            + " WHERE user_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT $2";

    private final Pool pool;

    public ActivityRows(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ActivityItem>> recent(long userId, int limit) {
        return recent(pool, userId, limit);
    }

    /** On {@code client}: a connection the caller pipelines several reads on, or the pool. */
    public Uni<List<ActivityItem>> recent(SqlClient client, long userId, int limit) {
        return client.preparedQuery(RECENT).execute(Tuple.of(userId, limit)).map(rows -> {
            List<ActivityItem> items = new ArrayList<>();
            for (Row row : rows) {
                Object details = row.getValue("details");
                Map<String, Object> map = details instanceof JsonObject json ? json.getMap() : Map.of();
                items.add(new ActivityItem(DashboardRows.instant(row.getOffsetDateTime("occurred_at")),
                        row.getString("kind"), row.getUUID("course_id"), row.getUUID("lesson_id"), map));
            }
            return items;
        });
    }
}
