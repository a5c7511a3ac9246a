package academy.local.bench;

import academy.platform.PlatformException;
import academy.platform.RedisConnection;
import java.util.ArrayList;
import java.util.List;

/** Deletes the benchmark's Redis keys (its own prefix) after the run: SCAN MATCH prefix* and DEL. */
final class RedisCleanup {

    private RedisCleanup() {
    }

    static int deletePrefix(String redisUrl, String prefix) {
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
}
