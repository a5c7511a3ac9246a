package academy.edge.readmodel;

import academy.edge.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code ?after=<position>}: a read waits (up to a second) until the read model it serves from
 * has passed the position a command answered, so the Mini App reads its own writes. After the
 * wait it answers with what it has.
 */
public final class ReadYourWrites {

    public static final Duration MAX_WAIT = Duration.ofSeconds(1);
    private static final Duration INTERVAL = Duration.ofMillis(5);

    private ReadYourWrites() {
    }

    /**
     * The {@code after} query parameter read by hand: a JAX-RS {@code Long} parameter that fails to
     * convert is a 404, when the client only sent a bad position (422 naming {@code after}).
     */
    public static Long after(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(raw.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw academy.edge.problem.ProblemException.unprocessable("after", "must be a position >= 0");
    }

    public static Uni<Void> awaitPosition(Long after, Supplier<Uni<Long>> currentPosition) {
        if (after == null) {
            return Uni.createFrom().voidItem();
        }
        if (after < 0) {
            return Uni.createFrom().failure(ProblemException.unprocessable("after", "must be a position >= 0"));
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        return poll(after, currentPosition, deadline);
    }

    /**
     * The same wait for read models kept by feed subscriptions, whose progress is "has it processed
     * the event at this position" (feed order is not position order): {@code processed} answers that,
     * for example {@code position -> store.hasProcessed(subscription, position)}. Position 0 (an empty
     * stream) waits for nothing.
     */
    public static Uni<Void> awaitProcessed(Long after, Function<Long, Uni<Boolean>> processed) {
        if (after != null && after == 0) {
            return Uni.createFrom().voidItem();
        }
        return awaitPosition(after, () -> processed.apply(after).map(done -> done ? after : after - 1));
    }

    private static Uni<Void> poll(long after, Supplier<Uni<Long>> currentPosition, long deadline) {
        return currentPosition.get().chain(position -> {
            if (position >= after || System.nanoTime() >= deadline) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().voidItem().onItem().delayIt().by(INTERVAL)
                    .chain(() -> poll(after, currentPosition, deadline));
        });
    }
}
