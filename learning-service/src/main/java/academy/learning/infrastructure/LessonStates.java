package academy.learning.infrastructure;

import academy.learning.domain.LessonProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last state this replica saw of each lesson stream, with the version it is the state of. A
 * command decides on it and appends with that version as the expectation, so it never needs to be
 * current: when another replica (or a concurrent command) wrote in between, the append is a
 * conflict and the command reloads the stream. It saves the stream read of every other command.
 */
@ApplicationScoped
public class LessonStates {

    /** {@code state} folded over the stream's events up to {@code version}; {@code position} is the last one's. */
    public record Known(LessonProgress state, int version, long position) {
    }

    private final int capacity;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public LessonStates(@ConfigProperty(name = "academy.learning.stream-cache-size", defaultValue = "20000") int capacity) {
        this.capacity = capacity;
    }

    public Known get(String streamId) {
        return known.get(streamId);
    }

    /** Keeps {@code state} unless a newer version of the stream is already kept (commands finish out of order). */
    public void remember(String streamId, Known state) {
        if (capacity <= 0 || state.version() <= 0) {
            return;
        }
        if (known.size() >= capacity && !known.containsKey(streamId)) {
            known.clear();
        }
        known.merge(streamId, state, (kept, offered) -> offered.version() >= kept.version() ? offered : kept);
    }

    public void forget(String streamId) {
        known.remove(streamId);
    }
}
