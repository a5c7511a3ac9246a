package academy.projector.coursestats.domain;

import academy.projector.coursestats.domain.CourseStatsChange.CourseCompletionCounted;
import academy.projector.coursestats.domain.CourseStatsChange.EnrolmentCounted;
import academy.projector.coursestats.domain.CourseStatsChange.LessonCompletionCounted;
import academy.projector.projection.domain.FeedEvent.CourseCompleted;
import academy.projector.projection.domain.FeedEvent.Enrolled;
import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import java.util.List;
import academy.projector.projection.domain.FeedEvent;

/**
 * Per-course numbers for operators: enrolments, course completions, lesson completions and the
 * average score of those completions.
 */
public final class CourseStatsProjection {

    public static final List<String> EVENT_TYPES = List.of("Enrolled", "CourseCompleted", "LessonCompleted");

    private CourseStatsProjection() {
    }

    public static List<CourseStatsChange> changes(FeedEvent event) {
        if (event instanceof Enrolled e) {
            return List.of(new EnrolmentCounted(e.courseId()));
        }
        if (event instanceof CourseCompleted e) {
            return List.of(new CourseCompletionCounted(e.courseId()));
        }
        if (event instanceof LessonCompleted e && e.score() != null) {
            return List.of(new LessonCompletionCounted(e.courseId(), e.score()));
        }
        return List.of();
    }
}
