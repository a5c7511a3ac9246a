package academy.projector.projection.infrastructure;

import academy.eventstore.DedicatedConnections;
import academy.eventstore.FeedPosition;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import academy.projector.dashboard.infrastructure.DashboardCache;

/**
 * Tells every replica what the projections of this one committed: which learners' dashboards
 * changed and how far each projection got. Sent after the commit (and after Redis was written),
 * coalesced over a couple of milliseconds, on {@code NOTIFY projector_progress}; each replica
 * drops those learners' cached dashboards first and then wakes its {@code ?after} readers, so a
 * woken reader never finds a dashboard older than the position it waited for. A replica whose
 * listener was disconnected drops its whole cache when it reconnects (it may have missed some).
 */
@ApplicationScoped
public class ProgressBroadcast {

    public static final String CHANNEL = "projector_progress";
    private static final Logger LOG = Logger.getLogger(ProgressBroadcast.class);
    /** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more. */
    private static final int MAX_PAYLOAD = 7_000;
    private static final long COALESCE_MILLIS = 2;
    private static final long RECONNECT_MILLIS = 1_000;

    private final String replica = UUID.randomUUID().toString();
    private final ProjectionProgress progress;
    private final DashboardCache dashboards;
    private final Pool pool;
    private final Vertx vertx;
    private final DedicatedConnections connections;
    private final Object lock = new Object();
    private final Set<Long> learners = new LinkedHashSet<>();
    private final Map<String, FeedPosition> positions = new LinkedHashMap<>();
    private boolean clearAll;
    private boolean pending;
    private volatile boolean stopped;
    private volatile PgConnection listener;

    public ProgressBroadcast(ProjectionProgress progress, DashboardCache dashboards, Pool pool, Vertx vertx,
                             DedicatedConnections connections) {
        this.progress = progress;
        this.dashboards = dashboards;
        this.pool = pool;
        this.vertx = vertx;
        this.connections = connections;
    }

    /** A projection's batch committed here and its derived data (Redis, caches) was refreshed. */
    public void committed(String projection, FeedPosition to, Collection<Long> changedLearners, boolean outlineChanged) {
        if (outlineChanged) {
            dashboards.clearHere();
        } else {
            dashboards.invalidateHere(changedLearners);
        }
        progress.advanced(projection, to);
        synchronized (lock) {
            learners.addAll(changedLearners);
            clearAll |= outlineChanged;
            positions.merge(projection, to, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            if (pending) {
                return;
            }
            pending = true;
        }
        vertx.setTimer(COALESCE_MILLIS, id -> flush());
    }

    /** Every replica drops every cached dashboard (a rebuild swapped tables in). */
    public void clearEverywhere() {
        dashboards.clearHere();
        synchronized (lock) {
            clearAll = true;
            if (pending) {
                return;
            }
            pending = true;
        }
        vertx.setTimer(COALESCE_MILLIS, id -> flush());
    }

    private void flush() {
        List<String> payloads;
        synchronized (lock) {
            pending = false;
            payloads = ProgressMessages.write(replica, clearAll, learners, positions, MAX_PAYLOAD);
            learners.clear();
            positions.clear();
            clearAll = false;
        }
        Uni<Void> sent = Uni.createFrom().voidItem();
        for (String payload : payloads) {
            // In order: the invalidations reach the others before the positions that wake readers.
            sent = sent.chain(() -> pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, payload))
                    .replaceWithVoid());
        }
        sent.subscribe().with(ignored -> { },
                failure -> LOG.debugf("progress broadcast not sent (other replicas' caches expire by TTL): %s",
                        failure.getMessage()));
    }

    void onStart(@Observes StartupEvent event) {
        connect();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        PgConnection current = listener;
        listener = null;
        if (current != null) {
            current.close().subscribe().with(ignored -> { }, failure -> { });
        }
    }

    private void connect() {
        if (stopped) {
            return;
        }
        connections.connect("progress")
                .call(connection -> connection.query("LISTEN " + CHANNEL).execute())
                .subscribe().with(connection -> {
                    listener = connection;
                    connection.notificationHandler(notification -> received(notification.getPayload()));
                    connection.closeHandler(() -> {
                        listener = null;
                        if (!stopped) {
                            vertx.setTimer(RECONNECT_MILLIS, id -> connect());
                        }
                    });
                    // Whatever was broadcast while not listening is unknown: start from an empty cache.
                    dashboards.clearHere();
                }, failure -> {
                    LOG.warnf("progress listener could not connect (%s); retrying", failure.getMessage());
                    vertx.setTimer(RECONNECT_MILLIS, id -> connect());
                });
    }

    private void received(String payload) {
        ProgressMessages.Message message = ProgressMessages.read(payload);
        if (message == null || message.replica().equals(replica)) {
            return;
        }
        if (message.clearAll()) {
            dashboards.clearHere();
        }
        dashboards.invalidateHere(message.learners());
        message.positions().forEach(progress::advanced);
    }

    /** Listeners connected, for tests. */
    public boolean listening() {
        return listener != null;
    }
}
