package academy.learning.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Maximum throughput: a fixed number of requests in flight, each answer sends the next. */
final class ClosedLoop {

    private final ProgressBenchmark.ProgressTarget target;
    private final int inFlight;
    private final long seconds;

    ClosedLoop(ProgressBenchmark.ProgressTarget target, int inFlight, long seconds) {
        this.target = target;
        this.inFlight = inFlight;
        this.seconds = seconds;
    }

    BenchResult run() throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(2), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        CountDownLatch done = new CountDownLatch(inFlight);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < inFlight; i++) {
            next(deadline, latencies, statuses, failures, sent, done);
        }
        done.await(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new BenchResult(latencies, sent.get(), statuses, failures.get(), elapsed);
    }

    private void next(long deadline, Histogram latencies, Map<Integer, Long> statuses, AtomicLong failures,
                      AtomicLong sent, CountDownLatch done) {
        long started = System.nanoTime();
        if (started >= deadline) {
            done.countDown();
            return;
        }
        sent.incrementAndGet();
        target.post().onComplete(answer -> {
            latencies.recordValue(Math.min(System.nanoTime() - started, latencies.getHighestTrackableValue()));
            if (answer.succeeded()) {
                statuses.merge(answer.result(), 1L, Long::sum);
            } else {
                failures.incrementAndGet();
            }
            next(deadline, latencies, statuses, failures, sent, done);
        });
    }
}
