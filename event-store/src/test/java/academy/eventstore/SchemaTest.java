package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void fiveServicesMigratingAtOnceApplyEachScriptOnce() {
        try (TestDatabase database = TestDatabase.create()) {
            List<Pool> pools = new ArrayList<>();
            List<Uni<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Pool pool = database.pool(2);
                pools.add(pool);
                starts.add(new SchemaMigrator(pool).migrate(List.of(SchemaMigrator.EVENT_STORE,
                        new MigrationSet("service-" + (i % 2), List.of("db/test/V1__widgets.sql")))));
            }
            Uni.join().all(starts).andFailFast().await().atMost(StoreHarness.TIMEOUT);

            Pool pool = pools.get(0);
            long applied = pool.query("SELECT count(*) FROM schema_migrations").execute().await()
                    .atMost(StoreHarness.TIMEOUT).iterator().next().getLong(0);
            assertThat(applied).isEqualTo(4);
            pools.forEach(p -> p.close().await().atMost(StoreHarness.TIMEOUT));
        }
    }

    @Test
    void theRestoreGuardRefusesAStoreAheadOfTheCluster() {
        try (StoreHarness harness = StoreHarness.migrated()) {
            new RestoreGuard(harness.pool).check().await().atMost(StoreHarness.TIMEOUT);
            // What a logical restore into a younger cluster looks like: ids far above the counter.
            harness.pool.query("INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, transaction_id)"
                            + " VALUES ('restored-1', 1, gen_random_uuid(), 'Restored', '{}',"
                            + " (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)::text::xid8)")
                    .execute().await().atMost(StoreHarness.TIMEOUT);

            assertThatThrownBy(() -> new RestoreGuard(harness.pool).check().await().atMost(StoreHarness.TIMEOUT))
                    .isInstanceOf(RestoreGuard.StoreAheadOfClusterException.class)
                    .hasMessageContaining("operations.md");
        }
    }

    @Test
    void theRestoreGuardAlsoRefusesACheckpointAheadOfTheCluster() {
        try (StoreHarness harness = StoreHarness.migrated()) {
            harness.append("stored-1", ExpectedVersion.noStream(), StoreHarness.event("Stored", new io.vertx.core.json.JsonObject()));
            // An idle subscription's checkpoint climbs to the oldest running transaction, above every
            // stored event: restored into a cluster whose counter lies in between, the feed would skip.
            harness.pool.query("INSERT INTO subscription_checkpoints (subscription, transaction_id, global_position)"
                            + " VALUES ('idle', (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)::text::xid8,"
                            + " 9223372036854775807)")
                    .execute().await().atMost(StoreHarness.TIMEOUT);

            assertThatThrownBy(() -> new RestoreGuard(harness.pool).check().await().atMost(StoreHarness.TIMEOUT))
                    .isInstanceOf(RestoreGuard.StoreAheadOfClusterException.class);
        }
    }
}
