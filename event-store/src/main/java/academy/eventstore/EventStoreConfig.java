package academy.eventstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the event store and its feed ({@code academy.event-store.*}). */
@ConfigMapping(prefix = "academy.event-store")
public interface EventStoreConfig {

    /** Events per feed batch; EVENT_BATCH_SIZE in production. */
    @WithDefault("500")
    int batchSize();

    /** Coalescing interval of the after-commit NOTIFY, in milliseconds. */
    @WithName("notify-interval-millis")
    @WithDefault("1")
    long notifyIntervalMillis();

    /** Fallback poll of every subscription when no wake-up arrives, in milliseconds. */
    @WithName("poll-interval-millis")
    @WithDefault("500")
    long pollIntervalMillis();

    /** Re-poll delay while committed rows wait above the oldest running transaction, in milliseconds. */
    @WithName("xmin-retry-millis")
    @WithDefault("5")
    long xminRetryMillis();

    /** How often a standby replica tries to take a subscription's leader lock, in milliseconds. */
    @WithName("leader-retry-millis")
    @WithDefault("2000")
    long leaderRetryMillis();

    /** Attempts of a failing event before it is parked in the dead-letter table. */
    @WithName("max-attempts")
    @WithDefault("5")
    int maxAttempts();

    /** First back-off after a failed batch, doubled each time, in milliseconds. */
    @WithName("retry-backoff-millis")
    @WithDefault("100")
    long retryBackoffMillis();

    /** Whether this instance runs its subscriptions (tests of the HTTP side may turn them off). */
    @WithName("subscriptions-enabled")
    @WithDefault("true")
    boolean subscriptionsEnabled();
}
