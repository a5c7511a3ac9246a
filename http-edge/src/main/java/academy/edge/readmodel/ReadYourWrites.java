package academy.edge.readmodel;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waiting by polling, for read models whose progress is read from PostgreSQL (feed
 * subscriptions' processed-by checks, the store's head). A read waits (up to a second) until the
 * read model it serves from has passed the position a command answered, so the Mini App reads
 * its own writes; after the wait it answers with what it has.
 */
public final class ReadYourWrites {

    public static final Duration MAX_WAIT = Duration.ofSeconds(1);
    private static final Duration INTERVAL = Duration.ofMillis(5);

    private ReadYourWrites() {
    }

    /** True once {@code currentPosition} reaches {@code after}; false when {@code maxWait} ran out first. */
    public static Uni<Boolean> untilPosition(long after, Duration maxWait, Supplier<Uni<Long>> currentPosition) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        return poll(() -> currentPosition.get().map(position -> position >= after), deadline);
    }

    /**
     * The same wait for read models kept by feed subscriptions, whose progress is "has it processed
     * the event at this position" (feed order is not position order): {@code processed} answers that,
     * for example {@code position -> store.hasProcessed(subscription, position)}. Position 0 (an empty
     * stream) waits for nothing.
     */
    public static Uni<Boolean> untilProcessed(long after, Duration maxWait, Function<Long, Uni<Boolean>> processed) {
        if (after == 0) {
            return Uni.createFrom().item(true);
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        return poll(() -> processed.apply(after), deadline);
    }

    private static Uni<Boolean> poll(Supplier<Uni<Boolean>> reached, long deadline) {
        return reached.get().chain(done -> {
            if (done || System.nanoTime() >= deadline) {
                return Uni.createFrom().item(done);
            }
            return Uni.createFrom().voidItem().onItem().delayIt().by(INTERVAL).chain(() -> poll(reached, deadline));
        });
    }
}
