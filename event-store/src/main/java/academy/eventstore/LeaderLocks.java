package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * One active instance per named job: a session {@code pg_try_advisory_lock} held on a dedicated
 * connection outside the pool. Not a row lock in an open transaction: that would hold back
 * xmin and stall every feed. Every lock of this process lives on ONE long-lived connection
 * ({@code <application>:locks}), opened on first use and again after it drops: a standby's
 * bids cost a query each, never a new PostgreSQL session.
 */
@ApplicationScoped
public class LeaderLocks {

    private static final Logger LOG = Logger.getLogger(LeaderLocks.class);

    private final Vertx vertx;
    private final DedicatedConnections connections;
    private final long retryMillis;
    private final Map<Long, LeaderLease> leases = new ConcurrentHashMap<>();
    private PgConnection connection;
    private Uni<PgConnection> connecting;
    private boolean closed;

    @Inject
    public LeaderLocks(Vertx vertx, DedicatedConnections connections, EventStoreConfig config) {
        this(vertx, connections, config.leaderRetryMillis());
    }

    public LeaderLocks(Vertx vertx, DedicatedConnections connections, long retryMillis) {
        this.vertx = vertx;
        this.connections = connections;
        this.retryMillis = retryMillis;
    }

    /** One attempt: the lease, or null when another instance (or another job of this one) holds the lock. */
    public Uni<LeaderLease> tryAcquire(String name) {
        long key = lockKey(name);
        if (leases.containsKey(key)) {
            return Uni.createFrom().nullItem(); // a session lock is re-entrant: never take it twice
        }
        return connection().chain(held -> held
                .preparedQuery("SELECT pg_try_advisory_lock($1) AS locked").execute(Tuple.of(key))
                .map(rows -> {
                    if (!rows.iterator().next().getBoolean("locked")) {
                        return null;
                    }
                    LeaderLease lease = new LeaderLease(name, key, this, held.processId());
                    synchronized (this) {
                        if (connection != held || leases.putIfAbsent(key, lease) != null) {
                            // The connection dropped meanwhile (the lock with it), or a racing bid of ours won.
                            lease.lost();
                            return null;
                        }
                    }
                    return lease;
                }));
    }

    /** Keeps trying to lead {@code name} until stopped; ask {@link LeaderCampaign#isLeader()} before each run. */
    public LeaderCampaign campaign(String name) {
        LeaderCampaign campaign = new LeaderCampaign(name, this, vertx, retryMillis);
        campaign.start();
        return campaign;
    }

    /** The backend pid of the lock connection, null while there is none (diagnostics and tests). */
    public synchronized Integer lockSessionPid() {
        return connection == null ? null : connection.processId();
    }

    /** Closes the lock connection: every lease of this process is lost. Shutdown only. */
    public Uni<Void> close() {
        PgConnection current;
        synchronized (this) {
            closed = true;
            current = connection;
        }
        dropped(current);
        return current == null ? Uni.createFrom().voidItem()
                : current.close().onFailure().recoverWithNull().replaceWithVoid();
    }

    Uni<Void> release(LeaderLease lease, boolean wasHeld) {
        PgConnection current;
        synchronized (this) {
            leases.remove(lease.key(), lease);
            current = connection;
        }
        if (!wasHeld || current == null) {
            return Uni.createFrom().voidItem();
        }
        // If the unlock fails the connection is broken, and PostgreSQL frees the lock with it.
        return current.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(lease.key()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private synchronized Uni<PgConnection> connection() {
        if (closed) {
            return Uni.createFrom().failure(new IllegalStateException("leader locks are closed (shutting down)"));
        }
        if (connection != null) {
            return Uni.createFrom().item(connection);
        }
        if (connecting == null) {
            Uni<PgConnection>[] self = new Uni[1];
            self[0] = connections.connect("locks")
                    .invoke(this::opened)
                    .onFailure().invoke(failure -> {
                        synchronized (this) {
                            if (connecting == self[0]) {
                                connecting = null;
                            }
                        }
                    })
                    .memoize().indefinitely();
            connecting = self[0];
        }
        return connecting;
    }

    private void opened(PgConnection opened) {
        synchronized (this) {
            connection = opened;
            connecting = null;
        }
        opened.closeHandler(() -> dropped(opened));
        opened.exceptionHandler(failure -> {
            LOG.warnf("leader lock connection failed (%s); its locks are lost", failure.getMessage());
            dropped(opened);
            opened.close().subscribe().with(ignored -> { }, ignored -> { });
        });
    }

    private void dropped(PgConnection gone) {
        List<LeaderLease> lost;
        synchronized (this) {
            if (gone == null || connection != gone) {
                return;
            }
            connection = null;
            lost = List.copyOf(leases.values());
            leases.clear();
        }
        lost.forEach(LeaderLease::lost);
    }

    /** A stable 64-bit key per name (advisory locks are per database, so test runs never collide). */
    static long lockKey(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("leader:" + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
