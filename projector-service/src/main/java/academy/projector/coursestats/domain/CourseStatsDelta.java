package academy.projector.coursestats.domain;

import academy.projector.coursestats.domain.CourseStatsChange.CourseCompletionCounted;
import academy.projector.coursestats.domain.CourseStatsChange.EnrolmentCounted;
import academy.projector.coursestats.domain.CourseStatsChange.LessonCompletionCounted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What one batch adds to one course's statistics: counts and score sums add up, so they fold by sum. */
public record CourseStatsDelta(UUID courseId, int enrolments, int completions, int lessonCompletions,
                               BigDecimal scoreSum) {

    public static CourseStatsDelta of(CourseStatsChange change) {
        if (change instanceof EnrolmentCounted c) {
            return new CourseStatsDelta(c.courseId(), 1, 0, 0, BigDecimal.ZERO);
        }
        if (change instanceof CourseCompletionCounted c) {
            return new CourseStatsDelta(c.courseId(), 0, 1, 0, BigDecimal.ZERO);
        }
        LessonCompletionCounted c = (LessonCompletionCounted) change;
        return new CourseStatsDelta(c.courseId(), 0, 0, 1, c.score());
    }

    /** One delta per course, in order of first appearance. */
    public static List<CourseStatsDelta> fold(List<CourseStatsChange> changes) {
        Map<UUID, CourseStatsDelta> byCourse = new LinkedHashMap<>();
        for (CourseStatsChange change : changes) {
            byCourse.merge(change.courseId(), of(change), CourseStatsDelta::plus);
        }
        return new ArrayList<>(byCourse.values());
    }

    public CourseStatsDelta plus(CourseStatsDelta other) {
        return new CourseStatsDelta(courseId, enrolments + other.enrolments, completions + other.completions,
                lessonCompletions + other.lessonCompletions, scoreSum.add(other.scoreSum));
    }
}
