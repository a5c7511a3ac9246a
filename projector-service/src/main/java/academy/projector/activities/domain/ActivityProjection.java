package academy.projector.activities.domain;

import academy.projector.projection.domain.FeedEvent.AssessmentFailed;
import academy.projector.projection.domain.FeedEvent.AssessmentPassed;
import academy.projector.projection.domain.FeedEvent.CourseCompleted;
import academy.projector.projection.domain.FeedEvent.Enrolled;
import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import academy.projector.projection.domain.FeedEvent.LessonStarted;
import academy.projector.projection.domain.FeedEvent.ModuleCompleted;
import academy.projector.projection.domain.FeedEvent.StreakExtended;
import academy.projector.projection.domain.FeedEvent.StreakFreezeEarned;
import academy.projector.projection.domain.FeedEvent.StreakFreezeUsed;
import academy.projector.projection.domain.FeedEvent.StreakReset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import academy.projector.projection.domain.FeedEvent;

/** The learner-facing activity feed: milestones, not every sitting. */
public final class ActivityProjection {

    public static final List<String> EVENT_TYPES = List.of("Enrolled", "LessonStarted", "LessonCompleted",
            "ModuleCompleted", "CourseCompleted", "AssessmentPassed", "AssessmentFailed", "StreakExtended",
            "StreakFreezeEarned", "StreakFreezeUsed", "StreakReset");

    private ActivityProjection() {
    }

    /** The activity an event adds; {@code recordedAt} dates events that carry no time of their own. */
    public static Optional<Activity> activity(FeedEvent event, Instant recordedAt) {
        if (event instanceof Enrolled e) {
            return Optional.of(new Activity(e.userId(), e.enrolledAt(), "course_enrolled", e.courseId(), null, Map.of()));
        }
        if (event instanceof LessonStarted e) {
            return Optional.of(new Activity(e.userId(), e.startedAt(), "lesson_started", e.courseId(), e.lessonId(), Map.of()));
        }
        if (event instanceof LessonCompleted e) {
            return Optional.of(new Activity(e.userId(), e.completedAt(), "lesson_completed", e.courseId(), e.lessonId(),
                    Map.of("score", e.score(), "xpEarned", e.xpEarned(), "firstCompletion", e.firstCompletion())));
        }
        if (event instanceof ModuleCompleted e) {
            return Optional.of(new Activity(e.userId(), e.completedAt(), "module_completed", e.courseId(), null,
                    Map.of("moduleId", e.moduleId().toString())));
        }
        if (event instanceof CourseCompleted e) {
            return Optional.of(new Activity(e.userId(), e.completedAt(), "course_completed", e.courseId(), null, Map.of()));
        }
        if (event instanceof AssessmentPassed e) {
            return Optional.of(new Activity(e.userId(), e.decidedAt(), "assessment_passed", null, null,
                    Map.of("assessmentId", e.assessmentId().toString(), "grade", e.grade())));
        }
        if (event instanceof AssessmentFailed e) {
            return Optional.of(new Activity(e.userId(), e.decidedAt(), "assessment_failed", null, null,
                    Map.of("assessmentId", e.assessmentId().toString(), "grade", e.grade())));
        }
        return streakActivity(event, recordedAt);
    }

    private static Optional<Activity> streakActivity(FeedEvent event, Instant recordedAt) {
        if (event instanceof StreakExtended e) {
            return Optional.of(new Activity(e.userId(), recordedAt, "streak_extended", null, null,
                    Map.of("day", e.day().toString(), "currentStreak", e.currentStreak())));
        }
        if (event instanceof StreakFreezeEarned e) {
            return Optional.of(new Activity(e.userId(), recordedAt, "streak_freeze_earned", null, null,
                    Map.of("day", e.day().toString(), "milestone", e.milestone())));
        }
        if (event instanceof StreakFreezeUsed e) {
            return Optional.of(new Activity(e.userId(), recordedAt, "streak_freeze_used", null, null,
                    Map.of("day", e.day().toString(), "freezesAvailable", e.freezesAvailable())));
        }
        if (event instanceof StreakReset e) {
            return Optional.of(new Activity(e.userId(), recordedAt, "streak_reset", null, null,
                    Map.of("day", e.day().toString(), "previousStreak", e.previousStreak())));
        }
        return Optional.empty();
    }
}
