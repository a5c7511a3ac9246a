package academy.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/** A real Redis from the binaries of com.github.codemonstur:embedded-redis, in memory only (no snapshots, no AOF). */
public final class EmbeddedRedis {

    private EmbeddedRedis() {
    }

    /** Starts a Redis on 127.0.0.1:{@code port}; the caller stops it. */
    public static RedisServer start(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
