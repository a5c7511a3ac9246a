package academy.projector.daily.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.Given;

class DailyActivityProjectionTest {

    @Test
    void aFirstCompletionAddsItsXpAndOneLessonToTheUtcDayOfItsCompletedAt() {
        DailyActivity activity = DailyActivityProjection.of(Given.event("LessonCompleted",
                "completedAt", "2026-11-29T23:59:59Z", "xpEarned", 50, "firstCompletion", true)).orElseThrow();

        assertThat(activity.userId()).isEqualTo(279058397L);
        assertThat(activity.day()).isEqualTo(LocalDate.parse("2026-11-29"));
        assertThat(activity.xp()).isEqualTo(50);
        assertThat(activity.lessonsCompleted()).isEqualTo(1);
    }

    @Test
    void aRepeatCompletionAddsOnlyItsXp() {
        DailyActivity activity = DailyActivityProjection.of(Given.event("LessonCompleted",
                "xpEarned", 25, "firstCompletion", false)).orElseThrow();

        assertThat(activity.xp()).isEqualTo(25);
        assertThat(activity.lessonsCompleted()).isZero();
    }

    @Test
    void aFirstCompletionWorthNoXpStillCountsTheLesson() {
        DailyActivity activity = DailyActivityProjection.of(Given.event("LessonCompleted",
                "xpEarned", 0, "firstCompletion", true)).orElseThrow();

        assertThat(activity.xp()).isZero();
        assertThat(activity.lessonsCompleted()).isEqualTo(1);
    }

    @Test
    void aRepeatWorthNoXpChangesNothing() {
        assertThat(DailyActivityProjection.of(Given.event("LessonCompleted",
                "xpEarned", 0, "firstCompletion", false))).isEmpty();
    }

    @Test
    void onlyCompletionsCount() {
        assertThat(DailyActivityProjection.of(Given.event("LessonProgressRecorded"))).isEmpty();
        assertThat(DailyActivityProjection.of(Given.event("AssessmentPassed"))).isEmpty();
    }
}
