package academy.learning.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** What one phase measured: latencies (ns), answers by status, and how long it took. */
record BenchResult(Histogram latencies, long sent, Map<Integer, Long> statuses, long failures, double seconds) {

    BenchResult {
        statuses = new TreeMap<>(statuses);
    }

    long completedOk() {
        return statuses.getOrDefault(200, 0L);
    }

    void print(String phase) {
        System.out.printf("%s_sent=%d requests%n", phase, sent);
        System.out.printf("%s_ok=%d requests%n", phase, completedOk());
        statuses.forEach((status, count) -> {
            if (status != 200) {
                System.out.printf("%s_status_%d=%d requests%n", phase, status, count);
            }
        });
        System.out.printf("%s_transport_failures=%d requests%n", phase, failures);
        System.out.printf("%s_posts_per_second=%.0f posts/s%n", phase, completedOk() / seconds);
        System.out.printf("%s_p50=%.2f ms%n", phase, millis(latencies.getValueAtPercentile(50)));
        System.out.printf("%s_p95=%.2f ms%n", phase, millis(latencies.getValueAtPercentile(95)));
        System.out.printf("%s_p99=%.2f ms%n", phase, millis(latencies.getValueAtPercentile(99)));
        System.out.printf("%s_p999=%.2f ms%n", phase, millis(latencies.getValueAtPercentile(99.9)));
        System.out.printf("%s_max=%.2f ms%n", phase, millis(latencies.getMaxValue()));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
