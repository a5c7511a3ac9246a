package academy.edge.ratelimit;

/**
 * A token bucket: {@code capacity} requests at once, refilled by {@code refillPerSecond}.
 * {@code bucket} names the rule in Redis keys, so two rules never share tokens.
 */
public record RateLimitRule(String bucket, int capacity, double refillPerSecond) {

    public RateLimitRule {
        if (bucket == null || bucket.isBlank() || capacity < 1 || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("a rate limit needs a bucket name, capacity >= 1 and a positive refill");
        }
    }

    public static RateLimitRule perMinute(String bucket, int capacity, int refillPerMinute) {
        return new RateLimitRule(bucket, capacity, refillPerMinute / 60.0);
    }

    public double refillPerMilli() {
        return refillPerSecond / 1000.0;
    }

    /** Time for an empty bucket to fill up again: how long its key needs to live. */
    public long fullRefillMillis() {
        return (long) Math.ceil(capacity / refillPerMilli());
    }

    /** Whole seconds until a refused caller has a token again: the Retry-After it is told. */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / refillPerSecond));
    }
}
