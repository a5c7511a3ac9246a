package academy.eventstore;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PostgreSQL pool with a bounded wait: at most {@code max-waiting} requests queue for a
 * connection; beyond that a request fails at once (503 with Retry-After) instead of queueing into
 * its client's time-out, and the pod recovers as soon as the load drops. Quarkus exposes no such
 * property, hence the creator. No acquisition time-out by default (0): in vertx-sql-client
 * 4.5.27 a request refused by the full queue still has its time-out timer, which fails the
 * refused request a second time ("Result is already complete", an uncaught exception per
 * refusal: 39,000 of them in one benchmark run). The bounded queue bounds the wait instead.
 */
@Singleton
public class BoundedPool implements PgPoolCreator {

    private final int maxWaiting;
    private final Duration connectionTimeout;

    public BoundedPool(@ConfigProperty(name = "academy.datasource.max-waiting", defaultValue = "128") int maxWaiting,
                       @ConfigProperty(name = "academy.datasource.connection-timeout", defaultValue = "PT0S") Duration connectionTimeout) {
        this.maxWaiting = maxWaiting;
        this.connectionTimeout = connectionTimeout;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions())
                .setMaxWaitQueueSize(maxWaiting)
                .setConnectionTimeout((int) connectionTimeout.toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        // 0 turns the acquisition timer off (see above).
        List<SqlConnectOptions> servers = List.copyOf(input.pgConnectOptionsList());
        return PgBuilder.pool().with(options).connectingTo(servers).using(input.vertx()).build();
    }
}
