package academy.testing;

import academy.embedded.EmbeddedPostgres;
import academy.embedded.EmbeddedRedis;
import academy.embedded.Ports;
import academy.embedded.ServerEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * The PostgreSQL and Redis a test run uses: DATABASE_URL / REDIS_URL when set, else the servers
 * answering on 127.0.0.1:5432 / :6379, else embedded ones on random ports (stopped when the JVM
 * exits). {@code -Dacademy.test.servers=embedded} forces the embedded ones.
 */
public final class TestServers {

    private static ServerEndpoint postgres;
    private static ServerEndpoint redis;

    private TestServers() {
    }

    public static synchronized ServerEndpoint postgres() {
        if (postgres == null) {
            postgres = findPostgres();
        }
        return postgres;
    }

    public static synchronized ServerEndpoint redis() {
        if (redis == null) {
            redis = findRedis();
        }
        return redis;
    }

    private static boolean embeddedForced() {
        return "embedded".equals(System.getProperty("academy.test.servers", System.getenv("ACADEMY_TEST_SERVERS")));
    }

    private static ServerEndpoint findPostgres() {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank() && !embeddedForced()) {
            URI uri = URI.create(url);
            String userInfo = uri.getUserInfo();
            String user = userInfo == null ? "postgres" : userInfo.split(":", 2)[0];
            String password = userInfo == null || !userInfo.contains(":") ? "" : userInfo.split(":", 2)[1];
            return new ServerEndpoint(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, "DATABASE_URL");
        }
        if (!embeddedForced() && Ports.answers("127.0.0.1", 5432)) {
            return new ServerEndpoint("127.0.0.1", 5432, "postgres", "", "local");
        }
        return startEmbeddedPostgres().endpoint();
    }

    /** A PostgreSQL of the caller's own, on a random port, for tests that stop or kill it. */
    public static EmbeddedPostgres startEmbeddedPostgres() {
        try {
            Path data = Files.createTempDirectory("academy-pg-");
            // As root the server runs as an unprivileged user, who must be able to reach data/ inside.
            Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            EmbeddedPostgres server = EmbeddedPostgres.start(data.resolve("data"), Ports.free());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteRecursively(data);
            }));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }

    private static ServerEndpoint findRedis() {
        String url = System.getenv("REDIS_URL");
        if (url != null && !url.isBlank() && !embeddedForced()) {
            URI uri = URI.create(url);
            return new ServerEndpoint(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), null, null, "REDIS_URL");
        }
        if (!embeddedForced() && Ports.answers("127.0.0.1", 6379)) {
            return new ServerEndpoint("127.0.0.1", 6379, null, null, "local");
        }
        RedisServer server = startEmbeddedRedis(Ports.free());
        return new ServerEndpoint("127.0.0.1", server.ports().get(0), null, null, "embedded");
    }

    /** A Redis of the caller's own on {@code port}, stopped when the JVM exits (tests that stop and start it use this, never 6379). */
    public static RedisServer startEmbeddedRedis(int port) {
        RedisServer server = EmbeddedRedis.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (IOException ignored) {
                // exiting anyway
            }
        }));
        return server;
    }
}
