package academy.user.infrastructure;

import academy.eventstore.EventFeed;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Starts the streak reaction once the schema is migrated. */
@ApplicationScoped
public class StreakSubscription {

    private final EventFeed feed;
    private final StreakReaction reaction;

    public StreakSubscription(EventFeed feed, StreakReaction reaction) {
        this.feed = feed;
        this.reaction = reaction;
    }

    // After EventStoreStartup (priority 10) has migrated the store.
    void onStart(@Observes @Priority(100) StartupEvent event) {
        feed.subscribe(StreakReaction.SUBSCRIPTION, reaction);
    }
}
