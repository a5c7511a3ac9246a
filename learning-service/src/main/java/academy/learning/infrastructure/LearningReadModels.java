package academy.learning.infrastructure;

import academy.edge.readmodel.ReadModelPositions;
import academy.edge.readmodel.StoreReadPositions;
import academy.eventstore.EventStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/** The read models {@code ?after} may wait for: the lesson table and the XP totals (their feed subscriptions' names). */
public class LearningReadModels {

    @Produces
    @Singleton
    ReadModelPositions readModelPositions(EventStore store) {
        return new StoreReadPositions(store, Set.of(LessonCatalogFeed.SUBSCRIPTION, LearnerXpFeed.SUBSCRIPTION));
    }
}
