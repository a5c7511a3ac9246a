package academy.learning.application;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.learning.infrastructure.LearnerXp;
import academy.learning.infrastructure.LearningSubscriptions;
import academy.learning.infrastructure.LessonCatalog;
import academy.learning.infrastructure.LessonEventMapping;
import academy.learning.infrastructure.LessonStreams;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The caller's state of a lesson, folded from their lesson stream (always current), with their
 * total XP from the read model the feed keeps (current once it has passed {@code after}).
 */
@ApplicationScoped
public class LessonQueries {

    private final LessonCatalog catalog;
    private final EventStore store;
    private final LearnerXp xp;
    private final LearningSubscriptions subscriptions;

    public LessonQueries(LessonCatalog catalog, EventStore store, LearnerXp xp, LearningSubscriptions subscriptions) {
        this.catalog = catalog;
        this.store = store;
        this.xp = xp;
        this.subscriptions = subscriptions;
    }

    /**
     * For {@code ?after=}: {@code after} once both read models have processed that event, else -1.
     * Position 0 (an empty stream's) needs no wait.
     */
    /** Whether the lesson table and the XP totals have processed the event at {@code position}. */
    public Uni<Boolean> readModelsProcessed(long position) {
        return subscriptions.haveProcessed(position);
    }

    public Uni<LessonOutcome> progress(long userId, UUID lessonId) {
        return catalog.find(lessonId)
                .map(found -> found.orElseThrow(() -> new UnknownLesson(lessonId)))
                .chain(lesson -> store.readStream(LessonStreams.lesson(userId, lessonId))
                        .chain(events -> xp.totalXp(userId).map(totalXp -> new LessonOutcome(lesson,
                                LessonEventMapping.FOLD.fold(events), lastPosition(events), null, totalXp))));
    }

    private static long lastPosition(List<RecordedEvent> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).globalPosition();
    }
}
