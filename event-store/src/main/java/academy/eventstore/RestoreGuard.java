package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Refuses a store whose transaction ids are ahead of the cluster's xid counter, as after a
 * logical restore (pg_dump/pg_restore): the feed would read every new event as older than its
 * checkpoint and skip it. Checkpoints count too: an idle subscription's checkpoint climbs to the
 * oldest running transaction, above every stored event. docs/operations.md says how to rebase.
 */
public class RestoreGuard {

    // pg_snapshot_xmax is the next xid to be assigned; reading it assigns none.
    private static final String CHECK = """
            SELECT greatest(coalesce((SELECT max(transaction_id)::text::bigint FROM event_store), 0),
                            coalesce((SELECT max(transaction_id)::text::bigint FROM subscription_checkpoints), 0)) AS stored,
                   pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS next_xid
            """;

    private final Pool pool;

    public RestoreGuard(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> check() {
        return pool.query(CHECK).execute().map(rows -> rows.iterator().next()).invoke(row -> {
            long stored = row.getLong("stored");
            long nextXid = row.getLong("next_xid");
            if (stored >= nextXid) {
                throw new StoreAheadOfClusterException(stored, nextXid);
            }
        }).replaceWithVoid();
    }

    /** The store was restored into a cluster whose xid counter is behind it. */
    public static class StoreAheadOfClusterException extends IllegalStateException {
        public StoreAheadOfClusterException(long stored, long nextXid) {
            super("event_store or a checkpoint holds transaction id " + stored + " but this cluster's next transaction id is "
                    + nextXid + ": it was restored logically. Rebase the transaction ids before starting"
                    + " (docs/operations.md, 'Restore').");
        }
    }
}
