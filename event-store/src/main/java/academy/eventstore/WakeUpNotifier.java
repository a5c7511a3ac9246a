package academy.eventstore;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the feed's wake-up, {@code NOTIFY event_store}, after appends commit: at most one per
 * interval (trailing edge), never inside an append's transaction (a NOTIFY in every append
 * serializes commits on the notification queue lock). A lost wake-up costs latency, not events:
 * subscribers also poll.
 */
@ApplicationScoped
public class WakeUpNotifier {

    public static final String CHANNEL = "event_store";
    private static final Logger LOG = Logger.getLogger(WakeUpNotifier.class);

    private final Vertx vertx;
    private final Pool pool;
    private final long intervalMillis;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean transactionAppends = new AtomicBoolean();

    @Inject
    public WakeUpNotifier(Vertx vertx, Pool pool, EventStoreConfig config) {
        this(vertx, pool, config.notifyIntervalMillis());
    }

    public WakeUpNotifier(Vertx vertx, Pool pool, long intervalMillis) {
        this.vertx = vertx;
        this.pool = pool;
        this.intervalMillis = Math.max(1, intervalMillis);
    }

    /** Called after events committed; schedules one NOTIFY for every call within the interval. */
    public void eventsAppended() {
        if (pending.compareAndSet(false, true)) {
            vertx.setTimer(intervalMillis, id -> {
                pending.set(false);
                pool.query("NOTIFY " + CHANNEL).execute().subscribe().with(
                        ignored -> { },
                        failure -> LOG.debugf("wake-up not sent (subscribers will poll): %s", failure.getMessage()));
            });
        }
    }

    /** An append inside a transaction that has not committed yet: the wake-up waits for the commit. */
    public void appendedInTransaction() {
        transactionAppends.set(true);
    }

    /** After a handler's transaction committed: wake subscribers if any transaction appended events. */
    public void flushTransactionAppends() {
        if (transactionAppends.compareAndSet(true, false)) {
            eventsAppended();
        }
    }
}
