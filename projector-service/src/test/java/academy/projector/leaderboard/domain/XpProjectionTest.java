package academy.projector.leaderboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.Given;

class XpProjectionTest {

    @Test
    void aCompletionEarnsItsXpInTheWeekOfItsCompletedAt() {
        XpEarned earned = XpProjection.xpEarned(Given.event("LessonCompleted")).orElseThrow();

        assertThat(earned.userId()).isEqualTo(279058397L);
        assertThat(earned.xp()).isEqualTo(50);
        assertThat(earned.weekStart()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void theLastSecondOfSundayUtcStillCountsForTheWeekThatEnds() {
        XpEarned earned = XpProjection.xpEarned(Given.event("LessonCompleted",
                "completedAt", "2026-11-29T23:59:59Z")).orElseThrow();

        assertThat(earned.weekStart()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void aRepeatCompletionEarnsWhatLearningServiceAwardedNotAReJudgedAmount() {
        XpEarned half = XpProjection.xpEarned(Given.event("LessonCompleted",
                "firstCompletion", false, "xpEarned", 25)).orElseThrow();

        assertThat(half.xp()).isEqualTo(25);
    }

    @Test
    void noXpNoChange() {
        assertThat(XpProjection.xpEarned(Given.event("LessonCompleted", "xpEarned", 0))).isEmpty();
    }

    @Test
    void onlyCompletionsEarnXp() {
        assertThat(XpProjection.xpEarned(Given.event("LessonProgressRecorded"))).isEmpty();
        assertThat(XpProjection.xpEarned(Given.event("AssessmentPassed"))).isEmpty();
        assertThat(XpProjection.xpEarned(Given.event("LessonAdded"))).isEmpty();
    }
}
