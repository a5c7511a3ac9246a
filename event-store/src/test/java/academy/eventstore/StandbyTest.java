package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.Poll;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Standby replicas stay quiet: wake-ups do not make them bid, and bids open no sessions. */
class StandbyTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    StoreHarness harness;
    List<EventFeed> feeds = new ArrayList<>();

    @BeforeEach
    void start() {
        harness = StoreHarness.migrated();
        harness.pool.query(RecordingHandler.SCHEMA).execute().await().atMost(StoreHarness.TIMEOUT);
    }

    @AfterEach
    void stop() {
        feeds.forEach(feed -> feed.stop().await().atMost(StoreHarness.TIMEOUT));
        harness.close();
    }

    /** Dedicated connections that count how many sessions they open. */
    static final class CountingConnections extends DedicatedConnections {
        final AtomicInteger opened = new AtomicInteger();

        CountingConnections(StoreHarness harness, String instance) {
            super(harness.vertx, harness.database.connectOptions(), instance);
        }

        @Override
        public Uni<PgConnection> connect(String purpose) {
            opened.incrementAndGet();
            return super.connect(purpose);
        }
    }

    double campaigns(String subscription) {
        return harness.registry.find("event_feed.leader_campaigns").tag("subscription", subscription).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void wakeUpsDoNotMakeAStandbyBidAndItsBidsShareOneConnection() {
        EventFeed leader = harness.newFeed("leader", TestConfig.defaults());
        feeds.add(leader);
        FeedSubscription leadingA = leader.subscribe("quiet-a", new RecordingHandler("leader"));
        FeedSubscription leadingB = leader.subscribe("quiet-b", new RecordingHandler("leader-b") {
            @Override
            public List<String> eventTypes() {
                return List.of("Nothing");
            }
        });
        Poll.until(WAIT, () -> leadingA.isActive() && leadingB.isActive());

        // A standby whose leader-retry interval outlasts the test: one bid per lock, whatever happens.
        CountingConnections standbyConnections = new CountingConnections(harness, "standby");
        EventFeed standby = harness.newFeed(new TestConfig(100, 200, 3, 600_000), standbyConnections);
        feeds.add(standby);
        standby.subscribe("quiet-a", new RecordingHandler("standby"));
        standby.subscribe("quiet-b", new RecordingHandler("standby-b"));
        // The registry is shared: the leader's winning bid plus the standby's first one.
        Poll.until(WAIT, () -> campaigns("quiet-a") == 2 && campaigns("quiet-b") == 2);

        for (int i = 0; i < 30; i++) {
            harness.append("quiet-" + i, ExpectedVersion.noStream(), StoreHarness.event("Appended", new JsonObject()));
        }
        Poll.until(WAIT, () -> harness.count("SELECT count(*) FROM seen WHERE handled_by = 'leader'") == 30
                && standby.wakeUpsReceived() >= 10);

        assertThat(campaigns("quiet-a")).isEqualTo(2);
        assertThat(campaigns("quiet-b")).isEqualTo(2);
        // The LISTEN connection and the one lock connection: nothing per bid, nothing per lock.
        assertThat(standbyConnections.opened.get()).isEqualTo(2);
        assertThat(harness.count("SELECT count(*) FROM seen WHERE handled_by LIKE 'standby%'")).isZero();
    }

    @Test
    void aStandbyTakesOverAfterTheLeaderDiesAndItsLocksShareOneSession() {
        EventFeed leader = harness.newFeed("dying", TestConfig.defaults());
        feeds.add(leader);
        FeedSubscription dyingA = leader.subscribe("takeover-a", new RecordingHandler("dying"));
        Poll.until(WAIT, dyingA::isActive);
        EventFeed standby = harness.newFeed("heir", TestConfig.defaults());
        feeds.add(standby);
        FeedSubscription heirA = standby.subscribe("takeover-a", new RecordingHandler("heir"));
        FeedSubscription heirB = standby.subscribe("takeover-b", new RecordingHandler("heir-b"));
        Poll.until(WAIT, heirB::isActive);

        harness.count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE application_name = 'dying:locks' AND datname = current_database()");

        Poll.until(WAIT, () -> heirA.isActive() && !dyingA.isActive());
        assertThat(harness.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'heir:locks'"
                + " AND datname = current_database()")).isEqualTo(1);
        assertThat(harness.count("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND a.application_name = 'heir:locks'")).isEqualTo(2);
    }
}
