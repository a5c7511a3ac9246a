package academy.course.domain;

import academy.course.domain.LearnerEvent.AssessmentPassed;
import academy.course.domain.LearnerEvent.LessonCompleted;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** What a learner has completed and passed; only ever grows (a later failure takes nothing back). */
public record LearnerProgress(Set<UUID> completedLessons, Set<UUID> passedAssessments) {

    public static final LearnerProgress NONE = new LearnerProgress(Set.of(), Set.of());

    public LearnerProgress {
        completedLessons = Set.copyOf(completedLessons);
        passedAssessments = Set.copyOf(passedAssessments);
    }

    public boolean completed(UUID lessonId) {
        return completedLessons.contains(lessonId);
    }

    public boolean passed(UUID assessmentId) {
        return passedAssessments.contains(assessmentId);
    }

    public LearnerProgress evolve(LearnerEvent event) {
        if (event instanceof LessonCompleted e) {
            return new LearnerProgress(plus(completedLessons, e.lessonId()), passedAssessments);
        }
        if (event instanceof AssessmentPassed e) {
            return new LearnerProgress(completedLessons, plus(passedAssessments, e.assessmentId()));
        }
        return this;
    }

    private static Set<UUID> plus(Set<UUID> set, UUID id) {
        Set<UUID> next = new HashSet<>(set);
        next.add(id);
        return next;
    }
}
