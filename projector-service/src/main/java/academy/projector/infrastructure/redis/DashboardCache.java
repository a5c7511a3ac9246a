package academy.projector.infrastructure.redis;

import academy.edge.redis.RedisKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The hot cache of rendered dashboards. The projector invalidates a learner's entry after each
 * commit that changes their data and leaves a short-lived mark, so a dashboard computed from
 * rows read before that commit is not cached right after it. The TTL bounds what a lost
 * invalidation (Redis down at that moment) can leave behind. Redis down: a miss, answered from
 * PostgreSQL.
 */
@ApplicationScoped
public class DashboardCache {

    /** Longer than a dashboard query takes: a result read before the change is not cached. */
    private static final Duration CHANGED_MARK = Duration.ofSeconds(2);

    private final ReactiveRedisDataSource redis;
    private final ReactiveValueCommands<String, String> values;
    private final RedisKeys keys;
    private final Duration ttl;

    public DashboardCache(ReactiveRedisDataSource redis, RedisKeys keys,
                          @ConfigProperty(name = "academy.projector.dashboard-cache-ttl") Duration ttl) {
        this.redis = redis;
        this.values = redis.value(String.class);
        this.keys = keys;
        this.ttl = ttl;
    }

    @Timeout(200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3000)
    @Fallback(fallbackMethod = "miss")
    public Uni<Optional<String>> get(long userId) {
        return values.get(key(userId)).map(Optional::ofNullable);
    }

    Uni<Optional<String>> miss(long userId) {
        return Uni.createFrom().item(Optional.empty());
    }

    @Timeout(200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3000)
    @Fallback(fallbackMethod = "notCached")
    public Uni<Void> put(long userId, String json) {
        return redis.key().exists(changedKey(userId)).chain(justChanged -> justChanged
                ? Uni.createFrom().voidItem() : values.setex(key(userId), ttl.toSeconds(), json));
    }

    Uni<Void> notCached(long userId, String json) {
        return Uni.createFrom().voidItem();
    }

    @Timeout(500)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3000)
    @Fallback(fallbackMethod = "notInvalidated")
    public Uni<Void> invalidate(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // One pipeline, one round trip: the marks first, then the entries go.
        List<Request> commands = new ArrayList<>();
        Request delete = Request.cmd(Command.DEL);
        for (Long userId : userIds) {
            commands.add(Request.cmd(Command.PSETEX).arg(changedKey(userId)).arg(CHANGED_MARK.toMillis()).arg("1"));
            delete.arg(key(userId));
        }
        commands.add(delete);
        return redis.getRedis().batch(commands).replaceWithVoid();
    }

    Uni<Void> notInvalidated(Collection<Long> userIds) {
        return Uni.createFrom().voidItem();
    }

    /** Drops every cached dashboard (after a rebuild swapped tables in). */
    @Timeout(10_000)
    @Fallback(fallbackMethod = "notCleared")
    public Uni<Void> clear() {
        return redis.key().scan(new KeyScanArgs().match(keys.key("dashboard", "*")).count(500)).toMulti()
                .group().intoLists().of(500)
                .onItem().transformToUniAndConcatenate(batch -> redis.key().del(batch.toArray(String[]::new)))
                .collect().last().replaceWithVoid();
    }

    Uni<Void> notCleared() {
        return Uni.createFrom().voidItem();
    }

    private String key(long userId) {
        return keys.key("dashboard", Long.toString(userId));
    }

    private String changedKey(long userId) {
        return keys.key("dashboard-changed", Long.toString(userId));
    }
}
