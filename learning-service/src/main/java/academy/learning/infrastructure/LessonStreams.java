package academy.learning.infrastructure;

import academy.eventstore.StreamFold;
import academy.eventstore.codec.EventCodec;
import academy.learning.domain.LessonDecider;
import academy.learning.domain.LessonEvent;
import academy.learning.domain.LessonProgress;
import java.util.UUID;

/** Stream ids this service writes and reads (ARCHITECTURE "Ids, streams"), and how its lesson events are stored. */
public final class LessonStreams {

    /** The lesson stream's events to and from the store (type names: the records' simple names). */
    public static final EventCodec<LessonEvent> EVENTS = EventCodec.of(LessonEvent.class);

    /** Folds a lesson stream into the learner's state; unknown event types are skipped. */
    public static final StreamFold<LessonProgress> FOLD = EVENTS.fold(LessonProgress.initial(), LessonDecider::evolve);

    private LessonStreams() {
    }

    public static String lesson(long userId, UUID lessonId) {
        return "lesson-" + userId + "-" + lessonId;
    }

    public static String enrollment(long userId, UUID courseId) {
        return "enrollment-" + userId + "-" + courseId;
    }
}
