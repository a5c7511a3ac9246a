package academy.projector.it;

import academy.testing.AcademyTestResource;
import academy.embedded.Ports;
import academy.testing.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import redis.embedded.RedisServer;

/** The run's database and keys as usual, but a Redis of this test's own (a random port), which it may stop. */
public class OwnRedisTestResource extends AcademyTestResource {

    private static volatile int port;
    private static volatile RedisServer server;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        port = Ports.free();
        server = TestServers.startEmbeddedRedis(port);
        config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
        return config;
    }

    @Override
    public void stop() {
        stopRedis();
        super.stop();
    }

    static void stopRedis() {
        try {
            if (server != null && server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void startRedis() {
        server = TestServers.startEmbeddedRedis(port);
    }
}
