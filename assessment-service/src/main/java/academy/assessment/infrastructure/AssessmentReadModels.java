package academy.assessment.infrastructure;

import academy.edge.readmodel.ReadModelPositions;
import academy.edge.readmodel.StoreReadPositions;
import academy.eventstore.EventStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The read models {@code ?after} may wait for: the store's head (assessments and attempts are read
 * from their streams), and the gates and attempt index by their feed subscriptions' names.
 */
public class AssessmentReadModels {

    @Produces
    @Singleton
    ReadModelPositions readModelPositions(EventStore store) {
        return new StoreReadPositions(store, Set.of(GateFeed.SUBSCRIPTION, AttemptIndexFeed.SUBSCRIPTION));
    }
}
