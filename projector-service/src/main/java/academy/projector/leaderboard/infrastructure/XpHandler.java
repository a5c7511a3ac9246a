package academy.projector.leaderboard.infrastructure;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import academy.projector.projection.infrastructure.ProcessedEvents;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.SqlValues;
import academy.projector.projection.infrastructure.TableNames;
import academy.projector.leaderboard.domain.XpEarned;
import academy.projector.leaderboard.domain.XpProjection;

/**
 * XP totals, all-time and per leaderboard week, in PostgreSQL (the truth); after commit the
 * learners' totals are read back and written to the Redis sorted sets as absolute scores.
 */
public final class XpHandler extends ProjectionHandler {

    public static final String NAME = "leaderboard";
    public static final List<String> TABLES = List.of("xp_totals", "xp_weekly", "xp_processed_events");

    // One statement per table and batch: the batch's XP is summed per learner (and week) first.
    private static final String TOTAL = "INSERT INTO {xp_totals} AS t (user_id, total_xp, updated_at)"
            + " SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[])"
            + " ON CONFLICT (user_id) DO UPDATE SET total_xp = t.total_xp + EXCLUDED.total_xp,"
            + " updated_at = GREATEST(t.updated_at, EXCLUDED.updated_at)";
    private static final String WEEKLY = "INSERT INTO {xp_weekly} AS w (week_start, user_id, xp)"
            + " SELECT * FROM unnest($1::date[], $2::bigint[], $3::bigint[])"
            + " ON CONFLICT (week_start, user_id) DO UPDATE SET xp = w.xp + EXCLUDED.xp";

    private final ProcessedEvents processed;
    private final String total;
    private final String weekly;
    private final LeaderboardPublisher publisher;

    public XpHandler(TableNames tables, ProjectionMetrics metrics, LeaderboardPublisher publisher,
                     ProgressBroadcast broadcast) {
        super(tables, metrics, broadcast);
        this.processed = new ProcessedEvents(tables, "xp_processed_events");
        this.total = tables.sql(TOTAL);
        this.weekly = tables.sql(WEEKLY);
        this.publisher = publisher;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return withErasure(XpProjection.EVENT_TYPES);
    }

    @Override
    protected List<String> learnerTables() {
        return List.of("xp_totals", "xp_weekly");
    }

    @Override
    protected Uni<Void> forget(Set<Long> userIds) {
        return publisher.remove(userIds);
    }

    @Override
    protected Uni<List<RecordedEvent>> fresh(SqlConnection transaction, List<RecordedEvent> batch) {
        return processed.claimFresh(transaction, batch);
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        List<XpEarned> earned = earned(events);
        if (earned.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Long, Long> totals = new TreeMap<>();
        Map<Long, Instant> latest = new TreeMap<>();
        Map<LocalDate, Map<Long, Long>> byWeek = new TreeMap<>();
        for (XpEarned xp : earned) {
            totals.merge(xp.userId(), xp.xp(), Long::sum);
            latest.merge(xp.userId(), xp.at(), (a, b) -> a.isAfter(b) ? a : b);
            byWeek.computeIfAbsent(xp.weekStart(), week -> new TreeMap<>()).merge(xp.userId(), xp.xp(), Long::sum);
        }
        Tuple totalRows = Tuple.tuple().addArrayOfLong(totals.keySet().toArray(Long[]::new))
                .addArrayOfLong(totals.values().toArray(Long[]::new))
                .addArrayOfOffsetDateTime(latest.values().stream().map(SqlValues::time).toArray(OffsetDateTime[]::new));
        List<LocalDate> weeks = new ArrayList<>();
        List<Long> users = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        byWeek.forEach((week, byUser) -> byUser.forEach((user, xp) -> {
            weeks.add(week);
            users.add(user);
            amounts.add(xp);
        }));
        Tuple weeklyRows = Tuple.tuple().addArrayOfLocalDate(weeks.toArray(LocalDate[]::new))
                .addArrayOfLong(users.toArray(Long[]::new)).addArrayOfLong(amounts.toArray(Long[]::new));
        return transaction.preparedQuery(total).execute(totalRows)
                .chain(() -> transaction.preparedQuery(weekly).execute(weeklyRows)).replaceWithVoid();
    }

    @Override
    protected Uni<Void> publish(List<Read> events) {
        List<XpEarned> earned = earned(events);
        Set<Long> learners = new TreeSet<>();
        Set<LocalDate> weeks = new TreeSet<>();
        earned.forEach(xp -> {
            learners.add(xp.userId());
            weeks.add(xp.weekStart());
        });
        return publisher.publish(learners, weeks);
    }

    @Override
    protected Collection<Long> dashboardLearners(List<Read> events) {
        Set<Long> learners = new TreeSet<>();
        earned(events).forEach(xp -> learners.add(xp.userId()));
        return learners;
    }

    private static List<XpEarned> earned(List<Read> events) {
        List<XpEarned> earned = new ArrayList<>();
        events.forEach(read -> XpProjection.xpEarned(read.event()).ifPresent(earned::add));
        return earned;
    }
}
