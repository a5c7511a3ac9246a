package academy.edge.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every Redis key lives under one prefix, so test runs and environments never share keys. */
@ApplicationScoped
public class RedisKeys {

    private final String prefix;

    @Inject
    public RedisKeys(@ConfigProperty(name = "academy.redis.key-prefix", defaultValue = "academy:") String prefix) {
        this.prefix = prefix;
    }

    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    public String prefix() {
        return prefix;
    }
}
