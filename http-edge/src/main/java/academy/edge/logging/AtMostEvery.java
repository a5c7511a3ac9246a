package academy.edge.logging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Lets a repeated message through once per interval. Under overload a message per refused
 * request would cost more CPU than the requests; metrics count them instead.
 */
public final class AtMostEvery {

    private final long intervalMillis;
    private final LongSupplier millis;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE / 2);

    public AtMostEvery(Duration interval) {
        this(interval, System::currentTimeMillis);
    }

    AtMostEvery(Duration interval, LongSupplier millis) {
        this.intervalMillis = interval.toMillis();
        this.millis = millis;
    }

    /** True for the first call of each interval. */
    public boolean due() {
        long now = millis.getAsLong();
        long previous = last.get();
        return now - previous >= intervalMillis && last.compareAndSet(previous, now);
    }
}
