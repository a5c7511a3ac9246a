package academy.local.bench;

import academy.embedded.EmbeddedRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * The bench's own Redis (embedded, in memory, on a port of its own) for the whole run: the
 * services use it instead of the machine's, so the outage phase can stop and start it again on
 * the same port without touching anything shared.
 */
final class BenchRedis implements AutoCloseable {

    private final int port;
    private RedisServer server;

    BenchRedis(int port) {
        this.port = port;
        this.server = EmbeddedRedis.start(port);
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server; its data is gone (in memory only), as after a crash of a Redis without persistence. */
    synchronized void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an empty server on the same port. */
    synchronized void start() {
        server = EmbeddedRedis.start(port);
    }

    @Override
    public synchronized void close() {
        try {
            server.stop();
        } catch (IOException | RuntimeException e) {
            System.err.println("the bench's Redis did not stop cleanly: " + e.getMessage());
        }
    }
}
