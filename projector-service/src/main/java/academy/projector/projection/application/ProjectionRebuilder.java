package academy.projector.projection.application;

import academy.eventstore.DeadLetters;
import academy.eventstore.EventFeed;
import academy.eventstore.EventStore;
import academy.eventstore.FeedPosition;
import academy.eventstore.LeaderLease;
import academy.eventstore.LeaderLocks;
import academy.eventstore.RecordedEvent;
import academy.refusal.RefusedException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import academy.projector.leaderboard.infrastructure.LeaderboardRepair;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.infrastructure.ProjectionHandler;

/**
 * Rebuilds a projection without downtime: copies of its tables are filled from position 0 in
 * batches (each its own short transaction, so xmin and every feed keep moving) while the live
 * tables keep serving; then one transaction swaps the tables and sets the subscription's
 * checkpoint to where the rebuild stopped. A live leader elsewhere loses its compare-and-set
 * on the checkpoint and resumes from the new one. One rebuild per projection at a time, held
 * by a leader lock.
 */
@ApplicationScoped
public class ProjectionRebuilder {

    private final ProjectionCatalogue catalogue;
    private final EventStore store;
    private final EventFeed feed;
    private final LeaderLocks locks;
    private final Pool pool;
    private final TableSwap swap;
    private final DeadLetters deadLetters;
    private final ProgressBroadcast broadcast;
    private final LeaderboardRepair leaderboards;
    private final MeterRegistry registry;
    private final int batchSize;
    private final Map<String, RebuildStatus> statuses = new ConcurrentHashMap<>();

    public ProjectionRebuilder(ProjectionCatalogue catalogue, EventStore store, EventFeed feed, LeaderLocks locks,
                               Pool pool, TableSwap swap, DeadLetters deadLetters, ProgressBroadcast broadcast, LeaderboardRepair leaderboards,
                               MeterRegistry registry,
                               ProjectorSettings settings) {
        this.catalogue = catalogue;
        this.store = store;
        this.feed = feed;
        this.locks = locks;
        this.pool = pool;
        this.swap = swap;
        this.deadLetters = deadLetters;
        this.broadcast = broadcast;
        this.leaderboards = leaderboards;
        this.registry = registry;
        this.batchSize = settings.rebuildBatchSize();
    }

    public Optional<RebuildStatus> status(String name) {
        return Optional.ofNullable(statuses.get(name));
    }

    /** Starts the rebuild in the background; 404 for an unknown projection, 409 while one runs. */
    public Uni<RebuildStatus> start(String name) {
        if (catalogue.live(name).isEmpty()) {
            String known = String.join(", ", catalogue.names());
            return Uni.createFrom().failure(RefusedException.notFound("name",
                    "no projection with this name; known: " + known, "no projection with this name"));
        }
        return locks.tryAcquire("projector-rebuild-" + name).map(lease -> {
            if (lease == null || status(name).map(RebuildStatus::running).orElse(false)) {
                if (lease != null) {
                    lease.release().subscribe().with(ignored -> { }, failure -> { });
                }
                throw RefusedException.conflict("projection " + name + " is being rebuilt already");
            }
            registerGauge(name);
            RebuildStatus started = new RebuildStatus(name, RebuildStatus.RUNNING, 0, 0, 0, Instant.now(), null, null);
            statuses.put(name, started);
            run(name, lease);
            return started;
        });
    }

    private void run(String name, LeaderLease lease) {
        ProjectionHandler handler = catalogue.forRebuild(name);
        String subscription = ProjectionCatalogue.subscription(name);
        store.headPosition()
                .invoke(head -> update(name, s -> s.targeting(head)))
                .chain(() -> swap.prepare(handler.tables()))
                .chain(() -> catchUp(name, handler, FeedPosition.START))
                .call(() -> feed.unsubscribe(subscription))
                .chain(position -> catchUp(name, handler, position))
                .chain(position -> swap.swapIn(handler.tables(), subscription, position))
                .eventually(() -> resubscribe(name, subscription))
                .call(() -> afterSwap(name))
                .eventually(lease::release)
                .subscribe().with(
                        ignored -> update(name, s -> s.finished(RebuildStatus.SWAPPED, null)),
                        failure -> {
                            Log.errorf("rebuild of projection %s failed: %s", name, failure.getMessage());
                            update(name, s -> s.finished(RebuildStatus.FAILED, failure.getClass().getSimpleName()));
                        });
    }

    /** Handles batches into the copies until the feed has nothing more below xmin. */
    private Uni<FeedPosition> catchUp(String name, ProjectionHandler handler, FeedPosition from) {
        return store.readFeed(pool, from, batchSize, handler.eventTypes()).chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().item(from);
            }
            RecordedEvent last = batch.get(batch.size() - 1);
            return pool.withTransaction(tx -> unsynchronised(tx).chain(() -> handler.handle(tx, batch)))
                    .onFailure().recoverWithUni(failure -> oneByOne(name, handler, batch))
                    .invoke(() -> update(name, s -> s.advanced(batch.size(), last.globalPosition())))
                    .chain(() -> catchUp(name, handler, FeedPosition.of(last)));
        });
    }

    /**
     * A rebuild batch's commit need not wait for its WAL to reach the disk: until the swap (an
     * ordinary, durable transaction) nothing reads the copies, and a crash before it leaves a
     * rebuild to start again anyway.
     */
    private static Uni<Void> unsynchronised(SqlConnection tx) {
        return tx.query("SET LOCAL synchronous_commit = off").execute().replaceWithVoid();
    }

    /**
     * A failing batch again event by event: an event the live subscription parked in the dead
     * letters is left out, as it is from the live tables; any other failure stops the rebuild.
     */
    private Uni<Void> oneByOne(String name, ProjectionHandler handler, List<RecordedEvent> batch) {
        String subscription = ProjectionCatalogue.subscription(name);
        Uni<Void> steps = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            steps = steps.chain(() -> pool.withTransaction(tx -> handler.handle(tx, List.of(event)))
                    .onFailure().recoverWithUni(failure -> deadLetters.wasSetAside(subscription, event.eventId())
                            .chain(parked -> {
                                if (!parked) {
                                    return Uni.createFrom().failure(failure);
                                }
                                Log.warnf("rebuild of %s leaves out dead-lettered event %s", name, event.eventId());
                                return Uni.createFrom().voidItem();
                            })));
        }
        return steps;
    }

    private Uni<Void> resubscribe(String name, String subscription) {
        catalogue.live(name).ifPresent(live -> {
            if (feed.subscription(subscription) == null) {
                feed.subscribe(subscription, live);
            }
        });
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> afterSwap(String name) {
        Uni<Void> leaderboard = "leaderboard".equals(name) ? leaderboards.reload(true) : Uni.createFrom().voidItem();
        return leaderboard.invoke(broadcast::clearEverywhere);
    }

    private void registerGauge(String name) {
        Gauge.builder("projection.rebuild.progress", this, r -> r.status(name).map(RebuildStatus::progress).orElse(0.0))
                .tag("projection", name).description("Share of the store a running rebuild has covered (0..1)")
                .register(registry);
        Gauge.builder("projection.rebuild.events", this, r -> r.status(name).map(RebuildStatus::eventsApplied).orElse(0L))
                .tag("projection", name).description("Events the latest rebuild has applied to the new tables")
                .register(registry);
    }

    private void update(String name, UnaryOperator<RebuildStatus> change) {
        statuses.computeIfPresent(name, (key, status) -> change.apply(status));
    }
}
