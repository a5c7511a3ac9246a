package academy.projector.leaderboard.infrastructure;

import academy.edge.redis.RedisKeys;
import academy.edge.redis.RedisScript;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZAddArgs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The leaderboard sorted sets in Redis (member = user id, score = XP total read from
 * PostgreSQL). Derived data only: every method falls back to "not available" when Redis is slow
 * or down, and callers then answer from PostgreSQL. A board is read only once it was loaded
 * completely (its marker key exists), so an emptied Redis never answers with a partial board.
 * The circuit breakers' numbers are written once, in application.properties
 * ({@code quarkus.fault-tolerance.global.circuit-breaker.*}).
 */
@ApplicationScoped
public class LeaderboardBoards {

    private static final int LOAD_CHUNK = 1_000;
    /**
     * KEYS: board, its completeness marker; ARGV: caller, how many of the top to return (0: none).
     * Answers {loaded, caller's XP or nil, learners with more XP, {member, score, ...}}.
     */
    private static final RedisScript STANDING = new RedisScript("""
            if redis.call('EXISTS', KEYS[2]) == 0 then
              return {0}
            end
            local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
            local ahead = 0
            if score then
              ahead = redis.call('ZCOUNT', KEYS[1], '(' .. score, '+inf')
            end
            local top = {}
            local count = tonumber(ARGV[2])
            if count > 0 then
              top = redis.call('ZREVRANGE', KEYS[1], 0, count - 1, 'WITHSCORES')
            end
            return {1, score, ahead, top}
            """);

    private final ReactiveSortedSetCommands<String, String> sortedSets;
    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;

    public LeaderboardBoards(ReactiveRedisDataSource redis, RedisKeys keys) {
        this.redis = redis;
        this.sortedSets = redis.sortedSet(String.class);
        this.keys = keys;
    }

    /** The key of a board: "all" or "week:<monday>". */
    public String key(String board) {
        return keys.key("leaderboard", board);
    }

    /**
     * The caller's standing and, when {@code topCount} > 0, the board's top, in one round trip
     * (STANDING). Empty when the board is not loaded completely or Redis cannot answer.
     */
    @Timeout(300)
    @CircuitBreaker
    @Fallback(fallbackMethod = "pageUnavailable")
    public Uni<Optional<BoardPage>> page(String board, int topCount, long callerId) {
        return STANDING.run(redis, List.of(key(board), marker(board)), List.of(Long.toString(callerId), Integer.toString(topCount)))
                .map(reply -> page(reply, topCount > 0));
    }

