package academy.platform;

import academy.embedded.EmbeddedPostgres;
import academy.embedded.Ports;
import academy.testing.TestDatabase;
import academy.testing.TestServers;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import redis.embedded.RedisServer;

/**
 * A PostgreSQL and a Redis of the fault run's own, on random ports: the run kills their
 * sessions, stops and starts them. The machine's shared 5432 and 6379 never see a fault.
 * As root the PostgreSQL runs as an unprivileged user (embedded-servers' {@link EmbeddedPostgres}).
 */
final class OwnDatastores implements AutoCloseable {

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    private static final String KILL_SESSIONS = "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS killed"
            + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";

    private final Path root;
    private final Path dataDirectory;
    private final int postgresPort = Ports.free();
    private final int redisPort = Ports.free();
    private volatile EmbeddedPostgres postgres;
    private volatile RedisServer redis;
    private TestDatabase database;
    private Pool pool;

    private OwnDatastores() {
        try {
            root = Files.createTempDirectory("academy-fault-run-");
            // The server may run as nobody: it must reach data/ inside.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            dataDirectory = root.resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OwnDatastores start() {
        OwnDatastores servers = new OwnDatastores();
        try {
            servers.postgres = EmbeddedPostgres.start(servers.dataDirectory, servers.postgresPort);
            servers.database = TestDatabase.create(servers.postgres.endpoint());
            servers.redis = TestServers.startEmbeddedRedis(servers.redisPort);
            servers.pool = servers.database.pool(2);
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    String databaseUrl() {
        return database.url();
    }

    String redisUrl() {
        return "redis://127.0.0.1:" + redisPort;
    }

    /** The run's checks read the store and the read models straight from here. */
    Pool pool() {
        return pool;
    }

    /** pg_terminate_backend on every other session of the academy's database; returns how many were killed. */
    int killDatabaseSessions() {
        Row row = pool.query(KILL_SESSIONS).execute().await().atMost(QUERY_TIMEOUT).iterator().next();
        return row.getLong("killed").intValue();
    }

    /** Fast shutdown: sessions disconnected, new connections refused. */
    void stopPostgres() {
        postgres.close();
    }

    /** The same data directory on the same port, so every service's DATABASE_URL stays valid. */
    void startPostgres() {
        postgres = EmbeddedPostgres.start(dataDirectory, postgresPort);
    }

    void stopRedis() {
        try {
            redis.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty Redis on the same port (no persistence): what a restarted cache looks like. */
    void startRedis() {
        redis = TestServers.startEmbeddedRedis(redisPort);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close().await().atMost(QUERY_TIMEOUT);
        }
        try {
            if (redis != null && redis.isActive()) {
                redis.stop();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("the fault run's Redis did not stop cleanly: " + e.getMessage());
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (RuntimeException alreadyStopped) {
            // a failed run may leave it stopped
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
