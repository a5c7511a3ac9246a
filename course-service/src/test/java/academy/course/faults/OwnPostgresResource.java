package academy.course.faults;

import academy.embedded.EmbeddedPostgres;
import academy.embedded.Ports;
import academy.testing.TestDatabase;
import academy.testing.TestServers;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import redis.embedded.RedisServer;

/**
 * A PostgreSQL and a Redis of this test's own, on random ports, that the test may stop, restart
 * and whose connections it may kill. The machine's shared 5432 and 6379 are never used here.
 */
public class OwnPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile Path dataDirectory;
    private static volatile int port;
    private static volatile EmbeddedPostgres server;
    private static volatile TestDatabase database;
    private static volatile RedisServer redis;

    @Override
    public Map<String, String> start() {
        try {
            Path root = Files.createTempDirectory("academy-fault-pg-");
            // The server runs as an unprivileged user when the build runs as root: it must reach its folder.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            dataDirectory = root.resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = Ports.free();
        server = EmbeddedPostgres.start(dataDirectory, port);
        database = TestDatabase.create(server.endpoint());
        redis = TestServers.startEmbeddedRedis(Ports.free());

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + port + "/" + database.name());
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + redis.ports().get(0));
        config.put("academy.redis.key-prefix", "fault-" + UUID.randomUUID().toString().substring(0, 8) + ":");
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeysFile().toUri().toString());
        config.put("quarkus.http.test-port", "0");
        return config;
    }

    @Override
    public void stop() {
        try {
            if (redis != null) {
                redis.stop();
            }
        } catch (IOException ignored) {
            // the JVM's shutdown hook stops it anyway
        }
        if (server != null) {
            try {
                server.close();
            } catch (IllegalStateException alreadyStopped) {
                // a failed run may leave it stopped
            }
        }
    }

    static TestDatabase database() {
        return database;
    }

    static int port() {
        return port;
    }

    /** Fast shutdown: every session is disconnected, new connections are refused. */
    static void stopPostgres() {
        server.close();
    }

    /** The same data directory on the same port: the service's configuration stays valid. */
    static void startPostgres() {
        server = EmbeddedPostgres.start(dataDirectory, port);
    }
}
