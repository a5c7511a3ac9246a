package academy.user.infrastructure;

import academy.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** How far the streak reaction has read the feed (any replica may ask; one replica leads it). */
@ApplicationScoped
public class StreakProgress {

    private final EventStore store;

    public StreakProgress(EventStore store) {
        this.store = store;
    }

    /**
     * {@code after} once the reaction has processed the event at that position (in feed order),
     * else -1: what {@code ReadYourWrites.awaitPosition} polls.
     */
    public Uni<Long> reached(long after) {
        return store.hasProcessed(StreakReaction.SUBSCRIPTION, after).map(processed -> processed ? after : -1L);
    }
}
