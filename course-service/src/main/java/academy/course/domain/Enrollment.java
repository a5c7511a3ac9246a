package academy.course.domain;

import academy.course.domain.EnrollmentEvent.CourseCompleted;
import academy.course.domain.EnrollmentEvent.Enrolled;
import academy.course.domain.EnrollmentEvent.LessonUnlocked;
import academy.course.domain.EnrollmentEvent.ModuleCompleted;
import academy.course.domain.EnrollmentEvent.ModuleUnlocked;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** One learner in one course, folded from enrollment-{userId}-{courseId}. Everything in it only grows. */
public record Enrollment(boolean enrolled, Instant enrolledAt, Set<UUID> unlockedModules, Set<UUID> unlockedLessons,
                         Set<UUID> completedModules, boolean courseCompleted) {

    public static final Enrollment NONE = new Enrollment(false, null, Set.of(), Set.of(), Set.of(), false);

    public Enrollment {
        unlockedModules = Set.copyOf(unlockedModules);
        unlockedLessons = Set.copyOf(unlockedLessons);
        completedModules = Set.copyOf(completedModules);
    }

    public boolean moduleUnlocked(UUID moduleId) {
        return unlockedModules.contains(moduleId);
    }

    public boolean lessonUnlocked(UUID lessonId) {
        return unlockedLessons.contains(lessonId);
    }

    public boolean moduleCompleted(UUID moduleId) {
        return completedModules.contains(moduleId);
    }

    public Enrollment evolve(EnrollmentEvent event) {
        if (event instanceof Enrolled e) {
            return new Enrollment(true, e.enrolledAt(), unlockedModules, unlockedLessons, completedModules,
                    courseCompleted);
        }
        if (event instanceof ModuleUnlocked e) {
            return new Enrollment(enrolled, enrolledAt, plus(unlockedModules, e.moduleId()), unlockedLessons,
                    completedModules, courseCompleted);
        }
        if (event instanceof LessonUnlocked e) {
            return new Enrollment(enrolled, enrolledAt, unlockedModules, plus(unlockedLessons, e.lessonId()),
                    completedModules, courseCompleted);
        }
        if (event instanceof ModuleCompleted e) {
            return new Enrollment(enrolled, enrolledAt, unlockedModules, unlockedLessons,
                    plus(completedModules, e.moduleId()), courseCompleted);
        }
        if (event instanceof CourseCompleted) {
            return new Enrollment(enrolled, enrolledAt, unlockedModules, unlockedLessons, completedModules, true);
        }
        return this;
    }

    private static Set<UUID> plus(Set<UUID> set, UUID id) {
        Set<UUID> next = new HashSet<>(set);
        next.add(id);
        return next;
    }
}
