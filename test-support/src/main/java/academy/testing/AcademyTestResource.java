package academy.testing;

import academy.embedded.ServerEndpoint;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a service's @QuarkusTest run talks to: its own database on the test PostgreSQL (dropped
 * after), its own Redis key prefix, the test JWT keys, a random HTTP port.
 */
public class AcademyTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TestDatabase current;
    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = TestDatabase.create();
        current = database;
        ServerEndpoint redis = TestServers.redis();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", "postgresql://" + database.server().host() + ":"
                + database.server().port() + "/" + database.name());
        config.put("quarkus.datasource.username", database.server().user());
        config.put("quarkus.datasource.password", database.server().password() == null ? "" : database.server().password());
        config.put("quarkus.redis.hosts", redis.redisUrl());
        config.put("academy.redis.key-prefix", "test-" + UUID.randomUUID().toString().substring(0, 8) + ":");
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeysFile().toUri().toString());
        config.put("smallrye.jwt.sign.key.location", TestTokens.privateKeyFile().toUri().toString());
        config.put("academy.jwt.key-id", TestTokens.KEY_ID);
        config.put("quarkus.http.test-port", "0");
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }

    /** The database of the run in progress (for direct checks through {@link TestPostgres}). */
    static TestDatabase currentDatabase() {
        if (current == null) {
            throw new IllegalStateException("no AcademyTestResource has started in this JVM");
        }
        return current;
    }
}
