package academy.learning.infrastructure;

import academy.eventstore.EventFeed;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** This service's read models on the feed: the lesson lookup table and learners' XP totals. */
@ApplicationScoped
public class LearningSubscriptions {

    private final EventFeed feed;
    private final LessonCatalogFeed lessons;
    private final LearnerXpFeed xp;

    public LearningSubscriptions(EventFeed feed, LessonCatalogFeed lessons, LearnerXpFeed xp) {
        this.feed = feed;
        this.lessons = lessons;
        this.xp = xp;
    }

    // After EventStoreStartup (priority 10) has migrated this service's tables.
    void onStart(@Observes @Priority(100) StartupEvent event) {
        feed.subscribe(LessonCatalogFeed.SUBSCRIPTION, lessons);
        feed.subscribe(LearnerXpFeed.SUBSCRIPTION, xp);
    }
}
