package academy.local.bench;

import io.vertx.core.buffer.Buffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The leaderboard while Redis is down: an open-loop flood of {@code GET /leaderboard} at
 * {@code outage-rate} for a phase; a third of the way in the coordinator stops the bench's own
 * Redis, at two thirds starts it again on the same port (each marker waits until it is done).
 * Reports the latency of the requests due while Redis was down, the share of 503s and of other
 * failures over the whole phase, and how long after the restart the board answers from Redis
 * again ({@code "source":"redis"}; the projector reloads an emptied board from PostgreSQL).
 */
final class RedisOutage {

    /** After the flood, the board is asked every 100 ms until it answers from Redis, at most this long after the restart. */
    static final long RECOVERY_TIMEOUT_SECONDS = 60;

    private final LoadGenerator generator;

    RedisOutage(LoadGenerator generator) {
        this.generator = generator;
    }

    void run(double rate, long seconds) throws InterruptedException {
        Tally tally = new Tally();
        long start = System.nanoTime();
        long third = TimeUnit.SECONDS.toNanos(seconds) / 3;
        Thread switcher = new Thread(() -> {
            pauseUntil(start + third);
            generator.coordinate("#redis stop");
            tally.stopped(System.nanoTime());
            pauseUntil(start + 2 * third);
            generator.coordinate("#redis start");
            tally.restarted(System.nanoTime());
        }, "redis-switch");
        switcher.setDaemon(true);
        switcher.start();
        LoadGenerator.Result flood = generator.openLoop(rate, seconds, generator::leaderboard, tally::answered);
        switcher.join(TimeUnit.SECONDS.toMillis(150));
        awaitRecovery(tally);
        flood.print("outage", "req/s");
        tally.print(flood.sent.get(), flood.statuses.getOrDefault(200, 0L), flood.statuses.getOrDefault(503, 0L));
    }

    /** Asks once every 100 ms, bounded, when no request of the flood saw the board back in Redis. */
    private void awaitRecovery(Tally tally) throws InterruptedException {
        if (!tally.isRestarted()) {
            return;
        }
        long deadline = tally.restartedAt() + TimeUnit.SECONDS.toNanos(RECOVERY_TIMEOUT_SECONDS);
        long i = 0;
        while (!tally.isRecovered() && System.nanoTime() < deadline) {
            long due = System.nanoTime();
            try {
                LoadGenerator.Answer answer = generator.leaderboard(i++).toCompletionStage().toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
                tally.recovery(due, System.nanoTime(), answer);
            } catch (Exception e) {
                // not answered: asked again
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static void pauseUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Where a leaderboard answer came from: "redis", "postgresql", or null (not a board). */
    static String source(Buffer body) {
        if (body == null) {
            return null;
        }
        String text = body.toString();
        if (text.contains("\"source\":\"redis\"")) {
            return "redis";
        }
        return text.contains("\"source\":\"postgresql\"") ? "postgresql" : null;
    }

    /** The phase's accounting; times are System.nanoTime. */
    static final class Tally {
        final Histogram outage = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(5), 3);
        final AtomicLong fromRedis = new AtomicLong();
        final AtomicLong fromPostgresql = new AtomicLong();
        private volatile long stoppedAt = Long.MAX_VALUE;
        private volatile long restartedAt = Long.MAX_VALUE;
        private final AtomicLong recoveredAt = new AtomicLong(Long.MAX_VALUE);

        void stopped(long at) {
            stoppedAt = at;
        }

        void restarted(long at) {
            restartedAt = at;
        }

        boolean isRestarted() {
            return restartedAt != Long.MAX_VALUE;
        }

        long restartedAt() {
            return restartedAt;
        }

        boolean isRecovered() {
            return recoveredAt.get() != Long.MAX_VALUE;
        }

        /** A request of the flood: its latency counts for the outage when it was due while Redis was down. */
        void answered(long due, long now, LoadGenerator.Answer answer) {
            if (due >= stoppedAt && due < restartedAt) {
                outage.recordValue(Math.min(Math.max(0, now - due), outage.getHighestTrackableValue()));
            }
            String source = answer == null || answer.status() != 200 ? null : source(answer.body());
            if ("redis".equals(source)) {
                fromRedis.incrementAndGet();
            } else if ("postgresql".equals(source)) {
                fromPostgresql.incrementAndGet();
            }
            recovery(due, now, answer);
        }

        /** The first answer from Redis to a request sent after the restart marks the recovery (when it came). */
        void recovery(long due, long now, LoadGenerator.Answer answer) {
            if (due >= restartedAt && answer != null && answer.status() == 200 && "redis".equals(source(answer.body()))) {
                recoveredAt.accumulateAndGet(now, Math::min);
            }
        }

        /** Seconds from the restart to the first answer from Redis, or NaN when none came. */
        double recoverySeconds() {
            return isRestarted() && isRecovered() ? (recoveredAt.get() - restartedAt) / 1e9 : Double.NaN;
        }

        double windowSeconds() {
            return stoppedAt == Long.MAX_VALUE || restartedAt == Long.MAX_VALUE ? Double.NaN : (restartedAt - stoppedAt) / 1e9;
        }

        void print(long sent, long ok, long unavailable) {
            System.out.printf("outage_window_seconds=%.2f s%n", windowSeconds());
            System.out.printf("outage_window_requests=%d requests%n", outage.getTotalCount());
            System.out.printf("outage_window_p50=%.2f ms%n", outage.getValueAtPercentile(50) / 1e6);
            System.out.printf("outage_window_p95=%.2f ms%n", outage.getValueAtPercentile(95) / 1e6);
            System.out.printf("outage_window_p99=%.2f ms%n", outage.getValueAtPercentile(99) / 1e6);
            System.out.printf("outage_share_503=%.4f ratio%n", sent == 0 ? 0.0 : (double) unavailable / sent);
            System.out.printf("outage_share_other_errors=%.4f ratio%n", sent == 0 ? 0.0 : (double) (sent - ok - unavailable) / sent);
            System.out.printf("outage_answers_redis=%d answers%n", fromRedis.get());
            System.out.printf("outage_answers_postgresql=%d answers%n", fromPostgresql.get());
            double recovery = recoverySeconds();
            if (Double.isNaN(recovery)) {
                System.out.printf("outage_not_recovered=%d s%n", RECOVERY_TIMEOUT_SECONDS);
            } else {
                System.out.printf("outage_recovery_seconds=%.2f s%n", recovery);
            }
            System.out.flush();
        }
    }
}
