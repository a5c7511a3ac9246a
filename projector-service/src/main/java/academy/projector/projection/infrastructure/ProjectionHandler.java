package academy.projector.projection.infrastructure;

import academy.eventstore.FeedPosition;
import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import academy.projector.projection.domain.FeedEvent;

/**
 * One projection on the feed: every statement on the batch's transaction (so rows and
 * checkpoint commit together), Redis and cache work only after commit and only while live.
 * After that work, the commit is announced (ProgressBroadcast): the touched learners' cached
 * dashboards go and {@code ?after} readers waiting for this position wake up, on every replica.
 */
public abstract class ProjectionHandler implements SubscribedHandler {

    /** Every projection is a feed subscription of its own: this prefix and its name. */
    public static final String SUBSCRIPTION_PREFIX = "projector-";

    protected final TableNames tables;
    private final ProjectionMetrics metrics;
    private final ProgressBroadcast broadcast;
    /** The domain records of the batch last handled, read once for both the transaction and after commit. */
    private volatile BatchRead lastRead;

    protected ProjectionHandler(TableNames tables, ProjectionMetrics metrics, ProgressBroadcast broadcast) {
        this.tables = tables;
        this.metrics = metrics;
        this.broadcast = broadcast;
    }

    public abstract String name();

    @Override
    public final String subscription() {
        return SUBSCRIPTION_PREFIX + name();
    }

    /** The events of this batch to apply: all of them, or those not applied before. */
    protected Uni<List<RecordedEvent>> fresh(SqlConnection transaction, List<RecordedEvent> batch) {
        return Uni.createFrom().item(batch);
    }

    protected abstract Uni<Void> apply(SqlConnection transaction, List<Read> events);

    /** UserErased: every projection holding a learner's rows forgets them (docs/events.md). */
    public static final String USER_ERASED = "UserErased";

    /** The projection's tables holding rows of one learner (column {@code user_id}); emptied for an erased learner. */
    protected List<String> learnerTables() {
        return List.of();
    }

    /** Derived data outside PostgreSQL of learners just erased (Redis boards, cached dashboards), after commit. */
    protected Uni<Void> forget(Set<Long> userIds) {
        return Uni.createFrom().voidItem();
    }

    /** A projection's event types plus UserErased, for projections with {@link #learnerTables()}. */
    protected static List<String> withErasure(List<String> eventTypes) {
        List<String> types = new ArrayList<>(eventTypes);
        types.add(USER_ERASED);
        return List.copyOf(types);
    }

    /** Derived data outside PostgreSQL (Redis), refreshed after the batch committed. */
    protected Uni<Void> publish(List<Read> events) {
        return Uni.createFrom().voidItem();
    }

    /** Learners whose dashboard these events change (their cached dashboards are dropped). */
    protected Collection<Long> dashboardLearners(List<Read> events) {
        return List.of();
    }

    /** True when these events change what every learner's dashboard shows (a course's outline). */
    protected boolean changesEveryDashboard(List<Read> events) {
        return false;
    }

    @Override
    public final Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        long started = System.nanoTime();
        List<RecordedEvent> relevant = batch.stream().filter(e -> eventTypes().contains(e.eventType())).toList();
        return Uni.createFrom().item(() -> read(relevant)).invoke(reads -> lastRead = new BatchRead(batch, reads))
                .chain(reads -> fresh(transaction, relevant)
                        .chain(events -> apply(transaction, only(reads, relevant, events))
                                .chain(() -> erase(transaction, erased(relevant)))
                                .invoke(() -> metrics.batchHandled(name(), tables.isLive(), events.size(),
                                        relevant.size() - events.size(), Duration.ofNanos(System.nanoTime() - started)))));
    }

    /** After the batch's other events, so what an erased learner did earlier in the batch goes too. */
    private Uni<Void> erase(SqlConnection transaction, Set<Long> userIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (userIds.isEmpty()) {
            return chain;
        }
        Tuple ids = Tuple.tuple().addArrayOfLong(userIds.toArray(Long[]::new));
        for (String table : learnerTables()) {
            String delete = tables.sql("DELETE FROM {" + table + "} WHERE user_id = ANY($1::bigint[])");
            chain = chain.chain(() -> transaction.preparedQuery(delete).execute(ids)).replaceWithVoid();
        }
        return chain;
    }

    private static Set<Long> erased(List<RecordedEvent> events) {
        Set<Long> userIds = new TreeSet<>();
        for (RecordedEvent event : events) {
            if (USER_ERASED.equals(event.eventType()) && event.data().getValue("userId") instanceof Number userId) {
                userIds.add(userId.longValue());
            }
        }
        return userIds;
    }

    @Override
    public final Uni<Void> afterCommit(List<RecordedEvent> batch) {
        if (!tables.isLive() || batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        BatchRead last = lastRead;
        List<RecordedEvent> relevant = batch.stream().filter(e -> eventTypes().contains(e.eventType())).toList();
        List<Read> reads = last != null && last.batch() == batch ? last.reads() : read(relevant);
        Set<Long> erased = erased(relevant);
        FeedPosition committed = FeedPosition.of(batch.get(batch.size() - 1));
        Uni<Void> published = reads.isEmpty() ? Uni.createFrom().voidItem() : publish(reads);
        Uni<Void> forgotten = erased.isEmpty() ? published : published.chain(() -> forget(erased));
        // An erased learner's cached dashboard goes with the changed ones, on every replica.
        Set<Long> changed = new TreeSet<>(erased);
        if (!reads.isEmpty()) {
            changed.addAll(dashboardLearners(reads));
        }
        // Announced even when Redis refused the writes: the repair job reloads the boards, and
        // readers must not wait on a commit that happened.
        return forgotten.eventually(() -> broadcast.committed(name(), committed, changed,
                !reads.isEmpty() && changesEveryDashboard(reads)));
    }

    /** The reads of {@code events}, a subset of {@code relevant}, in the batch's order. */
    private static List<Read> only(List<Read> reads, List<RecordedEvent> relevant, List<RecordedEvent> events) {
        if (events.size() == relevant.size()) {
            return reads;
        }
        Set<UUID> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.eventId()));
        return reads.stream().filter(read -> ids.contains(read.stored().eventId())).toList();
    }

    public TableNames tables() {
        return tables;
    }

    private static List<Read> read(List<RecordedEvent> events) {
        List<Read> read = new ArrayList<>();
        for (RecordedEvent event : events) {
            Optional<FeedEvent> domain = FeedEvents.read(event);
            domain.ifPresent(value -> read.add(new Read(event, value)));
        }
        return read;
    }

    private record BatchRead(List<RecordedEvent> batch, List<Read> reads) {
    }

    /** A stored event together with its domain record. */
    public record Read(RecordedEvent stored, FeedEvent event) {
    }
}
