package academy.course.infrastructure;

import academy.eventstore.EventFeed;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Starts this service's subscriptions once the schema is migrated (EventStoreStartup runs at priority 10). */
@ApplicationScoped
public class FeedStartup {

    private final EventFeed feed;
    private final UnlockingFeed unlocking;
    private final CatalogueFeed catalogue;

    public FeedStartup(EventFeed feed, UnlockingFeed unlocking, CatalogueFeed catalogue) {
        this.feed = feed;
        this.unlocking = unlocking;
        this.catalogue = catalogue;
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        feed.subscribe(UnlockingFeed.SUBSCRIPTION, unlocking);
        feed.subscribe(CatalogueFeed.SUBSCRIPTION, catalogue);
    }
}
