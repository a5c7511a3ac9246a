package academy.learning.infrastructure;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.learning.domain.Lesson;
import academy.learning.domain.LessonAccess;
import academy.learning.domain.LessonUnlocked;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a lesson is open for a learner, from their enrolment stream (written by course-service).
 * Unlocking never goes backwards, so an open lesson is remembered and its stream not read again;
 * a locked one is read every time, so an unlock counts as soon as it is stored.
 */
@ApplicationScoped
public class EnrollmentAccess {

    private static final String LESSON_UNLOCKED = LessonUnlocked.class.getSimpleName();
    private static final int MAX_REMEMBERED = 200_000;

    private final EventStore store;
    private final Set<String> openLessons = ConcurrentHashMap.newKeySet();

    public EnrollmentAccess(EventStore store) {
        this.store = store;
    }

    public Uni<Boolean> isUnlocked(long userId, Lesson lesson) {
        String key = userId + "/" + lesson.lessonId();
        if (openLessons.contains(key)) {
            return Uni.createFrom().item(true);
        }
        return store.readStream(LessonStreams.enrollment(userId, lesson.courseId())).map(events -> {
            boolean unlocked = fold(events).isUnlocked(lesson.lessonId());
            if (unlocked) {
                remember(key);
            }
            return unlocked;
        });
    }

    private void remember(String key) {
        if (openLessons.size() >= MAX_REMEMBERED) {
            openLessons.clear();
        }
        openLessons.add(key);
    }

    static LessonAccess fold(List<RecordedEvent> enrollment) {
        LessonAccess access = LessonAccess.none();
        for (RecordedEvent event : enrollment) {
            if (LESSON_UNLOCKED.equals(event.eventType())) {
                access = access.evolve(event.dataAs(LessonUnlocked.class));
            }
        }
        return access;
    }
}
