package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Subscription checkpoints, fenced by the leader's epoch: a new leader claims the checkpoint
 * (bumping the epoch) only while its lock session really holds the advisory lock, and every
 * move is a compare-and-set on position and epoch. A deposed leader that has not noticed yet
 * (a zombie) can neither claim nor move it, so it can never make the real holder stand down.
 * Public for one thing only: {@link #reset}, a rebuild setting a subscription's checkpoint.
 */
public final class Checkpoints {

    private static final String CREATE =
            "INSERT INTO subscription_checkpoints (subscription) VALUES ($1) ON CONFLICT (subscription) DO NOTHING";
    // pg_locks shows a bigint advisory key as classid (high 32 bits) and objid (low 32 bits), objsubid 1.
    private static final String CLAIM = "UPDATE subscription_checkpoints SET leader_epoch = leader_epoch + 1"
            + " WHERE subscription = $1 AND EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'"
            + " AND pid = $2 AND classid::bigint = $3 AND objid::bigint = $4 AND objsubid = 1 AND granted"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
            + " RETURNING transaction_id::text::bigint AS transaction_id, global_position, leader_epoch";
    private static final String MOVE = "UPDATE subscription_checkpoints"
            + " SET transaction_id = $2::text::xid8, global_position = $3, updated_at = now()"
            + " WHERE subscription = $1 AND transaction_id = $4::text::xid8 AND global_position = $5"
            + " AND leader_epoch = $6";
    private static final String FENCE = "SELECT 1 FROM subscription_checkpoints"
            + " WHERE subscription = $1 AND leader_epoch = $2 FOR UPDATE";

    private static final String LOCK = "SELECT transaction_id::text AS transaction_id, global_position, leader_epoch"
            + " FROM subscription_checkpoints WHERE subscription = $1 FOR UPDATE";
    private static final String RESET = "UPDATE subscription_checkpoints"
            + " SET transaction_id = $2::text::xid8, global_position = $3, leader_epoch = leader_epoch + 1,"
            + " updated_at = now()"
            + " WHERE subscription = $1 AND transaction_id = $4::text::xid8 AND global_position = $5"
            + " AND leader_epoch = $6";

    private Checkpoints() {
    }

    /** The checkpoint and this leader's epoch; null when the lease's session does not hold the lock. */
    record Claimed(FeedPosition position, long epoch) {
    }

    static Uni<Claimed> claim(SqlClient client, String subscription, LeaderLease lease) {
        Tuple args = Tuple.of(subscription, lease.sessionPid(), lease.key() >>> 32, lease.key() & 0xFFFF_FFFFL);
        return client.preparedQuery(CREATE).execute(Tuple.of(subscription))
                .chain(() -> client.preparedQuery(CLAIM).execute(args))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    var row = rows.iterator().next();
                    return new Claimed(new FeedPosition(row.getLong("transaction_id"), row.getLong("global_position")),
                            row.getLong("leader_epoch"));
                });
    }

    /** Moves the checkpoint from {@code expected} to {@code next}, or fails when someone else moved it or leads now. */
    static Uni<Void> move(SqlClient client, String subscription, long epoch, FeedPosition expected, FeedPosition next) {
        Tuple args = Tuple.of(subscription, Long.toString(next.transactionId()), next.globalPosition(),
                Long.toString(expected.transactionId()), expected.globalPosition(), epoch);
        return client.preparedQuery(MOVE).execute(args).invoke(rows -> {
            if (rows.rowCount() != 1) {
                throw new LostLeadershipException(subscription);
            }
        }).replaceWithVoid();
    }

    /**
     * Inside a transaction: fails unless {@code epoch} still leads, and holds the checkpoint row
     * until commit, so the leader's next move waits for this transaction.
     */
    static Uni<Void> fence(SqlClient client, String subscription, long epoch) {
        return client.preparedQuery(FENCE).execute(Tuple.of(subscription, epoch)).invoke(rows -> {
            if (rows.size() != 1) {
                throw new LostLeadershipException(subscription);
            }
        }).replaceWithVoid();
    }

    /**
     * Inside the caller's transaction (a rebuild swapping in its tables): sets the checkpoint of
     * {@code subscription} to {@code to}, creating it if needed, as a compare-and-set that also
     * bumps the leader epoch. The row stays locked until the transaction ends, so a leader's move
     * in flight waits for it; after the commit that leader's next compare-and-set fails, and it
     * reloads the checkpoint (re-claiming it while it still holds the lock) and goes on from
     * {@code to}. A rollback leaves the checkpoint and the leader as they were.
     */
    public static Uni<Void> reset(SqlClient transaction, String subscription, FeedPosition to) {
        return transaction.preparedQuery(CREATE).execute(Tuple.of(subscription))
                .chain(() -> transaction.preparedQuery(LOCK).execute(Tuple.of(subscription)))
                .chain(rows -> {
                    var row = rows.iterator().next();
                    Tuple args = Tuple.of(subscription, Long.toString(to.transactionId()), to.globalPosition(),
                            row.getString("transaction_id"), row.getLong("global_position"), row.getLong("leader_epoch"));
                    return transaction.preparedQuery(RESET).execute(args);
                })
                .invoke(rows -> {
                    if (rows.rowCount() != 1) {
                        throw new LostLeadershipException(subscription);
                    }
                }).replaceWithVoid();
    }

    /** The checkpoint moved under us, or another instance leads this subscription now. */
    static final class LostLeadershipException extends IllegalStateException {
        LostLeadershipException(String subscription) {
            super("checkpoint of " + subscription + " was moved by another instance");
        }
    }
}
