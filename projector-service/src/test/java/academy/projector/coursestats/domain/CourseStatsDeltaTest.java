package academy.projector.coursestats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.projector.coursestats.domain.CourseStatsChange.CourseCompletionCounted;
import academy.projector.coursestats.domain.CourseStatsChange.EnrolmentCounted;
import academy.projector.coursestats.domain.CourseStatsChange.LessonCompletionCounted;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CourseStatsDeltaTest {

    private static final UUID COURSE = UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER = UUID.fromString("7f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");

    @Test
    void aBatchsCountsAndScoresAddUpPerCourse() {
        List<CourseStatsDelta> deltas = CourseStatsDelta.fold(List.of(new EnrolmentCounted(COURSE),
                new LessonCompletionCounted(COURSE, new BigDecimal("0.8")), new EnrolmentCounted(OTHER),
                new LessonCompletionCounted(COURSE, new BigDecimal("0.95")), new CourseCompletionCounted(COURSE),
                new EnrolmentCounted(COURSE)));

        assertThat(deltas).containsExactly(new CourseStatsDelta(COURSE, 2, 1, 2, new BigDecimal("1.75")),
                new CourseStatsDelta(OTHER, 1, 0, 0, BigDecimal.ZERO));
    }
}
