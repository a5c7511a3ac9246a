package academy.learning.bench;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.concurrent.TimeUnit;

/**
 * Transactions committed in the service's database (pg_stat_database), so a phase can report
 * statements per post: every statement outside a transaction is one. It includes the feed's
 * work (lookup and XP tables, checkpoints); PostgreSQL publishes a backend's counts about once
 * a second, so a phase's figure is within a second's worth of activity.
 */
final class DatabaseActivity implements AutoCloseable {

    private static final String TRANSACTIONS =
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()";

    private final Pool pool;

    DatabaseActivity(Vertx vertx, String databaseUrl) {
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(PgConnectOptions.fromUri(databaseUrl))
                .using(vertx).build();
    }

    long transactions() {
        try {
            return pool.query(TRANSACTIONS).execute().toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).iterator().next().getLong(0);
        } catch (Exception e) {
            return -1;
        }
    }

    void print(String phase, long from, long posts) {
        long to = transactions();
        if (from >= 0 && to >= 0 && posts > 0) {
            // Minus the two reads of this counter itself.
            System.out.printf("%s_db_transactions_per_post=%.2f tx%n", phase, (to - from - 1) / (double) posts);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
