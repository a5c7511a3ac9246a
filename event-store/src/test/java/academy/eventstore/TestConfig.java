package academy.eventstore;

/** Feed settings for tests: short back-off and leader retries so failures show quickly. */
record TestConfig(int batchSize, long pollIntervalMillis, int maxAttempts, long leaderRetryMillis)
        implements EventStoreConfig {

    static TestConfig defaults() {
        return new TestConfig(100, 200, 3, 100);
    }

    TestConfig withPollInterval(long millis) {
        return new TestConfig(batchSize, millis, maxAttempts, leaderRetryMillis);
    }

    TestConfig withBatchSize(int size) {
        return new TestConfig(size, pollIntervalMillis, maxAttempts, leaderRetryMillis);
    }

    @Override
    public long notifyIntervalMillis() {
        return 1;
    }

    @Override
    public long xminRetryMillis() {
        return 5;
    }

    @Override
    public long retryBackoffMillis() {
        return 10;
    }

    @Override
    public boolean subscriptionsEnabled() {
        return true;
    }
}
