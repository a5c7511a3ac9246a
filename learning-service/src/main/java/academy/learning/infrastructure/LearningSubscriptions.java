package academy.learning.infrastructure;

import academy.eventstore.EventFeed;
import academy.eventstore.EventStore;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** This service's read models on the feed: the lesson lookup table and learners' XP totals. */
@ApplicationScoped
public class LearningSubscriptions {

    private final EventFeed feed;
    private final EventStore store;
    private final LessonCatalogFeed lessons;
    private final LearnerXpFeed xp;

    public LearningSubscriptions(EventFeed feed, EventStore store, LessonCatalogFeed lessons, LearnerXpFeed xp) {
        this.feed = feed;
        this.store = store;
        this.lessons = lessons;
        this.xp = xp;
    }

    // After EventStoreStartup (priority 10) has migrated this service's tables.
    void onStart(@Observes @Priority(100) StartupEvent event) {
        feed.subscribe(LessonCatalogFeed.SUBSCRIPTION, lessons);
        feed.subscribe(LearnerXpFeed.SUBSCRIPTION, xp);
    }

    /** Whether both read models have processed the event at {@code position} (in feed order). */
    public Uni<Boolean> haveProcessed(long position) {
        return store.hasProcessed(LessonCatalogFeed.SUBSCRIPTION, position).chain(lessonsDone -> !lessonsDone
                ? Uni.createFrom().item(false)
                : store.hasProcessed(LearnerXpFeed.SUBSCRIPTION, position));
    }
}
