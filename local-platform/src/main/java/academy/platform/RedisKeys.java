package academy.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The Redis keys of one run (its own prefix): a benchmark or a test that shares a Redis with
 * others removes its keys when done.
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    /** SCAN MATCH prefix* and DEL; returns how many were deleted (0, with a line on stderr, when Redis does not answer). */
    public static int deletePrefix(String redisUrl, String prefix) {
        requirePrefix(prefix);
        int deleted = 0;
        try (RedisConnection redis = RedisConnection.open(redisUrl)) {
            List<String> keys = redis.keys(prefix + "*");
            for (int from = 0; from < keys.size(); from += 1000) {
                List<String> del = new ArrayList<>(List.of("DEL"));
                del.addAll(keys.subList(from, Math.min(keys.size(), from + 1000)));
                deleted += ((Long) redis.command(del.toArray(String[]::new))).intValue();
            }
        } catch (PlatformException e) {
            System.err.println("could not delete the Redis keys " + prefix + "*: " + e.getMessage());
        }
        return deleted;
    }

    /** How many keys start with {@code prefix}. */
    public static int count(String redisUrl, String prefix) {
        requirePrefix(prefix);
        try (RedisConnection redis = RedisConnection.open(redisUrl)) {
            return redis.keys(prefix + "*").size();
        }
    }

    private static void requirePrefix(String prefix) {
        // An empty prefix would match every key of a shared Redis.
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("a run's Redis key prefix is required");
        }
    }
}
