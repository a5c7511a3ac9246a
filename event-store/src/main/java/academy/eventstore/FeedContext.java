package academy.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/** What every subscription of one feed shares. */
interface FeedContext {

    Vertx vertx();

    Pool pool();

    EventStore store();

    LeaderLocks locks();

    WakeUpNotifier notifier();

    EventStoreConfig config();

    MeterRegistry registry();
}
