package academy.projector.daily.infrastructure;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import academy.projector.daily.domain.DailyActivity;
import academy.projector.daily.domain.DailyActivityProjection;
import academy.projector.projection.infrastructure.ProcessedEvents;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.TableNames;

/** XP and first completions per learner and UTC day ({@code learner_daily_activity}), summed per batch. */
public final class DailyActivityHandler extends ProjectionHandler {

    public static final String NAME = "daily";
    public static final List<String> TABLES = List.of("learner_daily_activity", "daily_processed_events");

    private static final String UPSERT = "INSERT INTO {learner_daily_activity} AS d (user_id, day, xp, lessons_completed)"
            + " SELECT * FROM unnest($1::bigint[], $2::date[], $3::bigint[], $4::int[])"
            + " ON CONFLICT (user_id, day) DO UPDATE SET xp = d.xp + EXCLUDED.xp,"
            + " lessons_completed = d.lessons_completed + EXCLUDED.lessons_completed";

    private final ProcessedEvents processed;
    private final String upsert;

    public DailyActivityHandler(TableNames tables, ProjectionMetrics metrics, ProgressBroadcast broadcast) {
        super(tables, metrics, broadcast);
        this.processed = new ProcessedEvents(tables, "daily_processed_events");
        this.upsert = tables.sql(UPSERT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> eventTypes() {
        return DailyActivityProjection.EVENT_TYPES;
    }

    @Override
    protected Uni<List<RecordedEvent>> fresh(SqlConnection transaction, List<RecordedEvent> batch) {
        return processed.claimFresh(transaction, batch);
    }

    @Override
    protected Uni<Void> apply(SqlConnection transaction, List<Read> events) {
        Map<Long, Map<LocalDate, long[]>> sums = new TreeMap<>();
        events.forEach(read -> DailyActivityProjection.of(read.event()).ifPresent(activity -> add(sums, activity)));
        if (sums.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Long> users = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<Long> xp = new ArrayList<>();
        List<Integer> lessons = new ArrayList<>();
        sums.forEach((user, byDay) -> byDay.forEach((day, sum) -> {
            users.add(user);
            days.add(day);
            xp.add(sum[0]);
            lessons.add((int) sum[1]);
        }));
        Tuple rows = Tuple.tuple().addArrayOfLong(users.toArray(Long[]::new))
                .addArrayOfLocalDate(days.toArray(LocalDate[]::new)).addArrayOfLong(xp.toArray(Long[]::new))
                .addArrayOfInteger(lessons.toArray(Integer[]::new));
        return transaction.preparedQuery(upsert).execute(rows).replaceWithVoid();
    }

    private static void add(Map<Long, Map<LocalDate, long[]>> sums, DailyActivity activity) {
        long[] sum = sums.computeIfAbsent(activity.userId(), user -> new TreeMap<>())
                .computeIfAbsent(activity.day(), day -> new long[2]);
        sum[0] += activity.xp();
        sum[1] += activity.lessonsCompleted();
    }
}
