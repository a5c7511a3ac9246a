package academy.eventstore;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the feed's wake-up, {@code NOTIFY event_store}, after standalone appends commit: at most
 * one per interval (trailing edge), never inside an append's transaction (a NOTIFY in every append
 * serializes commits on the notification queue lock). Appends inside a caller's transaction
 * (reactions, profile changes) NOTIFY in that transaction instead (StreamAppender): PostgreSQL
 * delivers it at commit, so no later commit elsewhere is needed to wake anyone. Its payload names the event types
 * appended in the interval, so only subscriptions handling one of them wake up. A lost wake-up
 * costs latency, not events: subscribers also poll.
 */
@ApplicationScoped
public class WakeUpNotifier {

    public static final String CHANNEL = "event_store";
    private static final Logger LOG = Logger.getLogger(WakeUpNotifier.class);

    private final Vertx vertx;
    private final Pool pool;
    private final long intervalMillis;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Set<String> appendedTypes = ConcurrentHashMap.newKeySet();

    @Inject
    public WakeUpNotifier(Vertx vertx, Pool pool, EventStoreConfig config) {
        this(vertx, pool, config.notifyIntervalMillis());
    }

    public WakeUpNotifier(Vertx vertx, Pool pool, long intervalMillis) {
        this.vertx = vertx;
        this.pool = pool;
        this.intervalMillis = Math.max(1, intervalMillis);
    }

    /** Called after events of these types committed; schedules one NOTIFY for every call within the interval. */
    public void eventsAppended(Collection<String> eventTypes) {
        appendedTypes.addAll(eventTypes);
        if (pending.compareAndSet(false, true)) {
            vertx.setTimer(intervalMillis, id -> {
                pending.set(false);
                List<String> types = drain(appendedTypes);
                if (types.isEmpty()) {
                    return; // an earlier wake-up already carried them
                }
                pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, WakeUps.payload(types)))
                        .subscribe().with(
                                ignored -> { },
                                failure -> LOG.debugf("wake-up not sent (subscribers will poll): %s", failure.getMessage()));
            });
        }
    }

    private static List<String> drain(Set<String> types) {
        List<String> drained = new ArrayList<>();
        for (Iterator<String> each = types.iterator(); each.hasNext(); ) {
            drained.add(each.next());
            each.remove();
        }
        return drained;
    }
}
