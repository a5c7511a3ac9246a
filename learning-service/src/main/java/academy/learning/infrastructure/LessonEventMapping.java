package academy.learning.infrastructure;

import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamFold;
import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonDecider;
import academy.learning.domain.LessonEvent;
import academy.learning.domain.LessonProgress;
import academy.learning.domain.LessonProgressRecorded;
import academy.learning.domain.LessonStarted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/** Between the domain's lesson events and the store's NewEvent/RecordedEvent. */
public final class LessonEventMapping {

    private static final Map<String, Class<? extends LessonEvent>> TYPES = Map.of(
            LessonStarted.class.getSimpleName(), LessonStarted.class,
            LessonProgressRecorded.class.getSimpleName(), LessonProgressRecorded.class,
            LessonCompleted.class.getSimpleName(), LessonCompleted.class);

    /** Folds a lesson stream into the learner's state; unknown event types are skipped. */
    public static final StreamFold<LessonProgress> FOLD = new StreamFold<>(LessonProgress.initial(),
            (state, recorded) -> {
                LessonEvent event = toDomain(recorded);
                return event == null ? state : LessonDecider.evolve(state, event);
            });

    private LessonEventMapping() {
    }

    public static LessonEvent toDomain(RecordedEvent recorded) {
        Class<? extends LessonEvent> type = TYPES.get(recorded.eventType());
        return type == null ? null : recorded.dataAs(type);
    }

    /** The decided events with ids from {@code idForIndex} (deterministic with an Idempotency-Key). */
    public static List<NewEvent> toNewEvents(List<LessonEvent> events, IntFunction<UUID> idForIndex,
                                             EventMetadata metadata) {
        List<NewEvent> result = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            result.add(NewEvent.of(idForIndex.apply(i), events.get(i), metadata));
        }
        return result;
    }
}
