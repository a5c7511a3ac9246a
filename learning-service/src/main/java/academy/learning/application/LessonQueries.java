package academy.learning.application;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.learning.domain.LessonProgress;
import academy.learning.infrastructure.LearnerXp;
import academy.learning.infrastructure.LessonCatalog;
import academy.learning.infrastructure.LessonStates;
import academy.learning.infrastructure.LessonStreams;
import academy.refusal.RefusedException;
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
    private final LessonStates states;

    public LessonQueries(LessonCatalog catalog, EventStore store, LearnerXp xp, LessonStates states) {
        this.catalog = catalog;
        this.store = store;
        this.xp = xp;
        this.states = states;
    }

    public Uni<LessonOutcome> progress(long userId, UUID lessonId) {
        String stream = LessonStreams.lesson(userId, lessonId);
        return catalog.find(lessonId)
                .map(found -> found.orElseThrow(() -> RefusedException.notFound("no such lesson")))
                .chain(lesson -> store.readStream(stream).chain(events -> {
                    LessonProgress state = LessonStreams.FOLD.fold(events);
                    long position = events.isEmpty() ? 0 : last(events).globalPosition();
                    if (!events.isEmpty()) {
                        states.remember(stream, new LessonStates.Known(state, last(events).streamVersion(), position));
                    }
                    return xp.totalXp(userId).map(totalXp -> new LessonOutcome(lesson, state, position, null, totalXp));
                }));
    }

    private static RecordedEvent last(List<RecordedEvent> events) {
        return events.get(events.size() - 1);
    }
}
