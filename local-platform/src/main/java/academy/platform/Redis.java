package academy.platform;

import academy.embedded.EmbeddedRedis;
import academy.embedded.Ports;
import java.io.IOException;
import redis.embedded.RedisServer;

/** The academy's Redis: REDIS_URL when given, else one answering on 127.0.0.1:6379, else embedded. */
public final class Redis implements AutoCloseable {

    private final String url;
    private final String origin;
    private final RedisServer embedded;

    private Redis(String url, String origin, RedisServer embedded) {
        this.url = url;
        this.origin = origin;
        this.embedded = embedded;
    }

    public static Redis find(String redisUrl, boolean embeddedOnly) {
        if (redisUrl != null) {
            return new Redis(redisUrl, "from REDIS_URL", null);
        }
        if (!embeddedOnly && Ports.answers("127.0.0.1", 6379)) {
            return new Redis("redis://127.0.0.1:6379", "local server on 127.0.0.1:6379", null);
        }
        int port = Ports.free();
        try {
            RedisServer server = EmbeddedRedis.start(port);
            return new Redis("redis://127.0.0.1:" + port, "embedded", server);
        } catch (RuntimeException e) {
            throw new PlatformException("could not start the embedded Redis: " + e.getMessage()
                    + "\n  (or set REDIS_URL to a Redis 6+ server)", e);
        }
    }

    public String url() {
        return url;
    }

    String origin() {
        return origin;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (IOException | RuntimeException e) {
                System.err.println("the embedded Redis did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
