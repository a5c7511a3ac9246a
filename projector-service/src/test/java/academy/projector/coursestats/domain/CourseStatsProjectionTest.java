package academy.projector.coursestats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.projector.coursestats.domain.CourseStatsChange.CourseCompletionCounted;
import academy.projector.coursestats.domain.CourseStatsChange.EnrolmentCounted;
import academy.projector.coursestats.domain.CourseStatsChange.LessonCompletionCounted;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.Given;

class CourseStatsProjectionTest {

    private static final UUID COURSE = UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");

    @Test
    void enrolmentsAndCourseCompletionsAreCounted() {
        assertThat(CourseStatsProjection.changes(Given.event("Enrolled"))).containsExactly(new EnrolmentCounted(COURSE));
        assertThat(CourseStatsProjection.changes(Given.event("CourseCompleted")))
                .containsExactly(new CourseCompletionCounted(COURSE));
    }

    @Test
    void lessonCompletionsCountTowardsTheAverageScore() {
        assertThat(CourseStatsProjection.changes(Given.event("LessonCompleted"))).singleElement()
                .isInstanceOfSatisfying(LessonCompletionCounted.class,
                        counted -> assertThat(counted.score()).isEqualByComparingTo("0.85"));
    }

    @Test
    void otherEventsAreIgnored() {
        assertThat(CourseStatsProjection.changes(Given.event("LessonStarted"))).isEmpty();
        assertThat(CourseStatsProjection.changes(Given.event("StreakExtended"))).isEmpty();
        assertThat(CourseStatsProjection.changes(Given.event("ModuleAdded"))).isEmpty();
    }
}
