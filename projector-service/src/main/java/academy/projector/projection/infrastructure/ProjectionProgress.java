package academy.projector.projection.infrastructure;

import academy.eventstore.FeedPosition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How far each projection has committed, as this process has heard it: from its own commits
 * (the replica holding the projection's leader lock) or from the other replicas' broadcasts.
 * Readers with {@code ?after} wait here for a position in memory instead of polling PostgreSQL.
 */
@ApplicationScoped
public class ProjectionProgress {

    private final Map<String, Track> tracks = new ConcurrentHashMap<>();

    /** A projection committed through {@code to} (in feed order); wakes the waiters it satisfies. */
    public void advanced(String projection, FeedPosition to) {
        Track track = track(projection);
        synchronized (track) {
            if (track.reached == null || to.compareTo(track.reached) > 0) {
                track.reached = to;
            }
        }
        for (Iterator<Waiter> each = track.waiters.iterator(); each.hasNext(); ) {
            Waiter waiter = each.next();
            if (waiter.target.compareTo(to) <= 0) {
                each.remove();
                waiter.done.complete(true);
            }
        }
    }

    /** The last position this process knows the projection committed; null when it has heard nothing. */
    public FeedPosition reached(String projection) {
        Track track = track(projection);
        synchronized (track) {
            return track.reached;
        }
    }

    /** True as soon as the projection has committed through {@code target}; false after {@code atMost}. */
    public Uni<Boolean> await(String projection, FeedPosition target, Duration atMost) {
        Track track = track(projection);
        Waiter waiter = new Waiter(target, new CompletableFuture<>());
        track.waiters.add(waiter);
        FeedPosition now = reached(projection);
        if (now != null && target.compareTo(now) <= 0) {
            track.waiters.remove(waiter);
            return Uni.createFrom().item(true);
        }
        return Uni.createFrom().completionStage(waiter.done)
                .ifNoItem().after(atMost).recoverWithItem(false)
                .onTermination().invoke(() -> track.waiters.remove(waiter));
    }

    /** Waiters currently parked (for tests and metrics). */
    public int waiting() {
        return tracks.values().stream().mapToInt(t -> t.waiters.size()).sum();
    }

    private Track track(String projection) {
        return tracks.computeIfAbsent(projection, name -> new Track());
    }

    private static final class Track {
        private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
        private FeedPosition reached;
    }

    private record Waiter(FeedPosition target, CompletableFuture<Boolean> done) {
    }
}