    private static Optional<BoardPage> page(Response reply, boolean withTop) {
        if (reply.get(0).toInteger() == 0) {
            return Optional.empty();
        }
        Response score = reply.get(1);
        Long callerXp = score == null ? null : (long) Double.parseDouble(score.toString());
        Long ahead = callerXp == null ? null : reply.get(2).toLong();
        List<long[]> top = null;
        if (withTop) {
            Response flat = reply.get(3);
            top = new ArrayList<>(flat.size() / 2);
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                top.add(new long[] {Long.parseLong(flat.get(i).toString()), (long) Double.parseDouble(flat.get(i + 1).toString())});
            }
        }
        return Optional.of(new BoardPage(top, callerXp, ahead));
    }

    Uni<Optional<BoardPage>> pageUnavailable(String board, int topCount, long callerId) {
        return Uni.createFrom().item(Optional.empty());
    }

    /**
     * Raises members of several boards to their totals in one pipeline (one round trip), each
     * board's expiry set after its scores. ZADD GT: totals only grow, so a late write never
     * lowers one.
     */
    @Timeout(500)
    @CircuitBreaker
    @Fallback(fallbackMethod = "noneWritten")
    public Uni<Boolean> raise(List<BoardScores> updates) {
        List<Request> commands = new ArrayList<>();
        for (BoardScores update : updates) {
            if (update.totals().isEmpty()) {
                continue;
            }
            String key = key(update.board());
            Request zadd = Request.cmd(Command.ZADD).arg(key).arg("GT");
            update.totals().forEach((user, xp) -> zadd.arg(xp).arg(Long.toString(user)));
            commands.add(zadd);
            if (update.ttl() != null) {
                commands.add(Request.cmd(Command.EXPIRE).arg(key).arg(update.ttl().toSeconds()));
            }
        }
        return commands.isEmpty() ? Uni.createFrom().item(true)
                : redis.getRedis().batch(commands).replaceWith(true);
    }

    Uni<Boolean> noneWritten(List<BoardScores> updates) {
        Log.debugf("%d leaderboards not written to Redis; they will be repaired from PostgreSQL", updates.size());
        return Uni.createFrom().item(false);
    }

    /** Takes {@code learners} off the all-time board and every weekly board (ZREM; a week board is found by SCAN). */
    @Timeout(5_000)
    @Fallback(fallbackMethod = "noneRemoved")
    public Uni<Boolean> removeEverywhere(Collection<Long> learners) {
        String[] members = learners.stream().map(String::valueOf).toArray(String[]::new);
        return redis.key().scan(new KeyScanArgs().match(key("week:*")).count(1000)).toMulti().collect().asList()
                .chain(weeks -> {
                    List<Request> commands = new ArrayList<>();
                    List<String> keys = new ArrayList<>(weeks);
                    keys.add(key("all"));
                    for (String board : keys) {
                        Request zrem = Request.cmd(Command.ZREM).arg(board);
                        for (String member : members) {
                            zrem.arg(member);
                        }
                        commands.add(zrem);
                    }
                    return redis.getRedis().batch(commands);
                }).replaceWith(true);
    }

    Uni<Boolean> noneRemoved(Collection<Long> learners) {
        Log.debugf("%d erased learners not removed from the Redis boards; they will be repaired from PostgreSQL", learners.size());
        return Uni.createFrom().item(false);
    }

    /** New scores for one board; {@code ttl} null keeps the board for good. */
    public record BoardScores(String board, Map<Long, Long> totals, Duration ttl) {
    }

    /** Loads a whole board from totals read from PostgreSQL, then marks it complete. */
    @Timeout(30_000)
    @Fallback(fallbackMethod = "notLoaded")
    public Uni<Boolean> load(String board, Map<Long, Long> totals, Duration ttl, boolean replace) {
        String key = key(board);
        Uni<Void> start = replace ? redis.key().del(key, marker(board)).replaceWithVoid() : Uni.createFrom().voidItem();
        List<Map<Long, Long>> chunks = chunks(totals);
        for (Map<Long, Long> chunk : chunks) {
            start = start.chain(() -> sortedSets.zadd(key, new ZAddArgs().gt(), scores(chunk)).replaceWithVoid());
        }
        Uni<Void> expiry = ttl == null ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().chain(() -> redis.key().expire(key, ttl)).replaceWithVoid();
        return start.chain(() -> expiry)
                .chain(() -> ttl == null ? redis.value(String.class).set(marker(board), "1")
                        : redis.value(String.class).setex(marker(board), ttl.toSeconds(), "1"))
                .replaceWith(true);
    }

    Uni<Boolean> notLoaded(String board, Map<Long, Long> totals, Duration ttl, boolean replace) {
        return Uni.createFrom().item(false);
    }

    @Timeout(300)
    @CircuitBreaker
    @Fallback(fallbackMethod = "notKnown")
    public Uni<Boolean> isLoaded(String board) {
        return redis.key().exists(marker(board));
    }

    /** Unknown (null): Redis cannot say, so nothing is loaded into it now. */
    Uni<Boolean> notKnown(String board) {
        return Uni.createFrom().nullItem();
    }

    private String marker(String board) {
        return keys.key("leaderboard-loaded", board);
    }

    private static Map<String, Double> scores(Map<Long, Long> totals) {
        Map<String, Double> scores = new HashMap<>();
        totals.forEach((user, xp) -> scores.put(Long.toString(user), xp.doubleValue()));
        return scores;
    }

    private static List<Map<Long, Long>> chunks(Map<Long, Long> totals) {
        List<Map<Long, Long>> chunks = new ArrayList<>();
        Map<Long, Long> current = new HashMap<>();
        for (Map.Entry<Long, Long> entry : totals.entrySet()) {
            current.put(entry.getKey(), entry.getValue());
            if (current.size() == LOAD_CHUNK) {
                chunks.add(current);
                current = new HashMap<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
