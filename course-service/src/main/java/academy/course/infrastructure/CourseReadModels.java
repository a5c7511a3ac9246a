package academy.course.infrastructure;

import academy.edge.readmodel.ReadModelPositions;
import academy.edge.readmodel.StoreReadPositions;
import academy.eventstore.EventStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/** The read models {@code ?after} may wait for: the catalogue and the unlocking state (their feed subscriptions' names). */
public class CourseReadModels {

    @Produces
    @Singleton
    ReadModelPositions readModelPositions(EventStore store) {
        return new StoreReadPositions(store, Set.of(CatalogueFeed.SUBSCRIPTION, UnlockingFeed.SUBSCRIPTION));
    }
}
