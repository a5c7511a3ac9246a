package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Subscription checkpoints; the update is a compare-and-set, the fence against a deposed leader. */
final class Checkpoints {

    private static final String CREATE =
            "INSERT INTO subscription_checkpoints (subscription) VALUES ($1) ON CONFLICT (subscription) DO NOTHING";
    private static final String READ = "SELECT transaction_id::text::bigint AS transaction_id, global_position"
            + " FROM subscription_checkpoints WHERE subscription = $1";
    private static final String MOVE = "UPDATE subscription_checkpoints"
            + " SET transaction_id = $2::text::xid8, global_position = $3, updated_at = now()"
            + " WHERE subscription = $1 AND transaction_id = $4::text::xid8 AND global_position = $5";

    private Checkpoints() {
    }

    static Uni<FeedPosition> load(SqlClient client, String subscription) {
        return client.preparedQuery(CREATE).execute(Tuple.of(subscription))
                .chain(() -> client.preparedQuery(READ).execute(Tuple.of(subscription)))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new FeedPosition(row.getLong("transaction_id"), row.getLong("global_position"));
                });
    }

    /** Moves the checkpoint from {@code expected} to {@code next}, or fails when someone else moved it. */
    static Uni<Void> move(SqlClient client, String subscription, FeedPosition expected, FeedPosition next) {
        Tuple args = Tuple.of(subscription, Long.toString(next.transactionId()), next.globalPosition(),
                Long.toString(expected.transactionId()), expected.globalPosition());
        return client.preparedQuery(MOVE).execute(args).invoke(rows -> {
            if (rows.rowCount() != 1) {
                throw new LostLeadershipException(subscription);
            }
        }).replaceWithVoid();
    }

    /** The checkpoint moved under us: another instance leads this subscription now. */
    static final class LostLeadershipException extends IllegalStateException {
        LostLeadershipException(String subscription) {
            super("checkpoint of " + subscription + " was moved by another instance");
        }
    }
}
