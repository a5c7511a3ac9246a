package academy.projector.progress.infrastructure;

import academy.projector.projection.application.Views.ProgressSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import academy.projector.dashboard.infrastructure.DashboardRows;

/** {@code user_progress_summary} of one learner; zeros before their first lesson. */
@ApplicationScoped
public class SummaryRows {

    private static final String SUMMARY = "SELECT total_lessons, completed_lessons, average_score, total_time_spent,"
            + " last_activity FROM user_progress_summary WHERE user_id = $1";

    private final Pool pool;

    public SummaryRows(Pool pool) {
        this.pool = pool;
    }

    public Uni<ProgressSummary> of(long userId) {
        return pool.preparedQuery(SUMMARY).execute(Tuple.of(userId)).map(rows -> {
            if (rows.size() == 0) {
                return new ProgressSummary(userId, 0, 0, null, 0, 0, null);
            }
            Row row = rows.iterator().next();
            long seconds = row.getLong("total_time_spent");
            return new ProgressSummary(userId, row.getInteger("total_lessons"), row.getInteger("completed_lessons"),
                    row.getBigDecimal("average_score"), seconds, seconds / 60,
                    DashboardRows.instant(row.getOffsetDateTime("last_activity")));
        });
    }
}
