package academy.learning.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A fixed schedule: request i is due at {@code start + i / rate}, sent then whatever earlier
 * requests are doing, and its latency counts from that due time (no coordinated omission).
 */
final class OpenLoop {

    private final ProgressBenchmark.ProgressTarget target;
    private final double rate;
    private final long seconds;

    OpenLoop(ProgressBenchmark.ProgressTarget target, double rate, long seconds) {
        this.target = target;
        this.rate = rate;
        this.seconds = seconds;
    }

    BenchResult run() throws InterruptedException {
        long total = (long) (rate * seconds);
        double periodNanos = 1e9 / rate;
        Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(2), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * periodNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            target.post().onComplete(answer -> {
                long now = System.nanoTime();
                latencies.recordValue(Math.min(now - due, latencies.getHighestTrackableValue()));
                if (answer.succeeded()) {
                    statuses.merge(answer.result(), 1L, Long::sum);
                } else {
                    failures.incrementAndGet();
                }
                lastDone.accumulateAndGet(now, Math::max);
                done.countDown();
            });
        }
        done.await(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (lastDone.get() - start) / 1e9;
        return new BenchResult(latencies, total, statuses, failures.get(), elapsed);
    }
}
