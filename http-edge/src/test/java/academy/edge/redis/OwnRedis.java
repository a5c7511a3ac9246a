package academy.edge.redis;

import academy.embedded.Ports;
import academy.testing.AcademyTestResource;
import academy.testing.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import redis.embedded.RedisServer;

/** The run's database as usual, but a Redis of this test's own on a random port, free to be flushed. */
public class OwnRedis extends AcademyTestResource {

    private static volatile RedisServer server;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        int port = Ports.free();
        server = TestServers.startEmbeddedRedis(port);
        config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
        return config;
    }

    @Override
    public void stop() {
        try {
            if (server != null && server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        super.stop();
    }
}
