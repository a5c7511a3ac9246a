package academy.learning.infrastructure;

import academy.learning.domain.LessonProgress;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The last state this replica saw of each lesson stream, with the version it is the state of. A
 * command decides on it and appends with that version as the expectation, so it never needs to be
 * current: when another replica (or a concurrent command) wrote in between, the append is a
 * conflict and the command reloads the stream. It saves the stream read of every other command.
 * Bounded by {@code academy.learning.stream-cache-size}: past it Caffeine evicts one cold stream
 * at a time, so the streams in use stay.
 */
@ApplicationScoped
public class LessonStates {

    /** {@code state} folded over the stream's events up to {@code version}; {@code position} is the last one's. */
    public record Known(LessonProgress state, int version, long position) {
    }

    private final int capacity;
    private final Cache<String, Known> known;

    @Inject
    public LessonStates(LearningSettings settings) {
        this(settings.streamCacheSize());
    }

    LessonStates(int capacity) {
        this.capacity = capacity;
        this.known = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).build();
    }

    public Known get(String streamId) {
        return known.getIfPresent(streamId);
    }

    /** Keeps {@code state} unless a newer version of the stream is already kept (commands finish out of order). */
    public void remember(String streamId, Known state) {
        if (capacity <= 0 || state.version() <= 0) {
            return;
        }
        known.asMap().merge(streamId, state, (kept, offered) -> offered.version() >= kept.version() ? offered : kept);
    }

    public void forget(String streamId) {
        known.invalidate(streamId);
    }

    /** Streams kept once pending evictions ran. */
    long size() {
        known.cleanUp();
        return known.estimatedSize();
    }
}
