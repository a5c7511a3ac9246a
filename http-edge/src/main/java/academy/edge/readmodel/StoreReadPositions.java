package academy.edge.readmodel;

import academy.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link ReadModelPositions} for services whose read models are feed subscriptions of the event
 * store (passed when the subscription has processed the event at the position) or the store
 * itself ({@link #STORE_HEAD}: passed when the store's head has reached the position). A service
 * produces one with the subscription names its routes may name.
 */
public final class StoreReadPositions implements ReadModelPositions {

    /** The event store's own streams, read directly: passed once the store's head reached the position. */
    public static final String STORE_HEAD = "event-store";

    private final EventStore store;
    private final Set<String> subscriptions;

    public StoreReadPositions(EventStore store, Set<String> subscriptions) {
        this.store = store;
        this.subscriptions = Set.copyOf(subscriptions);
    }

    @Override
    public Uni<Boolean> reached(List<String> sources, long position, Duration maxWait) {
        List<Uni<Boolean>> waits = new ArrayList<>();
        for (String source : sources) {
            waits.add(reached(source, position, maxWait));
        }
        return Uni.join().all(waits).andFailFast().map(all -> all.stream().allMatch(Boolean::booleanValue));
    }

    private Uni<Boolean> reached(String source, long position, Duration maxWait) {
        if (STORE_HEAD.equals(source)) {
            return ReadYourWrites.untilPosition(position, maxWait, store::headPosition);
        }
        if (!subscriptions.contains(source)) {
            return Uni.createFrom().failure(new IllegalArgumentException("no read model named " + source));
        }
        return ReadYourWrites.untilProcessed(position, maxWait, at -> store.hasProcessed(source, at));
    }
}
