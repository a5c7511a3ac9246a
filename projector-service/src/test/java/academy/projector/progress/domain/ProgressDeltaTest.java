package academy.projector.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.Given;

class ProgressDeltaTest {

    @Test
    void aBatchOfOneLessonFoldsIntoOneRowChange() {
        List<ProgressChange> changes = new ArrayList<>();
        changes.addAll(ProgressProjection.changes(Given.event("LessonStarted")));
        changes.addAll(ProgressProjection.changes(Given.event("LessonProgressRecorded", "bestScore", 0.5,
                "score", 0.5, "timeSpentSeconds", 120, "recordedAt", "2026-11-27T09:13:00Z")));
        changes.addAll(ProgressProjection.changes(Given.event("LessonProgressRecorded")));
        changes.addAll(ProgressProjection.changes(Given.event("LessonCompleted")));

        List<ProgressDelta> deltas = ProgressDelta.fold(changes);

        assertThat(deltas).singleElement().satisfies(delta -> {
            assertThat(delta.completed()).isTrue();
            assertThat(delta.bestScore()).isEqualByComparingTo("0.85");
            assertThat(delta.seconds()).isEqualTo(300);
            assertThat(delta.completedAt()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
            assertThat(delta.updatedAt()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
        });
    }

    @Test
    void aLaterLowerScoreNeverLowersTheBestAndCompletionStays() {
        ProgressDelta completed = ProgressDelta.of(ProgressProjection.changes(Given.event("LessonCompleted")).get(0));
        ProgressDelta poorer = ProgressDelta.of(ProgressProjection.changes(Given.event("LessonProgressRecorded",
                "bestScore", 0.3, "recordedAt", "2026-11-28T09:00:00Z")).get(0));

        ProgressDelta merged = completed.merge(poorer);

        assertThat(merged.completed()).isTrue();
        assertThat(merged.bestScore()).isEqualByComparingTo("0.85");
        assertThat(merged.updatedAt()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void differentLessonsAndLearnersStayApart() {
        List<ProgressChange> changes = new ArrayList<>();
        changes.addAll(ProgressProjection.changes(Given.event("LessonStarted")));
        changes.addAll(ProgressProjection.changes(Given.event("LessonStarted", "userId", 7)));
        changes.addAll(ProgressProjection.changes(Given.event("LessonStarted",
                "lessonId", "00000000-0000-4000-8000-000000000001")));

        assertThat(ProgressDelta.fold(changes)).hasSize(3);
    }
}
