package academy.assessment.infrastructure;

import academy.eventstore.EventFeed;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Starts this service's subscriptions once the migrations (priority 10) have run. */
@ApplicationScoped
public class FeedStartup {

    private final EventFeed feed;
    private final GateFeed gates;
    private final AttemptIndexFeed attempts;

    public FeedStartup(EventFeed feed, GateFeed gates, AttemptIndexFeed attempts) {
        this.feed = feed;
        this.gates = gates;
        this.attempts = attempts;
    }

    void onStart(@Observes StartupEvent event) {
        feed.subscribe(GateFeed.SUBSCRIPTION, gates);
        feed.subscribe(AttemptIndexFeed.SUBSCRIPTION, attempts);
    }
}
