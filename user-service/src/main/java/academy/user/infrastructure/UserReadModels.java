package academy.user.infrastructure;

import academy.edge.readmodel.ReadModelPositions;
import academy.edge.readmodel.StoreReadPositions;
import academy.eventstore.EventStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/** The read models {@code ?after} may wait for: the streak reaction (its feed subscription's name). */
public class UserReadModels {

    @Produces
    @Singleton
    ReadModelPositions readModelPositions(EventStore store) {
        return new StoreReadPositions(store, Set.of(StreakReaction.SUBSCRIPTION));
    }
}
