package academy.edge.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-process token bucket per key, for while Redis is down (per replica, so looser). */
public class LocalTokenBucket {

    static final int MAX_KEYS = 50_000;

    private final int capacity;
    private final double refillPerMilli;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public LocalTokenBucket(int capacity, double refillPerMilli) {
        this.capacity = capacity;
        this.refillPerMilli = refillPerMilli;
    }

    public boolean tryAcquire(String key, long nowMillis) {
        if (buckets.size() > MAX_KEYS) {
            // Bounded memory under an address flood: forgetting buckets only lets a few more through.
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, nowMillis)).take(nowMillis);
    }

    private final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }

        synchronized boolean take(long nowMillis) {
            tokens = Math.min(capacity, tokens + Math.max(0, nowMillis - updatedAt) * refillPerMilli);
            updatedAt = Math.max(updatedAt, nowMillis);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
