package academy.user.infrastructure;

import academy.edge.redis.RedisKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Redis keys that belong to one learner: {@code <prefix>user:<id>} and everything below it. */
@ApplicationScoped
public class UserRedisKeys {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;

    public UserRedisKeys(ReactiveRedisDataSource redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public String keyOf(long userId, String... parts) {
        List<String> all = new ArrayList<>(List.of("user", Long.toString(userId)));
        all.addAll(List.of(parts));
        return keys.key(all.toArray(String[]::new));
    }

    /** Deletes every key of the learner. */
    public Uni<Void> erase(long userId) {
        String exact = keyOf(userId);
        KeyScanArgs below = new KeyScanArgs().match(exact + ":*").count(500);
        return redis.key().scan(below).toMulti().collect().asList()
                .chain(found -> {
                    List<String> doomed = new ArrayList<>(found);
                    doomed.add(exact);
                    return redis.key().del(doomed.toArray(String[]::new));
                })
                .ifNoItem().after(TIMEOUT).fail()
                .replaceWithVoid();
    }
}
