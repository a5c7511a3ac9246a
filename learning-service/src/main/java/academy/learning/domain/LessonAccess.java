package academy.learning.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Which lessons of one course a learner has open, folded from their enrolment stream. Only grows. */
public record LessonAccess(Set<UUID> unlockedLessons) {

    public LessonAccess {
        unlockedLessons = Set.copyOf(unlockedLessons);
    }

    public static LessonAccess none() {
        return new LessonAccess(Set.of());
    }

    public LessonAccess evolve(LessonUnlocked unlocked) {
        if (unlockedLessons.contains(unlocked.lessonId())) {
            return this;
        }
        Set<UUID> next = new HashSet<>(unlockedLessons);
        next.add(unlocked.lessonId());
        return new LessonAccess(next);
    }

    public boolean isUnlocked(UUID lessonId) {
        return unlockedLessons.contains(lessonId);
    }
}
