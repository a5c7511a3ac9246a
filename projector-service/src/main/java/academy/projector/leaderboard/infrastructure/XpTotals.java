package academy.projector.leaderboard.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * XP totals as PostgreSQL holds them (the truth behind the Redis boards). Ties are listed by
 * user id as text, descending: the order Redis uses for equal scores, so both answer alike.
 */
@ApplicationScoped
public class XpTotals {

    private static final String ALL_OF = "SELECT user_id, total_xp AS xp FROM xp_totals WHERE user_id = ANY($1::bigint[])";
    private static final String WEEK_OF = "SELECT user_id, xp FROM xp_weekly WHERE week_start = $1 AND user_id = ANY($2::bigint[])";
    private static final String ALL = "SELECT user_id, total_xp AS xp FROM xp_totals WHERE total_xp > 0";
    private static final String WEEK = "SELECT user_id, xp FROM xp_weekly WHERE week_start = $1 AND xp > 0";
    private static final String TOP_ALL = "SELECT user_id, total_xp AS xp FROM xp_totals WHERE total_xp > 0"
            + " ORDER BY total_xp DESC, user_id::text DESC LIMIT $1";
    private static final String TOP_WEEK = "SELECT user_id, xp FROM xp_weekly WHERE week_start = $1 AND xp > 0"
            + " ORDER BY xp DESC, user_id::text DESC LIMIT $2";
    private static final String AHEAD_ALL = "SELECT count(*) AS ahead FROM xp_totals WHERE total_xp > $1";
    private static final String AHEAD_WEEK = "SELECT count(*) AS ahead FROM xp_weekly WHERE week_start = $1 AND xp > $2";

    private final Pool pool;

    public XpTotals(Pool pool) {
        this.pool = pool;
    }

    /** Totals of these learners; {@code week} null means all-time. */
    public Uni<Map<Long, Long>> of(LocalDate week, Collection<Long> userIds) {
        Long[] ids = userIds.toArray(Long[]::new);
        Uni<RowSet<Row>> rows = week == null
                ? pool.preparedQuery(ALL_OF).execute(Tuple.tuple().addArrayOfLong(ids))
                : pool.preparedQuery(WEEK_OF).execute(Tuple.tuple().addLocalDate(week).addArrayOfLong(ids));
        return rows.map(XpTotals::toMap);
    }

    /** Every learner with XP on the board; {@code week} null means all-time. */
    public Uni<Map<Long, Long>> board(LocalDate week) {
        Uni<RowSet<Row>> rows = week == null ? pool.query(ALL).execute()
                : pool.preparedQuery(WEEK).execute(Tuple.of(week));
        return rows.map(XpTotals::toMap);
    }

    /** The top {@code limit} (user id, XP) pairs. */
    public Uni<List<long[]>> top(LocalDate week, int limit) {
        Uni<RowSet<Row>> rows = week == null ? pool.preparedQuery(TOP_ALL).execute(Tuple.of(limit))
                : pool.preparedQuery(TOP_WEEK).execute(Tuple.of(week, limit));
        return rows.map(set -> {
            List<long[]> top = new ArrayList<>();
            set.forEach(row -> top.add(new long[] {row.getLong("user_id"), row.getLong("xp")}));
            return top;
        });
    }

    /** How many learners have more XP than {@code xp}. */
    public Uni<Long> ahead(LocalDate week, long xp) {
        Uni<RowSet<Row>> rows = week == null ? pool.preparedQuery(AHEAD_ALL).execute(Tuple.of(xp))
                : pool.preparedQuery(AHEAD_WEEK).execute(Tuple.of(week, xp));
        return rows.map(set -> set.iterator().next().getLong("ahead"));
    }

    private static Map<Long, Long> toMap(RowSet<Row> rows) {
        Map<Long, Long> totals = new HashMap<>();
        rows.forEach(row -> totals.put(row.getLong("user_id"), row.getLong("xp")));
        return totals;
    }
}
