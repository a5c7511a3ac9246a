package academy.projector.projection.application;

import java.time.Instant;

/** How a projection's latest rebuild on this instance went. */
public record RebuildStatus(String projection, String state, long eventsApplied, long position, long targetPosition,
                            Instant startedAt, Instant finishedAt, String error) {

    public static final String RUNNING = "running";
    public static final String SWAPPED = "swapped";
    public static final String FAILED = "failed";

    public boolean running() {
        return RUNNING.equals(state);
    }

    /** Share of the store's positions covered so far, 0..1. */
    public double progress() {
        if (!running()) {
            return SWAPPED.equals(state) ? 1 : 0;
        }
        return targetPosition <= 0 ? 1 : Math.min(1, (double) position / targetPosition);
    }

    RebuildStatus targeting(long head) {
        return new RebuildStatus(projection, state, eventsApplied, position, head, startedAt, null, null);
    }

    RebuildStatus advanced(int events, long reached) {
        return new RebuildStatus(projection, state, eventsApplied + events, reached, targetPosition, startedAt, null, null);
    }

    RebuildStatus finished(String outcome, String failure) {
        return new RebuildStatus(projection, outcome, eventsApplied, position, targetPosition, startedAt, Instant.now(),
                failure);
    }
}
