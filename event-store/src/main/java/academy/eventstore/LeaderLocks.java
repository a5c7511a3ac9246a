package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One active instance per named job: a session {@code pg_try_advisory_lock} held on a dedicated
 * connection outside the pool. Not a row lock in an open transaction: that would hold back
 * xmin and stall every feed.
 */
@ApplicationScoped
public class LeaderLocks {

    private final Vertx vertx;
    private final DedicatedConnections connections;
    private final long retryMillis;

    @Inject
    public LeaderLocks(Vertx vertx, DedicatedConnections connections, EventStoreConfig config) {
        this(vertx, connections, config.leaderRetryMillis());
    }

    public LeaderLocks(Vertx vertx, DedicatedConnections connections, long retryMillis) {
        this.vertx = vertx;
        this.connections = connections;
        this.retryMillis = retryMillis;
    }

    /** One attempt: the lease, or null when another instance holds the lock. */
    public Uni<LeaderLease> tryAcquire(String name) {
        long key = lockKey(name);
        return connections.connect("lock:" + name).chain(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_lock($1) AS locked").execute(Tuple.of(key))
                .onFailure().call(() -> connection.close())
                .chain(rows -> {
                    if (rows.iterator().next().getBoolean("locked")) {
                        return Uni.createFrom().item(new LeaderLease(name, key, connection));
                    }
                    return connection.close().replaceWith((LeaderLease) null);
                }));
    }

    /** Keeps trying to lead {@code name} until stopped; ask {@link LeaderCampaign#isLeader()} before each run. */
    public LeaderCampaign campaign(String name) {
        LeaderCampaign campaign = new LeaderCampaign(name, this, vertx, retryMillis);
        campaign.start();
        return campaign;
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
