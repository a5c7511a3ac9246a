package academy.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The gap-safe global feed (guarantees 3-6). Each subscription runs on one instance at a time
 * under its leader lock. One LISTEN connection per instance wakes them all; it is a wake-up only:
 * after every (re)connect every subscription catches up from its checkpoint, and a poll timer
 * covers lost notifications.
 */
@ApplicationScoped
public class EventFeed implements FeedContext {

    private static final Logger LOG = Logger.getLogger(EventFeed.class);
    private static final long RECONNECT_MILLIS = 1_000;

    private final Vertx vertx;
    private final Pool pool;
    private final EventStore store;
    private final LeaderLocks locks;
    private final DedicatedConnections connections;
    private final WakeUpNotifier notifier;
    private final DeadLetters deadLetters;
    private final EventStoreConfig config;
    private final MeterRegistry registry;
    private final Map<String, FeedSubscription> subscriptions = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong wakeUps = new java.util.concurrent.atomic.AtomicLong();
    private volatile PgConnection listener;
    private volatile boolean listening;
    private volatile boolean stopped;

    @Inject
    public EventFeed(Vertx vertx, Pool pool, EventStore store, LeaderLocks locks, DedicatedConnections connections,
                     WakeUpNotifier notifier, DeadLetters deadLetters, EventStoreConfig config, MeterRegistry registry) {
        this.vertx = vertx;
        this.pool = pool;
        this.store = store;
        this.locks = locks;
        this.connections = connections;
        this.notifier = notifier;
        this.deadLetters = deadLetters;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Starts {@code handler} under the subscription {@code name}; a no-op returning null when
     * subscriptions are disabled on this instance.
     */
    public FeedSubscription subscribe(String name, EventHandler handler) {
        deadLetters.register(name, handler);
        if (!config.subscriptionsEnabled()) {
            LOG.infof("subscription %s not started: subscriptions are disabled here", name);
            return null;
        }
        FeedSubscription subscription = new FeedSubscription(name, handler, this);
        if (subscriptions.putIfAbsent(name, subscription) != null) {
            throw new IllegalStateException("subscription " + name + " is already running");
        }
        deadLetters.running(name, subscription);
        startListening();
        subscription.start();
        return subscription;
    }

    /** Starts {@code handler} under the subscription it names; see {@link #subscribe(String, EventHandler)}. */
    public FeedSubscription subscribe(SubscribedHandler handler) {
        return subscribe(handler.subscription(), handler);
    }

    public List<FeedSubscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    public FeedSubscription subscription(String name) {
        return subscriptions.get(name);
    }

    /** Stops one subscription and frees its leader lock (a rebuild or a test may start it again). */
    public Uni<Void> unsubscribe(String name) {
        FeedSubscription subscription = subscriptions.remove(name);
        return subscription == null ? Uni.createFrom().voidItem() : subscription.stop();
    }

    /** Wakes every subscription now. */
    public void wakeAll() {
        subscriptions.values().forEach(FeedSubscription::wake);
    }

    /** A NOTIFY: wakes the subscriptions that handle one of the appended event types it names. */
    void wakeFor(String payload) {
        wakeUps.incrementAndGet();
        subscriptions.values().forEach(subscription -> {
            if (WakeUps.wakes(payload, subscription.eventTypes())) {
                subscription.wake();
            }
        });
    }

    DeadLetters deadLetters() {
        return deadLetters;
    }

    /** NOTIFY wake-ups this instance has received. */
    long wakeUpsReceived() {
        return wakeUps.get();
    }

    public Uni<Void> stop() {
        stopped = true;
        PgConnection current = listener;
        listener = null;
        Uni<Void> closing = current == null ? Uni.createFrom().voidItem()
                : current.close().onFailure().recoverWithNull().replaceWithVoid();
        Uni<Void> all = closing;
        for (String name : List.copyOf(subscriptions.keySet())) {
            all = all.chain(() -> unsubscribe(name));
        }
        return all.chain(locks::close);
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stop().await().atMost(Duration.ofSeconds(5));
    }

    private synchronized void startListening() {
        if (listening || stopped) {
            return;
        }
        listening = true;
        connectListener();
    }

    private void connectListener() {
        if (stopped) {
            return;
        }
        connections.connect("listen")
                .call(connection -> connection.query("LISTEN " + WakeUpNotifier.CHANNEL).execute())
                .subscribe().with(connection -> {
                    listener = connection;
                    connection.notificationHandler(notification -> wakeFor(notification.getPayload()));
                    connection.closeHandler(() -> {
                        listener = null;
                        if (!stopped) {
                            LOG.info("feed listener connection closed; reconnecting");
                            vertx.setTimer(RECONNECT_MILLIS, id -> connectListener());
                        }
                    });
                    // Whatever was appended while not listening: catch up now.
                    wakeAll();
                }, failure -> {
                    LOG.warnf("feed listener could not connect (%s); retrying", failure.getMessage());
                    vertx.setTimer(RECONNECT_MILLIS, id -> connectListener());
                });
    }

    @Override
    public Vertx vertx() {
        return vertx;
    }

    @Override
    public Pool pool() {
        return pool;
    }

    @Override
    public EventStore store() {
        return store;
    }

    @Override
    public LeaderLocks locks() {
        return locks;
    }

    @Override
    public WakeUpNotifier notifier() {
        return notifier;
    }

    @Override
    public EventStoreConfig config() {
        return config;
    }

    @Override
    public MeterRegistry registry() {
        return registry;
    }
}
