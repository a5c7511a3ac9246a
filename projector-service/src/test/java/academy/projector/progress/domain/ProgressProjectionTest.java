package academy.projector.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import academy.projector.progress.domain.ProgressChange.LessonFinished;
import academy.projector.progress.domain.ProgressChange.LessonTouched;
import academy.projector.progress.domain.ProgressChange.SittingRecorded;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.FeedEvent;
import academy.projector.projection.domain.Given;

class ProgressProjectionTest {

    private static final UUID LESSON = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    private static final UUID COURSE = UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");

    @Test
    void aStartGivesTheLessonARow() {
        FeedEvent started = Given.event("LessonStarted");

        assertThat(ProgressProjection.changes(started)).containsExactly(
                new LessonTouched(279058397L, LESSON, COURSE, Instant.parse("2026-11-27T09:12:00Z")));
    }

    @Test
    void aSittingRaisesTheBestScoreAndAddsItsSeconds() {
        FeedEvent sitting = Given.event("LessonProgressRecorded", "score", 0.5, "bestScore", 0.85);

        assertThat(ProgressProjection.changes(sitting)).singleElement().satisfies(change -> {
            SittingRecorded recorded = (SittingRecorded) change;
            assertThat(recorded.bestScore()).isEqualByComparingTo("0.85");
            assertThat(recorded.seconds()).isEqualTo(180);
            assertThat(recorded.at()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
        });
    }

    @Test
    void aCompletionMarksTheLessonCompletedWithoutCountingItsSecondsAgain() {
        LessonCompleted completed = Given.event("LessonCompleted");

        assertThat(ProgressProjection.changes(completed)).singleElement().isInstanceOfSatisfying(LessonFinished.class,
                finished -> {
                    assertThat(finished.score()).isEqualByComparingTo("0.85");
                    assertThat(finished.lessonId()).isEqualTo(LESSON);
                    assertThat(finished.courseId()).isEqualTo(COURSE);
                });
    }

    @Test
    void eventsOfOtherDomainsChangeNothing() {
        assertThat(ProgressProjection.changes(Given.event("Enrolled"))).isEmpty();
        assertThat(ProgressProjection.changes(Given.event("StreakExtended"))).isEmpty();
        assertThat(ProgressProjection.changes(Given.event("AssessmentPassed"))).isEmpty();
    }

    @Test
    void aNegativeDurationNeverTakesTimeAway() {
        FeedEvent sitting = Given.event("LessonProgressRecorded", "timeSpentSeconds", -30);

        assertThat(((SittingRecorded) ProgressProjection.changes(sitting).get(0)).seconds()).isZero();
    }
}
