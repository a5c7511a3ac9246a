package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies migration sets in one transaction each, under {@code pg_advisory_xact_lock}, so five
 * services starting at once apply every script exactly once and wait for each other.
 */
public class SchemaMigrator {

    public static final MigrationSet EVENT_STORE =
            new MigrationSet("event-store", List.of("db/event-store/V1__event_store.sql",
                    "db/event-store/V2__leader_epoch.sql"));

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);
    private static final long MIGRATION_LOCK = 0x6163_6164_656d_7901L;
    private static final String HISTORY = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                module     text        NOT NULL,
                script     text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (module, script))
            """;

    private final Pool pool;

    public SchemaMigrator(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> migrate(List<MigrationSet> sets) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (MigrationSet set : sets) {
            chain = chain.chain(() -> pool.withTransaction(connection -> apply(connection, set)));
        }
        return chain;
    }

    private Uni<Void> apply(SqlConnection connection, MigrationSet set) {
        Uni<Void> chain = connection.query("SET LOCAL client_min_messages = warning").execute()
                .chain(() -> connection.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(MIGRATION_LOCK)))
                .chain(() -> connection.query(HISTORY).execute())
                .replaceWithVoid();
        for (String script : set.scripts()) {
            chain = chain.chain(() -> applyOnce(connection, set.module(), script));
        }
        return chain;
    }

    private Uni<Void> applyOnce(SqlConnection connection, String module, String script) {
        return connection.preparedQuery("SELECT 1 FROM schema_migrations WHERE module = $1 AND script = $2")
                .execute(Tuple.of(module, script))
                .chain(rows -> {
                    if (rows.size() > 0) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.infof("applying migration %s/%s", module, script);
                    return connection.query(read(script)).execute()
                            .chain(() -> connection.preparedQuery(
                                    "INSERT INTO schema_migrations (module, script) VALUES ($1, $2)")
                                    .execute(Tuple.of(module, script)))
                            .replaceWithVoid();
                });
    }

    private static String read(String script) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("migration script not found on the classpath: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
